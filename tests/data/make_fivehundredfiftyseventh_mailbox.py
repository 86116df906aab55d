"""A five-hundred-and-fifty-seventh mailbox, written as a held-out check after the five-hundred-and-fifty-sixth (issue
#24).

Marcus Hill, a software engineer in Richmond, Virginia, keeps his search in Gmail and exports it with Takeout. A
contract recruiter writes from her own Gmail and shortens the client's name as recruiters do: "I submitted you to
Capital One for the Senior Software Engineer role", "CapOne wants to do a tech screen Thursday", "CapOne passed - they
went with someone with more AWS", LinkedIn's "Your application was sent to Airbnb", LinkedIn's "Your application was
viewed by Airbnb" (no step), Airbnb's Greenhouse "we're not moving forward", Markel's iCIMS receipt, its hiring
manager's "technical interview with two of our engineers", its "final round: virtual panel", its offer, his "Thanks
for the panel today", and his acceptance. Negatives: Dice's alert, a newsletter, a second recruiter's cold mail,
Capital One's card alert (a bank he applied to), a meetup and his brother. Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.hill.swe@gmail.com"
ME = f"Marcus Hill <{MARCUS}>"
KELLY = "Kelly Simmons <kelly.simmons.recruits@gmail.example>"
MARKEL = "Markel <markel@icims.example>"
DEV = "Dev Shah <dev.shah@markel.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Capital One",
        "applied",
        "2025-05-05",
        KELLY,
        "Submitted - Sr Software Engineer",
        "Hi Marcus,\n\nThanks for the call! I submitted you to Capital One for the Senior Software Engineer role "
        "(W2 contract-to-hire, $78/hr). I'll let you know as soon as I hear anything.\n\nKelly Simmons\nTechnical "
        "Recruiter, Apex Systems",
        "t-cap",
    ),
    (
        "Airbnb",
        "applied",
        "2025-05-06",
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Marcus, your application was sent to Airbnb",
        "Your application was sent to Airbnb\n\nSoftware Engineer, Payments\nAirbnb - United States (Remote)\n\n"
        "Applied on May 6, 2025",
        "t-abnb",
    ),
    (
        "Markel",
        "applied",
        "2025-05-07",
        MARKEL,
        "Thank you for applying - Software Engineer II",
        "Dear Marcus,\n\nThank you for applying for the Software Engineer II position at Markel. We will review your "
        "qualifications and contact you if there is a match.\n\nMarkel Talent Acquisition",
        "t-mkl",
    ),
    (
        "Capital One",
        "interview",
        "2025-05-09",
        KELLY,
        "Re: Submitted - Sr Software Engineer",
        "Hey Marcus,\n\nCapOne wants to do a tech screen Thursday at 1pm ET - 60 min with one of their engineers, "
        "mostly Java and AWS. Good to confirm?\n\nKelly",
        "t-cap",
    ),
    (
        "Markel",
        "interview",
        "2025-05-13",
        DEV,
        "Markel - Software Engineer II interview",
        "Hi Marcus,\n\nI'm the engineering manager for our underwriting platform team. We'd like to invite you to a "
        "technical interview with two of our engineers next Tuesday over Teams.\n\nDev Shah",
        "t-mkl2",
    ),
    (
        "Airbnb",
        "rejected",
        "2025-05-15",
        "Airbnb <no-reply@greenhouse.example>",
        "Your application to Airbnb",
        "Hi Marcus,\n\nThank you for your interest in Airbnb. After careful consideration, we're not moving forward with "
        "your application for Software Engineer, Payments.\n\nAirbnb Recruiting",
        "t-abnb2",
    ),
    (
        "Capital One",
        "rejected",
        "2025-05-19",
        KELLY,
        "Re: Submitted - Sr Software Engineer",
        "Hey Marcus,\n\nBummer - CapOne passed. They went with someone with more AWS. I'll keep looking for you!\n\n"
        "Kelly",
        "t-cap",
    ),
    (
        "Markel",
        "onsite",
        "2025-05-21",
        DEV,
        "RE: Markel - Software Engineer II interview",
        "Hi Marcus,\n\nThe team enjoyed the technical interview. Next is our final round: a virtual panel with me, our "
        "architect and a product manager next Wednesday.\n\nDev",
        "t-mkl2",
    ),
    (
        "Markel",
        "thank_you",
        "2025-05-28",
        ME,
        "RE: Markel - Software Engineer II interview",
        "Hi Dev,\n\nThanks for the panel today - I enjoyed the architecture discussion and meeting the team.\n\nMarcus",
        "t-mkl2",
    ),
    (
        "Markel",
        "offer",
        "2025-06-03",
        DEV,
        "RE: Markel - Software Engineer II interview",
        "Hi Marcus,\n\nGreat news - we'd like to offer you the Software Engineer II position! Talent acquisition will "
        "send the formal offer today.\n\nDev",
        "t-mkl2",
    ),
    (
        "Markel",
        "accepted",
        "2025-06-04",
        ME,
        "RE: Markel - Software Engineer II interview",
        "Hi Dev,\n\nI'm happy to accept the offer. Looking forward to joining the team!\n\nMarcus",
        "t-mkl2",
    ),
]

_NEGATIVES = [
    (
        "Dice <alerts@dice.example>",
        "New Java jobs in Richmond, VA",
        "alert",
        "Java Developer - Richmond. Senior Software Engineer - Remote. View jobs.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Your application was viewed by Airbnb",
        "viewed",
        "Your application for Software Engineer, Payments was viewed by Airbnb.",
    ),
    (
        "Chris Young <chris.young@teksystems.example>",
        "Java contract in Glen Allen",
        "outreach",
        "Hi Marcus, I have a 12-month Java contract in Glen Allen. Open to discussing?",
    ),
    (
        "Capital One <alerts@capitalone.example>",
        "A purchase was made on your card",
        "other",
        "A purchase of $23.17 was made on your Quicksilver card.",
    ),
    (
        "RVA Tech Meetup <events@meetup.example>",
        "New event: RVA Java User Group",
        "newsletter",
        "Join us Thursday. Unsubscribe.",
    ),
    (
        "Andre Hill <andre.hill@gmail.example>",
        "game",
        "personal",
        "You watching the game tonight?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARCUS,
        own_to={"Markel": DEV},
        offset="-0400",
        clock="13:40:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="20:35:00",
        tag="fivehundredfiftyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
