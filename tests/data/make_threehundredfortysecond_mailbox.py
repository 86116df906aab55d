"""A three-hundred-and-forty-second mailbox, written as a held-out check after the three-hundred-and-forty-first
(issue #24).

Tom, a software tester in Bristol, reads his mail in Apple Mail and exports the inbox and sent mailboxes as one plain
mbox.  A second person's mailbox, as UK small companies write: Workable's "Thanks for applying to Wessex Robotics",
Teamtailor's "We have received your application", a recruiter at an agency ("I've put your CV forward to a client of
mine in Clifton, a medtech scale-up - I'll let you know as soon as I hear"), then naming them ("it's Severn Medical
Devices") with a first interview and a refusal, a "Quick update - still reviewing" from a hiring manager, his own chase
("Just wanted to check in on the status of my application"), his withdrawal from one, and a "pleased to offer you the
position" from Wessex Robotics.  Negatives: a CV-Library alert, Reed's "jobs you might like", a Bristol Water bill, a
Monzo notification, a Meetup invitation, a friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOM = "tom.hargreaves.qa@icloud.com"
ME = f"Tom Hargreaves <{TOM}>"
AGENT = "Sophie Lane <sophie.lane@cotswoldtechrecruit.co.uk>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Wessex Robotics",
        "applied",
        "2025-05-06",
        "Wessex Robotics <noreply@candidates.workablemail.com>",
        "Thanks for applying to Wessex Robotics",
        "Hi Tom,\n\nThanks for applying for the QA Engineer job at Wessex Robotics. We've received your application and "
        "our hiring team will review it shortly.\n\nKind regards,\nWessex Robotics",
        None,
    ),
    (
        "Gorge Insurance",
        "applied",
        "2025-05-07",
        "Gorge Insurance <no-reply@teamtailor.com>",
        "We have received your application",
        "Hi Tom!\n\nThank you for your application to the role Test Analyst here at Gorge Insurance. We will get back "
        "to you as soon as we can.\n\nBest regards,\nThe People Team at Gorge Insurance",
        None,
    ),
    (
        "Severn Medical Devices",
        "applied",
        "2025-05-08",
        AGENT,
        "Test Engineer - Clifton",
        "Hi Tom,\n\nGreat to speak earlier. As discussed, I've put your CV forward to a client of mine in Clifton, a "
        "medtech scale-up - I'll let you know as soon as I hear back.\n\nSophie Lane\nSenior Consultant\nCotswold Tech "
        "Recruitment",
        None,
    ),
    (
        "Portway Games",
        "applied",
        "2025-05-09",
        ME,
        "Application - QA Tester",
        "Hello,\n\nPlease find attached my CV for the QA Tester role advertised on your website. I have five years of "
        "manual and automated testing experience.\n\nKind regards,\nTom Hargreaves",
        None,
        "Portway Games Jobs <jobs@portwaygames.co.uk>",
    ),
    (
        "Severn Medical Devices",
        "interview",
        "2025-05-13",
        AGENT,
        "RE: Test Engineer - Clifton",
        "Hi Tom,\n\nGood news - they'd like to meet you! The client is Severn Medical Devices and they've offered a "
        "first interview with the test lead on Friday at 10am at their office on Whiteladies Road.\n\nSophie",
        2,
    ),
    (
        "Gorge Insurance",
        "reply",
        "2025-05-14",
        "Helen Pryce <helen.pryce@gorgeinsurance.co.uk>",
        "Quick update - Test Analyst",
        "Hi Tom,\n\nJust a quick note to say we haven't forgotten about you. We're still reviewing applications for the "
        "Test Analyst role and hope to be in touch by the end of next week.\n\nHelen Pryce\nQA Manager",
        1,
    ),
    (
        "Portway Games",
        "follow_up",
        "2025-05-20",
        ME,
        "Re: Application - QA Tester",
        "Hello,\n\nJust wanted to check in on the status of my application for the QA Tester role. I'm still very "
        "interested.\n\nKind regards,\nTom",
        3,
        "Portway Games Jobs <jobs@portwaygames.co.uk>",
    ),
    (
        "Wessex Robotics",
        "interview",
        "2025-05-15",
        "Ollie Brandt <ollie@wessexrobotics.co.uk>",
        "QA Engineer interview",
        "Hi Tom,\n\nThanks for applying. We'd like to invite you for an interview with myself and our CTO. Could you "
        "do Tuesday 20th at 2pm at our office in Temple Quay?\n\nOllie Brandt\nHead of Engineering",
        0,
    ),
    (
        "Severn Medical Devices",
        "rejected",
        "2025-05-21",
        AGENT,
        "RE: Test Engineer - Clifton",
        "Hi Tom,\n\nI've had feedback from Severn. They liked you but have decided to go with someone with more "
        "regulated-industry experience. Sorry it's not better news - I'll keep you in mind.\n\nSophie",
        4,
    ),
    (
        "Gorge Insurance",
        "withdrew",
        "2025-05-27",
        ME,
        "Re: Quick update - Test Analyst",
        "Hi Helen,\n\nThank you for the update. I've accepted another position, so I'd like to withdraw my "
        "application for the Test Analyst role. Thanks for your time.\n\nBest wishes,\nTom",
        5,
        "Helen Pryce <helen.pryce@gorgeinsurance.co.uk>",
    ),
    (
        "Wessex Robotics",
        "offer",
        "2025-05-23",
        "Ollie Brandt <ollie@wessexrobotics.co.uk>",
        "Re: QA Engineer interview",
        "Hi Tom,\n\nThanks again for coming in. I'm pleased to offer you the position of QA Engineer at a salary of "
        "\u00a348,000. Formal paperwork to follow from our HR team.\n\nOllie",
        7,
    ),
    (
        "Wessex Robotics",
        "accepted",
        "2025-05-26",
        ME,
        "Re: QA Engineer interview",
        "Hi Ollie,\n\nThat's brilliant news - I'm happy to accept. Looking forward to the paperwork.\n\nCheers,\nTom",
        10,
        "Ollie Brandt <ollie@wessexrobotics.co.uk>",
    ),
]

_NEGATIVES = [
    (
        "CV-Library <jobs@cv-library.co.uk>",
        "New QA jobs in Bristol",
        "alert",
        "3 new jobs match your search: Software Tester - Bristol, QA Analyst - Bath, Test Lead - Bristol.",
    ),
    (
        "Reed.co.uk <noreply@reed.co.uk>",
        "Tom, jobs you might like",
        "alert",
        "Based on your recent searches: Automation Tester, Test Analyst, QA Engineer. View jobs.",
    ),
    (
        "Bristol Water <billing@bristolwater.example>",
        "Your bill is ready",
        "other",
        "Your latest bill is ready to view online.",
    ),
    (
        "Monzo <help@monzo.example>",
        "Your salary landed",
        "other",
        "Your salary has landed in your account.",
    ),
    (
        "Meetup <info@meetup.example>",
        "Bristol Testers: Test Automation Night",
        "newsletter",
        "Join Bristol Testers for talks on Playwright and contract testing on Wednesday.",
    ),
    (
        "Jamie Cole <jamie.cole@gmail.example>",
        "5 a side thursday",
        "personal",
        "You in for thursday? need one more",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=TOM,
        own_to={},
        offset=lambda d: "+0100",
        clock="09:10:00",
        neg_start="2025-05-05",
        neg_step=4,
        neg_clock="18:40:00",
        tag="threehundredfortytwo",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailboxes as Apple Mail exports them (one plain mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
