"""A four-hundred-and-forty-fourth mailbox, written as a held-out check after the four-hundred-and-forty-third
(issue #24).

Katharina Huber, a controller in Vienna, keeps her mail in Thunderbird and exports the inbox and sent folder as one
mbox.  Austrian German: karriere.at's "Deine Bewerbung ist unterwegs" (the job portal sends it on her behalf and names
the firm), an "Eingangsbestätigung Ihrer Bewerbung", an "Einladung zum Vorstellungsgespräch", a Hearing (the Austrian
word for the final panel), "Wir freuen uns, Ihnen mitteilen zu dürfen, dass wir Sie für die Position ausgewählt haben"
with a Dienstvertrag to follow, "leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden
haben", a public employer's "Ihre Bewerbung befindet sich noch im Auswahlverfahren", her "Danke für das angenehme
Gespräch" and her acceptance.  Negatives: karriere.at's Job-Alarm, the AMS, a newsletter, a Personalberater's cold
"Spannende Position als CFO", ÖBB and her brother.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KATHI = "katharina.huber@gmx.example"
ME = f"Katharina Huber <{KATHI}>"
KARRIERE = "karriere.at <bewerbung@karriere.example>"
BAUER = "Mag. Stefan Bauer <s.bauer@alpenbau.example>"
WSTW = "Wiener Stadtwerke Recruiting <recruiting@wienerstadtwerke.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Alpenbau",
        "applied",
        "2025-01-20",
        KARRIERE,
        "Deine Bewerbung ist unterwegs",
        "Hallo Katharina,\n\ndeine Bewerbung als Controller (m/w/d) bei Alpenbau GmbH wurde erfolgreich versendet.\n\n"
        "Wir drücken dir die Daumen!\nDein karriere.at Team",
        None,
    ),
    (
        "Wiener Stadtwerke",
        "applied",
        "2025-01-21",
        WSTW,
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Huber,\n\nvielen Dank für Ihre Bewerbung als Referentin Konzerncontrolling. Wir haben Ihre "
        "Unterlagen erhalten und werden sie sorgfältig prüfen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der "
        "Wiener Stadtwerke",
        None,
    ),
    (
        "Red Bull",
        "applied",
        "2025-01-22",
        "Red Bull Jobs <no-reply@jobs.redbull.example>",
        "Your application at Red Bull",
        "Dear Katharina,\n\nthank you for applying for the position Financial Controller CEE. We have received your "
        "application and will get back to you.\n\nBest regards\nRed Bull Recruiting",
        None,
    ),
    (
        "Alpenbau",
        "interview",
        "2025-01-29",
        BAUER,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Huber,\n\nvielen Dank für Ihre Bewerbung über karriere.at. Wir laden Sie herzlich zu einem "
        "persönlichen Vorstellungsgespräch am Dienstag, 4. Februar 2025, um 10:00 Uhr in unser Büro in der "
        "Wagramer Straße ein.\n\nMit freundlichen Grüßen\nMag. Stefan Bauer\nLeitung Finanzen, Alpenbau GmbH",
        None,
    ),
    (
        "Wiener Stadtwerke",
        "reply",
        "2025-02-03",
        WSTW,
        "Zwischeninformation zu Ihrer Bewerbung",
        "Sehr geehrte Frau Huber,\n\nIhre Bewerbung befindet sich noch im Auswahlverfahren. Wir bitten Sie um etwas "
        "Geduld und melden uns bis Ende Februar.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        1,
    ),
    (
        "Alpenbau",
        "thank_you",
        "2025-02-04",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Mag. Bauer,\n\ndanke für das angenehme Gespräch heute. Die Position interessiert mich sehr.\n\n"
        "Mit freundlichen Grüßen\nKatharina Huber",
        3,
        BAUER,
    ),
    (
        "Red Bull",
        "rejected",
        "2025-02-07",
        "Red Bull Jobs <no-reply@jobs.redbull.example>",
        "Your application at Red Bull",
        "Dear Katharina,\n\nthank you for your interest in Red Bull. Unfortunately we have decided to move forward with "
        "other candidates for the Financial Controller CEE position.\n\nBest regards\nRed Bull Recruiting",
        2,
    ),
    (
        "Alpenbau",
        "onsite",
        "2025-02-11",
        BAUER,
        "Einladung zum Hearing",
        "Sehr geehrte Frau Huber,\n\nwir freuen uns, Sie in die letzte Runde unseres Auswahlverfahrens einzuladen: ein "
        "Hearing mit der Geschäftsführung am 18. Februar um 14:00 Uhr.\n\nMit freundlichen Grüßen\nStefan Bauer",
        None,
    ),
    (
        "Alpenbau",
        "offer",
        "2025-02-21",
        BAUER,
        "Ihre Bewerbung als Controller",
        "Sehr geehrte Frau Huber,\n\nwir freuen uns, Ihnen mitteilen zu dürfen, dass wir Sie für die Position als "
        "Controller ausgewählt haben. Den Dienstvertrag senden wir Ihnen in den nächsten Tagen zu.\n\n"
        "Mit freundlichen Grüßen\nStefan Bauer",
        None,
    ),
    (
        "Alpenbau",
        "accepted",
        "2025-02-24",
        ME,
        "AW: Ihre Bewerbung als Controller",
        "Sehr geehrter Herr Mag. Bauer,\n\nherzlichen Dank, ich nehme das Angebot sehr gerne an und freue mich auf den "
        "Start im April.\n\nMit freundlichen Grüßen\nKatharina Huber",
        8,
        BAUER,
    ),
    (
        "Wiener Stadtwerke",
        "rejected",
        "2025-02-26",
        WSTW,
        "Ihre Bewerbung als Referentin Konzerncontrolling",
        "Sehr geehrte Frau Huber,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin "
        "entschieden haben. Wir bedanken uns für Ihr Interesse und wünschen Ihnen alles Gute.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Wiener Stadtwerke",
        None,
    ),
]

_NEGATIVES = [
    (
        "karriere.at Job-Alarm <jobalarm@karriere.example>",
        "5 neue Jobs für Controller in Wien",
        "alert",
        "Controller (m/w/d) - Wien 1. Bilanzbuchhalterin - Wien 22. Jetzt bewerben.",
    ),
    (
        "AMS <noreply@ams.example>",
        "Ihre Nachricht im eAMS-Konto",
        "other",
        "Sie haben eine neue Nachricht in Ihrem eAMS-Konto.",
    ),
    (
        "Der Standard Karriere <newsletter@derstandard.example>",
        "Karriere-Newsletter: Gehälter im Controlling",
        "newsletter",
        "Was Controller in Österreich verdienen. Abmelden.",
    ),
    (
        "Dr. Martin Leitner <leitner@leitner-executive.example>",
        "Spannende Position als CFO",
        "outreach",
        "Sehr geehrte Frau Huber, ich bin Personalberater und suche für einen Mandanten im Industriebereich eine/n CFO. "
        "Hätten Sie Interesse an einem vertraulichen Gespräch?",
    ),
    (
        "ÖBB <tickets@oebb.example>",
        "Ihr Ticket",
        "other",
        "Wien Hbf - Salzburg Hbf, 15.02.2025.",
    ),
    (
        "Florian Huber <flo.huber@gmx.example>",
        "Skifahren?",
        "personal",
        "Fahren wir im März nach Schladming?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=KATHI,
        offset=lambda d: "+0100",
        clock="09:10:00",
        neg_start="2025-01-19",
        neg_step=6,
        neg_clock="19:45:00",
        tag="fourhundredfortyfour",
        host="gmx.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
