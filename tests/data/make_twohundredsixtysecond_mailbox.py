"""A two-hundred-and-sixty-second mailbox, written as a held-out check after the two-hundred-and-sixty-first
(issue #24).

Eli, a growth marketer in Austin, keeps mail in Fastmail and exported it from Thunderbird as a plain mbox (replies
tied by ``In-Reply-To``).  Founders and early employees write in texting's shorthand and lower case: "can u do a
quick zoom thurs?", "next up: a growth case w/ our ceo", "we're moving fwd w/ someone else", "sending over the offer
now", besides an Ashby receipt, a Wellfound message, a company whose domain shortens its name (sqzly.com for
"Squeezly") signing with a title and the name, and a founder's "gonna pass on this one".  Negatives: Wellfound's
matches, a growth newsletter, a SaaS's trial ending, a recruiter's cold pitch, a friend.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ELI = "eli.brooks@fastmail.com"
ME = f"Eli Brooks <{ELI}>"

# (company, event, day, sender, subject, body, parent, to)
_POSITIVES = [
    (
        "Squeezly",
        "applied",
        "2025-09-01",
        "Squeezly <no-reply@ashbyhq.com>",
        "Thanks for applying to Squeezly!",
        "Hi Eli,\n\nThanks for applying for the Growth Marketing Lead role at Squeezly. We'll review your application "
        "and get back to you soon.\n\nSqueezly Hiring Team",
        None,
    ),
    (
        "Tacoloop",
        "applied",
        "2025-09-02",
        ME,
        "growth role - Eli Brooks",
        "Hi Jen,\n\nSaw your post about hiring a first growth marketer at Tacoloop. I've scaled two consumer apps from "
        "0 to 100k users - resume attached. Would love to chat.\n\nEli",
        None,
        "Jen Ortiz <jen@tacoloop.example>",
    ),
    (
        "Squeezly",
        "screen",
        "2025-09-04",
        "Max Lin <max@sqzly.com>",
        "Re: Growth Marketing Lead",
        "hey eli - thx for applying! can u do a quick zoom thurs to chat about the role?\n\nMax Lin\nHead of Growth, "
        "Squeezly",
        0,
    ),
    (
        "Tacoloop",
        "screen",
        "2025-09-05",
        "Jen Ortiz <jen@tacoloop.example>",
        "Re: growth role - Eli Brooks",
        "hey eli! love that. free for a 20 min call tmrw afternoon?\n\njen",
        1,
    ),
    (
        "Squeezly",
        "interview",
        "2025-09-10",
        "Max Lin <max@sqzly.com>",
        "Re: Growth Marketing Lead",
        "great chatting! next up: a growth case w/ our ceo next tues. i'll send the brief today\n\nMax",
        2,
    ),
    (
        "Tacoloop",
        "rejected",
        "2025-09-12",
        "Jen Ortiz <jen@tacoloop.example>",
        "Re: growth role - Eli Brooks",
        "hey eli - gonna pass on this one, we need someone w/ more paid social experience rn. really appreciate ur "
        "time!\n\njen",
        3,
    ),
    (
        "Squeezly",
        "offer",
        "2025-09-18",
        "Max Lin <max@sqzly.com>",
        "Re: Growth Marketing Lead",
        "!!! team loved ur case. sending over the offer now - 140k + equity. lmk if u have q's\n\nMax",
        4,
    ),
    (
        "Squeezly",
        "accepted",
        "2025-09-19",
        ME,
        "Re: Growth Marketing Lead",
        "Max - I'm in! Signed and sent back. Can't wait to start.\n\nEli",
        6,
        "Max Lin <max@sqzly.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Wellfound <team@wellfound.com>",
        "New matches: Growth Marketing roles",
        "alert",
        "Growth Marketer at a fintech; Head of Growth at a consumer app; Lifecycle Marketer at a marketplace.",
    ),
    (
        "Growth Memo <hello@growthmemo.example>",
        "The state of paid social in 2025",
        "newsletter",
        "This week: CAC trends, creative testing, and why TikTok Shop matters.",
    ),
    (
        "Amplitude <no-reply@amplitude.example>",
        "Your trial ends in 3 days",
        "other",
        "Upgrade now to keep your dashboards.",
    ),
    (
        "Kyle Dunn <kyle@growthtalent.example>",
        "Head of Growth role",
        "outreach",
        "Hi Eli, your background caught my eye - I'm recruiting for a Head of Growth at a Series B startup. Open to a "
        "quick chat?",
    ),
    (
        "Nora Kim <nora.kim@gmail.example>",
        "tacos?",
        "personal",
        "tacos at veracruz sat? 12?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ELI,
        own_to={},
        offset=lambda d: "-0500",
        clock="10:00:00",
        neg_start="2025-08-31",
        neg_step=4,
        neg_clock="21:00:00",
        tag="twohundredsixtytwo",
        host="fastmail.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird saves it (one mbox file, "Inbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
