"""A five-hundred-and-eighty-sixth mailbox, written as a held-out check after the five-hundred-and-eighty-fifth (issue
#24).

Thabo Nkosi, an actuarial analyst in Johannesburg, keeps his search in Gmail and exports it with Takeout. South
African employers hire through Workday, SuccessFactors and job boards, and an agency for its client: PNet's "Your
application for Actuarial Analyst at Discovery has been sent", Standard Bank's Workday "Thank you for applying to
Standard Bank", a Network Recruitment consultant's "I've submitted your CV to our client, Old Mutual, for the Pricing
Actuarial Analyst role", Discovery's "you have been shortlisted for a competency-based interview", "Old Mutual would
like to interview you on Tuesday", Standard Bank's "Unfortunately your application was unsuccessful", Discovery's
"final panel interview at our Sandton head office", the consultant's "Old Mutual has decided to proceed with another
candidate", Discovery's "We are pleased to offer you the position", his "I accept the offer with thanks" and his
thanks after the panel. Negatives: Careers24's alert, an actuarial society's newsletter, a second agency's cold mail,
Discovery's own Vitality points mail (a company he applied to), his bank's SMS-style notice and his mother. Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

THABO = "thabo.nkosi.act@gmail.com"
ME = f"Thabo Nkosi <{THABO}>"
PNET = "PNet <noreply@pnet.example>"
SB = "Standard Bank <standardbank@myworkday.example>"
LERATO = "Lerato Mokoena <lerato.mokoena@networkrecruitment.example>"
DISC = "Discovery Careers <careers@discovery.example>"
NALEDI = "Naledi Dlamini <naledid@discovery.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Discovery",
        "applied",
        "2025-06-02",
        PNET,
        "Your application has been sent",
        "Hi Thabo,\n\nYour application for Actuarial Analyst at Discovery has been sent. Good luck!\n\nThe PNet Team",
        "t-disc",
    ),
    (
        "Standard Bank",
        "applied",
        "2025-06-03",
        SB,
        "Thank you for applying to Standard Bank",
        "Dear Thabo,\n\nThank you for applying for the Actuarial Analyst: Credit Risk role (Req 2504412) at Standard "
        "Bank. We will review your application.\n\nStandard Bank Talent Acquisition",
        "t-sb",
    ),
    (
        "Old Mutual",
        "applied",
        "2025-06-04",
        LERATO,
        "Pricing Actuarial Analyst - Old Mutual",
        "Hi Thabo,\n\nThanks for your time today. I've submitted your CV to our client, Old Mutual, for the Pricing "
        "Actuarial Analyst role. I'll revert as soon as I have feedback.\n\nKind regards,\nLerato Mokoena\nNetwork "
        "Recruitment",
        "t-om",
    ),
    (
        "Discovery",
        "interview",
        "2025-06-09",
        DISC,
        "Actuarial Analyst - next step",
        "Dear Thabo,\n\nCongratulations, you have been shortlisted for a competency-based interview with the Head of "
        "Pricing on 13 June via Teams.\n\nDiscovery Careers",
        "t-disc2",
    ),
    (
        "Old Mutual",
        "interview",
        "2025-06-10",
        LERATO,
        "RE: Pricing Actuarial Analyst - Old Mutual",
        "Hi Thabo,\n\nGreat news - Old Mutual would like to interview you on Tuesday at 10:00 with the Pricing "
        "Manager.\n\nKind regards,\nLerato",
        "t-om",
    ),
    (
        "Standard Bank",
        "rejected",
        "2025-06-12",
        SB,
        "Your application with Standard Bank",
        "Dear Thabo,\n\nThank you for your interest in Standard Bank. Unfortunately your application was unsuccessful "
        "on this occasion.\n\nStandard Bank Talent Acquisition",
        "t-sb",
    ),
    (
        "Discovery",
        "onsite",
        "2025-06-17",
        NALEDI,
        "Final interview - Actuarial Analyst",
        "Dear Thabo,\n\nThank you for your interview. We'd like to invite you to a final panel interview at our Sandton "
        "head office on 24 June at 09:00.\n\nNaledi Dlamini\nTalent Acquisition, Discovery",
        "t-disc3",
    ),
    (
        "Old Mutual",
        "rejected",
        "2025-06-19",
        LERATO,
        "RE: Pricing Actuarial Analyst - Old Mutual",
        "Hi Thabo,\n\nI've had feedback: Old Mutual has decided to proceed with another candidate. I'll keep looking "
        "for you.\n\nKind regards,\nLerato",
        "t-om",
    ),
    (
        "Discovery",
        "thank_you",
        "2025-06-24",
        ME,
        "RE: Final interview - Actuarial Analyst",
        "Dear Naledi,\n\nThank you for arranging today's panel interview. I enjoyed meeting the team.\n\nKind regards,"
        "\nThabo",
        "t-disc3",
    ),
    (
        "Discovery",
        "offer",
        "2025-07-01",
        NALEDI,
        "Offer - Actuarial Analyst",
        "Dear Thabo,\n\nWe are pleased to offer you the position of Actuarial Analyst. Please find your offer letter "
        "attached.\n\nNaledi",
        "t-disc4",
    ),
    (
        "Discovery",
        "accepted",
        "2025-07-02",
        ME,
        "RE: Offer - Actuarial Analyst",
        "Dear Naledi,\n\nI accept the offer with thanks. I look forward to starting.\n\nKind regards,\nThabo",
        "t-disc4",
    ),
]

_NEGATIVES = [
    (
        "Careers24 <alerts@careers24.example>",
        "New jobs: Actuarial Analyst",
        "alert",
        "Actuarial Analyst - Sandton. Data Scientist - Cape Town. View jobs.",
    ),
    (
        "ASSA <news@actuarialsociety.example>",
        "ASSA newsletter",
        "newsletter",
        "News for members. Unsubscribe.",
    ),
    (
        "Pieter van Wyk <pieter@actuarialrecruit.example>",
        "Actuarial roles in Cape Town",
        "outreach",
        "Hi Thabo, I have a few actuarial roles in Cape Town. Would you be open to relocating?",
    ),
    (
        "Discovery Vitality <vitality@discovery.example>",
        "You've earned Vitality points",
        "other",
        "You earned 500 points this week. Unsubscribe.",
    ),
    (
        "FNB <notifications@fnb.example>",
        "FNB: payment received",
        "other",
        "A payment of R1,250.00 was received.",
    ),
    (
        "Mama <zodwa.nkosi@gmail.example>",
        "Sunday",
        "personal",
        "Come for lunch on Sunday.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=THABO,
        own_to={"Discovery": NALEDI},
        offset="+0200",
        clock="10:05:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="20:10:00",
        tag="fivehundredeightysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
