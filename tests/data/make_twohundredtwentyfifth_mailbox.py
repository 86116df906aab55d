"""A two-hundred-and-twenty-fifth mailbox, written as a held-out check after the two-hundred-and-twenty-fourth
(issue #24).

Noor, a product designer in Austin, exports Gmail with Takeout.  Recruiters write to her through their tracking
systems, so a mail's display name is a person's and its address the system's: "Sarah Lee <no-reply@us.greenhouse-
mail.io>", "Jordan from Pinecone <no-reply@hire.lever.co>", "Maya Chen <maya-chen@fernwood.workablemail.com>",
"Alex Kim <no-reply@ashbyhq.com>", "Tess Rivera <noreply@smartrecruiters.com>"; the employer is named only in the
text or the signature, and one recruiter signs with her first name alone.  Negatives: Dribbble's digest, a
design tool's webinar, Greenhouse's own "MyGreenhouse" newsletter, a recruiter's cold message through Gem, a friend.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NOOR = "noor.haddad.design@gmail.com"
ME = f"Noor Haddad <{NOOR}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Brightloop",
        "applied",
        "2025-10-06",
        "Brightloop <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightloop",
        "Hi Noor,\n\nThanks for applying to Brightloop. Your application has been received and we will review it "
        "right away.\n\nBrightloop Recruiting",
        "b1",
    ),
    (
        "Pinecone Health",
        "applied",
        "2025-10-06",
        "Pinecone Health <no-reply@hire.lever.co>",
        "Thank you for your application to Pinecone Health",
        "Hi Noor,\n\nThank you for your interest in Pinecone Health! We wanted to let you know we received your "
        "application for Senior Product Designer, and we are delighted that you would consider joining our team.\n\n"
        "Pinecone Health",
        "p1",
    ),
    (
        "Fernwood Studio",
        "applied",
        "2025-10-07",
        "Fernwood Studio <noreply@fernwood.workablemail.com>",
        "Thanks for applying to Fernwood Studio",
        "Hi Noor,\n\nThanks for applying for Product Designer at Fernwood Studio. We'll review your application and "
        "get back to you soon.\n\nFernwood Studio",
        "f1",
    ),
    (
        "Quillon",
        "applied",
        "2025-10-08",
        "Quillon <no-reply@ashbyhq.com>",
        "Thanks for applying to Quillon!",
        "Hi Noor,\n\nThanks for applying for Staff Product Designer at Quillon. Our team will review your "
        "application.\n\nQuillon",
        "q1",
    ),
    (
        "Brightloop",
        "screen",
        "2025-10-10",
        "Sarah Lee <no-reply@us.greenhouse-mail.io>",
        "Following up on your application",
        "Hi Noor,\n\nI'm Sarah, a recruiter at Brightloop. I loved your case study on onboarding flows! Do you have "
        "time for a 30-minute call this week? Here's my availability link: https://app.greenhouse.io/schedule/"
        "abc123\n\nSarah Lee\nRecruiter, Brightloop",
        "b2",
    ),
    (
        "Pinecone Health",
        "screen",
        "2025-10-13",
        "Jordan from Pinecone <no-reply@hire.lever.co>",
        "Senior Product Designer - next steps",
        "Hi Noor,\n\nThanks again for applying. I'd love to set up a 30-minute intro call to learn more about you. "
        "What does your week look like?\n\nJordan",
        "p2",
    ),
    (
        "Fernwood Studio",
        "interview",
        "2025-10-14",
        "Maya Chen <maya-chen@fernwood.workablemail.com>",
        "Portfolio review",
        "Hi Noor,\n\nThe team would love to see more of your work. Could you walk us through two projects in a "
        "60-minute portfolio review next Tuesday?\n\nMaya Chen\nDesign Director",
        "f2",
    ),
    (
        "Quillon",
        "rejected",
        "2025-10-15",
        "Alex Kim <no-reply@ashbyhq.com>",
        "Your application",
        "Hi Noor,\n\nThank you for your interest in the Staff Product Designer role. After reviewing your "
        "application, we've decided to move forward with other candidates whose experience is a closer match.\n\n"
        "Best,\nAlex Kim\nTalent, Quillon",
        "q2",
    ),
    (
        "Brightloop",
        "interview",
        "2025-10-20",
        "Sarah Lee <no-reply@us.greenhouse-mail.io>",
        "Design exercise",
        "Hi Noor,\n\nGreat chatting last week! The next step is a take-home design exercise: a 4-hour brief on our "
        "billing settings. Please send it back within 5 days.\n\nSarah",
        "b2",
    ),
    (
        "Pinecone Health",
        "rejected",
        "2025-10-22",
        "Jordan from Pinecone <no-reply@hire.lever.co>",
        "Senior Product Designer",
        "Hi Noor,\n\nThanks for the time on the call. We've decided to pause hiring for this role for the rest of "
        "the year, so we won't be moving forward. I'm sorry for the news and hope to reconnect in 2026.\n\nJordan",
        "p2",
    ),
    (
        "Fernwood Studio",
        "onsite",
        "2025-10-23",
        "Maya Chen <maya-chen@fernwood.workablemail.com>",
        "Final round",
        "Hi Noor,\n\nThe team loved your portfolio review. We'd like to invite you to our final round: a half day in "
        "our East Austin studio with the founders and the engineering lead, on October 30.\n\nMaya",
        "f2",
    ),
    (
        "Brightloop",
        "onsite",
        "2025-10-29",
        "Sarah Lee <no-reply@us.greenhouse-mail.io>",
        "Final interviews",
        "Hi Noor,\n\nThe team loved your exercise! The last step is a virtual onsite: four 45-minute interviews with "
        "design, product and engineering on November 4.\n\nSarah",
        "b2",
    ),
    (
        "Fernwood Studio",
        "offer",
        "2025-11-05",
        "Maya Chen <maya-chen@fernwood.workablemail.com>",
        "Offer",
        "Hi Noor,\n\nWe're thrilled to offer you the Product Designer position! $132,000 base and 0.3% equity. The "
        "offer letter is attached; please let us know by November 12.\n\nMaya",
        "f3",
    ),
    (
        "Brightloop",
        "withdrew",
        "2025-11-06",
        ME,
        "Re: Final interviews",
        "Hi Sarah,\n\nThank you for everything. I've accepted an offer elsewhere, so I'd like to withdraw from the "
        "process. I really enjoyed meeting the team.\n\nNoor",
        "b2",
    ),
    (
        "Fernwood Studio",
        "accepted",
        "2025-11-06",
        ME,
        "Re: Offer",
        "Hi Maya,\n\nI'm so happy to accept! Signed letter attached.\n\nNoor",
        "f3",
    ),
]

_OWN_TO = {
    "Brightloop": "Sarah Lee <no-reply@us.greenhouse-mail.io>",
    "Fernwood Studio": "Maya Chen <maya-chen@fernwood.workablemail.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Dribbble <digest@dribbble.example>",
        "Your weekly design inspiration",
        "newsletter",
        "The best shots of the week, plus 12 new design jobs.",
    ),
    (
        "Figma <events@figma.example>",
        "Webinar: variables and modes in practice",
        "newsletter",
        "Join our live session on November 6. Register now.",
    ),
    (
        "Greenhouse <hello@greenhouse.example>",
        "MyGreenhouse: 5 tips for your job search",
        "newsletter",
        "Track your applications, prep for interviews and get tips from recruiters.",
    ),
    (
        "Riley Shaw <riley@northpeak-talent.gem.example>",
        "Design role at a Series C fintech",
        "recruiter",
        "Hi Noor, I came across your portfolio and I'm working with a Series C fintech hiring a Principal Designer. "
        "Open to a quick chat?",
    ),
    (
        "Dina Haddad <dina.haddad@gmail.com>",
        "thanksgiving",
        "personal",
        "Are you flying in Wednesday or Thursday? Mom wants to know for the turkey.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=NOOR,
        own_to=_OWN_TO,
        offset="-0500",
        clock="10:30:00",
        neg_start="2025-10-05",
        neg_step=7,
        neg_clock="20:40:00",
        tag="twohundredtwentyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
