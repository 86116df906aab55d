"""A three-hundred-and-fourth mailbox, written as a held-out check after the three-hundred-and-third (issue #24).

Tasha, a customer support lead in Tulsa looking for remote work, exports Gmail with Takeout.  Remote hiring and what
preys on it: a Workable receipt from a remote-first software company, Breezy's receipt, a Toggl Hire skills test, a
"culture chat" with a support manager over Zoom, "we've decided to move forward with other applicants", an offer by
a head of support and her acceptance; and around them the scams that find remote job seekers ("Congratulations! You
have been shortlisted for the Remote Data Entry Clerk position ... contact our hiring manager on Telegram", "we will
send you a check to purchase your home office equipment") and the job sites' mail.  Negatives: two scams, FlexJobs'
newsletter, We Work Remotely's alert, an Upwork promotion, her bank.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TASHA = "tasha.m.wright@gmail.com"
ME = f"Tasha Wright <{TASHA}>"

_OWN_TO = {
    "Helpwise Cloud": "Dana Pruitt <dana.pruitt@helpwisecloud.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Helpwise Cloud",
        "applied",
        "2025-04-07",
        "Helpwise Cloud <noreply@candidates.workablemail.com>",
        "Thanks for applying to Helpwise Cloud",
        "Hi Tasha,\n\nThank you for your application for the Customer Support Team Lead (Remote, US) position. We "
        "have received it and our team will review it carefully.\n\nKind regards,\nHelpwise Cloud",
        "h1",
    ),
    (
        "Parcelpoint",
        "applied",
        "2025-04-08",
        "Parcelpoint <noreply@parcelpoint.breezy-mail.com>",
        "Application received: Support Operations Lead",
        "Hey Tasha!\n\nWe got your application for Support Operations Lead (Remote). Thanks for your interest in "
        "Parcelpoint - someone from our team will review it soon.\n\nThe Parcelpoint Team",
        "p1",
    ),
    (
        "Helpwise Cloud",
        "interview",
        "2025-04-11",
        "Helpwise Cloud <noreply@candidates.workablemail.com>",
        "Next step: skills test for Customer Support Team Lead",
        "Hi Tasha,\n\nWe'd like to invite you to the next step: a 30-minute skills test on Toggl Hire with a few "
        "customer replies to write. Please complete it within 3 days: https://hire.toggl.com/c/abc123\n\n"
        "Kind regards,\nHelpwise Cloud",
        "h1",
    ),
    (
        "Parcelpoint",
        "rejected",
        "2025-04-16",
        "Parcelpoint <noreply@parcelpoint.breezy-mail.com>",
        "Your application to Parcelpoint",
        "Hi Tasha,\n\nThank you for applying for Support Operations Lead. We've decided to move forward with other "
        "applicants whose experience more closely matches what we need right now.\n\nThe Parcelpoint Team",
        "p1",
    ),
    (
        "Helpwise Cloud",
        "interview",
        "2025-04-17",
        "Dana Pruitt <dana.pruitt@helpwisecloud.example>",
        "Culture chat - Helpwise Cloud",
        "Hi Tasha,\n\nGreat work on the skills test! I'm Dana, Head of Support. I'd love to set up a 45-minute culture "
        "chat over Zoom with me and two of our team leads. Could you do Tuesday at 1pm Central?\n\nDana Pruitt\nHead of "
        "Support | Helpwise Cloud",
        "h2",
    ),
    (
        "Helpwise Cloud",
        "offer",
        "2025-04-28",
        "Dana Pruitt <dana.pruitt@helpwisecloud.example>",
        "Offer: Customer Support Team Lead",
        "Hi Tasha,\n\nI'm so happy to share that we'd like to offer you the Customer Support Team Lead role! $68,000 a "
        "year, fully remote, with a $1,000 home office stipend. Your offer letter is attached - take a few days to "
        "look it over.\n\nDana",
        "h3",
    ),
    (
        "Helpwise Cloud",
        "accepted",
        "2025-04-30",
        ME,
        "Re: Offer: Customer Support Team Lead",
        "Hi Dana,\n\nThank you so much! I'm excited to accept the offer - signed letter attached. Looking forward to "
        "May 19!\n\nTasha",
        "h3",
    ),
]

_NEGATIVES = [
    (
        "Hiring Department <hr.remotejobs.recruit2025@gmail.com>",
        "Congratulations! You have been shortlisted",
        "scam",
        "Dear Applicant,\n\nCongratulations! You have been shortlisted for the Remote Data Entry Clerk position "
        "($35/hr). Please contact our hiring manager Mr. David Wilson on Telegram @davidwilsonhr for your online "
        "interview.",
    ),
    (
        "Onboarding Team <onboarding.globalsupport@outlook.example>",
        "Job Offer - Remote Customer Service Representative",
        "scam",
        "Dear Candidate,\n\nWe are pleased to offer you the position of Remote Customer Service Representative. We will "
        "send you a check to purchase your home office equipment from our approved vendor. Reply with your full name "
        "and address.",
    ),
    (
        "FlexJobs <newsletter@flexjobs.example>",
        "This week in remote work",
        "newsletter",
        "5 tips for your remote job search, and 120 new customer service jobs.",
    ),
    (
        "We Work Remotely <alerts@weworkremotely.example>",
        "New Customer Support jobs",
        "alert",
        "Customer Support Specialist at Loomly. Support Engineer at Tandem. See all remote jobs.",
    ),
    (
        "Upwork <promotions@upwork.example>",
        "Find freelance customer service work",
        "shop",
        "Clients are looking for customer service freelancers. Create your profile today.",
    ),
    (
        "BOK Financial <alerts@bokf.example>",
        "Your statement is available",
        "other",
        "Your April statement for checking account ending 8812 is available online.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TASHA,
        own_to=_OWN_TO,
        offset="-0500",
        clock="11:05:00",
        neg_start="2025-04-06",
        neg_step=4,
        neg_clock="18:55:00",
        tag="threehundredfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
