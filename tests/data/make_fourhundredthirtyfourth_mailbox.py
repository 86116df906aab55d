"""A four-hundred-and-thirty-fourth mailbox, written as a held-out check after the four-hundred-and-thirty-third
(issue #24).

Felix, a frontend developer in Berlin, keeps his search in Gmail and exports it with Takeout (his own under
"Gesendet").  Berlin's tech recruiters write German with "du": "ich habe dein Profil an unseren Kunden, ein Fintech in
Kreuzberg, weitergeleitet", "Der Kunde ist Spreepay und möchte dich gern kennenlernen", "Leider hat sich Spreepay für
jemand anderen entschieden", a second agency's "Nordlicht Games hätte Interesse an einem Gespräch mit dir", "die
möchten dir ein Angebot machen"; an employer's own Personio and its "Absage", his "Ja, ich nehme an!".  Negatives:
a Berlin jobs newsletter, an agency's "Top-Jobs der Woche", a recruiter's unnamed approach, the BVG and his sister.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

FELIX = "felix.wagner.frontend@gmail.com"
ME = f"Felix Wagner <{FELIX}>"
LISA = "Lisa Braun <lisa.braun@kiezrecruiting.example>"
TIM = "Tim Scholz <tim@pixelpeople.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Spreepay",
        "applied",
        "2025-10-06",
        LISA,
        "Frontend Engineer - Fintech Kreuzberg",
        "Hi Felix,\n\ndanke für das nette Telefonat! Wie besprochen habe ich dein Profil heute an unseren Kunden, ein "
        "Fintech in Kreuzberg, für die Rolle als Frontend Engineer weitergeleitet. Ich melde mich, sobald ich was "
        "höre.\n\nLG Lisa\nKiez Recruiting",
        "t-sp",
    ),
    (
        "Nordlicht Games",
        "applied",
        "2025-10-07",
        TIM,
        "Nordlicht Games - React Developer",
        "Hey Felix,\n\nich habe dich heute bei Nordlicht Games für die React-Developer-Stelle vorgestellt. Drück dir die "
        "Daumen!\n\nTim\nPixel People",
        "t-ng",
    ),
    (
        "Havelhaus",
        "applied",
        "2025-10-08",
        "Havelhaus GmbH <noreply@havelhaus.jobs.personio.de>",
        "Deine Bewerbung bei Havelhaus",
        "Hallo Felix,\n\nvielen Dank für deine Bewerbung als Frontend Developer (m/w/d). Wir schauen uns deine "
        "Unterlagen in Ruhe an und melden uns.\n\nDein Havelhaus Team",
        "t-hh",
    ),
    (
        "Spreepay",
        "interview",
        "2025-10-10",
        LISA,
        "AW: Frontend Engineer - Fintech Kreuzberg",
        "Hi Felix,\n\ngute Neuigkeiten: Der Kunde ist Spreepay und möchte dich gern kennenlernen - ein technisches "
        "Interview mit dem Engineering Lead am Dienstag um 14 Uhr per Google Meet.\n\nLG Lisa",
        "t-sp",
    ),
    (
        "Nordlicht Games",
        "interview",
        "2025-10-13",
        TIM,
        "AW: Nordlicht Games - React Developer",
        "Hey Felix,\n\nNordlicht Games hätte Interesse an einem Gespräch mit dir - Donnerstag 11 Uhr im Studio in "
        "Friedrichshain, mit dem Tech Lead.\n\nTim",
        "t-ng",
    ),
    (
        "Havelhaus",
        "rejected",
        "2025-10-15",
        "Havelhaus GmbH <noreply@havelhaus.jobs.personio.de>",
        "Deine Bewerbung bei Havelhaus",
        "Hallo Felix,\n\nleider müssen wir dir mitteilen, dass wir uns für andere Kandidat:innen entschieden haben. Wir "
        "wünschen dir alles Gute!\n\nDein Havelhaus Team",
        "t-hh",
    ),
    (
        "Spreepay",
        "rejected",
        "2025-10-17",
        LISA,
        "AW: Frontend Engineer - Fintech Kreuzberg",
        "Hi Felix,\n\nleider hat sich Spreepay für jemand anderen entschieden, mit mehr Erfahrung in Design Systems. "
        "Wir finden was anderes!\n\nLG Lisa",
        "t-sp",
    ),
    (
        "Nordlicht Games",
        "offer",
        "2025-10-22",
        TIM,
        "AW: Nordlicht Games - React Developer",
        "Felix!!\n\nDie möchten dir ein Angebot machen: 72k, 4 Tage Woche, Start am 1. Dezember. Sag Bescheid!\n\nTim",
        "t-ng",
    ),
    (
        "Nordlicht Games",
        "accepted",
        "2025-10-22",
        ME,
        "AW: Nordlicht Games - React Developer",
        "Ja, ich nehme an! Danke dir, Tim!\n\nFelix",
        "t-ng",
    ),
]

_NEGATIVES = [
    (
        "Berlin Tech Jobs <news@berlintechjobs.example>",
        "Die Woche in Berlin Tech",
        "newsletter",
        "Neue Jobs, Funding-Runden und Meetups. Abmelden.",
    ),
    (
        "Kiez Recruiting <jobs@kiezrecruiting.example>",
        "Top-Jobs der Woche",
        "newsletter",
        "Frontend Engineer - Mitte. Fullstack Developer - Neukölln.",
    ),
    (
        "Jonas Weber <jonas@techtalent-berlin.example>",
        "Spannende Frontend-Rolle",
        "outreach",
        "Hi Felix, ich habe dein Profil auf LinkedIn gesehen und hätte eine spannende Frontend-Rolle bei einem Scale-up. "
        "Hast du Lust auf einen kurzen Austausch?\n\nJonas",
    ),
    (
        "BVG <noreply@bvg.example>",
        "Deine Abo-Rechnung",
        "other",
        "Deine Rechnung für Oktober.",
    ),
    (
        "Marie Wagner <marie.wagner@web.example>",
        "Oma Geburtstag",
        "personal",
        "Kommst du am Sonntag zu Oma?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=FELIX,
        own_to={"Nordlicht Games": TIM},
        offset="+0200",
        clock="11:40:00",
        neg_start="2025-10-05",
        neg_step=4,
        neg_clock="20:30:00",
        tag="fourhundredthirtyfour",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=FELIX)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
