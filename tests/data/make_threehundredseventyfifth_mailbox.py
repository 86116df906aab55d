"""A three-hundred-and-seventy-fifth mailbox, written as a held-out check after the three-hundred-and-seventy-fourth
(issue #24).

Noor, a backend engineer in Seattle, keeps her search in Gmail and exports it with Takeout.  Start-up hiring as it
arrives in 2025: Ashby's receipts ("Thanks for applying to Fernwood!"), a Gem sequence from a founder's address
("Loved your Go work - 20 min this week?"), Rippling's "Your application to Lattice Point", a CodeSignal
"General Coding Assessment" invitation sent for an employer (an interview round), a GoodTime schedule for a "Virtual
Onsite", a founder's offer by mail with the equity in a table, Ashby's refusal ("we've decided to move forward with
other candidates whose experience more closely matches"), her thank-you note and her withdrawal from a third process.
Negatives: GitHub notifications, a Stripe receipt, a Hacker News digest, LinkedIn's "who viewed your profile", a
Wellfound job digest, a meetup invitation, a dentist's reminder.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NOOR = "noor.haddad.dev@gmail.com"
ME = f"Noor Haddad <{NOOR}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Fernwood",
        "applied",
        "2025-03-03",
        "Fernwood Hiring Team <no-reply@ashbyhq.com>",
        "Thanks for applying to Fernwood!",
        "Hi Noor,\n\nThanks for applying for the Senior Backend Engineer role at Fernwood! We've received your "
        "application and our team will review it shortly. If your background is a fit, someone will reach out to "
        "schedule a chat.\n\nBest,\nThe Fernwood Team\n\nPowered by Ashby",
        "t-fern",
    ),
    (
        "Lattice Point",
        "applied",
        "2025-03-04",
        "Lattice Point Recruiting <no-reply@ats.rippling.com>",
        "Your application to Lattice Point",
        "Hi Noor,\n\nWe received your application for Software Engineer II, Platform. Our recruiting team reviews every "
        "application and will contact you if there's a match.\n\nLattice Point Recruiting",
        "t-lattice",
    ),
    (
        "Quillbyte",
        "screen",
        "2025-03-05",
        "Arjun Mehta <arjun@quillbyte.io>",
        "Loved your Go work - 20 min this week?",
        "Hi Noor,\n\nI'm the co-founder and CTO at Quillbyte. We saw your application for our backend role and loved "
        "your work on the rate limiter in Go. Would you have 20 minutes this week for an intro call? Here's my "
        "calendar: https://cal.com/arjun-quillbyte/20min\n\nArjun\n\nSent with Gem",
        "t-quill",
    ),
    (
        "Lattice Point",
        "interview",
        "2025-03-10",
        "CodeSignal <noreply@codesignal.com>",
        "Lattice Point has invited you to take a CodeSignal assessment",
        "Hi Noor,\n\nLattice Point has invited you to complete the General Coding Assessment as the next step in your "
        "application for Software Engineer II, Platform. You have 7 days to complete it. The assessment takes 70 "
        "minutes.\n\nStart assessment\n\nGood luck!\nThe CodeSignal Team",
        "t-lattice-cs",
    ),
    (
        "Fernwood",
        "screen",
        "2025-03-11",
        "Dana Whitfield <dana@fernwood.dev>",
        "Fernwood - next steps",
        "Hi Noor,\n\nThanks for your interest in Fernwood! I'd love to set up a 30-minute call to tell you more about "
        "the team and hear about what you're looking for. Please pick a time here: https://app.ashbyhq.com/"
        "interview-briefing/fernwood\n\nDana Whitfield\nTalent, Fernwood",
        "t-fern",
    ),
    (
        "Quillbyte",
        "interview",
        "2025-03-14",
        "Arjun Mehta <arjun@quillbyte.io>",
        "Re: Loved your Go work - 20 min this week?",
        "Great chatting today Noor! Next step is a 90-minute pairing session with Lena and me. Are any of these times "
        "OK: Tue 2pm, Wed 10am or Thu 3pm?\n\nArjun",
        "t-quill",
    ),
    (
        "Quillbyte",
        "thank_you",
        "2025-03-19",
        ME,
        "Re: Loved your Go work - 20 min this week?",
        "Hi Arjun,\n\nThanks to you and Lena for the pairing session today - I really enjoyed working through the "
        "queue problem together. Looking forward to hearing about next steps.\n\nBest,\nNoor",
        "t-quill",
    ),
    (
        "Fernwood",
        "onsite",
        "2025-03-20",
        "Fernwood Recruiting <scheduling@goodtime.io>",
        "Your Virtual Onsite with Fernwood is confirmed",
        "Hi Noor,\n\nYour Virtual Onsite with Fernwood is confirmed for Thursday, March 27. You'll meet four members "
        "of the team across system design, coding, and values interviews. Zoom links are below.\n\n"
        "10:00 - 10:45 System Design (Priya S.)\n11:00 - 11:45 Coding (Marco T.)\n1:00 - 1:45 Values (Dana W.)\n"
        "2:00 - 2:30 Hiring Manager (Sam K.)\n\nFernwood Recruiting",
        "t-fern-onsite",
    ),
    (
        "Lattice Point",
        "withdrew",
        "2025-03-21",
        ME,
        "Withdrawing my application",
        "Hi Lattice Point team,\n\nThank you for the assessment invitation. I've decided to focus on other "
        "opportunities and would like to withdraw my application for Software Engineer II, Platform.\n\nBest "
        "wishes,\nNoor Haddad",
        "t-lattice-w",
    ),
    (
        "Quillbyte",
        "offer",
        "2025-03-28",
        "Arjun Mehta <arjun@quillbyte.io>",
        "Offer from Quillbyte",
        "Hi Noor,\n\nWe'd love to have you join Quillbyte as our third backend engineer! Here's what we're offering:\n\n"
        "Base salary | $172,000\nEquity | 0.35% (4-year vest, 1-year cliff)\nStart date | April 21\n\nThe formal "
        "letter will follow via DocuSign. Happy to jump on a call with any questions.\n\nArjun",
        "t-quill",
    ),
    (
        "Fernwood",
        "rejected",
        "2025-04-02",
        "Fernwood Hiring Team <no-reply@ashbyhq.com>",
        "Update on your Fernwood application",
        "Hi Noor,\n\nThank you for taking the time to interview with us for the Senior Backend Engineer role. After "
        "careful consideration, we've decided to move forward with other candidates whose experience more closely "
        "matches our needs at this time.\n\nWe appreciate your interest in Fernwood and wish you the best.\n\nThe "
        "Fernwood Team",
        "t-fern",
    ),
    (
        "Quillbyte",
        "accepted",
        "2025-04-01",
        ME,
        "Re: Offer from Quillbyte",
        "Arjun,\n\nI'm thrilled to accept! Signing the DocuSign tonight. See you on April 21.\n\nNoor",
        "t-quill",
    ),
]

_NEGATIVES = [
    (
        "GitHub <notifications@github.com>",
        "[noorh/ratelimit] Fix token bucket refill (#42)",
        "other",
        "@kenji approved this pull request. Merged #42 into main.",
    ),
    (
        "Stripe <receipts@stripe.com>",
        "Your receipt from Fly.io #2831-4410",
        "other",
        "Receipt from Fly.io. Amount paid $12.40. Thank you for your business.",
    ),
    (
        "Hacker News Digest <digest@hndigest.example>",
        "Top stories: Postgres 18, a new Go scheduler",
        "newsletter",
        "The week's top stories. Who is hiring? (March 2025). Unsubscribe.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Noor, your profile was viewed by 9 people",
        "not an application",
        "See who viewed your profile. A recruiter at Amazon viewed your profile. Try Premium for free.",
    ),
    (
        "Wellfound <jobs@wellfound.com>",
        "12 new startup jobs for you",
        "alert",
        "Backend Engineer at Tidelift - Remote. Staff Engineer at Loomwise - Seattle. Apply with one click.",
    ),
    (
        "Seattle Go Meetup <info@meetup.example>",
        "New event: Profiling Go services in production",
        "newsletter",
        "Join us on March 26 at the Fremont office. RSVP now.",
    ),
    (
        "Lakeview Dental <reminders@lakeviewdental.example>",
        "Appointment reminder",
        "other",
        "This is a reminder of your cleaning on March 18 at 8:30am. Reply C to confirm.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=NOOR,
        own_to={
            "Quillbyte": "Arjun Mehta <arjun@quillbyte.io>",
            "Lattice Point": "Lattice Point Recruiting <recruiting@latticepoint.com>",
        },
        offset="-0800",
        clock="09:40:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="21:05:00",
        tag="threehundredseventyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
