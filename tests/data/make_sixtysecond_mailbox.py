"""A sixty-second mailbox, written as a held-out check after the sixty-first's fixes (issue #24).

Lukas, an HR-systems analyst in Vienna, exports Gmail with Takeout (his account in German).  Austrian German:
"Ihre Bewerbung ist bei uns eingelangt", "wir dürfen Sie zu einem Hearing einladen", "Bewerbungsgespräch",
"Dienstvertrag", "Gehalt brutto", "leider müssen wir Ihnen mitteilen"; karriere.at and prescreen confirm
applications, a Personalberater presents him, a public employer invites him to a "Hearing" before a commission.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUKAS = "lukas.gruber.hr@gmail.com"
_ME = f"Lukas Gruber <{LUKAS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Donau Energie (prescreen; a phone call, a Bewerbungsgespräch, a Dienstvertrag he signs)
    (
        "Donau Energie",
        "applied",
        "2025-08-25",
        "Donau Energie AG <noreply@prescreen.io>",
        "Ihre Bewerbung bei der Donau Energie AG",
        "Sehr geehrter Herr Gruber,\n\nvielen Dank für Ihr Interesse. Ihre Bewerbung als HR Systems Analyst (m/w/d) ist "
        "bei uns eingelangt. Wir melden uns in Kürze bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der "
        "Donau Energie AG",
        "de1",
    ),
    (
        "Donau Energie",
        "screen",
        "2025-09-01",
        "Eva Huber <eva.huber@donau-energie.at>",
        "Telefonisches Erstgespräch - HR Systems Analyst",
        "Sehr geehrter Herr Gruber,\n\nIhre Unterlagen haben uns angesprochen. Gerne würden wir ein kurzes "
        "telefonisches Erstgespräch (ca. 20 Minuten) mit Ihnen führen. Passt Ihnen Mittwoch um 10:00 Uhr?\n\nMit "
        "freundlichen Grüßen\nEva Huber\nRecruiting",
        "de2",
    ),
    (
        "Donau Energie",
        "interview",
        "2025-09-08",
        "Eva Huber <eva.huber@donau-energie.at>",
        "Einladung zum Bewerbungsgespräch",
        "Sehr geehrter Herr Gruber,\n\nwir dürfen Sie zu einem persönlichen Bewerbungsgespräch mit Frau Mag. Berger, "
        "Leiterin HR-IT, am 15. September um 13:00 Uhr in die Zentrale am Handelskai einladen.\n\nMit freundlichen "
        "Grüßen\nEva Huber",
        "de3",
    ),
    (
        "Donau Energie",
        "offer",
        "2025-09-22",
        "Eva Huber <eva.huber@donau-energie.at>",
        "Ihr Dienstvertrag",
        "Sehr geehrter Herr Gruber,\n\nwir freuen uns, Ihnen mitteilen zu dürfen, dass wir Sie gerne als HR Systems "
        "Analyst einstellen möchten. Anbei erhalten Sie Ihren Dienstvertrag mit einem Gehalt von EUR 4.200 brutto "
        "monatlich (14 Gehälter).\n\nMit freundlichen Grüßen\nEva Huber",
        "de4",
    ),
    (
        "Donau Energie",
        "accepted",
        "2025-09-24",
        _ME,
        "AW: Ihr Dienstvertrag",
        "Sehr geehrte Frau Huber,\n\nherzlichen Dank! Ich nehme das Angebot sehr gerne an und sende Ihnen den "
        "unterschriebenen Dienstvertrag bis Freitag zurück.\n\nMit freundlichen Grüßen\nLukas Gruber",
        "de4",
    ),
    # Stadt Wien Digital (a public employer; a Hearing before a commission; a refusal)
    (
        "Stadt Wien Digital",
        "applied",
        "2025-08-27",
        "Stadt Wien Digital <bewerbung@digital.wien.gv.at>",
        "Bestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Gruber,\n\nwir bestätigen den Eingang Ihrer Bewerbung für die Stelle Systemanalytiker*in "
        "HR (Kennzahl 2025/118).\n\nMit freundlichen Grüßen\nStadt Wien Digital, Personalmanagement",
        "sw1",
    ),
    (
        "Stadt Wien Digital",
        "interview",
        "2025-09-10",
        "Stadt Wien Digital <bewerbung@digital.wien.gv.at>",
        "Einladung zum Hearing - Kennzahl 2025/118",
        "Sehr geehrter Herr Gruber,\n\nwir dürfen Sie zu einem Hearing vor der Auswahlkommission am 18. September um "
        "9:30 Uhr einladen. Bitte bereiten Sie eine kurze Präsentation (10 Minuten) vor.\n\nMit freundlichen Grüßen\n"
        "Personalmanagement",
        "sw2",
    ),
    (
        "Stadt Wien Digital",
        "rejected",
        "2025-10-01",
        "Stadt Wien Digital <bewerbung@digital.wien.gv.at>",
        "Ihre Bewerbung - Kennzahl 2025/118",
        "Sehr geehrter Herr Gruber,\n\nleider müssen wir Ihnen mitteilen, dass die Auswahlkommission sich für eine "
        "andere Bewerberin entschieden hat. Wir bedanken uns für Ihre Teilnahme am Hearing.\n\nMit freundlichen "
        "Grüßen\nPersonalmanagement",
        "sw3",
    ),
    # Alpen Retail, through a Personalberater (presented; no news; his withdrawal)
    (
        "Alpen Retail",
        "applied",
        "2025-08-29",
        "Stefan Lang <s.lang@lang-personalberatung.at>",
        "Ihre Kandidatur - HRIS Lead (Alpen Retail)",
        "Sehr geehrter Herr Gruber,\n\nwie besprochen habe ich Ihre Unterlagen unserem Mandanten, der Alpen Retail "
        "GmbH, vorgestellt. Ich melde mich, sobald ich Feedback habe.\n\nMit freundlichen Grüßen\nStefan Lang\nLang "
        "Personalberatung",
        "ar1",
    ),
    (
        "Alpen Retail",
        "withdrew",
        "2025-09-25",
        _ME,
        "AW: Ihre Kandidatur - HRIS Lead (Alpen Retail)",
        "Sehr geehrter Herr Lang,\n\nvielen Dank für Ihre Bemühungen. Da ich eine andere Stelle angenommen habe, ziehe "
        "ich meine Kandidatur für Alpen Retail zurück.\n\nMit freundlichen Grüßen\nLukas Gruber",
        "ar1",
    ),
    # Wachau Versicherung (karriere.at; an Absage)
    (
        "Wachau Versicherung",
        "applied",
        "2025-09-02",
        "karriere.at <noreply@karriere.at>",
        "Deine Bewerbung wurde gesendet",
        "Hallo Lukas,\n\ndeine Bewerbung als HR Business Analyst bei Wachau Versicherung AG wurde erfolgreich gesendet."
        "\n\nDein karriere.at Team",
        "wv1",
    ),
    (
        "Wachau Versicherung",
        "rejected",
        "2025-09-19",
        "Wachau Versicherung AG <karriere@wachau-versicherung.at>",
        "Ihre Bewerbung als HR Business Analyst",
        "Sehr geehrter Herr Gruber,\n\nvielen Dank für Ihre Bewerbung. Nach sorgfältiger Prüfung müssen wir Ihnen "
        "leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nMit freundlichen Grüßen\n"
        "Wachau Versicherung AG",
        "wv2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "karriere.at Jobalarm <jobalarm@karriere.at>",
        "8 neue Jobs für „HR Analyst“ in Wien",
        "alert",
        "HR Systems Analyst - Donau Energie AG - Wien\nHRIS Consultant - Wien\nAlle Jobs ansehen",
    ),
    (
        "Julia Steiner <julia.steiner@talentfinder.at>",
        "Spannende Position als HRIS Manager",
        "outreach",
        "Sehr geehrter Herr Gruber, ich bin auf Ihr Profil aufmerksam geworden und hätte eine spannende Position als "
        "HRIS Manager bei einem Kunden in Linz. Hätten Sie Interesse an einem kurzen Telefonat?",
    ),
    (
        "Der Standard <newsletter@derstandard.at>",
        "Der Tag: die wichtigsten Nachrichten",
        "newsletter",
        "Alles, was heute wichtig ist. Abmelden",
    ),
    (
        "ÖBB <noreply@oebb.at>",
        "Ihr Ticket",
        "shop",
        "Wien Hbf - Salzburg Hbf, 12.10.2025. Gute Reise!",
    ),
    (
        "Oma <hermine.gruber@aon.at>",
        "Viel Glück!",
        "personal",
        "Lieber Lukas, viel Glück beim Gespräch morgen! Ich drück dir die Daumen. Deine Oma",
    ),
    (
        "Stadt Wien Digital <bewerbung@digital.wien.gv.at>",
        "Erinnerung: Hearing am 18. September",
        "reminder",
        "Sehr geehrter Herr Gruber, wir erinnern Sie an Ihr Hearing am 18. September um 9:30 Uhr.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Gesendet"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LUKAS,
        own_to={
            "Donau Energie": "Eva Huber <eva.huber@donau-energie.at>",
            "Alpen Retail": "Stefan Lang <s.lang@lang-personalberatung.at>",
        },
        offset="+0200",
        clock="10:45:00",
        neg_start="2025-08-26",
        neg_step=4,
        neg_clock="07:15:00",
        tag="sixtytwo",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=LUKAS)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it in German into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Alle E-Mails einschließlich Spam und Papierkorb.mbox", msgs or messages())
