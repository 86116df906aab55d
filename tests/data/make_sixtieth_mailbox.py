"""A sixtieth mailbox, written as a held-out check after the fifty-ninth's fixes (issue #24).

Nadia, a controller in Zürich, saves her Outlook mail as .eml files (no labels, no Delivered-To).  Swiss German
business mail: "Grüezi", "Freundliche Grüsse" (no ß), jobs.ch and Refline confirmations, Abacus Umantis and
SuccessFactors in German, a Personalberatung presenting her to its client, a "Schnuppertag" as the last step, a
"Lohn" in an offer, an "Absage" with "Dossier", her "Zusage" and her withdrawal.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NADIA = "nadia.keller@bluewin.ch"
_ME = f"Nadia Keller <{NADIA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Limmat Versicherungen (Umantis; an interview, a Schnuppertag, an offer she accepts)
    (
        "Limmat Versicherungen",
        "applied",
        "2025-08-11",
        "Limmat Versicherungen AG <noreply@umantis.com>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Grüezi Frau Keller\n\nBesten Dank für Ihre Bewerbung als Controllerin 80-100% und das damit verbundene "
        "Interesse an der Limmat Versicherungen AG. Wir prüfen Ihr Dossier sorgfältig und melden uns in den nächsten "
        "zwei Wochen.\n\nFreundliche Grüsse\nHR Limmat Versicherungen",
        None,
    ),
    (
        "Limmat Versicherungen",
        "interview",
        "2025-08-20",
        "Sandra Meier <sandra.meier@limmat-versicherungen.ch>",
        "Einladung zum Vorstellungsgespräch - Controllerin 80-100%",
        "Grüezi Frau Keller\n\nIhr Dossier hat uns überzeugt. Gerne laden wir Sie zu einem Vorstellungsgespräch mit "
        "Herrn Brunner, Leiter Finanzen, am Dienstag, 26. August, um 14.00 Uhr an der Bahnhofstrasse 40 ein.\n\n"
        "Freundliche Grüsse\nSandra Meier\nHR Business Partnerin",
        None,
    ),
    (
        "Limmat Versicherungen",
        "onsite",
        "2025-09-01",
        "Sandra Meier <sandra.meier@limmat-versicherungen.ch>",
        "Schnuppertag",
        "Grüezi Frau Keller\n\nVielen Dank für das angenehme Gespräch. Als letzten Schritt möchten wir Sie gerne zu "
        "einem Schnuppertag im Team Controlling einladen, z.B. am Freitag, 5. September.\n\nFreundliche Grüsse\nSandra "
        "Meier",
        None,
    ),
    (
        "Limmat Versicherungen",
        "offer",
        "2025-09-10",
        "Sandra Meier <sandra.meier@limmat-versicherungen.ch>",
        "Ihr Arbeitsvertrag",
        "Grüezi Frau Keller\n\nWir freuen uns sehr, Ihnen die Stelle als Controllerin anbieten zu können. Im Anhang "
        "finden Sie den Arbeitsvertrag mit einem Jahreslohn von CHF 118'000. Wir bitten Sie, uns ein unterschriebenes "
        "Exemplar bis 19. September zu retournieren.\n\nFreundliche Grüsse\nSandra Meier",
        None,
    ),
    (
        "Limmat Versicherungen",
        "accepted",
        "2025-09-12",
        _ME,
        "AW: Ihr Arbeitsvertrag",
        "Grüezi Frau Meier\n\nHerzlichen Dank! Gerne sage ich zu und sende Ihnen den unterschriebenen Vertrag per Post."
        "\n\nFreundliche Grüsse\nNadia Keller",
        "Sandra Meier <sandra.meier@limmat-versicherungen.ch>",
    ),
    # Uetliberg Pharma (SuccessFactors in German; an Absage)
    (
        "Uetliberg Pharma",
        "applied",
        "2025-08-12",
        "Uetliberg Pharma Karriere <noreply@successfactors.eu>",
        "Vielen Dank für Ihre Bewerbung",
        "Sehr geehrte Frau Keller\n\nVielen Dank für Ihre Bewerbung als Financial Controller bei der Uetliberg Pharma "
        "AG. Wir werden Ihre Unterlagen prüfen und uns bei Ihnen melden.\n\nFreundliche Grüsse\nUetliberg Pharma "
        "Talent Acquisition",
        None,
    ),
    (
        "Uetliberg Pharma",
        "rejected",
        "2025-08-29",
        "Uetliberg Pharma Karriere <noreply@successfactors.eu>",
        "Ihre Bewerbung als Financial Controller",
        "Sehr geehrte Frau Keller\n\nNach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider mitteilen, dass "
        "wir Sie nicht weiter im Auswahlverfahren berücksichtigen können. Wir danken Ihnen für Ihr Interesse und "
        "wünschen Ihnen alles Gute.\n\nFreundliche Grüsse\nUetliberg Pharma Talent Acquisition",
        None,
    ),
    # Sihl Logistik, through a Personalberatung (presented; an interview; no answer; her withdrawal)
    (
        "Sihl Logistik",
        "applied",
        "2025-08-14",
        "Marco Rossi <marco.rossi@alpine-personalberatung.ch>",
        "Ihre Bewerbung - Leiterin Controlling (Sihl Logistik)",
        "Grüezi Frau Keller\n\nWie telefonisch besprochen, habe ich Ihr Dossier unserem Kunden, Sihl Logistik AG, für "
        "die Position Leiterin Controlling weitergeleitet. Ich melde mich, sobald ich eine Rückmeldung habe.\n\n"
        "Freundliche Grüsse\nMarco Rossi\nAlpine Personalberatung",
        None,
    ),
    (
        "Sihl Logistik",
        "interview",
        "2025-08-22",
        "Marco Rossi <marco.rossi@alpine-personalberatung.ch>",
        "AW: Ihre Bewerbung - Leiterin Controlling (Sihl Logistik)",
        "Grüezi Frau Keller\n\nGute Nachrichten: Sihl Logistik möchte Sie gerne kennenlernen. Der CFO schlägt ein "
        "Gespräch am Mittwoch, 27. August, um 10.00 Uhr in Schlieren vor. Passt Ihnen das?\n\nFreundliche Grüsse\n"
        "Marco Rossi",
        None,
    ),
    (
        "Sihl Logistik",
        "withdrew",
        "2025-09-12",
        _ME,
        "AW: Ihre Bewerbung - Leiterin Controlling (Sihl Logistik)",
        "Grüezi Herr Rossi\n\nVielen Dank für Ihre Unterstützung. Ich habe mich für eine andere Stelle entschieden und "
        "ziehe meine Bewerbung bei Sihl Logistik deshalb zurück.\n\nFreundliche Grüsse\nNadia Keller",
        "Marco Rossi <marco.rossi@alpine-personalberatung.ch>",
    ),
    # Zürichsee Immobilien (jobs.ch; an Absage after a first look)
    (
        "Zürichsee Immobilien",
        "applied",
        "2025-08-18",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde versendet",
        "Guten Tag Nadia Keller\n\nIhre Bewerbung für die Stelle Controller/in 100% bei Zürichsee Immobilien AG wurde "
        "erfolgreich versendet.\n\nIhr jobs.ch Team",
        None,
    ),
    (
        "Zürichsee Immobilien",
        "rejected",
        "2025-09-03",
        "Personal Zürichsee Immobilien <personal@zuerichsee-immobilien.ch>",
        "Ihre Bewerbung als Controller/in",
        "Sehr geehrte Frau Keller\n\nBesten Dank für Ihre Bewerbung. Wir haben uns für eine Kandidatin entschieden, "
        "deren Profil unseren Anforderungen noch besser entspricht. Ihr Dossier senden wir Ihnen elektronisch zurück."
        "\n\nFreundliche Grüsse\nPersonalabteilung",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "jobs.ch Jobabo <jobabo@jobs.ch>",
        "12 neue Jobs für «Controller» in Zürich",
        "alert",
        "Controller/in 80-100% - Limmat Versicherungen AG - Zürich\nFinancial Controller - Uetliberg Pharma - Schlieren",
    ),
    (
        "Jobs.ch <noreply@jobs.ch>",
        "Ihr Profil wurde angesehen",
        "viewed",
        "Ein Unternehmen hat Ihr Profil angesehen. Jetzt einloggen und mehr erfahren.",
    ),
    (
        "Thomas Huber <thomas.huber@finance-search.ch>",
        "Spannende Position als Head of Controlling",
        "outreach",
        "Grüezi Frau Keller, ich bin über LinkedIn auf Ihr Profil aufmerksam geworden. Für einen Kunden in Zug suche "
        "ich eine/n Head of Controlling. Hätten Sie Zeit für ein kurzes Telefonat?",
    ),
    (
        "NZZ <newsletter@nzz.ch>",
        "Der Morgen: die wichtigsten Nachrichten",
        "newsletter",
        "Ihr Überblick am Morgen. Abmelden",
    ),
    (
        "SBB <noreply@sbb.ch>",
        "Ihr Billett",
        "shop",
        "Zürich HB - Bern, 14.09.2025. Gute Reise!",
    ),
    (
        "Mami <ruth.keller@gmx.ch>",
        "Wie isch es gange?",
        "personal",
        "Hoi Nadia, wie isch s Vorstellungsgspräch gsi? Lüt mir am Abig aa. Kuss, Mami",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (Outlook's .eml: no labels, no Delivered-To)."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="+0200",
        clock="09:35:00",
        neg_start="2025-08-13",
        neg_step=5,
        neg_clock="07:05:00",
        tag="sixty",
        host="bluewin.example",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files (Inbox and Sent Items) into ``folder``; return ``folder``."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), NADIA)
