"""A five-hundred-and-seventy-eighth mailbox, written as a held-out check after the five-hundred-and-seventy-seventh
(issue #24).

Jessica Alvarez, a high-school teacher in Austin moving into corporate learning and development, keeps her search in
Gmail and exports it with Takeout. A career change brings mail that is about jobs without being a step: an
informational interview she asked for ("Happy to chat about L&D at Dell - how's Tuesday?"), a friend's referral
("I referred you for the Instructional Designer role"), and the steps themselves: Workday's "Thank you for applying to
Dell Technologies", Greenhouse's "Thanks for applying to Indeed", Indeed's recruiter's "20-minute phone screen", Dell's
"we have decided to move forward with other candidates", Indeed's "a portfolio review with the L&D team, where you'll
walk us through a sample module", an Austin nonprofit's director writing herself ("Could you come by Friday at 10 to
meet the team?"), Indeed's "We'd love to extend you an offer", her "I'm thrilled to accept", and her note to the
nonprofit withdrawing. Negatives: LinkedIn's alert, a teachers' newsletter, the informational interview, the friend's
referral note, Dell's own laptop deal (a company she applied to) and her mother. Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JESSICA = "jessica.alvarez.ld@gmail.com"
ME = f"Jessica Alvarez <{JESSICA}>"
DELL = "Dell Technologies <dell@myworkday.example>"
INDEED = "Indeed <no-reply@us.greenhouse-mail.example>"
TARA = "Tara Brooks <tbrooks@indeed.example>"
ROSA = "Rosa Delgado <rosa@austinreads.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Dell Technologies",
        "applied",
        "2025-06-02",
        DELL,
        "Thank you for applying to Dell Technologies",
        "Hi Jessica,\n\nThank you for applying to the Learning Experience Designer role (R265512) at Dell Technologies. "
        "We'll review your application.\n\nDell Talent Acquisition",
        "t-dell",
    ),
    (
        "Indeed",
        "applied",
        "2025-06-03",
        INDEED,
        "Thanks for applying to Indeed",
        "Hi Jessica,\n\nThanks for applying for the Instructional Designer role at Indeed! We'll be in touch soon.\n\n"
        "Indeed Talent Acquisition",
        "t-ind",
    ),
    (
        "Austin Reads",
        "applied",
        "2025-06-04",
        ME,
        "Program Trainer application",
        "Hi Rosa,\n\nI'd like to apply for the Program Trainer position posted on Idealist. My resume and a short cover "
        "letter are attached. I taught high-school English for eight years.\n\nBest,\nJessica Alvarez",
        "t-ar",
    ),
    (
        "Indeed",
        "screen",
        "2025-06-09",
        TARA,
        "Instructional Designer - Indeed",
        "Hi Jessica,\n\nI'm a recruiter on Indeed's people team. Could we set up a 20-minute phone screen this week?\n\n"
        "Tara",
        "t-ind2",
    ),
    (
        "Dell Technologies",
        "rejected",
        "2025-06-11",
        DELL,
        "Update on your application",
        "Hi Jessica,\n\nThank you for your interest in Dell Technologies. We have decided to move forward with other "
        "candidates for this role.\n\nDell Talent Acquisition",
        "t-dell2",
    ),
    (
        "Austin Reads",
        "interview",
        "2025-06-12",
        ROSA,
        "Re: Program Trainer application",
        "Hi Jessica,\n\nThanks for your note! Could you come by Friday at 10 to meet the team? We're at 1500 E 6th St."
        "\n\nRosa Delgado\nExecutive Director, Austin Reads",
        "t-ar",
    ),
    (
        "Indeed",
        "interview",
        "2025-06-16",
        TARA,
        "RE: Instructional Designer - Indeed",
        "Hi Jessica,\n\nGreat chat! Next is a portfolio review with the L&D team, where you'll walk us through a sample "
        "module.\n\nTara",
        "t-ind2",
    ),
    (
        "Indeed",
        "offer",
        "2025-06-26",
        TARA,
        "RE: Instructional Designer - Indeed",
        "Hi Jessica,\n\nThe team loved your portfolio review. We'd love to extend you an offer for the Instructional "
        "Designer role!\n\nTara",
        "t-ind2",
    ),
    (
        "Indeed",
        "accepted",
        "2025-06-27",
        ME,
        "RE: Instructional Designer - Indeed",
        "Hi Tara,\n\nI'm thrilled to accept! Thank you so much.\n\nJessica",
        "t-ind2",
    ),
    (
        "Austin Reads",
        "withdrew",
        "2025-06-27",
        ME,
        "Re: Program Trainer application",
        "Hi Rosa,\n\nThank you again for meeting with me. I've accepted another position, so I'd like to withdraw my "
        "application. I'm rooting for Austin Reads!\n\nJessica",
        "t-ar",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "Instructional Designer: 18 new jobs in Austin",
        "alert",
        "Instructional Designer - Apple - Austin. L&D Specialist - Oracle - Austin. See all jobs.",
    ),
    (
        "Teachers Who Transition <newsletter@teacherstransition.example>",
        "This week: portfolios that get interviews",
        "newsletter",
        "This week's tips. Unsubscribe.",
    ),
    (
        "Monica Reyes <monica.reyes@dell.example>",
        "Re: coffee chat?",
        "networking",
        "Hi Jessica, happy to chat about L&D at Dell - how's Tuesday at 4 for an informational interview? No pressure, "
        "just a conversation.\n\nMonica",
    ),
    (
        "Chris Nguyen <chris.nguyen@gmail.example>",
        "referred you!",
        "personal",
        "Hey! I referred you for the Instructional Designer role through our portal - you should get an email soon.",
    ),
    (
        "Dell <deals@dell.example>",
        "Back to school: save on XPS laptops",
        "shop",
        "Save up to 20%. Unsubscribe.",
    ),
    (
        "Mom <carmen.alvarez@yahoo.example>",
        "tamales",
        "personal",
        "Tamales this weekend?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JESSICA,
        own_to={"Indeed": TARA, "Austin Reads": ROSA},
        offset="-0500",
        clock="15:30:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="21:05:00",
        tag="fivehundredseventyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
