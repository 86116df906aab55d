"""A four-hundred-and-twenty-sixth mailbox, written as a held-out check after the four-hundred-and-twenty-fifth
(issue #24).

Mehmet, an embedded software engineer in Munich, keeps his search in Gmail and exports it with Takeout; his mail
comes in German and in English, and much of it as the systems encode it (quoted-printable umlauts, base64, HTML
only).  A car supplier's SuccessFactors in German ("Vielen Dank für Ihre Bewerbung ... Referenznummer 88213"), a
robotics start-up's Greenhouse in English, a medical-device maker's Workday in English from Germany, an SAP-style
"Ihr Bewerbungsstatus hat sich geändert", a "Telefoninterview mit der Fachabteilung", "a technical interview with two
engineers from our firmware team", "zu einem Vor-Ort-Termin mit Werksführung", "we regret to inform you", "wir haben
uns für eine andere Bewerberin entschieden", an "Angebot" with the salary, his "Hiermit nehme ich Ihr Angebot an".
Negatives: StepStone's and LinkedIn's alerts, a conference, the MVG and his sister.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MEHMET = "mehmet.yilmaz.embedded@gmail.com"
ME = f"Mehmet Yilmaz <{MEHMET}>"
ISAR = "Isarwerk Automotive <isarwerk@successfactors.example>"
KATRIN = "Katrin Huber <katrin.huber@isarwerk-automotive.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Isarwerk Automotive",
        "applied",
        "2025-11-03",
        ISAR,
        "Ihre Bewerbung bei Isarwerk Automotive",
        "QP:Sehr geehrter Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Embedded Software Entwickler (m/w/d), "
        "Referenznummer 88213. Wir prüfen Ihre Unterlagen und melden uns zeitnah.\n\nMit freundlichen Grüßen\nIhr "
        "Recruiting-Team der Isarwerk Automotive GmbH",
        "t-iw",
    ),
    (
        "Roboflux",
        "applied",
        "2025-11-04",
        "Roboflux <no-reply@eu.greenhouse-mail.io>",
        "Thanks for applying to Roboflux",
        "HTML:<p>Hi Mehmet,</p><p>Thanks for applying to the <b>Firmware Engineer (Motion Control)</b> role at "
        "Roboflux. Our team will review your application shortly.</p><p>Roboflux Talent</p>",
        "t-rf",
    ),
    (
        "Alpina Medical",
        "applied",
        "2025-11-05",
        "Alpina Medical <alpinamedical@myworkday.com>",
        "Thank you for your application",
        "B64:Dear Mehmet,\n\nThank you for applying for Software Engineer - Embedded Systems (JR-4410) at Alpina "
        "Medical. We have received your application.\n\nAlpina Medical Talent Acquisition",
        "t-am",
    ),
    (
        "Isarwerk Automotive",
        "screen",
        "2025-11-10",
        KATRIN,
        "Telefoninterview - Embedded Software Entwickler",
        "QP:Hallo Herr Yilmaz,\n\nIhre Unterlagen haben uns gefallen. Gerne würden wir ein Telefoninterview mit Ihnen "
        "und der Fachabteilung führen - passt Ihnen Donnerstag um 15 Uhr?\n\nViele Grüße\nKatrin Huber\nTalent "
        "Acquisition",
        "t-iw2",
    ),
    (
        "Roboflux",
        "interview",
        "2025-11-11",
        "Lea Brandt <lea@roboflux.example>",
        "Roboflux - technical interview",
        "Hi Mehmet,\n\nWe'd like to invite you to a technical interview with two engineers from our firmware team "
        "(90 minutes, remote). Please pick a slot via the link below.\n\nLea Brandt\nRecruiter, Roboflux",
        "t-rf2",
    ),
    (
        "Alpina Medical",
        "rejected",
        "2025-11-13",
        "Alpina Medical <alpinamedical@myworkday.com>",
        "Your application status has changed",
        "B64:Dear Mehmet,\n\nThank you for your interest in Alpina Medical. We regret to inform you that we will not "
        "be moving forward with your application for Software Engineer - Embedded Systems.",
        "t-am2",
    ),
    (
        "Isarwerk Automotive",
        "onsite",
        "2025-11-17",
        KATRIN,
        "Einladung zum Vor-Ort-Termin",
        "QP:Hallo Herr Yilmaz,\n\nvielen Dank für das angenehme Telefonat! Wir möchten Sie nun zu einem "
        "Vor-Ort-Termin mit Werksführung nach Garching einladen, am 25. November um 9 Uhr, mit dem Teamleiter und dem "
        "Bereichsleiter.\n\nViele Grüße\nKatrin Huber",
        "t-iw3",
    ),
    (
        "Roboflux",
        "rejected",
        "2025-11-19",
        "Lea Brandt <lea@roboflux.example>",
        "RE: Roboflux - technical interview",
        "Hi Mehmet,\n\nthanks for taking the time. Wir haben uns für eine andere Bewerberin entschieden, deren "
        "Erfahrung mit Motorsteuerungen besser passt. We wish you all the best!\n\nLea",
        "t-rf2",
    ),
    (
        "Isarwerk Automotive",
        "offer",
        "2025-11-28",
        KATRIN,
        "Unser Angebot",
        "QP:Hallo Herr Yilmaz,\n\nwir freuen uns, Ihnen die Stelle als Embedded Software Entwickler anbieten zu "
        "können: 78.000 EUR Jahresgehalt, Start am 1. Februar. Den Vertrag erhalten Sie per Post.\n\nViele Grüße\n"
        "Katrin Huber",
        "t-iw4",
    ),
    (
        "Isarwerk Automotive",
        "accepted",
        "2025-11-29",
        ME,
        "AW: Unser Angebot",
        "Hallo Frau Huber,\n\nhiermit nehme ich Ihr Angebot sehr gerne an. Vielen Dank!\n\nViele Grüße\nMehmet Yilmaz",
        "t-iw4",
    ),
]

_NEGATIVES = [
    (
        "StepStone <jobagent@stepstone.example>",
        "Neue Jobs: Embedded Software Engineer",
        "alert",
        "HTML:<p>Embedded Software Engineer - Garching</p><p>Firmware Entwickler - Augsburg</p>",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"embedded software": 18 new jobs in Munich',
        "alert",
        "Embedded Engineer - Rohde & Schwarz. Firmware Engineer - Infineon.",
    ),
    (
        "embedded world <news@embedded-world.example>",
        "Jetzt Ticket sichern",
        "newsletter",
        "Die Fachmesse für Embedded-Systeme. Unsubscribe.",
    ),
    (
        "MVG <service@mvg.example>",
        "Ihre Deutschlandticket-Rechnung",
        "other",
        "Ihre Rechnung für November.",
    ),
    (
        "Ayse Yilmaz <ayse.yilmaz@gmx.example>",
        "Wochenende",
        "personal",
        "Kommst du am Samstag zum Frühstück?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import sent_as, takeout_corpus

    return sent_as(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=MEHMET,
            own_to={"Isarwerk Automotive": KATRIN},
            offset="+0100",
            clock="09:40:00",
            neg_start="2025-11-02",
            neg_step=5,
            neg_clock="20:15:00",
            tag="fourhundredtwentysix",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
