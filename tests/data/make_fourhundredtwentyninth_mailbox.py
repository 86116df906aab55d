"""A four-hundred-and-twenty-ninth mailbox, written as a held-out check after the four-hundred-and-twenty-eighth
(issue #24).

Carlos, a Java developer in Dallas looking for contracts, keeps his search in Gmail and exports it with Takeout.  US
IT recruiters writing fast: "Submitted! You're in for the Java Developer contract with Redwood Financial", "Client
wants a video interview Thursday 2pm CST with the hiring manager - confirm?", "Feedback: client is moving forward
with another candidate", "Got your RTR, thanks - submitting you to Bluebonnet Health today", "Good news, Bluebonnet
wants to extend an offer - $72/hr W2, 12 months", his "Confirmed, I accept the offer"; Dice's receipt and an
employer's Workday rejection.  Negatives: Dice's alert, a recruiter's "Hot requirements" blast, a cold call from a
vendor, a Texas DMV notice, Venmo and his wife.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CARLOS = "carlos.mendoza.java@gmail.com"
ME = f"Carlos Mendoza <{CARLOS}>"
RAVI = "Ravi Kumar <ravi.k@techforce-staffing.example>"
AMY = "Amy Chen <amy.chen@lonestarit.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Redwood Financial",
        "applied",
        "2025-03-03",
        RAVI,
        "Java Developer - Redwood Financial - Submitted",
        "Hi Carlos,\n\nSubmitted! You're in for the Java Developer contract with Redwood Financial (Irving, hybrid, "
        "$70/hr C2C). Will update as soon as I hear.\n\nThanks,\nRavi Kumar\nTechforce Staffing",
        "t-rf",
    ),
    (
        "Bluebonnet Health",
        "applied",
        "2025-03-04",
        AMY,
        "RE: RTR - Senior Java Engineer - Bluebonnet Health",
        "Hi Carlos,\n\nGot your RTR, thanks - submitting you to Bluebonnet Health today for the Senior Java Engineer "
        "role.\n\nAmy Chen\nLone Star IT Partners",
        "t-bb",
    ),
    (
        "Prairie Logistics",
        "applied",
        "2025-03-05",
        "Dice <noreply@dice.com>",
        "Your application was submitted",
        "Your application was submitted\n\nBackend Java Developer\nPrairie Logistics\nPlano, TX\n\nGood luck!",
        "t-pl",
    ),
    (
        "Redwood Financial",
        "interview",
        "2025-03-06",
        RAVI,
        "RE: Java Developer - Redwood Financial - Submitted",
        "Carlos,\n\nClient wants a video interview Thursday 2pm CST with the hiring manager - confirm?\n\nRavi",
        "t-rf",
    ),
    (
        "Prairie Logistics",
        "rejected",
        "2025-03-10",
        "Prairie Logistics <prairielogistics@myworkday.com>",
        "Your application with Prairie Logistics",
        "Dear Carlos,\n\nThank you for your interest in the Backend Java Developer role. We have decided not to move "
        "forward with your application.",
        "t-pl2",
    ),
    (
        "Redwood Financial",
        "rejected",
        "2025-03-11",
        RAVI,
        "RE: Java Developer - Redwood Financial - Submitted",
        "Carlos,\n\nFeedback: client is moving forward with another candidate. Will keep you posted on other reqs.\n\n"
        "Ravi",
        "t-rf",
    ),
    (
        "Bluebonnet Health",
        "interview",
        "2025-03-12",
        AMY,
        "RE: RTR - Senior Java Engineer - Bluebonnet Health",
        "Hi Carlos,\n\nBluebonnet would like a 45-minute Teams interview with their engineering manager on Monday at "
        "11. Sending the invite now.\n\nAmy",
        "t-bb",
    ),
    (
        "Bluebonnet Health",
        "offer",
        "2025-03-19",
        AMY,
        "Offer - Bluebonnet Health",
        "Hi Carlos,\n\nGood news, Bluebonnet wants to extend an offer - $72/hr W2, 12 months, start April 1. Please "
        "confirm by EOD.\n\nAmy",
        "t-bb-off",
    ),
    (
        "Bluebonnet Health",
        "accepted",
        "2025-03-19",
        ME,
        "RE: Offer - Bluebonnet Health",
        "Hi Amy,\n\nConfirmed, I accept the offer. Thanks for all your help!\n\nCarlos",
        "t-bb-off",
    ),
]

_NEGATIVES = [
    (
        "Dice <alerts@dice.com>",
        "New Java jobs for you",
        "alert",
        "Java Developer - Dallas. Spring Boot Engineer - Remote.",
    ),
    (
        "Techforce Staffing <reqs@techforce-staffing.example>",
        "Hot requirements - March",
        "newsletter",
        "Java Developer - Irving. .NET Developer - Frisco. Send your resume.",
    ),
    (
        "Sunil Reddy <sunil@globalitvendors.example>",
        "Java Developer - Plano - C2C",
        "outreach",
        "Hi, hope you are doing well. I have an urgent requirement for a Java Developer in Plano, TX. Please share "
        "your updated resume and rate if interested.\n\nSunil",
    ),
    (
        "Texas DMV <noreply@txdmv.example>",
        "Registration renewal reminder",
        "other",
        "Your vehicle registration expires soon.",
    ),
    (
        "Venmo <venmo@venmo.example>",
        "You paid Luis Mendoza",
        "other",
        "$50.00 for lunch.",
    ),
    (
        "Ana Mendoza <ana.mendoza@gmail.example>",
        "dinner",
        "personal",
        "Can you pick up tortillas on the way home?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CARLOS,
        own_to={"Bluebonnet Health": AMY},
        offset="-0600",
        clock="12:30:00",
        neg_start="2025-03-02",
        neg_step=3,
        neg_clock="19:15:00",
        tag="fourhundredtwentynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
