"""A four-hundred-and-fifty-seventh mailbox, written as a held-out check after the four-hundred-and-fifty-sixth
(issue #24).

Grace Okafor, a program manager in Washington, DC, keeps her mail in Thunderbird and exports it as one mbox.
Nonprofit hiring: Idealist's "Your application to Bread for the City was sent", a JazzHR receipt, a think tank's
"We would like to invite you to complete a short writing exercise" (an assessment round), "a panel interview with
three members of our leadership team" (the panel, the final round), a reference request that is no step, "we have
decided to move forward with a candidate whose experience more closely matches", "I am delighted to offer you the
position of Program Manager", her "Thank you for your time today", her "I would like to respectfully decline the
offer" and her acceptance of another.  Negatives: Idealist's alert, a newsletter, a fundraising appeal, a webinar,
WMATA and her friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GRACE = "grace.okafor@fastmail.example"
ME = f"Grace Okafor <{GRACE}>"
RUTH = "Ruth Alvarez <ralvarez@civicpolicycenter.example>"
DEREK = "Derek Mills <dmills@youthbuilddc.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Bread for the City",
        "applied",
        "2025-09-02",
        "Idealist <notifications@idealist.example>",
        "Your application to Bread for the City was sent",
        "Hi Grace,\n\nYour application for Program Manager, Food Access at Bread for the City was sent. The "
        "organization will contact you directly if they'd like to move forward.\n\nIdealist",
        None,
    ),
    (
        "Civic Policy Center",
        "applied",
        "2025-09-03",
        "Civic Policy Center <noreply@civicpolicycenter.applytojob.example>",
        "Thank you for applying to Civic Policy Center",
        "Dear Grace,\n\nThank you for your interest in the Program Manager position at Civic Policy Center. We have "
        "received your application and will be in touch if your qualifications match our needs.\n\nCivic Policy "
        "Center",
        None,
    ),
    (
        "YouthBuild DC",
        "applied",
        "2025-09-04",
        ME,
        "Application: Senior Program Manager",
        "Dear Mr. Mills,\n\nPlease find attached my resume and cover letter for the Senior Program Manager position at "
        "YouthBuild DC.\n\nSincerely,\nGrace Okafor",
        None,
        DEREK,
    ),
    (
        "Civic Policy Center",
        "interview",
        "2025-09-10",
        RUTH,
        "Program Manager - next step",
        "Dear Grace,\n\nThank you for applying. We would like to invite you to complete a short writing exercise: a "
        "two-page memo on a policy question we will send you. Please return it within 48 hours.\n\nRuth Alvarez\n"
        "Director of Operations",
        None,
    ),
    (
        "YouthBuild DC",
        "interview",
        "2025-09-12",
        DEREK,
        "Re: Application: Senior Program Manager",
        "Dear Grace,\n\nThank you for your application. I'd like to schedule a 45-minute interview with you and our "
        "Deputy Director next week. Are you available Tuesday or Wednesday afternoon?\n\nDerek Mills\nExecutive "
        "Director",
        2,
    ),
    (
        "YouthBuild DC",
        "thank_you",
        "2025-09-17",
        ME,
        "Re: Application: Senior Program Manager",
        "Dear Mr. Mills,\n\nThank you for your time today. I enjoyed learning about the construction training program "
        "and the new cohort.\n\nBest,\nGrace",
        4,
        DEREK,
    ),
    (
        "Civic Policy Center",
        "onsite",
        "2025-09-18",
        RUTH,
        "Re: Program Manager - next step",
        "Dear Grace,\n\nThank you for your writing sample - it was excellent. We would like to invite you to a panel "
        "interview with three members of our leadership team on September 25 at our office.\n\nRuth",
        3,
    ),
    (
        "Bread for the City",
        "rejected",
        "2025-09-22",
        "Bread for the City HR <hr@breadforthecity.example>",
        "Program Manager, Food Access",
        "Dear Grace,\n\nThank you for your interest in Bread for the City. We have decided to move forward with a "
        "candidate whose experience more closely matches our needs.\n\nHuman Resources",
        None,
    ),
    (
        "YouthBuild DC",
        "offer",
        "2025-09-26",
        DEREK,
        "Offer - Senior Program Manager",
        "Dear Grace,\n\nI am delighted to offer you the position of Senior Program Manager at YouthBuild DC at a salary "
        "of $82,000. The offer letter is attached.\n\nDerek",
        None,
    ),
    (
        "Civic Policy Center",
        "offer",
        "2025-10-01",
        RUTH,
        "Re: Program Manager - next step",
        "Dear Grace,\n\nOn behalf of the Civic Policy Center, I'm pleased to offer you the position of Program Manager. "
        "Please find the formal offer letter attached.\n\nRuth",
        6,
    ),
    (
        "YouthBuild DC",
        "declined",
        "2025-10-03",
        ME,
        "Re: Offer - Senior Program Manager",
        "Dear Mr. Mills,\n\nThank you again for the offer. After much thought, I would like to respectfully decline the "
        "offer, as I have decided to accept a position in policy.\n\nWith gratitude,\nGrace",
        8,
        DEREK,
    ),
    (
        "Civic Policy Center",
        "accepted",
        "2025-10-03",
        ME,
        "Re: Program Manager - next step",
        "Dear Ruth,\n\nI am thrilled to accept the offer and have signed the letter. I look forward to starting on "
        "October 20.\n\nBest,\nGrace",
        9,
        RUTH,
    ),
]

_NEGATIVES = [
    (
        "Idealist <alerts@idealist.example>",
        "New jobs matching 'program manager' in Washington, DC",
        "alert",
        "Program Manager - Martha's Table. Program Director - DC Central Kitchen. See all.",
    ),
    (
        "Chronicle of Philanthropy <newsletter@philanthropy.example>",
        "Philanthropy Today",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "DC Food Bank <give@dcfoodbank.example>",
        "Your gift can feed a family this fall",
        "newsletter",
        "Donate today. Unsubscribe.",
    ),
    (
        "Nonprofit Ready <events@nonprofitready.example>",
        "Webinar: grant writing basics",
        "newsletter",
        "Register for free.",
    ),
    (
        "WMATA <noreply@wmata.example>",
        "SmarTrip: low balance",
        "other",
        "Your SmarTrip card balance is low.",
    ),
    (
        "Chioma Eze <chioma.eze@gmail.example>",
        "brunch",
        "personal",
        "Brunch on Sunday at Busboys and Poets?",
    ),
    (
        "Ruth Alvarez <ralvarez@civicpolicycenter.example>",
        "References",
        "reference check",
        "Dear Grace,\n\nAs we finalize our process, could you please send the names and contact details of three "
        "professional references?\n\nRuth",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=GRACE,
        offset=lambda d: "-0400",
        clock="14:05:00",
        neg_start="2025-09-01",
        neg_step=5,
        neg_clock="20:40:00",
        tag="fourhundredfiftyseven",
        host="fastmail.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
