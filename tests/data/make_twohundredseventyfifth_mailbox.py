"""A two-hundred-and-seventy-fifth mailbox, written as a held-out check after the two-hundred-and-seventy-fourth
(issue #24).

Jonas, a logistics planner in Hamburg, saves his Outlook mail as .eml files; his mail is in German.  German hiring:
StepStone's "Ihre Bewerbung wurde erfolgreich versendet", a Personio receipt in a shipping company's name,
rexx systems' "Eingangsbestätigung" for a port operator, "ein erstes Telefoninterview", "Einladung zum
Vorstellungsgespräch", a "Probearbeitstag" (the last step), "leider müssen wir Ihnen mitteilen", a "Vertragsangebot",
a personnel agency's "Ihr Profil beim Kunden vorgestellt" naming its client, and his own "Ich nehme das Angebot gerne
an" and withdrawal.  Negatives: StepStone's job agent, XING's newsletter, "Ihr Profil wurde angesehen", the HVV, the
Finanzamt, a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JONAS = "jonas.petersen@outlook.de"
ME = f"Jonas Petersen <{JONAS}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Elbkontor Logistik",
        "applied",
        "2025-05-05",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        "Hallo Jonas Petersen,\n\nIhre Bewerbung als Disponent Seefracht (m/w/d) bei Elbkontor Logistik GmbH wurde "
        "erfolgreich versendet. Der Arbeitgeber meldet sich direkt bei Ihnen.\n\nViel Erfolg!\nIhr StepStone-Team",
        None,
    ),
    (
        "Nordreederei Hansa",
        "applied",
        "2025-05-06",
        "Nordreederei Hansa <jobs@nordreederei-hansa.jobs.personio.de>",
        "Vielen Dank für deine Bewerbung",
        "Hallo Jonas,\n\nvielen Dank für deine Bewerbung als Supply Chain Planner (m/w/d) bei der Nordreederei Hansa. "
        "Wir schauen uns deine Unterlagen in Ruhe an und melden uns in den nächsten zwei Wochen.\n\nViele Grüße\n"
        "Dein People-Team der Nordreederei Hansa",
        None,
    ),
    (
        "Hafenbetriebe Altenwerder",
        "applied",
        "2025-05-07",
        "Hafenbetriebe Altenwerder Recruiting <bewerbung@hba-karriere.example>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Petersen,\n\nvielen Dank für Ihre Bewerbung als Terminalplaner (m/w/d). Hiermit bestätigen "
        "wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns zeitnah.\n\nMit "
        "freundlichen Grüßen\nIhr Recruiting-Team\nHafenbetriebe Altenwerder GmbH",
        None,
    ),
    (
        "Holsten Kühllogistik",
        "applied",
        "2025-05-08",
        "Katrin Wolff <k.wolff@nordpersonal.example>",
        "Ihr Profil bei Holsten Kühllogistik",
        "Hallo Herr Petersen,\n\nwie telefonisch besprochen, habe ich Ihr Profil heute bei unserem Kunden Holsten "
        "Kühllogistik für die Position Teamleiter Disposition vorgestellt. Ich melde mich, sobald ich Feedback habe.\n\n"
        "Beste Grüße\nKatrin Wolff\nSenior Personalberaterin | Nord Personal",
        None,
    ),
    (
        "Nordreederei Hansa",
        "screen",
        "2025-05-12",
        "Lena Brandt <lena.brandt@nordreederei-hansa.example>",
        "Deine Bewerbung als Supply Chain Planner",
        "Hallo Jonas,\n\ndanke nochmal für deine Bewerbung! Wir würden dich gern in einem ersten Telefoninterview (ca. "
        "30 Minuten) kennenlernen. Passt dir Mittwoch um 11 Uhr?\n\nViele Grüße\nLena Brandt\nRecruiterin",
        None,
    ),
    (
        "Elbkontor Logistik",
        "interview",
        "2025-05-13",
        "Frank Behrens <f.behrens@elbkontor-logistik.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Petersen,\n\nvielen Dank für Ihre Bewerbung als Disponent Seefracht. Wir möchten Sie gerne "
        "zu einem persönlichen Vorstellungsgespräch am Dienstag, 20. Mai, um 14:00 Uhr in unser Büro in der "
        "Speicherstadt einladen.\n\nMit freundlichen Grüßen\nFrank Behrens\nLeitung Seefracht",
        None,
    ),
    (
        "Hafenbetriebe Altenwerder",
        "rejected",
        "2025-05-15",
        "Hafenbetriebe Altenwerder Recruiting <bewerbung@hba-karriere.example>",
        "Ihre Bewerbung als Terminalplaner (m/w/d)",
        "Sehr geehrter Herr Petersen,\n\nnochmals vielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, "
        "dass wir uns für einen anderen Kandidaten entschieden haben, dessen Profil noch besser zu unseren "
        "Anforderungen passt.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        None,
    ),
    (
        "Holsten Kühllogistik",
        "interview",
        "2025-05-16",
        "Katrin Wolff <k.wolff@nordpersonal.example>",
        "AW: Ihr Profil bei Holsten Kühllogistik",
        "Hallo Herr Petersen,\n\ngute Nachrichten: Holsten möchte Sie gerne kennenlernen! Das Gespräch mit dem "
        "Niederlassungsleiter wäre am Freitag, 23. Mai, um 10 Uhr in Billbrook.\n\nBeste Grüße\nKatrin Wolff",
        None,
    ),
    (
        "Nordreederei Hansa",
        "interview",
        "2025-05-19",
        "Lena Brandt <lena.brandt@nordreederei-hansa.example>",
        "AW: Deine Bewerbung als Supply Chain Planner",
        "Hallo Jonas,\n\nschön, dass das Telefonat so gut lief! Im nächsten Schritt möchten wir dich zu einem "
        "Fachgespräch mit unserem Head of Operations einladen, per Teams am 26. Mai um 9 Uhr.\n\nViele Grüße\nLena",
        None,
    ),
    (
        "Elbkontor Logistik",
        "onsite",
        "2025-05-22",
        "Frank Behrens <f.behrens@elbkontor-logistik.example>",
        "Probearbeitstag",
        "Sehr geehrter Herr Petersen,\n\nvielen Dank für das angenehme Gespräch. Als letzten Schritt laden wir Sie "
        "gerne zu einem Probearbeitstag in unserem Team ein, am Mittwoch, 28. Mai, ab 8 Uhr.\n\nMit freundlichen "
        "Grüßen\nFrank Behrens",
        None,
    ),
    (
        "Holsten Kühllogistik",
        "rejected",
        "2025-05-27",
        "Katrin Wolff <k.wolff@nordpersonal.example>",
        "AW: Ihr Profil bei Holsten Kühllogistik",
        "Hallo Herr Petersen,\n\nleider habe ich keine guten Nachrichten: Holsten hat sich für einen internen "
        "Kandidaten entschieden. Ich halte Sie aber für weitere Positionen auf dem Schirm.\n\nBeste Grüße\nKatrin "
        "Wolff",
        None,
    ),
    (
        "Elbkontor Logistik",
        "offer",
        "2025-06-02",
        "Frank Behrens <f.behrens@elbkontor-logistik.example>",
        "Vertragsangebot",
        "Sehr geehrter Herr Petersen,\n\nwir freuen uns, Ihnen die Position als Disponent Seefracht anbieten zu können. "
        "Anbei erhalten Sie unser Vertragsangebot (unbefristet, 54.000 € brutto jährlich). Wir würden uns über Ihre "
        "Zusage bis zum 9. Juni freuen.\n\nMit freundlichen Grüßen\nFrank Behrens",
        None,
    ),
    (
        "Elbkontor Logistik",
        "accepted",
        "2025-06-04",
        ME,
        "AW: Vertragsangebot",
        "Sehr geehrter Herr Behrens,\n\nvielen Dank für das Angebot. Ich nehme es gerne an und sende Ihnen den "
        "unterschriebenen Vertrag in den nächsten Tagen zurück.\n\nMit freundlichen Grüßen\nJonas Petersen",
        "Frank Behrens <f.behrens@elbkontor-logistik.example>",
    ),
    (
        "Nordreederei Hansa",
        "withdrew",
        "2025-06-04",
        ME,
        "AW: Deine Bewerbung als Supply Chain Planner",
        "Hallo Lena,\n\nvielen Dank für die tollen Gespräche. Ich habe mich inzwischen für ein anderes Angebot "
        "entschieden und ziehe meine Bewerbung daher zurück.\n\nViele Grüße\nJonas",
        "Lena Brandt <lena.brandt@nordreederei-hansa.example>",
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für: Disponent Hamburg",
        "alert",
        "Disponent Seefracht - Hamburg. Supply Chain Planner - Hamburg-Altona. Teamleiter Disposition - Billbrook.",
    ),
    (
        "XING News <newsletter@xing.example>",
        "Ihre Branchen-News: Logistik",
        "newsletter",
        "Die wichtigsten Nachrichten aus der Logistikbranche diese Woche.",
    ),
    (
        "XING <noreply@xing.example>",
        "Ihr Profil wurde 5-mal angesehen",
        "viewed",
        "Ihr Profil wurde diese Woche 5-mal angesehen, auch von Recruitern.",
    ),
    (
        "HVV <service@hvv.example>",
        "Ihr Deutschlandticket: Abbuchung Juni",
        "other",
        "Die Abbuchung für Ihr Deutschlandticket im Juni erfolgt am 1. Juni.",
    ),
    (
        "Finanzamt Hamburg-Mitte <poststelle@finanzamt.example>",
        "Ihr Steuerbescheid 2024",
        "other",
        "Ihr Steuerbescheid für 2024 steht in ELSTER zum Abruf bereit.",
    ),
    (
        "Mats Hansen <mats.hansen@gmx.example>",
        "Fischmarkt Sonntag?",
        "personal",
        "Fischmarkt am Sonntag früh? 7 Uhr an den Landungsbrücken?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="09:05:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="19:40:00",
        tag="twohundredseventyfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), JONAS)
