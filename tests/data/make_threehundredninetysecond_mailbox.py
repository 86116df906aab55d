"""A three-hundred-and-ninety-second mailbox, written as a held-out check after the three-hundred-and-ninety-first
(issue #24).

Ramesh, a Java developer on an H-1B in New Jersey, keeps his search in Gmail and exports it with Takeout.  US IT
staffing as its recruiters write it: "Greetings of the day! As discussed, I have submitted your profile to the
Implementation Partner for the End Client: Garden Valley Insurance (Rate: $72/hr on C2C)", "Your interview is
scheduled with the End Client on Wednesday 11 AM EST - Teams link below", "Client feedback: positive, they want a
second round with the Architect", "Unfortunately client moved ahead with other candidate"; a second vendor's "Please
confirm RTR for the Java Lead position at Tri-State Payments", then "Tri-State Payments has selected you for the role -
start date 11/3", his "Yes, I confirm. Please proceed with the onboarding"; a direct application on a bank's Workday
and its no.  Negatives: a vendor's "Kindly share your updated resume for multiple positions", a hotlist mail, a
Dice alert, an H-1B lawyer's newsletter, a remittance service, a cousin.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RAMESH = "ramesh.k.java@gmail.com"
ME = f"Ramesh Krishnan <{RAMESH}>"
V1 = "Anil Reddy <anil.reddy@sunrise-itsolutions.com>"
V2 = "Priya Sharma <priya@nexgentechstaffing.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Garden Valley Insurance",
        "applied",
        "2025-10-06",
        V1,
        "Submission - Sr Java Developer - Garden Valley Insurance",
        "Hi Ramesh,\n\nGreetings of the day!\n\nAs discussed, I have submitted your profile to the Implementation "
        "Partner for the End Client: Garden Valley Insurance (Rate: $72/hr on C2C). Will update you once I hear "
        "back.\n\nThanks & Regards,\nAnil Reddy\nSr. Technical Recruiter | Sunrise IT Solutions Inc.",
        "t-v1",
    ),
    (
        "Tri-State Payments",
        "applied",
        "2025-10-07",
        V2,
        "RTR - Java Lead - Tri-State Payments",
        "Hi Ramesh,\n\nPlease confirm RTR for the Java Lead position at Tri-State Payments (Jersey City, hybrid, $78/hr "
        "C2C) by replying 'I confirm'. I will submit you right after.\n\nPriya Sharma\nNexGen Tech Staffing",
        "t-v2",
    ),
    (
        # (first written "reply"; the 306th reads the person's own right to represent as the application, the same
        # day as the request: changed to follow it before any rule changed for this mail)
        "Tri-State Payments",
        "applied",
        "2025-10-07",
        ME,
        "RE: RTR - Java Lead - Tri-State Payments",
        "I confirm. I authorize NexGen Tech Staffing to represent me for the Java Lead position at Tri-State "
        "Payments.\n\nRamesh",
        "t-v2",
    ),
    (
        "Hudson Federal Bank",
        "applied",
        "2025-10-08",
        "Hudson Federal Bank <hudsonfederal@myworkday.com>",
        "Thank you for applying to Hudson Federal Bank",
        "Dear Ramesh,\n\nThank you for applying for the Java Developer III position (R-77102). We will review your "
        "application and contact you if your qualifications match our needs.\n\nHudson Federal Bank Talent "
        "Acquisition",
        "t-hfb",
    ),
    (
        "Garden Valley Insurance",
        "interview",
        "2025-10-09",
        V1,
        "RE: Submission - Sr Java Developer - Garden Valley Insurance",
        "Hi Ramesh,\n\nYour interview is scheduled with the End Client on Wednesday 11 AM EST - Teams link below. It "
        "will be a technical round with the hiring manager, 45 mins.\n\nThanks,\nAnil",
        "t-v1",
    ),
    (
        "Garden Valley Insurance",
        "interview",
        "2025-10-16",
        V1,
        "RE: Submission - Sr Java Developer - Garden Valley Insurance",
        "Hi Ramesh,\n\nClient feedback: positive, they want a second round with the Architect on Friday at 2 PM EST.\n\n"
        "Thanks,\nAnil",
        "t-v1",
    ),
    (
        "Hudson Federal Bank",
        "rejected",
        "2025-10-20",
        "Hudson Federal Bank <hudsonfederal@myworkday.com>",
        "Regarding your application for Java Developer III",
        "Dear Ramesh,\n\nThank you for your interest in Hudson Federal Bank. After careful review, we have decided to "
        "pursue other candidates for this position.\n\nHudson Federal Bank Talent Acquisition",
        "t-hfb",
    ),
    (
        "Garden Valley Insurance",
        "rejected",
        "2025-10-22",
        V1,
        "RE: Submission - Sr Java Developer - Garden Valley Insurance",
        "Hi Ramesh,\n\nUnfortunately client moved ahead with other candidate. I will share other requirements "
        "matching your profile.\n\nThanks,\nAnil",
        "t-v1",
    ),
    (
        "Tri-State Payments",
        "offer",
        "2025-10-24",
        V2,
        "RE: RTR - Java Lead - Tri-State Payments",
        "Hi Ramesh,\n\nCongratulations!! Tri-State Payments has selected you for the role - start date 11/3, rate "
        "$78/hr C2C. Please confirm so I can initiate onboarding.\n\nPriya",
        "t-v2",
    ),
    (
        "Tri-State Payments",
        "accepted",
        "2025-10-24",
        ME,
        "RE: RTR - Java Lead - Tri-State Payments",
        "Hi Priya,\n\nYes, I confirm. Please proceed with the onboarding.\n\nRamesh",
        "t-v2",
    ),
]

_NEGATIVES = [
    (
        "Suresh Babu <suresh@vedatechinc.com>",
        "Multiple Java positions - urgent",
        "outreach",
        "Hi,\n\nKindly share your updated resume for multiple Java positions with our clients in NJ/NY. Please include "
        "your visa status and expected rate.\n\nSuresh",
    ),
    (
        "Bench Sales <hotlist@primeconsultinggroup.example>",
        "Hotlist - Java/Full Stack consultants available",
        "newsletter",
        "Please find our hotlist of consultants available for C2C: Java, Full Stack, DevOps. Reach out for resumes.",
    ),
    (
        "Dice <alerts@dice.example>",
        "12 new Java Developer jobs",
        "alert",
        "Senior Java Developer - Contract - Jersey City. Java Lead - Remote. View jobs.",
    ),
    (
        "Gupta Immigration Law <news@guptalaw.example>",
        "H-1B update: new fee rules",
        "newsletter",
        "What the new H-1B fee rules mean for you and your employer. Webinar on Thursday.",
    ),
    (
        "Remitly <no-reply@remitly.example>",
        "Your transfer has been delivered",
        "other",
        "Your transfer of $500 to Lakshmi Krishnan has been delivered.",
    ),
    (
        "Arun Krishnan <arun.k@gmail.example>",
        "diwali",
        "personal",
        "Are you coming for Diwali this year? Amma is asking.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=RAMESH,
            own_to={"Tri-State Payments": V2},
            offset="-0400",
            clock="10:25:00",
            neg_start="2025-10-05",
            neg_step=3,
            neg_clock="21:15:00",
            tag="threehundredninetytwo",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
