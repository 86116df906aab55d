"""A hundred-and-eightieth mailbox, written as a held-out check after the hundred-and-seventy-ninth (issue #24).

Sabine, a nurse in Berlin, keeps her GMX mail in Thunderbird (one mbox of inbox and sent mail), in German.  Hospitals
and care homes hire nurses with a "Hospitation" (a day on the ward, the last round), a "Vorstellungsgespräch" with
the nursing director, a "Zusage" and an "Arbeitsvertrag"; a hospital group answers through rexx systems, a clinic
through Softgarden, a care service through a nursing job platform, and a home care service by its owner's own mail.
Negatives: a health insurer, a nursing union's newsletter, a continuing-education provider, a pharmacy's offers, a
mobile phone bill, a recruitment agency's pitch, job alerts.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SABINE = "sabine.krueger@gmx.de"
ME = f"Sabine Krüger <{SABINE}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (  # 0
        "Spree Kliniken",
        "applied",
        "2025-02-03",
        "Spree Kliniken GmbH <bewerbung@spree-kliniken.rexx-recruitment.com>",
        "Eingangsbestätigung Ihrer Bewerbung - Pflegefachkraft Intensivstation (m/w/d)",
        "Sehr geehrte Frau Krüger,\n\nvielen Dank für Ihre Bewerbung als Pflegefachkraft Intensivstation (m/w/d) bei "
        "den Spree Kliniken. Wir haben Ihre Unterlagen erhalten und melden uns so schnell wie möglich bei "
        "Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Spree Kliniken",
        None,
    ),
    (  # 1
        "Klinik am Wannsee",
        "applied",
        "2025-02-04",
        "Klinik am Wannsee <noreply@softgarden.io>",
        "Ihre Bewerbung bei der Klinik am Wannsee",
        "Hallo Sabine Krüger,\n\nvielen Dank für Ihr Interesse an der Position Gesundheits- und Krankenpflegerin "
        "(m/w/d) Innere Medizin. Ihre Bewerbung ist bei uns eingegangen.\n\nViele Grüße\nKlinik am Wannsee",
        None,
    ),
    (  # 2
        "Pflegedienst Sonnenschein",
        "applied",
        "2025-02-05",
        ME,
        "Bewerbung als Pflegefachkraft",
        "Sehr geehrte Frau Yilmaz,\n\nhiermit bewerbe ich mich als Pflegefachkraft in Ihrem ambulanten Pflegedienst. "
        "Meine Unterlagen finden Sie im Anhang.\n\nMit freundlichen Grüßen\nSabine Krüger",
        None,
        "Pflegedienst Sonnenschein <pflegedienst.sonnenschein@web.de>",
    ),
    (  # 3
        "Seniorenresidenz Havelblick",
        "applied",
        "2025-02-06",
        "Medwing <noreply@medwing.com>",
        "Deine Bewerbung bei Seniorenresidenz Havelblick",
        "Hallo Sabine,\n\ndeine Bewerbung als Pflegefachkraft (m/w/d) bei Seniorenresidenz Havelblick wurde "
        "erfolgreich versendet. Wir drücken dir die Daumen!\n\nDein Medwing-Team",
        None,
    ),
    (  # 4
        "Pflegedienst Sonnenschein",
        "interview",
        "2025-02-07",
        "Pflegedienst Sonnenschein <pflegedienst.sonnenschein@web.de>",
        "AW: Bewerbung als Pflegefachkraft",
        "Liebe Frau Krüger,\n\ndanke für Ihre Bewerbung! Hätten Sie Zeit, am Dienstag um 14 Uhr zu einem Gespräch "
        "bei uns im Büro vorbeizukommen?\n\nHerzliche Grüße\nAylin Yilmaz\nInhaberin",
        2,
    ),
    (  # 5
        "Spree Kliniken",
        "interview",
        "2025-02-10",
        "Spree Kliniken GmbH <bewerbung@spree-kliniken.rexx-recruitment.com>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Krüger,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch mit unserer Pflegedirektorin, "
        "Frau Hartmann, am 14. Februar um 10:00 Uhr einzuladen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der "
        "Spree Kliniken",
        None,
    ),
    (  # 6
        "Klinik am Wannsee",
        "rejected",
        "2025-02-12",
        "Klinik am Wannsee <noreply@softgarden.io>",
        "Ihre Bewerbung bei der Klinik am Wannsee",
        "Hallo Sabine Krüger,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass wir die "
        "Stelle bereits besetzen konnten.\n\nViele Grüße\nKlinik am Wannsee",
        None,
    ),
    (  # 7
        "Spree Kliniken",
        "onsite",
        "2025-02-17",
        "Monika Hartmann <m.hartmann@spree-kliniken.de>",
        "Hospitation Intensivstation",
        "Liebe Frau Krüger,\n\nvielen Dank für das angenehme Gespräch. Wir möchten Sie gern zu einer Hospitation auf "
        "unserer Intensivstation einladen, am Donnerstag, 20. Februar, ab 7:00 Uhr (Frühdienst).\n\nMit "
        "freundlichen Grüßen\nMonika Hartmann\nPflegedirektorin",
        None,
    ),
    (  # 8
        "Seniorenresidenz Havelblick",
        "rejected",
        "2025-02-19",
        "Medwing <noreply@medwing.com>",
        "Neuigkeiten zu deiner Bewerbung",
        "Hallo Sabine,\n\nSeniorenresidenz Havelblick hat sich leider gegen deine Bewerbung entschieden. Lass dich "
        "nicht entmutigen - passende Jobs findest du in deinem Profil.\n\nDein Medwing-Team",
        None,
    ),
    (  # 9
        "Spree Kliniken",
        "offer",
        "2025-02-24",
        "Monika Hartmann <m.hartmann@spree-kliniken.de>",
        "Zusage - Pflegefachkraft Intensivstation",
        "Liebe Frau Krüger,\n\nnach Ihrer Hospitation freuen wir uns sehr, Ihnen eine Zusage geben zu können! Ihren "
        "Arbeitsvertrag schicken wir Ihnen in den nächsten Tagen zu.\n\nMit freundlichen Grüßen\nMonika Hartmann",
        None,
    ),
    (  # 10
        "Spree Kliniken",
        "accepted",
        "2025-02-25",
        ME,
        "AW: Zusage - Pflegefachkraft Intensivstation",
        "Liebe Frau Hartmann,\n\nvielen Dank, ich freue mich sehr und nehme das Angebot gern an!\n\nHerzliche Grüße\n"
        "Sabine Krüger",
        9,
        "Monika Hartmann <m.hartmann@spree-kliniken.de>",
    ),
    (  # 11
        "Pflegedienst Sonnenschein",
        "withdrew",
        "2025-02-25",
        ME,
        "AW: Bewerbung als Pflegefachkraft",
        "Liebe Frau Yilmaz,\n\nvielen Dank für das nette Gespräch. Ich habe inzwischen eine Stelle auf einer "
        "Intensivstation angenommen und ziehe meine Bewerbung daher zurück.\n\nHerzliche Grüße\nSabine Krüger",
        4,
        "Pflegedienst Sonnenschein <pflegedienst.sonnenschein@web.de>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "AOK Nordost <service@nordost.aok.de>",
        "Ihre neue Gesundheitskarte",
        "not about an application",
        "Ihre neue elektronische Gesundheitskarte ist unterwegs. Bitte vernichten Sie die alte Karte.",
    ),
    (
        "ver.di Gesundheit <newsletter@verdi.de>",
        "Tarifrunde Pflege: was jetzt wichtig ist",
        "newsletter",
        "Die Verhandlungen für die Pflege gehen weiter. Alle Infos zur Tarifrunde. Newsletter abbestellen",
    ),
    (
        "Pflegeakademie Berlin <info@pflegeakademie-berlin.de>",
        "Fortbildung Intensivpflege - jetzt anmelden",
        "newsletter",
        "Unsere Fachweiterbildung Intensiv- und Anästhesiepflege startet im April. Jetzt Platz sichern!",
    ),
    (
        "DocMorris <angebote@docmorris.de>",
        "Nur heute: 20 % auf Vitamine",
        "shop",
        "Sparen Sie heute 20 % auf alle Vitamine und Nahrungsergänzungsmittel. Abmelden",
    ),
    (
        "Vodafone <rechnung@vodafone.de>",
        "Ihre Rechnung für Februar",
        "not about an application",
        "Ihre Mobilfunkrechnung für Februar ist online verfügbar. Betrag: 29,99 EUR.",
    ),
    (
        "Jana Becker <j.becker@medicare-personal.de>",
        "Top-Gehalt in der Intensivpflege?",
        "outreach",
        "Hallo Frau Krüger, ich bin Personalberaterin und habe für Sie spannende Stellen auf Intensivstationen mit "
        "Top-Gehalt. Hätten Sie Lust auf ein kurzes Telefonat?",
    ),
    (
        "StepStone <jobagent@stepstone.de>",
        "12 neue Jobs für Sie: Pflegefachkraft",
        "alert",
        "Pflegefachkraft (m/w/d) - Berlin-Mitte. Gesundheits- und Krankenpfleger (m/w/d) - Spandau. Alle Jobs ansehen.",
    ),
    (
        "Medwing <jobs@medwing.com>",
        "Neue Jobs in deiner Nähe",
        "alert",
        "Pflegefachkraft - Charlottenburg. Praxisanleiter - Neukölln. Jetzt ansehen.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=SABINE,
        offset=lambda d: "+0100",
        clock="17:30:00",
        neg_start="2025-02-02",
        neg_step=3,
        neg_clock="09:00:00",
        tag="hundredeighty",
        host="gmx.net",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird keeps it (one mbox file) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
