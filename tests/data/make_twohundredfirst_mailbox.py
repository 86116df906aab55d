"""A two-hundred-and-first mailbox, written as a held-out check after the two-hundredth (issue #24).

Brianna, an ICU nurse in Nashville, looks for travel contracts and exported Gmail with Takeout.  Travel nursing
runs through agencies whose recruiters submit her to hospitals: "you've been submitted to Sutter Roseville", "the
unit manager would like a phone interview", "you have an offer: 13 weeks at $2,480 a week", an auto-offer without
an interview, "the facility filled the position"; the hospital is the application, the agency its relay.  One
staff job at a local hospital runs through Workday.  Negatives: the agencies' welcome and profile mail, their job
alerts and pay newsletters, a compact-licence reminder, a housing site, a CEU course, a friend.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BRI = "bri.cole.icu@gmail.com"
ME = f"Brianna Cole <{BRI}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Sutter Roseville Medical Center",
        "applied",
        "2025-08-04",
        "Megan Ross <megan.ross@trekwellnursing.com>",
        "Submitted! ICU - Roseville, CA",
        "Hi Brianna!\n\nGreat news - you've been submitted to Sutter Roseville Medical Center for the 13-week ICU "
        "contract (nights, 3x12s, start 9/8). Submissions are reviewed by the unit manager, usually within 48 "
        "hours. I'll let you know as soon as I hear anything!\n\nMegan Ross\nTravel Nurse Recruiter | Trekwell "
        "Nursing",
        "s1",
    ),
    (
        "Casco Bay Medical Center",
        "applied",
        "2025-08-05",
        "Jake Whitman <jwhitman@northboundtravelnurses.com>",
        "Your submission - Casco Bay Medical Center CVICU",
        "Hey Brianna,\n\nYour profile has been submitted to Casco Bay Medical Center in Portland, ME for the CVICU "
        "travel position (13 weeks, days). This facility often offers without an interview, so keep your phone "
        "close.\n\nJake Whitman\nSenior Recruiter, Northbound Travel Nurses",
        "c1",
    ),
    (
        "Cumberland University Medical Center",
        "applied",
        "2025-08-06",
        "Cumberland University Medical Center <cumc@myworkday.com>",
        "Thank you for applying to Cumberland University Medical Center",
        "Dear Brianna,\n\nThank you for applying for the Registered Nurse - Medical ICU position (R-55120) at "
        "Cumberland University Medical Center. Our nurse recruitment team will review your application.\n\n"
        "CUMC Talent Acquisition",
        "u1",
    ),
    (
        "Sutter Roseville Medical Center",
        "interview",
        "2025-08-06",
        "Megan Ross <megan.ross@trekwellnursing.com>",
        "Re: Submitted! ICU - Roseville, CA",
        "Brianna - the ICU manager at Sutter Roseville, Dana Lopez, would like to do a phone interview tomorrow "
        "between 10 and 12 Pacific. She'll call from a 916 number. Let me know if that window works!\n\nMegan",
        "s1",
    ),
    (
        "Casco Bay Medical Center",
        "offer",
        "2025-08-07",
        "Jake Whitman <jwhitman@northboundtravelnurses.com>",
        "OFFER - Casco Bay Medical Center CVICU",
        "Brianna!\n\nCasco Bay came back with an auto-offer: 13 weeks in the CVICU starting 9/15, days, $2,310/week "
        "gross with the housing stipend. They need an answer within 24 hours. Want me to accept it for you?\n\n"
        "Jake",
        "c1",
    ),
    (
        "Sutter Roseville Medical Center",
        "offer",
        "2025-08-08",
        "Megan Ross <megan.ross@trekwellnursing.com>",
        "You have an offer from Sutter Roseville!",
        "Hi Brianna,\n\nDana loved talking with you - you have an offer! 13 weeks in the ICU at Sutter Roseville "
        "Medical Center, nights, start 9/8, $2,480/week gross. I'll need your answer by end of day tomorrow so I "
        "can lock it in.\n\nMegan Ross\nTravel Nurse Recruiter | Trekwell Nursing",
        "s2",
    ),
    (
        "Casco Bay Medical Center",
        "declined",
        "2025-08-08",
        ME,
        "Re: OFFER - Casco Bay Medical Center CVICU",
        "Hi Jake,\n\nThank you for moving so fast on this! I'm going to pass on Casco Bay - I have a nights offer "
        "in California I'm leaning toward. Sorry, and thanks again.\n\nBrianna",
        "c1",
    ),
    (
        "Sutter Roseville Medical Center",
        "accepted",
        "2025-08-08",
        ME,
        "Re: You have an offer from Sutter Roseville!",
        "Megan, yes! Please accept it for me. So excited for Roseville.\n\nBri",
        "s2",
    ),
    (
        "Cumberland University Medical Center",
        "rejected",
        "2025-08-20",
        "Cumberland University Medical Center <cumc@myworkday.com>",
        "Your application to Cumberland University Medical Center",
        "Dear Brianna,\n\nThank you for your interest in the Registered Nurse - Medical ICU position. The position "
        "has been filled and we are no longer considering applications for it.\n\nCUMC Talent Acquisition",
        "u2",
    ),
]

_OWN_TO = {
    "Casco Bay Medical Center": "Jake Whitman <jwhitman@northboundtravelnurses.com>",
    "Sutter Roseville Medical Center": "Megan Ross <megan.ross@trekwellnursing.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Trekwell Nursing <welcome@trekwellnursing.com>",
        "Welcome to Trekwell, Brianna! Complete your profile",
        "onboarding",
        "Welcome aboard! Finish your skills checklists and upload your BLS and ACLS cards so your recruiter can "
        "submit you to jobs faster.",
    ),
    (
        "Trekwell Nursing <jobs@trekwellnursing.com>",
        "New ICU travel jobs: up to $2,900/week",
        "alert",
        "ICU - Sacramento, CA - $2,650/wk\nCVICU - Denver, CO - $2,410/wk\nStepdown - Phoenix, AZ - $2,200/wk\n"
        "View all jobs.",
    ),
    (
        "Northbound Travel Nurses <news@northboundtravelnurses.com>",
        "The Northbound Pulse: fall pay trends",
        "newsletter",
        "Fall travel pay is up 6% in critical care. Plus: how to pick a housing stipend over agency housing.",
    ),
    (
        "Nurse Licensure Compact <noreply@ncsbn.example>",
        "Reminder: verify your multistate license",
        "other",
        "Your multistate license is active. Remember to update your primary state of residence if you move.",
    ),
    (
        "Furnished Finder <hello@furnishedfinder.example>",
        "New 3-month rentals near Roseville, CA",
        "shop",
        "12 new furnished rentals near Sutter Roseville Medical Center for travel nurses.",
    ),
    (
        "CEUfast <courses@ceufast.example>",
        "Unlimited CEUs for $39",
        "shop",
        "Finish your state-required CEUs before your license renewal.",
    ),
    (
        "Tasha Green <tashagreen.rn@gmail.com>",
        "roseville?!",
        "personal",
        "Girl are you really going to California?? We need a going away brunch.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=BRI,
        own_to=_OWN_TO,
        offset="-0500",
        clock="15:10:00",
        neg_start="2025-08-01",
        neg_step=3,
        neg_clock="07:45:00",
        tag="twohundredone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
