"""A four-hundred-and-ninety-ninth mailbox, written as a held-out check after the four-hundred-and-ninety-eighth
(issue #24).

Nadia Visser, a product designer in Amsterdam, saves her mail from Outlook as .eml files.  Dutch employers write
English: Recruitee's "Thanks for applying at Mollie", Workday's "Thank you for applying to Booking.com" with a job
ID, a neobank's "We got your application 🌈" and its "we won't be moving forward with your application this time.
Keep being awesome!", "I'd love to schedule an intro call (30 min)", "the team would like you to do our design
challenge: a take-home exercise ... that you'll present to the design lead", "a portfolio review interview with two
of our designers", "the final round at our Amsterdam office", "the team has decided not to proceed to the next
round", "we'd like to offer you the position", her thanks and her "I'm happy to accept the offer".  Negatives:
Mollie's own payout notice (a company she applied to), Indeed's alert, Dribbble, an agency's cold mail, the NS and a
friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NADIA = "nadia.visser@outlook.example"
ME = f"Nadia Visser <{NADIA}>"
SANNE = "Sanne de Vries <sanne.devries@mollie.example>"
JOOST = "Joost Bakker <joost.bakker@booking.example>"
BUNQ = "bunq Careers <careers@bunq.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Mollie",
        "applied",
        "2025-02-10",
        "Mollie <noreply@recruitee.example>",
        "Thanks for applying at Mollie",
        "Hi Nadia,\n\nThanks for applying for the Senior Product Designer position at Mollie! We've received your "
        "application and will get back to you within two weeks.\n\nKind regards,\nMollie Talent Team",
        None,
    ),
    (
        "Booking.com",
        "applied",
        "2025-02-11",
        "Booking.com <bookingcom@myworkday.example>",
        "Your application for Product Designer II",
        "Dear Nadia,\n\nThank you for applying to Booking.com. We have received your application for Product Designer "
        "II (Job ID 25-1187) and will review it carefully.\n\nBooking.com Talent Acquisition",
        None,
    ),
    (
        "bunq",
        "applied",
        "2025-02-12",
        BUNQ,
        "We got your application 🌈",
        "Hey Nadia!\n\nThanks for applying to bunq as Product Designer. Our team checks every application personally, "
        "so give us a few days.\n\nTogether,\nbunq",
        None,
    ),
    (
        "Mollie",
        "screen",
        "2025-02-17",
        SANNE,
        "Mollie - Senior Product Designer",
        "Hi Nadia,\n\nThanks for your interest in Mollie! I'd love to schedule an intro call (30 min) to tell you more "
        "about the role and hear about your experience. Here's my calendar link: cal.example/sanne\n\nSanne\nTalent "
        "Partner",
        None,
    ),
    (
        "bunq",
        "rejected",
        "2025-02-18",
        BUNQ,
        "About your application",
        "Hey Nadia,\n\nThanks for your patience. We've had a look and we won't be moving forward with your application "
        "this time. Keep being awesome!\n\nbunq",
        None,
    ),
    (
        "Mollie",
        "interview",
        "2025-02-24",
        SANNE,
        "RE: Mollie - Senior Product Designer",
        "Hi Nadia,\n\nGreat news - the team would like you to do our design challenge: a take-home exercise (max 4 "
        "hours) that you'll present to the design lead next week. Details attached.\n\nSanne",
        None,
    ),
    (
        "Booking.com",
        "interview",
        "2025-02-26",
        JOOST,
        "Booking.com | Product Designer II | Interview",
        "Dear Nadia,\n\nWe were impressed by your portfolio and would like to invite you to a portfolio review interview "
        "with two of our designers. Please let me know your availability next week.\n\nJoost Bakker\nRecruiter, "
        "Booking.com",
        None,
    ),
    (
        "Booking.com",
        "thank_you",
        "2025-03-06",
        ME,
        "RE: Booking.com | Product Designer II | Interview",
        "Hi Joost,\n\nThank you for organising today's portfolio review. It was great to talk to Eva and Tim.\n\nBest,\n"
        "Nadia",
        JOOST,
    ),
    (
        "Mollie",
        "onsite",
        "2025-03-07",
        SANNE,
        "Final round at Mollie",
        "Hi Nadia,\n\nThe team loved your presentation! We'd like to invite you to the final round at our Amsterdam "
        "office: a culture conversation with our VP Design and a meeting with the product trio.\n\nSanne",
        None,
    ),
    (
        "Booking.com",
        "rejected",
        "2025-03-12",
        JOOST,
        "RE: Booking.com | Product Designer II | Interview",
        "Dear Nadia,\n\nThank you for your time. After careful consideration, the team has decided not to proceed to the "
        "next round.\n\nKind regards,\nJoost",
        None,
    ),
    (
        "Mollie",
        "offer",
        "2025-03-17",
        SANNE,
        "Offer - Senior Product Designer",
        "Hi Nadia,\n\nI'm very happy to share that we'd like to offer you the position of Senior Product Designer at "
        "Mollie! You'll find the offer details attached.\n\nSanne",
        None,
    ),
    (
        "Mollie",
        "accepted",
        "2025-03-19",
        ME,
        "RE: Offer - Senior Product Designer",
        "Hi Sanne,\n\nThank you so much - I'm happy to accept the offer! I've signed the contract in DocuSign.\n\nNadia",
        SANNE,
    ),
]

_NEGATIVES = [
    (
        "Mollie <no-reply@mollie.example>",
        "Your payout is on its way",
        "other",
        "Hi Nadia, your payout of €123.40 has been sent to your bank account. Mollie",
    ),
    (
        "Indeed <alert@indeed.example>",
        "Product Designer jobs in Amsterdam",
        "alert",
        "Product Designer - Amsterdam. UX Designer - Utrecht. See all jobs.",
    ),
    (
        "Dribbble <hello@dribbble.example>",
        "Top shots this week",
        "newsletter",
        "See what designers shipped. Unsubscribe.",
    ),
    (
        "Mark Jansen <mark.jansen@designtalent-nl.example>",
        "Senior Designer role at a scale-up",
        "outreach",
        "Hi Nadia, I'm recruiting a Senior Product Designer for a fintech scale-up in Amsterdam. Open to a chat?",
    ),
    (
        "NS <noreply@ns.example>",
        "Your NS travel overview",
        "other",
        "Your February trips are ready.",
    ),
    (
        "Lotte Smit <lotte.smit@gmail.example>",
        "borrel",
        "personal",
        "Borrel friday at Café de Jaren?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="10:05:00",
        neg_start="2025-02-09",
        neg_step=5,
        neg_clock="20:55:00",
        tag="fourhundredninetynine",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), NADIA)
