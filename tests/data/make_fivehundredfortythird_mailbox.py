"""A five-hundred-and-forty-third mailbox, written as a held-out check after the five-hundred-and-forty-second (issue
#24).

Maria Gonzalez, a registered nurse in Dallas, saves her mail from Outlook as .eml files.  Texas hospital systems hire
through Workday, iCIMS and Oracle's Taleo, and their mail is formal and numbered: iCIMS's "Thank you for applying to
Texas Health Resources - Registered Nurse - Med/Surg (Req #25-11902)", Taleo's "Application Status Update" with
"Your application status has changed to: Not Selected", Parkland's talent acquisition's "We would like to schedule a
brief phone screen", the nurse manager's own "I'd like to invite you for a unit interview with our charge nurses",
Baylor Scott & White's Workday "Congratulations! We are pleased to extend you a contingent offer of employment", her
reply "I am happy to accept" and her "thank you for the tour of the unit".  Negatives: Indeed's alert, a travel
nursing agency's cold mail, the Texas Board of Nursing's license renewal reminder, a CE newsletter, Baylor Scott &
White's MyChart (a company she applied to) and her cousin.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARIA = "maria.gonzalez.rn@outlook.example"
ME = f"Maria Gonzalez <{MARIA}>"
THR = "Texas Health Resources <talent@icims.example>"
PARKLAND = "Parkland Health <parkland@taleo.example>"
BSW = "Baylor Scott & White Health <bswh@myworkday.example>"
DEBRA = "Debra Wilson <debra.wilson@bswhealth.example>"
TONYA = "Tonya Harris <tonya.harris@parklandhealth.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Texas Health Resources",
        "applied",
        "2025-08-04",
        THR,
        "Thank you for applying to Texas Health Resources - Registered Nurse - Med/Surg (Req #25-11902)",
        "Dear Maria,\n\nThank you for applying to the Registered Nurse - Med/Surg position at Texas Health Presbyterian "
        "Hospital Dallas. A recruiter will review your application. You can check the status of your application at "
        "any time in the candidate portal.\n\nTexas Health Resources Talent Acquisition",
        None,
    ),
    (
        "Parkland Health",
        "applied",
        "2025-08-05",
        PARKLAND,
        "Parkland Health - Application Received",
        "Dear Maria Gonzalez,\n\nThank you for your interest in Parkland Health. This confirms that we have received "
        "your application for Registered Nurse II - ICU (Requisition 250388).\n\nParkland Talent Acquisition",
        None,
    ),
    (
        "Baylor Scott & White Health",
        "applied",
        "2025-08-06",
        BSW,
        "We've received your application",
        "Hi Maria,\n\nThank you for applying for RN - Cardiac Step Down at Baylor Scott & White Health. We'll be in touch "
        "if your qualifications match our needs.\n\nBaylor Scott & White Health Recruitment",
        None,
    ),
    (
        "Parkland Health",
        "screen",
        "2025-08-11",
        TONYA,
        "Registered Nurse II - ICU - phone screen",
        "Hello Maria,\n\nI'm a nurse recruiter with Parkland Health. We would like to schedule a brief phone screen to "
        "discuss the Registered Nurse II - ICU position. Are you available Wednesday between 9 and 11?\n\nTonya Harris, "
        "BSN, RN\nNurse Recruiter",
        None,
    ),
    (
        "Baylor Scott & White Health",
        "interview",
        "2025-08-12",
        DEBRA,
        "Interview - RN Cardiac Step Down",
        "Hi Maria,\n\nI'm the nurse manager for Cardiac Step Down at Baylor University Medical Center. I'd like to "
        "invite you for a unit interview with me and two of our charge nurses on Friday, August 15 at 10:00 am.\n\nDebra "
        "Wilson, MSN, RN\nNurse Manager",
        None,
    ),
    (
        "Baylor Scott & White Health",
        "thank_you",
        "2025-08-15",
        ME,
        "RE: Interview - RN Cardiac Step Down",
        "Hi Debra,\n\nThank you for taking the time to meet with me today and for the tour of the unit. I'm very excited "
        "about the opportunity to join your team.\n\nMaria",
        DEBRA,
    ),
    (
        "Parkland Health",
        "rejected",
        "2025-08-20",
        PARKLAND,
        "Application Status Update",
        "Dear Maria Gonzalez,\n\nThe status of your application for Registered Nurse II - ICU (Requisition 250388) has "
        "changed.\n\nYour application status has changed to: Not Selected\n\nWe encourage you to apply for other "
        "positions with Parkland Health.\n\nParkland Talent Acquisition",
        None,
    ),
    (
        "Baylor Scott & White Health",
        "offer",
        "2025-08-22",
        BSW,
        "Your offer from Baylor Scott & White Health",
        "Hi Maria,\n\nCongratulations! We are pleased to extend you a contingent offer of employment for the position "
        "of RN - Cardiac Step Down. Please log in to review and accept your offer letter.\n\nBaylor Scott & White Health "
        "Recruitment",
        None,
    ),
    (
        "Baylor Scott & White Health",
        "accepted",
        "2025-08-22",
        ME,
        "RE: Interview - RN Cardiac Step Down",
        "Hi Debra,\n\nI received the offer and I am happy to accept! I'm looking forward to starting on the unit.\n\n"
        "Maria",
        DEBRA,
    ),
    (
        "Texas Health Resources",
        "rejected",
        "2025-08-27",
        THR,
        "Registered Nurse - Med/Surg (Req #25-11902)",
        "Dear Maria,\n\nThank you for your interest in Texas Health Resources. The position you applied for has been "
        "filled. We will keep your information on file for future openings.\n\nTexas Health Resources Talent "
        "Acquisition",
        None,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "15 new Registered Nurse jobs in Dallas, TX",
        "alert",
        "RN - ICU - Medical City Dallas. RN - ED - Methodist. See all jobs.",
    ),
    (
        "Brittany Cole <brittany@aureliatravel.example>",
        "Travel ICU contracts - $2,400/week",
        "outreach",
        "Hi Maria! I have travel ICU contracts in Phoenix and Denver paying $2,400/week. Interested?",
    ),
    (
        "Texas Board of Nursing <noreply@bon.texas.example>",
        "License renewal reminder",
        "other",
        "Your nursing license is due for renewal within 90 days.",
    ),
    (
        "Nurse.com CE <ce@nurse.example>",
        "New CE courses this month",
        "newsletter",
        "Earn contact hours. Unsubscribe.",
    ),
    (
        "Baylor Scott & White MyChart <mychart@bswhealth.example>",
        "You have a new test result",
        "other",
        "A new test result is available in MyBSWHealth.",
    ),
    (
        "Ana Ruiz <ana.ruiz@yahoo.example>",
        "quince",
        "personal",
        "Are you coming to Sofia's quinceañera?",
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
        clock="14:30:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="21:10:00",
        tag="fivehundredfortythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), MARIA)
