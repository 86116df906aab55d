"""A two-hundred-and-sixty-seventh mailbox, written as a held-out check after the two-hundred-and-sixty-sixth
(issue #24).

DeShawn, an account executive in Atlanta, keeps his mail in Apple Mail and exports the inbox as a plain mbox.  SaaS
sales hiring: recruiters writing "via Greenhouse" and "via Lever", a sequencing tool's "Just floating this to the
top", a scheduling tool's confirmation, a mock discovery call (a round), "Let's get you on the calendar with our VP",
an offer letter through an HR platform and its "Offer accepted" receipt, and "we're going to pass for now".
Negatives: RepVue's newsletter, a sales community's digest, Calendly's own marketing, a recruiter's sequence, a
Hawks ticket, a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DESHAWN = "deshawn.carter.sales@icloud.com"
ME = f"DeShawn Carter <{DESHAWN}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Brightpath Software",
        "applied",
        "2025-09-02",
        "Brightpath Software <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightpath!",
        "Hi DeShawn,\n\nThanks for applying for the Account Executive, Mid-Market role at Brightpath Software. We "
        "read every application and will be in touch if there's a fit.\n\nCheers,\nThe Brightpath Recruiting Team",
        None,
    ),
    (
        "Quillstack",
        "applied",
        "2025-09-03",
        "Quillstack <no-reply@hire.lever.co>",
        "Your application to Quillstack",
        "Hi DeShawn,\n\nThank you for your interest in Quillstack! We've received your application for Enterprise "
        "Account Executive - Southeast and will review it shortly.\n\nBest,\nQuillstack",
        None,
    ),
    (
        "Ferncrest Payments",
        "applied",
        "2025-09-03",
        "Ferncrest Payments <jobs@ferncrest.breezy-mail.example>",
        "Application received: Account Executive",
        "Hi DeShawn, your application for Account Executive at Ferncrest Payments has been received. We'll reach out "
        "if we'd like to move forward.",
        None,
    ),
    (
        "Brightpath Software",
        "screen",
        "2025-09-05",
        "Alexis Monroe via Greenhouse <no-reply@us.greenhouse-mail.io>",
        "Brightpath <> DeShawn",
        "Hey DeShawn,\n\nThanks for throwing your hat in the ring! I'm the recruiter for our mid-market team and would "
        "love to get 30 minutes on the calendar to chat about your background and what you're looking for. Here's my "
        "link: https://calendly.com/alexis-brightpath\n\nAlexis Monroe\nSr. Technical Recruiter, Brightpath",
        None,
    ),
    (
        "Quillstack",
        "screen",
        "2025-09-08",
        "Jordan Ames via Lever <no-reply@hire.lever.co>",
        "Quillstack - intro chat?",
        "Hi DeShawn - Jordan here, I lead sales recruiting at Quillstack. Your quota attainment jumped out at me. Do "
        "you have 20 min this week for an intro call? Thursday or Friday afternoon works on my end.\n\nJordan",
        None,
    ),
    (
        "Brightpath Software",
        "interview",
        "2025-09-10",
        "Alexis Monroe via Greenhouse <no-reply@us.greenhouse-mail.io>",
        "Next step: mock discovery call",
        "Hey DeShawn,\n\nGreat chatting yesterday! Next up is a 45-minute mock discovery call with Tom, one of our "
        "sales managers - he'll play a prospect and you'll run the call like you would in real life. I've attached "
        "the prep doc. Are you free Tuesday 9/16 at 2pm ET?\n\nAlexis",
        3,
    ),
    (
        "Ferncrest Payments",
        "rejected",
        "2025-09-12",
        "Ferncrest Payments <jobs@ferncrest.breezy-mail.example>",
        "Your application to Ferncrest Payments",
        "Hi DeShawn,\n\nThanks so much for your interest in Ferncrest. We're going to pass for now as we're looking "
        "for someone with more payments experience, but we'll keep your info on file.\n\nThe Ferncrest Team",
        2,
    ),
    (
        "Quillstack",
        "interview",
        "2025-09-15",
        "Jordan Ames via Lever <no-reply@hire.lever.co>",
        "Let's get you on the calendar with our VP",
        "DeShawn - great news, Marcus (our VP of Sales) wants to meet you. Let's get you on the calendar with him for "
        "45 minutes next week. Use this link to pick a time: https://calendly.com/quillstack-vp/45\n\nJordan",
        4,
    ),
    (
        "Quillstack",
        "follow_up",
        "2025-09-26",
        ME,
        "Re: Let's get you on the calendar with our VP",
        "Hi Jordan,\n\nHope your week's going well! Just checking in after my conversation with Marcus on Monday - any "
        "update on next steps?\n\nThanks,\nDeShawn",
        7,
        "Jordan Ames <jordan.ames@quillstack.example>",
    ),
    (
        "Brightpath Software",
        "onsite",
        "2025-09-19",
        "Alexis Monroe via Greenhouse <no-reply@us.greenhouse-mail.io>",
        "Final round at Brightpath",
        "Hey DeShawn!\n\nTom loved your mock call. We'd like to bring you into our Midtown office for the final round "
        "on Thursday 9/25: a 30-minute presentation of a 30-60-90 day plan to the CRO and two AEs, then lunch with "
        "the team.\n\nAlexis",
        5,
    ),
    (
        "Quillstack",
        "rejected",
        "2025-09-29",
        "Jordan Ames via Lever <no-reply@hire.lever.co>",
        "Re: Let's get you on the calendar with our VP",
        "Hi DeShawn, thanks for your patience. Marcus decided to move ahead with another candidate who has more "
        "enterprise healthcare experience. I know that's not what you were hoping to hear - I'd genuinely love to "
        "stay in touch.\n\nJordan",
        8,
    ),
    (
        "Brightpath Software",
        "offer",
        "2025-09-30",
        "Brightpath Software <notifications@rippling.example>",
        "You have a new offer letter from Brightpath Software",
        "Hi DeShawn,\n\nBrightpath Software has sent you an offer letter for the position of Account Executive, "
        "Mid-Market. Review and sign your offer letter by October 3.\n\nView offer letter\n\nRippling",
        None,
    ),
    (
        "Brightpath Software",
        "accepted",
        "2025-10-01",
        "Brightpath Software <notifications@rippling.example>",
        "Offer accepted: Account Executive, Mid-Market",
        "Hi DeShawn,\n\nCongratulations! You've accepted your offer from Brightpath Software. Your start date is "
        "October 20, 2025. We'll email you soon to set up your account.\n\nRippling",
        11,
    ),
]

_NEGATIVES = [
    (
        "RepVue <hello@repvue.example>",
        "The Sales Org Power Rankings are out",
        "newsletter",
        "This week's top sales orgs by quota attainment, plus 14 new AE jobs at top-rated companies.",
    ),
    (
        "Pavilion Digest <digest@pavilion.example>",
        "Your weekly digest: 12 posts in #ae-chat",
        "newsletter",
        "Top posts: how to run a mutual action plan; what's a good ramp for mid-market AEs?",
    ),
    (
        "Calendly <marketing@calendly.example>",
        "New: routing forms for your team",
        "newsletter",
        "Route every meeting to the right rep with routing forms, now on all paid plans.",
    ),
    (
        "Brooke Lane <brooke@revtalentpartners.example>",
        "Just floating this to the top",
        "outreach",
        "Hi DeShawn, just floating this to the top of your inbox - I'm working on a Strategic AE search for a Series C "
        "fintech and your background looks spot on. Worth a chat?",
    ),
    (
        "Atlanta Hawks <tickets@hawks.example>",
        "Your tickets for Hawks vs. Celtics",
        "other",
        "Your mobile tickets for Hawks vs. Celtics on November 12 are ready in the app.",
    ),
    (
        "Marcus Reid <mreid22@icloud.example>",
        "golf sat",
        "personal",
        "tee time 8:10 at Bobby Jones sat. you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DESHAWN,
        own_to={},
        offset=lambda d: "-0400",
        clock="11:20:00",
        neg_start="2025-09-01",
        neg_step=5,
        neg_clock="19:05:00",
        tag="twohundredsixtyseven",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the inbox as Apple Mail exports it (a plain mbox, "Inbox.mbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
