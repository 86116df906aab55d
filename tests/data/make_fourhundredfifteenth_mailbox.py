"""A four-hundred-and-fifteenth mailbox, written as a held-out check after the four-hundred-and-fourteenth (issue #24).

Reto, a mechanical engineer in Zurich, keeps his search in Thunderbird and exports it as an mbox (replies tied by
In-Reply-To).  Switzerland's German, as its employers and its Personalberatung write it ("Grüezi Herr Brunner",
"Bewerbungsdossier", "ss" for "ß"): jobs.ch's "Ihre Bewerbung wurde erfolgreich versendet", an employer's Umantis
receipt, "Leider müssen wir Ihnen eine Absage erteilen", "Gerne laden wir Sie zu einem ersten Gespräch ein", a
"Schnuppertag", a "Zusage" with the salary, a Personalberater who "hat Ihr Dossier unserem Mandanten, der Limmattal
Präzision AG, vorgestellt", "Der Kunde möchte Sie gerne kennenlernen", "hat sich für einen anderen Kandidaten
entschieden", and his "Ich nehme die Stelle sehr gerne an".  Negatives: a jobs.ch alert, a Personalberatung's
newsletter, LinkedIn, the SBB, his Krankenkasse and his sister.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RETO = "reto.brunner@bluewin.example"
ME = f"Reto Brunner <{RETO}>"
URS = "Urs Keller <u.keller@keller-personal.example>"
SANDRA = "Sandra Frei <sandra.frei@rhybau.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (  # 0
        "Rhybau",
        "applied",
        "2025-02-03",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        "Grüezi Herr Brunner\n\nIhre Bewerbung für die Stelle Konstrukteur Maschinenbau 100% bei der Rhybau AG wurde "
        "erfolgreich versendet.\n\nViel Erfolg!\nIhr jobs.ch-Team",
        None,
    ),
    (  # 1
        "Aaretal Energie",
        "applied",
        "2025-02-04",
        "Aaretal Energie AG <jobs@aaretal-energie.umantis.example>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Grüezi Herr Brunner\n\nBesten Dank für Ihre Bewerbung als Projektingenieur Wasserkraft. Wir haben Ihr "
        "Bewerbungsdossier erhalten und melden uns in den nächsten zwei Wochen.\n\nFreundliche Grüsse\nAaretal Energie "
        "AG\nHR Services",
        None,
    ),
    (  # 2
        "Limmattal Präzision",
        "applied",
        "2025-02-05",
        URS,
        "Ihr Dossier - Entwicklungsingenieur",
        "Grüezi Herr Brunner\n\nWie besprochen habe ich Ihr Dossier heute unserem Mandanten, der Limmattal Präzision "
        "AG in Dietikon, für die Position Entwicklungsingenieur vorgestellt. Ich melde mich, sobald ich eine "
        "Rückmeldung habe.\n\nFreundliche Grüsse\nUrs Keller\nKeller Personalberatung",
        None,
    ),
    (  # 3
        "Zürcher Medtech",
        "applied",
        "2025-02-06",
        "Zürcher Medtech AG <karriere@zuerchermedtech.example>",
        "Ihre Bewerbung als Produktentwickler",
        "Sehr geehrter Herr Brunner\n\nVielen Dank für Ihre Bewerbung und Ihr Interesse an der Zürcher Medtech AG. "
        "Wir prüfen Ihre Unterlagen sorgfältig.\n\nFreundliche Grüsse\nHR Zürcher Medtech",
        None,
    ),
    (  # 4
        "Rhybau",
        "interview",
        "2025-02-10",
        SANDRA,
        "Einladung zum Gespräch - Konstrukteur Maschinenbau",
        "Grüezi Herr Brunner\n\nIhr Dossier hat uns angesprochen. Gerne laden wir Sie zu einem ersten Gespräch mit "
        "unserem Leiter Konstruktion ein, am Donnerstag, 13. Februar, um 14 Uhr in Schlieren.\n\nFreundliche Grüsse\n"
        "Sandra Frei\nHR Rhybau AG",
        None,
    ),
    (  # 5
        "Limmattal Präzision",
        "interview",
        "2025-02-11",
        URS,
        "AW: Ihr Dossier - Entwicklungsingenieur",
        "Grüezi Herr Brunner\n\nGute Nachrichten: Der Kunde möchte Sie gerne kennenlernen. Passt Ihnen Montag, 17. "
        "Februar, 9 Uhr bei Limmattal Präzision in Dietikon mit dem Entwicklungsleiter?\n\nUrs Keller",
        2,
    ),
    (  # 6
        "Zürcher Medtech",
        "rejected",
        "2025-02-12",
        "Zürcher Medtech AG <karriere@zuerchermedtech.example>",
        "Ihre Bewerbung als Produktentwickler",
        "Sehr geehrter Herr Brunner\n\nNach eingehender Prüfung müssen wir Ihnen leider eine Absage erteilen. Wir "
        "wünschen Ihnen für Ihre Zukunft alles Gute.\n\nFreundliche Grüsse\nHR Zürcher Medtech",
        None,
    ),
    (  # 7
        "Rhybau",
        "onsite",
        "2025-02-17",
        SANDRA,
        "AW: Einladung zum Gespräch - Konstrukteur Maschinenbau",
        "Grüezi Herr Brunner\n\nVielen Dank für das gute Gespräch. Als nächsten Schritt möchten wir Sie zu einem "
        "Schnuppertag in unserer Konstruktionsabteilung einladen, am 24. Februar.\n\nSandra Frei",
        4,
    ),
    (  # 8
        "Limmattal Präzision",
        "rejected",
        "2025-02-20",
        URS,
        "AW: AW: Ihr Dossier - Entwicklungsingenieur",
        "Grüezi Herr Brunner\n\nLeider hat sich die Limmattal Präzision für einen anderen Kandidaten entschieden, der "
        "mehr Erfahrung in der Medizintechnik mitbringt. Ich bleibe für Sie dran.\n\nUrs Keller",
        5,
    ),
    (  # 9
        "Aaretal Energie",
        "rejected",
        "2025-02-21",
        "Aaretal Energie AG <jobs@aaretal-energie.umantis.example>",
        "Ihre Bewerbung als Projektingenieur Wasserkraft",
        "Grüezi Herr Brunner\n\nWir haben uns die Entscheidung nicht leicht gemacht, uns aber für eine andere "
        "Bewerbung entschieden.\n\nFreundliche Grüsse\nAaretal Energie AG",
        None,
    ),
    (  # 10
        "Rhybau",
        "offer",
        "2025-02-27",
        SANDRA,
        "Zusage - Konstrukteur Maschinenbau",
        "Grüezi Herr Brunner\n\nWir freuen uns, Ihnen eine Zusage für die Stelle als Konstrukteur Maschinenbau geben zu "
        "können! Wir bieten Ihnen einen Jahreslohn von CHF 102'000. Den Arbeitsvertrag senden wir Ihnen per Post.\n\n"
        "Sandra Frei",
        None,
    ),
    (  # 11
        "Rhybau",
        "accepted",
        "2025-02-28",
        ME,
        "AW: Zusage - Konstrukteur Maschinenbau",
        "Grüezi Frau Frei\n\nHerzlichen Dank! Ich nehme die Stelle sehr gerne an und freue mich auf den Start.\n\n"
        "Freundliche Grüsse\nReto Brunner",
        10,
        SANDRA,
    ),
]

_NEGATIVES = [
    (
        "jobs.ch Jobabo <jobabo@jobs.ch>",
        "5 neue Jobs: Konstrukteur",
        "alert",
        "Konstrukteur EFZ - Winterthur. Entwicklungsingenieur - Baden. Alle Jobs anzeigen.",
    ),
    (
        "Keller Personalberatung <news@keller-personal.example>",
        "Arbeitsmarkt Schweiz - Februar",
        "newsletter",
        "Lohntrends, offene Stellen und Tipps für Ihr Dossier.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Reto, Sie wurden in 5 Suchanfragen gefunden",
        "notification",
        "Sehen Sie, wer Ihr Profil besucht hat.",
    ),
    (
        "SBB <noreply@sbb.example>",
        "Ihr Billett",
        "other",
        "Zürich HB - Dietikon, 17.02.2025.",
    ),
    (
        "Helvetia Krankenkasse <service@helvetia-kk.example>",
        "Ihre Prämienrechnung",
        "other",
        "Ihre Rechnung für März ist bereit.",
    ),
    (
        "Anna Brunner <anna.brunner@gmx.example>",
        "Geburtstag Mami",
        "personal",
        "Kommst du am Sonntag zum Zmittag?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=RETO,
        offset=lambda d: "+0100",
        clock="08:55:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="19:30:00",
        tag="fourhundredfifteen",
        host="bluewin.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
