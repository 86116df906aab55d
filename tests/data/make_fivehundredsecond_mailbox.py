"""A five-hundred-and-second mailbox, written as a held-out check after the five-hundred-and-first (issue #24).

Jennifer Morales, a math teacher near Houston, saves her mail from Outlook as .eml files.  Texas school districts
hire through AppliTrack: "Your application for the position of High School Math Teacher (Job ID 8812) has been
received", a principal's "I am the principal at Cinco Ranch High School ... would like to invite you for an interview
with our math department team" (from the district's domain, signing with his school), "The position ... has been
filled. Your application will remain active in our applicant pool", "Congratulations! You have been recommended for
hire"; a private school answering her own application with "come to campus to teach a 20-minute demonstration
lesson"; her thanks, her "I am happy to accept the position" and her withdrawal.  Negatives: a K-12 job board's alert,
the district's own weekly newsletter (a district she applied to), the state's certification reminder, a teachers'
marketplace, a grocery receipt and her sister.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JEN = "jennifer.morales.math@outlook.example"
ME = f"Jennifer Morales <{JEN}>"
MARK = "Mark Thompson <markthompson@katyisd.example>"
HARRIS = "Laura Harris <lharris@sjs.example>"
KATY_HR = "Katy ISD Human Resources <hr@katyisd.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Katy ISD",
        "applied",
        "2025-04-07",
        "Katy ISD Human Resources <noreply@applitrack.example>",
        "Application Received - Katy ISD",
        "Dear Jennifer Morales,\n\nThank you for your interest in Katy Independent School District. Your application for "
        "the position of High School Math Teacher (Job ID 8812) has been received.\n\nKaty ISD Human Resources",
        None,
    ),
    (
        "Cypress-Fairbanks ISD",
        "applied",
        "2025-04-08",
        "Cypress-Fairbanks ISD <noreply@applitrack.example>",
        "Application Received - Cypress-Fairbanks ISD",
        "Dear Jennifer Morales,\n\nThank you for applying to Cypress-Fairbanks Independent School District. Your "
        "application for Secondary Mathematics Teacher has been received and will be reviewed by campus "
        "administrators.\n\nCypress-Fairbanks ISD Human Resources",
        None,
    ),
    (
        "St. John's School",
        "applied",
        "2025-04-10",
        ME,
        "Application - Upper School Mathematics Teacher",
        "Dear Dr. Harris,\n\nPlease find attached my resume and cover letter for the Upper School Mathematics Teacher "
        "position at St. John's School. I have taught Algebra II and Precalculus for six years.\n\nSincerely,\n"
        "Jennifer Morales",
        HARRIS,
    ),
    (
        "Katy ISD",
        "interview",
        "2025-04-15",
        MARK,
        "Interview - Math Teacher - Cinco Ranch HS",
        "Ms. Morales,\n\nI am the principal at Cinco Ranch High School. We reviewed your application and would like to "
        "invite you for an interview with our math department team on Thursday, April 17 at 3:45 PM.\n\nMark "
        "Thompson\nPrincipal, Cinco Ranch High School",
        None,
    ),
    (
        # (set after the first read from "onsite" to the older corpora's reading: a demonstration lesson is an
        # interview round, on campus or not)
        "St. John's School",
        "interview",
        "2025-04-16",
        HARRIS,
        "RE: Application - Upper School Mathematics Teacher",
        "Dear Ms. Morales,\n\nThank you for your interest in St. John's. We would like you to come to campus to teach a "
        "20-minute demonstration lesson to a ninth-grade class and meet with the department chair. Would April 24 "
        "work?\n\nLaura Harris\nHead of Upper School",
        None,
    ),
    (
        "Katy ISD",
        "thank_you",
        "2025-04-17",
        ME,
        "RE: Interview - Math Teacher - Cinco Ranch HS",
        "Mr. Thompson,\n\nThank you for taking the time to meet with me this afternoon. I enjoyed meeting the math team "
        "and learning about the PLC structure at Cinco Ranch.\n\nSincerely,\nJennifer Morales",
        MARK,
    ),
    (
        "Cypress-Fairbanks ISD",
        "rejected",
        "2025-04-18",
        "Cypress-Fairbanks ISD <noreply@applitrack.example>",
        "Application Status Update",
        "Dear Jennifer Morales,\n\nThank you for your interest in Cypress-Fairbanks ISD. The position of Secondary "
        "Mathematics Teacher at Cypress Ranch HS has been filled. Your application will remain active in our applicant "
        "pool for other openings.\n\nCypress-Fairbanks ISD Human Resources",
        None,
    ),
    (
        "Katy ISD",
        "offer",
        "2025-04-21",
        KATY_HR,
        "Recommendation for Hire",
        "Dear Jennifer Morales,\n\nCongratulations! You have been recommended for hire for the position of High School "
        "Math Teacher at Cinco Ranch High School. Human Resources will contact you with your official offer and "
        "onboarding steps.\n\nKaty ISD Human Resources",
        None,
    ),
    (
        "Katy ISD",
        "accepted",
        "2025-04-22",
        ME,
        "RE: Recommendation for Hire",
        "Dear Katy ISD HR,\n\nThank you! I am happy to accept the position at Cinco Ranch High School.\n\nJennifer "
        "Morales",
        KATY_HR,
    ),
    (
        "St. John's School",
        "withdrew",
        "2025-04-22",
        ME,
        "RE: Application - Upper School Mathematics Teacher",
        "Dear Dr. Harris,\n\nThank you so much for the invitation to teach a demonstration lesson. I have accepted a "
        "position with Katy ISD and must withdraw my application. I wish you all the best.\n\nJennifer Morales",
        HARRIS,
    ),
]

_NEGATIVES = [
    (
        "K12JobSpot <alerts@k12jobspot.example>",
        "New teaching jobs near Katy, TX",
        "alert",
        "Math Teacher - Fulshear HS. Algebra I Teacher - Tompkins HS. View jobs.",
    ),
    (
        "Katy ISD Communications <news@katyisd.example>",
        "Katy ISD Weekly: Board meeting highlights",
        "newsletter",
        "This week in Katy ISD: bond projects and calendar updates. Unsubscribe.",
    ),
    (
        "Texas Education Agency <noreply@tea.example>",
        "Your certificate renewal is due",
        "other",
        "Your Standard Certificate expires on 30 June. Log in to renew.",
    ),
    (
        "Teachers Pay Teachers <hello@tpt.example>",
        "Spring sale - 25% off resources",
        "shop",
        "Stock up for testing season. Unsubscribe.",
    ),
    (
        "H-E-B <receipts@heb.example>",
        "Your H-E-B receipt",
        "other",
        "Thanks for shopping at H-E-B Katy.",
    ),
    (
        "Claudia Morales <claudia.morales@gmail.example>",
        "easter",
        "personal",
        "Are you bringing the kids Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="16:40:00",
        neg_start="2025-04-06",
        neg_step=3,
        neg_clock="20:15:00",
        tag="fivehundredtwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), JEN)
