"""A hundred-and-forty-fourth mailbox, written as a held-out check after the hundred-and-forty-third (issue #24).

Olivia, a marketing manager in New York, exports Gmail with Takeout.  Six employers answer through Greenhouse,
Lever, Workday, iCIMS, SmartRecruiters and Jobvite, with HireVue, Calendly, a recruiter's "Quick question" and a
hiring manager's own mail; twice as many negatives sit around them, several from the same companies: a promo, a
product newsletter, a "your application was viewed", LinkedIn's messages and a DocuSign lease.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLIVIA = "olivia.grant.nyc@gmail.com"
_ME = f"Olivia Grant <{OLIVIA}>"
_HANNA = "Hanna Weiss <hanna.weiss@brightpath.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Brightpath",
        "applied",
        "2025-05-05",
        "Brightpath <no-reply@greenhouse.io>",
        "Thank you for applying to Brightpath",
        "Hi Olivia,\n\nThanks for applying to Brightpath! Your application for Senior Marketing Manager, Lifecycle has "
        "been received and we'll review it shortly.",
        "bp1",
    ),
    (
        "Brightpath",
        "screen",
        "2025-05-08",
        _HANNA,
        "Quick question",
        "Hi Olivia,\n\nI'm on the recruiting team at Brightpath and loved your lifecycle work at Juno. Do you have 15 "
        "minutes this week to chat about the Senior Marketing Manager role? Grab a time here: calendly.com/hanna-weiss"
        "\n\nHanna",
        "bp2",
    ),
    (
        "Brightpath",
        "interview",
        "2025-05-14",
        _HANNA,
        "Re: Quick question",
        "Hi Olivia,\n\nThanks for the great chat! Next up is a 45-minute conversation with Chris, our VP of Marketing. "
        "I'll send an invite for Monday at 11.\n\nHanna",
        "bp2",
    ),
    (
        "Brightpath",
        "thank_you",
        "2025-05-19",
        _ME,
        "Thank you - Senior Marketing Manager",
        "Hi Chris,\n\nThank you for taking the time to speak with me today. I loved hearing about the retention goals "
        "for next year.\n\nBest,\nOlivia",
        "bp3",
    ),
    (
        "Brightpath",
        "interview",
        "2025-05-21",
        _HANNA,
        "Re: Quick question",
        "Hi Olivia,\n\nChris enjoyed your conversation! The next step is a take-home: a lifecycle plan for our new "
        "product launch, which you'll present to the team the following week.\n\nHanna",
        "bp2",
    ),
    (
        "Brightpath",
        "rejected",
        "2025-06-06",
        _HANNA,
        "Re: Quick question",
        "Hi Olivia,\n\nThank you for the thoughtful presentation. It was a close call, but the team has decided to "
        "move forward with another candidate. I really appreciate the time you put in.\n\nHanna",
        "bp2",
    ),
    (
        "Ledgerline",
        "applied",
        "2025-05-06",
        "Ledgerline <no-reply@hire.lever.co>",
        "Thanks for your application to Ledgerline",
        "Hi Olivia,\n\nThank you for your interest in Ledgerline! We received your application for Product Marketing "
        "Manager and our team will be in touch if there's a fit.",
        "ll1",
    ),
    (
        "Ledgerline",
        "interview",
        "2025-05-12",
        "Ledgerline <no-reply@hire.lever.co>",
        "Ledgerline - video interview",
        "Hi Olivia,\n\nAs a next step, please complete a short recorded video interview on HireVue within the next 5 "
        "days. It takes about 20 minutes.",
        "ll2",
    ),
    (
        "Ledgerline",
        "onsite",
        "2025-05-27",
        "Priya Nair <priya@ledgerline.com>",
        "Final round - Ledgerline",
        "Hi Olivia,\n\nWe'd love to invite you to our final round: three back-to-back conversations with the CMO, a "
        "product lead and a sales director at our Flatiron office on June 3.\n\nPriya Nair\nTalent Partner",
        "ll3",
    ),
    (
        "Ledgerline",
        "offer",
        "2025-06-09",
        "Priya Nair <priya@ledgerline.com>",
        "Ledgerline offer",
        "Hi Olivia,\n\nI'm thrilled to share that we'd like to offer you the Product Marketing Manager role! Your offer "
        "letter is attached: $165,000 base plus equity.\n\nPriya",
        "ll4",
    ),
    (
        "Ledgerline",
        "accepted",
        "2025-06-12",
        _ME,
        "Re: Ledgerline offer",
        "Hi Priya,\n\nI'm excited to officially accept the offer! I've signed and returned the letter.\n\nOlivia",
        "ll4",
    ),
    (
        "Mercer Street Bank",
        "applied",
        "2025-05-07",
        "Mercer Street Bank <mercerstreetbank@myworkday.com>",
        "Thank you for applying!",
        "Dear Olivia,\n\nThank you for applying for the Marketing Manager, Digital Acquisition "
        "position at Mercer Street Bank. We will review your qualifications.",
        "ms1",
    ),
    (
        "Mercer Street Bank",
        "rejected",
        "2025-05-28",
        "Mercer Street Bank <mercerstreetbank@myworkday.com>",
        "Update regarding your application",
        "Dear Olivia,\n\nThank you for your interest in Mercer Street Bank. We have "
        "carefully reviewed your background and have decided to pursue other candidates for this position.",
        "ms2",
    ),
    (
        "Halcyon Health",
        "applied",
        "2025-05-09",
        "Halcyon Health Careers <noreply@icims.com>",
        "Halcyon Health: Application Received",
        "Dear Olivia,\n\nThank you for your interest in Halcyon Health. We have "
        "received your application for Marketing Manager, Consumer Growth.",
        "hh1",
    ),
    (
        "Halcyon Health",
        "withdrew",
        "2025-06-12",
        _ME,
        "Withdrawing my application",
        "Hello,\n\nI'd like to withdraw my application for the Marketing Manager, Consumer Growth role, as I have "
        "accepted another position. Thank you for your consideration.\n\nOlivia Grant",
        "hh2",
    ),
    (
        "Tessellate",
        "applied",
        "2025-05-12",
        "Tessellate <noreply@smartrecruiters.com>",
        "Your application to Tessellate",
        "Hi Olivia,\n\nThank you for applying to the Brand Marketing Manager position "
        "at Tessellate. We're reviewing applications now.",
        "ts1",
    ),
    (
        "Tessellate",
        "rejected",
        "2025-05-30",
        "Tessellate <noreply@smartrecruiters.com>",
        "An update from Tessellate",
        "Hi Olivia,\n\nThanks again for your interest in Tessellate. After reviewing "
        "your profile, we won't be moving forward with your application at this time.",
        "ts2",
    ),
    (
        "Northgate Media",
        "applied",
        "2025-05-13",
        "Northgate Media Talent <notifications@jobvite.com>",
        "Thank you for applying to Northgate Media",
        "Hi Olivia,\n\nThank you for applying for Audience Growth Manager "
        "at Northgate Media. A member of our team will review your application.",
        "nm1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Brightpath <hello@brightpath.com>",
        "Spring into savings: 20% off Brightpath Pro",
        "shop",
        "Upgrade to Brightpath Pro this week and save 20%. Offer ends Sunday. Unsubscribe",
    ),
    (
        "Ledgerline <product@ledgerline.com>",
        "What's new in Ledgerline: May",
        "newsletter",
        "New: automated reconciliations and a faster dashboard. Read the release notes. Unsubscribe",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Northgate Media",
        "alert",
        "Northgate Media viewed your application for Audience Growth Manager.",
    ),
    (
        "LinkedIn <messaging-digest-noreply@linkedin.com>",
        "Olivia, you have 2 new messages",
        "alert",
        "Sam Patel: Hi Olivia, saw you're exploring new roles... View messages.",
    ),
    (
        "Greenwich Properties via DocuSign <dse@docusign.net>",
        "Please DocuSign: Lease Renewal - 14B",
        "other",
        "Greenwich Properties sent you a document to review and sign. REVIEW DOCUMENT",
    ),
    (
        "Chase <no.reply.alerts@chase.com>",
        "Your statement is ready",
        "other",
        "Your May statement for your Sapphire card is ready.",
    ),
    (
        "Marketing Brew <crew@morningbrew.com>",
        "The CMO shuffle",
        "newsletter",
        "This week in marketing: CMO moves, ad spend and more. Unsubscribe",
    ),
    (
        "Calendly <notifications@calendly.com>",
        "Reminder: Haircut with Jess",
        "other",
        "Your event Haircut with Jess is tomorrow at 6:00 PM.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Marketing Manager jobs in New York, NY",
        "alert",
        "Marketing Manager - Glossier - New York, NY. Growth Marketing Manager - Ramp - New York, NY. See more jobs.",
    ),
    (
        "Daniel Cho <daniel@growthtalentpartners.com>",
        "Head of Lifecycle - Series C fintech",
        "outreach",
        "Hi Olivia, I'm working with a Series C fintech on a Head of Lifecycle search. Would you be open to a quick call?",
    ),
    (
        "Halcyon Health <care@halcyonhealth.com>",
        "Your appointment is confirmed",
        "other",
        "Your telehealth appointment with Dr. Lee is confirmed for May 22 at 9:00 AM.",
    ),
    (
        "Tessellate <team@tessellate.io>",
        "Tessellate Summit: save your seat",
        "newsletter",
        "Join us at Tessellate Summit on June 18 in Brooklyn. Register now. Unsubscribe",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Olivia, companies are hiring for your skills",
        "alert",
        "Marketing Manager at Brightpath. Brand Manager at Tessellate. See jobs.",
    ),
    ("Zoom <no-reply@zoom.us>", "Zoom Workplace: your monthly summary", "other", "You hosted 4 meetings this month."),
    (
        "NYC Marketing Meetup <info@meetup.com>",
        "New event: lifecycle marketing in 2025",
        "newsletter",
        "Join us on May 29. RSVP. Unsubscribe",
    ),
    ("Uber Eats <uber@uber.com>", "Your order from Sweetgreen", "shop", "Thanks for ordering. Your total was $18.45."),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=OLIVIA,
        own_to={
            "Brightpath": "Chris Moreno <chris.moreno@brightpath.com>",
            "Ledgerline": "Priya Nair <priya@ledgerline.com>",
            "Halcyon Health": "Halcyon Health Talent <talent@halcyonhealth.com>",
        },
        offset="-0400",
        clock="10:40:00",
        neg_start="2025-05-04",
        neg_step=3,
        neg_clock="07:55:00",
        tag="hundredfortyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
