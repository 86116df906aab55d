"""A two-hundred-and-eighth mailbox, written as a held-out check after the two-hundred-and-seventh (issue #24).

Kit, an environment artist in Montréal, exported Gmail with Takeout and applies to game studios.  Studios write
their names as their brands do: all lower case ("lantern loop"), all capitals ("PIXELFORGE"), or plainly; rounds
are a portfolio review, a paid art test, an interview with the art director and a studio visit; a large publisher
answers through Greenhouse.  Negatives: ArtStation's job alerts and a "your portfolio was viewed" notice, a game
store's sale, a studio's newsletter about its game, a game jam, a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KIT = "kit.nakamura.art@gmail.com"
ME = f"Kit Nakamura <{KIT}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "lantern loop",
        "applied",
        "2025-06-02",
        "lantern loop <jobs@lanternloop.com>",
        "thanks for applying to lantern loop!",
        "hi Kit,\n\nthanks for applying to lantern loop! we're a small team, so every portfolio gets looked at by a "
        "real human (usually our art director, Mo). we'll get back to you within two weeks either way.\n\n- the "
        "lantern loop team",
        "l1",
    ),
    (
        "PIXELFORGE",
        "applied",
        "2025-06-03",
        "PIXELFORGE Careers <careers@pixelforge.gg>",
        "PIXELFORGE - Application received",
        "Hello Kit,\n\nThank you for applying to PIXELFORGE for the Environment Artist (Unreal) position. Our art team "
        "is reviewing portfolios and will contact shortlisted candidates.\n\nPIXELFORGE Talent",
        "p1",
    ),
    (
        "Hollowmoon Games",
        "applied",
        "2025-06-03",
        "Hollowmoon Games <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Hollowmoon Games",
        "Hi Kit,\n\nThanks for your interest in Hollowmoon Games! We received your application for Senior "
        "Environment Artist and our recruiting team will review it.\n\nHollowmoon Games Recruiting",
        "h1",
    ),
    (
        "lantern loop",
        "interview",
        "2025-06-09",
        "Mo Haddad <mo@lanternloop.com>",
        "your portfolio + a paid art test?",
        "hey Kit!\n\nloved the swamp shrine piece in your portfolio. we'd like to move you to the next stage: a paid "
        "art test (about 3 days, $600 CAD) - a small cozy interior in our style. brief attached, no rush, two weeks "
        "is fine.\n\nMo\nart director, lantern loop",
        "l2",
    ),
    (
        "PIXELFORGE",
        "interview",
        "2025-06-11",
        "Sarah Lin <sarah.lin@pixelforge.gg>",
        "Interview - Environment Artist",
        "Hi Kit,\n\nThanks for your application! Our Art Director would like to meet you for a 45-minute video "
        "interview to walk through your portfolio. Are you available Friday at 2pm EST?\n\nSarah Lin\nTalent "
        "Partner, PIXELFORGE",
        "p2",
    ),
    (
        "Hollowmoon Games",
        "rejected",
        "2025-06-13",
        "Hollowmoon Games <no-reply@us.greenhouse-mail.io>",
        "Your application to Hollowmoon Games",
        "Hi Kit,\n\nThank you for your interest in Hollowmoon Games. After reviewing your portfolio, we've decided to "
        "move forward with candidates whose experience more closely matches the needs of this role.\n\nHollowmoon "
        "Games Recruiting",
        "h2",
    ),
    (
        "PIXELFORGE",
        "rejected",
        "2025-06-20",
        "Sarah Lin <sarah.lin@pixelforge.gg>",
        "Re: Interview - Environment Artist",
        "Hi Kit,\n\nThank you for taking the time to meet with us. We've decided to proceed with another candidate "
        "whose Unreal lighting experience is a closer fit, but the team really liked your work.\n\nSarah",
        "p2",
    ),
    (
        "lantern loop",
        "onsite",
        "2025-06-27",
        "Mo Haddad <mo@lanternloop.com>",
        "art test - wow",
        "Kit, the art test was fantastic - the whole team gathered around it. last step: come hang out at the studio "
        "(we're in the Mile End, above the bakery) next Thursday to meet everyone and talk about the next game.\n\n"
        "Mo",
        "l3",
    ),
    (
        "lantern loop",
        "offer",
        "2025-07-04",
        "Mo Haddad <mo@lanternloop.com>",
        "offer!!",
        "Kit - we'd love for you to join lantern loop as our second environment artist! $72,000 CAD, remote-friendly "
        "with two studio days a week. the offer letter is attached; take your time and ask us anything.\n\nMo",
        "l4",
    ),
    (
        "lantern loop",
        "accepted",
        "2025-07-06",
        ME,
        "Re: offer!!",
        "Mo, YES. I'm so happy to accept - signed letter attached. see you on Thursday!!\n\nKit",
        "l4",
    ),
]

_OWN_TO = {"lantern loop": "Mo Haddad <mo@lanternloop.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "ArtStation Jobs <jobs@artstation.example>",
        "New jobs: Environment Artist",
        "alert",
        "Environment Artist - Kiln Interactive - Remote\nLighting Artist - Northstar Games - Montréal\nBrowse all jobs.",
    ),
    (
        "ArtStation <noreply@artstation.example>",
        "A recruiter viewed your portfolio",
        "viewed",
        "Good news! A recruiter from a game studio viewed your portfolio this week.",
    ),
    (
        "Steam <noreply@steampowered.example>",
        "Summer Sale: an item on your wishlist is on sale",
        "shop",
        "An item on your wishlist, Hollowmoon: Tides, is 40% off during the Summer Sale.",
    ),
    (
        "lantern loop <news@lanternloop.com>",
        "devlog #14: the lighthouse level",
        "newsletter",
        "this month we finished the lighthouse level, hired a composer and opened our Discord to everyone. thanks "
        "for following along!",
    ),
    (
        "Montréal Game Jam <info@mtljam.example>",
        "Registration open: summer jam",
        "newsletter",
        "Teams of up to four, 48 hours, one theme. Register before June 30.",
    ),
    (
        "Jun Park <jun.park.art@gmail.com>",
        "art test??",
        "personal",
        "how's the art test going?? need a second pair of eyes on the lighting?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KIT,
        own_to=_OWN_TO,
        offset="-0400",
        clock="12:45:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="21:30:00",
        tag="twohundredeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
