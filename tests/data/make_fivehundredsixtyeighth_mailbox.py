"""A five-hundred-and-sixty-eighth mailbox, written as a held-out check after the five-hundred-and-sixty-seventh (issue
#24).

Wei Ling Tan, a marketing manager in Singapore, keeps her search in Gmail and exports it with Takeout. Singapore hires
through MyCareersFuture, JobStreet and agencies, in brisk English: MyCareersFuture's "Your application for Marketing
Manager has been submitted to GRAB HOLDINGS", JobStreet's "Your application was sent to Shopee", a Robert Walters
consultant's "I have shared your CV with my client, DBS Bank, for the Regional Marketing Manager role", Grab's "We
would like to invite you for a virtual interview with the hiring manager", "DBS would like to proceed with a first
interview", Shopee's "we regret to inform you that your application was not successful", "DBS is keen to meet you for
a final round with the Managing Director at MBFC", the consultant's "DBS is pleased to extend an offer", her "Noted
with thanks, I'm happy to accept", and Grab's "the position has been filled". Negatives: JobStreet's alert, a
marketing newsletter, a second agency's cold mail, Grab's own ride receipt (a company she applied to), LinkedIn's
"viewed your profile" and her mother. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WEILING = "weiling.tan.mktg@gmail.com"
ME = f"Tan Wei Ling <{WEILING}>"
MCF = "MyCareersFuture <noreply@mycareersfuture.example>"
JOBSTREET = "JobStreet <noreply@jobstreet.example>"
MELISSA = "Melissa Ong <melissa.ong@robertwalters.example>"
GRAB = "Grab Talent Acquisition <talent@grab.example>"
SHOPEE = "Shopee Careers <careers@shopee.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Grab",
        "applied",
        "2025-03-03",
        MCF,
        "Application submitted",
        "Dear Tan Wei Ling,\n\nYour application for Marketing Manager has been submitted to GRAB HOLDINGS. The employer "
        "will contact you if you are shortlisted.\n\nMyCareersFuture",
        "t-grab",
    ),
    (
        "Shopee",
        "applied",
        "2025-03-04",
        JOBSTREET,
        "Your application was sent to Shopee",
        "Hi Wei Ling,\n\nYour application was sent to Shopee.\n\nBrand Marketing Manager\nShopee\nSingapore\n\nGood "
        "luck!\nJobStreet",
        "t-shopee",
    ),
    (
        "DBS Bank",
        "applied",
        "2025-03-05",
        MELISSA,
        "Regional Marketing Manager - DBS",
        "Hi Wei Ling,\n\nThanks for your time today. As discussed, I have shared your CV with my client, DBS Bank, for "
        "the Regional Marketing Manager role. Will update once I hear back.\n\nBest regards,\nMelissa Ong\nManager, "
        "Sales & Marketing, Robert Walters Singapore",
        "t-dbs",
    ),
    (
        "Grab",
        "interview",
        "2025-03-10",
        GRAB,
        "Interview invitation - Marketing Manager",
        "Dear Wei Ling,\n\nThank you for your application. We would like to invite you for a virtual interview with the "
        "hiring manager on 13 March at 3pm (SGT). Kindly confirm your availability.\n\nGrab Talent Acquisition",
        "t-grab2",
    ),
    (
        "DBS Bank",
        "interview",
        "2025-03-11",
        MELISSA,
        "RE: Regional Marketing Manager - DBS",
        "Hi Wei Ling,\n\nGood news - DBS would like to proceed with a first interview with the Head of Regional "
        "Marketing. Are you available Friday 10am?\n\nMelissa",
        "t-dbs",
    ),
    (
        "Shopee",
        "rejected",
        "2025-03-12",
        SHOPEE,
        "Your application with Shopee",
        "Dear Wei Ling,\n\nThank you for your interest in Shopee. We regret to inform you that your application was not "
        "successful.\n\nShopee Careers",
        "t-shopee2",
    ),
    (
        "DBS Bank",
        "onsite",
        "2025-03-19",
        MELISSA,
        "RE: Regional Marketing Manager - DBS",
        "Hi Wei Ling,\n\nDBS is keen to meet you for a final round with the Managing Director at their MBFC office next "
        "Tuesday.\n\nMelissa",
        "t-dbs",
    ),
    (
        "DBS Bank",
        "offer",
        "2025-03-28",
        MELISSA,
        "RE: Regional Marketing Manager - DBS",
        "Hi Wei Ling,\n\nCongratulations! DBS is pleased to extend an offer: SGD 9,500 per month plus AWS and bonus. "
        "Let me know your thoughts.\n\nMelissa",
        "t-dbs",
    ),
    (
        "DBS Bank",
        "accepted",
        "2025-03-29",
        ME,
        "RE: Regional Marketing Manager - DBS",
        "Hi Melissa,\n\nNoted with thanks, I'm happy to accept the offer. Please convey my thanks to the team.\n\nWei "
        "Ling",
        "t-dbs",
    ),
    (
        "Grab",
        "rejected",
        "2025-04-02",
        GRAB,
        "Marketing Manager - update",
        "Dear Wei Ling,\n\nThank you for interviewing with us. We would like to inform you that the position has been "
        "filled.\n\nGrab Talent Acquisition",
        "t-grab3",
    ),
]

_NEGATIVES = [
    (
        "JobStreet <alerts@jobstreet.example>",
        "New jobs for you: Marketing Manager",
        "alert",
        "Marketing Manager - Singapore. Brand Manager - Singapore. View jobs.",
    ),
    (
        "Marketing-Interactive <newsletter@marketing-interactive.example>",
        "Today's marketing news",
        "newsletter",
        "The latest from Asia. Unsubscribe.",
    ),
    (
        "Jason Lim <jason.lim@michaelpage.example>",
        "Head of Marketing - fintech",
        "outreach",
        "Hi Wei Ling, I'm recruiting a Head of Marketing for a fintech client. Open to a confidential chat?",
    ),
    (
        "Grab <no-reply@grab.example>",
        "Your Grab E-Receipt",
        "shop",
        "Thanks for riding with Grab. Total: S$18.40.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.example>",
        "5 people viewed your profile",
        "notification",
        "See who viewed your profile. Unsubscribe.",
    ),
    (
        "Mum <mei.tan@singnet.example>",
        "dinner",
        "personal",
        "Come home for dinner on Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=WEILING,
        own_to={"DBS Bank": MELISSA},
        offset="+0800",
        clock="10:15:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:50:00",
        tag="fivehundredsixtyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
