"""A four-hundred-and-nineteenth mailbox, written as a held-out check after the four-hundred-and-eighteenth (issue #24).

Arjun, a backend engineer in Austin, keeps his search in Gmail and exports it with Takeout.  The scheduling and
interviewing tools around big tech's tracking systems, written as they send it: Greenhouse's "Please provide your
availability", ModernLoop's "Your interview has been scheduled", Prelude's "Interview confirmation", a Karat
"technical interview" booked for an employer, CoderPad's invitation, "Your Onsite Interview Itinerary", Greenhouse's
"Please sign your offer letter", a recruiter's "the team has decided to move forward with your candidacy", a
"hiring committee" still deciding, a no after the loop ("the team has decided not to extend an offer"), a headcount
freeze, his own negotiation and acceptance.  Negatives: LeetCode, Blind's digest, levels.fyi's newsletter, Karat's
"practice interview" ad, a GitHub notification, DoorDash and his father.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ARJUN = "arjun.mehta.dev@gmail.com"
ME = f"Arjun Mehta <{ARJUN}>"
LISA = "Lisa Tran <lisa.tran@quarrycloud.example>"
BEN = "Ben Ortiz <ben.ortiz@helio.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Quarry Cloud",
        "applied",
        "2025-01-06",
        "Quarry Cloud <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Quarry Cloud",
        "Hi Arjun,\n\nThanks for applying to the Senior Backend Engineer, Storage role at Quarry Cloud. Our team will "
        "review your application.\n\nQuarry Cloud Recruiting",
        "t-qc",
    ),
    (
        "Helio",
        "applied",
        "2025-01-06",
        "Helio <no-reply@hire.lever.co>",
        "Helio - thanks for applying",
        "Hi Arjun,\n\nThank you for applying to Helio for the Software Engineer, Platform role. We'll be in touch.\n\n"
        "Helio",
        "t-he",
    ),
    (
        "Nimbus Freight",
        "applied",
        "2025-01-07",
        "Nimbus Freight <no-reply@ashbyhq.com>",
        "Application received - Nimbus Freight",
        "Hi Arjun,\n\nWe've received your application for Staff Engineer, Routing at Nimbus Freight. Thanks!\n\n"
        "Nimbus Freight",
        "t-nf",
    ),
    (
        "Quarry Cloud",
        "screen",
        "2025-01-09",
        "Quarry Cloud <no-reply@us.greenhouse-mail.io>",
        "Please provide your availability - Quarry Cloud",
        "Hi Arjun,\n\nLisa Tran would like to schedule a 30-minute recruiter call with you for the Senior Backend "
        "Engineer, Storage role. Please provide your availability using the link below.\n\nQuarry Cloud",
        "t-qc2",
    ),
    (
        "Helio",
        "interview",
        "2025-01-13",
        "Karat <scheduling@karat.example>",
        "Schedule your technical interview for Helio",
        "Hi Arjun,\n\nHelio has partnered with Karat to conduct the first technical interview for the Software "
        "Engineer, Platform role. Please choose a time for your 60-minute interview with a Karat Interview Engineer."
        "\n\nKarat",
        "t-he-k",
    ),
    (
        "Quarry Cloud",
        "interview",
        "2025-01-16",
        "Quarry Cloud Recruiting <scheduling@modernloop.example>",
        "Your interview has been scheduled - Quarry Cloud",
        "Hi Arjun,\n\nYour technical phone interview with Quarry Cloud has been scheduled for Tuesday, January 21 at "
        "11:00 AM CT (60 min) with Dmitri Volkov, Senior Engineer. A CoderPad link will follow.\n\nPowered by "
        "ModernLoop",
        "t-qc3",
    ),
    (
        "Nimbus Freight",
        "rejected",
        "2025-01-17",
        "Nimbus Freight <no-reply@ashbyhq.com>",
        "Update on your Nimbus Freight application",
        "Hi Arjun,\n\nThank you for your interest in Nimbus Freight. Due to a headcount freeze, we've paused hiring for "
        "the Staff Engineer, Routing role and are closing all applications.\n\nNimbus Freight",
        "t-nf2",
    ),
    (
        "Helio",
        "rejected",
        "2025-01-22",
        BEN,
        "Helio - Software Engineer, Platform",
        "Hi Arjun,\n\nThanks for completing the technical interview. The team has reviewed the results and decided not "
        "to move forward with your candidacy at this stage.\n\nBen Ortiz\nTechnical Recruiter, Helio",
        "t-he2",
    ),
    (
        "Quarry Cloud",
        "onsite",
        "2025-01-24",
        LISA,
        "Your Onsite Interview Itinerary - Quarry Cloud",
        "Hi Arjun,\n\nCongrats on passing the phone interview! Here's your virtual onsite itinerary for February 3:\n\n"
        "10:00 Coding\n11:00 System Design\n12:30 Behavioral with the hiring manager\n13:30 Coding II\n\nLisa Tran\n"
        "Technical Recruiter, Quarry Cloud",
        "t-qc4",
    ),
    (
        "Quarry Cloud",
        "reply",
        "2025-02-06",
        LISA,
        "RE: Your Onsite Interview Itinerary - Quarry Cloud",
        "Hi Arjun,\n\nThanks again for spending the day with us. Your packet is going to the hiring committee on "
        "Monday; I expect to have an answer for you by Wednesday.\n\nLisa",
        "t-qc4",
    ),
    (
        "Quarry Cloud",
        "offer",
        "2025-02-12",
        LISA,
        "Great news from Quarry Cloud",
        "Hi Arjun,\n\nThe hiring committee approved, and I'm excited to tell you we'd like to extend you an offer for "
        "Senior Backend Engineer! Can we get on a call today to go over the numbers?\n\nLisa",
        "t-qc5",
    ),
    (
        "Quarry Cloud",
        "skip",
        "2025-02-13",
        ME,
        "RE: Great news from Quarry Cloud",
        "Hi Lisa,\n\nThanks so much for the call. I'm very excited about the role. Is there any flexibility on the base? "
        "I have a competing conversation and 195k would make this an easy yes.\n\nArjun",
        "t-qc5",
    ),
    (
        "Quarry Cloud",
        "skip",
        "2025-02-14",
        "Quarry Cloud <no-reply@us.greenhouse-mail.io>",
        "Please sign your offer letter - Quarry Cloud",
        "Hi Arjun,\n\nYour offer letter from Quarry Cloud is ready for your signature. Please review and sign it using "
        "the link below.\n\nQuarry Cloud",
        "t-qc6",
    ),
    (
        "Quarry Cloud",
        "accepted",
        "2025-02-14",
        ME,
        "RE: Great news from Quarry Cloud",
        "Hi Lisa,\n\nThank you for making it work! I've signed the letter - I'm officially accepting. See you on March "
        "3.\n\nArjun",
        "t-qc5",
    ),
]

_NEGATIVES = [
    (
        "LeetCode <no-reply@leetcode.example>",
        "Your weekly progress",
        "newsletter",
        "You solved 12 problems this week.",
    ),
    (
        "Blind <digest@teamblind.example>",
        "Trending: offer negotiation at big tech",
        "newsletter",
        "Top posts this week: TC, layoffs and a hiring committee horror story.",
    ),
    (
        "levels.fyi <newsletter@levels.example>",
        "End of year pay report",
        "newsletter",
        "Senior engineer pay across 40 companies.",
    ),
    (
        "Karat <marketing@karat.example>",
        "Practice your technical interview with Karat",
        "newsletter",
        "Book a practice interview with a Karat Interview Engineer. Unsubscribe.",
    ),
    (
        "GitHub <notifications@github.example>",
        "[arjunm/raft-kv] Pull request #42 merged",
        "other",
        "Merged #42 into main.",
    ),
    (
        "DoorDash <no-reply@doordash.example>",
        "Your order from Veracruz",
        "shop",
        "Total $22.15.",
    ),
    (
        "Rajesh Mehta <rajesh.mehta@yahoo.example>",
        "call sunday",
        "personal",
        "Call your mother on Sunday, beta.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=ARJUN,
            own_to={"Quarry Cloud": LISA},
            offset="-0600",
            clock="13:15:00",
            neg_start="2025-01-05",
            neg_step=5,
            neg_clock="21:40:00",
            tag="fourhundrednineteen",
        ),
        kind="other",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
