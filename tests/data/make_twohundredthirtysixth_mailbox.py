"""A two-hundred-and-thirty-sixth mailbox, written as a held-out check after the two-hundred-and-thirty-fifth
(issue #24).

Thandi, a financial analyst in Johannesburg, saved her Outlook mail as .eml files.  South African hiring: PNet and
Careers24 receipts, companies written "(Pty) Ltd", "You have been shortlisted", a "competency-based interview", "we
regret to inform you that your application was unsuccessful", a verbal offer then a "letter of appointment", an
agency consultant for "a leading asset manager in Sandton".  Negatives: Careers24's job alerts, a load-shedding
schedule, a bank, Takealot, a cold message from a recruiter.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.

The truth first called the Excel and numerical reasoning test an "assessment", which is no event of SPEC 3.2's
vocabulary; as the spec says, an assessment is an interview round, and the truth now says so.
"""

from __future__ import annotations

from pathlib import Path

THANDI = "thandi.mokoena@outlook.co.za"
ME = f"Thandi Mokoena <{THANDI}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Highveld Mutual",
        "applied",
        "2025-02-03",
        "PNet <noreply@pnet.co.za>",
        "Application sent: Financial Analyst",
        "Dear Thandi\n\nYour application for Financial Analyst at Highveld Mutual (Pty) Ltd has been sent to the "
        "recruiter.\n\nGood luck with your application!\nThe PNet Team",
        None,
    ),
    (
        "Karoo Capital Partners",
        "applied",
        "2025-02-04",
        "Careers24 <noreply@careers24.com>",
        "Your application to Karoo Capital Partners",
        "Hi Thandi,\n\nThank you for applying for the position of Investment Analyst with Karoo Capital Partners. "
        "The recruiter will review your CV and contact you if you are shortlisted.\n\nCareers24",
        None,
    ),
    (
        "Sandton Asset Managers",
        "applied",
        "2025-02-05",
        "Nomsa Dlamini <nomsa@talentbridge.co.za>",
        "Financial Analyst - Sandton",
        "Hi Thandi\n\nThanks for the chat earlier. As discussed I have submitted your CV to my client, a leading asset "
        "manager in Sandton, for the Financial Analyst role. I'll revert as soon as I have feedback.\n\nKind "
        "regards\nNomsa Dlamini\nSenior Consultant | TalentBridge Recruitment",
        None,
    ),
    (
        "Highveld Mutual",
        "interview",
        "2025-02-10",
        "Lerato Khumalo <lerato.khumalo@highveldmutual.co.za>",
        "Shortlisted: Financial Analyst",
        "Dear Thandi\n\nYou have been shortlisted for the position of Financial Analyst. We would like to invite "
        "you to a competency-based interview with the Finance Manager on Thursday 13 February at 10:00 at our "
        "Rosebank offices.\n\nKind regards\nLerato Khumalo\nHR Business Partner\nHighveld Mutual (Pty) Ltd",
        None,
    ),
    (
        "Sandton Asset Managers",
        "interview",
        "2025-02-12",
        "Nomsa Dlamini <nomsa@talentbridge.co.za>",
        "RE: Financial Analyst - Sandton",
        "Hi Thandi\n\nGreat news! The client, Sandton Asset Managers, would like to meet you on Tuesday at 14:00 for "
        "a first interview with the Head of Finance.\n\nKind regards\nNomsa",
        None,
    ),
    (
        "Karoo Capital Partners",
        "rejected",
        "2025-02-14",
        "Karoo Capital Partners <careers@karoocapital.co.za>",
        "Investment Analyst application",
        "Dear Thandi\n\nThank you for your interest in Karoo Capital Partners. We regret to inform you that your "
        "application was unsuccessful on this occasion. We will keep your CV on our database for future "
        "opportunities.\n\nKind regards\nHuman Capital",
        None,
    ),
    (
        "Highveld Mutual",
        "interview",
        "2025-02-17",
        "Lerato Khumalo <lerato.khumalo@highveldmutual.co.za>",
        "Financial Analyst - next step",
        "Dear Thandi\n\nThank you for attending the interview. The next step is an online Excel and numerical "
        "reasoning assessment; please complete it by Friday using the link below.\n\nKind regards\nLerato",
        None,
    ),
    (
        "Sandton Asset Managers",
        "rejected",
        "2025-02-20",
        "Nomsa Dlamini <nomsa@talentbridge.co.za>",
        "RE: Financial Analyst - Sandton",
        "Hi Thandi\n\nUnfortunately the client has decided to go with an internal candidate. I'm sorry, it was a "
        "close call. I will keep you in mind for other roles.\n\nKind regards\nNomsa",
        None,
    ),
    (
        "Highveld Mutual",
        "offer",
        "2025-02-26",
        "Lerato Khumalo <lerato.khumalo@highveldmutual.co.za>",
        "Letter of Appointment - Financial Analyst",
        "Dear Thandi\n\nFurther to our telephonic discussion, please find attached your letter of appointment for "
        "the position of Financial Analyst, subject to satisfactory credit and criminal checks. Kindly sign and "
        "return it by 5 March.\n\nKind regards\nLerato Khumalo\nHR Business Partner",
        None,
    ),
    (
        "Highveld Mutual",
        "accepted",
        "2025-02-27",
        ME,
        "RE: Letter of Appointment - Financial Analyst",
        "Dear Lerato\n\nThank you very much. Please find attached my signed letter of appointment; I am happy to "
        "accept and look forward to starting on 1 April.\n\nKind regards\nThandi Mokoena",
        "Lerato Khumalo <lerato.khumalo@highveldmutual.co.za>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Careers24 Job Alerts <alerts@careers24.com>",
        "12 new Financial Analyst jobs in Gauteng",
        "alert",
        "Financial Analyst - Sandton; Management Accountant - Midrand; Investment Analyst - Rosebank.",
    ),
    (
        "EskomSePush <noreply@esp.example>",
        "Load shedding schedule: Stage 2 this week",
        "other",
        "Your area is scheduled for load shedding 18:00-20:30 on Tuesday and Thursday.",
    ),
    (
        "FNB <inContact@fnb.example>",
        "Your statement is ready",
        "other",
        "Your cheque account statement for January is available on the app.",
    ),
    (
        "Takealot <info@takealot.example>",
        "Blue Dot Sale: up to 40% off",
        "shop",
        "This week only: appliances, laptops and more.",
    ),
    (
        "Pieter van Wyk <pieter@apexsearch.co.za>",
        "Opportunity: Senior Credit Analyst",
        "outreach",
        "Hi Thandi, I came across your LinkedIn profile and have a Senior Credit Analyst role at a bank in Sandton "
        "that may interest you. Would you be open to a call?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="08:40:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="19:30:00",
        tag="twohundredthirtysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), THANDI)
