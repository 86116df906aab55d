"""An eighty-third mailbox, written as a held-out check after the eighty-second's fixes (issue #24).

Priya, a data scientist in Boston, exports Gmail with Takeout.  A mainstream US search in biotech and health tech:
Jobvite, SmartRecruiters, Greenhouse and Workday confirmations; a recruiter writing through LinkedIn about the
application she sent ("Dana Lee via LinkedIn"); a Greenhouse "Interview Confirmation"; a CodeSignal assessment; a
role "put on hold" after a screen; two offers, one accepted and one declined in her own words; "your application
was viewed" notices, job alerts and a recruiter's cold message that must stay skipped.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.natarajan.ds@gmail.com"
_ME = f"Priya Natarajan <{PRIYA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Halcyon Therapeutics (Jobvite; screen; CodeSignal; onsite; offer declined)
    (
        "Halcyon Therapeutics",
        "applied",
        "2025-09-08",
        "Halcyon Therapeutics <notification@jobvite.com>",
        "Your application to Halcyon Therapeutics",
        "Dear Priya,\n\nThank you for applying for the Data Scientist, Clinical Analytics position at Halcyon "
        "Therapeutics. We have received your application and will be reviewing it shortly.\n\nHalcyon Talent "
        "Acquisition",
        "ht1",
    ),
    (
        "Halcyon Therapeutics",
        "screen",
        "2025-09-15",
        "Dana Lee via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Your application for Data Scientist, Clinical Analytics",
        "Hi Priya, I'm the recruiter for the Data Scientist, Clinical Analytics role you applied to at Halcyon "
        "Therapeutics. Your background looks like a great fit - do you have 20 minutes this week for an introductory "
        "call?",
        "ht2",
    ),
    (
        "Halcyon Therapeutics",
        "interview",
        "2025-09-22",
        "CodeSignal <noreply@codesignal.com>",
        "Halcyon Therapeutics has invited you to complete a CodeSignal assessment",
        "Hi Priya,\n\nHalcyon Therapeutics has invited you to take the Data Science General Assessment. Please "
        "complete it within 5 days.\n\nThe CodeSignal team",
        "ht3",
    ),
    (
        "Halcyon Therapeutics",
        "onsite",
        "2025-10-03",
        "Dana Lee <dana.lee@halcyontx.com>",
        "Final round interviews - Halcyon Therapeutics",
        "Hi Priya,\n\nGreat news - the team would like to bring you in for a final round at our Kendall Square office "
        "on October 9: four 45-minute interviews with the clinical analytics team and the VP of Data Science.\n\nDana",
        "ht4",
    ),
    (
        "Halcyon Therapeutics",
        "offer",
        "2025-10-16",
        "Dana Lee <dana.lee@halcyontx.com>",
        "Offer - Data Scientist, Clinical Analytics",
        "Hi Priya,\n\nOn behalf of the whole team, I'm delighted to share your offer for the Data Scientist, Clinical "
        "Analytics role. The offer letter is attached; please let me know by October 23.\n\nDana",
        "ht5",
    ),
    (
        "Halcyon Therapeutics",
        "declined",
        "2025-10-22",
        _ME,
        "Re: Offer - Data Scientist, Clinical Analytics",
        "Hi Dana,\n\nThank you so much for the offer and for everything during the process. After a lot of thought, "
        "I've decided to decline - I've chosen a role that is closer to my work in population health. I hope our "
        "paths cross again.\n\nWarmly,\nPriya",
        "ht5",
    ),
    # Meridian Health Analytics (SmartRecruiters; interview; offer accepted)
    (
        "Meridian Health Analytics",
        "applied",
        "2025-09-09",
        "Meridian Health Analytics <noreply@smartrecruiters.com>",
        "Thank you for your application",
        "Dear Priya,\n\nThank you for applying to Senior Data Scientist, Population Health at Meridian Health "
        "Analytics. Your application was successfully submitted.\n\nThe Meridian Health Analytics Hiring Team",
        "mh1",
    ),
    (
        "Meridian Health Analytics",
        "interview",
        "2025-09-24",
        "Meridian Health Analytics <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation: Priya Natarajan - Senior Data Scientist",
        "Hi Priya,\n\nYour interview is confirmed for Tuesday, September 30 at 1:00 PM ET with Omar Haddad (Director, "
        "Data Science). Zoom link: https://zoom.us/j/9182736450\n\nMeridian Health Analytics Recruiting",
        "mh2",
    ),
    (
        "Meridian Health Analytics",
        "offer",
        "2025-10-14",
        "Omar Haddad <omar.haddad@meridianhealth.io>",
        "Welcome to Meridian?",
        "Hi Priya,\n\nI'm very happy to tell you that we'd like to offer you the Senior Data Scientist position on the "
        "Population Health team. Our recruiter will send the formal offer letter today.\n\nOmar",
        "mh3",
    ),
    (
        "Meridian Health Analytics",
        "accepted",
        "2025-10-21",
        _ME,
        "Re: Welcome to Meridian?",
        "Hi Omar,\n\nI'm delighted to accept! I signed the offer letter this morning and I'm looking forward to "
        "starting on November 10.\n\nPriya",
        "mh3",
    ),
    # Beacon Genomics (Workday; screen; role on hold)
    (
        "Beacon Genomics",
        "applied",
        "2025-09-10",
        "Beacon Genomics <beacongenomics@myworkday.com>",
        "Thank you for applying to Beacon Genomics",
        "Hello Priya,\n\nThank you for your interest in Beacon Genomics. We have received your application for "
        "Computational Biologist II (JR-2291).\n\nBeacon Genomics Talent Acquisition",
        "bg1",
    ),
    (
        "Beacon Genomics",
        "screen",
        "2025-09-19",
        "Kevin O'Brien <kobrien@beacongenomics.com>",
        "Quick call - Computational Biologist II",
        "Hi Priya,\n\nI'm a recruiter at Beacon Genomics. Would you be available for a 30-minute phone screen on "
        "Monday or Tuesday?\n\nKevin",
        "bg2",
    ),
    (
        "Beacon Genomics",
        "rejected",
        "2025-10-01",
        "Kevin O'Brien <kobrien@beacongenomics.com>",
        "Re: Quick call - Computational Biologist II",
        "Hi Priya,\n\nThanks again for your time last week. Unfortunately the Computational Biologist II role has been "
        "put on hold due to a change in budget, so we're pausing the search. I'm sorry I don't have better news and "
        "will reach out if it reopens.\n\nKevin",
        "bg2",
    ),
    # Fenway Digital Health (Greenhouse; rejected without interview)
    (
        "Fenway Digital Health",
        "applied",
        "2025-09-11",
        "Fenway Digital Health <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Fenway Digital Health!",
        "Hi Priya,\n\nThanks for your interest in the Machine Learning Scientist role. We received your application "
        "and our team is reviewing it.\n\nFenway Digital Health",
        "fd1",
    ),
    (
        "Fenway Digital Health",
        "rejected",
        "2025-09-26",
        "Fenway Digital Health <no-reply@us.greenhouse-mail.io>",
        "Your application to Fenway Digital Health",
        "Hi Priya,\n\nThank you for your interest in Fenway Digital Health. We've carefully reviewed your "
        "application, and we will not be moving forward at this time. We'll keep your resume on file for future "
        "roles.\n\nFenway Digital Health",
        "fd2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Fenway Digital Health",
        "viewed",
        "Your application for Machine Learning Scientist was viewed by Fenway Digital Health. See more jobs like this.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ new jobs for Data Scientist in Boston",
        "alert",
        "Data Scientist - Halcyon Therapeutics\nSenior Data Scientist - Beacon Genomics\nSee all jobs",
    ),
    (
        "Tom Reyes via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior Data Scientist opportunity - Series C healthtech",
        "outreach",
        "Hi Priya, I lead data recruiting for a Series C healthtech in Cambridge. Your profile stood out - would you be "
        "open to hearing more about a Senior Data Scientist role?",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Meridian Health Analytics and 9 more companies are hiring",
        "alert",
        "Companies you follow are hiring. Senior Data Scientist - Meridian Health Analytics.",
    ),
    (
        "Towards Data Science <noreply@medium.com>",
        "Your weekly digest",
        "newsletter",
        "Causal inference for product teams. Unsubscribe",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Computational Biologist jobs near Boston, MA",
        "alert",
        "Computational Biologist - Beacon Genomics - Cambridge, MA\nView all",
    ),
    (
        "Halcyon Therapeutics <notification@jobvite.com>",
        "Join our Talent Community",
        "newsletter",
        "Stay connected with Halcyon Therapeutics: join our talent community for news about our science and careers.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=PRIYA,
        own_to={
            "Halcyon Therapeutics": "Dana Lee <dana.lee@halcyontx.com>",
            "Meridian Health Analytics": "Omar Haddad <omar.haddad@meridianhealth.io>",
        },
        offset="-0400",
        clock="11:20:00",
        neg_start="2025-09-12",
        neg_step=4,
        neg_clock="06:10:00",
        tag="eightythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
