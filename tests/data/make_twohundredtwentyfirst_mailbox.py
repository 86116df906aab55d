"""A two-hundred-and-twenty-first mailbox, written as a held-out check after the two-hundred-and-twentieth (issue #24).

Lea, a new chemical engineering graduate in Mannheim, exports Gmail with Takeout from an account in German
("Gesendet", "Posteingang") and applies to large employers' graduate programmes in German: Workday's and
SuccessFactors' receipts, an online assessment by a test provider, a telephone interview, an assessment centre, a
"Fachgespräch" with the department, a "Vertragsangebot", a refusal "nach sorgfältiger Prüfung", a company that
says "du" and sends an "Absage" in two lines, her own acceptance and a withdrawal.  Negatives: StepStone's new jobs,
XING's "neue Nachricht", a Studierendenwerk's BAföG notice, a train ticket, a friend.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LEA = "lea.brandt.cv@gmail.com"
ME = f"Lea Brandt <{LEA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Rheintal Chemie",
        "applied",
        "2025-10-06",
        "Rheintal Chemie <rheintalchemie@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung bei der Rheintal Chemie",
        "Liebe Frau Brandt,\n\nvielen Dank für Ihre Bewerbung für das Traineeprogramm Produktion & Technik "
        "(R-2025-08812). Wir haben Ihre Unterlagen erhalten und prüfen diese sorgfältig.\n\nIhr Recruiting-Team "
        "der Rheintal Chemie SE",
        "r1",
    ),
    (
        "Kurpfalz Energie",
        "applied",
        "2025-10-07",
        "Kurpfalz Energie AG <noreply@successfactors.eu>",
        "Eingang Ihrer Bewerbung",
        "Sehr geehrte Frau Brandt,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Verfahrensingenieurin "
        "(m/w/d) bei der Kurpfalz Energie AG und melden uns so bald wie möglich bei Ihnen.\n\nMit freundlichen "
        "Grüßen\nPersonalabteilung Kurpfalz Energie AG",
        "k1",
    ),
    (
        "Neckarwerk Labs",
        "applied",
        "2025-10-08",
        "Neckarwerk Labs <jobs@neckarwerk-labs.join.com>",
        "Deine Bewerbung bei Neckarwerk Labs",
        "Hi Lea,\n\ndanke für deine Bewerbung als Process Engineer! Wir schauen sie uns in Ruhe an und melden uns "
        "in den nächsten zwei Wochen.\n\nDein Neckarwerk Labs Team",
        "n1",
    ),
    (
        "Rheintal Chemie",
        "interview",
        "2025-10-13",
        "Rheintal Chemie Recruiting <assessment@testcenter-online.example>",
        "Einladung zum Online-Assessment - Rheintal Chemie",
        "Liebe Frau Brandt,\n\nim Rahmen Ihrer Bewerbung bei der Rheintal Chemie SE laden wir Sie zu unserem "
        "Online-Assessment ein (Zahlenreihen, Logik und ein Persönlichkeitsfragebogen, ca. 60 Minuten). Bitte "
        "bearbeiten Sie den Test bis zum 20. Oktober.\n\nIhr Recruiting-Team der Rheintal Chemie SE",
        "r2",
    ),
    (
        "Kurpfalz Energie",
        "screen",
        "2025-10-15",
        "Sabine Roth <sabine.roth@kurpfalz-energie.de>",
        "Einladung zum Telefoninterview",
        "Sehr geehrte Frau Brandt,\n\nIhre Bewerbung hat uns gefallen. Gerne würden wir Sie in einem "
        "Telefoninterview von ca. 30 Minuten näher kennenlernen. Passt Ihnen Freitag, der 17.10., um 14 Uhr?\n\n"
        "Mit freundlichen Grüßen\nSabine Roth\nPersonalreferentin\nKurpfalz Energie AG",
        "k2",
    ),
    (
        "Neckarwerk Labs",
        "rejected",
        "2025-10-20",
        "Jonas Weber <jonas@neckarwerk-labs.de>",
        "Deine Bewerbung",
        "Hi Lea,\n\ndanke nochmal für dein Interesse. Wir haben uns für jemanden mit mehr Erfahrung in der "
        "Skalierung entschieden. Viel Erfolg dir!\n\nJonas",
        "n2",
    ),
    (
        "Rheintal Chemie",
        "onsite",
        "2025-10-27",
        "Rheintal Chemie <rheintalchemie@myworkday.com>",
        "Einladung zum Assessment Center",
        "Liebe Frau Brandt,\n\nherzlichen Glückwunsch zum erfolgreichen Online-Assessment! Wir laden Sie zu "
        "unserem eintägigen Assessment Center am 6. November an unserem Standort Ludwigshafen ein: Gruppenübung, "
        "Fallstudie, Präsentation und Interview mit der Fachabteilung.\n\nIhr Recruiting-Team der Rheintal Chemie SE",
        "r3",
    ),
    (
        "Kurpfalz Energie",
        "interview",
        "2025-10-28",
        "Sabine Roth <sabine.roth@kurpfalz-energie.de>",
        "Fachgespräch Verfahrensingenieurin (m/w/d)",
        "Sehr geehrte Frau Brandt,\n\nvielen Dank für das angenehme Telefonat. Wir möchten Sie nun zu einem "
        "Fachgespräch mit Herrn Dr. Keller, Leiter Anlagentechnik, einladen: Dienstag, 4. November, 10 Uhr, in "
        "Mannheim.\n\nMit freundlichen Grüßen\nSabine Roth",
        "k2",
    ),
    (
        "Kurpfalz Energie",
        "rejected",
        "2025-11-10",
        "Sabine Roth <sabine.roth@kurpfalz-energie.de>",
        "Ihre Bewerbung als Verfahrensingenieurin (m/w/d)",
        "Sehr geehrte Frau Brandt,\n\nnach sorgfältiger Prüfung haben wir uns entschieden, die Position mit einer "
        "anderen Kandidatin zu besetzen. Wir danken Ihnen für Ihr Interesse und wünschen Ihnen für Ihre berufliche "
        "Zukunft alles Gute.\n\nMit freundlichen Grüßen\nSabine Roth",
        "k2",
    ),
    (
        "Rheintal Chemie",
        "offer",
        "2025-11-12",
        "Miriam Hahn <miriam.hahn@rheintal-chemie.de>",
        "Ihr Vertragsangebot - Traineeprogramm Produktion & Technik",
        "Liebe Frau Brandt,\n\nes freut uns sehr, Ihnen nach dem Assessment Center einen Platz in unserem "
        "Traineeprogramm anbieten zu können! Ihr Vertragsangebot finden Sie im Anhang: Einstieg am 1. Februar, "
        "58.000 Euro brutto im Jahr.\n\nHerzliche Grüße\nMiriam Hahn\nTalent Acquisition\nRheintal Chemie SE",
        "r4",
    ),
    (
        "Rheintal Chemie",
        "accepted",
        "2025-11-14",
        ME,
        "AW: Ihr Vertragsangebot - Traineeprogramm Produktion & Technik",
        "Liebe Frau Hahn,\n\nvielen herzlichen Dank! Ich nehme das Angebot sehr gerne an und sende Ihnen den "
        "unterschriebenen Vertrag bis Ende der Woche zurück.\n\nHerzliche Grüße\nLea Brandt",
        "r4",
    ),
]

_OWN_TO = {"Rheintal Chemie": "Miriam Hahn <miriam.hahn@rheintal-chemie.de>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "StepStone <noreply@stepstone.de>",
        "12 neue Jobs für Verfahrensingenieur in Mannheim",
        "alert",
        "Diese Jobs passen zu Ihrer Suche: Prozessingenieur (m/w/d); Ingenieur Anlagenbau (m/w/d).",
    ),
    (
        "XING <mailrobot@xing.example>",
        "Sie haben eine neue Nachricht",
        "newsletter",
        "Markus Vogt hat Ihnen eine Nachricht geschickt. Jetzt auf XING lesen.",
    ),
    (
        "Studierendenwerk Mannheim <bafoeg@stw-ma.example>",
        "Bescheid über Ihren BAföG-Antrag",
        "not a job application",
        "Ihr Antrag auf Ausbildungsförderung wurde bearbeitet. Den Bescheid finden Sie im Online-Portal.",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.example>",
        "Ihre Fahrkarte: Mannheim - Ludwigshafen",
        "other",
        "Vielen Dank für Ihre Buchung. Ihre Fahrkarte finden Sie im Anhang.",
    ),
    (
        "Nina Krüger <nina.krueger@gmx.example>",
        "Glückwunsch!!",
        "personal",
        "Hab gehört, du hast das Assessment Center geschafft?! Wie lief es?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (her account's labels in German)."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LEA,
        own_to=_OWN_TO,
        offset="+0100",
        clock="09:05:00",
        neg_start="2025-10-05",
        neg_step=7,
        neg_clock="19:20:00",
        tag="twohundredtwentyone",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=LEA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
