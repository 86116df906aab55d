"""A three-hundred-and-fifty-first mailbox, written as a held-out check after the three-hundred-and-fiftieth (issue
#24).

Marcus, a network engineer in Charlotte, reads his mail in Thunderbird and exports it as a plain mbox.  US IT staffing
as one recruiter writes it, three clients at once: "Per our conversation, I've submitted you to Piedmont Health
Alliance for the Network Engineer III contract-to-hire", "I also got you submitted to a large regional bank here in
uptown for their NOC lead role (can't share the name until they request an interview)", "The bank is Carolina Federal
Savings - they want a Teams interview Thursday", "Piedmont passed, they went internal", "Carolina Federal wants you
onsite for a final with the infrastructure director", "They're extending an offer: $62/hr W2", his "Let's do it";
and his own application on a utility's Workday with its refusal.  Negatives: Dice's alert, a CompTIA newsletter, a
Cisco Live promotion, a Duke Energy bill, a Panthers ticket notice, a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.bell.neteng@gmail.com"
ME = f"Marcus Bell <{MARCUS}>"
REC = "Jenna Park <jpark@queencitytechstaffing.com>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Piedmont Health Alliance",
        "applied",
        "2025-04-07",
        REC,
        "Submitted - Network Engineer III",
        "Hi Marcus,\n\nPer our conversation, I've submitted you to Piedmont Health Alliance for the Network Engineer "
        "III contract-to-hire. Rate is $58/hr W2. I'll reach out as soon as I get feedback.\n\nThanks,\nJenna Park\n"
        "Technical Recruiter | Queen City Tech Staffing",
        None,
    ),
    (
        "Carolina Federal Savings",
        "applied",
        "2025-04-08",
        REC,
        "NOC Lead - submitted",
        "Hi Marcus,\n\nI also got you submitted to a large regional bank here in uptown for their NOC Lead role. I can't "
        "share the name until they request an interview, but it's a great team.\n\nJenna",
        None,
    ),
    (
        "Duke Carolinas Utility",
        "applied",
        "2025-04-09",
        "Duke Carolinas Utility <dukecarolinas@myworkday.com>",
        "We received your application",
        "Hi Marcus,\n\nThank you for applying to the Senior Network Engineer position at Duke Carolinas Utility. We have "
        "received your application and will be reviewing it shortly.\n\nTalent Acquisition",
        None,
    ),
    (
        "Carolina Federal Savings",
        "interview",
        "2025-04-14",
        REC,
        "RE: NOC Lead - submitted",
        "Marcus - good news! The bank is Carolina Federal Savings - they want a Teams interview Thursday at 2 with the "
        "NOC manager. Does that work?\n\nJenna",
        1,
    ),
    (
        "Piedmont Health Alliance",
        "rejected",
        "2025-04-15",
        REC,
        "RE: Submitted - Network Engineer III",
        "Hey Marcus, Piedmont passed on this one - they went with an internal candidate. Sorry man, we'll find the "
        "next one.\n\nJenna",
        0,
    ),
    (
        "Carolina Federal Savings",
        "onsite",
        "2025-04-21",
        REC,
        "RE: NOC Lead - submitted",
        "Marcus, they loved you! Carolina Federal wants you onsite for a final with the infrastructure director and two "
        "of the senior engineers next Tuesday at 10 at their uptown office.\n\nJenna",
        3,
    ),
    (
        "Duke Carolinas Utility",
        "rejected",
        "2025-04-23",
        "Duke Carolinas Utility <dukecarolinas@myworkday.com>",
        "Your application status",
        "Hi Marcus,\n\nThank you for your interest in the Senior Network Engineer position. We have decided to move "
        "forward with other candidates who more closely meet the requirements of the role.\n\nTalent Acquisition",
        2,
    ),
    (
        "Carolina Federal Savings",
        "offer",
        "2025-04-30",
        REC,
        "RE: NOC Lead - submitted",
        "Marcus!! They're extending an offer: $62/hr W2, 6 month contract-to-hire, start May 19. Let me know and I'll "
        "get the paperwork going.\n\nJenna",
        5,
    ),
    (
        "Carolina Federal Savings",
        "accepted",
        "2025-04-30",
        ME,
        "RE: NOC Lead - submitted",
        "Let's do it! Thanks Jenna, send the paperwork over.\n\nMarcus",
        7,
        REC,
    ),
]

_NEGATIVES = [
    (
        "Dice <alerts@dice.com>",
        "New Network Engineer jobs in Charlotte, NC",
        "alert",
        "Network Engineer - Bank of America - Charlotte, NC - Contract. Easy Apply.",
    ),
    (
        "CompTIA <news@comptia.example>",
        "Your IT career newsletter",
        "newsletter",
        "Certification tips and the latest IT salary survey.",
    ),
    (
        "Cisco Live <events@cisco.example>",
        "Last chance: Cisco Live passes",
        "shop",
        "Register for Cisco Live Las Vegas before prices go up.",
    ),
    (
        "Duke Energy <billing@duke-energy.example>",
        "Your bill is ready",
        "other",
        "Your April bill is ready to view.",
    ),
    (
        "Carolina Panthers <tickets@panthers.example>",
        "Your season ticket renewal",
        "other",
        "Renew your season tickets by May 1.",
    ),
    (
        "Dre Wallace <dre.wallace@gmail.example>",
        "golf sat",
        "personal",
        "tee time 8:10 saturday at renaissance, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MARCUS,
        own_to={},
        offset=lambda d: "-0400",
        clock="08:25:00",
        neg_start="2025-04-06",
        neg_step=4,
        neg_clock="19:35:00",
        tag="threehundredfiftyone",
        host="gmail.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the inbox as Thunderbird exports it (a plain mbox, "Inbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
