"""A five-hundred-and-sixth mailbox, written as a held-out check after the five-hundred-and-fifth (issue #24).

Joanna Reyes, a customer-service team leader in Manila, keeps her mail in Gmail, exported with Takeout.  The BPO
industry hires in a day and writes it so: JobStreet's "Your application was sent to Concentrix", a recruiter's "you
passed the initial interview. Please proceed to the final interview with the Operations Manager", "Congratulations!
Job offer (JO) signing is on Friday", a second BPO's "we regret to inform you that you did not pass the assessment", a
third's own site "Thank you for applying at TaskUs" and its "online assessment (Versant English test)", her "I'll be
there for the JO signing" and her withdrawal from the third.  Negatives: JobStreet's alert, its "viewed", a
recruitment agency's cold SMS-like mail, GCash, Shopee and her tita.  Its score before any rule was changed for it is
in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JOANNA = "joanna.reyes.tl@gmail.com"
ME = f"Joanna Reyes <{JOANNA}>"
CNX = "Concentrix Recruitment <recruitment.manila@concentrix.example>"
TEP = "Teleperformance Careers <careers.ph@teleperformance.example>"
TASKUS = "TaskUs Careers <careers@taskus.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Concentrix",
        "applied",
        "2025-03-03",
        "JobStreet <noreply@jobstreet.example>",
        "Your application was sent to Concentrix",
        "Hi Joanna,\n\nYour application for Team Leader - Customer Service (Night Shift) was sent to Concentrix.\n\n"
        "Good luck!\nJobStreet",
        "t-cnx",
    ),
    (
        "Teleperformance",
        "applied",
        "2025-03-03",
        "JobStreet <noreply@jobstreet.example>",
        "Your application was sent to Teleperformance",
        "Hi Joanna,\n\nYour application for Team Leader - Telco Account was sent to Teleperformance.\n\nGood luck!\n"
        "JobStreet",
        "t-tep",
    ),
    (
        "TaskUs",
        "applied",
        "2025-03-04",
        TASKUS,
        "Thank you for applying at TaskUs",
        "Hi Joanna,\n\nThank you for applying at TaskUs for the Team Leader position. Our recruiters will review your "
        "application.\n\nTaskUs Talent Acquisition",
        "t-tu",
    ),
    (
        # (written as an interview round and set after the first read to the project's reading: "the final interview
        # with the Operations Manager" is the final round, SPEC's onsite)
        "Concentrix",
        "onsite",
        "2025-03-05",
        CNX,
        "Initial interview result",
        "Hi Joanna,\n\nCongratulations! You passed the initial interview. Please proceed to the final interview with the "
        "Operations Manager on March 7, 2:00 PM at our Eastwood site. Bring 2 valid IDs.\n\nConcentrix Recruitment",
        "t-cnx2",
    ),
    (
        "TaskUs",
        "interview",
        "2025-03-05",
        TASKUS,
        "Next step: online assessment",
        "Hi Joanna,\n\nThe next step of your application is an online assessment (Versant English test). Please complete "
        "it within 24 hours using the link below.\n\nTaskUs Talent Acquisition",
        "t-tu2",
    ),
    (
        "Teleperformance",
        "rejected",
        "2025-03-06",
        TEP,
        "Assessment result",
        "Dear Joanna,\n\nThank you for taking the time to apply with Teleperformance. We regret to inform you that you did "
        "not pass the assessment for Team Leader - Telco Account. You may re-apply after 3 months.\n\nTeleperformance "
        "Careers",
        "t-tep2",
    ),
    (
        "Concentrix",
        "offer",
        "2025-03-07",
        CNX,
        "Job offer",
        "Hi Joanna,\n\nCongratulations! You passed the final interview. Job offer (JO) signing is on Friday, March 14 at "
        "10:00 AM at our Eastwood site.\n\nConcentrix Recruitment",
        "t-cnx3",
    ),
    (
        "Concentrix",
        "accepted",
        "2025-03-08",
        ME,
        "RE: Job offer",
        "Hi,\n\nThank you so much! I'll be there for the JO signing on Friday.\n\nJoanna Reyes",
        "t-cnx3",
    ),
    (
        "TaskUs",
        "withdrew",
        "2025-03-08",
        ME,
        "RE: Next step: online assessment",
        "Hi,\n\nThank you for the opportunity. I have already accepted a job offer, so I would like to withdraw my "
        "application.\n\nJoanna Reyes",
        "t-tu2",
    ),
]

_NEGATIVES = [
    (
        "JobStreet <alerts@jobstreet.example>",
        "New jobs for Team Leader in Metro Manila",
        "alert",
        "Team Leader - Pasig. Operations Supervisor - Makati. View jobs.",
    ),
    (
        "JobStreet <noreply@jobstreet.example>",
        "Concentrix viewed your application",
        "viewed",
        "Hi Joanna, Concentrix viewed your application for Team Leader - Customer Service (Night Shift).",
    ),
    (
        "Manpower Hiring <hiring@bpo-manpower.example>",
        "URGENT HIRING TL 35K",
        "outreach",
        "Hi! We are hiring Team Leaders, 35K salary, walk-in interviews daily. Reply YES if interested.",
    ),
    (
        "GCash <no-reply@gcash.example>",
        "You have received PHP 2,000.00",
        "other",
        "You have received PHP 2,000.00 from 0917.",
    ),
    (
        "Shopee <noreply@shopee.example>",
        "3.3 Sale is LIVE",
        "shop",
        "Up to 90% off. Unsubscribe.",
    ),
    (
        "Tita Lorna <lorna.santos@yahoo.example>",
        "dinner",
        "personal",
        "Sunday dinner at Lola's, don't forget!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JOANNA,
        own_to={"Concentrix": CNX, "TaskUs": TASKUS},
        offset="+0800",
        clock="15:10:00",
        neg_start="2025-03-02",
        neg_step=2,
        neg_clock="22:30:00",
        tag="fivehundredsix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
