"""A six-hundred-and-thirteenth mailbox, written as a held-out check after the six-hundred-and-twelfth (issue #24).

Julia Schmitt, a controller in Cologne, saves her mail from Outlook as .eml files. Rhineland employers and a
personnel consultancy write in "Sie": REWE's own portal "Vielen Dank für Ihre Bewerbung", Ford's SuccessFactors
"Bestätigung Ihrer Bewerbung", a Robert Half consultant's "Ihre Unterlagen liegen nun unserem Kunden, der Lanxess AG,
vor (Projektnummer 4711)", REWE's "telefonisches Erstgespräch mit unserer Recruiterin", the consultant's "Der Kunde
möchte Sie zu einem Gespräch am Standort Leverkusen einladen", Ford's "Leider haben wir uns für andere Bewerber
entschieden", REWE's "Fachgespräch mit der Bereichsleitung", the consultant's "Absage des Kunden: man hat sich intern
entschieden", REWE's "Wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Stelle anbieten möchten", her
"Ich freue mich, Ihr Angebot anzunehmen" and her thanks after the Fachgespräch. Negatives: Stepstone's job agent, the
Kölner Stadt-Anzeiger's newsletter, a second consultant's cold mail, REWE's own weekly offers (a company she applied
to), the KVB and her friend. Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JULIA = "julia.schmitt.controlling@outlook.example"
ME = f"Julia Schmitt <{JULIA}>"
REWE = "REWE Group Karriere <karriere@rewe-group.example>"
FORD = "Ford Recruiting <noreply@ford.successfactors.example>"
RH = "Markus Weber <markus.weber@roberthalf.example>"
SANDRA = "Sandra Koch <sandra.koch@rewe-group.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "REWE Group",
        "applied",
        "2025-05-05",
        REWE,
        "Vielen Dank für Ihre Bewerbung",
        "Sehr geehrte Frau Schmitt,\n\nvielen Dank für Ihre Bewerbung als Controllerin (m/w/d) bei der REWE Group. Wir "
        "melden uns in Kürze bei Ihnen.\n\nIhr REWE Group Recruiting",
        None,
    ),
    (
        "Ford",
        "applied",
        "2025-05-06",
        FORD,
        "Bestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Schmitt,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position Financial "
        "Analyst bei den Ford-Werken.\n\nIhr Ford Recruiting Team",
        None,
    ),
    (
        "Lanxess",
        "applied",
        "2025-05-07",
        RH,
        "Projekt 4711 - Controller/in",
        "Sehr geehrte Frau Schmitt,\n\nwie besprochen liegen Ihre Unterlagen nun unserem Kunden, der Lanxess AG, vor "
        "(Projektnummer 4711). Ich melde mich, sobald ich Feedback habe.\n\nMit freundlichen Grüßen\nMarkus Weber\n"
        "Robert Half",
        None,
    ),
    (
        "REWE Group",
        "screen",
        "2025-05-12",
        SANDRA,
        "Ihre Bewerbung als Controllerin",
        "Sehr geehrte Frau Schmitt,\n\ngerne möchte ich mit Ihnen ein telefonisches Erstgespräch von ca. 30 Minuten "
        "führen. Passt Ihnen Mittwoch um 14 Uhr?\n\nSandra Koch\nRecruiterin",
        None,
    ),
    (
        "Lanxess",
        "interview",
        "2025-05-13",
        RH,
        "AW: Projekt 4711 - Controller/in",
        "Sehr geehrte Frau Schmitt,\n\nder Kunde möchte Sie zu einem Gespräch am Standort Leverkusen einladen, am "
        "Montag, 19. Mai, um 10 Uhr.\n\nMit freundlichen Grüßen\nMarkus Weber",
        None,
    ),
    (
        "Ford",
        "rejected",
        "2025-05-14",
        FORD,
        "Ihre Bewerbung bei Ford",
        "Sehr geehrte Frau Schmitt,\n\nleider haben wir uns für andere Bewerber entschieden. Wir wünschen Ihnen "
        "alles Gute.\n\nIhr Ford Recruiting Team",
        None,
    ),
    (
        "REWE Group",
        "interview",
        "2025-05-16",
        SANDRA,
        "AW: Ihre Bewerbung als Controllerin",
        "Sehr geehrte Frau Schmitt,\n\nvielen Dank für das nette Telefonat. Wir laden Sie herzlich zu einem "
        "Fachgespräch mit der Bereichsleitung Controlling ein, am 22. Mai um 11 Uhr per Teams.\n\nSandra Koch",
        None,
    ),
    (
        "Lanxess",
        "rejected",
        "2025-05-21",
        RH,
        "AW: Projekt 4711 - Controller/in",
        "Sehr geehrte Frau Schmitt,\n\nleider habe ich eine Absage des Kunden erhalten: man hat sich für eine interne "
        "Lösung entschieden.\n\nMit freundlichen Grüßen\nMarkus Weber",
        None,
    ),
    (
        "REWE Group",
        "thank_you",
        "2025-05-22",
        ME,
        "AW: Ihre Bewerbung als Controllerin",
        "Sehr geehrte Frau Koch,\n\nvielen Dank für das angenehme Fachgespräch heute.\n\nMit freundlichen Grüßen\n"
        "Julia Schmitt",
        SANDRA,
    ),
    (
        "REWE Group",
        "offer",
        "2025-05-28",
        SANDRA,
        "Ihr Angebot",
        "Sehr geehrte Frau Schmitt,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen die Stelle als "
        "Controllerin anbieten möchten. Den Vertrag erhalten Sie per Post.\n\nSandra Koch",
        None,
    ),
    (
        "REWE Group",
        "accepted",
        "2025-05-29",
        ME,
        "AW: Ihr Angebot",
        "Sehr geehrte Frau Koch,\n\nich freue mich, Ihr Angebot anzunehmen.\n\nMit freundlichen Grüßen\nJulia Schmitt",
        SANDRA,
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.example>",
        "Neue Jobs: Controller Köln",
        "alert",
        "Controller (m/w/d) - Köln. Financial Analyst - Leverkusen. Alle Jobs ansehen.",
    ),
    (
        "Kölner Stadt-Anzeiger <newsletter@ksta.example>",
        "Der Morgen in Köln",
        "newsletter",
        "Die Nachrichten des Tages. Abmelden.",
    ),
    (
        "Tobias Lang <tobias.lang@hays.example>",
        "Controlling-Position",
        "outreach",
        "Guten Tag Frau Schmitt, ich habe eine interessante Controlling-Position in Düsseldorf. Hätten Sie Zeit für "
        "ein kurzes Telefonat?",
    ),
    (
        "REWE <angebote@rewe.example>",
        "Ihre Angebote der Woche",
        "newsletter",
        "Die besten Angebote dieser Woche. Abmelden.",
    ),
    (
        "KVB <noreply@kvb.example>",
        "Ihr Abo-Ticket",
        "other",
        "Ihr Deutschlandticket wurde verlängert.",
    ),
    (
        "Lisa <lisa.m@web.example>",
        "Samstag",
        "personal",
        "Gehen wir Samstag auf den Markt?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="10:05:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="20:15:00",
        tag="sixhundredthirteen",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), JULIA)
