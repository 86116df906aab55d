"""A two-hundred-and-fifty-second mailbox, written as a held-out check after the two-hundred-and-fifty-first
(issue #24).

Bec, a project coordinator in Melbourne, exports Gmail with Takeout.  Australian hiring: SEEK's "Your application
was sent", PageUp's receipt from a university, a state department's "expression of interest" (EOI) and its
"merit pool", a recruiter at an agency "presenting you to my client" named at the interview, "you've been
unsuccessful on this occasion", a "reference check" before a "verbal offer", and a "letter of offer" to "sign via
the portal".  Negatives: SEEK's recommended jobs, a Myki top-up, Officeworks, a footy tipping comp, a mate.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BEC = "bec.nguyen.pm@gmail.com"
ME = f"Bec Nguyen <{BEC}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Yarra Civil",
        "applied",
        "2025-05-05",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was sent to Yarra Civil",
        "Hi Bec,\n\nYour application for Project Coordinator was sent to Yarra Civil.\n\nGood luck!\nSEEK",
        "y1",
    ),
    (
        "Monash Bay University",
        "applied",
        "2025-05-06",
        "Monash Bay University Careers <noreply@pageuppeople.com>",
        "Application received - Project Coordinator, Research Infrastructure",
        "Dear Bec,\n\nThank you for your application for Project Coordinator, Research Infrastructure (Job No. "
        "672345) at Monash Bay University. Your application will be assessed after the closing date.\n\nRegards,\n"
        "Talent Acquisition\nMonash Bay University",
        "m1",
    ),
    (
        "Department of Transport Victoria",
        "applied",
        "2025-05-07",
        "Careers.vic <no-reply@careers.vic.gov.au>",
        "Thank you for your expression of interest - VPS4 Project Officer",
        "Dear Bec,\n\nThank you for submitting an expression of interest for the VPS4 Project Officer role with the "
        "Department of Transport Victoria. Shortlisted applicants will be contacted.\n\nCareers.vic",
        "d1",
    ),
    (
        "Southbank Health",
        "applied",
        "2025-05-08",
        "Jess Taylor <jess.taylor@hays-style.example>",
        "Project Coordinator - health",
        "Hi Bec,\n\nThanks for the chat today. As discussed, I've presented you to my client, a large health provider "
        "in the CBD, for the Project Coordinator contract. I'll come back to you once I hear.\n\nCheers,\nJess "
        "Taylor\nSenior Consultant",
        "h1",
    ),
    (
        "Yarra Civil",
        "screen",
        "2025-05-12",
        "Dave Russo <dave.russo@yarracivil.com.au>",
        "Project Coordinator - quick chat",
        "Hi Bec,\n\nThanks for applying. Keen to have a quick phone chat this week about the role and the projects "
        "we've got on - does Wednesday arvo suit?\n\nCheers,\nDave",
        "y2",
    ),
    (
        "Southbank Health",
        "interview",
        "2025-05-14",
        "Jess Taylor <jess.taylor@hays-style.example>",
        "RE: Project Coordinator - health",
        "Hi Bec,\n\nGood news - my client is Southbank Health and they'd like to interview you on Friday at 11am at "
        "their Southbank office with the PMO lead.\n\nCheers,\nJess",
        "h1",
    ),
    (
        "Monash Bay University",
        "rejected",
        "2025-05-19",
        "Monash Bay University Careers <noreply@pageuppeople.com>",
        "Your application - Project Coordinator, Research Infrastructure",
        "Dear Bec,\n\nThank you for your interest in this position. We regret to advise that you have been "
        "unsuccessful on this occasion. We encourage you to apply for future positions.\n\nTalent Acquisition",
        "m1",
    ),
    (
        "Yarra Civil",
        "interview",
        "2025-05-20",
        "Dave Russo <dave.russo@yarracivil.com.au>",
        "RE: Project Coordinator - quick chat",
        "Hi Bec,\n\nGood chatting. Can you come in to meet me and our Construction Manager next Tuesday at 9? Our "
        "office is on Church St, Richmond.\n\nCheers,\nDave",
        "y2",
    ),
    (
        "Southbank Health",
        "rejected",
        "2025-05-23",
        "Jess Taylor <jess.taylor@hays-style.example>",
        "RE: Project Coordinator - health",
        "Hi Bec,\n\nJust heard back - they've gone with a candidate with more health sector experience. Sorry it "
        "wasn't better news; I'll keep you front of mind.\n\nCheers,\nJess",
        "h1",
    ),
    (
        "Department of Transport Victoria",
        "rejected",
        "2025-05-28",
        "Careers.vic <no-reply@careers.vic.gov.au>",
        "Outcome of your application - VPS4 Project Officer",
        "Dear Bec,\n\nThank you for your interest. The panel has now completed its assessment and you have not been "
        "shortlisted for interview. You will not be placed in the merit pool for this role.\n\nCareers.vic",
        "d1",
    ),
    (
        "Yarra Civil",
        "offer",
        "2025-05-30",
        "Dave Russo <dave.russo@yarracivil.com.au>",
        "Letter of offer - Project Coordinator",
        "Hi Bec,\n\nRefs came back glowing - as discussed on the phone, we'd love you to join the team. Your letter "
        "of offer is in the portal; sign it via the link when you're ready.\n\nCheers,\nDave",
        "y3",
    ),
    (
        "Yarra Civil",
        "accepted",
        "2025-06-02",
        ME,
        "Re: Letter of offer - Project Coordinator",
        "Hi Dave,\n\nAll signed! Thanks so much, really looking forward to starting on the 16th.\n\nCheers,\nBec",
        "y3",
    ),
]

_OWN_TO = {"Yarra Civil": "Dave Russo <dave.russo@yarracivil.com.au>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "SEEK <noreply@s.seek.com.au>",
        "Recommended jobs: Project Coordinator",
        "alert",
        "Project Coordinator - Docklands; Project Support Officer - Box Hill; PMO Analyst - Melbourne CBD.",
    ),
    (
        "PTV <noreply@ptv.example>",
        "Your myki has been topped up",
        "other",
        "Your myki was topped up with $50.00.",
    ),
    (
        "Officeworks <orders@officeworks.example>",
        "Your order is ready to collect",
        "shop",
        "Your order is ready for click & collect at Richmond.",
    ),
    (
        "Footy Tips HQ <admin@footytips.example>",
        "Round 9 tips are due Thursday",
        "newsletter",
        "Get your Round 9 tips in before the first bounce on Thursday night.",
    ),
    (
        "Sam Pham <sam.pham@outlook.example>",
        "Pho Saturday?",
        "personal",
        "Pho in Footscray Saturday? I'll drive.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=BEC,
        own_to=_OWN_TO,
        offset="+1000",
        clock="10:40:00",
        neg_start="2025-05-04",
        neg_step=6,
        neg_clock="20:30:00",
        tag="twohundredfiftytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
