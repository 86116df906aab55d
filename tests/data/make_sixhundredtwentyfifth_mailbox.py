"""A six-hundred-and-twenty-fifth mailbox, written as a held-out check after the six-hundred-and-twenty-fourth
(issue #24).

Mateo Silva, a product analyst from Lisbon living in Amsterdam, exports his Gmail with Takeout. Dutch tech companies and
a recruitment agency write to him in English: Booking.com's Workday "Thank you for applying to Booking.com", Adyen's
Greenhouse "Thanks for your application to Adyen", a Yacht recruiter's "I have introduced you to Mollie for the Product
Analyst position, they will review your profile this week", Booking.com's "online assessment via Codility",
the recruiter's "Mollie would like to invite you for a first interview with the Head of Product Analytics", Adyen's
"we have decided not to proceed with your application", Booking.com's "final interviews at our Oosterdokseiland
office", the recruiter's "Unfortunately Mollie decided to continue with another candidate", Booking.com's "we are happy
to offer you the position", his "I'm glad to accept the offer" and his thanks after the final interviews. Negatives:
LinkedIn's job alert, Het Parool's newsletter in English, a second recruiter's cold mail, Booking.com's own travel deals
(a company he applied to), NS and his sister. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MATEO = "mateo.silva.pa@gmail.com"
ME = f"Mateo Silva <{MATEO}>"
BOOKING = "Booking.com <bookingcom@myworkday.example>"
ADYEN = "Adyen <no-reply@greenhouse-mail.example>"
YACHT = "Sanne de Vries <sanne.devries@yacht.example>"
EVA = "Eva Jansen <eva.jansen@booking.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Booking.com",
        "applied",
        "2025-03-03",
        BOOKING,
        "Thank you for applying to Booking.com",
        "Hi Mateo,\n\nThank you for applying to Booking.com for the Product Analyst role. We'll review your application "
        "and get back to you.\n\nBooking.com Talent Acquisition",
        "t-bkng",
    ),
    (
        "Adyen",
        "applied",
        "2025-03-04",
        ADYEN,
        "Thanks for your application to Adyen",
        "Hi Mateo,\n\nThanks for your application to the Data Analyst - Payments role at Adyen. We'll be in touch.\n\n"
        "Adyen Talent",
        "t-adyen",
    ),
    (
        "Mollie",
        "applied",
        "2025-03-05",
        YACHT,
        "Product Analyst - Mollie",
        "Hi Mateo,\n\nThanks for the call. I have introduced you to Mollie for the Product Analyst position; they will "
        "review your profile this week.\n\nKind regards,\nSanne de Vries\nYacht",
        "t-mollie",
    ),
    (
        "Booking.com",
        "interview",
        "2025-03-10",
        BOOKING,
        "Next step: online assessment",
        "Hi Mateo,\n\nAs a next step we invite you to an online assessment via Codility. Please complete it within five "
        "days.\n\nBooking.com Talent Acquisition",
        "t-bkng",
    ),
    (
        "Mollie",
        "interview",
        "2025-03-11",
        YACHT,
        "RE: Product Analyst - Mollie",
        "Hi Mateo,\n\nGood news: Mollie would like to invite you for a first interview with the Head of Product Analytics "
        "on Friday at 11:00.\n\nKind regards,\nSanne",
        "t-mollie",
    ),
    (
        "Adyen",
        "rejected",
        "2025-03-12",
        ADYEN,
        "Your application to Adyen",
        "Hi Mateo,\n\nThank you for your interest in Adyen. We have decided not to proceed with your application.\n\n"
        "Adyen Talent",
        "t-adyen",
    ),
    (
        "Booking.com",
        "onsite",
        "2025-03-17",
        EVA,
        "Final interviews - Product Analyst",
        "Hi Mateo,\n\nCongratulations on the assessment! We'd like to invite you to final interviews at our "
        "Oosterdokseiland office on March 25.\n\nEva Jansen\nRecruiter",
        "t-bkng2",
    ),
    (
        "Mollie",
        "rejected",
        "2025-03-19",
        YACHT,
        "RE: Product Analyst - Mollie",
        "Hi Mateo,\n\nUnfortunately Mollie decided to continue with another candidate. I'll keep you posted on other "
        "roles.\n\nKind regards,\nSanne",
        "t-mollie",
    ),
    (
        "Booking.com",
        "thank_you",
        "2025-03-25",
        ME,
        "RE: Final interviews - Product Analyst",
        "Hi Eva,\n\nThank you for organising today's interviews - it was great to meet the team.\n\nBest,\nMateo",
        "t-bkng2",
    ),
    (
        "Booking.com",
        "offer",
        "2025-04-01",
        EVA,
        "Your offer",
        "Hi Mateo,\n\nWe are happy to offer you the position of Product Analyst! Please find the details attached.\n\n"
        "Eva",
        "t-bkng3",
    ),
    (
        "Booking.com",
        "accepted",
        "2025-04-02",
        ME,
        "RE: Your offer",
        "Hi Eva,\n\nI'm glad to accept the offer - signed contract attached.\n\nMateo",
        "t-bkng3",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "Product Analyst: 18 new jobs in Amsterdam",
        "alert",
        "Product Analyst at Miro. Data Analyst at Picnic. See all jobs.",
    ),
    (
        "Het Parool <newsletter@parool.example>",
        "Amsterdam in English",
        "newsletter",
        "This week in the city. Unsubscribe.",
    ),
    (
        "Jeroen Bakker <jeroen@techrecruit.example>",
        "Senior Product Analyst role",
        "outreach",
        "Hi Mateo, I'm recruiting a Senior Product Analyst for a scale-up in Utrecht. Would you be open to a chat?",
    ),
    (
        "Booking.com <deals@booking.example>",
        "Deals for your next trip",
        "newsletter",
        "Save 15% on your next stay. Unsubscribe.",
    ),
    (
        "NS <noreply@ns.example>",
        "Your journey receipt",
        "other",
        "Your OV-chipkaart journey Amsterdam - Utrecht.",
    ),
    (
        "Inês <ines.silva@sapo.example>",
        "visit",
        "personal",
        "When are you coming to Lisbon?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MATEO,
        own_to={"Booking.com": EVA},
        offset="+0100",
        clock="10:10:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="21:00:00",
        tag="sixhundredtwentyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
