"""A four-hundred-and-seventy-fourth mailbox, written as a held-out check after the four-hundred-and-seventy-third
(issue #24).

Brianna Lopez, an ICU travel nurse from San Antonio, keeps her search in Gmail and exports it with Takeout.  Travel
nursing runs through agencies' recruiters: "I submitted you to Baylor Scott & White - Dallas for the 13-week ICU
contract ($2,450/wk)", "You have an interview with the unit manager tomorrow at 2 CST - she'll call your cell",
"You got the offer!! Start date 10/6", "the Houston Methodist position was filled before they could interview you",
a second agency's "Your profile was sent to HCA Medical City Plano", "they'd like to do a phone interview Thursday",
her "Yes! Please accept it for me", her "Did Plano ever get back to you?" (its phone interview, named with no
interviewer, is the screen, as the 423rd's client's phone interview), and a hospital's own Workday receipt and
its "we have selected other candidates".  Negatives: Vivian's job alert, a nursing newsletter, an agency's "Hot
contracts: 25 ICU jobs", a CEU course, H-E-B and her mom.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BRI = "brianna.lopez.rn@gmail.com"
ME = f"Brianna Lopez <{BRI}>"
KAYLA = "Kayla Brooks <kbrooks@lonestartravelnurse.example>"
TYLER = "Tyler Grant <tyler.grant@nursebridge.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Baylor Scott & White",
        "applied",
        "2025-09-08",
        KAYLA,
        "Submitted! BSW Dallas ICU",
        "Hey Brianna!\n\nI submitted you to Baylor Scott & White - Dallas for the 13-week ICU contract ($2,450/wk). "
        "I'll let you know the second I hear something!\n\nKayla Brooks\nLone Star Travel Nurse",
        "t-bsw",
    ),
    (
        "Houston Methodist",
        "applied",
        "2025-09-09",
        KAYLA,
        "Submitted! Houston Methodist ICU",
        "Hey Brianna!\n\nAlso submitted you to Houston Methodist for their 13-week ICU night shift contract. Fingers "
        "crossed!\n\nKayla",
        "t-hm",
    ),
    (
        "HCA Medical City Plano",
        "applied",
        "2025-09-10",
        TYLER,
        "Medical City Plano - ICU",
        "Hi Brianna,\n\nYour profile was sent to HCA Medical City Plano for the 13-week CVICU contract.\n\nTyler Grant\n"
        "NurseBridge",
        "t-mcp",
    ),
    (
        "University Health",
        "applied",
        "2025-09-11",
        "University Health <uhs@myworkday.com>",
        "Thank you for applying",
        "Dear Brianna,\n\nThank you for applying for Registered Nurse - MICU (R-77812) at University Health. We are "
        "reviewing your application.\n\nUniversity Health Talent Acquisition",
        "t-uh",
    ),
    (
        "Baylor Scott & White",
        "interview",
        "2025-09-12",
        KAYLA,
        "RE: Submitted! BSW Dallas ICU",
        "Brianna - you have an interview with the unit manager tomorrow at 2 CST! She'll call your cell.\n\nKayla",
        "t-bsw",
    ),
    (
        "Houston Methodist",
        "rejected",
        "2025-09-15",
        KAYLA,
        "RE: Submitted! Houston Methodist ICU",
        "Hey - bad news on Houston Methodist, the position was filled before they could interview you. Sorry girl!\n\n"
        "Kayla",
        "t-hm",
    ),
    (
        "Baylor Scott & White",
        "offer",
        "2025-09-15",
        KAYLA,
        "RE: Submitted! BSW Dallas ICU",
        "YOU GOT THE OFFER!! Start date 10/6, 3x12 nights. Want me to accept?\n\nKayla",
        "t-bsw",
    ),
    (
        "Baylor Scott & White",
        "accepted",
        "2025-09-15",
        ME,
        "RE: Submitted! BSW Dallas ICU",
        "Yes! Please accept it for me. Thank you!!\n\nBri",
        "t-bsw",
    ),
    (
        "HCA Medical City Plano",
        "follow_up",
        "2025-09-16",
        ME,
        "RE: Medical City Plano - ICU",
        "Hey Tyler, did Plano ever get back to you?\n\nBri",
        "t-mcp",
    ),
    (
        "HCA Medical City Plano",
        "screen",
        "2025-09-17",
        TYLER,
        "RE: Medical City Plano - ICU",
        "Hi Brianna,\n\nYes - they'd like to do a phone interview Thursday at 11. Are you still available?\n\nTyler",
        "t-mcp",
    ),
    (
        "University Health",
        "rejected",
        "2025-09-22",
        "University Health <uhs@myworkday.com>",
        "Your application for Registered Nurse - MICU",
        "Dear Brianna,\n\nThank you for your interest in University Health. We have selected other candidates for this "
        "position.\n\nUniversity Health Talent Acquisition",
        "t-uh",
    ),
]

_NEGATIVES = [
    (
        "Vivian Health <jobs@vivian.example>",
        "New ICU travel jobs in Texas",
        "alert",
        "ICU - Austin - $2,300/wk. CVICU - Houston - $2,600/wk. View jobs.",
    ),
    (
        "Nurse.org <newsletter@nurse.example>",
        "This week in nursing",
        "newsletter",
        "Top stories. Unsubscribe.",
    ),
    (
        "Lone Star Travel Nurse <jobs@lonestartravelnurse.example>",
        "Hot contracts: 25 ICU jobs",
        "newsletter",
        "25 ICU contracts across Texas. Reply to get submitted. Unsubscribe.",
    ),
    (
        "CEUfast <courses@ceufast.example>",
        "Renew your Texas license: CEU bundle",
        "shop",
        "Get all your CEUs. Shop now.",
    ),
    (
        "H-E-B <noreply@heb.example>",
        "Your curbside order is ready",
        "other",
        "Your order is ready for pickup.",
    ),
    (
        "Mom <maria.lopez@gmail.example>",
        "dinner",
        "personal",
        "Are you coming for dinner Sunday mija?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=BRI,
        own_to={"Baylor Scott & White": KAYLA, "HCA Medical City Plano": TYLER},
        offset="-0500",
        clock="16:45:00",
        neg_start="2025-09-07",
        neg_step=4,
        neg_clock="22:15:00",
        tag="fourhundredseventyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
