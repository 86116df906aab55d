"""A four-hundred-and-eightieth mailbox, written as a held-out check after the four-hundred-and-seventy-ninth (issue
#24).

Derek Williams, a systems engineer with a clearance in northern Virginia, saves his job-search mail from Outlook as
.eml files.  Defense contracting hires through its own systems and recruiters: "Thank you for your interest in
Lockheed Martin" from Taleo, Booz Allen's Workday receipt, a recruiter who asks "Are you okay with me submitting you to
Leidos for the Systems Engineer role? I need your right to represent" (no application yet), then "You've been
submitted to Leidos", "Leidos would like to schedule a technical interview with the program manager", "they've
decided to go with a candidate with a CI poly", Booz Allen's "contingent offer" and his acceptance, his thank-you, and
Lockheed's "the position has been cancelled".  Negatives: ClearanceJobs' alert, a newsletter, a recruiter's cold
"TS/SCI opportunities", a security training reminder, the Metro and his wife.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DEREK = "derek.williams.se@outlook.example"
ME = f"Derek Williams <{DEREK}>"
AMY = "Amy Chen <amy.chen@apexclearedtalent.example>"
BOOZ = "Booz Allen Hamilton <boozallen@myworkday.com>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Lockheed Martin",
        "applied",
        "2025-03-03",
        "Lockheed Martin <lockheedmartin@taleo.example>",
        "Thank you for your interest in Lockheed Martin",
        "Dear Derek,\n\nThank you for your interest in Lockheed Martin. We have received your application for Systems "
        "Engineer Senior (Req 684512) in Herndon, VA.\n\nLockheed Martin Talent Acquisition",
        None,
    ),
    (
        "Booz Allen Hamilton",
        "applied",
        "2025-03-04",
        BOOZ,
        "Thank you for applying to Booz Allen",
        "Hi Derek,\n\nThank you for applying for Systems Engineer, Senior (R0212458) at Booz Allen Hamilton. We'll "
        "review your application.\n\nBooz Allen Talent Acquisition",
        None,
    ),
    (
        "Leidos",
        "applied",
        "2025-03-06",
        AMY,
        "RE: Leidos - Systems Engineer - right to represent",
        "Hi Derek,\n\nThanks for confirming - you've been submitted to Leidos for the Systems Engineer role. I'll follow "
        "up with the hiring manager Monday.\n\nAmy Chen\nApex Cleared Talent",
        None,
    ),
    (
        "Booz Allen Hamilton",
        "interview",
        "2025-03-11",
        "Karen Lee <lee_karen@bah.example>",
        "Interview - Systems Engineer, Senior",
        "Hi Derek,\n\nI'd like to schedule an interview with the hiring team for the Systems Engineer, Senior role. Are "
        "you available Thursday at 1 PM ET on Teams?\n\nKaren Lee\nRecruiter, Booz Allen Hamilton",
        None,
    ),
    (
        "Leidos",
        "interview",
        "2025-03-12",
        AMY,
        "RE: Leidos - Systems Engineer - right to represent",
        "Hi Derek,\n\nLeidos would like to schedule a technical interview with the program manager on Friday at 10 AM. "
        "Does that work?\n\nAmy",
        None,
    ),
    (
        "Booz Allen Hamilton",
        "thank_you",
        "2025-03-13",
        ME,
        "RE: Interview - Systems Engineer, Senior",
        "Hi Karen,\n\nThank you for arranging today's interview. I enjoyed speaking with the team about the program.\n\n"
        "Best,\nDerek",
        "Karen Lee <lee_karen@bah.example>",
    ),
    (
        "Lockheed Martin",
        "rejected",
        "2025-03-17",
        "Lockheed Martin <lockheedmartin@taleo.example>",
        "Update on your application",
        "Dear Derek,\n\nThank you for your interest in Lockheed Martin. The position has been cancelled and we will not "
        "be filling it at this time.\n\nLockheed Martin Talent Acquisition",
        None,
    ),
    (
        "Leidos",
        "rejected",
        "2025-03-20",
        AMY,
        "RE: Leidos - Systems Engineer - right to represent",
        "Hi Derek,\n\nI'm sorry - they've decided to go with a candidate with a CI poly. I'll keep you posted on other "
        "roles.\n\nAmy",
        None,
    ),
    (
        "Booz Allen Hamilton",
        "offer",
        "2025-03-24",
        "Karen Lee <lee_karen@bah.example>",
        "Contingent offer - Systems Engineer, Senior",
        "Hi Derek,\n\nCongratulations! We are pleased to extend you a contingent offer for the Systems Engineer, Senior "
        "position, pending clearance verification. Please review it in Workday.\n\nKaren",
        None,
    ),
    (
        "Booz Allen Hamilton",
        "accepted",
        "2025-03-25",
        ME,
        "RE: Contingent offer - Systems Engineer, Senior",
        "Hi Karen,\n\nI'm happy to accept the offer and have signed it in Workday. Looking forward to starting.\n\n"
        "Derek",
        "Karen Lee <lee_karen@bah.example>",
    ),
]

_NEGATIVES = [
    (
        "Amy Chen <amy.chen@apexclearedtalent.example>",
        "Leidos - Systems Engineer - right to represent",
        "outreach",
        "Hi Derek,\n\nAre you okay with me submitting you to Leidos for the Systems Engineer role? I need your right to "
        "represent - please reply 'I authorize Apex Cleared Talent to represent me'.\n\nAmy",
    ),
    (
        "ClearanceJobs <alerts@clearancejobs.example>",
        "New jobs matching: Systems Engineer TS/SCI",
        "alert",
        "Systems Engineer - Chantilly. Senior SE - Reston. View all.",
    ),
    (
        "Defense One <newsletter@defenseone.example>",
        "Defense One Today",
        "newsletter",
        "Today's top defense news. Unsubscribe.",
    ),
    (
        "Mark Stevens <mstevens@clearedrecruit.example>",
        "TS/SCI opportunities",
        "outreach",
        "Hi Derek, I came across your profile on ClearanceJobs. I have several TS/SCI systems engineering roles in "
        "Chantilly. Open to a chat?",
    ),
    (
        "Security Office <security@company.example>",
        "Annual refresher training due",
        "other",
        "Your annual security refresher is due by March 31.",
    ),
    (
        "Jenna Williams <jenna.williams@gmail.example>",
        "pickup",
        "personal",
        "Can you pick up the kids at 5?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (the right-to-represent request first)."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="09:45:00",
        neg_start="2025-03-05",
        neg_step=4,
        neg_clock="16:10:00",
        tag="fourhundredeighty",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), DEREK)
