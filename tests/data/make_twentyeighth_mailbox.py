"""A twenty-eighth mailbox, written as a held-out check after the twenty-seventh's fixes (issue #24).

Lukas, a software tester in Cologne and Brussels, exports Gmail with Takeout, in German and French: StepStone,
Indeed and LinkedIn in German, Personio and Recruitee, a Belgian employer in French, a Düsseldorf agency, HTML
templates, "Ihre Bewerbung hat uns überzeugt", "wir haben uns anderweitig entschieden", "nous revenons vers vous",
"votre candidature n'a pas été retenue", and everyday mail.  Its score before any rule was changed for it is in the
issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUKAS = "lukas.becker.qa@gmail.com"
_ME = f"Lukas Becker <{LUKAS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Rheinland Software",
        "applied",
        "2025-03-03",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        "Ihre Bewerbung auf die Stelle QA Engineer (m/w/d) bei Rheinland Software GmbH wurde erfolgreich versendet.",
        "rs1",
    ),
    (
        "Rheinland Software",
        "interview",
        "2025-03-10",
        "Rheinland Software GmbH <jobs@rheinland-software.de>",
        "Ihre Bewerbung als QA Engineer",
        "Hallo Herr Becker,\n\nIhre Bewerbung hat uns überzeugt! Wir möchten Sie gerne in einem Video-Call mit "
        "unserem Head of QA kennenlernen. Bitte buchen Sie über den Link einen Termin.\n\nIhr Recruiting-Team",
        "rs2",
    ),
    (
        "Rheinland Software",
        "rejected",
        "2025-03-24",
        "Rheinland Software GmbH <jobs@rheinland-software.de>",
        "Ihre Bewerbung als QA Engineer",
        "Hallo Herr Becker,\n\nnochmals vielen Dank für das Gespräch. Nach sorgfältiger Abwägung haben wir uns "
        "anderweitig entschieden. Für Ihre Zukunft wünschen wir Ihnen alles Gute.\n\nIhr Recruiting-Team",
        "rs3",
    ),
    (
        "Domstadt Logistik",
        "applied",
        "2025-03-04",
        "Domstadt Logistik GmbH <no-reply@personio.de>",
        "Ihre Bewerbung bei Domstadt Logistik",
        "Hallo Lukas Becker,\n\nvielen Dank für Ihre Bewerbung als Testautomatisierer (m/w/d). Wir haben Ihre "
        "Unterlagen erhalten.",
        "dl1",
    ),
    (
        "Domstadt Logistik",
        "screen",
        "2025-03-11",
        "Sabine Krüger <s.krueger@domstadt-logistik.de>",
        "Kurzes Kennenlernen",
        "Hallo Herr Becker,\n\nich würde gerne ein kurzes Telefonat von ca. 20 Minuten mit Ihnen führen, um Sie "
        "kennenzulernen. Wann passt es Ihnen?\n\nSabine Krüger\nHR",
        "dl2",
    ),
    (
        "Domstadt Logistik",
        "offer",
        "2025-03-28",
        "Sabine Krüger <s.krueger@domstadt-logistik.de>",
        "Unser Angebot",
        "Hallo Herr Becker,\n\nwir freuen uns, Ihnen nach den Gesprächen ein Angebot für die Position als "
        "Testautomatisierer zu machen: 62.000 € brutto im Jahr, Start zum 1. Mai.\n\nSabine Krüger",
        "dl3",
    ),
    (
        "Domstadt Logistik",
        "accepted",
        "2025-03-31",
        _ME,
        "AW: Unser Angebot",
        "Hallo Frau Krüger,\n\nvielen Dank für das Angebot, ich sage sehr gerne zu!\n\nViele Grüße\nLukas Becker",
        "dl3",
    ),
    (
        "Atomium Digital",
        "applied",
        "2025-03-05",
        "Atomium Digital <notifications@recruitee.com>",
        "Votre candidature chez Atomium Digital",
        "Bonjour Lukas,\n\nMerci pour votre candidature au poste de QA Engineer. Nous revenons vers vous très "
        "rapidement.\n\nL'équipe Atomium Digital",
        "ad1",
    ),
    (
        "Atomium Digital",
        "rejected",
        "2025-03-19",
        "Atomium Digital <notifications@recruitee.com>",
        "Votre candidature chez Atomium Digital",
        "Bonjour Lukas,\n\nNous vous remercions de l'intérêt que vous portez à Atomium Digital. Après examen, votre "
        "candidature n'a pas été retenue pour ce poste.\n\nL'équipe Atomium Digital",
        "ad2",
    ),
    (
        "Brüsseler Bank",
        "applied",
        "2025-03-06",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lukas, Ihre Bewerbung wurde an Brüsseler Bank gesendet",
        "Ihre Bewerbung wurde an Brüsseler Bank gesendet\nSoftware Tester\nBrüsseler Bank · Köln (Hybrid)",
        "bb1",
    ),
    (
        "Brüsseler Bank",
        "follow_up",
        "2025-03-25",
        _ME,
        "Bewerbung Software Tester",
        "Sehr geehrte Damen und Herren,\n\nich erlaube mir, mich nach dem Stand meiner Bewerbung vom 6. März zu "
        "erkundigen.\n\nMit freundlichen Grüßen\nLukas Becker",
        "bb2",
    ),
    (
        "Nordrhein Pharma",
        "applied",
        "2025-03-07",
        "Indeed <indeedapply@indeed.com>",
        "Indeed-Bewerbung: QA Analyst",
        "Ihre Bewerbung wurde übermittelt\nQA Analyst\nNordrhein Pharma - Köln\n\nViel Erfolg!",
        "np1",
    ),
    (
        "Nordrhein Pharma",
        "interview",
        "2025-03-14",
        "Nordrhein Pharma Karriere <karriere@nordrhein-pharma.de>",
        "Einladung zum Vorstellungsgespräch - QA Analyst",
        "Sehr geehrter Herr Becker,\n\ngerne laden wir Sie zu einem persönlichen Vorstellungsgespräch am 20.03. um "
        "11:00 Uhr in unserem Werk in Leverkusen ein.\n\nIhre Personalabteilung",
        "np2",
    ),
    (
        "Nordrhein Pharma",
        "withdrew",
        "2025-03-31",
        _ME,
        "Absage Vorstellungsgespräch / Rücknahme Bewerbung",
        "Sehr geehrte Damen und Herren,\n\nda ich mich für ein anderes Unternehmen entschieden habe, ziehe ich "
        "meine Bewerbung zurück.\n\nMit freundlichen Grüßen\nLukas Becker",
        "np3",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "StepStone <jobagent@stepstone.de>",
        "Neue Jobs für QA Engineer in Köln",
        "job alert",
        "Ihr Jobagent hat 9 neue Stellen gefunden. Jobagent abmelden",
    ),
    (
        "Jan Hoffmann <jan.hoffmann@personalpartner-duesseldorf.example>",
        "Interessante Position als Test Manager",
        "cold outreach",
        "Hallo Herr Becker, ich bin über XING auf Sie aufmerksam geworden. Für einen Kunden suche ich einen Test "
        "Manager. Hätten Sie Interesse an einem Austausch?",
    ),
    (
        "Stadt Köln <noreply@stadt-koeln.de>",
        "Ihr Antrag auf Anwohnerparkausweis",
        "not a job application",
        "Ihr Antrag auf einen Anwohnerparkausweis ist eingegangen und wird bearbeitet.",
    ),
    (
        "t3n <newsletter@t3n.de>",
        "So bestehst du jedes Tech-Interview",
        "newsletter",
        "Die besten Tipps fürs Bewerbungsgespräch. Newsletter abbestellen",
    ),
    (
        "Oma <gisela.becker@web.de>",
        "Viel Glück!",
        "not about an application",
        "Lieber Lukas, viel Glück beim Vorstellungsgespräch! Deine Oma",
    ),
    (
        "Indeed <enquete@indeed.com>",
        "Wie war Ihr Vorstellungsgespräch?",
        "survey",
        "Bewerten Sie Ihr Vorstellungsgespräch bei Nordrhein Pharma. Abmelden",
    ),
    (
        "SNCB <noreply@belgiantrain.be>",
        "Votre billet Bruxelles - Cologne",
        "not about an application",
        "Merci pour votre achat. Votre billet est en pièce jointe.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LUKAS,
        own_to={
            "Domstadt Logistik": "Sabine Krüger <s.krueger@domstadt-logistik.de>",
            "Brüsseler Bank": "Brüsseler Bank Karriere <karriere@bruesseler-bank.de>",
            "Nordrhein Pharma": "Nordrhein Pharma Karriere <karriere@nordrhein-pharma.de>",
        },
        offset="+0100",
        clock="09:20:00",
        neg_start="2025-03-03",
        neg_step=4,
        neg_clock="07:40:00",
        tag="achtundzwanzig",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
