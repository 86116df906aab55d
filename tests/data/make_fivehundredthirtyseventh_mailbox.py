"""A five-hundred-and-thirty-seventh mailbox, written as a held-out check after the five-hundred-and-thirty-sixth
(issue #24).

Sam Rivera, a software engineer in Austin, keeps his mail in Gmail, exported with Takeout.  Much of his search runs
through LinkedIn, which mails him what recruiters write there: Easy Apply's "Your application was sent to Shopify",
"Jane Doe just messaged you" with "Jane Doe, Technical Recruiter at Shopify: Hi Sam, thanks for applying! Are you free
for a 30-minute call this week?", "Jane Doe sent you a new message: ... the team would like to move you to the
technical interview", Shopify's own Greenhouse "we won't be moving forward"; a second company's Lever receipt, its
engineering manager's own mail inviting him to a virtual onsite, its offer and his "I'm excited to accept".
Negatives: LinkedIn's job alert, its "You appeared in 14 searches", a recruiter's InMail pitching another job (cold
outreach), a newsletter, Shopify's own store receipt (a company he applied to) and his brother.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SAM = "sam.rivera.swe@gmail.com"
ME = f"Sam Rivera <{SAM}>"
JANE = "Jane Doe via LinkedIn <messaging-digest-noreply@linkedin.example>"
LEVER = "Mercury <no-reply@hire.lever.example>"
PAUL = "Paul Kim <paul.kim@mercury.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Shopify",
        "applied",
        "2025-04-07",
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Sam, your application was sent to Shopify",
        "Your application was sent to Shopify\n\nSenior Backend Developer\nShopify - Remote (US)\n\nApplied on April 7, "
        "2025",
        "t-shop",
    ),
    (
        "Mercury",
        "applied",
        "2025-04-08",
        LEVER,
        "Thanks for applying to Mercury",
        "Hi Sam,\n\nThanks for applying to the Senior Software Engineer, Backend role at Mercury! We'll review your "
        "application and be in touch.\n\nThe Mercury Team",
        "t-merc",
    ),
    (
        "Shopify",
        "screen",
        "2025-04-10",
        JANE,
        "Jane just messaged you",
        'Jane Doe, Technical Recruiter at Shopify\n\n"Hi Sam, thanks for applying! Are you free for a 30-minute call '
        'this week to talk about the Senior Backend Developer role?"\n\nReply\n\nYou are receiving LinkedIn '
        "notification emails. Unsubscribe",
        "t-shop2",
    ),
    (
        "Mercury",
        "interview",
        "2025-04-14",
        PAUL,
        "Mercury - technical interview",
        "Hi Sam,\n\nI'm the engineering manager for our Ledger team. We'd like to invite you to a 60-minute technical "
        "interview with two engineers next week.\n\nPaul Kim",
        "t-merc2",
    ),
    (
        "Shopify",
        "interview",
        "2025-04-16",
        JANE,
        "Jane sent you a new message",
        'Jane Doe, Technical Recruiter at Shopify\n\n"Great chatting, Sam! The team would like to move you to the '
        "technical interview - I'll send a scheduling link.\"\n\nReply\n\nYou are receiving LinkedIn notification "
        "emails. Unsubscribe",
        "t-shop3",
    ),
    (
        "Mercury",
        "onsite",
        "2025-04-23",
        PAUL,
        "RE: Mercury - technical interview",
        "Hi Sam,\n\nGreat work on the technical. We'd like to bring you to our virtual onsite: four interviews on one "
        "day, including system design and a values conversation.\n\nPaul",
        "t-merc2",
    ),
    (
        "Shopify",
        "rejected",
        "2025-04-25",
        "Shopify <no-reply@greenhouse.example>",
        "Your application to Shopify",
        "Hi Sam,\n\nThank you for interviewing with Shopify. Unfortunately, we won't be moving forward with your "
        "candidacy at this time.\n\nShopify Talent Acquisition",
        "t-shop4",
    ),
    (
        "Mercury",
        "offer",
        "2025-05-05",
        PAUL,
        "Mercury - offer",
        "Hi Sam,\n\nThe team was unanimous - we'd love to have you join! Our recruiter will send your written offer "
        "today: $205k base plus equity.\n\nPaul",
        "t-merc3",
    ),
    (
        "Mercury",
        "accepted",
        "2025-05-06",
        ME,
        "RE: Mercury - offer",
        "Hi Paul,\n\nI'm excited to accept! Thank you and the team.\n\nSam",
        "t-merc3",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "Senior Backend Developer: 30 new jobs in Austin",
        "alert",
        "Senior Backend Developer - Austin. Staff Engineer - Remote. See all jobs.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.example>",
        "You appeared in 14 searches this week",
        "notification",
        "See who's looking at your profile. Unsubscribe.",
    ),
    (
        "Ravi Patel via LinkedIn <inmail-hit-reply@linkedin.example>",
        "Staff Engineer opportunity at a Series C fintech",
        "outreach",
        "Ravi Patel, Recruiter at TalentBridge\n\n\"Hi Sam, I came across your profile and think you'd be a great fit for "
        'a Staff Engineer role at a Series C fintech. Open to a chat?"\n\nReply',
    ),
    (
        "TLDR <dan@tldrnewsletter.example>",
        "TLDR: the latest in tech",
        "newsletter",
        "Today's links. Unsubscribe.",
    ),
    (
        "Shopify <receipts@shopify.example>",
        "Order #1042 confirmed",
        "shop",
        "Thanks for your order from Austin Coffee Co.",
    ),
    (
        "Leo Rivera <leo.rivera@gmail.example>",
        "tacos",
        "personal",
        "Tacos Thursday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SAM,
        own_to={"Mercury": PAUL},
        offset="-0500",
        clock="13:05:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="21:35:00",
        tag="fivehundredthirtyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
