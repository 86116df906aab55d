"""A hundred-and-nineteenth mailbox, written as a held-out check after the hundred-and-eighteenth (issue #24).

Keisha, an HR generalist in Charlotte, exports Gmail with Takeout.  Large employers' careers portals tell her of each
step in a status field rather than a sentence: "your application status has been updated to: Not Selected",
"Status: Interview Scheduled", "Status: Offer Extended", "Position Filled", "Candidate Withdrew", and "your
application has been updated - log in to view it" (which says nothing).  A credit union and a hospital write in
sentences.  Its negatives are her: portal account mail (a password reset, a profile reminder), a job board's alert,
an HR association's newsletter, a store's receipt.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KEISHA = "keisha.morgan.hr@gmail.com"
_ME = f"Keisha Morgan <{KEISHA}>"
_QC = "Queen City Health Careers <qchealth@myworkday.com>"
_PB = "Piedmont Bank <piedmontbank@taleo.net>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Queen City Health (Workday statuses: interview scheduled, offer extended; her yes)
    (
        "Queen City Health",
        "applied",
        "2025-05-05",
        _QC,
        "Application Received: HR Generalist (R-55120)",
        "Dear Keisha,\n\nThank you for applying to the HR Generalist (R-55120) position at Queen City Health. You can "
        "view the status of your application at any time in the Candidate Home.",
        "qc1",
    ),
    (
        "Queen City Health",
        "interview",
        "2025-05-14",
        _QC,
        "Application Status Update - HR Generalist (R-55120)",
        "Dear Keisha,\n\nThe status of your application for HR Generalist (R-55120) has been updated.\n\nStatus: "
        "Interview Scheduled\n\nDate: Tuesday, May 20, 2025, 10:00 AM\nLocation: Microsoft Teams\nInterviewers: "
        "HR Manager, Employee Relations Lead",
        "qc2",
    ),
    (
        "Queen City Health",
        "offer",
        "2025-05-28",
        _QC,
        "Application Status Update - HR Generalist (R-55120)",
        "Dear Keisha,\n\nThe status of your application for HR Generalist (R-55120) has been updated.\n\nStatus: "
        "Offer Extended\n\nPlease log in to the Candidate Home to review and respond to your offer.",
        "qc3",
    ),
    (
        "Queen City Health",
        "accepted",
        "2025-05-29",
        "Queen City Health Careers <qchealth@myworkday.com>",
        "Offer Accepted - HR Generalist (R-55120)",
        "Dear Keisha,\n\nThank you for accepting our offer for the HR Generalist (R-55120) position. Welcome to Queen "
        "City Health! Your onboarding tasks will appear in the Candidate Home.",
        "qc4",
    ),
    # Piedmont Bank (Taleo: "not selected for interview")
    (
        "Piedmont Bank",
        "applied",
        "2025-05-06",
        _PB,
        "Piedmont Bank - Application Confirmation",
        "Dear Keisha Morgan,\n\nWe have received your application for the position of HR Business Partner (Req "
        "ID 25-0871). Thank you for your interest in Piedmont Bank.",
        "pb1",
    ),
    (
        "Piedmont Bank",
        "rejected",
        "2025-05-19",
        _PB,
        "Piedmont Bank - Candidate Status Update",
        "Dear Keisha Morgan,\n\nYour candidate status for HR Business Partner (Req ID 25-0871) has been updated to: "
        "Not Selected for Interview.\n\nThank you for your interest in Piedmont Bank.",
        "pb1",
    ),
    # Carolina Textiles (iCIMS: "position filled")
    (
        "Carolina Textiles",
        "applied",
        "2025-05-07",
        "Carolina Textiles <careers-noreply@icims.com>",
        "Thank you for applying to Carolina Textiles",
        "Keisha,\n\nThank you for your interest in Carolina Textiles. Your application for HR Coordinator has been "
        "received.",
        "ct1",
    ),
    (
        "Carolina Textiles",
        "rejected",
        "2025-05-22",
        "Carolina Textiles <careers-noreply@icims.com>",
        "Carolina Textiles - Application Update",
        "Keisha,\n\nThis is an update on your application for HR Coordinator.\n\nApplication status: Position "
        "Filled\n\nWe encourage you to apply for other openings at Carolina Textiles.",
        "ct1",
    ),
    # Catawba Logistics (UKG: her withdrawal through the portal)
    (
        "Catawba Logistics",
        "applied",
        "2025-05-08",
        "Catawba Logistics <noreply@ultipro.com>",
        "Catawba Logistics - We received your application",
        "Keisha, we received your application for Human Resources Manager. Thank you for considering Catawba "
        "Logistics.",
        "cl1",
    ),
    (
        "Catawba Logistics",
        "withdrew",
        "2025-05-30",
        "Catawba Logistics <noreply@ultipro.com>",
        "Catawba Logistics - Application Status",
        "Keisha,\n\nYour application for Human Resources Manager has been updated.\n\nStatus: Candidate Withdrew\n\n"
        "If this was a mistake, please contact our talent team.",
        "cl1",
    ),
    # Uptown Credit Union (sentences: a screen, then a no)
    (
        "Uptown Credit Union",
        "applied",
        "2025-05-09",
        "Uptown Credit Union <careers@uptowncu.org>",
        "We've received your application",
        "Hi Keisha,\n\nThanks for applying for our HR Specialist opening. We review every application and will "
        "reach out if we'd like to talk.\n\nUptown CU People Team",
        "uc1",
    ),
    (
        "Uptown Credit Union",
        "screen",
        "2025-05-13",
        "Dana Fields <dfields@uptowncu.org>",
        "HR Specialist - phone screen",
        "Hi Keisha,\n\nI'd love to schedule a 20-minute phone screen to learn more about your background. Would "
        "Thursday afternoon work?\n\nDana Fields\nPeople Team Lead",
        "uc2",
    ),
    (
        "Uptown Credit Union",
        "rejected",
        "2025-05-23",
        "Dana Fields <dfields@uptowncu.org>",
        "Re: HR Specialist - phone screen",
        "Hi Keisha,\n\nThank you for speaking with me. We have decided to move forward with another candidate whose "
        "experience more closely matches the role. I wish you the best in your search.\n\nDana",
        "uc2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Queen City Health Careers <qchealth@myworkday.com>",
        "Reset your password",
        "account",
        "We received a request to reset the password for your Candidate Home account. If you did not request this, "
        "ignore this email.",
    ),
    (
        "Carolina Textiles <careers-noreply@icims.com>",
        "Your application has been updated",
        "status",
        "Keisha, there has been an update to your application. Please log in to your candidate profile to view it.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "HR Generalist jobs in Charlotte, NC",
        "alert",
        "HR Generalist - Charlotte, NC. HR Coordinator - Concord, NC. See all jobs.",
    ),
    (
        "SHRM <newsletter@shrm.example>",
        "HR Daily: new overtime rules explained",
        "newsletter",
        "What the new overtime rules mean for employers, and five tips for onboarding. Unsubscribe",
    ),
    (
        "Target <receipts@target.example>",
        "Your Target receipt",
        "shop",
        "Thanks for shopping at Target. Total: $42.18.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=KEISHA,
        own_to={},
        offset="-0400",
        clock="11:30:00",
        neg_start="2025-05-10",
        neg_step=4,
        neg_clock="07:15:00",
        tag="hundrednineteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
