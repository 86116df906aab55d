"""A two-hundred-and-seventy-seventh mailbox, written as a held-out check after the two-hundred-and-seventy-sixth
(issue #24).

Aisha, a financial analyst in New York, saves her Outlook mail as .eml files from a work-style account.  Finance
hiring: display names "on behalf of" a recruiting mailbox, "[EXTERNAL]" tags, SuccessFactors' "Job Application
Confirmation", Avature's receipt, a HireVue video interview to complete, a calendar invitation ("Invitation: ... @ Tue
Mar 11"), a Superday (the last round), an offer letter through Adobe Acrobat Sign, "the team has decided not to move
forward", and her own acceptance and her decline of a second offer.  Negatives: eFinancialCareers' alerts, Wall Street
Oasis' newsletter, a CFA Institute notice, a LinkedIn Premium promotion, Con Edison, a friend.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AISHA = "aisha.rahman.nyc@outlook.com"
ME = f"Aisha Rahman <{AISHA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Hudson Crest Bank",
        "applied",
        "2025-02-24",
        "Hudson Crest Bank Careers <careers@hudsoncrest.successfactors.example>",
        "Job Application Confirmation",
        "Dear Aisha,\n\nThank you for applying for the position of Financial Analyst, FP&A (Requisition ID 48813) at "
        "Hudson Crest Bank. We have received your application and are reviewing it.\n\nHudson Crest Bank Talent "
        "Acquisition",
        None,
    ),
    (
        "Beacon Park Capital",
        "applied",
        "2025-02-25",
        "Beacon Park Capital Recruiting <recruiting@beaconparkcap.avature.example>",
        "Beacon Park Capital - Application Received",
        "Dear Aisha Rahman,\n\nThank you for your interest in Beacon Park Capital. This message confirms we received your "
        "application for 2025 Investment Banking Analyst - Financial Institutions Group.\n\nBeacon Park Capital Campus "
        "& Experienced Recruiting",
        None,
    ),
    (
        "Meridian Street Partners",
        "applied",
        "2025-02-26",
        "Meridian Street Partners <noreply@meridianstreet.example>",
        "Thank you for applying",
        "Dear Aisha,\n\nThank you for applying for the Associate, Corporate Development role at Meridian Street Partners. "
        "Our team will review your application and reach out if your qualifications match our needs.\n\nMeridian "
        "Street Partners Human Resources",
        None,
    ),
    (
        "Beacon Park Capital",
        "interview",
        "2025-03-03",
        "Beacon Park Capital Recruiting <recruiting@beaconparkcap.avature.example>",
        "[EXTERNAL] Next step: HireVue video interview",
        "Dear Aisha,\n\nWe are pleased to invite you to the next stage of our process: a HireVue on-demand video "
        "interview. Please complete it within 5 days using the link below.\n\nBeacon Park Capital Recruiting",
        None,
    ),
    (
        "Hudson Crest Bank",
        "screen",
        "2025-03-04",
        "Nicole Grant on behalf of Hudson Crest Recruiting <hcrecruiting@hudsoncrestbank.example>",
        "[EXTERNAL] Financial Analyst, FP&A - phone screen",
        "Hi Aisha,\n\nI'm a recruiter at Hudson Crest Bank and would like to schedule a 30-minute phone screen to discuss "
        "your background and the FP&A Analyst role. Please let me know your availability this week.\n\nNicole Grant\n"
        "Talent Acquisition Partner",
        None,
    ),
    (
        "Hudson Crest Bank",
        "interview",
        "2025-03-10",
        "Nicole Grant on behalf of Hudson Crest Recruiting <hcrecruiting@hudsoncrestbank.example>",
        "Invitation: Aisha Rahman / FP&A Hiring Manager Interview @ Tue Mar 11, 2025 2pm - 3pm (EDT)",
        "You have been invited to the following event.\n\nAisha Rahman / FP&A Hiring Manager Interview\nWhen: Tue Mar "
        "11, 2025 2pm - 3pm (EDT)\nWhere: Microsoft Teams meeting\nWho: Nicole Grant - organizer; David Lau; Aisha "
        "Rahman\n\nJoin on your computer or mobile app",
        None,
    ),
    (
        "Meridian Street Partners",
        "rejected",
        "2025-03-12",
        "Meridian Street Partners <noreply@meridianstreet.example>",
        "Your application to Meridian Street Partners",
        "Dear Aisha,\n\nThank you for your interest in the Associate, Corporate Development role. After careful "
        "consideration, the team has decided not to move forward with your application.\n\nWe wish you every success."
        "\n\nMeridian Street Partners Human Resources",
        None,
    ),
    (
        "Beacon Park Capital",
        "onsite",
        "2025-03-14",
        "Ryan Cho on behalf of Beacon Park Capital Recruiting <recruiting@beaconparkcap.example>",
        "[EXTERNAL] Superday Invitation - FIG Analyst",
        "Dear Aisha,\n\nCongratulations! Following your video interview, we would like to invite you to our Superday on "
        "Friday, March 21 at our offices at 390 Park Avenue. You will meet with five members of the FIG team.\n\nBest "
        "regards,\nRyan Cho\nCampus Recruiting",
        None,
    ),
    (
        "Hudson Crest Bank",
        "offer",
        "2025-03-19",
        "Hudson Crest Bank via Adobe Acrobat Sign <adobesign@adobesign.com>",
        "Please sign: Hudson Crest Bank Offer Letter - Aisha Rahman",
        "Nicole Grant has requested your signature on Hudson Crest Bank Offer Letter - Aisha Rahman.\n\nReview and sign"
        "\n\nPowered by Adobe Acrobat Sign",
        None,
    ),
    (
        "Beacon Park Capital",
        "offer",
        "2025-03-24",
        "Ryan Cho on behalf of Beacon Park Capital Recruiting <recruiting@beaconparkcap.example>",
        "[EXTERNAL] FIG Analyst - Offer",
        "Dear Aisha,\n\nOn behalf of Beacon Park Capital, I am delighted to extend you an offer to join our Financial "
        "Institutions Group as an Analyst. Details of your compensation are in the attached letter. We would appreciate "
        "your decision by March 31.\n\nRyan Cho",
        None,
    ),
    (
        "Beacon Park Capital",
        "accepted",
        "2025-03-26",
        ME,
        "RE: [EXTERNAL] FIG Analyst - Offer",
        "Dear Ryan,\n\nThank you - I am thrilled to accept the offer to join the FIG team. I have signed and attached the "
        "letter.\n\nBest regards,\nAisha",
        "Ryan Cho <ryan.cho@beaconparkcap.example>",
    ),
    (
        "Hudson Crest Bank",
        "declined",
        "2025-03-26",
        ME,
        "Hudson Crest Bank offer",
        "Dear Nicole,\n\nThank you so much for the offer and for your support throughout the process. After careful "
        "consideration, I have decided to decline the offer, as I have accepted a role in investment banking. I truly "
        "appreciated getting to know the FP&A team.\n\nBest regards,\nAisha Rahman",
        "Nicole Grant <nicole.grant@hudsoncrestbank.example>",
    ),
]

_NEGATIVES = [
    (
        "eFinancialCareers <jobs@efinancialcareers.example>",
        "New jobs: Financial Analyst in New York",
        "alert",
        "Financial Analyst - Hudson Crest Bank - New York. FP&A Analyst - Midtown. Investment Banking Analyst - FIG.",
    ),
    (
        "Wall Street Oasis <newsletter@wallstreetoasis.example>",
        "This week on WSO: Superday prep",
        "newsletter",
        "Top threads: how to prepare for a Superday, FIG vs. TMT, and bonus season rumours.",
    ),
    (
        "CFA Institute <info@cfainstitute.example>",
        "Your Level II exam window",
        "other",
        "Your Level II exam appointment window opens May 1. Schedule your appointment at Prometric.",
    ),
    (
        "LinkedIn Premium <premium@linkedin.com>",
        "Aisha, stand out to recruiters",
        "shop",
        "Try Premium Career free for one month and see who's viewed your profile.",
    ),
    (
        "Con Edison <noreply@coned.example>",
        "Your bill is ready",
        "other",
        "Your Con Edison bill for February is ready. Amount due: $84.12.",
    ),
    (
        "Sana Malik <sana.malik@gmail.example>",
        "dinner thurs",
        "personal",
        "dinner thurs? that new thai place on 2nd ave",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="08:55:00",
        neg_start="2025-02-23",
        neg_step=5,
        neg_clock="20:35:00",
        tag="twohundredseventyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), AISHA)
