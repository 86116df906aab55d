"""A three-hundred-and-seventy-first mailbox, written as a held-out check after the three-hundred-and-seventieth
(issue #24).

Tasha, a bootcamp graduate in Atlanta changing careers from teaching, exports Gmail with Takeout.  Two applications
among a bootcamp's career services, which speak a job search's every word: "Your mock technical interview is booked",
"Resume review: feedback from your career coach", "Hiring partner spotlight: apply to Delta Tech Ops by Friday",
"Demo Day: employers want to meet you", "Congratulations, you graduated!", "Your job search check-in", "Offer
negotiation workshop", a classmate's "I got an offer!!", a teacher job board's alert, a school district's contract
renewal for the job she is leaving, and Handshake-style alerts.  The applications: a Greenhouse receipt, a take-home,
an interview, a refusal; a Lever receipt, a recruiter's call, an offer and her acceptance.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TASHA = "tasha.williams.dev@gmail.com"
ME = f"Tasha Williams <{TASHA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Peachtree Health Tech",
        "applied",
        "2025-07-07",
        "Peachtree Health Tech <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Peachtree Health Tech",
        "Hi Tasha,\n\nThanks for applying to the Junior Software Engineer role at Peachtree Health Tech. We'll review "
        "your application soon.\n\nPeachtree Health Tech Recruiting",
        "t1",
    ),
    (
        "Midtown Ledger",
        "applied",
        "2025-07-08",
        "Midtown Ledger <no-reply@hire.lever.co>",
        "Your application to Midtown Ledger",
        "Hi Tasha -\n\nThanks for applying for the Associate Frontend Engineer role at Midtown Ledger. We're reviewing "
        "your application.\n\nMidtown Ledger Talent",
        "t2",
    ),
    (
        "Peachtree Health Tech",
        "interview",
        "2025-07-14",
        "Peachtree Health Tech <no-reply@us.greenhouse-mail.io>",
        "Peachtree Health Tech - Take-home assignment",
        "Hi Tasha,\n\nThanks for your interest! The next step is a take-home coding assignment (about 3 hours). Please "
        "submit it within a week.\n\nPeachtree Health Tech Recruiting",
        "t1",
    ),
    (
        "Midtown Ledger",
        "screen",
        "2025-07-15",
        "Andre Lewis <andre.lewis@midtownledger.com>",
        "Midtown Ledger - quick chat?",
        "Hi Tasha,\n\nI'm the recruiter for our Associate Frontend Engineer role. Do you have 20 minutes this week for a "
        "quick call?\n\nAndre Lewis\nTechnical Recruiter",
        "t2",
    ),
    (
        "Peachtree Health Tech",
        "interview",
        "2025-07-22",
        "Peachtree Health Tech <no-reply@us.greenhouse-mail.io>",
        "Interview with Peachtree Health Tech",
        "Hi Tasha,\n\nThe team enjoyed your take-home! We'd like to invite you to a 60-minute technical interview with "
        "two engineers on Thursday.\n\nPeachtree Health Tech Recruiting",
        "t1",
    ),
    (
        "Peachtree Health Tech",
        "rejected",
        "2025-07-30",
        "Peachtree Health Tech <no-reply@us.greenhouse-mail.io>",
        "Your application to Peachtree Health Tech",
        "Hi Tasha,\n\nThank you for the time you spent with us. We've decided to move forward with another candidate "
        "for this role.\n\nPeachtree Health Tech Recruiting",
        "t1",
    ),
    (
        "Midtown Ledger",
        "offer",
        "2025-08-05",
        "Andre Lewis <andre.lewis@midtownledger.com>",
        "Offer - Associate Frontend Engineer",
        "Hi Tasha,\n\nCongratulations! We'd like to offer you the Associate Frontend Engineer role at $92,000. Your "
        "offer letter is attached.\n\nAndre",
        "t2",
    ),
    (
        "Midtown Ledger",
        "accepted",
        "2025-08-06",
        ME,
        "Re: Offer - Associate Frontend Engineer",
        "Hi Andre,\n\nI'm thrilled to accept! Signed offer letter attached.\n\nTasha",
        "t2",
    ),
]

_NEGATIVES = [
    (
        "Bootcamp Career Services <careers@codeforgeacademy.example>",
        "Your mock technical interview is booked",
        "other",
        "Hi Tasha, your mock technical interview with a career coach is booked for Tuesday at 2pm. Come ready to code!",
    ),
    (
        "Dana Brooks <dana.brooks@codeforgeacademy.example>",
        "Resume review: feedback from your career coach",
        "other",
        "Hi Tasha, great resume! A few notes: lead with your projects, and quantify your teaching impact.",
    ),
    (
        "Bootcamp Career Services <careers@codeforgeacademy.example>",
        "Hiring partner spotlight: apply to Delta Tech Ops by Friday",
        "newsletter",
        "Our hiring partner Delta Tech Ops is hiring junior developers. Apply by Friday through the partner portal.",
    ),
    (
        "Bootcamp Career Services <careers@codeforgeacademy.example>",
        "Demo Day: employers want to meet you",
        "newsletter",
        "Over 40 employers will attend Demo Day on July 18. Prepare your 2-minute pitch!",
    ),
    (
        "CodeForge Academy <hello@codeforgeacademy.example>",
        "Congratulations, you graduated!",
        "other",
        "Congratulations on completing the Full-Stack Software Engineering program! Your certificate is attached.",
    ),
    (
        "Dana Brooks <dana.brooks@codeforgeacademy.example>",
        "Your job search check-in",
        "other",
        "Hi Tasha, how many applications did you send this week? Any interviews coming up? Let's review at our next "
        "1:1.",
    ),
    (
        "Bootcamp Career Services <careers@codeforgeacademy.example>",
        "Offer negotiation workshop",
        "newsletter",
        "Got an offer? Join our offer negotiation workshop on Wednesday to learn how to negotiate your salary.",
    ),
    (
        "Kayla Reed <kayla.reed@gmail.example>",
        "I got an offer!!",
        "personal",
        "Tasha!!! I got an offer from the fintech I interviewed at!! Drinks on me Friday.",
    ),
    (
        "TeachAtlanta Jobs <alerts@teachatlanta.example>",
        "New teaching jobs in Fulton County",
        "alert",
        "5th Grade Teacher - Fulton County Schools. Apply now.",
    ),
    (
        "Fulton County Schools HR <hr@fultonschools.example>",
        "Contract renewal for 2025-26",
        "other",
        "Dear Ms. Williams, please sign your contract renewal for the 2025-26 school year by July 15.",
    ),
    (
        "Handshake <notifications@joinhandshake.com>",
        "Jobs for you: Junior Developer roles",
        "alert",
        "Junior Developer at NCR Atlanta. Software Engineer I at Cox Automotive. Apply now.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TASHA,
        own_to={"Midtown Ledger": "Andre Lewis <andre.lewis@midtownledger.com>"},
        offset="-0400",
        clock="11:45:00",
        neg_start="2025-07-06",
        neg_step=3,
        neg_clock="17:55:00",
        tag="threehundredseventyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
