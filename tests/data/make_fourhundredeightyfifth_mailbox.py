"""A four-hundred-and-eighty-fifth mailbox, written as a held-out check after the four-hundred-and-eighty-fourth
(issue #24).

Laura Nguyen, a financial analyst in Phoenix, keeps her search in Gmail and exports it with Takeout.  Large employers'
tracking systems send status notices that say nothing but "log in": Taleo's "There has been an update to your
application. Please log in to view the status", iCIMS's "Your application status has changed" (no step: the portal
holds it), beside their mails that do say it: "Thank you for applying to Intel", "We would like to invite you to
interview with the FP&A team", "we have selected another candidate", "Congratulations! We are pleased to offer you the
position", her "I'm happy to accept", a utility's SuccessFactors receipt and its "your application is still under
review" (a wait), and her thank-you.  Negatives: Indeed's alert, a finance newsletter, Glassdoor's "Companies you may
like", a credit-card offer, Valley Metro and her sister.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LAURA = "laura.nguyen.fpa@gmail.com"
ME = f"Laura Nguyen <{LAURA}>"
INTEL = "Intel Careers <intel@taleo.example>"
BANNER = "Banner Health Careers <careers@bannerhealth.icims.example>"
APS = "APS Careers <careers@successfactors.example>"
RYAN = "Ryan Ortiz <ryan.ortiz@intel.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Intel",
        "applied",
        "2025-06-02",
        INTEL,
        "Thank you for applying to Intel",
        "Dear Laura,\n\nThank you for applying to Intel. We have received your application for Financial Analyst "
        "(JR0271144) in Chandler, AZ.\n\nIntel Talent Acquisition",
        "t-intel",
    ),
    (
        "Banner Health",
        "applied",
        "2025-06-03",
        BANNER,
        "Application confirmation - Senior Financial Analyst",
        "Dear Laura Nguyen,\n\nThis email confirms receipt of your application for Senior Financial Analyst at Banner "
        "Health.\n\nBanner Health Talent Acquisition",
        "t-banner",
    ),
    (
        "Arizona Public Service",
        "applied",
        "2025-06-04",
        APS,
        "Thank you for your application",
        "Dear Laura,\n\nThank you for your application for the position of Financial Analyst II at Arizona Public "
        "Service (APS).\n\nAPS Talent Acquisition",
        "t-aps",
    ),
    (
        "Intel",
        "interview",
        "2025-06-11",
        RYAN,
        "Intel - Financial Analyst interview",
        "Hi Laura,\n\nWe would like to invite you to interview with the FP&A team for the Financial Analyst role. Are "
        "you available Tuesday or Wednesday next week?\n\nRyan Ortiz\nRecruiter, Intel",
        "t-intel2",
    ),
    (
        "Arizona Public Service",
        "reply",
        "2025-06-16",
        APS,
        "Your application for Financial Analyst II",
        "Dear Laura,\n\nThank you for your patience. Your application is still under review, and we expect to contact "
        "candidates by the end of June.\n\nAPS Talent Acquisition",
        "t-aps",
    ),
    (
        "Intel",
        "thank_you",
        "2025-06-18",
        ME,
        "RE: Intel - Financial Analyst interview",
        "Hi Ryan,\n\nThank you for arranging today's interviews - I enjoyed meeting the FP&A team.\n\nBest,\nLaura",
        "t-intel2",
    ),
    (
        "Banner Health",
        "rejected",
        "2025-06-20",
        BANNER,
        "Your application with Banner Health",
        "Dear Laura Nguyen,\n\nThank you for your interest in Banner Health. We have selected another candidate for the "
        "Senior Financial Analyst position.\n\nBanner Health Talent Acquisition",
        "t-banner",
    ),
    (
        "Intel",
        "offer",
        "2025-06-27",
        RYAN,
        "Intel - offer",
        "Hi Laura,\n\nCongratulations! We are pleased to offer you the position of Financial Analyst at Intel. Your offer "
        "letter is available in the candidate portal.\n\nRyan",
        "t-intel3",
    ),
    (
        "Intel",
        "accepted",
        "2025-06-30",
        ME,
        "RE: Intel - offer",
        "Hi Ryan,\n\nI'm happy to accept the offer and have signed it in the portal. Thank you!\n\nLaura",
        "t-intel3",
    ),
]

_NEGATIVES = [
    (
        "Intel Careers <intel@taleo.example>",
        "Update to your application",
        "status notice",
        "Dear Laura,\n\nThere has been an update to your application. Please log in to view the status.\n\nIntel "
        "Talent Acquisition",
    ),
    (
        "Banner Health Careers <careers@bannerhealth.icims.example>",
        "Your application status has changed",
        "status notice",
        "Dear Laura Nguyen,\n\nYour application status has changed. Log in to your candidate profile to view it.",
    ),
    (
        "Indeed <alert@indeed.example>",
        "Financial Analyst jobs in Phoenix, AZ",
        "alert",
        "Financial Analyst - Tempe. FP&A Analyst - Scottsdale. See all jobs.",
    ),
    (
        "CFO Dive <newsletter@cfodive.example>",
        "CFO Dive Daily",
        "newsletter",
        "Today's finance news. Unsubscribe.",
    ),
    (
        "Glassdoor <noreply@glassdoor.example>",
        "Companies you may like",
        "alert",
        "Based on your searches: Honeywell, Microchip, ON Semiconductor.",
    ),
    (
        "Chase <offers@chase.example>",
        "You're pre-approved",
        "shop",
        "Earn 60,000 bonus points.",
    ),
    (
        "Valley Metro <noreply@valleymetro.example>",
        "Your fare receipt",
        "other",
        "Thanks for riding.",
    ),
    (
        "Kim Nguyen <kim.nguyen@gmail.example>",
        "pool",
        "personal",
        "Pool day Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LAURA,
        own_to={"Intel": RYAN},
        offset="-0700",
        clock="10:50:00",
        neg_start="2025-06-06",
        neg_step=3,
        neg_clock="19:05:00",
        tag="fourhundredeightyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
