"""A fifteenth mailbox, written as a held-out check after the fourteenth's fixes (issue #24): a search in German.

Lena searches from Vienna and Zürich and exports Gmail with Takeout: karriere.at, StepStone, XING, jobs.ch,
Personio, d.vinci, softgarden and rexx templates, recruiters' own mail in German (Sie and Du), the German ways of
saying no ("leider müssen wir Ihnen mitteilen", "haben uns für andere Bewerbende entschieden", "nicht in die
engere Auswahl"), "Einladung zum Kennenlernen", "Zusage", and everyday German mail.  Its score before any rule was
changed for it is in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LENA = "lena.gruber.wien@gmail.com"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Donau Versicherung",
        "applied",
        "2025-03-03",
        "Donau Versicherung <noreply@dvinci-mail.com>",
        "Ihre Bewerbung als Data Analyst (m/w/d)",
        "Sehr geehrte Frau Gruber, vielen Dank für Ihr Interesse an der Donau Versicherung. Hiermit bestätigen wir den "
        "Eingang Ihrer Bewerbungsunterlagen. Wir melden uns nach Prüfung bei Ihnen.",
        "d1",
    ),
    (
        "Donau Versicherung",
        "interview",
        "2025-03-12",
        "Donau Versicherung <noreply@dvinci-mail.com>",
        "Einladung zum Kennenlernen",
        "Sehr geehrte Frau Gruber, Ihre Unterlagen haben uns überzeugt. Gerne möchten wir Sie persönlich kennenlernen "
        "und laden Sie zu einem Gespräch am 19. März um 10 Uhr in unsere Zentrale ein.",
        "d1",
    ),
    (
        "Donau Versicherung",
        "offer",
        "2025-03-31",
        "Markus Huber <markus.huber@donau-versicherung.at>",
        "Zusage - Data Analyst",
        "Liebe Frau Gruber, wir freuen uns sehr, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben. "
        "Den Dienstvertrag senden wir Ihnen in den nächsten Tagen zu.",
        "d2",
    ),
    (
        "Alpenblick Software",
        "applied",
        "2025-03-04",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung bei Alpenblick Software",
        "Hallo Lena, deine Bewerbung für den Job Junior Data Engineer bei Alpenblick Software wurde erfolgreich "
        "versendet.",
        "a1",
    ),
    (
        "Alpenblick Software",
        "rejected",
        "2025-03-20",
        "Alpenblick Software <jobs@alpenblick.at>",
        "Deine Bewerbung als Junior Data Engineer",
        "Hallo Lena, danke für deine Bewerbung und dein Interesse an Alpenblick. Wir haben uns die Entscheidung nicht "
        "leicht gemacht, uns aber für andere Bewerbende entschieden. Wir wünschen dir alles Gute!",
        "a2",
    ),
    (
        "Zürich Data AG",
        "applied",
        "2025-03-05",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde übermittelt",
        "Guten Tag Frau Gruber, Ihre Bewerbung für die Stelle Data Scientist (80-100%) bei Zürich Data AG wurde "
        "übermittelt.",
        "z1",
    ),
    (
        "Zürich Data AG",
        "screen",
        "2025-03-13",
        "Sandra Keller <sandra.keller@zuerichdata.ch>",
        "Data Scientist - kurzes Telefonat",
        "Grüezi Frau Gruber, vielen Dank für Ihre Bewerbung. Hätten Sie nächste Woche Zeit für ein erstes "
        "Telefongespräch von ca. 20 Minuten?",
        "z2",
    ),
    (
        "Zürich Data AG",
        "interview",
        "2025-03-24",
        "Sandra Keller <sandra.keller@zuerichdata.ch>",
        "AW: Data Scientist - kurzes Telefonat",
        "Grüezi Frau Gruber, herzlichen Dank für das angenehme Telefonat. Gerne laden wir Sie zu einem zweiten "
        "Gespräch mit unserem Head of Data ein. Bitte nennen Sie uns Ihre Verfügbarkeiten.",
        "z2",
    ),
    (
        "Zürich Data AG",
        "rejected",
        "2025-04-09",
        "Sandra Keller <sandra.keller@zuerichdata.ch>",
        "AW: Data Scientist - kurzes Telefonat",
        "Grüezi Frau Gruber, leider müssen wir Ihnen mitteilen, dass wir den Prozess mit einer anderen Person "
        "fortsetzen. Wir danken Ihnen für Ihre Zeit und wünschen Ihnen viel Erfolg.",
        "z2",
    ),
    (
        "Wiener Stadtwerke Digital",
        "applied",
        "2025-03-06",
        "Wiener Stadtwerke Digital <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Gruber, wir haben Ihre Bewerbung als BI Developer erhalten und werden sie sorgfältig "
        "prüfen.",
        "w1",
    ),
    (
        "Wiener Stadtwerke Digital",
        "rejected",
        "2025-03-27",
        "Wiener Stadtwerke Digital <noreply@softgarden.io>",
        "Ihre Bewerbung als BI Developer",
        "Sehr geehrte Frau Gruber, nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen mitteilen, dass Sie "
        "nicht in die engere Auswahl gekommen sind.",
        "w1",
    ),
    (
        "Tirol Analytics",
        "applied",
        "2025-03-07",
        "Tirol Analytics GmbH <bewerbung@tirol-analytics.jobs.personio.com>",
        "Vielen Dank für deine Bewerbung!",
        "Hi Lena, danke, dass du dich bei uns beworben hast! Wir schauen uns deine Unterlagen an und melden uns "
        "innerhalb von zwei Wochen.",
        "t1",
    ),
    (
        "Tirol Analytics",
        "interview",
        "2025-03-18",
        "Jonas Berger <jonas@tirol-analytics.com>",
        "Tirol Analytics - nächster Schritt",
        "Hi Lena, dein Profil gefällt uns! Als nächsten Schritt würden wir gerne ein Video-Call mit unserem CTO "
        "machen. Welche Termine passen dir?",
        "t2",
    ),
    (
        "Tirol Analytics",
        "interview",
        "2025-03-28",
        "Jonas Berger <jonas@tirol-analytics.com>",
        "Re: Tirol Analytics - nächster Schritt",
        "Hi Lena, danke für das gute Gespräch. Im nächsten Schritt schicken wir dir eine kleine Case Study, die du "
        "in einer Woche bearbeiten kannst.",
        "t2",
    ),
    (
        "Tirol Analytics",
        "withdrew",
        "2025-04-02",
        f"Lena Gruber <{LENA}>",
        "Re: Tirol Analytics - nächster Schritt",
        "Hallo Jonas, vielen Dank für die Chance. Ich habe mich inzwischen für ein anderes Angebot entschieden und "
        "ziehe meine Bewerbung daher zurück. Viele Grüße, Lena",
        "t2",
    ),
    (
        "Salzach Logistik",
        "applied",
        "2025-03-10",
        f"Lena Gruber <{LENA}>",
        "Bewerbung als Datenanalystin",
        "Sehr geehrte Damen und Herren, hiermit bewerbe ich mich um die ausgeschriebene Stelle als Datenanalystin. "
        "Meine Bewerbungsunterlagen finden Sie im Anhang. Mit freundlichen Grüßen, Lena Gruber",
        "s1",
    ),
    (
        "Salzach Logistik",
        "follow_up",
        "2025-03-31",
        f"Lena Gruber <{LENA}>",
        "Re: Bewerbung als Datenanalystin",
        "Sehr geehrte Damen und Herren, ich wollte mich freundlich nach dem Stand meiner Bewerbung erkundigen. Mit "
        "freundlichen Grüßen, Lena Gruber",
        "s1",
    ),
    (
        "Salzach Logistik",
        "rejected",
        "2025-04-03",
        "Salzach Logistik Personalabteilung <personal@salzach-logistik.at>",
        "AW: Bewerbung als Datenanalystin",
        "Sehr geehrte Frau Gruber, vielen Dank für Ihre Nachfrage. Die Stelle wurde zwischenzeitlich intern besetzt. "
        "Wir bedauern, Ihnen keine positivere Nachricht geben zu können.",
        "s1",
    ),
]

_NEGATIVES = [
    (
        "karriere.at <jobalarm@karriere.at>",
        "Neue Jobs für dich: Data Analyst",
        "job alert",
        "Dein Jobalarm hat 9 neue Jobs gefunden, die zu deiner Suche passen.",
    ),
    (
        "StepStone <jobagent@stepstone.at>",
        "Ihr Job-Agent: 5 neue Stellen",
        "job alert",
        "5 neue Stellenangebote passen zu Ihrem Suchprofil Data Analyst in Wien.",
    ),
    (
        "XING <mail@xing.com>",
        "Ein Recruiter hat Ihr Profil besucht",
        "application viewed",
        "Ein Recruiter von Zürich Data AG hat Ihr XING-Profil besucht.",
    ),
    (
        "Thomas Winkler <t.winkler@hays.at>",
        "Spannende Position als Data Engineer",
        "cold outreach",
        "Hallo Frau Gruber, ich bin auf Ihr Profil aufmerksam geworden und hätte eine spannende Position bei einem "
        "Kunden in Wien. Hätten Sie Interesse an einem kurzen Telefonat?",
    ),
    (
        "Bank Austria <service@bankaustria.at>",
        "Ihr Kreditantrag",
        "not a job application",
        "Vielen Dank für Ihren Kreditantrag. Wir prüfen Ihre Unterlagen und melden uns in Kürze.",
    ),
    (
        "willhaben <noreply@willhaben.at>",
        "Ihre Anfrage zur Wohnung im 7. Bezirk",
        "not a job application",
        "Ihre Anfrage zur Mietwohnung wurde an den Vermieter gesendet.",
    ),
    (
        "Der Standard <newsletter@derstandard.at>",
        "Karriere: So gelingt das Vorstellungsgespräch",
        "newsletter",
        "Zehn Tipps für Ihr nächstes Vorstellungsgespräch. Newsletter abbestellen.",
    ),
    (
        "MediaMarkt <news@mediamarkt.at>",
        "Exklusives Angebot für Sie",
        "shop",
        "Nur dieses Wochenende: 20% Rabatt. Leider nur solange der Vorrat reicht. Abmelden.",
    ),
    (
        "Mama <brigitte.gruber@gmx.at>",
        "Sonntag",
        "not about an application",
        "Hallo Schatz, kommst du am Sonntag zum Essen? Viel Glück bei deinen Vorstellungsgesprächen! Bussi",
    ),
    (
        "ÖBB <noreply@oebb.at>",
        "Ihre Buchungsbestätigung",
        "not about an application",
        "Vielen Dank für Ihre Buchung. Ihr Ticket Wien - Salzburg ist im Anhang.",
    ),
    (
        "AMS <noreply@ams.at>",
        "Ihr Termin beim AMS",
        "not about an application",
        "Sie haben einen Termin bei Ihrer Beraterin am 14. März um 9 Uhr.",
    ),
    (
        "Tirol Analytics <news@tirol-analytics.com>",
        "Tirol Analytics Newsletter: Wir wachsen!",
        "newsletter",
        "Neuigkeiten aus dem Team, offene Stellen und unser nächstes Meetup. Abmelden.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LENA,
        own_to={
            "Tirol Analytics": "Jonas Berger <jonas@tirol-analytics.com>",
            "Salzach Logistik": "Salzach Logistik <personal@salzach-logistik.at>",
        },
        offset="+0100",
        clock="10:15:00",
        neg_start="2025-03-04",
        neg_step=3,
        neg_clock="07:50:00",
        tag="fuenfzehn",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
