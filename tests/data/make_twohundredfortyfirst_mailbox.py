"""A two-hundred-and-forty-first mailbox, written as a held-out check after the two-hundred-and-fortieth
(issue #24).

Lukas, a business analyst in Zurich, saved his Outlook mail as .eml files, all in Swiss German mail style (no
"ß": "Grüsse", "Strasse"; "Grüezi Herr Meier").  jobs.ch's receipt, an employer's "Ihr Dossier", a
"Vorstellungsgespräch", a "Schnuppertag" with the team as the last round, a "Zusage" that is the offer, and a
cantonal office's "Absage"; a bank written "Limmat Privatbank AG" from limmatbank.ch.  Negatives: jobs.ch's
"Jobs für Sie", the RAV's appointment (an employment office), SBB, Galaxus, a friend.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUKAS = "lukas.meier@bluewin.ch"
ME = f"Lukas Meier <{LUKAS}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Limmat Privatbank",
        "applied",
        "2025-01-13",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde versendet",
        "Grüezi Herr Meier\n\nIhre Bewerbung als Business Analyst (80-100%) bei Limmat Privatbank AG wurde "
        "erfolgreich versendet.\n\nFreundliche Grüsse\nIhr jobs.ch Team",
        None,
    ),
    (
        "Kanton Zürich",
        "applied",
        "2025-01-14",
        "Kanton Zürich <noreply@refline.ch>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Meier\n\nWir bestätigen den Eingang Ihrer Bewerbung für die Stelle Fachspezialist/in "
        "Datenanalyse (80%) im Amt für Wirtschaft. Wir prüfen Ihr Dossier und melden uns bei Ihnen.\n\nFreundliche "
        "Grüsse\nKanton Zürich\nAmt für Wirtschaft",
        None,
    ),
    (
        "Uetliberg Software",
        "applied",
        "2025-01-15",
        "Uetliberg Software <jobs@uetliberg-software.ch>",
        "Vielen Dank für deine Bewerbung",
        "Hoi Lukas\n\nMerci für deine Bewerbung als Product Analyst! Wir schauen uns dein Dossier in Ruhe an und "
        "melden uns in den nächsten zwei Wochen.\n\nLiebe Grüsse\nTeam Uetliberg Software",
        None,
    ),
    (
        "Limmat Privatbank",
        "interview",
        "2025-01-22",
        "Sabine Keller <sabine.keller@limmatbank.ch>",
        "Einladung zum Vorstellungsgespräch",
        "Grüezi Herr Meier\n\nBesten Dank für Ihr Dossier, das uns überzeugt hat. Gerne laden wir Sie zu einem "
        "Vorstellungsgespräch am Dienstag, 28. Januar 2025, um 14.00 Uhr an der Bahnhofstrasse 12 ein.\n\n"
        "Freundliche Grüsse\nSabine Keller\nHR Business Partner\nLimmat Privatbank AG",
        None,
    ),
    (
        "Kanton Zürich",
        "rejected",
        "2025-01-27",
        "Kanton Zürich <noreply@refline.ch>",
        "Ihre Bewerbung: Fachspezialist/in Datenanalyse",
        "Sehr geehrter Herr Meier\n\nVielen Dank für Ihr Interesse. Nach sorgfältiger Prüfung müssen wir Ihnen leider "
        "eine Absage erteilen. Wir haben uns für eine Person entschieden, deren Profil noch besser passt.\n\n"
        "Freundliche Grüsse\nAmt für Wirtschaft",
        None,
    ),
    (
        "Uetliberg Software",
        "screen",
        "2025-01-29",
        "Nina Huber <nina@uetliberg-software.ch>",
        "Kurzer Call?",
        "Hoi Lukas\n\nDein Profil gefällt uns. Hättest du Zeit für einen kurzen Call von 20 Minuten am Freitag, "
        "damit wir uns kennenlernen?\n\nLiebe Grüsse\nNina Huber\nPeople & Culture",
        None,
    ),
    (
        "Limmat Privatbank",
        "onsite",
        "2025-02-03",
        "Sabine Keller <sabine.keller@limmatbank.ch>",
        "Schnuppertag im Team",
        "Grüezi Herr Meier\n\nVielen Dank für das angenehme Gespräch. Als letzten Schritt möchten wir Sie gerne zu "
        "einem Schnuppertag im Team Business Analysis einladen, am Mittwoch, 12. Februar, ab 9 Uhr.\n\nFreundliche "
        "Grüsse\nSabine Keller",
        None,
    ),
    (
        "Uetliberg Software",
        "withdrew",
        "2025-02-14",
        ME,
        "AW: Kurzer Call?",
        "Hoi Nina\n\nMerci vielmals für das Gespräch. Ich habe mich in der Zwischenzeit für eine andere Stelle "
        "entschieden und ziehe meine Bewerbung deshalb zurück.\n\nLiebe Grüsse\nLukas",
        "Nina Huber <nina@uetliberg-software.ch>",
    ),
    (
        "Limmat Privatbank",
        "offer",
        "2025-02-14",
        "Sabine Keller <sabine.keller@limmatbank.ch>",
        "Zusage - Business Analyst",
        "Grüezi Herr Meier\n\nWir freuen uns sehr, Ihnen nach dem Schnuppertag eine Zusage für die Stelle als "
        "Business Analyst geben zu dürfen. Den Arbeitsvertrag senden wir Ihnen per Post zu.\n\nFreundliche Grüsse\n"
        "Sabine Keller",
        None,
    ),
    (
        "Limmat Privatbank",
        "accepted",
        "2025-02-17",
        ME,
        "AW: Zusage - Business Analyst",
        "Grüezi Frau Keller\n\nHerzlichen Dank für die Zusage, ich freue mich sehr! Den unterschriebenen "
        "Arbeitsvertrag sende ich Ihnen diese Woche zurück.\n\nFreundliche Grüsse\nLukas Meier",
        "Sabine Keller <sabine.keller@limmatbank.ch>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "jobs.ch <noreply@jobs.ch>",
        "Neue Jobs für Sie: Business Analyst",
        "alert",
        "Business Analyst (80-100%), Zürich; Data Analyst, Winterthur; Product Owner, Baden.",
    ),
    (
        "RAV Zürich <noreply@rav.example>",
        "Termin Beratungsgespräch",
        "other",
        "Ihr nächstes Beratungsgespräch mit Ihrer Personalberaterin findet am 4. Februar um 9.30 Uhr statt.",
    ),
    (
        "SBB <noreply@sbb.example>",
        "Ihr Halbtax läuft bald ab",
        "other",
        "Erneuern Sie Ihr Halbtax-Abo jetzt online.",
    ),
    (
        "Galaxus <info@galaxus.example>",
        "Ihre Bestellung wurde versandt",
        "shop",
        "Ihre Bestellung ist unterwegs und wird morgen geliefert.",
    ),
    (
        "Reto Brunner <reto.brunner@gmx.example>",
        "Fondue am Samstag",
        "personal",
        "Hoi Lukas, Fondue bei uns am Samstag? Bring den Weisswein mit.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="08:50:00",
        neg_start="2025-01-12",
        neg_step=6,
        neg_clock="19:10:00",
        tag="twohundredfortyone",
        host="bluewin.example",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), LUKAS)
