"""A five-hundred-and-thirty-first mailbox, written as a held-out check after the five-hundred-and-thirtieth (issue
#24).

Arjun Mehta, a software developer in Toronto, keeps his mail in Thunderbird and exports it as one mbox.  Start-ups
hire through Wellfound, which relays their messages, and banks through Workday: "Your application to Wealthsimple was
sent", "Wealthsimple sent you a message: 'Hey Arjun, loved your background - want to chat Thursday?'", "Wealthsimple
has moved your application to the interview stage" (its system's words for the next round), Workday's "Thank you for
applying to RBC" and "we have decided to pursue other candidates", a fintech's founder's "we'd like to make you an
offer", his "I'm excited to accept" and his withdrawal from the other start-up.  Negatives: Wellfound's weekly jobs, a
dev newsletter, a recruiter's cold mail, RBC's own account alert (a bank he applied to), the TTC and his roommate.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ARJUN = "arjun.mehta.dev@fastmail.example"
ME = f"Arjun Mehta <{ARJUN}>"
WELLFOUND = "Wellfound <notifications@wellfound.example>"
RBC = "RBC <rbc@myworkday.example>"
NINA = "Nina Okoye <nina@koho.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Wealthsimple",
        "applied",
        "2025-07-07",
        WELLFOUND,
        "Your application to Wealthsimple was sent",
        "Hi Arjun,\n\nYour application to Wealthsimple for Software Engineer, Backend was sent. We'll let you know when "
        "they respond.\n\nThe Wellfound Team",
        None,
    ),
    (
        "RBC",
        "applied",
        "2025-07-08",
        RBC,
        "Thank you for applying to RBC",
        "Dear Arjun,\n\nThank you for applying to RBC for the Senior Software Developer - Payments position (R-0072211). "
        "We will review your application.\n\nRBC Talent Acquisition",
        None,
    ),
    (
        "KOHO",
        "applied",
        "2025-07-08",
        WELLFOUND,
        "Your application to KOHO was sent",
        "Hi Arjun,\n\nYour application to KOHO for Full-Stack Engineer was sent. We'll let you know when they respond."
        "\n\nThe Wellfound Team",
        None,
    ),
    (
        "Wealthsimple",
        "screen",
        "2025-07-10",
        WELLFOUND,
        "Wealthsimple sent you a message",
        'Hi Arjun,\n\nWealthsimple sent you a message:\n\n"Hey Arjun, loved your background - want to chat Thursday for '
        '20 minutes? - Dana, Talent"\n\nReply on Wellfound',
        None,
    ),
    (
        "KOHO",
        "interview",
        "2025-07-14",
        NINA,
        "KOHO - technical interview",
        "Hi Arjun,\n\nThanks for applying to KOHO! We'd like to invite you to a technical interview with two of our "
        "engineers on Friday.\n\nNina Okoye\nEngineering Manager",
        None,
    ),
    (
        "Wealthsimple",
        "interview",
        "2025-07-16",
        WELLFOUND,
        "Update on your application to Wealthsimple",
        "Hi Arjun,\n\nWealthsimple has moved your application to the interview stage. They'll reach out to schedule "
        "your interviews.\n\nThe Wellfound Team",
        None,
    ),
    (
        "RBC",
        "rejected",
        "2025-07-18",
        RBC,
        "Your application with RBC",
        "Dear Arjun,\n\nThank you for your interest in RBC. We have decided to pursue other candidates for this "
        "position.\n\nRBC Talent Acquisition",
        1,
    ),
    (
        "KOHO",
        "offer",
        "2025-07-25",
        NINA,
        "RE: KOHO - technical interview",
        "Hi Arjun,\n\nThe team loved working through the problem with you - we'd like to make you an offer! $128k plus "
        "options. I'll send the details today.\n\nNina",
        4,
    ),
    (
        "KOHO",
        "accepted",
        "2025-07-28",
        ME,
        "RE: KOHO - technical interview",
        "Hi Nina,\n\nI'm excited to accept! Thank you.\n\nArjun",
        7,
        NINA,
    ),
    (
        "Wealthsimple",
        "withdrew",
        "2025-07-28",
        ME,
        "Withdrawing my application",
        "Hi Dana,\n\nThank you for your time. I've accepted another offer and would like to withdraw my application "
        "for the Software Engineer, Backend role at Wealthsimple.\n\nBest,\nArjun",
        None,
        "Dana Fraser <dana.fraser@wealthsimple.example>",
    ),
]

_NEGATIVES = [
    (
        "Wellfound <jobs@wellfound.example>",
        "Your weekly startup jobs",
        "alert",
        "Backend Engineer - Toronto. Platform Engineer - Remote. View jobs.",
    ),
    (
        "Pointer <newsletter@pointer.example>",
        "Pointer #600",
        "newsletter",
        "Essential reading for engineering leaders. Unsubscribe.",
    ),
    (
        "Kevin Tran <kevin@techrecruit-to.example>",
        "Senior Backend Developer - Bay St",
        "outreach",
        "Hi Arjun, I'm working on a Senior Backend role at a bank on Bay St. Open to a chat?",
    ),
    (
        "RBC Royal Bank <alerts@rbc.example>",
        "Account alert",
        "other",
        "A withdrawal of $60.00 was made from your account.",
    ),
    (
        "TTC <noreply@ttc.example>",
        "Service advisory",
        "other",
        "Line 1 closure this weekend.",
    ),
    (
        "Rohan Shah <rohan.shah@gmail.example>",
        "rent",
        "personal",
        "Sent you my half of the rent.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ARJUN,
        offset=lambda d: "-0400",
        clock="14:25:00",
        neg_start="2025-07-06",
        neg_step=4,
        neg_clock="20:40:00",
        tag="fivehundredthirtyone",
        host="fastmail.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
