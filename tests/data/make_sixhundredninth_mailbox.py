"""A six-hundred-and-ninth mailbox, written as a held-out check after the six-hundred-and-eighth (issue #24).

Sabine Krüger, an industrial clerk in Bielefeld, reads her mail in Thunderbird and exports the inbox as one mbox. Small
and middle-sized East Westphalian firms write in "Sie", from their own mailboxes and a shared one on T-Online: Dr.
Oetker's SuccessFactors "Vielen Dank für Ihre Bewerbung", Miele's own "Eingangsbestätigung", a family firm's owner
writing from "info@schaefer-metallbau.t-online" ("vielen Dank für Ihre Bewerbungsunterlagen, die wir mit Interesse
gelesen haben. Wir würden Sie gerne persönlich kennenlernen"), Miele's "Einladung zu einem Online-Assessment", Dr.
Oetker's "Leider können wir Ihnen keine Zusage geben", the owner's "Probearbeitstag am Montag", Miele's "Einladung zum
Vorstellungsgespräch bei uns in Gütersloh", the owner's "wir möchten Sie gerne einstellen", her "ich sage Ihnen gerne
zu" and her withdrawal from Miele ("ziehe ich meine Bewerbung hiermit zurück"). Negatives: Indeed's job alert, the
Neue Westfälische's newsletter, a temp agency's cold mail, Miele's own product mail (a company she applied to), the
Deutsche Bahn and her neighbour. Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SABINE = "sabine.krueger@gmx.example"
ME = f"Sabine Krüger <{SABINE}>"
OETKER = "Dr. Oetker Karriere <noreply@oetker.successfactors.example>"
MIELE = "Miele Recruiting <recruiting@miele.example>"
SCHAEFER = "Schäfer Metallbau GmbH <info@schaefer-metallbau.t-online.example>"
ANJA = "Anja Brinkmann <anja.brinkmann@miele.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Dr. Oetker",
        "applied",
        "2025-02-03",
        OETKER,
        "Vielen Dank für Ihre Bewerbung",
        "Sehr geehrte Frau Krüger,\n\nvielen Dank für Ihre Bewerbung als Industriekauffrau (m/w/d) bei Dr. Oetker. "
        "Wir prüfen Ihre Unterlagen.\n\nIhr Dr. Oetker Recruiting",
        None,
    ),
    (
        "Miele",
        "applied",
        "2025-02-04",
        MIELE,
        "Eingangsbestätigung",
        "Sehr geehrte Frau Krüger,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung als Sachbearbeiterin "
        "Einkauf. Wir melden uns in Kürze.\n\nIhr Miele Recruiting Team",
        None,
    ),
    (
        "Schäfer Metallbau",
        "interview",
        "2025-02-06",
        SCHAEFER,
        "Ihre Bewerbung",
        "Sehr geehrte Frau Krüger,\n\nvielen Dank für Ihre Bewerbungsunterlagen, die wir mit Interesse gelesen haben. "
        "Wir würden Sie gerne persönlich kennenlernen. Passt Ihnen Donnerstag, 13. Februar, um 15 Uhr?\n\nMit "
        "freundlichen Grüßen\nKlaus Schäfer\nSchäfer Metallbau GmbH",
        None,
    ),
    (
        "Miele",
        "interview",
        "2025-02-10",
        MIELE,
        "Einladung zu einem Online-Assessment",
        "Sehr geehrte Frau Krüger,\n\nwir laden Sie ein, ein Online-Assessment zu absolvieren. Bitte schließen Sie es "
        "innerhalb von fünf Tagen ab.\n\nIhr Miele Recruiting Team",
        1,
    ),
    (
        "Dr. Oetker",
        "rejected",
        "2025-02-11",
        OETKER,
        "Ihre Bewerbung bei Dr. Oetker",
        "Sehr geehrte Frau Krüger,\n\nnach eingehender Prüfung können wir Ihnen leider keine Zusage geben. Wir "
        "wünschen Ihnen viel Erfolg.\n\nIhr Dr. Oetker Recruiting",
        0,
    ),
    (
        "Schäfer Metallbau",
        "onsite",
        "2025-02-14",
        SCHAEFER,
        "AW: Ihre Bewerbung",
        "Sehr geehrte Frau Krüger,\n\nes war ein gutes Gespräch. Hätten Sie Zeit für einen Probearbeitstag am Montag, "
        "17. Februar, ab 8 Uhr?\n\nMit freundlichen Grüßen\nKlaus Schäfer",
        2,
    ),
    (
        "Miele",
        "interview",
        "2025-02-17",
        ANJA,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Krüger,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch bei uns in Gütersloh "
        "einzuladen: am 26. Februar um 10 Uhr.\n\nAnja Brinkmann\nPersonalreferentin",
        None,
    ),
    (
        "Schäfer Metallbau",
        "offer",
        "2025-02-19",
        SCHAEFER,
        "AW: Ihre Bewerbung",
        "Sehr geehrte Frau Krüger,\n\nvielen Dank für den Probearbeitstag. Wir möchten Sie gerne einstellen, zum 1. "
        "April, unbefristet. Den Vertrag schicken wir Ihnen zu.\n\nMit freundlichen Grüßen\nKlaus Schäfer",
        5,
    ),
    (
        "Schäfer Metallbau",
        "accepted",
        "2025-02-20",
        ME,
        "AW: Ihre Bewerbung",
        "Sehr geehrter Herr Schäfer,\n\nvielen Dank, ich sage Ihnen gerne zu und freue mich auf den 1. April.\n\nMit "
        "freundlichen Grüßen\nSabine Krüger",
        7,
        SCHAEFER,
    ),
    (
        "Miele",
        "withdrew",
        "2025-02-21",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Brinkmann,\n\nda ich mich für eine andere Stelle entschieden habe, ziehe ich meine "
        "Bewerbung hiermit zurück und sage den Termin am 26. Februar ab.\n\nMit freundlichen Grüßen\nSabine Krüger",
        6,
        ANJA,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Neue Jobs: Industriekauffrau Bielefeld",
        "alert",
        "Industriekauffrau - Gütersloh. Sachbearbeiterin - Herford. Alle Jobs ansehen.",
    ),
    (
        "Neue Westfälische <newsletter@nw.example>",
        "NW am Morgen",
        "newsletter",
        "Die Nachrichten aus OWL. Abmelden.",
    ),
    (
        "Jana Meier <j.meier@randstad.example>",
        "Stelle als Sachbearbeiterin",
        "outreach",
        "Guten Tag Frau Krüger, wir haben eine Stelle als Sachbearbeiterin in Bielefeld. Haben Sie Interesse?",
    ),
    (
        "Miele <newsletter@miele.example>",
        "Neu: der Miele Staubsauger Triflex",
        "newsletter",
        "Entdecken Sie unsere Neuheiten. Abmelden.",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.example>",
        "Ihre Buchung",
        "other",
        "Ihre Fahrkarte Bielefeld - Gütersloh.",
    ),
    (
        "Gerda Lohmann <gerda.lohmann@t-online.example>",
        "Paket",
        "personal",
        "Ich habe ein Paket für Sie angenommen.",
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
        clock="09:10:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="19:40:00",
        tag="sixhundrednine",
        host="gmx.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
