"""A six-hundred-and-thirty-second mailbox, written as a held-out check after the six-hundred-and-thirty-first
(issue #24).

Nicolas Weber, a clinical data manager in Basel, reads his mail in Thunderbird and exports the inbox as one mbox. Basel
pharma writes to him in English and a Swiss recruiter in Swiss German: Roche's Workday "Thank you for applying to
Roche", Novartis' "Thank you for your application", a Michael Page consultant's "Gerne bestätige ich Ihnen, dass ich
Ihr Dossier unserem Kunden, der Lonza AG in Visp, weitergeleitet habe", Roche's "We would like to invite you to a first
interview via MS Teams", the consultant's "Lonza möchte Sie gerne zu einem ersten Gespräch einladen", Novartis' "we
have decided to pursue other candidates", Roche's "on-site interview day at our Basel campus (Bau 1)", the consultant's
"Lonza hat sich für einen internen Kandidaten entschieden", Roche's "we are delighted to offer you the position", his
"I am happy to accept the offer" and his thanks after the interview day. Negatives: jobs.ch's alert, the Basler
Zeitung's newsletter, a second consultant's cold mail, Novartis' own investor mail (a company he applied to), the SBB
and his sister. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NICO = "nicolas.weber@bluewin.example"
ME = f"Nicolas Weber <{NICO}>"
ROCHE = "Roche Careers <roche@myworkday.example>"
NOVARTIS = "Novartis Talent Acquisition <talent@novartis.example>"
MP = "Andrea Meier <andreameier@michaelpage.example>"
RREC = "Sarah Keller <sarah.keller@roche.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Roche",
        "applied",
        "2025-05-05",
        ROCHE,
        "Thank you for applying to Roche",
        "Dear Nicolas,\n\nThank you for applying to Roche for the position of Clinical Data Manager (202505-112233). We "
        "will review your application.\n\nRoche Talent Acquisition",
        None,
    ),
    (
        "Novartis",
        "applied",
        "2025-05-06",
        NOVARTIS,
        "Thank you for your application",
        "Dear Nicolas,\n\nThank you for your application for Senior Data Manager at Novartis. We'll be in touch.\n\n"
        "Novartis Talent Acquisition",
        None,
    ),
    (
        "Lonza",
        "applied",
        "2025-05-07",
        MP,
        "Clinical Data Manager - Visp",
        "Grüezi Herr Weber\n\nGerne bestätige ich Ihnen, dass ich Ihr Dossier unserem Kunden, der Lonza AG in Visp, "
        "weitergeleitet habe. Ich melde mich, sobald ich eine Rückmeldung habe.\n\nFreundliche Grüsse\nAndrea Meier\n"
        "Michael Page Schweiz",
        None,
    ),
    (
        "Roche",
        "interview",
        "2025-05-12",
        RREC,
        "First interview - Clinical Data Manager",
        "Dear Nicolas,\n\nWe would like to invite you to a first interview via MS Teams on Thursday, 15 May at 14:00 with "
        "the hiring manager.\n\nSarah Keller\nTalent Acquisition Partner",
        None,
    ),
    (
        "Lonza",
        "interview",
        "2025-05-13",
        MP,
        "AW: Clinical Data Manager - Visp",
        "Grüezi Herr Weber\n\nLonza möchte Sie gerne zu einem ersten Gespräch einladen, am Dienstag, 20. Mai, um 10 Uhr "
        "per Teams.\n\nFreundliche Grüsse\nAndrea Meier",
        2,
    ),
    (
        "Novartis",
        "rejected",
        "2025-05-14",
        NOVARTIS,
        "Your application to Novartis",
        "Dear Nicolas,\n\nThank you for your interest. We have decided to pursue other candidates for this role.\n\n"
        "Novartis Talent Acquisition",
        1,
    ),
    (
        "Roche",
        "onsite",
        "2025-05-19",
        RREC,
        "RE: First interview - Clinical Data Manager",
        "Dear Nicolas,\n\nThank you for the good conversation. We would like to invite you to an on-site interview day at "
        "our Basel campus (Bau 1) on 28 May.\n\nSarah Keller",
        3,
    ),
    (
        "Lonza",
        "rejected",
        "2025-05-23",
        MP,
        "AW: Clinical Data Manager - Visp",
        "Grüezi Herr Weber\n\nLeider hat sich Lonza für einen internen Kandidaten entschieden. Ich halte Sie über "
        "weitere Stellen auf dem Laufenden.\n\nFreundliche Grüsse\nAndrea Meier",
        4,
    ),
    (
        "Roche",
        "thank_you",
        "2025-05-28",
        ME,
        "RE: First interview - Clinical Data Manager",
        "Dear Sarah,\n\nThank you for organizing today's interview day - I enjoyed meeting the team.\n\nBest regards,\n"
        "Nicolas",
        6,
        RREC,
    ),
    (
        "Roche",
        "offer",
        "2025-06-04",
        RREC,
        "Your offer from Roche",
        "Dear Nicolas,\n\nWe are delighted to offer you the position of Clinical Data Manager. Please find the contract "
        "attached.\n\nSarah Keller",
        None,
    ),
    (
        "Roche",
        "accepted",
        "2025-06-05",
        ME,
        "RE: Your offer from Roche",
        "Dear Sarah,\n\nI am happy to accept the offer. The signed contract is attached.\n\nBest regards,\nNicolas",
        9,
        RREC,
    ),
]

_NEGATIVES = [
    (
        "jobs.ch <jobalert@jobs.example>",
        "Neue Jobs für Sie",
        "alert",
        "Clinical Data Manager - Basel. Data Scientist - Allschwil. Jobs ansehen.",
    ),
    (
        "Basler Zeitung <newsletter@bazonline.example>",
        "Der Morgen",
        "newsletter",
        "Die Nachrichten aus Basel. Abmelden.",
    ),
    (
        "Reto Frei <reto.frei@hays.example>",
        "Data Manager Position",
        "outreach",
        "Grüezi Herr Weber, ich habe eine spannende Position als Data Manager in Zug. Hätten Sie Interesse?",
    ),
    (
        "Novartis Investor Relations <investor.relations@novartis.example>",
        "Novartis Q1 results",
        "newsletter",
        "Read our quarterly results. Unsubscribe.",
    ),
    (
        "SBB <noreply@sbb.example>",
        "Ihr Billett",
        "other",
        "Ihr Billett Basel - Zürich.",
    ),
    (
        "Lea <lea.weber@gmx.example>",
        "Sonntag",
        "personal",
        "Brunch am Sonntag?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=NICO,
        offset=lambda d: "+0200",
        clock="09:55:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="20:20:00",
        tag="sixhundredthirtytwo",
        host="bluewin.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
