"""A hundred-and-thirteenth mailbox, written as a held-out check after the hundred-and-twelfth (issue #24).

Derek, a contract data engineer in Dallas, exports Gmail with Takeout.  Most of his search runs through staffing
agencies, whose recruiters write for their clients: "I submitted your resume to Lone Star Mutual", "the client
would like to set up a Teams interview", "the hiring manager decided to go another direction", "the client wants
to extend an offer: a 6-month contract-to-hire at $78/hr"; one employer hires directly through iCIMS.  Its
negatives are his: agency recruiters' pitches for roles he never took up, a job board's alert, a timesheet
reminder from his current contract, a certification body's mail.  Its score before any rule was changed for it is
in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DEREK = "derek.owens.data@gmail.com"
_ME = f"Derek Owens <{DEREK}>"
_KIM = "Kim Tran <ktran@teksystems.example>"
_RAJ = "Raj Patel <raj.patel@insightglobal.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Lone Star Mutual through an agency (submitted, client interview, offer, accepted)
    (
        "Lone Star Mutual",
        "applied",
        "2025-01-13",
        _KIM,
        "Submitted - Data Engineer - Lone Star Mutual",
        "Hi Derek,\n\nGreat talking with you today. As discussed, I submitted your resume to Lone Star Mutual for the "
        "Data Engineer contract-to-hire role (Azure, dbt). I'll let you know as soon as I hear back from the "
        "hiring manager.\n\nKim Tran\nSenior Recruiter",
        "ls1",
    ),
    (
        "Lone Star Mutual",
        "interview",
        "2025-01-16",
        _KIM,
        "RE: Submitted - Data Engineer - Lone Star Mutual",
        "Hi Derek,\n\nGood news - the client would like to set up a 45-minute Teams interview with the hiring "
        "manager and a senior engineer. Are you available Tuesday at 11 or Wednesday at 2?\n\nKim",
        "ls1",
    ),
    (
        "Lone Star Mutual",
        "offer",
        "2025-01-27",
        _KIM,
        "Offer - Lone Star Mutual",
        "Hi Derek,\n\nThe client wants to extend an offer! 6-month contract-to-hire at $78/hr W2, start date February "
        "10, fully remote with one onsite day a month. Let me know if you'd like to move forward.\n\nKim",
        "ls2",
    ),
    (
        "Lone Star Mutual",
        "accepted",
        "2025-01-27",
        _ME,
        "RE: Offer - Lone Star Mutual",
        "Kim - yes, let's do it! Please send over the paperwork and the background check link.\n\nDerek",
        "ls2",
    ),
    # Prairie Health Systems through another agency (submitted, client phone interview, "another direction")
    (
        "Prairie Health Systems",
        "applied",
        "2025-01-14",
        _RAJ,
        "Prairie Health Systems - Sr Data Engineer submittal",
        "Hi Derek,\n\nThanks for the RTR. You've been submitted to Prairie Health Systems for the Sr Data Engineer "
        "position. Rate confirmed at $75/hr C2C.\n\nRaj Patel\nRecruiter, Insight Global",
        "ph1",
    ),
    (
        "Prairie Health Systems",
        "interview",
        "2025-01-17",
        _RAJ,
        "RE: Prairie Health Systems - Sr Data Engineer submittal",
        "Hi Derek,\n\nThe hiring manager at Prairie Health would like to do a 30 min phone interview on Monday at "
        "10am CST. They'll call your cell.\n\nRaj",
        "ph1",
    ),
    (
        "Prairie Health Systems",
        "rejected",
        "2025-01-24",
        _RAJ,
        "RE: Prairie Health Systems - Sr Data Engineer submittal",
        "Hi Derek,\n\nI just heard back: the hiring manager decided to go another direction with a candidate who has "
        "more Epic experience. I'll keep you in mind for the next one.\n\nRaj",
        "ph1",
    ),
    # Trinity Rail Logistics (direct, iCIMS; a no)
    (
        "Trinity Rail Logistics",
        "applied",
        "2025-01-15",
        "Trinity Rail Logistics <careers-noreply@icims.com>",
        "Thank you for your interest in Trinity Rail Logistics",
        "Derek,\n\nThank you for your interest in the Data Engineer II position at Trinity Rail Logistics. We have "
        "received your application and will review your qualifications.",
        "tr1",
    ),
    (
        "Trinity Rail Logistics",
        "rejected",
        "2025-01-29",
        "Trinity Rail Logistics <careers-noreply@icims.com>",
        "Trinity Rail Logistics - Data Engineer II",
        "Derek,\n\nThank you for your interest in Trinity Rail Logistics. We have filled the Data Engineer II "
        "position and are no longer considering applicants for it.",
        "tr1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Amber Cole <amber.cole@roberthalf.example>",
        "Contract Data Engineer - Irving - $70/hr",
        "outreach",
        "Hi Derek, I have a 12-month Data Engineer contract in Irving (Snowflake, Airflow) at $70/hr. Are you "
        "available for a quick call today?\n\nAmber Cole\nRobert Half",
    ),
    (
        "Dice <alerts@dice.example>",
        "12 new Data Engineer contracts in Dallas",
        "alert",
        "Data Engineer (Contract) - Dallas, TX. Azure Data Engineer - Plano, TX. See all jobs.",
    ),
    (
        "Timesheets <timesheets@apexconsulting.example>",
        "Reminder: submit your timesheet",
        "not applied",
        "Please submit your timesheet for the week ending January 17 by Monday 9am.",
    ),
    (
        "Microsoft Learn <learn@microsoft.example>",
        "Your Azure Data Engineer certification expires soon",
        "newsletter",
        "Renew your Microsoft Certified: Azure Data Engineer Associate certification for free. Unsubscribe",
    ),
    (
        "Chris Young <cyoung@kforce.example>",
        "Following up - Data Engineer opportunity",
        "outreach",
        "Hi Derek, following up on my note from last week about a Data Engineer role with a healthcare client in "
        "Frisco. Let me know if you're interested!\n\nChris Young\nKforce",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DEREK,
        own_to={"Lone Star Mutual": _KIM},
        offset="-0600",
        clock="15:40:00",
        neg_start="2025-01-14",
        neg_step=3,
        neg_clock="08:25:00",
        tag="hundredthirteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
