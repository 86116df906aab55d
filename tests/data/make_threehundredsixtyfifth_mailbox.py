"""A three-hundred-and-sixty-fifth mailbox, written as a held-out check after the three-hundred-and-sixty-fourth
(issue #24).

Olivia, a lateral associate in Chicago, reads her mail in Outlook and saves it as .eml files.  Legal recruiting as it
writes: a legal search firm's "Per our conversation, I submitted you to Whitmore Kane LLP's corporate group" and "I
also sent your materials to an AmLaw 50 firm's private equity practice (they prefer I not name them until they
express interest)", "Good news - the firm is Ashby Laurent LLP and the hiring partner would like to speak with you
Thursday", "Whitmore passed", "Ashby Laurent would like to bring you in for a full day of callback interviews",
"they've extended an offer at the class of 2021 scale", her "I'm thrilled to accept"; and an in-house role applied to
directly through Workday, with its interview and refusal.  Negatives: a Law360 newsletter, a bar association notice, a
Lateral Link cold outreach, a Divvy bike receipt, a Nordstrom sale, her sister.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLIVIA = "olivia.chen.law@outlook.com"
ME = f"Olivia Chen <{OLIVIA}>"
REC = "Jessica Hale <jhale@halelegalsearch.com>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Whitmore Kane",
        "applied",
        "2025-10-06",
        REC,
        "Submitted - Whitmore Kane",
        "Olivia,\n\nPer our conversation, I submitted you to Whitmore Kane LLP's corporate group this morning. I'll "
        "let you know as soon as I hear back.\n\nBest,\nJessica Hale\nHale Legal Search",
        None,
    ),
    (
        "Ashby Laurent",
        "applied",
        "2025-10-07",
        REC,
        "PE associate opportunity",
        "Olivia,\n\nI also sent your materials to an AmLaw 50 firm's private equity practice this afternoon. They prefer "
        "I not name them until they express interest.\n\nJessica",
        None,
    ),
    (
        "Lakefront Industries",
        "applied",
        "2025-10-08",
        "Lakefront Industries <lakefront@myworkday.com>",
        "Thank you for applying - Senior Counsel, M&A",
        "Dear Olivia,\n\nThank you for applying for the Senior Counsel, M&A position at Lakefront Industries. We have "
        "received your application.\n\nLakefront Industries Talent Acquisition",
        None,
    ),
    (
        "Ashby Laurent",
        "interview",
        "2025-10-14",
        REC,
        "RE: PE associate opportunity",
        "Olivia,\n\nGood news - the firm is Ashby Laurent LLP and the hiring partner would like to speak with you "
        "Thursday at 4pm by Zoom.\n\nJessica",
        None,
    ),
    (
        "Whitmore Kane",
        "rejected",
        "2025-10-15",
        REC,
        "RE: Submitted - Whitmore Kane",
        "Olivia,\n\nWhitmore passed - they're looking for someone with more fund formation work. On to the next.\n\n"
        "Jessica",
        None,
    ),
    (
        "Lakefront Industries",
        "interview",
        "2025-10-16",
        "Robert Kim <robert.kim@lakefrontind.com>",
        "Senior Counsel, M&A - interview",
        "Dear Olivia,\n\nThank you for your application. Our General Counsel would like to interview you next Monday at "
        "10am at our offices on Wacker Drive.\n\nRobert Kim\nDirector, Legal Operations",
        None,
    ),
    (
        "Ashby Laurent",
        "onsite",
        "2025-10-20",
        REC,
        "RE: PE associate opportunity",
        "Olivia,\n\nAshby Laurent would like to bring you in for a full day of callback interviews next Friday with six "
        "partners and associates.\n\nJessica",
        None,
    ),
    (
        "Lakefront Industries",
        "rejected",
        "2025-10-24",
        "Lakefront Industries <lakefront@myworkday.com>",
        "Update on your application",
        "Dear Olivia,\n\nThank you for your interest in the Senior Counsel, M&A position. We have decided to pursue "
        "other candidates at this time.\n\nLakefront Industries Talent Acquisition",
        None,
    ),
    (
        "Ashby Laurent",
        "offer",
        "2025-10-29",
        REC,
        "RE: PE associate opportunity",
        "Olivia!\n\nThey've extended an offer at the class of 2021 scale with a signing bonus. Call me when you can.\n\n"
        "Jessica",
        None,
    ),
    (
        "Ashby Laurent",
        "accepted",
        "2025-10-30",
        ME,
        "RE: PE associate opportunity",
        "Jessica,\n\nI'm thrilled to accept! Thank you for everything.\n\nOlivia",
        REC,
    ),
]

_NEGATIVES = [
    (
        "Law360 <newsletter@law360.example>",
        "Law360 Corporate: deals of the week",
        "newsletter",
        "The biggest M&A deals and the firms that advised on them.",
    ),
    (
        "Chicago Bar Association <notices@chicagobar.example>",
        "CLE deadline reminder",
        "other",
        "Your CLE compliance period ends December 31.",
    ),
    (
        "Mark Davis <mdavis@laterallink.example>",
        "Opportunities for a corporate associate",
        "outreach",
        "Olivia, I'm working with several top firms looking for mid-level corporate associates. Are you open to a "
        "confidential conversation?\n\nMark",
    ),
    (
        "Divvy <receipts@divvy.example>",
        "Your ride receipt",
        "other",
        "Thanks for riding Divvy. Total: $4.50.",
    ),
    (
        "Nordstrom <news@nordstrom.example>",
        "Half-Yearly Sale starts now",
        "shop",
        "Save up to 50% on fall favorites.",
    ),
    (
        "Emily Chen <emily.chen@gmail.example>",
        "thanksgiving flights",
        "personal",
        "did you book your flight home yet?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="09:05:00",
        neg_start="2025-10-05",
        neg_step=4,
        neg_clock="19:30:00",
        tag="threehundredsixtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), OLIVIA)
