"""A five-hundred-and-sixty-first mailbox, written as a held-out check after the five-hundred-and-sixtieth (issue #24).

Ewan Campbell, an architecture graduate in Glasgow, applies to small practices by email, his CV and portfolio
attached, and keeps it all in Gmail, exported with Takeout. Small practices have no tracking system; a partner or an
office manager answers in a line or two, or not at all: his "Application for Part 1 Architectural Assistant" to three
practices (each sent from his Sent folder), "Thanks Ewan, we've received your portfolio and will be in touch", "Could
you come in for an interview on Tuesday at 4pm? Bring some drawings", "Thanks for coming in - we'd like to offer you
the position", "We've decided to offer the position to another candidate" from the second practice, his "Thank you
for meeting with me today", his "I'd be delighted to accept" and his follow-up to the third practice, which never
answered. Negatives: RIBA's newsletter, Dezeen's jobs alert, a practice's own newsletter (one he applied to), a
recruiter's cold mail, his university and his flatmate. Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EWAN = "ewan.campbell.arch@gmail.com"
ME = f"Ewan Campbell <{EWAN}>"
MOIRA = "Moira Reid <moira@reiddunbar-architects.example>"
STUDIO = "Studio Lochan <hello@studiolochan.example>"
KIERAN = "Kieran Doyle <kieran@northlightarchitects.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Reid Dunbar Architects",
        "applied",
        "2025-07-07",
        ME,
        "Application for Part 1 Architectural Assistant",
        "Dear Moira,\n\nI am writing to apply for the Part 1 Architectural Assistant position advertised on your "
        "website. I recently graduated from the Mackintosh School of Architecture and have attached my CV and "
        "portfolio.\n\nKind regards,\nEwan Campbell",
        "t-rd",
    ),
    (
        "Studio Lochan",
        "applied",
        "2025-07-07",
        ME,
        "Application for Part 1 Architectural Assistant",
        "Dear Studio Lochan team,\n\nI am writing to apply for the Part 1 Architectural Assistant role. Please find my "
        "CV and portfolio attached.\n\nKind regards,\nEwan Campbell",
        "t-sl",
    ),
    (
        "Northlight Architects",
        "applied",
        "2025-07-08",
        ME,
        "Application for Part 1 Architectural Assistant",
        "Dear Kieran,\n\nI would like to apply for the Part 1 Architectural Assistant position at Northlight. My CV and "
        "portfolio are attached.\n\nKind regards,\nEwan Campbell",
        "t-nl",
    ),
    (
        "Reid Dunbar Architects",
        "reply",
        "2025-07-09",
        MOIRA,
        "Re: Application for Part 1 Architectural Assistant",
        "Thanks Ewan, we've received your portfolio and will be in touch.\n\nMoira",
        "t-rd",
    ),
    (
        "Reid Dunbar Architects",
        "interview",
        "2025-07-14",
        MOIRA,
        "Re: Application for Part 1 Architectural Assistant",
        "Hi Ewan,\n\nCould you come in for an interview on Tuesday at 4pm? Bring some drawings.\n\nMoira Reid\nPartner, "
        "Reid Dunbar Architects",
        "t-rd",
    ),
    (
        "Studio Lochan",
        "rejected",
        "2025-07-16",
        STUDIO,
        "Re: Application for Part 1 Architectural Assistant",
        "Hi Ewan,\n\nThank you for your interest in Studio Lochan. We've decided to offer the position to another "
        "candidate, but we enjoyed your portfolio.\n\nBest,\nStudio Lochan",
        "t-sl",
    ),
    (
        "Reid Dunbar Architects",
        "thank_you",
        "2025-07-22",
        ME,
        "Re: Application for Part 1 Architectural Assistant",
        "Dear Moira,\n\nThank you for meeting with me today and for showing me round the studio.\n\nKind regards,\nEwan",
        "t-rd",
    ),
    (
        "Northlight Architects",
        "follow_up",
        "2025-07-23",
        ME,
        "Re: Application for Part 1 Architectural Assistant",
        "Dear Kieran,\n\nI wanted to follow up on my application of 8 July. I remain very interested in joining "
        "Northlight.\n\nKind regards,\nEwan Campbell",
        "t-nl",
    ),
    (
        "Reid Dunbar Architects",
        "offer",
        "2025-07-24",
        MOIRA,
        "Re: Application for Part 1 Architectural Assistant",
        "Hi Ewan,\n\nThanks for coming in - we'd like to offer you the position, starting in September at £24,000.\n\n"
        "Moira",
        "t-rd",
    ),
    (
        "Reid Dunbar Architects",
        "accepted",
        "2025-07-25",
        ME,
        "Re: Application for Part 1 Architectural Assistant",
        "Dear Moira,\n\nI'd be delighted to accept. Thank you!\n\nEwan",
        "t-rd",
    ),
]

_NEGATIVES = [
    (
        "RIBA Journal <news@riba.example>",
        "RIBAJ this week",
        "newsletter",
        "This week's stories. Unsubscribe.",
    ),
    (
        "Dezeen Jobs <jobs@dezeen.example>",
        "New architecture jobs this week",
        "alert",
        "Part 1 Architectural Assistant - London. Architect - Edinburgh. See all jobs.",
    ),
    (
        "Studio Lochan <news@studiolochan.example>",
        "Studio Lochan news: summer 2025",
        "newsletter",
        "Our latest projects. Unsubscribe.",
    ),
    (
        "Graeme Hunter <graeme@archrecruit.example>",
        "Part 2 roles in Edinburgh",
        "outreach",
        "Hi Ewan, I'm recruiting for several Part 2 roles in Edinburgh. Happy to chat?",
    ),
    (
        "University of Strathclyde <alumni@strath.example>",
        "Alumni news",
        "newsletter",
        "News from the alumni office. Unsubscribe.",
    ),
    (
        "Callum Ross <callum.ross@gmail.example>",
        "rent",
        "personal",
        "Rent's due Friday mate",
    ),
]

_TO = {
    "Reid Dunbar Architects": MOIRA,
    "Studio Lochan": STUDIO,
    "Northlight Architects": KIERAN,
}


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=EWAN,
        own_to=_TO,
        offset="+0100",
        clock="10:20:00",
        neg_start="2025-07-06",
        neg_step=4,
        neg_clock="20:40:00",
        tag="fivehundredsixtyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
