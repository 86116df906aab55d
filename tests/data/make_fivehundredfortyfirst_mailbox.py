"""A five-hundred-and-forty-first mailbox, written as a held-out check after the five-hundred-and-fortieth (issue
#24).

Jordan Lee, a data engineer in Seattle, keeps his search in Gmail and exports it with Takeout.  The tracking systems
write most of it: Ashby's "Thanks for applying to Notion!", Greenhouse's "Next steps with Stripe" asking for his
availability through GoodTime, CodeSignal's "Stripe has invited you to complete a coding assessment", Workday's "we
have decided to move forward with other candidates whose experience more closely matches" for Zillow, Notion's
recruiter's "I'd love to set up a 30 minute intro call", its hiring manager's "final round: four back-to-back
interviews", DocuSign's "Please DocuSign: Jordan Lee - Offer Letter" sent for Notion, his "I'm thrilled to accept" and
his note to Stripe withdrawing.  Negatives: Glassdoor's alert, Indeed's "your application was viewed" for a job he did
not track, a newsletter, a recruiter's cold mail, Stripe's payment receipt (a company he applied to) and his sister.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.lee.data@gmail.com"
ME = f"Jordan Lee <{JORDAN}>"
ASHBY = "Notion <no-reply@ashbyhq.example>"
STRIPE = "Stripe <no-reply@us.greenhouse-mail.example>"
ALEX = "Alex Moreno <alex.moreno@stripe.example>"
PRIYA = "Priya Shah <priya@makenotion.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Notion",
        "applied",
        "2025-01-13",
        ASHBY,
        "Thanks for applying to Notion!",
        "Hi Jordan,\n\nThanks for applying to the Data Engineer, Growth role at Notion! Our team will review your "
        "application and reach out if there's a fit.\n\nBest,\nNotion Recruiting",
        "t-notion",
    ),
    (
        "Stripe",
        "applied",
        "2025-01-14",
        STRIPE,
        "Thank you for applying to Stripe",
        "Hi Jordan,\n\nThanks for your interest in Stripe! We've received your application for Data Engineer, Payments "
        "Analytics and will be in touch.\n\nStripe Recruiting",
        "t-stripe",
    ),
    (
        "Zillow",
        "applied",
        "2025-01-15",
        "Zillow <zillow@myworkday.example>",
        "Zillow Group: Application Received",
        "Dear Jordan,\n\nThank you for applying for the Senior Data Engineer position (R-0031557) at Zillow Group. We "
        "are reviewing your qualifications.\n\nZillow Group Talent Acquisition",
        "t-zg",
    ),
    (
        "Notion",
        "screen",
        "2025-01-20",
        PRIYA,
        "Notion <> Jordan",
        "Hi Jordan,\n\nI'm a recruiter on the Notion data team. I'd love to set up a 30 minute intro call to tell you "
        "more about the role and learn about you. Does Wednesday or Thursday afternoon work?\n\nPriya",
        "t-notion2",
    ),
    (
        "Stripe",
        "interview",
        "2025-01-21",
        STRIPE,
        "Next steps with Stripe",
        "Hi Jordan,\n\nWe'd like to move you forward to a technical phone interview with one of our engineers. Please "
        "share your availability using the GoodTime link below.\n\nSelect your availability\n\nAlex Moreno\nStripe "
        "Recruiting",
        "t-stripe2",
    ),
    (
        "Zillow",
        "rejected",
        "2025-01-24",
        "Zillow <zillow@myworkday.example>",
        "Your application with Zillow Group",
        "Dear Jordan,\n\nThank you for your interest in the Senior Data Engineer position. After careful review, we "
        "have decided to move forward with other candidates whose experience more closely matches our needs.\n\n"
        "Zillow Group Talent Acquisition",
        "t-zg2",
    ),
    (
        "Notion",
        "interview",
        "2025-01-27",
        PRIYA,
        "RE: Notion <> Jordan",
        "Hi Jordan,\n\nThanks for the great chat! Next up is a 60 minute technical interview with Sam from the data "
        "platform team. I'll send an invite for Tuesday.\n\nPriya",
        "t-notion2",
    ),
    (
        "Stripe",
        "interview",
        "2025-01-29",
        "CodeSignal <noreply@codesignal.example>",
        "Stripe has invited you to complete a coding assessment",
        "Hi Jordan,\n\nStripe has invited you to complete a coding assessment. You have 7 days to complete it.\n\n"
        "Start assessment",
        "t-stripe3",
    ),
    (
        "Notion",
        "onsite",
        "2025-02-04",
        PRIYA,
        "RE: Notion <> Jordan",
        "Hi Jordan,\n\nThe team loved talking with you. We'd like to invite you to the final round: four back-to-back "
        "interviews over Zoom, including a data modeling session and a chat with our head of data.\n\nPriya",
        "t-notion2",
    ),
    (
        "Notion",
        "offer",
        "2025-02-12",
        "Notion via DocuSign <dse@docusign.example>",
        "Please DocuSign: Jordan Lee - Offer Letter",
        "Priya Shah sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nHi Jordan, we're delighted to offer "
        "you the Data Engineer role at Notion. Please review and sign your offer letter.\n\nPowered by DocuSign",
        "t-notion3",
    ),
    (
        "Notion",
        "accepted",
        "2025-02-13",
        ME,
        "RE: Notion <> Jordan",
        "Hi Priya,\n\nI'm thrilled to accept - just signed the letter. Thank you for everything!\n\nJordan",
        "t-notion2",
    ),
    (
        "Stripe",
        "withdrew",
        "2025-02-13",
        ME,
        "RE: Next steps with Stripe",
        "Hi Alex,\n\nThank you for your time. I've accepted another offer, so I'd like to withdraw my application for "
        "the Data Engineer role.\n\nBest,\nJordan",
        "t-stripe2",
    ),
]

_NEGATIVES = [
    (
        "Glassdoor Jobs <noreply@glassdoor.example>",
        "Data Engineer jobs in Seattle, WA",
        "alert",
        "Data Engineer - Amazon - Seattle. Analytics Engineer - Remote. See more jobs.",
    ),
    (
        "Indeed <no-reply@indeed.example>",
        "Your application was viewed by the employer",
        "viewed",
        "Good news! An employer viewed your application for Data Analyst at Redfin.",
    ),
    (
        "Data Engineering Weekly <newsletter@dataengweekly.example>",
        "Data Engineering Weekly #203",
        "newsletter",
        "This week's links. Unsubscribe.",
    ),
    (
        "Kevin Tran <kevin@talentwave.example>",
        "Senior Data Engineer - hybrid in Bellevue",
        "outreach",
        "Hi Jordan, I came across your profile and have a Senior Data Engineer role in Bellevue. Open to a quick chat?",
    ),
    (
        "Stripe <receipts@stripe.example>",
        "Your receipt from Seattle Climbing Gym",
        "shop",
        "Receipt #2291-4410. Amount paid $89.00.",
    ),
    (
        "Grace Lee <grace.lee@gmail.example>",
        "mom's birthday",
        "personal",
        "Did you order the cake?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JORDAN,
        own_to={"Notion": PRIYA, "Stripe": ALEX},
        offset="-0800",
        clock="11:15:00",
        neg_start="2025-01-12",
        neg_step=5,
        neg_clock="20:05:00",
        tag="fivehundredfortyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
