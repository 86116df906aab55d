"""A two-hundred-and-eighty-first mailbox, written as a held-out check after the two-hundred-and-eightieth
(issue #24).

Riley, a freelance web developer in Portland looking for a full-time role, exports Gmail with Takeout.  Riley sends
from a personal domain through Gmail's "Send mail as" (riley@rileyokafor.dev) and gives employers a "+jobs" address,
so mail arrives to three spellings of one person; the Takeout's "Sent" label marks the own mail.  Wellfound's
receipt, a Lever board, a founder's reply to Riley's cold mail, a "pairing session" (a round), "a final chat with our
CEO" (the last), "we've decided to go in a different direction", an offer with equity, and Riley's own follow-up,
thanks and acceptance.  Negatives: Wellfound's weekly picks, a freelance client's invoice query, a hosting provider's
bill, a meetup, a conference talk acceptance, a friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RILEY = "riley.okafor.pdx@gmail.com"
ALIAS = "riley@rileyokafor.dev"
ME = f"Riley Okafor <{ALIAS}>"

_OWN_TO = {
    "Fernweh Travel": "Ines Vogel <ines@fernwehtravel.example>",
    "Mossbank": "Careers <careers@mossbank.example>",
    "Pinebox Labs": "Chris Lund <chris@pineboxlabs.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Pinebox Labs",
        "applied",
        "2025-09-01",
        "Wellfound <noreply@wellfound.com>",
        "Your application to Pinebox Labs was sent",
        "Hi Riley,\n\nYour application to Pinebox Labs for Full-Stack Engineer was sent. Pinebox Labs will reach out "
        "if they'd like to talk.\n\nWellfound",
        "p1",
    ),
    (
        "Mossbank",
        "applied",
        "2025-09-02",
        "Mossbank <no-reply@hire.lever.co>",
        "Thanks for applying to Mossbank",
        "Hi Riley,\n\nThanks for your interest in Mossbank! We've received your application for Frontend Engineer and "
        "will review it soon.\n\nMossbank",
        "m1",
    ),
    (
        "Fernweh Travel",
        "applied",
        "2025-09-03",
        ME,
        "Frontend developer - Riley Okafor",
        "Hi Ines,\n\nI've used Fernweh to plan two trips and love the product. I saw you're hiring a frontend "
        "developer; I've spent five years building fast, accessible sites for small businesses. Portfolio: "
        "rileyokafor.dev. Would love to chat!\n\nRiley",
        "f1",
    ),
    (
        "Fernweh Travel",
        "screen",
        "2025-09-04",
        "Ines Vogel <ines@fernwehtravel.example>",
        "Re: Frontend developer - Riley Okafor",
        "Hi Riley,\n\nThanks for reaching out - your portfolio is lovely. Do you have 30 minutes this week for a "
        "video call? Thursday afternoon works for me.\n\nInes\nCo-founder, Fernweh Travel",
        "f1",
    ),
    (
        "Pinebox Labs",
        "interview",
        "2025-09-08",
        "Chris Lund <chris@pineboxlabs.example>",
        "Pinebox - pairing session",
        "Hey Riley,\n\nThanks for applying through Wellfound. We skip whiteboards: would you do a 90-minute pairing "
        "session with two of our engineers on a small feature in our real codebase? Any day next week.\n\nChris\n"
        "CTO, Pinebox Labs",
        "p2",
    ),
    (
        "Mossbank",
        "rejected",
        "2025-09-10",
        "Mossbank <no-reply@hire.lever.co>",
        "Your application to Mossbank",
        "Hi Riley,\n\nThank you for your interest in Mossbank and the time you put into applying. We've decided to go "
        "in a different direction for this role.\n\nAll the best,\nMossbank",
        "m1",
    ),
    (
        "Fernweh Travel",
        "follow_up",
        "2025-09-19",
        ME,
        "Re: Frontend developer - Riley Okafor",
        "Hi Ines,\n\nThanks again for the call last week. Just following up to see whether there are next steps - I'm "
        "still very keen.\n\nRiley",
        "f1",
    ),
    (
        "Pinebox Labs",
        "onsite",
        "2025-09-17",
        "Chris Lund <chris@pineboxlabs.example>",
        "Re: Pinebox - pairing session",
        "Riley - the team loved pairing with you. Last step is a final chat with our CEO, Dana, on Monday at 10. "
        "Mostly about how you like to work.\n\nChris",
        "p2",
    ),
    (
        "Fernweh Travel",
        "rejected",
        "2025-09-22",
        "Ines Vogel <ines@fernwehtravel.example>",
        "Re: Frontend developer - Riley Okafor",
        "Hi Riley,\n\nSorry for the slow reply. We've decided to hold off on hiring until after our next round of "
        "funding, so we won't be moving forward right now. I'll reach out if that changes.\n\nInes",
        "f1",
    ),
    (
        "Pinebox Labs",
        "offer",
        "2025-09-24",
        "Chris Lund <chris@pineboxlabs.example>",
        "Offer from Pinebox Labs",
        "Hi Riley,\n\nDana and I would love for you to join Pinebox! We're offering $145k base plus 0.25% equity. "
        "Offer letter attached - take a few days to look it over.\n\nChris",
        "p3",
    ),
    (
        "Pinebox Labs",
        "thank_you",
        "2025-09-22",
        ME,
        "Thanks for today",
        "Hi Dana,\n\nThanks for the conversation this morning - I loved hearing about where Pinebox is headed.\n\nRiley",
        "p4",
    ),
    (
        "Pinebox Labs",
        "accepted",
        "2025-09-26",
        ME,
        "Re: Offer from Pinebox Labs",
        "Hi Chris,\n\nI'm in! Signed offer letter attached. Can't wait to start on October 13.\n\nRiley",
        "p3",
    ),
]

_NEGATIVES = [
    (
        "Wellfound <picks@wellfound.com>",
        "Your weekly picks: 12 startups hiring frontend engineers",
        "alert",
        "Startups hiring: Pinebox Labs - Full-Stack Engineer; Tallyhook - Frontend Engineer; Mossbank - Engineer.",
    ),
    (
        "Beth Carver <beth@carvercoffee.example>",
        "invoice #0412",
        "other",
        "Hi Riley, quick question about invoice #0412 - does it include the menu page changes?",
    ),
    (
        "Hostwell <billing@hostwell.example>",
        "Your invoice is available",
        "other",
        "Your Hostwell invoice for September is available. Amount: $24.00.",
    ),
    (
        "PDX JS <hello@pdxjs.example>",
        "September meetup: signals everywhere",
        "newsletter",
        "Our September meetup is on the 18th at Ziba. Talks on signals and accessible forms.",
    ),
    (
        "Cascadia JS <cfp@cascadiajs.example>",
        "Your talk was accepted!",
        "other",
        "Congratulations! Your talk 'Fast sites for slow phones' was accepted for Cascadia JS. We'd love to have you "
        "on stage in November.",
    ),
    (
        "Sam Ito <sam.ito@gmail.example>",
        "pizza",
        "personal",
        "pizza at ken's tonight?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives; the employers write to "+jobs", Wellfound and
    Lever to the Gmail address, the founder's answers to the domain alias Riley sent from."""
    from mail_score import takeout_corpus

    from offerkit._io.mailbox import company_key

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RILEY,
        own_to=_OWN_TO,
        offset="-0700",
        clock="10:45:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="21:00:00",
        tag="twohundredeightyone",
    )
    for m, truth in msgs:
        sender = str(m["From"])
        if ALIAS in sender:  # Riley's own, sent as the alias: under "Sent", to the employer
            del m["X-Gmail-Labels"], m["To"]
            m["X-Gmail-Labels"] = "Sent"
            m["To"] = next(to for company, to in _OWN_TO.items() if company_key(company) == truth[0])
            continue
        if truth[0] == "skip":
            continue
        to = ALIAS if "fernweh" in sender else "riley.okafor.pdx+jobs@gmail.com" if "pinebox" in sender else RILEY
        del m["To"]
        m["To"] = to
        m["Delivered-To"] = RILEY
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
