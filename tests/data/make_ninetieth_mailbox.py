"""A ninetieth mailbox, written as a held-out check after the eighty-ninth (issue #24).

Daniel, an English-speaking product owner in Munich, keeps his mail in Thunderbird (a plain mbox; replies tied by
``In-Reply-To``).  International companies write in English, German ones in German, one in both: an
"Eingangsbestätigung", a "Kennenlerngespräch" and a "Zweitgespräch", "wir möchten Ihnen gerne ein Angebot
unterbreiten", "leider müssen wir Ihnen mitteilen", documents sent back, an HTML-only mail from a German tracking
system, his own German acceptance and an English withdrawal.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANIEL = "daniel.okafor.po@posteo.de"
_ME = f"Daniel Okafor <{DANIEL}>"

# (company, event, day, sender, subject, body, parent index or None)
_POSITIVES = [
    # 0-5 Isarwerk Digital (German; Kennenlerngespräch, Zweitgespräch, Angebot, Zusage)
    (
        "Isarwerk Digital",
        "applied",
        "2025-05-05",
        "Isarwerk Digital GmbH <bewerbung@isarwerk-digital.de>",
        "Eingangsbestätigung Ihrer Bewerbung als Product Owner (m/w/d)",
        "Sehr geehrter Herr Okafor,\n\nvielen Dank für Ihr Interesse an der Isarwerk Digital GmbH. Hiermit bestätigen "
        "wir den Eingang Ihrer Bewerbung als Product Owner (m/w/d). Wir melden uns nach Sichtung der Unterlagen bei "
        "Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        None,
    ),
    (
        "Isarwerk Digital",
        "interview",
        "2025-05-14",
        "Katharina Vogel <k.vogel@isarwerk-digital.de>",
        "Einladung zum Kennenlerngespräch",
        "Sehr geehrter Herr Okafor,\n\nIhre Unterlagen haben uns überzeugt. Gerne möchten wir Sie zu einem "
        "Kennenlerngespräch per Video am Dienstag, 20. Mai, um 10:00 Uhr einladen.\n\nMit freundlichen Grüßen\n"
        "Katharina Vogel\nHR Business Partner",
        None,
    ),
    (
        "Isarwerk Digital",
        "onsite",
        "2025-05-26",
        "Katharina Vogel <k.vogel@isarwerk-digital.de>",
        "Einladung zum Zweitgespräch",
        "Sehr geehrter Herr Okafor,\n\nvielen Dank für das angenehme Gespräch. Wir möchten Sie gerne zu einem "
        "Zweitgespräch mit unserem CPO in unser Büro in der Leopoldstraße einladen, am 3. Juni um 14:00 Uhr.\n\nMit "
        "freundlichen Grüßen\nKatharina Vogel",
        None,
    ),
    (
        "Isarwerk Digital",
        "offer",
        "2025-06-10",
        "Katharina Vogel <k.vogel@isarwerk-digital.de>",
        "Ihr Angebot",
        "Sehr geehrter Herr Okafor,\n\nwir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen gerne ein Angebot "
        "unterbreiten möchten. Anbei finden Sie den Arbeitsvertrag zur Durchsicht.\n\nMit freundlichen Grüßen\n"
        "Katharina Vogel",
        None,
    ),
    (
        "Isarwerk Digital",
        "accepted",
        "2025-06-13",
        _ME,
        "Re: Ihr Angebot",
        "Sehr geehrte Frau Vogel,\n\nvielen Dank für das Angebot. Ich nehme es sehr gerne an und sende Ihnen den "
        "unterschriebenen Vertrag diese Woche zurück.\n\nMit freundlichen Grüßen\nDaniel Okafor",
        3,
    ),
    # 5-6 Brauhaus Analytics (German; Absage, documents returned)
    (
        "Brauhaus Analytics",
        "applied",
        "2025-05-06",
        "Brauhaus Analytics <jobs@brauhaus-analytics.de>",
        "Ihre Bewerbung bei Brauhaus Analytics",
        "Hallo Daniel,\n\ndanke für deine Bewerbung als Senior Product Owner! Wir schauen uns deine Unterlagen in "
        "Ruhe an und melden uns.\n\nViele Grüße\nDein Brauhaus Analytics Team",
        None,
    ),
    (
        "Brauhaus Analytics",
        "rejected",
        "2025-05-23",
        "Brauhaus Analytics <jobs@brauhaus-analytics.de>",
        "Re: Ihre Bewerbung bei Brauhaus Analytics",
        "Hallo Daniel,\n\nleider müssen wir dir mitteilen, dass wir uns für eine andere Person entschieden haben, deren "
        "Profil noch etwas besser passt. Wir wünschen dir alles Gute für deine weitere Suche.\n\nViele Grüße\nDein "
        "Brauhaus Analytics Team",
        5,
    ),
    # 7-9 Nordlicht Mobility (English; interview; withdrawal)
    (
        "Nordlicht Mobility",
        "applied",
        "2025-05-07",
        "Nordlicht Mobility <no-reply@nordlicht-mobility.jobs.personio.de>",
        "Thank you for your application",
        "Hi Daniel,\n\nThank you for applying for the Product Owner Payments position at Nordlicht Mobility. We will "
        "review your application and get back to you soon.\n\nBest,\nNordlicht Mobility People Team",
        None,
    ),
    (
        "Nordlicht Mobility",
        "interview",
        "2025-05-19",
        "Tom Becker <tom.becker@nordlicht-mobility.com>",
        "Interview - Product Owner Payments",
        "Hi Daniel,\n\nWe'd love to invite you to a first interview with our Head of Product. Would Thursday, May 22 "
        "at 11:00 work for you?\n\nBest,\nTom",
        None,
    ),
    (
        "Nordlicht Mobility",
        "withdrew",
        "2025-06-12",
        _ME,
        "Re: Interview - Product Owner Payments",
        "Hi Tom,\n\nThank you for the conversations so far. I have decided to accept another offer, so I would like to "
        "withdraw my application. I wish you all the best with the search.\n\nBest regards,\nDaniel",
        8,
    ),
    # 10-11 Alpenblick Versicherung (HTML-only from a German tracking system; Absage)
    (
        "Alpenblick Versicherung",
        "applied",
        "2025-05-08",
        "Alpenblick Versicherung AG <noreply@softgarden.io>",
        "Ihre Bewerbung ist bei uns eingegangen",
        "HTML:<html><body><p>Sehr geehrter Herr Okafor,</p><p>vielen Dank für Ihre Bewerbung als <b>Product Owner "
        "Schadenportal</b> bei der Alpenblick Versicherung AG. Ihre Unterlagen sind vollständig bei uns "
        "eingegangen.</p><p>Mit freundlichen Grüßen<br>Ihre Personalabteilung</p></body></html>",
        None,
    ),
    (
        "Alpenblick Versicherung",
        "rejected",
        "2025-06-02",
        "Alpenblick Versicherung AG <noreply@softgarden.io>",
        "Ihre Bewerbung als Product Owner Schadenportal",
        "HTML:<html><body><p>Sehr geehrter Herr Okafor,</p><p>nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir "
        "Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Ihre Unterlagen "
        "werden gemäß Datenschutz gelöscht.</p><p>Mit freundlichen Grüßen<br>Ihre Personalabteilung</p></body>"
        "</html>",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "StepStone Jobagent <jobagent@stepstone.de>",
        "12 neue Jobs für Product Owner in München",
        "alert",
        "Product Owner (m/w/d) - Isarwerk Digital\nSenior Product Owner - Nordlicht Mobility\nAlle Jobs ansehen",
    ),
    (
        "XING <noreply@xing.com>",
        "Daniel, 3 Recruiter haben Ihr Profil besucht",
        "viewed",
        "Sehen Sie, wer Ihr Profil besucht hat.",
    ),
    (
        "Lena Hoffmann <lena.hoffmann@headhunter-muenchen.example>",
        "Spannende Position als Head of Product",
        "outreach",
        "Hallo Herr Okafor, ich bin auf Ihr Profil aufmerksam geworden und habe eine spannende Position als Head of "
        "Product bei einem Münchner Scale-up. Hätten Sie Zeit für ein kurzes Telefonat?",
    ),
    (
        "Mind the Product <hello@mindtheproduct.com>",
        "This week in product",
        "newsletter",
        "The best product reads of the week. Unsubscribe",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung",
        "shop",
        "Ihre Fahrkarte München - Berlin, 3. Juni.",
    ),
    (
        "Isarwerk Digital GmbH <onboarding@isarwerk-digital.de>",
        "Willkommen an Bord: Ihr Personalfragebogen",
        "onboarding",
        "Sehr geehrter Herr Okafor, bitte füllen Sie vor Ihrem ersten Arbeitstag den Personalfragebogen aus.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, with bodies encoded as sent (HTML)."""
    from mail_score import sent_as, threaded_corpus

    return sent_as(
        threaded_corpus(
            _POSITIVES,
            _NEGATIVES,
            owner=DANIEL,
            own_to={
                "Isarwerk Digital": "Katharina Vogel <k.vogel@isarwerk-digital.de>",
                "Nordlicht Mobility": "Tom Becker <tom.becker@nordlicht-mobility.com>",
            },
            offset=lambda d: "+0200",
            clock="09:30:00",
            neg_start="2025-05-09",
            neg_step=6,
            neg_clock="06:05:00",
            tag="ninety",
            host="thunderbird.example",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Daniel.mbox", msgs if msgs is not None else messages())
