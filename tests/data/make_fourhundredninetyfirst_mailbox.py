"""A four-hundred-and-ninety-first mailbox, written as a held-out check after the four-hundred-and-ninetieth (issue
#24).

Tyrone Campbell, a line cook in Toronto, keeps his search in Gmail and exports it with Takeout.  Restaurant hiring is
quick: Indeed's "Your application has been submitted" for a restaurant group, Paradox's "Hi Tyrone, it's Olivia from
Tim Hortons! Your interview is confirmed", a chef's "Can you come in Saturday for a stage? 4pm, bring your knives"
(the working trial, the final round), "You're hired! First shift Monday 7am", his "Awesome, see you Monday", a hotel's
Workday receipt and its "we have decided to move forward with other candidates", and a bistro owner's "we filled the
spot, sorry man".  Negatives: Indeed's alert, a food-handler course promotion, a restaurant newsletter, a pizza deal,
the TTC and his brother.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TY = "tyrone.campbell.cook@gmail.com"
ME = f"Tyrone Campbell <{TY}>"
MARCO = "Marco Ricci <marco@osteriaricci.example>"
OLIVIA = "Olivia from Tim Hortons <timhortons@paradox.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Osteria Ricci",
        "applied",
        "2025-05-05",
        "Indeed <indeedapply@indeed.example>",
        "Your application has been submitted",
        "Your application has been submitted\n\nLine Cook\nOsteria Ricci - Toronto, ON\n\nGood luck! The employer will "
        "review your application.",
        "t-or",
    ),
    (
        "Tim Hortons",
        "applied",
        "2025-05-06",
        OLIVIA,
        "Thanks for applying to Tim Hortons!",
        "Hi Tyrone, it's Olivia from Tim Hortons! Thanks for applying for the Cook position at our Queen & Spadina "
        "restaurant. I'll text you if the team wants to move forward.",
        "t-th",
    ),
    (
        "Fairmont Royal York",
        "applied",
        "2025-05-07",
        "Fairmont Royal York <accor@myworkday.com>",
        "Thank you for applying",
        "Dear Tyrone,\n\nThank you for applying for Commis Cook at Fairmont Royal York. We will review your "
        "application.\n\nTalent & Culture",
        "t-frk",
    ),
    (
        "Bistro Lou",
        "applied",
        "2025-05-07",
        ME,
        "Line cook - Tyrone Campbell",
        "Hi Lou,\n\nI saw your sign for a line cook. I've attached my resume - I have 3 years on the line.\n\nTyrone",
        "t-bl",
    ),
    (
        "Tim Hortons",
        "interview",
        "2025-05-08",
        OLIVIA,
        "Your interview is confirmed",
        "Hi Tyrone, it's Olivia from Tim Hortons! Your interview with the restaurant manager is confirmed for Friday, "
        "May 9 at 2:00 PM. Reply R to reschedule.",
        "t-th",
    ),
    (
        "Osteria Ricci",
        "onsite",
        "2025-05-08",
        MARCO,
        "Line cook",
        "Hey Tyrone,\n\nGot your application. Can you come in Saturday for a stage? 4pm, bring your knives.\n\nChef Marco",
        "t-or2",
    ),
    (
        "Bistro Lou",
        "rejected",
        "2025-05-10",
        "Lou Martin <lou@bistrolou.example>",
        "Re: Line cook - Tyrone Campbell",
        "Hey Tyrone, we filled the spot, sorry man. Good luck!\n\nLou",
        "t-bl",
    ),
    (
        "Osteria Ricci",
        "offer",
        "2025-05-11",
        MARCO,
        "Re: Line cook",
        "Tyrone - great stage. You're hired! First shift Monday 7am, $21/hr.\n\nChef Marco",
        "t-or2",
    ),
    (
        "Osteria Ricci",
        "accepted",
        "2025-05-11",
        ME,
        "Re: Line cook",
        "Awesome, thanks Chef! See you Monday.\n\nTyrone",
        "t-or2",
    ),
    (
        "Fairmont Royal York",
        "rejected",
        "2025-05-16",
        "Fairmont Royal York <accor@myworkday.com>",
        "Your application for Commis Cook",
        "Dear Tyrone,\n\nThank you for your interest. We have decided to move forward with other candidates for this "
        "position.\n\nTalent & Culture",
        "t-frk",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Line Cook jobs in Toronto, ON",
        "alert",
        "Line Cook - King West. Prep Cook - Leslieville. See all jobs.",
    ),
    (
        "Food Handler Canada <offers@foodhandler.example>",
        "Get certified this weekend",
        "shop",
        "Food handler certification, 50% off. Unsubscribe.",
    ),
    (
        "Toronto Life Food <newsletter@torontolife.example>",
        "Where to eat this week",
        "newsletter",
        "New openings. Unsubscribe.",
    ),
    (
        "Pizza Pizza <deals@pizzapizza.example>",
        "Tuesday deal",
        "shop",
        "Two large for $25.",
    ),
    (
        "TTC <noreply@ttc.example>",
        "PRESTO load complete",
        "other",
        "Your PRESTO card was loaded.",
    ),
    (
        "Andre Campbell <andre.campbell@gmail.example>",
        "raptors",
        "personal",
        "Game at mine Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TY,
        own_to={"Osteria Ricci": MARCO, "Bistro Lou": "Lou Martin <lou@bistrolou.example>"},
        offset="-0400",
        clock="15:25:00",
        neg_start="2025-05-04",
        neg_step=3,
        neg_clock="23:05:00",
        tag="fourhundredninetyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
