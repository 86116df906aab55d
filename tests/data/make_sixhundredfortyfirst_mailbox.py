"""A six-hundred-and-forty-first mailbox, written as a held-out check after the six-hundred-and-fortieth
(issue #24).

Jana Köhler, a controller in Hamburg, exports her Gmail (in German: "Posteingang", "Gesendet") with Takeout. Her mail
is German: StepStone's "Ihre Bewerbung als Controller (m/w/d) bei Otto Group wurde versendet", Hapag-Lloyd's
SuccessFactors "Eingangsbestätigung Ihrer Bewerbung", Beiersdorf's Workday "Vielen Dank für Ihre Bewerbung",
Hermes' softgarden "Deine Bewerbung bei Hermes Germany", Otto's recruiter "Wir möchten Sie gerne zu einem ersten
Kennenlernen per Videocall einladen", Beiersdorf's "leider müssen wir Ihnen mitteilen, dass wir uns für andere
Kandidaten entschieden haben", Hapag-Lloyd's "Einladung zum Vorstellungsgespräch", Otto's "zweites Gespräch vor Ort
in unserer Zentrale in Bramfeld", her thanks, Hermes' "Absage", Otto's "Vertragsangebot", her "Ich nehme das
Angebot gerne an", and her withdrawal from Hapag-Lloyd. Negatives: StepStone's alert, XING's newsletter, a
headhunter's cold mail, Otto's shop mail, her Stadtwerke and a friend. (The first read met the bar; Otto's "erstes Kennenlernen
per Videocall" is read as an interview, as the 294th's and 402nd's truths have it, where this truth says a screen.) ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JANA = "jana.koehler.hh@gmail.com"
ME = f"Jana Köhler <{JANA}>"
STEP = "StepStone <noreply@stepstone.example>"
HAPAG = "Hapag-Lloyd Karriere <noreply@hlag.successfactors.example>"
BDF = "Beiersdorf <beiersdorf@myworkday.example>"
HERMES = "Hermes Germany <noreply@hermes.softgarden.example>"
OTTO = "Nina Schröder <nina.schroeder@otto.example>"
HAPAGR = "Jens Peters <jens.peters@hlag.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Otto Group",
        "applied",
        "2025-01-13",
        STEP,
        "Ihre Bewerbung als Controller (m/w/d) bei Otto Group wurde versendet",
        "Hallo Jana Köhler,\n\nIhre Bewerbung als Controller (m/w/d) bei Otto Group wurde erfolgreich versendet. "
        "Viel Erfolg!\n\nIhr StepStone Team",
        "t-otto",
    ),
    (
        "Hapag-Lloyd",
        "applied",
        "2025-01-14",
        HAPAG,
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Köhler,\n\nvielen Dank für Ihre Bewerbung als Financial Controller und Ihr Interesse an "
        "Hapag-Lloyd. Wir werden Ihre Unterlagen sorgfältig prüfen und uns zeitnah bei Ihnen melden.\n\nMit "
        "freundlichen Grüßen\nIhr Hapag-Lloyd Recruiting Team",
        "t-hapag",
    ),
    (
        "Beiersdorf",
        "applied",
        "2025-01-15",
        BDF,
        "Vielen Dank für Ihre Bewerbung",
        "Liebe Jana,\n\nvielen Dank für Ihre Bewerbung auf die Position Controller Supply Chain (R-0042871) bei "
        "Beiersdorf. Wir haben Ihre Unterlagen erhalten.\n\nIhr Beiersdorf Talent Acquisition Team",
        "t-bdf",
    ),
    (
        "Hermes Germany",
        "applied",
        "2025-01-16",
        HERMES,
        "Deine Bewerbung bei Hermes Germany",
        "Hallo Jana,\n\ndanke für deine Bewerbung als Controllerin Logistik! Wir schauen uns deine Unterlagen an und "
        "melden uns bald.\n\nDein Recruiting-Team von Hermes Germany",
        "t-hermes",
    ),
    (
        "Otto Group",
        "screen",
        "2025-01-20",
        OTTO,
        "Ihre Bewerbung als Controller",
        "Liebe Frau Köhler,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem ersten Kennenlernen per "
        "Videocall (ca. 30 Minuten) einladen. Passt Ihnen Donnerstag um 11 Uhr?\n\nViele Grüße\nNina Schröder\n"
        "Talent Acquisition | Otto Group",
        "t-otto2",
    ),
    (
        "Beiersdorf",
        "rejected",
        "2025-01-22",
        BDF,
        "Ihre Bewerbung bei Beiersdorf",
        "Liebe Jana,\n\nvielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir uns für andere "
        "Kandidaten entschieden haben, deren Profil noch besser passt.\n\nIhr Beiersdorf Talent Acquisition Team",
        "t-bdf",
    ),
    (
        "Hapag-Lloyd",
        "interview",
        "2025-01-24",
        HAPAGR,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Köhler,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch per Microsoft Teams am "
        "3. Februar um 14 Uhr einzuladen.\n\nMit freundlichen Grüßen\nJens Peters\nHR Business Partner, Hapag-Lloyd "
        "AG",
        "t-hapag2",
    ),
    (
        "Otto Group",
        "onsite",
        "2025-01-29",
        OTTO,
        "AW: Ihre Bewerbung als Controller",
        "Liebe Frau Köhler,\n\ndas Team war begeistert! Wir laden Sie herzlich zu einem zweiten Gespräch vor Ort in "
        "unserer Zentrale in Bramfeld ein, am 6. Februar ab 10 Uhr (ca. 3 Stunden).\n\nViele Grüße\nNina Schröder",
        "t-otto2",
    ),
    (
        "Hermes Germany",
        "rejected",
        "2025-02-03",
        HERMES,
        "Absage: Controllerin Logistik",
        "Hallo Jana,\n\nleider haben wir uns dieses Mal für eine andere Bewerberin entschieden. Wir wünschen dir "
        "alles Gute!\n\nDein Recruiting-Team von Hermes Germany",
        "t-hermes",
    ),
    (
        "Otto Group",
        "thank_you",
        "2025-02-06",
        ME,
        "Vielen Dank für das Gespräch",
        "Liebe Frau Schröder,\n\nvielen Dank für das tolle Gespräch heute und die Führung durch die Zentrale.\n\n"
        "Viele Grüße\nJana Köhler",
        "t-otto2",
    ),
    (
        "Otto Group",
        "offer",
        "2025-02-11",
        OTTO,
        "Vertragsangebot Controller (m/w/d)",
        "Liebe Frau Köhler,\n\nwir freuen uns sehr, Ihnen die Position als Controller anbieten zu können! Das "
        "Vertragsangebot finden Sie im Anhang.\n\nViele Grüße\nNina Schröder",
        "t-otto3",
    ),
    (
        "Hapag-Lloyd",
        "withdrew",
        "2025-02-12",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Peters,\n\nvielen Dank für das Gespräch. Ich ziehe meine Bewerbung zurück, da ich mich "
        "für ein anderes Angebot entschieden habe.\n\nMit freundlichen Grüßen\nJana Köhler",
        "t-hapag2",
    ),
    (
        "Otto Group",
        "accepted",
        "2025-02-12",
        ME,
        "AW: Vertragsangebot Controller (m/w/d)",
        "Liebe Frau Schröder,\n\nich nehme das Angebot gerne an und freue mich auf den Start!\n\nViele Grüße\nJana",
        "t-otto3",
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.example>",
        "8 neue Jobs für Controller in Hamburg",
        "alert",
        "Neue Stellenangebote passend zu Ihrer Suche. Jetzt bewerben. Jobagent verwalten.",
    ),
    (
        "XING <newsletter@xing.example>",
        "Ihre Woche auf XING",
        "newsletter",
        "Neuigkeiten aus Ihrem Netzwerk. Abmelden.",
    ),
    (
        "Markus Vogel <m.vogel@hays.example>",
        "Spannende Position als Head of Controlling",
        "outreach",
        "Hallo Frau Köhler, ich bin auf Ihr Profil gestoßen und habe eine spannende Position als Head of Controlling "
        "bei einem Mandanten in Hamburg. Hätten Sie Interesse an einem kurzen Austausch?",
    ),
    (
        "OTTO <service@otto.example>",
        "Ihre Bestellung ist unterwegs",
        "other",
        "Ihre Bestellung wurde versendet. Sendungsverfolgung.",
    ),
    (
        "Hamburger Energiewerke <kundenservice@hamburger-energiewerke.example>",
        "Ihre Jahresrechnung",
        "other",
        "Ihre Jahresabrechnung steht bereit.",
    ),
    (
        "Lisa <lisa.brandt@web.example>",
        "Kaffee?",
        "personal",
        "Hast du am Samstag Zeit für einen Kaffee?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JANA,
        own_to={"Otto Group": OTTO, "Hapag-Lloyd": HAPAGR},
        offset="+0100",
        clock="09:50:00",
        neg_start="2025-01-12",
        neg_step=5,
        neg_clock="20:20:00",
        tag="sixhundredfortyone",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=JANA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
