"""A two-hundred-and-forty-sixth mailbox, written as a held-out check after the two-hundred-and-forty-fifth
(issue #24).

Wei Ling, a data analyst in Singapore, saved her Outlook mail as .eml files.  Singapore hiring: MyCareersFuture's
receipt, companies written "Pte. Ltd." and "Pte Ltd", "Dear Ms Tan", "you have been shortlisted for an interview",
a "technical test" on HackerRank, a second interview with the "HOD", "we regret to inform you", a "Letter of
Offer" to "revert" on, and a public agency through Careers@Gov.  Negatives: MyCareersFuture's job suggestions,
JobStreet's alerts, SingPass, Shopee, an agency's cold message, a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WEILING = "tan.weiling@hotmail.sg"
ME = f"Tan Wei Ling <{WEILING}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Merlion Analytics",
        "applied",
        "2025-10-06",
        "MyCareersFuture <noreply@mycareersfuture.gov.sg>",
        "Application submitted: Data Analyst",
        "Dear Tan Wei Ling,\n\nYou have successfully applied for Data Analyst at MERLION ANALYTICS PTE. LTD. The "
        "employer will contact you if you are shortlisted.\n\nMyCareersFuture",
        None,
    ),
    (
        "Straits Logistics",
        "applied",
        "2025-10-07",
        "Straits Logistics HR <hr@straitslogistics.com.sg>",
        "Acknowledgement of Application - Data Analyst",
        "Dear Ms Tan,\n\nThank you for your application for the position of Data Analyst. We will review your "
        "application and contact you if you are shortlisted.\n\nBest Regards,\nHuman Resource Department\n"
        "Straits Logistics Pte Ltd",
        None,
    ),
    (
        "Land Transport Authority",
        "applied",
        "2025-10-08",
        "Careers@Gov <no-reply@careers.gov.sg>",
        "Application Received: Data Analyst (Land Transport Authority)",
        "Dear Tan Wei Ling,\n\nThank you for applying for Data Analyst with Land Transport Authority. Your "
        "application has been received. Shortlisted candidates will be notified.\n\nCareers@Gov",
        None,
    ),
    (
        "Merlion Analytics",
        "interview",
        "2025-10-13",
        "Jasmine Lim <jasmine.lim@merlionanalytics.sg>",
        "Interview Invitation - Data Analyst",
        "Dear Ms Tan,\n\nThank you for your interest. You have been shortlisted for an interview for the Data Analyst "
        "position. Before the interview, please complete a technical test on HackerRank by Thursday.\n\nBest "
        "Regards,\nJasmine Lim\nHR Executive\nMerlion Analytics Pte. Ltd.",
        None,
    ),
    (
        "Straits Logistics",
        "rejected",
        "2025-10-15",
        "Straits Logistics HR <hr@straitslogistics.com.sg>",
        "Application for Data Analyst",
        "Dear Ms Tan,\n\nThank you for your interest in Straits Logistics. We regret to inform you that your "
        "application has not been shortlisted. We will keep your resume in our database for future openings.\n\n"
        "Best Regards,\nHuman Resource Department",
        None,
    ),
    (
        "Merlion Analytics",
        "interview",
        "2025-10-20",
        "Jasmine Lim <jasmine.lim@merlionanalytics.sg>",
        "2nd Interview - Data Analyst",
        "Dear Ms Tan,\n\nWe are pleased to invite you to a second interview with our HOD, Mr Rajesh Kumar, on "
        "Friday 24 Oct at 3pm at our office at One-North.\n\nBest Regards,\nJasmine Lim",
        None,
    ),
    (
        "Land Transport Authority",
        "rejected",
        "2025-10-27",
        "Careers@Gov <no-reply@careers.gov.sg>",
        "Update on your application: Data Analyst (Land Transport Authority)",
        "Dear Tan Wei Ling,\n\nThank you for your interest in Land Transport Authority. We regret to inform you that "
        "you have not been selected for the position. We wish you all the best.\n\nCareers@Gov",
        None,
    ),
    (
        "Merlion Analytics",
        "offer",
        "2025-10-30",
        "Jasmine Lim <jasmine.lim@merlionanalytics.sg>",
        "Letter of Offer - Data Analyst",
        "Dear Ms Tan,\n\nWe are pleased to extend to you our Letter of Offer for the position of Data Analyst, as "
        "attached. Kindly revert with your acceptance by 5 Nov.\n\nBest Regards,\nJasmine Lim\nHR Executive",
        None,
    ),
    (
        "Merlion Analytics",
        "accepted",
        "2025-10-31",
        ME,
        "RE: Letter of Offer - Data Analyst",
        "Dear Jasmine,\n\nThank you for the offer. I am pleased to accept and attach the signed Letter of Offer. I "
        "can start on 1 Dec after serving my notice.\n\nBest Regards,\nWei Ling",
        "Jasmine Lim <jasmine.lim@merlionanalytics.sg>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "MyCareersFuture <noreply@mycareersfuture.gov.sg>",
        "Jobs you may be interested in",
        "alert",
        "Data Analyst - Changi; Business Intelligence Analyst - Raffles Place; Data Engineer - Jurong.",
    ),
    (
        "JobStreet <noreply@jobstreet.com.sg>",
        "New jobs for Data Analyst",
        "alert",
        "Data Analyst - Tanjong Pagar; Analytics Executive - Paya Lebar.",
    ),
    (
        "Singpass <noreply@singpass.example>",
        "You have logged in to a government service",
        "other",
        "You logged in to a digital service on 12 Oct 2025 at 9:14 PM.",
    ),
    (
        "Shopee SG <info@shopee.example>",
        "11.11 is coming!",
        "shop",
        "Get ready for the biggest sale of the year.",
    ),
    (
        "Kelvin Ng <kelvin.ng@talentlink.example>",
        "Exciting Data role at an MNC",
        "outreach",
        "Hi Wei Ling, I came across your profile and have a Senior Data Analyst role at a regional MNC. Are you "
        "keen to explore?",
    ),
    (
        "Hui Min <huimin.goh@gmail.example>",
        "Makan this Sat?",
        "personal",
        "Eh, makan at Maxwell this Sat? Chicken rice my treat.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0800",
        clock="10:30:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="21:30:00",
        tag="twohundredfortysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), WEILING)
