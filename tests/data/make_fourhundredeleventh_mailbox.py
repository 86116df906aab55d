"""A four-hundred-and-eleventh mailbox, written as a held-out check after the four-hundred-and-tenth (issue #24).

Nathan, a business analyst contractor in Brisbane, keeps his search in Gmail and exports it with Takeout.  Australian
IT contracting through recruiters in their own shorthand: "Your CV has gone in for the BA role at Coastal Water",
"They're keen to chat - Tues 2pm with the delivery manager?", "Client's feedback: not progressing, they want someone
with more SAP", "Your resume's been shortlisted by the panel at Queensland Transport", "They've come back with an offer
of $950/day inc super", his "Happy days - let's do it"; a government portal's receipt (SmartJobs), a bank's
PageUp receipt and its "unsuccessful" letter.  Negatives: SEEK's alert, an agency's "Contract roles this week", a
recruiter's unnamed approach, the ACS newsletter, a toll account and his mate.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NATE = "nathan.kelly.ba@gmail.com"
ME = f"Nathan Kelly <{NATE}>"
JESS = "Jess Porter <jess.porter@bluewattle.example>"
MIKE = "Mike Tran <mike.tran@quaysidetalent.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Coastal Water",
        "applied",
        "2025-07-07",
        JESS,
        "BA contract - Coastal Water",
        "Hey Nathan,\n\nYour CV has gone in for the BA role at Coastal Water (6 months + 6, $900-1000/day). Should hear "
        "something by Thursday.\n\nJess Porter\nSenior Consultant | Blue Wattle Recruitment",
        "t-cw",
    ),
    (
        "Queensland Transport",
        "applied",
        "2025-07-08",
        MIKE,
        "Senior BA - Queensland Transport",
        "Hi Nathan,\n\nThanks for the chat this morning. I've submitted your application to Queensland Transport for "
        "the Senior Business Analyst contract (ref QT-25-881) via the government panel.\n\nCheers,\nMike Tran\n"
        "Quayside Talent",
        "t-qt",
    ),
    (
        "Moreton Bay Council",
        "applied",
        "2025-07-09",
        "SmartJobs <noreply@smartjobs.example>",
        "Application received - Business Analyst (MBC-25-3310)",
        "Dear Nathan Kelly,\n\nThank you for applying for the position of Business Analyst (MBC-25-3310) with Moreton "
        "Bay Council. Your application has been received.\n\nSmartJobs",
        "t-mbc",
    ),
    (
        "Southern Cross Bank",
        "applied",
        "2025-07-09",
        "Southern Cross Bank Careers <careers@pageuppeople.com>",
        "Thank you for your application - Business Analyst, Payments",
        "Dear Nathan,\n\nThank you for applying for the role of Business Analyst, Payments at Southern Cross Bank. We "
        "will review your application and be in touch.\n\nSouthern Cross Bank Talent Acquisition",
        "t-scb",
    ),
    (
        "Coastal Water",
        "interview",
        "2025-07-10",
        JESS,
        "RE: BA contract - Coastal Water",
        "They're keen to chat - Tues 2pm at their Milton office with the delivery manager and a senior BA? About an "
        "hour.\n\nJess",
        "t-cw",
    ),
    (
        "Queensland Transport",
        "interview",
        "2025-07-14",
        MIKE,
        "RE: Senior BA - Queensland Transport",
        "Hi Nathan,\n\nGreat news - your resume's been shortlisted by the panel at Queensland Transport. They'd like to "
        "interview you on Friday at 10 over Teams (panel of three).\n\nMike",
        "t-qt",
    ),
    (
        "Coastal Water",
        "rejected",
        "2025-07-16",
        JESS,
        "RE: BA contract - Coastal Water",
        "Hi Nathan,\n\nClient's feedback: not progressing - they want someone with more SAP on the CV. Sorry mate, "
        "onwards.\n\nJess",
        "t-cw",
    ),
    (
        "Southern Cross Bank",
        "rejected",
        "2025-07-18",
        "Southern Cross Bank Careers <careers@pageuppeople.com>",
        "Your application with Southern Cross Bank",
        "Dear Nathan,\n\nThank you for your interest in the Business Analyst, Payments role. We regret to advise that "
        "your application has been unsuccessful on this occasion.\n\nSouthern Cross Bank Talent Acquisition",
        "t-scb2",
    ),
    (
        "Queensland Transport",
        "offer",
        "2025-07-22",
        MIKE,
        "RE: Senior BA - Queensland Transport",
        "Nathan!\n\nThey've come back with an offer of $950/day inc super, start 4 August for 6 months. Let me know and "
        "I'll lock it in.\n\nMike",
        "t-qt",
    ),
    (
        "Queensland Transport",
        "accepted",
        "2025-07-22",
        ME,
        "RE: Senior BA - Queensland Transport",
        "Happy days - let's do it! Thanks for pushing it through, Mike.\n\nNathan",
        "t-qt",
    ),
]

_NEGATIVES = [
    (
        "SEEK <noreply@s.seek.example>",
        "8 new Business Analyst jobs in Brisbane",
        "alert",
        "Business Analyst - Suncorp. Senior BA - Energy Queensland. View all.",
    ),
    (
        "Blue Wattle Recruitment <jobs@bluewattle.example>",
        "Contract roles this week",
        "newsletter",
        "BA - state government. Project Coordinator - utilities. Reply to apply.",
    ),
    (
        "Priya Desai <priya@techpeopleqld.example>",
        "BA role - major bank",
        "outreach",
        "Hi Nathan,\n\nI'm working on a BA contract with a major bank in the CBD. Keen for a quick chat?\n\nPriya",
    ),
    (
        "ACS <newsletter@acs.example>",
        "Information Age this week",
        "newsletter",
        "AI, cyber and the state of the tech workforce.",
    ),
    (
        "Linkt <accounts@linkt.example>",
        "Your toll statement",
        "other",
        "Your July statement is ready.",
    ),
    (
        "Dave Morris <davo.morris@gmail.example>",
        "footy sat",
        "personal",
        "Lions game Saturday - you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=NATE,
        own_to={"Queensland Transport": MIKE},
        offset="+1000",
        clock="09:35:00",
        neg_start="2025-07-06",
        neg_step=3,
        neg_clock="19:25:00",
        tag="fourhundredeleven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
