"""A five-hundred-and-twenty-eighth mailbox, written as a held-out check after the five-hundred-and-twenty-seventh
(issue #24).

Marcus Bell, an Army logistics officer leaving the service near Fort Liberty, keeps his mail in Gmail, exported with
Takeout. A veteran's search mixes defense contractors and the federal government: Workday's "Thank you for applying to
Lockheed Martin" with a requisition number, its "we'd like to schedule a panel interview with the hiring team" (a panel
interview, SPEC's onsite), "Lockheed Martin is pleased to extend a contingent offer of employment, subject to your
security clearance"; a consultancy's recruiter's "Booz Allen would like to set up a 30-minute call" and its "we've
decided not to move forward"; USAJOBS' "Your application for Logistics Management Specialist ... was received" and "you
were not among the best qualified candidates"; his thanks to the panel and his "I accept the contingent offer".
Negatives: USAJOBS' saved search, a veterans' hiring newsletter, a military recruiter's cold mail, the VA's benefits
letter, USAA and his wife. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.bell.log@gmail.com"
ME = f"Marcus Bell <{MARCUS}>"
LM = "Lockheed Martin <lockheedmartin@myworkday.example>"
JEN = "Jennifer Ortiz <jennifer.ortiz@lmco.example>"
BAH = "Chris Nolan <nolan_chris@bah.example>"
USAJOBS = "USAJOBS <no-reply@usajobs.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lockheed Martin",
        "applied",
        "2025-09-02",
        LM,
        "Thank you for applying to Lockheed Martin",
        "Dear Marcus,\n\nThank you for applying to Lockheed Martin for the Logistics Program Manager position (Req "
        "687412BR). We will review your qualifications.\n\nLockheed Martin Talent Acquisition",
        "t-lm",
    ),
    (
        "Defense Logistics Agency",
        "applied",
        "2025-09-03",
        USAJOBS,
        "Application received",
        "Dear Marcus Bell,\n\nYour application for Logistics Management Specialist, Announcement Number "
        "DLA-25-12345678, with the Defense Logistics Agency was received.\n\nUSAJOBS",
        "t-dla",
    ),
    (
        "Booz Allen Hamilton",
        "applied",
        "2025-09-04",
        "Booz Allen Hamilton <boozallen@myworkday.example>",
        "Thank you for applying to Booz Allen Hamilton",
        "Dear Marcus,\n\nThank you for applying to Booz Allen Hamilton for the Logistics Analyst, Senior role. We will be "
        "in touch.\n\nBooz Allen Talent Acquisition",
        "t-bah",
    ),
    (
        "Booz Allen Hamilton",
        "screen",
        "2025-09-09",
        BAH,
        "Booz Allen - Logistics Analyst",
        "Hi Marcus,\n\nThanks for applying and for your service. I'm a recruiter on our defense team - Booz Allen would "
        "like to set up a 30-minute call to learn about your background. Does Thursday work?\n\nChris Nolan\nRecruiter",
        "t-bah2",
    ),
    (
        "Lockheed Martin",
        "onsite",
        "2025-09-12",
        JEN,
        "Lockheed Martin - Logistics Program Manager interview",
        "Hi Marcus,\n\nThe hiring team was impressed with your resume, and we'd like to schedule a panel interview "
        "with the hiring team on September 19 in Fort Worth.\n\nJennifer Ortiz\nTalent Acquisition, Lockheed Martin",
        "t-lm2",
    ),
    (
        "Defense Logistics Agency",
        "rejected",
        "2025-09-16",
        USAJOBS,
        "Application status update",
        "Dear Marcus Bell,\n\nThank you for applying to Logistics Management Specialist, Announcement Number "
        "DLA-25-12345678. You were not among the best qualified candidates referred to the hiring manager.\n\nUSAJOBS",
        "t-dla2",
    ),
    (
        "Lockheed Martin",
        "thank_you",
        "2025-09-19",
        ME,
        "RE: Lockheed Martin - Logistics Program Manager interview",
        "Jennifer,\n\nPlease pass my thanks to the panel for today's interview. I enjoyed the discussion about the "
        "F-35 sustainment program.\n\nV/r,\nMarcus Bell",
        "t-lm2",
    ),
    (
        "Booz Allen Hamilton",
        "rejected",
        "2025-09-22",
        BAH,
        "RE: Booz Allen - Logistics Analyst",
        "Hi Marcus,\n\nThank you for your time. The team has decided not to move forward, as they need someone with an "
        "active TS/SCI.\n\nChris",
        "t-bah2",
    ),
    (
        "Lockheed Martin",
        "offer",
        "2025-10-01",
        JEN,
        "Lockheed Martin - contingent offer",
        "Hi Marcus,\n\nLockheed Martin is pleased to extend a contingent offer of employment for the Logistics Program "
        "Manager position, subject to your security clearance. The offer letter is in the candidate portal.\n\n"
        "Jennifer",
        "t-lm3",
    ),
    (
        "Lockheed Martin",
        "accepted",
        "2025-10-02",
        ME,
        "RE: Lockheed Martin - contingent offer",
        "Jennifer,\n\nThank you. I accept the contingent offer and have signed it in the portal.\n\nV/r,\nMarcus Bell",
        "t-lm3",
    ),
]

_NEGATIVES = [
    (
        "USAJOBS <no-reply@usajobs.example>",
        "Saved search results: Logistics",
        "alert",
        "5 new jobs match your saved search. View results.",
    ),
    (
        "Hire Heroes USA <news@hireheroes.example>",
        "Veteran hiring events this month",
        "newsletter",
        "Join a virtual hiring event. Unsubscribe.",
    ),
    (
        "SFC Ramirez <recruiting@army-reserve.example>",
        "Continue serving in the Reserve",
        "outreach",
        "Sir, have you considered continuing your service in the Army Reserve? Let's talk.",
    ),
    (
        "VA <noreply@va.example>",
        "Your benefits letter",
        "other",
        "Your benefits summary letter is available.",
    ),
    (
        "USAA <alerts@usaa.example>",
        "Deposit received",
        "other",
        "A deposit was made to your account.",
    ),
    (
        "Tasha Bell <tasha.bell@gmail.example>",
        "kids",
        "personal",
        "Can you get the kids from practice?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARCUS,
        own_to={"Lockheed Martin": JEN},
        offset="-0400",
        clock="08:30:00",
        neg_start="2025-09-01",
        neg_step=5,
        neg_clock="21:00:00",
        tag="fivehundredtwentyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
