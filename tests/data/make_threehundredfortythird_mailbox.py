"""A three-hundred-and-forty-third mailbox, written as a held-out check after the three-hundred-and-forty-second
(issue #24).

Lena, a data engineer in Hamburg, exports Gmail with Takeout from an account set to German ("Gesendet",
"Posteingang").  German mail as employers write it: Personio's "Vielen Dank für Ihre Bewerbung", softgarden's
"Eingangsbestätigung Ihrer Bewerbung als ...", a StepStone receipt ("Ihre Bewerbung wurde erfolgreich an Elbdeich
Logistik GmbH übermittelt"), "Einladung zum Vorstellungsgespräch", a "Fachgespräch" with a coding task, "leider müssen
wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben", "Ihre Bewerbung - Absage" in the informal
Du, a "Vertragsangebot", her "Zusage" and her thank-you.  Negatives: a StepStone Jobagent, a XING newsletter, a
Deutsche Bahn ticket, a HVV notice, a Zalando promotion, her brother.  Its score before any rule was changed for it is
in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LENA = "lena.brandt.data@gmail.com"
ME = f"Lena Brandt <{LENA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Hanseatic Payments",
        "applied",
        "2025-02-03",
        "Hanseatic Payments GmbH <noreply@personio.de>",
        "Vielen Dank für Ihre Bewerbung",
        "Hallo Frau Brandt,\n\nvielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) bei der Hanseatic Payments "
        "GmbH. Wir haben Ihre Unterlagen erhalten und melden uns in Kürze bei Ihnen.\n\nMit freundlichen Grüßen\n"
        "Ihr Recruiting-Team",
        "h1",
    ),
    (
        "Nordlicht Energie",
        "applied",
        "2025-02-04",
        "Nordlicht Energie AG <jobs@nordlicht-energie.softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung als Senior Data Engineer",
        "Sehr geehrte Frau Brandt,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Senior Data Engineer. Wir prüfen "
        "Ihre Unterlagen sorgfältig und kommen so schnell wie möglich auf Sie zu.\n\nFreundliche Grüße\nNordlicht "
        "Energie AG\nPersonalabteilung",
        "h2",
    ),
    (
        "Elbdeich Logistik",
        "applied",
        "2025-02-05",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung bei Elbdeich Logistik GmbH",
        "Hallo Lena Brandt,\n\nIhre Bewerbung wurde erfolgreich an Elbdeich Logistik GmbH übermittelt.\n\nStelle: "
        "Data Engineer Cloud (m/w/d)\nOrt: Hamburg\n\nViel Erfolg!\nIhr StepStone Team",
        "h3",
    ),
    (
        "Kiezkantine",
        "applied",
        "2025-02-06",
        "Kiezkantine Jobs <jobs@kiezkantine.de>",
        "Deine Bewerbung bei Kiezkantine",
        "Hey Lena,\n\ndanke für deine Bewerbung als Analytics Engineer! Wir schauen sie uns in den nächsten Tagen an "
        "und melden uns.\n\nViele Grüße\nDein Kiezkantine-Team",
        "h4",
    ),
    (
        "Hanseatic Payments",
        "interview",
        "2025-02-11",
        "Jan Petersen <jan.petersen@hanseatic-payments.de>",
        "Einladung zum Vorstellungsgespräch",
        "Hallo Frau Brandt,\n\nIhre Unterlagen haben uns überzeugt. Gerne möchten wir Sie zu einem ersten "
        "Vorstellungsgespräch per Microsoft Teams einladen. Passt Ihnen Donnerstag, 13.02., um 14:00 Uhr?\n\nViele "
        "Grüße\nJan Petersen\nTalent Acquisition",
        "h1",
    ),
    (
        "Nordlicht Energie",
        "rejected",
        "2025-02-12",
        "Nordlicht Energie AG <jobs@nordlicht-energie.softgarden.io>",
        "Ihre Bewerbung als Senior Data Engineer",
        "Sehr geehrte Frau Brandt,\n\nnochmals vielen Dank für Ihr Interesse an unserem Unternehmen. Leider müssen wir "
        "Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben, deren Profil unseren Anforderungen noch "
        "besser entspricht.\n\nWir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nNordlicht Energie AG",
        "h2",
    ),
    (
        "Hanseatic Payments",
        "thank_you",
        "2025-02-13",
        ME,
        "Vielen Dank für das Gespräch",
        "Hallo Herr Petersen,\n\nvielen Dank für das angenehme Gespräch heute. Die Stelle reizt mich sehr und ich freue "
        "mich auf die nächsten Schritte.\n\nViele Grüße\nLena Brandt",
        "h1",
    ),
    (
        "Hanseatic Payments",
        "interview",
        "2025-02-17",
        "Jan Petersen <jan.petersen@hanseatic-payments.de>",
        "Fachgespräch Data Engineer",
        "Hallo Frau Brandt,\n\nwie besprochen möchten wir Sie zu einem Fachgespräch mit unserem Data-Team einladen. "
        "Vorab schicken wir Ihnen eine kleine Coding-Aufgabe, die wir im Gespräch gemeinsam besprechen.\n\nTermin: "
        "Montag, 24.02., 10:00 Uhr, bei uns im Büro in der Speicherstadt.\n\nViele Grüße\nJan Petersen",
        "h1",
    ),
    (
        "Kiezkantine",
        "rejected",
        "2025-02-18",
        "Kiezkantine Jobs <jobs@kiezkantine.de>",
        "Deine Bewerbung - Absage",
        "Hey Lena,\n\nvielen Dank nochmal für dein Interesse. Wir haben uns nach reiflicher Überlegung für eine andere "
        "Kandidatin entschieden. Das hat nichts mit deiner Qualifikation zu tun.\n\nAlles Gute und viele Grüße\nDein "
        "Kiezkantine-Team",
        "h4",
    ),
    (
        "Elbdeich Logistik",
        "rejected",
        "2025-02-25",
        "Elbdeich Logistik GmbH <bewerbung@elbdeich-logistik.de>",
        "Ihre Bewerbung: Data Engineer Cloud (m/w/d)",
        "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung. Nach eingehender Prüfung müssen wir Ihnen leider "
        "eine Absage erteilen.\n\nMit freundlichen Grüßen\nElbdeich Logistik GmbH\nPersonal",
        "h3",
    ),
    (
        "Hanseatic Payments",
        "offer",
        "2025-02-28",
        "Jan Petersen <jan.petersen@hanseatic-payments.de>",
        "Ihr Vertragsangebot",
        "Hallo Frau Brandt,\n\nwir freuen uns sehr, Ihnen die Position als Data Engineer anbieten zu können! Anbei "
        "finden Sie unser Vertragsangebot. Bei Fragen melden Sie sich gern jederzeit.\n\nViele Grüße\nJan Petersen",
        "h1",
    ),
    (
        "Hanseatic Payments",
        "accepted",
        "2025-03-03",
        ME,
        "Re: Ihr Vertragsangebot",
        "Hallo Herr Petersen,\n\nvielen Dank für das Angebot! Ich nehme es sehr gerne an und sende Ihnen den "
        "unterschriebenen Vertrag bis Freitag zurück.\n\nViele Grüße\nLena Brandt",
        "h1",
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für Data Engineer in Hamburg",
        "alert",
        "Ihr Jobagent hat neue Stellenangebote gefunden: Data Engineer (m/w/d) - Otto Group, Cloud Engineer - "
        "Hapag-Lloyd. Jetzt bewerben.",
    ),
    (
        "XING News <news@xing.com>",
        "Die Top-Artikel der Woche",
        "newsletter",
        "Gehalt verhandeln: So geht es. Und: Die besten Arbeitgeber in Hamburg.",
    ),
    (
        "DB Fernverkehr <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung",
        "other",
        "Ihre Fahrkarte Hamburg Hbf - Berlin Hbf für Samstag, 08.02.",
    ),
    (
        "HVV <service@hvv.example>",
        "Ihr Deutschlandticket",
        "other",
        "Ihr Deutschlandticket für März ist bereit.",
    ),
    (
        "Zalando <info@zalando.example>",
        "Nur heute: 20% auf Winterjacken",
        "shop",
        "Entdecke die neuen Styles der Saison.",
    ),
    (
        "Max Brandt <max.brandt@gmx.example>",
        "Sonntag bei Mama?",
        "personal",
        "Kommst du Sonntag mit zu Mama? Ich bring Kuchen mit.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, labelled as a German account writes them."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LENA,
        own_to={"Hanseatic Payments": "Jan Petersen <jan.petersen@hanseatic-payments.de>"},
        offset="+0100",
        clock="11:30:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="19:50:00",
        tag="threehundredfortythree",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=LENA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
