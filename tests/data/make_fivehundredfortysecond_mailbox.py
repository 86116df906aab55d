"""A five-hundred-and-forty-second mailbox, written as a held-out check after the five-hundred-and-forty-first (issue
#24).

Lena Hoffmann, a performance marketing manager in Berlin, reads her mail in Thunderbird and exports the inbox as one
mbox.  Berlin's start-ups write "du" through Personio and Join and their own people, some of it as HTML or
quoted-printable: Personio's "Vielen Dank für deine Bewerbung als Performance Marketing Managerin bei Raisin", Join's
"Deine Bewerbung bei Flink ist eingegangen", Raisin's recruiter's "wir würden dich gern zu einem ersten Kennenlernen
(30 Minuten, Google Meet) einladen", "eine kleine Case Study", "Leider müssen wir dir mitteilen, dass wir uns für
andere Kandidat:innen entschieden haben" from Flink, a Personalberatung's "ich habe Ihr Profil heute unserem Mandanten,
der Zalando SE, vorgestellt" and "Zalando möchte Sie gern kennenlernen", Raisin's "Wir freuen uns, dir ein Angebot
machen zu können", her "Ich nehme das Angebot sehr gerne an" and her note to the Berater withdrawing.  Negatives:
StepStone's alert, XING's "Ihr Profil wurde 12-mal besucht", a newsletter, a second Berater's cold mail, Zalando's
order confirmation (a company she applied to) and her brother.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LENA = "lena.hoffmann@posteo.example"
ME = f"Lena Hoffmann <{LENA}>"
RAISIN = "Raisin GmbH <noreply@raisin.jobs.personio.example>"
JULIA = "Julia Becker <julia.becker@raisin.example>"
FLINK = "Flink <noreply@join.example>"
MARKUS = "Markus Wendt <m.wendt@kienbaum-berlin.example>"

# (company, event, day, sender, subject, body, parent)
_POSITIVES = [
    (
        "Raisin",
        "applied",
        "2025-06-02",
        RAISIN,
        "Deine Bewerbung bei Raisin",
        "QP:Hallo Lena,\n\nvielen Dank für deine Bewerbung als Performance Marketing Managerin (m/w/d) bei Raisin! Wir "
        "schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen.\n\nViele Grüße\nDein "
        "Raisin Talent Team",
        None,
    ),
    (
        "Flink",
        "applied",
        "2025-06-03",
        FLINK,
        "Deine Bewerbung bei Flink ist eingegangen",
        "HTML:<p>Hi Lena,</p><p>deine Bewerbung als <b>Senior Performance Marketing Manager</b> bei Flink ist "
        "eingegangen. Wir melden uns bald bei dir!</p><p>Dein Flink People Team</p>",
        None,
    ),
    (
        "Zalando",
        "applied",
        "2025-06-04",
        MARKUS,
        "Senior Performance Marketing Manager - Zalando",
        "Sehr geehrte Frau Hoffmann,\n\nvielen Dank für das angenehme Telefonat. Wie besprochen habe ich Ihr Profil "
        "heute unserem Mandanten, der Zalando SE, für die Position Senior Performance Marketing Manager vorgestellt. "
        "Ich melde mich, sobald ich Rückmeldung habe.\n\nMit freundlichen Grüßen\nMarkus Wendt\nKienbaum Consultants",
        None,
    ),
    (
        "Raisin",
        "screen",
        "2025-06-09",
        JULIA,
        "Kennenlernen Raisin",
        "Hallo Lena,\n\nich bin Julia aus dem Talent-Team von Raisin. Dein Profil gefällt uns sehr gut, und wir würden "
        "dich gern zu einem ersten Kennenlernen (30 Minuten, Google Meet) einladen. Passt dir Mittwoch um 11 Uhr?\n\n"
        "Liebe Grüße\nJulia",
        None,
    ),
    (
        "Flink",
        "rejected",
        "2025-06-11",
        FLINK,
        "Update zu deiner Bewerbung bei Flink",
        "HTML:<p>Hi Lena,</p><p>vielen Dank für dein Interesse an Flink. Leider müssen wir dir mitteilen, dass wir uns "
        "für andere Kandidat:innen entschieden haben.</p><p>Wir wünschen dir alles Gute!</p><p>Dein Flink People "
        "Team</p>",
        None,
    ),
    (
        "Zalando",
        "interview",
        "2025-06-12",
        MARKUS,
        "AW: Senior Performance Marketing Manager - Zalando",
        "Sehr geehrte Frau Hoffmann,\n\ngute Nachrichten: Zalando möchte Sie gern kennenlernen. Das Gespräch mit der "
        "Teamleiterin Performance Marketing fände am Dienstag, 17. Juni, um 14 Uhr per Video statt.\n\nMit freundlichen "
        "Grüßen\nMarkus Wendt",
        2,
    ),
    (
        "Raisin",
        "interview",
        "2025-06-13",
        JULIA,
        "AW: Kennenlernen Raisin",
        "Hallo Lena,\n\ndanke für das nette Gespräch! Als nächsten Schritt würden wir dich bitten, eine kleine Case "
        "Study zu bearbeiten (Budgetplanung für zwei Kanäle) und sie dann mit Tim, unserem Head of Growth, zu "
        "besprechen.\n\nLiebe Grüße\nJulia",
        3,
    ),
    (
        "Raisin",
        "offer",
        "2025-06-25",
        JULIA,
        "Angebot Raisin",
        "Hallo Lena,\n\nwir freuen uns sehr, dir ein Angebot als Performance Marketing Managerin machen zu können! Den "
        "Vertragsentwurf findest du im Anhang.\n\nLiebe Grüße\nJulia",
        None,
    ),
    (
        "Raisin",
        "accepted",
        "2025-06-26",
        ME,
        "AW: Angebot Raisin",
        "Hallo Julia,\n\nich nehme das Angebot sehr gerne an und freue mich auf den Start im August!\n\nViele Grüße\n"
        "Lena",
        7,
    ),
    (
        "Zalando",
        "withdrew",
        "2025-06-26",
        ME,
        "AW: Senior Performance Marketing Manager - Zalando",
        "Sehr geehrter Herr Wendt,\n\nvielen Dank für Ihre Unterstützung. Ich habe inzwischen ein anderes Angebot "
        "angenommen und ziehe meine Bewerbung bei Zalando daher zurück.\n\nMit freundlichen Grüßen\nLena Hoffmann",
        5,
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.example>",
        "12 neue Jobs: Performance Marketing Manager in Berlin",
        "alert",
        "Performance Marketing Manager - Berlin. Online Marketing Manager - Potsdam. Alle Jobs ansehen.",
    ),
    (
        "XING <noreply@xing.example>",
        "Ihr Profil wurde 12-mal besucht",
        "notification",
        "Sehen Sie, wer Ihr Profil besucht hat. Abmelden.",
    ),
    (
        "OMR Daily <daily@omr.example>",
        "OMR Daily: Die Marketing-News des Tages",
        "newsletter",
        "Die wichtigsten News. Newsletter abbestellen.",
    ),
    (
        "Sabine Krüger <s.krueger@hays-berlin.example>",
        "Spannende Position: Head of Performance Marketing",
        "outreach",
        "Hallo Frau Hoffmann, ich bin auf Ihr Profil gestoßen und habe eine spannende Position als Head of Performance "
        "Marketing. Hätten Sie Zeit für ein kurzes Telefonat?",
    ),
    (
        "Zalando <service@zalando.example>",
        "Deine Bestellung ist unterwegs",
        "shop",
        "Deine Bestellung Nr. 10233941 ist unterwegs.",
    ),
    (
        "Jonas Hoffmann <jonas.hoffmann@gmx.example>",
        "Sonntag",
        "personal",
        "Kommst du Sonntag zum Grillen?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import sent_as, threaded_corpus

    return sent_as(
        threaded_corpus(
            _POSITIVES,
            _NEGATIVES,
            owner=LENA,
            own_to={"Raisin": JULIA, "Zalando": MARKUS},
            offset=lambda d: "+0200",
            clock="10:10:00",
            neg_start="2025-06-01",
            neg_step=4,
            neg_clock="19:45:00",
            tag="fivehundredfortytwo",
            host="posteo.example",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
