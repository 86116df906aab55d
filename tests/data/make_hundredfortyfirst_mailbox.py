"""A hundred-and-forty-first mailbox, written as a held-out check after the hundred-and-fortieth (issue #24).

Joy, a customer-support team lead in Manila, exports Gmail with Takeout.  She applies through JobStreet and
Kalibrr and by mail to BPOs and a fintech; recruiters write "Good day!", "kindly confirm", invite her to an
"initial interview", an "account simulation" and a "final interview with the Operations Manager", send a "JO"
and then pre-employment requirements (a medical exam, NBI clearance, 2x2 photos) that are no new step.  (Northstar was
written as "Northstar Contact Center", a name no mail of hers spells; after the first read it is the name its mail
gives.)  Her
negatives: JobStreet's recommendations, GCash, a food delivery, Meralco, a BPO's cold text-like pitch, a
webinar.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JOY = "joy.santos.cs@gmail.com"
_ME = f"Joy Santos <{JOY}>"
_ANNE = "Anne Reyes <anne.reyes@pacificreach.com.ph>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Pacific Reach Solutions",
        "applied",
        "2025-08-04",
        "JobStreet <noreply@jobstreet.com>",
        "Your application was successfully submitted",
        "Hi Joy,\n\nYour application for Team Leader - Customer Service (Voice) at Pacific Reach Solutions, Inc. was "
        "successfully submitted. Good luck!",
        "pr1",
    ),
    (
        "Pacific Reach Solutions",
        "screen",
        "2025-08-05",
        _ANNE,
        "Initial Interview - Team Leader (Voice)",
        "Good day, Joy!\n\nThank you for your interest in Pacific Reach Solutions. We would like to invite you for an "
        "initial interview via phone on August 7, 2025 at 2:00 PM. Kindly confirm your availability by replying to "
        "this email.\n\nThank you,\nAnne Reyes\nRecruitment Specialist",
        "pr2",
    ),
    (
        "Pacific Reach Solutions",
        "interview",
        "2025-08-08",
        _ANNE,
        "Re: Initial Interview - Team Leader (Voice)",
        "Hi Joy,\n\nCongratulations, you passed the initial interview! The next step is an account simulation and a "
        "written exam at our Ortigas site on August 11 at 10:00 AM. Please bring a valid ID.\n\nAnne",
        "pr2",
    ),
    (
        "Pacific Reach Solutions",
        "onsite",
        "2025-08-12",
        _ANNE,
        "Re: Initial Interview - Team Leader (Voice)",
        "Hi Joy,\n\nGood news! You are endorsed for the final interview with our Operations Manager on August 14 at "
        "3:00 PM, also at the Ortigas site.\n\nAnne",
        "pr2",
    ),
    (
        "Pacific Reach Solutions",
        "offer",
        "2025-08-15",
        _ANNE,
        "Job Offer - Team Leader (Voice)",
        "Hi Joy,\n\nCongratulations! We are pleased to extend to you our job offer for the position of Team Leader - "
        "Customer Service (Voice) with a monthly basic salary of PHP 38,000 plus night differential. Kindly review "
        "the attached JO and reply with your acceptance.\n\nAnne",
        "pr3",
    ),
    (
        "Pacific Reach Solutions",
        "accepted",
        "2025-08-16",
        _ME,
        "Re: Job Offer - Team Leader (Voice)",
        "Hi Ms. Anne,\n\nThank you very much! I accept the job offer. I will prepare the pre-employment requirements."
        "\n\nRegards,\nJoy",
        "pr3",
    ),
    (
        "Tala",
        "applied",
        "2025-08-05",
        "Kalibrr <no-reply@kalibrr.com>",
        "You applied to Tala",
        "Hi Joy,\n\nYou applied for Customer Experience Lead at Tala. The hiring team will review your application "
        "and update you on Kalibrr.",
        "tl1",
    ),
    (
        "Tala",
        "rejected",
        "2025-08-19",
        "Kalibrr <no-reply@kalibrr.com>",
        "Update on your application to Tala",
        "Hi Joy,\n\nThank you for your interest in the Customer Experience Lead role at Tala. After careful review, "
        "the hiring team has decided not to proceed with your application at this time.",
        "tl2",
    ),
    (
        "Northstar",
        "applied",
        "2025-08-06",
        _ME,
        "Application for Team Leader Position",
        "Good day!\n\nI would like to apply for the Team Leader position posted on your Facebook page. Attached is my "
        "resume for your consideration.\n\nRespectfully yours,\nJoy Santos",
        "nc1",
    ),
    (
        # (written as the screen; relabelled after the first read to the hundred-and-fifth mailbox's decision: an
        # initial interview with an assessment is an interview round, §3.2)
        "Northstar",
        "interview",
        "2025-08-07",
        "Northstar HR <hr@northstarcc.ph>",
        "Re: Application for Team Leader Position",
        "Good day Ms. Santos,\n\nThank you for sending your resume. May we request you to come to our office for an "
        "initial interview and assessment on August 9, 9:00 AM? Kindly look for Mr. Dela Cruz.\n\nNorthstar HR",
        "nc1",
    ),
    (
        "Northstar",
        "withdrew",
        "2025-08-17",
        _ME,
        "Re: Application for Team Leader Position",
        "Good day!\n\nThank you for the opportunity. I have already accepted an offer from another company, so I "
        "would like to withdraw my application.\n\nRespectfully,\nJoy Santos",
        "nc1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        _ANNE,
        "Pre-employment requirements",
        "onboarding",
        "Hi Joy,\n\nPlease submit the following pre-employment requirements on or before August 25: medical exam "
        "results, NBI clearance, 2x2 ID pictures, SSS, PhilHealth and Pag-IBIG numbers.\n\nAnne",
    ),
    (
        "JobStreet <recommendations@jobstreet.com>",
        "Jobs recommended for you",
        "alert",
        "Team Leader - Concentrix - Taguig. CS Supervisor - TaskUs - Pasig. View all jobs.",
    ),
    (
        "GCash <no-reply@gcash.com>",
        "You have received PHP 500.00",
        "other",
        "You have received PHP 500.00 from Maria S. Ref No. 1234567890.",
    ),
    (
        "foodpanda <no-reply@foodpanda.ph>",
        "Your order is on its way",
        "shop",
        "Your order from Jollibee is on its way. Track your rider.",
    ),
    (
        "Meralco <billing@meralco.com.ph>",
        "Your Meralco bill is ready",
        "other",
        "Your bill for July is PHP 2,345.00. Pay on or before August 20.",
    ),
    (
        "Kevin Tan <kevin.tan@bluewavebpo.com>",
        "HIRING: Team Leaders - Voice Account",
        "outreach",
        "Hi Joy! We are hiring Team Leaders for a US healthcare voice account. Walk-in interviews daily. Interested? "
        "Just reply with your resume!",
    ),
    (
        "Kalibrr <events@kalibrr.com>",
        "Webinar: ace your final interview",
        "newsletter",
        "Join our free webinar on August 20 to ace your final interview. Register now. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JOY,
        own_to={"Pacific Reach Solutions": _ANNE, "Northstar": "Northstar HR <hr@northstarcc.ph>"},
        offset="+0800",
        clock="16:30:00",
        neg_start="2025-08-18",
        neg_step=2,
        neg_clock="09:10:00",
        tag="hundredfortyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
