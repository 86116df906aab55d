"""A five-hundred-and-thirty-ninth mailbox, written as a held-out check after the five-hundred-and-thirty-eighth
(issue #24).

Priyanka Rao, a data scientist from Pune working in Munich, keeps her mail in Thunderbird and exports it as one mbox.
German employers write to her in English, with German names and German habits: "Thank you for your application at BMW
Group" from SuccessFactors, "We would like to invite you to a personal interview at our FIZ research center" (an
interview round in person), "Unfortunately, we have decided in favour of another candidate", a start-up's Personio
"Thank you for applying to Celonis", "a case study presentation to the team" (the final round), "we are happy to offer
you a contract"; an insurer's "Your application has been forwarded to the department" (no step), her thanks and her "I
am happy to accept the offer". Negatives: the insurer's status notice, StepStone's alert in English, the city's
Anmeldung appointment, a relocation newsletter, a recruiter's cold mail and BMW's own car-configurator mail (a company
she applied to). Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYANKA = "priyanka.rao@posteo.example"
ME = f"Priyanka Rao <{PRIYANKA}>"
BMW = "BMW Group Recruiting <noreply@successfactors.example>"
CELONIS = "Celonis <celonis@personio.example>"
LENA = "Lena Vogt <lena.vogt@celonis.example>"
ALLIANZ = "Allianz Careers <careers@allianz.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "BMW Group",
        "applied",
        "2025-05-05",
        BMW,
        "Your application at BMW Group",
        "Dear Ms. Rao,\n\nThank you for your application at BMW Group as Data Scientist - Vehicle Analytics (Job ID "
        "128344). We will review your documents carefully.\n\nBest regards,\nBMW Group Recruiting",
        None,
    ),
    (
        "Celonis",
        "applied",
        "2025-05-06",
        CELONIS,
        "Thank you for applying to Celonis",
        "Hi Priyanka,\n\nThank you for applying to Celonis for the Senior Data Scientist position! We'll get back to you "
        "soon.\n\nCelonis Talent Acquisition",
        None,
    ),
    (
        "Allianz",
        "applied",
        "2025-05-07",
        ALLIANZ,
        "Your application",
        "Dear Ms. Rao,\n\nThank you for applying for the Data Scientist - Pricing position at Allianz. We have received "
        "your application.\n\nAllianz Careers",
        None,
    ),
    (
        "BMW Group",
        "interview",
        "2025-05-14",
        BMW,
        "Invitation to a personal interview",
        "Dear Ms. Rao,\n\nWe would like to invite you to a personal interview at our FIZ research center on 22 May at "
        "10:00 with the team lead.\n\nBest regards,\nBMW Group Recruiting",
        None,
    ),
    (
        "Celonis",
        "interview",
        "2025-05-15",
        LENA,
        "Celonis - technical interview",
        "Hi Priyanka,\n\nThanks for your application! We'd like to invite you to a technical interview with two data "
        "scientists next Tuesday.\n\nLena Vogt\nTalent Acquisition",
        None,
    ),
    (
        "BMW Group",
        "thank_you",
        "2025-05-22",
        ME,
        "Thank you - interview today",
        "Dear BMW Group Recruiting,\n\nThank you for the interview today at the FIZ. I enjoyed meeting the team.\n\nBest "
        "regards,\nPriyanka Rao",
        3,
        BMW,
    ),
    (
        "Celonis",
        "onsite",
        "2025-05-26",
        LENA,
        "RE: Celonis - technical interview",
        "Hi Priyanka,\n\nThe team was impressed! The final step is a case study presentation to the team at our Munich "
        "office on June 3.\n\nLena",
        4,
    ),
    (
        "BMW Group",
        "rejected",
        "2025-05-30",
        BMW,
        "Your application at BMW Group",
        "Dear Ms. Rao,\n\nThank you for your interest. Unfortunately, we have decided in favour of another candidate.\n\n"
        "Best regards,\nBMW Group Recruiting",
        0,
    ),
    (
        "Celonis",
        "offer",
        "2025-06-06",
        LENA,
        "Celonis - offer",
        "Hi Priyanka,\n\nWe are happy to offer you a contract as Senior Data Scientist! Your contract will follow by "
        "DocuSign.\n\nLena",
        None,
    ),
    (
        "Celonis",
        "accepted",
        "2025-06-07",
        ME,
        "RE: Celonis - offer",
        "Hi Lena,\n\nI am happy to accept the offer - thank you!\n\nPriyanka",
        8,
        LENA,
    ),
]

_NEGATIVES = [
    (
        ALLIANZ,
        "Status of your application",
        "status",
        "Dear Ms. Rao,\n\nYour application has been forwarded to the department for review.\n\nAllianz Careers",
    ),
    (
        "StepStone <jobagent@stepstone.example>",
        "12 new jobs: Data Scientist in Munich",
        "alert",
        "Data Scientist - Munich. ML Engineer - Garching. View jobs.",
    ),
    (
        "Stadt München <termin@muenchen.example>",
        "Terminbestätigung: Anmeldung",
        "other",
        "Ihr Termin im Bürgerbüro ist am 12. Mai.",
    ),
    (
        "Expat News <news@expatnews.example>",
        "Moving to Germany: tax tips",
        "newsletter",
        "This week's tips. Unsubscribe.",
    ),
    (
        "Florian Maier <f.maier@tech-talents.example>",
        "Senior Data Scientist role in Munich",
        "outreach",
        "Hi Priyanka, I'm recruiting a Senior Data Scientist for a Munich scale-up. Open to a chat?",
    ),
    (
        "BMW <configurator@bmw.example>",
        "Your saved BMW configuration",
        "shop",
        "Continue configuring your BMW i4.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=PRIYANKA,
        offset=lambda d: "+0200",
        clock="09:20:00",
        neg_start="2025-05-08",
        neg_step=4,
        neg_clock="20:50:00",
        tag="fivehundredthirtynine",
        host="posteo.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
