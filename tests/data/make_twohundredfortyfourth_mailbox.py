"""A two-hundred-and-forty-fourth mailbox, written as a held-out check after the two-hundred-and-forty-third
(issue #24).

Sanne, a data engineer in Amsterdam, saved her Outlook mail as .eml files.  Dutch employers write in English with
Dutch around it: "Je sollicitatie bij ..." as a subject over an English body, "Met vriendelijke groet", a
"kennismakingsgesprek" as the first talk, a "second interview" with a case, an "arbeidsvoorwaardengesprek" (a talk
about the terms, which is the offer), names written "B.V." from a "werkenbij" domain, a "werkenbij" mail
address, and an agency that "introduced you to our client".  Negatives: Nationale Vacaturebank's alerts, a
municipality's letter, NS, bol.com, a friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SANNE = "sanne.devries@outlook.nl"
ME = f"Sanne de Vries <{SANNE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Grachtenbyte",
        "applied",
        "2025-03-10",
        "Werken bij Grachtenbyte <werkenbij@grachtenbyte.nl>",
        "Je sollicitatie bij Grachtenbyte",
        "Hi Sanne,\n\nThank you for your application for the position of Data Engineer. We have received it in good "
        "order and will let you know within two weeks whether we would like to meet you.\n\nMet vriendelijke groet,"
        "\nTeam Recruitment\nGrachtenbyte B.V.",
        None,
    ),
    (
        "Polderstroom Energie",
        "applied",
        "2025-03-11",
        "Polderstroom Energie <noreply@polderstroom.recruitee.com>",
        "Thanks for applying to Polderstroom Energie",
        "Hi Sanne,\n\nThanks for applying for the Senior Data Engineer position at Polderstroom Energie. We'll review "
        "your application and get back to you soon.\n\nBest,\nPolderstroom Energie",
        None,
    ),
    (
        "Havenlicht Logistics",
        "applied",
        "2025-03-12",
        "Bram Jansen <bram.jansen@techpeople.nl>",
        "Data Engineer role - introduction",
        "Hi Sanne,\n\nGood speaking to you this morning. As agreed, I have introduced you to our client, a logistics "
        "company in the port of Rotterdam, for the Data Engineer role. I'll let you know what they say.\n\nMet "
        "vriendelijke groet,\nBram Jansen\nSenior Recruiter | TechPeople",
        None,
    ),
    (
        "Grachtenbyte",
        "screen",
        "2025-03-17",
        "Eva Bakker <eva.bakker@grachtenbyte.nl>",
        "Kennismakingsgesprek",
        "Hi Sanne,\n\nWe would like to get to know you better! Would you have time for a kennismakingsgesprek (an "
        "introductory talk) with me and the team lead on Thursday at 15:00 at our office on the Herengracht?\n\n"
        "Met vriendelijke groet,\nEva Bakker\nRecruiter",
        None,
    ),
    (
        "Havenlicht Logistics",
        "interview",
        "2025-03-19",
        "Bram Jansen <bram.jansen@techpeople.nl>",
        "RE: Data Engineer role - introduction",
        "Hi Sanne,\n\nGreat news: the client is Havenlicht Logistics and they would like to invite you for an "
        "interview with their Head of Data next Tuesday at 10:00 in Rotterdam.\n\nMet vriendelijke groet,\nBram",
        None,
    ),
    (
        "Polderstroom Energie",
        "rejected",
        "2025-03-20",
        "Polderstroom Energie <noreply@polderstroom.recruitee.com>",
        "Update on your application",
        "Hi Sanne,\n\nThank you for your interest in Polderstroom Energie. Unfortunately we have decided not to "
        "invite you for an interview; we received many applications from candidates with more experience in our "
        "sector.\n\nBest,\nPolderstroom Energie",
        None,
    ),
    (
        "Grachtenbyte",
        "interview",
        "2025-03-24",
        "Eva Bakker <eva.bakker@grachtenbyte.nl>",
        "Second interview - Data Engineer",
        "Hi Sanne,\n\nThe team enjoyed meeting you. We'd like to invite you for a second interview, in which you "
        "present a small case about our data pipeline, on Monday 31 March at 13:00.\n\nMet vriendelijke groet,\n"
        "Eva Bakker",
        None,
    ),
    (
        "Havenlicht Logistics",
        "rejected",
        "2025-03-27",
        "Bram Jansen <bram.jansen@techpeople.nl>",
        "RE: Data Engineer role - introduction",
        "Hi Sanne,\n\nI just heard back from Havenlicht. They were positive about you but have chosen a candidate who "
        "speaks fluent Dutch for the role. Sorry for the news!\n\nMet vriendelijke groet,\nBram",
        None,
    ),
    (
        "Grachtenbyte",
        "offer",
        "2025-04-03",
        "Eva Bakker <eva.bakker@grachtenbyte.nl>",
        "Arbeidsvoorwaardengesprek",
        "Hi Sanne,\n\nGood news: we would love to have you on the team! We'd like to invite you for an "
        "arbeidsvoorwaardengesprek to go through our offer (salary, holidays, pension) on Friday at 11:00.\n\nMet "
        "vriendelijke groet,\nEva Bakker",
        None,
    ),
    (
        "Grachtenbyte",
        "accepted",
        "2025-04-08",
        ME,
        "RE: Arbeidsvoorwaardengesprek",
        "Hi Eva,\n\nThank you for the conversation on Friday. I'm happy to accept the offer and have signed the "
        "contract.\n\nMet vriendelijke groet,\nSanne",
        "Eva Bakker <eva.bakker@grachtenbyte.nl>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Nationale Vacaturebank <noreply@nationalevacaturebank.example>",
        "Nieuwe vacatures voor Data Engineer",
        "alert",
        "Data Engineer - Amsterdam; BI Developer - Utrecht; Data Analist - Haarlem.",
    ),
    (
        "Gemeente Amsterdam <noreply@amsterdam.example>",
        "Uw aanslag gemeentelijke belastingen",
        "other",
        "Uw aanslag gemeentelijke belastingen 2025 staat klaar in de Berichtenbox.",
    ),
    (
        "NS <noreply@ns.example>",
        "Je reis van morgen",
        "other",
        "Let op: werkzaamheden tussen Amsterdam Centraal en Utrecht.",
    ),
    (
        "bol.com <info@bol.example>",
        "Je bestelling is onderweg",
        "shop",
        "Je pakket wordt morgen bezorgd.",
    ),
    (
        "Lotte Visser <lotte.visser@gmail.example>",
        "Borrel vrijdag?",
        "personal",
        "Zin in een borrel vrijdag na het werk? Café de Jaren om 17:30.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="10:05:00",
        neg_start="2025-03-09",
        neg_step=6,
        neg_clock="19:45:00",
        tag="twohundredfortyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), SANNE)
