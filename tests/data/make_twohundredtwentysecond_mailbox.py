"""A two-hundred-and-twenty-second mailbox, written as a held-out check after the two-hundred-and-twenty-first
(issue #24).

Andre, a pharmaceutical sales representative in central New Jersey, exports Gmail with Takeout.  Pharma hires reps
in its own words: a "field ride" (a day in the car with a district manager), a "brag book", a 30-60-90 day plan
presented to the regional director, a contract sales organisation's recruiter, an offer "contingent on a
satisfactory driving record", a company that "elected to move forward with another candidate".  Negatives: a sales
training company's certification ad, a medical conference's registration, Indeed's "resume tips", a car lease
ad, a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANDRE = "andre.wilkins.rx@gmail.com"
ME = f"Andre Wilkins <{ANDRE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Halcyon Therapeutics",
        "applied",
        "2025-08-04",
        "Halcyon Therapeutics <halcyon@myworkday.com>",
        "Halcyon Therapeutics: application received",
        "Dear Andre,\n\nThank you for your interest in Halcyon Therapeutics. We have received your application for "
        "Specialty Sales Representative - Neurology (Princeton, NJ). We'll be in touch if your background is a "
        "match.\n\nHalcyon Talent Acquisition",
        "h1",
    ),
    (
        "Veradyn Pharma",
        "applied",
        "2025-08-05",
        "Simone Carter <scarter@meridiancso.com>",
        "Veradyn Territory Manager - submitted",
        "Hi Andre,\n\nThanks for the time on the phone this morning. I've submitted your resume to Veradyn Pharma "
        "for the Territory Manager opening in the Edison/New Brunswick territory. It's a contract sales role through "
        "Meridian CSO with full benefits and a company car.\n\nSimone Carter\nSenior Recruiter, Meridian CSO",
        "v1",
    ),
    (
        "Aldergrove Biologics",
        "applied",
        "2025-08-06",
        "Aldergrove Biologics <no-reply@aldergrovebio.icims.com>",
        "Thank You for Applying!",
        "Andre,\n\nThank you for applying to the Immunology Account Specialist position at Aldergrove Biologics. "
        "Our talent team will review your qualifications.\n\nAldergrove Biologics",
        "a1",
    ),
    (
        "Halcyon Therapeutics",
        "screen",
        "2025-08-11",
        "Heather Lin <heather.lin@halcyontx.com>",
        "Specialty Sales Representative - Neurology",
        "Hi Andre,\n\nI'm the recruiter supporting our Neurology launch team. Are you available for a 20-minute "
        "phone screen this Wednesday or Thursday?\n\nHeather Lin\nTalent Acquisition, Halcyon Therapeutics",
        "h2",
    ),
    (
        "Veradyn Pharma",
        "interview",
        "2025-08-12",
        "Simone Carter <scarter@meridiancso.com>",
        "RE: Veradyn Territory Manager - submitted",
        "Andre - the district manager, Phil Ruiz, wants to meet you! He's doing first interviews by Zoom on Friday; "
        "I have you at 10:30. Have your brag book ready to screen-share.\n\nSimone",
        "v1",
    ),
    (
        "Halcyon Therapeutics",
        "interview",
        "2025-08-18",
        "Heather Lin <heather.lin@halcyontx.com>",
        "Next step - field ride",
        "Hi Andre,\n\nThanks for a great conversation. Next, our district manager Tom Becker would like you to do a "
        "field ride with him on Tuesday, August 26: you'll shadow him on calls in the Princeton territory from 8 to "
        "2. Business casual.\n\nHeather",
        "h2",
    ),
    (
        "Aldergrove Biologics",
        "rejected",
        "2025-08-20",
        "Aldergrove Biologics <no-reply@aldergrovebio.icims.com>",
        "Update on your application",
        "Andre,\n\nThank you for your interest in the Immunology Account Specialist role. After careful consideration, "
        "we have elected to move forward with another candidate whose experience more closely matches the position.\n\n"
        "Aldergrove Biologics",
        "a1",
    ),
    (
        "Veradyn Pharma",
        "rejected",
        "2025-08-22",
        "Simone Carter <scarter@meridiancso.com>",
        "RE: Veradyn Territory Manager - submitted",
        "Hi Andre, Phil liked you but he went with a rep who already calls on the two big hospital systems in the "
        "territory. I'll keep you top of mind for the next Veradyn opening.\n\nSimone",
        "v1",
    ),
    (
        "Halcyon Therapeutics",
        "onsite",
        "2025-08-28",
        "Heather Lin <heather.lin@halcyontx.com>",
        "Final interview - regional director",
        "Hi Andre,\n\nTom was impressed after the field ride! The last step is a final interview with Karen Diaz, "
        "our Regional Director, on September 4 in Princeton, where you'll present your 30-60-90 day plan for the "
        "territory (20 minutes, then Q&A).\n\nHeather",
        "h2",
    ),
    (
        "Halcyon Therapeutics",
        "offer",
        "2025-09-09",
        "Heather Lin <heather.lin@halcyontx.com>",
        "Halcyon offer - Specialty Sales Representative",
        "Hi Andre,\n\nCongratulations! We're excited to extend you an offer: $118,000 base, a $40,000 incentive target "
        "and a fleet vehicle. The offer is contingent on a satisfactory background check and driving record. "
        "Please review the letter in your candidate portal.\n\nHeather",
        "h3",
    ),
    (
        "Halcyon Therapeutics",
        "accepted",
        "2025-09-10",
        ME,
        "Re: Halcyon offer - Specialty Sales Representative",
        "Heather,\n\nThank you - I accept! I signed the letter in the portal this morning and I'll submit the driving "
        "record consent today.\n\nAndre",
        "h3",
    ),
]

_OWN_TO = {"Halcyon Therapeutics": "Heather Lin <heather.lin@halcyontx.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "NAPSR Certification <info@napsr.example>",
        "Become a Certified National Pharmaceutical Representative",
        "newsletter",
        "Stand out to hiring managers: earn the CNPR credential online. Enroll today and save 20%.",
    ),
    (
        "AAN Annual Meeting <registration@aan.example>",
        "Your registration is confirmed",
        "other",
        "Thank you for registering for the Annual Meeting. Your badge will be available at check-in.",
    ),
    (
        "Indeed <no-reply@indeed.com>",
        "5 resume tips for sales professionals",
        "newsletter",
        "Quantify your quota attainment and lead with results.",
    ),
    (
        "Route 1 Toyota <sales@route1toyota.example>",
        "Your lease offer: RAV4 for $299/mo",
        "newsletter",
        "Andre, we've got a special lease offer waiting for you. Offer ends Sunday.",
    ),
    (
        "Jamal Brooks <jbrooks.nj@gmail.com>",
        "fantasy draft",
        "personal",
        "Draft is Sunday at 7, don't forget to set your lineup.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANDRE,
        own_to=_OWN_TO,
        offset="-0400",
        clock="08:40:00",
        neg_start="2025-08-03",
        neg_step=6,
        neg_clock="21:10:00",
        tag="twohundredtwentytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
