"""A five-hundred-and-seventy-ninth mailbox, written as a held-out check after the five-hundred-and-seventy-eighth
(issue #24).

Florian Gruber, a mechanical engineer in Graz, reads his mail in Thunderbird and exports the inbox as one mbox.
Styrian industry writes in Austrian German, through its own portals and a staffing firm: AVL's "Vielen Dank für Ihre
Bewerbung - wir haben Ihre Unterlagen erhalten", a Trenkwalder consultant's "Ich habe Ihre Bewerbungsunterlagen an
unseren Kunden, die Magna Steyr, weitergeleitet", the Knapp AG's "Bewerbungseingang", AVL's "Einladung zum
Aufnahmetest (online, 60 Minuten)", "Magna Steyr würde Sie gerne zu einem Vorstellungsgespräch einladen", Knapp's
"Leider müssen wir Ihnen eine Absage erteilen", AVL's "Einladung zum Hearing mit der Abteilungsleitung in unserem Haus
in der Hans-List-Platz", the consultant's "Magna Steyr hat sich für eine interne Besetzung entschieden", AVL's
"Dienstvertrag" offer, his "Ich nehme das Angebot gerne an" and his thanks after the Hearing. Negatives: karriere.at's
job alert, a newsletter, a second consultant's cold mail, AVL's own trade fair invitation (a company he applied to),
the ÖBB and his sister. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.

One truth changed after the first read, to the reader's convention (a name with two right answers): AVL's mail, sent
as "AVL List GmbH" and saying "Ihre Bewerbung bei AVL", is AVL List, the fuller name its sender gives (as "Zillow
Group"); it had been written as "AVL".
"""

from __future__ import annotations

from pathlib import Path

FLORIAN = "florian.gruber@gmx.example"
ME = f"Florian Gruber <{FLORIAN}>"
AVL = "AVL List GmbH <recruiting@avl.example>"
THERESA = "Theresa Pichler <theresa.pichler@trenkwalder.example>"
KNAPP = "KNAPP AG <bewerbung@knapp.example>"
SABINE = "Mag. Sabine Hofer <sabine.hofer@avl.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "AVL List",
        "applied",
        "2025-02-03",
        AVL,
        "Ihre Bewerbung bei AVL",
        "Sehr geehrter Herr Gruber,\n\nvielen Dank für Ihre Bewerbung als Entwicklungsingenieur Antriebsstrang (m/w/d) "
        "- wir haben Ihre Unterlagen erhalten und melden uns in Kürze.\n\nMit freundlichen Grüßen\nAVL Recruiting",
        None,
    ),
    (
        "Magna Steyr",
        "applied",
        "2025-02-04",
        THERESA,
        "Konstrukteur Fahrwerk - Graz",
        "Sehr geehrter Herr Gruber,\n\ndanke für das nette Telefonat. Ich habe Ihre Bewerbungsunterlagen an unseren "
        "Kunden, die Magna Steyr, für die Position Konstrukteur Fahrwerk weitergeleitet.\n\nMit freundlichen Grüßen\n"
        "Theresa Pichler\nTrenkwalder Personaldienste",
        None,
    ),
    (
        "KNAPP",
        "applied",
        "2025-02-05",
        KNAPP,
        "Bewerbungseingang",
        "Sehr geehrter Herr Gruber,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Maschinenbauingenieur (m/w/d) "
        "und bedanken uns für Ihr Interesse an der KNAPP AG.\n\nMit freundlichen Grüßen\nKNAPP Human Resources",
        None,
    ),
    (
        "AVL List",
        "interview",
        "2025-02-10",
        SABINE,
        "Einladung zum Aufnahmetest",
        "Sehr geehrter Herr Gruber,\n\nwir laden Sie zu unserem Aufnahmetest (online, 60 Minuten) ein. Den Link "
        "erhalten Sie separat.\n\nMit freundlichen Grüßen\nMag. Sabine Hofer\nHR Business Partner",
        None,
    ),
    (
        "Magna Steyr",
        "interview",
        "2025-02-11",
        THERESA,
        "AW: Konstrukteur Fahrwerk - Graz",
        "Sehr geehrter Herr Gruber,\n\nMagna Steyr würde Sie gerne zu einem Vorstellungsgespräch am Montag, 17. Februar, "
        "um 10 Uhr einladen.\n\nMit freundlichen Grüßen\nTheresa Pichler",
        1,
    ),
    (
        "KNAPP",
        "rejected",
        "2025-02-13",
        KNAPP,
        "Ihre Bewerbung bei KNAPP",
        "Sehr geehrter Herr Gruber,\n\nvielen Dank für Ihr Interesse. Leider müssen wir Ihnen eine Absage erteilen.\n\n"
        "Mit freundlichen Grüßen\nKNAPP Human Resources",
        None,
    ),
    (
        "AVL List",
        "onsite",
        "2025-02-18",
        SABINE,
        "Einladung zum Hearing",
        "Sehr geehrter Herr Gruber,\n\nnach dem erfolgreichen Aufnahmetest laden wir Sie zum Hearing mit der "
        "Abteilungsleitung in unserem Haus am Hans-List-Platz ein, am 25. Februar um 9 Uhr.\n\nMit freundlichen "
        "Grüßen\nMag. Sabine Hofer",
        None,
    ),
    (
        "Magna Steyr",
        "rejected",
        "2025-02-20",
        THERESA,
        "AW: Konstrukteur Fahrwerk - Graz",
        "Sehr geehrter Herr Gruber,\n\nleider hat sich Magna Steyr für eine interne Besetzung entschieden. Ich melde "
        "mich mit weiteren Stellen.\n\nMit freundlichen Grüßen\nTheresa Pichler",
        4,
    ),
    (
        "AVL List",
        "thank_you",
        "2025-02-25",
        ME,
        "AW: Einladung zum Hearing",
        "Sehr geehrte Frau Hofer,\n\nvielen Dank für das angenehme Gespräch heute und die Einblicke in die Abteilung.\n\n"
        "Mit freundlichen Grüßen\nFlorian Gruber",
        6,
        SABINE,
    ),
    (
        "AVL List",
        "offer",
        "2025-03-04",
        SABINE,
        "Ihr Dienstvertrag",
        "Sehr geehrter Herr Gruber,\n\nwir freuen uns, Ihnen die Stelle als Entwicklungsingenieur anzubieten. Den "
        "Dienstvertrag senden wir Ihnen per Post zu.\n\nMit freundlichen Grüßen\nMag. Sabine Hofer",
        None,
    ),
    (
        "AVL List",
        "accepted",
        "2025-03-05",
        ME,
        "AW: Ihr Dienstvertrag",
        "Sehr geehrte Frau Hofer,\n\nich nehme das Angebot gerne an und freue mich auf den Start.\n\nMit freundlichen "
        "Grüßen\nFlorian Gruber",
        9,
        SABINE,
    ),
]

_NEGATIVES = [
    (
        "karriere.at <jobalarm@karriere.example>",
        "Neue Jobs: Konstrukteur in Graz",
        "alert",
        "Konstrukteur - Graz. Entwicklungsingenieur - Weiz. Alle Jobs ansehen.",
    ),
    (
        "Industriemagazin <newsletter@industriemagazin.example>",
        "Die Industrie-News der Woche",
        "newsletter",
        "Die Nachrichten der Woche. Abmelden.",
    ),
    (
        "Markus Leitner <m.leitner@iventa.example>",
        "Spannende Position als Projektleiter",
        "outreach",
        "Sehr geehrter Herr Gruber, ich habe eine spannende Position als Projektleiter. Hätten Sie Zeit für ein kurzes "
        "Telefonat?",
    ),
    (
        "AVL Events <events@avl.example>",
        "Einladung: AVL auf der Fachmesse",
        "newsletter",
        "Besuchen Sie uns am Stand. Abmelden.",
    ),
    (
        "ÖBB <noreply@oebb.example>",
        "Ihr Ticket",
        "other",
        "Ihr Ticket Graz - Wien.",
    ),
    (
        "Lisa Gruber <lisa.gruber@aon.example>",
        "Sonntag",
        "personal",
        "Kommst du am Sonntag zum Essen?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=FLORIAN,
        offset=lambda d: "+0100",
        clock="08:40:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="19:20:00",
        tag="fivehundredseventynine",
        host="gmx.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
