"""A three-hundred-and-twentieth mailbox, written as a held-out check after the three-hundred-and-nineteenth (issue
#24).

Katharina, a controller in Vienna, exports Gmail with Takeout from an account set to German (its labels
"Posteingang" and "Gesendet").  Austrian hiring as it writes: karriere.at's "Deine Bewerbung wurde erfolgreich
übermittelt", a bank's prescreen receipt "Bewerbungsbestätigung", a personnel consultant's "Ich habe Ihre Unterlagen
an unseren Klienten, ein internationales Industrieunternehmen, weitergeleitet" and later "Unser Klient ist die
Donauwerk AG", an "Einladung zum Hearing" (an interview), an "Assessment Center" (the final round), "leider müssen wir
Ihnen mitteilen", a "Zusage" with a "Dienstvertrag", and her own "Ich nehme Ihr Angebot sehr gerne an".  Negatives:
AMS's notice, karriere.at's Jobalarm, a ÖBB ticket, a Billa promotion, a Wiener Linien notice, her brother.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KATHI = "katharina.huber.controlling@gmail.com"
ME = f"Katharina Huber <{KATHI}>"

_OWN_TO = {
    "Donauwerk": "Mag. Stefan Gruber <s.gruber@alpenpersonal.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Kahlenberg Versicherung",
        "applied",
        "2025-01-13",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung wurde erfolgreich übermittelt",
        "Hallo Katharina,\n\ndeine Bewerbung als Controllerin (m/w/d) bei Kahlenberg Versicherung AG wurde erfolgreich "
        "übermittelt.\n\nViel Erfolg!\nDein karriere.at Team",
        "k1",
    ),
    (
        "Ringstraßen Bank",
        "applied",
        "2025-01-14",
        "Ringstraßen Bank Karriere <noreply@prescreen.io>",
        "Bewerbungsbestätigung",
        "Sehr geehrte Frau Huber,\n\nvielen Dank für Ihre Bewerbung als Senior Controller/in bei der Ringstraßen Bank. "
        "Wir werden Ihre Unterlagen sorgfältig prüfen und uns in Kürze bei Ihnen melden.\n\nMit freundlichen Grüßen\n"
        "Ihr Recruiting Team",
        "r1",
    ),
    (
        "Donauwerk",
        "applied",
        "2025-01-15",
        "Mag. Stefan Gruber <s.gruber@alpenpersonal.example>",
        "Ihre Bewerbung - Head of Controlling",
        "Sehr geehrte Frau Huber,\n\nvielen Dank für das angenehme Telefonat. Wie besprochen habe ich Ihre Unterlagen "
        "an unseren Klienten, ein internationales Industrieunternehmen in Wien, weitergeleitet.\n\nMit freundlichen "
        "Grüßen\nMag. Stefan Gruber\nAlpen Personalberatung GmbH",
        "d1",
    ),
    (
        "Kahlenberg Versicherung",
        "interview",
        "2025-01-21",
        "Mag. Julia Steiner <julia.steiner@kahlenberg-versicherung.example>",
        "Einladung zum Hearing",
        "Sehr geehrte Frau Huber,\n\nwir freuen uns, Sie zu einem Hearing am Montag, 27. Jänner, um 10:00 Uhr in unsere "
        "Zentrale am Schottenring einzuladen.\n\nMit freundlichen Grüßen\nMag. Julia Steiner\nPersonalentwicklung",
        "k2",
    ),
    (
        "Donauwerk",
        "interview",
        "2025-01-22",
        "Mag. Stefan Gruber <s.gruber@alpenpersonal.example>",
        "AW: Ihre Bewerbung - Head of Controlling",
        "Sehr geehrte Frau Huber,\n\nich darf Ihnen mitteilen: Unser Klient ist die Donauwerk AG, und der CFO möchte Sie "
        "gerne zu einem ersten Gespräch am Donnerstag um 14 Uhr kennenlernen.\n\nMit freundlichen Grüßen\nStefan "
        "Gruber",
        "d1",
    ),
    (
        "Ringstraßen Bank",
        "rejected",
        "2025-01-24",
        "Ringstraßen Bank Karriere <noreply@prescreen.io>",
        "Ihre Bewerbung bei der Ringstraßen Bank",
        "Sehr geehrte Frau Huber,\n\nvielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir Ihre "
        "Bewerbung nicht weiter berücksichtigen können.\n\nMit freundlichen Grüßen\nIhr Recruiting Team",
        "r1",
    ),
    (
        "Donauwerk",
        "onsite",
        "2025-01-30",
        "Mag. Stefan Gruber <s.gruber@alpenpersonal.example>",
        "Donauwerk - Assessment Center",
        "Sehr geehrte Frau Huber,\n\ndas Gespräch mit dem CFO ist sehr gut gelaufen. Als letzter Schritt folgt ein "
        "halbtägiges Assessment Center am 6. Februar bei Donauwerk in Floridsdorf.\n\nMit freundlichen Grüßen\nStefan "
        "Gruber",
        "d2",
    ),
    (
        "Kahlenberg Versicherung",
        "rejected",
        "2025-02-04",
        "Mag. Julia Steiner <julia.steiner@kahlenberg-versicherung.example>",
        "Ihre Bewerbung als Controllerin",
        "Sehr geehrte Frau Huber,\n\nherzlichen Dank für das Hearing. Leider haben wir uns für eine andere Kandidatin "
        "entschieden.\n\nMit freundlichen Grüßen\nJulia Steiner",
        "k2",
    ),
    (
        "Donauwerk",
        "offer",
        "2025-02-11",
        "Mag. Stefan Gruber <s.gruber@alpenpersonal.example>",
        "Zusage Donauwerk",
        "Sehr geehrte Frau Huber,\n\nich freue mich sehr, Ihnen mitteilen zu dürfen, dass Donauwerk Ihnen die Position "
        "als Head of Controlling anbieten möchte. Den Dienstvertrag erhalten Sie diese Woche direkt vom Unternehmen.\n\n"
        "Mit freundlichen Grüßen\nStefan Gruber",
        "d3",
    ),
    (
        "Donauwerk",
        "accepted",
        "2025-02-12",
        ME,
        "AW: Zusage Donauwerk",
        "Sehr geehrter Herr Gruber,\n\nvielen Dank! Ich nehme das Angebot sehr gerne an und freue mich auf den Start im "
        "April.\n\nMit freundlichen Grüßen\nKatharina Huber",
        "d3",
    ),
]

_NEGATIVES = [
    (
        "AMS <noreply@ams.example>",
        "Ihr Termin beim AMS",
        "other",
        "Ihr nächster Beratungstermin beim AMS Wien ist am 20. Jänner um 9:30 Uhr.",
    ),
    (
        "karriere.at Jobalarm <jobalarm@karriere.at>",
        "12 neue Jobs für Controller in Wien",
        "alert",
        "Controller (m/w/d) - Wien. Senior Controller - Wiener Neustadt. Jetzt bewerben.",
    ),
    (
        "ÖBB <tickets@oebb.example>",
        "Ihr Ticket nach Salzburg",
        "other",
        "Ihr Ticket Wien - Salzburg am 8. Februar ist in der App verfügbar.",
    ),
    (
        "BILLA <angebote@billa.example>",
        "Diese Woche: 25 % auf alles",
        "shop",
        "Diese Woche 25 % Rabatt auf einen Einkauf mit dem Jö-Bon.",
    ),
    (
        "Wiener Linien <info@wienerlinien.example>",
        "Baustelle U4",
        "other",
        "Wegen Bauarbeiten fährt die U4 am Wochenende nur zwischen Hütteldorf und Schwedenplatz.",
    ),
    (
        "Lukas Huber <lukas.huber@gmx.example>",
        "Sonntag",
        "personal",
        "Kommst du Sonntag zum Mittagessen zu Mama?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, labelled as a German account writes them."""
    from mail_score import localized_labels, takeout_corpus

    return localized_labels(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=KATHI,
            own_to=_OWN_TO,
            offset="+0100",
            clock="10:20:00",
            neg_start="2025-01-12",
            neg_step=5,
            neg_clock="19:35:00",
            tag="threehundredtwenty",
        ),
        sent="Gesendet",
        inbox="Posteingang",
        owner=KATHI,
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Alle Nachrichten einschließlich Spam und Papierkorb.mbox", msgs or messages())
