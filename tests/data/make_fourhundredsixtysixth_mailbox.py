"""A four-hundred-and-sixty-sixth mailbox, written as a held-out check after the four-hundred-and-sixty-fifth (issue
#24).

Jordan Ellis, a UX designer in Seattle, keeps the search in Gmail and exports it with Takeout.  Tech design hiring is
scheduled by tools: Greenhouse's receipt, GoodTime's "Your interview with Tableau has been scheduled" (the recruiter
screen), a Google Calendar invitation "Portfolio Review - Jordan Ellis <> Brightwave" (a round), ModernLoop's "Your
onsite interview with Brightwave is confirmed" (the final loop), a Calendly booking confirmation that repeats a round
already invited (no new step), Ashby's rejection, "we're thrilled to offer you the Senior Product Designer role", the
designer's own "Thanks so much for today's portfolio review" and a withdrawal.  Negatives: Dribbble's newsletter,
LinkedIn's "Your profile was viewed by", a design-tool promotion, a recruiter's Gem sequence, a conference and a
friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.ellis.ux@gmail.com"
ME = f"Jordan Ellis <{JORDAN}>"
MAYA = "Maya Torres <maya.torres@brightwave.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Brightwave",
        "applied",
        "2025-04-01",
        "Brightwave <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightwave",
        "Hi Jordan,\n\nThanks for applying to Brightwave! Your application for Senior Product Designer has been "
        "received and we'll be in touch.\n\nBrightwave Recruiting",
        "t-bw",
    ),
    (
        "Tableau",
        "applied",
        "2025-04-02",
        "Tableau Careers <no-reply@tableau.example>",
        "Application received: Product Designer II",
        "Hi Jordan,\n\nThank you for applying for Product Designer II at Tableau. We've received your application.\n\n"
        "Tableau Talent Acquisition",
        "t-tab",
    ),
    (
        "Lumen Health",
        "applied",
        "2025-04-03",
        "Lumen Health <no-reply@ashbyhq.com>",
        "Thanks for applying to Lumen Health",
        "Hi Jordan,\n\nThanks for your interest in the Staff Designer role at Lumen Health. Our team is reviewing your "
        "application.\n\nLumen Health",
        "t-lh",
    ),
    (
        "Tableau",
        "screen",
        "2025-04-07",
        "Tableau Recruiting <scheduling@goodtime.example>",
        "Your interview with Tableau has been scheduled",
        "Hi Jordan,\n\nYour interview with Tableau has been scheduled.\n\nRecruiter Phone Screen with Alex Kim\nThursday, "
        "April 10, 2025, 11:00 AM - 11:30 AM PDT\nZoom link: https://zoom.example/j/123\n\nNeed to reschedule? Reply "
        "to this email.",
        "t-tab2",
    ),
    (
        "Brightwave",
        "interview",
        "2025-04-08",
        "Google Calendar <calendar-notification@google.com>",
        "Invitation: Portfolio Review - Jordan Ellis <> Brightwave @ Mon Apr 14, 2025 1pm - 2pm (PDT) "
        "(jordan.ellis.ux@gmail.com)",
        "Maya Torres has invited you to an event.\n\nPortfolio Review - Jordan Ellis <> Brightwave\nWhen: Monday Apr 14, "
        "2025 1pm - 2pm (PDT)\nJoining info: meet.google.com/xyz-abcd-efg\n\nOrganizer: maya.torres@brightwave.example"
        "\nGuests: jordan.ellis.ux@gmail.com\n\nGoing (jordan.ellis.ux@gmail.com)?  Yes - Maybe - No",
        "t-bw-cal",
    ),
    (
        "Lumen Health",
        "rejected",
        "2025-04-11",
        "Lumen Health <no-reply@ashbyhq.com>",
        "Update on your application to Lumen Health",
        "Hi Jordan,\n\nThank you for your interest in Lumen Health. After careful consideration, we've decided not to "
        "move forward with your application for the Staff Designer role.\n\nLumen Health",
        "t-lh",
    ),
    (
        "Brightwave",
        "thank_you",
        "2025-04-14",
        ME,
        "Thank you!",
        "Hi Maya,\n\nThanks so much for today's portfolio review - I loved the questions about the onboarding flow.\n\n"
        "Jordan",
        "t-bw-ty",
    ),
    (
        "Brightwave",
        "onsite",
        "2025-04-17",
        "Brightwave Recruiting <loops@modernloop.example>",
        "Your onsite interview with Brightwave is confirmed",
        "Hi Jordan,\n\nYour onsite interview with Brightwave is confirmed for Wednesday, April 23, 2025, 9:30 AM - "
        "2:30 PM PDT at 400 Pine St. Your schedule:\n9:30 Design critique\n11:00 Cross-functional partner\n1:00 Hiring "
        "manager\n\nSee you soon!",
        "t-bw-loop",
    ),
    (
        "Brightwave",
        "offer",
        "2025-04-28",
        MAYA,
        "Brightwave - offer",
        "Hi Jordan,\n\nWe're thrilled to offer you the Senior Product Designer role at Brightwave! I'd love to walk you "
        "through the details on a call tomorrow.\n\nMaya",
        "t-bw-off",
    ),
    (
        "Tableau",
        "withdrew",
        "2025-04-30",
        ME,
        "Withdrawing - Product Designer II",
        "Hi Alex,\n\nThank you for your time on the phone earlier this month. I've accepted another offer and would "
        "like to withdraw my application for Product Designer II.\n\nBest,\nJordan",
        "t-tab3",
    ),
]

_NEGATIVES = [
    (
        "Dribbble <digest@dribbble.example>",
        "This week's top shots",
        "newsletter",
        "The best design work this week. Unsubscribe.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your profile was viewed by 4 people",
        "viewed",
        "See who viewed your profile. A recruiter at Tableau viewed your profile.",
    ),
    (
        "Figma <hello@figma.example>",
        "Save 20% on Figma Professional",
        "shop",
        "Upgrade today. Unsubscribe.",
    ),
    (
        "Chris Nolan <chris@recruit.northpeak.example>",
        "Jordan - design role at Northpeak",
        "outreach",
        "Hi Jordan, loved your case study on checkout. We're hiring a Principal Designer at Northpeak - open to a chat? "
        "Sent with Gem.",
    ),
    (
        "Config <events@config.example>",
        "Config 2025: your ticket",
        "other",
        "Your ticket for Config is confirmed.",
    ),
    (
        "Sam Patel <sam.patel@gmail.example>",
        "hike",
        "personal",
        "Rattlesnake Ledge Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (and the Calendly booking of the review, no new
    step)."""
    from email.message import EmailMessage

    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JORDAN,
        own_to={"Brightwave": MAYA, "Tableau": "Alex Kim <alex.kim@tableau.example>"},
        offset="-0700",
        clock="10:50:00",
        neg_start="2025-03-31",
        neg_step=5,
        neg_clock="21:35:00",
        tag="fourhundredsixtysix",
    )
    m = EmailMessage()
    m["From"], m["To"] = "Calendly <notifications@calendly.com>", JORDAN
    m["Subject"] = "Confirmed: Portfolio Review between Maya Torres and Jordan Ellis"
    m["Date"] = "Tue, 08 Apr 2025 11:05:00 -0700"
    m["Message-ID"], m["X-GM-THRID"], m["X-Gmail-Labels"] = "<cal1.fourhundredsixtysix@x>", "t-bw-cly", "Inbox"
    m.set_content(
        "Hi Jordan Ellis,\n\nA new event has been scheduled.\n\nEvent Type: Portfolio Review\nInvitee: Jordan Ellis\n"
        "Event Date/Time: 01:00pm - Monday, April 14, 2025 (Pacific Time)\n\nOrganizer: Maya Torres (Brightwave)"
    )
    msgs.append((m, ("skip", "other", None)))
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
