"""A three-hundred-and-twelfth mailbox, written as a held-out check after the three-hundred-and-eleventh (issue #24).

Jasmine, an account manager in Chicago, exports Gmail with Takeout.  A search run on LinkedIn: Easy Apply's "Your
application was sent to Lakeview Software", LinkedIn's "Your application was viewed by" and "Jasmine, your update
from Tollway Freight" (a refusal relayed by LinkedIn), LinkedIn's notification of a recruiter's message ("Marisol
Vega sent you a message" quoting "would love to set up a call to chat about the Account Manager role"), the recruiter's
own mail after it, a "hiring manager interview" on Zoom, a "final round" with the VP of Sales, an offer and her
acceptance; an iCIMS receipt for a bank and its "position has been filled".  Negatives: LinkedIn's job alert, "people
are looking at your profile", LinkedIn Premium's offer, a Divvy ride receipt, a ComEd notice, her friend.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JASMINE = "jasmine.r.carter@gmail.com"
ME = f"Jasmine Carter <{JASMINE}>"

_OWN_TO = {
    "Lakeview Software": "Marisol Vega <marisol.vega@lakeviewsoftware.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lakeview Software",
        "applied",
        "2025-08-04",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jasmine, your application was sent to Lakeview Software",
        "Your application was sent to Lakeview Software\n\nAccount Manager, Mid-Market\nLakeview Software - Chicago, "
        "IL (Hybrid)\nApplied on August 4, 2025\n\nView job",
        "l1",
    ),
    (
        "Tollway Freight",
        "applied",
        "2025-08-04",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jasmine, your application was sent to Tollway Freight",
        "Your application was sent to Tollway Freight\n\nStrategic Account Manager\nTollway Freight - Oak Brook, IL\n"
        "Applied on August 4, 2025\n\nView job",
        "t1",
    ),
    (
        "Wabash Community Bank",
        "applied",
        "2025-08-05",
        "Wabash Community Bank <careers-noreply@icims.com>",
        "Thank you for applying to Wabash Community Bank",
        "Dear Jasmine,\n\nThank you for your interest in the Treasury Management Relationship Manager position at "
        "Wabash Community Bank. We have received your application.\n\nTalent Acquisition",
        "w1",
    ),
    (
        "Lakeview Software",
        "screen",
        "2025-08-07",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Marisol Vega sent you a message",
        "Marisol Vega\nSenior Recruiter at Lakeview Software\n\nHi Jasmine, thanks for applying! I'd love to set up a "
        "quick call to chat about the Account Manager role. Are you free Thursday or Friday afternoon?\n\nView "
        "message",
        "l2",
    ),
    (
        "Tollway Freight",
        "rejected",
        "2025-08-11",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jasmine, your update from Tollway Freight",
        "Your update from Tollway Freight\n\nThank you for your interest in the Strategic Account Manager position at "
        "Tollway Freight. Unfortunately, we will not be moving forward with your application, but we appreciate your "
        "time and interest.\n\nStrategic Account Manager\nTollway Freight - Oak Brook, IL",
        "t1",
    ),
    (
        "Lakeview Software",
        "interview",
        "2025-08-12",
        "Marisol Vega <marisol.vega@lakeviewsoftware.example>",
        "Lakeview Software - hiring manager interview",
        "Hi Jasmine,\n\nGreat speaking with you Friday! Next up is a 45-minute interview with Derek Holt, our Director "
        "of Account Management, on Zoom. Does Tuesday at 1pm CT work?\n\nMarisol Vega\nSenior Recruiter | Lakeview "
        "Software",
        "l3",
    ),
    (
        "Lakeview Software",
        "onsite",
        "2025-08-19",
        "Marisol Vega <marisol.vega@lakeviewsoftware.example>",
        "Final round - Lakeview Software",
        "Hi Jasmine,\n\nDerek was impressed! We'd like to invite you to a final round at our West Loop office on Monday "
        "the 25th: a 30-minute account review role-play and a conversation with our VP of Sales.\n\nMarisol",
        "l4",
    ),
    (
        "Wabash Community Bank",
        "rejected",
        "2025-08-21",
        "Wabash Community Bank <careers-noreply@icims.com>",
        "Treasury Management Relationship Manager",
        "Dear Jasmine,\n\nThank you for your interest in Wabash Community Bank. We wanted to let you know that the "
        "position has been filled. We encourage you to apply for future openings.\n\nTalent Acquisition",
        "w1",
    ),
    (
        "Lakeview Software",
        "offer",
        "2025-08-28",
        "Marisol Vega <marisol.vega@lakeviewsoftware.example>",
        "Your offer from Lakeview Software",
        "Hi Jasmine,\n\nCongratulations! We're excited to offer you the Account Manager, Mid-Market role: $78,000 base "
        "and $52,000 on-target commission. Your offer letter is attached; let me know if you have any questions.\n\n"
        "Marisol",
        "l5",
    ),
    (
        "Lakeview Software",
        "accepted",
        "2025-08-29",
        ME,
        "Re: Your offer from Lakeview Software",
        "Hi Marisol,\n\nI'm thrilled to accept! Signed offer letter attached - can't wait to start on September 15.\n\n"
        "Jasmine",
        "l5",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"account manager": 30+ opportunities in Chicago',
        "alert",
        "Account Manager - Fulton Market. Senior Account Executive - River North. See all jobs.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Jasmine, people are looking at your profile",
        "viewed",
        "See who's viewed your profile in the past 90 days.",
    ),
    (
        "LinkedIn Premium <premium-noreply@linkedin.com>",
        "Jasmine, try Premium free for 1 month",
        "shop",
        "Stand out to recruiters with Premium. Try it free for one month.",
    ),
    (
        "Divvy <receipts@divvybikes.example>",
        "Your ride receipt",
        "other",
        "Thanks for riding Divvy! Your ride cost $3.15.",
    ),
    (
        "ComEd <notices@comed.example>",
        "Peak Time Savings this week",
        "other",
        "Save on your bill by using less energy during Peak Time Savings hours.",
    ),
    (
        "Brianna Lewis <bri.lewis@gmail.example>",
        "drinks friday",
        "personal",
        "drinks friday after work? need all the interview tea",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JASMINE,
        own_to=_OWN_TO,
        offset="-0500",
        clock="12:50:00",
        neg_start="2025-08-03",
        neg_step=5,
        neg_clock="21:15:00",
        tag="threehundredtwelve",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
