"""A five-hundred-and-seventieth mailbox, written as a held-out check after the five-hundred-and-sixty-ninth (issue
#24).

Jan Petersen, a logistics planner in Hamburg, keeps his search in a Gmail account set to German and exports it with
Takeout ("Gesendet", "Posteingang"). Hamburg's logistics firms write in "Sie" through softgarden and d.vinci, and a
staffing firm writes for its client: softgarden's "Ihre Bewerbung als Disponent (m/w/d) bei der Hapag-Lloyd AG ist bei
uns eingegangen", d.vinci's "Eingangsbestätigung" from the HHLA, a Hays consultant's "ich habe Ihr Profil soeben an
unseren Kunden, die Kühne + Nagel, übermittelt", the HHLA's "Gerne möchten wir Sie zu einem Vorstellungsgespräch
einladen", Hapag-Lloyd's "Leider haben wir uns für einen anderen Bewerber entschieden", the consultant's "Kühne +
Nagel würde Sie gerne zu einem Gespräch einladen", the HHLA's "Zweitgespräch an unserem Containerterminal Burchardkai
mit dem Terminalleiter", the consultant's "Kühne + Nagel hat sich für einen anderen Kandidaten entschieden", the
HHLA's "Wir freuen uns, Ihnen die Position anbieten zu können", his thanks and his "Hiermit nehme ich Ihr Angebot an".
Negatives: StepStone's alert, the DVZ's newsletter, a second recruiter's cold mail, the HHLA's own investor mail (a
company he applied to), the HVV and his brother. Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JAN = "jan.petersen.logistik@gmail.com"
ME = f"Jan Petersen <{JAN}>"
HAPAG = "Hapag-Lloyd AG <noreply@hapag-lloyd.softgarden.example>"
HHLA = "HHLA Personal <bewerbung@hhla.dvinci-mail.example>"
NADINE = "Nadine Schulz <nadine.schulz@hays.example>"
TIM = "Tim Hansen <tim.hansen@hhla.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Hapag-Lloyd",
        "applied",
        "2025-06-02",
        HAPAG,
        "Ihre Bewerbung bei der Hapag-Lloyd AG",
        "Sehr geehrter Herr Petersen,\n\nIhre Bewerbung als Disponent (m/w/d) bei der Hapag-Lloyd AG ist bei uns "
        "eingegangen. Vielen Dank für Ihr Interesse.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Hapag-Lloyd "
        "AG",
        "t-hl",
    ),
    (
        "HHLA",
        "applied",
        "2025-06-03",
        HHLA,
        "Eingangsbestätigung",
        "Sehr geehrter Herr Petersen,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Logistikplaner (m/w/d) und "
        "danken Ihnen für Ihr Interesse an der HHLA.\n\nMit freundlichen Grüßen\nHHLA Personal",
        "t-hhla",
    ),
    (
        "Kühne + Nagel",
        "applied",
        "2025-06-04",
        NADINE,
        "Disponent Seefracht - Hamburg",
        "Sehr geehrter Herr Petersen,\n\nvielen Dank für das Gespräch. Wie besprochen habe ich Ihr Profil soeben an "
        "unseren Kunden, die Kühne + Nagel, für die Position Disponent Seefracht übermittelt.\n\nMit freundlichen "
        "Grüßen\nNadine Schulz\nHays AG",
        "t-kn",
    ),
    (
        "HHLA",
        "interview",
        "2025-06-10",
        TIM,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Petersen,\n\ngerne möchten wir Sie zu einem Vorstellungsgespräch mit Frau Lange, Leiterin "
        "Planung, am 16. Juni um 10 Uhr per Teams einladen.\n\nMit freundlichen Grüßen\nTim Hansen\nHHLA Personal",
        "t-hhla2",
    ),
    (
        "Hapag-Lloyd",
        "rejected",
        "2025-06-11",
        HAPAG,
        "Ihre Bewerbung bei der Hapag-Lloyd AG",
        "Sehr geehrter Herr Petersen,\n\nvielen Dank für Ihre Geduld. Leider haben wir uns für einen anderen Bewerber "
        "entschieden.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Hapag-Lloyd AG",
        "t-hl",
    ),
    (
        "Kühne + Nagel",
        "interview",
        "2025-06-12",
        NADINE,
        "AW: Disponent Seefracht - Hamburg",
        "Sehr geehrter Herr Petersen,\n\nKühne + Nagel würde Sie gerne zu einem Gespräch mit dem Teamleiter Seefracht "
        "einladen, am Mittwoch um 14 Uhr.\n\nMit freundlichen Grüßen\nNadine Schulz",
        "t-kn",
    ),
    (
        "HHLA",
        "onsite",
        "2025-06-18",
        TIM,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Petersen,\n\nvielen Dank für das Gespräch. Wir möchten Sie zu einem Zweitgespräch an unserem "
        "Containerterminal Burchardkai mit dem Terminalleiter einladen, am 25. Juni.\n\nMit freundlichen Grüßen\nTim "
        "Hansen",
        "t-hhla2",
    ),
    (
        "Kühne + Nagel",
        "rejected",
        "2025-06-20",
        NADINE,
        "AW: Disponent Seefracht - Hamburg",
        "Sehr geehrter Herr Petersen,\n\nleider hat sich Kühne + Nagel für einen anderen Kandidaten entschieden. Ich "
        "melde mich mit weiteren Positionen.\n\nMit freundlichen Grüßen\nNadine Schulz",
        "t-kn",
    ),
    (
        "HHLA",
        "thank_you",
        "2025-06-25",
        ME,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Hansen,\n\nvielen Dank für das interessante Gespräch heute und die Führung über das "
        "Terminal.\n\nMit freundlichen Grüßen\nJan Petersen",
        "t-hhla2",
    ),
    (
        "HHLA",
        "offer",
        "2025-07-01",
        TIM,
        "Ihr Vertragsangebot",
        "Sehr geehrter Herr Petersen,\n\nwir freuen uns, Ihnen die Position als Logistikplaner anbieten zu können. Den "
        "Vertrag erhalten Sie in den nächsten Tagen.\n\nMit freundlichen Grüßen\nTim Hansen",
        "t-hhla3",
    ),
    (
        "HHLA",
        "accepted",
        "2025-07-02",
        ME,
        "AW: Ihr Vertragsangebot",
        "Sehr geehrter Herr Hansen,\n\nhiermit nehme ich Ihr Angebot an und freue mich auf die Zusammenarbeit.\n\nMit "
        "freundlichen Grüßen\nJan Petersen",
        "t-hhla3",
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.example>",
        "6 neue Jobs: Disponent in Hamburg",
        "alert",
        "Disponent - Hamburg. Logistikplaner - Norderstedt. Alle Jobs ansehen.",
    ),
    (
        "DVZ <newsletter@dvz.example>",
        "DVZ Newsletter: Logistik heute",
        "newsletter",
        "Die Nachrichten aus der Logistik. Abmelden.",
    ),
    (
        "Kai Möller <kai.moeller@logistik-personal.example>",
        "Position Teamleiter Disposition",
        "outreach",
        "Sehr geehrter Herr Petersen, ich habe eine interessante Position als Teamleiter Disposition. Hätten Sie "
        "Interesse?",
    ),
    (
        "HHLA Investor Relations <ir@hhla.example>",
        "HHLA veröffentlicht Quartalszahlen",
        "newsletter",
        "Die Pressemitteilung finden Sie online. Abmelden.",
    ),
    (
        "HVV <service@hvv.example>",
        "Ihr Deutschlandticket",
        "other",
        "Ihr Deutschlandticket für Juli ist bereit.",
    ),
    (
        "Lars Petersen <lars.petersen@gmx.example>",
        "Grillen",
        "personal",
        "Grillen am Samstag?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JAN,
        own_to={"HHLA": TIM},
        offset="+0200",
        clock="09:45:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="20:25:00",
        tag="fivehundredseventy",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=JAN)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
