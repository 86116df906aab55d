"""A hundred-and-forty-third mailbox, written as a held-out check after the hundred-and-forty-second (issue #24).

Dylan, in Columbus, Ohio, wants into the trades.  He applies to an electricians' apprenticeship program (an
aptitude test, an oral interview before a committee, a ranked list, "selected for indenture"), to a utility
through its own careers site, and to two contractors who answer by short mail from a shop's Gmail and through
Indeed.  He keeps Gmail and exports it with Takeout.  His negatives: the BMV, a parts store, a union hall's
newsletter, OSHA training ads, a trucking recruiter, a tool sale.  Its score before any rule was changed for it is
in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DYLAN = "dylan.price.oh@gmail.com"
_ME = f"Dylan Price <{DYLAN}>"
_JATC = "Central Ohio Electrical JATC <apply@coejatc.org>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Central Ohio Electrical JATC",
        "applied",
        "2025-01-06",
        _JATC,
        "Application received - Inside Wireman Apprenticeship",
        "Dylan,\n\nWe have received your application for the Inside Wireman Apprenticeship Program. Your aptitude test "
        "is scheduled for January 18 at 8:00 AM at our training center. Bring a photo ID and your transcript.",
        "jt1",
    ),
    (
        "Central Ohio Electrical JATC",
        "interview",
        "2025-02-03",
        _JATC,
        "Aptitude test results and interview",
        "Dylan,\n\nCongratulations, you passed the aptitude test with a qualifying score. You are scheduled for an oral "
        "interview with the JATC committee on February 20 at 6:30 PM.",
        "jt2",
    ),
    (
        "Central Ohio Electrical JATC",
        "reply",
        "2025-03-03",
        _JATC,
        "Your ranking",
        "Dylan,\n\nFollowing your interview, you have been placed on the ranked list of eligible applicants in "
        "position 14. Applicants are selected from the list in rank order as openings occur. The list is valid for "
        "two years.",
        "jt3",
    ),
    (
        "Central Ohio Electrical JATC",
        "offer",
        "2025-04-07",
        _JATC,
        "Selected for indenture",
        "Dylan,\n\nYou have been selected for indenture into the Inside Wireman Apprenticeship. Please attend the "
        "indenture meeting on April 15 at 6:00 PM to sign your apprenticeship agreement.",
        "jt4",
    ),
    (
        "Central Ohio Electrical JATC",
        "accepted",
        "2025-04-08",
        _ME,
        "Re: Selected for indenture",
        "Thank you! I accept and will be at the indenture meeting on April 15.\n\nDylan Price",
        "jt4",
    ),
    (
        "Buckeye Power",
        "applied",
        "2025-01-09",
        "Buckeye Power Careers <careers@buckeyepower.com>",
        "Thank you for your application - Lineworker Trainee",
        "Dear Dylan,\n\nThank you for applying for the Lineworker Trainee position. Candidates who meet the minimum "
        "qualifications will be invited to the CAST test.",
        "bp1",
    ),
    (
        "Buckeye Power",
        "rejected",
        "2025-02-14",
        "Buckeye Power Careers <careers@buckeyepower.com>",
        "Lineworker Trainee - CAST results",
        "Dear Dylan,\n\nThank you for taking the CAST. Unfortunately, your score did not meet the cutoff required to "
        "advance in the selection process for this position. You may retest after six months.",
        "bp2",
    ),
    (
        "Sparks Electric",
        "applied",
        "2025-01-13",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Electrician Helper",
        "Application submitted\n\nElectrician Helper\nSparks Electric - Columbus, OH 43215\n\nThe following items were "
        "sent to Sparks Electric. Good luck!",
        "se1",
    ),
    (
        "Sparks Electric",
        "screen",
        "2025-01-15",
        "Sparks Electric <sparkselectric614@gmail.com>",
        "Helper position",
        "Hey Dylan, got your app off Indeed. You got your own tools and a reliable ride? Give me a call at "
        "614-555-0199 when you get a chance. - Mike",
        "se2",
    ),
    (
        "Sparks Electric",
        "withdrew",
        "2025-04-09",
        _ME,
        "Re: Helper position",
        "Hey Mike, thanks for the call back. I got into the apprenticeship so I'm going to pass on the helper job. "
        "Appreciate it.\n\nDylan",
        "se2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Ohio BMV <noreply@bmv.ohio.gov>",
        "Your registration renewal",
        "other",
        "Your vehicle registration expires on February 28. Renew online.",
    ),
    (
        "AutoZone <rewards@autozone.com>",
        "You earned a $20 reward",
        "shop",
        "You've earned a $20 AutoZone Rewards credit. Shop now.",
    ),
    (
        "IBEW Local 683 <news@ibew683.org>",
        "Union Hall Newsletter - January",
        "newsletter",
        "Meeting minutes, scholarship news and the softball league. Read more. Unsubscribe",
    ),
    (
        "OSHA Training Online <promo@oshatrainingonline.com>",
        "Get your OSHA 10 card this week",
        "newsletter",
        "Complete your OSHA 10 online for $59. Enroll today. Unsubscribe",
    ),
    (
        "Jake Turner <jake@roadrunnerfreight.com>",
        "CDL drivers wanted - $1,500 sign-on bonus",
        "outreach",
        "Hi Dylan, we're hiring CDL-A drivers in Columbus with a $1,500 sign-on bonus. Interested? Reply YES.",
    ),
    (
        "Harbor Freight <deals@harborfreight.com>",
        "Tool sale ends Sunday",
        "shop",
        "Save up to 50% on hand tools this weekend. Shop now. Unsubscribe",
    ),
    (
        "Indeed <donotreply@match.indeed.com>",
        "Electrician Helper jobs near Columbus",
        "alert",
        "Electrician Helper - Miller Electric - Columbus, OH. Apprentice Electrician - Volt Pros - Dublin, OH. See more.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DYLAN,
        own_to={
            "Central Ohio Electrical JATC": _JATC,
            "Sparks Electric": "Sparks Electric <sparkselectric614@gmail.com>",
        },
        offset="-0500",
        clock="17:20:00",
        neg_start="2025-01-05",
        neg_step=7,
        neg_clock="08:45:00",
        tag="hundredfortythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
