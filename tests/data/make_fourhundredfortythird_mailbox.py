"""A four-hundred-and-forty-third mailbox, written as a held-out check after the four-hundred-and-forty-second
(issue #24).

Thandiwe Mokoena, a chartered accountant in Cape Town, keeps her search in Gmail and exports it with Takeout.  South
African hiring: PNet's "Your application has been sent" card, a retailer's SuccessFactors receipt that ends "Kindly
note that if you have not been contacted within 30 days of the closing date, please consider your application
unsuccessful" (a receipt, not a rejection), an agency consultant's "I have forwarded your CV to my client, Old
Mutual" and "Old Mutual would like to see you for a first interview", "we regret to advise that you have not been
shortlisted", a competency-based interview, "Please find attached your letter of appointment", and her "I hereby
withdraw my application".  Negatives: PNet's job alert, Careers24's newsletter, SAICA, a recruiter's "are you open to
new opportunities" with a role in it, her bank and her sister.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

THANDI = "thandi.mokoena.ca@gmail.com"
ME = f"Thandiwe Mokoena <{THANDI}>"
NADIA = "Nadia Jacobs <nadia.jacobs@capitalfinrec.example>"
PNET = "PNet <noreply@pnet.example>"
SHOPRITE = "Shoprite Careers <careers@successfactors.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Cape Union Mart",
        "applied",
        "2025-02-03",
        PNET,
        "Your application has been sent",
        "Hi Thandiwe,\n\nYour application for Financial Accountant has been sent to Cape Union Mart.\n\n"
        "Financial Accountant\nCape Union Mart\nCape Town, Western Cape\n\nGood luck!\nThe PNet team",
        "t-cum",
    ),
    (
        "Shoprite",
        "applied",
        "2025-02-04",
        SHOPRITE,
        "Application received: Group Reporting Accountant",
        "Dear Thandiwe,\n\nThank you for your application for the position of Group Reporting Accountant at the "
        "Shoprite Group.\n\nKindly note that if you have not been contacted within 30 days of the closing date, please "
        "consider your application unsuccessful.\n\nShoprite Talent Acquisition",
        "t-shp",
    ),
    (
        "Old Mutual",
        "applied",
        "2025-02-05",
        NADIA,
        "Financial Manager role - CV forwarded",
        "Hi Thandiwe,\n\nThanks for the chat this morning. As discussed, I have forwarded your CV to my client, Old "
        "Mutual, for the Financial Manager role in Pinelands. I will revert as soon as I have feedback.\n\n"
        "Kind regards,\nNadia Jacobs\nSenior Consultant | Capital Finance Recruitment",
        "t-om",
    ),
    (
        "Woolworths",
        "applied",
        "2025-02-06",
        "Woolworths Careers <noreply@woolworths-careers.example>",
        "Thank you for your application",
        "Dear Thandiwe Mokoena\n\nThank you for applying for the Finance Business Partner position at Woolworths. "
        "We have received your application and will review it against the requirements of the role.\n\n"
        "Woolworths Recruitment",
        "t-ww",
    ),
    (
        "Old Mutual",
        "interview",
        "2025-02-12",
        NADIA,
        "RE: Financial Manager role - CV forwarded",
        "Hi Thandiwe,\n\nGood news! Old Mutual would like to see you for a first interview with the Head of Finance. "
        "Are you available on Tuesday 18 February at 10:00?\n\nNadia",
        "t-om",
    ),
    (
        "Cape Union Mart",
        "rejected",
        "2025-02-14",
        "Cape Union Mart HR <hr@capeunionmart.example>",
        "Financial Accountant application",
        "Dear Thandiwe\n\nThank you for your interest in the Financial Accountant position. We regret to advise that "
        "you have not been shortlisted for this position. We wish you well in your job search.\n\nHR Department\n"
        "Cape Union Mart",
        "t-cum2",
    ),
    (
        "Woolworths",
        "interview",
        "2025-02-17",
        "Lerato Dube <leratodube@woolworths.example>",
        "Interview invitation - Finance Business Partner",
        "Dear Thandiwe\n\nFollowing your application, we would like to invite you to a competency-based interview for "
        "the Finance Business Partner position on 24 February at 14:00 at our Woolworths House offices.\n\n"
        "Kind regards\nLerato Dube\nTalent Acquisition",
        "t-ww2",
    ),
    (
        "Old Mutual",
        "thank_you",
        "2025-02-18",
        ME,
        "RE: Financial Manager role - CV forwarded",
        "Hi Nadia,\n\nThe interview went well, thank you for setting it up. Please pass on my thanks to Johan for his "
        "time.\n\nThandi",
        "t-om",
    ),
    (
        "Shoprite",
        "withdrew",
        "2025-02-21",
        ME,
        "Withdrawal of application - Group Reporting Accountant",
        "Dear Talent Acquisition team,\n\nI hereby withdraw my application for the Group Reporting Accountant "
        "position, as I have accepted another opportunity in process.\n\nRegards\nThandiwe Mokoena",
        "t-shp2",
    ),
    (
        "Old Mutual",
        "onsite",
        "2025-02-25",
        NADIA,
        "RE: Financial Manager role - CV forwarded",
        "Hi Thandi,\n\nThey loved you. Old Mutual want you back for a final panel interview with the CFO and two "
        "directors on Monday 3 March.\n\nNadia",
        "t-om",
    ),
    (
        "Woolworths",
        "rejected",
        "2025-03-04",
        "Lerato Dube <leratodube@woolworths.example>",
        "RE: Interview invitation - Finance Business Partner",
        "Dear Thandiwe\n\nThank you for attending the interview. After careful consideration, we have decided to "
        "proceed with another candidate whose experience more closely matches our needs.\n\nLerato",
        "t-ww2",
    ),
    (
        "Old Mutual",
        "offer",
        "2025-03-07",
        "Old Mutual Recruitment <recruitment@oldmutual.example>",
        "Letter of appointment",
        "Dear Ms Mokoena\n\nFurther to your interview, please find attached your letter of appointment for the "
        "position of Financial Manager. Kindly sign and return it by 14 March 2025.\n\nOld Mutual Recruitment",
        "t-om2",
    ),
    (
        "Old Mutual",
        "accepted",
        "2025-03-10",
        ME,
        "RE: Letter of appointment",
        "Dear Recruitment team\n\nPlease find attached my signed letter of appointment. I am delighted to accept and "
        "look forward to starting on 1 April.\n\nKind regards\nThandiwe Mokoena",
        "t-om2",
    ),
]

_NEGATIVES = [
    (
        "PNet Job Alerts <alerts@pnet.example>",
        "12 new Accountant jobs in Cape Town",
        "alert",
        "Financial Accountant - Bellville. Management Accountant - Century City. Apply now.",
    ),
    (
        "Careers24 <news@careers24.example>",
        "Salary guide 2025: what finance professionals earn",
        "newsletter",
        "Read our salary survey. Unsubscribe.",
    ),
    (
        "SAICA <members@saica.example>",
        "CPD declaration reminder",
        "other",
        "Please declare your CPD hours for 2024.",
    ),
    (
        "Pieter van Wyk <pieter@talentbridge.example>",
        "Financial Controller opportunity - Stellenbosch",
        "outreach",
        "Hi Thandiwe, I came across your profile on LinkedIn. I'm recruiting for a Financial Controller at a wine "
        "estate in Stellenbosch. Are you open to new opportunities? Happy to chat.",
    ),
    (
        "FNB <statements@fnb.example>",
        "Your February statement",
        "other",
        "Your statement is ready.",
    ),
    (
        "Zanele Mokoena <zanele.m@gmail.example>",
        "Sunday lunch",
        "personal",
        "Mama says lunch at 1. Bring the malva pudding!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=THANDI,
        own_to={
            "Old Mutual": NADIA,
            "Shoprite": SHOPRITE,
        },
        offset="+0200",
        clock="09:40:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="20:15:00",
        tag="fourhundredfortythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
