"""A four-hundred-and-thirty-eighth mailbox, written as a held-out check after the four-hundred-and-thirty-seventh
(issue #24).

Rahul, a QA engineer in Pune, keeps his search in Gmail and exports it with Takeout.  India's IT employers write their
own English through Naukri and their HR: Naukri's "Your application has been sent to Veltrix Technologies",
"Greetings from Veltrix! Your profile has been shortlisted for the Senior QA Engineer position", "Your first technical
round is scheduled on Saturday", "Congratulations on clearing the technical rounds. Your HR discussion is scheduled",
"We are pleased to release the offer letter", "we regret to inform you that you have not been selected", an MNC's
Workday receipt and its "the position has been put on hold", his "I accept the offer and confirm my joining date".
Negatives: Naukri's alert and "recruiters viewed your profile", a training institute's course, a Paytm receipt, a
"job guaranteed" scam and his mother.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RAHUL = "rahul.kulkarni.qa@gmail.com"
ME = f"Rahul Kulkarni <{RAHUL}>"
VHR = "Sneha Patil <sneha.patil@veltrix.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Veltrix Technologies",
        "applied",
        "2025-05-05",
        "Naukri <info@naukri.com>",
        "Your application has been sent to Veltrix Technologies",
        "Dear Rahul,\n\nYour application has been sent to Veltrix Technologies for the job Senior QA Engineer - "
        "Automation (Pune).\n\nAll the best!\nNaukri.com",
        "t-vt",
    ),
    (
        "Orbitsoft Solutions",
        "applied",
        "2025-05-06",
        "Naukri <info@naukri.com>",
        "Your application has been sent to Orbitsoft Solutions",
        "Dear Rahul,\n\nYour application has been sent to Orbitsoft Solutions for the job QA Lead (Hinjewadi).\n\n"
        "Naukri.com",
        "t-os",
    ),
    (
        "Nordbank Technology Centre",
        "applied",
        "2025-05-07",
        "Nordbank <nordbank@myworkday.com>",
        "Thank you for applying",
        "Dear Rahul,\n\nThank you for applying for Test Automation Engineer (R-77120) at Nordbank Technology Centre, "
        "Pune.",
        "t-nb",
    ),
    (
        "Veltrix Technologies",
        "screen",
        "2025-05-08",
        VHR,
        "Greetings from Veltrix!",
        "Dear Rahul,\n\nGreetings from Veltrix! Your profile has been shortlisted for the Senior QA Engineer position. "
        "Kindly share your current CTC, expected CTC and notice period, and your availability for a telephonic "
        "discussion tomorrow.\n\nRegards,\nSneha Patil\nHR - Talent Acquisition",
        "t-vt2",
    ),
    (
        "Veltrix Technologies",
        "interview",
        "2025-05-09",
        VHR,
        "RE: Greetings from Veltrix!",
        "Dear Rahul,\n\nThank you for your time. Your first technical round is scheduled on Saturday, 10 May at 11:00 AM "
        "(MS Teams) with our QA Manager.\n\nRegards,\nSneha",
        "t-vt2",
    ),
    (
        "Orbitsoft Solutions",
        "rejected",
        "2025-05-12",
        "Orbitsoft HR <careers@orbitsoft.example>",
        "Update on your application - QA Lead",
        "Dear Rahul,\n\nThank you for your interest in Orbitsoft. We regret to inform you that you have not been "
        "selected for the QA Lead position.\n\nHR Team",
        "t-os2",
    ),
    (
        "Veltrix Technologies",
        "onsite",
        "2025-05-14",
        VHR,
        "RE: Greetings from Veltrix!",
        "Dear Rahul,\n\nCongratulations on clearing the technical rounds. Your final HR discussion with our Delivery Head "
        "is scheduled on Friday at 3 PM at our Kharadi office.\n\nRegards,\nSneha",
        "t-vt2",
    ),
    (
        "Nordbank Technology Centre",
        "rejected",
        "2025-05-16",
        "Nordbank <nordbank@myworkday.com>",
        "Your application for Test Automation Engineer",
        "Dear Rahul,\n\nThank you for your interest. Please note that the position has been put on hold and we will not "
        "be proceeding with applications at this time.",
        "t-nb2",
    ),
    (
        "Veltrix Technologies",
        "offer",
        "2025-05-20",
        VHR,
        "Offer Letter - Senior QA Engineer",
        "Dear Rahul,\n\nWe are pleased to release the offer letter for the position of Senior QA Engineer with an annual "
        "CTC of INR 18,50,000. Please confirm your acceptance and joining date.\n\nRegards,\nSneha",
        "t-vt3",
    ),
    (
        "Veltrix Technologies",
        "accepted",
        "2025-05-21",
        ME,
        "RE: Offer Letter - Senior QA Engineer",
        "Dear Sneha,\n\nThank you. I accept the offer and confirm my joining date as 16 June 2025.\n\nRegards,\nRahul",
        "t-vt3",
    ),
]

_NEGATIVES = [
    (
        "Naukri <alerts@naukri.com>",
        "25 new jobs matching your profile",
        "alert",
        "QA Engineer - Infosys. Test Lead - Persistent. Apply now.",
    ),
    (
        "Naukri <info@naukri.com>",
        "6 recruiters viewed your profile",
        "viewed",
        "Recruiters from Accenture and Cognizant viewed your profile this week.",
    ),
    (
        "SkillUp Academy <courses@skillup.example>",
        "Master Selenium in 30 days",
        "newsletter",
        "Enroll now and get a certificate. Unsubscribe.",
    ),
    (
        "Paytm <noreply@paytm.example>",
        "Payment successful",
        "other",
        "Rs 1,299 paid to Airtel.",
    ),
    (
        "Career Guru Placements <placements.guru@gmail.example>",
        "Job guaranteed in MNC - register now",
        "other",
        "Pay a one-time registration fee of Rs 5,000 and get a job guaranteed in top MNCs.",
    ),
    (
        "Aai <sunita.kulkarni@gmail.example>",
        "jevan",
        "personal",
        "Come home for lunch on Sunday.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RAHUL,
        own_to={"Veltrix Technologies": VHR},
        offset="+0530",
        clock="11:45:00",
        neg_start="2025-05-04",
        neg_step=3,
        neg_clock="21:10:00",
        tag="fourhundredthirtyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
