"""A two-hundred-and-eighty-ninth mailbox, written as a held-out check after the two-hundred-and-eighty-eighth
(issue #24).

Marcus, an Epic analyst in Milwaukee, reads his mail in Thunderbird and saves the inbox as one mbox.  Healthcare IT
contracting through US staffing firms: a "right to represent" reply, a "submittal" to a named health system, a
subject "Epic Beaker Analyst - Lakeshore Health - W2 contract", a client's "phone interview with the manager", a
staffing firm whose two recruiters write about the same client, "the client went with another consultant", a
contract offer "at $85/hr W2", his own acceptance; and a direct-hire application to a hospital's Workday tenant with
its refusal.  Negatives: Dice's alerts, a staffing firm's "hot jobs" blast, an Epic user group newsletter, a
certification renewal, a parking ticket, a friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.bell.epic@yahoo.com"
ME = f"Marcus Bell <{MARCUS}>"

KIM = "Kim Tran <ktran@meridianhealthit.example>"
JOE = "Joe Reilly <jreilly@meridianhealthit.example>"
ANA = "Ana Flores <aflores@summitstaffing.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Lakeshore Health",
        "applied",
        "2025-10-06",
        KIM,
        "Epic Beaker Analyst - Lakeshore Health - W2 contract",
        "Hi Marcus,\n\nThanks for the RTR. I've submitted you to Lakeshore Health for the 6-month Epic Beaker Analyst "
        "contract ($85/hr W2, remote). I'll let you know as soon as the hiring manager reviews.\n\nKim Tran\nSenior "
        "Recruiter, Meridian Health IT",
        None,
    ),
    (
        "Riverbend Medical Group",
        "applied",
        "2025-10-07",
        ANA,
        "RTR - Epic Clinical Analyst - Riverbend Medical Group",
        "Hi Marcus,\n\nPlease reply with 'I approve' to give Summit Staffing the right to represent you for the Epic "
        "Clinical Analyst role at Riverbend Medical Group ($80/hr C2C or W2).\n\nAna Flores\nTechnical Recruiter",
        None,
    ),
    (
        "Riverbend Medical Group",
        "applied",
        "2025-10-07",
        ME,
        "Re: RTR - Epic Clinical Analyst - Riverbend Medical Group",
        "I approve. I authorize Summit Staffing to represent me for the Epic Clinical Analyst role at Riverbend "
        "Medical Group.\n\nMarcus Bell",
        1,
        ANA,
    ),
    (
        "Froedtmore Hospital",
        "applied",
        "2025-10-08",
        "Froedtmore Hospital <froedtmore@myworkday.com>",
        "Thank you for applying to Froedtmore Hospital",
        "Dear Marcus,\n\nThank you for applying to the Epic Beaker Analyst II position (R-88120) at Froedtmore Hospital. "
        "We will review your application.\n\nFroedtmore Talent Acquisition",
        None,
    ),
    (
        "Lakeshore Health",
        "interview",
        "2025-10-10",
        JOE,
        "Lakeshore Health - interview request",
        "Hi Marcus,\n\nI'm covering for Kim today. Lakeshore Health would like a 30-minute phone interview with the "
        "Beaker manager on Tuesday at 1pm CT. Please confirm.\n\nJoe Reilly\nAccount Manager, Meridian Health IT",
        None,
    ),
    (
        "Froedtmore Hospital",
        "rejected",
        "2025-10-14",
        "Froedtmore Hospital <froedtmore@myworkday.com>",
        "Your application with Froedtmore Hospital",
        "Dear Marcus,\n\nThank you for your interest in the Epic Beaker Analyst II position. After careful review, we "
        "have selected other candidates whose experience more closely aligns with our needs.\n\nFroedtmore Talent "
        "Acquisition",
        3,
    ),
    (
        "Riverbend Medical Group",
        "rejected",
        "2025-10-15",
        ANA,
        "Re: RTR - Epic Clinical Analyst - Riverbend Medical Group",
        "Hi Marcus, quick update - the client went with another consultant who was already credentialed with them. "
        "I'll keep you in mind for the next Epic role.\n\nAna",
        2,
    ),
    (
        "Lakeshore Health",
        "offer",
        "2025-10-16",
        KIM,
        "Re: Epic Beaker Analyst - Lakeshore Health - W2 contract",
        "Marcus - congrats! Lakeshore wants to move forward with you. Offer is $85/hr W2 for 6 months, start date "
        "November 3 pending the background check. Can I tell them yes?\n\nKim",
        0,
    ),
    (
        "Lakeshore Health",
        "accepted",
        "2025-10-16",
        ME,
        "Re: Epic Beaker Analyst - Lakeshore Health - W2 contract",
        "Yes! Please tell them I accept. Send the onboarding paperwork whenever it's ready.\n\nMarcus",
        7,
        KIM,
    ),
]

_NEGATIVES = [
    (
        "Dice <alerts@dice.com>",
        "Epic Analyst jobs matching your search",
        "alert",
        "Epic Beaker Analyst - Remote - $80-90/hr. Epic Cupid Analyst - Chicago. Epic Ambulatory Analyst - Remote.",
    ),
    (
        "Meridian Health IT <hotjobs@meridianhealthit.example>",
        "HOT JOBS this week",
        "newsletter",
        "Hot Epic roles this week: Willow, Beaker, Clarity. Reply with your updated resume.",
    ),
    (
        "Wisconsin Epic Users <news@wieug.example>",
        "Fall meeting recap",
        "newsletter",
        "Slides from our fall meeting are posted. Thanks to everyone who joined in Madison.",
    ),
    (
        "Epic UserWeb <noreply@userweb.example>",
        "Your certification renewal is due",
        "other",
        "Your Beaker certification renewal is due by December 31. Complete your New Version Training.",
    ),
    (
        "City of Milwaukee <parking@milwaukee.example>",
        "Parking citation notice",
        "other",
        "A parking citation was issued to your vehicle. Pay online by November 1.",
    ),
    (
        "DeShawn Bell <dbell@yahoo.example>",
        "bucks game",
        "personal",
        "got bucks tix for friday, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MARCUS,
        own_to={},
        offset=lambda d: "-0500",
        clock="09:40:00",
        neg_start="2025-10-05",
        neg_step=3,
        neg_clock="21:20:00",
        tag="twohundredeightynine",
        host="yahoo.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird saves it (one mbox file, "Inbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
