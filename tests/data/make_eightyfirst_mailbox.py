"""An eighty-first mailbox, written as a held-out check after the eightieth's fixes (issue #24).

Grace, a product manager in San Francisco, exports Gmail with Takeout.  She applies to fintech and tools companies
whose names are ordinary words (Ramp, Linear, Mercury, Plaid, Notion, Block, Retool, Vanta) through Greenhouse,
Ashby, Lever and Workday, whose mail often comes from a generic sender ("Talent Acquisition", "no-reply"); and she
uses some of those companies' products, so her mailbox also holds their product mail: a Mercury bank statement, a
Plaid verification code, a receipt sent through Square, Notion's newsletter.  Those must not become applications
or events.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GRACE = "grace.kim.pm@gmail.com"
_ME = f"Grace Kim <{GRACE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Ramp (Greenhouse; recruiter screen by Calendly; onsite; offer; accepted)
    (
        "Ramp",
        "applied",
        "2025-09-29",
        "Ramp <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Ramp",
        "Hi Grace,\n\nThanks for applying to the Senior Product Manager, Bill Pay role at Ramp. Our team will review "
        "your application and reach out if there's a fit.\n\nBest,\nRamp Recruiting",
        "ra1",
    ),
    (
        "Ramp",
        "screen",
        "2025-10-06",
        "Jamie Ortiz <jamie.ortiz@ramp.com>",
        "Ramp <> Grace - next steps",
        "Hi Grace,\n\nI'm a recruiter on the product team at Ramp and I'd love to set up a 30 minute intro call to "
        "talk about the Bill Pay role. Grab a time that works here: calendly.com/jamie-ramp/intro\n\nJamie",
        "ra2",
    ),
    (
        "Ramp",
        "onsite",
        "2025-10-20",
        "Ramp Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your onsite interview with Ramp",
        "Hi Grace,\n\nWe're excited to confirm your onsite interview on Tuesday, October 28 at our New York office "
        "(28 W 23rd St). You'll meet with four members of the team over about four hours: a product sense "
        "interview, an execution interview, a cross-functional interview with engineering and a conversation with "
        "the hiring manager.\n\nRamp Recruiting",
        "ra3",
    ),
    (
        "Ramp",
        "thank_you",
        "2025-10-28",
        _ME,
        "Thank you - onsite today",
        "Hi Jamie,\n\nThank you for organizing today - I enjoyed meeting the team and I'm even more excited about "
        "Bill Pay.\n\nBest,\nGrace",
        "ra4",
    ),
    (
        "Ramp",
        "offer",
        "2025-11-04",
        "Jamie Ortiz <jamie.ortiz@ramp.com>",
        "Great news from Ramp",
        "Hi Grace,\n\nThe team loved meeting you and we'd like to extend you an offer to join Ramp as a Senior "
        "Product Manager. I've attached the offer letter with the details of your compensation and equity - can we "
        "find time tomorrow to walk through it?\n\nJamie",
        "ra5",
    ),
    (
        "Ramp",
        "accepted",
        "2025-11-07",
        _ME,
        "Re: Great news from Ramp",
        "Hi Jamie,\n\nI'm thrilled to accept the offer - signed letter attached. Looking forward to starting on "
        "December 1.\n\nGrace",
        "ra5",
    ),
    # Linear (Ashby; rejection after a screen)
    (
        "Linear",
        "applied",
        "2025-09-30",
        "Linear <no-reply@ashbyhq.com>",
        "Thanks for your application",
        "Hi Grace,\n\nThanks for applying to Linear! We've received your application for Product Manager and our "
        "team will be in touch.\n\nThe Linear team",
        "li1",
    ),
    (
        "Linear",
        "screen",
        "2025-10-08",
        "Linear Hiring <no-reply@ashbyhq.com>",
        "Schedule your call with Linear",
        "Hi Grace,\n\nWe'd like to schedule a 30-minute call with our head of product. Please pick a time using the "
        "link below.\n\nSchedule interview\n\nThe Linear team",
        "li2",
    ),
    (
        "Linear",
        "rejected",
        "2025-10-21",
        "Linear Hiring <no-reply@ashbyhq.com>",
        "Update on your application",
        "Hi Grace,\n\nThank you for taking the time to talk with us. We've decided not to move forward with your "
        "candidacy at this time. We appreciate your interest in Linear.\n\nThe Linear team",
        "li3",
    ),
    # Mercury (Greenhouse from a generic sender; still reviewing, then rejected)
    (
        "Mercury",
        "applied",
        "2025-10-01",
        "Talent Acquisition <no-reply@us.greenhouse-mail.io>",
        "Mercury - Application received",
        "Hi Grace,\n\nThank you for your interest in Mercury! We have received your application for Product "
        "Manager, Treasury and will be in touch if your experience is a match.\n\nMercury Talent",
        "me1",
    ),
    (
        "Mercury",
        "follow_up",
        "2025-10-17",
        _ME,
        "Following up - Product Manager, Treasury",
        "Hi there,\n\nI applied for the Product Manager, Treasury role on October 1 and wanted to follow up and "
        "reiterate my interest. Happy to share more about my payments work.\n\nBest,\nGrace Kim",
        "me2",
    ),
    (
        "Mercury",
        "rejected",
        "2025-10-24",
        "Talent Acquisition <no-reply@us.greenhouse-mail.io>",
        "Your application to Mercury",
        "Hi Grace,\n\nThank you for your patience. We've reviewed your application for Product Manager, Treasury, "
        "and unfortunately we won't be moving forward at this time.\n\nMercury Talent",
        "me3",
    ),
    # Plaid (Lever; phone screen, virtual panel, withdrawal)
    (
        "Plaid",
        "applied",
        "2025-10-02",
        "Plaid <no-reply@hire.lever.co>",
        "Thank you for your application to Plaid",
        "Hi Grace,\n\nThank you for your interest in Plaid and for applying to our Product Manager, Identity "
        "position. We're reviewing your application now.\n\nPlaid Recruiting",
        "pl1",
    ),
    (
        "Plaid",
        "onsite",
        "2025-10-15",
        "Sam Patel <spatel@plaid.com>",
        "Plaid - virtual panel interviews",
        "Hi Grace,\n\nThanks for a great conversation last week! The team would like to invite you to a virtual "
        "panel of three 45-minute interviews. Please share your availability for the week of October 27.\n\nSam",
        "pl2",
    ),
    (
        "Plaid",
        "withdrew",
        "2025-11-05",
        _ME,
        "Re: Plaid - virtual panel interviews",
        "Hi Sam,\n\nThank you so much for your time. I've accepted another offer and would like to withdraw from the "
        "process. I really enjoyed meeting the team.\n\nBest,\nGrace",
        "pl2",
    ),
    # Block (Workday; the applicant-facing name is "Block, Inc."; silence)
    (
        "Block",
        "applied",
        "2025-10-03",
        "Block <block@myworkday.com>",
        "Thank you for applying to Block",
        "Hi Grace,\n\nThank you for applying for the Product Manager, Square Banking position (R0034512). We have "
        "received your application and will review it shortly. You can check the status of your application in "
        "your candidate home.\n\nBlock, Inc. Talent Acquisition",
        "bl1",
    ),
    # Retool (Greenhouse; take-home assessment then rejection)
    (
        "Retool",
        "applied",
        "2025-10-06",
        "Retool <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Retool!",
        "Hi Grace,\n\nThanks for applying for Product Manager, Workflows at Retool. We'll review your application "
        "soon.\n\nRetool Recruiting",
        "rt1",
    ),
    (
        "Retool",
        "interview",
        "2025-10-14",
        "Dana Wu <dana@retool.com>",
        "Retool PM - written exercise",
        "Hi Grace,\n\nThanks for chatting with me! As a next step we'd like you to complete a short written product "
        "exercise (about 2 hours) and then walk the team through it in a 45-minute interview. The prompt is linked "
        "below.\n\nDana",
        "rt2",
    ),
    (
        "Retool",
        "rejected",
        "2025-10-30",
        "Dana Wu <dana@retool.com>",
        "Re: Retool PM - written exercise",
        "Hi Grace,\n\nThank you for the thoughtful exercise. After discussing as a team, we've decided to move "
        "forward with other candidates whose experience is closer to what we need right now.\n\nDana",
        "rt2",
    ),
    # Vanta (Ashby; applied, still reviewing reply to her follow-up)
    (
        "Vanta",
        "applied",
        "2025-10-09",
        "Vanta <no-reply@ashbyhq.com>",
        "Thank you for applying to Vanta",
        "Hi Grace,\n\nWe've received your application for Senior Product Manager, Trust. We'll be in touch "
        "soon.\n\nVanta Recruiting",
        "va1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Mercury <hello@mercury.com>",
        "Your September statement is ready",
        "account",
        "Hi Grace, your Mercury checking statement for September is ready to view in the dashboard.",
    ),
    (
        "Plaid <no-reply@plaid.com>",
        "Your verification code",
        "account",
        "Your Plaid verification code is 482913. It expires in 10 minutes.",
    ),
    (
        "Square <receipts@messaging.squareup.com>",
        "Receipt from Blue Bottle Coffee",
        "shop",
        "$6.50 paid with Visa ending 4242. Powered by Square.",
    ),
    (
        "Notion Team <team@makenotion.com>",
        "What's new in Notion: Mail, AI agents and more",
        "newsletter",
        "Notion Mail is here. Read the release notes. Unsubscribe",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Ramp is hiring: Senior Product Manager",
        "alert",
        "Senior Product Manager - Ramp - New York\nProduct Manager - Brex - San Francisco\nSee all jobs",
    ),
    (
        "Lenny's Newsletter <lenny@substack.com>",
        "How the best PMs run interviews",
        "newsletter",
        "This week: how to prepare for a product sense interview. Unsubscribe",
    ),
    (
        "Chris Lane <chris@talentbridge.io>",
        "Product role at a Series B fintech",
        "outreach",
        "Hi Grace, I'm working with a Series B fintech hiring a Senior PM for payments. Open to a quick chat?",
    ),
    (
        "Retool <hello@retool.com>",
        "Retool Summit: register now",
        "newsletter",
        "Join us for Retool Summit in San Francisco. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=GRACE,
        own_to={
            "Ramp": "Jamie Ortiz <jamie.ortiz@ramp.com>",
            "Mercury": "Mercury Talent <talent@mercury.com>",
            "Plaid": "Sam Patel <spatel@plaid.com>",
        },
        offset="-0700",
        clock="10:05:00",
        neg_start="2025-09-28",
        neg_step=5,
        neg_clock="07:30:00",
        tag="eightyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
