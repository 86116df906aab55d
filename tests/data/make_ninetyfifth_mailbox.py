"""A ninety-fifth mailbox, written as a held-out check after the ninety-fourth (issue #24).

Grace, a UX designer in Portland, Maine, exports Gmail with Takeout.  Much of her own mail answers the employers:
she confirms interview times ("thank you for the invitation - Tuesday at 2 works for me"), sends her portfolio
link when asked, asks to reschedule; none of those is a thank-you note or a follow-up.  Her real thank-you notes
come after the interviews.  One tracking system keeps the same subject through every step ("Your application to
Casco Bay Studio").  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GRACE = "grace.whitfield.ux@gmail.com"
_ME = f"Grace Whitfield <{GRACE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Casco Bay Studio (Lever; one subject through every step)
    (
        "Casco Bay Studio",
        "applied",
        "2025-03-03",
        "Casco Bay Studio <no-reply@hire.lever.co>",
        "Your application to Casco Bay Studio",
        "Hi Grace,\n\nThanks for applying to the Product Designer role at Casco Bay Studio! We'll review your "
        "application and be in touch.\n\nCasco Bay Studio",
        "cb1",
    ),
    (
        "Casco Bay Studio",
        "interview",
        "2025-03-12",
        "Casco Bay Studio <no-reply@hire.lever.co>",
        "Your application to Casco Bay Studio",
        "Hi Grace,\n\nWe'd like to invite you to a 45-minute portfolio interview with our design lead. Please choose "
        "a time that works for you using the link below.\n\nCasco Bay Studio",
        "cb1",
    ),
    (
        "Casco Bay Studio",
        "thank_you",
        "2025-03-19",
        _ME,
        "Thank you - portfolio interview",
        "Hi Nora,\n\nThank you for the portfolio interview today. I loved hearing how the team runs research "
        "sprints.\n\nBest,\nGrace",
        "cb2",
    ),
    (
        "Casco Bay Studio",
        "rejected",
        "2025-03-28",
        "Casco Bay Studio <no-reply@hire.lever.co>",
        "Your application to Casco Bay Studio",
        "Hi Grace,\n\nThank you for taking the time to meet with us. We've decided to move forward with other "
        "candidates for the Product Designer role.\n\nCasco Bay Studio",
        "cb1",
    ),
    # Lighthouse Mutual (Workday; recruiter; reschedule; interview; offer; accepted)
    (
        "Lighthouse Mutual",
        "applied",
        "2025-03-04",
        "Lighthouse Mutual <lighthousemutual@myworkday.com>",
        "Thank you for applying to Lighthouse Mutual",
        "Hello Grace,\n\nThank you for applying for the UX Designer II position. We have received your application.\n\n"
        "Lighthouse Mutual Talent Acquisition",
        "lm1",
    ),
    (
        "Lighthouse Mutual",
        "screen",
        "2025-03-10",
        "Ben Carter <ben.carter@lighthousemutual.com>",
        "UX Designer II - phone screen",
        "Hi Grace,\n\nI'm the recruiter for the UX Designer II role. Could we set up a 30-minute phone screen this "
        "week? Also, could you send me a link to your portfolio?\n\nBen",
        "lm2",
    ),
    (
        "Lighthouse Mutual",
        "interview",
        "2025-03-18",
        "Ben Carter <ben.carter@lighthousemutual.com>",
        "Re: UX Designer II - phone screen",
        "Hi Grace,\n\nThanks for a great call! The design team would like to invite you to a video interview with the "
        "UX manager and a researcher on Tuesday, March 25 at 2 PM ET.\n\nBen",
        "lm2",
    ),
    (
        "Lighthouse Mutual",
        "thank_you",
        "2025-03-27",
        _ME,
        "Thank you",
        "Hi Ben,\n\nThank you for arranging the interview with the UX team yesterday - please pass my thanks to Dana "
        "and Luis.\n\nBest,\nGrace",
        "lm3",
    ),
    (
        "Lighthouse Mutual",
        "offer",
        "2025-04-07",
        "Ben Carter <ben.carter@lighthousemutual.com>",
        "Offer - UX Designer II",
        "Hi Grace,\n\nI'm happy to share that we'd like to offer you the UX Designer II position. The formal offer "
        "letter will arrive from Workday shortly.\n\nBen",
        "lm4",
    ),
    (
        "Lighthouse Mutual",
        "accepted",
        "2025-04-09",
        _ME,
        "Re: Offer - UX Designer II",
        "Hi Ben,\n\nThank you! I'm excited to accept the offer and have signed it in Workday.\n\nGrace",
        "lm4",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        _ME,
        "Re: Your application to Casco Bay Studio",
        "own",
        "Hi,\n\nThank you for the invitation to interview! I booked Wednesday, March 19 at 10 AM through the link.\n\n"
        "Best,\nGrace",
    ),
    (
        _ME,
        "Re: UX Designer II - phone screen",
        "own",
        "Hi Ben,\n\nThanks for reaching out! Thursday at 11 works for me. Here is my portfolio: "
        "gracewhitfield.design\n\nBest,\nGrace",
    ),
    (
        _ME,
        "Re: UX Designer II - phone screen",
        "own",
        "Hi Ben,\n\nThank you for the interview invitation. Unfortunately I have a conflict on the 25th - could we do "
        "Wednesday the 26th instead?\n\nThanks,\nGrace",
    ),
    (
        "Dribbble <digest@dribbble.com>",
        "Top shots this week",
        "newsletter",
        "The best product design shots of the week. Unsubscribe",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Product Designer: 14 new jobs in Portland, ME",
        "alert",
        "Product Designer - Casco Bay Studio\nUX Designer - Lighthouse Mutual\nSee all jobs",
    ),
    (
        "Sam Price <sam@creative-talent.example>",
        "Contract UX role - Boston",
        "outreach",
        "Hi Grace, I have a 4-month contract UX role in Boston, hybrid. Open to a quick chat?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives (her own replies,
    in their threads, among them)."""
    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=GRACE,
        own_to={
            "Casco Bay Studio": "Nora Ellis <nora@cascobaystudio.com>",
            "Lighthouse Mutual": "Ben Carter <ben.carter@lighthousemutual.com>",
        },
        offset="-0400",
        clock="14:30:00",
        neg_start="2025-03-13",
        neg_step=1,
        neg_clock="09:10:00",
        tag="ninetyfive",
    )
    # her own replies are hers, in the threads they answer
    ben = "Ben Carter <ben.carter@lighthousemutual.com>"
    for (msg, _), to, thread, date in zip(
        msgs[len(_POSITIVES) : len(_POSITIVES) + 3],
        ["Casco Bay Studio <no-reply@hire.lever.co>", ben, ben],
        ["cb1", "lm2", "lm2"],
        ["Wed, 12 Mar 2025 17:40:00 -0400", "Mon, 10 Mar 2025 18:05:00 -0400", "Tue, 18 Mar 2025 16:20:00 -0400"],
    ):
        msg.replace_header("To", to)
        msg.replace_header("X-Gmail-Labels", "Sent")
        msg.replace_header("X-GM-THRID", thread)
        msg.replace_header("Date", date)
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
