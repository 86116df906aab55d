"""A hundred-and-fourth mailbox, written as a held-out check after the hundred-and-third (issue #24).

Farhan, a senior accountant in Dubai, exports Gmail with Takeout.  Gulf employers write an English of their own:
"we acknowledge receipt of your application", "kindly share your current and expected salary and notice period",
"a brief telephonic discussion", "you have been shortlisted for a face to face interview", "kindly revert with your
acceptance", "your profile has not been shortlisted"; tracking systems (SuccessFactors, Taleo) and a job site's
application mail (Bayt).  Its negatives are his: a job site's alerts and "recruiters viewed your profile", an
identity card's renewal application, a bank's loan offer, a recruitment agency's pitch, a utility's bill.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

FARHAN = "farhan.qureshi.acca@gmail.com"
_ME = f"Farhan Qureshi <{FARHAN}>"
_AN = "Al Noor Holding <alnoorholding@successfactors.eu>"
_RANIA = "Rania Haddad <rania.haddad@alnoorholding.ae>"
_MARINA = "Deepa Menon <hr@marinalogistics.ae>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Al Noor Holding (SuccessFactors, then its HR: shortlisted, a final interview, an offer, accepted)
    (
        "Al Noor Holding",
        "applied",
        "2025-10-05",
        _AN,
        "Application Acknowledgement - Senior Accountant (Req ID 40211)",
        "Dear Farhan Qureshi,\n\nThank you for your interest in Al Noor Holding. We acknowledge receipt of your "
        "application for the position of Senior Accountant (Req ID 40211). Our Talent Acquisition team will review "
        "your profile and contact you if it matches our requirements.\n\nBest Regards,\nAl Noor Holding Careers",
        "an1",
    ),
    (
        "Al Noor Holding",
        "interview",
        "2025-10-14",
        _RANIA,
        "Interview Invitation - Senior Accountant",
        "Dear Farhan,\n\nGreetings from Al Noor Holding!\n\nWe are pleased to inform you that you have been "
        "shortlisted for a face to face interview with our Group Finance Manager on Tuesday, 21st October 2025 at "
        "11:00 AM at our Head Office, Al Maktoum Road, Deira. Kindly bring a copy of your CV and Emirates ID.\n\n"
        "Kindly confirm your availability.\n\nBest Regards,\nRania Haddad\nTalent Acquisition Specialist",
        "an2",
    ),
    (
        "Al Noor Holding",
        "onsite",
        "2025-10-27",
        _RANIA,
        "RE: Interview Invitation - Senior Accountant",
        "Dear Farhan,\n\nFurther to your interview, we would like to invite you for the final interview with our "
        "Group CFO on Monday, 3rd November 2025 at 10:00 AM at the same venue.\n\nBest Regards,\nRania",
        "an2",
    ),
    (
        "Al Noor Holding",
        "offer",
        "2025-11-10",
        _RANIA,
        "Offer Letter - Senior Accountant",
        "Dear Farhan,\n\nFurther to the discussions, please find attached the offer letter for the position of "
        "Senior Accountant. Kindly go through the same and revert with your acceptance by 13th November.\n\nBest "
        "Regards,\nRania Haddad\nTalent Acquisition Specialist",
        "an3",
    ),
    (
        "Al Noor Holding",
        "accepted",
        "2025-11-12",
        _ME,
        "RE: Offer Letter - Senior Accountant",
        "Dear Rania,\n\nThank you for the offer. Please find attached the signed copy of the offer letter as a token "
        "of my acceptance. I will initiate the resignation process with my current employer.\n\nBest Regards,\n"
        "Farhan",
        "an3",
    ),
    # Gulf Horizon Bank (Taleo: a receipt, then "not shortlisted")
    (
        "Gulf Horizon Bank",
        "applied",
        "2025-10-06",
        "Gulf Horizon Bank <gulfhorizon@taleo.net>",
        "Gulf Horizon Bank - Thank you for applying",
        "Dear Farhan,\n\nThank you for applying to the Manager - Financial Reporting position at Gulf Horizon Bank. "
        "Your application has been received successfully and is currently under review.\n\nRegards,\nGulf Horizon "
        "Bank Recruitment Team",
        "gh1",
    ),
    (
        "Gulf Horizon Bank",
        "rejected",
        "2025-10-29",
        "Gulf Horizon Bank <gulfhorizon@taleo.net>",
        "Gulf Horizon Bank - Application Status",
        "Dear Farhan,\n\nThank you for your interest in the Manager - Financial Reporting position. After careful "
        "review, we regret to inform you that your profile has not been shortlisted for the role at this time. We "
        "will retain your details in our database for future vacancies.\n\nRegards,\nGulf Horizon Bank "
        "Recruitment Team",
        "gh1",
    ),
    # Marina Logistics (its HR by mail: his CV sent, a salary-and-notice screen, a phone round, a no)
    (
        "Marina Logistics",
        "applied",
        "2025-10-08",
        _ME,
        "Application for Senior Accountant - Farhan Qureshi",
        "Dear Hiring Team,\n\nPlease find attached my CV for the position of Senior Accountant advertised on "
        "LinkedIn. I am an ACCA member with seven years of experience in the UAE, including VAT and IFRS 16.\n\n"
        "Best Regards,\nFarhan Qureshi\n+971 50 123 4567",
        "ml1",
    ),
    (
        "Marina Logistics",
        "screen",
        "2025-10-12",
        _MARINA,
        "RE: Application for Senior Accountant - Farhan Qureshi",
        "Dear Farhan,\n\nThank you for your application. Kindly share your current salary, expected salary and notice "
        "period. We would also like to have a brief telephonic discussion regarding your profile tomorrow between "
        "2 and 4 PM.\n\nRegards,\nDeepa Menon\nHR Executive, Marina Logistics LLC",
        "ml1",
    ),
    (
        "Marina Logistics",
        "rejected",
        "2025-10-30",
        _MARINA,
        "RE: Application for Senior Accountant - Farhan Qureshi",
        "Dear Farhan,\n\nThank you for your time. We wish to inform you that the management has decided to go ahead "
        "with another candidate for this position. We wish you all the best in your career.\n\nRegards,\nDeepa",
        "ml1",
    ),
    # Desert Rose Hospitality (a job site's application mail; then an assessment; no answer)
    (
        "Desert Rose Hospitality",
        "applied",
        "2025-10-15",
        "Bayt.com <noreply@bayt.com>",
        "Your application has been sent",
        "Dear Farhan,\n\nYour application for Financial Controller at Desert Rose Hospitality has been successfully "
        "submitted. You can track the status of your application from your Bayt account.\n\nThe Bayt.com Team",
        "dr1",
    ),
    (
        "Desert Rose Hospitality",
        "interview",
        "2025-10-22",
        "Desert Rose Hospitality <careers@desertrosehotels.com>",
        "Financial Controller - Online Assessment",
        "Dear Farhan,\n\nWith reference to your application for the Financial Controller role, you are requested to "
        "complete the online personality profile assessment using the link below within 48 hours.\n\nWarm "
        "Regards,\nTalent Acquisition\nDesert Rose Hospitality",
        "dr2",
    ),
    # Falcon Aviation Services (his own application by mail, his follow-up; no answer)
    (
        "Falcon Aviation Services",
        "applied",
        "2025-10-19",
        _ME,
        "CV - Senior Accountant - Farhan Qureshi",
        "Dear Sir/Madam,\n\nI would like to apply for the Senior Accountant vacancy at Falcon Aviation Services. "
        "Please find my CV attached for your kind consideration.\n\nBest Regards,\nFarhan Qureshi",
        "fa1",
    ),
    (
        "Falcon Aviation Services",
        "follow_up",
        "2025-11-02",
        _ME,
        "RE: CV - Senior Accountant - Farhan Qureshi",
        "Dear Sir/Madam,\n\nI am writing to follow up on my application for the Senior Accountant vacancy sent on "
        "19th October. I remain very interested in the role.\n\nBest Regards,\nFarhan Qureshi",
        "fa1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Bayt.com Job Alerts <jobalerts@bayt.com>",
        "15 new Senior Accountant jobs in Dubai",
        "alert",
        "Senior Accountant - Emaar Hospitality - Dubai. Chief Accountant - Al Futtaim - Dubai. Finance Manager - "
        "Majid Al Futtaim - Dubai. Apply now.",
    ),
    (
        "Bayt.com <noreply@bayt.com>",
        "3 recruiters viewed your CV this week",
        "viewed",
        "Good news, Farhan! 3 recruiters viewed your CV this week. Upgrade to Bayt Premium to see who they are.",
    ),
    (
        "ICP Smart Services <noreply@icp.gov.ae>",
        "Application received - Emirates ID renewal",
        "not applied",
        "Your application for Emirates ID renewal (Application No. 784-2025-1234567) has been received and is under "
        "processing. You will be notified once the card is ready.",
    ),
    (
        "Emirates Horizon Bank <offers@ehbank.example>",
        "Pre-approved personal loan of up to AED 250,000",
        "shop",
        "Dear Customer, you are pre-approved for a personal loan at 5.99% flat rate. Apply in minutes through the "
        "app. T&Cs apply. To unsubscribe, reply STOP.",
    ),
    (
        "Karan Malhotra <karan.malhotra@gulfstaffingpartners.example>",
        "Finance Manager opportunity - Abu Dhabi",
        "outreach",
        "Dear Farhan,\n\nGreetings from Gulf Staffing Partners. We are hiring a Finance Manager for a leading "
        "conglomerate in Abu Dhabi (package AED 28-32K). If interested, kindly share your updated CV.\n\nRegards,\n"
        "Karan Malhotra\nSenior Consultant",
    ),
    (
        "DEWA <noreply@dewa.gov.ae>",
        "Your DEWA bill for October 2025",
        "not applied",
        "Your bill for October 2025 of AED 412.30 is now available. Pay easily through the DEWA app.",
    ),
    (
        "GulfTalent <newsletter@gulftalent.com>",
        "Salary trends 2026: what finance professionals earn in the Gulf",
        "newsletter",
        "Our 2026 salary survey is out: finance salaries rose 4% in the UAE. Read the full report. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=FARHAN,
        own_to={
            "Al Noor Holding": _RANIA,
            "Marina Logistics": "Marina Logistics HR <hr@marinalogistics.ae>",
            "Falcon Aviation Services": "Careers <careers@falconaviation.ae>",
        },
        offset="+0400",
        clock="10:40:00",
        neg_start="2025-10-07",
        neg_step=5,
        neg_clock="08:05:00",
        tag="hundredfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
