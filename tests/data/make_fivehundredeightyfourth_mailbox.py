"""A five-hundred-and-eighty-fourth mailbox, written as a held-out check after the five-hundred-and-eighty-third
(issue #24).

Grace Okafor, a registered nurse in Toronto, saves her mail from Outlook as .eml files. Ontario hospitals hire through
Workday and Taleo in a formal, numbered register: UHN's "Thank you for your interest in University Health Network",
Sunnybrook's Taleo "Application Acknowledgement - Registered Nurse, Critical Care (Job ID 25-2231)", Unity Health's
"Your application has been received", UHN's "You have been shortlisted for an interview", "Interview Confirmation -
panel interview with the Nurse Manager and a Clinical Educator", Sunnybrook's "Regrettably, you were not selected for
an interview", Unity Health's "the competition has been cancelled", UHN's "We are pleased to offer you a permanent
full-time position", her "I am pleased to accept" and her thanks after the panel. Negatives: Indeed's alert, the
RNAO's newsletter, a travel-nursing agency's cold mail, Sunnybrook's own donor appeal (a hospital she applied to), the
College of Nurses' renewal notice and her sister. Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GRACE = "grace.okafor.rn@outlook.example"
ME = f"Grace Okafor <{GRACE}>"
UHN = "University Health Network <uhn@myworkday.example>"
SUNNY = "Sunnybrook Health Sciences Centre <sunnybrook@taleo.example>"
UNITY = "Unity Health Toronto <careers@unityhealth.example>"
KAREN = "Karen Li <karen.li@uhn.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "University Health Network",
        "applied",
        "2025-03-03",
        UHN,
        "Thank you for your interest in University Health Network",
        "Dear Grace,\n\nThank you for applying for the Registered Nurse - Cardiovascular ICU position (JR-118832) at "
        "University Health Network. We will review your application.\n\nUHN Talent Acquisition",
        None,
    ),
    (
        "Sunnybrook Health Sciences Centre",
        "applied",
        "2025-03-04",
        SUNNY,
        "Application Acknowledgement - Registered Nurse, Critical Care (Job ID 25-2231)",
        "Dear Grace Okafor,\n\nThis is to acknowledge receipt of your application for Registered Nurse, Critical Care "
        "(Job ID 25-2231). Only candidates selected for an interview will be contacted.\n\nSunnybrook Human Resources",
        None,
    ),
    (
        "Unity Health Toronto",
        "applied",
        "2025-03-05",
        UNITY,
        "Your application has been received",
        "Dear Grace,\n\nYour application for Registered Nurse - Emergency (St. Michael's Hospital) has been received. "
        "Thank you for your interest in Unity Health Toronto.\n\nUnity Health Toronto Careers",
        None,
    ),
    (
        "University Health Network",
        "interview",
        "2025-03-10",
        UHN,
        "You have been shortlisted for an interview",
        "Dear Grace,\n\nWe are pleased to inform you that you have been shortlisted for an interview for Registered "
        "Nurse - Cardiovascular ICU. A member of our team will contact you to schedule.\n\nUHN Talent Acquisition",
        None,
    ),
    (
        "Sunnybrook Health Sciences Centre",
        "rejected",
        "2025-03-12",
        SUNNY,
        "Registered Nurse, Critical Care (Job ID 25-2231)",
        "Dear Grace Okafor,\n\nThank you for your application. Regrettably, you were not selected for an interview for "
        "this position.\n\nSunnybrook Human Resources",
        None,
    ),
    (
        "University Health Network",
        "onsite",
        "2025-03-13",
        KAREN,
        "Interview Confirmation - Registered Nurse, CVICU",
        "Dear Grace,\n\nThis confirms your panel interview with the Nurse Manager and a Clinical Educator on Tuesday, "
        "March 18 at 1:30 p.m. at Toronto General Hospital, 200 Elizabeth St.\n\nKaren Li\nHR Advisor, UHN",
        None,
    ),
    (
        "Unity Health Toronto",
        "rejected",
        "2025-03-17",
        UNITY,
        "Registered Nurse - Emergency: competition update",
        "Dear Grace,\n\nThank you for your interest. Please be advised that the competition for this position has been "
        "cancelled.\n\nUnity Health Toronto Careers",
        None,
    ),
    (
        "University Health Network",
        "thank_you",
        "2025-03-18",
        ME,
        "RE: Interview Confirmation - Registered Nurse, CVICU",
        "Dear Karen,\n\nThank you for arranging today's panel interview. Please pass my thanks to the Nurse Manager and "
        "the Clinical Educator.\n\nSincerely,\nGrace Okafor",
        KAREN,
    ),
    (
        "University Health Network",
        "offer",
        "2025-03-25",
        KAREN,
        "Offer of Employment - Registered Nurse, CVICU",
        "Dear Grace,\n\nWe are pleased to offer you a permanent full-time position as Registered Nurse in the "
        "Cardiovascular ICU. Your offer letter is attached.\n\nKaren Li",
        None,
    ),
    (
        "University Health Network",
        "accepted",
        "2025-03-26",
        ME,
        "RE: Offer of Employment - Registered Nurse, CVICU",
        "Dear Karen,\n\nThank you. I am pleased to accept the offer and have signed the letter.\n\nSincerely,\nGrace "
        "Okafor",
        KAREN,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Registered Nurse jobs in Toronto, ON",
        "alert",
        "RN - ICU - Toronto. RN - Emergency - Mississauga. See all jobs.",
    ),
    (
        "RNAO <news@rnao.example>",
        "RNAO in Focus",
        "newsletter",
        "News for Ontario nurses. Unsubscribe.",
    ),
    (
        "Jenna Park <jenna@canadatravelnurse.example>",
        "Travel contracts in Northern Ontario",
        "outreach",
        "Hi Grace, we have 13-week travel contracts in Northern Ontario with housing. Interested?",
    ),
    (
        "Sunnybrook Foundation <giving@sunnybrook.example>",
        "Help us build the future of care",
        "newsletter",
        "Please give today. Unsubscribe.",
    ),
    (
        "College of Nurses of Ontario <noreply@cno.example>",
        "Annual membership renewal",
        "other",
        "Your annual renewal is due.",
    ),
    (
        "Ada Okafor <ada.okafor@gmail.example>",
        "Sunday",
        "personal",
        "Church then lunch Sunday?",
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
        clock="12:40:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:55:00",
        tag="fivehundredeightyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), GRACE)
