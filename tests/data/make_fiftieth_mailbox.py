"""A fiftieth mailbox, written as a held-out check after the forty-ninth's fixes (issue #24).

Lena, a data engineer from Porto living in Berlin, exports Gmail (her account in German) with Takeout.  Berlin
start-ups write to her in English, corporates in German; Google Calendar invites her in German ("Einladung: ... @
Do. 16. Okt. 2025"), moves a call ("Aktualisierte Einladung") and sends her own "Angenommen:" replies; a Microsoft
Teams invitation comes in German ("Microsoft Teams-Besprechung"); a contract offer ("Vertragsangebot"), an "Absage",
an XING recruiter, her "Zusage" and her withdrawal in German.  Personio, Greenhouse, SuccessFactors, JOIN and
Workable send the templates.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LENA = "lena.ferreira.data@gmail.com"
_ME = f"Lena Ferreira <{LENA}>"

_GOOGLE_FOOTER = (
    "\n\nAntwort für lena.ferreira.data@gmail.com\nJa\nNein\nVielleicht\nWeitere Optionen\n\nEinladung von Google "
    "Kalender\n\nSie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie keine Updates mehr zu diesem "
    "Termin erhalten möchten, lehnen Sie ihn ab."
)
_TEAMS = (
    "\n________________________________________________________________________________\nMicrosoft Teams-Besprechung"
    "\nNehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\nHier klicken, um an der Besprechung "
    "teilzunehmen\nBesprechungs-ID: 372 118 460 55\nKennung: Qm4r7X\n"
    "________________________________________________________________________________"
)

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Kiezkraft (Personio, English; a Google Calendar call, moved; a technical round; an offer she accepts)
    (
        "Kiezkraft",
        "applied",
        "2025-09-01",
        "Kiezkraft GmbH <jobs@kiezkraft.jobs.personio.de>",
        "Your application at Kiezkraft GmbH",
        "Hi Lena,\n\nThank you for your application as Data Engineer (m/f/d)! We'll review it and get back to you "
        "within two weeks.\n\nBest regards,\nYour Kiezkraft People Team",
        "kk1",
    ),
    (
        "Kiezkraft",
        "screen",
        "2025-09-05",
        "Jonas Wagner <jonas.wagner@kiezkraft.de>",
        "Einladung: Lena Ferreira x Kiezkraft - Intro @ Mi. 10. Sept. 2025 14:00 - 14:30 (MESZ) (lena.ferreira.data@gmail.com)",
        "Sie wurden zu folgendem Termin eingeladen.\n\nLena Ferreira x Kiezkraft - Intro\nWann\nMi. 10. Sept. 2025 "
        "14:00 - 14:30 (Mitteleuropäische Zeit - Berlin)\nTeilnahmeinformationen\nMit Google Meet teilnehmen\n"
        "meet.google.com/kzk-abcd-efg\n\nGäste\nJonas Wagner - Organisator\nLena Ferreira" + _GOOGLE_FOOTER,
        "kk2",
    ),
    (
        "Kiezkraft",
        "interview",
        "2025-09-15",
        "Jonas Wagner <jonas.wagner@kiezkraft.de>",
        "Next step: technical interview",
        "Hi Lena,\n\nThanks again for the nice chat last week! The team would love to continue with a 90-minute "
        "technical interview with two of our data engineers (SQL, a pipeline design question and your questions). "
        "Could you share a few slots for next week?\n\nCheers,\nJonas\nTalent Acquisition, Kiezkraft",
        "kk3",
    ),
    (
        "Kiezkraft",
        "offer",
        "2025-10-01",
        "Jonas Wagner <jonas.wagner@kiezkraft.de>",
        "Your offer from Kiezkraft",
        "Hi Lena,\n\nI'm very happy to tell you that we want you on the team! Attached you'll find our contract offer: "
        "EUR 72,000 per year, 30 vacation days and a start on November 1. Let me know if you have questions.\n\n"
        "Cheers,\nJonas",
        "kk4",
    ),
    (
        "Kiezkraft",
        "accepted",
        "2025-10-03",
        _ME,
        "Re: Your offer from Kiezkraft",
        "Hi Jonas,\n\nGreat news - I'm happy to accept! I'll send the signed contract back today.\n\nBest,\nLena",
        "kk4",
    ),
    # Spreewerk Versicherung AG (SuccessFactors in German; a Teams interview; a refusal)
    (
        "Spreewerk Versicherung",
        "applied",
        "2025-09-02",
        "Spreewerk Versicherung AG <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Ferreira,\n\nvielen Dank für Ihre Bewerbung als Data Engineer (w/m/d) bei der Spreewerk "
        "Versicherung AG. Wir prüfen Ihre Unterlagen sorgfältig und melden uns zeitnah bei Ihnen.\n\nMit freundlichen "
        "Grüßen\nIhr Recruiting-Team der Spreewerk Versicherung AG",
        "sw1",
    ),
    (
        "Spreewerk Versicherung",
        "interview",
        "2025-09-16",
        "Katrin Schulz <katrin.schulz@spreewerk-versicherung.de>",
        "Vorstellungsgespräch Data Engineer (w/m/d) - Lena Ferreira",
        "Sehr geehrte Frau Ferreira,\n\nwir freuen uns, Sie zu einem Kennenlernen mit Herrn Dr. Becker "
        "(Abteilungsleiter Data Platform) und mir einzuladen." + _TEAMS,
        "sw2",
    ),
    (
        "Spreewerk Versicherung",
        "rejected",
        "2025-09-30",
        "Katrin Schulz <katrin.schulz@spreewerk-versicherung.de>",
        "Ihre Bewerbung als Data Engineer (w/m/d)",
        "Sehr geehrte Frau Ferreira,\n\nnochmals vielen Dank für das angenehme Gespräch. Nach sorgfältiger Abwägung "
        "haben wir uns für eine andere Kandidatin entschieden, deren Profil noch besser zu den Anforderungen passt. "
        "Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nMit freundlichen Grüßen\nKatrin Schulz\nHR Business "
        "Partnerin",
        "sw2",
    ),
    # Fahrrad Logistik (JOIN; the founder answers in English; she withdraws in German)
    (
        "Fahrrad Logistik",
        "applied",
        "2025-09-04",
        "JOIN <noreply@join.com>",
        "Bewerbung erfolgreich versendet: Data Engineer bei Fahrrad Logistik",
        "Hallo Lena,\n\ndeine Bewerbung als Data Engineer bei Fahrrad Logistik wurde erfolgreich versendet. Viel "
        "Erfolg!\n\nDein JOIN Team",
        "fl1",
    ),
    (
        "Fahrrad Logistik",
        "screen",
        "2025-09-11",
        "Moritz Lang <moritz@fahrrad-logistik.de>",
        "Data Engineer @ Fahrrad Logistik",
        "Hey Lena,\n\nMoritz here, one of the founders. Loved your pipeline work at your last company. Fancy a video "
        "call on Friday so I can tell you more about what we're building?\n\nMoritz",
        "fl2",
    ),
    (
        "Fahrrad Logistik",
        "withdrew",
        "2025-10-03",
        _ME,
        "Re: Data Engineer @ Fahrrad Logistik",
        "Hallo Moritz,\n\nvielen Dank für das Gespräch und dein Interesse. Ich habe mich inzwischen für ein anderes "
        "Angebot entschieden und ziehe meine Bewerbung daher zurück. Ich wünsche euch viel Erfolg!\n\nViele Grüße\nLena",
        "fl2",
    ),
    # Nordlicht Energie (Greenhouse, English; a refusal without a step)
    (
        "Nordlicht Energie",
        "applied",
        "2025-09-08",
        "Nordlicht Energie <no-reply@eu.greenhouse-mail.io>",
        "Thank you for applying to Nordlicht Energie",
        "Hi Lena,\n\nThanks for your interest in Nordlicht Energie! We've received your application for Senior Data "
        "Engineer and will be in touch.\n\nNordlicht Energie Talent",
        "ne1",
    ),
    (
        "Nordlicht Energie",
        "rejected",
        "2025-09-22",
        "Nordlicht Energie <no-reply@eu.greenhouse-mail.io>",
        "Your application to Nordlicht Energie",
        "Hi Lena,\n\nThank you for taking the time to apply. After reviewing your profile we have decided to proceed "
        "with candidates whose experience better matches this role. We wish you all the best.\n\nNordlicht Energie "
        "Talent",
        "ne2",
    ),
    # Tresor Analytics (Workable; a take-home; then silence and her follow-up in English)
    (
        "Tresor Analytics",
        "applied",
        "2025-09-09",
        "Tresor Analytics <noreply@candidates.workablemail.com>",
        "Thanks for applying to Tresor Analytics",
        "Hi Lena,\n\nThanks for applying for the Analytics Engineer role at Tresor Analytics. We'll review your "
        "application shortly.\n\nTresor Analytics",
        "ta1",
    ),
    (
        "Tresor Analytics",
        "interview",
        "2025-09-19",
        "Tresor Analytics <noreply@candidates.workablemail.com>",
        "Tresor Analytics: your take-home assignment",
        "Hi Lena,\n\nAs a next step, we'd like you to complete a short take-home assignment (dbt and SQL). You have "
        "five days to submit it through the link below.\n\nTresor Analytics",
        "ta2",
    ),
    (
        "Tresor Analytics",
        "follow_up",
        "2025-10-08",
        _ME,
        "Take-home - Lena Ferreira",
        "Hi,\n\nI submitted my take-home assignment on September 23 and wanted to follow up on the status of my "
        "application. Looking forward to hearing from you.\n\nBest regards,\nLena Ferreira",
        "ta3",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "XING <mailrobot@mail.xing.com>",
        "Anna Richter hat Ihnen eine Nachricht geschickt",
        "outreach",
        "Hallo Frau Ferreira, ich bin Personalberaterin und habe ein spannendes Angebot für eine Position als Lead "
        "Data Engineer bei einem unserer Kunden in Hamburg. Hätten Sie Zeit für ein kurzes Telefonat?",
    ),
    (
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für Data Engineer in Berlin",
        "alert",
        "Data Engineer (m/w/d) - Spreewerk Versicherung AG - Berlin\nSenior Data Engineer - Nordlicht Energie - Berlin",
    ),
    (
        "Berlin Data Meetup <info@meetup.com>",
        "Einladung: Berlin Data Meetup #42 - dbt in production",
        "newsletter",
        "Join us on October 9 at the betahaus. Talks on dbt in production and Kafka at scale. RSVP on Meetup.",
    ),
    (
        "Sofia Ferreira <sofia.ferreira.pt@gmail.com>",
        "Einladung: Jantar de aniversário @ Sa. 20. Sept. 2025 19:00 - 22:00 (MESZ) (lena.ferreira.data@gmail.com)",
        "personal",
        "Sie wurden zu folgendem Termin eingeladen.\n\nJantar de aniversário\nWann\nSa. 20. Sept. 2025 19:00 - 22:00"
        "\n\nGäste\nSofia Ferreira - Organisatorin\nLena Ferreira" + _GOOGLE_FOOTER,
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung",
        "shop",
        "Vielen Dank für Ihre Buchung. Berlin Hbf - Hamburg Hbf, 12.10.2025. Auftragsnummer 4F7K2Q.",
    ),
    (
        "Jonas Wagner <jonas.wagner@kiezkraft.de>",
        "Aktualisierte Einladung: Lena Ferreira x Kiezkraft - Intro @ Do. 11. Sept. 2025 10:00 - 10:30 (MESZ) "
        "(lena.ferreira.data@gmail.com)",
        "updated",
        "Dieser Termin wurde geändert.\nGeändert: Uhrzeit\n\nLena Ferreira x Kiezkraft - Intro\nWann\nDo. 11. Sept. "
        "2025 10:00 - 10:30" + _GOOGLE_FOOTER,
    ),
    (
        _ME,
        "Angenommen: Lena Ferreira x Kiezkraft - Intro @ Do. 11. Sept. 2025 10:00 - 10:30 (MESZ) "
        "(jonas.wagner@kiezkraft.de)",
        "accepted invitation",
        "Lena Ferreira hat diese Einladung angenommen.\n\nLena Ferreira x Kiezkraft - Intro\nWann\nDo. 11. Sept. 2025 "
        "10:00 - 10:30\n\nEinladung von Google Kalender",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Gesendet"), then the negatives; the calendar
    notices about the Kiezkraft call keep its thread."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LENA,
        own_to={
            "Kiezkraft": "Jonas Wagner <jonas.wagner@kiezkraft.de>",
            "Fahrrad Logistik": "Moritz Lang <moritz@fahrrad-logistik.de>",
            "Tresor Analytics": "Tresor Analytics <jobs@tresor-analytics.com>",
        },
        offset="+0200",
        clock="10:05:00",
        neg_start="2025-09-03",
        neg_step=4,
        neg_clock="07:45:00",
        tag="fifty",
    )
    for m, truth in msgs:
        if truth[1] in ("updated", "accepted invitation"):
            del m["X-GM-THRID"]
            m["X-GM-THRID"] = "kk2"
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=LENA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it in German into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Alle E-Mails einschließlich Spam und Papierkorb.mbox", msgs or messages())
