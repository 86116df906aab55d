"""A three-hundred-and-ninetieth mailbox, written as a held-out check after the three-hundred-and-eighty-ninth
(issue #24).

Sven, a warehouse team lead in Munich, reads his mail in Thunderbird (an mbox with Delivered-To and reply headers), in
German.  Hiring through a Personaldienstleister and directly, as they write it: "vielen Dank für das nette Telefonat.
Wie besprochen haben wir Sie heute unserem Kunden, der Firma Isar Logistik GmbH, als Schichtleiter vorgestellt",
"unser Kunde möchte Sie gerne am Donnerstag um 14 Uhr persönlich kennenlernen", "Probearbeitstag am Montag" (the last
round), "unser Kunde hat sich für Sie entschieden und möchte Ihnen einen Arbeitsvertrag anbieten", his "Ich nehme das
Angebot gerne an"; a second Personaldienstleister's "Ihr Profil liegt nun bei der Würm Versand GmbH" and "leider hat
sich der Kunde anders entschieden"; a supermarket chain's own receipt via its Bewerberportal and its "Absage".
Negatives: a StepStone Jobagent, an Indeed "Neue Jobs für Sie", the Arbeitsagentur's appointment letter, a DHL
delivery notice, the Stadtwerke, his wife.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SVEN = "sven.bauer.lager@web.de"
ME = f"Sven Bauer <{SVEN}>"
PD1 = "Melanie Huber <m.huber@suedpersonal-service.de>"
PD2 = "Kai Schröder <k.schroeder@personalpartner-muenchen.de>"

# (company, event, day, sender, subject, body, parent index or None, to)
_POSITIVES = [
    (
        "Isar Logistik",
        "applied",
        "2025-06-02",
        PD1,
        "Ihre Vorstellung als Schichtleiter Lager",
        "Sehr geehrter Herr Bauer,\n\nvielen Dank für das nette Telefonat. Wie besprochen haben wir Sie heute unserem "
        "Kunden, der Firma Isar Logistik GmbH, als Schichtleiter Lager vorgestellt. Wir melden uns, sobald wir eine "
        "Rückmeldung haben.\n\nMit freundlichen Grüßen\nMelanie Huber\nSüd Personal Service GmbH",
        None,
    ),
    (
        "Würm Versand",
        "applied",
        "2025-06-03",
        PD2,
        "Teamleiter Versand",
        "Hallo Herr Bauer,\n\nkurze Info: Ihr Profil liegt nun bei der Würm Versand GmbH für die Stelle als Teamleiter "
        "Versand in Gräfelfing. Ich halte Sie auf dem Laufenden.\n\nViele Grüße\nKai Schröder\nPersonalPartner "
        "München",
        None,
    ),
    (
        "FrischMarkt",
        "applied",
        "2025-06-04",
        "FrischMarkt Karriere <bewerberportal@frischmarkt-karriere.de>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Bauer,\n\nvielen Dank für Ihre Bewerbung als Lagerleiter (m/w/d) im Zentrallager Eching. "
        "Wir prüfen Ihre Unterlagen und melden uns zeitnah bei Ihnen.\n\nIhr FrischMarkt Recruiting-Team",
        None,
    ),
    (
        "Isar Logistik",
        "interview",
        "2025-06-05",
        PD1,
        "AW: Ihre Vorstellung als Schichtleiter Lager",
        "Sehr geehrter Herr Bauer,\n\ngute Nachrichten: Unser Kunde möchte Sie gerne am Donnerstag, 12. Juni, um 14 Uhr "
        "persönlich kennenlernen. Adresse: Isar Logistik GmbH, Zamdorfer Str. 100, München.\n\nMit freundlichen "
        "Grüßen\nMelanie Huber",
        0,
    ),
    (
        "Würm Versand",
        "rejected",
        "2025-06-10",
        PD2,
        "AW: Teamleiter Versand",
        "Hallo Herr Bauer,\n\nleider hat sich der Kunde anders entschieden und die Stelle intern besetzt. Ich melde mich, "
        "sobald ich etwas Passendes habe.\n\nViele Grüße\nKai Schröder",
        1,
    ),
    (
        "Isar Logistik",
        "onsite",
        "2025-06-13",
        PD1,
        "AW: Ihre Vorstellung als Schichtleiter Lager",
        "Sehr geehrter Herr Bauer,\n\ndas Gespräch ist sehr gut gelaufen! Der Kunde lädt Sie zu einem Probearbeitstag am "
        "Montag, 16. Juni, ab 6 Uhr ein. Bitte Sicherheitsschuhe mitbringen.\n\nMit freundlichen Grüßen\nMelanie Huber",
        3,
    ),
    (
        "FrischMarkt",
        "rejected",
        "2025-06-17",
        "FrischMarkt Karriere <bewerberportal@frischmarkt-karriere.de>",
        "Ihre Bewerbung als Lagerleiter (m/w/d)",
        "Sehr geehrter Herr Bauer,\n\nnach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für "
        "andere Bewerber entschieden haben.\n\nIhr FrischMarkt Recruiting-Team",
        2,
    ),
    (
        "Isar Logistik",
        "offer",
        "2025-06-18",
        PD1,
        "AW: Ihre Vorstellung als Schichtleiter Lager",
        "Sehr geehrter Herr Bauer,\n\nherzlichen Glückwunsch! Unser Kunde hat sich für Sie entschieden und möchte Ihnen "
        "einen Arbeitsvertrag als Schichtleiter Lager anbieten (3.650 EUR brutto, unbefristet, Start 1. Juli).\n\nMit "
        "freundlichen Grüßen\nMelanie Huber",
        5,
    ),
    (
        "Isar Logistik",
        "accepted",
        "2025-06-18",
        ME,
        "AW: Ihre Vorstellung als Schichtleiter Lager",
        "Sehr geehrte Frau Huber,\n\nvielen Dank! Ich nehme das Angebot gerne an.\n\nMit freundlichen Grüßen\nSven Bauer",
        7,
        PD1,
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs: Schichtleiter Lager",
        "alert",
        "Schichtleiter Lager (m/w/d) - München - Isar Logistik. Teamleiter Logistik - Garching. Alle Jobs ansehen.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Neue Jobs für Sie: Lagerleiter",
        "alert",
        "Lagerleiter (m/w/d) - Eching. Teamleiter Versand - Gräfelfing. Alle Jobs ansehen.",
    ),
    (
        "Agentur für Arbeit <noreply@arbeitsagentur.example>",
        "Einladung zu einem Beratungsgespräch",
        "other",
        "Sehr geehrter Herr Bauer, wir laden Sie zu einem Beratungsgespräch am 20.06. um 9 Uhr ein.",
    ),
    (
        "DHL <noreply@dhl.example>",
        "Ihre Sendung kommt heute",
        "other",
        "Ihre Sendung 00340434 wird heute zwischen 10 und 13 Uhr zugestellt.",
    ),
    (
        "Stadtwerke München <kundenservice@swm.example>",
        "Ihre Jahresabrechnung",
        "other",
        "Ihre Jahresabrechnung 2024 steht im Kundenportal bereit.",
    ),
    (
        "Julia Bauer <julia.bauer@web.example>",
        "Einkaufen",
        "personal",
        "Kannst du nach der Arbeit Milch und Brot mitbringen?",
    ),
]


def _offset(day):
    return "+0200"


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=SVEN,
        offset=_offset,
        clock="07:45:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="19:10:00",
        tag="threehundredninety",
        host="web.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
