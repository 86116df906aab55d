"""A hundred-and-eighty-ninth mailbox, written as a held-out check after the hundred-and-eighty-eighth (issue #24).

Sofia, a product designer in Lisbon applying to remote start-ups, exported Gmail with Takeout.  Start-ups answer
through Wellfound ("Arcadia wants to chat with you", "Nimbus declined your application"), Otta, Workable and
Teamtailor, or from a founder's own address; rounds are a portfolio review, an async design exercise, a paid trial
week and a "culture chat" with the founders.  Negatives: Wellfound's and Otta's job digests, a design tool's
newsletter, a co-working space, a Portuguese tax notice, a friend.  Its score before any rule was changed for it is
in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SOFIA = "sofia.matos.design@gmail.com"
ME = f"Sofia Matos <{SOFIA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Arcadia",
        "applied",
        "2025-10-06",
        "Wellfound <noreply@wellfound.com>",
        "You applied to Arcadia",
        "Hi Sofia,\n\nYour application to Arcadia for Senior Product Designer (Remote, EU) was sent. We'll let you "
        "know when they respond.\n\nWellfound",
        "a1",
    ),
    (
        "Nimbus",
        "applied",
        "2025-10-06",
        "Wellfound <noreply@wellfound.com>",
        "You applied to Nimbus",
        "Hi Sofia,\n\nYour application to Nimbus for Product Designer was sent. We'll let you know when they "
        "respond.\n\nWellfound",
        "n1",
    ),
    (
        "Tessellate",
        "applied",
        "2025-10-07",
        "Tessellate <noreply@workablemail.com>",
        "Thanks for applying to Tessellate",
        "Hi Sofia,\n\nThanks for applying for the Product Designer position at Tessellate. We've received your "
        "application and portfolio and will get back to you soon.\n\nThe Tessellate team",
        "t1",
    ),
    (
        "Loomwork",
        "applied",
        "2025-10-08",
        "Otta <hello@otta.com>",
        "Your application to Loomwork has been sent",
        "Hi Sofia,\n\nGood luck! Your application for Senior Product Designer at Loomwork has been sent.\n\nOtta",
        "l1",
    ),
    (
        "Arcadia",
        "screen",
        "2025-10-09",
        "Wellfound <noreply@wellfound.com>",
        "Arcadia wants to chat with you",
        "Hi Sofia,\n\nGood news! Arcadia wants to chat with you about the Senior Product Designer role.\n\nMessage "
        'from Leo Martins, Co-founder:\n"Loved your portfolio - do you have 30 min this week for a quick intro '
        'call?"\n\nReply on Wellfound',
        "a2",
    ),
    (
        "Nimbus",
        "rejected",
        "2025-10-10",
        "Wellfound <noreply@wellfound.com>",
        "Nimbus declined your application",
        "Hi Sofia,\n\nNimbus has decided not to move forward with your application for Product Designer. Keep "
        "going - new roles are posted every day.\n\nWellfound",
        "n2",
    ),
    (
        "Tessellate",
        "interview",
        "2025-10-13",
        "Tessellate <noreply@workablemail.com>",
        "Next step: design exercise",
        "Hi Sofia,\n\nThanks for your patience! We'd like to invite you to our async design exercise: a small "
        "onboarding flow, about 4 hours of work, due within a week.\n\nThe Tessellate team",
        "t2",
    ),
    (
        "Arcadia",
        "interview",
        "2025-10-15",
        "Leo Martins <leo@arcadia.so>",
        "Portfolio review with the team",
        "Hi Sofia,\n\nGreat chatting! Next up is a 60-minute portfolio review with our design lead and a PM. I'll "
        "send a calendar invite for Tuesday.\n\nLeo",
        "a3",
    ),
    (
        "Loomwork",
        "rejected",
        "2025-10-17",
        "Loomwork <careers@loomwork.teamtailor-mail.com>",
        "Your application at Loomwork",
        "Hi Sofia,\n\nThank you for your interest in Loomwork. We've reviewed your application and decided to go "
        "ahead with candidates whose experience is closer to what we need right now.\n\nLoomwork",
        "l2",
    ),
    (
        "Arcadia",
        "onsite",
        "2025-10-22",
        "Leo Martins <leo@arcadia.so>",
        "Paid trial week",
        "Hi Sofia,\n\nThe team loved your review. As our last step, we'd like to invite you to a paid trial week "
        "working with us on a real project, ending with a culture chat with both founders.\n\nLeo",
        "a4",
    ),
    (
        "Tessellate",
        "withdrew",
        "2025-10-24",
        ME,
        "Design exercise - withdrawing",
        "Hi Tessellate team,\n\nThank you for the opportunity. I've decided to focus on another process that's at a "
        "late stage, so I'll withdraw from the design exercise.\n\nBest,\nSofia",
        "t3",
    ),
    (
        "Arcadia",
        "offer",
        "2025-11-03",
        "Leo Martins <leo@arcadia.so>",
        "Offer - Senior Product Designer",
        "Hi Sofia,\n\nWe'd love for you to join Arcadia! Attached is your offer as a contractor, €85k a year, fully "
        "remote. Let me know if you'd like to talk it through.\n\nLeo",
        "a5",
    ),
    (
        "Arcadia",
        "accepted",
        "2025-11-04",
        ME,
        "Re: Offer - Senior Product Designer",
        "Leo, I'm in! Signed and sent back. Can't wait to start.\n\nSofia",
        "a5",
    ),
]

_OWN_TO = {"Tessellate": "Tessellate <jobs@tessellate.design>", "Arcadia": "Leo Martins <leo@arcadia.so>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Wellfound <jobs@wellfound.com>",
        "12 new remote design jobs",
        "alert",
        "Product Designer - Fintech (Remote). Senior UX Designer - Climate (Remote EU). Apply with one click.",
    ),
    (
        "Otta <hello@otta.com>",
        "Your weekly matches",
        "alert",
        "We found 8 new roles that match your preferences. See your matches.",
    ),
    (
        "Figma <news@figma.com>",
        "What's new in Figma: October",
        "newsletter",
        "Dev Mode updates, new variables and more. Unsubscribe",
    ),
    (
        "Second Home Lisboa <members@secondhome.io>",
        "Your desk booking is confirmed",
        "not about an application",
        "Hot desk, Thursday 10 October, Mercado da Ribeira. See you there!",
    ),
    (
        "Portal das Finanças <noreply@portaldasfinancas.gov.pt>",
        "Aviso de liquidação de IRS",
        "not about an application",
        "Encontra-se disponível a nota de liquidação do IRS de 2024.",
    ),
    (
        "Marta Silva <marta.silva.lx@gmail.com>",
        "jantar?",
        "personal",
        "Jantar na sexta? Conta-me das entrevistas!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SOFIA,
        own_to=_OWN_TO,
        offset="+0100",
        clock="11:20:00",
        neg_start="2025-10-05",
        neg_step=4,
        neg_clock="19:45:00",
        tag="hundredeightynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
