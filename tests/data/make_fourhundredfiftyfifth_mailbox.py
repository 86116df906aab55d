"""A four-hundred-and-fifty-fifth mailbox, written as a held-out check after the four-hundred-and-fifty-fourth (issue
#24).

Piotr Nowak, a backend developer in Warsaw, keeps his search in Gmail and exports it with Takeout.  Polish tech hires
in English: justjoin.it's "Your application to Allegro has been sent", a Workable receipt, SmartRecruiters, an IT
recruitment agency's "I've sent your CV to my client - a fintech scale-up in Kraków, I can share the name after
they review it", then "Good news: the client (it's Revolut) wants to set up a technical interview", "the team decided
to proceed with another candidate", a live-coding round, "We are happy to offer you the position of Senior Backend
Engineer - B2B contract, 28,000 PLN net", his "I'd like to confirm that I accept the offer", and his withdrawal from
the Workable process.  Negatives: justjoin.it's alert, No Fluff Jobs' newsletter, a recruiter's InMail notification,
a meetup, a parcel locker and his girlfriend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PIOTR = "piotr.nowak.dev@gmail.com"
ME = f"Piotr Nowak <{PIOTR}>"
MAGDA = "Magdalena Zielińska <magdalena.zielinska@itleaders-recruitment.example>"
DOCPLANNER = "Docplanner <noreply@docplanner.workablemail.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Allegro",
        "applied",
        "2025-04-07",
        "justjoin.it <noreply@justjoin.example>",
        "Your application to Allegro has been sent",
        "Hi Piotr,\n\nYour application for Senior Java Developer at Allegro has been sent. The company will contact you "
        "if your profile matches.\n\nGood luck!\njustjoin.it",
        "t-alg",
    ),
    (
        "Docplanner",
        "applied",
        "2025-04-08",
        DOCPLANNER,
        "Thanks for applying to Docplanner",
        "Hi Piotr,\n\nThank you for your application for the Backend Engineer (Kotlin) position at Docplanner. We'll "
        "review it and get back to you soon.\n\nDocplanner Talent Team",
        "t-doc",
    ),
    (
        "Revolut",
        "applied",
        "2025-04-09",
        MAGDA,
        "Senior Backend Engineer - fintech, Kraków",
        "Hi Piotr,\n\nThanks for the call. I've sent your CV to my client - a fintech scale-up in Kraków. I can share "
        "the name after they review it.\n\nBest,\nMagdalena Zielińska\nIT Leaders Recruitment",
        "t-rev",
    ),
    (
        "Allegro",
        "rejected",
        "2025-04-14",
        "Allegro Recruitment <jobs@allegro.example>",
        "Your application - Senior Java Developer",
        "Hi Piotr,\n\nThank you for your interest in Allegro. After reviewing your profile, the team decided to proceed "
        "with another candidate.\n\nAllegro Recruitment Team",
        "t-alg2",
    ),
    (
        "Revolut",
        "interview",
        "2025-04-15",
        MAGDA,
        "RE: Senior Backend Engineer - fintech, Kraków",
        "Hi Piotr,\n\nGood news: the client (it's Revolut) wants to set up a technical interview with two engineers "
        "next week. Could you send me your availability?\n\nMagda",
        "t-rev",
    ),
    (
        "Docplanner",
        "interview",
        "2025-04-16",
        DOCPLANNER,
        "Docplanner - live coding session",
        "Hi Piotr,\n\nWe'd like to invite you to a 60-minute live coding session with two of our backend engineers. "
        "Please choose a slot using the link below.\n\nDocplanner Talent Team",
        "t-doc",
    ),
    (
        "Revolut",
        "onsite",
        "2025-04-24",
        MAGDA,
        "RE: Senior Backend Engineer - fintech, Kraków",
        "Piotr,\n\nGreat feedback from the technical round! Revolut would like you to join the final round: system "
        "design and a conversation with the Head of Engineering, on Tuesday.\n\nMagda",
        "t-rev",
    ),
    (
        "Revolut",
        "offer",
        "2025-05-02",
        MAGDA,
        "RE: Senior Backend Engineer - fintech, Kraków",
        "Piotr,\n\nThey are happy to offer you the position of Senior Backend Engineer - B2B contract, 28,000 PLN net "
        "monthly. Let me know what you think!\n\nMagda",
        "t-rev",
    ),
    (
        "Revolut",
        "accepted",
        "2025-05-05",
        ME,
        "RE: Senior Backend Engineer - fintech, Kraków",
        "Hi Magda,\n\nI'd like to confirm that I accept the offer. Thank you for your help throughout.\n\nPiotr",
        "t-rev",
    ),
    (
        "Docplanner",
        "withdrew",
        "2025-05-05",
        ME,
        "RE: Docplanner - live coding session",
        "Hi,\n\nThank you for the live coding session. I have accepted another offer, so I would like to withdraw from "
        "the process.\n\nBest regards,\nPiotr Nowak",
        "t-doc",
    ),
]

_NEGATIVES = [
    (
        "justjoin.it <alerts@justjoin.example>",
        "New offers: Java, Warszawa",
        "alert",
        "Java Developer - Warszawa - 20 000 - 26 000 PLN. Kotlin Developer - remote. See offers.",
    ),
    (
        "No Fluff Jobs <newsletter@nofluffjobs.example>",
        "IT salaries in Poland: Q1 report",
        "newsletter",
        "Download the report. Unsubscribe.",
    ),
    (
        "LinkedIn <messages-noreply@linkedin.com>",
        "Anna sent you a message",
        "outreach",
        "Anna Kowalska: Hi Piotr, I'm hiring Java developers for a German client, fully remote. Interested? View "
        "message.",
    ),
    (
        "Warsaw Java User Group <wjug@meetup.example>",
        "WJUG #312: Virtual threads in practice",
        "newsletter",
        "Join us on April 23. RSVP.",
    ),
    (
        "InPost <noreply@inpost.example>",
        "Your parcel is waiting in the Paczkomat",
        "other",
        "Pick up your parcel within 48 hours.",
    ),
    (
        "Kasia Wójcik <kasia.wojcik@gmail.example>",
        "kolacja",
        "personal",
        "Dinner at 8? I booked the Georgian place.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PIOTR,
        own_to={"Revolut": MAGDA, "Docplanner": DOCPLANNER},
        offset="+0200",
        clock="10:00:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="21:20:00",
        tag="fourhundredfiftyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
