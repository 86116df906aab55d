"""A six-hundred-and-fifty-seventh mailbox, written as a held-out check after the six-hundred-and-fifty-sixth
(issue #24).

Katrin Hoffmann, a tax advisor in Frankfurt, saves her Outlook mail as .eml files. German personnel consultants write
about clients they name late: a Hays consultant's "ich habe Ihr Profil heute an meinen Kunden, eine internationale
Wirtschaftsprüfungsgesellschaft, weitergeleitet", then "Es handelt sich um die KPMG AG; man würde Sie gerne zu einem
ersten Gespräch einladen", "KPMG möchte Ihnen ein Angebot unterbreiten" and her "Sehr gerne, bitte sagen Sie zu";
a Michael Page consultant's "Ihre Unterlagen liegen nun der Deutschen Bank vor" and "die Deutsche Bank hat sich leider
für einen anderen Kandidaten entschieden"; and her own application to the Deutsche Börse through its careers site
("Vielen Dank für Ihre Bewerbung") with a "Zwischennachricht" (a reply). Negatives: StepStone's alert, Hays'
Gehaltsreport, a cold LinkedIn message, the Steuerberaterkammer's newsletter, her bank and her sister.
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KATRIN = "katrin.hoffmann.stb@outlook.example"
ME = f"Katrin Hoffmann <{KATRIN}>"
HAYS = "Florian Becker <florian.becker@hays.example>"
PAGE = "Julia Schmitt <juliaschmitt@michaelpage.example>"
DB1 = "Deutsche Börse Group <careers@deutsche-boerse.successfactors.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "KPMG",
        "applied",
        "2025-05-05",
        HAYS,
        "Ihr Profil - Senior Manager Tax",
        "Sehr geehrte Frau Hoffmann,\n\nwie besprochen habe ich Ihr Profil heute an meinen Kunden, eine internationale "
        "Wirtschaftsprüfungsgesellschaft, für die Position Senior Manager Tax weitergeleitet.\n\nMit freundlichen "
        "Grüßen\nFlorian Becker\nHays AG",
        None,
    ),
    (
        "Deutsche Bank",
        "applied",
        "2025-05-06",
        PAGE,
        "Steuerexpertin - Deutsche Bank",
        "Liebe Frau Hoffmann,\n\nIhre Unterlagen liegen nun der Deutschen Bank für die Position Steuerexpertin "
        "Konzernsteuern vor. Ich melde mich, sobald ich Feedback habe.\n\nBeste Grüße\nJulia Schmitt\nMichael Page",
        None,
    ),
    (
        "Deutsche Börse",
        "applied",
        "2025-05-07",
        DB1,
        "Vielen Dank für Ihre Bewerbung",
        "Sehr geehrte Frau Hoffmann,\n\nvielen Dank für Ihre Bewerbung als Tax Manager bei der Deutsche Börse Group. "
        "Wir werden Ihre Unterlagen sorgfältig prüfen.\n\nIhr Talent Acquisition Team",
        None,
    ),
    (
        "KPMG",
        "interview",
        "2025-05-12",
        HAYS,
        "AW: Ihr Profil - Senior Manager Tax",
        "Sehr geehrte Frau Hoffmann,\n\ngute Nachrichten: Es handelt sich um die KPMG AG; man würde Sie gerne zu einem "
        "ersten Gespräch am 20. Mai einladen.\n\nMit freundlichen Grüßen\nFlorian Becker",
        None,
    ),
    (
        "Deutsche Börse",
        "reply",
        "2025-05-21",
        DB1,
        "Zwischennachricht zu Ihrer Bewerbung",
        "Sehr geehrte Frau Hoffmann,\n\nwir möchten Ihnen kurz mitteilen, dass Ihre Bewerbung noch in Bearbeitung ist. "
        "Wir melden uns so bald wie möglich.\n\nIhr Talent Acquisition Team",
        None,
    ),
    (
        "Deutsche Bank",
        "rejected",
        "2025-05-22",
        PAGE,
        "AW: Steuerexpertin - Deutsche Bank",
        "Liebe Frau Hoffmann,\n\nleider hat sich die Deutsche Bank für einen anderen Kandidaten entschieden. Ich halte "
        "Sie über weitere passende Positionen auf dem Laufenden.\n\nBeste Grüße\nJulia Schmitt",
        None,
    ),
    (
        "KPMG",
        "offer",
        "2025-06-02",
        HAYS,
        "Angebot KPMG",
        "Sehr geehrte Frau Hoffmann,\n\nKPMG möchte Ihnen ein Angebot unterbreiten: 105.000 EUR Fixgehalt plus Bonus, "
        "Start zum 1. September.\n\nMit freundlichen Grüßen\nFlorian Becker",
        None,
    ),
    (
        "KPMG",
        "accepted",
        "2025-06-03",
        ME,
        "AW: Angebot KPMG",
        "Sehr geehrter Herr Becker,\n\nsehr gerne, bitte sagen Sie zu! Ich freue mich.\n\nViele Grüße\nKatrin Hoffmann",
        HAYS,
    ),
]

_NEGATIVES = [
    (
        "StepStone <jobagent@stepstone.example>",
        "Neue Jobs: Steuerberater in Frankfurt",
        "alert",
        "Neue Stellenangebote passend zu Ihrer Suche. Jobagent verwalten.",
    ),
    (
        "Hays <marketing@hays.example>",
        "Hays Gehaltsreport 2025",
        "newsletter",
        "Laden Sie den aktuellen Gehaltsreport herunter. Abmelden.",
    ),
    (
        "LinkedIn <inmail-hit-reply@linkedin.example>",
        "Katrin, Sie haben eine neue Nachricht",
        "outreach",
        "Thomas Weber, Executive Search: Guten Tag Frau Hoffmann, für einen Mandanten suche ich eine Head of Tax. "
        "Hätten Sie Interesse?",
    ),
    (
        "Steuerberaterkammer Hessen <info@stbk-hessen.example>",
        "Kammerrundschreiben Mai",
        "newsletter",
        "Aktuelle Informationen der Kammer. Abmelden.",
    ),
    (
        "Frankfurter Sparkasse <info@frankfurter-sparkasse.example>",
        "Ihr Kontoauszug",
        "other",
        "Ihr Kontoauszug steht im Postfach bereit.",
    ),
    (
        "Anna Hoffmann <anna.hoffmann@gmx.example>",
        "Pfingsten",
        "personal",
        "Kommst du Pfingsten nach Hause?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="09:15:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="20:25:00",
        tag="sixhundredfiftyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), KATRIN)
