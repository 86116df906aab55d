"""A six-hundred-and-sixty-eighth mailbox, written as a held-out check after the six-hundred-and-sixty-seventh
(issue #24).

Jonas Becker, an SAP consultant in Munich, exports his Gmail (in German: "Posteingang", "Gesendet") with Takeout. Two
of his applications go through personnel consultants: Amadeus Fire's consultant "habe Ihre Unterlagen heute an unseren
Kunden, die Allianz SE, weitergeleitet", then "die Allianz möchte Sie gerne zu einem ersten Gespräch per Teams
einladen" (an interview), "zu einem zweiten und finalen Gespräch vor Ort" (the final round) and "ein
Vertragsangebot" (the offer), which he accepts ("Ich nehme das Angebot gerne an"); Hays' consultant "habe Ihr Profil
bei Siemens Healthineers vorgestellt", then "leider hat sich Siemens Healthineers für einen anderen Kandidaten
entschieden". One direct application: the BMW Group's SuccessFactors receipt, its "Einladung zum
Vorstellungsgespräch" and its rejection. Negatives: StepStone's Jobagent, XING's "Ihr Profil wurde besucht", a
headhunter's cold mail, his own Allianz insurance's invoice (it names Allianz, and is no mail of his application),
Deutsche Bahn and his sister. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JONAS = "jonas.becker.sap@gmail.com"
ME = f"Jonas Becker <{JONAS}>"
AF = "Katharina Wolf <katharina.wolf@amadeus-fire.example>"
HAYS = "Martin Schulz <martin.schulz@hays.example>"
BMW = "BMW Group <noreply@bmwgroup.successfactors.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Allianz",
        "applied",
        "2025-01-13",
        AF,
        "Ihre Bewerbung - SAP FI/CO Berater (m/w/d)",
        "Hallo Herr Becker,\n\nwie besprochen habe ich Ihre Unterlagen heute an unseren Kunden, die Allianz SE, "
        "weitergeleitet. Ich melde mich, sobald ich eine Rückmeldung habe.\n\nViele Grüße\nKatharina Wolf\nSenior "
        "Consultant | Amadeus Fire AG",
        "t-af1",
    ),
    (
        "BMW Group",
        "applied",
        "2025-01-14",
        BMW,
        "Ihre Bewerbung bei der BMW Group",
        "Sehr geehrter Herr Becker,\n\nvielen Dank für Ihre Bewerbung als SAP Inhouse Consultant (m/w/d) bei der BMW "
        "Group. Wir haben Ihre Unterlagen erhalten und melden uns in Kürze bei Ihnen.\n\nIhr BMW Group Recruiting Team",
        "t-bmw",
    ),
    (
        "Siemens Healthineers",
        "applied",
        "2025-01-15",
        HAYS,
        "Vorstellung bei Siemens Healthineers",
        "Hallo Herr Becker,\n\nmit Ihrem Einverständnis habe ich Ihr Profil heute bei Siemens Healthineers vorgestellt "
        "(SAP S/4HANA Berater, Erlangen). Ich halte Sie auf dem Laufenden.\n\nBeste Grüße\nMartin Schulz\nHays AG",
        "t-hays1",
    ),
    (
        "Allianz",
        "interview",
        "2025-01-17",
        AF,
        "Allianz möchte Sie kennenlernen",
        "Hallo Herr Becker,\n\ngute Nachrichten: die Allianz möchte Sie gerne zu einem ersten Gespräch per Teams "
        "einladen, am Donnerstag um 14 Uhr. Passt Ihnen das?\n\nViele Grüße\nKatharina Wolf",
        "t-af2",
    ),
    (
        "BMW Group",
        "interview",
        "2025-01-20",
        BMW,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Becker,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch per Videocall einzuladen. "
        "Bitte wählen Sie über den Link einen passenden Termin.\n\nIhr BMW Group Recruiting Team",
        "t-bmw2",
    ),
    (
        "Siemens Healthineers",
        "rejected",
        "2025-01-22",
        HAYS,
        "Rückmeldung Siemens Healthineers",
        "Hallo Herr Becker,\n\nleider hat sich Siemens Healthineers für einen anderen Kandidaten entschieden. Ich melde "
        "mich, sobald ich eine passende Position habe.\n\nBeste Grüße\nMartin Schulz",
        "t-hays2",
    ),
    (
        "Allianz",
        "onsite",
        "2025-01-27",
        AF,
        "Zweites Gespräch bei der Allianz",
        "Hallo Herr Becker,\n\ndie Allianz war begeistert und lädt Sie zu einem zweiten und finalen Gespräch vor Ort in "
        "der Königinstraße ein, am 3. Februar um 10 Uhr.\n\nViele Grüße\nKatharina Wolf",
        "t-af3",
    ),
    (
        "BMW Group",
        "rejected",
        "2025-01-31",
        BMW,
        "Ihre Bewerbung bei der BMW Group",
        "Sehr geehrter Herr Becker,\n\nvielen Dank für das Gespräch. Leider müssen wir Ihnen mitteilen, dass wir uns für "
        "andere Bewerber entschieden haben.\n\nIhr BMW Group Recruiting Team",
        "t-bmw",
    ),
    (
        "Allianz",
        "offer",
        "2025-02-07",
        AF,
        "Vertragsangebot Allianz",
        "Hallo Herr Becker,\n\nherzlichen Glückwunsch! Die Allianz möchte Ihnen ein Vertragsangebot unterbreiten: "
        "85.000 € Jahresgehalt plus Bonus, Start zum 1. April.\n\nViele Grüße\nKatharina Wolf",
        "t-af4",
    ),
    (
        "Allianz",
        "accepted",
        "2025-02-08",
        ME,
        "AW: Vertragsangebot Allianz",
        "Hallo Frau Wolf,\n\nvielen Dank für die tolle Nachricht! Ich nehme das Angebot gerne an.\n\nViele Grüße\n"
        "Jonas Becker",
        "t-af4",
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.example>",
        "12 neue Jobs für SAP Berater in München",
        "alert",
        "Ihr Jobagent hat neue Stellenangebote gefunden. Jobagent bearbeiten.",
    ),
    (
        "XING <mailrobot@xing.example>",
        "Ihr Profil wurde besucht",
        "viewed",
        "5 Personen haben sich diese Woche Ihr Profil angesehen, darunter ein Recruiter der Allianz.",
    ),
    (
        "Dr. Stefan Kraus <kraus@kraus-executive.example>",
        "Vertrauliche Anfrage - Head of SAP",
        "outreach",
        "Sehr geehrter Herr Becker, für einen unserer Mandanten, ein führendes Industrieunternehmen, suche ich einen "
        "Head of SAP. Hätten Sie Interesse an einem Austausch?",
    ),
    (
        "Allianz Versicherung <service@allianz.example>",
        "Ihre Beitragsrechnung 2025",
        "other",
        "Ihre Beitragsrechnung für die Hausratversicherung steht in Meine Allianz bereit.",
    ),
    (
        "Deutsche Bahn <noreply@bahn.example>",
        "Ihre Fahrkarte",
        "other",
        "Ihre Buchung München - Erlangen am 20.01.",
    ),
    (
        "Lena Becker <lena.becker@web.example>",
        "Sonntag",
        "personal",
        "Kommst du Sonntag zum Essen?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JONAS,
        own_to={"Allianz": AF},
        offset="+0100",
        clock="09:40:00",
        neg_start="2025-01-12",
        neg_step=5,
        neg_clock="19:55:00",
        tag="sixhundredsixtyeight",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=JONAS)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
