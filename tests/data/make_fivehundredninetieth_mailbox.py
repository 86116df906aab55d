"""A five-hundred-and-ninetieth mailbox, written as a held-out check after the five-hundred-and-eighty-ninth
(issue #24).

Moritz Huber, a mechanical engineer in Munich, saves his mail from Outlook as .eml files. Bavarian manufacturers and an
engineering staffing firm write in "Sie": StepStone's "Ihre Bewerbung wurde erfolgreich an die MAN Truck & Bus SE
übermittelt", Knorr-Bremse's SuccessFactors "Eingangsbestätigung Ihrer Bewerbung", a Hays consultant's "ich habe Ihr
Profil wie besprochen bei unserem Kunden, der Krauss-Maffei Wegmann, eingereicht", MAN's "Wir möchten Sie gerne zu
einem ersten Interview per Microsoft Teams einladen", Knorr-Bremse's "leider müssen wir Ihnen mitteilen, dass wir Ihre
Bewerbung nicht weiter berücksichtigen können", the consultant's "KMW möchte Sie gerne persönlich kennenlernen", MAN's
"zweites Gespräch mit der Bereichsleitung bei uns vor Ort in Karlsfeld", the consultant's "der Kunde hat sich für einen
anderen Kandidaten entschieden", MAN's "wir freuen uns, Ihnen die Position anbieten zu können", his "nehme das Angebot
gerne an" and his thanks after the second conversation. Negatives: StepStone's job agent, VDI's newsletter, a second
firm's cold mail, MAN's own press mail (a company he applied to), the Deutsche Bahn and his father. Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MORITZ = "moritz.huber.ing@outlook.example"
ME = f"Moritz Huber <{MORITZ}>"
STEPSTONE = "StepStone <noreply@stepstone.example>"
KB = "Knorr-Bremse Recruiting <noreply@knorrbremse.successfactors.example>"
HAYS = "Stefan Maier <stefan.maier@hays.example>"
MAN = "Anna Schreiber <anna.schreiber@man.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "MAN Truck & Bus",
        "applied",
        "2025-10-06",
        STEPSTONE,
        "Ihre Bewerbung wurde versendet",
        "Hallo Moritz Huber,\n\nIhre Bewerbung als Konstrukteur Fahrwerk (m/w/d) wurde erfolgreich an die MAN Truck & "
        "Bus SE übermittelt.\n\nViel Erfolg!\nIhr StepStone-Team",
        None,
    ),
    (
        "Knorr-Bremse",
        "applied",
        "2025-10-07",
        KB,
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Huber,\n\nvielen Dank für Ihre Bewerbung als Entwicklungsingenieur Bremssysteme bei der "
        "Knorr-Bremse AG. Wir prüfen Ihre Unterlagen und melden uns bei Ihnen.\n\nIhr Knorr-Bremse Recruiting Team",
        None,
    ),
    (
        "Krauss-Maffei Wegmann",
        "applied",
        "2025-10-08",
        HAYS,
        "Konstruktionsingenieur - München",
        "Sehr geehrter Herr Huber,\n\nvielen Dank für das nette Telefonat. Ich habe Ihr Profil wie besprochen bei "
        "unserem Kunden, der Krauss-Maffei Wegmann, eingereicht und melde mich, sobald ich eine Rückmeldung habe.\n\n"
        "Mit freundlichen Grüßen\nStefan Maier\nHays AG",
        None,
    ),
    (
        "MAN Truck & Bus",
        "interview",
        "2025-10-13",
        MAN,
        "Einladung zum Interview",
        "Sehr geehrter Herr Huber,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem ersten Interview "
        "per Microsoft Teams einladen, am Freitag, 17. Oktober, um 10 Uhr.\n\nMit freundlichen Grüßen\nAnna "
        "Schreiber\nTalent Acquisition MAN Truck & Bus",
        None,
    ),
    (
        "Knorr-Bremse",
        "rejected",
        "2025-10-14",
        KB,
        "Ihre Bewerbung bei Knorr-Bremse",
        "Sehr geehrter Herr Huber,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter "
        "berücksichtigen können. Wir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nIhr Knorr-Bremse Recruiting Team",
        None,
    ),
    (
        "Krauss-Maffei Wegmann",
        "interview",
        "2025-10-15",
        HAYS,
        "AW: Konstruktionsingenieur - München",
        "Sehr geehrter Herr Huber,\n\ngute Nachrichten: KMW möchte Sie gerne persönlich kennenlernen, am Dienstag, "
        "21. Oktober, um 13 Uhr.\n\nMit freundlichen Grüßen\nStefan Maier",
        None,
    ),
    (
        "MAN Truck & Bus",
        "onsite",
        "2025-10-20",
        MAN,
        "AW: Einladung zum Interview",
        "Sehr geehrter Herr Huber,\n\nvielen Dank für das angenehme Gespräch. Gerne laden wir Sie zu einem zweiten "
        "Gespräch mit der Bereichsleitung bei uns vor Ort in Karlsfeld ein, am 28. Oktober um 9 Uhr.\n\nAnna Schreiber",
        None,
    ),
    (
        "Krauss-Maffei Wegmann",
        "rejected",
        "2025-10-24",
        HAYS,
        "AW: Konstruktionsingenieur - München",
        "Sehr geehrter Herr Huber,\n\nleider hat sich der Kunde für einen anderen Kandidaten entschieden. Ich halte "
        "Sie gerne über weitere Projekte auf dem Laufenden.\n\nMit freundlichen Grüßen\nStefan Maier",
        None,
    ),
    (
        "MAN Truck & Bus",
        "thank_you",
        "2025-10-28",
        ME,
        "AW: Einladung zum Interview",
        "Sehr geehrte Frau Schreiber,\n\nvielen Dank für das Gespräch heute und die Führung durch das Werk.\n\nMit "
        "freundlichen Grüßen\nMoritz Huber",
        MAN,
    ),
    (
        "MAN Truck & Bus",
        "offer",
        "2025-11-04",
        MAN,
        "Ihr Vertragsangebot",
        "Sehr geehrter Herr Huber,\n\nwir freuen uns, Ihnen die Position als Konstrukteur Fahrwerk anbieten zu können. "
        "Den Vertragsentwurf finden Sie im Anhang.\n\nAnna Schreiber",
        None,
    ),
    (
        "MAN Truck & Bus",
        "accepted",
        "2025-11-05",
        ME,
        "AW: Ihr Vertragsangebot",
        "Sehr geehrte Frau Schreiber,\n\nherzlichen Dank, ich nehme das Angebot gerne an.\n\nMit freundlichen Grüßen\n"
        "Moritz Huber",
        MAN,
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.example>",
        "Neue Jobs: Konstrukteur München",
        "alert",
        "Konstrukteur (m/w/d) - Garching. Entwicklungsingenieur - Dachau. Alle Jobs ansehen.",
    ),
    (
        "VDI nachrichten <newsletter@vdi.example>",
        "Der Newsletter für Ingenieure",
        "newsletter",
        "Die Themen der Woche. Abmelden.",
    ),
    (
        "Laura Wolf <laura.wolf@ferchau.example>",
        "Projekt Fahrzeugtechnik",
        "outreach",
        "Hallo Herr Huber, ich habe ein spannendes Projekt in der Fahrzeugtechnik. Hätten Sie Interesse an einem "
        "Austausch?",
    ),
    (
        "MAN Truck & Bus <presse@man.example>",
        "MAN Pressemitteilung",
        "newsletter",
        "Neuer eTGX vorgestellt. Abmelden.",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.example>",
        "Ihre Buchung",
        "other",
        "Ihre Fahrkarte München - Nürnberg.",
    ),
    (
        "Papa <georg.huber@t-online.example>",
        "Sonntag",
        "personal",
        "Kommst du am Sonntag zum Essen?",
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
        clock="10:15:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="20:40:00",
        tag="fivehundredninety",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), MORITZ)
