"""A four-hundred-and-fifty-second mailbox, written as a held-out check after the four-hundred-and-fifty-first (issue
#24).

Marco Rossi, a restaurant manager in London, reads his mail in Outlook and saves the job-search messages as .eml
files.  Hospitality hiring is quick and informal: Harri's "Thanks for applying to Dishoom Shoreditch" (a restaurant
group's site), Caterer.com's "Your application has been sent to The Ivy Collection", a hospitality agency's "I've put
you forward to Hawksmoor for the GM role - they want to meet you Tuesday", "Could you come in for a trial shift on
Friday from 5pm?" (the last round, worked on site), "You've got the job!", "we've decided to go with someone else", an
operations director's "Can you do a call tomorrow at 3?" and his "Thanks for having me on Friday".  Negatives:
Caterer.com's alerts, a wine merchant's newsletter, an agency's blast of temp shifts, a food hygiene course, TfL and
his flatmate.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCO = "marco.rossi.hospitality@outlook.com"
ME = f"Marco Rossi <{MARCO}>"
JESS = "Jess Palmer <jess@servicestaffing.example>"
TOM = "Tom Hughes <tom.hughes@theivycollection.example>"
ANITA = "Anita Shah <anita.shah@dishoom.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Dishoom",
        "applied",
        "2025-08-04",
        "Dishoom Careers <no-reply@harri.example>",
        "Thanks for applying to Dishoom Shoreditch",
        "Hi Marco,\n\nThanks for applying for the Assistant General Manager position at Dishoom Shoreditch. Our team "
        "will review your application and get back to you soon.\n\nDishoom",
        None,
    ),
    (
        "The Ivy Collection",
        "applied",
        "2025-08-05",
        "Caterer.com <noreply@caterer.example>",
        "Your application has been sent",
        "Hi Marco,\n\nYour application for General Manager - Richmond has been sent to The Ivy Collection.\n\n"
        "Good luck!\nCaterer.com",
        None,
    ),
    (
        "Hawksmoor",
        "applied",
        "2025-08-06",
        JESS,
        "GM role - Hawksmoor",
        "Hi Marco,\n\nLovely to chat earlier. I've put you forward to Hawksmoor for the GM role at their Borough site. "
        "I'll chase them tomorrow.\n\nJess\nService Staffing",
        None,
    ),
    (
        "Hawksmoor",
        "interview",
        "2025-08-07",
        JESS,
        "RE: GM role - Hawksmoor",
        "Marco - they want to meet you Tuesday at 3pm at the Borough restaurant with the area manager. OK?\n\nJess",
        None,
    ),
    (
        "The Ivy Collection",
        "screen",
        "2025-08-08",
        TOM,
        "General Manager - Richmond",
        "Hi Marco,\n\nThanks for your application. I'm the operations director for our west London sites. Can you do a "
        "call tomorrow at 3? Just a quick chat about your background.\n\nTom Hughes\nThe Ivy Collection",
        None,
    ),
    (
        "Dishoom",
        "interview",
        "2025-08-11",
        ANITA,
        "Your application - Assistant General Manager",
        "Hi Marco,\n\nThanks for applying to Dishoom. We'd love to meet you for an interview with our General Manager on "
        "Thursday at 11am at Shoreditch. Please bring your right to work documents.\n\nAnita Shah\nPeople Team",
        None,
    ),
    (
        "Hawksmoor",
        "onsite",
        "2025-08-13",
        JESS,
        "RE: GM role - Hawksmoor",
        "Marco! They loved you. Could you come in for a trial shift on Friday from 5pm? Black shirt, smart trousers.\n\n"
        "Jess",
        None,
    ),
    (
        "Hawksmoor",
        "thank_you",
        "2025-08-16",
        ME,
        "RE: GM role - Hawksmoor",
        "Hi Jess,\n\nThanks for having me on Friday - please pass on my thanks to Dan and the team, it was a great "
        "service.\n\nMarco",
        JESS,
    ),
    (
        "The Ivy Collection",
        "rejected",
        "2025-08-18",
        TOM,
        "RE: General Manager - Richmond",
        "Hi Marco,\n\nThanks again for your time on the phone. We've decided to go with someone else who has opened a "
        "site for us before. Best of luck.\n\nTom",
        None,
    ),
    (
        "Hawksmoor",
        "offer",
        "2025-08-19",
        JESS,
        "RE: GM role - Hawksmoor",
        "MARCO. You've got the job! 58k plus tronc, start 8 September. They'll send the contract this week. Call me!\n\n"
        "Jess",
        None,
    ),
    (
        "Hawksmoor",
        "accepted",
        "2025-08-19",
        ME,
        "RE: GM role - Hawksmoor",
        "Jess, amazing!! Yes yes yes - tell them I accept. Thank you so much.\n\nMarco",
        JESS,
    ),
    (
        "Dishoom",
        "withdrew",
        "2025-08-20",
        ME,
        "RE: Your application - Assistant General Manager",
        "Hi Anita,\n\nThank you for the interview last week. I have accepted a General Manager role elsewhere, so I'd "
        "like to withdraw my application.\n\nKind regards,\nMarco",
        ANITA,
    ),
]

_NEGATIVES = [
    (
        "Caterer.com <jobs@caterer.example>",
        "12 new Restaurant Manager jobs in London",
        "alert",
        "General Manager - Soho. Restaurant Manager - Clapham. Apply now.",
    ),
    (
        "Berry Bros <newsletter@bbr.example>",
        "The autumn wine list",
        "newsletter",
        "Discover our autumn selection. Unsubscribe.",
    ),
    (
        "Service Staffing Temps <temps@servicestaffing.example>",
        "Shifts available this weekend",
        "newsletter",
        "Bar staff, waiters, runners - shifts across London this weekend. Reply to book. Unsubscribe.",
    ),
    (
        "Highfield Training <courses@highfield.example>",
        "Level 3 Food Safety - book now",
        "newsletter",
        "Upgrade your food hygiene certificate. Book your place.",
    ),
    (
        "TfL <noreply@tfl.example>",
        "Your contactless journey statement",
        "other",
        "Your journeys for August.",
    ),
    (
        "Luca Bianchi <luca.bianchi@gmail.example>",
        "bins",
        "personal",
        "Bins go out tonight mate.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="15:45:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="23:10:00",
        tag="fourhundredfiftytwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), MARCO)
