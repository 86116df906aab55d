"""A two-hundred-and-eighty-second mailbox, written as a held-out check after the two-hundred-and-eighty-first
(issue #24).

Farah, a data professional in Toronto, exports Gmail with Takeout.  Two roles at one insurer stay two applications
(``APPLICATIONS``): its Workday tenant's receipts and refusals name each requisition, and its recruiter writes about
one of them by title.  Beside them: a bank's SmartRecruiters receipt, a start-up's Ashby receipt, a "technical
assessment on HackerRank", a "panel interview" (the last round), an offer "pending a background check", "the
position has been filled", and her own thanks and acceptance.  Negatives: the insurer's own job alert, LinkedIn's
"Farah, 5 new jobs", a data newsletter, Presto, a condo board, a friend.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

FARAH = "farah.siddiqui.data@gmail.com"
ME = f"Farah Siddiqui <{FARAH}>"

APPLICATIONS = {"Lakeshore Mutual": 2, "Queen Street Bank": 1, "Loop Robotics": 1}

_OWN_TO = {
    "Lakeshore Mutual": "Derek Wong <derek.wong@lakeshoremutual.example>",
    "Queen Street Bank": "Talent Acquisition <talent@queenstreetbank.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lakeshore Mutual",
        "applied",
        "2025-03-03",
        "Lakeshore Mutual <lakeshoremutual@myworkday.com>",
        "Thank you for applying - Data Analyst, Claims Insights (R-20418)",
        "Dear Farah,\n\nThank you for applying to the Data Analyst, Claims Insights position (R-20418) at Lakeshore "
        "Mutual. We will review your application and be in touch if your qualifications match our needs.\n\nLakeshore "
        "Mutual Talent Acquisition",
        "l1",
    ),
    (
        "Lakeshore Mutual",
        "applied",
        "2025-03-04",
        "Lakeshore Mutual <lakeshoremutual@myworkday.com>",
        "Thank you for applying - Senior Data Scientist, Pricing (R-20457)",
        "Dear Farah,\n\nThank you for applying to the Senior Data Scientist, Pricing position (R-20457) at Lakeshore "
        "Mutual. We will review your application and be in touch if your qualifications match our needs.\n\nLakeshore "
        "Mutual Talent Acquisition",
        "l2",
    ),
    (
        "Queen Street Bank",
        "applied",
        "2025-03-05",
        "Queen Street Bank <notifications@smartrecruiters.com>",
        "Your application for Analytics Engineer",
        "Hi Farah,\n\nThank you for your application for the Analytics Engineer position at Queen Street Bank. Our "
        "recruitment team will review it.\n\nQueen Street Bank",
        "q1",
    ),
    (
        "Loop Robotics",
        "applied",
        "2025-03-06",
        "Loop Robotics <no-reply@ashbyhq.com>",
        "Thanks for applying to Loop Robotics",
        "Hi Farah,\n\nThanks for applying for the Data Scientist role at Loop Robotics! We'll review your application "
        "and be in touch.\n\nLoop Robotics",
        "r1",
    ),
    (
        "Lakeshore Mutual",
        "screen",
        "2025-03-11",
        "Derek Wong <derek.wong@lakeshoremutual.example>",
        "Senior Data Scientist, Pricing - introductory call",
        "Hi Farah,\n\nThank you for your interest in the Senior Data Scientist, Pricing role. I'd like to set up a "
        "30-minute introductory call to discuss your experience with GLMs and pricing models. Are you available "
        "Thursday?\n\nDerek Wong\nSenior Talent Acquisition Partner, Lakeshore Mutual",
        "l3",
    ),
    (
        "Loop Robotics",
        "interview",
        "2025-03-12",
        "Loop Robotics <no-reply@ashbyhq.com>",
        "Loop Robotics - technical assessment",
        "Hi Farah,\n\nThe team would like you to complete a technical assessment on HackerRank (about 90 minutes) as "
        "the next step. You'll find the link below; please finish it within 5 days.\n\nLoop Robotics",
        "r1",
    ),
    (
        "Lakeshore Mutual",
        "rejected",
        "2025-03-13",
        "Lakeshore Mutual <lakeshoremutual@myworkday.com>",
        "Update on your application - Data Analyst, Claims Insights (R-20418)",
        "Dear Farah,\n\nThank you for your interest in the Data Analyst, Claims Insights position (R-20418). After "
        "careful consideration, we have decided to move forward with other candidates.\n\nLakeshore Mutual Talent "
        "Acquisition",
        "l1",
    ),
    (
        "Queen Street Bank",
        "rejected",
        "2025-03-17",
        "Queen Street Bank <notifications@smartrecruiters.com>",
        "Analytics Engineer - update",
        "Hi Farah,\n\nThank you for your interest in Queen Street Bank. We wanted to let you know that the position has "
        "been filled. We encourage you to apply for other roles.\n\nQueen Street Bank",
        "q1",
    ),
    (
        "Lakeshore Mutual",
        "onsite",
        "2025-03-20",
        "Derek Wong <derek.wong@lakeshoremutual.example>",
        "RE: Senior Data Scientist, Pricing - introductory call",
        "Hi Farah,\n\nGreat speaking with you. The hiring manager would like to invite you to a panel interview with "
        "the pricing team on March 27 at 1pm at our King Street office. You'll present a short case on a model you "
        "built.\n\nDerek",
        "l3",
    ),
    (
        "Loop Robotics",
        "rejected",
        "2025-03-24",
        "Loop Robotics <no-reply@ashbyhq.com>",
        "Update on your Loop Robotics application",
        "Hi Farah,\n\nThank you for completing the assessment. After review, we won't be moving forward with your "
        "candidacy for the Data Scientist role.\n\nLoop Robotics",
        "r1",
    ),
    (
        "Lakeshore Mutual",
        "thank_you",
        "2025-03-27",
        ME,
        "Thank you - panel interview",
        "Hi Derek,\n\nThank you for organizing today's panel. I enjoyed presenting to the pricing team and learning "
        "about the new telematics product.\n\nBest,\nFarah",
        "l4",
    ),
    (
        "Lakeshore Mutual",
        "offer",
        "2025-04-02",
        "Derek Wong <derek.wong@lakeshoremutual.example>",
        "Senior Data Scientist, Pricing - offer",
        "Hi Farah,\n\nI'm delighted to extend an offer for the Senior Data Scientist, Pricing role: $132,000 base plus "
        "a 12% bonus target. The offer is pending a background check. The letter is attached.\n\nDerek",
        "l5",
    ),
    (
        "Lakeshore Mutual",
        "accepted",
        "2025-04-04",
        ME,
        "RE: Senior Data Scientist, Pricing - offer",
        "Hi Derek,\n\nThank you! I'm happy to accept the offer. The signed letter is attached, and I've submitted the "
        "background check form.\n\nFarah",
        "l5",
    ),
]

_NEGATIVES = [
    (
        "Lakeshore Mutual <lakeshoremutual@myworkday.com>",
        "New jobs at Lakeshore Mutual that match your alert",
        "alert",
        "New jobs: Actuarial Analyst (R-20511); Data Engineer (R-20520); Claims Adjuster (R-20532).",
    ),
    (
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Farah, 5 new jobs for Data Scientist",
        "alert",
        "Data Scientist - Loop Robotics - Toronto, ON. Senior Data Scientist - Lakeshore Mutual - Toronto, ON.",
    ),
    (
        "Data Elixir <newsletter@dataelixir.example>",
        "Data Elixir - Issue 512",
        "newsletter",
        "This week: causal inference in practice, a new DuckDB release, and a hiring roundup.",
    ),
    (
        "PRESTO <noreply@prestocard.example>",
        "Your PRESTO card was loaded",
        "other",
        "Your PRESTO card was loaded with $50.00.",
    ),
    (
        "Harbourfront Condo Board <board@harbourfrontcondo.example>",
        "Elevator maintenance on Tuesday",
        "other",
        "Elevator B will be out of service on Tuesday from 9am to 3pm.",
    ),
    (
        "Zara Ahmed <zara.ahmed@gmail.example>",
        "brunch?",
        "personal",
        "brunch sunday at lady marmalade?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=FARAH,
        own_to=_OWN_TO,
        offset="-0500",
        clock="09:35:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:25:00",
        tag="twohundredeightytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
