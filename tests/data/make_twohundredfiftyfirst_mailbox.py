"""A two-hundred-and-fifty-first mailbox, written as a held-out check after the two-hundred-and-fiftieth
(issue #24).

Olu, a product designer in London, exports Gmail with Takeout.  Fintechs and an agency write HTML-only mail laid
out in tables, with the company's name only in a logo's ``alt`` text, a header bar and a footer ("© 2025 Pennyweight
Ltd. Registered in England and Wales No. 11223344"): Greenhouse's receipt, an "invite to a portfolio review", a
"design challenge", a "final round with our CPO and a cross-functional panel", a rejection with a "feedback call"
offer, and an offer "subject to right to work checks".  Negatives: Dribbble's newsletter, Otta's job matches,
Monzo's statement, a cinema, a cousin.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLU = "olu.adebayo.design@gmail.com"
ME = f"Olu Adebayo <{OLU}>"


def _html(company, text, footer):
    """A tracking system's HTML-only layout: a logo, the text's paragraphs, a footer."""
    paras = "".join(f"<tr><td style='padding:8px 24px;font-family:Arial'>{p}</td></tr>" for p in text.split("\n\n"))
    return (
        f"HTML:<html><body><table width='600' cellpadding='0' cellspacing='0'><tr><td style='padding:24px'>"
        f"<img src='https://cdn.example/logo.png' alt='{company}' width='120'></td></tr>{paras}"
        f"<tr><td style='padding:24px;color:#888;font-size:11px'>{footer}</td></tr></table></body></html>"
    )


_PW_FOOT = "© 2025 Pennyweight Ltd. Registered in England and Wales No. 11223344. 1 Finsbury Avenue, London EC2M 2PF."
_LO_FOOT = "Ledgeroak Technologies Limited, registered in England and Wales, company number 09876543."

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Pennyweight",
        "applied",
        "2025-10-06",
        "Pennyweight <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Pennyweight",
        _html(
            "Pennyweight",
            "Hi Olu,\n\nThanks for applying for the Senior Product Designer role. Our team will review your "
            "application and be in touch soon.\n\nThe Pennyweight Talent Team",
            _PW_FOOT,
        ),
        "p1",
    ),
    (
        "Ledgeroak",
        "applied",
        "2025-10-07",
        "Ledgeroak Careers <careers@ledgeroak.com>",
        "We've received your application",
        _html(
            "Ledgeroak",
            "Hi Olu,\n\nThank you for your interest in joining us as a Product Designer. We've received your "
            "application and will review it within 10 working days.\n\nPeople Team",
            _LO_FOOT,
        ),
        "l1",
    ),
    (
        "Pennyweight",
        "interview",
        "2025-10-10",
        "Hannah Cole <hannah.cole@pennyweight.co.uk>",
        "Portfolio review - Senior Product Designer",
        _html(
            "Pennyweight",
            "Hi Olu,\n\nWe loved your work on the savings app! We'd like to invite you to a 60-minute portfolio "
            "review with our Head of Design. Please choose a time that suits you.\n\nBest,\nHannah Cole\nTalent "
            "Partner",
            _PW_FOOT,
        ),
        "p2",
    ),
    (
        "Ledgeroak",
        "interview",
        "2025-10-14",
        "Ledgeroak Careers <careers@ledgeroak.com>",
        "Next step: design challenge",
        _html(
            "Ledgeroak",
            "Hi Olu,\n\nThanks for your patience. The next step is a short design challenge: we'll send the brief on "
            "Monday and you'll have a week to complete it.\n\nPeople Team",
            _LO_FOOT,
        ),
        "l1",
    ),
    (
        "Pennyweight",
        "onsite",
        "2025-10-17",
        "Hannah Cole <hannah.cole@pennyweight.co.uk>",
        "RE: Portfolio review - Senior Product Designer",
        _html(
            "Pennyweight",
            "Hi Olu,\n\nGreat news - the team would like you to come in for the final round: a session with our CPO "
            "and a cross-functional panel at our Finsbury Avenue office next Thursday.\n\nBest,\nHannah",
            _PW_FOOT,
        ),
        "p2",
    ),
    (
        "Ledgeroak",
        "rejected",
        "2025-10-24",
        "Ledgeroak Careers <careers@ledgeroak.com>",
        "Your application to Ledgeroak",
        _html(
            "Ledgeroak",
            "Hi Olu,\n\nThank you for completing the design challenge. We've decided not to progress your "
            "application on this occasion, but we'd be happy to set up a short feedback call if useful.\n\nPeople "
            "Team",
            _LO_FOOT,
        ),
        "l1",
    ),
    (
        "Pennyweight",
        "offer",
        "2025-10-29",
        "Hannah Cole <hannah.cole@pennyweight.co.uk>",
        "Your offer from Pennyweight",
        _html(
            "Pennyweight",
            "Hi Olu,\n\nI'm delighted to attach your offer for the Senior Product Designer role, subject to right to "
            "work checks. Do shout if you have any questions.\n\nBest,\nHannah",
            _PW_FOOT,
        ),
        "p3",
    ),
    (
        "Pennyweight",
        "accepted",
        "2025-10-30",
        ME,
        "Re: Your offer from Pennyweight",
        "Hi Hannah,\n\nThank you so much - I'm delighted to accept! Signed copy attached.\n\nBest,\nOlu",
        "p3",
    ),
]

_OWN_TO = {"Pennyweight": "Hannah Cole <hannah.cole@pennyweight.co.uk>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Dribbble <newsletter@dribbble.example>",
        "The best shots of the week",
        "newsletter",
        "HTML:<html><body><p>Top shots this week: fintech dashboards and bold type.</p></body></html>",
    ),
    (
        "Otta <hello@otta.example>",
        "New matches: Product Designer roles in London",
        "alert",
        "Senior Product Designer at a neobank; Product Designer at a climate start-up.",
    ),
    (
        "Monzo <help@monzo.example>",
        "Your monthly statement",
        "other",
        "Your October statement is ready in the app.",
    ),
    (
        "Picturehouse <tickets@picturehouse.example>",
        "Your tickets for Friday",
        "shop",
        "Two tickets, Screen 2, 19:30.",
    ),
    (
        "Tolu Adebayo <tolu.adebayo@hotmail.example>",
        "Sunday lunch",
        "personal",
        "Mum says come for jollof on Sunday, 2pm.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (HTML only), then the negatives."""
    from mail_score import sent_as, takeout_corpus

    return sent_as(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=OLU,
            own_to=_OWN_TO,
            offset="+0100",
            clock="12:00:00",
            neg_start="2025-10-05",
            neg_step=5,
            neg_clock="20:10:00",
            tag="twohundredfiftyone",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
