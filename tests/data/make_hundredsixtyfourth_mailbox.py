"""A hundred-and-sixty-fourth mailbox, written as a held-out check after the hundred-and-sixty-third (issue #24).

Marcus, a financial analyst in Phoenix, saved his Outlook mail as .eml files.  The mail names its employers the
hard ways: a Workday tenant that is an abbreviation ("bhhc"), a careers site on a vendor's subdomain whose only
name is in the footer, subjects in capitals, a staffing agency (a Robert Half-like firm) naming its client, two
roles at one bank (one refused, one interviewed), the same title at two employers, and "RE: RE: FW:" chains.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.hill.az@outlook.com"
ME = f"Marcus Hill <{MARCUS}>"

#: Two roles at Sonoran Bank: the mail names each.
APPLICATIONS = {"Sonoran Bank": 2}

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Butte Harbor Health Care",
        "applied",
        "2025-06-02",
        "Careers <bhhc@myworkday.com>",
        "Thank you for applying!",
        "Dear Marcus,\n\nThank you for applying to Butte Harbor Health Care for the Financial Analyst II position "
        "(JR-4471). Our recruiting team will review your application.\n\nButte Harbor Health Care Talent "
        "Acquisition",
        None,
    ),
    (
        "Sonoran Bank",
        "applied",
        "2025-06-03",
        "Sonoran Bank <sonoranbank@myworkday.com>",
        "Application received - FP&A Analyst (R0012233)",
        "Dear Marcus Hill,\n\nWe have received your application for FP&A Analyst (R0012233). Thank you for your "
        "interest in Sonoran Bank.\n\nSonoran Bank Recruiting",
        None,
    ),
    (
        "Sonoran Bank",
        "applied",
        "2025-06-03",
        "Sonoran Bank <sonoranbank@myworkday.com>",
        "Application received - Treasury Analyst (R0012290)",
        "Dear Marcus Hill,\n\nWe have received your application for Treasury Analyst (R0012290). Thank you for "
        "your interest in Sonoran Bank.\n\nSonoran Bank Recruiting",
        None,
    ),
    (
        "Copperline Mining",
        "applied",
        "2025-06-04",
        "Careers <no-reply@copperline.jobs.example-hr.com>",
        "YOUR APPLICATION HAS BEEN RECEIVED",
        "Dear Marcus,\n\nThank you for your application for the position of Financial Analyst. We will review your "
        "qualifications and contact you if there is a match.\n\nSincerely,\nTalent Acquisition\n\n"
        "© 2025 Copperline Mining Company. All rights reserved. 400 E Van Buren St, Phoenix, AZ",
        None,
    ),
    (
        "Desert Sky Airlines",
        "applied",
        "2025-06-05",
        "Desert Sky Airlines <desertsky@successfactors.com>",
        "Application Confirmation: Financial Analyst",
        "Dear Marcus,\n\nThank you for applying for the Financial Analyst position at Desert Sky Airlines. Your "
        "application has been received and is under review.\n\nDesert Sky Airlines Talent Acquisition",
        None,
    ),
    (
        "Mesa Verde Utilities",
        "applied",
        "2025-06-06",
        "Jenna Cole <jenna.cole@halcyonstaffing.com>",
        "Submitted: Senior Financial Analyst - Mesa Verde Utilities",
        "Hi Marcus,\n\nGreat speaking with you today. As discussed, I've submitted your resume to Mesa Verde "
        "Utilities for the Senior Financial Analyst contract-to-hire role. I'll let you know as soon as I hear "
        "back.\n\nJenna Cole\nSenior Recruiter, Halcyon Staffing",
        None,
    ),
    (
        "Sonoran Bank",
        "rejected",
        "2025-06-10",
        "Sonoran Bank <sonoranbank@myworkday.com>",
        "Update on your application - Treasury Analyst (R0012290)",
        "Dear Marcus Hill,\n\nThank you for your interest in the Treasury Analyst position. After careful "
        "consideration, we have decided to move forward with other candidates for this role.\n\nSonoran Bank "
        "Recruiting",
        None,
    ),
    (
        "Sonoran Bank",
        "screen",
        "2025-06-11",
        "Olivia Grant <olivia.grant@sonoranbank.com>",
        "FP&A Analyst - phone screen",
        "Hi Marcus,\n\nI'm the recruiter for our FP&A Analyst opening and would love to set up a 30-minute phone "
        "screen. Are you available Thursday or Friday morning?\n\nOlivia Grant\nTalent Acquisition Partner | "
        "Sonoran Bank",
        None,
    ),
    (
        "Butte Harbor Health Care",
        "interview",
        "2025-06-12",
        "Ray Dominguez <rdominguez@bhhc.org>",
        "FINANCIAL ANALYST II - INTERVIEW INVITATION",
        "Marcus,\n\nThe finance team would like to invite you to interview for the Financial Analyst II position "
        "on Tuesday, June 17 at 1:00 PM via Teams. Please confirm your availability.\n\nRay Dominguez\nHR "
        "Business Partner\nButte Harbor Health Care",
        None,
    ),
    (
        "Mesa Verde Utilities",
        "interview",
        "2025-06-13",
        "Jenna Cole <jenna.cole@halcyonstaffing.com>",
        "RE: Submitted: Senior Financial Analyst - Mesa Verde Utilities",
        "Hi Marcus,\n\nGood news - Mesa Verde Utilities would like to interview you with the controller next "
        "Wednesday at 9am, on site. Can you make it?\n\nJenna",
        None,
    ),
    (
        "Desert Sky Airlines",
        "rejected",
        "2025-06-16",
        "Desert Sky Airlines <desertsky@successfactors.com>",
        "Your Application Status",
        "Dear Marcus,\n\nThank you for your interest in the Financial Analyst position at Desert Sky Airlines. We "
        "regret to inform you that you have not been selected to move forward in the process.\n\nDesert Sky "
        "Airlines Talent Acquisition",
        None,
    ),
    (
        "Sonoran Bank",
        "onsite",  # (a panel interview is the final round, SPEC 3.2; first written as "interview")
        "2025-06-18",
        "Olivia Grant <olivia.grant@sonoranbank.com>",
        "RE: RE: FP&A Analyst - phone screen",
        "Hi Marcus,\n\nThanks for your time on Friday! The FP&A director would like to move you to the next round: "
        "a panel interview with the director and two managers. Please send me a few times that work next week."
        "\n\nOlivia\n\n-----Original Message-----\nFrom: Marcus Hill <marcus.hill.az@outlook.com>\nSent: Monday, "
        "June 16, 2025 8:02 AM\nSubject: RE: FP&A Analyst - phone screen\n\nHi Olivia, thank you again for the "
        "call on Friday.",
        None,
    ),
    (
        "Copperline Mining",
        "rejected",
        "2025-06-20",
        "Careers <no-reply@copperline.jobs.example-hr.com>",
        "APPLICATION STATUS UPDATE",
        "Dear Marcus,\n\nThank you for your interest in the Financial Analyst position. We have carefully reviewed "
        "your application and regret to inform you that we will not be moving forward with your candidacy.\n\n"
        "Talent Acquisition\n\n© 2025 Copperline Mining Company. All rights reserved.",
        None,
    ),
    (
        "Butte Harbor Health Care",
        "thank_you",
        "2025-06-17",
        ME,
        "Thank you - Financial Analyst II",
        "Hi Ray,\n\nThank you for arranging today's interview. I enjoyed meeting the finance team and learning about "
        "the budgeting work.\n\nBest regards,\nMarcus Hill",
        "Ray Dominguez <rdominguez@bhhc.org>",
    ),
    (
        "Mesa Verde Utilities",
        "offer",
        "2025-06-25",
        "Jenna Cole <jenna.cole@halcyonstaffing.com>",
        "FW: Mesa Verde - offer",
        "Hi Marcus,\n\nCongratulations! Mesa Verde Utilities has made an offer for the Senior Financial Analyst role "
        "at $48/hour, contract-to-hire, starting July 14. Details below - let me know if you'd like to accept.\n\n"
        "Jenna\n\n---------- Forwarded message ---------\nFrom: Hiring Manager\nSubject: Mesa Verde - offer\n\n"
        "Please extend the offer to Marcus Hill.",
        None,
    ),
    (
        "Mesa Verde Utilities",
        "accepted",
        "2025-06-26",
        ME,
        "RE: FW: Mesa Verde - offer",
        "Hi Jenna,\n\nThat's wonderful news - I accept the offer! Please let me know the next steps for onboarding."
        "\n\nThanks,\nMarcus",
        "Jenna Cole <jenna.cole@halcyonstaffing.com>",
    ),
    (
        "Sonoran Bank",
        "withdrew",
        "2025-06-27",
        ME,
        "RE: RE: FP&A Analyst - phone screen",
        "Hi Olivia,\n\nThank you for the opportunity. I've accepted another offer, so I'd like to withdraw from the "
        "FP&A Analyst process. I really appreciated your help.\n\nBest,\nMarcus",
        "Olivia Grant <olivia.grant@sonoranbank.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Robert Ames <rames@apexfinancerecruiting.com>",
        "FP&A Manager opportunity - Scottsdale",
        "outreach",
        "Hi Marcus, I came across your profile and have a client in Scottsdale looking for an FP&A Manager. Would "
        "you be open to a quick call?",
    ),
    (
        "Halcyon Staffing <news@halcyonstaffing.com>",
        "Hot jobs this week in Phoenix",
        "alert",
        "Accountant - Tempe. Payroll Specialist - Mesa. Financial Analyst - Chandler. Apply today!",
    ),
    (
        "CFA Institute <info@cfainstitute.org>",
        "Your exam registration is confirmed",
        "other",
        "Your Level II exam appointment is confirmed for August 20.",
    ),
    (
        "Sonoran Bank <alerts@sonoranbank.com>",
        "Your statement is available",
        "other",
        "Your June checking statement is now available in online banking.",
    ),
    (
        "Desert Sky Airlines <deals@desertsky.com>",
        "Fares from $49 - this week only",
        "shop",
        "Book by Sunday for fares from $49 to Denver, Las Vegas and San Diego.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Financial Analyst jobs in Phoenix, AZ",
        "alert",
        "Financial Analyst - Honeywell - Phoenix, AZ. Senior Financial Analyst - Banner Health - Phoenix, AZ.",
    ),
    (
        "APS <noreply@aps.com>",
        "Your bill is ready",
        "other",
        "Your June bill of $188.40 is ready.",
    ),
    (
        "Wall Street Prep <news@wallstreetprep.com>",
        "Crush your finance interview",
        "newsletter",
        "Our guide to the 50 most common FP&A interview questions. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARCUS,
        offset="-0700",
        clock="13:10:00",
        neg_start="2025-06-01",
        neg_step=3,
        neg_clock="05:50:00",
        tag="hundredsixtyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), MARCUS)
