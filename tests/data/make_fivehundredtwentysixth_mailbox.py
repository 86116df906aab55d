"""A five-hundred-and-twenty-sixth mailbox, written as a held-out check after the five-hundred-and-twenty-fifth
(issue #24).

Kelvin Wong, a financial analyst in Hong Kong, keeps his mail in Gmail, exported with Takeout.  Hong Kong hires in
English through job boards, banks' own systems and agencies: JobsDB's "Your application has been sent to HSBC", HSBC's
"Invitation to complete the online assessment" (an assessment round), "Invitation to a video interview with the
hiring manager", "we regret that we are unable to progress your application"; an agency's "I have submitted your CV
to my client, a leading life insurer (AIA), for the FP&A Manager role", "AIA would like to meet you for a first
interview", "AIA has come back with an offer: HK$65,000 x 13"; his "Please confirm my acceptance to AIA".  Negatives:
JobsDB's alert, a finance newsletter, a second agency's cold mail, HSBC's own credit card statement (a company he
applied to), the MTR and his mother.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KELVIN = "kelvin.wong.fin@gmail.com"
ME = f"Kelvin Wong <{KELVIN}>"
HSBC = "HSBC Careers <hsbc.careers@myworkday.example>"
GRACE = "Grace Chan <grace.chan@michaelpage.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "HSBC",
        "applied",
        "2025-05-05",
        "JobsDB <noreply@jobsdb.example>",
        "Your application has been sent to HSBC",
        "Hi Kelvin,\n\nYour application for Financial Analyst, Wealth Finance has been sent to HSBC.\n\nGood luck!\n"
        "JobsDB",
        "t-hsbc",
    ),
    (
        "AIA",
        "applied",
        "2025-05-06",
        GRACE,
        "FP&A Manager - life insurer",
        "Hi Kelvin,\n\nThanks for your time on the phone. I have submitted your CV to my client, a leading life insurer "
        "(AIA), for the FP&A Manager role. I'll update you once I hear back.\n\nGrace Chan\nMichael Page Hong Kong",
        "t-aia",
    ),
    (
        "HSBC",
        "interview",
        "2025-05-08",
        HSBC,
        "Invitation to complete the online assessment",
        "Dear Kelvin,\n\nThank you for your application for Financial Analyst, Wealth Finance. We would like to invite "
        "you to complete our online assessment within 7 days.\n\nHSBC Talent Acquisition",
        "t-hsbc2",
    ),
    (
        "AIA",
        "interview",
        "2025-05-12",
        GRACE,
        "RE: FP&A Manager - life insurer",
        "Hi Kelvin,\n\nGood news - AIA would like to meet you for a first interview with the Head of FP&A on Thursday at "
        "3pm at their Central office.\n\nGrace",
        "t-aia",
    ),
    (
        "HSBC",
        "interview",
        "2025-05-15",
        HSBC,
        "Invitation to a video interview",
        "Dear Kelvin,\n\nCongratulations on completing the assessment. We would like to invite you to a video interview "
        "with the hiring manager on 21 May.\n\nHSBC Talent Acquisition",
        "t-hsbc3",
    ),
    (
        "HSBC",
        "rejected",
        "2025-05-28",
        HSBC,
        "Your application with HSBC",
        "Dear Kelvin,\n\nThank you for your time. We regret that we are unable to progress your application "
        "further.\n\nHSBC Talent Acquisition",
        "t-hsbc4",
    ),
    (
        "AIA",
        "offer",
        "2025-05-30",
        GRACE,
        "RE: FP&A Manager - life insurer",
        "Hi Kelvin,\n\nAIA has come back with an offer: HK$65,000 x 13 plus bonus. Shall we discuss tonight?\n\nGrace",
        "t-aia",
    ),
    (
        "AIA",
        "accepted",
        "2025-05-31",
        ME,
        "RE: FP&A Manager - life insurer",
        "Hi Grace,\n\nThanks for your help! Please confirm my acceptance to AIA.\n\nKelvin",
        "t-aia",
    ),
]

_NEGATIVES = [
    (
        "JobsDB <alerts@jobsdb.example>",
        "New jobs: Financial Analyst",
        "alert",
        "Financial Analyst - Central. FP&A Analyst - Quarry Bay. View jobs.",
    ),
    (
        "FinanceAsia <newsletter@financeasia.example>",
        "FinanceAsia Daily",
        "newsletter",
        "Today's headlines. Unsubscribe.",
    ),
    (
        "Tony Lam <tony.lam@randstad-hk.example>",
        "Finance Manager opportunity",
        "outreach",
        "Hi Kelvin, I have a Finance Manager role at a listed company. Open to a chat?",
    ),
    (
        "HSBC <statements@hsbc.example>",
        "Your credit card statement is ready",
        "other",
        "Your Red Credit Card statement is ready.",
    ),
    (
        "MTR <noreply@mtr.example>",
        "Service update",
        "other",
        "Tsuen Wan Line service adjustments this weekend.",
    ),
    (
        "Mum <wong.mei@netvigator.example>",
        "dinner",
        "personal",
        "Yum cha Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KELVIN,
        own_to={"AIA": GRACE},
        offset="+0800",
        clock="13:35:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="21:45:00",
        tag="fivehundredtwentysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
