"""A four-hundred-and-seventy-sixth mailbox, written as a held-out check after the four-hundred-and-seventy-fifth
(issue #24).

Leonie Schmitt, eighteen, applies for an Ausbildung (an apprenticeship) near Cologne and keeps her mail in Thunderbird,
exported as one mbox.  German apprenticeship hiring writes "du" and "Sie": "Vielen Dank für deine Bewerbung um einen
Ausbildungsplatz als Industriekauffrau", "Einladung zum Einstellungstest" (an assessment round), "Einladung zum
Vorstellungsgespräch", "Wir freuen uns, dir einen Ausbildungsplatz anbieten zu können", "leider haben wir uns für
andere Bewerberinnen und Bewerber entschieden", her "Hiermit sage ich den Ausbildungsplatz zu" and her "Hiermit ziehe
ich meine Bewerbung zurück".  Negatives: the Arbeitsagentur's Jobbörse alert, AUBI-plus's newsletter, a school
message, a driving school, the KVB and her friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LEONIE = "leonie.schmitt07@web.example"
ME = f"Leonie Schmitt <{LEONIE}>"
FORD = "Ford Ausbildung <ausbildung@ford.example>"
REWE = "REWE Group Ausbildung <ausbildung@rewe-group.example>"
SPK = "Sparkasse KölnBonn <ausbildung@sparkasse-koelnbonn.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Ford",
        "applied",
        "2025-09-15",
        FORD,
        "Deine Bewerbung bei Ford",
        "Hallo Leonie,\n\nvielen Dank für deine Bewerbung um einen Ausbildungsplatz als Industriekauffrau bei den "
        "Ford-Werken in Köln. Wir melden uns in den nächsten Wochen bei dir.\n\nDein Ford Ausbildungsteam",
        None,
    ),
    (
        "REWE Group",
        "applied",
        "2025-09-16",
        REWE,
        "Eingangsbestätigung",
        "Hallo Leonie,\n\nwir haben deine Bewerbung für die Ausbildung zur Kauffrau im Groß- und Außenhandelsmanagement "
        "erhalten. Danke für dein Interesse an der REWE Group!\n\nDein Ausbildungsteam",
        None,
    ),
    (
        "Sparkasse KölnBonn",
        "applied",
        "2025-09-17",
        SPK,
        "Ihre Bewerbung um einen Ausbildungsplatz",
        "Sehr geehrte Frau Schmitt,\n\nvielen Dank für Ihre Bewerbung um einen Ausbildungsplatz zur Bankkauffrau. Ihre "
        "Unterlagen sind bei uns eingegangen.\n\nMit freundlichen Grüßen\nSparkasse KölnBonn",
        None,
    ),
    (
        "Ford",
        "interview",
        "2025-10-01",
        FORD,
        "Einladung zum Einstellungstest",
        "Hallo Leonie,\n\nwir laden dich zu unserem Einstellungstest am 14. Oktober um 9 Uhr im Ausbildungszentrum in "
        "Köln-Niehl ein. Bitte bring deinen Ausweis mit.\n\nDein Ford Ausbildungsteam",
        None,
    ),
    (
        "Sparkasse KölnBonn",
        "rejected",
        "2025-10-06",
        SPK,
        "Ihre Bewerbung um einen Ausbildungsplatz",
        "Sehr geehrte Frau Schmitt,\n\nleider haben wir uns für andere Bewerberinnen und Bewerber entschieden. Wir "
        "wünschen Ihnen für Ihre Zukunft alles Gute.\n\nMit freundlichen Grüßen\nSparkasse KölnBonn",
        2,
    ),
    (
        "Ford",
        "interview",
        "2025-10-20",
        FORD,
        "Einladung zum Vorstellungsgespräch",
        "Hallo Leonie,\n\nherzlichen Glückwunsch, du hast den Einstellungstest bestanden! Wir laden dich zum "
        "Vorstellungsgespräch am 29. Oktober um 10 Uhr ein.\n\nDein Ford Ausbildungsteam",
        None,
    ),
    (
        "REWE Group",
        "interview",
        "2025-10-22",
        REWE,
        "Einladung zum Vorstellungsgespräch",
        "Hallo Leonie,\n\nwir möchten dich gerne persönlich kennenlernen und laden dich zu einem Vorstellungsgespräch am "
        "5. November ein.\n\nDein Ausbildungsteam",
        None,
    ),
    (
        "Ford",
        "offer",
        "2025-11-07",
        FORD,
        "Dein Ausbildungsplatz bei Ford",
        "Hallo Leonie,\n\nwir freuen uns, dir einen Ausbildungsplatz als Industriekauffrau ab dem 1. August 2026 "
        "anbieten zu können! Den Ausbildungsvertrag schicken wir dir per Post.\n\nDein Ford Ausbildungsteam",
        None,
    ),
    (
        "Ford",
        "accepted",
        "2025-11-10",
        ME,
        "AW: Dein Ausbildungsplatz bei Ford",
        "Hallo,\n\nvielen Dank! Hiermit sage ich den Ausbildungsplatz zu und freue mich sehr.\n\nViele Grüße\nLeonie "
        "Schmitt",
        7,
        FORD,
    ),
    (
        "REWE Group",
        "withdrew",
        "2025-11-10",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Hallo,\n\nhiermit ziehe ich meine Bewerbung zurück, da ich eine Zusage für einen anderen Ausbildungsplatz "
        "erhalten habe. Vielen Dank!\n\nViele Grüße\nLeonie Schmitt",
        6,
        REWE,
    ),
]

_NEGATIVES = [
    (
        "Jobbörse der Bundesagentur für Arbeit <noreply@arbeitsagentur.example>",
        "Neue Ausbildungsstellen für Sie",
        "alert",
        "Industriekauffrau - Köln. Kauffrau für Büromanagement - Leverkusen. Jetzt ansehen.",
    ),
    (
        "AUBI-plus <newsletter@aubi-plus.example>",
        "Tipps für dein Vorstellungsgespräch",
        "newsletter",
        "So überzeugst du im Gespräch. Abmelden.",
    ),
    (
        "Berufskolleg Köln <sekretariat@bk-koeln.example>",
        "Elternsprechtag",
        "other",
        "Der Elternsprechtag findet am 20. November statt.",
    ),
    (
        "Fahrschule Müller <info@fahrschule-mueller.example>",
        "Deine Theoriestunde",
        "other",
        "Deine nächste Theoriestunde ist am Dienstag um 18 Uhr.",
    ),
    (
        "KVB <noreply@kvb.example>",
        "Dein Deutschlandticket",
        "other",
        "Dein Ticket ist bereit.",
    ),
    (
        "Mia Becker <mia.becker@web.example>",
        "Samstag",
        "personal",
        "Gehen wir Samstag ins Kino?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LEONIE,
        offset=lambda d: "+0200" if d.month < 10 or (d.month == 10 and d.day < 26) else "+0100",
        clock="15:30:00",
        neg_start="2025-09-14",
        neg_step=8,
        neg_clock="19:50:00",
        tag="fourhundredseventysix",
        host="web.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
