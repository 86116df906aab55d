"""A five-hundred-and-thirty-third mailbox, written as a held-out check after the five-hundred-and-thirty-second
(issue #24).

Brianna Lopez, an office manager in Phoenix, keeps her mail in Gmail, exported with Takeout.  Small and mid-size
employers hire through the smaller tracking systems, each with its own template: BambooHR's "Thanks for applying! We've
received your application for Office Manager at Desert Sky Dental", JazzHR's "Your application for Operations
Coordinator has been received by Saguaro Solar", Breezy HR's "Hi Brianna, thanks for applying to Copper State
Logistics", Jobvite's "We'd like to invite you to an interview" with its scheduling link, a practice owner's "Could you
come in Thursday at 4 to meet the team and see the office?" (an interview round at the practice), "we've hired another
candidate", "I'm happy to offer you the Office Manager position at $26/hr"; her thanks and her "Yes! I accept".
Negatives: ZipRecruiter's alert, its "a hiring manager viewed your application" (no step), a temp agency's mass mail, a
dental supply newsletter, APS and her cousin.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BRI = "brianna.lopez.az@gmail.com"
ME = f"Brianna Lopez <{BRI}>"
DSD = "Desert Sky Dental <notifications@app.bamboohr.example>"
DRK = "Dr. Karen Mills <karen@desertskydental.example>"
SOLAR = "Saguaro Solar <noreply@applytojob.example>"
BREEZY = "Copper State Logistics <notifications@breezy-mail.example>"
JOBVITE = "Copper State Logistics <notification@jobvite.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Desert Sky Dental",
        "applied",
        "2025-06-02",
        DSD,
        "Thanks for applying to Desert Sky Dental",
        "Hi Brianna,\n\nThanks for applying! We've received your application for Office Manager at Desert Sky Dental. "
        "We'll be in touch if your experience is a match.\n\nDesert Sky Dental",
        "t-dsd",
    ),
    (
        "Saguaro Solar",
        "applied",
        "2025-06-03",
        SOLAR,
        "Application received",
        "Hi Brianna,\n\nYour application for Operations Coordinator has been received by Saguaro Solar. Thank you for "
        "your interest!\n\nSaguaro Solar Hiring Team",
        "t-sol",
    ),
    (
        "Copper State Logistics",
        "applied",
        "2025-06-03",
        BREEZY,
        "Thanks for applying to Copper State Logistics",
        "Hi Brianna, thanks for applying to Copper State Logistics for the Office Administrator position. We'll review "
        "your application soon.\n\nCopper State Logistics",
        "t-csl",
    ),
    (
        # (set before the first read from an interview round to onsite, and back after it: the older corpora read "come
        # in and meet the team" as an interview round, the 10th's, the 348th's and the 488th's)
        "Desert Sky Dental",
        "interview",
        "2025-06-05",
        DRK,
        "Office Manager position",
        "Hi Brianna,\n\nThanks for your application. Could you come in Thursday at 4 to meet the team and see the "
        "office?\n\nDr. Karen Mills\nDesert Sky Dental",
        "t-dsd2",
    ),
    (
        "Copper State Logistics",
        "interview",
        "2025-06-06",
        JOBVITE,
        "Interview invitation - Office Administrator",
        "Hi Brianna,\n\nWe'd like to invite you to an interview for the Office Administrator position. Please use the "
        "link below to pick a time.\n\nCopper State Logistics Recruiting",
        "t-csl2",
    ),
    (
        "Saguaro Solar",
        "rejected",
        "2025-06-09",
        SOLAR,
        "Your application with Saguaro Solar",
        "Hi Brianna,\n\nThank you for your interest in the Operations Coordinator position. We've hired another "
        "candidate for this role.\n\nSaguaro Solar Hiring Team",
        "t-sol",
    ),
    (
        "Desert Sky Dental",
        "thank_you",
        "2025-06-12",
        ME,
        "RE: Office Manager position",
        "Hi Dr. Mills,\n\nThank you for having me in today - I loved meeting the team.\n\nBrianna",
        "t-dsd2",
    ),
    (
        "Desert Sky Dental",
        "offer",
        "2025-06-13",
        DRK,
        "RE: Office Manager position",
        "Hi Brianna,\n\nI'm happy to offer you the Office Manager position at $26/hr, full time, starting June 23. Let "
        "me know!\n\nKaren",
        "t-dsd2",
    ),
    (
        "Desert Sky Dental",
        "accepted",
        "2025-06-13",
        ME,
        "RE: Office Manager position",
        "Yes! I accept. Thank you so much, Dr. Mills.\n\nBrianna",
        "t-dsd2",
    ),
]

_NEGATIVES = [
    (
        "ZipRecruiter <alerts@ziprecruiter.example>",
        "New jobs for Office Manager in Phoenix",
        "alert",
        "Office Manager - Tempe. Office Administrator - Mesa. See all jobs.",
    ),
    (
        "ZipRecruiter <noreply@ziprecruiter.example>",
        "A hiring manager viewed your application",
        "viewed",
        "Good news! Saguaro Solar viewed your application for Operations Coordinator.",
    ),
    (
        "Valley Temps <jobs@valleytemps.example>",
        "NOW HIRING - front desk and admin",
        "outreach",
        "Front desk $18/hr, admin $19/hr. Apply today! Reply STOP to unsubscribe.",
    ),
    (
        "Patterson Dental <news@pattersondental.example>",
        "Practice management tips",
        "newsletter",
        "This month's tips. Unsubscribe.",
    ),
    (
        "APS <billing@aps.example>",
        "Your bill is ready",
        "other",
        "Your June bill is ready.",
    ),
    (
        "Daniela Lopez <daniela.lopez@gmail.example>",
        "quince",
        "personal",
        "Don't forget Sofi's quince on Saturday!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=BRI,
        own_to={"Desert Sky Dental": DRK},
        offset="-0700",
        clock="15:15:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="21:05:00",
        tag="fivehundredthirtythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
