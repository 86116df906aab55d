"""A three-hundred-and-thirty-seventh mailbox, written as a held-out check after the three-hundred-and-thirty-sixth
(issue #24).

Nadia, a product manager in Minneapolis, exports Gmail with Takeout.  A search that ends with two offers: Greenhouse
and Lever receipts, screens and onsites at two companies, her own counter ("Would you be able to bring the base to
$150,000?", no step), the first company's "revised offer" (the same offer, raised: no new step), the second company's
offer, her own "After a lot of thought, I've decided to decline the offer" to the first and "I'm excited to accept" to
the second, and a third company's refusal.  Negatives: a Product Hunt digest, a Lenny's newsletter, a Twin Cities PM
meetup, an Xcel Energy bill, a Target Circle offer, her partner.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NADIA = "nadia.farouk.pm@gmail.com"
ME = f"Nadia Farouk <{NADIA}>"

_OWN_TO = {
    "Loring Health": "Beth Anders <banders@loringhealth.example>",
    "Nicollet Commerce": "Sam Ortiz <sam.ortiz@nicolletcommerce.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Loring Health",
        "applied",
        "2025-08-04",
        "Loring Health <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Loring Health",
        "Hi Nadia,\n\nThanks for applying to the Senior Product Manager, Patient Experience role at Loring Health.\n\n"
        "The Loring Health Team",
        "l1",
    ),
    (
        "Nicollet Commerce",
        "applied",
        "2025-08-05",
        "Nicollet Commerce <no-reply@hire.lever.co>",
        "Thank you for your application to Nicollet Commerce",
        "Hi Nadia,\n\nThank you for applying for Senior Product Manager, Checkout at Nicollet Commerce.\n\nNicollet "
        "Commerce Recruiting",
        "c1",
    ),
    (
        "Stone Arch Insurance",
        "applied",
        "2025-08-06",
        "Stone Arch Insurance <stonearch@myworkday.com>",
        "Application received",
        "Dear Nadia,\n\nThank you for applying for Product Manager II at Stone Arch Insurance.\n\nTalent Acquisition",
        "s1",
    ),
    (
        "Loring Health",
        "screen",
        "2025-08-08",
        "Beth Anders <banders@loringhealth.example>",
        "Loring Health - recruiter call",
        "Hi Nadia,\n\nThanks for applying! Could we do a 30-minute recruiter call on Tuesday?\n\nBeth Anders\nRecruiter, "
        "Loring Health",
        "l2",
    ),
    (
        "Nicollet Commerce",
        "screen",
        "2025-08-11",
        "Sam Ortiz <sam.ortiz@nicolletcommerce.example>",
        "Nicollet Commerce - intro call",
        "Hi Nadia,\n\nI'm the recruiter for our checkout team - do you have 20 minutes this week for an intro call?\n\nSam "
        "Ortiz\nTalent Partner, Nicollet Commerce",
        "c2",
    ),
    (
        "Stone Arch Insurance",
        "rejected",
        "2025-08-15",
        "Stone Arch Insurance <stonearch@myworkday.com>",
        "Your application",
        "Dear Nadia,\n\nThank you for your interest in Stone Arch Insurance. We have decided to move forward with other "
        "candidates.\n\nTalent Acquisition",
        "s1",
    ),
    (
        "Loring Health",
        "onsite",
        "2025-08-19",
        "Beth Anders <banders@loringhealth.example>",
        "Loring Health - final round",
        "Hi Nadia,\n\nThe team would love to have you in for our final round on August 26: a product case, a session "
        "with engineering and time with our CPO.\n\nBeth",
        "l3",
    ),
    (
        "Nicollet Commerce",
        "onsite",
        "2025-08-22",
        "Sam Ortiz <sam.ortiz@nicolletcommerce.example>",
        "Nicollet Commerce - onsite",
        "Hi Nadia,\n\nWe'd like to invite you to an onsite at our North Loop office on August 29 with the checkout team "
        "and our VP of Product.\n\nSam",
        "c3",
    ),
    (
        "Loring Health",
        "offer",
        "2025-09-02",
        "Beth Anders <banders@loringhealth.example>",
        "Offer - Senior Product Manager",
        "Hi Nadia,\n\nWe're thrilled to offer you the Senior Product Manager role: $140,000 base, 10% bonus. Your offer "
        "letter is attached.\n\nBeth",
        "l4",
    ),
    (
        "Loring Health",
        "skip",
        "2025-09-03",
        ME,
        "Re: Offer - Senior Product Manager",
        "Hi Beth,\n\nThank you so much - I'm excited about Loring. Would you be able to bring the base to $150,000?\n\n"
        "Best,\nNadia",
        "l4",
    ),
    (
        "Loring Health",
        "skip",
        "2025-09-05",
        "Beth Anders <banders@loringhealth.example>",
        "Re: Offer - Senior Product Manager",
        "Hi Nadia,\n\nGood news - we've been able to revise the offer to $147,000 base with the same bonus. The revised "
        "offer letter is attached.\n\nBeth",
        "l4",
    ),
    (
        "Nicollet Commerce",
        "offer",
        "2025-09-05",
        "Sam Ortiz <sam.ortiz@nicolletcommerce.example>",
        "Your offer from Nicollet Commerce",
        "Hi Nadia,\n\nCongratulations! We'd love to offer you the Senior Product Manager, Checkout role at $152,000 base "
        "plus equity. Offer letter attached.\n\nSam",
        "c4",
    ),
    (
        "Loring Health",
        "declined",
        "2025-09-08",
        ME,
        "Re: Offer - Senior Product Manager",
        "Hi Beth,\n\nThank you for the revised offer and for everything. After a lot of thought, I've decided to decline "
        "the offer - it was a very hard decision.\n\nBest,\nNadia",
        "l4",
    ),
    (
        "Nicollet Commerce",
        "accepted",
        "2025-09-08",
        ME,
        "Re: Your offer from Nicollet Commerce",
        "Hi Sam,\n\nI'm excited to accept! Signed letter attached.\n\nNadia",
        "c4",
    ),
]

_NEGATIVES = [
    (
        "Product Hunt <hello@producthunt.example>",
        "Today's top products",
        "newsletter",
        "The top launches of the day, plus a maker interview.",
    ),
    (
        "Lenny's Newsletter <lenny@substack.example>",
        "How to negotiate your PM offer",
        "newsletter",
        "This week: how to negotiate your product manager offer, with scripts.",
    ),
    (
        "Twin Cities Product <events@tcproduct.example>",
        "September meetup",
        "newsletter",
        "Join us September 18 for a panel on discovery at scale.",
    ),
    (
        "Xcel Energy <billing@xcel.example>",
        "Your bill is ready",
        "other",
        "Your Xcel Energy bill of $97.12 is ready.",
    ),
    (
        "Target Circle <circle@target.example>",
        "Your Circle offers",
        "shop",
        "New Target Circle offers just for you.",
    ),
    (
        "Jon Park <jonpark@icloud.example>",
        "dinner",
        "personal",
        "Celebration dinner Friday? Whatever you decide, I'm proud of you.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (her counter and the raised offer are no steps)."""
    from mail_score import no_step, takeout_corpus

    out = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=NADIA,
        own_to=_OWN_TO,
        offset="-0500",
        clock="13:05:00",
        neg_start="2025-08-03",
        neg_step=6,
        neg_clock="20:40:00",
        tag="threehundredthirtyseven",
    )
    return no_step(out, "other")


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
