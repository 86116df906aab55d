"""A nineteenth mailbox, written as a held-out check after the eighteenth's fixes (issue #24).

Marcus, a data analyst in Sacramento, applies to public agencies, hospitals and large employers and exports
Gmail with Takeout: USAJOBS and NEOGOV (governmentjobs.com) status notices ("referred", "not referred",
"eligible list", "minimum qualifications"), Workday tenants, Oracle Cloud, Avature, Phenom, Eightfold,
Interfolio for a university, a county's own mail, and everyday mail.  Its score before any rule was changed for it
is in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.bell.analytics@gmail.com"
_ME = f"Marcus Bell <{MARCUS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Department of Veterans Affairs (USAJOBS)
    (
        "Department of Veterans Affairs",
        "applied",
        "2025-02-03",
        "USAJOBS <no-reply@usajobs.gov>",
        "Application received: Health System Specialist (Data Analytics)",
        "Marcus, we received your application for Health System Specialist (Data Analytics), announcement "
        "CBTE-12645789, Department of Veterans Affairs. Track your application on USAJOBS.",
        "va1",
    ),
    (
        "Department of Veterans Affairs",
        "screen",
        "2025-02-24",
        "USAJOBS <no-reply@usajobs.gov>",
        "Your application status has been updated",
        "The status of your application for Health System Specialist (Data Analytics), Department of Veterans "
        "Affairs, has changed to: Referred. Your application was referred to the hiring manager for further "
        "consideration.",
        "va2",
    ),
    (
        "Department of Veterans Affairs",
        "rejected",
        "2025-03-31",
        "USAJOBS <no-reply@usajobs.gov>",
        "Your application status has been updated",
        "The status of your application for Health System Specialist (Data Analytics), Department of Veterans "
        "Affairs, has changed to: Not Selected. Another applicant was selected for this position.",
        "va3",
    ),
    # County of Placer (NEOGOV)
    (
        "County of Placer",
        "applied",
        "2025-02-04",
        "County of Placer <noreply@governmentjobs.com>",
        "Thank you for applying: Data Analyst II",
        "Dear Marcus Bell,\n\nThank you for your interest in employment with the County of Placer. This is to confirm "
        "that we have received your application for Data Analyst II. Applications will be screened for minimum "
        "qualifications.\n\nHuman Resources",
        "cp1",
    ),
    (
        "County of Placer",
        "interview",
        "2025-02-20",
        "County of Placer <noreply@governmentjobs.com>",
        "Notice of Examination Results - Data Analyst II",
        "Dear Marcus Bell,\n\nCongratulations! You have passed the minimum qualifications review and are invited to "
        "the oral panel examination on March 4, 2025 at 9:30 AM. Please bring photo identification.\n\nHuman "
        "Resources",
        "cp2",
    ),
    (
        "County of Placer",
        "onsite",
        "2025-03-12",
        "Teresa Alvarez <talvarez@placer.ca.gov>",
        "Data Analyst II - selection interview",
        "Hello Marcus,\n\nYour name was certified from the eligible list and the department would like to invite you "
        "to a selection interview with the division manager at our Auburn office on March 19.\n\nTeresa Alvarez\n"
        "Human Resources Analyst",
        "cp3",
    ),
    (
        "County of Placer",
        "offer",
        "2025-03-27",
        "Teresa Alvarez <talvarez@placer.ca.gov>",
        "Conditional Offer of Employment - Data Analyst II",
        "Hello Marcus,\n\nI am pleased to extend a conditional offer of employment for the position of Data Analyst "
        "II, Step 2 ($38.12/hour), contingent upon a background investigation and pre-employment medical exam.\n\n"
        "Teresa Alvarez",
        "cp4",
    ),
    (
        "County of Placer",
        "accepted",
        "2025-03-28",
        _ME,
        "RE: Conditional Offer of Employment - Data Analyst II",
        "Hi Teresa,\n\nThank you! I accept the conditional offer and will schedule the medical exam this week.\n\n"
        "Best regards,\nMarcus",
        "cp4",
    ),
    # Sutter Valley Health (Workday tenant)
    (
        "Sutter Valley Health",
        "applied",
        "2025-02-05",
        "Sutter Valley Health <suttervalley@myworkday.com>",
        "We've received your application",
        "Hi Marcus,\n\nThanks for your application for Clinical Data Analyst (Job Req R0098812). We'll review your "
        "qualifications and reach out if you're selected to move forward.\n\nTalent Acquisition",
        "sv1",
    ),
    (
        "Sutter Valley Health",
        "rejected",
        "2025-02-28",
        "Sutter Valley Health <suttervalley@myworkday.com>",
        "Regarding your application for Clinical Data Analyst",
        "Hi Marcus,\n\nThank you for your interest in Sutter Valley Health. After reviewing your application, we have "
        "decided to consider other candidates for the Clinical Data Analyst role.\n\nTalent Acquisition",
        "sv2",
    ),
    # Golden State Utilities (Oracle Cloud)
    (
        "Golden State Utilities",
        "applied",
        "2025-02-06",
        "Golden State Utilities <noreply@fa.us2.oraclecloud.com>",
        "Confirmation of Your Job Application",
        "Dear Marcus,\n\nThis email confirms that you applied for Analyst, Load Forecasting (Req 24-1187) at Golden "
        "State Utilities. No further action is needed at this time.",
        "gs1",
    ),
    (
        "Golden State Utilities",
        "interview",
        "2025-02-19",
        "Golden State Utilities <noreply@fa.us2.oraclecloud.com>",
        "Interview Request: Analyst, Load Forecasting",
        "Dear Marcus,\n\nThe hiring team would like to meet with you. Please use the link below to self-schedule a "
        "45-minute virtual interview.",
        "gs2",
    ),
    (
        "Golden State Utilities",
        "rejected",
        "2025-03-14",
        "Golden State Utilities <noreply@fa.us2.oraclecloud.com>",
        "Update on Analyst, Load Forecasting",
        "Dear Marcus,\n\nThank you for interviewing for Analyst, Load Forecasting. The hiring team has selected "
        "another finalist. We appreciate your interest in Golden State Utilities.",
        "gs3",
    ),
    # Pacific Crest University (Interfolio)
    (
        "Pacific Crest University",
        "applied",
        "2025-02-10",
        "Interfolio <noreply@interfolio.com>",
        "Application submitted: Institutional Research Analyst",
        "Your application for Institutional Research Analyst at Pacific Crest University has been submitted "
        "successfully.",
        "pc1",
    ),
    (
        "Pacific Crest University",
        "interview",
        "2025-03-03",
        "Dr. Helen Okafor <hokafor@pacificcrest.edu>",
        "Institutional Research Analyst search",
        "Dear Mr. Bell,\n\nOn behalf of the search committee, I am pleased to invite you to a Zoom interview for the "
        "Institutional Research Analyst position. Please let me know your availability on March 10 or 11.\n\nHelen "
        "Okafor\nChair, Search Committee",
        "pc2",
    ),
    (
        "Pacific Crest University",
        "onsite",
        "2025-03-17",
        "Dr. Helen Okafor <hokafor@pacificcrest.edu>",
        "RE: Institutional Research Analyst search",
        "Dear Mr. Bell,\n\nThe committee would like to invite you for a campus visit, including a presentation of a "
        "recent analysis and meetings with the provost's office.\n\nHelen Okafor",
        "pc2",
    ),
    (
        "Pacific Crest University",
        "withdrew",
        "2025-03-29",
        _ME,
        "RE: Institutional Research Analyst search",
        "Dear Dr. Okafor,\n\nThank you for the invitation. I have accepted a position elsewhere and must withdraw from "
        "the search.\n\nSincerely,\nMarcus Bell",
        "pc2",
    ),
    # Redwood Insurance (Avature), then the person's follow-up
    (
        "Redwood Insurance",
        "applied",
        "2025-02-11",
        "Redwood Insurance Careers <careers@redwoodinsurance.avature.net>",
        "Your Redwood Insurance application",
        "Hello Marcus,\n\nThank you for submitting your application for Pricing Analyst. A recruiter will review your "
        "background against the requirements of the role.\n\nRedwood Insurance Talent Acquisition",
        "ri1",
    ),
    (
        "Redwood Insurance",
        "follow_up",
        "2025-03-04",
        _ME,
        "Pricing Analyst application - Marcus Bell",
        "Hello,\n\nI applied for the Pricing Analyst opening on February 11 and wanted to ask about the timeline for "
        "next steps.\n\nThank you,\nMarcus Bell",
        "ri2",
    ),
    # Cascade Logistics (Phenom, then a recruiter)
    (
        "Cascade Logistics",
        "applied",
        "2025-02-12",
        "Cascade Logistics <no-reply@phenompeople.com>",
        "Thanks for applying to Cascade Logistics!",
        "Hi Marcus, your application for Operations Data Analyst is in. Keep an eye on your inbox for updates.",
        "cl1",
    ),
    (
        "Cascade Logistics",
        "screen",
        "2025-02-18",
        "Brianna Cole <brianna.cole@cascadelogistics.com>",
        "Operations Data Analyst - Cascade Logistics",
        "Hi Marcus,\n\nI'm the recruiter for our Operations Data Analyst opening. Are you available for a 20-minute "
        "phone conversation Thursday or Friday?\n\nBrianna Cole\nTalent Acquisition Partner",
        "cl2",
    ),
    (
        "Cascade Logistics",
        "rejected",
        "2025-03-07",
        "Brianna Cole <brianna.cole@cascadelogistics.com>",
        "RE: Operations Data Analyst - Cascade Logistics",
        "Hi Marcus,\n\nThanks for your patience. The hiring manager has decided to pursue candidates with more "
        "warehouse systems experience, so we won't be moving to the next round.\n\nBrianna",
        "cl2",
    ),
    # Bayview Semiconductor (Eightfold)
    (
        "Bayview Semiconductor",
        "applied",
        "2025-02-14",
        "Bayview Semiconductor <careers@eightfold.ai>",
        "Application Confirmation - Bayview Semiconductor",
        "Dear Marcus, we have successfully received your application for Supply Chain Analyst. Our recruiting team "
        "will be in touch if your qualifications match our needs.",
        "bs1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "USAJOBS <no-reply@usajobs.gov>",
        "New jobs match your saved search",
        "job alert",
        "3 new jobs match your saved search 'data analyst Sacramento'. View jobs.",
    ),
    (
        "CalCareers <calcareers@calhr.ca.gov>",
        "Exam bulletin: Research Data Analyst I",
        "newsletter",
        "A new examination is open: Research Data Analyst I. Take the online assessment to be placed on the "
        "eligible list. Unsubscribe from bulletins.",
    ),
    (
        "GovLoop <newsletter@govloop.com>",
        "How to write a federal resume",
        "newsletter",
        "Tips for USAJOBS resumes and interview questions. Unsubscribe",
    ),
    (
        "DMV <noreply@dmv.ca.gov>",
        "Your REAL ID application",
        "not a job application",
        "Your REAL ID application has been received. Bring your documents to your appointment.",
    ),
    (
        "Jake Morrison <jake.morrison@apexstaffing.com>",
        "Contract Data Analyst - State agency - Sacramento",
        "cold outreach",
        "Hi Marcus, I found your resume on Indeed and have a 6-month contract with a state agency. Would you be "
        "interested in a quick call about it?",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Data Analyst at State of California and 12 more jobs",
        "job alert",
        "Jobs you may be interested in. See all jobs.",
    ),
    (
        "Sacramento Kings <tickets@kings.com>",
        "Exclusive offer: 2-for-1 tickets",
        "shop",
        "Exclusive offer for fans this weekend only. Unsubscribe",
    ),
    (
        "Kaiser Permanente <noreply@kp.org>",
        "Your appointment is confirmed",
        "not about an application",
        "Your video visit with Dr. Chen is confirmed for Feb 26 at 3:00 PM.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Salaries at County of Placer",
        "newsletter",
        "See what Data Analysts earn at County of Placer. Unsubscribe",
    ),
    (
        "Tasha Bell <tasha.bell85@gmail.com>",
        "Good luck Thursday!",
        "not about an application",
        "Good luck at your interview on Thursday! Dinner Saturday to celebrate either way?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MARCUS,
        own_to={
            "County of Placer": "Teresa Alvarez <talvarez@placer.ca.gov>",
            "Pacific Crest University": "Dr. Helen Okafor <hokafor@pacificcrest.edu>",
            "Redwood Insurance": "Redwood Insurance Careers <careers@redwoodinsurance.com>",
        },
        offset="-0800",
        clock="13:05:00",
        neg_start="2025-02-03",
        neg_step=4,
        neg_clock="06:40:00",
        tag="nineteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
