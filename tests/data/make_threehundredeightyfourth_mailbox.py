"""A three-hundred-and-eighty-fourth mailbox, written as a held-out check after the three-hundred-and-eighty-third
(issue #24).

Rosa, who runs front of house in Portland, looks for work with small businesses that have no tracking system: her
own mail with a CV attached ("Hi, I saw your post on Craigslist for a server - my resume is attached"), and answers
from owners' phones and Gmail ("Hey Rosa, can you come by Tuesday around 3 to chat? Ask for Deb"), "Want to do a
trial shift Saturday 5-9?" (the last round), "We'd love to have you on the team - $19/hr plus tips, can you start the
15th?", her "Yes! See you then"; a bakery's "Thanks for reaching out, we're all set for now" (a no); a hotel's
Workday receipt and its no; a café that never answers.  Negatives: Craigslist's own posting notice, a Poached Jobs
alert, a landlord, Venmo, a sister, a restaurant's reservation confirmation (a restaurant, not an employer's mail).
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ROSA = "rosa.jimenez.pdx@gmail.com"
ME = f"Rosa Jimenez <{ROSA}>"
DEB = "Deb Walsh <thelarkbistro@gmail.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "The Lark Bistro",
        "applied",
        "2025-04-07",
        ME,
        "Server position - Rosa Jimenez",
        "Hi,\n\nI saw your post on Craigslist for a server at The Lark Bistro. I have four years of experience in full "
        "service restaurants and I'm available evenings and weekends. My resume is attached.\n\nThanks,\nRosa Jimenez\n"
        "503-555-0148",
        "t-lark",
    ),
    (
        # (first written "Crumb & Co", a name no mail gives: the bakery signs and sends as "Crumb & Co";
        # changed before any rule changed for it)
        "Crumb & Co",
        "applied",
        "2025-04-07",
        ME,
        "Counter help",
        "Hello! I'm interested in the counter/barista opening you posted on Instagram. I've attached my resume - I have "
        "two years of espresso experience.\n\nRosa",
        "t-crumb",
    ),
    (
        "Juniper Coffee",
        "applied",
        "2025-04-08",
        ME,
        "Barista application",
        "Hi there,\n\nI'd like to apply for the barista job on your website. Resume attached. I can work mornings.\n\n"
        "Best,\nRosa Jimenez",
        "t-juniper",
    ),
    (
        "Hotel Rosemont",
        "applied",
        "2025-04-09",
        "Hotel Rosemont <rosemonthotels@myworkday.com>",
        "Thank you for applying to Hotel Rosemont",
        "Hi Rosa,\n\nThank you for applying for the Restaurant Server - Bar Rosemont position. We will review your "
        "application and contact you if we would like to move forward.\n\nHotel Rosemont Talent Team",
        "t-rosemont",
    ),
    (
        "The Lark Bistro",
        "interview",
        "2025-04-10",
        DEB,
        "Re: Server position - Rosa Jimenez",
        "Hey Rosa, thanks for reaching out! Can you come by Tuesday around 3 to chat? Ask for Deb.\n\nSent from my "
        "iPhone",
        "t-lark",
    ),
    (
        "Crumb & Co",
        "rejected",
        "2025-04-11",
        "Crumb & Co <hello@crumbandco.com>",
        "Re: Counter help",
        "Hi Rosa - thanks so much for reaching out! We're all set for now, but we'll keep your resume on file if "
        "anything opens up this summer. \u2014 Jo",
        "t-crumb",
    ),
    (
        "The Lark Bistro",
        "onsite",
        "2025-04-15",
        DEB,
        "Re: Server position - Rosa Jimenez",
        "Great meeting you today. Want to do a trial shift Saturday 5-9? Wear black, we'll feed you.\n\nDeb",
        "t-lark",
    ),
    (
        "Hotel Rosemont",
        "rejected",
        "2025-04-18",
        "Hotel Rosemont <rosemonthotels@myworkday.com>",
        "Your application to Hotel Rosemont",
        "Hi Rosa,\n\nThank you for your interest in the Restaurant Server - Bar Rosemont position. After reviewing your "
        "application, we have decided to move forward with other candidates.\n\nHotel Rosemont Talent Team",
        "t-rosemont",
    ),
    (
        "The Lark Bistro",
        "offer",
        "2025-04-20",
        DEB,
        "Re: Server position - Rosa Jimenez",
        "Rosa you crushed it Saturday! We'd love to have you on the team - $19/hr plus tips, 4 nights a week. Can you "
        "start the 25th?\n\nDeb",
        "t-lark",
    ),
    (
        "The Lark Bistro",
        "accepted",
        "2025-04-20",
        ME,
        "Re: Server position - Rosa Jimenez",
        "Yes! Thank you so much Deb, see you on the 25th.\n\nRosa",
        "t-lark",
    ),
]

_NEGATIVES = [
    (
        "craigslist <robot@craigslist.org>",
        'POST/EDIT/DELETE: "Couch - free"',
        "other",
        "Your posting has been published. Manage your posting with the link below.",
    ),
    (
        "Poached Jobs <alerts@poachedjobs.com>",
        "New Portland server jobs",
        "alert",
        "Server - Ava Gene's - SE Portland. Bartender - Kachka - SE Portland. See all jobs.",
    ),
    (
        "Mike Chen <mike.chen.properties@gmail.example>",
        "rent / sink",
        "personal",
        "Plumber is coming Thursday for the sink. Rent is due the 1st as usual.",
    ),
    (
        "Venmo <venmo@venmo.example>",
        "Ana paid you $24.00",
        "other",
        "Ana Jimenez paid you $24.00 for tacos.",
    ),
    (
        "Ana Jimenez <ana.jimenez@gmail.example>",
        "mom's bday",
        "personal",
        "Are we still doing dinner for mom on Sunday?",
    ),
    (
        "Nostrana <reservations@opentable.example>",
        "Your reservation is confirmed",
        "other",
        "Your table for 2 at Nostrana on Friday, April 25 at 7:30 PM is confirmed. We look forward to seeing you.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ROSA,
        own_to={
            "The Lark Bistro": DEB,
            "Crumb & Co": "Crumb & Co <hello@crumbandco.com>",
            "Juniper Coffee": "Juniper Coffee <jobs@junipercoffee.com>",
        },
        offset="-0700",
        clock="13:25:00",
        neg_start="2025-04-06",
        neg_step=3,
        neg_clock="21:45:00",
        tag="threehundredeightyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
