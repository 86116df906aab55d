"""A hundred-and-thirty-third mailbox, written as a held-out check after the hundred-and-thirty-second (issue #24).

Sanne, a data engineer in Amsterdam, keeps Apple Mail and exports it as an mbox.  She applies in English to Dutch
scale-ups and banks through Recruitee, Homerun, Greenhouse and Workday; her recruiters book a "culture fit"
conversation, a "take-home case" and a "meet the team" afternoon; one answers in Dutch ("Helaas ...", a
"kennismakingsgesprek").  Her negatives: the Belastingdienst, NS, a Bol order, her housing corporation, a
meetup, Otta's digest, a recruiter's pitch.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SANNE = "sanne.devries@icloud.com"
_ME = f"Sanne de Vries <{SANNE}>"
_RUBEN = "Ruben Jansen <ruben@kanaalpay.nl>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Kanaal Pay",
        "applied",
        "2025-05-05",
        "Kanaal Pay <no-reply@recruitee.com>",
        "Thanks for applying to Kanaal Pay!",
        "Hi Sanne,\n\nThanks for applying for the Data Engineer position at Kanaal Pay. We'll review your application "
        "and get back to you within two weeks.\n\nCheers,\nTeam Kanaal Pay",
        None,
    ),
    (
        "Kanaal Pay",
        "screen",
        "2025-05-08",
        _RUBEN,
        "Data Engineer @ Kanaal Pay",
        "Hi Sanne,\n\nThanks for your application! I'd love to get to know you in a 30-minute culture fit "
        "conversation. Could you pick a slot here: https://calendly.com/ruben-kanaalpay\n\nRuben Jansen\nTalent "
        "Lead",
        None,
    ),
    (
        "Kanaal Pay",
        "interview",
        "2025-05-15",
        _RUBEN,
        "Re: Data Engineer @ Kanaal Pay",
        "Hi Sanne,\n\nGreat talking to you! Next up is our take-home case: build a small pipeline that ingests our "
        "sample transactions. We'll discuss it with two engineers afterwards.\n\nRuben",
        1,
    ),
    (
        "Kanaal Pay",
        "onsite",
        "2025-05-27",
        _RUBEN,
        "Re: Data Engineer @ Kanaal Pay",
        "Hi Sanne,\n\nThe team loved your case. The last step is a 'meet the team' afternoon at our office on the "
        "Keizersgracht: a chat with the CTO and lunch with the data team. Does June 3 work?\n\nRuben",
        2,
    ),
    (
        "Kanaal Pay",
        "offer",
        "2025-06-06",
        _RUBEN,
        "Your offer from Kanaal Pay",
        "Hi Sanne,\n\nWe're really happy to offer you the role of Data Engineer! You'll find the offer attached: "
        "€72,000 gross per year plus 8% holiday allowance.\n\nRuben",
        None,
    ),
    (
        "Kanaal Pay",
        "accepted",
        "2025-06-09",
        _ME,
        "Re: Your offer from Kanaal Pay",
        "Hi Ruben,\n\nI've signed the contract - very excited to join Kanaal Pay!\n\nSanne",
        4,
    ),
    (
        "Polder Analytics",
        "applied",
        "2025-05-06",
        "Polder Analytics <jobs@homerun.co>",
        "We've received your application",
        "Hi Sanne,\n\nThanks for your application for Senior Data Engineer at Polder Analytics. We've received it "
        "and we'll let you know what's next.\n\nPolder Analytics",
        None,
    ),
    (
        "Polder Analytics",
        "rejected",
        "2025-05-20",
        "Polder Analytics <jobs@homerun.co>",
        "Update on your application",
        "Hi Sanne,\n\nThank you for your interest in Polder Analytics. We've had a lot of strong applications and have "
        "decided to continue with candidates whose experience is closer to what we need right now.\n\nPolder "
        "Analytics",
        None,
    ),
    (
        "Adyen",
        "applied",
        "2025-05-07",
        "Adyen <no-reply@greenhouse.io>",
        "Thank you for applying to Adyen",
        "Hi Sanne,\n\nThank you for your interest in Adyen! We have received your application for Data Engineer - "
        "Platform and will review it shortly.",
        None,
    ),
    (
        "Adyen",
        "interview",
        "2025-05-16",
        "Adyen <no-reply@greenhouse.io>",
        "Adyen - Coding assessment",
        "Hi Sanne,\n\nAs a next step in your application for Data Engineer - Platform, we'd like to invite you to "
        "complete a coding assessment on CodeSignal. Please complete it within 5 days.",
        None,
    ),
    (
        "Adyen",
        "rejected",
        "2025-05-29",
        "Adyen <no-reply@greenhouse.io>",
        "Your application at Adyen",
        "Hi Sanne,\n\nThank you for taking the time to complete the assessment. Unfortunately your score did not meet "
        "the threshold for the next round, so we won't be progressing your application.",
        None,
    ),
    (
        "ING",
        "applied",
        "2025-05-09",
        "ING <ing@myworkday.com>",
        "Thank you for your application at ING",
        "Dear Sanne,\n\nThank you for applying for the position of Data Engineer (Chapter Data & Analytics) at ING. We "
        "will review your application carefully.",
        None,
    ),
    (
        "ING",
        "withdrew",
        "2025-06-10",
        _ME,
        "Withdrawal of application - Data Engineer",
        "Dear ING recruitment team,\n\nI would like to withdraw my application for the Data Engineer position, as I "
        "have accepted another offer.\n\nKind regards,\nSanne de Vries",
        None,
        "ING Recruitment <recruitment@ing.com>",
    ),
    (
        "Tulpwerk",
        "applied",
        "2025-05-12",
        _ME,
        "Sollicitatie Data Engineer",
        "Beste Tulpwerk,\n\nHierbij stuur ik mijn cv voor de vacature Data Engineer. Ik kijk uit naar jullie reactie."
        "\n\nMet vriendelijke groet,\nSanne de Vries",
        None,
        "Tulpwerk <werken@tulpwerk.nl>",
    ),
    (
        "Tulpwerk",
        "screen",
        "2025-05-14",
        "Femke Bakker <femke@tulpwerk.nl>",
        "Re: Sollicitatie Data Engineer",
        "Hoi Sanne,\n\nBedankt voor je sollicitatie! Zullen we een kennismakingsgesprek van een half uur inplannen? "
        "Donderdag om 11:00 via Teams?\n\nGroet,\nFemke",
        13,
    ),
    (
        "Tulpwerk",
        "rejected",
        "2025-05-23",
        "Femke Bakker <femke@tulpwerk.nl>",
        "Re: Sollicitatie Data Engineer",
        "Hoi Sanne,\n\nNogmaals bedankt voor het gesprek. Helaas hebben we besloten om niet verder te gaan met je "
        "sollicitatie; we zoeken iemand met meer ervaring in dbt.\n\nSucces!\nFemke",
        14,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Belastingdienst <noreply@belastingdienst.nl>",
        "Nieuw bericht in uw Berichtenbox",
        "other",
        "U heeft een nieuw bericht in uw Berichtenbox op MijnOverheid.",
    ),
    (
        "NS <noreply@ns.nl>",
        "Je reisoverzicht van april",
        "other",
        "Bekijk je reisoverzicht van april in de NS-app.",
    ),
    (
        "bol. <noreply@bol.com>",
        "Je bestelling is onderweg",
        "shop",
        "Je bestelling wordt vandaag bezorgd tussen 17:00 en 21:00.",
    ),
    (
        "Ymere <info@ymere.nl>",
        "Onderhoud aan uw woning",
        "other",
        "Op 20 mei vindt onderhoud plaats aan de cv-ketel.",
    ),
    (
        "Amsterdam Data Meetup <info@meetup.com>",
        "New event: dbt in production",
        "newsletter",
        "Join us on May 22 at Booking.com. RSVP. Unsubscribe",
    ),
    (
        "Otta <digest@otta.com>",
        "12 new jobs matching your preferences",
        "alert",
        "Data Engineer at Mollie. Analytics Engineer at Picnic. See all jobs.",
    ),
    (
        "Lars Visser <lars@dataheads-recruitment.nl>",
        "Lead Data Engineer - fintech scale-up",
        "outreach",
        "Hi Sanne, I'm recruiting a Lead Data Engineer for a fintech scale-up in Amsterdam. Open to a chat?",
    ),
    (
        "Kanaal Pay <newsletter@kanaalpay.nl>",
        "Kanaal Pay product update: instant payouts",
        "newsletter",
        "Instant payouts are now live for all merchants. Read more. Unsubscribe",
    ),
]


def _offset(day):
    return "+0200"


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Apple Mail exports them."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=SANNE,
        own_to={"Kanaal Pay": _RUBEN},
        offset=_offset,
        clock="13:25:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="08:05:00",
        tag="hundredthirtythree",
        host="icloud.com",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "mbox", msgs if msgs is not None else messages())
