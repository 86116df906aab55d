"""A two-hundred-and-thirty-fourth mailbox, written as a held-out check after the two-hundred-and-thirty-third
(issue #24).

Tobias, a software developer in Stuttgart, exports Gmail with Takeout from an account in German ("Gesendet",
"Posteingang").  Much of his search runs through a recruitment agency ("Personalvermittlung") whose consultant
forwards his profile "an einen namhaften Kunden aus der Automobilbranche" and names the client only later ("es
handelt sich um die Firma ..."), besides an employer's SuccessFactors in German and a start-up's "du".  A
"Kennenlerngespräch" with the client, a "Fachinterview", an "Angebot" passed on by the consultant.  Negatives:
StepStone's "Jobs für Sie", XING's "Wer hat Ihr Profil besucht", a bank, a train delay, a friend.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOBIAS = "tobias.keller.dev@gmail.com"
ME = f"Tobias Keller <{TOBIAS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Neckar Mobility Systems",
        "applied",
        "2025-05-05",
        "Sandra Wolf <s.wolf@wolf-personal.de>",
        "Ihr Profil - Softwareentwickler C++ (m/w/d)",
        "Hallo Herr Keller,\n\nvielen Dank für das nette Telefonat. Wie besprochen habe ich Ihr Profil an einen "
        "namhaften Kunden aus der Automobilbranche im Raum Stuttgart weitergeleitet. Sobald ich eine Rückmeldung "
        "habe, melde ich mich.\n\nBeste Grüße\nSandra Wolf\nSenior Consultant | Wolf Personalberatung GmbH",
        "w1",
    ),
    (
        "Filderwerk",
        "applied",
        "2025-05-06",
        "Filderwerk AG <noreply@successfactors.eu>",
        "Ihre Bewerbung bei der Filderwerk AG",
        "Sehr geehrter Herr Keller,\n\nvielen Dank für Ihre Bewerbung als Softwareentwickler Embedded (m/w/d). "
        "Wir werden Ihre Unterlagen sorgfältig prüfen und uns bei Ihnen melden.\n\nIhr Recruiting Team\n"
        "Filderwerk AG",
        "f1",
    ),
    (
        "Kesselbyte",
        "applied",
        "2025-05-07",
        "Kesselbyte <jobs@kesselbyte.join.com>",
        "Danke für deine Bewerbung!",
        "Hi Tobias,\n\nsuper, dass du dich bei Kesselbyte beworben hast! Wir melden uns in den nächsten Tagen bei "
        "dir.\n\nDein Kesselbyte Team",
        "k1",
    ),
    (
        "Neckar Mobility Systems",
        "interview",
        "2025-05-12",
        "Sandra Wolf <s.wolf@wolf-personal.de>",
        "AW: Ihr Profil - Softwareentwickler C++ (m/w/d)",
        "Hallo Herr Keller,\n\ngute Nachrichten: Der Kunde möchte Sie kennenlernen! Jetzt darf ich es verraten - es "
        "handelt sich um die Neckar Mobility Systems GmbH in Esslingen. Das Kennenlerngespräch mit dem Teamleiter "
        "wäre am Donnerstag um 14 Uhr per Teams.\n\nBeste Grüße\nSandra Wolf",
        "w1",
    ),
    (
        "Kesselbyte",
        "rejected",
        "2025-05-14",
        "Lena Berger <lena@kesselbyte.de>",
        "Deine Bewerbung",
        "Hi Tobias,\n\ndanke für deine Geduld. Wir haben uns entschieden, die Stelle intern zu besetzen. Wir "
        "wünschen dir alles Gute!\n\nLena",
        "k2",
    ),
    (
        "Filderwerk",
        "interview",
        "2025-05-16",
        "Markus Roth <markus.roth@filderwerk.de>",
        "Einladung zum Fachinterview",
        "Sehr geehrter Herr Keller,\n\nwir möchten Sie gerne zu einem Fachinterview mit zwei Entwicklern aus unserem "
        "Team einladen. Passt Ihnen Dienstag, der 20. Mai, um 10 Uhr?\n\nMit freundlichen Grüßen\nMarkus Roth\n"
        "Personalreferent | Filderwerk AG",
        "f2",
    ),
    (
        "Neckar Mobility Systems",
        "offer",
        "2025-05-23",
        "Sandra Wolf <s.wolf@wolf-personal.de>",
        "AW: Ihr Profil - Softwareentwickler C++ (m/w/d)",
        "Hallo Herr Keller,\n\nherzlichen Glückwunsch: Neckar Mobility Systems möchte Ihnen ein Angebot machen! "
        "72.000 Euro brutto im Jahr, 30 Tage Urlaub, Start zum 1. Juli. Den Vertragsentwurf schicke ich Ihnen "
        "heute noch.\n\nBeste Grüße\nSandra Wolf",
        "w1",
    ),
    (
        "Filderwerk",
        "withdrew",
        "2025-05-26",
        ME,
        "AW: Einladung zum Fachinterview",
        "Sehr geehrter Herr Roth,\n\nvielen Dank für das Fachinterview. Ich habe inzwischen ein anderes Angebot "
        "angenommen und ziehe meine Bewerbung daher zurück.\n\nMit freundlichen Grüßen\nTobias Keller",
        "f2",
    ),
    (
        "Neckar Mobility Systems",
        "accepted",
        "2025-05-26",
        ME,
        "AW: Ihr Profil - Softwareentwickler C++ (m/w/d)",
        "Hallo Frau Wolf,\n\nvielen Dank für alles! Ich nehme das Angebot gerne an und schicke den unterschriebenen "
        "Vertrag diese Woche zurück.\n\nBeste Grüße\nTobias Keller",
        "w1",
    ),
]

_OWN_TO = {
    "Filderwerk": "Markus Roth <markus.roth@filderwerk.de>",
    "Neckar Mobility Systems": "Sandra Wolf <s.wolf@wolf-personal.de>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "StepStone <noreply@stepstone.de>",
        "Jobs für Sie: Softwareentwickler in Stuttgart",
        "alert",
        "Softwareentwickler C++ (m/w/d) - Esslingen; Embedded Developer (m/w/d) - Böblingen.",
    ),
    (
        "XING <mailrobot@xing.example>",
        "Wer hat Ihr Profil besucht?",
        "viewed",
        "3 Personen haben diese Woche Ihr Profil besucht, darunter ein Recruiter.",
    ),
    (
        "Volksbank Stuttgart <info@volksbank.example>",
        "Ihr Kontoauszug ist verfügbar",
        "other",
        "Ihr Kontoauszug für April steht im Online-Banking bereit.",
    ),
    (
        "Deutsche Bahn <noreply@bahn.example>",
        "Verspätung Ihrer Verbindung",
        "other",
        "Ihr ICE 596 hat voraussichtlich 20 Minuten Verspätung.",
    ),
    (
        "Jan Schuster <jan.schuster@web.example>",
        "Grillen Samstag",
        "personal",
        "Grillen am Samstag bei mir? Bring Bier mit.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (his account's labels in German)."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TOBIAS,
        own_to=_OWN_TO,
        offset="+0200",
        clock="09:30:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="19:40:00",
        tag="twohundredthirtyfour",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=TOBIAS)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
