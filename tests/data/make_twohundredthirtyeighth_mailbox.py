"""A two-hundred-and-thirty-eighth mailbox, written as a held-out check after the two-hundred-and-thirty-seventh
(issue #24).

Priya, a customer success manager looking for a remote role, keeps mail in iCloud and exported it from Apple Mail
as a plain mbox (no labels; replies tied by ``In-Reply-To``).  Start-ups write through Ashby and Lever, a
recruiter's sequence "sent via Gem", a Calendly link for a "quick intro", an async Loom exercise, a "values
interview", "whose experience more closely aligns", and a verbal offer followed by the written one.  Negatives:
Wellfound's matches, a newsletter on customer success, a cold message through Gem for a role she never applied to,
LinkedIn's "your application was viewed", Apple's receipt, a friend.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.raman.cs@icloud.com"
ME = f"Priya Raman <{PRIYA}>"

# (company, event, day, sender, subject, body, parent, to)
_POSITIVES = [
    (
        "Tallyhook",
        "applied",
        "2025-03-03",
        "Tallyhook Hiring Team <no-reply@ashbyhq.com>",
        "Thanks for applying to Tallyhook!",
        "Hi Priya,\n\nThanks for applying for the Customer Success Manager (Remote, US) role at Tallyhook. Our team "
        "reviews every application and we'll be in touch either way.\n\nTallyhook Hiring Team",
        None,
    ),
    (
        "Brightloop",
        "applied",
        "2025-03-04",
        "Brightloop <no-reply@hire.lever.co>",
        "Thank you for your application to Brightloop",
        "Priya,\n\nThank you for your interest in Brightloop! We have received your application for Senior Customer "
        "Success Manager and our team will review it shortly.\n\nBest,\nBrightloop Talent",
        None,
    ),
    (
        "Tallyhook",
        "screen",
        "2025-03-06",
        "Jess Moreno <jess@tallyhook.com>",
        "Quick intro? (Tallyhook CSM)",
        "Hey Priya!\n\nI'm the recruiter for our CSM role and loved your background in onboarding enterprise "
        "accounts. Grab 20 minutes for a quick intro here: calendly.com/jess-tallyhook/intro\n\nJess Moreno\n"
        "Talent @ Tallyhook\n\nSent via Gem",
        0,
    ),
    (
        "Quillstack",
        "applied",
        "2025-03-07",
        ME,
        "Customer Success Manager - Priya Raman",
        "Hi Dana,\n\nI saw on LinkedIn that Quillstack is hiring its first Customer Success Manager. I have five "
        "years running onboarding and renewals for mid-market SaaS, and I've attached my resume. I'd love to "
        "talk.\n\nBest,\nPriya",
        None,
        "Dana Whitfield <dana@quillstack.io>",
    ),
    (
        "Tallyhook",
        "interview",
        "2025-03-12",
        "Jess Moreno <jess@tallyhook.com>",
        "Re: Quick intro? (Tallyhook CSM)",
        "Hi Priya,\n\nGreat chatting! Next up is an async exercise: record a 10-minute Loom walking us through how "
        "you'd run a QBR for an at-risk customer (details in the doc). After that you'd meet our VP of Customer "
        "Success.\n\nJess",
        2,
    ),
    (
        "Brightloop",
        "rejected",
        "2025-03-13",
        "Brightloop <no-reply@hire.lever.co>",
        "Your application to Brightloop",
        "Hi Priya,\n\nThank you for your interest in the Senior Customer Success Manager role. We've decided to move "
        "forward with candidates whose experience more closely aligns with our needs at this time.\n\nBest,\n"
        "Brightloop Talent",
        1,
    ),
    (
        "Quillstack",
        "screen",
        "2025-03-14",
        "Dana Whitfield <dana@quillstack.io>",
        "Re: Customer Success Manager - Priya Raman",
        "Hi Priya,\n\nThanks for reaching out, your timing is great. Are you free for a 30 minute call on Monday "
        "to talk about the role?\n\nDana\nCOO, Quillstack",
        3,
    ),
    (
        "Tallyhook",
        "onsite",
        "2025-03-20",
        "Jess Moreno <jess@tallyhook.com>",
        "Re: Quick intro? (Tallyhook CSM)",
        "Hi Priya,\n\nThe team loved your Loom! The final step is a values interview with our CEO and a chat with "
        "two CSMs, both on Zoom next Tuesday.\n\nJess",
        4,
    ),
    (
        "Quillstack",
        "rejected",
        "2025-03-24",
        "Dana Whitfield <dana@quillstack.io>",
        "Re: Customer Success Manager - Priya Raman",
        "Hi Priya,\n\nThank you for the great conversation. We've decided to hold off on hiring for this role until "
        "next year, so we won't be moving forward right now. I'm sorry to disappoint.\n\nDana",
        6,
    ),
    (
        "Tallyhook",
        "offer",
        "2025-03-27",
        "Jess Moreno <jess@tallyhook.com>",
        "Re: Quick intro? (Tallyhook CSM)",
        "Hi Priya,\n\nAs promised on the phone, here is your written offer for the Customer Success Manager role: "
        "$95,000 base plus variable and equity. Please sign through the link by next Friday.\n\nJess",
        7,
    ),
    (
        "Tallyhook",
        "accepted",
        "2025-03-28",
        ME,
        "Re: Quick intro? (Tallyhook CSM)",
        "Hi Jess,\n\nSigned! I'm thrilled to accept and can't wait to start on April 14.\n\nPriya",
        9,
        "Jess Moreno <jess@tallyhook.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Wellfound <team@wellfound.com>",
        "5 new startup jobs for you",
        "alert",
        "Customer Success Manager at a Series A fintech; Account Manager at a dev tools company; CSM at an AI startup.",
    ),
    (
        "The CS Café <hello@cscafe.substack.example>",
        "Why onboarding is the new renewal",
        "newsletter",
        "This week: three onboarding playbooks and how to measure time to value.",
    ),
    (
        "Kevin Ortiz <kevin@relaywave.io>",
        "Customer Success at Relaywave?",
        "outreach",
        "Hi Priya, your background at a SaaS company caught my eye. We're hiring a Head of Customer Success at "
        "Relaywave; open to a chat?\n\nKevin\n\nSent via Gem",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Northbeam",
        "viewed",
        "Your application for Customer Success Manager was viewed by Northbeam.",
    ),
    (
        "Apple <no_reply@email.apple.example>",
        "Your receipt from Apple",
        "other",
        "iCloud+ with 200 GB storage, $2.99.",
    ),
    (
        "Meena Raman <meena.r@gmail.example>",
        "Mom's birthday dinner",
        "personal",
        "Can you book the restaurant for Saturday? 7 pm works for everyone.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=PRIYA,
        own_to={},
        offset=lambda d: "-0500" if d.month < 3 or (d.month == 3 and d.day < 9) else "-0400",
        clock="11:30:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="20:15:00",
        tag="twohundredthirtyeight",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it (an ``.mbox`` folder holding ``mbox``) into ``folder``."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "INBOX.mbox" / "mbox", msgs if msgs is not None else messages())
