"""A three-hundred-and-twenty-sixth mailbox, written as a held-out check after the three-hundred-and-twenty-fifth
(issue #24).

Maria, a bilingual elementary teacher in Dallas, exports Gmail with Takeout.  Texas school districts as they hire:
Frontline's "Thank you for applying with Trinity Falls ISD", a charter network's Greenhouse receipt, a principal's
"I'd like to invite you to interview with our campus team" with a sample lesson, a district HR "you have been
recommended for hire" (the offer, pending board approval), "the position has been filled", her own acceptance, and a
second district's "campus interview" that she declines to attend ("I have accepted another position").  Negatives:
TEA's certification notice, Frontline's "complete your application" reminder, a Target promotion, an Oncor notice,
a church bulletin, her sister.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARIA = "maria.g.hernandez.teach@gmail.com"
ME = f"Maria Hernandez <{MARIA}>"

_OWN_TO = {
    "Trinity Falls ISD": "Dr. Angela Brooks <abrooks@trinityfallsisd.example>",
    "Elm Fork ISD": "Mr. David Chen <dchen@elmforkisd.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Trinity Falls ISD",
        "applied",
        "2025-04-07",
        "Trinity Falls ISD <noreply@applitrack.com>",
        "Thank you for applying with Trinity Falls ISD",
        "Dear Maria Hernandez,\n\nThank you for applying with Trinity Falls ISD. Your application for Bilingual Teacher "
        "- Elementary (Job ID 4471) has been received. Principals will contact candidates directly for interviews.\n\n"
        "Human Resources\nTrinity Falls ISD",
        "t1",
    ),
    (
        "Cedar Ridge Academies",
        "applied",
        "2025-04-08",
        "Cedar Ridge Academies <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Cedar Ridge Academies!",
        "Hi Maria,\n\nThanks for applying to the 2nd Grade Bilingual Teacher role at Cedar Ridge Academies. Our talent "
        "team will be in touch.\n\nCedar Ridge Academies Talent",
        "c1",
    ),
    (
        "Elm Fork ISD",
        "applied",
        "2025-04-09",
        "Elm Fork ISD <noreply@applitrack.com>",
        "Application Received",
        "Dear Maria Hernandez,\n\nThank you for applying with Elm Fork ISD. Your application for Elementary Bilingual "
        "Teacher (Posting 2231) has been received.\n\nHuman Resources Department\nElm Fork ISD",
        "e1",
    ),
    (
        "Trinity Falls ISD",
        "interview",
        "2025-04-14",
        "Dr. Angela Brooks <abrooks@trinityfallsisd.example>",
        "Interview - Bilingual Teacher, Lakeside Elementary",
        "Dear Ms. Hernandez,\n\nI'd like to invite you to interview with our campus team at Lakeside Elementary on "
        "Thursday, April 17 at 3:45 PM. Please prepare a 15-minute sample lesson in Spanish for second grade.\n\n"
        "Dr. Angela Brooks\nPrincipal, Lakeside Elementary",
        "t2",
    ),
    (
        "Cedar Ridge Academies",
        "rejected",
        "2025-04-16",
        "Cedar Ridge Academies <no-reply@us.greenhouse-mail.io>",
        "Update from Cedar Ridge Academies",
        "Hi Maria,\n\nThank you for your interest in Cedar Ridge Academies. The 2nd Grade Bilingual Teacher position has "
        "been filled. We encourage you to apply to future openings.\n\nCedar Ridge Academies Talent",
        "c1",
    ),
    (
        "Elm Fork ISD",
        "interview",
        "2025-04-21",
        "Mr. David Chen <dchen@elmforkisd.example>",
        "Campus interview - Bilingual Teacher",
        "Dear Ms. Hernandez,\n\nWe would like to schedule a campus interview with you at Pecan Creek Elementary on "
        "Monday, April 28 at 4:00 PM.\n\nDavid Chen\nAssistant Principal",
        "e2",
    ),
    (
        "Trinity Falls ISD",
        "offer",
        "2025-04-23",
        "Trinity Falls ISD Human Resources <hr@trinityfallsisd.example>",
        "Recommendation for hire",
        "Dear Maria Hernandez,\n\nCongratulations! You have been recommended for hire as a Bilingual Teacher at Lakeside "
        "Elementary for the 2025-2026 school year, pending approval by the Board of Trustees. Your contract offer will "
        "be sent after board approval.\n\nHuman Resources\nTrinity Falls ISD",
        "t3",
    ),
    (
        "Trinity Falls ISD",
        "accepted",
        "2025-04-24",
        ME,
        "RE: Interview - Bilingual Teacher, Lakeside Elementary",
        "Dear Dr. Brooks,\n\nThank you so much! I am thrilled to accept the position at Lakeside Elementary and can't wait "
        "to join the team.\n\nSincerely,\nMaria Hernandez",
        "t2",
    ),
    (
        "Elm Fork ISD",
        "withdrew",
        "2025-04-25",
        ME,
        "RE: Campus interview - Bilingual Teacher",
        "Dear Mr. Chen,\n\nThank you for the invitation. I have accepted another position and must withdraw from "
        "consideration. I appreciate your time.\n\nSincerely,\nMaria Hernandez",
        "e2",
    ),
]

_NEGATIVES = [
    (
        "Texas Education Agency <certification@tea.example>",
        "Your certificate has been issued",
        "other",
        "Your Bilingual Education Supplemental certificate has been issued and is viewable online.",
    ),
    (
        "Frontline Education <noreply@frontlineeducation.example>",
        "Complete your application",
        "reminder",
        "You have an incomplete application for Garland ISD. Complete it to be considered.",
    ),
    (
        "Target <target@target.example>",
        "Teacher Prep Event: 15% off",
        "shop",
        "Teachers save 15% on classroom supplies this week.",
    ),
    (
        "Oncor <notices@oncor.example>",
        "Planned outage notice",
        "other",
        "A planned outage in your area is scheduled for Saturday 8 AM - 12 PM.",
    ),
    (
        "St. Cecilia Parish <bulletin@stcecilia.example>",
        "This week's bulletin",
        "newsletter",
        "Mass times, the fish fry on Friday and the youth group retreat.",
    ),
    (
        "Lupita Hernandez <lupita.hernandez@gmail.example>",
        "quince",
        "personal",
        "Sofi's quince is June 14! Save the date!!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARIA,
        own_to=_OWN_TO,
        offset="-0500",
        clock="15:30:00",
        neg_start="2025-04-06",
        neg_step=4,
        neg_clock="21:05:00",
        tag="threehundredtwentysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
