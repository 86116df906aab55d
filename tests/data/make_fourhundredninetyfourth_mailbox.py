"""A four-hundred-and-ninety-fourth mailbox, written as a held-out check after the four-hundred-and-ninety-third
(issue #24).

Sophie Krüger, a UX researcher in Hamburg, keeps her mail in Thunderbird and exports it as one mbox.  A
Personalberater writes "Sie" and carries her to his client: "Wie besprochen habe ich Ihre Unterlagen heute an meinen
Kunden, die Otto Group, weitergeleitet", "gute Nachrichten: Otto möchte Sie kennenlernen!", "ein Case-Tag vor Ort am
Campus Bramfeld", "Otto möchte Ihnen ein Angebot machen"; Personio's "vielen Dank für Ihre Bewerbung als UX
Researcher (m/w/d)" and its "müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidat*innen entschieden
haben"; a Berlin-style English start-up's Greenhouse mail, a Calendly screen and a rejection; her English thanks and
her German "ich nehme das Angebot sehr gerne an".  Negatives: StepStone's Job-Agent, LinkedIn's "in 12 Suchen
gefunden", a second Personalberater's cold mail, a meetup, the HVV and her mother.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SOPHIE = "sophie.krueger@posteo.example"
ME = f"Sophie Krüger <{SOPHIE}>"
JENS = "Jens Petersen <j.petersen@hanseatic-talent.example>"
HAPAG = "Hapag-Lloyd Karriere <jobs@hapag-lloyd.personio.example>"
MARIE = "Marie Schulz <marie.schulz@aboutyou.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Otto Group",
        "applied",
        "2025-09-01",
        JENS,
        "Ihre Unterlagen - Senior UX Researcher",
        "Hallo Frau Krüger,\n\nvielen Dank für das angenehme Telefonat. Wie besprochen habe ich Ihre Unterlagen heute "
        "an meinen Kunden, die Otto Group, weitergeleitet.\n\nBeste Grüße\nJens Petersen\nHanseatic Talent Partners",
        None,
    ),
    (
        "Hapag-Lloyd",
        "applied",
        "2025-09-02",
        HAPAG,
        "Ihre Bewerbung bei Hapag-Lloyd AG",
        "Hallo Sophie,\n\nvielen Dank für Ihre Bewerbung als UX Researcher (m/w/d). Wir haben Ihre Unterlagen erhalten "
        "und melden uns so schnell wie möglich bei Ihnen.\n\nViele Grüße\nIhr Recruiting-Team der Hapag-Lloyd AG",
        None,
    ),
    (
        "ABOUT YOU",
        "applied",
        "2025-09-03",
        "ABOUT YOU <no-reply@greenhouse.example>",
        "Thank you for your application to ABOUT YOU",
        "Hi Sophie,\n\nThanks for applying for the Senior UX Researcher role at ABOUT YOU. Our team will review your "
        "application and get back to you.\n\nBest,\nABOUT YOU Talent Acquisition",
        None,
    ),
    (
        "Otto Group",
        "interview",
        "2025-09-08",
        JENS,
        "AW: Ihre Unterlagen - Senior UX Researcher",
        "Hallo Frau Krüger,\n\ngute Nachrichten: Otto möchte Sie kennenlernen! Das erste Gespräch mit der Teamleitung "
        "wäre am Donnerstag um 14 Uhr per Teams. Passt Ihnen das?\n\nBeste Grüße\nJens Petersen",
        0,
    ),
    (
        "Hapag-Lloyd",
        "rejected",
        "2025-09-09",
        HAPAG,
        "Ihre Bewerbung als UX Researcher (m/w/d)",
        "Hallo Sophie,\n\nvielen Dank für Ihr Interesse an Hapag-Lloyd. Nach sorgfältiger Prüfung müssen wir Ihnen "
        "leider mitteilen, dass wir uns für andere Kandidat*innen entschieden haben.\n\nWir wünschen Ihnen alles "
        "Gute.\nIhr Recruiting-Team der Hapag-Lloyd AG",
        1,
    ),
    (
        "ABOUT YOU",
        "screen",
        "2025-09-10",
        MARIE,
        "Senior UX Researcher - next steps",
        "Hi Sophie,\n\nthanks for your application! I'd love to have a first 30-minute call to get to know you. Please "
        "pick a slot here: calendly.example/marie-aboutyou\n\nCheers,\nMarie\nTalent Acquisition Partner",
        None,
    ),
    (
        "ABOUT YOU",
        "thank_you",
        "2025-09-12",
        ME,
        "RE: Senior UX Researcher - next steps",
        "Hi Marie,\n\nthank you for the nice chat today - I really enjoyed hearing about the research team's plans.\n\n"
        "Best,\nSophie",
        5,
        MARIE,
    ),
    (
        "Otto Group",
        "onsite",
        "2025-09-16",
        JENS,
        "AW: AW: Ihre Unterlagen - Senior UX Researcher",
        "Hallo Frau Krüger,\n\nOtto war von Ihnen begeistert. Als nächstes lädt man Sie zu einem Case-Tag vor Ort am "
        "Campus Bramfeld ein (Präsentation einer Research-Aufgabe vor dem Team), am 24.9.\n\nBeste Grüße\nJens "
        "Petersen",
        3,
    ),
    (
        "ABOUT YOU",
        "rejected",
        "2025-09-19",
        MARIE,
        "RE: Senior UX Researcher - next steps",
        "Hi Sophie,\n\nthank you again for your time. Unfortunately, we've decided to proceed with candidates whose "
        "profile is closer to what the team needs right now.\n\nAll the best,\nMarie",
        6,
    ),
    (
        "Otto Group",
        "offer",
        "2025-09-29",
        JENS,
        "Angebot Otto",
        "Hallo Frau Krüger,\n\nherzlichen Glückwunsch! Otto möchte Ihnen ein Angebot machen: 78.000 € fix, Start 1.12. "
        "Der Vertrag kommt direkt von Otto. Rufen Sie mich gern an.\n\nBeste Grüße\nJens Petersen",
        None,
    ),
    (
        "Otto Group",
        "accepted",
        "2025-09-30",
        ME,
        "AW: Angebot Otto",
        "Hallo Herr Petersen,\n\nich nehme das Angebot sehr gerne an! Vielen Dank für Ihre Unterstützung.\n\nViele "
        "Grüße\nSophie Krüger",
        9,
        JENS,
    ),
]

_NEGATIVES = [
    (
        "StepStone Job-Agent <jobagent@stepstone.example>",
        "8 neue Jobs: UX Researcher in Hamburg",
        "alert",
        "UX Researcher (m/w/d) - Hamburg. User Researcher - Altona. Jetzt ansehen.",
    ),
    (
        "LinkedIn <notifications@linkedin.example>",
        "Sie wurden in 12 Suchen gefunden",
        "notification",
        "Ihr Profil ist in dieser Woche in 12 Suchen erschienen. Sehen Sie, wer gesucht hat.",
    ),
    (
        "Katrin Vogel <k.vogel@nordsearch.example>",
        "Spannende Position als Lead UX Researcher - Interesse?",
        "outreach",
        "Hallo Frau Krüger, ich betreue eine spannende Position als Lead UX Researcher bei einem Hamburger "
        "Mittelständler. Hätten Sie Zeit für ein kurzes Telefonat?",
    ),
    (
        "UX Hamburg <hello@uxhamburg.example>",
        "Nächstes Meetup: Research Ops",
        "newsletter",
        "Am 25. September. Jetzt anmelden. Abmelden.",
    ),
    (
        "HVV <noreply@hvv.example>",
        "Ihr Deutschlandticket für Oktober",
        "other",
        "Ihr Ticket ist in der App verfügbar.",
    ),
    (
        "Mama <birgit.krueger@t-online.example>",
        "Sonntag",
        "personal",
        "Kommst du Sonntag zum Kaffee?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=SOPHIE,
        offset=lambda d: "+0200",
        clock="10:40:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="19:50:00",
        tag="fourhundredninetyfour",
        host="posteo.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
