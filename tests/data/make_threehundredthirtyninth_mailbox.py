"""A three-hundred-and-thirty-ninth mailbox, written as a held-out check after the three-hundred-and-thirty-eighth
(issue #24).

Zoe, a full-stack engineer in San Francisco, exports Gmail with Takeout.  Seed-stage start-ups write as their
founders talk: a YC company's founder from his own domain ("hey zoe! saw ur application, r u free tmrw for a quick
chat?"), "can u do a paid trial project this week? ~6 hrs, we'll pay $600" (a round), "we want u on the team!! offer
letter coming tonight" (the offer), Zoe's "yesss i'm in!!" (her acceptance), a second founder's "honestly we're gonna
pass for now - need someone more senior" (a refusal), Ashby and Wellfound receipts, and a third founder's Calendly
link after her cold mail.  Negatives: a YC newsletter, a Hacker News thread notification, a Luma event, a Linear
changelog, a Muni alert, her roommate.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ZOE = "zoe.nakamura.dev@gmail.com"
ME = f"Zoe Nakamura <{ZOE}>"

_OWN_TO = {
    "Driftline": "Max Chen <max@driftline.example>",
    "Kelpware": "Ana Ruiz <ana@kelpware.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Driftline",
        "applied",
        "2025-10-06",
        "Driftline <notifications@wellfound.com>",
        "Your application to Driftline was sent",
        "Hi Zoe,\n\nYour application to Driftline (Full-Stack Engineer, founding team) was sent. Founders usually reply "
        "within a week.\n\nWellfound",
        "d1",
    ),
    (
        "Fogline AI",
        "applied",
        "2025-10-06",
        "Fogline AI <no-reply@ashbyhq.com>",
        "Thanks for applying to Fogline AI",
        "Hi Zoe,\n\nThanks for applying to the Software Engineer role at Fogline AI! We'll be in touch.\n\nFogline AI",
        "f1",
    ),
    (
        "Kelpware",
        "applied",
        "2025-10-07",
        ME,
        "eng role?",
        "hi ana - saw your launch on HN and loved it. i've built two payments dashboards in next.js + postgres and would "
        "love to help. resume + github attached. any chance you're hiring?\n\nzoe",
        "k1",
    ),
    (
        "Driftline",
        "screen",
        "2025-10-08",
        "Max Chen <max@driftline.example>",
        "hey!",
        "hey zoe! saw ur application, love the side projects. r u free tmrw for a quick chat? 20 min, i'm flexible\n\n"
        "max\nco-founder, driftline",
        "d2",
    ),
    (
        "Kelpware",
        "screen",
        "2025-10-09",
        "Ana Ruiz <ana@kelpware.example>",
        "Re: eng role?",
        "omg thank you! we are hiring. grab a time here for a chat with me: calendly.com/ana-kelpware/30min\n\nana",
        "k1",
    ),
    (
        "Driftline",
        "interview",
        "2025-10-10",
        "Max Chen <max@driftline.example>",
        "trial project",
        "great chatting! can u do a paid trial project this week? ~6 hrs, we'll pay $600. i'll send the repo tonight\n\n"
        "max",
        "d3",
    ),
    (
        "Kelpware",
        "rejected",
        "2025-10-15",
        "Ana Ruiz <ana@kelpware.example>",
        "Re: eng role?",
        "hey zoe, really enjoyed talking. honestly we're gonna pass for now - need someone more senior for this one. "
        "would love to stay in touch!\n\nana",
        "k1",
    ),
    (
        "Driftline",
        "offer",
        "2025-10-17",
        "Max Chen <max@driftline.example>",
        "!!",
        "zoe your trial project was awesome. we want u on the team!! offer letter coming tonight - $165k + 0.8%\n\nmax",
        "d4",
    ),
    (
        "Driftline",
        "accepted",
        "2025-10-18",
        ME,
        "Re: !!",
        "yesss i'm in!! signed it this morning. can't wait\n\nzoe",
        "d4",
    ),
]

_NEGATIVES = [
    (
        "Y Combinator <newsletter@ycombinator.example>",
        "YC Weekly: launches and jobs",
        "newsletter",
        "This week's launches, and 40 startups hiring engineers.",
    ),
    (
        "Hacker News <noreply@news.ycombinator.example>",
        "Reply to your comment",
        "other",
        "someone replied to your comment on 'Show HN: a tiny Postgres queue'.",
    ),
    (
        "Luma <events@lu.example>",
        "You're registered: SF AI Builders Night",
        "other",
        "You're registered for SF AI Builders Night on Thursday at 6pm.",
    ),
    (
        "Linear <changelog@linear.example>",
        "Linear changelog",
        "newsletter",
        "New this week: project updates and faster search.",
    ),
    (
        "SFMTA <alerts@sfmta.example>",
        "Muni service alert",
        "other",
        "N Judah delays due to a disabled train at Duboce.",
    ),
    (
        "Riley Tran <riley.tran@gmail.example>",
        "rent",
        "personal",
        "venmo me for rent when u get a chance! also we're out of oat milk",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ZOE,
        own_to=_OWN_TO,
        offset="-0700",
        clock="11:15:00",
        neg_start="2025-10-05",
        neg_step=2,
        neg_clock="22:05:00",
        tag="threehundredthirtynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
