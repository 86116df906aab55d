"""A hundred-and-seventy-first mailbox, written as a held-out check after the hundred-and-seventieth (issue #24).

Grace, a paralegal in New York applying to law firms, exported Gmail with Takeout.  Law firms' names have commas and
ampersands ("Harlow, Pierce & Wendt LLP"); their mail asks for a writing sample, invites to a "callback" with
partners, runs a conflicts check before an offer, and comes from recruiting coordinators and a legal recruiter.
Negatives: bar association newsletters, a legal-tech vendor, a CLE webinar, a recruiter's pitch, a court's jury
summons and job alerts.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GRACE = "grace.obi.legal@gmail.com"
ME = f"Grace Obi <{GRACE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Harlow, Pierce & Wendt LLP",
        "applied",
        "2025-06-02",
        '"Harlow, Pierce & Wendt LLP" <hpw@myworkday.com>',
        "Thank you for applying to Harlow, Pierce & Wendt LLP",
        "Dear Grace,\n\nThank you for your application for the Litigation Paralegal position in our New York office. "
        "Our legal recruiting team will review your materials.\n\nHarlow, Pierce & Wendt LLP\nLegal Recruiting",
        "h1",
    ),
    (
        "Castellano & Ruiz LLP",
        "applied",
        "2025-06-03",
        "Castellano & Ruiz LLP <careers@castellanoruiz.com>",
        "Application received - Corporate Paralegal",
        "Dear Ms. Obi,\n\nWe acknowledge receipt of your application for the Corporate Paralegal position. If your "
        "qualifications match our needs, a member of our recruiting team will contact you.\n\nCastellano & Ruiz LLP",
        "c1",
    ),
    (
        "Meridian Legal Aid Society",
        "applied",
        "2025-06-04",
        "Meridian Legal Aid Society <no-reply@hire.lever.co>",
        "Thanks for applying to Meridian Legal Aid Society",
        "Hi Grace,\n\nThanks for applying for our Housing Paralegal role! We're reviewing applications on a rolling "
        "basis.\n\nMeridian Legal Aid Society",
        "m1",
    ),
    (
        "Harlow, Pierce & Wendt LLP",
        "interview",
        "2025-06-10",
        "Nora Kessler <nkessler@hpwlaw.com>",
        "Litigation Paralegal - writing sample and interview",
        "Dear Grace,\n\nThank you for your interest in Harlow, Pierce & Wendt. We would like to invite you to a "
        "first-round interview with our paralegal manager on June 16. Please also send us a short writing sample "
        "(no more than 5 pages) before then.\n\nBest regards,\nNora Kessler\nLegal Recruiting Coordinator",
        "h2",
    ),
    (
        "Castellano & Ruiz LLP",
        "rejected",
        "2025-06-12",
        "Castellano & Ruiz LLP <careers@castellanoruiz.com>",
        "Your application - Corporate Paralegal",
        "Dear Ms. Obi,\n\nThank you for your interest in Castellano & Ruiz. After careful review, we have decided to "
        "pursue candidates whose experience more closely matches the needs of our corporate group.\n\nCastellano & "
        "Ruiz LLP",
        "c2",
    ),
    (
        "Meridian Legal Aid Society",
        "screen",
        "2025-06-13",
        "Tomas Reyes <treyes@meridianlegalaid.org>",
        "Housing Paralegal - quick call?",
        "Hi Grace,\n\nThanks for applying for the Housing Paralegal role. I'm the hiring coordinator and would love to "
        "schedule a 20-minute phone call to learn more about your experience with tenants. Are you free Wednesday?"
        "\n\nTomas",
        "m2",
    ),
    (
        "Harlow, Pierce & Wendt LLP",
        "thank_you",
        "2025-06-16",
        ME,
        "Thank you - Litigation Paralegal interview",
        "Dear Ms. Kessler,\n\nThank you for arranging today's interview with Mr. Alvarez. I enjoyed learning about the "
        "litigation support team.\n\nSincerely,\nGrace Obi",
        "h3",
    ),
    (
        "Harlow, Pierce & Wendt LLP",
        "onsite",
        "2025-06-20",
        "Nora Kessler <nkessler@hpwlaw.com>",
        "Callback interview - Litigation Paralegal",
        "Dear Grace,\n\nWe are pleased to invite you back for a callback interview at our Park Avenue office on June "
        "26, when you will meet with two partners and a senior associate.\n\nBest regards,\nNora Kessler",
        "h4",
    ),
    (
        "Meridian Legal Aid Society",
        "rejected",
        "2025-06-24",
        "Tomas Reyes <treyes@meridianlegalaid.org>",
        "Re: Housing Paralegal - quick call?",
        "Hi Grace,\n\nThanks again for chatting with me. The team has decided to move forward with a candidate who "
        "speaks Haitian Creole, which the clinic needs. I'm sorry this isn't better news.\n\nTomas",
        "m2",
    ),
    (
        "Harlow, Pierce & Wendt LLP",
        "offer",
        "2025-07-01",
        "Nora Kessler <nkessler@hpwlaw.com>",
        "Harlow, Pierce & Wendt - Offer of Employment",
        "Dear Grace,\n\nI am delighted to extend to you an offer of employment as a Litigation Paralegal. The offer "
        "is contingent on the results of our conflicts check and background check. Your offer letter is attached."
        "\n\nBest regards,\nNora Kessler",
        "h5",
    ),
    (
        "Harlow, Pierce & Wendt LLP",
        "accepted",
        "2025-07-02",
        ME,
        "Re: Harlow, Pierce & Wendt - Offer of Employment",
        "Dear Ms. Kessler,\n\nThank you so much. I am pleased to accept the offer and have returned the signed letter "
        "and the conflicts questionnaire.\n\nSincerely,\nGrace Obi",
        "h5",
    ),
]

_OWN_TO = {"Harlow, Pierce & Wendt LLP": "Nora Kessler <nkessler@hpwlaw.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "New York State Bar Association <news@nysba.org>",
        "This week in the law",
        "newsletter",
        "Court of Appeals rulings, CLE credits and member news. Unsubscribe",
    ),
    (
        "Clio <hello@clio.com>",
        "Your free trial of Clio Manage is ending",
        "shop",
        "Upgrade now to keep your matters and billing. Special offer: 20% off annual plans.",
    ),
    (
        "Lawline <webinars@lawline.com>",
        "Free CLE webinar: interviewing witnesses",
        "newsletter",
        "Learn techniques for interviewing witnesses and preparing declarations. Register today.",
    ),
    (
        "Amanda Price <aprice@legalsearchpartners.com>",
        "Paralegal roles at AmLaw 100 firms",
        "outreach",
        "Hi Grace, I came across your profile and am working with several AmLaw 100 firms hiring litigation "
        "paralegals. Open to a confidential conversation?",
    ),
    (
        "New York County Clerk <jury@nycourts.gov>",
        "Summons for jury service",
        "other",
        "You have been selected for jury service. Please report to 60 Centre Street on August 4.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Paralegal: 24 new jobs in New York",
        "alert",
        "Litigation Paralegal - Skadden - New York, NY. Paralegal - Legal Aid Society - New York, NY.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Paralegal jobs in New York, NY",
        "alert",
        "Corporate Paralegal - Cravath - New York, NY. Immigration Paralegal - Fragomen - New York, NY.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=GRACE,
        own_to=_OWN_TO,
        offset="-0400",
        clock="11:25:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="06:45:00",
        tag="hundredseventyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
