"""A hundred-and-fifth mailbox, written as a held-out check after the hundred-and-fourth (issue #24).

Joanna, a customer-support team lead in Quezon City, saves her Outlook mail as .eml files and zips the folder to
move it between laptops (no labels, no Delivered-To; her own mail in "Sent Items").  Philippine employers write in
their own English: "your application is now being processed", "you are invited for an initial interview and
exam at our Ortigas site", "walk-in", "you have passed the initial interview", "final interview with our
Operations Manager", "job offer signing", "kindly prepare your pre-employment requirements (NBI clearance, SSS,
PhilHealth, Pag-IBIG)", "we regret to inform you that you did not pass the assessment"; JobStreet and Kalibrr
relay applications.  Its negatives are hers: job sites' alerts, a wallet's promotion, the social-security
agency's posting notice, a BPO recruiter's pitch, a friend's "congrats sa JO!".  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

JOANNA = "joanna.delacruz.cs@outlook.com"
_ME = f"Joanna Dela Cruz <{JOANNA}>"
_MIA = "Mia Santos <mia.santos@bluepeakcx.com.ph>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # BluePeak CX (a BPO: initial interview and exam at its site, final interview, job offer signing, accepted)
    (
        "BluePeak CX",
        "applied",
        "2025-07-07",
        "BluePeak CX Recruitment <recruitment@bluepeakcx.com.ph>",
        "Application Received - Team Leader, Customer Support",
        "Hi Joanna,\n\nThank you for your interest in joining BluePeak CX! Your application for Team Leader, "
        "Customer Support is now being processed. Our recruitment team will get in touch with you for the next "
        "steps.\n\nBluePeak CX Recruitment",
        None,
    ),
    (
        "BluePeak CX",
        "interview",
        "2025-07-09",
        _MIA,
        "Initial Interview and Exam - Team Leader",
        "Hi Joanna,\n\nGood day! You are invited for an initial interview and exam at our Ortigas site on Friday, "
        "July 11, 2025 at 10:00 AM. Please bring a valid ID and a copy of your resume. Look for Mia at the "
        "recruitment hub on the 8th floor.\n\nThank you,\nMia Santos\nRecruitment Specialist, BluePeak CX",
        None,
    ),
    (
        "BluePeak CX",
        "onsite",
        "2025-07-14",
        _MIA,
        "RE: Initial Interview and Exam - Team Leader",
        "Hi Joanna,\n\nCongratulations, you have passed the initial interview and exam! We would like to schedule "
        "your final interview with our Operations Manager on Wednesday, July 16 at 2:00 PM via Microsoft Teams.\n\n"
        "Thank you,\nMia",
        None,
    ),
    (
        "BluePeak CX",
        "offer",
        "2025-07-18",
        _MIA,
        "Job Offer Signing - Team Leader, Customer Support",
        "Hi Joanna,\n\nWe are happy to inform you that you passed the final interview! Please come to our Ortigas "
        "site on Monday, July 21 at 9:00 AM for your job offer signing. Kindly also prepare your pre-employment "
        "requirements: NBI clearance, SSS, PhilHealth and Pag-IBIG numbers, and your certificate of employment.\n\n"
        "Thank you,\nMia Santos",
        None,
    ),
    (
        "BluePeak CX",
        "accepted",
        "2025-07-21",
        _ME,
        "RE: Job Offer Signing - Team Leader, Customer Support",
        "Hi Mia,\n\nThank you! I signed the job offer this morning and I will submit the remaining requirements "
        "on Wednesday.\n\nRegards,\nJoanna",
        _MIA,
    ),
    # Meridian Shared Services (JobStreet's relay; an online assessment; "did not pass")
    (
        "Meridian Shared Services",
        "applied",
        "2025-07-08",
        "JobStreet <noreply@jobstreet.com.ph>",
        "Your application was successfully submitted",
        "Hi Joanna, your application for Customer Service Team Leader at Meridian Shared Services was successfully "
        "submitted. Good luck!",
        None,
    ),
    (
        "Meridian Shared Services",
        "interview",
        "2025-07-10",
        "Meridian Shared Services Talent Acquisition <talent@meridianss.ph>",
        "Online Assessment - Customer Service Team Leader",
        "Dear Joanna,\n\nThank you for applying to Meridian Shared Services. As part of our hiring process, please "
        "take the online English and logical reasoning assessment using the link below within 3 days.\n\nMeridian "
        "Shared Services Talent Acquisition",
        None,
    ),
    (
        "Meridian Shared Services",
        "rejected",
        "2025-07-16",
        "Meridian Shared Services Talent Acquisition <talent@meridianss.ph>",
        "Assessment Result - Customer Service Team Leader",
        "Dear Joanna,\n\nThank you for taking our assessment. We regret to inform you that you did not pass the "
        "required score for this position. You may re-apply after six months.\n\nMeridian Shared Services Talent "
        "Acquisition",
        None,
    ),
    # Lakan Fintech (Kalibrr's relay; a phone screen; then she withdraws)
    (
        "Lakan Fintech",
        "applied",
        "2025-07-11",
        "Kalibrr <no-reply@kalibrr.com>",
        "You applied to Lakan Fintech",
        "Hi Joanna! You applied for Customer Experience Lead at Lakan Fintech. We'll let you know when the company "
        "updates your application status.",
        None,
    ),
    (
        "Lakan Fintech",
        "screen",
        "2025-07-15",
        "Paolo Reyes <paolo.reyes@lakanfintech.ph>",
        "Customer Experience Lead - phone interview",
        "Hi Joanna,\n\nThanks for applying to Lakan Fintech through Kalibrr. Are you available for a 15-minute "
        "phone interview tomorrow afternoon? I'd like to go over your experience and your salary expectations.\n\n"
        "Paolo Reyes\nTalent Acquisition, Lakan Fintech",
        None,
    ),
    (
        "Lakan Fintech",
        "withdrew",
        "2025-07-22",
        _ME,
        "RE: Customer Experience Lead - phone interview",
        "Hi Paolo,\n\nThank you for your time last week. I have already accepted a job offer, so I would like to "
        "withdraw my application. Thank you and more power to Lakan Fintech!\n\nJoanna",
        "Paolo Reyes <paolo.reyes@lakanfintech.ph>",
    ),
    # Sampaguita Health (its own careers mail: a walk-in invitation; no answer after)
    (
        "Sampaguita Health",
        "applied",
        "2025-07-12",
        "Sampaguita Health HR <hr@sampaguitahealth.ph>",
        "Thank you for applying",
        "Hi Joanna,\n\nWe have received your application for Patient Care Coordinator. Shortlisted applicants will "
        "be contacted within two weeks.\n\nSampaguita Health HR",
        None,
    ),
    (
        "Sampaguita Health",
        "interview",
        "2025-07-17",
        "Sampaguita Health HR <hr@sampaguitahealth.ph>",
        "Invitation: Walk-in Interview",
        "Hi Joanna,\n\nYou are shortlisted! Please walk in for an interview at our Makati office any day from "
        "July 21 to 25, 9:00 AM to 3:00 PM. Bring two copies of your resume.\n\nSampaguita Health HR",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "JobStreet <jobalerts@jobstreet.com.ph>",
        "20 new jobs for Team Leader in Metro Manila",
        "alert",
        "Team Leader - Customer Service - Taguig. Operations Supervisor - Pasig. Quality Analyst - Makati. View all "
        "jobs.",
    ),
    (
        "GCash <promos@gcash.example>",
        "Get ₱50 cashback on your bills!",
        "shop",
        "Pay your bills with GCash this July and get ₱50 cashback. Terms apply. Unsubscribe",
    ),
    (
        "SSS <noreply@sss.gov.ph>",
        "Your contribution has been posted",
        "not applied",
        "Your contribution for June 2025 has been posted to your SSS record. Log in to My.SSS to view your records.",
    ),
    (
        "Carla Ramos <carla.ramos@talentbridgeph.example>",
        "WFH Team Leader role - ₱55K",
        "outreach",
        "Hi Joanna! I'm hiring for our client, a US healthcare BPO, for a work-from-home Team Leader role (₱55K). "
        "Are you open to a quick call this week?\n\nCarla\nTalent Bridge PH",
    ),
    (
        "Kalibrr <newsletter@kalibrr.com>",
        "5 tips to ace your final interview",
        "newsletter",
        "From the STAR method to the questions you should ask: how to prepare for a final interview. Unsubscribe",
    ),
    (
        "Bea Villanueva <bea.villanueva92@gmail.com>",
        "congrats sa JO!!",
        "personal",
        "Congrats sa JO, bes!!! So proud of you. Libre mo kami ha, Friday dinner?",
    ),
    (
        "Kalibrr <no-reply@kalibrr.com>",
        "Recruiters are looking at your profile",
        "viewed",
        "3 recruiters viewed your profile this week. Complete your profile to stand out.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (her own sent to ``to``), then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="+0800",
        clock="09:50:00",
        neg_start="2025-07-08",
        neg_step=3,
        neg_clock="18:20:00",
        tag="hundredfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files and zip them (``Inbox/``, ``Sent Items/``); return the .zip."""
    from mail_score import write_outlook

    root = write_outlook(Path(folder) / "outlook", msgs if msgs is not None else messages(), JOANNA)
    path = Path(folder) / "Joanna mail.zip"
    with zipfile.ZipFile(path, "w") as z:
        for f in sorted(root.rglob("*.eml")):
            z.write(f, f.relative_to(root))
    return path
