"""A three-hundred-and-twenty-eighth mailbox, written as a held-out check after the three-hundred-and-twenty-seventh
(issue #24).

Rohan, a business analyst contractor in Sydney, exports Gmail with Takeout.  Contracting through agencies as Sydney
does it: one consultant's "I've submitted your CV to Koala Insurance for the Senior BA contract ($1,000/day)", then
"Koala would like to interview you Tuesday", then "feedback from Koala: they've gone with another candidate"; a second
agency's "Thanks for the RTR - you've been submitted to our client, one of the big four banks", then "The client is
Harbourside Bank and they'd like a second round with the delivery lead", then "Harbourside have come back with an
offer at $1,050/day", and his "Happy to accept"; a third agency's cold "are you available?".  Negatives: that cold
mail, SEEK's alert, an agency's market update, an Opal card notice, a Woolworths promotion, his mate.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ROHAN = "rohan.mehta.ba@gmail.com"
ME = f"Rohan Mehta <{ROHAN}>"

_OWN_TO = {
    "Harbourside Bank": "Chloe Nguyen <chloe.nguyen@opaltalent.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Koala Insurance",
        "applied",
        "2025-08-04",
        "James Whitaker <james.whitaker@bridgeportrecruitment.example>",
        "Senior BA contract - Koala Insurance",
        "Hi Rohan,\n\nThanks for your time this morning. I've submitted your CV to Koala Insurance for the Senior BA "
        "contract (6 months, $1,000/day + super). Will let you know as soon as I hear back.\n\nCheers,\nJames "
        "Whitaker\nBridgeport Recruitment",
        "k1",
    ),
    (
        "Harbourside Bank",
        "applied",
        "2025-08-05",
        "Chloe Nguyen <chloe.nguyen@opaltalent.example>",
        "Senior Business Analyst - Banking",
        "Hi Rohan,\n\nThanks for the RTR - you've been submitted to our client, one of the big four banks, for the Senior "
        "Business Analyst (Payments) contract. I'll keep you posted.\n\nChloe Nguyen\nOpal Talent",
        "h1",
    ),
    (
        "Koala Insurance",
        "interview",
        "2025-08-07",
        "James Whitaker <james.whitaker@bridgeportrecruitment.example>",
        "RE: Senior BA contract - Koala Insurance",
        "Hi Rohan,\n\nKoala would like to interview you Tuesday at 10am at their Pitt St office with the program manager. "
        "Does that work?\n\nCheers,\nJames",
        "k1",
    ),
    (
        "Harbourside Bank",
        "interview",
        "2025-08-12",
        "Chloe Nguyen <chloe.nguyen@opaltalent.example>",
        "RE: Senior Business Analyst - Banking",
        "Hi Rohan,\n\nGreat news: the client is Harbourside Bank and they'd like a second round with the delivery lead "
        "on Thursday at 2pm (Teams). Can I lock it in?\n\nChloe",
        "h1",
    ),
    (
        "Koala Insurance",
        "rejected",
        "2025-08-14",
        "James Whitaker <james.whitaker@bridgeportrecruitment.example>",
        "RE: Senior BA contract - Koala Insurance",
        "Hi Rohan,\n\nFeedback from Koala: they really liked you but they've gone with another candidate who has more "
        "Guidewire experience. Sorry mate - I'll keep you in mind.\n\nJames",
        "k1",
    ),
    (
        "Harbourside Bank",
        "offer",
        "2025-08-18",
        "Chloe Nguyen <chloe.nguyen@opaltalent.example>",
        "Offer!",
        "Hi Rohan,\n\nHarbourside have come back with an offer at $1,050/day + super for 6 months, starting 1 September. "
        "Let me know and I'll send the contract through.\n\nChloe",
        "h2",
    ),
    (
        "Harbourside Bank",
        "accepted",
        "2025-08-18",
        ME,
        "RE: Offer!",
        "Hi Chloe,\n\nHappy to accept - please send the contract through. Thanks for all your help!\n\nRohan",
        "h2",
    ),
]

_NEGATIVES = [
    (
        "Ben Lawson <ben.lawson@cobaltpeople.example>",
        "Are you available?",
        "outreach",
        "Hi Rohan, are you available for new contracts? I have a couple of BA roles in government. Let me know!",
    ),
    (
        "SEEK <noreply@s.seek.com.au>",
        "New jobs for Business Analyst in Sydney NSW",
        "alert",
        "Senior Business Analyst - Sydney CBD. BA Contract - North Sydney. View all jobs.",
    ),
    (
        "Bridgeport Recruitment <news@bridgeportrecruitment.example>",
        "Technology contracting market update - August",
        "newsletter",
        "Day rates held steady this quarter; demand for BAs in financial services remains strong.",
    ),
    (
        "Opal <noreply@opal.example>",
        "Your Opal card was topped up",
        "other",
        "Your Opal card has been topped up by $40.00.",
    ),
    (
        "Woolworths <specials@woolworths.example>",
        "This week's specials",
        "shop",
        "Half price specials this week on pantry favourites.",
    ),
    (
        "Dev Sharma <devsharma88@gmail.example>",
        "cricket",
        "personal",
        "mate are you in for cricket sunday arvo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ROHAN,
        own_to=_OWN_TO,
        offset="+1000",
        clock="13:45:00",
        neg_start="2025-08-03",
        neg_step=3,
        neg_clock="19:10:00",
        tag="threehundredtwentyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
