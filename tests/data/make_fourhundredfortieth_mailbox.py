"""A four-hundred-and-fortieth mailbox, written as a held-out check after the four-hundred-and-thirty-ninth (issue
#24).

Tyler, an account executive in Nashville, keeps his search in Gmail and exports it with Takeout.  Sales hiring in its
own words: a recruiter's "Let's find 15 minutes this week", "Next step: a role play with our sales director - you'll
run a discovery call", "Final step: a 30-60-90 day plan presented to our VP of Sales", "we went another direction",
"we're pausing this search", "We're excited to offer you the Enterprise AE role - OTE $180k", a Lever receipt,
Greenhouse's "Interview Confirmation", his own "I'd love to accept" and a thank-you after the role play.
Negatives: a sales newsletter, a LinkedIn "InMail" from a recruiter with no job named, a SaaStr event, a Gong webinar,
Hertz and his brother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TYLER = "tyler.brooks.sales@gmail.com"
ME = f"Tyler Brooks <{TYLER}>"
JEN = "Jen Alvarez <jen.alvarez@ridgelinesoftware.example>"
KYLE = "Kyle Park <kyle.park@fieldstone.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Ridgeline Software",
        "applied",
        "2025-02-03",
        "Ridgeline Software <no-reply@hire.lever.co>",
        "Thanks for applying to Ridgeline Software",
        "Hi Tyler,\n\nThanks for applying for the Enterprise Account Executive role at Ridgeline Software. We'll review "
        "your application and be in touch.\n\nRidgeline Software",
        "t-rs",
    ),
    (
        "Fieldstone",
        "applied",
        "2025-02-04",
        "Fieldstone <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Fieldstone",
        "Hi Tyler,\n\nThank you for your interest in Fieldstone! We've received your application for Mid-Market Account "
        "Executive.\n\nFieldstone Recruiting",
        "t-fs",
    ),
    (
        "Hollis Health",
        "applied",
        "2025-02-04",
        "Hollis Health <no-reply@ashbyhq.com>",
        "Application received",
        "Hi Tyler,\n\nWe've received your application for Account Executive, Provider Sales at Hollis Health.\n\nHollis "
        "Health",
        "t-hh",
    ),
    (
        "Ridgeline Software",
        "screen",
        "2025-02-06",
        JEN,
        "Ridgeline - Enterprise AE",
        "Hi Tyler,\n\nThanks for applying! I'm the recruiter for our Enterprise AE team. Let's find 15 minutes this week "
        "to talk about your background and quota history - here's my Calendly.\n\nJen Alvarez\nTalent Acquisition, "
        "Ridgeline",
        "t-rs2",
    ),
    (
        "Fieldstone",
        "interview",
        "2025-02-10",
        "Fieldstone <no-reply@us.greenhouse-mail.io>",
        "Interview Confirmation - Fieldstone",
        "Hi Tyler,\n\nYour interview with Kyle Park (Sales Manager) is confirmed for Thursday, February 13 at 1:00 PM CT "
        "via Zoom.\n\nFieldstone Recruiting",
        "t-fs2",
    ),
    (
        "Ridgeline Software",
        "interview",
        "2025-02-12",
        JEN,
        "RE: Ridgeline - Enterprise AE",
        "Hi Tyler,\n\nGreat call! Next step: a role play with our sales director - you'll run a 30-minute discovery call "
        "with him playing a VP of Operations. I'll send prep materials.\n\nJen",
        "t-rs2",
    ),
    (
        "Hollis Health",
        "rejected",
        "2025-02-13",
        "Hollis Health <no-reply@ashbyhq.com>",
        "Update from Hollis Health",
        "Hi Tyler,\n\nThanks for your interest in Hollis Health. We're pausing this search for now and closing open "
        "applications.\n\nHollis Health",
        "t-hh2",
    ),
    (
        "Ridgeline Software",
        "thank_you",
        "2025-02-18",
        ME,
        "Thank you - role play",
        "Hi Jen,\n\nThanks for setting up the role play today - I really enjoyed the conversation with Marcus and I'm even "
        "more excited about Ridgeline.\n\nTyler",
        "t-rs3",
    ),
    (
        "Fieldstone",
        "rejected",
        "2025-02-19",
        KYLE,
        "Fieldstone - update",
        "Hi Tyler,\n\nThanks for taking the time last week. We went another direction for this role, but I'd love to stay "
        "in touch.\n\nKyle",
        "t-fs3",
    ),
    (
        "Ridgeline Software",
        "onsite",
        "2025-02-20",
        JEN,
        "Ridgeline - final step",
        "Hi Tyler,\n\nMarcus loved the role play. Final step: a 30-60-90 day plan presented to our VP of Sales on "
        "Tuesday.\n\nJen",
        "t-rs4",
    ),
    (
        "Ridgeline Software",
        "offer",
        "2025-02-27",
        JEN,
        "Ridgeline - offer",
        "Hi Tyler,\n\nWe're excited to offer you the Enterprise AE role - OTE $180k (50/50), start March 17. Let's get on "
        "a call to walk through it.\n\nJen",
        "t-rs5",
    ),
    (
        "Ridgeline Software",
        "accepted",
        "2025-02-28",
        ME,
        "RE: Ridgeline - offer",
        "Hi Jen,\n\nI'd love to accept! Please send over the paperwork.\n\nTyler",
        "t-rs5",
    ),
]

_NEGATIVES = [
    (
        "Sales Hacker <newsletter@saleshacker.example>",
        "The discovery call playbook",
        "newsletter",
        "How top AEs run discovery. Unsubscribe.",
    ),
    (
        "Brianna Cole via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Brianna Cole sent you a message",
        "outreach",
        "Hi Tyler, I'm a recruiter partnering with high-growth SaaS companies. Would you be open to a quick chat about "
        "what you're looking for?",
    ),
    (
        "SaaStr <events@saastr.example>",
        "SaaStr Annual: last chance for tickets",
        "newsletter",
        "Join 10,000 founders and sales leaders.",
    ),
    (
        "Gong <webinars@gong.example>",
        "Webinar: win rates in 2025",
        "newsletter",
        "Register now.",
    ),
    (
        "Hertz <reservations@hertz.example>",
        "Your reservation",
        "other",
        "Your car is confirmed for February 21.",
    ),
    (
        "Drew Brooks <drew.brooks@gmail.example>",
        "game night",
        "personal",
        "Game night Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TYLER,
        own_to={"Ridgeline Software": JEN},
        offset="-0600",
        clock="13:40:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="20:50:00",
        tag="fourhundredforty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
