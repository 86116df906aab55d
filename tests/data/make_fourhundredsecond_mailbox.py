"""A four-hundred-and-second mailbox, written as a held-out check after the four-hundred-and-first (issue #24).

Lena, a UX researcher in Hamburg, keeps her search in a German Gmail account and exports it with Takeout (her own mail
under "Gesendet").  Employers' own tracking systems in German: Personio's "Eingangsbestätigung", softgarden's "wir
haben Ihre Unterlagen erhalten", d.vinci's "Ihre Bewerbung ist bei uns eingegangen", rexx's "Zwischenbescheid", a
Workday tenant in German; an "Erstgespräch" booked by a recruiter, a "Zweitgespräch vor Ort", a "Probearbeitstag",
a "Vertragsangebot", a start-up founder's "Wir würden dich gerne an Bord holen", her own "ich nehme das Angebot gerne
an" and a "Absage" in three phrasings ("haben wir uns für eine andere Kandidatin entschieden", "können wir Ihre
Bewerbung leider nicht weiter berücksichtigen", "dass die Stelle inzwischen besetzt ist").  Negatives: a StepStone
alert, XING's "Ihr Profil wurde besucht", a headhunter's unnamed approach, a newsletter, the Deutsche Bahn and her
brother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LENA = "lena.vogt.ux@gmail.com"
ME = f"Lena Vogt <{LENA}>"
JONAS = "Jonas Petersen <jonas@fjordlabs.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Elbwerk Digital",
        "applied",
        "2025-03-03",
        "Elbwerk Digital GmbH <noreply@elbwerk-digital.jobs.personio.de>",
        "Eingangsbestätigung Ihrer Bewerbung als UX Researcher (m/w/d)",
        "Hallo Frau Vogt,\n\nvielen Dank für Ihre Bewerbung als UX Researcher (m/w/d) und Ihr Interesse an der "
        "Elbwerk Digital GmbH. Wir werden Ihre Unterlagen sorgfältig prüfen und melden uns so schnell wie möglich bei "
        "Ihnen.\n\nBeste Grüße\nIhr People Team der Elbwerk Digital GmbH",
        "t-elb",
    ),
    (
        "Hanseatische Versicherung",
        "applied",
        "2025-03-04",
        "Hanseatische Versicherung AG <bewerbung@softgarden.io>",
        "Ihre Bewerbung bei der Hanseatischen Versicherung",
        "Sehr geehrte Frau Vogt,\n\nwir haben Ihre Unterlagen für die Position Senior User Researcher erhalten und "
        "bedanken uns für Ihr Interesse. Ihre Bewerbung wird nun von unserer Fachabteilung gesichtet.\n\nMit "
        "freundlichen Grüßen\nHanseatische Versicherung AG\nPersonalmarketing & Recruiting",
        "t-hv",
    ),
    (
        "Nordlicht Medien",
        "applied",
        "2025-03-05",
        "Nordlicht Medien <karriere@nordlicht-medien.example>",
        "Ihre Bewerbung ist bei uns eingegangen",
        "Liebe Frau Vogt,\n\nIhre Bewerbung als UX Designerin / Researcherin ist bei uns eingegangen. Vielen Dank! Wir "
        "melden uns innerhalb von zwei Wochen bei Ihnen.\n\nIhr Recruiting-Team\nNordlicht Medien GmbH & Co. KG\n"
        "(versendet über d.vinci)",
        "t-nm",
    ),
    (
        "Fjordlabs",
        "applied",
        "2025-03-05",
        ME,
        "Bewerbung: UX Research (Teilzeit möglich?)",
        "Hallo Jonas,\n\nich habe eure Stellenanzeige für UX Research auf LinkedIn gesehen und schicke dir anbei meinen "
        "Lebenslauf und mein Portfolio. Ich würde mich sehr freuen, von dir zu hören!\n\nViele Grüße\nLena Vogt",
        "t-fj",
    ),
    (
        "Baltic Freight",
        "applied",
        "2025-03-06",
        "Baltic Freight SE <balticfreight@myworkday.com>",
        "Vielen Dank für Ihre Bewerbung",
        "Guten Tag Lena Vogt,\n\nvielen Dank für Ihre Bewerbung auf die Stelle Service Designer (R-10442) bei Baltic "
        "Freight SE. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.\n\nIhr Talent "
        "Acquisition Team",
        "t-bf",
    ),
    (
        "Fjordlabs",
        "interview",
        "2025-03-07",
        JONAS,
        "Re: Bewerbung: UX Research (Teilzeit möglich?)",
        "Hi Lena,\n\ndanke dir! Dein Portfolio gefällt mir sehr. Hast du Lust auf ein kurzes Kennenlernen per Video, "
        "so 30 Minuten? Dienstag oder Mittwoch Nachmittag ginge bei mir.\n\nJonas\nCo-Founder, Fjordlabs",
        "t-fj",
    ),
    (
        "Elbwerk Digital",
        "screen",
        "2025-03-10",
        "Miriam Albers <miriam.albers@elbwerk-digital.example>",
        "Einladung zum Erstgespräch - UX Researcher (m/w/d)",
        "Hallo Frau Vogt,\n\nIhre Unterlagen haben uns überzeugt! Gerne möchten wir Sie zu einem ersten telefonischen "
        "Gespräch (ca. 30 Minuten) einladen. Bitte buchen Sie über den folgenden Link einen passenden Termin.\n\n"
        "Viele Grüße\nMiriam Albers\nTalent Acquisition",
        "t-elb2",
    ),
    (
        "Nordlicht Medien",
        "rejected",
        "2025-03-12",
        "Nordlicht Medien <karriere@nordlicht-medien.example>",
        "Ihre Bewerbung als UX Designerin / Researcherin",
        "Liebe Frau Vogt,\n\nnochmals vielen Dank für Ihr Interesse. Nach sorgfältiger Prüfung können wir Ihre "
        "Bewerbung leider nicht weiter berücksichtigen. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\n"
        "Ihr Recruiting-Team",
        "t-nm",
    ),
    (
        "Hanseatische Versicherung",
        "reply",
        "2025-03-14",
        "Hanseatische Versicherung AG <bewerbung@softgarden.io>",
        "Zwischenbescheid zu Ihrer Bewerbung",
        "Sehr geehrte Frau Vogt,\n\nwir möchten Sie informieren, dass der Auswahlprozess noch etwas Zeit in Anspruch "
        "nimmt. Wir bitten um Ihre Geduld und melden uns in Kürze.\n\nMit freundlichen Grüßen\nHanseatische "
        "Versicherung AG",
        "t-hv",
    ),
    (
        "Fjordlabs",
        "onsite",
        "2025-03-14",
        JONAS,
        "Probearbeitstag?",
        "Hi Lena,\n\nhat mir am Dienstag super gefallen! Magst du nächste Woche für einen Probearbeitstag zu uns ins "
        "Büro in der Schanze kommen? Du würdest mit Aylin ein kleines Research-Setup für unser Onboarding planen.\n\n"
        "Jonas",
        "t-fj2",
    ),
    (
        "Elbwerk Digital",
        "onsite",
        "2025-03-17",
        "Miriam Albers <miriam.albers@elbwerk-digital.example>",
        "Einladung zum Zweitgespräch vor Ort",
        "Hallo Frau Vogt,\n\nvielen Dank für das angenehme Telefonat. Wir möchten Sie gerne zu einem Zweitgespräch bei "
        "uns vor Ort einladen: am Montag, 24. März um 10 Uhr mit unserem Head of Product und zwei Kolleginnen aus dem "
        "Design-Team. Es ist die letzte Runde unseres Prozesses.\n\nViele Grüße\nMiriam Albers",
        "t-elb2",
    ),
    (
        "Baltic Freight",
        "rejected",
        "2025-03-19",
        "Baltic Freight SE <balticfreight@myworkday.com>",
        "Ihre Bewerbung als Service Designer (R-10442)",
        "Guten Tag Lena Vogt,\n\nvielen Dank für Ihre Geduld. Leider müssen wir Ihnen mitteilen, dass die Stelle "
        "inzwischen besetzt ist.\n\nIhr Talent Acquisition Team\nBaltic Freight SE",
        "t-bf2",
    ),
    (
        "Fjordlabs",
        "offer",
        "2025-03-24",
        JONAS,
        "Re: Probearbeitstag?",
        "Hi Lena,\n\ndas war ein toller Tag mit dir. Wir würden dich sehr gerne an Bord holen! Ich schicke dir heute "
        "Abend unser Angebot: 58.000 EUR, 32 Stunden, Start im Mai.\n\nJonas",
        "t-fj2",
    ),
    (
        "Hanseatische Versicherung",
        "rejected",
        "2025-03-25",
        "Hanseatische Versicherung AG <bewerbung@softgarden.io>",
        "Ihre Bewerbung bei der Hanseatischen Versicherung",
        "Sehr geehrte Frau Vogt,\n\nnach intensiver Prüfung haben wir uns für eine andere Kandidatin entschieden, deren "
        "Profil noch besser zu den Anforderungen passt.\n\nMit freundlichen Grüßen\nHanseatische Versicherung AG",
        "t-hv",
    ),
    (
        "Elbwerk Digital",
        "offer",
        "2025-03-26",
        "Miriam Albers <miriam.albers@elbwerk-digital.example>",
        "Ihr Vertragsangebot",
        "Hallo Frau Vogt,\n\nwir freuen uns sehr, Ihnen die Position als UX Researcher anbieten zu können! Anbei finden "
        "Sie unser Vertragsangebot. Bitte geben Sie uns bis Freitag Bescheid.\n\nViele Grüße\nMiriam Albers",
        "t-elb3",
    ),
    (
        "Fjordlabs",
        "accepted",
        "2025-03-27",
        ME,
        "Re: Probearbeitstag?",
        "Hallo Jonas,\n\nich habe lange überlegt und nehme euer Angebot sehr gerne an! Ich freue mich riesig auf Mai.\n\n"
        "Lena",
        "t-fj2",
    ),
    (
        "Elbwerk Digital",
        "declined",
        "2025-03-27",
        ME,
        "Re: Ihr Vertragsangebot",
        "Liebe Frau Albers,\n\nvielen Dank für das Angebot und das Vertrauen. Nach reiflicher Überlegung habe ich mich "
        "für eine andere Stelle entschieden und muss Ihr Angebot daher leider ablehnen.\n\nMit freundlichen Grüßen\n"
        "Lena Vogt",
        "t-elb3",
    ),
]

_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.example>",
        "12 neue Jobs für UX Researcher in Hamburg",
        "alert",
        "UX Researcher (m/w/d) - Otto Group. Senior UX Designer - XING. Alle Jobs ansehen.",
    ),
    (
        "XING <mail@xing.example>",
        "Ihr Profil wurde 7-mal besucht",
        "notification",
        "Diese Recruiter haben Ihr Profil besucht. Jetzt ansehen.",
    ),
    (
        "Dr. Stefan Kühn <s.kuehn@kuehn-executive.example>",
        "Vertrauliche Anfrage - Head of UX Research",
        "outreach",
        "Sehr geehrte Frau Vogt,\n\nim Auftrag eines namhaften Hamburger E-Commerce-Unternehmens suche ich eine Head "
        "of UX Research. Hätten Sie Interesse an einem vertraulichen Austausch?\n\nDr. Stefan Kühn",
    ),
    (
        "UX Roundup <newsletter@uxroundup.example>",
        "Die Woche in UX",
        "newsletter",
        "Research Ops, Barrierefreiheit und eine Gehaltsumfrage.",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.example>",
        "Ihre Buchungsbestätigung",
        "other",
        "Hamburg Hbf - Berlin Hbf, 21.03.2025. Ihr Ticket im Anhang.",
    ),
    (
        "Felix Vogt <felix.vogt@web.example>",
        "Mamas Geburtstag",
        "personal",
        "Kommst du am Sonntag zum Kaffee?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, no_step, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LENA,
        own_to={"Fjordlabs": JONAS, "Elbwerk Digital": "Miriam Albers <miriam.albers@elbwerk-digital.example>"},
        offset="+0100",
        clock="09:50:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="20:40:00",
        tag="fourhundredtwo",
    )
    return no_step(localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=LENA), kind="other")


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
