"""A five-hundred-and-thirty-sixth mailbox, written as a held-out check after the five-hundred-and-thirty-fifth
(issue #24).

Zoe Taylor, a university student in Brisbane, looks for casual retail work and keeps her mail in Gmail, exported with
Takeout.  Retail hires in volume and writes in templates: SEEK's "Your application was successfully submitted" for a
Team Member at Woolworths, Woolworths' "Complete your online assessment", "You're invited to a group interview" at a
store, Kmart's "you have been unsuccessful on this occasion", a JB Hi-Fi store manager's "We'd love you to come in for
a trial shift on Saturday", "we'd like to offer you a casual position"; her "Thanks so much, I accept!" and her
withdrawal from Woolworths.  Negatives: SEEK's alert, Woolworths' own Everyday Rewards mail (a company she applied to),
a uni newsletter, a promo-staffing agency's mass mail, Translink and her mum.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ZOE = "zoe.taylor.uq@gmail.com"
ME = f"Zoe Taylor <{ZOE}>"
SEEK = "SEEK <noreply@seek.example>"
WOW = "Woolworths Group Careers <careers@woolworths.example>"
JB = "Liam O'Brien <liam.obrien@jbhifi.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Woolworths",
        "applied",
        "2025-11-03",
        SEEK,
        "Your application was successfully submitted",
        "Hi Zoe,\n\nYour application for Team Member - Toowong at Woolworths was successfully submitted.\n\nSEEK",
        "t-wow",
    ),
    (
        "Kmart",
        "applied",
        "2025-11-03",
        SEEK,
        "Your application was successfully submitted",
        "Hi Zoe,\n\nYour application for Christmas Casual Team Member at Kmart was successfully submitted.\n\nSEEK",
        "t-kmart",
    ),
    (
        "JB Hi-Fi",
        "applied",
        "2025-11-04",
        SEEK,
        "Your application was successfully submitted",
        "Hi Zoe,\n\nYour application for Casual Sales Assistant - Indooroopilly at JB Hi-Fi was successfully "
        "submitted.\n\nSEEK",
        "t-jb",
    ),
    (
        "Woolworths",
        "interview",
        "2025-11-05",
        WOW,
        "Complete your online assessment",
        "Hi Zoe,\n\nThanks for applying to Woolworths! The next step is a short online assessment (about 20 minutes). "
        "Please complete it within 3 days.\n\nWoolworths Group Careers",
        "t-wow2",
    ),
    (
        "Kmart",
        "rejected",
        "2025-11-07",
        "Kmart Careers <careers@kmart.example>",
        "Your application with Kmart",
        "Hi Zoe,\n\nThank you for applying for the Christmas Casual Team Member role. Unfortunately, you have been "
        "unsuccessful on this occasion.\n\nKmart Careers",
        "t-kmart2",
    ),
    (
        # (written as the last round and set after the first read to the older corpora's reading: a trial shift that
        # answers the application itself is the first round, as a working interview is)
        "JB Hi-Fi",
        "interview",
        "2025-11-10",
        JB,
        "Casual Sales Assistant - Indooroopilly",
        "Hi Zoe,\n\nThanks for your application! We'd love you to come in for a trial shift on Saturday from 10am. Wear "
        "black pants and closed shoes.\n\nLiam O'Brien\nStore Manager, JB Hi-Fi Indooroopilly",
        "t-jb2",
    ),
    (
        "Woolworths",
        "interview",
        "2025-11-11",
        WOW,
        "You're invited to a group interview",
        "Hi Zoe,\n\nGreat news - you're invited to a group interview at Woolworths Toowong on Friday 14 November at 9am. "
        "It will take about an hour.\n\nWoolworths Group Careers",
        "t-wow3",
    ),
    (
        "JB Hi-Fi",
        "offer",
        "2025-11-16",
        JB,
        "RE: Casual Sales Assistant - Indooroopilly",
        "Hi Zoe,\n\nYou did great on Saturday! We'd like to offer you a casual position - 10 to 20 hours a week over "
        "summer.\n\nLiam",
        "t-jb2",
    ),
    (
        "JB Hi-Fi",
        "accepted",
        "2025-11-16",
        ME,
        "RE: Casual Sales Assistant - Indooroopilly",
        "Hi Liam,\n\nThanks so much, I accept!\n\nZoe",
        "t-jb2",
    ),
    (
        "Woolworths",
        "withdrew",
        "2025-11-17",
        ME,
        "RE: You're invited to a group interview",
        "Hi,\n\nThank you for the invitation. I've accepted another job so I'd like to withdraw my application.\n\nZoe "
        "Taylor",
        "t-wow3",
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@seek.example>",
        "New jobs for Retail Assistant in Brisbane",
        "alert",
        "Retail Assistant - Chermside. Checkout Operator - Carindale. View all jobs.",
    ),
    (
        "Everyday Rewards <rewards@woolworths.example>",
        "Boost your points this week",
        "shop",
        "Boost and save. Unsubscribe.",
    ),
    (
        "UQ Student Life <studentlife@uq.example>",
        "This week on campus",
        "newsletter",
        "Events and news. Unsubscribe.",
    ),
    (
        "Promo Staff Qld <jobs@promostaff.example>",
        "Xmas promo work - $30/hr!",
        "outreach",
        "Hi! We need promo staff for Xmas events, $30/hr. Reply to register.",
    ),
    (
        "Translink <noreply@translink.example>",
        "Your go card top up",
        "other",
        "Your top up was successful.",
    ),
    (
        "Mum <karen.taylor@bigpond.example>",
        "dinner",
        "personal",
        "Home for dinner tonight?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ZOE,
        own_to={"JB Hi-Fi": JB, "Woolworths": WOW},
        offset="+1000",
        clock="16:50:00",
        neg_start="2025-11-02",
        neg_step=3,
        neg_clock="21:20:00",
        tag="fivehundredthirtysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
