"""A ninety-ninth mailbox, written as a held-out check after the ninety-eighth (issue #24).

Hannah, a sales development rep in Denver, exports Gmail with Takeout.  The employers she applied to also market to
her: a talent-community mail with "interview tips from our recruiters", a product newsletter with "an exclusive
offer", a webinar invitation, "we're hiring for more roles like the one you applied to", a Glassdoor "reviews of
companies you follow" digest.  Those speak of interviews and offers and come from the companies applied to; none is
a step.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.moore.sales@gmail.com"
_ME = f"Hannah Moore <{HANNAH}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Peakline Software",
        "applied",
        "2025-08-04",
        "Peakline Software <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Peakline Software",
        "Hi Hannah,\n\nThanks for applying for the Sales Development Representative role at Peakline Software. We'll "
        "review your application soon.\n\nPeakline Recruiting",
        "pk1",
    ),
    (
        "Peakline Software",
        "screen",
        "2025-08-08",
        "Josh Reed <josh.reed@peakline.io>",
        "Peakline SDR - intro call",
        "Hi Hannah,\n\nI'm a recruiter at Peakline. Do you have 20 minutes Tuesday for an intro call about the SDR "
        "role?\n\nJosh",
        "pk2",
    ),
    (
        "Peakline Software",
        "interview",
        "2025-08-15",
        "Josh Reed <josh.reed@peakline.io>",
        "Next step - mock cold call with the sales manager",
        "Hi Hannah,\n\nGreat chat! Next is a 45-minute interview with our sales manager, including a 10-minute mock "
        "cold call. Please pick a time on my calendar.\n\nJosh",
        "pk3",
    ),
    (
        "Peakline Software",
        "rejected",
        "2025-08-27",
        "Josh Reed <josh.reed@peakline.io>",
        "Re: Next step - mock cold call with the sales manager",
        "Hi Hannah,\n\nThanks for your time with Dana. We've decided to move forward with another candidate for this "
        "SDR opening.\n\nJosh",
        "pk3",
    ),
    (
        "Aspen Ridge Analytics",
        "applied",
        "2025-08-05",
        "Aspen Ridge Analytics <no-reply@ashbyhq.com>",
        "Thank you for applying to Aspen Ridge Analytics",
        "Hi Hannah,\n\nWe've received your application for Business Development Representative. We'll be in touch "
        "soon.\n\nAspen Ridge Analytics",
        "ar1",
    ),
    (
        "Aspen Ridge Analytics",
        "offer",
        "2025-08-25",
        "Kelly Brooks <kelly@aspenridgeanalytics.com>",
        "Offer - Business Development Representative",
        "Hi Hannah,\n\nCongratulations! We're excited to offer you the Business Development Representative role. "
        "Your offer letter is attached.\n\nKelly",
        "ar2",
    ),
    (
        "Aspen Ridge Analytics",
        "accepted",
        "2025-08-27",
        _ME,
        "Re: Offer - Business Development Representative",
        "Hi Kelly,\n\nThank you! I'm thrilled to accept the offer. Signed letter attached.\n\nHannah",
        "ar2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Peakline Careers <talent@peakline.io>",
        "Interview tips from our recruiters",
        "newsletter",
        "Preparing for an interview at a SaaS company? Our recruiters share five tips for your next interview. "
        "Join our talent community for more. Unsubscribe",
    ),
    (
        "Peakline Software <marketing@peakline.io>",
        "An exclusive offer for new customers",
        "newsletter",
        "Start your free trial of Peakline Pro today and get 30% off your first year. Unsubscribe",
    ),
    (
        "Aspen Ridge Analytics <events@aspenridgeanalytics.com>",
        "You're invited: Revenue Analytics Summit webinar",
        "newsletter",
        "Join our product team for a live webinar on revenue analytics. Register now. Unsubscribe",
    ),
    (
        "Peakline Careers <talent@peakline.io>",
        "More roles like the one you applied to",
        "alert",
        "Hi Hannah, we're hiring for more sales roles: Account Executive, Customer Success Manager. View openings.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "New reviews of companies you follow",
        "alert",
        "Peakline Software: 4.2 stars - 'Great interview process'. Aspen Ridge Analytics: 3.9 stars.",
    ),
    (
        "Morgan Tate <morgan@sdrtalent.example>",
        "SDR role at a Series B startup",
        "outreach",
        "Hi Hannah, I'm hiring SDRs for a Series B startup in Boulder. Would you be open to a quick call?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=HANNAH,
        own_to={"Aspen Ridge Analytics": "Kelly Brooks <kelly@aspenridgeanalytics.com>"},
        offset="-0600",
        clock="13:20:00",
        neg_start="2025-08-09",
        neg_step=3,
        neg_clock="09:00:00",
        tag="ninetynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
