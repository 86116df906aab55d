"""A five-hundred-and-third mailbox, written as a held-out check after the five-hundred-and-second (issue #24).

Lukas Bauer, a mechanical engineer in Munich, keeps his search in a Gmail account set to German and exports it with
Takeout ("Gesendet", "Posteingang").  SuccessFactors' "Ihre Bewerbung ist bei uns eingegangen" with a Job-ID, "Einladung
zum Online-Assessment" (an assessment round), "Gerne möchten wir Sie zu einem Vorstellungsgespräch mit dem Fachbereich
... per Videocall einladen", "dass wir Ihnen die Stelle als Entwicklungsingenieur Mechanik anbieten möchten"; a
staffing consultant's "habe ich Ihr Profil heute bei der BMW Group für die Position Konstrukteur Fahrwerk
eingereicht", "BMW hat positiv reagiert und möchte Sie zu einem ersten Interview per Teams einladen", "leider hat sich
BMW nach dem Interview für einen internen Kandidaten entschieden"; a machine builder's "wir bestätigen den Eingang
Ihrer Bewerbung" and "leider müssen wir Ihnen heute eine Absage erteilen"; his thanks and his "das ich sehr gerne
annehme".  Negatives: a job letter, the VDI's news, a recruiter's cold InMail, the employer's own invitation to its
shareholders' meeting (a company he applied to), the MVG and his grandmother.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUKAS = "lukas.bauer.ing@gmail.com"
ME = f"Lukas Bauer <{LUKAS}>"
MAX = "Maximilian Huber <maximilian.huber@hays.example>"
SIEMENS = "Siemens Talent Acquisition <noreply@successfactors.example>"
JULIA = "Julia Schmid <julia.schmid@siemens.example>"
KM = "KraussMaffei Karriere <karriere@kraussmaffei.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Siemens",
        "applied",
        "2025-10-06",
        SIEMENS,
        "Ihre Bewerbung bei Siemens",
        "Sehr geehrter Herr Bauer,\n\nvielen Dank für Ihre Bewerbung als Entwicklungsingenieur Mechanik (m/w/d) (Job-ID "
        "451234). Ihre Bewerbung ist bei uns eingegangen und wird nun geprüft.\n\nMit freundlichen Grüßen\nIhr Siemens "
        "Talent Acquisition Team",
        "t-sie",
    ),
    (
        "BMW Group",
        "applied",
        "2025-10-07",
        MAX,
        "Ihr Profil - Konstrukteur Fahrwerk",
        "Hallo Herr Bauer,\n\nwie telefonisch besprochen habe ich Ihr Profil heute bei der BMW Group für die Position "
        "Konstrukteur Fahrwerk eingereicht. Ich melde mich, sobald es Feedback gibt.\n\nViele Grüße\nMaximilian "
        "Huber\nHays AG",
        "t-bmw",
    ),
    (
        "KraussMaffei",
        "applied",
        "2025-10-08",
        KM,
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Bauer,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Konstruktionsingenieur (m/w/d). "
        "Wir melden uns in Kürze bei Ihnen.\n\nIhr HR-Team der KraussMaffei",
        "t-km",
    ),
    (
        "Siemens",
        "interview",
        "2025-10-13",
        SIEMENS,
        "Einladung zum Online-Assessment",
        "Sehr geehrter Herr Bauer,\n\nals nächsten Schritt laden wir Sie zu unserem Online-Assessment ein. Bitte "
        "absolvieren Sie es innerhalb von 5 Tagen über den folgenden Link.\n\nIhr Siemens Talent Acquisition Team",
        "t-sie2",
    ),
    (
        "BMW Group",
        "interview",
        "2025-10-14",
        MAX,
        "AW: Ihr Profil - Konstrukteur Fahrwerk",
        "Hallo Herr Bauer,\n\nBMW hat positiv reagiert und möchte Sie zu einem ersten Interview per Teams einladen, am "
        "Freitag um 10 Uhr mit dem Teamleiter.\n\nViele Grüße\nMaximilian Huber",
        "t-bmw",
    ),
    (
        "KraussMaffei",
        "rejected",
        "2025-10-16",
        KM,
        "Ihre Bewerbung als Konstruktionsingenieur (m/w/d)",
        "Sehr geehrter Herr Bauer,\n\nleider müssen wir Ihnen heute eine Absage erteilen. Wir haben uns für einen "
        "anderen Kandidaten entschieden.\n\nMit freundlichen Grüßen\nIhr HR-Team der KraussMaffei",
        "t-km",
    ),
    (
        "Siemens",
        "interview",
        "2025-10-22",
        JULIA,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Bauer,\n\nvielen Dank für die Teilnahme am Online-Assessment. Gerne möchten wir Sie zu einem "
        "Vorstellungsgespräch mit dem Fachbereich am 29. Oktober per Videocall einladen.\n\nMit freundlichen Grüßen\n"
        "Julia Schmid\nTalent Acquisition",
        "t-sie3",
    ),
    (
        "BMW Group",
        "rejected",
        "2025-10-24",
        MAX,
        "AW: AW: Ihr Profil - Konstrukteur Fahrwerk",
        "Hallo Herr Bauer,\n\nleider hat sich BMW nach dem Interview für einen internen Kandidaten entschieden. Schade - "
        "ich melde mich, wenn ich etwas Passendes habe.\n\nViele Grüße\nMaximilian Huber",
        "t-bmw",
    ),
    (
        "Siemens",
        "thank_you",
        "2025-10-29",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Schmid,\n\nvielen Dank für das angenehme Gespräch heute. Ich freue mich, von Ihnen zu "
        "hören.\n\nMit freundlichen Grüßen\nLukas Bauer",
        "t-sie3",
    ),
    (
        "Siemens",
        "offer",
        "2025-11-05",
        JULIA,
        "Ihr Vertragsangebot",
        "Sehr geehrter Herr Bauer,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als "
        "Entwicklungsingenieur Mechanik anbieten möchten. Den Vertrag erhalten Sie in den nächsten Tagen per Post.\n\n"
        "Mit freundlichen Grüßen\nJulia Schmid",
        "t-sie4",
    ),
    (
        "Siemens",
        "accepted",
        "2025-11-06",
        ME,
        "AW: Ihr Vertragsangebot",
        "Sehr geehrte Frau Schmid,\n\nvielen Dank für das Angebot, das ich sehr gerne annehme.\n\nMit freundlichen "
        "Grüßen\nLukas Bauer",
        "t-sie4",
    ),
]

_NEGATIVES = [
    (
        "stellenanzeigen.de <jobletter@stellenanzeigen.example>",
        "Ihr Jobletter: 15 neue Stellen für Konstrukteur",
        "alert",
        "Konstrukteur (m/w/d) - München. Entwicklungsingenieur - Garching. Jetzt ansehen.",
    ),
    (
        "VDI nachrichten <newsletter@vdi-nachrichten.example>",
        "Die Woche in der Technik",
        "newsletter",
        "Unsere Themen. Abmelden.",
    ),
    (
        "Sabine Keller <s.keller@engineering-search.example>",
        "Projektleiter Maschinenbau - Interesse?",
        "outreach",
        "Hallo Herr Bauer, ich suche für einen Kunden im Allgäu einen Projektleiter Maschinenbau. Hätten Sie Interesse "
        "an einem Austausch?",
    ),
    (
        "Siemens Investor Relations <aktionaere@siemens.example>",
        "Einladung zur Hauptversammlung",
        "newsletter",
        "Sehr geehrte Aktionärin, sehr geehrter Aktionär, wir laden Sie herzlich zur ordentlichen Hauptversammlung am "
        "12. Februar ein. Abmelden.",
    ),
    (
        "MVG <noreply@mvg.example>",
        "Ihr Deutschlandticket",
        "other",
        "Ihr Ticket für November ist verfügbar.",
    ),
    (
        "Oma <hildegard.bauer@t-online.example>",
        "Sonntag",
        "personal",
        "Kommst du Sonntag zum Essen?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LUKAS,
        own_to={"Siemens": JULIA},
        offset="+0200",
        clock="09:40:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="20:25:00",
        tag="fivehundredthree",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=LUKAS)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
