"""A six-hundred-and-thirty-third mailbox, written as a held-out check after the six-hundred-and-thirty-second
(issue #24).

Ciarán Doyle, a chef in Galway, exports his Gmail with Takeout. Restaurants and hotels write from their own free
mailboxes and the bigger groups through systems: Indeed's "Your application has been submitted" for a head chef job at
Ard Bia, a restaurant's own Gmail ("The Quay Street Kitchen <quaystreetkitchen@gmail>": "Thanks for your CV - can you
come in for a trial shift Saturday?"), the g Hotel's Harri receipt "Thank you for applying", Ard Bia's owner from the
restaurant's Gmail ("Could you come in for a chat Tuesday at 3?"), the g Hotel's "interview with our Executive Chef",
Quay Street Kitchen's "We'd love to offer you the sous chef job - €42k, 5 days", the g Hotel's "we have decided to
proceed with other candidates", Ard Bia's "we've gone with someone else", his "Delighted to accept" to Quay Street
Kitchen and his thanks after the trial shift. Negatives: Indeed's alert, the Galway Advertiser's newsletter, a
hospitality agency's cold mail, the g Hotel's own spa offers (a hotel he applied to), Bus Éireann and his mate. Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CIARAN = "ciaran.doyle.chef@gmail.com"
ME = f"Ciarán Doyle <{CIARAN}>"
INDEED = "Indeed <indeedapply@indeed.example>"
QSK = "The Quay Street Kitchen <quaystreetkitchen@gmail.example>"
GHOTEL = "The g Hotel <noreply@harri.example>"
ARDBIA = "Aoife Walsh <ardbiagalway@gmail.example>"
GCHEF = "Declan Burke <declan.burke@theghotel.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Ard Bia",
        "applied",
        "2025-03-03",
        INDEED,
        "Your application has been submitted",
        "Hi Ciarán,\n\nYour application for Head Chef at Ard Bia at Nimmos has been submitted.\n\nIndeed",
        "t-ard",
    ),
    (
        "The Quay Street Kitchen",
        "onsite",
        "2025-03-04",
        QSK,
        "Re: Sous chef",
        "Hi Ciarán,\n\nThanks for your CV - can you come in for a trial shift Saturday from 4? Ask for Mark.\n\nThe Quay "
        "Street Kitchen",
        "t-qsk",
    ),
    (
        "The g Hotel",
        "applied",
        "2025-03-05",
        GHOTEL,
        "Thank you for applying",
        "Hi Ciarán,\n\nThank you for applying for Chef de Partie at The g Hotel & Spa. We'll be in touch.\n\nThe g "
        "Hotel Talent Team",
        "t-g",
    ),
    (
        "Ard Bia",
        "interview",
        "2025-03-06",
        ARDBIA,
        "Head Chef",
        "Hi Ciarán,\n\nThanks for applying for the head chef job. Could you come in for a chat Tuesday at 3?\n\nAoife\n"
        "Ard Bia at Nimmos",
        "t-ard2",
    ),
    (
        "The Quay Street Kitchen",
        "thank_you",
        "2025-03-08",
        ME,
        "Re: Sous chef",
        "Hi Mark,\n\nThanks for having me in today - really enjoyed the shift.\n\nCiarán",
        "t-qsk",
    ),
    (
        "The g Hotel",
        "interview",
        "2025-03-10",
        GCHEF,
        "Interview - Chef de Partie",
        "Hi Ciarán,\n\nWe would like to invite you for an interview with our Executive Chef on Thursday at 11am at the "
        "hotel.\n\nDeclan Burke\nHR Manager",
        "t-g2",
    ),
    (
        "The Quay Street Kitchen",
        "offer",
        "2025-03-11",
        QSK,
        "Re: Sous chef",
        "Hi Ciarán,\n\nWe'd love to offer you the sous chef job - €42k, 5 days. Let us know!\n\nMark\nThe Quay Street "
        "Kitchen",
        "t-qsk",
    ),
    (
        "The Quay Street Kitchen",
        "accepted",
        "2025-03-12",
        ME,
        "Re: Sous chef",
        "Hi Mark,\n\nDelighted to accept - see you Monday!\n\nCiarán",
        "t-qsk",
    ),
    (
        "Ard Bia",
        "rejected",
        "2025-03-13",
        ARDBIA,
        "Re: Head Chef",
        "Hi Ciarán,\n\nThanks for coming in. We've gone with someone else for the role this time, but best of luck.\n\n"
        "Aoife",
        "t-ard2",
    ),
    (
        "The g Hotel",
        "rejected",
        "2025-03-17",
        GHOTEL,
        "Your application",
        "Hi Ciarán,\n\nThank you for your interest. We have decided to proceed with other candidates.\n\nThe g Hotel "
        "Talent Team",
        "t-g",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "New chef jobs in Galway",
        "alert",
        "Sous Chef - Salthill. Commis Chef - Oranmore. View jobs.",
    ),
    (
        "Galway Advertiser <news@advertiser.example>",
        "This week in Galway",
        "newsletter",
        "Local news. Unsubscribe.",
    ),
    (
        "Noel Ryan <noel@hospitalityrecruit.example>",
        "Head chef roles - Connemara",
        "outreach",
        "Hi Ciarán, I've a few head chef roles in Connemara hotels. Free for a chat?",
    ),
    (
        "The g Hotel & Spa <offers@theghotel.example>",
        "Spa breaks this spring",
        "newsletter",
        "Treat yourself. Unsubscribe.",
    ),
    (
        "Bus Éireann <tickets@buseireann.example>",
        "Your ticket",
        "other",
        "Your ticket Galway - Dublin.",
    ),
    (
        "Darragh <darragh.f@gmail.example>",
        "pints",
        "personal",
        "Pints Friday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CIARAN,
        own_to={"The Quay Street Kitchen": QSK},
        offset="+0000",
        clock="11:30:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="21:45:00",
        tag="sixhundredthirtythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
