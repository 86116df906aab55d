"""A four-hundred-and-sixty-fifth mailbox, written as a held-out check after the four-hundred-and-sixty-fourth (issue
#24).

Chiamaka Obi, an accountant in Lagos, keeps her search in Gmail and exports it with Takeout.  Nigerian hiring:
Jobberman's "Your application has been sent to Stanbic IBTC", a bank's "Invitation for Aptitude Test" (an assessment
round), "You have been shortlisted for the final interview", "Offer of Employment", an HR consultancy's "We have
forwarded your CV to our client, a leading cement manufacturer" and later "Our client, Dangote Cement, has invited
you for an interview at their Ikoyi office", "the client has decided not to proceed", a telecom's "We regret to
inform you that you were not successful", her "I wish to accept the offer of employment" and her "I write to follow
up on my application".  Negatives: Jobberman's alert, a newsletter, a "pay to get hired" scam, ICAN's notice, a bank
debit alert and her brother.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AMAKA = "chiamaka.obi.aca@gmail.com"
ME = f"Chiamaka Obi <{AMAKA}>"
TUNDE = "Tunde Bakare <tunde.bakare@workforcepartners-ng.example>"
STANBIC = "Stanbic IBTC Recruitment <recruitment@stanbicibtc.example>"
MTN = "MTN Nigeria Careers <careers@mtn.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Stanbic IBTC",
        "applied",
        "2025-05-05",
        "Jobberman <noreply@jobberman.example>",
        "Your application has been sent",
        "Hi Chiamaka,\n\nYour application for Financial Accountant has been sent to Stanbic IBTC.\n\nBest of luck!\n"
        "Jobberman",
        "t-stb",
    ),
    (
        "Dangote Cement",
        "applied",
        "2025-05-06",
        TUNDE,
        "Financial Accountant - client submission",
        "Dear Chiamaka,\n\nThank you for your interest. We have forwarded your CV to our client, a leading cement "
        "manufacturer, for the Financial Accountant position. We will get back to you shortly.\n\nRegards,\nTunde "
        "Bakare\nWorkforce Partners Nigeria",
        "t-dan",
    ),
    (
        "MTN Nigeria",
        "applied",
        "2025-05-07",
        MTN,
        "Application received - Senior Accountant",
        "Dear Chiamaka Obi,\n\nThank you for applying for the Senior Accountant role at MTN Nigeria. We have received "
        "your application.\n\nMTN Nigeria Talent Acquisition",
        "t-mtn",
    ),
    (
        "Stanbic IBTC",
        "interview",
        "2025-05-12",
        STANBIC,
        "Invitation for Aptitude Test",
        "Dear Chiamaka,\n\nFollowing your application for the Financial Accountant role, you are invited for an aptitude "
        "test on Friday, 16 May 2025 at our Marina office by 9:00am.\n\nStanbic IBTC Recruitment",
        "t-stb2",
    ),
    (
        "Dangote Cement",
        "interview",
        "2025-05-14",
        TUNDE,
        "RE: Financial Accountant - client submission",
        "Dear Chiamaka,\n\nGood news. Our client, Dangote Cement, has invited you for an interview at their Ikoyi office "
        "on Monday, 19 May at 11am.\n\nRegards,\nTunde",
        "t-dan",
    ),
    (
        "MTN Nigeria",
        "rejected",
        "2025-05-16",
        MTN,
        "Senior Accountant - update",
        "Dear Chiamaka Obi,\n\nWe regret to inform you that you were not successful for the Senior Accountant role. We "
        "wish you the best in your career.\n\nMTN Nigeria Talent Acquisition",
        "t-mtn",
    ),
    (
        "Stanbic IBTC",
        "onsite",
        "2025-05-21",
        STANBIC,
        "Final Interview - Financial Accountant",
        "Dear Chiamaka,\n\nCongratulations! You have been shortlisted for the final interview with the panel on 27 May "
        "2025 at 10:00am.\n\nStanbic IBTC Recruitment",
        "t-stb2",
    ),
    (
        "Dangote Cement",
        "follow_up",
        "2025-05-26",
        ME,
        "RE: Financial Accountant - client submission",
        "Dear Tunde,\n\nI write to follow up on my application following the interview with Dangote Cement last week. "
        "I remain very interested.\n\nRegards,\nChiamaka",
        "t-dan",
    ),
    (
        "Dangote Cement",
        "rejected",
        "2025-05-28",
        TUNDE,
        "RE: Financial Accountant - client submission",
        "Dear Chiamaka,\n\nThank you for your patience. The client has decided not to proceed with your application at "
        "this time.\n\nRegards,\nTunde",
        "t-dan",
    ),
    (
        "Stanbic IBTC",
        "offer",
        "2025-06-03",
        STANBIC,
        "Offer of Employment",
        "Dear Chiamaka,\n\nWe are pleased to offer you employment as Financial Accountant. Please find attached your "
        "offer letter.\n\nStanbic IBTC Recruitment",
        "t-stb3",
    ),
    (
        "Stanbic IBTC",
        "accepted",
        "2025-06-05",
        ME,
        "RE: Offer of Employment",
        "Dear Sir/Ma,\n\nI wish to accept the offer of employment as Financial Accountant. Attached is my signed "
        "acceptance.\n\nYours faithfully,\nChiamaka Obi",
        "t-stb3",
    ),
]

_NEGATIVES = [
    (
        "Jobberman <alerts@jobberman.example>",
        "New Accounting jobs in Lagos",
        "alert",
        "Accountant - Victoria Island. Audit Associate - Ikeja. Apply now.",
    ),
    (
        "BusinessDay <newsletter@businessday.example>",
        "Morning Brief",
        "newsletter",
        "Today's business news. Unsubscribe.",
    ),
    (
        "Global Jobs Placement <hr@globaljobsplacement.example>",
        "Congratulations! You have been selected",
        "outreach",
        "Dear Applicant, you have been selected for a job in Canada. Pay the processing fee of N50,000 to confirm your "
        "slot.",
    ),
    (
        "ICAN <members@ican.example>",
        "MCPE registration now open",
        "other",
        "Register for the Mandatory Continuing Professional Education.",
    ),
    (
        "GTBank <alerts@gtbank.example>",
        "Debit Alert",
        "other",
        "Your account has been debited with N5,000.",
    ),
    (
        "Emeka Obi <emeka.obi@gmail.example>",
        "Mummy's birthday",
        "personal",
        "Don't forget mummy's birthday on Saturday.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AMAKA,
        own_to={"Dangote Cement": TUNDE, "Stanbic IBTC": STANBIC},
        offset="+0100",
        clock="09:05:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="20:50:00",
        tag="fourhundredsixtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
