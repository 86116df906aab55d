"""A hundred-and-forty-fifth mailbox, written as a held-out check after the hundred-and-forty-fourth (issue #24).

Marcus, a financial analyst in Atlanta, saves his Outlook mail as .eml files.  His steps arrive the long way: a
GoodTime confirmation and its reschedule, a decision "pushed to next week", a verbal offer with "the written offer
to follow", a negotiation over the base, a background check that is no new step, and an offer rescinded after a
hiring freeze.  He forwards one invitation from his university address.  His negatives: his landlord, Delta,
a CFA Institute mail, a bank, a recruiter's pitch, a survey after an interview, a job alert.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.hill.fin@outlook.com"
_ME = f"Marcus Hill <{MARCUS}>"
_ERIN = "Erin Walsh <erin.walsh@peachtreecap.com>"
_RAY = "Ray Dixon <rdixon@southlandfoods.com>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Peachtree Capital",
        "applied",
        "2025-02-03",
        "Peachtree Capital <no-reply@greenhouse.io>",
        "Thank you for applying to Peachtree Capital",
        "Hi Marcus,\n\nThanks for applying to Peachtree Capital. We've "
        "received your application for Financial Analyst, FP&A.",
        None,
    ),
    (
        "Peachtree Capital",
        "interview",
        "2025-02-11",
        "Peachtree Capital <scheduling@goodtime.io>",
        "Interview Confirmation: Financial Analyst, FP&A",
        "Hi Marcus,\n\nYour interview with Peachtree Capital is "
        "confirmed for Tuesday, February 18 at 2:00 PM ET with Erin Walsh (FP&A Manager) and Sam Lee (Senior Analyst). "
        "Join via Zoom.",
        None,
    ),
    (
        "Peachtree Capital",
        "reply",
        "2025-02-25",
        _ERIN,
        "Update",
        "Hi Marcus,\n\nThanks for your patience. Our decision has been pushed to next week while we finish the last two "
        "interviews. I'll be in touch by Friday the 7th.\n\nErin",
        None,
    ),
    (
        "Peachtree Capital",
        "offer",
        "2025-03-06",
        _ERIN,
        "Great news",
        "Hi Marcus,\n\nIt was great speaking with you on the phone just now. As discussed, we'd love for you to join "
        "the FP&A team! The written offer will follow from HR tomorrow.\n\nErin",
        None,
    ),
    (
        "Peachtree Capital",
        "accepted",
        "2025-03-12",
        _ME,
        "RE: Great news",
        "Hi Erin,\n\nThank you for working with me on the base. I'm happy to accept the offer at $88,000 and look "
        "forward to starting on April 1.\n\nBest,\nMarcus",
        _ERIN,
    ),
    (
        "Southland Foods",
        "applied",
        "2025-02-04",
        "Southland Foods <southlandfoods@myworkday.com>",
        "Thank you for applying",
        "Dear Marcus,\n\nThank you for applying for the Senior Financial Analyst position at Southland Foods (R-2211).",
        None,
    ),
    (
        "Southland Foods",
        "screen",
        "2025-02-10",
        _RAY,
        "Senior Financial Analyst - phone screen",
        "Marcus,\n\nI'm the recruiter for the Senior Financial Analyst role. Are you available for a 30-minute phone "
        "screen on Thursday?\n\nRay Dixon\nTalent Acquisition Partner, Southland Foods",
        None,
    ),
    (
        "Southland Foods",
        "offer",
        "2025-02-24",
        _RAY,
        "Offer - Senior Financial Analyst",
        "Marcus,\n\nCongratulations! Southland Foods is pleased to offer you the Senior Financial Analyst position at "
        "$92,000. Please review the attached letter.\n\nRay",
        None,
    ),
    (
        "Southland Foods",
        "rejected",
        "2025-03-04",
        _RAY,
        "Senior Financial Analyst - update",
        "Marcus,\n\nI'm very sorry to share this. Due to a company-wide hiring freeze announced this morning, we have "
        "to rescind the offer for the Senior Financial Analyst position. I know this is disappointing and I'm happy to "
        "be a reference for you.\n\nRay",
        None,
    ),
    (
        "Magnolia Insurance",
        "applied",
        "2025-02-06",
        "Magnolia Insurance Careers <noreply@icims.com>",
        "Magnolia Insurance: Application Received",
        "Dear Marcus,\n\nThank you for your interest in Magnolia Insurance. "
        "We have received your application for Financial Analyst II.",
        None,
    ),
    (
        "Magnolia Insurance",
        "interview",
        "2025-02-14",
        "Marcus Hill <mhill27@gsu.edu>",
        "Fwd: Interview invitation - Financial Analyst II",
        "---------- Forwarded message ---------\nFrom: Tina Grace <tgrace@magnoliains.com>\nDate: Fri, Feb 14, 2025 at "
        "9:12 AM\nSubject: Interview invitation - Financial Analyst II\nTo: Marcus Hill <mhill27@gsu.edu>\n\nDear "
        "Marcus,\n\nWe would like to invite you to interview for the Financial Analyst II position on February 20 at "
        "10:00 AM at our Buckhead office.\n\nTina Grace\nHR Business Partner, Magnolia Insurance",
        None,
    ),
    (
        "Magnolia Insurance",
        "withdrew",
        "2025-03-13",
        _ME,
        "Financial Analyst II - withdrawal",
        "Dear Tina,\n\nThank you for the opportunity to interview. I have accepted another offer and would like to "
        "withdraw my application.\n\nSincerely,\nMarcus Hill",
        "Tina Grace <tgrace@magnoliains.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Peachtree Capital <surveys@greenhouse.io>",
        "How was your interview experience?",
        "survey",
        "Hi Marcus, please take 2 minutes to tell us about your interview experience with Peachtree Capital.",
    ),
    (
        "Midtown Lofts <leasing@midtownlofts.com>",
        "Your renewal offer",
        "other",
        "Your lease renewal offer is ready: 12 months at $1,850. Please respond by March 15.",
    ),
    (
        "Delta Air Lines <deltaairlines@t.delta.com>",
        "Your trip confirmation",
        "shop",
        "ATL to LGA, March 21. Confirmation #G7K2LP.",
    ),
    (
        "CFA Institute <info@cfainstitute.org>",
        "Your Level II exam window",
        "other",
        "Your Level II exam appointment is confirmed for May 17 at 8:00 AM.",
    ),
    (
        "Truist <alerts@truist.com>",
        "Your statement is ready",
        "other",
        "Your February statement is now available in online banking.",
    ),
    (
        "Alicia Ford <aford@finsearchgroup.com>",
        "FP&A Manager opportunity",
        "outreach",
        "Hi Marcus, I have an FP&A Manager role with a client in Alpharetta. Open to a conversation?",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Financial Analyst: 14 new jobs in Atlanta",
        "alert",
        "Financial Analyst - Delta - Atlanta. FP&A Analyst - Home Depot - Atlanta. See all jobs.",
    ),
    (
        "Southland Foods <hr@southlandfoods.com>",
        "Background check authorization",
        "onboarding",
        "Marcus, please complete the background check authorization in our portal so we can finalize your start date.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Outlook saves them."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=_ME,
        offset="-0500",
        clock="16:35:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="07:25:00",
        tag="hundredfortyfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), MARCUS)
