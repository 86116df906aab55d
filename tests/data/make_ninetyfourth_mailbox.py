"""A ninety-fourth mailbox, written as a held-out check after the ninety-third's fixes (issue #24).

Brandon, an accountant in Dallas, exports Gmail with Takeout.  Besides a few applications, his mailbox holds what a
tracking system sends around them that is no step of any application: Workday's "verify your email" for a new
candidate account and its password resets, a Greenhouse privacy-policy update, "complete your application" and
"your saved job closes soon" reminders, an Indeed "recent search" digest, a staffing recruiter who saw his résumé
on a job board, an employer's talent-community newsletter, a LinkedIn "people also applied" nudge.  None of those
may become an application or an event.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BRANDON = "brandon.hayes.cpa@gmail.com"
_ME = f"Brandon Hayes <{BRANDON}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Trinity Ridge Energy",
        "applied",
        "2025-10-06",
        "Trinity Ridge Energy <trinityridge@myworkday.com>",
        "Thank you for applying to Trinity Ridge Energy",
        "Hi Brandon,\n\nThank you for applying for the Senior Accountant position (R-2231). We have received your "
        "application.\n\nTrinity Ridge Energy Talent Acquisition",
        "tr1",
    ),
    (
        "Trinity Ridge Energy",
        "interview",
        "2025-10-16",
        "Laura Kim <laura.kim@trinityridge.com>",
        "Interview - Senior Accountant",
        "Hi Brandon,\n\nThe accounting manager would like to interview you on Wednesday, October 22 at 1 PM CT via "
        "Teams.\n\nLaura Kim\nRecruiter",
        "tr2",
    ),
    (
        "Bluebonnet Health",
        "applied",
        "2025-10-07",
        "Bluebonnet Health <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Bluebonnet Health",
        "Hi Brandon,\n\nThanks for applying to the Staff Accountant role at Bluebonnet Health. We'll be in touch.\n\n"
        "Bluebonnet Health Recruiting",
        "bh1",
    ),
    (
        "Bluebonnet Health",
        "rejected",
        "2025-10-20",
        "Bluebonnet Health <no-reply@us.greenhouse-mail.io>",
        "Your application to Bluebonnet Health",
        "Hi Brandon,\n\nThank you for your interest in Bluebonnet Health. Unfortunately, we have decided not to move "
        "forward with your application.\n\nBluebonnet Health Recruiting",
        "bh2",
    ),
    (
        "Lone Star Freight",
        "applied",
        "2025-10-09",
        "Lone Star Freight <careers-noreply@icims.com>",
        "Lone Star Freight - Application Received",
        "Dear Brandon,\n\nThank you for your interest in Lone Star Freight. We have received your application for "
        "Accounting Manager.\n\nLone Star Freight Talent Acquisition",
        "ls1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Trinity Ridge Energy <trinityridge@myworkday.com>",
        "Verify your email address",
        "account",
        "Hi Brandon,\n\nThanks for creating a candidate account with Trinity Ridge Energy. Please verify your email "
        "address to continue.\n\nVerify email",
    ),
    (
        "Trinity Ridge Energy <trinityridge@myworkday.com>",
        "Your password has been reset",
        "account",
        "Your password for your Trinity Ridge Energy candidate account was reset. If you did not request this, contact "
        "us.",
    ),
    (
        "Greenhouse <privacy@greenhouse.io>",
        "Updates to our Candidate Privacy Policy",
        "account",
        "We're updating our Candidate Privacy Policy, effective November 1. No action is needed.",
    ),
    (
        "Lone Star Freight <careers-noreply@icims.com>",
        "Complete your application: Senior Financial Analyst",
        "unfinished",
        "Hi Brandon,\n\nYou started an application for Senior Financial Analyst at Lone Star Freight but did not "
        "finish it. Complete your application before the posting closes.",
    ),
    (
        "Indeed <savedjobs@indeed.com>",
        "Your saved job closes soon: Controller at Pecan Valley Foods",
        "reminder",
        "Controller - Pecan Valley Foods - Dallas, TX. Apply before it closes.",
    ),
    (
        "Indeed <recentsearch@indeed.com>",
        'New jobs for "senior accountant" in Dallas, TX',
        "alert",
        "Senior Accountant - Trinity Ridge Energy\nStaff Accountant - Bluebonnet Health\nSee all",
    ),
    (
        "Megan Reyes <megan.reyes@accountstaff-pros.example>",
        "Saw your resume on Indeed",
        "outreach",
        "Hi Brandon, I came across your resume on Indeed and have a contract-to-hire Senior Accountant role in Plano. "
        "Would you be open to a quick call?",
    ),
    (
        "Bluebonnet Health Talent Community <talent@bluebonnethealth.org>",
        "Careers at Bluebonnet: this month's openings",
        "newsletter",
        "Explore new roles in finance and operations. Unsubscribe",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "People who applied to Senior Accountant also applied to these jobs",
        "alert",
        "Accountant - Pecan Valley Foods\nSenior Accountant - Lone Star Freight\nSee jobs",
    ),
    (
        "AICPA <news@aicpa.example>",
        "CPE deadlines approaching",
        "newsletter",
        "Complete your CPE credits before year end. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=BRANDON,
        own_to={},
        offset="-0500",
        clock="12:00:00",
        neg_start="2025-10-05",
        neg_step=2,
        neg_clock="07:00:00",
        tag="ninetyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
