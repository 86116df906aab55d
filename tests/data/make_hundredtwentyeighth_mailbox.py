"""A hundred-and-twenty-eighth mailbox, written as a held-out check after the hundred-and-twenty-seventh (issue #24).

Lea, a product designer in Berlin, exports Gmail with Takeout and applies in English to Berlin startups through
JOIN, Personio, Greenhouse and Ashby; her recruiters write "Hey Lea!", book a "portfolio presentation" and a "design
challenge", and one answers in German.  Her negatives: Berlin's Jobcenter, a design meetup, a flat-share platform,
Deutsche Bahn, a Dribbble digest, an agency's pitch.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LEA = "lea.hoffmann.design@gmail.com"
_ME = f"Lea Hoffmann <{LEA}>"
_NINA = "Nina Vogel <nina@spreeworks.io>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Spreeworks",
        "applied",
        "2025-09-01",
        "Spreeworks <no-reply@join.com>",
        "Your application at Spreeworks",
        "Hi Lea,\n\nthanks for your application as Product Designer at Spreeworks! We'll take a look and get back to "
        "you soon.\n\nSpreeworks Team",
        "sw1",
    ),
    (
        "Spreeworks",
        "screen",
        "2025-09-04",
        _NINA,
        "Spreeworks x Lea",
        "Hey Lea!\n\nLoved your portfolio. Up for a 25-min intro call this week? Just pick a slot: "
        "calendly.com/nina-spreeworks\n\nNina, People & Culture",
        "sw2",
    ),
    (
        "Spreeworks",
        "interview",
        "2025-09-11",
        _NINA,
        "Re: Spreeworks x Lea",
        "Hey Lea,\n\nthanks for the chat! Next up: a 60-min portfolio presentation with our Head of Design and two "
        "PMs. How about Wednesday at 14:00?\n\nNina",
        "sw2",
    ),
    (
        "Spreeworks",
        "interview",
        "2025-09-19",
        _NINA,
        "Design challenge",
        "Hey Lea,\n\nthe team would love to see a short design challenge: redesign our onboarding flow. Take up to a "
        "week, we'll review it together afterwards.\n\nNina",
        "sw3",
    ),
    (
        "Spreeworks",
        "offer",
        "2025-10-02",
        _NINA,
        "Offer 🎉",
        "Hey Lea,\n\nwe'd love for you to join Spreeworks as our Product Designer! Offer details attached: 68k EUR, "
        "hybrid, 30 days vacation.\n\nNina",
        "sw4",
    ),
    (
        "Spreeworks",
        "accepted",
        "2025-10-04",
        _ME,
        "Re: Offer 🎉",
        "Hi Nina,\n\nyes - I'm in! Super happy to accept. Signed contract attached.\n\nLea",
        "sw4",
    ),
    (
        "Kiezbank",
        "applied",
        "2025-09-02",
        "Kiezbank <noreply@personio.de>",
        "Your application at Kiezbank GmbH",
        "Dear Lea Hoffmann,\n\nthank you for your application as UX Designer (m/f/d) at Kiezbank GmbH. We have received "
        "your documents and will get back to you shortly.",
        "kb1",
    ),
    (
        "Kiezbank",
        "rejected",
        "2025-09-23",
        "Kiezbank <noreply@personio.de>",
        "Deine Bewerbung bei Kiezbank",
        "Hallo Lea,\n\nvielen Dank für deine Bewerbung und dein Interesse an Kiezbank. Leider müssen wir dir mitteilen, "
        "dass wir uns für andere Kandidat:innen entschieden haben.\n\nViele Grüße\nDein Kiezbank Team",
        "kb2",
    ),
    (
        "Tempelhof Mobility",
        "applied",
        "2025-09-03",
        "Tempelhof Mobility <no-reply@ashbyhq.com>",
        "Thanks for applying to Tempelhof Mobility",
        "Hi Lea,\n\nThanks for applying to Tempelhof Mobility! We've received your application for Senior Product "
        "Designer.",
        "tm1",
    ),
    (
        "Tempelhof Mobility",
        "screen",
        "2025-09-09",
        "Jonas Richter <jonas.richter@tempelhof-mobility.com>",
        "Tempelhof Mobility - first chat",
        "Hi Lea,\n\nthanks for applying! I'm the talent partner for design. Do you have 30 minutes on Thursday for a "
        "first chat about the role?\n\nJonas",
        "tm2",
    ),
    (
        "Tempelhof Mobility",
        "withdrew",
        "2025-10-04",
        _ME,
        "Re: Tempelhof Mobility - first chat",
        "Hi Jonas,\n\nthank you for the process so far. I've accepted another offer, so I'd like to withdraw my "
        "application.\n\nBest,\nLea",
        "tm2",
    ),
    (
        "Prenzl Health",
        "applied",
        "2025-09-05",
        "Prenzl Health <no-reply@greenhouse.io>",
        "Thank you for applying to Prenzl Health",
        "Hi Lea,\n\nThank you for applying to Prenzl Health. We have received your application for Product Designer.",
        "ph1",
    ),
    (
        "Prenzl Health",
        "rejected",
        "2025-09-17",
        "Prenzl Health <no-reply@greenhouse.io>",
        "Your application to Prenzl Health",
        "Hi Lea,\n\nThanks again for your interest. We've reviewed your portfolio and decided not to move forward at "
        "this stage - we're looking for more experience in healthcare products.",
        "ph2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Jobcenter Berlin Mitte <noreply@jobcenter-ge.de>",
        "Einladung zum Termin",
        "employment service",
        "Sehr geehrte Frau Hoffmann, wir laden Sie zu einem Termin am 15.09. um 10:00 Uhr ein.",
    ),
    (
        "Berlin Design Meetup <hello@meetup.com>",
        "New event: Design systems night",
        "newsletter",
        "Join us on September 18 for talks on design systems. RSVP. Unsubscribe",
    ),
    (
        "WG-Gesucht <noreply@wg-gesucht.de>",
        "Neue Nachricht zu deinem Gesuch",
        "other",
        "Du hast eine neue Nachricht zu deinem WG-Gesuch in Neukölln.",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung",
        "shop",
        "Vielen Dank für Ihre Buchung. Berlin Hbf - Hamburg Hbf, 20.09.",
    ),
    (
        "Dribbble <digest@dribbble.com>",
        "Popular shots this week",
        "newsletter",
        "Popular shots from designers you follow. Unsubscribe",
    ),
    (
        "Max Braun <max@designtalentberlin.de>",
        "Senior Product Designer - Fintech",
        "outreach",
        "Hi Lea, I'm working on a Senior Product Designer role with a Berlin fintech. Would you be open to a chat?",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Product Designer: Spreeworks and 8 more",
        "alert",
        "Product Designer - Spreeworks - Berlin. UX Designer - Kiezbank - Berlin. See all jobs.",
    ),
    (
        "Figma <events@figma.com>",
        "Config recap",
        "newsletter",
        "Catch up on everything announced at Config. Watch now. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LEA,
        own_to={"Spreeworks": _NINA, "Tempelhof Mobility": "Jonas Richter <jonas.richter@tempelhof-mobility.com>"},
        offset="+0200",
        clock="11:30:00",
        neg_start="2025-09-01",
        neg_step=4,
        neg_clock="08:00:00",
        tag="hundredtwentyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
