"""A six-hundred-and-fifty-fifth mailbox, written as a held-out check after the six-hundred-and-fifty-fourth
(issue #24).

Tobias Wagner, a mechanical engineer in Stuttgart, saves his Outlook mail as .eml files. Swabian employers write in
formal German: Bosch's SuccessFactors "Eingangsbestätigung Ihrer Bewerbung", Trumpf's "Ihre Bewerbung als
Konstrukteur (m/w/d)", Festo's d.vinci "Vielen Dank für Ihre Bewerbung", Mahle's "Zwischenbescheid" ("Ihre
Bewerbung befindet sich noch in der Prüfung", a reply), Trumpf's "Einladung zum Vorstellungsgespräch" in Ditzingen,
Festo's "Absage" ("dass wir Ihre Bewerbung nicht berücksichtigen können"), Bosch's "telefonisches Interview" with a
recruiter (a screen), Trumpf's "zweites Gespräch mit der Bereichsleitung und Werksrundgang" (the last round), his
thanks, Trumpf's "Zusage" ("freuen wir uns, Ihnen die Stelle anbieten zu können"), his acceptance, Bosch's "leider
haben wir uns für einen anderen Kandidaten entschieden" and Mahle's later "Absage". Negatives: StepStone's
Jobagent, XING's "Ihr Profil wurde besucht", a headhunter's cold mail, Bosch's own power-tools newsletter, his
insurance and his brother. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOBIAS = "tobias.wagner.ing@web.example"
ME = f"Tobias Wagner <{TOBIAS}>"
BOSCH = "Bosch Recruiting <noreply@bosch.successfactors.example>"
TRUMPF = "TRUMPF Personalabteilung <bewerbung@trumpf.example>"
FESTO = "Festo Karriere <noreply@festo.dvinci-mail.example>"
MAHLE = "MAHLE Recruiting <recruiting@mahle.example>"
BOSCHR = "Sabine Keller <sabine.keller@de.bosch.example>"
TRUMPFR = "Dr. Andreas Roth <andreas.roth@trumpf.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Bosch",
        "applied",
        "2025-01-20",
        BOSCH,
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihre Bewerbung als Entwicklungsingenieur Bremssysteme "
        "(REF231455L) bei der Robert Bosch GmbH. Wir prüfen Ihre Unterlagen und melden uns bei Ihnen.\n\nIhr Bosch "
        "Recruiting Team",
        None,
    ),
    (
        "Trumpf",
        "applied",
        "2025-01-21",
        TRUMPF,
        "Ihre Bewerbung als Konstrukteur (m/w/d)",
        "Sehr geehrter Herr Wagner,\n\nherzlichen Dank für Ihre Bewerbung als Konstrukteur (m/w/d) Lasertechnik. "
        "Ihre Unterlagen sind vollständig bei uns eingegangen.\n\nMit freundlichen Grüßen\nTRUMPF Personalabteilung",
        None,
    ),
    (
        "Festo",
        "applied",
        "2025-01-22",
        FESTO,
        "Vielen Dank für Ihre Bewerbung",
        "Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihre Bewerbung auf die Position Entwicklungsingenieur "
        "Pneumatik bei Festo. Wir melden uns, sobald wir Ihre Unterlagen geprüft haben.\n\nIhr Festo Recruiting Team",
        None,
    ),
    (
        "Mahle",
        "applied",
        "2025-01-22",
        MAHLE,
        "Ihre Bewerbung bei MAHLE",
        "Sehr geehrter Herr Wagner,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Versuchsingenieur "
        "Thermomanagement.\n\nMit freundlichen Grüßen\nMAHLE Recruiting",
        None,
    ),
    (
        "Mahle",
        "reply",
        "2025-02-05",
        MAHLE,
        "Zwischenbescheid",
        "Sehr geehrter Herr Wagner,\n\nIhre Bewerbung befindet sich noch in der Prüfung. Aufgrund der Vielzahl an "
        "Bewerbungen bitten wir Sie noch um etwas Geduld.\n\nMit freundlichen Grüßen\nMAHLE Recruiting",
        None,
    ),
    (
        "Trumpf",
        "interview",
        "2025-01-29",
        TRUMPFR,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Wagner,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch am 6. Februar um 10 Uhr in "
        "unseren Standort Ditzingen einladen.\n\nMit freundlichen Grüßen\nDr. Andreas Roth\nLeiter Konstruktion, "
        "TRUMPF Werkzeugmaschinen",
        None,
    ),
    (
        "Festo",
        "rejected",
        "2025-01-31",
        FESTO,
        "Ihre Bewerbung bei Festo",
        "Sehr geehrter Herr Wagner,\n\nnach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre "
        "Bewerbung nicht berücksichtigen können.\n\nIhr Festo Recruiting Team",
        None,
    ),
    (
        "Bosch",
        "screen",
        "2025-02-03",
        BOSCHR,
        "Ihre Bewerbung als Entwicklungsingenieur",
        "Sehr geehrter Herr Wagner,\n\nIhr Profil hat uns angesprochen. Gerne würde ich mit Ihnen ein kurzes "
        "telefonisches Interview (ca. 20 Minuten) führen. Passt Ihnen Mittwoch um 14 Uhr?\n\nViele Grüße\nSabine "
        "Keller\nRecruiterin, Robert Bosch GmbH",
        None,
    ),
    (
        "Trumpf",
        "onsite",
        "2025-02-10",
        TRUMPFR,
        "Zweites Gespräch",
        "Sehr geehrter Herr Wagner,\n\nvielen Dank für das angenehme Gespräch. Wir laden Sie zu einem zweiten Gespräch "
        "mit der Bereichsleitung und einem Werksrundgang am 18. Februar ein.\n\nMit freundlichen Grüßen\nDr. Andreas "
        "Roth",
        None,
    ),
    (
        "Trumpf",
        "thank_you",
        "2025-02-18",
        ME,
        "Vielen Dank für das Gespräch",
        "Sehr geehrter Herr Dr. Roth,\n\nvielen Dank für das heutige Gespräch und den interessanten Werksrundgang.\n\n"
        "Mit freundlichen Grüßen\nTobias Wagner",
        TRUMPFR,
    ),
    (
        "Trumpf",
        "offer",
        "2025-02-24",
        TRUMPFR,
        "Zusage",
        "Sehr geehrter Herr Wagner,\n\nwir freuen uns, Ihnen die Stelle als Konstrukteur Lasertechnik anbieten zu "
        "können. Den Arbeitsvertrag senden wir Ihnen per Post zu.\n\nMit freundlichen Grüßen\nDr. Andreas Roth",
        None,
    ),
    (
        "Trumpf",
        "accepted",
        "2025-02-25",
        ME,
        "AW: Zusage",
        "Sehr geehrter Herr Dr. Roth,\n\nvielen Dank, ich nehme Ihr Angebot sehr gerne an.\n\nMit freundlichen Grüßen\n"
        "Tobias Wagner",
        TRUMPFR,
    ),
    (
        "Bosch",
        "rejected",
        "2025-02-26",
        BOSCHR,
        "AW: Ihre Bewerbung als Entwicklungsingenieur",
        "Sehr geehrter Herr Wagner,\n\nvielen Dank für das Telefonat. Leider haben wir uns für einen anderen Kandidaten "
        "entschieden.\n\nViele Grüße\nSabine Keller",
        None,
    ),
    (
        "Mahle",
        "rejected",
        "2025-03-04",
        MAHLE,
        "Absage",
        "Sehr geehrter Herr Wagner,\n\nleider können wir Ihnen keine positive Nachricht geben: Wir haben uns für andere "
        "Bewerber entschieden.\n\nMit freundlichen Grüßen\nMAHLE Recruiting",
        None,
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.example>",
        "12 neue Jobs: Konstrukteur in Stuttgart",
        "alert",
        "Neue Jobs passend zu Ihrer Suche. Jobagent bearbeiten.",
    ),
    (
        "XING <notifications@xing.example>",
        "Ihr Profil wurde 5 Mal besucht",
        "viewed",
        "Ihr Profil wurde diese Woche von Recruitern besucht.",
    ),
    (
        "Michael Braun <m.braun@kienbaum.example>",
        "Vertrauliche Anfrage",
        "outreach",
        "Sehr geehrter Herr Wagner, für einen Mandanten im Maschinenbau suche ich einen Teamleiter Konstruktion. "
        "Hätten Sie Interesse an einem vertraulichen Gespräch?",
    ),
    (
        "Bosch Power Tools <newsletter@bosch-pt.example>",
        "Neu: Akku-Bohrschrauber",
        "newsletter",
        "Entdecken Sie unsere Neuheiten. Abmelden.",
    ),
    (
        "HUK-COBURG <service@huk.example>",
        "Ihre Beitragsrechnung",
        "other",
        "Ihre Beitragsrechnung für 2025 steht bereit.",
    ),
    (
        "Jonas Wagner <jonas.wagner@gmx.example>",
        "Sonntag",
        "personal",
        "Kommst du Sonntag zum Essen?",
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
        clock="08:35:00",
        neg_start="2025-01-19",
        neg_step=5,
        neg_clock="19:55:00",
        tag="sixhundredfiftyfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), TOBIAS)
