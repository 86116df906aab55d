"""A five-hundred-and-sixty-seventh mailbox, written as a held-out check after the five-hundred-and-sixty-sixth (issue
#24).

Keisha Johnson, a medical assistant in Oakland, saves her mail from Outlook as .eml files. Health systems write through
tracking systems whose subjects name nothing but the step: Workday's "Your application has been received" for Kaiser
Permanente, its "Action Required: Complete your assessment", its "The status of your application has changed" (to
"Interview"), a Sutter Health iCIMS "Thank you for applying", "We have reviewed your application and have decided to
pursue other candidates", a clinic's practice manager writing herself ("Can you come in Thursday at 9 to meet the
doctors?"), Kaiser's "Candidate Home: Offer Letter Available", her reply accepting, her thanks to the clinic and her
withdrawal there. Negatives: Indeed's alert, a CNA school's promotion, Kaiser's own appointment reminder (a company she
applied to), a staffing agency's cold mail, a "your application was viewed" notice and her cousin. Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KEISHA = "keisha.johnson.ma@outlook.example"
ME = f"Keisha Johnson <{KEISHA}>"
KP = "Kaiser Permanente <kp@myworkday.example>"
SUTTER = "Sutter Health <sutterhealth@icims.example>"
LINDA = "Linda Nguyen <linda@lakesidefamilymed.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Kaiser Permanente",
        "applied",
        "2025-06-09",
        KP,
        "Your application has been received",
        "Hi Keisha,\n\nThank you for applying for Medical Assistant - Family Medicine (R1182734) at Kaiser Permanente. "
        "You can track the status of your application in Candidate Home.\n\nKaiser Permanente Talent Acquisition",
        None,
    ),
    (
        "Sutter Health",
        "applied",
        "2025-06-10",
        SUTTER,
        "Thank you for applying",
        "Dear Keisha,\n\nThank you for applying for the Medical Assistant II position at Sutter Health. A recruiter "
        "will review your application.\n\nSutter Health Recruitment",
        None,
    ),
    (
        "Lakeside Family Medicine",
        "applied",
        "2025-06-10",
        ME,
        "Medical Assistant position",
        "Hi Linda,\n\nI saw your posting for a medical assistant on Indeed and would like to apply. My resume is "
        "attached. I have two years of experience in family practice.\n\nThank you,\nKeisha Johnson",
        LINDA,
    ),
    (
        "Kaiser Permanente",
        "interview",
        "2025-06-12",
        KP,
        "Action Required: Complete your assessment",
        "Hi Keisha,\n\nAs the next step for Medical Assistant - Family Medicine, please complete the online skills "
        "assessment in Candidate Home within 3 days.\n\nKaiser Permanente Talent Acquisition",
        None,
    ),
    (
        "Lakeside Family Medicine",
        "interview",
        "2025-06-13",
        LINDA,
        "RE: Medical Assistant position",
        "Hi Keisha,\n\nThanks for reaching out! Can you come in Thursday at 9 to meet the doctors? We're at 2100 "
        "Lakeshore Ave.\n\nLinda Nguyen\nPractice Manager, Lakeside Family Medicine",
        None,
    ),
    (
        "Sutter Health",
        "rejected",
        "2025-06-16",
        SUTTER,
        "Your application status",
        "Dear Keisha,\n\nWe have reviewed your application for Medical Assistant II and have decided to pursue other "
        "candidates at this time.\n\nSutter Health Recruitment",
        None,
    ),
    (
        "Lakeside Family Medicine",
        "thank_you",
        "2025-06-19",
        ME,
        "RE: Medical Assistant position",
        "Hi Linda,\n\nThank you for having me this morning - it was lovely to meet Dr. Patel and Dr. Chen.\n\nKeisha",
        LINDA,
    ),
    (
        "Kaiser Permanente",
        "interview",
        "2025-06-18",
        KP,
        "The status of your application has changed",
        "Hi Keisha,\n\nThe status of your application for Medical Assistant - Family Medicine has changed to: "
        "Interview. A recruiter will contact you to schedule your interview.\n\nKaiser Permanente Talent Acquisition",
        None,
    ),
    (
        "Kaiser Permanente",
        "offer",
        "2025-06-27",
        KP,
        "Candidate Home: Offer Letter Available",
        "Hi Keisha,\n\nCongratulations! Your offer letter for Medical Assistant - Family Medicine is available in "
        "Candidate Home. Please review and respond by July 2.\n\nKaiser Permanente Talent Acquisition",
        None,
    ),
    (
        "Kaiser Permanente",
        "accepted",
        "2025-06-28",
        ME,
        "RE: Candidate Home: Offer Letter Available",
        "Hello,\n\nI have accepted the offer in Candidate Home. Thank you so much!\n\nKeisha Johnson",
        KP,
    ),
    (
        "Lakeside Family Medicine",
        "withdrew",
        "2025-06-28",
        ME,
        "RE: Medical Assistant position",
        "Hi Linda,\n\nThank you again for meeting with me. I've accepted a position elsewhere, so I'd like to withdraw "
        "my application. I wish you all the best.\n\nKeisha",
        LINDA,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Medical Assistant jobs in Oakland, CA",
        "alert",
        "Medical Assistant - One Medical - Oakland. MA - UCSF - San Francisco. See all jobs.",
    ),
    (
        "Bay Area CNA Academy <info@baycna.example>",
        "Enroll now: CNA classes",
        "newsletter",
        "Summer classes start soon. Unsubscribe.",
    ),
    (
        "Kaiser Permanente <appointments@kp.example>",
        "Appointment reminder",
        "other",
        "You have an appointment on June 20 at 10:30 AM.",
    ),
    (
        "Tasha Brown <tasha@medstaffers.example>",
        "MA per diem shifts",
        "outreach",
        "Hi Keisha! We have per diem MA shifts in Oakland and Berkeley. Interested?",
    ),
    (
        "ZipRecruiter <noreply@ziprecruiter.example>",
        "Your application was viewed",
        "viewed",
        "An employer viewed your application for Medical Assistant at One Medical.",
    ),
    (
        "Tanya Johnson <tanya.j@gmail.example>",
        "bbq",
        "personal",
        "BBQ at auntie's Saturday!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0700",
        clock="12:35:00",
        neg_start="2025-06-08",
        neg_step=4,
        neg_clock="20:45:00",
        tag="fivehundredsixtyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), KEISHA)
