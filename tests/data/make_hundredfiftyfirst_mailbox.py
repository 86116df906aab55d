"""A hundred-and-fifty-first mailbox, written as a held-out check after the hundred-and-fiftieth (issue #24).

Faisal, a procurement specialist in Dubai, saves his Outlook mail as .eml files.  He applies through Bayt,
GulfTalent, LinkedIn and SuccessFactors; recruiters write "Dear Candidate", ask him to "kindly share" his notice
period and visa status, invite him to a "face-to-face interview", an "interview with the Head of Procurement", send
an "offer letter" and then ask for attested certificates (no step).  His negatives: DEWA, Emirates Skywards, a
bank, Bayt's alerts, an agency's WhatsApp-style pitch, a Dubai Expo newsletter.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

FAISAL = "faisal.rahman.proc@outlook.com"
_ME = f"Faisal Rahman <{FAISAL}>"
_HR = "Meera Nair <meera.nair@desertstarholding.ae>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Desert Star Holding",
        "applied",
        "2025-10-06",
        "Bayt.com <noreply@bayt.com>",
        "Your application has been sent to Desert Star Holding",
        "Dear Faisal,\n\nYour application for Procurement Specialist at Desert Star Holding has been sent successfully. "
        "Good luck!\n\nBayt.com",
        None,
    ),
    (
        "Desert Star Holding",
        "screen",
        "2025-10-09",
        _HR,
        "Procurement Specialist - Desert Star Holding",
        "Dear Candidate,\n\nThank you for your application. Kindly share your current notice period, visa status and "
        "salary expectations, and let me know a suitable time for a short telephonic discussion.\n\nBest regards,\n"
        "Meera Nair\nTalent Acquisition Executive\nDesert Star Holding",
        None,
    ),
    (
        "Desert Star Holding",
        "interview",
        "2025-10-15",
        _HR,
        "RE: Procurement Specialist - Desert Star Holding",
        "Dear Faisal,\n\nFurther to our call, you are invited for a face-to-face interview with the Head of Procurement "
        "on Monday, 20 October at 11:00 AM at our office in Business Bay.\n\nBest regards,\nMeera Nair",
        None,
    ),
    (
        "Desert Star Holding",
        "offer",
        "2025-10-28",
        _HR,
        "Offer Letter - Procurement Specialist",
        "Dear Faisal,\n\nWe are pleased to offer you the position of Procurement Specialist with a total monthly "
        "package of AED 22,000. Please find the offer letter attached and return a signed copy.\n\nBest regards,\n"
        "Meera Nair",
        None,
    ),
    (
        "Desert Star Holding",
        "accepted",
        "2025-10-30",
        _ME,
        "RE: Offer Letter - Procurement Specialist",
        "Dear Meera,\n\nThank you. Please find attached the signed offer letter. My notice period is one month.\n\n"
        "Best regards,\nFaisal",
        _HR,
    ),
    (
        "Gulf Aviation Services",
        "applied",
        "2025-10-07",
        "Gulf Aviation Services <noreply@successfactors.eu>",
        "Application Received - Senior Buyer",
        "Dear Faisal Rahman,\n\nThank you for applying for the Senior Buyer "
        "position at Gulf Aviation Services. Our recruitment team will review your application.",
        None,
    ),
    (
        "Gulf Aviation Services",
        "rejected",
        "2025-10-22",
        "Gulf Aviation Services <noreply@successfactors.eu>",
        "Your application for Senior Buyer",
        "Dear Faisal Rahman,\n\nThank you for your interest in Gulf Aviation "
        "Services. We regret to inform you that we will not be proceeding with your application at this time.",
        None,
    ),
    (
        "Al Noor Facilities",
        "applied",
        "2025-10-08",
        "GulfTalent <jobs@gulftalent.com>",
        "Application submitted: Procurement Officer - Al Noor Facilities",
        "Dear Faisal,\n\nYou have successfully "
        "applied for Procurement Officer at Al Noor Facilities in Abu Dhabi.\n\nGulfTalent",
        None,
    ),
    (
        "Al Noor Facilities",
        "withdrew",
        "2025-10-31",
        _ME,
        "Withdrawal - Procurement Officer",
        "Dear Hiring Team,\n\nI would like to withdraw my application for the Procurement Officer role as I have "
        "accepted another offer.\n\nRegards,\nFaisal Rahman",
        "Al Noor Facilities HR <hr@alnoorfm.ae>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        _HR,
        "Documents required - onboarding",
        "onboarding",
        "Dear Faisal,\n\nKindly share attested copies of your degree certificate, passport copy and Emirates ID for the "
        "visa process.\n\nMeera",
    ),
    ("DEWA <noreply@dewa.gov.ae>", "Your DEWA bill is ready", "other", "Your bill for October is AED 412.50."),
    (
        "Emirates Skywards <skywards@emirates.com>",
        "Your Skywards statement",
        "other",
        "You earned 2,400 Miles this month.",
    ),
    (
        "Emirates NBD <alerts@emiratesnbd.com>",
        "Card transaction alert",
        "other",
        "Your card ending 4412 was used for AED 120.00 at Carrefour.",
    ),
    (
        "Bayt.com <jobs@bayt.com>",
        "New jobs matching your profile",
        "alert",
        "Procurement Manager - Emaar - Dubai. Buyer - Majid Al Futtaim - Dubai. View all jobs.",
    ),
    (
        "Rashid Khan <rashid@gulfmanpower.ae>",
        "Urgent hiring - Procurement Officer - Sharjah",
        "outreach",
        "Dear Sir, urgent requirement for Procurement Officer in Sharjah. Kindly share your CV on WhatsApp if "
        "interested.",
    ),
    (
        "Dubai Chamber <news@dubaichamber.com>",
        "Chamber newsletter - October",
        "newsletter",
        "Upcoming events and trade updates. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Outlook saves them."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=_ME,
        offset="+0400",
        clock="12:35:00",
        neg_start="2025-10-29",
        neg_step=1,
        neg_clock="08:05:00",
        tag="hundredfiftyone",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), FAISAL)
