"""A five-hundred-and-sixty-third mailbox, written as a held-out check after the five-hundred-and-sixty-second (issue
#24).

Lukas Meier, an actuary in Zürich, reads his mail in Thunderbird and exports the inbox as one mbox. Swiss insurers write
in "Sie", with "ss" for "ß", through SuccessFactors and their own people, and a search firm for its client: Zurich's
"Vielen Dank für Ihre Bewerbung bei der Zurich Versicherung", a Michael Page Schweiz consultant's "Ich habe Ihr Dossier
heute an unseren Kunden, die Swiss Re, weitergeleitet", Helvetia's "Wir haben Ihre Bewerbung erhalten", Helvetia's
"Gerne laden wir Sie zu einem ersten Gespräch mit Frau Keller, Leiterin Aktuariat, ein", "Die Swiss Re möchte Sie gerne
kennenlernen", Zurich's "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatur entschieden haben",
Helvetia's "Zweitgespräch vor Ort in St. Gallen mit dem Bereichsleiter", the consultant's "Die Swiss Re hat sich für
einen internen Kandidaten entschieden", Helvetia's "Wir freuen uns, Ihnen die Stelle anbieten zu können", his thanks and
his "Ich nehme das Angebot sehr gerne an". Negatives: jobs.ch's alert, the NZZ's newsletter, a second consultant's cold
mail, Zurich's own policy letter (a company he applied to), the SBB and his mother. Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUKAS = "lukas.meier@bluewin.example"
ME = f"Lukas Meier <{LUKAS}>"
ZURICH = "Zurich Versicherung <noreply@zurich.successfactors.example>"
SIMON = "Simon Baumann <simon.baumann@michaelpage.example>"
HELV = "Helvetia Recruiting <recruiting@helvetia.example>"
ANDREA = "Andrea Frei <andrea.frei@helvetia.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Zurich Versicherung",
        "applied",
        "2025-04-07",
        ZURICH,
        "Ihre Bewerbung bei der Zurich Versicherung",
        "Grüezi Herr Meier\n\nVielen Dank für Ihre Bewerbung als Aktuar Leben (w/m/d) bei der Zurich Versicherung. Wir "
        "prüfen Ihre Unterlagen sorgfältig und melden uns bei Ihnen.\n\nFreundliche Grüsse\nZurich Talent Acquisition",
        None,
    ),
    (
        "Swiss Re",
        "applied",
        "2025-04-08",
        SIMON,
        "Senior Actuary - Zürich",
        "Grüezi Herr Meier\n\nBesten Dank für das angenehme Gespräch. Ich habe Ihr Dossier heute an unseren Kunden, die "
        "Swiss Re, für die Position Senior Actuary weitergeleitet und melde mich, sobald ich Feedback habe.\n\n"
        "Freundliche Grüsse\nSimon Baumann\nMichael Page Schweiz",
        None,
    ),
    (
        "Helvetia",
        "applied",
        "2025-04-09",
        HELV,
        "Eingangsbestätigung",
        "Grüezi Herr Meier\n\nWir haben Ihre Bewerbung als Aktuar Nichtleben erhalten. Vielen Dank für Ihr Interesse an "
        "Helvetia.\n\nFreundliche Grüsse\nHelvetia Recruiting",
        None,
    ),
    (
        "Helvetia",
        "interview",
        "2025-04-14",
        ANDREA,
        "Einladung zum Gespräch",
        "Grüezi Herr Meier\n\nGerne laden wir Sie zu einem ersten Gespräch mit Frau Keller, Leiterin Aktuariat, am "
        "Dienstag, 22. April, um 14 Uhr per Teams ein.\n\nFreundliche Grüsse\nAndrea Frei\nHR Business Partner",
        None,
    ),
    (
        "Swiss Re",
        "interview",
        "2025-04-15",
        SIMON,
        "AW: Senior Actuary - Zürich",
        "Grüezi Herr Meier\n\nGute Nachrichten: Die Swiss Re möchte Sie gerne kennenlernen. Das Gespräch mit dem Head "
        "of Pricing fände am Freitag um 10 Uhr am Mythenquai statt.\n\nFreundliche Grüsse\nSimon Baumann",
        1,
    ),
    (
        "Zurich Versicherung",
        "rejected",
        "2025-04-16",
        ZURICH,
        "Ihre Bewerbung bei der Zurich Versicherung",
        "Grüezi Herr Meier\n\nVielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir uns für eine "
        "andere Kandidatur entschieden haben.\n\nFreundliche Grüsse\nZurich Talent Acquisition",
        None,
    ),
    (
        "Helvetia",
        "onsite",
        "2025-04-24",
        ANDREA,
        "AW: Einladung zum Gespräch",
        "Grüezi Herr Meier\n\nVielen Dank für das gute Gespräch. Gerne möchten wir Sie zu einem Zweitgespräch vor Ort in "
        "St. Gallen mit dem Bereichsleiter einladen, am 2. Mai um 9 Uhr.\n\nFreundliche Grüsse\nAndrea Frei",
        3,
    ),
    (
        "Swiss Re",
        "rejected",
        "2025-04-28",
        SIMON,
        "AW: Senior Actuary - Zürich",
        "Grüezi Herr Meier\n\nLeider hat sich die Swiss Re für einen internen Kandidaten entschieden. Ich melde mich, "
        "sobald ich eine passende Position habe.\n\nFreundliche Grüsse\nSimon Baumann",
        4,
    ),
    (
        "Helvetia",
        "thank_you",
        "2025-05-02",
        ME,
        "AW: Einladung zum Gespräch",
        "Grüezi Frau Frei\n\nHerzlichen Dank für das spannende Gespräch heute in St. Gallen.\n\nFreundliche Grüsse\n"
        "Lukas Meier",
        6,
        ANDREA,
    ),
    (
        "Helvetia",
        "offer",
        "2025-05-08",
        ANDREA,
        "Ihr Angebot",
        "Grüezi Herr Meier\n\nWir freuen uns, Ihnen die Stelle als Aktuar Nichtleben anbieten zu können. Den "
        "Arbeitsvertrag senden wir Ihnen per Post.\n\nFreundliche Grüsse\nAndrea Frei",
        None,
    ),
    (
        "Helvetia",
        "accepted",
        "2025-05-09",
        ME,
        "AW: Ihr Angebot",
        "Grüezi Frau Frei\n\nIch nehme das Angebot sehr gerne an und freue mich auf die neue Aufgabe.\n\nFreundliche "
        "Grüsse\nLukas Meier",
        9,
        ANDREA,
    ),
]

_NEGATIVES = [
    (
        "jobs.ch <jobmail@jobs.example>",
        "Neue Stellen: Aktuar",
        "alert",
        "Aktuar - Zürich. Pricing Actuary - Basel. Alle Stellen ansehen.",
    ),
    (
        "NZZ <newsletter@nzz.example>",
        "NZZ am Morgen",
        "newsletter",
        "Die wichtigsten Nachrichten. Abmelden.",
    ),
    (
        "Patrick Huber <p.huber@finance-talents.example>",
        "Spannende Position als Chief Actuary",
        "outreach",
        "Grüezi Herr Meier, ich betreue eine spannende Position als Chief Actuary. Hätten Sie Zeit für ein kurzes "
        "Gespräch?",
    ),
    (
        "Zurich <kundendienst@zurich.example>",
        "Ihre Police",
        "other",
        "Ihre neue Police für die Hausratversicherung liegt bei.",
    ),
    (
        "SBB <noreply@sbb.example>",
        "Ihr Billett",
        "other",
        "Ihr Billett Zürich - St. Gallen.",
    ),
    (
        "Mami <ruth.meier@bluewin.example>",
        "Sonntag",
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
        owner=LUKAS,
        offset=lambda d: "+0200",
        clock="08:55:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="19:30:00",
        tag="fivehundredsixtythree",
        host="bluewin.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
