"""A seventy-eighth mailbox, written as a held-out check after the seventy-seventh's fixes (issue #24).

Emma, 17, looks for an apprenticeship (Ausbildung) near Stuttgart and exports Gmail with Takeout (German labels).
Trainee hiring writes in its own words: an "Einstellungstest", a "Vorstellungsgespräch", a "Probearbeitstag" as
the last step, a "Zusage für den Ausbildungsplatz" and an "Ausbildungsvertrag"; refusals "leider können wir Ihnen
keinen Ausbildungsplatz anbieten" and "die Ausbildungsplätze sind bereits vergeben"; azubiyo and the Arbeitsagentur's
job board; her own application by mail, her thank-you note, her acceptance and a withdrawal.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EMMA = "emma.schaefer08@gmail.com"
_ME = f"Emma Schäfer <{EMMA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Neckartal Maschinenbau (own system; Einstellungstest; Vorstellungsgespräch; Probearbeitstag; Zusage)
    (
        "Neckartal Maschinenbau",
        "applied",
        "2025-09-08",
        "Neckartal Maschinenbau GmbH <ausbildung@neckartal-maschinenbau.de>",
        "Eingang Ihrer Bewerbung um einen Ausbildungsplatz",
        "Hallo Emma,\n\nvielen Dank für deine Bewerbung um einen Ausbildungsplatz als Industriemechanikerin (m/w/d) "
        "ab September 2026. Wir melden uns in den nächsten Wochen bei dir.\n\nDein Ausbildungsteam\nNeckartal "
        "Maschinenbau GmbH",
        "nm1",
    ),
    (
        "Neckartal Maschinenbau",
        "interview",
        "2025-09-22",
        "Neckartal Maschinenbau GmbH <ausbildung@neckartal-maschinenbau.de>",
        "Einladung zum Einstellungstest",
        "Hallo Emma,\n\nwir freuen uns, dich zu unserem Einstellungstest am Samstag, 4. Oktober, um 9 Uhr in unser "
        "Ausbildungszentrum einzuladen. Der Test dauert etwa zwei Stunden (Mathe, Technik, Logik).\n\nDein "
        "Ausbildungsteam",
        "nm2",
    ),
    (
        "Neckartal Maschinenbau",
        "interview",
        "2025-10-08",
        "Sabine Keller <s.keller@neckartal-maschinenbau.de>",
        "Einladung zum Vorstellungsgespräch",
        "Hallo Emma,\n\ndu hast den Einstellungstest sehr gut bestanden! Wir möchten dich gerne persönlich "
        "kennenlernen und laden dich zu einem Vorstellungsgespräch am 15. Oktober um 14 Uhr ein. Bring gerne deine "
        "Eltern mit.\n\nViele Grüße\nSabine Keller\nAusbildungsleiterin",
        "nm3",
    ),
    (
        "Neckartal Maschinenbau",
        "onsite",
        "2025-10-17",
        "Sabine Keller <s.keller@neckartal-maschinenbau.de>",
        "Re: Einladung zum Vorstellungsgespräch",
        "Hallo Emma,\n\ndanke für das nette Gespräch! Als letzten Schritt laden wir dich zu einem Probearbeitstag in "
        "unserer Lehrwerkstatt am 24. Oktober ein (7:30 bis 14 Uhr, Arbeitskleidung stellen wir).\n\nViele Grüße\n"
        "Sabine Keller",
        "nm3",
    ),
    (
        "Neckartal Maschinenbau",
        "thank_you",
        "2025-10-24",
        _ME,
        "Re: Einladung zum Vorstellungsgespräch",
        "Hallo Frau Keller,\n\nvielen Dank für den spannenden Probearbeitstag heute! Es hat mir sehr gut gefallen.\n\n"
        "Viele Grüße\nEmma Schäfer",
        "nm3",
    ),
    (
        "Neckartal Maschinenbau",
        "offer",
        "2025-10-31",
        "Sabine Keller <s.keller@neckartal-maschinenbau.de>",
        "Zusage für deinen Ausbildungsplatz",
        "Hallo Emma,\n\nwir freuen uns sehr, dir einen Ausbildungsplatz als Industriemechanikerin ab 1. September "
        "2026 anbieten zu können! Den Ausbildungsvertrag schicken wir dir in den nächsten Tagen per Post.\n\nViele "
        "Grüße\nSabine Keller",
        "nm4",
    ),
    (
        "Neckartal Maschinenbau",
        "accepted",
        "2025-11-03",
        _ME,
        "Re: Zusage für deinen Ausbildungsplatz",
        "Hallo Frau Keller,\n\nvielen Dank! Ich nehme den Ausbildungsplatz sehr gerne an und freue mich auf September."
        "\n\nViele Grüße\nEmma Schäfer",
        "nm4",
    ),
    # Filder Elektrotechnik (her own application by mail; a refusal)
    (
        "Filder Elektrotechnik",
        "applied",
        "2025-09-09",
        _ME,
        "Bewerbung um einen Ausbildungsplatz als Elektronikerin",
        "Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich um einen Ausbildungsplatz als Elektronikerin für "
        "Betriebstechnik ab September 2026. Meine Bewerbungsunterlagen finden Sie im Anhang.\n\nMit freundlichen "
        "Grüßen\nEmma Schäfer",
        "fe1",
    ),
    (
        "Filder Elektrotechnik",
        "rejected",
        "2025-10-01",
        "Filder Elektrotechnik GmbH <personal@filder-elektrotechnik.de>",
        "AW: Bewerbung um einen Ausbildungsplatz als Elektronikerin",
        "Hallo Emma,\n\nvielen Dank für deine Bewerbung. Leider können wir dir in diesem Jahr keinen Ausbildungsplatz "
        "anbieten. Wir wünschen dir für deine Zukunft alles Gute.\n\nDeine Personalabteilung",
        "fe1",
    ),
    # Remstal Bank (azubiyo; an online test; she withdraws)
    (
        "Remstal Bank",
        "applied",
        "2025-09-10",
        "AZUBIYO <noreply@azubiyo.de>",
        "Deine Bewerbung wurde verschickt",
        "Hallo Emma,\n\ndeine Bewerbung für Ausbildung Bankkauffrau (m/w/d) 2026 bei der Remstal Bank eG wurde "
        "erfolgreich verschickt. Viel Erfolg!\n\nDein AZUBIYO-Team",
        "rb1",
    ),
    (
        "Remstal Bank",
        "interview",
        "2025-09-19",
        "Remstal Bank eG <ausbildung@remstalbank.de>",
        "Online-Test für deine Bewerbung",
        "Hallo Emma,\n\ndeine Unterlagen haben uns gefallen. Bitte absolviere bis zum 30. September unseren Online-Test "
        "(ca. 60 Minuten) über den Link unten.\n\nDein Ausbildungsteam der Remstal Bank",
        "rb2",
    ),
    (
        "Remstal Bank",
        "withdrew",
        "2025-11-03",
        _ME,
        "Rücknahme meiner Bewerbung",
        "Sehr geehrte Damen und Herren,\n\nich habe inzwischen eine Zusage für einen anderen Ausbildungsplatz erhalten "
        "und ziehe meine Bewerbung hiermit zurück.\n\nMit freundlichen Grüßen\nEmma Schäfer",
        "rb3",
    ),
    # Esslinger Stadtwerke (Arbeitsagentur's board; places already taken)
    (
        "Esslinger Stadtwerke",
        "applied",
        "2025-09-12",
        "Esslinger Stadtwerke <bewerbung@esslinger-stadtwerke.de>",
        "Ihre Bewerbung bei den Esslinger Stadtwerken",
        "Hallo Emma,\n\nwir haben deine Bewerbung für die Ausbildung zur Fachinformatikerin erhalten und melden uns "
        "bald.\n\nEsslinger Stadtwerke - Personal",
        "es1",
    ),
    (
        "Esslinger Stadtwerke",
        "rejected",
        "2025-10-20",
        "Esslinger Stadtwerke <bewerbung@esslinger-stadtwerke.de>",
        "Deine Bewerbung",
        "Hallo Emma,\n\nleider sind unsere Ausbildungsplätze für 2026 bereits vergeben. Wir wünschen dir viel Erfolg "
        "bei deiner weiteren Suche.\n\nEsslinger Stadtwerke - Personal",
        "es2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "AZUBIYO <news@azubiyo.de>",
        "Neue Ausbildungsplätze in deiner Nähe",
        "alert",
        "Industriemechaniker/in - Neckartal Maschinenbau\nBankkaufmann/-frau - Remstal Bank\nJetzt bewerben",
    ),
    (
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        "Ihr Suchauftrag: 8 neue Angebote",
        "alert",
        "Zu Ihrem Suchauftrag 'Ausbildung Stuttgart' gibt es 8 neue Stellenangebote.",
    ),
    (
        "Neckartal Maschinenbau GmbH <ausbildung@neckartal-maschinenbau.de>",
        "Infotag für neue Azubis",
        "onboarding",
        "Hallo Emma,\n\nwir laden alle neuen Auszubildenden zu unserem Infotag im Juli ein. Bitte bring deinen "
        "Personalausweis und deine Steuer-ID mit.\n\nDein Ausbildungsteam",
    ),
    (
        "Schülerzeitung <redaktion@gymnasium-esslingen.de>",
        "Neue Ausgabe ist da",
        "newsletter",
        "Die neue Ausgabe der Schülerzeitung ist online. Abmelden",
    ),
    (
        "Mia <mia.weber09@gmail.com>",
        "morgen",
        "personal",
        "Hey, wie war das Vorstellungsgespräch?? Erzähl morgen in der Schule!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (her own under "Gesendet"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=EMMA,
        own_to={
            "Neckartal Maschinenbau": "Sabine Keller <s.keller@neckartal-maschinenbau.de>",
            "Filder Elektrotechnik": "Filder Elektrotechnik GmbH <personal@filder-elektrotechnik.de>",
            "Remstal Bank": "Remstal Bank eG <ausbildung@remstalbank.de>",
        },
        offset="+0200",
        clock="16:05:00",
        neg_start="2025-09-11",
        neg_step=9,
        neg_clock="07:15:00",
        tag="seventyeight",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=EMMA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
