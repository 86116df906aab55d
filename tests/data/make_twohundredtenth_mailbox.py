"""A two-hundred-and-tenth mailbox, written as a held-out check after the two-hundred-and-ninth (issue #24).

Tolu, a backend developer in Lagos working remotely for foreign start-ups, exported Gmail with Takeout.  Remote
hiring abroad runs through employer-of-record platforms: the offer arrives as "Quantaloop has sent you a contract to
review and sign on Deel" or "You've received an offer from Brightpath via Remote", and the contract's signing and
activation follow; start-ups answer through Ashby and Workable, a founder books a call on Cal.com, and a take-home is
a round.  Negatives: the platforms' own onboarding ("complete your profile to get paid"), a talent network's
matches, a bank's dollar transfer, a tech community's newsletter, a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOLU = "tolu.adeyemi.dev@gmail.com"
ME = f"Tolu Adeyemi <{TOLU}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Quantaloop",
        "applied",
        "2025-05-05",
        "Quantaloop <no-reply@ashbyhq.com>",
        "Thanks for applying to Quantaloop",
        "Hi Tolu,\n\nThanks for applying for the Senior Backend Engineer (Remote, EMEA) role at Quantaloop. We'll "
        "review your application and get back to you within 10 days.\n\nThe Quantaloop Team",
        "q1",
    ),
    (
        "Brightpath",
        "applied",
        "2025-05-06",
        "Brightpath <noreply@workablemail.com>",
        "Thanks for applying to Brightpath",
        "Hi Tolu,\n\nThanks for applying for the Backend Developer (Go) position at Brightpath. We have received your "
        "application and will review it shortly.\n\nBest,\nBrightpath Hiring Team",
        "b1",
    ),
    (
        "Quantaloop",
        "screen",
        "2025-05-08",
        "Hannah Berg <hannah@quantaloop.io>",
        "Quantaloop - intro call",
        "Hi Tolu,\n\nThanks for applying! I'm one of the co-founders and I'd love to do a 30-minute intro call to "
        "learn about your work on payments infrastructure. Grab any slot that works here: "
        "https://cal.com/hannah-quantaloop/intro\n\nHannah",
        "q2",
    ),
    (
        "Brightpath",
        "interview",
        "2025-05-12",
        "Brightpath <noreply@workablemail.com>",
        "Brightpath: take-home assignment",
        "Hi Tolu,\n\nThank you for your interest in Brightpath. As a next step, we'd like you to complete a short "
        "take-home assignment (a small Go service with tests, about 4 hours). Please submit it within 5 days.\n\n"
        "Best,\nBrightpath Hiring Team",
        "b2",
    ),
    (
        "Quantaloop",
        "interview",
        "2025-05-14",
        "Hannah Berg <hannah@quantaloop.io>",
        "Re: Quantaloop - intro call",
        "Hi Tolu,\n\nReally enjoyed our chat! Next up is a 90-minute technical session with Piotr, our CTO: a "
        "system design discussion and some pairing on a real bug. Same link to book a time.\n\nHannah",
        "q2",
    ),
    (
        "Brightpath",
        "interview",
        "2025-05-21",
        "Marco Rossi <marco@brightpath.co>",
        "Take-home review",
        "Hi Tolu,\n\nThanks for the take-home - clean work. Let's walk through it together in a 60-minute call with "
        "me and one of our senior engineers. Does Thursday at 3pm CET work?\n\nMarco\nEngineering Manager, Brightpath",
        "b3",
    ),
    (
        "Quantaloop",
        "offer",
        "2025-05-27",
        "Deel <no-reply@deel.com>",
        "Quantaloop has sent you a contract to review and sign",
        "Hi Tolu,\n\nQuantaloop has sent you a contract for the role of Senior Backend Engineer. Review the terms "
        "(monthly rate USD 7,500, start date June 16) and sign the contract on Deel to get started.\n\nThe Deel Team",
        "q3",
    ),
    (
        "Brightpath",
        "offer",
        "2025-05-28",
        "Remote <notifications@remote.com>",
        "You've received an offer from Brightpath",
        "Hi Tolu,\n\nBrightpath would like to hire you as Backend Developer through Remote, its employer of record in "
        "Nigeria. Review your offer details and accept it in your Remote dashboard.\n\nThe Remote Team",
        "b4",
    ),
    (
        "Brightpath",
        "declined",
        "2025-05-29",
        ME,
        "Re: Take-home review",
        "Hi Marco,\n\nThank you so much for the offer through Remote - I really enjoyed the process. I've decided to "
        "go with another company, so I'll be declining it. Wishing the team all the best.\n\nTolu",
        "b3",
    ),
    (
        "Quantaloop",
        "accepted",
        "2025-05-29",
        ME,
        "Re: Quantaloop - intro call",
        "Hi Hannah,\n\nI've signed the contract on Deel - so excited to join Quantaloop! See you on June 16.\n\nTolu",
        "q2",
    ),
]

_OWN_TO = {
    "Brightpath": "Marco Rossi <marco@brightpath.co>",
    "Quantaloop": "Hannah Berg <hannah@quantaloop.io>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Deel <no-reply@deel.com>",
        "Complete your profile to get paid",
        "onboarding",
        "Hi Tolu, add your tax residency and a withdrawal method so you can get paid on time.",
    ),
    (
        "Deel <no-reply@deel.com>",
        "Your contract with Quantaloop is now active",
        "onboarding",
        "Hi Tolu, your contract with Quantaloop is now active. Your first invoice will be generated on June 30.",
    ),
    (
        "TalentNet Africa <matches@talentnet.example>",
        "3 new roles matched to your profile",
        "alert",
        "Senior Backend Engineer - fintech - remote\nGo Developer - logistics - remote\nView your matches.",
    ),
    (
        "GTBank <alerts@gtbank.example>",
        "Credit alert: USD inflow",
        "other",
        "Your domiciliary account has been credited with USD 1,200.00.",
    ),
    (
        "Lagos Tech Meetup <news@lagostech.example>",
        "This month: Go in production",
        "newsletter",
        "Join us Saturday at the Yaba hub for talks on Go in production and a careers panel.",
    ),
    (
        "Chidi Okafor <chidi.okafor@gmail.com>",
        "remote gig",
        "personal",
        "Guy, how far with the remote thing? Make we celebrate when e land.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TOLU,
        own_to=_OWN_TO,
        offset="+0100",
        clock="13:35:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="18:20:00",
        tag="twohundredten",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
