"""A two-hundred-and-thirty-ninth mailbox, written as a held-out check after the two-hundred-and-thirty-eighth
(issue #24).

Grace, a registered nurse in Toronto, exports Gmail with Takeout.  Ontario hospitals hire through Workday tenants
and their own HR: a posting number ("Posting #25-0412"), "Thank you for applying to Lakeshore General Hospital",
a panel interview with the unit manager (the last round: the spec's "panel interview" is onsite), a clinical
scenario, reference checks, "We are pleased to offer you a
Permanent Full-Time Registered Nurse position", a union's seniority that closes a posting ("filled by an internal
candidate as per the collective agreement"), and a home-care agency that writes "we will not be moving forward".
Negatives: HealthForceOntario's newsletter, the College of Nurses' renewal, Indeed's alerts, Shoppers' points, a
colleague.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GRACE = "grace.adeyemi.rn@gmail.com"
ME = f"Grace Adeyemi <{GRACE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lakeshore General Hospital",
        "applied",
        "2025-04-07",
        "Lakeshore General Hospital <lakeshoregh@myworkday.com>",
        "Thank you for applying to Lakeshore General Hospital",
        "Dear Grace,\n\nThank you for your interest in Registered Nurse - Cardiology (Posting #25-0412). We have "
        "received your application and will review it against the requirements of the position. Only candidates "
        "selected for an interview will be contacted.\n\nTalent Acquisition\nLakeshore General Hospital",
        "l1",
    ),
    (
        "Don Valley Health",
        "applied",
        "2025-04-08",
        "Don Valley Health Careers <donvalleyhealth@myworkday.com>",
        "Application received - RN, Emergency",
        "Hello Grace,\n\nWe have received your application for the position of Registered Nurse, Emergency "
        "Department (Req. 8841) at Don Valley Health.\n\nKind regards,\nPeople & Culture\nDon Valley Health",
        "d1",
    ),
    (
        "CarePoint Home Health",
        "applied",
        "2025-04-09",
        "CarePoint Home Health <careers@carepointhome.ca>",
        "We received your application",
        "Hi Grace,\n\nThank you for applying to CarePoint Home Health for the Visiting Nurse (RN) role in Scarborough. "
        "Our recruitment team will be in touch.\n\nCarePoint Home Health",
        "c1",
    ),
    (
        "Lakeshore General Hospital",
        "onsite",
        "2025-04-15",
        "Monique Tremblay <monique.tremblay@lakeshoregh.ca>",
        "Interview - Posting #25-0412 RN Cardiology",
        "Dear Grace,\n\nYou have been selected for a panel interview for Posting #25-0412 with the Patient Care "
        "Manager and a Clinical Educator on April 22 at 1:30 p.m., room B214. The interview includes a clinical "
        "scenario. Please bring your CNO registration number.\n\nRegards,\nMonique Tremblay\nTalent Acquisition "
        "Specialist | Lakeshore General Hospital",
        "l2",
    ),
    (
        "Don Valley Health",
        "rejected",
        "2025-04-17",
        "Don Valley Health Careers <donvalleyhealth@myworkday.com>",
        "Update on your application - RN, Emergency",
        "Hello Grace,\n\nThank you for your interest in Don Valley Health. This position has been filled by an "
        "internal candidate as per the collective agreement. We encourage you to apply to future postings.\n\n"
        "People & Culture\nDon Valley Health",
        "d1",
    ),
    (
        "CarePoint Home Health",
        "screen",
        "2025-04-18",
        "Amanda Chu <achu@carepointhome.ca>",
        "Phone call re: Visiting Nurse",
        "Hi Grace,\n\nI'd love to set up a quick phone call to tell you more about our visiting nurse role and "
        "schedule. Does Monday at 11 work?\n\nAmanda Chu\nRecruitment Coordinator",
        "c2",
    ),
    (
        "Lakeshore General Hospital",
        "thank_you",
        "2025-04-22",
        ME,
        "Re: Interview - Posting #25-0412 RN Cardiology",
        "Dear Ms. Tremblay,\n\nThank you for the opportunity to interview today. Please pass on my thanks to the "
        "panel; I am very excited about joining the cardiology unit.\n\nSincerely,\nGrace Adeyemi, RN",
        "l2",
    ),
    (
        "CarePoint Home Health",
        "rejected",
        "2025-04-25",
        "Amanda Chu <achu@carepointhome.ca>",
        "Re: Phone call re: Visiting Nurse",
        "Hi Grace,\n\nThanks for speaking with me. Since you need a schedule without weekends, we will not be "
        "moving forward at this time, but I'll reach out if a weekday route opens up.\n\nAmanda",
        "c2",
    ),
    (
        "Lakeshore General Hospital",
        "offer",
        "2025-05-01",
        "Monique Tremblay <monique.tremblay@lakeshoregh.ca>",
        "Offer of Employment - Posting #25-0412",
        "Dear Grace,\n\nFollowing your interview and reference checks, we are pleased to offer you a Permanent "
        "Full-Time Registered Nurse position on the Cardiology unit at Step 5 of the ONA salary grid. Please "
        "confirm your acceptance by May 6.\n\nRegards,\nMonique Tremblay",
        "l3",
    ),
    (
        "Lakeshore General Hospital",
        "accepted",
        "2025-05-02",
        ME,
        "Re: Offer of Employment - Posting #25-0412",
        "Dear Ms. Tremblay,\n\nI am delighted to accept the position and will complete the pre-employment health "
        "forms this week.\n\nSincerely,\nGrace Adeyemi, RN",
        "l3",
    ),
]

_OWN_TO = {"Lakeshore General Hospital": "Monique Tremblay <monique.tremblay@lakeshoregh.ca>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "HealthForceOntario <news@healthforceontario.example>",
        "Nursing news: new bridging programs and job fairs",
        "newsletter",
        "Upcoming hiring events for nurses in the GTA, and a new program for internationally educated nurses.",
    ),
    (
        "College of Nurses of Ontario <noreply@cno.example>",
        "Annual Membership Renewal is now open",
        "other",
        "Renew your registration and complete your quality assurance declaration before December 31.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "New jobs: Registered Nurse in Toronto, ON",
        "alert",
        "Registered Nurse - ICU (Etobicoke); RN - Long-Term Care (North York); Clinical Nurse (Mississauga).",
    ),
    (
        "PC Optimum <noreply@pcoptimum.example>",
        "You have 20,000 points",
        "shop",
        "Redeem your points at Shoppers this week.",
    ),
    (
        "Fatima Hassan <fatima.hassan@gmail.example>",
        "Shift swap next week?",
        "personal",
        "Hey, can you swap my Tuesday night for your Friday day shift? Let me know!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=GRACE,
        own_to=_OWN_TO,
        offset="-0400",
        clock="14:10:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="22:00:00",
        tag="twohundredthirtynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
