"""A forty-first mailbox, written as a held-out check after the fortieth's fixes (issue #24).

Mia, a marketing manager in Hamburg, searches in German and exports Gmail with Takeout: startups that say "du"
(Personio, JOIN, softgarden, Recruitee, d.vinci), corporates that say "Sie" (SuccessFactors, StepStone), a trial day
("Probearbeitstag"), a second interview ("Zweitgespräch"), a contract offer, her own acceptance and withdrawal in
German.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MIA = "mia.krueger.hh@gmail.com"
_ME = f"Mia Krüger <{MIA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Elbwerk Studios (Personio; a first talk, a trial day, an offer she accepts)
    (
        "Elbwerk Studios",
        "applied",
        "2025-09-01",
        "Elbwerk Studios <noreply@personio.de>",
        "Danke für deine Bewerbung!",
        "Hi Mia,\n\nwir haben deine Bewerbung als Marketing Manager:in erhalten und freuen uns sehr über dein "
        "Interesse an Elbwerk! Wir melden uns in spätestens zwei Wochen bei dir.\n\nLiebe Grüße\nDein Elbwerk Team",
        "ew1",
    ),
    (
        "Elbwerk Studios",
        "interview",
        "2025-09-08",
        "Jana Peters <jana.peters@elbwerk-studios.de>",
        "Kennenlernen bei Elbwerk",
        "Hi Mia,\n\nwir möchten dich gerne kennenlernen! Hättest du Zeit für einen ersten Video-Call am Donnerstag "
        "um 11 Uhr mit mir und unserer Head of Brand?\n\nLiebe Grüße\nJana",
        "ew2",
    ),
    (
        "Elbwerk Studios",
        "onsite",
        "2025-09-17",
        "Jana Peters <jana.peters@elbwerk-studios.de>",
        "Probearbeitstag",
        "Hi Mia,\n\ndas Gespräch hat uns super gefallen. Als letzten Schritt laden wir dich zu einem Probearbeitstag "
        "in unser Büro in der Schanze ein, am Mittwoch, 24.09., ab 10 Uhr.\n\nLiebe Grüße\nJana",
        "ew3",
    ),
    (
        "Elbwerk Studios",
        "offer",
        "2025-09-29",
        "Jana Peters <jana.peters@elbwerk-studios.de>",
        "Dein Angebot von Elbwerk",
        "Hi Mia,\n\nwir würden uns riesig freuen, dich im Team zu haben! Anbei findest du unser Angebot: 68.000 € "
        "Jahresgehalt, Start am 1. November.\n\nLiebe Grüße\nJana",
        "ew4",
    ),
    (
        "Elbwerk Studios",
        "accepted",
        "2025-09-30",
        _ME,
        "Re: Dein Angebot von Elbwerk",
        "Hi Jana,\n\nich freue mich sehr, das Angebot anzunehmen! Den unterschriebenen Vertrag schicke ich dir "
        "morgen.\n\nLiebe Grüße\nMia",
        "ew4",
    ),
    # Hansekontor Versicherung (SuccessFactors, "Sie"; a first and a second interview, then a refusal)
    (
        "Hansekontor Versicherung",
        "applied",
        "2025-09-02",
        "Hansekontor Versicherung <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Krüger,\n\nvielen Dank für Ihre Bewerbung als Senior Marketing Manager (m/w/d). Hiermit "
        "bestätigen wir den Eingang Ihrer Unterlagen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        "hv1",
    ),
    (
        "Hansekontor Versicherung",
        "interview",
        "2025-09-10",
        "Thomas Albers <thomas.albers@hansekontor.de>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Krüger,\n\nwir freuen uns, Sie zu einem ersten Vorstellungsgespräch am 16. September um "
        "14:00 Uhr in unsere Zentrale am Ballindamm einzuladen.\n\nMit freundlichen Grüßen\nThomas Albers",
        "hv2",
    ),
    (
        "Hansekontor Versicherung",
        "interview",
        "2025-09-19",
        "Thomas Albers <thomas.albers@hansekontor.de>",
        "Einladung zum Zweitgespräch",
        "Sehr geehrte Frau Krüger,\n\ngerne möchten wir Sie zu einem Zweitgespräch mit unserem Bereichsleiter "
        "Marketing einladen. Passt Ihnen der 25. September um 10 Uhr?\n\nMit freundlichen Grüßen\nThomas Albers",
        "hv3",
    ),
    (
        "Hansekontor Versicherung",
        "rejected",
        "2025-10-02",
        "Thomas Albers <thomas.albers@hansekontor.de>",
        "Ihre Bewerbung",
        "Sehr geehrte Frau Krüger,\n\nnochmals vielen Dank für die angenehmen Gespräche. Nach reiflicher Überlegung "
        "haben wir uns für eine andere Bewerberin entschieden, die noch mehr Erfahrung im B2B-Bereich mitbringt.\n\n"
        "Mit freundlichen Grüßen\nThomas Albers",
        "hv4",
    ),
    # Kranich Logistik (StepStone, then d.vinci; a refusal without an interview)
    (
        "Kranich Logistik",
        "applied",
        "2025-09-03",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        "Hallo Mia Krüger,\n\nIhre Bewerbung als Marketing Manager (w/m/d) bei Kranich Logistik GmbH, Hamburg wurde "
        "erfolgreich versendet.\n\nIhr StepStone-Team",
        "kl1",
    ),
    (
        "Kranich Logistik",
        "rejected",
        "2025-09-18",
        "Kranich Logistik GmbH <bewerbung@dvinci-hr.com>",
        "Ihre Bewerbung als Marketing Manager",
        "Sehr geehrte Frau Krüger,\n\nwir bedanken uns für Ihr Interesse an Kranich Logistik. Leider können wir Ihre "
        "Bewerbung in diesem Fall nicht berücksichtigen.\n\nMit freundlichen Grüßen\nPersonalabteilung",
        "kl2",
    ),
    # Möwe Mobility (JOIN; her follow-up; she withdraws)
    (
        "Möwe Mobility",
        "applied",
        "2025-09-04",
        "Möwe Mobility via JOIN <notifications@join.com>",
        "Bewerbung erfolgreich versendet",
        "Hallo Mia,\n\ndeine Bewerbung als Growth Marketing Lead bei Möwe Mobility wurde erfolgreich versendet.\n\n"
        "Dein JOIN Team",
        "mm1",
    ),
    (
        "Möwe Mobility",
        "follow_up",
        "2025-09-22",
        _ME,
        "Meine Bewerbung als Growth Marketing Lead",
        "Hallo liebes Möwe-Team,\n\nich habe mich am 4. September als Growth Marketing Lead beworben und wollte mich "
        "kurz nach dem aktuellen Stand erkundigen.\n\nViele Grüße\nMia Krüger",
        "mm2",
    ),
    (
        "Möwe Mobility",
        "withdrew",
        "2025-10-01",
        _ME,
        "Re: Meine Bewerbung als Growth Marketing Lead",
        "Hallo liebes Möwe-Team,\n\nich habe mich inzwischen für eine andere Stelle entschieden und ziehe meine "
        "Bewerbung daher zurück. Vielen Dank und alles Gute!\n\nViele Grüße\nMia",
        "mm2",
    ),
    # Fleetwerk (softgarden; a phone call with the recruiter; silence)
    (
        "Fleetwerk",
        "applied",
        "2025-09-05",
        "Fleetwerk <noreply@softgarden.io>",
        "Vielen Dank für Ihre Bewerbung",
        "Hallo Mia,\n\nvielen Dank für Ihre Bewerbung als Content Marketing Manager bei Fleetwerk. Wir sichten Ihre "
        "Unterlagen und melden uns.\n\nIhr Fleetwerk Recruiting",
        "fw1",
    ),
    (
        "Fleetwerk",
        "screen",
        "2025-09-12",
        "Lisa Brandt <lisa.brandt@fleetwerk.de>",
        "Kurzes Telefonat?",
        "Hallo Mia,\n\nich bin Recruiterin bei Fleetwerk und würde gern in einem kurzen Telefonat (ca. 20 Minuten) "
        "mehr über dich erfahren. Passt dir Montag um 15 Uhr?\n\nViele Grüße\nLisa",
        "fw2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "StepStone <jobagent@stepstone.de>",
        "Ihr Job-Agent: 14 neue Jobs",
        "job alert",
        "Neue Stellenangebote für «Marketing Manager» in Hamburg. Jetzt ansehen. Job-Agent abbestellen",
    ),
    (
        "XING <jobs@xing.com>",
        "Jobs, die zu dir passen",
        "job alert",
        "Marketing Manager:in bei Elbwerk Studios und 8 weitere. Alle Jobs ansehen. Abmelden",
    ),
    (
        "Katrin Vogel <k.vogel@personalberatung-example.de>",
        "Spannende Position: Head of Marketing",
        "cold outreach",
        "Hallo Frau Krüger, ich bin auf Ihr Profil aufmerksam geworden und betreue aktuell eine spannende Position als "
        "Head of Marketing bei einem Mandanten in Hamburg. Hätten Sie Interesse an einem Austausch?",
    ),
    (
        "OMR <newsletter@omr.example>",
        "Die besten Marketing-Jobs der Woche",
        "newsletter",
        "Plus: So bereitest du dich auf dein Vorstellungsgespräch vor. Abmelden",
    ),
    (
        "Bürgerservice Hamburg <noreply@hamburg.de>",
        "Ihr Antrag ist eingegangen",
        "not a job application",
        "Ihr Antrag auf einen neuen Personalausweis ist eingegangen.",
    ),
    (
        "Deutsche Bahn <noreply@bahn.de>",
        "Ihre Fahrkarte",
        "not about an application",
        "Ihre Fahrkarte Hamburg Hbf - Berlin Hbf.",
    ),
    (
        "Oma <helga.krueger@t-online.de>",
        "Viel Glück!",
        "not about an application",
        "Liebe Mia, viel Glück morgen beim Vorstellungsgespräch! Deine Oma",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MIA,
        own_to={
            "Elbwerk Studios": "Jana Peters <jana.peters@elbwerk-studios.de>",
            "Möwe Mobility": "Möwe Mobility <jobs@moewe-mobility.de>",
        },
        offset="+0200",
        clock="09:55:00",
        neg_start="2025-09-02",
        neg_step=4,
        neg_clock="07:25:00",
        tag="fortyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
