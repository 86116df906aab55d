"""A two-hundred-and-eighty-third mailbox, written as a held-out check after the two-hundred-and-eighty-second
(issue #24).

Aroha, an events coordinator in Auckland, exports Gmail with Takeout.  New Zealand hiring: Trade Me Jobs' "Your
application has been sent to", SEEK's receipt, a district council's system, "Kia ora Aroha" and "Ngā mihi" from
employers, "you've been shortlisted", a "korero" on the phone (a screen), "a second interview with our GM" (the last),
"unfortunately you haven't been successful this time", a "letter of offer" subject to a police vet, and her own
"Chur - I'd love to accept".  Negatives: Trade Me's listing watchlist, SEEK's job mail, a festival newsletter, an
AT HOP top-up, a rugby club, a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AROHA = "aroha.tipene.events@gmail.com"
ME = f"Aroha Tipene <{AROHA}>"

_OWN_TO = {
    "Waitematā Events Co": "Mere Hohaia <mere@waitemataevents.co.nz>",
    "Harbourside Convention Centre": "Sophie Bell <sophie.bell@harboursidecc.co.nz>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Waitematā Events Co",
        "applied",
        "2025-02-10",
        "Trade Me Jobs <jobs@trademe.co.nz>",
        "Your application has been sent",
        "Kia ora Aroha,\n\nYour application for Events Coordinator has been sent to Waitematā Events Co.\n\nGood luck!"
        "\nTrade Me Jobs",
        "w1",
    ),
    (
        "Harbourside Convention Centre",
        "applied",
        "2025-02-11",
        "SEEK <noreply@s.seek.co.nz>",
        "Your application was successfully submitted",
        "Hi Aroha,\n\nYour application for Event Planner was successfully submitted to Harbourside Convention Centre."
        "\n\nSEEK",
        "h1",
    ),
    (
        "Tāmaki Regional Council",
        "applied",
        "2025-02-12",
        "Tāmaki Regional Council Careers <careers@trc.govt.example>",
        "Application received - Community Events Advisor",
        "Kia ora Aroha,\n\nThank you for applying for the Community Events Advisor role (Ref 25-0188) with Tāmaki "
        "Regional Council. Applications close on 24 February and we'll be in touch after that.\n\nNgā mihi,\nPeople & "
        "Capability Team",
        "t1",
    ),
    (
        "Waitematā Events Co",
        "screen",
        "2025-02-13",
        "Mere Hohaia <mere@waitemataevents.co.nz>",
        "Events Coordinator role",
        "Kia ora Aroha,\n\nThanks heaps for your application! Are you keen for a quick korero on the phone on Friday "
        "morning? Just 20 minutes to hear a bit about you.\n\nNgā mihi,\nMere\nDirector, Waitematā Events Co",
        "w2",
    ),
    (
        "Harbourside Convention Centre",
        "interview",
        "2025-02-17",
        "Sophie Bell <sophie.bell@harboursidecc.co.nz>",
        "You've been shortlisted - Event Planner",
        "Hi Aroha,\n\nGreat news - you've been shortlisted for the Event Planner role! We'd like to invite you to an "
        "interview at the centre on Wednesday 19 February at 11am with myself and our Events Manager.\n\nKind regards,"
        "\nSophie Bell\nHR Advisor, Harbourside Convention Centre",
        "h2",
    ),
    (
        "Waitematā Events Co",
        "interview",
        "2025-02-18",
        "Mere Hohaia <mere@waitemataevents.co.nz>",
        "RE: Events Coordinator role",
        "Kia ora Aroha,\n\nLovely to chat on Friday! Would you be able to come into our Ponsonby office on Monday at 2pm "
        "for an interview with me and Tama, our operations lead?\n\nMere",
        "w2",
    ),
    (
        "Tāmaki Regional Council",
        "rejected",
        "2025-03-03",
        "Tāmaki Regional Council Careers <careers@trc.govt.example>",
        "Community Events Advisor - outcome",
        "Kia ora Aroha,\n\nThank you for your interest in the Community Events Advisor role. Unfortunately you haven't "
        "been successful this time, as we've shortlisted candidates whose experience more closely matches the role."
        "\n\nNgā mihi,\nPeople & Capability Team",
        "t1",
    ),
    (
        "Harbourside Convention Centre",
        "onsite",
        "2025-02-24",
        "Sophie Bell <sophie.bell@harboursidecc.co.nz>",
        "Second interview",
        "Hi Aroha,\n\nThanks for coming in last week. We'd love you to come back for a second interview with our GM, "
        "Paul, on Thursday at 10am - this will be the final stage.\n\nKind regards,\nSophie",
        "h3",
    ),
    (
        "Waitematā Events Co",
        "rejected",
        "2025-02-27",
        "Mere Hohaia <mere@waitemataevents.co.nz>",
        "RE: Events Coordinator role",
        "Kia ora Aroha,\n\nThank you so much for your time on Monday. It was a really tough call, but we've gone with "
        "someone who has a bit more festival experience. Please keep in touch!\n\nNgā mihi,\nMere",
        "w2",
    ),
    (
        "Harbourside Convention Centre",
        "offer",
        "2025-03-05",
        "Sophie Bell <sophie.bell@harboursidecc.co.nz>",
        "Letter of offer - Event Planner",
        "Hi Aroha,\n\nCongratulations! Paul and the team would love you to join us. Please find attached your letter of "
        "offer for the Event Planner role ($68,000), subject to a satisfactory police vet.\n\nKind regards,\nSophie",
        "h4",
    ),
    (
        "Harbourside Convention Centre",
        "accepted",
        "2025-03-06",
        ME,
        "RE: Letter of offer - Event Planner",
        "Kia ora Sophie,\n\nChur - I'd love to accept! Signed letter and police vet form attached.\n\nNgā mihi,\nAroha",
        "h4",
    ),
]

_NEGATIVES = [
    (
        "Trade Me <watchlist@trademe.co.nz>",
        "An item on your Watchlist is closing soon",
        "other",
        "Vintage rimu coffee table is closing in 2 hours. Current bid: $120.",
    ),
    (
        "SEEK <jobmail@s.seek.co.nz>",
        "New jobs for Event Coordinator in Auckland",
        "alert",
        "Event Coordinator - Auckland CBD. Events Manager - Parnell. Conference Coordinator - Auckland Airport.",
    ),
    (
        "Pasifika Festival <news@pasifikafest.example>",
        "Festival line-up announced!",
        "newsletter",
        "The 2025 line-up is here: two days of music, food and culture at Western Springs.",
    ),
    (
        "AT HOP <noreply@athop.example>",
        "Your AT HOP card has been topped up",
        "other",
        "Your AT HOP card has been topped up with $20.00.",
    ),
    (
        "Ponsonby Rugby Club <secretary@ponsonbyrugby.example>",
        "Season registrations open",
        "newsletter",
        "Registrations for the 2025 season are now open. Training starts in March.",
    ),
    (
        "Kiri Walker <kiri.walker@gmail.example>",
        "beach sat",
        "personal",
        "piha on saturday? leaving at 9",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AROHA,
        own_to=_OWN_TO,
        offset="+1300",
        clock="10:25:00",
        neg_start="2025-02-09",
        neg_step=4,
        neg_clock="19:55:00",
        tag="twohundredeightythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
