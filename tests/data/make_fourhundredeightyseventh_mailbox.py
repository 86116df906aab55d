"""A four-hundred-and-eighty-seventh mailbox, written as a held-out check after the four-hundred-and-eighty-sixth
(issue #24).

Rachel Goh, a compliance officer in Singapore, keeps her search in Gmail and exports it with Takeout.  Singapore banks
and agencies: DBS's Workday receipt, OCBC's "Thank you for your interest in OCBC", an agency consultant's "I have
shared your CV with UOB's Compliance team for the AVP role", "UOB would like to arrange a first interview", "UOB is
keen to proceed to the final round with the Head of Compliance", "UOB has confirmed the offer at S$9,500 per month",
her "I am pleased to accept UOB's offer", DBS's "we regret that your application was not successful", OCBC's online
assessment link, and her thanks after the final round.  Negatives: MyCareersFuture's alert, a Business Times
newsletter, a consultant's cold "AVP roles in Compliance", a SkillsFuture course, an EZ-Link top-up and her mother.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RACHEL = "rachel.goh.compliance@gmail.com"
ME = f"Rachel Goh <{RACHEL}>"
BENJAMIN = "Benjamin Tan <benjamin.tan@talentbridge-sg.example>"
OCBC = "OCBC Careers <careers@ocbc.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "DBS Bank",
        "applied",
        "2025-05-05",
        "DBS Bank <dbs@myworkday.com>",
        "Thank you for applying to DBS",
        "Dear Rachel,\n\nThank you for applying for AVP, Regulatory Compliance (R-2025-11482) at DBS Bank. We will review "
        "your application.\n\nDBS Talent Acquisition",
        "t-dbs",
    ),
    (
        "OCBC",
        "applied",
        "2025-05-06",
        OCBC,
        "Thank you for your interest in OCBC",
        "Dear Rachel,\n\nThank you for your interest in OCBC. We have received your application for Compliance Officer, "
        "Financial Crime.\n\nOCBC Group Human Resources",
        "t-ocbc",
    ),
    (
        "UOB",
        "applied",
        "2025-05-07",
        BENJAMIN,
        "AVP Compliance - UOB",
        "Hi Rachel,\n\nThanks for the chat. I have shared your CV with UOB's Compliance team for the AVP role and will "
        "update you once I hear back.\n\nBenjamin Tan\nTalentBridge Singapore",
        "t-uob",
    ),
    (
        "OCBC",
        "interview",
        "2025-05-12",
        OCBC,
        "Next step: online assessment",
        "Dear Rachel,\n\nAs the next step of your application, please complete our online assessment within 5 days using "
        "the link below.\n\nOCBC Group Human Resources",
        "t-ocbc",
    ),
    (
        "UOB",
        "interview",
        "2025-05-13",
        BENJAMIN,
        "RE: AVP Compliance - UOB",
        "Hi Rachel,\n\nGood news - UOB would like to arrange a first interview with the hiring manager on Friday at "
        "3pm.\n\nBenjamin",
        "t-uob",
    ),
    (
        "DBS Bank",
        "rejected",
        "2025-05-15",
        "DBS Bank <dbs@myworkday.com>",
        "Your application with DBS",
        "Dear Rachel,\n\nThank you for your interest. We regret that your application was not successful on this "
        "occasion.\n\nDBS Talent Acquisition",
        "t-dbs",
    ),
    (
        "UOB",
        "onsite",
        "2025-05-21",
        BENJAMIN,
        "RE: AVP Compliance - UOB",
        "Hi Rachel,\n\nUOB is keen to proceed to the final round with the Head of Compliance next Wednesday at their "
        "Raffles Place office.\n\nBenjamin",
        "t-uob",
    ),
    (
        "UOB",
        "thank_you",
        "2025-05-28",
        ME,
        "RE: AVP Compliance - UOB",
        "Hi Benjamin,\n\nThe final round went well - please thank the Head of Compliance for her time today.\n\nRachel",
        "t-uob",
    ),
    (
        "UOB",
        "offer",
        "2025-06-03",
        BENJAMIN,
        "RE: AVP Compliance - UOB",
        "Hi Rachel,\n\nCongratulations! UOB has confirmed the offer at S$9,500 per month plus AWS and bonus. The letter "
        "of offer will follow.\n\nBenjamin",
        "t-uob",
    ),
    (
        "UOB",
        "accepted",
        "2025-06-04",
        ME,
        "RE: AVP Compliance - UOB",
        "Hi Benjamin,\n\nI am pleased to accept UOB's offer. Thank you for your help!\n\nRachel",
        "t-uob",
    ),
]

_NEGATIVES = [
    (
        "MyCareersFuture <noreply@mycareersfuture.example>",
        "New jobs matching Compliance",
        "alert",
        "Compliance Officer - Marina Bay. AVP Compliance - Tanjong Pagar. View jobs.",
    ),
    (
        "The Business Times <newsletter@businesstimes.example>",
        "Morning Briefing",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "Jasmine Lee <jasmine.lee@finsearch-sg.example>",
        "AVP roles in Compliance",
        "outreach",
        "Hi Rachel, I came across your profile. I have a few AVP Compliance roles with foreign banks. Open to a chat?",
    ),
    (
        "SkillsFuture <noreply@skillsfuture.example>",
        "Courses for you",
        "newsletter",
        "Use your SkillsFuture credit. Unsubscribe.",
    ),
    (
        "EZ-Link <noreply@ezlink.example>",
        "Top-up successful",
        "other",
        "Your EZ-Link card was topped up.",
    ),
    (
        "Mum <goh.meiling@gmail.example>",
        "dinner",
        "personal",
        "Come back for dinner on Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RACHEL,
        own_to={"UOB": BENJAMIN},
        offset="+0800",
        clock="09:20:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="21:50:00",
        tag="fourhundredeightyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
