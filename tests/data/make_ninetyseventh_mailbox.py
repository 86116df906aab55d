"""A ninety-seventh mailbox, written as a held-out check after the ninety-sixth's fixes (issue #24).

Nadia, a financial analyst in Toronto, saves her Outlook mail as .eml files (no labels, no Delivered-To).  Around her
applications sit the machines' answers that are no step of any application: a recruiter's "Automatic reply: Out
of office" to her follow-up, an "Undeliverable:" bounce of one emailed application (she resent it to the right
address), a "Read:" receipt, and an "Accepted:" reply from an interviewer's calendar.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NADIA = "nadia.haddad.fin@outlook.com"
_ME = f"Nadia Haddad <{NADIA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Lakeshore Capital (emailed application; follow-up; interview; rejected)
    (
        "Lakeshore Capital",
        "applied",
        "2025-04-07",
        _ME,
        "Application - Financial Analyst",
        "Dear Hiring Team,\n\nPlease find attached my resume and cover letter for the Financial Analyst position at "
        "Lakeshore Capital.\n\nKind regards,\nNadia Haddad",
        "Lakeshore Capital Careers <careers@lakeshorecapital.ca>",
    ),
    (
        "Lakeshore Capital",
        "follow_up",
        "2025-04-17",
        _ME,
        "Following up - Financial Analyst application",
        "Hi Priya,\n\nI'm following up on my application for the Financial Analyst position submitted on April 7. I'd "
        "be glad to share more about my FP&A experience.\n\nBest regards,\nNadia Haddad",
        "Priya Nair <priya.nair@lakeshorecapital.ca>",
    ),
    (
        "Lakeshore Capital",
        "interview",
        "2025-04-24",
        "Priya Nair <priya.nair@lakeshorecapital.ca>",
        "Interview - Financial Analyst",
        "Hi Nadia,\n\nThank you for your patience. We'd like to invite you to an interview with our Director of FP&A "
        "on Thursday, May 1 at 10:00 AM at our King Street office.\n\nBest,\nPriya Nair\nTalent Acquisition",
        None,
    ),
    (
        "Lakeshore Capital",
        "rejected",
        "2025-05-09",
        "Priya Nair <priya.nair@lakeshorecapital.ca>",
        "Financial Analyst - update",
        "Hi Nadia,\n\nThank you for meeting with the team. After much deliberation we have decided to proceed with "
        "another candidate.\n\nBest,\nPriya",
        None,
    ),
    # Don Valley Insurance (emailed application to a wrong address, resent; Workday confirmation; interview)
    (
        "Don Valley Insurance",
        "applied",
        "2025-04-08",
        _ME,
        "Application - Senior Analyst, Pricing",
        "Dear Hiring Manager,\n\nPlease find attached my application for the Senior Analyst, Pricing role.\n\n"
        "Sincerely,\nNadia Haddad",
        "Don Valley Insurance Recruiting <recruiting@donvalleyinsurance.ca>",
    ),
    (
        "Don Valley Insurance",
        "interview",
        "2025-04-22",
        "Marc Tremblay <marc.tremblay@donvalleyinsurance.ca>",
        "Senior Analyst, Pricing - interview",
        "Hello Nadia,\n\nThank you for your application. I'd like to invite you to a video interview with me and the "
        "pricing team on April 29 at 2:00 PM.\n\nMarc Tremblay\nManager, Pricing Analytics",
        None,
    ),
    # Humber Freight (Workday; silence)
    (
        "Humber Freight",
        "applied",
        "2025-04-10",
        "Humber Freight <humberfreight@myworkday.com>",
        "Thank you for applying to Humber Freight",
        "Hi Nadia,\n\nThank you for applying for the FP&A Analyst position. We have received your application.\n\n"
        "Humber Freight Talent Acquisition",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Priya Nair <priya.nair@lakeshorecapital.ca>",
        "Automatic reply: Following up - Financial Analyst application",
        "auto-reply",
        "Thank you for your email. I am out of the office until April 22 with limited access to email. For urgent "
        "matters please contact careers@lakeshorecapital.ca.",
    ),
    (
        "Mail Delivery Subsystem <mailer-daemon@outlook.com>",
        "Undeliverable: Application - Senior Analyst, Pricing",
        "bounce",
        "Your message to jobs@donvalleyins.ca couldn't be delivered. The address wasn't found at the destination "
        "domain.\n\nOriginal message: Application - Senior Analyst, Pricing. Please find attached my application "
        "for the Senior Analyst, Pricing role.",
    ),
    (
        "Marc Tremblay <marc.tremblay@donvalleyinsurance.ca>",
        "Read: Application - Senior Analyst, Pricing",
        "receipt",
        "Your message\n\nTo: Marc Tremblay\nSubject: Application - Senior Analyst, Pricing\n\nwas read on April 9, "
        "2025.",
    ),
    (
        "Marc Tremblay <marc.tremblay@donvalleyinsurance.ca>",
        "Accepted: Senior Analyst, Pricing - interview",
        "calendar",
        "Marc Tremblay has accepted this meeting.",
    ),
    (
        "Workopolis <alerts@workopolis.example>",
        "New Financial Analyst jobs in Toronto",
        "alert",
        "Financial Analyst - Lakeshore Capital\nPricing Analyst - Don Valley Insurance\nView all",
    ),
    (
        "CFA Society Toronto <news@cfatoronto.example>",
        "Member newsletter",
        "newsletter",
        "Upcoming events and career resources. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (her own sent to ``to``), then the negatives."""
    from mail_score import outlook_corpus

    msgs = outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="-0400",
        clock="10:25:00",
        neg_start="2025-04-08",
        neg_step=3,
        neg_clock="10:26:00",
        tag="ninetyseven",
    )
    # the machines answer on the days their messages answer
    dates = [
        "Thu, 17 Apr 2025 10:26:00 -0400",
        "Tue, 08 Apr 2025 10:26:00 -0400",
        "Wed, 09 Apr 2025 11:00:00 -0400",
        "Tue, 22 Apr 2025 15:00:00 -0400",
    ]
    for (msg, _), date in zip(msgs[len(_POSITIVES) :], dates):
        msg.replace_header("Date", date)
    return msgs


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(Path(folder) / "outlook", msgs if msgs is not None else messages(), NADIA)
