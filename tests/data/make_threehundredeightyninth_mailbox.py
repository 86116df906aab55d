"""A three-hundred-and-eighty-ninth mailbox, written as a held-out check after the three-hundred-and-eighty-eighth
(issue #24).

Meera, a research associate in Boston, keeps her search in Gmail and exports it with Takeout; her mailbox is full of
science that speaks a job search's words.  Biotech hiring as it arrives: Greenhouse's receipt, a hiring manager's
"Would you have 30 minutes this week to chat about the Research Associate II role?" (the screen), "We'd like to invite
you on-site to present your research to the team" (the final round), "I'm thrilled to extend you an offer", her
acceptance; iCIMS' receipt from a hospital's research institute and its "the position has been filled"; a start-up's
Lever refusal.  Negatives that look close: a grant's "Your application has been received" (an NIH-style eRA notice), a
journal's "Invitation to review", a conference's "Your abstract has been accepted for a poster presentation", a core
facility's "Your instrument booking is confirmed", a lab-supplies order, Addgene's shipping notice, a seminar
announcement "Faculty candidate seminar: Dr. Lin", her labmate.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MEERA = "meera.iyer.bio@gmail.com"
ME = f"Meera Iyer <{MEERA}>"
HM = "Dr. Kevin O'Neil <koneil@harborgenomics.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Harbor Genomics",
        "applied",
        "2025-03-03",
        "Harbor Genomics <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Harbor Genomics",
        "Hi Meera,\n\nThank you for your interest in Harbor Genomics! We've received your application for Research "
        "Associate II, Functional Genomics and will review it shortly.\n\nHarbor Genomics Talent Team",
        "t-harbor",
    ),
    (
        "Beacon Hill Research Institute",
        "applied",
        "2025-03-04",
        "Beacon Hill Research Institute <careers-noreply@beaconhill.icims.com>",
        "Beacon Hill Research Institute: Application Received",
        "Dear Meera,\n\nThank you for applying to the Research Associate - Immunology position at Beacon Hill Research "
        "Institute. We will review your qualifications and contact you if there is a match.\n\nHuman Resources",
        "t-beacon",
    ),
    (
        "Tessellate Bio",
        "applied",
        "2025-03-05",
        "Tessellate Bio <no-reply@hire.lever.co>",
        "Thank you for your application to Tessellate Bio",
        "Hi Meera,\n\nThanks for applying for the Scientist I, Protein Engineering role at Tessellate Bio. We'll be in "
        "touch.\n\nTessellate Bio",
        "t-tess",
    ),
    (
        "Harbor Genomics",
        "screen",
        "2025-03-10",
        HM,
        "Research Associate II - quick chat?",
        "Hi Meera,\n\nI'm the hiring manager for the Research Associate II role on the functional genomics team. Would "
        "you have 30 minutes this week to chat about the role and your CRISPR screening experience?\n\nBest,\nKevin\n\n"
        "Kevin O'Neil, PhD\nAssociate Director, Functional Genomics\nHarbor Genomics",
        "t-harbor-hm",
    ),
    (
        "Tessellate Bio",
        "rejected",
        "2025-03-14",
        "Tessellate Bio <no-reply@hire.lever.co>",
        "Your application to Tessellate Bio",
        "Hi Meera,\n\nThank you for your interest in Tessellate Bio. After reviewing your background, we've decided not "
        "to move forward with your candidacy for the Scientist I role.\n\nBest of luck,\nTessellate Bio",
        "t-tess",
    ),
    (
        "Harbor Genomics",
        "onsite",
        "2025-03-18",
        HM,
        "RE: Research Associate II - quick chat?",
        "Hi Meera,\n\nGreat talking last week. We'd like to invite you on-site to present your research to the team (30 "
        "minutes plus questions) and then meet one-on-one with four of us. Could you do Tuesday, March 25?\n\nKevin",
        "t-harbor-hm",
    ),
    (
        "Beacon Hill Research Institute",
        "rejected",
        "2025-03-24",
        "Beacon Hill Research Institute <careers-noreply@beaconhill.icims.com>",
        "Research Associate - Immunology",
        "Dear Meera,\n\nThank you for your interest in the Research Associate - Immunology position. We wanted to let "
        "you know that the position has been filled.\n\nHuman Resources",
        "t-beacon",
    ),
    (
        "Harbor Genomics",
        "offer",
        "2025-03-31",
        HM,
        "Offer - Research Associate II",
        "Hi Meera,\n\nI'm thrilled to extend you an offer to join Harbor Genomics as a Research Associate II! Our "
        "recruiter will send the formal letter today: $82,000 base, 10% bonus and equity.\n\nKevin",
        "t-harbor-offer",
    ),
    (
        "Harbor Genomics",
        "accepted",
        "2025-04-02",
        ME,
        "RE: Offer - Research Associate II",
        "Hi Kevin,\n\nThank you so much - I'm delighted to accept! I've signed the letter. Looking forward to starting "
        "on the 21st.\n\nMeera",
        "t-harbor-offer",
    ),
]

_NEGATIVES = [
    (
        "eRA Commons <no-reply@era.example>",
        "Your application has been received",
        "other",
        "Your grant application F31 HL-1782 has been received by the agency and assigned to a study section.",
    ),
    (
        "Journal of Cell Science <jcs@editorial.example>",
        "Invitation to review manuscript JCS-2025-0412",
        "other",
        "Dear Dr. Iyer, would you be willing to review a manuscript entitled 'CRISPR screens in primary T cells'?",
    ),
    (
        "Keystone Symposia <abstracts@keystone.example>",
        "Your abstract has been accepted",
        "other",
        "Congratulations! Your abstract has been accepted for a poster presentation at the Genome Engineering "
        "symposium.",
    ),
    (
        "Flow Cytometry Core <core@institute.example>",
        "Booking confirmed: Aria Fusion sorter",
        "other",
        "Your instrument booking is confirmed for Thursday 9:00-12:00. Please arrive 15 minutes early.",
    ),
    (
        "Fisher Scientific <orders@fisher.example>",
        "Your order has shipped",
        "shop",
        "Order #88214 (pipette tips, 10 boxes) has shipped.",
    ),
    (
        "Addgene <shipping@addgene.example>",
        "Your plasmids have shipped",
        "other",
        "Your order of 3 plasmids has shipped via FedEx.",
    ),
    (
        "Biology Department <seminars@univ.example>",
        "Faculty candidate seminar: Dr. Lin",
        "newsletter",
        "Please join us for a seminar by faculty candidate Dr. Grace Lin, 'Chromatin dynamics in development', Monday "
        "at noon.",
    ),
    (
        "Ravi Patel <ravi.patel@gmail.example>",
        "cells",
        "personal",
        "Can you split my HEK cells tomorrow? I'll be at the core all day.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MEERA,
        own_to={"Harbor Genomics": HM},
        offset="-0500",
        clock="09:55:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="21:30:00",
        tag="threehundredeightynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
