"""A six-hundred-and-twentieth mailbox, written as a held-out check after the six-hundred-and-nineteenth (issue #24).

Marcus Green, a veteran in San Antonio, exports his Gmail with Takeout. Federal agencies write through USAJOBS and
their HR offices in the federal hiring process's words, and a defense contractor through its own system: USAJOBS'
"Your application for IT Specialist (INFOSEC), GS-2210-12 with the Department of the Air Force has been received",
USAJOBS' "Application status update: Referred" for the Department of Veterans Affairs (sent to the hiring manager: no
step of the employer's yet), Booz Allen's Workday receipt, the VA's "Notice of Results: You were found eligible but
not referred", the Air Force's HR "We would like to schedule you for an interview with the selecting official",
Booz Allen's "phone screen with a recruiter", the Air Force's "Tentative Job Offer", Booz Allen's "we have decided to
move forward with other candidates", the Air Force's "Final Job Offer" with an entrance-on-duty date, and his "I
accept the tentative offer" and thanks after the interview. Negatives: USAJOBS' saved search, Military.com's newsletter,
a recruiter's cold mail, the VA's own benefits mail (an agency he applied to), USAA and his brother. Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.green.vet@gmail.com"
ME = f"Marcus Green <{MARCUS}>"
USAJOBS = "USAJOBS <no-reply@usajobs.gov.example>"
AFHR = "Air Force Personnel Center <afpc.staffing@us.af.mil.example>"
BOOZ = "Booz Allen Hamilton <boozallen@myworkday.example>"
TORRES = "Linda Torres <linda.torres.3@us.af.mil.example>"
BARECRUIT = "Megan Hill <hill_megan@bah.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Department of the Air Force",
        "applied",
        "2025-06-02",
        USAJOBS,
        "Your application has been received",
        "Dear Marcus Green,\n\nYour application for IT Specialist (INFOSEC), GS-2210-12 with the Department of the Air "
        "Force (announcement AFPC-12345678-MG) has been received.\n\nUSAJOBS",
        "t-af",
    ),
    (
        "Department of Veterans Affairs",
        "applied",
        "2025-06-03",
        USAJOBS,
        "Your application has been received",
        "Dear Marcus Green,\n\nYour application for IT Specialist (SYSADMIN), GS-2210-11 with the Department of Veterans "
        "Affairs (announcement VA-25-12345) has been received.\n\nUSAJOBS",
        "t-va",
    ),
    (
        "Booz Allen Hamilton",
        "applied",
        "2025-06-04",
        BOOZ,
        "Thank you for applying to Booz Allen",
        "Hi Marcus,\n\nThank you for applying to the Cyber Security Analyst role (R0219876) at Booz Allen Hamilton. We "
        "will review your application.\n\nBooz Allen Recruiting",
        "t-bah",
    ),
    (
        "Department of Veterans Affairs",
        "rejected",
        "2025-06-16",
        USAJOBS,
        "Notice of Results - VA-25-12345",
        "Dear Marcus Green,\n\nYou were found eligible for IT Specialist (SYSADMIN), GS-2210-11. However, you were not "
        "among the most highly qualified candidates and your application was not referred to the selecting "
        "official.\n\nUSAJOBS",
        "t-va",
    ),
    (
        "Department of the Air Force",
        "interview",
        "2025-06-17",
        TORRES,
        "Interview - IT Specialist (INFOSEC) GS-12",
        "Mr. Green,\n\nWe would like to schedule you for an interview with the selecting official on June 24 at 0900 "
        "CT via Teams.\n\nLinda Torres\nHR Specialist, AFPC",
        "t-af2",
    ),
    (
        "Booz Allen Hamilton",
        "screen",
        "2025-06-18",
        BARECRUIT,
        "Booz Allen - Cyber Security Analyst",
        "Hi Marcus,\n\nI'm the recruiter for the Cyber Security Analyst role. Are you available for a 20-minute phone "
        "screen on Friday?\n\nMegan Hill\nTalent Acquisition, Booz Allen",
        "t-bah2",
    ),
    (
        "Department of the Air Force",
        "thank_you",
        "2025-06-24",
        ME,
        "RE: Interview - IT Specialist (INFOSEC) GS-12",
        "Ms. Torres,\n\nThank you for arranging today's interview with the selecting official.\n\nV/r,\nMarcus Green",
        "t-af2",
    ),
    (
        "Department of the Air Force",
        "offer",
        "2025-07-01",
        AFHR,
        "Tentative Job Offer - IT Specialist (INFOSEC)",
        "Dear Marcus Green,\n\nWe are pleased to extend a tentative job offer for the position of IT Specialist "
        "(INFOSEC), GS-2210-12, at Joint Base San Antonio-Lackland, contingent on a favorable security "
        "determination.\n\nAir Force Personnel Center",
        "t-af3",
    ),
    (
        "Department of the Air Force",
        "accepted",
        "2025-07-02",
        ME,
        "RE: Tentative Job Offer - IT Specialist (INFOSEC)",
        "Good morning,\n\nI accept the tentative offer and will complete the onboarding forms.\n\nV/r,\nMarcus Green",
        "t-af3",
    ),
    (
        "Booz Allen Hamilton",
        "rejected",
        "2025-07-03",
        BOOZ,
        "Your application with Booz Allen",
        "Hi Marcus,\n\nThank you for your interest. We have decided to move forward with other candidates for this "
        "role.\n\nBooz Allen Recruiting",
        "t-bah",
    ),
    (
        "Department of Veterans Affairs",
        "skip",
        "2025-06-10",
        USAJOBS,
        "Application status update",
        "Dear Marcus Green,\n\nThe status of your application for IT Specialist (SYSADMIN) has changed to: Reviewing "
        "applications.\n\nUSAJOBS",
        "t-va",
    ),
]

_NEGATIVES = [
    (
        "USAJOBS <saved-search@usajobs.gov.example>",
        "Your saved search results",
        "alert",
        "IT Specialist - San Antonio, TX. 12 new jobs. View results.",
    ),
    (
        "Military.com <newsletter@military.example>",
        "Veteran jobs this week",
        "newsletter",
        "Career advice for veterans. Unsubscribe.",
    ),
    (
        "Jake Morrison <jake@clearedtalent.example>",
        "TS/SCI roles in San Antonio",
        "outreach",
        "Hi Marcus, I have several cleared cyber roles in San Antonio. Open to a quick call?",
    ),
    (
        "VA Benefits <benefits@va.gov.example>",
        "Your VA benefits update",
        "other",
        "Your disability compensation payment is scheduled.",
    ),
    (
        "USAA <usaa.customer.service@usaa.example>",
        "Your statement is ready",
        "other",
        "Your monthly statement is available.",
    ),
    (
        "Darnell <darnell.green@yahoo.example>",
        "spurs",
        "personal",
        "Spurs game Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=MARCUS,
            own_to={"Department of the Air Force": TORRES},
            offset="-0500",
            clock="10:45:00",
            neg_start="2025-06-01",
            neg_step=5,
            neg_clock="20:05:00",
            tag="sixhundredtwenty",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
