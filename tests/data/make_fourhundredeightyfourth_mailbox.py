"""A four-hundred-and-eighty-fourth mailbox, written as a held-out check after the four-hundred-and-eighty-third
(issue #24).

Mei Lin, a compositor in Vancouver, saves her job-search mail from Outlook as .eml files.  Visual-effects studios hire
artists by the show: Workable's "Thanks for applying to Lumen VFX", a recruiter's "We loved your reel! Would you be
available for a quick chat with our comp supervisor?", "a short compositing test (2 shots, 5 days)" (an assessment
round), "we're going to go with another artist for this show", "We'd like to book you for 14 weeks on an unannounced
feature, starting 3 November, at $42/hour" (the offer), her "I'm in! Thank you so much", Lever's receipt and its "we've
filled the position", and her "Just checking in on the Comp role".  Negatives: an artist job board's alert, a VFX
newsletter, a studio's "Join our talent pool" blast, a software promotion, TransLink and her roommate.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MEI = "mei.lin.comp@outlook.example"
ME = f"Mei Lin <{MEI}>"
DANA = "Dana Fox <dana.fox@lumenvfx.example>"
NORTH = "Northlight Studios <no-reply@hire.lever.co>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Lumen VFX",
        "applied",
        "2025-09-01",
        "Lumen VFX <noreply@lumenvfx.workablemail.com>",
        "Thanks for applying to Lumen VFX",
        "Hi Mei,\n\nThanks for applying for the Compositor position at Lumen VFX. Our team will review your reel and "
        "get back to you.\n\nLumen VFX Recruiting",
        None,
    ),
    (
        "Northlight Studios",
        "applied",
        "2025-09-02",
        NORTH,
        "Northlight Studios - application received",
        "Hi Mei,\n\nThank you for your application for Senior Compositor at Northlight Studios. We've received it and "
        "will be in touch.\n\nNorthlight Recruiting",
        None,
    ),
    (
        "Lumen VFX",
        "screen",
        "2025-09-05",
        DANA,
        "Your reel",
        "Hi Mei,\n\nWe loved your reel! Would you be available for a quick chat with our comp supervisor this week? "
        "About 20 minutes.\n\nDana Fox\nArtist Recruiter, Lumen VFX",
        None,
    ),
    (
        "Lumen VFX",
        "interview",
        "2025-09-10",
        DANA,
        "RE: Your reel",
        "Hi Mei,\n\nThanks for chatting with Raj! As a next step we'd like you to do a short compositing test (2 shots, "
        "5 days). I'll send the plates on Monday.\n\nDana",
        None,
    ),
    (
        "Northlight Studios",
        "follow_up",
        "2025-09-16",
        ME,
        "Compositor application - Mei Lin",
        "Hi,\n\nJust checking in on the Senior Compositor role - I'm still very interested and happy to share more "
        "work.\n\nThanks,\nMei",
        "Northlight Recruiting <recruiting@northlightstudios.example>",
    ),
    (
        "Northlight Studios",
        "rejected",
        "2025-09-19",
        NORTH,
        "Northlight Studios - Senior Compositor",
        "Hi Mei,\n\nThank you for your interest in Northlight. We've filled the position, but we'll keep your reel on "
        "file for future shows.\n\nNorthlight Recruiting",
        None,
    ),
    (
        "Lumen VFX",
        "offer",
        "2025-09-24",
        DANA,
        "RE: Your reel",
        "Hi Mei,\n\nThe comp team loved your test. We'd like to book you for 14 weeks on an unannounced feature, starting "
        "3 November, at $42/hour. The deal memo will follow.\n\nDana",
        None,
    ),
    (
        "Lumen VFX",
        "accepted",
        "2025-09-24",
        ME,
        "RE: Your reel",
        "Hi Dana,\n\nI'm in! Thank you so much - can't wait to start.\n\nMei",
        DANA,
    ),
]

_NEGATIVES = [
    (
        "ArtStation Jobs <jobs@artstation.example>",
        "New jobs: Compositor in Vancouver",
        "alert",
        "Compositor - DNEG. Senior Compositor - Framestore. View all.",
    ),
    (
        "befores & afters <newsletter@beforesandafters.example>",
        "This week in VFX",
        "newsletter",
        "Breakdowns and interviews. Unsubscribe.",
    ),
    (
        "Pixelwave Studios <talent@pixelwave.example>",
        "Join our talent pool",
        "newsletter",
        "We're growing! Join our talent pool to hear about upcoming shows. Unsubscribe.",
    ),
    (
        "Foundry <offers@foundry.example>",
        "Nuke Indie: 20% off",
        "shop",
        "Save on Nuke Indie this month.",
    ),
    (
        "TransLink <noreply@translink.example>",
        "Compass auto-load",
        "other",
        "Your Compass Card was loaded.",
    ),
    (
        "Chloe Park <chloe.park@gmail.example>",
        "groceries",
        "personal",
        "Can you grab oat milk?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0700",
        clock="14:20:00",
        neg_start="2025-08-31",
        neg_step=4,
        neg_clock="22:40:00",
        tag="fourhundredeightyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), MEI)
