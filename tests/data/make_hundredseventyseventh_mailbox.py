"""A hundred-and-seventy-seventh mailbox, written as a held-out check after the hundred-and-seventy-sixth (issue #24).

Jordan, a new graduate in Tampa, exported Gmail with Takeout.  Three applications (a software company on Lever, a
bank on Workday, a health system through Indeed) sit among the mail that imitates them: an insurance agency's
"Interview Invitation" to someone who never applied, a free mailbox's "job offer" asking for bank details after an
application that never was, a résumé service's "unfortunately, your resume has issues", a career centre's mock
interview, a recruiter's pitch, "your application was viewed", and the bank's and the software company's own mail
to a customer and a guest.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.reyes.usf@gmail.com"
ME = f"Jordan Reyes <{JORDAN}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Pelican Software",
        "applied",
        "2025-06-02",
        "Pelican Software <no-reply@hire.lever.co>",
        "Thanks for applying to Pelican Software",
        "Hi Jordan,\n\nThanks for applying to the Associate Data Analyst role at Pelican Software. Our team will "
        "review your application and be in touch if there's a fit.\n\nPelican Software Recruiting",
        "p1",
    ),
    (
        "Coastline Bank",
        "applied",
        "2025-06-03",
        "Coastline Bank <coastlinebank@myworkday.com>",
        "We've received your application",
        "Dear Jordan Reyes,\n\nThank you for applying for the Credit Analyst I position at Coastline Bank. We have "
        "received your application and will review it shortly.\n\nCoastline Bank Talent Acquisition",
        "c1",
    ),
    (
        "Bayshore Health",
        "applied",
        "2025-06-04",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Data Coordinator",
        "Application submitted\n\nData Coordinator\nBayshore Health - Tampa, FL\n\nThe following items were sent to "
        "Bayshore Health. Good luck on your application!",
        "b1",
    ),
    (
        "Pelican Software",
        "interview",
        "2025-06-09",
        "Renee Park <renee.park@pelicansoftware.com>",
        "Pelican Software - SQL interview",
        "Hi Jordan,\n\nI'm the analytics manager at Pelican. We'd like to invite you to a 45-minute SQL and "
        "case interview with me and one of our analysts. Could you do Thursday or Friday afternoon?\n\nRenee Park",
        "p2",
    ),
    (
        "Bayshore Health",
        "screen",
        "2025-06-10",
        "Tasha Green <tgreen@bayshorehealth.org>",
        "Data Coordinator - phone screen",
        "Hi Jordan,\n\nThank you for applying to the Data Coordinator position with Bayshore Health. I'd like to "
        "schedule a 20-minute phone screen this week. What times work for you?\n\nTasha Green\nTalent Acquisition",
        "b2",
    ),
    (
        "Coastline Bank",
        "rejected",
        "2025-06-16",
        "Coastline Bank <coastlinebank@myworkday.com>",
        "Update on your application - Credit Analyst I",
        "Dear Jordan Reyes,\n\nThank you for your interest in Coastline Bank. After careful review, we have decided "
        "to move forward with other candidates for the Credit Analyst I position.\n\nCoastline Bank Talent "
        "Acquisition",
        "c2",
    ),
    (
        "Pelican Software",
        "offer",
        "2025-06-20",
        "Renee Park <renee.park@pelicansoftware.com>",
        "Offer - Associate Data Analyst",
        "Hi Jordan,\n\nGreat news - we'd like to offer you the Associate Data Analyst role! Your offer letter is "
        "attached; please take a look and let me know if you have questions.\n\nRenee",
        "p3",
    ),
    (
        "Pelican Software",
        "accepted",
        "2025-06-21",
        ME,
        "Re: Offer - Associate Data Analyst",
        "Hi Renee,\n\nThank you! I'm happy to accept the offer. I've signed the letter and attached it.\n\nJordan",
        "p3",
    ),
]

_OWN_TO = {"Pelican Software": "Renee Park <renee.park@pelicansoftware.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Kingsway Financial Group <careers@kingswayfg.com>",
        "Interview Invitation - Financial Representative",
        "outreach",
        "Hi Jordan,\n\nWe came across your resume online and were impressed. We'd like to invite you to an interview "
        "for our Financial Representative position. Please select a time that works for you. Licensing provided!",
    ),
    (
        "HR Department <hr.remotejobs.usa@gmail.com>",
        "Job Offer - Remote Data Entry Clerk",
        "outreach",
        "Following your application on Indeed, we are pleased to offer you the position of Remote Data Entry Clerk "
        "at $35/hr. Reply with your full name, address and bank details to set up direct deposit.",
    ),
    (
        "TopResume <reviews@topresume.com>",
        "Your free resume review is ready",
        "shop",
        "Hi Jordan, our expert looked at your resume. Unfortunately, it has several issues that may be keeping you "
        "from getting interviews. See your review and upgrade to a professional rewrite.",
    ),
    (
        "USF Career Services <careers@usf.edu>",
        "Mock interview confirmed",
        "not about an application",
        "Your mock interview with a career coach is confirmed for Tuesday at 11:00 AM in the Student Services "
        "building.",
    ),
    (
        "Chris Doyle <chris@talentbridge-staffing.com>",
        "Data Analyst role at a fintech - open to a chat?",
        "outreach",
        "Hi Jordan, I came across your profile and think you'd be a great fit for a Data Analyst role with a client "
        "of mine in Tampa. Open to a quick call this week?",
    ),
    (
        "Indeed <noreply@indeed.com>",
        "Your application was viewed by Bayshore Health",
        "viewed",
        "Good news! Bayshore Health viewed your application for Data Coordinator.",
    ),
    (
        "Coastline Bank <alerts@coastlinebank.com>",
        "Your statement is ready",
        "not about an application",
        "Your June checking statement is ready to view in online banking.",
    ),
    (
        "Pelican Software <events@pelicansoftware.com>",
        "You're invited: Pelican Data Summit",
        "newsletter",
        "Join us for talks on analytics engineering, networking and a happy hour. Register now. Unsubscribe",
    ),
    (
        "ZipRecruiter <jobs@ziprecruiter.com>",
        "You're a great fit for 5 new jobs",
        "alert",
        "Data Analyst - Tampa. Junior Analyst - St. Petersburg. Apply with one click.",
    ),
    (
        "Handshake <no-reply@joinhandshake.com>",
        "Employers are interviewing on campus next week",
        "alert",
        "Sign up for on-campus interviews with 12 employers. Spots fill fast!",
    ),
    (
        "Capital Rewards <offers@capitalrewards.com>",
        "Congratulations, you're pre-approved!",
        "shop",
        "You've been pre-approved for a card with 0% intro APR. Accept your offer today.",
    ),
    (
        "Sam Ortiz <sam.ortiz.fl@gmail.com>",
        "reference?",
        "personal",
        "Hey! I'm applying to a job at Raymond James - could I list you as a reference? They might call next week.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JORDAN,
        own_to=_OWN_TO,
        offset="-0400",
        clock="11:35:00",
        neg_start="2025-06-01",
        neg_step=2,
        neg_clock="17:50:00",
        tag="hundredseventyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
