"""A three-hundred-and-seventieth mailbox, written as a held-out check after the three-hundred-and-sixty-ninth (issue
#24).

Ravi, a data scientist who moved to Berlin, reads his mail in Thunderbird and exports it as a plain mbox.  A Berlin
search in English and German at once: start-ups' English mail through Personio and Join ("Thanks for your application
to Kiezkraft!"), a German corporate's bilingual SAP SuccessFactors receipt ("Vielen Dank für Ihre Bewerbung / Thank you
for your application"), its German refusal, a German auto-reply to his own follow-up ("Ich bin bis zum 14.04. nicht im
Büro") (no step), a recruiter's "Would you be open to a first call? Let me know a few slots", a "case study" to do at
home, a "final round with our founders on site", "we'd love to offer you the position", the Blue Card paperwork mail
(no step), his acceptance and his follow-up.  Negatives: a StepStone alert in English, a Berlin Startup Jobs
newsletter, a BVG notice, an Anmeldung appointment, his flatmate.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RAVI = "ravi.iyer.ds@posteo.de"
ME = f"Ravi Iyer <{RAVI}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Kiezkraft",
        "applied",
        "2025-03-31",
        "Kiezkraft <noreply@personio.de>",
        "Thanks for your application to Kiezkraft!",
        "Hi Ravi,\n\nThanks for your application as Senior Data Scientist at Kiezkraft! We'll review it and get back to "
        "you within two weeks.\n\nCheers,\nThe Kiezkraft Team",
        None,
    ),
    (
        "Spreewald Energie",
        "applied",
        "2025-04-01",
        "Spreewald Energie AG <noreply@successfactors.eu>",
        "Vielen Dank für Ihre Bewerbung / Thank you for your application",
        "Sehr geehrter Herr Iyer,\n\nvielen Dank für Ihre Bewerbung als Data Scientist (m/w/d).\n\nDear Mr Iyer,\n\n"
        "thank you for your application for the position of Data Scientist (m/f/d). We will review your documents "
        "carefully.\n\nSpreewald Energie AG\nRecruiting",
        None,
    ),
    (
        "Tempelhof Mobility",
        "applied",
        "2025-04-02",
        ME,
        "Application - Data Scientist",
        "Hi,\n\nI'd like to apply for the Data Scientist position I saw on your careers page. My CV is attached.\n\nBest,"
        "\nRavi Iyer",
        None,
        "Tempelhof Mobility Jobs <jobs@tempelhof-mobility.de>",
    ),
    (
        "Kiezkraft",
        "screen",
        "2025-04-03",
        "Lea Schulz <lea@kiezkraft.de>",
        "Kiezkraft - Senior Data Scientist",
        "Hi Ravi,\n\nThanks for applying! Would you be open to a first call with me? Let me know a few slots that work "
        "for you this week.\n\nLea\nTalent Acquisition",
        0,
    ),
    (
        "Tempelhof Mobility",
        "follow_up",
        "2025-04-09",
        ME,
        "Re: Application - Data Scientist",
        "Hi,\n\nI wanted to follow up on my application for the Data Scientist position. I'm still very interested.\n\n"
        "Best,\nRavi",
        2,
        "Tempelhof Mobility Jobs <jobs@tempelhof-mobility.de>",
    ),
    (
        "Kiezkraft",
        "interview",
        "2025-04-10",
        "Lea Schulz <lea@kiezkraft.de>",
        "Kiezkraft - next step: case study",
        "Hi Ravi,\n\nGreat chatting! As a next step we'd like you to do a short case study at home (about 3 hours) and "
        "present it to two of our data scientists next week.\n\nLea",
        3,
    ),
    (
        "Spreewald Energie",
        "rejected",
        "2025-04-14",
        "Spreewald Energie AG <noreply@successfactors.eu>",
        "Ihre Bewerbung als Data Scientist (m/w/d)",
        "Sehr geehrter Herr Iyer,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter "
        "berücksichtigen können.\n\nMit freundlichen Grüßen\nSpreewald Energie AG",
        1,
    ),
    (
        "Kiezkraft",
        "onsite",
        "2025-04-22",
        "Lea Schulz <lea@kiezkraft.de>",
        "Re: Kiezkraft - next step: case study",
        "Hi Ravi,\n\nThe team loved your presentation! Last step is a final round with our founders on site in "
        "Kreuzberg on Friday.\n\nLea",
        5,
    ),
    (
        "Kiezkraft",
        "offer",
        "2025-04-28",
        "Lea Schulz <lea@kiezkraft.de>",
        "Your offer from Kiezkraft",
        "Hi Ravi,\n\nWe'd love to offer you the position of Senior Data Scientist! Salary 82,000 EUR plus VSOP. The "
        "contract is attached.\n\nLea",
        7,
    ),
    (
        "Kiezkraft",
        "accepted",
        "2025-04-29",
        ME,
        "Re: Your offer from Kiezkraft",
        "Hi Lea,\n\nI'm very happy to accept! Signed contract attached.\n\nRavi",
        8,
        "Lea Schulz <lea@kiezkraft.de>",
    ),
    (
        "Kiezkraft",
        "skip",
        "2025-04-30",
        "Lea Schulz <lea@kiezkraft.de>",
        "Blue Card - documents",
        "Hi Ravi,\n\nWelcome aboard! For your Blue Card application we'll need your degree certificate and passport "
        "copy. Our relocation partner will be in touch.\n\nLea",
        9,
    ),
]

_NEGATIVES = [
    (
        "Tempelhof Mobility Jobs <jobs@tempelhof-mobility.de>",
        "Automatische Antwort: Re: Application - Data Scientist",
        "other",
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 14.04. nicht im Büro und habe keinen Zugriff auf meine E-Mails.",
    ),
    (
        "StepStone <jobagent@stepstone.de>",
        "New jobs for Data Scientist in Berlin",
        "alert",
        "12 new jobs match your search. Apply now.",
    ),
    (
        "Berlin Startup Jobs <hello@berlinstartupjobs.example>",
        "This week's top startup jobs",
        "newsletter",
        "The best startup jobs in Berlin this week.",
    ),
    (
        "BVG <info@bvg.example>",
        "Baustelle U8",
        "other",
        "Die U8 fährt am Wochenende nicht zwischen Hermannplatz und Alexanderplatz.",
    ),
    (
        "Bürgeramt Berlin <noreply@service.berlin.example>",
        "Terminbestätigung Anmeldung",
        "other",
        "Ihr Termin für die Anmeldung einer Wohnung am 08.04. um 09:15 Uhr ist bestätigt.",
    ),
    (
        "Jonas Weber <jonas.weber@gmx.example>",
        "WG",
        "personal",
        "Hey, kannst du heute den Müll rausbringen?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (the paperwork mail after the acceptance is no step)."""
    from mail_score import no_step, threaded_corpus

    return no_step(
        threaded_corpus(
            _POSITIVES,
            _NEGATIVES,
            owner=RAVI,
            own_to={},
            offset=lambda d: "+0200",
            clock="10:40:00",
            neg_start="2025-04-09",
            neg_step=2,
            neg_clock="19:50:00",
            tag="threehundredseventy",
            host="posteo.example",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the inbox as Thunderbird exports it (a plain mbox, "Inbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
