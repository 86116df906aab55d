"""A four-hundred-and-fourteenth mailbox, written as a held-out check after the four-hundred-and-thirteenth (issue #24).

Ji-ho, a product manager in San Francisco, keeps her search in Gmail and exports it with Takeout.  Two roles at one
company through Greenhouse (the "Product Manager, Payments" rejected, the "Senior Product Manager, Risk" going on),
a company she reapplied to after a rejection in the spring, Lever's "Schedule your interview" via GoodTime, Ashby's
"Interview confirmed", a recruiter's "Quick sync re: your PM application?", a product exercise, a "virtual onsite"
on Zoom, a referral's thank-you, her request for an update, an offer through Rippling and her decline of another.
Many negatives around them: job alerts, Product Hunt's and Lenny's newsletters, a conference, an Uber receipt, Venmo,
a referral bonus from her current employer's HR, a dentist and her brother.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JIHO = "jiho.park.pm@gmail.com"
ME = f"Ji-ho Park <{JIHO}>"
GH = "Tessellate Recruiting <no-reply@us.greenhouse-mail.io>"
ELI = "Eli Navarro <eli.navarro@tessellate.example>"
RUTH = "Ruth Adler <ruth@cinderpay.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Tessellate",
        "applied",
        "2025-04-01",
        GH,
        "Thank you for applying to Tessellate",
        "Hi Ji-ho,\n\nThanks for applying to Tessellate! We've received your application for Product Manager, "
        "Payments, and our team will review it.\n\nTessellate Recruiting",
        "t-tes1",
    ),
    (
        "Tessellate",
        "applied",
        "2025-04-02",
        GH,
        "Thank you for applying to Tessellate",
        "Hi Ji-ho,\n\nThanks for applying to Tessellate! We've received your application for Senior Product Manager, "
        "Risk, and our team will review it.\n\nTessellate Recruiting",
        "t-tes2",
    ),
    (
        "CinderPay",
        "applied",
        "2025-04-02",
        "CinderPay <no-reply@hire.lever.co>",
        "CinderPay - Thanks for applying",
        "Hi Ji-ho,\n\nThanks for applying again! We remember you from the spring and are glad you're still interested "
        "in CinderPay. We've received your application for Product Lead, Merchant Experience.\n\nCinderPay Team",
        "t-cp",
    ),
    (
        "Orchard Health",
        "applied",
        "2025-04-03",
        "Orchard Health <no-reply@ashbyhq.com>",
        "Application received - Orchard Health",
        "Hi Ji-ho,\n\nWe've received your application for Product Manager, Care Navigation at Orchard Health. Thanks "
        "for your interest!\n\nOrchard Health",
        "t-oh",
    ),
    (
        "Tessellate",
        "rejected",
        "2025-04-08",
        GH,
        "Your application to Tessellate",
        "Hi Ji-ho,\n\nThank you for your interest in the Product Manager, Payments role. We've decided to move forward "
        "with other candidates for this position. We'd encourage you to stay in touch for future roles.\n\nTessellate "
        "Recruiting",
        "t-tes1b",
    ),
    (
        "Tessellate",
        "screen",
        "2025-04-09",
        ELI,
        "Quick sync re: your PM application?",
        "Hi Ji-ho,\n\nI'm on the recruiting team at Tessellate, working on our Senior Product Manager, Risk role. Do you "
        "have 20 minutes this week for a quick sync about your background?\n\nEli",
        "t-tes2b",
    ),
    (
        "CinderPay",
        "interview",
        "2025-04-10",
        "CinderPay Recruiting <scheduling@goodtime.example>",
        "Schedule your interview with CinderPay",
        "Hi Ji-ho,\n\nThe CinderPay team would like to schedule a 45-minute interview with Ruth Adler, Head of Product. "
        "Please select your availability using the link below.\n\nPowered by GoodTime",
        "t-cp2",
    ),
    (
        "Orchard Health",
        "rejected",
        "2025-04-11",
        "Orchard Health <no-reply@ashbyhq.com>",
        "Update from Orchard Health",
        "Hi Ji-ho,\n\nThanks so much for applying. After reviewing your application, we won't be moving forward right "
        "now. We really appreciate your interest.\n\nOrchard Health",
        "t-oh2",
    ),
    (
        "Tessellate",
        "interview",
        "2025-04-15",
        ELI,
        "RE: Quick sync re: your PM application?",
        "Hi Ji-ho,\n\nGreat chatting Thursday! Next step is a product exercise: a 60-minute session with two of our "
        "PMs where you'll work through a risk-scoring problem live. Let me know what times work next week.\n\nEli",
        "t-tes2b",
    ),
    (
        "CinderPay",
        "interview",
        "2025-04-16",
        "CinderPay <no-reply@ashbyhq.com>",
        "Interview confirmed: CinderPay",
        "Hi Ji-ho,\n\nYour interview is confirmed.\n\nProduct Sense with Ruth Adler\nThursday, April 17, 11:00 AM PDT "
        "(45 min)\nGoogle Meet link: meet.google.com/xyz",
        "t-cp3",
    ),
    (
        "Tessellate",
        "follow_up",
        "2025-04-22",
        ME,
        "Checking in - Senior PM, Risk",
        "Hi Eli,\n\nI hope you had a good weekend! I wanted to check in on timing for the next steps after the product "
        "exercise.\n\nThanks,\nJi-ho",
        "t-tes2c",
    ),
    (
        "Tessellate",
        "onsite",
        "2025-04-23",
        ELI,
        "Tessellate virtual onsite",
        "Hi Ji-ho,\n\nThanks for your patience! The team would love to move you to our virtual onsite: four 45-minute "
        "conversations on Zoom next Tuesday, including our VP of Product.\n\nEli",
        "t-tes2d",
    ),
    (
        "CinderPay",
        "onsite",
        "2025-04-24",
        RUTH,
        "Next: meet the team",
        "Hi Ji-ho,\n\nReally enjoyed our conversation. Last step: come to our office on Howard St for a half day with "
        "the team on May 1 - engineering, design and our CEO.\n\nRuth",
        "t-cp4",
    ),
    (
        "Tessellate",
        "offer",
        "2025-05-02",
        ELI,
        "Offer from Tessellate",
        "Hi Ji-ho,\n\nCongratulations! The team was unanimous and we'd love to extend you an offer for Senior Product "
        "Manager, Risk. Your offer letter will come through Rippling shortly.\n\nEli",
        "t-tes2e",
    ),
    (
        "CinderPay",
        "rejected",
        "2025-05-05",
        RUTH,
        "RE: Next: meet the team",
        "Hi Ji-ho,\n\nThank you for spending the afternoon with us. It was a hard decision, but we've decided to go "
        "with another candidate whose background in merchant onboarding is closer to what we need.\n\nRuth",
        "t-cp4",
    ),
    (
        "Tessellate",
        "accepted",
        "2025-05-06",
        ME,
        "RE: Offer from Tessellate",
        "Hi Eli,\n\nI'm excited to accept the offer! I've signed in Rippling. Thank you for everything.\n\nJi-ho",
        "t-tes2e",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"product manager": 40+ new jobs',
        "alert",
        "Product Manager - Stripe. Senior PM - Plaid. See all jobs.",
    ),
    (
        "Product Hunt Daily <hello@producthunt.example>",
        "Today's top products",
        "newsletter",
        "The best new products, every day. Unsubscribe.",
    ),
    (
        "Lenny's Newsletter <lenny@substack.example>",
        "How to nail your product sense interview",
        "newsletter",
        "This week: frameworks for product sense interviews and how hiring managers grade them.",
    ),
    (
        "Mind the Product <events@mtp.example>",
        "Last chance: #mtpcon SF tickets",
        "newsletter",
        "Join 1,500 product people in San Francisco.",
    ),
    (
        "Uber Receipts <uber.us@uber.example>",
        "Your Tuesday evening trip with Uber",
        "shop",
        "Total $23.40. Thanks for riding.",
    ),
    ("Venmo <venmo@venmo.example>", "You paid Min-jun Park $40.00", "other", "Dinner split."),
    (
        "People Team <people@currentco.example>",
        "Referral bonus paid",
        "other",
        "Hi Ji-ho, your referral bonus for Dana Lee's hire has been paid in this cycle.",
    ),
    (
        "Bright Smiles Dental <appointments@brightsmiles.example>",
        "Appointment reminder",
        "other",
        "Your cleaning is on April 28 at 8:30 AM.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Product Manager jobs in San Francisco",
        "alert",
        "Product Manager - Chime. Product Manager - Gusto.",
    ),
    ("Min-jun Park <minjun.park@gmail.example>", "mom's birthday gift", "personal", "Did you order the flowers yet?"),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=JIHO,
            own_to={"Tessellate": ELI},
            offset="-0700",
            clock="10:10:00",
            neg_start="2025-03-31",
            neg_step=3,
            neg_clock="18:40:00",
            tag="fourhundredfourteen",
        ),
        kind="other",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
