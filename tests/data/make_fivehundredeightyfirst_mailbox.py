"""A five-hundred-and-eighty-first mailbox, written as a held-out check after the five-hundred-and-eightieth (issue
#24).

Brandon Lee, a financial analyst in San Francisco, applies mostly through LinkedIn and keeps his mail in Gmail,
exported with Takeout. LinkedIn relays nearly every step, in its own templates: "Your application was sent to
Robinhood", "Your update from Robinhood" with "Unfortunately, Robinhood has decided not to move forward with your
application", a recruiter's InMail relayed as "Alicia Gomez sent you a message" ("I'm the recruiter for the FP&A role
at Chime - do you have 20 minutes Thursday?"), Chime's own Greenhouse "Interview confirmed: Chime - FP&A Analyst -
Hiring Manager Interview", Chime's "final round: a modeling case and three conversations", Plaid's Lever receipt and
its "we'll be moving forward with other candidates", Chime's offer, and his acceptance. Negatives: LinkedIn's job
alert, LinkedIn's "You appeared in 9 searches", its "viewed" notice, a newsletter, a second recruiter's InMail
pitching another job and Chime's own account alert (a company he applied to). Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BRANDON = "brandon.lee.fin@gmail.com"
ME = f"Brandon Lee <{BRANDON}>"
LI = "LinkedIn <jobs-noreply@linkedin.example>"
ALICIA = "Alicia Gomez via LinkedIn <messaging-digest-noreply@linkedin.example>"
CHIME = "Chime <no-reply@us.greenhouse-mail.example>"
DEREK = "Derek Huang <derek.huang@chime.example>"
PLAID = "Plaid <no-reply@hire.lever.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Robinhood",
        "applied",
        "2025-07-07",
        LI,
        "Brandon, your application was sent to Robinhood",
        "Your application was sent to Robinhood\n\nFinancial Analyst, Strategic Finance\nRobinhood - Menlo Park, CA\n\n"
        "Applied on July 7, 2025",
        "t-rh",
    ),
    (
        "Chime",
        "applied",
        "2025-07-08",
        LI,
        "Brandon, your application was sent to Chime",
        "Your application was sent to Chime\n\nFP&A Analyst\nChime - San Francisco, CA\n\nApplied on July 8, 2025",
        "t-ch",
    ),
    (
        "Plaid",
        "applied",
        "2025-07-09",
        PLAID,
        "Thank you for your application to Plaid",
        "Hi Brandon,\n\nThank you for your application to the Finance Analyst role at Plaid. We'll review it and be in "
        "touch.\n\nPlaid Recruiting",
        "t-pl",
    ),
    (
        "Chime",
        "screen",
        "2025-07-10",
        ALICIA,
        "Alicia just messaged you",
        "Alicia Gomez, Recruiter at Chime\n\n\"Hi Brandon, I'm the recruiter for the FP&A role at Chime - do you have "
        '20 minutes Thursday to chat?"\n\nReply\n\nYou are receiving LinkedIn notification emails. Unsubscribe',
        "t-ch2",
    ),
    (
        "Robinhood",
        "rejected",
        "2025-07-14",
        LI,
        "Your update from Robinhood",
        "Your update from Robinhood\n\nFinancial Analyst, Strategic Finance\n\nThank you for your interest in the "
        "Financial Analyst, Strategic Finance position at Robinhood in Menlo Park, CA. Unfortunately, Robinhood has "
        "decided not to move forward with your application.\n\nSearch for other jobs",
        "t-rh2",
    ),
    (
        "Chime",
        "interview",
        "2025-07-16",
        CHIME,
        "Interview confirmed: Chime - FP&A Analyst - Hiring Manager Interview",
        "Hi Brandon,\n\nYour interview is confirmed.\n\nChime - FP&A Analyst - Hiring Manager Interview\nMonday, July 21, "
        "11:00 AM PT\nWith: Derek Huang\nZoom link below.\n\nChime Recruiting",
        "t-ch3",
    ),
    (
        "Plaid",
        "rejected",
        "2025-07-18",
        PLAID,
        "Your application to Plaid",
        "Hi Brandon,\n\nThank you for your interest in Plaid. After review, we'll be moving forward with other "
        "candidates for the Finance Analyst role.\n\nPlaid Recruiting",
        "t-pl2",
    ),
    (
        "Chime",
        "onsite",
        "2025-07-24",
        DEREK,
        "Chime - final round",
        "Hi Brandon,\n\nGreat conversation on Monday! We'd like to invite you to the final round: a modeling case and "
        "three conversations with the finance team, on Zoom next week.\n\nDerek\nFP&A Manager, Chime",
        "t-ch4",
    ),
    (
        "Chime",
        "offer",
        "2025-08-04",
        DEREK,
        "RE: Chime - final round",
        "Hi Brandon,\n\nThe team was impressed - we'd love to offer you the FP&A Analyst position! Alicia will send the "
        "written offer today.\n\nDerek",
        "t-ch4",
    ),
    (
        "Chime",
        "accepted",
        "2025-08-05",
        ME,
        "RE: Chime - final round",
        "Hi Derek,\n\nThank you! I'm excited to accept the offer.\n\nBrandon",
        "t-ch4",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "Financial Analyst: 30 new jobs in San Francisco",
        "alert",
        "Financial Analyst - Stripe - SF. FP&A Analyst - Brex - SF. See all jobs.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.example>",
        "You appeared in 9 searches this week",
        "notification",
        "See who's looking at your profile. Unsubscribe.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Your application was viewed by Robinhood",
        "viewed",
        "Your application for Financial Analyst, Strategic Finance was viewed by Robinhood.",
    ),
    (
        "The Daily Upside <newsletter@thedailyupside.example>",
        "The Daily Upside",
        "newsletter",
        "Today's markets. Unsubscribe.",
    ),
    (
        "Sam Ortiz via LinkedIn <inmail-hit-reply@linkedin.example>",
        "Senior FP&A role at a Series D fintech",
        "outreach",
        'Sam Ortiz, Recruiter at FinTalent\n\n"Hi Brandon, I have a Senior FP&A role at a Series D fintech - open to a '
        'chat?"\n\nReply',
    ),
    (
        "Chime <alerts@chime.example>",
        "You received a direct deposit",
        "other",
        "A direct deposit of $2,412.55 was received.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=BRANDON,
        own_to={"Chime": DEREK},
        offset="-0700",
        clock="12:55:00",
        neg_start="2025-07-06",
        neg_step=5,
        neg_clock="20:45:00",
        tag="fivehundredeightyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
