"""A three-hundred-and-twenty-first mailbox, written as a held-out check after the three-hundred-and-twentieth
(issue #24).

Luis, a maintenance supervisor in San Antonio, exports Gmail with Takeout.  Mid-size employers hire through their
payroll suites, whose mail names the employer in its own ways: ADP's "Thank you for your interest in Alamo Precision
Plastics" from ADP's own address, Paylocity's "Riverwalk Foods has received your application", a hospital's UKG
receipt "Your application for Maintenance Supervisor has been submitted" signed "Mission Trail Health Talent
Acquisition", Paycom's "Application Status Update" with the employer only in its signature, a plant manager's call,
an "in-person interview and plant tour", "we have chosen to move forward with another candidate", an offer and his
acceptance.  Negatives: ADP's own pay-statement notice (he is paid through ADP at his current job), Indeed's alert,
a Paycom login code, a CPS Energy bill, an H-E-B promotion, his wife.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUIS = "luis.a.garza.maint@gmail.com"
ME = f"Luis Garza <{LUIS}>"

_OWN_TO = {
    "Alamo Precision Plastics": "Rick Sandoval <rsandoval@alamoplastics.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Alamo Precision Plastics",
        "applied",
        "2025-07-07",
        "ADP Recruiting <recruiting_noreply@adp.com>",
        "Thank you for your interest in Alamo Precision Plastics",
        "Dear Luis Garza,\n\nThank you for your interest in Alamo Precision Plastics. We have received your application "
        "for Maintenance Supervisor - 2nd Shift. If your qualifications match our needs, a member of our team will "
        "contact you.\n\nSincerely,\nHuman Resources\nAlamo Precision Plastics",
        "a1",
    ),
    (
        "Riverwalk Foods",
        "applied",
        "2025-07-08",
        "Paylocity <no-reply@paylocity.com>",
        "Riverwalk Foods has received your application",
        "Hi Luis,\n\nRiverwalk Foods has received your application for Maintenance Manager. We will review your "
        "qualifications and reach out if we'd like to move forward.\n\nThank you,\nRiverwalk Foods Recruiting",
        "r1",
    ),
    (
        "Mission Trail Health",
        "applied",
        "2025-07-09",
        "Recruiting <recruiting@ultipro.com>",
        "Your application for Maintenance Supervisor has been submitted",
        "Luis,\n\nYour application for Maintenance Supervisor - Facilities (Req 8841) has been submitted. You can check "
        "its status in the candidate portal.\n\nMission Trail Health Talent Acquisition",
        "m1",
    ),
    (
        "Alamo Precision Plastics",
        "screen",
        "2025-07-11",
        "Rick Sandoval <rsandoval@alamoplastics.example>",
        "Maintenance Supervisor",
        "Luis,\n\nThis is Rick Sandoval, plant manager at Alamo Precision. I got your application and would like to give "
        "you a call Monday to talk about the 2nd shift supervisor job. What's a good time?\n\nRick Sandoval\nPlant "
        "Manager | Alamo Precision Plastics",
        "a2",
    ),
    (
        "Riverwalk Foods",
        "rejected",
        "2025-07-14",
        "Riverwalk Foods <noreply@paycomonline.net>",
        "Application Status Update",
        "Dear Luis,\n\nThank you for applying for the Maintenance Manager position. After reviewing all applicants, we "
        "have chosen to move forward with another candidate whose experience more closely fits our needs.\n\nBest "
        "regards,\nRiverwalk Foods Human Resources",
        "r2",
    ),
    (
        "Alamo Precision Plastics",
        "onsite",
        "2025-07-16",
        "Rick Sandoval <rsandoval@alamoplastics.example>",
        "RE: Maintenance Supervisor",
        "Luis,\n\nGood talking Monday. Can you come in Thursday at 3:30 for an in-person interview and a plant tour with "
        "me and our operations director? Ask for me at the front desk.\n\nRick",
        "a2",
    ),
    (
        "Mission Trail Health",
        "rejected",
        "2025-07-22",
        "Recruiting <recruiting@ultipro.com>",
        "Update on your application",
        "Luis,\n\nThank you for your interest in the Maintenance Supervisor - Facilities position. The position has been "
        "filled by another candidate. We encourage you to apply for future openings.\n\nMission Trail Health Talent "
        "Acquisition",
        "m1",
    ),
    (
        "Alamo Precision Plastics",
        "offer",
        "2025-07-24",
        "Rick Sandoval <rsandoval@alamoplastics.example>",
        "Offer - Maintenance Supervisor",
        "Luis,\n\nWe'd like to offer you the 2nd shift Maintenance Supervisor job at $34/hour plus shift premium. HR "
        "will send the formal offer letter through ADP today.\n\nRick",
        "a3",
    ),
    (
        "Alamo Precision Plastics",
        "accepted",
        "2025-07-24",
        ME,
        "RE: Offer - Maintenance Supervisor",
        "Rick,\n\nThank you, I accept. I'll give my two weeks notice tomorrow.\n\nLuis",
        "a3",
    ),
]

_NEGATIVES = [
    (
        "ADP <SecurityServices_NoReply@adp.com>",
        "Your pay statement is available",
        "other",
        "Your pay statement for the period ending 07/11/2025 is now available in the ADP app.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Maintenance Supervisor jobs in San Antonio, TX",
        "alert",
        "Maintenance Supervisor - San Antonio. Maintenance Technician - New Braunfels. Easily apply.",
    ),
    (
        "Paycom <noreply@paycomonline.net>",
        "Your verification code",
        "other",
        "Your Paycom verification code is 482913. It expires in 10 minutes.",
    ),
    (
        "CPS Energy <billing@cpsenergy.example>",
        "Your bill is ready",
        "other",
        "Your CPS Energy bill of $214.60 is ready.",
    ),
    (
        "H-E-B <offers@heb.example>",
        "Weekly digital coupons",
        "shop",
        "New digital coupons this week on your favorite items.",
    ),
    (
        "Marisol Garza <marisol.garza@yahoo.example>",
        "school supplies",
        "personal",
        "can you pick up the school supplies list from target after work? love you",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LUIS,
        own_to=_OWN_TO,
        offset="-0500",
        clock="07:55:00",
        neg_start="2025-07-06",
        neg_step=4,
        neg_clock="20:45:00",
        tag="threehundredtwentyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
