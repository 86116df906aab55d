"""A three-hundred-and-forty-first mailbox, written as a held-out check after the three-hundred-and-fortieth (issue
#24).

Dana, a marketing manager in Philadelphia, exports Gmail with Takeout.  A mainstream search as tracking systems write
it: Greenhouse's "Thanks for applying to Brightwave!" and its scheduling mail ("The team would like to move forward with
a 30-minute call with our recruiter"), Lever's "Your application to Lumen Analytics", a "virtual onsite" of four
conversations, a recruiter's offer letter, Workday's receipt and its "we have decided to pursue other candidates", an
iCIMS "the position has been filled", her thank-you note and her acceptance.  Negatives: a LinkedIn job alert, Indeed's
new jobs, Glassdoor's picks, a recruiter's cold InMail, LinkedIn's "your application was viewed", Marketing Brew, an
Amazon order.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANA = "dana.okafor.mktg@gmail.com"
ME = f"Dana Okafor <{DANA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Brightwave",
        "applied",
        "2025-09-02",
        "Brightwave Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightwave!",
        "Hi Dana,\n\nThank you for your interest in Brightwave! We wanted to let you know we received your application "
        "for Senior Marketing Manager, and we are delighted that you would consider joining our team.\n\nOur team will "
        "review your application and will be in touch if your qualifications match our needs for the role.\n\n"
        "Regards,\nBrightwave Talent Team",
        "t1",
    ),
    (
        "Lumen Analytics",
        "applied",
        "2025-09-03",
        "Lumen Analytics <no-reply@hire.lever.co>",
        "Your application to Lumen Analytics",
        "Hi Dana -\n\nThanks for applying for the Product Marketing Lead role at Lumen Analytics. We're reviewing your "
        "application now and will reach out if there's a fit.\n\nCheers,\nThe Lumen Analytics Recruiting Team",
        "t2",
    ),
    (
        "Keystone Mutual",
        "applied",
        "2025-09-04",
        "Keystone Mutual <keystonemutual@myworkday.com>",
        "Keystone Mutual: Application Received",
        "Dear Dana Okafor,\n\nThank you for applying to the Marketing Manager, Brand position (R-10482). Your "
        "application has been received and is being reviewed.\n\nYou can check the status of your application at any "
        "time by signing into your candidate home account.\n\nKeystone Mutual Talent Acquisition",
        "t3",
    ),
    (
        "Harborview Health System",
        "applied",
        "2025-09-05",
        "Harborview Health System <careers@harborviewhealth.icims.com>",
        "Thank you for your interest in Harborview Health System",
        "Dana,\n\nThank you for submitting your application for the Digital Marketing Manager position. A member of our "
        "recruitment team will review your qualifications.\n\nHarborview Health System Talent Acquisition",
        "t4",
    ),
    (
        "Brightwave",
        "screen",
        "2025-09-09",
        "Jess Marino <jess.marino@brightwave.io>",
        "Interview Invitation: Brightwave - Senior Marketing Manager",
        "Hi Dana,\n\nThe team would like to move forward with a 30-minute call with me to learn more about your "
        "background and share more about the role. Please use the link below to select a time that works for you:\n\n"
        "https://app.greenhouse.io/guides/abc123/self_schedule\n\nBest,\nJess Marino\nRecruiter, Brightwave",
        "t1",
    ),
    (
        "Brightwave",
        "thank_you",
        "2025-09-12",
        ME,
        "Thank you for your time today",
        "Hi Jess,\n\nThank you for taking the time to speak with me today about the Senior Marketing Manager role. I "
        "enjoyed learning about the launch calendar and I'm excited about the opportunity.\n\nBest,\nDana",
        "t1",
    ),
    (
        "Lumen Analytics",
        "screen",
        "2025-09-10",
        "Marcus Reed <marcus@lumenanalytics.com>",
        "Lumen Analytics - Product Marketing Lead",
        "Hi Dana,\n\nI'm the recruiter for our Product Marketing Lead opening and I'd love to set up an intro call this "
        "week. Do you have 20 minutes Thursday or Friday afternoon?\n\nMarcus Reed\nTalent Partner | Lumen Analytics",
        "t2",
    ),
    (
        "Keystone Mutual",
        "rejected",
        "2025-09-15",
        "Keystone Mutual <keystonemutual@myworkday.com>",
        "Your application for Marketing Manager, Brand",
        "Dear Dana,\n\nThank you for your interest in the Marketing Manager, Brand position. After careful "
        "consideration, we have decided to pursue other candidates whose qualifications more closely match our needs at "
        "this time.\n\nWe encourage you to apply for future openings.\n\nKeystone Mutual Talent Acquisition",
        "t3",
    ),
    (
        "Lumen Analytics",
        "onsite",
        "2025-09-18",
        "Marcus Reed <marcus@lumenanalytics.com>",
        "Lumen Analytics | Next steps",
        "Hi Dana,\n\nThanks for chatting with me and with Priya last week! The team enjoyed the conversations and we'd "
        "love to invite you to a virtual onsite: four 45-minute conversations with the marketing, product and sales "
        "leads. I'll send over a few time options shortly.\n\nMarcus",
        "t2",
    ),
    (
        "Harborview Health System",
        "rejected",
        "2025-09-22",
        "Harborview Health System <careers@harborviewhealth.icims.com>",
        "Digital Marketing Manager - Application Status",
        "Dana,\n\nThank you for your interest in the Digital Marketing Manager position at Harborview Health System. "
        "We wanted to let you know that the position has been filled. We will keep your information on file for future "
        "opportunities.\n\nHarborview Health System Talent Acquisition",
        "t4",
    ),
    (
        "Brightwave",
        "rejected",
        "2025-09-24",
        "Jess Marino <jess.marino@brightwave.io>",
        "Brightwave - Senior Marketing Manager",
        "Hi Dana,\n\nThank you again for the time you spent with us. While we were impressed with your background, we've "
        "decided to move forward with another candidate for this role. We'd love to stay in touch.\n\nBest,\nJess",
        "t1",
    ),
    (
        "Lumen Analytics",
        "offer",
        "2025-10-01",
        "Marcus Reed <marcus@lumenanalytics.com>",
        "Offer Letter from Lumen Analytics",
        "Hi Dana,\n\nCongratulations! On behalf of the whole team, I'm thrilled to share the attached offer for the "
        "Product Marketing Lead role. Let me know when you have time to walk through it together.\n\nMarcus",
        "t2",
    ),
    (
        "Lumen Analytics",
        "accepted",
        "2025-10-03",
        ME,
        "Re: Offer Letter from Lumen Analytics",
        "Hi Marcus,\n\nI'm delighted to accept the offer! Signed letter attached. Looking forward to starting on "
        "October 20th.\n\nDana",
        "t2",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cmarketing manager\u201d: Comcast - Senior Marketing Manager and more",
        "alert",
        "Your job alert for marketing manager in Philadelphia, PA.\n\nSenior Marketing Manager\nComcast\nPhiladelphia, "
        "PA\nApply with resume & profile\n\nSee all jobs",
    ),
    (
        "Indeed <alert@indeed.com>",
        "12 new marketing manager jobs in Philadelphia, PA",
        "alert",
        "Marketing Manager - Aramark - Philadelphia, PA - Easily apply\nBrand Manager - Urban Outfitters - "
        "Philadelphia, PA\n\nSee more jobs",
    ),
    (
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Dana, we found jobs you may like",
        "alert",
        "Jobs for you: Product Marketing Manager at Vanguard, Marketing Lead at Gopuff. Apply now.",
    ),
    (
        "Rachel Kim via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Dana, exciting opportunity at a Series B fintech",
        "outreach",
        "Hi Dana, I came across your profile and think you'd be a great fit for a Head of Growth Marketing role at a "
        "fast-growing Series B fintech. Open to a quick chat?\n\nRachel",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Keystone Mutual",
        "viewed",
        "Dana, your application for Marketing Manager, Brand was viewed by Keystone Mutual.",
    ),
    (
        "Marketing Brew <crew@morningbrew.com>",
        "The ad market's big week",
        "newsletter",
        "Today: retail media networks, a rebrand that worked, and the best campaigns of the month.",
    ),
    (
        "Amazon.com <shipment-tracking@amazon.com>",
        "Your Amazon.com order has shipped",
        "shop",
        "Your package with 1 item will arrive Thursday.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DANA,
        own_to={
            "Brightwave": "Jess Marino <jess.marino@brightwave.io>",
            "Lumen Analytics": "Marcus Reed <marcus@lumenanalytics.com>",
        },
        offset="-0400",
        clock="10:20:00",
        neg_start="2025-09-01",
        neg_step=4,
        neg_clock="07:05:00",
        tag="threehundredfortyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
