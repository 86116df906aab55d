"""A two-hundred-and-thirty-fifth mailbox, written as a held-out check after the two-hundred-and-thirty-fourth
(issue #24).

Joy, a customer service team leader in Quezon City, exports Gmail with Takeout.  Philippine BPO hiring: JobStreet
and Kalibrr receipts, "Kindly be advised that you have passed the initial interview", a "final interview with the
Account Manager", "please bring two (2) valid IDs", a "Job Offer" to sign at the site, companies written with
", Inc." and "Philippines", a recruiter at a Gmail address for a client "in Ortigas".  Negatives: JobStreet's
recommended jobs, Kalibrr's "Jobs you might like", GCash, Shopee, a church group, a recruiter's mass message.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.

The truth first called the "final interview with the Account Manager" an interview; as in thirty-one earlier
corpora, a final interview is the last round (``onsite``), and the truth now says so.
"""

from __future__ import annotations

from pathlib import Path

JOY = "joy.manalo.cs@gmail.com"
ME = f"Joy Manalo <{JOY}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Bayanihan Contact Solutions",
        "applied",
        "2025-08-04",
        "JobStreet <noreply@jobstreet.com.ph>",
        "Your application was successfully submitted",
        "Hi Joy,\n\nYour application for Team Leader - Customer Service (Night Shift) at Bayanihan Contact Solutions "
        "Inc. was successfully submitted.\n\nGood luck!\nJobStreet",
        "b1",
    ),
    (
        "Vistamar Global Services",
        "applied",
        "2025-08-05",
        "Kalibrr <no-reply@kalibrr.com>",
        "Application Received: Operations Team Leader at Vistamar Global Services Philippines, Inc.",
        "Hi Joy!\n\nVistamar Global Services Philippines, Inc. has received your application for Operations Team "
        "Leader. You can track your application status on Kalibrr.\n\nThe Kalibrr Team",
        "v1",
    ),
    (
        "Bayanihan Contact Solutions",
        "screen",
        "2025-08-07",
        "Rica Dela Cruz <rica.delacruz@bayanihancs.com.ph>",
        "Initial Interview - Team Leader (Customer Service)",
        "Good day Ms. Manalo!\n\nThis is Rica from Bayanihan Contact Solutions. Kindly be advised that you are "
        "scheduled for an initial phone interview on August 8, 2025 at 2:00 PM. Please make sure you are in a quiet "
        "place.\n\nThank you and God bless!\n\nRica Dela Cruz\nTalent Acquisition Specialist\nBayanihan Contact "
        "Solutions Inc.",
        "b2",
    ),
    (
        "Pasig Harbor Outsourcing",
        "applied",
        "2025-08-08",
        "Mark Villanueva <markv.recruits@gmail.com>",
        "Team Leader opening in Ortigas",
        "Hi Joy,\n\nThank you for sending your resume. I have endorsed your application to our client, a US "
        "healthcare account in Ortigas. I will update you once they give feedback.\n\nRegards,\nMark Villanueva\n"
        "Recruitment Officer",
        "p1",
    ),
    (
        "Bayanihan Contact Solutions",
        "onsite",
        "2025-08-11",
        "Rica Dela Cruz <rica.delacruz@bayanihancs.com.ph>",
        "Final Interview - Team Leader (Customer Service)",
        "Hi Ms. Manalo,\n\nCongratulations! Kindly be advised that you have passed the initial interview. You are "
        "now endorsed for a final interview with our Account Manager on August 13, 2025 at 10:00 AM at our Eastwood "
        "site, 12th floor. Please bring two (2) valid IDs and wear business casual attire.\n\nThank you!\n\nRica",
        "b2",
    ),
    (
        "Pasig Harbor Outsourcing",
        "interview",
        "2025-08-12",
        "Mark Villanueva <markv.recruits@gmail.com>",
        "Re: Team Leader opening in Ortigas",
        "Hi Joy,\n\nGood news, our client Pasig Harbor Outsourcing would like to interview you on Thursday, 9 AM, at "
        "their office in Ortigas Center. Please confirm your availability.\n\nThanks,\nMark",
        "p1",
    ),
    (
        "Vistamar Global Services",
        "rejected",
        "2025-08-14",
        "Kalibrr <no-reply@kalibrr.com>",
        "Update on your application to Vistamar Global Services Philippines, Inc.",
        "Hi Joy,\n\nThank you for your interest in Vistamar Global Services Philippines, Inc. After careful "
        "evaluation, the hiring team has decided not to proceed with your application for Operations Team Leader at "
        "this time.\n\nThe Kalibrr Team",
        "v1",
    ),
    (
        "Bayanihan Contact Solutions",
        "offer",
        "2025-08-15",
        "Rica Dela Cruz <rica.delacruz@bayanihancs.com.ph>",
        "Job Offer - Team Leader (Customer Service)",
        "Hi Ms. Manalo,\n\nWe are happy to inform you that you passed the final interview! We would like to offer "
        "you the position of Team Leader - Customer Service with a monthly basic salary of PHP 38,000 plus night "
        "differential. Please visit our Eastwood site on Monday for the signing of your job offer.\n\nRica",
        "b2",
    ),
    (
        "Pasig Harbor Outsourcing",
        "withdrew",
        "2025-08-16",
        ME,
        "Re: Team Leader opening in Ortigas",
        "Hi Sir Mark,\n\nThank you for the opportunity. I have already accepted another offer, so I would like to "
        "withdraw my application with your client. Thank you for your help.\n\nJoy",
        "p1",
    ),
    (
        "Bayanihan Contact Solutions",
        "accepted",
        "2025-08-16",
        ME,
        "Re: Job Offer - Team Leader (Customer Service)",
        "Hi Ms. Rica,\n\nThank you so much! I accept the offer and I will be at the Eastwood site on Monday for the "
        "signing.\n\nJoy Manalo",
        "b2",
    ),
]

_OWN_TO = {
    "Bayanihan Contact Solutions": "Rica Dela Cruz <rica.delacruz@bayanihancs.com.ph>",
    "Pasig Harbor Outsourcing": "Mark Villanueva <markv.recruits@gmail.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "JobStreet <noreply@jobstreet.com.ph>",
        "Recommended jobs for you: Team Leader",
        "alert",
        "Team Leader - Customer Service (Makati); Operations Supervisor (BGC); Quality Analyst (Pasig).",
    ),
    (
        "Kalibrr <no-reply@kalibrr.com>",
        "Jobs you might like this week",
        "alert",
        "Hi Joy! Here are new jobs that match your profile: Workforce Analyst, Team Leader, Trainer.",
    ),
    (
        "GCash <no-reply@gcash.example>",
        "You have received PHP 1,500.00",
        "other",
        "You have received PHP 1,500.00 from JU****O M. Your new balance is available in the app.",
    ),
    (
        "Shopee <info@shopee.example>",
        "9.9 Super Shopping Day is here!",
        "shop",
        "Vouchers up to 50% off. Free shipping nationwide.",
    ),
    (
        "Ate Grace <grace.santos@yahoo.example>",
        "Choir practice Saturday",
        "personal",
        "Hi everyone! Choir practice is moved to Saturday 4 PM. Please bring your folders.",
    ),
    (
        "Hiring Team <hiring.bpo2025@gmail.example>",
        "URGENT HIRING!!! Customer Service Representatives",
        "outreach",
        "We are hiring CSRs for a US account! 22K-25K, with or without experience. Walk in Monday to Saturday.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JOY,
        own_to=_OWN_TO,
        offset="+0800",
        clock="10:20:00",
        neg_start="2025-08-03",
        neg_step=3,
        neg_clock="21:10:00",
        tag="twohundredthirtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
