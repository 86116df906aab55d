"""A four-hundred-and-thirteenth mailbox, written as a held-out check after the four-hundred-and-twelfth (issue #24).

Andrea, a customer-experience team lead in Cebu, keeps her search in Gmail and exports it with Takeout.  The
Philippines' contact-centre and shared-services hiring: JobStreet's "Your application was successfully submitted",
Kalibrr's "You have been shortlisted by", a BPO's "Initial Interview Invitation" and "Final Interview with the
Operations Manager", "Congratulations! You passed the assessment", a "Job Offer" with "pre-employment requirements",
a shared-services centre's Workday receipt and its "we regret to inform you that we will not be moving forward", a
bank's "we have carefully reviewed ... not proceed"; her "I am accepting the job offer" and a decline.  Negatives:
JobStreet's and Kalibrr's alerts, a "You have a new profile view", an HR webinar, a GCash receipt and her sister.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANDREA = "andrea.villanueva.cx@gmail.com"
ME = f"Andrea Villanueva <{ANDREA}>"
RECRUIT = "Talent Acquisition - Visayas Connect <careers@visayasconnect.example>"
KIM = "Kim Sarmiento <kim.sarmiento@islandbpo.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Visayas Connect",
        "applied",
        "2025-03-03",
        "JobStreet <noreply@jobstreet.com.ph>",
        "Your application was successfully submitted",
        "Hi Andrea,\n\nYour application was successfully submitted.\n\nTeam Lead - Customer Experience\nVisayas Connect "
        "Inc.\nCebu City\n\nGood luck!\nJobStreet",
        "t-vc",
    ),
    (
        "Island BPO Solutions",
        "applied",
        "2025-03-04",
        "Kalibrr <notifications@kalibrr.example>",
        "Application sent to Island BPO Solutions",
        "Hi Andrea,\n\nYour application for Team Leader - Voice Account has been sent to Island BPO Solutions. We'll "
        "notify you when there's an update.\n\nKalibrr",
        "t-ib",
    ),
    (
        "Pacifica Shared Services",
        "applied",
        "2025-03-05",
        "Pacifica Shared Services <pacifica@myworkday.com>",
        "Thank you for applying",
        "Dear Andrea,\n\nThank you for applying for Service Delivery Team Lead (JR-0442) at Pacifica Shared Services. "
        "Your application has been received.\n\nTalent Acquisition",
        "t-ps",
    ),
    (
        "Metro Cebu Bank",
        "applied",
        "2025-03-05",
        "Metro Cebu Bank Careers <careers@metrocebubank.example>",
        "Application Acknowledgement",
        "Dear Ms. Villanueva,\n\nWe acknowledge receipt of your application for the position of Customer Service "
        "Supervisor. Only shortlisted applicants will be contacted.\n\nHuman Resources Department\nMetro Cebu Bank",
        "t-mcb",
    ),
    (
        "Visayas Connect",
        "screen",
        "2025-03-06",
        RECRUIT,
        "Initial Interview Invitation - Team Lead CX",
        "Hi Andrea,\n\nGood day! Thank you for your interest in Visayas Connect. We would like to invite you for an "
        "initial phone interview with our recruiter on March 7, 2:00 PM. Kindly confirm your availability.\n\n"
        "Talent Acquisition Team",
        "t-vc2",
    ),
    (
        "Island BPO Solutions",
        "interview",
        "2025-03-07",
        "Kalibrr <notifications@kalibrr.example>",
        "You have been shortlisted by Island BPO Solutions",
        "Hi Andrea,\n\nGood news! You have been shortlisted by Island BPO Solutions for Team Leader - Voice Account. "
        "Please take the online assessment within 48 hours.\n\nKalibrr",
        "t-ib2",
    ),
    (
        "Visayas Connect",
        "onsite",
        "2025-03-10",
        RECRUIT,
        "Final Interview with the Operations Manager",
        "Hi Andrea,\n\nCongratulations! You passed the assessment. You are now endorsed for the final interview with our "
        "Operations Manager on March 12, 10:00 AM at the IT Park site, 8th floor. Please bring a valid ID.\n\nTalent "
        "Acquisition Team",
        "t-vc3",
    ),
    (
        "Pacifica Shared Services",
        "rejected",
        "2025-03-11",
        "Pacifica Shared Services <pacifica@myworkday.com>",
        "Update on your application",
        "Dear Andrea,\n\nThank you for your interest in Service Delivery Team Lead. We regret to inform you that we will "
        "not be moving forward with your application.\n\nTalent Acquisition",
        "t-ps2",
    ),
    (
        "Island BPO Solutions",
        "interview",
        "2025-03-12",
        KIM,
        "Island BPO - interview schedule",
        "Hi Andrea,\n\nThank you for completing the assessment. Your interview with the account manager is scheduled "
        "on March 14, 3:00 PM via Zoom.\n\nKim Sarmiento\nRecruitment Specialist, Island BPO Solutions",
        "t-ib3",
    ),
    (
        "Visayas Connect",
        "offer",
        "2025-03-14",
        RECRUIT,
        "Job Offer - Team Lead CX",
        "Hi Andrea,\n\nCongratulations! We are pleased to extend to you our job offer for the position of Team Lead - "
        "Customer Experience with a monthly basic salary of PHP 42,000. Please prepare your pre-employment "
        "requirements.\n\nTalent Acquisition Team",
        "t-vc4",
    ),
    (
        "Metro Cebu Bank",
        "rejected",
        "2025-03-17",
        "Metro Cebu Bank Careers <careers@metrocebubank.example>",
        "Your application",
        "Dear Ms. Villanueva,\n\nWe have carefully reviewed your qualifications and regret that we will not proceed with "
        "your application at this time.\n\nHuman Resources Department",
        "t-mcb2",
    ),
    (
        "Visayas Connect",
        "accepted",
        "2025-03-17",
        ME,
        "RE: Job Offer - Team Lead CX",
        "Good day! Thank you very much. I am accepting the job offer and will submit my pre-employment requirements this "
        "week.\n\nAndrea",
        "t-vc4",
    ),
    (
        "Island BPO Solutions",
        "withdrew",
        "2025-03-17",
        ME,
        "RE: Island BPO - interview schedule",
        "Hi Kim,\n\nThank you for the opportunity. I have accepted another offer so I would like to withdraw my "
        "application.\n\nAndrea",
        "t-ib3",
    ),
]

_NEGATIVES = [
    (
        "JobStreet <noreply@jobstreet.com.ph>",
        "New jobs for you: Team Lead",
        "alert",
        "Team Leader - Concentrix. Operations Supervisor - TaskUs. View all jobs.",
    ),
    (
        "Kalibrr <notifications@kalibrr.example>",
        "Jobs you might like",
        "alert",
        "Customer Service Supervisor - Cebu. QA Analyst - Makati.",
    ),
    (
        "JobStreet <noreply@jobstreet.com.ph>",
        "You have a new profile view",
        "notification",
        "An employer viewed your profile. See who's interested.",
    ),
    (
        "PMAP <events@pmap.example>",
        "HR webinar: leading remote teams",
        "newsletter",
        "Register for our webinar on March 20.",
    ),
    (
        "GCash <no-reply@gcash.example>",
        "You have paid PHP 1,250.00",
        "other",
        "Payment to Meralco. Ref no. 0031.",
    ),
    (
        "Bea Villanueva <bea.villanueva@gmail.example>",
        "sunday lunch",
        "personal",
        "Lola wants everyone for lunch Sunday!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANDREA,
        own_to={"Visayas Connect": RECRUIT, "Island BPO Solutions": KIM},
        offset="+0800",
        clock="13:25:00",
        neg_start="2025-03-02",
        neg_step=3,
        neg_clock="20:45:00",
        tag="fourhundredthirteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
