"""A six-hundred-and-forty-fifth mailbox, written as a held-out check after the six-hundred-and-forty-fourth
(issue #24).

Diego Alvarez, a full-stack developer in Denver, keeps his Fastmail account in Thunderbird and exports the inbox as
one mbox. He looks for work at start-ups through Wellfound, Y Combinator's Work at a Startup and the companies' own
Ashby and Lever pages: Wellfound's "Your application to Tandem Labs was sent", Work at a Startup's "You applied to
Pallet (YC W20)", Kindred's Ashby "Thanks for applying to Kindred", Mosaic's Lever "Thank you for applying to Mosaic",
Tandem Labs' founder writing from the company's domain "Loved your GitHub - want to hop on a quick call this week?",
Pallet's CTO "take-home project" (an interview round), Kindred's "we've decided not to move forward", Tandem's
"come spend a day with the team in our Boulder office" (the final round), his thank-you, Tandem's "We'd like to
offer you the Founding Engineer role", Mosaic's "not the right fit at this time", his withdrawal from Pallet, and
his acceptance of Tandem's offer. Negatives: Wellfound's "new startups hiring" digest, Hacker News' "Who is hiring"
newsletter, a recruiter's cold InMail, a GitHub notification, his landlord and his climbing partner. ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DIEGO = "diego.alvarez@fastmail.example"
ME = f"Diego Alvarez <{DIEGO}>"
WF = "Wellfound <noreply@wellfound.example>"
WAAS = "Work at a Startup <noreply@workatastartup.example>"
KINDRED = "Kindred <no-reply@ashbyhq.example>"
MOSAIC = "Mosaic <no-reply@hire.lever.example>"
TANDEM = "Priya Raman <priya@tandemlabs.example>"
PALLET = "Sam Okoye <sam@pallet.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Tandem Labs",
        "applied",
        "2025-08-04",
        WF,
        "Your application to Tandem Labs was sent",
        "Hi Diego,\n\nYour application to Tandem Labs for Founding Engineer was sent. Tandem Labs typically responds "
        "within 5 days.\n\nWellfound",
        None,
    ),
    (
        "Pallet",
        "applied",
        "2025-08-04",
        WAAS,
        "You applied to Pallet (YC W20)",
        "Hi Diego,\n\nYou applied to Pallet (YC W20) for the Full Stack Engineer role. The founders will reach out to you "
        "directly if there's a fit.\n\nWork at a Startup",
        None,
    ),
    (
        "Kindred",
        "applied",
        "2025-08-05",
        KINDRED,
        "Thanks for applying to Kindred",
        "Hi Diego,\n\nThanks for applying to the Software Engineer, Full Stack role at Kindred! We've received your "
        "application and will be in touch soon.\n\nKindred Recruiting",
        None,
    ),
    (
        "Mosaic",
        "applied",
        "2025-08-06",
        MOSAIC,
        "Thank you for applying to Mosaic",
        "Hi Diego,\n\nThank you for your interest in Mosaic! We've received your application for Senior Full Stack "
        "Engineer and our team will review it.\n\nMosaic Talent",
        None,
    ),
    (
        "Tandem Labs",
        "screen",
        "2025-08-07",
        TANDEM,
        "Tandem Labs <> Diego",
        "Hey Diego,\n\nPriya here, cofounder at Tandem. Loved your GitHub - the offline sync library especially. Want to "
        "hop on a quick call this week? Here's my Calendly: https://calendly.com/priya-tandem/20min\n\nPriya",
        None,
    ),
    (
        "Pallet",
        "interview",
        "2025-08-11",
        PALLET,
        "Pallet - next step",
        "Hi Diego,\n\nSam, CTO at Pallet. Thanks for applying! Our next step is a short take-home project (about 3 "
        "hours) followed by a review call with two of our engineers. Sending it over now.\n\nSam",
        None,
    ),
    (
        "Kindred",
        "rejected",
        "2025-08-12",
        KINDRED,
        "Your application to Kindred",
        "Hi Diego,\n\nThank you for your interest in Kindred. After reviewing your application, we've decided not to "
        "move forward at this time.\n\nKindred Recruiting",
        2,
    ),
    (
        "Tandem Labs",
        "onsite",
        "2025-08-14",
        TANDEM,
        "Re: Tandem Labs <> Diego",
        "Diego - great chatting! Next step: come spend a day with the team in our Boulder office next Thursday. We'll "
        "pair on a real ticket and grab lunch.\n\nPriya",
        4,
    ),
    (
        "Tandem Labs",
        "thank_you",
        "2025-08-21",
        ME,
        "Re: Tandem Labs <> Diego",
        "Priya,\n\nThanks for having me today - I had a great time pairing with Jonah and meeting everyone.\n\nDiego",
        7,
    ),
    (
        "Mosaic",
        "rejected",
        "2025-08-22",
        MOSAIC,
        "Update from Mosaic",
        "Hi Diego,\n\nThanks for your patience. We've reviewed your application and unfortunately it's not the right "
        "fit at this time.\n\nMosaic Talent",
        3,
    ),
    (
        "Tandem Labs",
        "offer",
        "2025-08-26",
        TANDEM,
        "Offer - Founding Engineer",
        "Hi Diego,\n\nWe'd like to offer you the Founding Engineer role at Tandem Labs! $165k base plus 0.8% equity. "
        "Offer letter attached - let me know if you have questions.\n\nPriya",
        None,
    ),
    (
        "Pallet",
        "withdrew",
        "2025-08-27",
        ME,
        "Re: Pallet - next step",
        "Hi Sam,\n\nThanks for the take-home and the review call. I've accepted another offer, so I'd like to withdraw "
        "from the process. Best of luck with the hire!\n\nDiego",
        5,
    ),
    (
        "Tandem Labs",
        "accepted",
        "2025-08-27",
        ME,
        "Re: Offer - Founding Engineer",
        "Priya,\n\nI'm in! Happy to accept - signed offer attached.\n\nDiego",
        10,
    ),
]

_NEGATIVES = [
    (
        "Wellfound <digest@wellfound.example>",
        "12 new startups hiring full-stack engineers",
        "alert",
        "Startups hiring this week in Denver and remote. View jobs. Unsubscribe.",
    ),
    (
        "Hacker Newsletter <kale@hackernewsletter.example>",
        "Hacker Newsletter #744",
        "newsletter",
        "The best of Hacker News this week, including Ask HN: Who is hiring? Unsubscribe.",
    ),
    (
        "LinkedIn <inmail-hit-reply@linkedin.example>",
        "Diego, you have a new message",
        "outreach",
        "Mara Lind, Technical Recruiter at Toptal: Hi Diego, we're building a network of elite engineers. Interested?",
    ),
    (
        "GitHub <notifications@github.example>",
        "[offline-sync] New issue #88",
        "other",
        "A new issue was opened on offline-sync.",
    ),
    (
        "Ben Carter <ben.carter@gmail.example>",
        "Lease renewal",
        "personal",
        "Hi Diego, attached is the renewal for next year.",
    ),
    (
        "Alex <alex.climbs@proton.example>",
        "Eldo Saturday?",
        "personal",
        "Want to climb in Eldorado Canyon Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DIEGO,
        own_to={"Tandem Labs": TANDEM, "Pallet": PALLET},
        offset=lambda d: "-0600",
        clock="13:20:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="21:40:00",
        tag="sixhundredfortyfive",
        host="fastmail.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
