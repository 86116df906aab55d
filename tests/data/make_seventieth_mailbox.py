"""A seventieth mailbox, written as a held-out check after the sixty-ninth's fixes (issue #24).

Julia, a controller in Frankfurt am Main, exports Gmail with Takeout (German labels).  Formal German from banks,
an auditor and a mid-sized manufacturer: Softgarden, rexx systems, d.vinci and SuccessFactors in German, StepStone;
an "Online-Test", an "Assessment Center", a "Vertragsangebot" and a "Zusage"; refusals "nach sorgfältiger Prüfung"
and "für eine andere Bewerberin entschieden"; her own "Nachfrage zum Stand", thank-you note and acceptance; XING
outreach.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JULIA = "julia.brandt.controlling@gmail.com"
_ME = f"Julia Brandt <{JULIA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Mainufer Bank (Softgarden; Online-Test; Fachgespräch; Assessment Center; Vertragsangebot; she accepts)
    (
        "Mainufer Bank",
        "applied",
        "2025-09-01",
        "Mainufer Bank AG <noreply@softgarden.io>",
        "Eingangsbestätigung Ihrer Bewerbung als Senior Controller (m/w/d)",
        "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung als Senior Controller (m/w/d) und Ihr Interesse "
        "an der Mainufer Bank AG. Wir werden Ihre Unterlagen sorgfältig prüfen und uns zeitnah bei Ihnen melden.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Mainufer Bank AG",
        "mb1",
    ),
    (
        "Mainufer Bank",
        "interview",
        "2025-09-08",
        "Mainufer Bank AG <noreply@softgarden.io>",
        "Einladung zum Online-Test",
        "Sehr geehrte Frau Brandt,\n\nIhre Unterlagen haben uns überzeugt. Als nächsten Schritt bitten wir Sie, "
        "innerhalb von fünf Tagen einen Online-Test (ca. 45 Minuten) zu absolvieren. Den Link finden Sie unten.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Mainufer Bank AG",
        "mb2",
    ),
    (
        "Mainufer Bank",
        "interview",
        "2025-09-16",
        "Katrin Hoffmann <katrin.hoffmann@mainuferbank.de>",
        "Ihre Bewerbung als Senior Controller (m/w/d)",
        "Sehr geehrte Frau Brandt,\n\nnach dem erfolgreichen Online-Test möchten wir Sie gerne näher kennenlernen und "
        "laden Sie zu einem Fachgespräch per MS Teams mit Herrn Dr. Weber, Leiter Controlling, ein. Passt Ihnen der "
        "22. September um 14:00 Uhr?\n\nMit freundlichen Grüßen\nKatrin Hoffmann\nHR Business Partnerin",
        "mb3",
    ),
    (
        "Mainufer Bank",
        "thank_you",
        "2025-09-22",
        _ME,
        "Re: Ihre Bewerbung als Senior Controller (m/w/d)",
        "Sehr geehrte Frau Hoffmann,\n\nvielen Dank für das angenehme Gespräch heute mit Herrn Dr. Weber. Die "
        "Aufgaben im Controlling reizen mich sehr.\n\nMit freundlichen Grüßen\nJulia Brandt",
        "mb3",
    ),
    (
        "Mainufer Bank",
        "onsite",
        "2025-09-26",
        "Katrin Hoffmann <katrin.hoffmann@mainuferbank.de>",
        "Einladung zum Assessment Center",
        "Sehr geehrte Frau Brandt,\n\nwir freuen uns, Sie zu unserem eintägigen Assessment Center am 7. Oktober in "
        "unserer Zentrale in der Neuen Mainzer Straße einzuladen. Der Tag umfasst eine Fallstudie, eine Präsentation "
        "und ein Gespräch mit dem Bereichsvorstand.\n\nMit freundlichen Grüßen\nKatrin Hoffmann",
        "mb4",
    ),
    (
        "Mainufer Bank",
        "offer",
        "2025-10-10",
        "Katrin Hoffmann <katrin.hoffmann@mainuferbank.de>",
        "Vertragsangebot Senior Controller (m/w/d)",
        "Sehr geehrte Frau Brandt,\n\nwir freuen uns, Ihnen die Position als Senior Controller anbieten zu können. "
        "Anbei erhalten Sie unser Vertragsangebot mit einem Jahresgehalt von 88.000 EUR brutto. Wir würden uns "
        "freuen, Sie bald in unserem Team begrüßen zu dürfen.\n\nMit freundlichen Grüßen\nKatrin Hoffmann",
        "mb5",
    ),
    (
        "Mainufer Bank",
        "accepted",
        "2025-10-13",
        _ME,
        "Re: Vertragsangebot Senior Controller (m/w/d)",
        "Sehr geehrte Frau Hoffmann,\n\nvielen Dank für das Angebot. Hiermit nehme ich es gerne an; den "
        "unterschriebenen Vertrag sende ich Ihnen per Post zu.\n\nMit freundlichen Grüßen\nJulia Brandt",
        "mb5",
    ),
    # Taunus Revision (rexx systems; a refusal)
    (
        "Taunus Revision",
        "applied",
        "2025-09-02",
        "Taunus Revision GmbH Wirtschaftsprüfungsgesellschaft <bewerbung@taunus-revision.rexx-systems.com>",
        "Ihre Bewerbung bei der Taunus Revision GmbH",
        "Sehr geehrte Frau Brandt,\n\nwir bestätigen den Eingang Ihrer Bewerbung als Manager Financial Audit. Sie "
        "erhalten in den nächsten Wochen eine Rückmeldung.\n\nFreundliche Grüße\nPersonalabteilung",
        "tr1",
    ),
    (
        "Taunus Revision",
        "rejected",
        "2025-09-24",
        "Taunus Revision GmbH Wirtschaftsprüfungsgesellschaft <bewerbung@taunus-revision.rexx-systems.com>",
        "Ihre Bewerbung als Manager Financial Audit",
        "Sehr geehrte Frau Brandt,\n\nnach sorgfältiger Prüfung Ihrer Unterlagen haben wir uns für eine andere "
        "Bewerberin entschieden, deren Profil unseren Anforderungen noch genauer entspricht. Wir wünschen Ihnen für "
        "Ihre weitere berufliche Zukunft alles Gute.\n\nFreundliche Grüße\nPersonalabteilung",
        "tr2",
    ),
    # Rhein-Main Armaturen (d.vinci; her follow-up; a Telefoninterview; silence)
    (
        "Rhein-Main Armaturen",
        "applied",
        "2025-09-03",
        "Rhein-Main Armaturen GmbH <jobs@rhein-main-armaturen.dvinci-hr.com>",
        "Vielen Dank für Ihre Bewerbung",
        "Sehr geehrte Frau Brandt,\n\nherzlichen Dank für Ihre Bewerbung als Leiterin Controlling bei der Rhein-Main "
        "Armaturen GmbH. Wir melden uns so schnell wie möglich bei Ihnen.\n\nBeste Grüße\nIhr Personalteam",
        "rm1",
    ),
    (
        "Rhein-Main Armaturen",
        "follow_up",
        "2025-09-29",
        _ME,
        "Nachfrage zum Stand meiner Bewerbung als Leiterin Controlling",
        "Sehr geehrte Damen und Herren,\n\nam 3. September habe ich mich als Leiterin Controlling beworben. Ich "
        "wollte höflich nachfragen, ob es bereits Neuigkeiten gibt.\n\nMit freundlichen Grüßen\nJulia Brandt",
        "rm2",
    ),
    (
        "Rhein-Main Armaturen",
        "screen",
        "2025-10-01",
        "Sandra Krämer <s.kraemer@rhein-main-armaturen.de>",
        "AW: Nachfrage zum Stand meiner Bewerbung als Leiterin Controlling",
        "Sehr geehrte Frau Brandt,\n\nentschuldigen Sie die lange Wartezeit. Gerne würden wir ein erstes "
        "Telefonat mit Ihnen führen. Hätten Sie am Freitag um 10 Uhr Zeit?\n\nViele Grüße\nSandra Krämer\n"
        "Personalreferentin",
        "rm2",
    ),
    # Frankfurter Leasing (StepStone; silence)
    (
        "Frankfurter Leasing",
        "applied",
        "2025-09-05",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        "Hallo Julia Brandt,\n\nIhre Bewerbung als Controller (m/w/d) bei Frankfurter Leasing GmbH wurde erfolgreich "
        "an das Unternehmen übermittelt.\n\nViel Erfolg!\nIhr StepStone Team",
        "fl1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "StepStone <jobagent@stepstone.de>",
        "Neue Jobs für Controller in Frankfurt am Main",
        "alert",
        "Controller (m/w/d) - Frankfurter Leasing GmbH\nSenior Controller - Mainufer Bank AG\nAlle Jobs ansehen",
    ),
    (
        "XING <mailrobot@mail.xing.com>",
        "Markus Lenz hat Ihnen eine Nachricht geschickt",
        "outreach",
        "Hallo Frau Brandt, ich bin Personalberater und habe eine spannende Position als Head of Controlling für Sie. "
        "Haben Sie Interesse an einem kurzen Austausch?",
    ),
    (
        "Mainufer Bank AG <noreply@softgarden.io>",
        "Ihr Feedback zum Bewerbungsprozess",
        "survey",
        "Sehr geehrte Frau Brandt,\n\nwie zufrieden waren Sie mit unserem Bewerbungsprozess? Die Umfrage dauert zwei "
        "Minuten.\n\nIhr Recruiting-Team",
    ),
    (
        "Mainufer Bank AG <onboarding@mainuferbank.de>",
        "Ihr Start bei der Mainufer Bank - Personalfragebogen",
        "onboarding",
        "Sehr geehrte Frau Brandt,\n\nbitte füllen Sie vor Ihrem ersten Arbeitstag den Personalfragebogen aus und "
        "senden Sie uns Ihre Steuer-ID und Sozialversicherungsnummer.\n\nIhr HR-Service",
    ),
    (
        "Handelsblatt Morning Briefing <newsletter@handelsblatt.com>",
        "Morning Briefing: Zinsen, DAX und Personalien",
        "newsletter",
        "Guten Morgen, das Wichtigste aus Wirtschaft und Finanzen. Abmelden",
    ),
    (
        "Papa <h.brandt1958@t-online.de>",
        "Sonntag",
        "personal",
        "Hallo Julia, kommst du Sonntag zum Kaffee? Erzähl mal, wie das Gespräch bei der Bank war.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (her own under "Gesendet"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JULIA,
        own_to={
            "Mainufer Bank": "Katrin Hoffmann <katrin.hoffmann@mainuferbank.de>",
            "Rhein-Main Armaturen": "Bewerbung Rhein-Main Armaturen <bewerbung@rhein-main-armaturen.de>",
        },
        offset="+0200",
        clock="11:05:00",
        neg_start="2025-09-06",
        neg_step=7,
        neg_clock="07:30:00",
        tag="seventy",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=JULIA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
