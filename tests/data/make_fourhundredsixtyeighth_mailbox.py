"""A four-hundred-and-sixty-eighth mailbox, written as a held-out check after the four-hundred-and-sixty-seventh
(issue #24).

Stefan Wagner, a product owner in Berlin, keeps his search in a Gmail account set to German and exports it with
Takeout ("Gesendet", "Posteingang").  German corporates write "Sie": "Vielen Dank für Ihre Bewerbung bei der Zalando
SE", "Wir möchten Sie gerne zu einem ersten Telefoninterview einladen" (HR's call), "Wir laden Sie zu einem
persönlichen Gespräch mit dem Fachbereich ein", "zu einem abschließenden Gespräch mit der Geschäftsführung", "Wir
freuen uns, Ihnen ein Vertragsangebot unterbreiten zu können", "Leider können wir Ihnen keine positive Rückmeldung
geben", a job site's "Ihre Bewerbung wurde erfolgreich an die Deutsche Bahn übermittelt", his "Vielen Dank für das
freundliche Telefonat", his "Ich freue mich, Ihr Angebot anzunehmen" and his withdrawal.  Negatives: StepStone's
Job-Agent, XING's newsletter, a Personalberater's cold "Interessante Position im E-Commerce", a Meetup, the BVG and his
sister.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

STEFAN = "stefan.wagner.po@gmail.com"
ME = f"Stefan Wagner <{STEFAN}>"
ZALANDO = "Zalando Recruiting <jobs@zalando.example>"
LENA = "Lena Hoffmann <lena.hoffmann@delivery-hero.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Zalando",
        "applied",
        "2025-03-03",
        ZALANDO,
        "Ihre Bewerbung bei Zalando",
        "Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihre Bewerbung bei der Zalando SE als Senior Product Owner. Wir "
        "prüfen Ihre Unterlagen und melden uns zeitnah.\n\nIhr Zalando Recruiting Team",
        "t-zal",
    ),
    (
        "Deutsche Bahn",
        "applied",
        "2025-03-04",
        "StepStone <bewerbung@stepstone.example>",
        "Ihre Bewerbung wurde versendet",
        "Hallo Stefan Wagner,\n\nIhre Bewerbung als Product Owner Digitale Services wurde erfolgreich an die Deutsche "
        "Bahn übermittelt.\n\nViel Erfolg!\nIhr StepStone Team",
        "t-db",
    ),
    (
        "Delivery Hero",
        "applied",
        "2025-03-05",
        "Delivery Hero <no-reply@smartrecruiters.example>",
        "Your application to Delivery Hero",
        "Hi Stefan,\n\nThank you for applying for Senior Product Owner - Payments at Delivery Hero. We'll review your "
        "application soon.\n\nDelivery Hero Talent Acquisition",
        "t-dh",
    ),
    (
        "Zalando",
        "screen",
        "2025-03-10",
        ZALANDO,
        "Einladung zum Telefoninterview",
        "Sehr geehrter Herr Wagner,\n\nwir möchten Sie gerne zu einem ersten Telefoninterview (ca. 30 Minuten) mit "
        "unserem Recruiting-Team einladen. Bitte wählen Sie einen Termin über den folgenden Link.\n\nIhr Zalando "
        "Recruiting Team",
        "t-zal2",
    ),
    (
        "Zalando",
        "thank_you",
        "2025-03-13",
        ME,
        "AW: Einladung zum Telefoninterview",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für das freundliche Telefonat heute. Ich freue mich auf die "
        "nächsten Schritte.\n\nMit freundlichen Grüßen\nStefan Wagner",
        "t-zal2",
    ),
    (
        "Deutsche Bahn",
        "rejected",
        "2025-03-14",
        "Deutsche Bahn Recruiting <recruiting@deutschebahn.example>",
        "Ihre Bewerbung als Product Owner Digitale Services",
        "Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihr Interesse. Leider können wir Ihnen keine positive "
        "Rückmeldung geben.\n\nMit freundlichen Grüßen\nDeutsche Bahn AG",
        "t-db2",
    ),
    (
        "Zalando",
        "interview",
        "2025-03-17",
        ZALANDO,
        "Einladung zum persönlichen Gespräch",
        "Sehr geehrter Herr Wagner,\n\nwir laden Sie zu einem persönlichen Gespräch mit dem Fachbereich am 24. März um "
        "11 Uhr in unserem Büro an der Valeska-Gert-Straße ein.\n\nIhr Zalando Recruiting Team",
        "t-zal3",
    ),
    (
        "Delivery Hero",
        "interview",
        "2025-03-18",
        LENA,
        "Interview - Senior Product Owner Payments",
        "Hi Stefan,\n\nThanks for your application! We'd like to invite you to a video interview with our Head of "
        "Product Payments next Tuesday.\n\nLena Hoffmann\nTalent Acquisition",
        "t-dh2",
    ),
    (
        "Zalando",
        "onsite",
        "2025-03-27",
        ZALANDO,
        "Einladung zum abschließenden Gespräch",
        "Sehr geehrter Herr Wagner,\n\nvielen Dank für das gute Gespräch. Wir möchten Sie zu einem abschließenden "
        "Gespräch mit der Geschäftsführung am 2. April einladen.\n\nIhr Zalando Recruiting Team",
        "t-zal3",
    ),
    (
        "Zalando",
        "offer",
        "2025-04-07",
        ZALANDO,
        "Ihr Vertragsangebot",
        "Sehr geehrter Herr Wagner,\n\nwir freuen uns, Ihnen ein Vertragsangebot als Senior Product Owner unterbreiten "
        "zu können. Die Unterlagen finden Sie im Anhang.\n\nIhr Zalando Recruiting Team",
        "t-zal4",
    ),
    (
        "Zalando",
        "accepted",
        "2025-04-09",
        ME,
        "AW: Ihr Vertragsangebot",
        "Sehr geehrte Damen und Herren,\n\nich freue mich, Ihr Angebot anzunehmen, und sende Ihnen den unterschriebenen "
        "Vertrag zurück.\n\nMit freundlichen Grüßen\nStefan Wagner",
        "t-zal4",
    ),
    (
        "Delivery Hero",
        "withdrew",
        "2025-04-09",
        ME,
        "RE: Interview - Senior Product Owner Payments",
        "Hi Lena,\n\nthank you for the interview. I have accepted another offer and would like to withdraw my "
        "application.\n\nBest regards,\nStefan",
        "t-dh2",
    ),
]

_NEGATIVES = [
    (
        "StepStone Job-Agent <jobagent@stepstone.example>",
        "10 neue Jobs: Product Owner in Berlin",
        "alert",
        "Product Owner (m/w/d) - Berlin Mitte. Agile Coach - Kreuzberg. Jetzt ansehen.",
    ),
    (
        "XING News <news@xing.example>",
        "Ihre Branchen-News",
        "newsletter",
        "Die wichtigsten Nachrichten. Abbestellen.",
    ),
    (
        "Andreas Keller <a.keller@keller-consulting.example>",
        "Interessante Position im E-Commerce",
        "outreach",
        "Sehr geehrter Herr Wagner, ich bin Personalberater und betreue eine spannende Position als Head of Product im "
        "E-Commerce. Hätten Sie Interesse an einem kurzen Austausch?",
    ),
    (
        "Product Berlin Meetup <info@meetup.example>",
        "Neues Event: Discovery in der Praxis",
        "newsletter",
        "Am 20. März. Jetzt anmelden.",
    ),
    (
        "BVG <noreply@bvg.example>",
        "Ihr Deutschlandticket",
        "other",
        "Ihr Ticket für April ist verfügbar.",
    ),
    (
        "Julia Wagner <julia.wagner@gmail.example>",
        "Ostern",
        "personal",
        "Kommst du an Ostern nach Hamburg?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=STEFAN,
        own_to={"Zalando": ZALANDO, "Delivery Hero": LENA},
        offset="+0100",
        clock="09:15:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:35:00",
        tag="fourhundredsixtyeight",
    )
    return localized_labels(msgs, sent="Gesendet", inbox="Posteingang", owner=STEFAN)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
