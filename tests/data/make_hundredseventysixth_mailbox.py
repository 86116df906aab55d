"""A hundred-and-seventy-sixth mailbox, written as a held-out check after the hundred-and-seventy-fifth (issue #24).

Luis, a cook in Chicago looking for a sous chef's job, exported Gmail with Takeout.  Kitchens hire through
hospitality job sites that relay the chef's own words (Culinary Agents' "Chef Marco Bellini from Ferro & Fiamma
sent you a message", Poached), a hotel's scheduling system (Harri), a stage (a trial shift in the kitchen), a
tasting, and owners who write from free mailboxes.  Negatives: a food-safety certificate, a restaurant supplier's
promotions, a restaurant reservation, a culinary staffing app's shifts, a chefs' newsletter, job alerts.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUIS = "luis.herrera.cooks@gmail.com"
ME = f"Luis Herrera <{LUIS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Ferro & Fiamma",
        "applied",
        "2025-08-04",
        "Culinary Agents <notifications@culinaryagents.com>",
        "Your application to Ferro & Fiamma was sent",
        "Hi Luis,\n\nYour application for Sous Chef at Ferro & Fiamma (West Loop) was sent. The hiring manager will "
        "reach out through Culinary Agents if interested.\n\nCulinary Agents",
        "f1",
    ),
    (
        "Lakeshore Grand Hotel",
        "applied",
        "2025-08-05",
        "Harri <no-reply@harri.com>",
        "Application received - Lakeshore Grand Hotel",
        "Hi Luis,\n\nThanks for applying for Banquet Chef at Lakeshore Grand Hotel. The team will review your "
        "application and get in touch.\n\nPowered by Harri",
        "l1",
    ),
    (
        "Bar Pulpo",
        "applied",
        "2025-08-06",
        "Poached <hello@poachedjobs.com>",
        "You applied to Line Cook at Bar Pulpo",
        "Nice work, Luis! Your application for Line Cook at Bar Pulpo (Logan Square) is in. Employers usually "
        "respond within a week.\n\nPoached",
        "b1",
    ),
    (
        "Ferro & Fiamma",
        "interview",
        "2025-08-07",
        "Culinary Agents <notifications@culinaryagents.com>",
        "New message from Ferro & Fiamma",
        'Chef Marco Bellini from Ferro & Fiamma sent you a message:\n\n"Hi Luis, loved your background. Can you '
        'come in for a stage Thursday at 2pm? Bring your knives."\n\nReply on Culinary Agents',
        "f2",
    ),
    (
        "Bar Pulpo",
        "interview",
        "2025-08-08",
        "Javi Ortega <barpulpo.chi@gmail.com>",
        "Line cook",
        "Hey Luis, got your application on Poached. Can you come by Monday at 3 to talk? Ask for Javi.",
        "b2",
    ),
    (
        "Sweet Maple Bakery",
        "applied",
        "2025-08-09",
        ME,
        "Pastry cook application - Luis Herrera",
        "Hello,\n\nI'd like to apply for the pastry cook opening at Sweet Maple Bakery. I have six years on the line "
        "and two in pastry at a hotel. My resume is attached.\n\nThanks,\nLuis Herrera",
        "s1",
    ),
    (
        "Lakeshore Grand Hotel",
        "interview",
        "2025-08-11",
        "Harri <no-reply@harri.com>",
        "Interview scheduled - Lakeshore Grand Hotel",
        "Hi Luis,\n\nYour interview with Executive Chef Dana Ross at Lakeshore Grand Hotel is scheduled for "
        "Wednesday, August 13 at 3:00 PM. Please bring your knives for a short tasting.\n\nPowered by Harri",
        "l2",
    ),
    (
        "Ferro & Fiamma",
        "offer",
        "2025-08-12",
        "Culinary Agents <notifications@culinaryagents.com>",
        "New message from Ferro & Fiamma",
        "Chef Marco Bellini from Ferro & Fiamma sent you a message:\n\n\"Luis - great stage yesterday. We'd like to "
        'offer you the sous chef position at $62k. Let me know by Friday."\n\nReply on Culinary Agents',
        "f3",
    ),
    (
        "Lakeshore Grand Hotel",
        "thank_you",
        "2025-08-13",
        ME,
        "Thank you - Banquet Chef",
        "Chef Ross,\n\nThank you for the time today and for letting me cook for you. I enjoyed meeting the team.\n\n"
        "Luis Herrera",
        "l3",
    ),
    (
        "Lakeshore Grand Hotel",
        "rejected",
        "2025-08-20",
        "Dana Ross <dross@lakeshoregrand.com>",
        "Re: Thank you - Banquet Chef",
        "Luis, thanks for coming in and for the tasting. We've decided to promote from within for this role. I'll "
        "keep you in mind.\n\nChef Dana",
        "l3",
    ),
]

_OWN_TO = {
    "Sweet Maple Bakery": "jobs@sweetmaplebakery.com",
    "Lakeshore Grand Hotel": "Dana Ross <dross@lakeshoregrand.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "ServSafe <noreply@servsafe.com>",
        "Your ServSafe Manager certificate expires soon",
        "not about an application",
        "Your food protection manager certificate expires on October 1. Renew online or find an exam near you.",
    ),
    (
        "Restaurant Depot <deals@restaurantdepot.com>",
        "This week's deals: proteins and produce",
        "shop",
        "Save on ribeye, chicken thighs and avocados this week. Members only. Unsubscribe",
    ),
    (
        "OpenTable <no-reply@opentable.com>",
        "Your reservation at Bar Pulpo is confirmed",
        "not about an application",
        "Party of 2, Saturday at 8:00 PM. Bar Pulpo, 2500 N Milwaukee Ave. Need to change it? Modify reservation.",
    ),
    (
        "Qwick <shifts@qwick.com>",
        "Banquet shifts near you this weekend",
        "outreach",
        "Pick up banquet cook shifts at $25/hr at hotels near you. Apply in the app and get paid the next day.",
    ),
    (
        "Chicago Chefs Table <news@chicagochefstable.org>",
        "August newsletter",
        "newsletter",
        "Meet the chefs behind the city's new openings, and save the date for our fall fundraiser.",
    ),
    (
        "Culinary Agents <jobs@culinaryagents.com>",
        "New jobs near you: Sous Chef, Chef de Cuisine",
        "alert",
        "Sous Chef - Fulton Market. Chef de Cuisine - River North. Apply with one click.",
    ),
    (
        "Poached <jobs@poachedjobs.com>",
        "Jobs you might like in Chicago",
        "alert",
        "Line Cook - Pilsen. Prep Cook - Wicker Park. See all jobs.",
    ),
    (
        "Tomás Herrera <tomas.herrera77@gmail.com>",
        "bbq sunday",
        "personal",
        "You're on brisket. Don't be late this time.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LUIS,
        own_to=_OWN_TO,
        offset="-0500",
        clock="15:05:00",
        neg_start="2025-08-02",
        neg_step=3,
        neg_clock="10:30:00",
        tag="hundredseventysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
