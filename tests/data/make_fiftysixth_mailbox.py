"""A fifty-sixth mailbox, written as a held-out check after the fifty-fifth's fixes (issue #24).

Thabo, an accountant in Johannesburg, exports Gmail with Takeout.  South African HR English: "you have been
shortlisted", "kindly", "competency-based interview", "psychometric assessment", "regret letter", "your application
was unsuccessful", a reference check that is no step, an "offer of employment"; PNet and CareerJunction confirm
applications, a placement agency submits his CV, banks use Workday and SuccessFactors.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

THABO = "thabo.nkosi.ca@gmail.com"
_ME = f"Thabo Nkosi <{THABO}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Highveld Bank (Workday; shortlisted, a psychometric assessment, a panel interview; an offer he accepts)
    (
        "Highveld Bank",
        "applied",
        "2025-08-04",
        "Highveld Bank <highveldbank@myworkday.com>",
        "Highveld Bank: Application Acknowledgement",
        "Dear Thabo\n\nThank you for your application for the position of Financial Accountant (Req 77102). Your "
        "application is being considered and we will be in contact should you be shortlisted.\n\nHighveld Bank "
        "Talent Acquisition",
        "hb1",
    ),
    (
        "Highveld Bank",
        "interview",
        "2025-08-15",
        "Lerato Mokoena <lerato.mokoena@highveldbank.co.za>",
        "Shortlisted: Financial Accountant - Psychometric Assessment",
        "Dear Thabo\n\nCongratulations, you have been shortlisted for the Financial Accountant position. Kindly "
        "complete the online psychometric assessment (numerical and verbal reasoning) by Wednesday, 20 August.\n\n"
        "Kind regards\nLerato Mokoena\nTalent Acquisition Specialist",
        "hb2",
    ),
    (
        "Highveld Bank",
        "onsite",
        "2025-08-26",
        "Lerato Mokoena <lerato.mokoena@highveldbank.co.za>",
        "Interview Invitation: Financial Accountant",
        "Dear Thabo\n\nFollowing your assessment results, we would like to invite you to a competency-based panel "
        "interview on Tuesday, 2 September at 10:00 at 5 Simmonds Street, Johannesburg. Kindly confirm your "
        "availability.\n\nKind regards\nLerato Mokoena",
        "hb3",
    ),
    (
        "Highveld Bank",
        "offer",
        "2025-09-15",
        "Lerato Mokoena <lerato.mokoena@highveldbank.co.za>",
        "Offer of Employment - Financial Accountant",
        "Dear Thabo\n\nWe are pleased to offer you employment as Financial Accountant at a total cost to company of "
        "R720 000 per annum. Please find the offer letter attached; kindly sign and return it by 19 September.\n\n"
        "Kind regards\nLerato Mokoena",
        "hb4",
    ),
    (
        "Highveld Bank",
        "accepted",
        "2025-09-17",
        _ME,
        "RE: Offer of Employment - Financial Accountant",
        "Dear Lerato\n\nThank you very much. Please find attached my signed offer letter; I am pleased to accept the "
        "offer and look forward to starting on 1 October.\n\nKind regards\nThabo",
        "hb4",
    ),
    # Karoo Mining (SuccessFactors; a regret letter)
    (
        "Karoo Mining",
        "applied",
        "2025-08-05",
        "Karoo Mining Careers <noreply@successfactors.eu>",
        "Thank you for applying to Karoo Mining",
        "Dear Thabo Nkosi\n\nThank you for your interest in the Senior Accountant role at Karoo Mining Limited. We "
        "have received your application.\n\nKaroo Mining Recruitment",
        "km1",
    ),
    (
        "Karoo Mining",
        "rejected",
        "2025-08-29",
        "Karoo Mining Careers <noreply@successfactors.eu>",
        "Regret: Senior Accountant",
        "Dear Thabo Nkosi\n\nThank you for your interest in Karoo Mining. We regret to inform you that your application "
        "for the Senior Accountant position was unsuccessful. We wish you well in your future endeavours.\n\nKaroo "
        "Mining Recruitment",
        "km2",
    ),
    # Jacaranda Retail Group, through a placement agency (the agency submits; the client interviews; no news)
    (
        "Jacaranda Retail Group",
        "applied",
        "2025-08-07",
        "Naledi Dlamini <naledi@summitplacements.co.za>",
        "CV submission - Management Accountant",
        "Hi Thabo\n\nThank you for your time on the phone today. As discussed, I have submitted your CV to my client, "
        "Jacaranda Retail Group, for the Management Accountant position in Sandton. I'll revert as soon as I have "
        "feedback.\n\nRegards\nNaledi Dlamini\nSummit Placements",
        "jr1",
    ),
    (
        "Jacaranda Retail Group",
        "interview",
        "2025-08-14",
        "Naledi Dlamini <naledi@summitplacements.co.za>",
        "RE: CV submission - Management Accountant",
        "Hi Thabo\n\nGood news, the client would like to meet you! Interview with the Financial Manager on Monday 18 "
        "August at 14:00 at their Sandton head office. Please bring certified copies of your qualifications.\n\n"
        "Regards\nNaledi",
        "jr1",
    ),
    (
        "Jacaranda Retail Group",
        "follow_up",
        "2025-09-01",
        _ME,
        "RE: CV submission - Management Accountant",
        "Hi Naledi\n\nI hope you are well. I just wanted to follow up on the Jacaranda interview from the 18th: has the "
        "client given any feedback yet?\n\nRegards\nThabo",
        "jr1",
    ),
    # Umhlanga Logistics (PNet; an interview; a regret by the HR officer)
    (
        "Umhlanga Logistics",
        "applied",
        "2025-08-11",
        "PNet <noreply@pnet.co.za>",
        "Your application has been sent",
        "Hi Thabo\n\nYour application for Cost Accountant at Umhlanga Logistics has been sent successfully. Good luck!"
        "\n\nThe PNet Team",
        "ul1",
    ),
    (
        "Umhlanga Logistics",
        "interview",
        "2025-08-22",
        "Zanele Khumalo <hr@umhlangalogistics.co.za>",
        "Interview - Cost Accountant",
        "Good day Thabo\n\nYou have been shortlisted for an interview for the Cost Accountant position. The interview "
        "will take place via MS Teams on Thursday, 28 August at 11:00. Kindly confirm your attendance.\n\nRegards\n"
        "Zanele Khumalo\nHR Officer",
        "ul2",
    ),
    (
        "Umhlanga Logistics",
        "rejected",
        "2025-09-08",
        "Zanele Khumalo <hr@umhlangalogistics.co.za>",
        "Cost Accountant - Outcome",
        "Good day Thabo\n\nThank you for attending the interview. Unfortunately you were not successful on this "
        "occasion. We will keep your CV on our database for future vacancies.\n\nRegards\nZanele Khumalo\nHR Officer",
        "ul2",
    ),
    # Protea Insurance (CareerJunction; he withdraws after accepting)
    (
        "Protea Insurance",
        "applied",
        "2025-08-18",
        "CareerJunction <noreply@careerjunction.co.za>",
        "Application submitted: Group Accountant",
        "Dear Thabo\n\nYou have successfully applied for Group Accountant at Protea Insurance. The recruiter will "
        "contact you if your application is successful.\n\nCareerJunction",
        "pi1",
    ),
    (
        "Protea Insurance",
        "interview",
        "2025-09-10",
        "Ayesha Patel <ayesha.patel@proteainsurance.co.za>",
        "Group Accountant - Interview",
        "Dear Thabo\n\nThank you for your application. We would like to invite you for a first interview with the "
        "Finance Manager. Kindly advise your availability for next week.\n\nKind regards\nAyesha Patel\nRecruitment "
        "Partner",
        "pi2",
    ),
    (
        "Protea Insurance",
        "withdrew",
        "2025-09-18",
        _ME,
        "RE: Group Accountant - Interview",
        "Dear Ayesha\n\nThank you for the invitation. I have accepted another offer and would therefore like to "
        "withdraw my application. Thank you for your consideration.\n\nKind regards\nThabo",
        "pi2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Lerato Mokoena <lerato.mokoena@highveldbank.co.za>",
        "Reference check - Thabo Nkosi",
        "reference check",
        "Dear Thabo\n\nAs part of the final stage of the process, kindly provide the contact details of two "
        "references, preferably your current and previous line managers.\n\nKind regards\nLerato",
    ),
    (
        "PNet Job Alerts <jobalerts@pnet.co.za>",
        "20 new Accountant jobs in Gauteng",
        "alert",
        "Financial Accountant - Highveld Bank - Johannesburg\nCost Accountant - Umhlanga Logistics - Durban",
    ),
    (
        "SAICA <newsletter@saica.co.za>",
        "Accountancy SA: this month's issue",
        "newsletter",
        "CPD updates, tax season reminders and the latest from the profession. Unsubscribe",
    ),
    (
        "Pieter van Wyk <pieter@talentbridge.co.za>",
        "Opportunity: Financial Manager - Pretoria",
        "outreach",
        "Hi Thabo\n\nI came across your profile on LinkedIn and have a Financial Manager role with a client in "
        "Pretoria. Would you be open to a confidential chat?",
    ),
    (
        "Takealot <orders@takealot.com>",
        "Your order has shipped",
        "shop",
        "Your order #81234 is on its way and should arrive within 3 working days.",
    ),
    (
        "Sipho Nkosi <sipho.nkosi@gmail.com>",
        "Sunday lunch",
        "personal",
        "Bro, come through on Sunday. Mama wants to hear about the interviews.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=THABO,
        own_to={
            "Highveld Bank": "Lerato Mokoena <lerato.mokoena@highveldbank.co.za>",
            "Jacaranda Retail Group": "Naledi Dlamini <naledi@summitplacements.co.za>",
            "Protea Insurance": "Ayesha Patel <ayesha.patel@proteainsurance.co.za>",
        },
        offset="+0200",
        clock="09:15:00",
        neg_start="2025-09-12",
        neg_step=3,
        neg_clock="07:30:00",
        tag="fiftysix",
    )
    for m, truth in msgs:  # the reference check is in the offer's process thread
        if truth[1] == "reference check":
            del m["X-GM-THRID"]
            m["X-GM-THRID"] = "hb3"
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
