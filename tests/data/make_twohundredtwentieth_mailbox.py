"""A two-hundred-and-twentieth mailbox, written as a held-out check after the two-hundred-and-nineteenth (issue #24).

Gloria, a regional sales manager in Chicago, keeps her Yahoo mail in Thunderbird and exports one mbox (no labels,
``Delivered-To`` on what she received, replies tied by ``In-Reply-To``).  The mail has the shapes of a long search:
tracking systems whose display name is "Acme via Greenhouse" with a recruiter in ``Reply-To``, a subject in
capitals, a recruiter's forward of the hiring manager's note ("---------- Forwarded message ---------"), a reply on
top of Outlook's quoted header block ("From: ... Sent: ... Subject: ..."), a calendar notice of a change, a
recruiter's "circling back" after a silence.  Negatives: a sales conference's "speaker invitation", a CRM vendor's
webinar, LinkedIn's "who viewed your profile", an airline's itinerary, a friend.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GLORIA = "gloria.ramos_sales@yahoo.com"
ME = f"Gloria Ramos <{GLORIA}>"

_QUOTED = (
    "\n\n________________________________\nFrom: Gloria Ramos <gloria.ramos_sales@yahoo.com>\nSent: Monday, "
    "March 10, 2025 4:12 PM\nTo: Derek Shaw <dshaw@brightwell-medical.com>\nSubject: Thank you - Regional Sales "
    "Manager\n\nHi Derek, thank you for taking the time to speak with me today. I'm very excited about the "
    "opportunity to lead the Midwest team.\n\nGloria"
)

# (company, event, day, sender, subject, body, parent index or None[, to]) in date order
_POSITIVES = [
    (
        "Brightwell Medical",  # 0
        "applied",
        "2025-03-03",
        "Brightwell Medical via Greenhouse <no-reply@us.greenhouse-mail.io>",
        "THANK YOU FOR APPLYING - REGIONAL SALES MANAGER, MIDWEST",
        "Hi Gloria,\n\nThanks for applying to Brightwell Medical! Your application for Regional Sales Manager, "
        "Midwest has been received and our team will be in touch if there's a match.\n\nBest,\nBrightwell Medical "
        "Talent Team",
        None,
    ),
    (
        "Orbis Packaging",  # 1
        "applied",
        "2025-03-04",
        "Orbis Packaging Careers <careers@orbispackaging.com>",
        "Application received: Area Sales Manager (Req 2291)",
        "Dear Gloria,\n\nThank you for your interest in Orbis Packaging. This email confirms that we received your "
        "application for Area Sales Manager (Req 2291).\n\nOrbis Packaging Human Resources",
        None,
    ),
    (
        "Brightwell Medical",  # 2
        "screen",
        "2025-03-06",
        "Derek Shaw <dshaw@brightwell-medical.com>",
        "Regional Sales Manager - intro call",
        "Hi Gloria,\n\nI'm the recruiter for Brightwell's Regional Sales Manager role. Do you have 30 minutes on "
        "Monday afternoon for an intro call? Here's my Calendly: https://calendly.com/derek-shaw-bwm/30min\n\nDerek "
        "Shaw\nSenior Talent Partner, Brightwell Medical",
        None,
    ),
    (
        "Brightwell Medical",  # 3
        "thank_you",
        "2025-03-10",
        ME,
        "Thank you - Regional Sales Manager",
        "Hi Derek, thank you for taking the time to speak with me today. I'm very excited about the opportunity to "
        "lead the Midwest team.\n\nGloria",
        2,
        "Derek Shaw <dshaw@brightwell-medical.com>",
    ),
    (
        "Brightwell Medical",  # 4
        "interview",
        "2025-03-12",
        "Derek Shaw <dshaw@brightwell-medical.com>",
        "RE: Thank you - Regional Sales Manager",
        "Hi Gloria,\n\nLikewise! Great news - Karen (VP Sales, Central) would like to meet you. See her note "
        "below; I'll send a calendar invite for Thursday at 11.\n\nDerek\n\n---------- Forwarded message "
        "---------\nFrom: Karen Obi <kobi@brightwell-medical.com>\nDate: Wed, Mar 12, 2025 at 9:02 AM\nSubject: "
        "Gloria Ramos\nTo: Derek Shaw <dshaw@brightwell-medical.com>\n\nDerek - strong background, let's get her on "
        "my calendar this week for 45 minutes.\n\nKaren" + _QUOTED,
        3,
    ),
    (
        "Orbis Packaging",  # 5
        "rejected",
        "2025-03-14",
        "Orbis Packaging Careers <careers@orbispackaging.com>",
        "Your application for Area Sales Manager (Req 2291)",
        "Dear Gloria,\n\nThank you for your interest in the Area Sales Manager position. We have carefully reviewed "
        "your qualifications and have decided to pursue other candidates at this time.\n\nOrbis Packaging Human "
        "Resources",
        None,
    ),
    (
        "Cobalt Freight Systems",  # 6
        "applied",
        "2025-03-17",
        ME,
        "Regional Sales Manager - Gloria Ramos",
        "Hi Tanya,\n\nIt was great meeting you at the Midwest Logistics Summit. As promised, I'm attaching my resume "
        "for the Regional Sales Manager opening you mentioned - I'd love to be considered.\n\nBest,\nGloria Ramos",
        None,
        "Tanya Price <tprice@cobaltfreight.com>",
    ),
    (
        "Cobalt Freight Systems",  # 7
        "screen",
        "2025-03-24",
        "Tanya Price <tprice@cobaltfreight.com>",
        "RE: Regional Sales Manager - Gloria Ramos",
        "Hi Gloria,\n\nSorry for the slow reply - crazy month! Circling back on this: could we hop on a call this "
        "week so I can tell you more about the territory?\n\nTanya Price\nDirector of Sales\nCobalt Freight Systems",
        6,
    ),
    (
        "Brightwell Medical",  # 8
        "onsite",
        "2025-03-26",
        "Derek Shaw <dshaw@brightwell-medical.com>",
        "Brightwell Medical - final round",
        "Hi Gloria,\n\nKaren loved your conversation! The final step is a panel presentation: a 30-60-90 day plan "
        "for the Midwest territory, presented to Karen, the CCO and two regional directors in our Chicago office on "
        "April 2.\n\nDerek",
        None,
    ),
    (
        "Brightwell Medical",  # 9
        "offer",
        "2025-04-07",
        "Derek Shaw <dshaw@brightwell-medical.com>",
        "Brightwell Medical - offer",
        "Hi Gloria,\n\nI'm thrilled to let you know the team would like to offer you the Regional Sales Manager, "
        "Midwest role: $135,000 base, $80,000 on-target commission and a car allowance. The formal offer letter will "
        "follow through Greenhouse.\n\nDerek",
        None,
    ),
    (
        "Cobalt Freight Systems",  # 10
        "withdrew",
        "2025-04-08",
        ME,
        "RE: Regional Sales Manager - Gloria Ramos",
        "Hi Tanya,\n\nThank you again for your time last week. I wanted to let you know I've accepted another "
        "position, so I'd like to withdraw from consideration. I hope our paths cross again.\n\nGloria",
        7,
        "Tanya Price <tprice@cobaltfreight.com>",
    ),
    (
        "Brightwell Medical",  # 11
        "accepted",
        "2025-04-08",
        ME,
        "RE: Brightwell Medical - offer",
        "Hi Derek,\n\nI'm delighted to accept! I'll sign the letter as soon as it arrives.\n\nGloria",
        9,
        "Derek Shaw <dshaw@brightwell-medical.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Sales Leadership Summit <speakers@salessummit.example>",
        "Speaker invitation: Sales Leadership Summit 2025",
        "newsletter",
        "We'd love to invite you to speak at our conference in June on building high-performing regional teams. "
        "Reply to confirm your interest.",
    ),
    (
        "Salesforce Events <events@salesforce.example>",
        "Live webinar: forecasting with AI",
        "newsletter",
        "Join us on March 20 for a live webinar on pipeline forecasting.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Gloria, 9 people viewed your profile",
        "newsletter",
        "See who viewed your profile this week, including a Talent Partner at a medical device company.",
    ),
    (
        "United Airlines <unitedairlines@united.example>",
        "Your trip confirmation: ORD - DEN",
        "other",
        "Confirmation number K7XQ2P. Thank you for choosing United.",
    ),
    (
        "Rosa Ramos <rosa.ramos1962@yahoo.com>",
        "Easter",
        "personal",
        "Mija, are you coming for Easter? Bring the kids.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the tracking system's receipt with a recruiter in Reply-To), then
    the negatives."""
    from mail_score import threaded_corpus

    msgs = threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=GLORIA,
        offset=lambda d: "-0500" if d.month < 3 or (d.month == 3 and d.day < 9) else "-0600",
        clock="08:15:00",
        neg_start="2025-03-02",
        neg_step=6,
        neg_clock="20:05:00",
        tag="twohundredtwenty",
        host="mail.yahoo.example",
    )
    msgs[0][0]["Reply-To"] = "Derek Shaw <dshaw@brightwell-medical.com>"
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird saves it (one mbox file, "Inbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
