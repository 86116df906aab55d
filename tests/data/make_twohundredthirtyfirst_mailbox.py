"""A two-hundred-and-thirty-first mailbox, written as a held-out check after the two-hundred-and-thirtieth (issue #24).

Marco, a regional airline first officer in Denver, applies to larger carriers and exports Gmail with Takeout.
Pilot hiring runs in its own words: applications kept current on AirlineApps ("your application has been
updated"), an airline's "invitation to interview" with a "Day 1" (an online assessment) and a "Day 2" at the
training center (a technical interview and a simulator evaluation), a "Conditional Job Offer" (CJO), a class date,
and a refusal that says he "will not be moving forward at this time" but may reapply in twelve months.
Negatives: AirlineApps' "update your application" reminder, a pilot forum's digest, a union's newsletter, a
simulator-training school's ad, a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCO = "marco.ruiz.fo@gmail.com"
ME = f"Marco Ruiz <{MARCO}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Summit Air",
        "applied",
        "2025-01-06",
        "AirlineApps <noreply@airlineapps.com>",
        "Application Submitted - Summit Air",
        "Dear Marco,\n\nYour application for the position of First Officer with Summit Air has been submitted. "
        "Please keep your application updated every 30 days to remain active.\n\nAirlineApps",
        "s1",
    ),
    (
        "Cascade Airlines",
        "applied",
        "2025-01-07",
        "AirlineApps <noreply@airlineapps.com>",
        "Application Submitted - Cascade Airlines",
        "Dear Marco,\n\nYour application for the position of Pilot - First Officer with Cascade Airlines has been "
        "submitted.\n\nAirlineApps",
        "c1",
    ),
    (
        "Summit Air",
        "interview",
        "2025-02-03",
        "Summit Air Pilot Recruitment <pilotrecruitment@summitair.example>",
        "Summit Air - Invitation to Interview",
        "Dear Marco,\n\nCongratulations! You have been selected to interview for the position of First Officer. Your "
        "Day 1 online assessment must be completed by February 10. Upon successful completion, you will be "
        "scheduled for Day 2 at our Denver Training Center.\n\nSummit Air Pilot Recruitment",
        "s2",
    ),
    (
        "Summit Air",
        "onsite",
        "2025-02-14",
        "Summit Air Pilot Recruitment <pilotrecruitment@summitair.example>",
        "Summit Air - Day 2 Scheduling",
        "Dear Marco,\n\nYou have successfully completed Day 1. Your Day 2 is scheduled for March 3 at the Denver "
        "Training Center: a technical interview, an HR interview and a simulator evaluation. Positive space travel "
        "will be provided.\n\nSummit Air Pilot Recruitment",
        "s2",
    ),
    (
        "Cascade Airlines",
        "rejected",
        "2025-02-20",
        "Cascade Airlines Pilot Recruiting <pilotjobs@cascadeair.example>",
        "Cascade Airlines - Application Status",
        "Dear Marco,\n\nThank you for your interest in flying for Cascade Airlines. After careful review, we will "
        "not be moving forward with your application at this time. You may reapply after twelve months.\n\nCascade "
        "Airlines Pilot Recruiting",
        "c2",
    ),
    (
        "Summit Air",
        "offer",
        "2025-03-05",
        "Summit Air Pilot Recruitment <pilotrecruitment@summitair.example>",
        "Summit Air - Conditional Job Offer",
        "Dear Marco,\n\nCongratulations! On behalf of Summit Air, I am pleased to extend you a Conditional Job Offer "
        "for the position of First Officer, with a tentative class date of April 14. This offer is contingent upon "
        "a background check, a drug screen and your FAA first-class medical.\n\nSummit Air Pilot Recruitment",
        "s3",
    ),
    (
        "Summit Air",
        "accepted",
        "2025-03-06",
        ME,
        "Re: Summit Air - Conditional Job Offer",
        "Hello,\n\nThank you! I accept the conditional job offer and the April 14 class date. I'll complete the "
        "background check forms today.\n\nMarco Ruiz",
        "s3",
    ),
]

_OWN_TO = {"Summit Air": "Summit Air Pilot Recruitment <pilotrecruitment@summitair.example>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "AirlineApps <noreply@airlineapps.com>",
        "Reminder: update your applications",
        "reminder",
        "Your applications with 3 airlines will become inactive in 5 days. Log in and update them to stay active.",
    ),
    (
        "AirlinePilotCentral <digest@apc.example>",
        "Hiring news: 4 airlines announce interviews",
        "newsletter",
        "This week: four airlines announced interview dates, and pay rates for first officers rose again.",
    ),
    (
        "ALPA <news@alpa.example>",
        "ALPA news: contract update",
        "newsletter",
        "Negotiations update and this month's safety bulletin.",
    ),
    (
        "Jet Sim Prep <info@jetsimprep.example>",
        "Ace your sim eval - 20% off",
        "newsletter",
        "Prepare for your airline interview simulator evaluation. Book a session and save 20%.",
    ),
    (
        "Tony Russo <tony.russo.cfi@gmail.com>",
        "congrats on the interview!",
        "personal",
        "Heard you got the Summit interview - how did it go? Beers when you're back.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARCO,
        own_to=_OWN_TO,
        offset="-0700",
        clock="14:20:00",
        neg_start="2025-01-05",
        neg_step=9,
        neg_clock="20:10:00",
        tag="twohundredthirtyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
