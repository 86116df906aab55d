"""A five-hundred-and-fiftieth mailbox, written as a held-out check after the five-hundred-and-forty-ninth (issue
#24).

Liam O'Connor, a project manager in Sydney, saves his mail from Outlook as .eml files. Australian hiring runs through
SEEK, PageUp and recruitment agencies, and the agencies shorten their clients' names: SEEK's "Your application was
successfully submitted to Lendlease", PageUp's "Thank you for applying for the position of Senior Project Manager with
Sydney Water", a Hays consultant's "I've put you forward for the Project Manager role with Transport for NSW", "TfNSW
would like to see you for a first interview on Tuesday", Sydney Water's "Unfortunately on this occasion you have not
been successful", Lendlease's talent acquisition's "a quick phone chat", "a panel interview at our Barangaroo office",
the consultant's "TfNSW have decided to progress with other candidates", Lendlease's "Letter of Offer" and his "I'm
delighted to accept". Negatives: SEEK's job alert, a second agency's cold mail, Engineers Australia's newsletter,
Sydney Water's own bill (a company he applied to), Opal and his mate. Its score before any rule was changed for it is
in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LIAM = "liam.oconnor.pm@outlook.example"
ME = f"Liam O'Connor <{LIAM}>"
SEEK = "SEEK <noreply@seek.example>"
SW = "Sydney Water Careers <careers@pageuppeople.example>"
JESS = "Jess Taylor <jess.taylor@hays.example>"
LL = "Lendlease Talent <talent@lendlease.example>"
KATE = "Kate Wong <kate.wong@lendlease.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Lendlease",
        "applied",
        "2025-04-07",
        SEEK,
        "Your application was successfully submitted",
        "Hi Liam,\n\nYour application was successfully submitted to Lendlease for the role Project Manager - "
        "Construction.\n\nGood luck!\nSEEK",
        None,
    ),
    (
        "Sydney Water",
        "applied",
        "2025-04-08",
        SW,
        "Senior Project Manager - Application Received",
        "Dear Liam,\n\nThank you for applying for the position of Senior Project Manager with Sydney Water. We will "
        "review your application and contact you regarding the outcome.\n\nSydney Water Talent Acquisition",
        None,
    ),
    (
        "Transport for NSW",
        "applied",
        "2025-04-09",
        JESS,
        "Project Manager - TfNSW",
        "Hi Liam,\n\nThanks for your time on the phone today. I've put you forward for the Project Manager role with "
        "Transport for NSW and will let you know as soon as I hear back.\n\nCheers,\nJess Taylor\nSenior Consultant | "
        "Hays Construction",
        None,
    ),
    (
        "Transport for NSW",
        "interview",
        "2025-04-14",
        JESS,
        "RE: Project Manager - TfNSW",
        "Hi Liam,\n\nGreat news - TfNSW would like to see you for a first interview on Tuesday at 10am at their "
        "Macquarie Park office.\n\nCheers,\nJess",
        None,
    ),
    (
        "Lendlease",
        "screen",
        "2025-04-15",
        KATE,
        "Project Manager - Construction",
        "Hi Liam,\n\nI'm from the Lendlease talent acquisition team. Are you free for a quick phone chat on Thursday "
        "about the Project Manager role?\n\nKate Wong",
        None,
    ),
    (
        "Sydney Water",
        "rejected",
        "2025-04-17",
        SW,
        "Senior Project Manager - Application Outcome",
        "Dear Liam,\n\nThank you for your interest in the Senior Project Manager position. Unfortunately on this "
        "occasion you have not been successful.\n\nSydney Water Talent Acquisition",
        None,
    ),
    (
        "Lendlease",
        "onsite",
        "2025-04-22",
        KATE,
        "RE: Project Manager - Construction",
        "Hi Liam,\n\nThanks for the chat. We'd like to invite you to a panel interview at our Barangaroo office with the "
        "Construction Manager and the Project Director next Wednesday.\n\nKate",
        None,
    ),
    (
        "Transport for NSW",
        "rejected",
        "2025-04-24",
        JESS,
        "RE: Project Manager - TfNSW",
        "Hi Liam,\n\nI've had feedback - TfNSW have decided to progress with other candidates who have more rail "
        "experience. Sorry mate, I'll keep looking.\n\nJess",
        None,
    ),
    (
        "Lendlease",
        "offer",
        "2025-05-01",
        LL,
        "Letter of Offer - Project Manager",
        "Dear Liam,\n\nCongratulations! Please find attached your Letter of Offer for the position of Project Manager - "
        "Construction at Lendlease.\n\nLendlease Talent",
        None,
    ),
    (
        "Lendlease",
        "accepted",
        "2025-05-02",
        ME,
        "RE: Letter of Offer - Project Manager",
        "Hi Kate,\n\nI'm delighted to accept the offer - signed letter attached.\n\nCheers,\nLiam",
        KATE,
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@seek.example>",
        "12 new Project Manager jobs",
        "alert",
        "Project Manager - Parramatta. Senior PM - Sydney CBD. View all jobs.",
    ),
    (
        "Ben Carter <ben.carter@hudson.example>",
        "PM roles - infrastructure",
        "outreach",
        "Hi Liam, I'm recruiting for several infrastructure PM roles in Sydney. Would you be open to a chat?",
    ),
    (
        "Engineers Australia <news@engineersaustralia.example>",
        "Engineers Australia news",
        "newsletter",
        "The latest from the profession. Unsubscribe.",
    ),
    (
        "Sydney Water <billing@sydneywater.example>",
        "Your water bill is ready",
        "other",
        "Your bill for the quarter is ready. Amount due $212.30.",
    ),
    (
        "Opal <noreply@opal.example>",
        "Your Opal card statement",
        "other",
        "Your weekly travel summary.",
    ),
    (
        "Dave Murphy <dave.murphy@bigpond.example>",
        "footy",
        "personal",
        "Footy Saturday arvo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+1000",
        clock="09:40:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="19:55:00",
        tag="fivehundredfifty",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), LIAM)
