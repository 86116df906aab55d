"""A hundred-and-fortieth mailbox, written as a held-out check after the hundred-and-thirty-ninth (issue #24).

Rachel, a former teacher in Denver moving into UX research, exports Gmail with Takeout.  Much of her job mail is
networking, not applications: coffee chats and informational interviews with people at companies she later
applies to, a friend's referral ("I submitted you as a referral"), a bootcamp's career coach, alumni intros.  The
applications go through Greenhouse, Lever and Workday; one starts from an employee referral.  Her negatives are
mostly that networking, plus a bootcamp newsletter, a UX meetup, Notion and Spotify mail.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RACHEL = "rachel.kim.ux@gmail.com"
_ME = f"Rachel Kim <{RACHEL}>"
_MEG = "Megan Torres <megan.torres@trailhead.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Trailhead Outdoors",
        "applied",
        "2025-06-09",
        "Trailhead Outdoors <no-reply@greenhouse.io>",
        "Thank you for applying to Trailhead Outdoors",
        "Hi Rachel,\n\nThanks for your interest in Trailhead Outdoors! We've received your application for UX "
        "Researcher and will review it soon.",
        "th1",
    ),
    (
        "Trailhead Outdoors",
        "screen",
        "2025-06-16",
        _MEG,
        "UX Researcher - Trailhead Outdoors",
        "Hi Rachel,\n\nThanks for applying for our UX Researcher role - your teaching background is a great fit for "
        "how we do research. Would you be open to a 30-minute phone screen this Thursday or Friday?\n\nMegan Torres\n"
        "Recruiter, Trailhead Outdoors",
        "th2",
    ),
    (
        "Trailhead Outdoors",
        "interview",
        "2025-06-24",
        _MEG,
        "Re: UX Researcher - Trailhead Outdoors",
        "Hi Rachel,\n\nThe team would love to move you forward! Next is a portfolio review with our research lead "
        "and a product designer - you'll walk them through one case study for 45 minutes.\n\nMegan",
        "th2",
    ),
    (
        "Trailhead Outdoors",
        "rejected",
        "2025-07-08",
        _MEG,
        "Re: UX Researcher - Trailhead Outdoors",
        "Hi Rachel,\n\nThank you for presenting to the team. They enjoyed your case study, but they've decided to "
        "move forward with a candidate who has more industry research experience. I'd love to stay in touch for "
        "future roles.\n\nMegan",
        "th2",
    ),
    (
        "Plainsight Health",
        "applied",
        "2025-06-11",
        "Plainsight Health <no-reply@hire.lever.co>",
        "Thanks for applying to Plainsight Health",
        "Hi Rachel,\n\nThank you for applying to Plainsight Health. We received your application for Associate UX "
        "Researcher (referred by Jenna Park) and will be in touch.",
        "ps1",
    ),
    (
        "Plainsight Health",
        "screen",
        "2025-06-18",
        "Tyler Brooks <tyler@plainsighthealth.com>",
        "Plainsight Health - Associate UX Researcher",
        "Hi Rachel,\n\nJenna passed along your name and I'm excited to chat! Can we set up a 20-minute call to talk "
        "through the role? Feel free to grab any time on my calendar.\n\nTyler Brooks\nTalent Partner",
        "ps2",
    ),
    (
        "Plainsight Health",
        "interview",
        "2025-06-26",
        "Tyler Brooks <tyler@plainsighthealth.com>",
        "Re: Plainsight Health - Associate UX Researcher",
        "Hi Rachel,\n\nGreat talking! Next step: a research exercise. You'll get a short brief on patient onboarding "
        "and have 3 days to put together a research plan, then discuss it with the design team.\n\nTyler",
        "ps2",
    ),
    (
        "Plainsight Health",
        "offer",
        "2025-07-14",
        "Tyler Brooks <tyler@plainsighthealth.com>",
        "Offer - Associate UX Researcher",
        "Hi Rachel,\n\nI'm so happy to share that we'd like to offer you the Associate UX Researcher position! "
        "The offer letter is attached: $92,000 base plus benefits, starting August 4.\n\nTyler",
        "ps3",
    ),
    (
        "Plainsight Health",
        "accepted",
        "2025-07-16",
        _ME,
        "Re: Offer - Associate UX Researcher",
        "Hi Tyler,\n\nI'm thrilled to accept! Signed offer letter attached. Thank you so much.\n\nRachel",
        "ps3",
    ),
    (
        "Summit Bank",
        "applied",
        "2025-06-13",
        "Summit Bank <summitbank@myworkday.com>",
        "Thank you for applying",
        "Dear Rachel,\n\nThank you for applying for the UX Research Analyst position at Summit Bank. Your application "
        "is under review.",
        "sb1",
    ),
    (
        "Summit Bank",
        "withdrew",
        "2025-07-17",
        _ME,
        "Withdrawing my application - UX Research Analyst",
        "Hello,\n\nI'd like to withdraw my application for the UX Research Analyst position, as I've accepted another "
        "offer. Thank you for your consideration.\n\nRachel Kim",
        "sb2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Jenna Park <jenna.park@plainsighthealth.com>",
        "Re: coffee chat?",
        "networking",
        "Hi Rachel! So glad we got to chat last week. I'd be happy to refer you for the Associate UX Researcher role - "
        "I'll submit you as a referral in our system today, and you should get an email to finish applying.",
    ),
    (
        "Sam Rivera <sam.rivera@trailhead.com>",
        "Re: Informational interview",
        "networking",
        "Hi Rachel, happy to do a 20-minute informational interview about research at Trailhead! Does Tuesday at "
        "noon work? No pressure - just a chat about what the work is like.",
    ),
    (
        "Dana Wells <dana@designlab.com>",
        "Career coaching: next session",
        "networking",
        "Hi Rachel, great session today. For next time, tailor your resume for two research roles and send me your "
        "portfolio case study.",
    ),
    (
        "Alex Chen <alex.chen@summitbank.com>",
        "Intro: Rachel <> Alex",
        "networking",
        "Thanks Priya for the intro! Rachel, I'd love to hear about your move from teaching into UX. Coffee next week?",
    ),
    (
        "Designlab <hello@designlab.com>",
        "Designlab Weekly: research methods",
        "newsletter",
        "This week: card sorting, diary studies and alumni job wins. Read more. Unsubscribe",
    ),
    (
        "Denver UX Meetup <info@meetup.com>",
        "New event: research ops panel",
        "newsletter",
        "Join us on July 10. RSVP. Unsubscribe",
    ),
    (
        "Notion <team@makenotion.com>",
        "Your workspace summary",
        "other",
        "Here's what happened in your workspace this week.",
    ),
    (
        "Spotify <no-reply@spotify.com>",
        "Your receipt",
        "shop",
        "Thanks for your payment of $11.99 for Spotify Premium.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RACHEL,
        own_to={
            "Plainsight Health": "Tyler Brooks <tyler@plainsighthealth.com>",
            "Summit Bank": "Summit Bank Recruiting <recruiting@summitbank.com>",
        },
        offset="-0600",
        clock="13:15:00",
        neg_start="2025-06-02",
        neg_step=5,
        neg_clock="19:30:00",
        tag="hundredforty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
