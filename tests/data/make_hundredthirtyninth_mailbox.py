"""A hundred-and-thirty-ninth mailbox, written as a held-out check after the hundred-and-thirty-eighth (issue #24).

Katharina, an accountant in Vienna, exports Gmail with Takeout in German ("Gesendet", "Posteingang").  She applies
through karriere.at, prescreen, StepStone and Workday and by mail; Austrian employers write "Sehr geehrte Frau
Berger", invite her to a "Hearing" and a "Zweitgespräch", send a "Dienstvertrag", and refuse in the Austrian way
("Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben").  Her negatives:
FinanzOnline, the ÖBB, a karriere.at job alert, a Billa order, the AMS, a Steuerberater newsletter, a headhunter.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KATHARINA = "katharina.berger.wien@gmail.com"
_ME = f"Katharina Berger <{KATHARINA}>"
_HR = "Mag. Petra Huber <petra.huber@donauwerke.at>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Donauwerke",
        "applied",
        "2025-01-13",
        "Donauwerke GmbH <noreply@prescreen.io>",
        "Ihre Bewerbung bei der Donauwerke GmbH",
        "Sehr geehrte Frau Berger,\n\nvielen Dank für Ihre Bewerbung als Bilanzbuchhalterin (m/w/d). Wir haben Ihre "
        "Unterlagen erhalten und melden uns in den nächsten Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nIhr "
        "Donauwerke Recruiting Team",
        "dw1",
    ),
    (
        "Donauwerke",
        "interview",
        "2025-01-27",
        _HR,
        "Einladung zum Bewerbungsgespräch",
        "Sehr geehrte Frau Berger,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch mit unserem Leiter "
        "Rechnungswesen am 4. Februar um 10:00 Uhr in unsere Zentrale einzuladen. Bitte bestätigen Sie den Termin."
        "\n\nMit freundlichen Grüßen\nMag. Petra Huber\nHR Business Partnerin",
        "dw2",
    ),
    (
        "Donauwerke",
        "onsite",
        "2025-02-10",
        _HR,
        "AW: Einladung zum Bewerbungsgespräch",
        "Sehr geehrte Frau Berger,\n\nvielen Dank für das angenehme Gespräch. Gerne möchten wir Sie zu einem "
        "Zweitgespräch mit unserer Geschäftsführung am 18. Februar einladen.\n\nMit freundlichen Grüßen\nPetra Huber",
        "dw2",
    ),
    (
        "Donauwerke",
        "offer",
        "2025-02-24",
        _HR,
        "Ihr Dienstvertrag",
        "Sehr geehrte Frau Berger,\n\nes freut uns sehr, Ihnen die Position als Bilanzbuchhalterin anbieten zu "
        "können. Anbei erhalten Sie Ihren Dienstvertrag mit einem Bruttomonatsgehalt von EUR 4.200,- (14 Mal "
        "jährlich).\n\nMit freundlichen Grüßen\nPetra Huber",
        "dw3",
    ),
    (
        "Donauwerke",
        "accepted",
        "2025-02-26",
        _ME,
        "AW: Ihr Dienstvertrag",
        "Sehr geehrte Frau Huber,\n\nvielen Dank! Anbei sende ich Ihnen den unterschriebenen Dienstvertrag zurück. "
        "Ich freue mich auf den Start am 1. April.\n\nMit freundlichen Grüßen\nKatharina Berger",
        "dw3",
    ),
    (
        "Erste Group",
        "applied",
        "2025-01-14",
        "Erste Group <erstegroup@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung",
        "Sehr geehrte Frau Berger,\n\nvielen Dank für Ihr Interesse an der Erste Group und Ihre Bewerbung als "
        "Accountant Group Reporting (R-0078812). Wir prüfen Ihre Unterlagen sorgfältig.",
        "eg1",
    ),
    (
        "Erste Group",
        "rejected",
        "2025-02-05",
        "Erste Group <erstegroup@myworkday.com>",
        "Ihre Bewerbung bei der Erste Group",
        "Sehr geehrte Frau Berger,\n\nnach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für "
        "eine andere Bewerberin entschieden haben, deren Profil noch besser zu unseren Anforderungen passt.",
        "eg2",
    ),
    (
        "Stadt Wien",
        "applied",
        "2025-01-16",
        "Stadt Wien Jobs <noreply@jobs.wien.gv.at>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Berger,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die Stelle Referentin "
        "Budgetcontrolling (MA 5). Sie erhalten von uns eine Nachricht, sobald die Auswahl abgeschlossen ist.",
        "sw1",
    ),
    (
        "Stadt Wien",
        "interview",
        "2025-02-03",
        "Stadt Wien Jobs <noreply@jobs.wien.gv.at>",
        "Einladung zum Hearing",
        "Sehr geehrte Frau Berger,\n\nwir laden Sie zu einem Hearing für die Stelle Referentin Budgetcontrolling "
        "(MA 5) am 12. Februar um 9:00 Uhr ein. Das Hearing dauert etwa 45 Minuten.",
        "sw2",
    ),
    (
        "Stadt Wien",
        "withdrew",
        "2025-02-27",
        _ME,
        "Rückzug meiner Bewerbung - Referentin Budgetcontrolling",
        "Sehr geehrte Damen und Herren,\n\nhiermit ziehe ich meine Bewerbung für die Stelle Referentin "
        "Budgetcontrolling zurück, da ich eine andere Stelle angenommen habe.\n\nMit freundlichen Grüßen\nKatharina "
        "Berger",
        "sw3",
    ),
    (
        "Kanzlei Gruber",
        "applied",
        "2025-01-20",
        _ME,
        "Bewerbung als Buchhalterin",
        "Sehr geehrter Herr Dr. Gruber,\n\nanbei übermittle ich Ihnen meine Bewerbungsunterlagen für die "
        "ausgeschriebene Stelle als Buchhalterin.\n\nMit freundlichen Grüßen\nKatharina Berger",
        "kg1",
    ),
    (
        "Kanzlei Gruber",
        "rejected",
        "2025-02-12",
        "Dr. Martin Gruber <office@kanzlei-gruber.at>",
        "AW: Bewerbung als Buchhalterin",
        "Sehr geehrte Frau Berger,\n\ndanke für Ihre Bewerbung. Wir haben die Stelle mittlerweile intern besetzt "
        "und können Ihnen daher leider keine Zusage geben.\n\nMit freundlichen Grüßen\nDr. Martin Gruber",
        "kg1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "FinanzOnline <noreply@bmf.gv.at>",
        "Neue Nachricht in Ihrer DataBox",
        "other",
        "Sie haben eine neue Nachricht in Ihrer DataBox. Bitte melden Sie sich bei FinanzOnline an.",
    ),
    (
        "ÖBB <noreply@oebb.at>",
        "Ihr Ticket",
        "shop",
        "Vielen Dank für Ihre Buchung. Wien Hbf - Linz Hbf, 8. Februar.",
    ),
    (
        "karriere.at <jobalarm@karriere.at>",
        "Neue Jobs für Bilanzbuchhalterin",
        "alert",
        "Bilanzbuchhalterin - Wiener Städtische - Wien. Buchhalter/in - Rewe - Wiener Neudorf. Alle Jobs ansehen.",
    ),
    (
        "BILLA <service@billa.at>",
        "Deine Bestellung ist unterwegs",
        "shop",
        "Deine BILLA Online-Bestellung wird heute zwischen 18 und 20 Uhr geliefert.",
    ),
    (
        "AMS <noreply@ams.at>",
        "Ihr Termin beim AMS",
        "employment service",
        "Sehr geehrte Frau Berger, Ihr nächster Termin beim AMS ist am 20. Jänner um 9:30 Uhr.",
    ),
    (
        "KSW Newsletter <newsletter@ksw.or.at>",
        "Steuer-News Jänner",
        "newsletter",
        "Die wichtigsten Änderungen im Steuerrecht 2025. Weiterlesen. Abmelden",
    ),
    (
        "Florian Wagner <f.wagner@finance-headhunting.at>",
        "Spannende Position als Leiterin Rechnungswesen",
        "outreach",
        "Sehr geehrte Frau Berger, ich habe Ihr Profil auf LinkedIn gesehen und hätte eine spannende Position für "
        "Sie. Hätten Sie Interesse an einem kurzen Telefonat?",
    ),
    (
        "StepStone <jobagent@stepstone.at>",
        "Ihr Job-Agent: 8 neue Jobs",
        "alert",
        "Accountant - Erste Group - Wien. Bilanzbuchhalter - Donauwerke - Wien. Alle Jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Gesendet"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KATHARINA,
        own_to={
            "Donauwerke": _HR,
            "Stadt Wien": "Stadt Wien Jobs <jobs@wien.gv.at>",
            "Kanzlei Gruber": "Dr. Martin Gruber <office@kanzlei-gruber.at>",
        },
        offset="+0100",
        clock="14:50:00",
        neg_start="2025-01-12",
        neg_step=5,
        neg_clock="07:40:00",
        tag="hundredthirtynine",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=KATHARINA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Alle E-Mails einschließlich Spam und Papierkorb.mbox", msgs or messages())
