"""A six-hundred-and-sixty-sixth mailbox, written as a held-out check after the six-hundred-and-sixty-fifth (issue
#24).

Jordan Price, a data engineer in Charlotte, exports his Gmail with Takeout. Two of his applications go through
staffing firms: TEKsystems' recruiter confirms "I submitted your profile to Truist" (a contract), then writes of a
Teams interview with the manager, of a final round at the Charlotte office (its subject names Truist; its text says
only "they"), and that "Truist filled the position internally"; a CyberCoders recruiter acknowledges his application
to "my Senior Data Engineer position" for an unnamed fintech client, then writes "the client, Ally Financial, wants to
interview you", then that Ally is "moving forward with another candidate". One direct application: Lowe's Workday
receipt, its invitation to a virtual interview, and "the position you applied for has been filled". Negatives: Dice's
alert, a bench-sales recruiter's hotlist mail, LinkedIn's "jobs you may be interested in", Truist Bank's own statement
notice (a bank he banks with, not the employer's mail), a W-2 from a former staffing employer, and his wife.
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.price.data@gmail.com"
ME = f"Jordan Price <{JORDAN}>"
TEK = "Kevin Miller <kmiller@teksystems.example>"
CC = "Rahul Sharma <rahul.sharma@cybercoders.example>"
LOWES = "Lowe's Talent Acquisition <lowes@myworkday.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Truist",
        "applied",
        "2025-10-06",
        TEK,
        "Submission confirmation - Data Engineer - Truist",
        "Hi Jordan,\n\nConfirming I submitted your profile to Truist for the Data Engineer (12-month contract) role at "
        "$75/hr W2. I'll follow up as soon as the manager reviews it.\n\nKevin Miller\nTechnical Recruiter | "
        "TEKsystems",
        "t-tek1",
    ),
    (
        "Ally Financial",
        "applied",
        "2025-10-07",
        CC,
        "Thanks for applying - Senior Data Engineer",
        "Hi Jordan,\n\nThanks for applying to my Senior Data Engineer position in Charlotte (hybrid). My client is a "
        "fast-growing fintech. I've received your resume and will review it shortly.\n\nRahul Sharma\nExecutive "
        "Recruiter | CyberCoders",
        "t-cc1",
    ),
    (
        "Lowe's",
        "applied",
        "2025-10-08",
        LOWES,
        "Thank you for applying to Lowe's",
        "Hi Jordan,\n\nThank you for applying for the Data Engineer II (JR-123789) position at Lowe's. We will review "
        "your application and contact you if your qualifications match our needs.\n\nLowe's Talent Acquisition",
        "t-lowes",
    ),
    (
        "Truist",
        "interview",
        "2025-10-10",
        TEK,
        "RE: Submission confirmation - Data Engineer - Truist",
        "Hi Jordan,\n\nTruist would like a 45 minute Teams interview with the hiring manager on Friday at 2 PM ET. "
        "Please confirm and I'll send the invite.\n\nKevin",
        "t-tek1",
    ),
    (
        "Ally Financial",
        "interview",
        "2025-10-14",
        CC,
        "Client interview - Senior Data Engineer",
        "Hi Jordan,\n\nGreat news - the client, Ally Financial, wants to interview you Thursday at 3 PM over Zoom with "
        "the engineering manager.\n\nRahul",
        "t-cc2",
    ),
    (
        "Lowe's",
        "interview",
        "2025-10-15",
        LOWES,
        "Lowe's - Interview Invitation",
        "Hi Jordan,\n\nWe'd like to invite you to a virtual interview with the hiring team for the Data Engineer II "
        "position. Please select a time using the link below.\n\nLowe's Talent Acquisition",
        "t-lowes2",
    ),
    (
        "Truist",
        "onsite",
        "2025-10-17",
        TEK,
        "Truist - final round",
        "Hi Jordan,\n\nThe manager liked you. They want to bring you in for a final round with the director and two "
        "engineers on Tuesday at 10 AM at the Charlotte office.\n\nKevin",
        "t-tek2",
    ),
    (
        "Ally Financial",
        "rejected",
        "2025-10-21",
        CC,
        "Ally update",
        "Hi Jordan,\n\nI just heard back from Ally. They're moving forward with another candidate who has more "
        "Snowflake experience. Sorry, I'll keep you in mind.\n\nRahul",
        "t-cc3",
    ),
    (
        "Truist",
        "rejected",
        "2025-10-24",
        TEK,
        "Truist update",
        "Hi Jordan,\n\nBad news, unfortunately - Truist filled the position internally. I'll keep an eye out for other "
        "contracts for you.\n\nKevin",
        "t-tek3",
    ),
    (
        "Lowe's",
        "rejected",
        "2025-10-29",
        LOWES,
        "Lowe's Careers: Application Status",
        "Hi Jordan,\n\nThank you for your interest in Lowe's. We wanted to let you know that the position you applied "
        "for has been filled.\n\nLowe's Talent Acquisition",
        "t-lowes",
    ),
]

_NEGATIVES = [
    (
        "Dice <alerts@dice.example>",
        "Data Engineer jobs for you",
        "alert",
        "Here are today's top Data Engineer jobs near Charlotte, NC. Unsubscribe from job alerts.",
    ),
    (
        "Suresh K <suresh@benchsalesinc.example>",
        "Hotlist - available consultants - Data Engineers",
        "outreach",
        "Hi, please find our updated hotlist of available consultants on C2C. Share your requirements.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.example>",
        "Jobs you may be interested in",
        "alert",
        "Data Engineer at Truist. Senior Data Engineer at Bank of America. See all jobs.",
    ),
    (
        "Truist Bank <alerts@truist.example>",
        "Your statement is ready",
        "other",
        "Your October checking account statement is now available in Truist online banking.",
    ),
    (
        "Insight Global Payroll <payroll@insightglobal.example>",
        "Your 2024 W-2 is available",
        "other",
        "Your 2024 W-2 form is available in the employee portal.",
    ),
    (
        "Nicole Price <nicole.price@gmail.example>",
        "dinner",
        "personal",
        "Can you pick up the kids at 5? I'll make dinner.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JORDAN,
        own_to={},
        offset="-0400",
        clock="13:20:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="21:10:00",
        tag="sixhundredsixtysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
