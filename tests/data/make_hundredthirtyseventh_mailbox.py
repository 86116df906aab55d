"""A hundred-and-thirty-seventh mailbox, written as a held-out check after the hundred-and-thirty-sixth (issue #24).

Ayesha, a software engineer in Seattle, exports Gmail with Takeout.  She applies to two roles at each of two
employers (Workday's "Software Engineer II" and "Senior Software Engineer" at one, Greenhouse's "Data Engineer"
and "Analytics Engineer" at the other), and the answers name the role, sometimes only by its requisition number.
Two roles stay two applications (``APPLICATIONS``).  Her negatives: Workday's "complete your application"
nudge, a Greenhouse account mail, a job alert naming both employers, an AWS bill, a Seattle meetup, a recruiter's
cold mail.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AYESHA = "ayesha.khan.swe@gmail.com"
_ME = f"Ayesha Khan <{AYESHA}>"
_CC = "Cascade Cloud <cascadecloud@myworkday.com>"
_SA = "Sound Analytics <no-reply@greenhouse.io>"
_BEN = "Ben Ortiz <ben.ortiz@cascadecloud.com>"

#: How many applications each employer's mail is about (two roles stay two).
APPLICATIONS = {"Cascade Cloud": 2, "Sound Analytics": 2, "Rainier Robotics": 1}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Cascade Cloud",
        "applied",
        "2025-03-03",
        _CC,
        "Thank you for applying to Cascade Cloud",
        "Hi Ayesha,\n\nThank you for applying for the Software Engineer II (R-10431) position at Cascade Cloud. Our "
        "team will review your application.",
        "cc1",
    ),
    (
        "Cascade Cloud",
        "applied",
        "2025-03-05",
        _CC,
        "Thank you for applying to Cascade Cloud",
        "Hi Ayesha,\n\nThank you for applying for the Senior Software Engineer (R-10502) position at Cascade Cloud. Our "
        "team will review your application.",
        "cc2",
    ),
    (
        "Cascade Cloud",
        "rejected",
        "2025-03-19",
        _CC,
        "Your application for R-10502",
        "Hi Ayesha,\n\nThank you for your interest in R-10502 Senior Software Engineer. After careful review we have "
        "decided to move forward with other candidates for this role. Your other applications are not affected.",
        "cc3",
    ),
    (
        "Cascade Cloud",
        "screen",
        "2025-03-12",
        _BEN,
        "Software Engineer II - Cascade Cloud",
        "Hi Ayesha,\n\nI'm the recruiter for our Software Engineer II opening (R-10431). Do you have 30 minutes this "
        "week for a phone screen?\n\nBen Ortiz\nTechnical Recruiter, Cascade Cloud",
        "cc4",
    ),
    (
        "Cascade Cloud",
        "onsite",
        "2025-03-21",
        _BEN,
        "Re: Software Engineer II - Cascade Cloud",
        "Hi Ayesha,\n\nGreat news - the team would like to move you to the final round: a virtual onsite with four "
        "interviews on April 1.\n\nBen",
        "cc4",
    ),
    (
        "Cascade Cloud",
        "offer",
        "2025-04-08",
        _BEN,
        "Re: Software Engineer II - Cascade Cloud",
        "Hi Ayesha,\n\nCongratulations! We're thrilled to extend you an offer for Software Engineer II. I'll send the "
        "written offer through Workday today.\n\nBen",
        "cc4",
    ),
    (
        "Cascade Cloud",
        "accepted",
        "2025-04-11",
        _ME,
        "Re: Software Engineer II - Cascade Cloud",
        "Hi Ben,\n\nI'm happy to accept the offer! Looking forward to joining Cascade Cloud.\n\nAyesha",
        "cc4",
    ),
    (
        "Sound Analytics",
        "applied",
        "2025-03-04",
        _SA,
        "Thank you for applying to Sound Analytics",
        "Hi Ayesha,\n\nThank you for applying to Sound Analytics! We have received your application for Data Engineer.",
        "sa1",
    ),
    (
        "Sound Analytics",
        "applied",
        "2025-03-06",
        _SA,
        "Thank you for applying to Sound Analytics",
        "Hi Ayesha,\n\nThank you for applying to Sound Analytics! We have received your application for Analytics "
        "Engineer.",
        "sa2",
    ),
    (
        "Sound Analytics",
        "screen",
        "2025-03-13",
        "Grace Liu <grace@soundanalytics.io>",
        "Sound Analytics - Analytics Engineer",
        "Hi Ayesha,\n\nThanks for applying for our Analytics Engineer role! Could we set up a 20-minute intro call "
        "on Friday?\n\nGrace Liu\nRecruiting, Sound Analytics",
        "sa3",
    ),
    (
        "Sound Analytics",
        "rejected",
        "2025-03-17",
        _SA,
        "Your application to Sound Analytics",
        "Hi Ayesha,\n\nThank you for your interest in the Data Engineer position at Sound Analytics. Unfortunately, "
        "we have decided not to move forward with your application for this role.",
        "sa4",
    ),
    (
        "Sound Analytics",
        "withdrew",
        "2025-04-11",
        _ME,
        "Re: Sound Analytics - Analytics Engineer",
        "Hi Grace,\n\nThanks for your time. I've accepted another offer and would like to withdraw my application for "
        "the Analytics Engineer role.\n\nBest,\nAyesha",
        "sa3",
    ),
    (
        "Rainier Robotics",
        "applied",
        "2025-03-07",
        "Rainier Robotics <no-reply@hire.lever.co>",
        "Thank you for your application to Rainier Robotics",
        "Hi Ayesha,\n\nThanks for applying for Software Engineer, Perception at Rainier Robotics. We'll be in touch.",
        "rr1",
    ),
    (
        "Rainier Robotics",
        "rejected",
        "2025-03-28",
        "Rainier Robotics <no-reply@hire.lever.co>",
        "Update on your application to Rainier Robotics",
        "Hi Ayesha,\n\nThank you for your interest in Rainier Robotics. We have decided to move forward with other "
        "candidates whose experience more closely matches the role.",
        "rr2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        _CC,
        "Complete your application",
        "reminder",
        "Hi Ayesha,\n\nYou started an application for Staff Software Engineer but haven't submitted it yet. Complete "
        "your application.",
    ),
    (
        "Greenhouse <no-reply@greenhouse.io>",
        "Verify your email address",
        "other",
        "Please verify your email address to finish creating your Greenhouse candidate account.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Software Engineer: Cascade Cloud and 10 more",
        "alert",
        "Software Engineer II - Cascade Cloud - Seattle. Data Engineer - Sound Analytics - Seattle. See all jobs.",
    ),
    (
        "Amazon Web Services <aws-billing@amazon.com>",
        "Your AWS bill is available",
        "other",
        "Your AWS bill for March is $4.12.",
    ),
    (
        "Seattle Data Engineers <info@meetup.com>",
        "New event: streaming at scale",
        "newsletter",
        "Join us on March 20. RSVP. Unsubscribe",
    ),
    (
        "Omar Said <omar@pnwtechrecruiting.com>",
        "Backend role at a Series A startup",
        "outreach",
        "Hi Ayesha, I'm hiring a backend engineer for a Series A startup in Fremont. Open to a chat?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AYESHA,
        own_to={"Cascade Cloud": _BEN, "Sound Analytics": "Grace Liu <grace@soundanalytics.io>"},
        offset="-0800",
        clock="09:30:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="07:00:00",
        tag="hundredthirtyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
