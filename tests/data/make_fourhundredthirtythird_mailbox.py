"""A four-hundred-and-thirty-third mailbox, written as a held-out check after the four-hundred-and-thirty-second
(issue #24).

Yael, a backend engineer in Tel Aviv, keeps her search in Gmail and exports it with Takeout.  Israel's start-ups write
English through Comeet, BambooHR, Breezy and their founders' own mail: "Thank you for applying to Cyberloom via
Comeet", "a home assignment", "a technical interview with our team lead", "a meeting with our VP R&D and CEO at the
office", "we decided not to proceed with your candidacy", "we'd be happy to offer you the position", a Breezy
"Your application was received", a BambooHR "Thanks for applying" and its "the position has been filled"; her "I'm
happy to accept" and a decline.  Negatives: AllJobs' and LinkedIn's alerts, a meetup, a Wolt receipt, the bank and her
brother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

YAEL = "yael.cohen.backend@gmail.com"
ME = f"Yael Cohen <{YAEL}>"
NOA = "Noa Levi <noa@cyberloom.example>"
ITAY = "Itay Mizrahi <itay@datavine.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Cyberloom",
        "applied",
        "2025-06-01",
        "Cyberloom <no-reply@comeet.co>",
        "Thank you for applying to Cyberloom",
        "Hi Yael,\n\nThank you for applying to the Backend Engineer position at Cyberloom. We'll review your CV and get "
        "back to you soon.\n\nCyberloom via Comeet",
        "t-cl",
    ),
    (
        "Datavine",
        "applied",
        "2025-06-02",
        "Datavine <noreply@breezy.hr>",
        "Your application was received",
        "Hi Yael,\n\nYour application for Senior Python Developer at Datavine was received. We'll be in touch!\n\n"
        "The Datavine Team",
        "t-dv",
    ),
    (
        "Orbital Pay",
        "applied",
        "2025-06-02",
        "Orbital Pay <notifications@app.bamboohr.com>",
        "Thanks for applying to Orbital Pay",
        "Hi Yael,\n\nThanks for applying for the Backend Developer position at Orbital Pay. Our hiring team will review "
        "your application.\n\nOrbital Pay",
        "t-op",
    ),
    (
        "Cyberloom",
        "interview",
        "2025-06-05",
        NOA,
        "Cyberloom - home assignment",
        "Hi Yael,\n\nThanks for your interest! As a first step, we'd like you to complete a short home assignment (a "
        "small REST service in Go). Please send it back within 5 days.\n\nNoa Levi\nTalent Acquisition, Cyberloom",
        "t-cl2",
    ),
    (
        "Datavine",
        "interview",
        "2025-06-08",
        ITAY,
        "Datavine - technical interview",
        "Hi Yael,\n\nI'm the team lead for our data platform. I'd like to schedule a technical interview with you and one "
        "of our senior engineers - how about Wednesday at 11:00?\n\nItay Mizrahi\nTeam Lead, Datavine",
        "t-dv2",
    ),
    (
        "Orbital Pay",
        "rejected",
        "2025-06-10",
        "Orbital Pay <notifications@app.bamboohr.com>",
        "Orbital Pay - Backend Developer",
        "Hi Yael,\n\nThank you for your interest in Orbital Pay. The position has been filled. We wish you the best in "
        "your search.\n\nOrbital Pay",
        "t-op2",
    ),
    (
        "Cyberloom",
        "interview",
        "2025-06-12",
        NOA,
        "RE: Cyberloom - home assignment",
        "Hi Yael,\n\nGreat work on the assignment! Next, a technical interview with our team lead, Tomer, to go over your "
        "solution. Does Sunday at 10:00 work?\n\nNoa",
        "t-cl2",
    ),
    (
        "Datavine",
        "rejected",
        "2025-06-15",
        ITAY,
        "RE: Datavine - technical interview",
        "Hi Yael,\n\nThanks for your time on Wednesday. After consideration, we decided not to proceed with your "
        "candidacy at this stage. Good luck!\n\nItay",
        "t-dv2",
    ),
    (
        "Cyberloom",
        "onsite",
        "2025-06-17",
        NOA,
        "Cyberloom - final meeting",
        "Hi Yael,\n\nTomer was impressed. The last stage is a meeting with our VP R&D and our CEO at the office on "
        "Rothschild Blvd, Thursday at 14:00.\n\nNoa",
        "t-cl3",
    ),
    (
        "Cyberloom",
        "offer",
        "2025-06-23",
        NOA,
        "Offer - Backend Engineer",
        "Hi Yael,\n\nWe'd be happy to offer you the position of Backend Engineer at Cyberloom! The offer letter is "
        "attached; let's talk about it tomorrow.\n\nNoa",
        "t-cl4",
    ),
    (
        "Cyberloom",
        "accepted",
        "2025-06-25",
        ME,
        "RE: Offer - Backend Engineer",
        "Hi Noa,\n\nI'm happy to accept! Signed letter attached. See you on August 1.\n\nYael",
        "t-cl4",
    ),
]

_NEGATIVES = [
    (
        "AllJobs <alerts@alljobs.example>",
        "New jobs: Backend Developer",
        "alert",
        "Backend Developer - Herzliya. Python Developer - Ramat Gan.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"backend engineer": 25 new jobs in Tel Aviv',
        "alert",
        "Backend Engineer - Wix. Software Engineer - Monday.com.",
    ),
    (
        "PyData TLV <meetup@pydata.example>",
        "Meetup next week: Python at scale",
        "newsletter",
        "Talks, beer and pizza. RSVP on Meetup.",
    ),
    (
        "Wolt <no-reply@wolt.example>",
        "Your Wolt receipt",
        "shop",
        "Total 84 ILS.",
    ),
    (
        "Bank Leumi <alerts@leumi.example>",
        "Monthly statement",
        "other",
        "Your monthly statement is ready.",
    ),
    (
        "Amit Cohen <amit.cohen@gmail.example>",
        "shabbat dinner",
        "personal",
        "Are you coming Friday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=YAEL,
        own_to={"Cyberloom": NOA},
        offset="+0300",
        clock="12:15:00",
        neg_start="2025-05-31",
        neg_step=4,
        neg_clock="21:20:00",
        tag="fourhundredthirtythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
