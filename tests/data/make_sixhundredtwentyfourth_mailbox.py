"""A six-hundred-and-twenty-fourth mailbox, written as a held-out check after the six-hundred-and-twenty-third
(issue #24).

Brittany Cole, a healthcare data analyst in Louisville, exports her Gmail with Takeout. Her employers' tracking systems
name them only in their addresses and footers: Workday's "Application Received" from "Workday <humana@myworkday>"
("Thank you for applying to Senior Data Analyst", signed "© 2025 Humana Inc."), iCIMS' "Thank you for your interest"
from "careers-nortonhealthcare@icims" signed "Talent Acquisition", SmartRecruiters' "Your application" from "Yum!
Brands <noreply@smartrecruiters>", Humana's scheduling tool "Interview Scheduled: Senior Data Analyst - Video
Interview", Norton's "we have selected other candidates", Yum's recruiter's "phone screen", Humana's "Final interview
with the analytics director", Yum's "the position has been put on hold", Humana's "Offer Letter for Senior Data
Analyst" through Workday, her "I accept the offer" and her thanks after the final interview. Negatives: Indeed's
alert, a healthcare analytics newsletter, a recruiter's cold mail, Humana's own member mail (a company she applied to),
LG&E and her friend. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BRITT = "brittany.cole.data@gmail.com"
ME = f"Brittany Cole <{BRITT}>"
HUMANA = "Workday <humana@myworkday.example>"
NORTON = "Talent Acquisition <careers-nortonhealthcare@icims.example>"
YUM = "Yum! Brands <noreply@smartrecruiters.example>"
YUMREC = "Chris Bell <chris.bell@yum.example>"
HUMREC = "Dana Price <dprice@humana.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Humana",
        "applied",
        "2025-05-05",
        HUMANA,
        "Application Received",
        "Hi Brittany,\n\nThank you for applying to Senior Data Analyst (R-356211). We have received your application "
        "and will review it shortly.\n\n© 2025 Humana Inc. All rights reserved.",
        "t-hum",
    ),
    (
        "Norton Healthcare",
        "applied",
        "2025-05-06",
        NORTON,
        "Thank you for your interest",
        "Dear Brittany,\n\nThank you for your interest in the Data Analyst II position. Your application has been "
        "received and is under review.\n\nTalent Acquisition\nNorton Healthcare",
        "t-nor",
    ),
    (
        "Yum! Brands",
        "applied",
        "2025-05-07",
        YUM,
        "Your application",
        "Hi Brittany,\n\nThanks for applying for Analyst, Restaurant Analytics. We'll be in touch if your background "
        "matches what we're looking for.\n\nYum! Brands Talent",
        "t-yum",
    ),
    (
        "Humana",
        "interview",
        "2025-05-12",
        HUMREC,
        "Interview Scheduled: Senior Data Analyst - Video Interview",
        "Hi Brittany,\n\nYour video interview with the hiring manager is scheduled for Thursday, May 15 at 1:00 PM ET "
        "on Microsoft Teams.\n\nDana Price\nTalent Acquisition Partner",
        "t-hum2",
    ),
    (
        "Norton Healthcare",
        "rejected",
        "2025-05-13",
        NORTON,
        "Update on your application",
        "Dear Brittany,\n\nThank you for applying. After careful review, we have selected other candidates whose "
        "qualifications more closely match the position.\n\nTalent Acquisition\nNorton Healthcare",
        "t-nor",
    ),
    (
        "Yum! Brands",
        "screen",
        "2025-05-14",
        YUMREC,
        "Yum! Brands - Analyst, Restaurant Analytics",
        "Hi Brittany,\n\nI'm the recruiter for the Restaurant Analytics team. Would you have 20 minutes this week for a "
        "phone screen?\n\nChris Bell",
        "t-yum2",
    ),
    (
        "Humana",
        "onsite",
        "2025-05-19",
        HUMREC,
        "RE: Interview Scheduled: Senior Data Analyst - Video Interview",
        "Hi Brittany,\n\nThe team enjoyed meeting you. We'd like to invite you to a final interview with the analytics "
        "director at our Louisville headquarters on May 27.\n\nDana",
        "t-hum2",
    ),
    (
        "Yum! Brands",
        "rejected",
        "2025-05-21",
        YUMREC,
        "RE: Yum! Brands - Analyst, Restaurant Analytics",
        "Hi Brittany,\n\nUnfortunately the position has been put on hold and we are closing the search. I'm sorry - "
        "thanks for your time.\n\nChris",
        "t-yum2",
    ),
    (
        "Humana",
        "thank_you",
        "2025-05-27",
        ME,
        "RE: Interview Scheduled: Senior Data Analyst - Video Interview",
        "Hi Dana,\n\nThank you for arranging today's final interview with the analytics director.\n\nBest,\nBrittany",
        "t-hum2",
    ),
    (
        "Humana",
        "offer",
        "2025-06-02",
        HUMANA,
        "Offer Letter for Senior Data Analyst",
        "Hi Brittany,\n\nCongratulations! Your offer letter for Senior Data Analyst is ready for review. Please sign in "
        "to view and accept it.\n\n© 2025 Humana Inc. All rights reserved.",
        "t-hum",
    ),
    (
        "Humana",
        "accepted",
        "2025-06-03",
        ME,
        "RE: Offer Letter for Senior Data Analyst",
        "Hi Dana,\n\nI accept the offer - I've signed it in Workday. Thank you!\n\nBrittany",
        "t-hum3",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "New Data Analyst jobs in Louisville",
        "alert",
        "Data Analyst - Louisville. Healthcare Analyst - Jeffersonville. View all jobs.",
    ),
    (
        "HealthData Weekly <news@healthdataweekly.example>",
        "This week in healthcare analytics",
        "newsletter",
        "Five stories on value-based care. Unsubscribe.",
    ),
    (
        "Ryan Ford <rford@medstaffing.example>",
        "Analytics role in Nashville",
        "outreach",
        "Hi Brittany, I have an analytics role with a health system in Nashville. Open to hearing more?",
    ),
    (
        "Humana <members@humana.example>",
        "Your plan's preventive care reminder",
        "other",
        "It's time for your annual wellness visit.",
    ),
    (
        "LG&E <noreply@lge-ku.example>",
        "Your bill is ready",
        "other",
        "Your LG&E bill is ready to view.",
    ),
    (
        "Kayla <kayla.m@gmail.example>",
        "derby party",
        "personal",
        "Derby party at mine Saturday!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=BRITT,
        own_to={"Humana": HUMREC},
        offset="-0400",
        clock="10:35:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="20:15:00",
        tag="sixhundredtwentyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
