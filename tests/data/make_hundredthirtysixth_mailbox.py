"""A hundred-and-thirty-sixth mailbox, written as a held-out check after the hundred-and-thirty-fifth (issue #24).

Noah, a product manager in San Francisco, exports Gmail with Takeout.  Startups answer through Ashby, Lever,
Rippling, Dover and Wellfound, most of it as HTML (tables, a "View in browser" plain part), a founder writes from
Wellfound's relay, a recruiter books through Gem, and a product exercise and a "super day" come before an offer he
negotiates.  His negatives: Wellfound's and Lenny's newsletters, a product conference, a Figma invoice, a
landlord portal, a VC's portfolio jobs digest, a recruiter's cold mail.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NOAH = "noah.brennan.pm@gmail.com"
_ME = f"Noah Brennan <{NOAH}>"
_TESS = "Tess Alvarez <tess@lumenloop.com>"


def _table(*rows):
    cells = "".join(f"<tr><td style='padding:8px'>{r}</td></tr>" for r in rows)
    return (
        "HTML:<html><body><table width='600' cellpadding='0'><tr><td><img src='https://cdn.example/logo.png' "
        f"alt='logo'></td></tr>{cells}<tr><td style='font-size:11px;color:#999'>Sent with Ashby · "
        "<a href='https://example.com/unsub'>Unsubscribe</a></td></tr></table></body></html>"
    )


# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lumen Loop",
        "applied",
        "2025-04-01",
        "Lumen Loop <no-reply@ashbyhq.com>",
        "Thanks for applying to Lumen Loop",
        _table(
            "Hi Noah,",
            "Thanks for applying for the <b>Senior Product Manager, Growth</b> role at Lumen Loop.",
            "We review every application and will be in touch soon.",
            "— The Lumen Loop team",
        ),
        "ll1",
    ),
    (
        "Lumen Loop",
        "screen",
        "2025-04-04",
        _TESS,
        "Lumen Loop <> Noah",
        "Hey Noah,\n\nTess here, I lead talent at Lumen Loop. Your growth work at Pylon caught our eye - could we grab "
        "30 min this week? Here's my Gem link to book: https://gem.com/book/tess\n\nTess",
        "ll2",
    ),
    (
        "Lumen Loop",
        "interview",
        "2025-04-10",
        _TESS,
        "Re: Lumen Loop <> Noah",
        "Hey Noah,\n\nGreat chat! Next is a product exercise: we'll send you a short prompt about activation and you'll "
        "walk our Head of Product through your thinking in a 60-min session next Tuesday.\n\nTess",
        "ll2",
    ),
    (
        "Lumen Loop",
        "onsite",
        "2025-04-18",
        _TESS,
        "Re: Lumen Loop <> Noah",
        "Hey Noah,\n\nThe team loved your exercise. We'd like to invite you to our super day on April 24: four "
        "conversations with the founders, design and engineering, in person at our Mission office.\n\nTess",
        "ll2",
    ),
    (
        "Lumen Loop",
        "offer",
        "2025-04-29",
        _TESS,
        "Lumen Loop offer",
        "Hey Noah,\n\nSo excited to share that we want you on the team! Offer attached: $205k base, 0.35% equity, "
        "and a start in early June. Happy to jump on a call to walk through it.\n\nTess",
        "ll3",
    ),
    (
        "Lumen Loop",
        "accepted",
        "2025-05-05",
        _ME,
        "Re: Lumen Loop offer",
        "Hi Tess,\n\nThanks for working through the numbers with me. I'm in - signed and sent back this morning!\n\nNoah",
        "ll3",
    ),
    (
        "Fernwood AI",
        "applied",
        "2025-04-02",
        "Fernwood AI <no-reply@hire.lever.co>",
        "Your application to Fernwood AI",
        "MULTI:<html><body><p>Hi Noah,</p><p>Thank you for your interest in Fernwood AI! We've received your "
        "application for <strong>Product Manager, Platform</strong> and our team will review it shortly.</p><p>Best,"
        "<br>Fernwood AI Recruiting</p></body></html>",
        "fw1",
    ),
    (
        "Fernwood AI",
        "rejected",
        "2025-04-16",
        "Fernwood AI <no-reply@hire.lever.co>",
        "Following up on your Fernwood AI application",
        "MULTI:<html><body><p>Hi Noah,</p><p>Thank you for taking the time to apply to Fernwood AI. After reviewing your "
        "background, we've decided to pursue candidates whose experience more closely matches our needs for this "
        "role.</p><p>We wish you the best in your search.</p></body></html>",
        "fw2",
    ),
    (
        "Cinder Health",
        "applied",
        "2025-04-03",
        "Wellfound <team@wellfound.com>",
        "Your application to Cinder Health was sent",
        "HTML:<html><body><p>Your application to <b>Cinder Health</b> for <b>Product Manager</b> was sent.</p><p>We'll "
        "let you know if Cinder Health replies.</p></body></html>",
        "ch1",
    ),
    (
        "Cinder Health",
        "screen",
        "2025-04-07",
        "Maya Chen via Wellfound <notifications@wellfound.com>",
        "New message from Maya Chen (Cinder Health)",
        "Maya Chen (Cinder Health) sent you a message:\n\nHi Noah, I'm the cofounder of Cinder Health. Loved your "
        "background - up for a quick intro call Thursday?\n\nReply on Wellfound",
        "ch2",
    ),
    (
        "Cinder Health",
        "withdrew",
        "2025-05-06",
        _ME,
        "Re: New message from Maya Chen (Cinder Health)",
        "Hi Maya,\n\nThanks so much for your time. I've accepted an offer elsewhere, so I'm going to withdraw from "
        "the process. Rooting for Cinder!\n\nNoah",
        "ch2",
    ),
    (
        "Quarry",
        "applied",
        "2025-04-08",
        "Quarry <notifications@rippling.com>",
        "Application received: Product Manager at Quarry",
        _table(
            "Hi Noah,",
            "We've received your application for <b>Product Manager</b> at <b>Quarry</b>.",
            "If your experience is a match, someone from our team will reach out.",
        ),
        "qy1",
    ),
    (
        "Quarry",
        "rejected",
        "2025-04-25",
        "Quarry <notifications@rippling.com>",
        "Update on your Quarry application",
        _table(
            "Hi Noah,",
            "Thanks for your interest in Quarry. We've reviewed your application and won't be moving "
            "forward at this time.",
            "We appreciate you considering us.",
        ),
        "qy2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Wellfound <digest@wellfound.com>",
        "25 new startup jobs for you",
        "alert",
        "HTML:<p>Senior PM at Ramp. Product Lead at Vanta. <a href='#'>See all jobs</a></p><p>Unsubscribe</p>",
    ),
    (
        "Lenny's Newsletter <lenny@substack.com>",
        "How the best PMs run discovery",
        "newsletter",
        "This week: discovery habits from 20 product leaders. Read more. Unsubscribe",
    ),
    (
        "Mind the Product <hello@mindtheproduct.com>",
        "#mtpcon San Francisco: early bird ends Friday",
        "newsletter",
        "Get your ticket for #mtpcon SF. Early bird ends Friday. Unsubscribe",
    ),
    (
        "Figma <billing@figma.com>",
        "Your Figma receipt",
        "shop",
        "Thanks for your payment of $15.00 for Figma Professional.",
    ),
    (
        "Avalon Properties <noreply@rentcafe.com>",
        "Your rent payment was received",
        "other",
        "We received your rent payment of $3,450.00. Thank you!",
    ),
    (
        "Foundry Ventures Talent <talent@foundry.vc>",
        "Portfolio jobs: 18 new product roles",
        "alert",
        "HTML:<p>Our portfolio companies are hiring: Staff PM at Quarry, Senior PM at Fernwood AI.</p><p>Unsubscribe</p>",
    ),
    (
        "Derek Yu <derek@productsearchpartners.com>",
        "Head of Product - Series B fintech",
        "outreach",
        "Hi Noah, I'm working with a Series B fintech looking for a Head of Product. Would you be open to a chat?",
    ),
    (
        "Lumen Loop <news@lumenloop.com>",
        "What's new in Lumen Loop: April",
        "newsletter",
        "HTML:<p>New: smart segments and a redesigned dashboard.</p><p>Unsubscribe</p>",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import sent_as, takeout_corpus

    return sent_as(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=NOAH,
            own_to={"Lumen Loop": _TESS, "Cinder Health": "Maya Chen via Wellfound <notifications@wellfound.com>"},
            offset="-0700",
            clock="10:05:00",
            neg_start="2025-04-01",
            neg_step=4,
            neg_clock="05:50:00",
            tag="hundredthirtysix",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
