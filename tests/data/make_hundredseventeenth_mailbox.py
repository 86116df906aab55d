"""A hundred-and-seventeenth mailbox, written as a held-out check after the hundred-and-sixteenth (issue #24).

Jonas, a supply-chain planner in Hamburg, exports Gmail with Takeout from an account in German (labels
"Gesendet", "Posteingang").  German employers write as German firms do: "Eingangsbestätigung Ihrer Bewerbung", "wir
freuen uns, Sie zu einem persönlichen Gespräch einzuladen", "ein Zweitgespräch mit der Geschäftsführung", "ein
Probearbeitstag", "wir freuen uns, Ihnen die Stelle anbieten zu können", "leider müssen wir Ihnen mitteilen, dass
wir uns für einen anderen Bewerber entschieden haben"; his own "hiermit nehme ich Ihr Angebot gerne an", "ich
wollte mich nach dem Stand meiner Bewerbung erkundigen", "ich ziehe meine Bewerbung zurück".  His negatives: job
sites' alerts, the employment agency's job suggestion, a savings bank, a parcel, a headhunter's pitch.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JONAS = "jonas.schroeder.scm@gmail.com"
_ME = f"Jonas Schröder <{JONAS}>"
_ELBE = "Katrin Vogel <k.vogel@elbe-logistik.de>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Elbe Logistik (receipt, interview, second interview with the management, trial day, offer, accepted)
    (
        "Elbe Logistik",
        "applied",
        "2025-02-03",
        "Elbe Logistik GmbH <bewerbung@elbe-logistik.de>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Schröder,\n\nvielen Dank für Ihre Bewerbung als Supply Chain Planer (m/w/d). Ihre "
        "Unterlagen sind vollständig bei uns eingegangen. Wir melden uns in den nächsten zwei Wochen bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\nIhr Personalteam der Elbe Logistik GmbH",
        "el1",
    ),
    (
        "Elbe Logistik",
        "interview",
        "2025-02-10",
        _ELBE,
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Schröder,\n\nIhre Bewerbung hat uns überzeugt. Wir freuen uns, Sie zu einem persönlichen "
        "Gespräch am Donnerstag, den 20. Februar, um 10 Uhr in unserer Zentrale in Hamburg-Billbrook einzuladen.\n\n"
        "Mit freundlichen Grüßen\nKatrin Vogel\nPersonalreferentin",
        "el2",
    ),
    (
        "Elbe Logistik",
        "onsite",
        "2025-02-24",
        _ELBE,
        "AW: Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Schröder,\n\nvielen Dank für das angenehme Gespräch. Gerne möchten wir Sie zu einem "
        "Zweitgespräch mit unserer Geschäftsführung sowie einem anschließenden Probearbeitstag am 5. März "
        "einladen.\n\nMit freundlichen Grüßen\nKatrin Vogel",
        "el2",
    ),
    (
        "Elbe Logistik",
        "offer",
        "2025-03-11",
        _ELBE,
        "Ihr Vertragsangebot",
        "Sehr geehrter Herr Schröder,\n\nwir freuen uns, Ihnen die Stelle als Supply Chain Planer anbieten zu können. "
        "Anbei erhalten Sie unser Vertragsangebot. Wir würden uns über Ihre Rückmeldung bis zum 18. März "
        "freuen.\n\nMit freundlichen Grüßen\nKatrin Vogel",
        "el3",
    ),
    (
        "Elbe Logistik",
        "accepted",
        "2025-03-13",
        _ME,
        "AW: Ihr Vertragsangebot",
        "Sehr geehrte Frau Vogel,\n\nvielen Dank für das Angebot. Hiermit nehme ich Ihr Angebot gerne an und sende "
        "Ihnen den unterschriebenen Vertrag zurück.\n\nMit freundlichen Grüßen\nJonas Schröder",
        "el3",
    ),
    # Hanseatische Versorgung (a no after a telephone interview)
    (
        "Hanseatische Versorgung",
        "applied",
        "2025-02-04",
        "Hanseatische Versorgung AG <noreply@successfactors.eu>",
        "Ihre Bewerbung bei der Hanseatischen Versorgung AG",
        "Sehr geehrter Herr Schröder,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die Position Demand Planner "
        "und danken Ihnen für Ihr Interesse an der Hanseatischen Versorgung AG.\n\nIhr Recruiting-Team",
        "hv1",
    ),
    (
        "Hanseatische Versorgung",
        "screen",
        "2025-02-12",
        "Lena Hartmann <lena.hartmann@hanseatische-versorgung.de>",
        "Telefoninterview - Demand Planner",
        "Hallo Herr Schröder,\n\ngerne würde ich Sie in einem kurzen Telefoninterview von ca. 30 Minuten näher "
        "kennenlernen. Passt Ihnen Dienstag um 14 Uhr?\n\nViele Grüße\nLena Hartmann\nRecruiting",
        "hv2",
    ),
    (
        "Hanseatische Versorgung",
        "rejected",
        "2025-02-27",
        "Hanseatische Versorgung AG <noreply@successfactors.eu>",
        "Ihre Bewerbung als Demand Planner",
        "Sehr geehrter Herr Schröder,\n\nleider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber "
        "entschieden haben, dessen Profil noch besser zu unseren Anforderungen passt. Ihre Unterlagen werden gemäß "
        "DSGVO nach sechs Monaten gelöscht.\n\nIhr Recruiting-Team",
        "hv1",
    ),
    # Nordlicht Handel (his own application by mail; his follow-up; his withdrawal)
    (
        "Nordlicht Handel",
        "applied",
        "2025-02-06",
        _ME,
        "Bewerbung als Disponent - Jonas Schröder",
        "Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich auf die ausgeschriebene Stelle als Disponent. "
        "Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang.\n\nMit freundlichen Grüßen\nJonas Schröder",
        "nh1",
    ),
    (
        "Nordlicht Handel",
        "follow_up",
        "2025-02-25",
        _ME,
        "AW: Bewerbung als Disponent - Jonas Schröder",
        "Sehr geehrte Damen und Herren,\n\nich wollte mich nach dem Stand meiner Bewerbung vom 6. Februar erkundigen. "
        "Über eine kurze Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nJonas Schröder",
        "nh1",
    ),
    (
        "Nordlicht Handel",
        "withdrew",
        "2025-03-14",
        _ME,
        "AW: Bewerbung als Disponent - Jonas Schröder",
        "Sehr geehrte Damen und Herren,\n\nda ich mich für eine andere Stelle entschieden habe, ziehe ich meine "
        "Bewerbung hiermit zurück. Vielen Dank für Ihre Zeit.\n\nMit freundlichen Grüßen\nJonas Schröder",
        "nh1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für Supply Chain Planer",
        "alert",
        "Supply Chain Planer (m/w/d) - Hamburg. Disponent (m/w/d) - Norderstedt. Demand Planner - Bremen. Alle Jobs "
        "ansehen.",
    ),
    (
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.example>",
        "Neuer Vermittlungsvorschlag",
        "alert",
        "Sehr geehrter Herr Schröder, wir haben einen neuen Vermittlungsvorschlag für Sie: Logistikplaner (m/w/d) in "
        "Hamburg. Bitte bewerben Sie sich bis zum 28. Februar.",
    ),
    (
        "Hamburger Sparkasse <info@haspa.example>",
        "Ihr neuer Kontoauszug ist da",
        "not applied",
        "Ihr Kontoauszug für Januar steht im Online-Banking für Sie bereit.",
    ),
    (
        "DHL Paket <noreply@dhl.example>",
        "Ihr Paket kommt heute",
        "shop",
        "Ihre Sendung 00340434 wird heute zwischen 10 und 13 Uhr zugestellt.",
    ),
    (
        "Markus Brandt <m.brandt@brandt-personalberatung.example>",
        "Spannende Position als Head of Planning",
        "outreach",
        "Hallo Herr Schröder, ich bin auf Ihr XING-Profil aufmerksam geworden und habe eine spannende Position als "
        "Head of Planning bei einem Mandanten in Hamburg. Hätten Sie Zeit für ein kurzes Telefonat?\n\nMarkus Brandt\n"
        "Brandt Personalberatung",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Gesendet"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    return localized_labels(
        takeout_corpus(
            _POSITIVES,
            _NEGATIVES,
            owner=JONAS,
            own_to={
                "Elbe Logistik": _ELBE,
                "Nordlicht Handel": "Nordlicht Handel Personal <personal@nordlicht-handel.de>",
            },
            offset="+0100",
            clock="09:20:00",
            neg_start="2025-02-05",
            neg_step=4,
            neg_clock="07:50:00",
            tag="hundredseventeen",
        ),
        sent="Gesendet",
        inbox="Posteingang",
        owner=JONAS,
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(
        Path(folder) / "Alle E-Mails einschließlich Spam und Papierkorb.mbox", msgs if msgs is not None else messages()
    )
