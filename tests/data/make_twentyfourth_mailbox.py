"""A twenty-fourth mailbox, written as a held-out check after the twenty-third's fixes (issue #24).

Jonas, a controller moving into data in Munich and Hamburg, exports Gmail with Takeout, all in German: JOIN,
onlyfy, Umantis, concludis, SuccessFactors and Workday in German, HR4YOU, a Mittelstand company's own mail, the
German ways of saying "interim notice" ("Zwischenbescheid"), "technical interview" ("Fachgespräch"), "second
interview" ("Zweitgespräch"), "assessment centre", and everyday German mail.  Its score before any rule was
changed for it is in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JONAS = "jonas.hartmann.muc@gmail.com"
_ME = f"Jonas Hartmann <{JONAS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Isar Medtech (JOIN)
    (
        "Isar Medtech",
        "applied",
        "2025-10-06",
        "JOIN <noreply@join.com>",
        "Deine Bewerbung bei Isar Medtech",
        "Hallo Jonas,\n\ndeine Bewerbung als Data Analyst (m/w/d) bei Isar Medtech ist eingegangen. Das Team meldet "
        "sich bei dir.\n\nDein JOIN-Team",
        "im1",
    ),
    (
        "Isar Medtech",
        "reply",
        "2025-10-20",
        "Isar Medtech Personal <personal@isar-medtech.de>",
        "Zwischenbescheid zu Ihrer Bewerbung",
        "Hallo Herr Hartmann,\n\nvielen Dank für Ihre Geduld. Aufgrund der vielen Bewerbungen benötigen wir noch etwas "
        "Zeit für die Auswahl. Wir melden uns spätestens Ende des Monats bei Ihnen.\n\nIhr Personalteam",
        "im2",
    ),
    (
        "Isar Medtech",
        "interview",
        "2025-10-27",
        "Isar Medtech Personal <personal@isar-medtech.de>",
        "Einladung zum Fachgespräch",
        "Hallo Herr Hartmann,\n\nwir möchten Sie gerne zu einem Fachgespräch mit unserer Teamleitung Data & Analytics "
        "einladen. Das Gespräch dauert etwa 60 Minuten und findet per Teams statt.\n\nIhr Personalteam",
        "im3",
    ),
    (
        "Isar Medtech",
        "onsite",
        "2025-11-05",
        "Isar Medtech Personal <personal@isar-medtech.de>",
        "Einladung zum Zweitgespräch vor Ort",
        "Hallo Herr Hartmann,\n\ngerne möchten wir Sie zu einem Zweitgespräch in unserem Büro in München einladen, "
        "inklusive Kennenlernen des Teams.\n\nIhr Personalteam",
        "im4",
    ),
    (
        "Isar Medtech",
        "offer",
        "2025-11-14",
        "Petra Lang <petra.lang@isar-medtech.de>",
        "Ihre Vertragsunterlagen",
        "Hallo Herr Hartmann,\n\nwir freuen uns sehr, Ihnen mitteilen zu können, dass wir Sie gerne als Data Analyst "
        "einstellen möchten. Anbei erhalten Sie die Vertragsunterlagen zur Durchsicht.\n\nViele Grüße\nPetra Lang",
        "im5",
    ),
    (
        "Isar Medtech",
        "accepted",
        "2025-11-17",
        _ME,
        "AW: Ihre Vertragsunterlagen",
        "Hallo Frau Lang,\n\nvielen Dank, ich freue mich sehr! Den unterschriebenen Vertrag sende ich Ihnen anbei "
        "zurück.\n\nViele Grüße\nJonas Hartmann",
        "im5",
    ),
    # Hanse Logistik (onlyfy)
    (
        "Hanse Logistik",
        "applied",
        "2025-10-07",
        "Hanse Logistik GmbH <noreply@onlyfy.jobs>",
        "Vielen Dank für Ihre Bewerbung",
        "Sehr geehrter Herr Hartmann,\n\nwir haben Ihre Bewerbung als BI-Analyst (w/m/d) erhalten und danken Ihnen "
        "für Ihr Interesse an der Hanse Logistik GmbH.",
        "hl1",
    ),
    (
        "Hanse Logistik",
        "rejected",
        "2025-10-24",
        "Hanse Logistik GmbH <noreply@onlyfy.jobs>",
        "Ihre Bewerbung als BI-Analyst (w/m/d)",
        "Sehr geehrter Herr Hartmann,\n\nnach reiflicher Überlegung haben wir entschieden, Ihre Bewerbung nicht weiter "
        "zu berücksichtigen. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.\n\nMit freundlichen Grüßen\n"
        "Hanse Logistik GmbH",
        "hl2",
    ),
    # Alpenbank (Umantis)
    (
        "Alpenbank",
        "applied",
        "2025-10-08",
        "Alpenbank AG <noreply@umantis.com>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Hartmann\n\nbesten Dank für Ihre Bewerbung als Risk Data Analyst. Ihre Unterlagen werden "
        "nun geprüft.\n\nAlpenbank AG, Human Resources",
        "ab1",
    ),
    (
        "Alpenbank",
        "interview",
        "2025-10-21",
        "Alpenbank AG <noreply@umantis.com>",
        "Terminbestätigung Telefoninterview",
        "Sehr geehrter Herr Hartmann\n\nhiermit bestätigen wir Ihnen den Termin für das Interview am 23.10. um 14 Uhr. "
        "Gesprächspartner: Frau Dr. Weiss (Leiterin Risikocontrolling).\n\nAlpenbank AG, Human Resources",
        "ab2",
    ),
    (
        "Alpenbank",
        "rejected",
        "2025-11-03",
        "Alpenbank AG <noreply@umantis.com>",
        "Ihre Bewerbung bei der Alpenbank",
        "Sehr geehrter Herr Hartmann\n\nvielen Dank für das angenehme Gespräch. Leider können wir Ihnen keine Zusage "
        "geben, da wir die Stelle mit einer Person mit mehr Erfahrung im Meldewesen besetzen.\n\nAlpenbank AG",
        "ab3",
    ),
    # Nordsee Energie (concludis, assessment centre)
    (
        "Nordsee Energie",
        "applied",
        "2025-10-09",
        "Nordsee Energie <bewerbung@concludis.de>",
        "Bestätigung Ihrer Bewerbung - Data Engineer",
        "Guten Tag Herr Hartmann,\n\nIhre Bewerbung für die Position Data Engineer ist bei der Nordsee Energie AG "
        "eingegangen. Vielen Dank!",
        "ne1",
    ),
    (
        "Nordsee Energie",
        "onsite",
        "2025-10-30",
        "Nordsee Energie <bewerbung@concludis.de>",
        "Einladung zum Assessment-Center",
        "Guten Tag Herr Hartmann,\n\nwir laden Sie herzlich zu unserem eintägigen Assessment-Center am 12.11. in "
        "Hamburg ein. Bitte bringen Sie Ihren Personalausweis mit.",
        "ne2",
    ),
    (
        "Nordsee Energie",
        "withdrew",
        "2025-11-17",
        _ME,
        "Rücknahme meiner Bewerbung",
        "Sehr geehrte Damen und Herren,\n\nda ich eine andere Stelle angenommen habe, möchte ich meine Bewerbung als "
        "Data Engineer zurückziehen.\n\nMit freundlichen Grüßen\nJonas Hartmann",
        "ne3",
    ),
    # Brezel & Byte (a start-up's own mail)
    (
        "Brezel & Byte",
        "applied",
        "2025-10-10",
        _ME,
        "Bewerbung als Analytics Engineer",
        "Hallo Team von Brezel & Byte,\n\nanbei sende ich euch meinen Lebenslauf für die Stelle als Analytics "
        "Engineer.\n\nBeste Grüße\nJonas",
        "bb1",
    ),
    (
        "Brezel & Byte",
        "screen",
        "2025-10-14",
        "Lena Bauer <lena@brezelundbyte.de>",
        "Re: Bewerbung als Analytics Engineer",
        "Hi Jonas,\n\ndanke für deine Bewerbung! Hast du diese Woche Zeit für ein kurzes Telefonat, 20 Minuten?\n\n"
        "Lena",
        "bb1",
    ),
    (
        "Brezel & Byte",
        "rejected",
        "2025-10-29",
        "Lena Bauer <lena@brezelundbyte.de>",
        "Re: Bewerbung als Analytics Engineer",
        "Hi Jonas,\n\nnochmal danke für das nette Gespräch. Wir haben uns am Ende für jemanden mit mehr dbt-Erfahrung "
        "entschieden. Alles Gute für deine Suche!\n\nLena",
        "bb1",
    ),
    # Elbe Versicherung (HR4YOU; the person's follow-up)
    (
        "Elbe Versicherung",
        "applied",
        "2025-10-13",
        "Elbe Versicherung <karriere@hr4you.de>",
        "Ihre Bewerbung ist angekommen",
        "Sehr geehrter Herr Hartmann,\n\ndanke für Ihre Bewerbung bei der Elbe Versicherung als Datenanalyst Schaden.",
        "ev1",
    ),
    (
        "Elbe Versicherung",
        "follow_up",
        "2025-11-04",
        _ME,
        "Bewerbung Datenanalyst Schaden - Jonas Hartmann",
        "Sehr geehrte Damen und Herren,\n\nich habe mich am 13.10. als Datenanalyst Schaden beworben und wollte höflich "
        "nachhaken, ob es bereits Neuigkeiten gibt.\n\nMit freundlichen Grüßen\nJonas Hartmann",
        "ev2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "StepStone <jobagent@stepstone.de>",
        "12 neue Jobs für Data Analyst in München",
        "job alert",
        "Ihr Jobagent hat neue Stellen gefunden. Jobagent abmelden",
    ),
    (
        "XING <news@xing.com>",
        "Jonas, diese Unternehmen suchen Sie",
        "not about an application",
        "Recruiter haben Ihr Profil besucht. Jetzt ProJobs testen.",
    ),
    (
        "Markus Schmid <markus.schmid@hays-example.de>",
        "Projekt: Data Engineer (Freelance) in Frankfurt",
        "cold outreach",
        "Hallo Herr Hartmann, ich bin auf Ihr Profil aufmerksam geworden und habe ein spannendes Projekt für Sie. "
        "Hätten Sie Interesse an einem kurzen Austausch?",
    ),
    (
        "Bürgeramt München <noreply@muenchen.de>",
        "Ihr Antrag auf einen Reisepass",
        "not a job application",
        "Ihr Antrag auf einen Reisepass ist eingegangen. Die Bearbeitung dauert etwa vier Wochen.",
    ),
    (
        "Karrierebibel <newsletter@karrierebibel.de>",
        "Die 10 häufigsten Fragen im Vorstellungsgespräch",
        "newsletter",
        "Bereiten Sie sich optimal vor. Newsletter abbestellen",
    ),
    (
        "Mama <brigitte.hartmann@t-online.de>",
        "Dein Gespräch",
        "not about an application",
        "Hallo Schatz, wie war das Gespräch in Hamburg? Ruf mal an. Mama",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Fahrkarte München - Hamburg",
        "not about an application",
        "Vielen Dank für Ihre Buchung. Ihr Ticket finden Sie im Anhang.",
    ),
    (
        "kununu <info@kununu.com>",
        "Wie war dein Bewerbungsgespräch?",
        "survey",
        "Bewerte dein Vorstellungsgespräch und hilf anderen Bewerbern. Abmelden",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JONAS,
        own_to={
            "Isar Medtech": "Petra Lang <petra.lang@isar-medtech.de>",
            "Nordsee Energie": "Nordsee Energie Personal <personal@nordsee-energie.de>",
            "Brezel & Byte": "Brezel & Byte <jobs@brezelundbyte.de>",
            "Elbe Versicherung": "Elbe Versicherung Karriere <karriere@elbe-versicherung.de>",
        },
        offset="+0100",
        clock="10:40:00",
        neg_start="2025-10-06",
        neg_step=5,
        neg_clock="07:10:00",
        tag="vierundzwanzig",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
