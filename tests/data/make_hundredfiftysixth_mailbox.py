"""A hundred-and-fifty-sixth mailbox, written as a held-out check after the hundred-and-fifty-fifth (issue #24).

Priya, a product analyst in Austin, exports Gmail with Takeout.  Each employer reaches her by two or three roads
and names itself differently on each: LinkedIn's Easy Apply receipt, then the employer's own Greenhouse or Lever
receipt, a recruiter from a domain that is not quite the name ("Helix Technologies" at helixtech.io, "Bluebonnet
Software, Inc."), a scheduling tool, a DocuSign offer.  One employer puts the role "on hold", another sends
"Welcome aboard!" after a verbal offer.  Her negatives: the employers' product mail, LinkedIn's suggestions, an
apartment portal, a gym, a recruiter's pitch.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.shah.atx@gmail.com"
_ME = f"Priya Shah <{PRIYA}>"
_OMAR = "Omar Haddad <omar@helixtech.io>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Helix Technologies",
        "applied",
        "2025-09-01",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Priya, your application was sent to Helix Technologies",
        "Your application was sent to Helix Technologies\nProduct Analyst\nHelix Technologies · Austin, TX (Hybrid)\n"
        "Applied on September 1.",
        "hx1",
    ),
    (
        "Helix Technologies",
        "screen",
        "2025-09-04",
        _OMAR,
        "Product Analyst @ Helix",
        "Hi Priya,\n\nThanks for applying to the Product Analyst role at Helix! I'm on the talent team - could you do a "
        "25-minute intro call Friday? Book here: https://helix.goodtime.io/omar\n\nOmar",
        "hx2",
    ),
    (
        "Helix Technologies",
        "interview",
        "2025-09-09",
        "Helix Technologies <scheduling@goodtime.io>",
        "Interview Confirmation: Product Analyst",
        "Hi Priya,\n\nYour interview with Helix Technologies is confirmed: "
        "Thursday, September 11 at 1:00 PM CT with Dana Cho (Analytics Manager).",
        "hx3",
    ),
    (
        "Helix Technologies",
        "offer",
        "2025-09-19",
        _OMAR,
        "Re: Product Analyst @ Helix",
        "Hi Priya,\n\nLoved talking with you on the phone today - congrats again on the verbal offer! Dana and the team "
        "are thrilled.\n\nOmar",
        "hx2",
    ),
    (
        "Helix Technologies",
        "accepted",
        "2025-09-22",
        "Helix Technologies via DocuSign <dse@docusign.net>",
        "Completed: Helix Technologies - Offer Letter - Priya Shah",
        "All parties have completed Helix Technologies - Offer Letter - Priya Shah.",
        "hx4",
    ),
    (
        "Bluebonnet Software",
        "applied",
        "2025-09-02",
        "Bluebonnet Software, Inc. <no-reply@hire.lever.co>",
        "Thank you for your application to Bluebonnet Software, Inc.",
        "Hi Priya,\n\nThanks for applying to Bluebonnet "
        "Software! We've received your application for Senior Product Analyst.",
        "bb1",
    ),
    (
        "Bluebonnet Software",
        "reply",
        "2025-09-15",
        "Marcy Lane <marcy@bluebonnetsoftware.com>",
        "Senior Product Analyst - update",
        "Hi Priya,\n\nI wanted to give you a heads-up: the Senior Product Analyst "
        "role is on hold while leadership finalizes next year's budget. I expect to know more by the end of the month "
        "and will reach out either way.\n\nMarcy",
        "bb2",
    ),
    (
        "Bluebonnet Software",
        "withdrew",
        "2025-09-23",
        _ME,
        "Re: Senior Product Analyst - update",
        "Hi Marcy,\n\nThanks for letting me know. I've accepted another offer, so please withdraw me from the "
        "process.\n\nBest,\nPriya",
        "bb2",
    ),
    (
        "Lonestar Payments",
        "applied",
        "2025-09-03",
        "Lonestar Payments <no-reply@greenhouse.io>",
        "Thank you for applying to Lonestar Payments",
        "Hi Priya,\n\nThank you for applying to Lonestar Payments. We "
        "have received your application for Product Analyst, Risk.",
        "lp1",
    ),
    (
        "Lonestar Payments",
        "rejected",
        "2025-09-12",
        "Lonestar Payments <no-reply@greenhouse.io>",
        "Lonestar Payments - Product Analyst, Risk",
        "Hi Priya,\n\nThank you for your interest in Lonestar Payments. "
        "We've decided not to move forward with your candidacy at this time.",
        "lp2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Helix Technologies <news@helixtech.io>",
        "Helix product update: September",
        "newsletter",
        "New dashboards and faster exports. Read more. Unsubscribe",
    ),
    (
        "Lonestar Payments <hello@lonestarpayments.com>",
        "Your invoice from Lonestar Payments",
        "other",
        "Your merchant invoice for August is ready.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Product Analyst jobs in Austin",
        "alert",
        "Product Analyst at Helix Technologies. Data Analyst at Bluebonnet Software. See all jobs.",
    ),
    (
        "Domain Austin <residents@domainaustin.com>",
        "Package delivered",
        "other",
        "You have a package in the parcel locker.",
    ),
    (
        "Orangetheory <studio@orangetheory.com>",
        "Your class is booked",
        "other",
        "Your 6:00 AM class on Tuesday is booked.",
    ),
    (
        "Eli Warren <eli@austintechrecruiting.com>",
        "Senior Product Analyst - fintech - Austin",
        "outreach",
        "Hi Priya, I'm working on a Senior Product Analyst search for a fintech in Austin. Open to a quick chat?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PRIYA,
        own_to={"Bluebonnet Software": "Marcy Lane <marcy@bluebonnetsoftware.com>"},
        offset="-0500",
        clock="11:25:00",
        neg_start="2025-09-01",
        neg_step=4,
        neg_clock="06:35:00",
        tag="hundredfiftysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
