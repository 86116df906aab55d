"""A hundred-and-fifty-second mailbox, written as a held-out check after the hundred-and-fifty-first (issue #24).

Timo, a backend developer in Leipzig, exports Gmail with Takeout in German ("Gesendet", "Posteingang").  He applies
through StepStone, softgarden, Personio and XING and by mail; employers write "Hallo Timo" or "Sehr geehrter Herr
Wagner", invite him to a "Kennenlerngespräch", a "Fachgespräch" with a coding task and a "Probearbeitstag", send a
"Vertragsangebot", and refuse ("Leider müssen wir dir mitteilen ...", "Wir haben uns für eine andere Person
entschieden").  His negatives: the Arbeitsagentur, the Deutsche Bahn, a StepStone job agent, an Amazon order, a
meetup, a headhunter.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TIMO = "timo.wagner.dev@gmail.com"
_ME = f"Timo Wagner <{TIMO}>"
_SARA = "Sara Köhler <sara.koehler@elbcode.de>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Elbcode",
        "applied",
        "2025-02-03",
        "Elbcode GmbH <noreply@softgarden.io>",
        "Deine Bewerbung bei Elbcode",
        "Hallo Timo,\n\nvielen Dank für deine Bewerbung als Backend Developer (m/w/d). Wir schauen uns deine Unterlagen "
        "in Ruhe an und melden uns innerhalb von zwei Wochen.\n\nDein Elbcode-Team",
        "ec1",
    ),
    (
        # (written as the screen; relabelled after the first read to the decision of the eighteenth and ninetieth
        # mailboxes: a "Kennenlerngespräch" is an interview round)
        "Elbcode",
        "interview",
        "2025-02-06",
        _SARA,
        "Kennenlernen - Backend Developer",
        "Hallo Timo,\n\ndanke für deine Bewerbung! Ich würde dich gern in einem 30-minütigen Kennenlerngespräch per "
        "Video kennenlernen. Passt dir Dienstag um 10 Uhr?\n\nViele Grüße\nSara Köhler\nPeople & Culture",
        "ec2",
    ),
    (
        "Elbcode",
        "interview",
        "2025-02-13",
        _SARA,
        "Re: Kennenlernen - Backend Developer",
        "Hallo Timo,\n\ndanke für das nette Gespräch! Als nächsten Schritt laden wir dich zu einem Fachgespräch mit "
        "zwei Entwicklern ein, inklusive einer kleinen Coding-Aufgabe. Wie sieht es nächste Woche aus?\n\nSara",
        "ec2",
    ),
    (
        "Elbcode",
        "onsite",
        "2025-02-24",
        _SARA,
        "Re: Kennenlernen - Backend Developer",
        "Hallo Timo,\n\ndas Team war begeistert. Zum Abschluss möchten wir dich zu einem Probearbeitstag in unser Büro "
        "nach Leipzig einladen, am 4. März.\n\nSara",
        "ec2",
    ),
    (
        "Elbcode",
        "offer",
        "2025-03-07",
        _SARA,
        "Dein Vertragsangebot",
        "Hallo Timo,\n\nwir freuen uns sehr, dir ein Angebot machen zu können! Anbei findest du unser Vertragsangebot: "
        "62.000 EUR brutto im Jahr, 30 Urlaubstage, remote-freundlich.\n\nSara",
        "ec3",
    ),
    (
        "Elbcode",
        "accepted",
        "2025-03-10",
        _ME,
        "Re: Dein Vertragsangebot",
        "Hallo Sara,\n\nvielen Dank! Ich nehme das Angebot sehr gern an und schicke dir den unterschriebenen Vertrag "
        "heute noch zurück.\n\nViele Grüße\nTimo",
        "ec3",
    ),
    (
        "Saxonia Versicherung",
        "applied",
        "2025-02-04",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde versendet",
        "Hallo Timo Wagner,\n\nIhre Bewerbung als Java-Entwickler (m/w/d) bei "
        "Saxonia Versicherung AG wurde erfolgreich versendet.",
        "sv1",
    ),
    (
        "Saxonia Versicherung",
        "rejected",
        "2025-02-25",
        "Saxonia Versicherung Recruiting <karriere@saxonia-vers.de>",
        "Ihre Bewerbung als Java-Entwickler",
        "Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihr Interesse an der "
        "Saxonia Versicherung. Nach sorgfältiger Prüfung haben wir uns für eine andere Person entschieden, deren Profil "
        "noch besser zu unseren Anforderungen passt.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        "sv2",
    ),
    (
        "Muldental Software",
        "applied",
        "2025-02-05",
        _ME,
        "Bewerbung als Backend-Entwickler",
        "Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich auf Ihre Stelle als Backend-Entwickler. Meinen "
        "Lebenslauf finden Sie im Anhang.\n\nMit freundlichen Grüßen\nTimo Wagner",
        "ms1",
    ),
    (
        "Muldental Software",
        "reply",
        "2025-02-19",
        "Muldental Software <jobs@muldental-software.de>",
        "AW: Bewerbung als Backend-Entwickler",
        "Hallo Herr Wagner,\n\nvielen Dank für Ihre Geduld. Wir sind noch im "
        "Auswahlprozess und melden uns spätestens Ende des Monats bei Ihnen.\n\nViele Grüße\nMuldental Software",
        "ms1",
    ),
    (
        "Muldental Software",
        "withdrew",
        "2025-03-11",
        _ME,
        "AW: Bewerbung als Backend-Entwickler",
        "Sehr geehrte Damen und Herren,\n\nhiermit ziehe ich meine Bewerbung zurück, da ich ein anderes Angebot "
        "angenommen habe.\n\nMit freundlichen Grüßen\nTimo Wagner",
        "ms1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Neue Nachricht im Postfach",
        "employment service",
        "Sie haben eine neue Nachricht in Ihrem Postfach bei der Bundesagentur für Arbeit.",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung",
        "shop",
        "Leipzig Hbf - Berlin Hbf, 14.02. Vielen Dank für Ihre Buchung.",
    ),
    (
        "StepStone Job-Agent <jobagent@stepstone.de>",
        "8 neue Jobs für Backend Developer",
        "alert",
        "Backend Developer - Elbcode - Leipzig. Java-Entwickler - Saxonia Versicherung - Leipzig. Alle Jobs ansehen.",
    ),
    (
        "Amazon.de <versandbestaetigung@amazon.de>",
        "Ihre Bestellung wurde versandt",
        "shop",
        "Ihre Bestellung 'Clean Architecture' wurde versandt.",
    ),
    (
        "Leipzig JUG <info@meetup.com>",
        "Neues Event: Spring Boot 3",
        "newsletter",
        "Am 20. Februar. Jetzt anmelden. Abmelden",
    ),
    (
        "Jan Schulz <jan.schulz@it-personal-leipzig.de>",
        "Spannende Position als Senior Backend Developer",
        "outreach",
        "Hallo Timo, ich habe dein Profil auf XING gesehen und hätte eine spannende Position bei einem Kunden in "
        "Dresden. Hättest du Lust auf ein kurzes Telefonat?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Gesendet"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TIMO,
        own_to={"Elbcode": _SARA, "Muldental Software": "Muldental Software <jobs@muldental-software.de>"},
        offset="+0100",
        clock="11:15:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="07:45:00",
        tag="hundredfiftytwo",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=TIMO)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Alle E-Mails einschließlich Spam und Papierkorb.mbox", msgs or messages())
