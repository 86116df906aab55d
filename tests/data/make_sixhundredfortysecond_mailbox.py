"""A six-hundred-and-forty-second mailbox, written as a held-out check after the six-hundred-and-forty-first
(issue #24).

Ava Thompson, a student in Columbus looking for hourly work, keeps her iCloud mail in Apple Mail and exports the inbox
as a zip. Chains write through hourly hiring systems whose assistants have names of their own: Paradox's "Olivia"
for Chipotle ("Thanks for applying to Chipotle! I'm Olivia, Chipotle's virtual assistant") and later "Your
interview with Chipotle is confirmed", Fountain for Target ("Thanks for applying to Target - Team Member"), Harri for
Panera Bread ("Panera Bread has received your application"), Snagajob for Kroger ("Your application to Kroger was
sent"), Chipotle's general manager "Can you come in for a second interview with the field leader on Friday?", Target's
"we're not moving forward", Chipotle's offer "We'd love to have you join our crew!", her "Yes! I'd love to", Panera's
"the position has been filled" and Kroger's interview invitation. Negatives: Snagajob's alert, Indeed's "Hiring
now near you", Target Circle's deals, a gig app's recruiting pitch, her campus mail and her mom. ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AVA = "ava.thompson05@icloud.example"
ME = f"Ava Thompson <{AVA}>"
OLIVIA = "Olivia from Chipotle <noreply@paradox.example>"
TARGET = "Target <no-reply@fountain.example>"
PANERA = "Panera Bread <noreply@harri.example>"
SNAG = "Snagajob <notifications@snagajob.example>"
GM = "Derek Mills <chipotle2841@chipotle.example>"
KROGER = "Kroger Hiring <noreply@krogerhiring.example>"

# (company, event, day, sender, subject, body, parent)
_POSITIVES = [
    (
        "Chipotle",
        "applied",
        "2025-07-07",
        OLIVIA,
        "Thanks for applying to Chipotle!",
        "Hi Ava! Thanks for applying to Chipotle! I'm Olivia, Chipotle's virtual assistant. I'll text you soon to "
        "schedule your interview for the Crew Member position at 1550 N High St.",
        None,
    ),
    (
        "Target",
        "applied",
        "2025-07-07",
        TARGET,
        "Thanks for applying to Target - Team Member",
        "Hi Ava,\n\nThanks for applying to Target for the General Merchandise Team Member role at Columbus Easton. "
        "We'll be in touch with next steps.\n\nTarget Recruiting",
        None,
    ),
    (
        "Panera Bread",
        "applied",
        "2025-07-08",
        PANERA,
        "Panera Bread has received your application",
        "Hi Ava,\n\nPanera Bread has received your application for Associate - Bakery-Cafe #4412. The hiring manager "
        "will review it shortly.\n\nPowered by Harri",
        None,
    ),
    (
        "Kroger",
        "applied",
        "2025-07-08",
        SNAG,
        "Your application to Kroger was sent",
        "Your application to Kroger was sent!\n\nClerk - Front End\nKroger - Columbus, OH\n\nThe employer may contact "
        "you by phone or email. Good luck!",
        None,
    ),
    (
        "Chipotle",
        "interview",
        "2025-07-09",
        OLIVIA,
        "Your interview with Chipotle is confirmed",
        "Hi Ava, your interview with Chipotle is confirmed for Thursday, July 10 at 2:00 PM at 1550 N High St. Ask "
        "for Derek. Reply R to reschedule. - Olivia",
        0,
    ),
    (
        "Chipotle",
        "onsite",
        "2025-07-11",
        GM,
        "Chipotle crew position",
        "Hi Ava, great meeting you yesterday! Can you come in for a second interview with our field leader on Friday "
        "the 18th at 3pm? It's a working interview on the line so wear non-slip shoes.\n\nDerek\nGeneral Manager",
        None,
    ),
    (
        "Target",
        "rejected",
        "2025-07-14",
        TARGET,
        "An update on your Target application",
        "Hi Ava,\n\nThank you for your interest in Target. We're not moving forward with your application for the "
        "General Merchandise Team Member role at this time.\n\nTarget Recruiting",
        1,
    ),
    (
        "Kroger",
        "interview",
        "2025-07-15",
        KROGER,
        "Interview invitation - Kroger",
        "Hi Ava,\n\nThe hiring manager at store #547 would like to interview you for the Clerk - Front End position. "
        "Please select an interview time using the link below.\n\nKroger Hiring",
        None,
    ),
    (
        "Chipotle",
        "offer",
        "2025-07-21",
        GM,
        "Re: Chipotle crew position",
        "Hi Ava, we'd love to have you join our crew! $16.50/hr to start, part time around your classes. Let me know "
        "if you accept and I'll send the onboarding link.\n\nDerek",
        5,
    ),
    (
        "Chipotle",
        "accepted",
        "2025-07-21",
        ME,
        "Re: Chipotle crew position",
        "Yes! I'd love to. Thank you so much!\n\nAva",
        8,
        GM,
    ),
    (
        "Panera Bread",
        "rejected",
        "2025-07-23",
        PANERA,
        "Update from Panera Bread",
        "Hi Ava,\n\nThank you for applying. The position you applied for has been filled. We encourage you to apply "
        "for other openings.\n\nPowered by Harri",
        2,
    ),
]

_NEGATIVES = [
    (
        "Snagajob <alerts@snagajob.example>",
        "New jobs near 43201",
        "alert",
        "Cashier at Kroger. Barista at Starbucks. Apply now. Manage job alerts.",
    ),
    (
        "Indeed <donotreply@indeed.example>",
        "Hiring now near you: restaurant jobs",
        "alert",
        "Hiring immediately: Crew Member at Wendy's. Easily apply. Unsubscribe.",
    ),
    (
        "Target Circle <circle@target.example>",
        "Your weekly deals are here",
        "shop",
        "New Target Circle deals on back-to-school. Unsubscribe.",
    ),
    (
        "DoorDash Dasher <dasher@doordash.example>",
        "Earn on your schedule - become a Dasher",
        "outreach",
        "Sign up to dash and start earning this week. Unsubscribe.",
    ),
    (
        "Ohio State Student Life <studentlife@osu.example>",
        "Move-in week schedule",
        "other",
        "Here's your move-in week schedule.",
    ),
    (
        "Mom <karen.thompson@yahoo.example>",
        "Did you eat",
        "personal",
        "Call me later!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=AVA,
        offset=lambda d: "-0400",
        clock="16:10:00",
        neg_start="2025-07-06",
        neg_step=3,
        neg_clock="22:05:00",
        tag="sixhundredfortytwo",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it, zipped (``INBOX.mbox/mbox``), into ``folder``; return its path."""
    from mail_score import write_apple_zip

    return write_apple_zip(Path(folder) / "Mail Export.zip", msgs if msgs is not None else messages())
