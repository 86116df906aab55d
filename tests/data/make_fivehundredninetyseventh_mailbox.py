"""A five-hundred-and-ninety-seventh mailbox, written as a held-out check after the five-hundred-and-ninety-sixth
(issue #24).

Nina Vogel, an HR business partner in Stuttgart, exports her Gmail (in German) with Takeout. Swabian employers and a
personnel consultancy write in "Sie": Personio's "vielen Dank für Ihre Bewerbung bei der Vector Informatik GmbH",
Bosch's SuccessFactors "Wir haben Ihre Bewerbung erhalten", a consultant's "wie besprochen darf ich Sie unserem
Mandanten, einem mittelständischen Automobilzulieferer aus dem Raum Stuttgart, vorstellen" (the client unnamed),
Vector's "Wir freuen uns, Sie zu einem persönlichen Gespräch in unsere Zentrale einladen zu dürfen", the consultant's
"Ich kann Ihnen nun verraten, dass es sich um die Mahle GmbH handelt - man möchte Sie gern kennenlernen", Bosch's
"Nach sorgfältiger Prüfung haben wir uns für eine andere Kandidatin entschieden", Vector's "zweites Gespräch mit der
Geschäftsführung", the consultant's "Mahle hat sich leider für eine interne Lösung entschieden", Vector's "Wir möchten
Ihnen gerne ein Angebot unterbreiten", her "Ich nehme Ihr Angebot sehr gerne an" and her thanks after the second
conversation. Negatives: StepStone's job agent, the Stuttgarter Zeitung's newsletter, a second consultant's cold mail,
Bosch's own product mail (a company she applied to), the VVS and her mother. Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NINA = "nina.vogel.hr@gmail.com"
ME = f"Nina Vogel <{NINA}>"
VECTOR = "Vector Informatik GmbH <noreply@vector-informatik.jobs.personio.example>"
BOSCH = "Bosch Recruiting <noreply@bosch.successfactors.example>"
FRANK = "Frank Keller <f.keller@kienbaum.example>"
JULIA = "Julia Berger <julia.berger@vector.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Vector Informatik",
        "applied",
        "2025-06-02",
        VECTOR,
        "Ihre Bewerbung als HR Business Partner (m/w/d)",
        "Hallo Frau Vogel,\n\nvielen Dank für Ihre Bewerbung bei der Vector Informatik GmbH. Wir melden uns nach "
        "Sichtung Ihrer Unterlagen bei Ihnen.\n\nIhr Recruiting-Team",
        "t-vec",
    ),
    (
        "Bosch",
        "applied",
        "2025-06-03",
        BOSCH,
        "Wir haben Ihre Bewerbung erhalten",
        "Sehr geehrte Frau Vogel,\n\nwir haben Ihre Bewerbung als HR Business Partner Engineering (REF241187L) "
        "erhalten und prüfen diese sorgfältig.\n\nIhr Bosch Recruiting Team",
        "t-bosch",
    ),
    (
        "Mahle",
        "applied",
        "2025-06-04",
        FRANK,
        "Vertraulich: HR Business Partner",
        "Sehr geehrte Frau Vogel,\n\nvielen Dank für das offene Gespräch. Wie besprochen darf ich Sie unserem "
        "Mandanten, einem mittelständischen Automobilzulieferer aus dem Raum Stuttgart, vorstellen. Ich melde mich "
        "nach dessen Rückmeldung.\n\nMit freundlichen Grüßen\nFrank Keller\nKienbaum Consultants",
        "t-mahle",
    ),
    (
        "Vector Informatik",
        "interview",
        "2025-06-09",
        JULIA,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Vogel,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch in unsere Zentrale in "
        "Stuttgart-Weilimdorf einladen zu dürfen: am 13. Juni um 10 Uhr mit der Leiterin Personal.\n\nJulia Berger\n"
        "Recruiting",
        "t-vec2",
    ),
    (
        "Mahle",
        "interview",
        "2025-06-11",
        FRANK,
        "AW: Vertraulich: HR Business Partner",
        "Sehr geehrte Frau Vogel,\n\nich kann Ihnen nun verraten, dass es sich um die Mahle GmbH handelt - man möchte "
        "Sie gern kennenlernen, am 17. Juni um 14 Uhr.\n\nMit freundlichen Grüßen\nFrank Keller",
        "t-mahle",
    ),
    (
        "Bosch",
        "rejected",
        "2025-06-12",
        BOSCH,
        "Ihre Bewerbung bei Bosch",
        "Sehr geehrte Frau Vogel,\n\nnach sorgfältiger Prüfung haben wir uns für eine andere Kandidatin entschieden. "
        "Wir wünschen Ihnen alles Gute.\n\nIhr Bosch Recruiting Team",
        "t-bosch",
    ),
    (
        "Vector Informatik",
        "onsite",
        "2025-06-16",
        JULIA,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Vogel,\n\nvielen Dank für das Gespräch. Gerne möchten wir Sie zu einem zweiten und letzten "
        "Gespräch mit der Geschäftsführung einladen, am 24. Juni um 11 Uhr.\n\nJulia Berger",
        "t-vec2",
    ),
    (
        "Mahle",
        "rejected",
        "2025-06-20",
        FRANK,
        "AW: Vertraulich: HR Business Partner",
        "Sehr geehrte Frau Vogel,\n\nMahle hat sich leider für eine interne Lösung entschieden. Ich bedaure das sehr "
        "und melde mich bei passenden Positionen.\n\nMit freundlichen Grüßen\nFrank Keller",
        "t-mahle",
    ),
    (
        "Vector Informatik",
        "thank_you",
        "2025-06-24",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Berger,\n\nherzlichen Dank für das angenehme Gespräch heute mit der Geschäftsführung.\n\n"
        "Mit freundlichen Grüßen\nNina Vogel",
        "t-vec2",
    ),
    (
        "Vector Informatik",
        "offer",
        "2025-06-30",
        JULIA,
        "Ihr Angebot",
        "Sehr geehrte Frau Vogel,\n\nwir möchten Ihnen gerne ein Angebot als HR Business Partner unterbreiten. Den "
        "Vertrag senden wir Ihnen anbei.\n\nJulia Berger",
        "t-vec3",
    ),
    (
        "Vector Informatik",
        "accepted",
        "2025-07-01",
        ME,
        "AW: Ihr Angebot",
        "Sehr geehrte Frau Berger,\n\nich nehme Ihr Angebot sehr gerne an und freue mich auf den Start.\n\nMit "
        "freundlichen Grüßen\nNina Vogel",
        "t-vec3",
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.example>",
        "Neue Jobs: HR Business Partner Stuttgart",
        "alert",
        "HR Business Partner - Böblingen. Personalreferent - Esslingen. Alle Jobs ansehen.",
    ),
    (
        "Stuttgarter Zeitung <newsletter@stuttgarter-zeitung.example>",
        "Der Morgen in Stuttgart",
        "newsletter",
        "Die Nachrichten des Tages. Abmelden.",
    ),
    (
        "Sabine Roth <s.roth@page-personnel.example>",
        "Spannende HR-Position",
        "outreach",
        "Guten Tag Frau Vogel, ich betreue eine spannende HR-Leitungsposition in Heilbronn. Hätten Sie Interesse?",
    ),
    (
        "Bosch Home <news@bosch-home.example>",
        "Neu: die Serie 8",
        "newsletter",
        "Entdecken Sie unsere Neuheiten. Abmelden.",
    ),
    (
        "VVS <noreply@vvs.example>",
        "Ihr Deutschlandticket",
        "other",
        "Ihr Ticket für Juli ist bereit.",
    ),
    (
        "Mama <ursula.vogel@web.example>",
        "Sonntag",
        "personal",
        "Kommst du Sonntag zum Kaffee?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=NINA,
        own_to={"Vector Informatik": JULIA},
        offset="+0200",
        clock="09:15:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="20:00:00",
        tag="fivehundredninetyseven",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=NINA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
