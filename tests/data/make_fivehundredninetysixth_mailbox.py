"""A five-hundred-and-ninety-sixth mailbox, written as a held-out check after the five-hundred-and-ninety-fifth
(issue #24).

Jamal Carter, a process engineer in Houston, exports his Gmail with Takeout. Energy companies and a technical staffing
firm write in Texan business English: Shell's SuccessFactors "Thank you for applying to Shell", Chevron's Taleo "Your
application has been submitted successfully", an Aerotek recruiter's "Just wanted to confirm I have you submitted to
LyondellBasell for the Process Engineer II role at the Channelview plant", Shell's "invite you to complete a digital
interview", the recruiter's "the hiring manager at Lyondell wants to get you in for a face to face next Tuesday",
Chevron's "we have decided to pursue other candidates", Shell's "assessment day at our Westhollow campus", the
recruiter's "Lyondell passed - they went with someone with more polymers experience", Shell's "offer of employment",
his "I formally accept" and his thanks after the assessment day. Negatives: Rigzone's job alert, the Houston Chronicle's
newsletter, a second staffing firm's cold mail, Shell's own fuel rewards mail (a company he applied to), H-E-B and his
cousin. Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JAMAL = "jamal.carter.pe@gmail.com"
ME = f"Jamal Carter <{JAMAL}>"
SHELL = "Shell Careers <noreply@shell.successfactors.example>"
CHEVRON = "Chevron Careers <chevron@taleo.example>"
CODY = "Cody Harris <charris@aerotek.example>"
DANA = "Dana Whitfield <dana.whitfield@shell.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Shell",
        "applied",
        "2025-02-03",
        SHELL,
        "Thank you for applying to Shell",
        "Dear Jamal,\n\nThank you for applying to Shell for the Process Engineer - Deer Park position. We will review "
        "your application and contact you about next steps.\n\nShell Recruitment",
        "t-shell",
    ),
    (
        "Chevron",
        "applied",
        "2025-02-04",
        CHEVRON,
        "Your application has been submitted successfully",
        "Dear Jamal Carter,\n\nYour application for Process Engineer (Req 0098321) at Chevron has been submitted "
        "successfully.\n\nChevron Talent Acquisition",
        "t-cvx",
    ),
    (
        "LyondellBasell",
        "applied",
        "2025-02-05",
        CODY,
        "Process Engineer II - Channelview",
        "Jamal,\n\nJust wanted to confirm I have you submitted to LyondellBasell for the Process Engineer II role at the "
        "Channelview plant. Rate is $58/hr W2, 12 month contract to hire.\n\nCody Harris\nAerotek | Energy Services",
        "t-lyb",
    ),
    (
        "Shell",
        "interview",
        "2025-02-10",
        SHELL,
        "Shell - next step in your application",
        "Dear Jamal,\n\nWe are pleased to invite you to complete a digital interview for the Process Engineer role. "
        "Please complete it within 5 days.\n\nShell Recruitment",
        "t-shell",
    ),
    (
        "LyondellBasell",
        "interview",
        "2025-02-11",
        CODY,
        "RE: Process Engineer II - Channelview",
        "Jamal,\n\nGood news, the hiring manager at Lyondell wants to get you in for a face to face next Tuesday at "
        "9am. Let me know if that works.\n\nCody",
        "t-lyb",
    ),
    (
        "Chevron",
        "rejected",
        "2025-02-12",
        CHEVRON,
        "Update on your application",
        "Dear Jamal Carter,\n\nThank you for your interest in Chevron. We have decided to pursue other candidates for "
        "this position.\n\nChevron Talent Acquisition",
        "t-cvx",
    ),
    (
        "Shell",
        "onsite",
        "2025-02-17",
        DANA,
        "Invitation: Shell assessment day",
        "Dear Jamal,\n\nCongratulations on your digital interview. We would like to invite you to an assessment day at "
        "our Westhollow campus on February 25, with a case exercise and interviews with the engineering "
        "managers.\n\nDana Whitfield\nRecruitment Advisor",
        "t-shell2",
    ),
    (
        "LyondellBasell",
        "rejected",
        "2025-02-20",
        CODY,
        "RE: Process Engineer II - Channelview",
        "Jamal,\n\nHeard back from Lyondell. They passed - they went with someone with more polymers experience. I'll "
        "keep looking for you.\n\nCody",
        "t-lyb",
    ),
    (
        "Shell",
        "thank_you",
        "2025-02-25",
        ME,
        "RE: Invitation: Shell assessment day",
        "Dana,\n\nThank you for a great day at Westhollow today. I appreciated the chance to meet the team.\n\nJamal",
        "t-shell2",
    ),
    (
        "Shell",
        "offer",
        "2025-03-04",
        DANA,
        "Offer of employment - Process Engineer",
        "Dear Jamal,\n\nI'm pleased to extend to you an offer of employment for the Process Engineer position at Deer "
        "Park. Please find the offer letter attached.\n\nDana Whitfield",
        "t-shell3",
    ),
    (
        "Shell",
        "accepted",
        "2025-03-05",
        ME,
        "RE: Offer of employment - Process Engineer",
        "Dana,\n\nI formally accept the offer. Thank you!\n\nJamal Carter",
        "t-shell3",
    ),
]

_NEGATIVES = [
    (
        "Rigzone <jobs@rigzone.example>",
        "New Process Engineer jobs",
        "alert",
        "Process Engineer - Baytown. Senior Process Engineer - Pasadena. View jobs.",
    ),
    (
        "Houston Chronicle <newsletters@houstonchronicle.example>",
        "Morning briefing",
        "newsletter",
        "Today's top Houston stories. Unsubscribe.",
    ),
    (
        "Brittany Lee <blee@kforce.example>",
        "Process Engineer opportunity",
        "outreach",
        "Hi Jamal, I have a Process Engineer contract in Pasadena, TX. Do you have a few minutes to chat?",
    ),
    (
        "Shell Fuel Rewards <rewards@shell.example>",
        "You've earned 10¢/gal",
        "newsletter",
        "Save at the pump this week. Unsubscribe.",
    ),
    (
        "H-E-B <noreply@heb.example>",
        "Your curbside order is ready",
        "other",
        "Your order is ready for pickup.",
    ),
    (
        "Marcus <marcus.carter@yahoo.example>",
        "Rockets game",
        "personal",
        "Got two tickets for Friday, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JAMAL,
        own_to={"Shell": DANA},
        offset="-0600",
        clock="10:25:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="19:55:00",
        tag="fivehundredninetysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
