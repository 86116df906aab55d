"""A five-hundred-and-twenty-first mailbox, written as a held-out check after the five-hundred-and-twentieth (issue
#24).

Kayla Robinson, an audit senior in Chicago, keeps her mail in Gmail, exported with Takeout.  The accounting firms write
under their brands and sign with their legal names: Workday's "Thank you for applying to EY" with its footer "Ernst &
Young LLP", "EY: Invitation to interview - Assurance Senior", "we have decided to move forward with other candidates
at this time" from KPMG's own careers account, a mid-size firm's Greenhouse receipt and its "superday", "Grant Thornton
is pleased to extend an offer of employment"; her thanks after the superday and her "I'm thrilled to accept".
Negatives: a CPA exam provider, the state society's newsletter, an accounting recruiter's cold mail, EY's thought-
leadership newsletter (a firm she applied to), a bank alert and her sister.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KAYLA = "kayla.robinson.cpa@gmail.com"
ME = f"Kayla Robinson <{KAYLA}>"
EY = "EY <ey@myworkday.example>"
KPMG = "KPMG Careers <careers@kpmg.example>"
GT = "Grant Thornton <no-reply@greenhouse.example>"
NINA = "Nina Patel <nina.patel@us.gt.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "EY",
        "applied",
        "2025-01-13",
        EY,
        "Thank you for applying to EY",
        "Dear Kayla,\n\nThank you for applying to EY for the Assurance Senior - Financial Services position (Req "
        "1559921). We will review your application.\n\nEY Talent Team\n\nErnst & Young LLP, 155 N Wacker Dr, Chicago",
        "t-ey",
    ),
    (
        "KPMG",
        "applied",
        "2025-01-14",
        KPMG,
        "Application received",
        "Dear Kayla,\n\nThank you for your interest in KPMG. We have received your application for Audit Senior "
        "Associate.\n\nKPMG Campus & Experienced Recruiting",
        "t-kpmg",
    ),
    (
        "Grant Thornton",
        "applied",
        "2025-01-15",
        GT,
        "Thank you for applying to Grant Thornton",
        "Hi Kayla,\n\nThank you for applying to Grant Thornton for the Audit Senior Associate role in Chicago. Our "
        "team will be in touch.\n\nGrant Thornton Talent Acquisition",
        "t-gt",
    ),
    (
        "EY",
        "interview",
        "2025-01-21",
        EY,
        "EY: Invitation to interview - Assurance Senior",
        "Dear Kayla,\n\nWe are pleased to invite you to a virtual interview with a senior manager for the Assurance "
        "Senior - Financial Services position. Please select a time using the link below.\n\nEY Talent Team\n\nErnst & "
        "Young LLP",
        "t-ey2",
    ),
    (
        "KPMG",
        "rejected",
        "2025-01-22",
        KPMG,
        "Your application with KPMG",
        "Dear Kayla,\n\nThank you for your interest in KPMG. We have decided to move forward with other candidates at "
        "this time.\n\nKPMG Campus & Experienced Recruiting",
        "t-kpmg",
    ),
    (
        "Grant Thornton",
        "onsite",
        "2025-01-24",
        NINA,
        "Grant Thornton - superday",
        "Hi Kayla,\n\nThe team enjoyed your phone interview! We'd like to invite you to our superday on February 4 at "
        "our Chicago office: three interviews with partners and managers, then lunch with the team.\n\nNina Patel\n"
        "Talent Acquisition, Grant Thornton",
        "t-gt2",
    ),
    (
        "EY",
        "rejected",
        "2025-02-03",
        EY,
        "Update on your EY application",
        "Dear Kayla,\n\nThank you for interviewing with us. After careful consideration, we will not be moving forward "
        "with your candidacy for the Assurance Senior - Financial Services position.\n\nEY Talent Team\n\nErnst & "
        "Young LLP",
        "t-ey3",
    ),
    (
        "Grant Thornton",
        "thank_you",
        "2025-02-04",
        ME,
        "RE: Grant Thornton - superday",
        "Hi Nina,\n\nThank you for organizing today's superday - it was great to meet the partners and the team.\n\n"
        "Best,\nKayla",
        "t-gt2",
    ),
    (
        "Grant Thornton",
        "offer",
        "2025-02-10",
        NINA,
        "Your offer from Grant Thornton",
        "Hi Kayla,\n\nGrant Thornton is pleased to extend an offer of employment for the Audit Senior Associate role! "
        "Your offer letter is in the candidate portal.\n\nNina",
        "t-gt3",
    ),
    (
        "Grant Thornton",
        "accepted",
        "2025-02-11",
        ME,
        "RE: Your offer from Grant Thornton",
        "Hi Nina,\n\nI'm thrilled to accept! I've signed the letter in the portal.\n\nKayla",
        "t-gt3",
    ),
]

_NEGATIVES = [
    (
        "Becker <info@becker.example>",
        "Pass the CPA exam: 20% off",
        "shop",
        "Enroll now. Unsubscribe.",
    ),
    (
        "Illinois CPA Society <news@icpas.example>",
        "Insight: February",
        "newsletter",
        "This month's issue. Unsubscribe.",
    ),
    (
        "Ryan Cole <ryan.cole@accountingtalent.example>",
        "Audit Senior roles - Chicago",
        "outreach",
        "Hi Kayla, I'm working on several audit senior roles in the Loop. Open to a quick call?",
    ),
    (
        "EY Insights <insights@ey.example>",
        "CFO Imperative: what's next",
        "newsletter",
        "Read the latest insights. Unsubscribe.",
    ),
    (
        "Chase <alerts@chase.example>",
        "Your statement is ready",
        "other",
        "Your January statement is ready.",
    ),
    (
        "Jasmine Robinson <jasmine.robinson@gmail.example>",
        "brunch",
        "personal",
        "Brunch Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KAYLA,
        own_to={"Grant Thornton": NINA},
        offset="-0600",
        clock="12:00:00",
        neg_start="2025-01-12",
        neg_step=5,
        neg_clock="20:00:00",
        tag="fivehundredtwentyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
