"""A two-hundred-and-ninetieth mailbox, written as a held-out check after the two-hundred-and-eighty-ninth
(issue #24).

Brianna, an administrative assistant in Cleveland, applies almost only through job boards and exports Gmail with
Takeout.  Most of her search is the boards' own mail: LinkedIn's "Your application was sent to" and "Your
application to ... : an update", Indeed's "Indeed Application", "... wants to interview you" and an employer's
message relayed by Indeed, ZipRecruiter's "Great news! ... is interested in you", Glassdoor's "Application sent", and
the notices around them ("viewed your application", "Your application status", "Similar jobs").  One employer writes
from its own address; she accepts its offer.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BRIANNA = "brianna.kowalski.cle@gmail.com"
ME = f"Brianna Kowalski <{BRIANNA}>"

_OWN_TO = {"Cuyahoga Title Agency": "Pam Novak <pnovak@cuyahogatitle.example>"}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lakefront Dental Partners",
        "applied",
        "2025-01-13",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Brianna, your application was sent to Lakefront Dental Partners",
        "Your application was sent to Lakefront Dental Partners\n\nAdministrative Assistant\nLakefront Dental Partners "
        "· Cleveland, OH (On-site)\n\nApplied on January 13, 2025",
        "l1",
    ),
    (
        "Cuyahoga Title Agency",
        "applied",
        "2025-01-14",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Office Administrator",
        "Application submitted\n\nOffice Administrator\nCuyahoga Title Agency - Independence, OH\n\nThe following items "
        "were sent to Cuyahoga Title Agency. Good luck on your application!",
        "c1",
    ),
    (
        "Erie Shore Logistics",
        "applied",
        "2025-01-15",
        "ZipRecruiter <noreply@ziprecruiter.com>",
        "You applied to Receptionist at Erie Shore Logistics",
        "Hi Brianna,\n\nYou applied to Receptionist at Erie Shore Logistics with 1-Click Apply. We'll let you know if "
        "the employer responds.\n\nZipRecruiter",
        "e1",
    ),
    (
        "Buckeye Home Health",
        "applied",
        "2025-01-16",
        "Glassdoor <noreply@glassdoor.com>",
        "Application sent: Scheduling Coordinator",
        "Your application was sent!\n\nScheduling Coordinator\nBuckeye Home Health - Parma, OH\n\nWe'll notify you if "
        "the employer views your application.",
        "b1",
    ),
    (
        "Erie Shore Logistics",
        "screen",
        "2025-01-17",
        "ZipRecruiter <noreply@ziprecruiter.com>",
        "Great news! Erie Shore Logistics is interested in you",
        "Hi Brianna,\n\nErie Shore Logistics is interested in your application for Receptionist and would like to "
        "schedule a phone call. Reply to this message to set up a time.\n\nZipRecruiter",
        "e1",
    ),
    (
        "Cuyahoga Title Agency",
        "interview",
        "2025-01-20",
        "Indeed <noreply@indeed.com>",
        "Cuyahoga Title Agency wants to interview you",
        "Cuyahoga Title Agency wants to interview you for Office Administrator.\n\nProposed times: Wed, Jan 22 at "
        "10:00 AM; Thu, Jan 23 at 2:00 PM (in person)\n\nRespond on Indeed",
        "c1",
    ),
    (
        "Lakefront Dental Partners",
        "rejected",
        "2025-01-21",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Administrative Assistant at Lakefront Dental Partners",
        "Your update from Lakefront Dental Partners\n\nThank you for your interest in the Administrative Assistant "
        "position at Lakefront Dental Partners in Cleveland, OH. Unfortunately, we will not be moving forward with "
        "your application, but we appreciate your time and interest.\n\nLakefront Dental Partners",
        "l1",
    ),
    (
        "Buckeye Home Health",
        "rejected",
        "2025-01-24",
        "Indeed <noreply@indeed.com>",
        "An update on your application from Buckeye Home Health",
        "Message from Buckeye Home Health\n\nHi Brianna, thank you for applying for the Scheduling Coordinator "
        "position. We have decided to pursue other candidates at this time. Best of luck in your search.\n\nView "
        "message on Indeed",
        "b2",
    ),
    (
        "Cuyahoga Title Agency",
        "offer",
        "2025-01-27",
        "Pam Novak <pnovak@cuyahogatitle.example>",
        "Office Administrator position",
        "Hi Brianna,\n\nIt was great meeting you on Thursday. We would like to offer you the Office Administrator "
        "position at $21/hour, Monday to Friday, 8:30 to 5. Please let me know if you accept.\n\nPam Novak\nOffice "
        "Manager, Cuyahoga Title Agency",
        "c2",
    ),
    (
        "Cuyahoga Title Agency",
        "accepted",
        "2025-01-27",
        ME,
        "Re: Office Administrator position",
        "Hi Pam,\n\nThank you so much! I accept and can start on Monday, February 3.\n\nBrianna",
        "c2",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lakefront Dental Partners viewed your application",
        "viewed",
        "Lakefront Dental Partners viewed your application for Administrative Assistant.",
    ),
    (
        "Indeed <noreply@indeed.com>",
        "Your application status: Office Administrator",
        "reminder",
        "Update your application status for Office Administrator at Cuyahoga Title Agency. Did you hear back?",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Similar jobs: Receptionist",
        "alert",
        "Receptionist - Beachwood, OH. Front Desk Coordinator - Westlake, OH. Medical Receptionist - Parma, OH.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Buckeye Home Health viewed your application",
        "viewed",
        "Good news: Buckeye Home Health viewed your application for Scheduling Coordinator.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Administrative Assistant at Erie Shore Logistics and 12 more",
        "alert",
        "Administrative Assistant - Erie Shore Logistics - Cleveland, OH. Office Manager - Independence, OH.",
    ),
    (
        "RTA <noreply@riderta.example>",
        "Your monthly pass is ready",
        "other",
        "Your February monthly pass is ready in the EZfare app.",
    ),
    (
        "Jess Kowalski <jess.kowalski@gmail.example>",
        "pierogi",
        "personal",
        "pierogi night at babcia's sunday",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=BRIANNA,
        own_to=_OWN_TO,
        offset="-0500",
        clock="13:05:00",
        neg_start="2025-01-14",
        neg_step=2,
        neg_clock="20:15:00",
        tag="twohundredninety",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
