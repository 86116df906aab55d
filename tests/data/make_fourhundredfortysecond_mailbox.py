"""A four-hundred-and-forty-second mailbox, written as a held-out check after the four-hundred-and-forty-first
(issue #24).

Dr. Maya Singh, a family physician finishing residency in Minneapolis, keeps her search in Gmail and exports it with
Takeout.  Physician hiring: an in-house physician recruiter's "I'd love to set up a call to tell you about our
practice in Duluth", a "site visit" with dinner, "We are pleased to extend an offer of employment ... the physician
employment agreement is attached", a locum tenens agency's "I presented your CV to North Shore Clinic for a 3-month
assignment" and "they've filled the assignment", a health system's Workday receipt and its "we have selected another
candidate", her "I'm delighted to accept and have signed the agreement".  Negatives: PracticeLink's alert, a
recruiter's conference invitation, the AAFP, a board exam reminder, a hotel booking and her husband.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MAYA = "maya.singh.md@gmail.com"
ME = f"Maya Singh <{MAYA}>"
LINDA = "Linda Olsen <lolsen@lakeshorefamilymed.example>"
GREG = "Greg Hanson <ghanson@northstarlocums.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lakeshore Family Medicine",
        "screen",
        "2025-01-13",
        LINDA,
        "Family Medicine opportunity in Duluth",
        "Dear Dr. Singh,\n\nThank you for your interest in our family medicine position. I'd love to set up a call to "
        "tell you about our practice in Duluth - would Thursday evening work?\n\nLinda Olsen\nPhysician Recruiter, "
        "Lakeshore Family Medicine",
        "t-lfm",
    ),
    (
        "North Shore Clinic",
        "applied",
        "2025-01-14",
        GREG,
        "Locum assignment - North Shore Clinic",
        "Hi Dr. Singh,\n\nGreat speaking today. I presented your CV to North Shore Clinic for the 3-month family medicine "
        "locum assignment starting in July.\n\nGreg Hanson\nNorthStar Locums",
        "t-nsc",
    ),
    (
        "Prairie Health System",
        "applied",
        "2025-01-15",
        "Prairie Health System <prairiehealth@myworkday.com>",
        "Thank you for applying",
        "Dear Maya,\n\nThank you for applying for Physician - Family Medicine (R-44501) at Prairie Health System.",
        "t-phs",
    ),
    (
        "Lakeshore Family Medicine",
        "onsite",
        "2025-01-22",
        LINDA,
        "RE: Family Medicine opportunity in Duluth",
        "Dear Dr. Singh,\n\nThe physicians enjoyed speaking with you. We'd like to invite you for a site visit on "
        "February 6-7: clinic tours, meetings with our partners and dinner with the medical director. We'll cover "
        "travel.\n\nLinda",
        "t-lfm",
    ),
    (
        "North Shore Clinic",
        "rejected",
        "2025-01-24",
        GREG,
        "RE: Locum assignment - North Shore Clinic",
        "Hi Dr. Singh,\n\nUnfortunately North Shore Clinic has filled the assignment. I'll keep an eye out for other "
        "locums.\n\nGreg",
        "t-nsc",
    ),
    (
        "Prairie Health System",
        "rejected",
        "2025-02-03",
        "Prairie Health System <prairiehealth@myworkday.com>",
        "Your application for Physician - Family Medicine",
        "Dear Maya,\n\nThank you for your interest. We have selected another candidate for this position.",
        "t-phs2",
    ),
    (
        "Lakeshore Family Medicine",
        "offer",
        "2025-02-12",
        LINDA,
        "Offer of employment - Lakeshore Family Medicine",
        "Dear Dr. Singh,\n\nWe are pleased to extend an offer of employment as a Family Medicine Physician. The physician "
        "employment agreement is attached for your review.\n\nLinda",
        "t-lfm2",
    ),
    (
        "Lakeshore Family Medicine",
        "accepted",
        "2025-02-20",
        ME,
        "RE: Offer of employment - Lakeshore Family Medicine",
        "Dear Linda,\n\nI'm delighted to accept and have signed the agreement. Thank you!\n\nMaya",
        "t-lfm2",
    ),
]

_NEGATIVES = [
    (
        "PracticeLink <alerts@practicelink.example>",
        "New family medicine jobs in Minnesota",
        "alert",
        "Family Medicine - Rochester. Urgent Care - St. Cloud.",
    ),
    (
        "Physician Careers Expo <info@physicianexpo.example>",
        "Meet 60 employers at the Physician Careers Expo",
        "newsletter",
        "Register for free. Unsubscribe.",
    ),
    (
        "AAFP <news@aafp.example>",
        "AAFP SmartBrief",
        "newsletter",
        "Today's news for family physicians.",
    ),
    (
        "ABFM <exams@abfm.example>",
        "Your board exam is approaching",
        "other",
        "Your certification exam is scheduled for April 12.",
    ),
    (
        "Radisson <reservations@radisson.example>",
        "Reservation confirmation",
        "other",
        "Duluth, February 6-7.",
    ),
    (
        "Arjun Singh <arjun.singh@gmail.example>",
        "groceries",
        "personal",
        "Can you grab milk on the way home?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MAYA,
        own_to={"Lakeshore Family Medicine": LINDA},
        offset="-0600",
        clock="17:20:00",
        neg_start="2025-01-12",
        neg_step=5,
        neg_clock="21:05:00",
        tag="fourhundredfortytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
