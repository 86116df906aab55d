"""A two-hundred-and-fifty-third mailbox, written as a held-out check after the two-hundred-and-fifty-second
(issue #24).

Terrence, a systems administrator in northern Virginia, saved his Outlook mail as .eml files.  Defense contractors
hire through Workday and Taleo and their recruiters: "Your candidacy for Req 12345", "contingent upon your ability
to obtain and maintain a Secret clearance", a "technical panel" as the last round, an "offer contingent upon
successful completion of a background investigation", "we have identified candidates whose qualifications more
closely match", and a recruiter at a clearance job board writing on behalf of a client.  Negatives:
ClearanceJobs' matches, a security clearance webinar, USAA, a HOA notice, a cold email from a cleared-staffing
firm.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TERRENCE = "terrence.hall.sysadmin@outlook.com"
ME = f"Terrence Hall <{TERRENCE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Patriot Mission Systems",
        "applied",
        "2025-08-04",
        "Patriot Mission Systems <patriotmission@myworkday.com>",
        "Your candidacy for Systems Administrator II (R-12345)",
        "Dear Terrence,\n\nThank you for applying to Systems Administrator II (R-12345) at Patriot Mission Systems. "
        "Please note this position is contingent upon your ability to obtain and maintain a Secret clearance. A "
        "recruiter will contact you if your qualifications match.\n\nPatriot Mission Systems Talent Acquisition",
        None,
    ),
    (
        "Chesapeake Defense Solutions",
        "applied",
        "2025-08-05",
        "Chesapeake Defense Solutions <noreply@taleo.net>",
        "Chesapeake Defense Solutions - Application Confirmation",
        "Dear Terrence Hall,\n\nThank you for your interest in career opportunities with Chesapeake Defense Solutions. "
        "This confirms we have received your application for Linux Systems Engineer (Req 2500418).\n\nChesapeake "
        "Defense Solutions Recruiting",
        None,
    ),
    (
        "Patriot Mission Systems",
        "screen",
        "2025-08-08",
        "Karen Boyd <karen.boyd@patriotmission.com>",
        "Systems Administrator II - phone screen",
        "Hi Terrence,\n\nI'm the recruiter for R-12345. Would you be available for a 20-minute phone screen on Monday "
        "to discuss your background and clearance status?\n\nThanks,\nKaren Boyd\nSenior Technical Recruiter",
        None,
    ),
    (
        "Potomac Cyber",
        "applied",
        "2025-08-11",
        "Greg Mills <greg.mills@clearedtalent.example>",
        "Linux SA role - resume submitted",
        "Terrence,\n\nThanks for the call. I've submitted your resume to my client, Potomac Cyber, for the Linux Systems "
        "Administrator role in Chantilly. I'll let you know when I hear back.\n\nGreg Mills\nCleared Talent Partners",
        None,
    ),
    (
        "Patriot Mission Systems",
        "onsite",
        "2025-08-14",
        "Karen Boyd <karen.boyd@patriotmission.com>",
        "RE: Systems Administrator II - phone screen",
        "Hi Terrence,\n\nThe hiring manager would like to bring you in for a technical panel, the final step, with "
        "three members of the team at our Herndon facility on August 20 at 1 PM. Please bring a government-issued "
        "ID.\n\nThanks,\nKaren",
        None,
    ),
    (
        "Chesapeake Defense Solutions",
        "rejected",
        "2025-08-18",
        "Chesapeake Defense Solutions <noreply@taleo.net>",
        "Update on Req 2500418",
        "Dear Terrence Hall,\n\nThank you for your interest in the Linux Systems Engineer position. We have identified "
        "candidates whose qualifications more closely match the requirements of the position.\n\nChesapeake Defense "
        "Solutions Recruiting",
        None,
    ),
    (
        "Potomac Cyber",
        "interview",
        "2025-08-19",
        "Greg Mills <greg.mills@clearedtalent.example>",
        "RE: Linux SA role - resume submitted",
        "Terrence,\n\nPotomac Cyber wants to do a Teams interview with the program manager Thursday at 2. Does that "
        "work?\n\nGreg",
        None,
    ),
    (
        "Patriot Mission Systems",
        "offer",
        "2025-08-26",
        "Karen Boyd <karen.boyd@patriotmission.com>",
        "Offer - Systems Administrator II",
        "Hi Terrence,\n\nCongratulations! I'm pleased to extend an offer for Systems Administrator II, contingent upon "
        "successful completion of a background investigation and drug screen. Please review the offer letter in "
        "Workday.\n\nThanks,\nKaren",
        None,
    ),
    (
        "Potomac Cyber",
        "withdrew",
        "2025-08-27",
        ME,
        "RE: Linux SA role - resume submitted",
        "Greg,\n\nThanks for all your help. I've accepted another offer, so please withdraw me from the Potomac Cyber "
        "process.\n\nTerrence",
        "Greg Mills <greg.mills@clearedtalent.example>",
    ),
    (
        "Patriot Mission Systems",
        "accepted",
        "2025-08-27",
        ME,
        "RE: Offer - Systems Administrator II",
        "Karen,\n\nThank you! I've accepted the offer in Workday and will schedule the drug screen this week.\n\n"
        "Terrence",
        "Karen Boyd <karen.boyd@patriotmission.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "ClearanceJobs <noreply@clearancejobs.example>",
        "New jobs matching: Systems Administrator, Secret",
        "alert",
        "Systems Administrator - Secret - Reston; Linux Engineer - TS/SCI - Annapolis Junction.",
    ),
    (
        "ClearanceJobs <events@clearancejobs.example>",
        "Webinar: Navigating your periodic reinvestigation",
        "newsletter",
        "Join our security clearance experts for a live Q&A on reinvestigations and continuous vetting.",
    ),
    (
        "USAA <usaa.customer.service@usaa.example>",
        "Your statement is available",
        "other",
        "Your checking account statement is available to view.",
    ),
    (
        "Ashburn Farm HOA <board@ashburnfarm.example>",
        "Pool closing Labor Day",
        "other",
        "The community pool will close for the season after Labor Day.",
    ),
    (
        "Sharon Lee <slee@clearedstaffing.example>",
        "TS/SCI Sysadmin roles - Fort Meade",
        "outreach",
        "Hi Terrence, I have several TS/SCI systems administrator roles near Fort Meade. Are you open to a quick "
        "call this week?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="08:05:00",
        neg_start="2025-08-03",
        neg_step=6,
        neg_clock="19:55:00",
        tag="twohundredfiftythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), TERRENCE)
