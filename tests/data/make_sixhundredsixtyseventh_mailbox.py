"""A six-hundred-and-sixty-seventh mailbox, written as a held-out check after the six-hundred-and-sixty-sixth (issue
#24).

Priya Patel, a product designer in Toronto, exports her Gmail with Takeout. Her mail: Shopify's Greenhouse "Thanks
for applying to Shopify!", Wealthsimple's Ashby receipt, RBC's Workday "Application Received", Shopify's talent
partner's "Would you be open to a 30-min call" (a screen), Wealthsimple's "portfolio review" (an interview), her own
follow-up to RBC's recruiter, RBC's "decided to move forward with other candidates", Shopify's "Life Story interview"
(an interview round), Wealthsimple's "final round" (a design presentation and meetings with the Head of Design),
Shopify's "decided not to move forward with your application", Wealthsimple's offer (its subject with an emoji) and
her acceptance. Negatives: Dribbble's newsletter, LinkedIn's "Shopify is hiring", Indeed's alert, Figma's receipt, a
bakery's Shopify-store shipping notice (it names Shopify and is no mail of hers to it) and her roommate.
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.patel.design@gmail.com"
ME = f"Priya Patel <{PRIYA}>"
SHOP = "Shopify <no-reply@us.greenhouse-mail.example>"
WS = "Wealthsimple <no-reply@ashbyhq.example>"
RBC = "RBC <rbc@myworkday.example>"
SHOPR = "Hannah Lee <hannah.lee@shopify.example>"
WSR = "Marc Tremblay <marc.tremblay@wealthsimple.example>"
RBCR = "Kevin Singh <kevin.singh@rbc.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Shopify",
        "applied",
        "2025-04-01",
        SHOP,
        "Thanks for applying to Shopify!",
        "Hi Priya,\n\nThanks for applying to the Senior Product Designer role at Shopify! We're reviewing your "
        "application and will be in touch if it's a match.\n\nShopify Talent",
        "t-shop",
    ),
    (
        "Wealthsimple",
        "applied",
        "2025-04-02",
        WS,
        "Thanks for your application to Wealthsimple",
        "Hi Priya,\n\nThanks for your application for the Senior Product Designer role at Wealthsimple. Our team will "
        "review it and get back to you.\n\nWealthsimple Talent",
        "t-ws",
    ),
    (
        "RBC",
        "applied",
        "2025-04-03",
        RBC,
        "RBC: Application Received",
        "Hi Priya,\n\nThank you for your interest in RBC. We have received your application for Senior UX Designer "
        "(R-0123456).\n\nRBC Talent Acquisition",
        "t-rbc",
    ),
    (
        "Shopify",
        "screen",
        "2025-04-08",
        SHOPR,
        "Shopify - let's chat!",
        "Hi Priya,\n\nYour background caught our eye. Would you be open to a 30-min call with me to chat about the "
        "Senior Product Designer role and your experience?\n\nHannah Lee\nTalent Acquisition Partner, Shopify",
        "t-shop2",
    ),
    (
        "Wealthsimple",
        "interview",
        "2025-04-10",
        WSR,
        "Portfolio review - Wealthsimple",
        "Hi Priya,\n\nWe'd love to invite you to a 60-minute portfolio review with our design team next week. Please "
        "pick a slot that works for you.\n\nMarc Tremblay\nDesign Recruiter, Wealthsimple",
        "t-ws2",
    ),
    (
        "RBC",
        "follow_up",
        "2025-04-14",
        ME,
        "Following up on my application - Senior UX Designer",
        "Hi Kevin,\n\nI hope you're well. I'm following up on my application for the Senior UX Designer role "
        "(R-0123456), submitted on April 3. I'd love to hear about next steps.\n\nBest,\nPriya Patel",
        "t-rbc2",
    ),
    (
        "RBC",
        "rejected",
        "2025-04-16",
        RBC,
        "Your application status",
        "Hi Priya,\n\nThank you for applying for the Senior UX Designer role. After careful review, we have decided to "
        "move forward with other candidates.\n\nRBC Talent Acquisition",
        "t-rbc",
    ),
    (
        "Shopify",
        "interview",
        "2025-04-17",
        SHOPR,
        "Shopify: Life Story interview",
        "Hi Priya,\n\nThe next step is our Life Story interview, a conversation about your journey so far. It's 60 "
        "minutes over Google Meet. Please share your availability.\n\nHannah",
        "t-shop3",
    ),
    (
        "Wealthsimple",
        "onsite",
        "2025-04-22",
        WSR,
        "Final round - Wealthsimple",
        "Hi Priya,\n\nThe team loved your portfolio! We'd like to invite you to our final round: a design exercise "
        "presentation and meetings with the Head of Design and a product manager.\n\nMarc",
        "t-ws3",
    ),
    (
        "Shopify",
        "rejected",
        "2025-04-25",
        SHOP,
        "An update from Shopify",
        "Hi Priya,\n\nThank you for the time you've spent with us. We've decided not to move forward with your "
        "application at this time.\n\nShopify Talent",
        "t-shop",
    ),
    (
        "Wealthsimple",
        "offer",
        "2025-05-01",
        WSR,
        "Offer from Wealthsimple 🎉",
        "Hi Priya,\n\nWe're so excited to offer you the role of Senior Product Designer at Wealthsimple! Your offer "
        "letter is attached.\n\nMarc",
        "t-ws4",
    ),
    (
        "Wealthsimple",
        "accepted",
        "2025-05-02",
        ME,
        "Re: Offer from Wealthsimple 🎉",
        "Hi Marc,\n\nThank you! I'm thrilled to accept the offer. I've signed the letter.\n\nPriya",
        "t-ws4",
    ),
]

_NEGATIVES = [
    (
        "Dribbble <newsletter@dribbble.example>",
        "This week's top shots",
        "newsletter",
        "The best design work from the community this week. Unsubscribe.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.example>",
        "Shopify is hiring a Product Designer",
        "alert",
        "Shopify is hiring. Be an early applicant. See more jobs.",
    ),
    (
        "Indeed <alert@indeed.example>",
        "New Product Designer jobs in Toronto",
        "alert",
        "8 new jobs match your search. Manage your job alerts.",
    ),
    (
        "Figma <billing@figma.example>",
        "Your Figma receipt",
        "other",
        "Thanks for your payment for Figma Professional.",
    ),
    (
        "Sugar & Spice Bakery <store+123@shopify-mail.example>",
        "Your order is on the way",
        "other",
        "Your order #1042 has shipped. This store is powered by Shopify.",
    ),
    (
        "Aisha Khan <aisha.khan@gmail.example>",
        "rent",
        "personal",
        "E-transfer for May rent sent!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PRIYA,
        own_to={"RBC": RBCR, "Wealthsimple": WSR},
        offset="-0400",
        clock="11:30:00",
        neg_start="2025-03-31",
        neg_step=5,
        neg_clock="20:25:00",
        tag="sixhundredsixtyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
