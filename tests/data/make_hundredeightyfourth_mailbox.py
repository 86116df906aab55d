"""A hundred-and-eighty-fourth mailbox, written as a held-out check after the hundred-and-eighty-third (issue #24).

Alex, a backend engineer in Brooklyn, exported Gmail with Takeout.  The companies have names that are ordinary
words or are not written as names ("Ledger", "Beacon", "Canvas", "Anchor", "1Vault", "monday.dev", "n9"), and
tracking systems write them as the companies do: lower case, with digits, with a domain's dot.  Greenhouse, Lever,
Ashby, Gem and Rippling send the mail; an engineering manager writes from her own address.  Negatives: a bank's
"Ledger balance" notice, a lighthouse museum's newsletter, a canvas-print shop, an anchor-store sale, a password
manager's security alert, job alerts, a friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ALEX = "alex.romero.dev@gmail.com"
ME = f"Alex Romero <{ALEX}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Ledger",
        "applied",
        "2025-05-05",
        "Ledger <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Ledger",
        "Hi Alex,\n\nThanks for your interest in Ledger! We received your application for Senior Backend Engineer, "
        "Payments and our team is reviewing it now.\n\nLedger Recruiting",
        "l1",
    ),
    (
        "Beacon",
        "applied",
        "2025-05-05",
        "Beacon <no-reply@hire.lever.co>",
        "Beacon - Backend Engineer",
        "Hi Alex,\n\nThanks for applying to Beacon. Our team will review your application shortly and reach out if "
        "there's a match.\n\nThe Beacon Team",
        "b1",
    ),
    (
        "1Vault",
        "applied",
        "2025-05-06",
        "1Vault Hiring <no-reply@ashbyhq.com>",
        "Thanks for applying to 1Vault!",
        "Hi Alex,\n\nThanks for applying to the Software Engineer, Platform role at 1Vault. We'll be in touch soon.\n\n"
        "1Vault Recruiting",
        "v1",
    ),
    (
        "monday.dev",
        "applied",
        "2025-05-06",
        "monday.dev <jobs@monday.dev>",
        "We got your application!",
        "Hey Alex,\n\nThanks for applying to monday.dev for the Backend Engineer (Go) position. We review every "
        "application and will get back to you within 10 days.\n\nmonday.dev Talent",
        "m1",
    ),
    (
        "n9",
        "applied",
        "2025-05-07",
        "n9 <notifications@app.rippling.com>",
        "Application received: Staff Engineer at n9",
        "Hi Alex,\n\nWe've received your application for Staff Engineer at n9. Our hiring team will review it "
        "carefully.\n\nn9 People Team",
        "n1",
    ),
    (
        "Canvas",
        "screen",
        "2025-05-08",
        "Priya Shah <priya@canvas.build>",
        "Canvas <> Alex",
        "Hi Alex,\n\nI'm a recruiter at Canvas - we're building tools for design teams, and your background in "
        "payments infrastructure caught my eye after you applied. Do you have 30 minutes this week for an intro "
        "call?\n\nPriya",
        "c1",
    ),
    (
        "Ledger",
        "interview",
        "2025-05-12",
        "Ledger Recruiting <no-reply@us.greenhouse-mail.io>",
        "Ledger: Technical interview",
        "Hi Alex,\n\nWe'd love to move you forward to a 60-minute technical interview with two of our engineers. "
        "Please use the link below to choose a time.\n\nLedger Recruiting",
        "l2",
    ),
    (
        "Beacon",
        "rejected",
        "2025-05-13",
        "Beacon <no-reply@hire.lever.co>",
        "Beacon - Backend Engineer",
        "Hi Alex,\n\nThank you for your interest in Beacon. After reviewing your application, we've decided not to "
        "move forward at this time.\n\nThe Beacon Team",
        "b1",
    ),
    (
        "Anchor",
        "applied",
        "2025-05-13",
        ME,
        "Backend Engineer application - Alex Romero",
        "Hi Sam,\n\nGreat to meet you at the NYC Go meetup. As promised, I'm applying for the backend role at Anchor "
        "- my resume is attached.\n\nBest,\nAlex",
        "a1",
    ),
    (
        "Anchor",
        "interview",
        "2025-05-15",
        "Sam Ortiz <sam@anchorhq.com>",
        "Re: Backend Engineer application - Alex Romero",
        "Alex - thanks! I've shared your resume with our CTO. She'd like to do a technical conversation next week, "
        "about an hour. Does Tuesday at 11 work?\n\nSam",
        "a1",
    ),
    (
        "1Vault",
        "rejected",
        "2025-05-16",
        "1Vault Hiring <no-reply@ashbyhq.com>",
        "Your application to 1Vault",
        "Hi Alex,\n\nThanks again for applying to 1Vault. Unfortunately we won't be moving forward with your "
        "application for Software Engineer, Platform.\n\n1Vault Recruiting",
        "v2",
    ),
    (
        "Ledger",
        "onsite",
        "2025-05-22",
        "Ledger Recruiting <no-reply@us.greenhouse-mail.io>",
        "Ledger: Final round",
        "Hi Alex,\n\nCongratulations - we'd like to invite you to our final round: four interviews with the Payments "
        "team and our VP of Engineering.\n\nLedger Recruiting",
        "l3",
    ),
    (
        "Ledger",
        "offer",
        "2025-06-02",
        "Rachel Kim <rachel.kim@ledger.money>",
        "Offer from Ledger",
        "Hi Alex,\n\nI'm thrilled to share that we'd like to offer you the Senior Backend Engineer role on the "
        "Payments team! I'll walk you through the details on a call today.\n\nRachel",
        "l4",
    ),
]

_OWN_TO = {"Anchor": "Sam Ortiz <sam@anchorhq.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Brooklyn Savings <alerts@brooklynsavings.com>",
        "Your ledger balance is available",
        "not about an application",
        "Your ledger balance as of May 5: $4,210.33. View your account online.",
    ),
    (
        "Montauk Lighthouse Museum <news@montauklighthouse.org>",
        "Beacon Bulletin: summer hours",
        "newsletter",
        "The lighthouse opens daily from 10:30. Members' night on June 14. Unsubscribe",
    ),
    (
        "CanvasPrints <deals@canvasprints.example>",
        "40% off canvas prints",
        "shop",
        "Turn your photos into canvas art. 40% off this weekend only.",
    ),
    (
        "Anchor Outlet <sale@anchoroutlet.example>",
        "Anchor sale: up to 60% off",
        "shop",
        "Our biggest sale of the season. Shop now.",
    ),
    (
        "1Password <security@1password.com>",
        "New sign-in to your account",
        "not about an application",
        "A new device signed in to your 1Password account. If this was you, no action is needed.",
    ),
    (
        "Wellfound <jobs@wellfound.com>",
        "New startup jobs for you",
        "alert",
        "Backend Engineer - Fintech. Platform Engineer - Series B. Apply now.",
    ),
    (
        "Hacker Newsletter <kale@hackernewsletter.com>",
        "Hacker Newsletter #740",
        "newsletter",
        "The week's best links on programming and startups.",
    ),
    (
        "Jamie Chen <jamie.chen.bk@gmail.com>",
        "climbing thursday?",
        "personal",
        "Gym at 7 on Thursday? I'll bring the new rope.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ALEX,
        own_to=_OWN_TO,
        offset="-0400",
        clock="10:05:00",
        neg_start="2025-05-04",
        neg_step=3,
        neg_clock="20:10:00",
        tag="hundredeightyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
