"""A six-hundred-and-twenty-sixth mailbox, written as a held-out check after the six-hundred-and-twenty-fifth
(issue #24).

Leon Becker, a school leaver in Nuremberg looking for an apprenticeship, exports his Gmail (in German) with Takeout.
Franconian employers write to him about a training place in "Sie" and "du": Siemens' SuccessFactors "Vielen Dank für
deine Bewerbung um einen Ausbildungsplatz als Elektroniker für Automatisierungstechnik", DATEV's own "Eingangsbestätigung
deiner Bewerbung", the Sparkasse Nürnberg's "Ihre Bewerbung um einen Ausbildungsplatz", DATEV's "Einladung zum
Online-Test", Siemens' "Einladung zum Auswahltag in unserem Ausbildungszentrum", the Sparkasse's "leider können wir dir
keinen Ausbildungsplatz anbieten", DATEV's "Einladung zum Vorstellungsgespräch", Siemens' "Wir freuen uns, dir einen
Ausbildungsplatz anbieten zu können", his "Ich nehme den Ausbildungsplatz gerne an" to Siemens, his withdrawal to DATEV
("ziehe ich meine Bewerbung zurück") and his thanks after the Auswahltag. Negatives: the Arbeitsagentur's job alert,
Azubiyo's newsletter, a training agency's promotion, the Sparkasse's own account mail (a bank he applied to), the VAG
and his mother. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LEON = "leon.becker2008@gmail.com"
ME = f"Leon Becker <{LEON}>"
SIEMENS = "Siemens Ausbildung <noreply@siemens.successfactors.example>"
DATEV = "DATEV Ausbildung <ausbildung@datev.example>"
SPK = "Sparkasse Nürnberg <ausbildung@sparkasse-nuernberg.example>"
TINA = "Tina Wolf <tina.wolf@siemens.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Siemens",
        "applied",
        "2025-09-01",
        SIEMENS,
        "Vielen Dank für deine Bewerbung",
        "Hallo Leon,\n\nvielen Dank für deine Bewerbung um einen Ausbildungsplatz als Elektroniker für "
        "Automatisierungstechnik bei Siemens in Nürnberg. Wir melden uns bald.\n\nDein Siemens Ausbildungsteam",
        "t-sie",
    ),
    (
        "DATEV",
        "applied",
        "2025-09-02",
        DATEV,
        "Eingangsbestätigung deiner Bewerbung",
        "Hallo Leon,\n\nwir haben deine Bewerbung als Fachinformatiker für Anwendungsentwicklung erhalten. Danke!\n\n"
        "Dein DATEV Ausbildungsteam",
        "t-datev",
    ),
    (
        "Sparkasse Nürnberg",
        "applied",
        "2025-09-03",
        SPK,
        "Ihre Bewerbung um einen Ausbildungsplatz",
        "Hallo Herr Becker,\n\nvielen Dank für Ihre Bewerbung um einen Ausbildungsplatz als Bankkaufmann bei der "
        "Sparkasse Nürnberg.\n\nIhr Ausbildungsteam",
        "t-spk",
    ),
    (
        "DATEV",
        "interview",
        "2025-09-08",
        DATEV,
        "Einladung zum Online-Test",
        "Hallo Leon,\n\nals nächsten Schritt laden wir dich zu unserem Online-Test ein. Bitte bearbeite ihn bis zum "
        "15. September.\n\nDein DATEV Ausbildungsteam",
        "t-datev",
    ),
    (
        "Siemens",
        "onsite",
        "2025-09-10",
        TINA,
        "Einladung zum Auswahltag",
        "Hallo Leon,\n\nwir laden dich herzlich zu unserem Auswahltag am 19. September in unserem Ausbildungszentrum in "
        "Nürnberg ein: Gruppenübung, Werkstattaufgabe und Gespräch.\n\nTina Wolf\nAusbildungsleitung",
        "t-sie2",
    ),
    (
        "Sparkasse Nürnberg",
        "rejected",
        "2025-09-12",
        SPK,
        "Deine Bewerbung",
        "Hallo Herr Becker,\n\nleider können wir Ihnen in diesem Jahr keinen Ausbildungsplatz anbieten. Wir wünschen "
        "Ihnen viel Erfolg.\n\nIhr Ausbildungsteam",
        "t-spk",
    ),
    (
        "DATEV",
        "interview",
        "2025-09-17",
        DATEV,
        "Einladung zum Vorstellungsgespräch",
        "Hallo Leon,\n\nder Online-Test hat uns überzeugt. Wir laden dich zum Vorstellungsgespräch am 26. September um "
        "9 Uhr ein.\n\nDein DATEV Ausbildungsteam",
        "t-datev",
    ),
    (
        "Siemens",
        "thank_you",
        "2025-09-19",
        ME,
        "AW: Einladung zum Auswahltag",
        "Hallo Frau Wolf,\n\nvielen Dank für den spannenden Auswahltag heute!\n\nViele Grüße\nLeon Becker",
        "t-sie2",
    ),
    (
        "Siemens",
        "offer",
        "2025-09-24",
        TINA,
        "Deine Ausbildung bei Siemens",
        "Hallo Leon,\n\nwir freuen uns, dir einen Ausbildungsplatz als Elektroniker für Automatisierungstechnik "
        "anbieten zu können! Den Ausbildungsvertrag schicken wir dir per Post.\n\nTina Wolf",
        "t-sie3",
    ),
    (
        "Siemens",
        "accepted",
        "2025-09-25",
        ME,
        "AW: Deine Ausbildung bei Siemens",
        "Hallo Frau Wolf,\n\nvielen Dank! Ich nehme den Ausbildungsplatz gerne an.\n\nViele Grüße\nLeon Becker",
        "t-sie3",
    ),
    (
        "DATEV",
        "withdrew",
        "2025-09-25",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Hallo,\n\nda ich eine Zusage für einen anderen Ausbildungsplatz bekommen habe, ziehe ich meine Bewerbung zurück "
        "und sage das Gespräch am 26. September ab.\n\nViele Grüße\nLeon Becker",
        "t-datev",
    ),
]

_NEGATIVES = [
    (
        "Bundesagentur für Arbeit <jobboerse@arbeitsagentur.example>",
        "Neue Ausbildungsstellen für Sie",
        "alert",
        "Ausbildung Mechatroniker - Erlangen. Ausbildung IT - Fürth. Jetzt ansehen.",
    ),
    (
        "AZUBIYO <newsletter@azubiyo.example>",
        "Tipps für dein Vorstellungsgespräch",
        "newsletter",
        "So überzeugst du im Gespräch. Abmelden.",
    ),
    (
        "Bewerbungstraining Franken <info@bewerbungstraining.example>",
        "Fit für den Einstellungstest",
        "newsletter",
        "Unser Kurs bereitet dich vor. Abmelden.",
    ),
    (
        "Sparkasse Nürnberg <service@sparkasse-nuernberg.example>",
        "Ihr Kontoauszug",
        "other",
        "Ihr neuer Kontoauszug liegt im Postfach.",
    ),
    (
        "VAG Nürnberg <noreply@vag.example>",
        "Dein Schülerabo",
        "other",
        "Dein Abo wurde verlängert.",
    ),
    (
        "Mama <sabine.becker@t-online.example>",
        "Essen",
        "personal",
        "Kommst du zum Abendessen?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LEON,
        own_to={"Siemens": TINA, "DATEV": DATEV},
        offset="+0200",
        clock="15:30:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="19:10:00",
        tag="sixhundredtwentysix",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=LEON)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
