"""A four-hundred-and-fifty-third mailbox, written as a held-out check after the four-hundred-and-fifty-second
(issue #24).

Dr. Jan Becker, a risk manager in Frankfurt, keeps his mail in Thunderbird and exports it as one mbox.  German
banking hires through Personalberater who write "Sie": "wie besprochen habe ich Ihre Unterlagen an meinen Mandanten,
die Helaba, weitergeleitet", "Der Mandant möchte Sie gern persönlich kennenlernen", "leider hat sich der Mandant für
einen anderen Kandidaten entschieden", a second consultant's "Die DekaBank hat Interesse an einem ersten Gespräch",
"ein zweites Gespräch mit dem Bereichsleiter", "Die DekaBank möchte Ihnen ein Vertragsangebot unterbreiten", his own
"Ich nehme das Angebot gerne an" and "Gibt es schon eine Rückmeldung?", and a bank's own SuccessFactors receipt and
its Absage.  Negatives: StepStone's Job-Agent, a newsletter, a Personalberater's cold "Vertrauliche Anfrage", an
event, the Deutsche Bahn and his wife.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JAN = "jan.becker@posteo.example"
ME = f"Jan Becker <{JAN}>"
WEBER = "Christina Weber <c.weber@weber-partner-executive.example>"
KRAUSE = "Thomas Krause <krause@finanzkoepfe.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Helaba",
        "applied",
        "2025-10-06",
        WEBER,
        "Position Head of Market Risk",
        "Sehr geehrter Herr Dr. Becker,\n\nvielen Dank für das angenehme Telefonat. Wie besprochen habe ich Ihre "
        "Unterlagen an meinen Mandanten, die Helaba, weitergeleitet. Ich melde mich, sobald ich eine Rückmeldung "
        "habe.\n\nMit freundlichen Grüßen\nChristina Weber\nWeber & Partner Executive Search",
        None,
    ),
    (
        "Commerzbank",
        "applied",
        "2025-10-07",
        "Commerzbank Karriere <karriere@successfactors.example>",
        "Ihre Bewerbung bei der Commerzbank",
        "Sehr geehrter Herr Becker,\n\nvielen Dank für Ihre Bewerbung als Senior Risk Manager (Job-ID 88412). Wir "
        "haben Ihre Unterlagen erhalten und melden uns nach Prüfung bei Ihnen.\n\nIhr Commerzbank Recruiting-Team",
        None,
    ),
    (
        "DekaBank",
        "applied",
        "2025-10-08",
        KRAUSE,
        "Ihre Kandidatur - Leiter Risikocontrolling",
        "Hallo Herr Dr. Becker,\n\nwie heute telefonisch abgestimmt, habe ich Sie der DekaBank für die Position Leiter "
        "Risikocontrolling vorgestellt.\n\nBeste Grüße\nThomas Krause\nFinanzköpfe Personalberatung",
        None,
    ),
    (
        "Helaba",
        "interview",
        "2025-10-14",
        WEBER,
        "AW: Position Head of Market Risk",
        "Sehr geehrter Herr Dr. Becker,\n\nich habe gute Nachrichten: Der Mandant möchte Sie gern persönlich "
        "kennenlernen. Als Termin wird der 21. Oktober um 15:00 Uhr vorgeschlagen.\n\nMit freundlichen Grüßen\n"
        "Christina Weber",
        0,
    ),
    (
        "DekaBank",
        "follow_up",
        "2025-10-15",
        ME,
        "AW: Ihre Kandidatur - Leiter Risikocontrolling",
        "Hallo Herr Krause,\n\ngibt es schon eine Rückmeldung von der DekaBank?\n\nBeste Grüße\nJan Becker",
        2,
        KRAUSE,
    ),
    (
        "DekaBank",
        "interview",
        "2025-10-16",
        KRAUSE,
        "AW: Ihre Kandidatur - Leiter Risikocontrolling",
        "Hallo Herr Dr. Becker,\n\nja: Die DekaBank hat Interesse an einem ersten Gespräch mit Ihnen. Passt Ihnen der "
        "23. Oktober um 10 Uhr?\n\nBeste Grüße\nThomas Krause",
        4,
    ),
    (
        "Commerzbank",
        "rejected",
        "2025-10-20",
        "Commerzbank Karriere <karriere@successfactors.example>",
        "Ihre Bewerbung bei der Commerzbank",
        "Sehr geehrter Herr Becker,\n\nnach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre "
        "Bewerbung nicht weiter berücksichtigen können.\n\nIhr Commerzbank Recruiting-Team",
        1,
    ),
    (
        "Helaba",
        "rejected",
        "2025-10-28",
        WEBER,
        "AW: Position Head of Market Risk",
        "Sehr geehrter Herr Dr. Becker,\n\nleider hat sich der Mandant nach dem Gespräch für einen anderen Kandidaten "
        "entschieden, der mehr Erfahrung mit Handelsbüchern mitbringt. Das tut mir leid.\n\nMit freundlichen Grüßen\n"
        "Christina Weber",
        3,
    ),
    (
        "DekaBank",
        "onsite",
        "2025-10-29",
        KRAUSE,
        "AW: Ihre Kandidatur - Leiter Risikocontrolling",
        "Hallo Herr Dr. Becker,\n\nsehr gutes Feedback! Die DekaBank lädt Sie zum finalen Gespräch mit dem "
        "Bereichsleiter und dem Vorstand ein, am 5. November.\n\nBeste Grüße\nThomas Krause",
        5,
    ),
    (
        "DekaBank",
        "offer",
        "2025-11-10",
        KRAUSE,
        "AW: Ihre Kandidatur - Leiter Risikocontrolling",
        "Hallo Herr Dr. Becker,\n\nherzlichen Glückwunsch: Die DekaBank möchte Ihnen ein Vertragsangebot unterbreiten. "
        "Die Eckdaten schicke ich Ihnen gleich.\n\nBeste Grüße\nThomas Krause",
        8,
    ),
    (
        "DekaBank",
        "accepted",
        "2025-11-12",
        ME,
        "AW: Ihre Kandidatur - Leiter Risikocontrolling",
        "Hallo Herr Krause,\n\nich nehme das Angebot gerne an. Vielen Dank für die hervorragende Begleitung!\n\n"
        "Beste Grüße\nJan Becker",
        9,
        KRAUSE,
    ),
]

_NEGATIVES = [
    (
        "StepStone Job-Agent <jobagent@stepstone.example>",
        "8 neue Jobs: Risikomanagement in Frankfurt",
        "alert",
        "Risk Manager (m/w/d) - Frankfurt. Referent Marktpreisrisiko - Eschborn. Jetzt ansehen.",
    ),
    (
        "Börsen-Zeitung <newsletter@boersen-zeitung.example>",
        "Der Morgen an den Märkten",
        "newsletter",
        "Die wichtigsten Nachrichten. Abbestellen.",
    ),
    (
        "Dr. Michael Hoffmann <hoffmann@topexecutives.example>",
        "Vertrauliche Anfrage",
        "outreach",
        "Sehr geehrter Herr Dr. Becker, für einen Mandanten aus der Versicherungsbranche suche ich einen Chief Risk "
        "Officer. Darf ich Sie zu einem vertraulichen Austausch anrufen?",
    ),
    (
        "Risk Forum Frankfurt <events@riskforum.example>",
        "Einladung: Risk Forum 2025",
        "newsletter",
        "Jetzt anmelden.",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.example>",
        "Ihre Buchungsbestätigung",
        "other",
        "Frankfurt(Main)Hbf - München Hbf, 08.11.2025.",
    ),
    (
        "Sabine Becker <sabine.becker@posteo.example>",
        "Elternabend",
        "personal",
        "Denk an den Elternabend am Donnerstag um 19 Uhr.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JAN,
        offset=lambda d: "+0200" if d.month < 10 or (d.month == 10 and d.day < 26) else "+0100",
        clock="08:45:00",
        neg_start="2025-10-05",
        neg_step=6,
        neg_clock="19:15:00",
        tag="fourhundredfiftythree",
        host="posteo.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
