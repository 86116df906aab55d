"""A five-hundred-and-fifty-eighth mailbox, written as a held-out check after the five-hundred-and-fifty-seventh (issue
#24).

Katrin Vogel, a risk analyst in Frankfurt, reads her mail in Thunderbird and exports the inbox as one mbox. German
banks write in "Sie", and a Personalberater keeps his Mandant unnamed until it invites her: Deutsche Bank's "Vielen
Dank für Ihre Bewerbung als Credit Risk Analyst (m/w/d)", DZ BANK's "Eingangsbestätigung Ihrer Bewerbung", the
Berater's "Ich habe Ihre Unterlagen heute meinem Mandanten, einer großen deutschen Geschäftsbank, vorgelegt", then "Es
handelt sich um die Commerzbank, die Sie gern zu einem ersten Gespräch einladen möchte", Deutsche Bank's "Leider können
wir Ihre Bewerbung nicht weiter berücksichtigen", DZ BANK's "Einladung zum Vorstellungsgespräch", its "Einladung zu
unserem Assessment Center" (the last round), the Berater's "Die Commerzbank hat sich leider für eine andere Kandidatin
entschieden", DZ BANK's "Wir freuen uns, Ihnen ein Vertragsangebot zu unterbreiten", her "Vielen Dank für das
angenehme Gespräch" and her "Ich nehme Ihr Angebot gerne an". Negatives: StepStone's alert, the Börsen-Zeitung's
newsletter, a second Berater's cold mail, Deutsche Bank's own account statement (a bank she applied to), the Deutsche
Bahn and her sister. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KATRIN = "katrin.vogel@web.example"
ME = f"Katrin Vogel <{KATRIN}>"
DB = "Deutsche Bank Recruiting <noreply@db.avature.example>"
DZ = "DZ BANK Personal <bewerbung@dzbank.example>"
HOLGER = "Dr. Holger Brandt <h.brandt@brandt-partner.example>"
SANDRA = "Sandra Keller <sandra.keller@dzbank.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Deutsche Bank",
        "applied",
        "2025-01-13",
        DB,
        "Ihre Bewerbung bei der Deutschen Bank",
        "Sehr geehrte Frau Vogel,\n\nvielen Dank für Ihre Bewerbung als Credit Risk Analyst (m/w/d) bei der Deutschen "
        "Bank. Wir prüfen Ihre Unterlagen und melden uns bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Deutsche Bank "
        "Recruiting Team",
        None,
    ),
    (
        "DZ BANK",
        "applied",
        "2025-01-14",
        DZ,
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Vogel,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Referentin Marktpreisrisiko "
        "(m/w/d). Vielen Dank für Ihr Interesse an der DZ BANK.\n\nMit freundlichen Grüßen\nDZ BANK AG, Personal",
        None,
    ),
    (
        "Commerzbank",
        "applied",
        "2025-01-15",
        HOLGER,
        "Senior Risk Analyst - Frankfurt",
        "Sehr geehrte Frau Vogel,\n\nvielen Dank für das angenehme Telefonat. Ich habe Ihre Unterlagen heute meinem "
        "Mandanten, einer großen deutschen Geschäftsbank, für die Position Senior Risk Analyst vorgelegt. Ich melde "
        "mich, sobald ich Rückmeldung habe.\n\nMit freundlichen Grüßen\nDr. Holger Brandt\nBrandt & Partner "
        "Personalberatung",
        None,
    ),
    (
        "Commerzbank",
        "interview",
        "2025-01-21",
        HOLGER,
        "AW: Senior Risk Analyst - Frankfurt",
        "Sehr geehrte Frau Vogel,\n\nich darf Ihnen nun den Namen meines Mandanten nennen: Es handelt sich um die "
        "Commerzbank, die Sie gern zu einem ersten Gespräch mit dem Abteilungsleiter einladen möchte, am Montag, "
        "27. Januar, um 10 Uhr.\n\nMit freundlichen Grüßen\nHolger Brandt",
        2,
    ),
    (
        "Deutsche Bank",
        "rejected",
        "2025-01-22",
        DB,
        "Ihre Bewerbung bei der Deutschen Bank",
        "Sehr geehrte Frau Vogel,\n\nvielen Dank für Ihr Interesse. Leider können wir Ihre Bewerbung nicht weiter "
        "berücksichtigen. Wir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nIhr Deutsche Bank Recruiting Team",
        None,
    ),
    (
        "DZ BANK",
        "interview",
        "2025-01-23",
        SANDRA,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Vogel,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch mit Herrn Weber, Leiter "
        "Marktpreisrisiko, am 30. Januar um 14 Uhr per Webex einzuladen.\n\nMit freundlichen Grüßen\nSandra Keller\n"
        "DZ BANK AG, Personal",
        None,
    ),
    (
        "DZ BANK",
        "thank_you",
        "2025-01-30",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Keller,\n\nvielen Dank für das angenehme Gespräch heute. Die Aufgaben im Team reizen mich "
        "sehr.\n\nMit freundlichen Grüßen\nKatrin Vogel",
        5,
        SANDRA,
    ),
    (
        "DZ BANK",
        "onsite",
        "2025-02-04",
        SANDRA,
        "Einladung zu unserem Assessment Center",
        "Sehr geehrte Frau Vogel,\n\nwir möchten Sie als letzten Schritt zu unserem Assessment Center am 12. Februar in "
        "unserem Haus am Platz der Republik einladen.\n\nMit freundlichen Grüßen\nSandra Keller",
        None,
    ),
    (
        "Commerzbank",
        "rejected",
        "2025-02-05",
        HOLGER,
        "AW: Senior Risk Analyst - Frankfurt",
        "Sehr geehrte Frau Vogel,\n\ndie Commerzbank hat sich leider für eine andere Kandidatin entschieden. Ich halte "
        "Sie über weitere Positionen auf dem Laufenden.\n\nMit freundlichen Grüßen\nHolger Brandt",
        3,
    ),
    (
        "DZ BANK",
        "offer",
        "2025-02-17",
        SANDRA,
        "Ihr Vertragsangebot",
        "Sehr geehrte Frau Vogel,\n\nwir freuen uns, Ihnen ein Vertragsangebot als Referentin Marktpreisrisiko zu "
        "unterbreiten. Die Unterlagen erhalten Sie per Post.\n\nMit freundlichen Grüßen\nSandra Keller",
        None,
    ),
    (
        "DZ BANK",
        "accepted",
        "2025-02-18",
        ME,
        "AW: Ihr Vertragsangebot",
        "Sehr geehrte Frau Keller,\n\nich nehme Ihr Angebot gerne an und freue mich auf den Start.\n\nMit freundlichen "
        "Grüßen\nKatrin Vogel",
        9,
        SANDRA,
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.example>",
        "8 neue Jobs: Risk Analyst in Frankfurt",
        "alert",
        "Risk Analyst - Frankfurt. Risikocontroller - Eschborn. Alle Jobs ansehen.",
    ),
    (
        "Börsen-Zeitung <newsletter@boersen-zeitung.example>",
        "Der Morgen an den Märkten",
        "newsletter",
        "Die Nachrichten des Tages. Abmelden.",
    ),
    (
        "Thomas Wagner <t.wagner@finance-search.example>",
        "Position: Head of Market Risk",
        "outreach",
        "Sehr geehrte Frau Vogel, ich betreue derzeit eine Position als Head of Market Risk. Hätten Sie Interesse an "
        "einem Austausch?",
    ),
    (
        "Deutsche Bank <kontoauszug@db.example>",
        "Ihr Kontoauszug ist verfügbar",
        "other",
        "Ihr Kontoauszug für Januar steht im Online-Banking bereit.",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.example>",
        "Ihre Fahrkarte",
        "other",
        "Ihre Buchung Frankfurt - Berlin.",
    ),
    (
        "Anna Vogel <anna.vogel@gmx.example>",
        "Wochenende",
        "personal",
        "Kommst du am Wochenende vorbei?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=KATRIN,
        offset=lambda d: "+0100",
        clock="11:20:00",
        neg_start="2025-01-12",
        neg_step=5,
        neg_clock="20:00:00",
        tag="fivehundredfiftyeight",
        host="web.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
