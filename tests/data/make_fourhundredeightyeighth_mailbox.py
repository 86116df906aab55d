"""A four-hundred-and-eighty-eighth mailbox, written as a held-out check after the four-hundred-and-eighty-seventh
(issue #24).

Priya Patel, a physiotherapist in Leeds, keeps her search in Gmail and exports it with Takeout.  NHS England trusts
recruit through TRAC: "Thank you for your application for Band 6 Physiotherapist - MSK (Job Reference 180-AHP-6612)"
from "Leeds Teaching Hospitals NHS Trust", "You have been shortlisted for interview", "Interview confirmation", "I am
pleased to offer you the post ... subject to satisfactory pre-employment checks", "Unfortunately on this occasion you
have not been shortlisted", a private practice's own mail ("we'd love you to come in and meet the team"), her thanks
and her acceptance on TRAC's reply.  Negatives: NHS Jobs' alert, the CSP's newsletter, an HCPC reminder, a locum
agency's "Physio locum shifts available", a gym promotion and her brother.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.patel.physio@gmail.com"
ME = f"Priya Patel <{PRIYA}>"
LTHT = "Leeds Teaching Hospitals NHS Trust <noreply@trac.example>"
BRADFORD = "Bradford Teaching Hospitals NHS Foundation Trust <noreply@trac.example>"
MOVE = "Tom Baker <tom@movephysio.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Leeds Teaching Hospitals NHS Trust",
        "applied",
        "2025-03-03",
        LTHT,
        "Application received - Band 6 Physiotherapist - MSK",
        "Dear Priya,\n\nThank you for your application for Band 6 Physiotherapist - MSK (Job Reference 180-AHP-6612). "
        "Your application will be passed to the shortlisting panel.\n\nLeeds Teaching Hospitals NHS Trust",
        "t-ltht",
    ),
    (
        "Bradford Teaching Hospitals NHS Foundation Trust",
        "applied",
        "2025-03-04",
        BRADFORD,
        "Application received - Band 6 Physiotherapist - Rotational",
        "Dear Priya,\n\nThank you for your application for Band 6 Physiotherapist - Rotational (Job Reference "
        "390-BTH-2211).\n\nBradford Teaching Hospitals NHS Foundation Trust",
        "t-bth",
    ),
    (
        "Move Physio",
        "applied",
        "2025-03-05",
        ME,
        "Physiotherapist role - Priya Patel",
        "Hi Tom,\n\nI'd like to apply for the physiotherapist role advertised on your website. My CV is attached.\n\n"
        "Best wishes,\nPriya Patel",
        "t-move",
    ),
    (
        "Leeds Teaching Hospitals NHS Trust",
        "interview",
        "2025-03-14",
        LTHT,
        "Shortlisted for interview - Band 6 Physiotherapist - MSK",
        "Dear Priya,\n\nCongratulations, you have been shortlisted for interview for Band 6 Physiotherapist - MSK. Please "
        "log in to TRAC to book an interview slot.\n\nLeeds Teaching Hospitals NHS Trust",
        "t-ltht",
    ),
    (
        "Bradford Teaching Hospitals NHS Foundation Trust",
        "rejected",
        "2025-03-17",
        BRADFORD,
        "Application update - Band 6 Physiotherapist - Rotational",
        "Dear Priya,\n\nThank you for your interest in this post. Unfortunately on this occasion you have not been "
        "shortlisted.\n\nBradford Teaching Hospitals NHS Foundation Trust",
        "t-bth",
    ),
    (
        "Move Physio",
        "interview",
        "2025-03-18",
        MOVE,
        "Re: Physiotherapist role - Priya Patel",
        "Hi Priya,\n\nThanks for getting in touch - great CV! We'd love you to come in and meet the team on Friday "
        "afternoon for a chat and a look round the clinic.\n\nTom\nMove Physio",
        "t-move",
    ),
    (
        "Move Physio",
        "thank_you",
        "2025-03-21",
        ME,
        "Re: Physiotherapist role - Priya Patel",
        "Hi Tom,\n\nThanks so much for showing me round this afternoon - lovely to meet everyone.\n\nPriya",
        "t-move",
    ),
    (
        "Leeds Teaching Hospitals NHS Trust",
        "offer",
        "2025-03-28",
        LTHT,
        "Conditional offer - Band 6 Physiotherapist - MSK",
        "Dear Priya,\n\nFollowing your interview, I am pleased to offer you the post of Band 6 Physiotherapist - MSK, "
        "subject to satisfactory pre-employment checks. Please log in to TRAC to accept.\n\nLeeds Teaching Hospitals "
        "NHS Trust",
        "t-ltht2",
    ),
    (
        "Leeds Teaching Hospitals NHS Trust",
        "accepted",
        "2025-03-29",
        ME,
        "RE: Conditional offer - Band 6 Physiotherapist - MSK",
        "Dear Recruitment Team,\n\nThank you - I am delighted to accept the post and have accepted it on TRAC.\n\nKind "
        "regards,\nPriya Patel",
        "t-ltht2",
    ),
    (
        "Move Physio",
        "withdrew",
        "2025-03-31",
        ME,
        "Re: Physiotherapist role - Priya Patel",
        "Hi Tom,\n\nThank you for Friday. I've accepted an NHS post, so I'll withdraw from your role - I hope we cross "
        "paths again.\n\nPriya",
        "t-move",
    ),
]

_NEGATIVES = [
    (
        "NHS Jobs <alerts@jobs.nhs.example>",
        "New jobs matching your search: Physiotherapist",
        "alert",
        "Band 5 Physiotherapist - Harrogate. Band 6 Physiotherapist - Wakefield. View jobs.",
    ),
    (
        "CSP <news@csp.example>",
        "Frontline weekly",
        "newsletter",
        "News for physiotherapists. Unsubscribe.",
    ),
    (
        "HCPC <noreply@hcpc.example>",
        "Your registration renewal",
        "other",
        "Your registration is due for renewal.",
    ),
    (
        "Locum Physio Direct <shifts@locumphysio.example>",
        "Physio locum shifts available",
        "newsletter",
        "Locum shifts across Yorkshire this month. Reply to book. Unsubscribe.",
    ),
    (
        "PureGym <offers@puregym.example>",
        "Join for £0 this week",
        "shop",
        "Offer ends Sunday.",
    ),
    (
        "Raj Patel <raj.patel@gmail.example>",
        "Mum's birthday",
        "personal",
        "Don't forget Mum's birthday on Sunday!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PRIYA,
        own_to={
            "Move Physio": MOVE,
            "Leeds Teaching Hospitals NHS Trust": "Leeds Teaching Hospitals NHS Trust <recruitment@leedsth.example>",
        },
        offset="+0000",
        clock="13:00:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:55:00",
        tag="fourhundredeightyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
