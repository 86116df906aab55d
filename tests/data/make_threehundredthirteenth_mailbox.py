"""A three-hundred-and-thirteenth mailbox, written as a held-out check after the three-hundred-and-twelfth (issue #24).

Diego, a line cook in Toronto, reads his mail in Apple Mail and exports the inbox as a plain mbox. Kitchen hiring as it
reaches him: Harri's "Thanks for applying to Bellwoods Tavern", Harri's interview invitation with a stage in the
kitchen, his own mail to a noodle bar's Gmail after its Instagram post, the owner writing from Gmail ("come by Thursday
at 3 and ask for me, we'll do a working interview"), Indeed's receipt for a hotel kitchen, "we went with someone else",
the hotel's "pleased to offer you the position of Line Cook ... $21/hour", and his own "I'll take it! See you Monday".
Negatives: Indeed's alert, a TTC notice, an Uber Eats promotion, a Raptors ticket, a culinary newsletter, his cousin.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DIEGO = "diego.m.alvarez.cook@icloud.example"
ME = f"Diego Alvarez <{DIEGO}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Bellwoods Tavern",
        "applied",
        "2025-05-05",
        "Bellwoods Tavern <no-reply@harri.com>",
        "Thanks for applying to Bellwoods Tavern",
        "Hi Diego,\n\nThanks for applying for the Line Cook position at Bellwoods Tavern. The hiring manager will review "
        "your profile and reach out if it's a match.\n\nGood luck!\nHarri",
        None,
    ),
    (
        "Harbourfront Hotel",
        "applied",
        "2025-05-06",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Line Cook",
        "Application submitted\n\nLine Cook\nHarbourfront Hotel - Toronto, ON\n\nThe following items were sent to "
        "Harbourfront Hotel. Good luck!\n- Resume\n\nNext steps: the employer may contact you.",
        None,
    ),
    (
        "Ossington Noodle Bar",
        "applied",
        "2025-05-06",
        ME,
        "Line cook - resume",
        "Hi there,\n\nI saw your post on Instagram that you're hiring line cooks. I have 4 years on the line (sauté and "
        "grill) and I'm available evenings and weekends. Resume attached.\n\nThanks,\nDiego Alvarez\n416-555-0199",
        None,
        "Ossington Noodle Bar <ossingtonnoodlebar@gmail.com>",
    ),
    (
        "Ossington Noodle Bar",
        "interview",
        "2025-05-07",
        "Ossington Noodle Bar <ossingtonnoodlebar@gmail.com>",
        "Re: Line cook - resume",
        "Hey Diego, thanks for reaching out. Come by Thursday at 3 and ask for me (Kenji), we'll do a working interview "
        "on the line for an hour or two.\n\nKenji",
        2,
    ),
    (
        "Bellwoods Tavern",
        "interview",
        "2025-05-08",
        "Bellwoods Tavern <no-reply@harri.com>",
        "Interview invitation from Bellwoods Tavern",
        "Hi Diego,\n\nBellwoods Tavern would like to invite you to an interview for Line Cook on Saturday, May 10 at 2:00 "
        "PM. Please come to 1100 Queen St W and ask for Chef Marco. The interview includes a short stage in the "
        "kitchen.\n\nConfirm your interview in the Harri app.",
        0,
    ),
    (
        "Ossington Noodle Bar",
        "rejected",
        "2025-05-12",
        "Ossington Noodle Bar <ossingtonnoodlebar@gmail.com>",
        "Re: Line cook - resume",
        "Hey Diego, thanks for coming in Thursday, you've got good hands. We went with someone else who can do "
        "mornings too. Good luck out there.\n\nKenji",
        3,
    ),
    (
        "Harbourfront Hotel",
        "interview",
        "2025-05-13",
        "Priya Kaur <priya.kaur@harbourfronthotel.example>",
        "Line Cook interview - Harbourfront Hotel",
        "Hi Diego,\n\nThank you for applying to the Line Cook position. We'd like to invite you for an interview with "
        "our Executive Chef on Friday, May 16 at 10:30 AM. Please use the staff entrance on Queens Quay.\n\nPriya "
        "Kaur\nTalent Acquisition Coordinator | Harbourfront Hotel",
        None,
    ),
    (
        "Bellwoods Tavern",
        "rejected",
        "2025-05-14",
        "Bellwoods Tavern <no-reply@harri.com>",
        "Update from Bellwoods Tavern",
        "Hi Diego,\n\nThank you for your interest in Bellwoods Tavern. The team has decided to move forward with other "
        "candidates for the Line Cook position.\n\nGood luck with your search!",
        0,
    ),
    (
        "Harbourfront Hotel",
        "offer",
        "2025-05-20",
        "Priya Kaur <priya.kaur@harbourfronthotel.example>",
        "Offer - Line Cook",
        "Hi Diego,\n\nWe are pleased to offer you the position of Line Cook at Harbourfront Hotel at $21.00/hour, full "
        "time, starting Monday, May 26. Please reply to confirm and we will send your onboarding package.\n\nPriya",
        6,
    ),
    (
        "Harbourfront Hotel",
        "accepted",
        "2025-05-20",
        ME,
        "Re: Offer - Line Cook",
        "Hi Priya,\n\nI'll take it! Thank you so much. See you Monday the 26th.\n\nDiego",
        8,
        "Priya Kaur <priya.kaur@harbourfronthotel.example>",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Line Cook jobs in Toronto, ON",
        "alert",
        "Line Cook - King West. Prep Cook - Yorkville. Easily apply.",
    ),
    (
        "TTC <notices@ttc.example>",
        "Service change: Line 1 weekend closure",
        "other",
        "Line 1 will be closed between St Clair and Union this weekend.",
    ),
    (
        "Uber Eats <uber@uber.example>",
        "$5 off your next order",
        "shop",
        "Get $5 off your next Uber Eats order this week.",
    ),
    (
        "Toronto Raptors <tickets@raptors.example>",
        "Your tickets are ready",
        "other",
        "Your tickets for Saturday's game are ready in the app.",
    ),
    (
        "Restaurants Canada <news@restaurantscanada.example>",
        "Foodservice Facts 2025",
        "newsletter",
        "This month: menu prices, labour costs and the patio season outlook.",
    ),
    (
        "Mateo Alvarez <mateo.alvarez@hotmail.example>",
        "bbq",
        "personal",
        "bbq at tio's on sunday, bring the grill tongs lol",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DIEGO,
        own_to={},
        offset=lambda d: "-0400",
        clock="15:05:00",
        neg_start="2025-05-04",
        neg_step=3,
        neg_clock="23:10:00",
        tag="threehundredthirteen",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the inbox as Apple Mail exports it (a plain mbox, "Inbox.mbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
