"""A six-hundred-and-fifty-ninth mailbox, written as a held-out check after the six-hundred-and-fifty-eighth
(issue #24).

Jack Thompson, a project engineer in Perth, keeps his mail in Thunderbird and exports the inbox as one mbox. Australian
recruiters write about clients they keep unnamed at first: a Hays consultant's "I've put you forward for the Project
Engineer role with a leading ASX-listed miner", then "the client is Fortescue - they'd like to meet you Thursday at
their East Perth office", "Fortescue have come back with an offer - $165k plus super" and his "Stoked, let's lock it
in"; a Robert Walters consultant's "your CV is with Woodside's hiring manager" and "unfortunately Woodside have
decided not to progress"; and directly BHP's "Thanks for applying" through Workday with "we have reviewed your
application and will not be progressing". Negatives: SEEK's "new jobs", Indeed's alert, a cold approach from a third
agency, Engineers Australia's newsletter, his footy club and his mate. ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JACK = "jack.thompson.eng@bigpond.example"
ME = f"Jack Thompson <{JACK}>"
HAYS = "Chloe Bennett <chloe.bennett@hays.example>"
RW = "Sam Walsh <sam.walsh@robertwalters.example>"
BHP = "BHP Careers <bhp@myworkday.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Fortescue",
        "applied",
        "2025-09-01",
        HAYS,
        "Project Engineer - Pilbara",
        "Hi Jack,\n\nGreat chatting this morning. I've put you forward for the Project Engineer role with a leading "
        "ASX-listed miner (FIFO 8/6, Pilbara). I'll let you know as soon as I hear back.\n\nCheers,\nChloe Bennett\n"
        "Senior Consultant | Hays Resources & Mining",
        None,
    ),
    (
        "Woodside",
        "applied",
        "2025-09-02",
        RW,
        "Woodside - Project Engineer",
        "Hi Jack,\n\nJust confirming your CV is with Woodside's hiring manager for the Project Engineer (Brownfields) "
        "role. Should hear something by Friday.\n\nCheers,\nSam Walsh\nRobert Walters",
        None,
    ),
    (
        "BHP",
        "applied",
        "2025-09-03",
        BHP,
        "Thanks for applying",
        "Hi Jack,\n\nThanks for applying for the Senior Project Engineer role at BHP. We'll review your application and "
        "be in touch.\n\nBHP Talent Acquisition",
        None,
    ),
    (
        "Fortescue",
        "interview",
        "2025-09-05",
        HAYS,
        "RE: Project Engineer - Pilbara",
        "Hi Jack,\n\nGood news - the client is Fortescue, and they'd like to meet you Thursday at 10am at their East "
        "Perth office with the projects manager.\n\nCheers,\nChloe",
        0,
    ),
    (
        "Woodside",
        "rejected",
        "2025-09-09",
        RW,
        "RE: Woodside - Project Engineer",
        "Hi Jack,\n\nUnfortunately Woodside have decided not to progress your application - they've gone with someone "
        "with more offshore experience.\n\nCheers,\nSam",
        1,
    ),
    (
        "BHP",
        "rejected",
        "2025-09-12",
        BHP,
        "Your application with BHP",
        "Hi Jack,\n\nThank you for your interest. We have reviewed your application and will not be progressing it "
        "further at this time.\n\nBHP Talent Acquisition",
        2,
    ),
    (
        "Fortescue",
        "offer",
        "2025-09-16",
        HAYS,
        "RE: Project Engineer - Pilbara",
        "Hi Jack,\n\nFortescue have come back with an offer - $165k plus super, 8/6 roster, start 6 October. Keen to "
        "hear your thoughts!\n\nChloe",
        3,
    ),
    (
        "Fortescue",
        "accepted",
        "2025-09-16",
        ME,
        "RE: Project Engineer - Pilbara",
        "Stoked, let's lock it in! Thanks Chloe.\n\nJack",
        6,
        HAYS,
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@seek.example>",
        "New jobs for Project Engineer",
        "alert",
        "18 new jobs in Perth WA. View all jobs.",
    ),
    (
        "Indeed <alert@indeed.example>",
        "Project Engineer jobs in Perth WA",
        "alert",
        "New jobs for you. Unsubscribe.",
    ),
    (
        "Mick Harris <mick.harris@ampol-recruit.example>",
        "FIFO opportunities",
        "outreach",
        "G'day Jack, I've got a few FIFO project engineering roles with tier-one clients. Worth a chat?",
    ),
    (
        "Engineers Australia <news@engineersaustralia.example>",
        "Engineers Australia news",
        "newsletter",
        "Latest news and CPD events. Unsubscribe.",
    ),
    (
        "Perth Demons FC <secretary@perthdemons.example>",
        "Season wrap-up",
        "other",
        "Presentation night is on the 20th.",
    ),
    (
        "Liam <liam.k@gmail.example>",
        "footy",
        "personal",
        "Grand final at mine?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JACK,
        offset=lambda d: "+0800",
        clock="09:30:00",
        neg_start="2025-08-31",
        neg_step=3,
        neg_clock="20:00:00",
        tag="sixhundredfiftynine",
        host="bigpond.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
