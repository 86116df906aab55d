"""A two-hundred-and-sixty-sixth mailbox, written as a held-out check after the two-hundred-and-sixty-fifth
(issue #24).

Marisol, a registered nurse in Philadelphia moving from med-surg to the ICU, saves her Outlook.com mail as .eml files.
Hospital hiring: a health system's iCIMS portal that signs with the hospital's name, a nurse recruiter who calls it a
"phone screen", a "unit interview" with the nurse manager, a "shadow shift" (the last step), a contingent offer with
a sign-on bonus, pre-employment health clearance, a travel-nurse agency's submission to a hospital it names, and her
own thank-you and withdrawal.  Negatives: Indeed's "jobs for you", Vivian Health's matches, the state board's licence
renewal, a CE course's promotion, her landlord, a friend.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARISOL = "marisol.reyes.rn@outlook.com"
ME = f"Marisol Reyes <{MARISOL}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Schuylkill Valley Health",
        "applied",
        "2025-06-02",
        "Schuylkill Valley Health Careers <careers-noreply@icims.com>",
        "Schuylkill Valley Health: Thank you for applying!",
        "Dear Marisol,\n\nThank you for applying for the Registered Nurse - Medical ICU (Nights) position at "
        "Schuylkill Valley Health. We have received your application and a nurse recruiter will review it shortly."
        "\n\nSchuylkill Valley Health Talent Acquisition",
        None,
    ),
    (
        "Delaware River Medical Center",
        "applied",
        "2025-06-03",
        "DRMC Careers <talent@drmc-careers.example>",
        "We received your application - RN Critical Care Float Pool",
        "Hi Marisol,\n\nThanks for applying to Delaware River Medical Center! Your application for RN Critical Care "
        "Float Pool (Req 88213) is in. Our recruiters review applications in the order received.\n\nDRMC Talent "
        "Acquisition",
        None,
    ),
    (
        "Keystone Children's Hospital",
        "applied",
        "2025-06-04",
        "Keystone Children's Hospital <noreply@keystonechildrens.example>",
        "Application confirmation",
        "Dear Marisol Reyes,\n\nThis confirms that we received your application for Staff Nurse II - PICU. Please "
        "do not reply to this message.\n\nHuman Resources\nKeystone Children's Hospital",
        None,
    ),
    (
        "Lehigh Regional Hospital",
        "applied",
        "2025-06-05",
        "Brianna Cole <bcole@northstartravelnurse.example>",
        "Submission confirmation - ICU Lehigh Regional",
        "Hi Marisol!\n\nYou are officially submitted to Lehigh Regional Hospital for the 13-week ICU contract starting "
        "7/14 (3x12 nights). Their managers usually respond within 48 hours, so keep your phone close!\n\nBrianna Cole"
        "\nTravel Recruiter, Northstar Travel Nursing",
        None,
    ),
    (
        "Schuylkill Valley Health",
        "screen",
        "2025-06-06",
        "Tanya Brooks <tanya.brooks@svhealth.example>",
        "Phone screen - RN Medical ICU",
        "Hi Marisol,\n\nI'm the nurse recruiter for critical care at Schuylkill Valley Health. I'd like to schedule a "
        "brief phone screen to go over your experience, shift preferences and the unit. Are you available Monday "
        "between 9 and 12?\n\nTanya Brooks, BSN, RN\nNurse Recruiter",
        None,
    ),
    (
        "Lehigh Regional Hospital",
        "interview",
        "2025-06-09",
        "Brianna Cole <bcole@northstartravelnurse.example>",
        "RE: Submission confirmation - ICU Lehigh Regional",
        "Great news! The ICU manager at Lehigh wants to do a quick phone interview tomorrow at 2pm. I gave her your "
        "cell. Good luck!!\n\nBrianna",
        None,
    ),
    (
        "Keystone Children's Hospital",
        "rejected",
        "2025-06-10",
        "Keystone Children's Hospital <noreply@keystonechildrens.example>",
        "Staff Nurse II - PICU",
        "Dear Marisol Reyes,\n\nThank you for your interest in Keystone Children's Hospital. The position requires a "
        "minimum of two years of pediatric acute care experience, and we are unable to consider your application "
        "further at this time.\n\nHuman Resources",
        None,
    ),
    (
        "Schuylkill Valley Health",
        "interview",
        "2025-06-12",
        "Tanya Brooks <tanya.brooks@svhealth.example>",
        "Unit interview with MICU nurse manager",
        "Hi Marisol,\n\nThanks for a great conversation! Kevin Walsh, nurse manager of the Medical ICU, would like to "
        "meet you for a unit interview on Tuesday 6/17 at 10am on 5 East. Please bring a copy of your license and BLS/"
        "ACLS cards.\n\nTanya",
        None,
    ),
    (
        "Lehigh Regional Hospital",
        "offer",
        "2025-06-11",
        "Brianna Cole <bcole@northstartravelnurse.example>",
        "Offer!! Lehigh ICU",
        "Marisol - Lehigh offered you the contract! $2,450/week gross, 7/14 start, 13 weeks. I need your answer by "
        "Friday noon. Call me!\n\nBrianna",
        None,
    ),
    (
        "Lehigh Regional Hospital",
        "declined",
        "2025-06-12",
        ME,
        "RE: Offer!! Lehigh ICU",
        "Hi Brianna,\n\nThank you so much for pushing this through so fast. After thinking it over I'm going to pass "
        "on the Lehigh contract - I'd rather find a permanent ICU position closer to home. I really appreciate your "
        "help.\n\nMarisol",
        "Brianna Cole <bcole@northstartravelnurse.example>",
    ),
    (
        "Schuylkill Valley Health",
        "thank_you",
        "2025-06-17",
        ME,
        "Thank you - MICU unit interview",
        "Hi Kevin,\n\nThank you for taking the time to meet with me today and for the tour of 5 East. I'd love to "
        "join your team.\n\nBest regards,\nMarisol Reyes, RN",
        "Kevin Walsh <kevin.walsh@svhealth.example>",
    ),
    (
        "Schuylkill Valley Health",
        "onsite",
        "2025-06-18",
        "Tanya Brooks <tanya.brooks@svhealth.example>",
        "Shadow shift",
        "Hi Marisol,\n\nKevin enjoyed meeting you! The last step in our process is a four-hour shadow shift on the "
        "unit with one of our charge nurses. Could you do Saturday 6/21, 7a-11a?\n\nTanya",
        None,
    ),
    (
        "Delaware River Medical Center",
        "screen",
        "2025-06-19",
        "Erin Walsh <erin.walsh@drmc-careers.example>",
        "RN Critical Care Float Pool - recruiter call",
        "Hello Marisol,\n\nI'm reviewing your application for our Critical Care Float Pool and would like to set up a "
        "15-minute recruiter call. Please reply with a couple of times that work for you.\n\nErin Walsh\nTalent "
        "Acquisition, Delaware River Medical Center",
        None,
    ),
    (
        "Schuylkill Valley Health",
        "offer",
        "2025-06-24",
        "Tanya Brooks <tanya.brooks@svhealth.example>",
        "Contingent offer - RN Medical ICU",
        "Hi Marisol,\n\nI'm delighted to offer you the position of Registered Nurse, Medical ICU (nights, 0.9 FTE) at "
        "$44.50/hour plus night differential and a $10,000 sign-on bonus. This offer is contingent on a background "
        "check and pre-employment health clearance. Please review the attached letter and let me know by Friday.\n\n"
        "Tanya",
        None,
    ),
    (
        "Schuylkill Valley Health",
        "accepted",
        "2025-06-25",
        ME,
        "RE: Contingent offer - RN Medical ICU",
        "Hi Tanya,\n\nI'm so happy to accept! Attached is the signed letter. Please let me know when to schedule my "
        "health clearance.\n\nThank you!\nMarisol",
        "Tanya Brooks <tanya.brooks@svhealth.example>",
    ),
    (
        "Delaware River Medical Center",
        "withdrew",
        "2025-06-25",
        ME,
        "RE: RN Critical Care Float Pool - recruiter call",
        "Hi Erin,\n\nThank you for reaching out. I've just accepted a position elsewhere, so I'd like to withdraw my "
        "application for the Float Pool. I appreciate your time.\n\nMarisol Reyes",
        "Erin Walsh <erin.walsh@drmc-careers.example>",
    ),
]

_NEGATIVES = [
    (
        "Indeed <donotreply@match.indeed.com>",
        "ICU Registered Nurse jobs for you",
        "alert",
        "ICU RN - Schuylkill Valley Health - Philadelphia, PA. Critical Care RN - Temple area - $48/hr. See more jobs.",
    ),
    (
        "Vivian Health <matches@vivian.example>",
        "12 new ICU matches near Philadelphia",
        "alert",
        "New travel and staff ICU matches. Update your profile to see pay packages.",
    ),
    (
        "PA State Board of Nursing <noreply@pals.pa.example>",
        "License renewal reminder",
        "other",
        "Your RN license expires October 31. Complete your renewal and continuing education online.",
    ),
    (
        "NurseCE4Less <deals@nursece.example>",
        "30 contact hours for $29.99",
        "shop",
        "Finish your renewal CE this weekend: 30 contact hours for $29.99.",
    ),
    (
        "Fishtown Lofts <leasing@fishtownlofts.example>",
        "Lease renewal offer",
        "other",
        "Your lease ends August 31. Here is our renewal offer for a 12-month term.",
    ),
    (
        "Jess Alvarez <jess.alvarez@outlook.example>",
        "wawa run?",
        "personal",
        "wawa run before shift? I'll grab you a hoagie",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="08:40:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="21:30:00",
        tag="twohundredsixtysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), MARISOL)
