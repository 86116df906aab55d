"""A hundred-and-ninety-first mailbox, written as a held-out check after the hundred-and-ninetieth (issue #24).

Theo, an architectural designer in Brooklyn, keeps his mail at his own domain in Apple Mail and exports it as an
mbox (no labels, his own mail known by his address, replies tied by ``In-Reply-To``).  Small studios are applied to
with a portfolio by mail and answer from a principal's own address ("come by the studio to walk us through a couple
of projects"); a larger firm sends a timed design exercise and books its interview through GoodTime; Archinect
relays an application and says when it was viewed.  Negatives: Archinect's job alerts and its "viewed" notice, a
firm's open-studio invitation, AIA New York's newsletter, Dezeen, a software licence, a supplier's order, a friend
and his own mail sending the exercise's boards.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

THEO = "theo@theomarchetti.studio"
ME = f"Theo Marchetti <{THEO}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Hollis Ng Architects",
        "applied",
        "2025-03-03",
        ME,
        "Architectural Designer - Theo Marchetti",
        "Dear Hollis Ng Architects team,\n\nI'm writing to apply for the Architectural Designer position posted on "
        "your website. I have three years of experience in small cultural and residential projects, most recently "
        "the Red Hook branch library renovation. My portfolio (12 MB PDF) and resume are attached.\n\nBest "
        "regards,\nTheo Marchetti\ntheomarchetti.studio",
        None,
        "Hollis Ng Architects <jobs@hollisng.com>",
    ),
    (
        "Fieldwork Studio",
        "applied",
        "2025-03-04",
        "Archinect Jobs <jobs@archinect.com>",
        "Your application to Fieldwork Studio was sent",
        "Hi Theo,\n\nYour application for Junior Designer at Fieldwork Studio (Brooklyn, NY) has been sent to the "
        "employer, together with your Archinect portfolio.\n\nGood luck!\nThe Archinect Jobs team",
        None,
    ),
    (
        "Lindqvist Baer Architects",
        "applied",
        "2025-03-05",
        "Lindqvist Baer Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Lindqvist Baer",
        "Hi Theo,\n\nThanks for your interest in Lindqvist Baer Architects! We received your application for "
        "Architectural Designer II (New York) and our team is reviewing it now. If there's a fit, we'll be in "
        "touch.\n\nLindqvist Baer Recruiting",
        None,
    ),
    (
        "Studio Amaro",
        "applied",
        "2025-03-06",
        ME,
        "Portfolio - Theo Marchetti, designer",
        "Hello,\n\nI admire Studio Amaro's adaptive reuse work in Gowanus and would love to be considered for any "
        "designer openings. My portfolio is attached.\n\nThank you,\nTheo Marchetti",
        None,
        "Studio Amaro <info@studioamaro.com>",
    ),
    (
        "Hollis Ng Architects",
        "interview",
        "2025-03-10",
        "Hollis Ng <hollis@hollisng.com>",
        "Re: Architectural Designer - Theo Marchetti",
        "Theo,\n\nThanks for sending your portfolio - the library project caught our eye. Would you be free to come "
        "by the studio next Wednesday around 5 to walk us through a couple of projects? Bring whatever you like to "
        "show, printed or on a laptop.\n\nHollis\n\nHollis Ng, AIA\nPrincipal",
        0,
    ),
    (
        "Fieldwork Studio",
        "screen",
        "2025-03-11",
        "Maya Okonjo <maya@fieldwork.studio>",
        "Fieldwork Studio - Junior Designer",
        "Hi Theo,\n\nThanks for applying via Archinect. We're reviewing portfolios this week and I'd like to set up "
        "a short call - 20 minutes - to hear about what you're looking for. Does Thursday at 11 work?\n\nMaya "
        "Okonjo\nStudio Manager",
        None,
    ),
    (
        "Hollis Ng Architects",
        "thank_you",
        "2025-03-19",
        ME,
        "Thank you for Wednesday",
        "Hollis,\n\nThank you for the time on Wednesday and for the tour of the model shop. It was great to hear "
        "how the studio works, and I'd be excited to join.\n\nTheo",
        4,
    ),
    (
        "Lindqvist Baer Architects",
        "interview",
        "2025-03-20",
        "Sarah Klein <sklein@lindqvistbaer.com>",
        "Lindqvist Baer - Design Exercise",
        "Hi Theo,\n\nThank you for your application to the Architectural Designer II role. As a next step we ask "
        "candidates to complete a short design exercise: a two-hour sketch problem for a small park pavilion. The "
        "brief is attached; please return two boards as a PDF by Monday at noon.\n\nSarah Klein\nTalent "
        "Acquisition Manager | Lindqvist Baer Architects",
        None,
    ),
    (
        "Fieldwork Studio",
        "rejected",
        "2025-03-21",
        "Maya Okonjo <maya@fieldwork.studio>",
        "Re: Fieldwork Studio - Junior Designer",
        "Hi Theo,\n\nIt was great to chat last week. We've decided to go with a candidate with more Passive House "
        "experience for this role, but we really liked your work and will reach out when we're hiring again.\n\n"
        "Best,\nMaya",
        5,
    ),
    (
        "Hollis Ng Architects",
        "onsite",
        "2025-03-24",
        "Hollis Ng <hollis@hollisng.com>",
        "Re: Thank you for Wednesday",
        "Theo,\n\nThe partners would love to have you back to meet Daniel and Priyanka, our other two partners. "
        "Could you come in Friday at 4? This would be the last conversation before we make a decision.\n\nHollis",
        6,
    ),
    (
        "Studio Amaro",
        "rejected",
        "2025-03-25",
        "Studio Amaro <info@studioamaro.com>",
        "Re: Portfolio - Theo Marchetti, designer",
        "Dear Theo,\n\nThank you for your interest in Studio Amaro and for sharing your portfolio. We are not hiring "
        "at the moment, but we will keep your work on file for future reference.\n\nKind regards,\nStudio Amaro",
        3,
    ),
    (
        "Hollis Ng Architects",
        "offer",
        "2025-03-31",
        "Hollis Ng <hollis@hollisng.com>",
        "Offer - Architectural Designer",
        "Theo,\n\nWe're delighted to offer you a position as Architectural Designer at Hollis Ng Architects, "
        "starting April 21 at $68,000 a year. The details are in the attached letter. We hope you'll say yes!\n\n"
        "Hollis",
        9,
    ),
    (
        "Lindqvist Baer Architects",
        "interview",
        "2025-04-01",
        "Lindqvist Baer Recruiting <no-reply@goodtime.io>",
        "Interview Confirmation: Architectural Designer II with Lindqvist Baer",
        "Hi Theo,\n\nYour interview has been scheduled.\n\nWednesday, April 2, 2025\n10:00 AM - 11:30 AM EDT\n"
        "Interviewers: Sarah Klein, Tom Ahern\nLocation: 200 Park Avenue South, 9th Floor\n\nNeed to reschedule? "
        "Use the link in this email.",
        None,
    ),
    (
        "Hollis Ng Architects",
        "accepted",
        "2025-04-02",
        ME,
        "Re: Offer - Architectural Designer",
        "Hollis,\n\nI'm thrilled to accept! The signed letter is attached. See you on the 21st.\n\nTheo",
        11,
    ),
    (
        "Lindqvist Baer Architects",
        "withdrew",
        "2025-04-02",
        ME,
        "Re: Lindqvist Baer - Design Exercise",
        "Hi Sarah,\n\nI'm sorry for the late notice, but I have accepted another offer and need to withdraw from "
        "consideration for the Designer II role. Please pass my thanks on to Tom.\n\nBest,\nTheo",
        7,
    ),
]

_OWN_TO = {
    "Hollis Ng Architects": "Hollis Ng <hollis@hollisng.com>",
    "Lindqvist Baer Architects": "Sarah Klein <sklein@lindqvistbaer.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Archinect Jobs <alerts@archinect.com>",
        "New jobs this week: Junior Designer, Project Architect and more",
        "alert",
        "Junior Designer - Fieldwork Studio - Brooklyn, NY\nProject Architect - Marlow Partners - New York, NY\n"
        "View all jobs on Archinect.",
    ),
    (
        "AIA New York <info@aiany.org>",
        "This week at the Center for Architecture",
        "newsletter",
        "Exhibitions, lectures and continuing education credits at the Center for Architecture this week.",
    ),
    (
        "Archinect Jobs <jobs@archinect.com>",
        "Fieldwork Studio viewed your application",
        "viewed",
        "Good news, Theo - Fieldwork Studio viewed your application for Junior Designer.",
    ),
    (
        ME,
        "Design exercise - Theo Marchetti",
        "other",
        "Hi Sarah,\n\nAttached are my two boards for the pavilion exercise. Thanks for the interesting prompt!\n\nTheo",
    ),
    (
        "Dezeen Daily <daily@dezeen.example>",
        "Dezeen Daily: a timber library in Oslo",
        "newsletter",
        "Today's top stories in architecture and design.",
    ),
    (
        "Lindqvist Baer Architects <events@lindqvistbaer.com>",
        "You're invited: Archtober open studio at Lindqvist Baer",
        "newsletter",
        "Join us for an evening open studio during Archtober: models, drinks and a talk on our Harlem housing work. "
        "RSVP by Friday.",
    ),
    (
        "Autodesk <no-reply@autodesk.example>",
        "Your Revit subscription renews in 30 days",
        "other",
        "Your Revit subscription will renew automatically on April 15.",
    ),
    (
        "McMaster-Carr <orders@mcmaster.example>",
        "Your order has shipped",
        "shop",
        "Your order of basswood sheets and a cutting mat has shipped.",
    ),
    (
        "Jules Baptiste <julesbap@gmail.com>",
        "drinks thurs?",
        "personal",
        "are you still doing the interview marathon or can you come out thursday",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=THEO,
        own_to=_OWN_TO,
        offset=lambda d: "-0500" if d.isoformat() < "2025-03-09" else "-0400",
        clock="10:15:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="20:30:00",
        tag="hundredninetyone",
        host="theomarchetti.studio",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it (``INBOX.mbox/mbox``) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "INBOX.mbox" / "mbox", msgs if msgs is not None else messages())
