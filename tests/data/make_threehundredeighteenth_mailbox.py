"""A three-hundred-and-eighteenth mailbox, written as a held-out check after the three-hundred-and-seventeenth
(issue #24).

Noah, a product designer in Portland, exports Gmail with Takeout.  A search with the ordinary complications: a
friend's "I just submitted your referral for the Senior Product Designer role" (a friend's mail, no step), Greenhouse's
receipts for two roles at one company (Fernwood's Senior Product Designer and its Design Systems Lead, two
applications), a refusal for one role and a portfolio review for the other, his own follow-up ("Just following up on
my application"), his thank-you note after the review, a Lever receipt from a studio and its "we've filled the role",
an offer and his acceptance.  Negatives: the friend's referral, Dribbble's newsletter, Figma's product mail,
Wellfound's alert, a PGE bill, his brother.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NOAH = "noah.bergstrom.design@gmail.com"
ME = f"Noah Bergstrom <{NOAH}>"

#: Two roles at Fernwood, two applications.
APPLICATIONS = {"Fernwood": 2}

_OWN_TO = {
    "Fernwood": "Alicia Romero <alicia@fernwood.example>",
    "Lantern & Loom Studio": "Lantern & Loom Studio <jobs@lanternloom.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Fernwood",
        "applied",
        "2025-09-08",
        "Fernwood <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Fernwood!",
        "Hi Noah,\n\nThanks for applying for the Senior Product Designer role at Fernwood. We review every application "
        "and will be in touch if there's a fit.\n\nThe Fernwood Team",
        "f1",
    ),
    (
        "Fernwood",
        "applied",
        "2025-09-09",
        "Fernwood <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Fernwood!",
        "Hi Noah,\n\nThanks for applying for the Design Systems Lead role at Fernwood. We review every application and "
        "will be in touch if there's a fit.\n\nThe Fernwood Team",
        "f2",
    ),
    (
        "Lantern & Loom Studio",
        "applied",
        "2025-09-10",
        "Lantern & Loom Studio <no-reply@hire.lever.co>",
        "Thanks for your application to Lantern & Loom Studio",
        "Hi Noah,\n\nThanks for applying to the Product Designer (Contract) position at Lantern & Loom Studio. We'll "
        "review your portfolio and get back to you.\n\nLantern & Loom",
        "l1",
    ),
    (
        "Fernwood",
        "rejected",
        "2025-09-17",
        "Fernwood <no-reply@us.greenhouse-mail.io>",
        "Your application to Fernwood",
        "Hi Noah,\n\nThank you for your interest in the Design Systems Lead role at Fernwood. After reviewing your "
        "application, we've decided not to move forward for this role. We appreciate your time.\n\nThe Fernwood Team",
        "f2",
    ),
    (
        "Lantern & Loom Studio",
        "follow_up",
        "2025-09-19",
        ME,
        "Following up - Product Designer (Contract)",
        "Hi there,\n\nJust following up on my application for the Product Designer (Contract) position - I'm still very "
        "interested and happy to share more work if helpful.\n\nBest,\nNoah",
        "l2",
    ),
    (
        "Fernwood",
        "interview",
        "2025-09-22",
        "Alicia Romero <alicia@fernwood.example>",
        "Portfolio review - Senior Product Designer",
        "Hi Noah,\n\nThe design team loved your work! We'd like to invite you to a 60-minute portfolio review with our "
        "Head of Design and two designers on Friday, September 26 at 10am PT over Zoom.\n\nAlicia Romero\nRecruiting, "
        "Fernwood",
        "f3",
    ),
    (
        "Lantern & Loom Studio",
        "rejected",
        "2025-09-24",
        "Lantern & Loom Studio <no-reply@hire.lever.co>",
        "Product Designer (Contract) - update",
        "Hi Noah,\n\nThanks for your patience. We've filled the role and won't be moving forward with other candidates "
        "at this time. We'll keep your portfolio on file.\n\nLantern & Loom",
        "l1",
    ),
    (
        "Fernwood",
        "thank_you",
        "2025-09-26",
        ME,
        "Re: Portfolio review - Senior Product Designer",
        "Hi Alicia,\n\nThank you for setting up today's portfolio review - I really enjoyed talking with Maya and the team "
        "about the design system work. Looking forward to hearing about next steps!\n\nBest,\nNoah",
        "f3",
    ),
    (
        "Fernwood",
        "offer",
        "2025-10-03",
        "Alicia Romero <alicia@fernwood.example>",
        "Offer - Senior Product Designer",
        "Hi Noah,\n\nGreat news: the team would like to offer you the Senior Product Designer role! $158,000 base plus "
        "equity; the offer letter is attached.\n\nAlicia",
        "f4",
    ),
    (
        "Fernwood",
        "accepted",
        "2025-10-06",
        ME,
        "Re: Offer - Senior Product Designer",
        "Hi Alicia,\n\nI'm thrilled to accept - signed letter attached. Thank you!\n\nNoah",
        "f4",
    ),
]

_NEGATIVES = [
    (
        "Sam Okafor <sam.okafor@gmail.example>",
        "referral!",
        "personal",
        "hey! I just submitted your referral for the Senior Product Designer role at Fernwood - you should get an email "
        "from them soon. fingers crossed!",
    ),
    (
        "Dribbble <digest@dribbble.example>",
        "This week's top shots",
        "newsletter",
        "The most popular shots this week, and 5 new design jobs.",
    ),
    (
        "Figma <hello@figma.example>",
        "What's new in Figma",
        "newsletter",
        "Dev Mode updates, new variables and more.",
    ),
    (
        "Wellfound <jobs@wellfound.com>",
        "New design jobs at startups",
        "alert",
        "Product Designer at Driftwood. Senior Designer at Mossline. Apply with one click.",
    ),
    (
        "PGE <billing@portlandgeneral.example>",
        "Your bill is ready",
        "other",
        "Your PGE bill of $88.40 is ready.",
    ),
    (
        "Eli Bergstrom <eli.bergstrom@icloud.example>",
        "timbers game",
        "personal",
        "got 2 tickets to the timbers game sat, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=NOAH,
        own_to=_OWN_TO,
        offset="-0700",
        clock="10:30:00",
        neg_start="2025-09-05",
        neg_step=5,
        neg_clock="19:45:00",
        tag="threehundredeighteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
