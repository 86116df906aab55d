"""A two-hundred-and-twenty-eighth mailbox, written as a held-out check after the two-hundred-and-twenty-seventh
(issue #24).

Theo, a growth marketer in San Francisco, applies to start-ups and exports Gmail with Takeout.  Start-ups write
tersely from domains that are not their names ("getfathom.com", "tryloom.io", "joinkite.co"), name themselves with
their batch ("Fathom (YC W24)"), send a Cal.com or SavvyCal link instead of a sentence, and a founder types in lower
case.  Y Combinator's "Work at a Startup" relays his applications; Wellfound's "You've been introduced".  Negatives:
a YC newsletter, a founder's launch announcement, a Product Hunt digest, a recruiter's cold mail, a friend.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

THEO = "theo.marsh.growth@gmail.com"
ME = f"Theo Marsh <{THEO}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Fathom",
        "applied",
        "2025-06-02",
        "Work at a Startup <no-reply@workatastartup.com>",
        "Your application to Fathom (YC W24) was sent",
        "Hi Theo,\n\nYour application to Fathom (YC W24) for Founding Growth Marketer was sent. Founders usually "
        "reply within a week if there's a fit.\n\nWork at a Startup",
        "f1",
    ),
    (
        "Loom Labs",
        "applied",
        "2025-06-03",
        "Wellfound <team@wellfound.com>",
        "You applied to Loom Labs",
        "Hi Theo,\n\nYour application for Head of Growth at Loom Labs has been sent to the team. Good luck!\n\n"
        "Wellfound",
        "l1",
    ),
    (
        "Kite",
        "applied",
        "2025-06-03",
        "Kite <no-reply@ashbyhq.com>",
        "Thanks for applying to Kite",
        "Hi Theo,\n\nThanks for applying for Growth Lead at Kite! We'll be in touch soon.\n\nKite",
        "k1",
    ),
    (
        "Fathom",
        "screen",
        "2025-06-04",
        "Raj Patel <raj@getfathom.com>",
        "fathom growth role",
        "hey theo - saw your app on WaaS, love the paid social work. grab 20 min? cal.com/raj-fathom/20\n\nraj",
        "f2",
    ),
    (
        "Loom Labs",
        "screen",
        "2025-06-06",
        "Wellfound <team@wellfound.com>",
        "You've been introduced to Loom Labs",
        "Hi Theo,\n\nGreat news! Nina from Loom Labs would like to chat with you about the Head of Growth role. "
        "Reply to this email to start the conversation.\n\nWellfound",
        "l1",
    ),
    (
        "Kite",
        "rejected",
        "2025-06-09",
        "Kite <no-reply@ashbyhq.com>",
        "Update on your application to Kite",
        "Hi Theo,\n\nThanks for your interest in Kite. We're moving forward with candidates who have more B2B "
        "experience, so we won't be progressing your application.\n\nKite",
        "k1",
    ),
    (
        "Fathom",
        "interview",
        "2025-06-10",
        "Raj Patel <raj@getfathom.com>",
        "Re: fathom growth role",
        "great chat! next: 45 min with my cofounder Ana, she runs product. pick a slot: savvycal.com/ana-fathom/45\n\n"
        "raj",
        "f2",
    ),
    (
        "Loom Labs",
        "interview",
        "2025-06-12",
        "Nina Alvarez <nina@tryloom.io>",
        "Head of Growth - next",
        "Hi Theo,\n\nLoved our chat. Next step would be a short growth case: how you'd take us from 2k to 20k "
        "signups. 30-min presentation to me and our CEO next week?\n\nNina\nCOO, Loom Labs",
        "l2",
    ),
    (
        "Fathom",
        "onsite",
        "2025-06-17",
        "Raj Patel <raj@getfathom.com>",
        "Re: fathom growth role",
        "ana loved it. last step - come spend a day with us at the office thursday, meet the whole team (we're 9). "
        "lunch on us\n\nraj",
        "f2",
    ),
    (
        "Loom Labs",
        "rejected",
        "2025-06-19",
        "Nina Alvarez <nina@tryloom.io>",
        "Re: Head of Growth - next",
        "Hi Theo,\n\nThank you for the case presentation - really thoughtful. We've decided to go with someone who's "
        "scaled a PLG motion before. Sorry, and let's stay in touch.\n\nNina",
        "l2",
    ),
    (
        "Fathom",
        "offer",
        "2025-06-20",
        "Raj Patel <raj@getfathom.com>",
        "offer!",
        "theo - we want you on the team. $165k + 0.5%, start whenever. offer letter coming via docusign today\n\nraj",
        "f3",
    ),
    (
        "Fathom",
        "accepted",
        "2025-06-21",
        ME,
        "Re: offer!",
        "Raj - I'm in! Signed. Can't wait.\n\nTheo",
        "f3",
    ),
]

_OWN_TO = {"Fathom": "Raj Patel <raj@getfathom.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Y Combinator <newsletter@ycombinator.example>",
        "YC Newsletter: 40 startups hiring this week",
        "newsletter",
        "This week: 40 YC startups are hiring growth, engineering and design. Browse jobs on Work at a Startup.",
    ),
    (
        "Ana Costa <ana@getfathom.example>",
        "We just launched on Product Hunt!",
        "newsletter",
        "Hi friends - Fathom is live on Product Hunt today. We'd love your support!",
    ),
    (
        "Product Hunt Daily <hello@producthunt.example>",
        "Today's top 5 launches",
        "newsletter",
        "The top 5 products of the day, plus a new job board for makers.",
    ),
    (
        "Kelsey Dunn <kelsey@growthhires.example>",
        "Head of Growth - Series A",
        "recruiter",
        "Hi Theo, I came across your profile - I'm working with a Series A fintech hiring a Head of Growth. Open to "
        "a chat?",
    ),
    (
        "Jonah Marsh <jonah.marsh@gmail.com>",
        "dolores saturday",
        "personal",
        "Dolores Park Saturday? Bringing the speaker.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=THEO,
        own_to=_OWN_TO,
        offset="-0700",
        clock="12:10:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="21:30:00",
        tag="twohundredtwentyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
