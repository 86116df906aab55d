"""A three-hundred-and-eightieth mailbox, written as a held-out check after the three-hundred-and-seventy-ninth
(issue #24).

Lukas, a controller in Vienna, keeps his search in Gmail with German labels ("Gesendet", "Posteingang") and exports
it with Takeout.  Austrian hiring as it arrives: karriere.at's "Deine Bewerbung wurde erfolgreich an Alpenmilch
Genossenschaft übermittelt", the company's "Wir bestätigen den Eingang Ihrer Bewerbung", "Gerne möchten wir Sie zu
einem ersten Kennenlernen via Teams einladen" (an interview, as the 294th reads it), "zu einem zweiten Gespräch mit der Geschäftsführung vor Ort" (the final
round), "freuen wir uns, Ihnen die Position anbieten zu können", his "Ich nehme das Angebot sehr gerne an"; a
Personalberaterin's "Wie besprochen habe ich Ihre Unterlagen heute an meinen Klienten weitergeleitet" (the client
unnamed), then "Mein Klient, die Donau Versicherung AG, möchte Sie gerne kennenlernen", then "hat sich leider für
einen anderen Kandidaten entschieden"; a bank's SuccessFactors receipt and its "leider müssen wir Ihnen mitteilen".
Negatives: a karriere.at job alert, a StepStone "Ihr Profil wurde angesehen", ÖBB, a Billa newsletter, the Finanzamt,
his sister.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUKAS = "lukas.huber.controlling@gmail.com"
ME = f"Lukas Huber <{LUKAS}>"
ALPEN = "Mag. Eva Steiner <eva.steiner@alpenmilch.at>"
BERATER = "Dr. Katharina Wolf <k.wolf@wolf-executive.at>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Alpenmilch Genossenschaft",
        "applied",
        "2025-09-01",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung wurde übermittelt",
        "Hallo Lukas,\n\ndeine Bewerbung als Controller (m/w/d) wurde erfolgreich an Alpenmilch Genossenschaft "
        "übermittelt. Wir drücken dir die Daumen!\n\nDein karriere.at Team",
        "t-karriere",
    ),
    (
        "Donau Versicherung",
        "applied",
        "2025-09-02",
        BERATER,
        "Senior Controller - Versicherung, Wien",
        "Sehr geehrter Herr Huber,\n\nvielen Dank für das angenehme Telefonat. Wie besprochen habe ich Ihre Unterlagen "
        "heute an meinen Klienten weitergeleitet, ein traditionsreiches Versicherungsunternehmen in Wien. Ich melde "
        "mich, sobald ich eine Rückmeldung habe.\n\nMit freundlichen Grüßen\nDr. Katharina Wolf\nWolf Executive "
        "Search GmbH",
        "t-wolf",
    ),
    (
        "Alpenmilch Genossenschaft",
        "applied",
        "2025-09-02",
        ALPEN,
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Huber,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Controller (m/w/d) und bedanken uns "
        "für Ihr Interesse an der Alpenmilch Genossenschaft. Wir melden uns in den nächsten zwei Wochen bei "
        "Ihnen.\n\nMit freundlichen Grüßen\nMag. Eva Steiner\nPersonalabteilung",
        "t-alpen",
    ),
    (
        "Raiffeisen Landesbank Tirol",
        "applied",
        "2025-09-03",
        "Raiffeisen Landesbank Tirol <noreply@successfactors.eu>",
        "Ihre Bewerbung: Konzerncontroller (w/m/d)",
        "Sehr geehrter Herr Huber,\n\nvielen Dank für Ihre Bewerbung als Konzerncontroller (w/m/d) bei der Raiffeisen "
        "Landesbank Tirol. Wir haben Ihre Unterlagen erhalten und prüfen diese sorgfältig.\n\nIhr Recruiting-Team",
        "t-rlb",
    ),
    (
        # (first written as the screen; the 294th's truth reads "ein erstes Kennenlernen via Teams (ca. 30 Minuten)"
        # as an interview, and this one follows it: changed before any rule changed for this mail)
        "Alpenmilch Genossenschaft",
        "interview",
        "2025-09-08",
        ALPEN,
        "AW: Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Huber,\n\ngerne möchten wir Sie zu einem ersten Kennenlernen via Teams einladen. Passt Ihnen "
        "Donnerstag, der 11. September, um 9:30 Uhr? Das Gespräch dauert etwa 30 Minuten.\n\nMit freundlichen "
        "Grüßen\nEva Steiner",
        "t-alpen",
    ),
    (
        "Donau Versicherung",
        "interview",
        "2025-09-09",
        BERATER,
        "AW: Senior Controller - Versicherung, Wien",
        "Sehr geehrter Herr Huber,\n\nerfreuliche Nachrichten: Mein Klient, die Donau Versicherung AG, möchte Sie gerne "
        "kennenlernen. Vorgeschlagen ist ein Gespräch mit dem Leiter Finanzen am 16. September um 14 Uhr am Schottenring."
        "\n\nBeste Grüße\nKatharina Wolf",
        "t-wolf",
    ),
    (
        "Raiffeisen Landesbank Tirol",
        "rejected",
        "2025-09-15",
        "Raiffeisen Landesbank Tirol <noreply@successfactors.eu>",
        "Ihre Bewerbung: Konzerncontroller (w/m/d)",
        "Sehr geehrter Herr Huber,\n\nnochmals vielen Dank für Ihr Interesse. Nach sorgfältiger Prüfung müssen wir Ihnen "
        "leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nWir wünschen Ihnen alles "
        "Gute.\nIhr Recruiting-Team",
        "t-rlb",
    ),
    (
        "Alpenmilch Genossenschaft",
        "onsite",
        "2025-09-16",
        ALPEN,
        "Einladung zum Zweitgespräch",
        "Sehr geehrter Herr Huber,\n\nvielen Dank für das nette Gespräch. Wir laden Sie herzlich zu einem zweiten "
        "Gespräch mit der Geschäftsführung vor Ort in unserer Zentrale in Wels ein, am Dienstag, 23. September, um 10 "
        "Uhr.\n\nMit freundlichen Grüßen\nEva Steiner",
        "t-alpen-2",
    ),
    (
        "Donau Versicherung",
        "rejected",
        "2025-09-22",
        BERATER,
        "AW: Senior Controller - Versicherung, Wien",
        "Sehr geehrter Herr Huber,\n\nleider muss ich Ihnen mitteilen, dass sich die Donau Versicherung für einen anderen "
        "Kandidaten entschieden hat, der bereits Erfahrung mit IFRS 17 mitbringt. Ich bedanke mich für Ihr Vertrauen "
        "und melde mich bei passenden Mandaten.\n\nBeste Grüße\nKatharina Wolf",
        "t-wolf",
    ),
    (
        "Alpenmilch Genossenschaft",
        "offer",
        "2025-09-26",
        ALPEN,
        "Ihr Vertragsangebot",
        "Sehr geehrter Herr Huber,\n\nnach den sehr positiven Gesprächen freuen wir uns, Ihnen die Position als "
        "Controller anbieten zu können. Anbei erhalten Sie unser Angebot mit einem Bruttojahresgehalt von 62.000 Euro "
        "(14 Gehälter).\n\nMit freundlichen Grüßen\nMag. Eva Steiner",
        "t-alpen-offer",
    ),
    (
        "Alpenmilch Genossenschaft",
        "accepted",
        "2025-09-29",
        ME,
        "AW: Ihr Vertragsangebot",
        "Sehr geehrte Frau Steiner,\n\nvielen Dank für das Angebot. Ich nehme das Angebot sehr gerne an und freue mich auf "
        "den Start bei der Alpenmilch.\n\nMit freundlichen Grüßen\nLukas Huber",
        "t-alpen-offer",
    ),
]

_NEGATIVES = [
    (
        "karriere.at Jobagent <jobagent@karriere.at>",
        "8 neue Jobs für Controller in Wien",
        "alert",
        "Controller (m/w/d) - Wien - ab 3.800 EUR. Senior Controller - Linz - ab 4.500 EUR. Alle Jobs ansehen.",
    ),
    (
        "StepStone <noreply@stepstone.at>",
        "Ihr Profil wurde angesehen",
        "not an application",
        "Ein Unternehmen hat sich Ihr Profil angesehen. Vervollständigen Sie Ihr Profil, um mehr Anfragen zu erhalten.",
    ),
    (
        "ÖBB <tickets@oebb.example>",
        "Ihr Ticket Wien - Wels",
        "other",
        "Ihr Ticket für den 23.09.: Wien Hbf 07:30 - Wels Hbf 09:00. Gute Reise!",
    ),
    (
        "BILLA <newsletter@billa.example>",
        "Diese Woche: -25% auf alles",
        "shop",
        "Jetzt im Markt und online: die Angebote der Woche.",
    ),
    (
        "FinanzOnline <noreply@finanzonline.example>",
        "Neue Nachricht in Ihrer DataBox",
        "other",
        "In Ihrer DataBox liegt ein neues Dokument (Einkommensteuerbescheid 2024).",
    ),
    (
        "Anna Huber <anna.huber@gmx.example>",
        "Sonntag",
        "personal",
        "Kommst du am Sonntag zum Mittagessen zu Mama?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    return localized_labels(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=LUKAS,
            own_to={"Alpenmilch Genossenschaft": ALPEN},
            offset="+0200",
            clock="09:20:00",
            neg_start="2025-08-31",
            neg_step=4,
            neg_clock="20:30:00",
            tag="threehundredeighty",
        ),
        sent="Gesendet",
        inbox="Posteingang",
        owner=LUKAS,
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
