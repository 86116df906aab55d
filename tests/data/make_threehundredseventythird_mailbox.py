"""A three-hundred-and-seventy-third mailbox, written as a held-out check after the three-hundred-and-seventy-second
(issue #24).

Sanne, a designer in Amsterdam, exports Gmail with Takeout.  Two roles at one company and one at another, in the
English Dutch employers write: Ashby's "Thanks for applying to Nimbus Grid" twice, once for Product Designer and once
for UX Researcher, a take-home for the designer role ("design challenge"), "we've decided not to continue with your
application for the UX Researcher role", a portfolio review for the designer role, "we are happy to offer you a
contract as Product Designer", her "I'm happy to accept"; Recruitee's receipt from a bank, "We'd like to invite you
for a first interview", "Unfortunately we have decided to proceed with other candidates".  Negatives: a Werkzoeken
alert, a Dribbble digest, an NS ticket, a DUO notice, an Albert Heijn bonus, her friend.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.

(The scorer keys applications by company; the two Nimbus Grid roles are told apart by
``test_two_roles_at_one_company_keep_their_own_mail``, not by the score.)
"""

from __future__ import annotations

from pathlib import Path

#: The applications each employer's mail is about, counted by hand (two roles at Nimbus Grid).
APPLICATIONS = {"Nimbus Grid": 2}

SANNE = "sanne.devries.design@gmail.com"
ME = f"Sanne de Vries <{SANNE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Nimbus Grid",
        "applied",
        "2025-02-03",
        "Nimbus Grid <no-reply@ashbyhq.com>",
        "Thanks for applying to Nimbus Grid",
        "Hi Sanne,\n\nThanks for applying for the Product Designer role at Nimbus Grid! We'll review your application "
        "and get back to you within a week.\n\nNimbus Grid Talent",
        "s1",
    ),
    (
        "Nimbus Grid",
        "applied",
        "2025-02-04",
        "Nimbus Grid <no-reply@ashbyhq.com>",
        "Thanks for applying to Nimbus Grid",
        "Hi Sanne,\n\nThanks for applying for the UX Researcher role at Nimbus Grid! We'll review your application and "
        "get back to you within a week.\n\nNimbus Grid Talent",
        "s2",
    ),
    (
        "Keizersgracht Bank",
        "applied",
        "2025-02-05",
        "Keizersgracht Bank <noreply@recruitee.com>",
        "We have received your application",
        "Dear Sanne,\n\nThank you for your application for the position of Digital Designer at Keizersgracht Bank. We "
        "will review your application carefully.\n\nKind regards,\nTalent Acquisition Keizersgracht Bank",
        "s3",
    ),
    (
        "Nimbus Grid",
        "interview",
        "2025-02-10",
        "Femke Jansen <femke@nimbusgrid.io>",
        "Product Designer - design challenge",
        "Hi Sanne,\n\nThanks for applying for the Product Designer role! As a next step we'd like you to do a short "
        "design challenge (about 4 hours). Please send it back within a week.\n\nFemke\nDesign Recruiter",
        "s4",
    ),
    (
        "Nimbus Grid",
        "rejected",
        "2025-02-11",
        "Nimbus Grid <no-reply@ashbyhq.com>",
        "Your application for UX Researcher",
        "Hi Sanne,\n\nThank you for your interest in the UX Researcher role. We've decided not to continue with your "
        "application for this role.\n\nNimbus Grid Talent",
        "s2",
    ),
    (
        "Keizersgracht Bank",
        "interview",
        "2025-02-12",
        "Joost Bakker <joost.bakker@keizersgrachtbank.nl>",
        "Invitation first interview - Digital Designer",
        "Dear Sanne,\n\nWe'd like to invite you for a first interview with our Lead Designer on Monday 17 February at "
        "14:00 at our office on the Keizersgracht.\n\nKind regards,\nJoost Bakker\nRecruiter",
        "s3",
    ),
    (
        "Nimbus Grid",
        "onsite",
        "2025-02-18",
        "Femke Jansen <femke@nimbusgrid.io>",
        "Re: Product Designer - design challenge",
        "Hi Sanne,\n\nThe team loved your challenge! We'd like to invite you to our office for the final round: a "
        "portfolio review with the design team and a chat with our CPO.\n\nFemke",
        "s4",
    ),
    (
        "Keizersgracht Bank",
        "rejected",
        "2025-02-21",
        "Joost Bakker <joost.bakker@keizersgrachtbank.nl>",
        "Re: Invitation first interview - Digital Designer",
        "Dear Sanne,\n\nThank you for your time. Unfortunately we have decided to proceed with other candidates.\n\n"
        "Kind regards,\nJoost",
        "s3",
    ),
    (
        "Nimbus Grid",
        "offer",
        "2025-02-26",
        "Femke Jansen <femke@nimbusgrid.io>",
        "Offer - Product Designer",
        "Hi Sanne,\n\nWe are happy to offer you a contract as Product Designer at Nimbus Grid! The details are in the "
        "attached letter.\n\nFemke",
        "s5",
    ),
    (
        "Nimbus Grid",
        "accepted",
        "2025-02-27",
        ME,
        "Re: Offer - Product Designer",
        "Hi Femke,\n\nI'm happy to accept! Thank you so much.\n\nSanne",
        "s5",
    ),
]

_NEGATIVES = [
    (
        "Werkzoeken.nl <alerts@werkzoeken.example>",
        "Nieuwe vacatures: designer in Amsterdam",
        "alert",
        "12 nieuwe vacatures voor designer in Amsterdam. Bekijk ze nu.",
    ),
    (
        "Dribbble <digest@dribbble.example>",
        "Popular shots this week",
        "newsletter",
        "The most popular shots from the Dribbble community this week.",
    ),
    (
        "NS <noreply@ns.example>",
        "Je reisbevestiging",
        "other",
        "Je e-ticket Amsterdam Centraal - Utrecht Centraal.",
    ),
    (
        "DUO <noreply@duo.example>",
        "Nieuw bericht in Mijn DUO",
        "other",
        "Er staat een nieuw bericht voor je klaar in Mijn DUO.",
    ),
    (
        "Albert Heijn <bonus@ah.example>",
        "De bonus van deze week",
        "shop",
        "Bekijk de bonusaanbiedingen van deze week.",
    ),
    (
        "Lotte Visser <lotte.visser@gmail.example>",
        "borrel vrijdag",
        "personal",
        "Borrel vrijdag bij Café de Jaren?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SANNE,
        own_to={"Nimbus Grid": "Femke Jansen <femke@nimbusgrid.io>"},
        offset="+0100",
        clock="10:55:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="20:45:00",
        tag="threehundredseventythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
