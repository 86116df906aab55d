"""A hundred-and-fifty-fifth mailbox, written as a held-out check after the hundred-and-fifty-fourth (issue #24).

Carlos, a business analyst in Dallas, saves his Outlook mail as .eml files.  Two IT staffing firms run most of his
search: a recruiter asks for his right to represent ("RTR") for a role at a named end client, submits him, relays
"the client wants to interview you", client feedback, an offer and a start date; another client "went with another
candidate".  He also applies directly through Workday.  His negatives: staffing firms' job blasts, a timesheet
reminder from his current contract, DART, a bank, a PMI chapter mail.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CARLOS = "carlos.reyes.ba@outlook.com"
_ME = f"Carlos Reyes <{CARLOS}>"
_AMBER = "Amber Wells <awells@techforcestaffing.com>"
_DEV = "Dev Patel <dpatel@lonestarit.com>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Trinity Bank",
        "applied",
        "2025-04-07",
        _AMBER,
        "RTR - Business Analyst - Trinity Bank",
        "Hi Carlos,\n\nThanks for the call. Please reply with your right to represent for the Business Analyst contract "
        "at Trinity Bank (12 months, Irving). Once I have it I'll submit you to the hiring manager today.\n\nAmber Wells"
        "\nSr. Technical Recruiter, TechForce Staffing",
        None,
    ),
    (
        "Trinity Bank",
        "interview",
        "2025-04-11",
        _AMBER,
        "RE: RTR - Business Analyst - Trinity Bank",
        "Hi Carlos,\n\nThe client wants to interview you! Trinity Bank's hiring manager has Tuesday 4/15 at 2pm for a "
        "45-minute Teams interview.\n\nAmber",
        None,
    ),
    (
        "Trinity Bank",
        "offer",
        "2025-04-21",
        _AMBER,
        "RE: RTR - Business Analyst - Trinity Bank",
        "Hi Carlos,\n\nGreat news - Trinity Bank wants to move forward with an offer at $62/hr on W2, start date May 5 "
        "pending background check. Can you confirm you accept?\n\nAmber",
        None,
    ),
    (
        "Trinity Bank",
        "accepted",
        "2025-04-21",
        _ME,
        "RE: RTR - Business Analyst - Trinity Bank",
        "Hi Amber,\n\nYes, I accept - thank you! May 5 works.\n\nCarlos",
        _AMBER,
    ),
    (
        "Lone Star Energy",
        "applied",
        "2025-04-08",
        _DEV,
        "Submitted - Business Systems Analyst - Lone Star Energy",
        "Carlos,\n\nJust confirming I've submitted you to Lone Star Energy for the Business Systems Analyst role. I'll "
        "follow up with the client on Thursday.\n\nDev Patel\nLone Star IT",
        None,
    ),
    (
        "Lone Star Energy",
        "rejected",
        "2025-04-17",
        _DEV,
        "RE: Submitted - Business Systems Analyst - Lone Star Energy",
        "Carlos,\n\nHeard back from the client - they went with another candidate who had more SAP experience. I'll "
        "keep you posted on other openings.\n\nDev",
        None,
    ),
    (
        "Prairie Health",
        "applied",
        "2025-04-09",
        "Prairie Health <prairiehealth@myworkday.com>",
        "Thank you for applying to Prairie Health",
        "Dear Carlos,\n\nThank you for applying for the Business Analyst II "
        "position at Prairie Health. We will review your application.",
        None,
    ),
    (
        "Prairie Health",
        "withdrew",
        "2025-04-22",
        _ME,
        "Withdraw - Business Analyst II",
        "Hello,\n\nPlease withdraw my application for the Business Analyst II position; I have accepted another "
        "position.\n\nThank you,\nCarlos Reyes",
        "Prairie Health Talent <talent@prairiehealth.org>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "TechForce Staffing <jobs@techforcestaffing.com>",
        "Hot jobs this week - Dallas",
        "alert",
        "Business Analyst - Irving - contract. Scrum Master - Plano - contract. Reply with your resume.",
    ),
    (
        "Lone Star IT <jobs@lonestarit.com>",
        "New contract roles in DFW",
        "alert",
        "Data Analyst - Frisco. QA Analyst - Dallas. Apply today. Unsubscribe",
    ),
    (
        "Timesheets <timesheets@currentclient-contractors.com>",
        "Reminder: submit your timesheet",
        "other",
        "Please submit your timesheet for the week ending 4/11 by Monday 10 AM.",
    ),
    ("DART <noreply@dart.org>", "Service alert", "other", "Red Line delays this weekend due to track work."),
    (
        "Wells Fargo <alerts@notify.wellsfargo.com>",
        "Your statement is available",
        "other",
        "Your checking account statement is available.",
    ),
    (
        "PMI Dallas Chapter <events@pmidallas.org>",
        "April chapter meeting",
        "newsletter",
        "Join us for the April chapter meeting. Register now. Unsubscribe",
    ),
    (
        "Kyle Boone <kyle@nexgenrecruit.com>",
        "Sr Business Analyst - Remote - W2",
        "outreach",
        "Hi Carlos, I have a Sr Business Analyst role, remote, W2 only. Let me know if interested and share your "
        "updated resume.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Outlook saves them."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=_ME,
        offset="-0500",
        clock="15:40:00",
        neg_start="2025-04-06",
        neg_step=2,
        neg_clock="06:55:00",
        tag="hundredfiftyfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), CARLOS)
