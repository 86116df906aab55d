"""A three-hundred-and-seventy-eighth mailbox, written as a held-out check after the three-hundred-and-seventy-seventh
(issue #24).

Maria, an ICU nurse in Chicago, keeps her search in Gmail and exports it with Takeout.  Hospital hiring as it
arrives: Workday's "Thank you for applying to Lakeshore Health" with its Candidate Home footer, a nurse recruiter's
"I'd like to schedule a brief phone screen", a HireVue on-demand interview, "You're invited to a panel interview with
the MICU leadership team" (the final round), a "Contingent Offer of Employment" that speaks of a drug screen and a
background check, iCIMS' "the position has been filled", a travel agency's submission to a named hospital and its
"they went with a local candidate", her own thank-you and her acceptance.  Negatives that look close: the hospital's
MyChart ("Your test results are available"), a CE provider's newsletter, an Indeed alert, Vivian's "We miss you", the
Illinois nursing board's licence renewal, Walgreens, her brother.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARIA = "maria.delgado.rn@gmail.com"
ME = f"Maria Delgado <{MARIA}>"
TAMMY = "Tammy Kowalski <tkowalski@lakeshorehealth.org>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lakeshore Health",
        "applied",
        "2025-06-02",
        "Lakeshore Health <lakeshorehealth@myworkday.com>",
        "Thank you for applying to Lakeshore Health",
        "Dear Maria,\n\nThank you for applying for the Registered Nurse - Medical ICU (Nights) position, requisition "
        "R-58812. Our nurse recruitment team will review your application and contact you if your qualifications "
        "match our needs.\n\nYou can check the status of your application at any time on Candidate Home.\n\n"
        "Lakeshore Health Talent Acquisition",
        "t-lake",
    ),
    (
        "Northbrook Memorial Hospital",
        "applied",
        "2025-06-03",
        "Northbrook Memorial Hospital <careers@northbrookmemorial.icims.com>",
        "Northbrook Memorial Hospital - Application Received",
        "Hi Maria,\n\nWe have received your application for RN - Cardiovascular ICU. Thank you for your interest in "
        "Northbrook Memorial Hospital. A member of our team will be in touch if you are selected to move forward.\n\n"
        "Northbrook Memorial Human Resources",
        "t-north",
    ),
    (
        "St. Casimir Medical Center",
        "applied",
        "2025-06-04",
        "Renee Patel <renee@meridiantravelnurses.com>",
        "Submitted! St. Casimir - CVICU 13 weeks",
        "Hi Maria,\n\nYou're submitted to St. Casimir Medical Center for the 13-week CVICU contract starting July 14 "
        "(3x12 nights, $2,450/week). Manager reviews usually take 2-3 business days. I'll text you as soon as I hear "
        "anything!\n\nRenee Patel\nSenior Recruiter | Meridian Travel Nurses",
        "t-casimir",
    ),
    (
        "Lakeshore Health",
        "screen",
        "2025-06-05",
        TAMMY,
        "RN - Medical ICU (Nights) - phone screen",
        "Hi Maria,\n\nI'm the nurse recruiter for critical care at Lakeshore Health. I'd like to schedule a brief phone "
        "screen (15-20 minutes) to go over the position and your ICU experience. Are you available Friday between 9 "
        "and 12?\n\nTammy Kowalski, BSN, RN\nNurse Recruiter, Lakeshore Health",
        "t-lake-screen",
    ),
    (
        "Lakeshore Health",
        "interview",
        "2025-06-09",
        "Lakeshore Health <noreply@hirevue.com>",
        "Lakeshore Health - Your On-Demand Interview",
        "Hi Maria,\n\nLakeshore Health has invited you to complete an on-demand video interview for the Registered "
        "Nurse - Medical ICU (Nights) position. Please complete your interview within 5 days. It should take about 20 "
        "minutes.\n\nStart Interview\n\nPowered by HireVue",
        "t-lake-hv",
    ),
    (
        "St. Casimir Medical Center",
        "rejected",
        "2025-06-10",
        "Renee Patel <renee@meridiantravelnurses.com>",
        "RE: Submitted! St. Casimir - CVICU 13 weeks",
        "Hi Maria,\n\nUgh, St. Casimir went with a local candidate for this one. I have two other CVICU contracts in the "
        "suburbs I can send you - I'll email the details tonight.\n\nRenee",
        "t-casimir",
    ),
    (
        "Lakeshore Health",
        "onsite",
        "2025-06-13",
        TAMMY,
        "Panel Interview - RN Medical ICU",
        "Hi Maria,\n\nCongratulations! You're invited to a panel interview with the MICU leadership team on Wednesday, "
        "June 18 at 1:00 PM at the Lakeshore Health main campus, 3rd floor conference room B. The panel will include "
        "the unit manager, the clinical educator and two staff nurses. Please plan for about 90 minutes, including a "
        "unit tour.\n\nTammy",
        "t-lake-panel",
    ),
    (
        "Lakeshore Health",
        "thank_you",
        "2025-06-18",
        ME,
        "Thank you - MICU panel interview",
        "Hi Tammy,\n\nThank you for arranging today's panel interview, and please pass along my thanks to the MICU "
        "team for the unit tour. I'm very excited about the position.\n\nBest regards,\nMaria Delgado, RN",
        "t-lake-thanks",
    ),
    (
        "Northbrook Memorial Hospital",
        "rejected",
        "2025-06-20",
        "Northbrook Memorial Hospital <careers@northbrookmemorial.icims.com>",
        "Your application for RN - Cardiovascular ICU",
        "Hi Maria,\n\nThank you for your interest in the RN - Cardiovascular ICU position. We wanted to let you know "
        "that the position has been filled. We encourage you to apply for other openings that match your skills.\n\n"
        "Northbrook Memorial Human Resources",
        "t-north",
    ),
    (
        "Lakeshore Health",
        "offer",
        "2025-06-24",
        TAMMY,
        "Contingent Offer of Employment - RN Medical ICU",
        "Dear Maria,\n\nOn behalf of Lakeshore Health, I am pleased to extend to you a contingent offer of employment "
        "for the position of Registered Nurse - Medical ICU (Nights), at a base rate of $48.75 per hour plus a $6.00 "
        "night differential. This offer is contingent upon the successful completion of a drug screen, a background "
        "check and an employee health assessment. Please review the attached letter and reply by June 30.\n\nTammy "
        "Kowalski, BSN, RN\nNurse Recruiter",
        "t-lake-offer",
    ),
    (
        "Lakeshore Health",
        "accepted",
        "2025-06-25",
        ME,
        "RE: Contingent Offer of Employment - RN Medical ICU",
        "Hi Tammy,\n\nI'm happy to accept the offer! I've signed the letter and attached it here. Please let me know "
        "when to schedule the drug screen.\n\nThank you,\nMaria",
        "t-lake-offer",
    ),
]

_NEGATIVES = [
    (
        "Lakeshore Health MyChart <mychart@lakeshorehealth.org>",
        "Your test results are available",
        "other",
        "Dear Maria, a new test result is available in your MyChart account. Log in to view it. Please do not reply.",
    ),
    (
        "NurseCE4Less <news@nursece4less.example>",
        "Illinois renewal: 20 contact hours for $29",
        "newsletter",
        "Complete your Illinois RN renewal requirements, including implicit bias and sexual harassment prevention.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "ICU Registered Nurse jobs in Chicago, IL",
        "alert",
        "RN ICU Nights - Rush - Chicago, IL. Critical Care RN - Advocate - Oak Lawn, IL. View all jobs.",
    ),
    (
        "Vivian Health <hello@vivian.com>",
        "We miss you, Maria!",
        "newsletter",
        "New travel ICU jobs are waiting for you. Update your profile to see pay packages.",
    ),
    (
        "IDFPR <noreply@idfpr.example>",
        "Your RN license renewal is due",
        "other",
        "Your Illinois Registered Professional Nurse license expires May 31, 2026. Renew online.",
    ),
    (
        "Walgreens <pharmacy@walgreens.example>",
        "Your prescription is ready",
        "shop",
        "Your prescription is ready for pickup at 1200 N Clark St.",
    ),
    (
        "Luis Delgado <luis.delgado@gmail.example>",
        "bulls tix",
        "personal",
        "I got an extra ticket for Saturday, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARIA,
        own_to={"Lakeshore Health": TAMMY},
        offset="-0500",
        clock="08:15:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="22:40:00",
        tag="threehundredseventyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
