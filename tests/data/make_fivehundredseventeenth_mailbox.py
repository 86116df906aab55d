"""A five-hundred-and-seventeenth mailbox, written as a held-out check after the five-hundred-and-sixteenth (issue
#24).

Wei Jie Tan, a backend engineer in Singapore, keeps his mail in Gmail, exported with Takeout.  Singapore's tech
recruiters write Singlish-free business English with its own turns: "I've shortlisted you for the Backend Engineer
role at Grab and forwarded your CV to the hiring manager", "The hiring team at Grab would like to arrange a technical
interview", "Grab has come back - they'd like to proceed with you to the final round", "Grab has decided to extend an
offer"; the government's job portal's "Your application for Software Engineer at GovTech has been submitted"; a
bank's Workday "Thank you for applying to DBS Bank" and its HackerRank "coding assessment"; "we regret to inform you
that we will not be proceeding further"; his "Thanks for the update, I'm happy to accept".  Negatives: the portal's
alert, a tech newsletter, a recruiter's cold mail, Grab's own ride receipt (a company he applied to), a bank alert and
his mother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WEIJIE = "weijie.tan.dev@gmail.com"
ME = f"Tan Wei Jie <{WEIJIE}>"
MELISSA = "Melissa Goh <melissa.goh@techtalent-sg.example>"
DBS = "DBS Bank <dbs@myworkday.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Grab",
        "applied",
        "2025-08-04",
        MELISSA,
        "Backend Engineer - Grab",
        "Hi Wei Jie,\n\nThanks for the chat just now. I've shortlisted you for the Backend Engineer role at Grab and "
        "forwarded your CV to the hiring manager. Will update you once I hear back.\n\nMelissa Goh\nTechTalent "
        "Singapore | EA Licence 19C9876",
        "t-grab",
    ),
    (
        "GovTech",
        "applied",
        "2025-08-05",
        "MyCareersFuture <noreply@mycareersfuture.example>",
        "Application submitted",
        "Dear Tan Wei Jie,\n\nYour application for Software Engineer at GovTech has been submitted. The employer will "
        "contact you if you are shortlisted.\n\nMyCareersFuture",
        "t-gov",
    ),
    (
        "DBS Bank",
        "applied",
        "2025-08-06",
        DBS,
        "Thank you for applying to DBS Bank",
        "Dear Wei Jie,\n\nThank you for applying to DBS Bank for the Software Engineer, Payments role. We will review "
        "your application.\n\nDBS Talent Acquisition",
        "t-dbs",
    ),
    (
        "DBS Bank",
        "interview",
        "2025-08-08",
        DBS,
        "Coding assessment - Software Engineer, Payments",
        "Dear Wei Jie,\n\nAs the next step, please complete the HackerRank coding assessment within 5 days.\n\nDBS "
        "Talent Acquisition",
        "t-dbs2",
    ),
    (
        "Grab",
        "interview",
        "2025-08-11",
        MELISSA,
        "RE: Backend Engineer - Grab",
        "Hi Wei Jie,\n\nThe hiring team at Grab would like to arrange a technical interview with two of their senior "
        "engineers. Are you free Wednesday 3pm or Thursday 10am?\n\nMelissa",
        "t-grab",
    ),
    (
        "GovTech",
        "rejected",
        "2025-08-14",
        "GovTech Talent Acquisition <careers@tech.gov.example>",
        "Your application for Software Engineer",
        "Dear Tan Wei Jie,\n\nThank you for your interest in GovTech. We regret to inform you that we will not be "
        "proceeding further with your application.\n\nGovTech Talent Acquisition",
        "t-gov2",
    ),
    (
        "Grab",
        "onsite",
        "2025-08-18",
        MELISSA,
        "RE: Backend Engineer - Grab",
        "Hi Wei Jie,\n\nGrab has come back - they'd like to proceed with you to the final round: a system design "
        "interview and a chat with the engineering director at their One-North office.\n\nMelissa",
        "t-grab",
    ),
    (
        "DBS Bank",
        "rejected",
        "2025-08-20",
        DBS,
        "Your application with DBS Bank",
        "Dear Wei Jie,\n\nThank you for completing the assessment. After careful consideration, we will not be moving "
        "forward with your application.\n\nDBS Talent Acquisition",
        "t-dbs3",
    ),
    (
        "Grab",
        "offer",
        "2025-08-27",
        MELISSA,
        "RE: Backend Engineer - Grab",
        "Hi Wei Jie,\n\nCongrats! Grab has decided to extend an offer - S$9,500 per month plus RSUs. Let me know when "
        "you can talk.\n\nMelissa",
        "t-grab",
    ),
    (
        "Grab",
        "accepted",
        "2025-08-28",
        ME,
        "RE: Backend Engineer - Grab",
        "Hi Melissa,\n\nThanks for the update, I'm happy to accept!\n\nWei Jie",
        "t-grab",
    ),
]

_NEGATIVES = [
    (
        "MyCareersFuture <alerts@mycareersfuture.example>",
        "New jobs matching Backend Engineer",
        "alert",
        "Backend Engineer - Raffles Place. Software Engineer - Jurong. View jobs.",
    ),
    (
        "Tech in Asia <newsletter@techinasia.example>",
        "Tech in Asia Daily",
        "newsletter",
        "Today's stories. Unsubscribe.",
    ),
    (
        "Kenneth Lim <kenneth@hirewise-sg.example>",
        "Senior Backend role - fintech",
        "outreach",
        "Hi Wei Jie, I'm hiring for a Senior Backend Engineer at a fintech. Keen to chat?",
    ),
    (
        "Grab <no-reply@grab.example>",
        "Your Grab E-Receipt",
        "other",
        "Thanks for riding with Grab. Total: S$14.20.",
    ),
    (
        "OCBC Alerts <alerts@ocbc.example>",
        "Transaction alert",
        "other",
        "A transaction of S$52.00 was made.",
    ),
    (
        "Mum <linda.tan@singnet.example>",
        "dinner",
        "personal",
        "Coming home for dinner Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=WEIJIE,
        own_to={"Grab": MELISSA},
        offset="+0800",
        clock="14:40:00",
        neg_start="2025-08-03",
        neg_step=5,
        neg_clock="22:10:00",
        tag="fivehundredseventeen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
