"""A hundred-and-ninety-seventh mailbox, written as a held-out check after the hundred-and-ninety-sixth (issue #24).

Katrin, an administrative officer in Leipzig, keeps her web.de mail in Thunderbird and exports one mbox (no labels,
replies tied by ``In-Reply-To``), all in German.  The German public service hires in its own words: Interamt's
"Eingangsbestätigung", an application by mail "beim Landratsamt", a university's personnel office, an
"Auswahlgespräch" with the staff council present, a "Zwischenbescheid" while the "Auswahlverfahren" runs, a
"schriftliche Arbeitsprobe", an offer "vorbehaltlich der Zustimmung des Personalrats" and refusals after the
procedure closes.  Negatives: Interamt's search alerts, the employment agency's suggestions, the city's own
appointment at its citizens' office, a train ticket, the broadcasting fee, an evening class, a friend.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KATRIN = "katrin.hoffmann@web.de"
ME = f"Katrin Hoffmann <{KATRIN}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (  # 0
        "Stadt Leipzig",
        "applied",
        "2025-09-15",
        "Interamt <noreply@interamt.de>",
        "Eingangsbestätigung Ihrer Bewerbung - Stellenausschreibung 50/2025",
        "Sehr geehrte Frau Hoffmann,\n\nvielen Dank für Ihre Bewerbung über Interamt auf die Stelle "
        "Sachbearbeiter/in Bauordnung (Stellenausschreibung 50/2025) bei der Stadt Leipzig. Ihre Bewerbung ist bei "
        "uns eingegangen und wird nach Ablauf der Bewerbungsfrist geprüft.\n\nMit freundlichen Grüßen\nIhr "
        "Interamt-Team im Auftrag der Stadt Leipzig",
        None,
    ),
    (  # 1
        "Landratsamt Nordsachsen",
        "applied",
        "2025-09-16",
        ME,
        "Bewerbung als Verwaltungsfachangestellte (Kennziffer 12/2025)",
        "Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich auf die ausgeschriebene Stelle als "
        "Verwaltungsfachangestellte im Sachgebiet Bauaufsicht beim Landratsamt Nordsachsen (Kennziffer 12/2025). "
        "Meine Unterlagen finden Sie im Anhang.\n\nMit freundlichen Grüßen\nKatrin Hoffmann",
        None,
        "Personalamt Landratsamt Nordsachsen <personalamt@lra-nordsachsen.de>",
    ),
    (  # 2
        "Universität Leipzig",
        "applied",
        "2025-09-18",
        "Dezernat Personal <personal@uni-leipzig.de>",
        "Ihre Bewerbung auf die Ausschreibung 123/2025",
        "Sehr geehrte Frau Hoffmann,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf die Stelle einer "
        "Sachbearbeiterin im Dezernat Studium (Ausschreibung 123/2025). Wir werden uns nach Abschluss der "
        "Vorauswahl bei Ihnen melden.\n\nMit freundlichen Grüßen\nDezernat Personal\nUniversität Leipzig",
        None,
    ),
    (  # 3
        "Stadt Leipzig",
        "interview",
        "2025-10-06",
        "Stadt Leipzig - Personalamt <personalamt@leipzig.de>",
        "Einladung zum Auswahlgespräch - Stellenausschreibung 50/2025",
        "Sehr geehrte Frau Hoffmann,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Sie in die engere Auswahl "
        "gekommen sind. Wir laden Sie hiermit zu einem Auswahlgespräch am Dienstag, 21. Oktober 2025, um 10:30 Uhr "
        "ins Neue Rathaus, Martin-Luther-Ring 4-6, Zimmer 215 ein. Das Gespräch dauert etwa 45 Minuten; an ihm "
        "nehmen Vertreter des Personalrats und die Gleichstellungsbeauftragte teil.\n\nBitte bestätigen Sie Ihre "
        "Teilnahme bis zum 10. Oktober.\n\nMit freundlichen Grüßen\nIm Auftrag\nSabine Weber\nPersonalamt",
        None,
    ),
    (  # 4
        "Universität Leipzig",
        "reply",
        "2025-10-08",
        "Dezernat Personal <personal@uni-leipzig.de>",
        "Zwischenbescheid - Ausschreibung 123/2025",
        "Sehr geehrte Frau Hoffmann,\n\naufgrund der großen Zahl an Bewerbungen dauert das Auswahlverfahren noch an. "
        "Wir bitten Sie um etwas Geduld und werden uns voraussichtlich Ende Oktober bei Ihnen melden.\n\nMit "
        "freundlichen Grüßen\nDezernat Personal",
        2,
    ),
    (  # 5
        "Landratsamt Nordsachsen",
        "rejected",
        "2025-10-14",
        "Personalamt Landratsamt Nordsachsen <personalamt@lra-nordsachsen.de>",
        "AW: Bewerbung als Verwaltungsfachangestellte (Kennziffer 12/2025)",
        "Sehr geehrte Frau Hoffmann,\n\nnach Abschluss des Auswahlverfahrens müssen wir Ihnen leider mitteilen, dass "
        "wir Ihre Bewerbung nicht berücksichtigen konnten. Ihre Unterlagen senden wir Ihnen nicht zurück; sie "
        "werden nach Ablauf von sechs Monaten datenschutzgerecht vernichtet.\n\nMit freundlichen Grüßen\nIm "
        "Auftrag\nThomas Krüger\nLandratsamt Nordsachsen, Personalamt",
        1,
    ),
    (  # 6
        "Universität Leipzig",
        "interview",
        "2025-10-27",
        "Dr. Miriam Scholz <miriam.scholz@uni-leipzig.de>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Hoffmann,\n\nich lade Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, 5. "
        "November 2025, um 9 Uhr ein. Vor dem Gespräch bitten wir Sie, eine kurze schriftliche Arbeitsprobe (ca. "
        "30 Minuten) zu bearbeiten. Treffpunkt ist das Neue Augusteum, Raum A 314.\n\nMit freundlichen Grüßen\n"
        "Dr. Miriam Scholz\nLeiterin Dezernat Studium\nUniversität Leipzig",
        None,
    ),
    (  # 7
        "Stadt Leipzig",
        "offer",
        "2025-11-03",
        "Stadt Leipzig - Personalamt <personalamt@leipzig.de>",
        "Ihre Bewerbung - Stellenausschreibung 50/2025",
        "Sehr geehrte Frau Hoffmann,\n\nwir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie "
        "für die Stelle Sachbearbeiter/in Bauordnung ausgewählt hat. Vorbehaltlich der Zustimmung des Personalrats "
        "beabsichtigen wir, Sie zum 1. Januar 2026 in Entgeltgruppe 9a TVöD einzustellen.\n\nBitte teilen Sie uns "
        "bis zum 10. November mit, ob Sie die Stelle annehmen.\n\nMit freundlichen Grüßen\nIm Auftrag\nSabine "
        "Weber\nPersonalamt",
        3,
    ),
    (  # 8
        "Stadt Leipzig",
        "accepted",
        "2025-11-04",
        ME,
        "AW: Ihre Bewerbung - Stellenausschreibung 50/2025",
        "Sehr geehrte Frau Weber,\n\nvielen Dank für die erfreuliche Nachricht. Ich nehme die Stelle sehr gerne an "
        "und freue mich auf den Beginn am 1. Januar.\n\nMit freundlichen Grüßen\nKatrin Hoffmann",
        7,
    ),
    (  # 9
        "Universität Leipzig",
        "withdrew",
        "2025-11-04",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Dr. Scholz,\n\nvielen Dank für die Einladung. Da ich inzwischen eine andere Stelle "
        "angenommen habe, ziehe ich meine Bewerbung hiermit zurück und sage den Termin am 5. November ab.\n\nMit "
        "freundlichen Grüßen\nKatrin Hoffmann",
        6,
    ),
]

_OWN_TO = {
    "Stadt Leipzig": "Stadt Leipzig - Personalamt <personalamt@leipzig.de>",
    "Universität Leipzig": "Dr. Miriam Scholz <miriam.scholz@uni-leipzig.de>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Interamt <noreply@interamt.de>",
        "Neue Stellenangebote zu Ihrem Suchauftrag 'Verwaltung Leipzig'",
        "alert",
        "Zu Ihrem Suchauftrag gibt es 4 neue Stellenangebote: Sachbearbeiter/in Bürgerservice (Stadt Leipzig), "
        "Verwaltungsfachangestellte/r (Landkreis Leipzig), ...",
    ),
    (
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Vermittlungsvorschläge für Sie",
        "alert",
        "Sehr geehrte Frau Hoffmann, in Ihrem Postfach liegen neue Vermittlungsvorschläge. Bitte bewerben Sie sich "
        "zeitnah und teilen Sie uns das Ergebnis mit.",
    ),
    (
        "Stadt Leipzig - Bürgeramt <terminvergabe@leipzig.de>",
        "Ihr Termin im Bürgeramt Mitte",
        "other",
        "Sehr geehrte Frau Hoffmann, Ihr Termin zur Beantragung eines Personalausweises ist am 2. Oktober 2025 um "
        "8:40 Uhr im Bürgeramt Mitte. Bitte bringen Sie ein biometrisches Passfoto mit.",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.example>",
        "Ihre Buchungsbestätigung (Auftrag 4R7K2M)",
        "other",
        "Vielen Dank für Ihre Buchung. Leipzig Hbf - Dresden Hbf, Hinfahrt am 21.10.2025.",
    ),
    (
        "ARD ZDF Deutschlandradio Beitragsservice <info@rundfunkbeitrag.example>",
        "Ihre Zahlungsaufforderung",
        "other",
        "Bitte überweisen Sie den Rundfunkbeitrag für das vierte Quartal bis zum 15. November.",
    ),
    (
        "Volkshochschule Leipzig <anmeldung@vhs-leipzig.example>",
        "Anmeldebestätigung: Excel für Fortgeschrittene",
        "other",
        "Vielen Dank für Ihre Anmeldung zum Kurs 'Excel für Fortgeschrittene' ab dem 4. November, dienstags 18 Uhr.",
    ),
    (
        "web.de <newsletter@web.de>",
        "Ihr WEB.DE Magazin: die Themen der Woche",
        "newsletter",
        "Die wichtigsten Nachrichten der Woche, Ratgeber und Angebote für Sie.",
    ),
    (
        "Julia Schneider <julia.schneider88@gmx.de>",
        "Daumen drücken!",
        "personal",
        "Ich drück dir morgen ganz fest die Daumen für dein Gespräch im Rathaus! Melde dich danach.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=KATRIN,
        own_to=_OWN_TO,
        offset=lambda d: "+0200" if d.isoformat() < "2025-10-26" else "+0100",
        clock="11:45:00",
        neg_start="2025-09-20",
        neg_step=6,
        neg_clock="19:30:00",
        tag="hundredninetyseven",
        host="web.de",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird keeps it (one mbox file) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
