"""A three-hundred-and-seventh mailbox, written as a held-out check after the three-hundred-and-sixth (issue #24).

Mei, a data scientist in Seattle, exports Gmail with Takeout. Interviews as scheduling tools book them: Calendly's "New
Event: Mei Lin - 30 Minute Recruiter Screen" for a start-up, GoodTime's "Interview Confirmation" with its panel for a
retailer, ModernLoop's "Your interview with Cascadia Health has been scheduled", Microsoft Bookings' confirmation for a
county's "Panel Interview", a Lever receipt, Greenhouse's "Thank you for interviewing" refusal, an offer from a
recruiter and her acceptance. Negatives: Calendly's marketing, Zoom's product mail, a Kaggle newsletter, a Seattle
Public Library hold, a REI promotion, her friend's Calendly link for a climbing session. Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MEI = "mei.lin.ds@gmail.com"
ME = f"Mei Lin <{MEI}>"

_OWN_TO = {
    "Salish Analytics": "Ben Ortiz <ben@salishanalytics.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Salish Analytics",
        "applied",
        "2025-06-02",
        "Salish Analytics <no-reply@hire.lever.co>",
        "Thanks for applying to Salish Analytics",
        "Hi Mei,\n\nThanks for your interest in the Senior Data Scientist role at Salish Analytics. We've received your "
        "application and will review it shortly.\n\n- The Salish Analytics Team",
        "s1",
    ),
    (
        "Evergreen Outfitters",
        "applied",
        "2025-06-03",
        "Evergreen Outfitters <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Evergreen Outfitters",
        "Hi Mei,\n\nThank you for applying for the Data Scientist, Pricing role at Evergreen Outfitters. Our team will "
        "review your application and reach out if there's a match.\n\nEvergreen Outfitters Talent Acquisition",
        "e1",
    ),
    (
        "Cascadia Health",
        "applied",
        "2025-06-03",
        "Cascadia Health Careers <cascadiahealth@myworkday.com>",
        "Application received - Data Scientist II",
        "Dear Mei,\n\nThank you for applying for the Data Scientist II position (R-20417) at Cascadia Health. We have "
        "received your application.\n\nCascadia Health Talent Acquisition",
        "c1",
    ),
    (
        "King County",
        "applied",
        "2025-06-04",
        "King County <noreply@governmentjobs.com>",
        "Application Received: Data Scientist - Department of Public Health",
        "Dear Mei Lin,\n\nThank you for applying for the Data Scientist position with King County (recruitment "
        "2025-KC-0551). Your application was received on 06/04/2025.\n\nKing County Human Resources",
        "k1",
    ),
    (
        "Salish Analytics",
        "screen",
        "2025-06-06",
        "Calendly <notifications@calendly.com>",
        "New Event: Mei Lin - 30 Minute Recruiter Screen",
        "Hi Mei Lin,\n\nA new event has been scheduled.\n\nEvent Type: 30 Minute Recruiter Screen\nInvitee: Mei Lin\n"
        "Event Date/Time: 11:00am - Tuesday, June 10, 2025 (Pacific Time)\nHost: Ben Ortiz (Salish Analytics)\n"
        "Location: Google Meet",
        "s2",
    ),
    (
        "Evergreen Outfitters",
        "interview",
        "2025-06-11",
        "Evergreen Outfitters Recruiting <scheduling@goodtime.io>",
        "Interview Confirmation: Data Scientist, Pricing - Evergreen Outfitters",
        "Hi Mei,\n\nYour interview for Data Scientist, Pricing at Evergreen Outfitters is confirmed.\n\nThursday, June "
        "19, 2025\n10:00 AM - 10:45 AM PT: Technical interview with Priya Shah (Senior Data Scientist)\n10:45 AM - "
        "11:30 AM PT: Hiring manager interview with Tom Becker\n\nZoom link: https://zoom.us/j/123456\n\n"
        "Evergreen Outfitters Recruiting",
        "e2",
    ),
    (
        "Cascadia Health",
        "interview",
        "2025-06-12",
        "Cascadia Health Recruiting <no-reply@modernloop.io>",
        "Your interview with Cascadia Health has been scheduled",
        "Hi Mei,\n\nYour interview with Cascadia Health has been scheduled for Friday, June 20 at 1:00 PM PT (60 "
        "minutes, Microsoft Teams). You'll meet with the Analytics Manager and a member of the data science team.\n\n"
        "Cascadia Health Recruiting",
        "c2",
    ),
    (
        "Salish Analytics",
        "onsite",
        "2025-06-16",
        "Ben Ortiz <ben@salishanalytics.example>",
        "Salish Analytics - final round",
        "Hi Mei,\n\nGreat chatting last week - the team would love to move you to our final round: three back-to-back "
        "conversations at our Fremont office on Monday June 23 (a case study, a modeling deep dive and lunch with the "
        "founders).\n\nBen",
        "s3",
    ),
    (
        # (a panel interview is the spec's onsite, its synonym table's "panel interview"; written "interview" at first,
        # changed after the first read)
        "King County",
        "onsite",
        "2025-06-17",
        "King County HR <bookings@kingcounty.example>",
        "Booking confirmed: Panel Interview - Data Scientist",
        "Your booking is confirmed.\n\nPanel Interview - Data Scientist (2025-KC-0551)\nWednesday, June 25, 2025, 2:00 "
        "PM - 3:00 PM Pacific Time\nLocation: Chinook Building, 401 5th Ave, Seattle\n\nKing County Human Resources",
        "k2",
    ),
    (
        "Evergreen Outfitters",
        "rejected",
        "2025-06-24",
        "Evergreen Outfitters <no-reply@us.greenhouse-mail.io>",
        "Thank you for interviewing with Evergreen Outfitters",
        "Hi Mei,\n\nThank you for taking the time to interview with us for the Data Scientist, Pricing role. While we "
        "enjoyed getting to know you, we've decided to move forward with another candidate.\n\nBest of luck,\n"
        "Evergreen Outfitters Talent Acquisition",
        "e1",
    ),
    (
        "Salish Analytics",
        "offer",
        "2025-06-27",
        "Ben Ortiz <ben@salishanalytics.example>",
        "Offer - Senior Data Scientist",
        "Hi Mei,\n\nI'm delighted to share that we'd like to offer you the Senior Data Scientist role: $172,000 base, "
        "0.15% equity, start date July 21. Offer letter attached.\n\nBen",
        "s4",
    ),
    (
        "Salish Analytics",
        "accepted",
        "2025-06-30",
        ME,
        "Re: Offer - Senior Data Scientist",
        "Hi Ben,\n\nI'm happy to accept! Signed offer letter attached. See you on the 21st.\n\nMei",
        "s4",
    ),
]

_NEGATIVES = [
    (
        "Calendly <hello@calendly.com>",
        "Do more with your scheduling",
        "shop",
        "Try Calendly Teams free for 14 days: routing forms, round-robin and more.",
    ),
    (
        "Zoom <no-reply@zoom.example>",
        "What's new in Zoom Workplace",
        "newsletter",
        "New features in Zoom Workplace: AI Companion summaries and more.",
    ),
    (
        "Kaggle <no-reply@kaggle.example>",
        "Kaggle Newsletter: new competitions",
        "newsletter",
        "New competitions this month, and a notebook on LLM evaluation.",
    ),
    (
        "The Seattle Public Library <notices@spl.example>",
        "Your hold is ready",
        "other",
        "Your hold 'Designing Data-Intensive Applications' is ready for pickup at the Central Library.",
    ),
    (
        "REI <rei@rei.example>",
        "Members save 20%",
        "shop",
        "Co-op members save 20% on one full-price item this weekend.",
    ),
    (
        "Calendly <notifications@calendly.com>",
        "New Event: Mei Lin - Climbing at Vertical World",
        "personal",
        "A new event has been scheduled.\n\nEvent Type: Climbing at Vertical World\nInvitee: Mei Lin\nHost: Jess Park",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MEI,
        own_to=_OWN_TO,
        offset="-0700",
        clock="09:25:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="20:10:00",
        tag="threehundredseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
