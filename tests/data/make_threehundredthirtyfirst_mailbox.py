"""A three-hundred-and-thirty-first mailbox, written as a held-out check after the three-hundred-and-thirtieth (issue
#24).

Reto, an actuary in Zürich, saves his Outlook mail as .eml files.  Swiss hiring as it writes, in Swiss German spelling
(no ß): jobs.ch's "Ihre Bewerbung wurde erfolgreich übermittelt", a bank's Successfactors receipt "Besten Dank für Ihre
Bewerbung", a personnel consultant's "Wir haben Ihr Dossier unserem Kunden, einem führenden Versicherer am Platz
Zürich, weitergeleitet" and "Es handelt sich um die Limmat Versicherungen AG", a "Vorstellungsgespräch" with the
head of pricing, a "Zweitgespräch" with the CFO (the final round), "Leider müssen wir Ihnen mitteilen, dass wir uns
für eine andere Kandidatur entschieden haben", a "Vertragsangebot" and his own "Gerne nehme ich das Angebot an".
Negatives: jobs.ch's Jobabo, a SBB ticket, a Migros promotion, a Swisscom bill, a newsletter of the actuarial
association, his sister.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RETO = "reto.bachmann.aktuar@bluewin.example"
ME = f"Reto Bachmann <{RETO}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Helvetia Pension Partners",
        "applied",
        "2025-05-05",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde erfolgreich übermittelt",
        "Guten Tag Reto Bachmann\n\nIhre Bewerbung als Aktuar/in 80-100% bei Helvetia Pension Partners AG wurde "
        "erfolgreich übermittelt.\n\nViel Erfolg!\nIhr jobs.ch-Team",
        None,
    ),
    (
        "Zürichsee Bank",
        "applied",
        "2025-05-06",
        "Zürichsee Bank Karriere <noreply@successfactors.eu>",
        "Besten Dank für Ihre Bewerbung",
        "Sehr geehrter Herr Bachmann\n\nBesten Dank für Ihre Bewerbung als Risk Analyst. Wir prüfen Ihre Unterlagen und "
        "melden uns in den nächsten zwei Wochen.\n\nFreundliche Grüsse\nHR Recruiting\nZürichsee Bank",
        None,
    ),
    (
        "Limmat Versicherungen",
        "applied",
        "2025-05-07",
        "Sandra Keller <s.keller@alpina-personal.example>",
        "Ihre Kandidatur - Senior Aktuar",
        "Sehr geehrter Herr Bachmann\n\nBesten Dank für das angenehme Telefonat. Wie besprochen haben wir Ihr Dossier "
        "unserem Kunden, einem führenden Versicherer am Platz Zürich, weitergeleitet.\n\nFreundliche Grüsse\nSandra "
        "Keller\nAlpina Personal AG",
        None,
    ),
    (
        "Limmat Versicherungen",
        "interview",
        "2025-05-13",
        "Sandra Keller <s.keller@alpina-personal.example>",
        "AW: Ihre Kandidatur - Senior Aktuar",
        "Sehr geehrter Herr Bachmann\n\nGerne kann ich Ihnen nun mitteilen: Es handelt sich um die Limmat "
        "Versicherungen AG. Der Leiter Pricing möchte Sie zu einem Vorstellungsgespräch am Montag, 19. Mai, um 10 Uhr "
        "einladen.\n\nFreundliche Grüsse\nSandra Keller",
        None,
    ),
    (
        "Zürichsee Bank",
        "rejected",
        "2025-05-15",
        "Zürichsee Bank Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung als Risk Analyst",
        "Sehr geehrter Herr Bachmann\n\nLeider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatur "
        "entschieden haben.\n\nFreundliche Grüsse\nHR Recruiting\nZürichsee Bank",
        None,
    ),
    (
        "Limmat Versicherungen",
        "onsite",
        "2025-05-22",
        "Sandra Keller <s.keller@alpina-personal.example>",
        "Zweitgespräch Limmat Versicherungen",
        "Sehr geehrter Herr Bachmann\n\nDas Gespräch ist sehr gut angekommen. Limmat Versicherungen lädt Sie zu einem "
        "Zweitgespräch mit dem CFO am 28. Mai ein, der letzten Runde im Prozess.\n\nFreundliche Grüsse\nSandra Keller",
        None,
    ),
    (
        "Helvetia Pension Partners",
        "rejected",
        "2025-05-26",
        "Helvetia Pension Partners <hr@helvetiapension.example>",
        "Ihre Bewerbung",
        "Sehr geehrter Herr Bachmann\n\nWir danken Ihnen für Ihr Interesse. Nach sorgfältiger Prüfung müssen wir Ihnen "
        "leider eine Absage erteilen.\n\nFreundliche Grüsse\nHR",
        None,
    ),
    (
        "Limmat Versicherungen",
        "offer",
        "2025-06-02",
        "Sandra Keller <s.keller@alpina-personal.example>",
        "Vertragsangebot Limmat Versicherungen",
        "Sehr geehrter Herr Bachmann\n\nIch freue mich, Ihnen mitzuteilen, dass Limmat Versicherungen Ihnen ein "
        "Vertragsangebot unterbreitet: CHF 165'000 plus Bonus, Eintritt per 1. September.\n\nFreundliche Grüsse\n"
        "Sandra Keller",
        None,
    ),
    (
        "Limmat Versicherungen",
        "accepted",
        "2025-06-03",
        ME,
        "AW: Vertragsangebot Limmat Versicherungen",
        "Sehr geehrte Frau Keller\n\nHerzlichen Dank! Gerne nehme ich das Angebot an.\n\nFreundliche Grüsse\nReto "
        "Bachmann",
        "Sandra Keller <s.keller@alpina-personal.example>",
    ),
]

_NEGATIVES = [
    (
        "jobs.ch Jobabo <jobabo@jobs.ch>",
        "8 neue Jobs: Aktuar",
        "alert",
        "Aktuar/in - Zürich. Pricing Actuary - Winterthur. Jetzt bewerben.",
    ),
    (
        "SBB <tickets@sbb.example>",
        "Ihr Billett Zürich - Bern",
        "other",
        "Ihr Billett für den 12. Mai ist im SBB Mobile verfügbar.",
    ),
    (
        "Migros <angebote@migros.example>",
        "Aktionen dieser Woche",
        "shop",
        "Diese Woche 20 % auf Kaffee und Schokolade.",
    ),
    (
        "Swisscom <rechnung@swisscom.example>",
        "Ihre Rechnung",
        "other",
        "Ihre Swisscom-Rechnung für April beträgt CHF 89.90.",
    ),
    (
        "SAV Newsletter <newsletter@actuaries.example>",
        "SAV Newsletter Mai",
        "newsletter",
        "Neuigkeiten der Schweizerischen Aktuarvereinigung und Weiterbildungen.",
    ),
    (
        "Nina Bachmann <nina.bachmann@gmx.example>",
        "Geburtstag",
        "personal",
        "Kommst du am Samstag zu Papis Geburtstag?",
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
        clock="08:55:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="20:10:00",
        tag="threehundredthirtyone",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), RETO)
