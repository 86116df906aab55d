"""A three-hundred-and-fifty-second mailbox, written as a held-out check after the three-hundred-and-fifty-first
(issue #24).

Stefan, a controller in Munich, exports Gmail with Takeout from an account set to German ("Gesendet",
"Posteingang").  German personnel consultancies as they write: "wie telefonisch besprochen habe ich Ihre Unterlagen
heute an meinen Mandanten, ein mittelständisches Familienunternehmen aus dem Raum Rosenheim, weitergegeben", "mein
Mandant möchte Sie gerne kennenlernen: es handelt sich um die Inntal Präzisionstechnik GmbH", "Rückmeldung von
Inntal: man hat sich leider für einen anderen Kandidaten entschieden", a second consultancy's "Ich habe Sie bei der
Isarwerke Versorgung AG ins Gespräch gebracht", its "Zweitgespräch mit dem kaufmännischen Geschäftsführer", "die
Isarwerke möchten Ihnen ein Angebot unterbreiten", his "ich nehme das Angebot gerne an"; and a direct application
through a recruiting system ("Ihre Bewerbung ist bei uns eingegangen") with its refusal.  Negatives: a Stepstone
Jobagent, a Haufe newsletter, a MVG notice, a Stadtwerke bill, a Lidl promotion, his wife.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

STEFAN = "stefan.huber.controlling@gmail.com"
ME = f"Stefan Huber <{STEFAN}>"
BERATER = "Dr. Andrea Vogt <a.vogt@vogt-personalberatung.de>"
ZWEITER = "Michael Brandl <michael.brandl@alpenconsult-executive.de>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Inntal Präzisionstechnik",
        "applied",
        "2025-03-03",
        BERATER,
        "Position Leiter Controlling (m/w/d)",
        "Sehr geehrter Herr Huber,\n\nwie telefonisch besprochen habe ich Ihre Unterlagen heute an meinen Mandanten, "
        "ein mittelständisches Familienunternehmen aus dem Raum Rosenheim, weitergegeben. Ich melde mich, sobald ich "
        "eine Rückmeldung habe.\n\nMit freundlichen Grüßen\nDr. Andrea Vogt\nVogt Personalberatung",
        "v1",
    ),
    (
        "Isarwerke Versorgung",
        "applied",
        "2025-03-04",
        ZWEITER,
        "Senior Controller - Isarwerke",
        "Hallo Herr Huber,\n\ndanke für das gute Gespräch. Ich habe Sie heute bei der Isarwerke Versorgung AG ins "
        "Gespräch gebracht und Ihr Profil an die Personalleitung geschickt.\n\nBeste Grüße\nMichael Brandl\nAlpenconsult "
        "Executive Search",
        "v2",
    ),
    (
        "Bavaria Logistik",
        "applied",
        "2025-03-05",
        "Bavaria Logistik GmbH <noreply@dvinci-mail.com>",
        "Ihre Bewerbung ist bei uns eingegangen",
        "Sehr geehrter Herr Huber,\n\nvielen Dank für Ihr Interesse an der Position Controller (m/w/d). Ihre Bewerbung "
        "ist bei uns eingegangen und wird derzeit geprüft.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Bavaria "
        "Logistik GmbH",
        "v3",
    ),
    (
        "Inntal Präzisionstechnik",
        "interview",
        "2025-03-10",
        BERATER,
        "AW: Position Leiter Controlling (m/w/d)",
        "Sehr geehrter Herr Huber,\n\ngute Nachrichten: mein Mandant möchte Sie gerne kennenlernen. Es handelt sich um "
        "die Inntal Präzisionstechnik GmbH in Kolbermoor. Das Gespräch mit dem Geschäftsführer wäre am 18.03. um 10 "
        "Uhr.\n\nMit freundlichen Grüßen\nAndrea Vogt",
        "v1",
    ),
    (
        "Isarwerke Versorgung",
        "interview",
        "2025-03-11",
        ZWEITER,
        "AW: Senior Controller - Isarwerke",
        "Hallo Herr Huber,\n\ndie Isarwerke möchten Sie zu einem ersten Gespräch per Teams einladen, mit der "
        "Leiterin Finanzen. Vorschlag: Freitag, 14.03., 15 Uhr.\n\nBeste Grüße\nMichael Brandl",
        "v2",
    ),
    (
        "Bavaria Logistik",
        "rejected",
        "2025-03-14",
        "Bavaria Logistik GmbH <noreply@dvinci-mail.com>",
        "Ihre Bewerbung als Controller (m/w/d)",
        "Sehr geehrter Herr Huber,\n\nleider können wir Ihre Bewerbung in diesem Fall nicht weiter berücksichtigen. "
        "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nIhr Recruiting-Team der Bavaria Logistik GmbH",
        "v3",
    ),
    (
        "Isarwerke Versorgung",
        "onsite",
        "2025-03-19",
        ZWEITER,
        "AW: Senior Controller - Isarwerke",
        "Hallo Herr Huber,\n\nsehr positives Feedback! Die Isarwerke laden Sie zum Zweitgespräch mit dem kaufmännischen "
        "Geschäftsführer vor Ort in München ein - das wäre die letzte Runde.\n\nBeste Grüße\nMichael Brandl",
        "v2",
    ),
    (
        "Inntal Präzisionstechnik",
        "rejected",
        "2025-03-24",
        BERATER,
        "AW: Position Leiter Controlling (m/w/d)",
        "Sehr geehrter Herr Huber,\n\nich habe Rückmeldung von Inntal: man hat sich leider für einen anderen "
        "Kandidaten entschieden, der bereits Erfahrung mit SAP S/4HANA mitbringt. Das tut mir leid.\n\nMit "
        "freundlichen Grüßen\nAndrea Vogt",
        "v1",
    ),
    (
        "Isarwerke Versorgung",
        "offer",
        "2025-03-27",
        ZWEITER,
        "AW: Senior Controller - Isarwerke",
        "Hallo Herr Huber,\n\ntolle Neuigkeiten: die Isarwerke möchten Ihnen ein Angebot unterbreiten - 95.000 Euro "
        "Fixgehalt plus Bonus. Der Vertrag kommt diese Woche.\n\nBeste Grüße\nMichael Brandl",
        "v2",
    ),
    (
        "Isarwerke Versorgung",
        "accepted",
        "2025-03-28",
        ME,
        "AW: Senior Controller - Isarwerke",
        "Hallo Herr Brandl,\n\nvielen Dank, ich nehme das Angebot gerne an!\n\nBeste Grüße\nStefan Huber",
        "v2",
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neue Jobs: Controller in München",
        "alert",
        "8 neue Stellenangebote für Controller (m/w/d) in München. Jetzt ansehen.",
    ),
    (
        "Haufe Controlling <newsletter@haufe.example>",
        "Controlling-Newsletter März",
        "newsletter",
        "Neue Urteile, Praxistipps und Webinare für Controller.",
    ),
    (
        "MVG <info@mvg.example>",
        "Störung auf der U2",
        "other",
        "Wegen Bauarbeiten fährt die U2 am Wochenende nur eingeschränkt.",
    ),
    (
        "Stadtwerke München <rechnung@swm.example>",
        "Ihre Jahresrechnung",
        "other",
        "Ihre Jahresrechnung für Strom und Gas steht zum Download bereit.",
    ),
    (
        "Lidl <newsletter@lidl.example>",
        "Diese Woche im Angebot",
        "shop",
        "Frische Angebote für die ganze Familie.",
    ),
    (
        "Julia Huber <julia.huber@web.example>",
        "Kita",
        "personal",
        "Kannst du Leni am Donnerstag von der Kita holen?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, labelled as a German account writes them."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=STEFAN,
        own_to={"Isarwerke Versorgung": ZWEITER},
        offset="+0100",
        clock="09:55:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="20:10:00",
        tag="threehundredfiftytwo",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=STEFAN)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
