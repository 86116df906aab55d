"""A three-hundred-and-twenty-second mailbox, written as a held-out check after the three-hundred-and-twenty-first
(issue #24).

Angelica, a customer service team leader in Cebu, exports Gmail with Takeout.  Philippine BPO hiring as it writes:
Jobstreet's "Your application to Visayas Contact Solutions was successfully submitted", Kalibrr's receipt, a
recruiter's "You are invited for an initial interview via phone", "Congratulations! You passed the initial
assessment", "Please be advised that you are scheduled for your final interview with the Operations Manager", "We
regret to inform you that you did not pass the account simulation", a "Job Offer" with the basic pay and allowances,
her own "I am accepting the job offer", and "Please report on Monday for your pre-employment requirements" (after the
acceptance: no step).  Negatives: Jobstreet's alert, a GCash notice, a Shopee promotion, a Meralco bill, a Cebu Pacific
seat sale, her cousin.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANGEL = "angelica.reyes.tl@gmail.com"
ME = f"Angelica Reyes <{ANGEL}>"

_OWN_TO = {
    "Visayas Contact Solutions": "VCS Recruitment <recruitment@visayascontact.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Visayas Contact Solutions",
        "applied",
        "2025-02-03",
        "Jobstreet <noreply@jobstreet.com>",
        "Your application to Visayas Contact Solutions was successfully submitted",
        "Hi Angelica,\n\nYour application was successfully submitted.\n\nTeam Leader - Customer Service (Healthcare "
        "Account)\nVisayas Contact Solutions Inc.\nCebu City, Central Visayas\n\nGood luck!",
        "v1",
    ),
    (
        "Mactan Outsourcing Group",
        "applied",
        "2025-02-04",
        "Kalibrr <no-reply@kalibrr.com>",
        "Application received: Operations Supervisor",
        "Hi Angelica,\n\nYour application for Operations Supervisor at Mactan Outsourcing Group has been received. "
        "The hiring team will review your profile.\n\nKalibrr",
        "m1",
    ),
    (
        "Visayas Contact Solutions",
        "screen",
        "2025-02-05",
        "VCS Recruitment <recruitment@visayascontact.example>",
        "Initial Interview - Team Leader",
        "Good day Angelica!\n\nThank you for your interest in Visayas Contact Solutions. You are invited for an initial "
        "interview via phone on February 6, 2025 at 10:00 AM. Kindly keep your line open.\n\nRegards,\nVCS Recruitment",
        "v2",
    ),
    (
        "Mactan Outsourcing Group",
        "rejected",
        "2025-02-07",
        "Mactan Outsourcing Group <hiring@mactanoutsourcing.example>",
        "Application update",
        "Dear Angelica,\n\nThank you for taking the account simulation. We regret to inform you that you did not pass "
        "the account simulation for the Operations Supervisor position. You may reapply after 90 days.\n\nMactan "
        "Outsourcing Group Talent Acquisition",
        "m2",
    ),
    (
        # (a final interview is the spec's onsite, its final round; written "interview" at first, changed after the
        # first read)
        "Visayas Contact Solutions",
        "onsite",
        "2025-02-07",
        "VCS Recruitment <recruitment@visayascontact.example>",
        "Initial Assessment Result",
        "Good day Angelica!\n\nCongratulations! You passed the initial assessment. Please be advised that you are "
        "scheduled for your final interview with the Operations Manager on February 10, 2025 at 2:00 PM at our IT Park "
        "site. Please bring a valid ID.\n\nRegards,\nVCS Recruitment",
        "v2",
    ),
    (
        "Visayas Contact Solutions",
        "offer",
        "2025-02-11",
        "VCS Recruitment <recruitment@visayascontact.example>",
        "Job Offer - Team Leader, Customer Service",
        "Dear Angelica,\n\nCongratulations! We are pleased to extend to you our job offer for the position of Team "
        "Leader - Customer Service with a basic pay of PHP 32,000 per month plus PHP 4,000 allowances.\n\nKindly reply "
        "to confirm your acceptance.\n\nRegards,\nVCS Recruitment",
        "v3",
    ),
    (
        "Visayas Contact Solutions",
        "accepted",
        "2025-02-11",
        ME,
        "RE: Job Offer - Team Leader, Customer Service",
        "Good day!\n\nThank you very much. I am accepting the job offer for the Team Leader position.\n\nRespectfully,\n"
        "Angelica Reyes",
        "v3",
    ),
    (
        "Visayas Contact Solutions",
        "skip",
        "2025-02-12",
        "VCS Recruitment <recruitment@visayascontact.example>",
        "Pre-employment requirements",
        "Dear Angelica,\n\nPlease report on Monday, February 17 at 9:00 AM for your pre-employment requirements: NBI "
        "clearance, SSS, PhilHealth, Pag-IBIG and TIN.\n\nRegards,\nVCS Recruitment",
        "v4",
    ),
]

_NEGATIVES = [
    (
        "Jobstreet <noreply@jobstreet.com>",
        "New jobs for Team Leader in Cebu",
        "alert",
        "Team Leader - Cebu IT Park. Operations Supervisor - Mandaue. Apply now.",
    ),
    (
        "GCash <no-reply@gcash.example>",
        "You have received PHP 500.00",
        "other",
        "You have received PHP 500.00 from JO** R.",
    ),
    (
        "Shopee <promo@shopee.example>",
        "2.2 Sale: free shipping",
        "shop",
        "Enjoy free shipping on the 2.2 sale!",
    ),
    (
        "Meralco <billing@meralco.example>",
        "Your bill",
        "other",
        "Your Meralco bill for January is PHP 2,341.00.",
    ),
    (
        "Cebu Pacific <promos@cebupacific.example>",
        "Seat sale!",
        "shop",
        "Fly to Manila for as low as PHP 99 one way.",
    ),
    (
        "Joy Reyes <joy.reyes@yahoo.example>",
        "fiesta",
        "personal",
        "uy, punta ka sa fiesta sa sunday? daghan pagkaon!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (the pre-employment mail is no step)."""
    from mail_score import no_step, takeout_corpus

    out = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANGEL,
        own_to=_OWN_TO,
        offset="+0800",
        clock="13:15:00",
        neg_start="2025-02-02",
        neg_step=3,
        neg_clock="21:00:00",
        tag="threehundredtwentytwo",
    )
    return no_step(out, "onboarding")


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
