"""A hundred-and-twelfth mailbox, written as a held-out check after the hundred-and-eleventh (issue #24).

Ines, a customer success manager in Lisbon, exports Gmail with Takeout and applies to remote-first European
companies in English.  Their tracking systems (Homerun, Personio, Recruitee, Teamtailor, Pinpoint, Workable) and
their people write remote hiring's steps: "an async video interview", "a paid trial project", "a culture add
interview with two teammates", "we won't be progressing your application", "we'd love to offer you the role".  Its
negatives are hers: remote job boards' alerts, a payments app's transfer, a contractor platform's invoice, an
immigration office's appointment, a talent network's pitch.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

INES = "ines.carvalho.cs@gmail.com"
_ME = f"Ines Carvalho <{INES}>"
_NORA = "Nora Lindgren <nora@fjordly.io>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Fjordly (Homerun; an async video interview; a culture add interview; a paid trial project; an offer; yes)
    (
        "Fjordly",
        "applied",
        "2025-05-05",
        "Fjordly <no-reply@homerun.co>",
        "Thanks for applying to Fjordly!",
        "Hi Ines,\n\nThanks for applying for the Customer Success Manager (Remote, EU) position! We'll get back to you "
        "within 5 working days.\n\nWarmly,\nThe Fjordly team",
        "fj1",
    ),
    (
        "Fjordly",
        "interview",
        "2025-05-09",
        _NORA,
        "Next step: async video interview",
        "Hi Ines,\n\nWe enjoyed reading your application! The next step is a short async video interview: three "
        "questions you answer on video in your own time this week. The link is below.\n\nNora\nPeople Partner, "
        "Fjordly",
        "fj2",
    ),
    (
        "Fjordly",
        "interview",
        "2025-05-16",
        _NORA,
        "Re: Next step: async video interview",
        "Hi Ines,\n\nThe team loved your answers! We'd like to invite you to a culture add interview with two "
        "teammates from Customer Success, 45 minutes on Google Meet. Please pick a slot in the calendar link.\n\n"
        "Nora",
        "fj2",
    ),
    (
        "Fjordly",
        "onsite",
        "2025-05-23",
        _NORA,
        "Paid trial project",
        "Hi Ines,\n\nGreat news - you're through to our final stage: a paid trial project. You'll spend two days "
        "working with the team on a real onboarding plan for one of our customers (paid at our day rate).\n\nNora",
        "fj3",
    ),
    (
        "Fjordly",
        "offer",
        "2025-06-03",
        _NORA,
        "We'd love to have you on board",
        "Hi Ines,\n\nThank you for the wonderful trial project. We'd love to offer you the role of Customer Success "
        "Manager! I've attached the contract details; shall we have a quick call tomorrow to go through them?\n\n"
        "Nora",
        "fj4",
    ),
    (
        "Fjordly",
        "accepted",
        "2025-06-05",
        _ME,
        "Re: We'd love to have you on board",
        "Hi Nora,\n\nThank you so much! I'm delighted to say yes - contract signed and sent back. See you at the "
        "kickoff!\n\nInes",
        "fj4",
    ),
    # Brightwave Analytics (Personio; a recruiter call; "won't be progressing")
    (
        "Brightwave Analytics",
        "applied",
        "2025-05-06",
        "Brightwave Analytics <no-reply@personio.de>",
        "Your application at Brightwave Analytics",
        "Dear Ines,\n\nThank you for your application as Senior Customer Success Manager at Brightwave Analytics. We "
        "have received it and will get in touch with you soon.\n\nKind regards,\nBrightwave Analytics",
        "bw1",
    ),
    (
        "Brightwave Analytics",
        "screen",
        "2025-05-12",
        "Jonas Weber <jonas.weber@brightwave.de>",
        "Brightwave - intro",
        "Hi Ines,\n\nThanks for applying! I'm the recruiter for the role and would love to have a 30-minute intro "
        "chat to get to know you. Here's my calendar link.\n\nBest,\nJonas",
        "bw2",
    ),
    (
        "Brightwave Analytics",
        "rejected",
        "2025-05-22",
        "Brightwave Analytics <no-reply@personio.de>",
        "Your application at Brightwave Analytics",
        "Dear Ines,\n\nThank you again for your time. After careful consideration, we won't be progressing your "
        "application any further. We wish you all the best for your next step.\n\nKind regards,\nBrightwave "
        "Analytics",
        "bw1",
    ),
    # Kelpie Labs (Recruitee; a video interview; no answer)
    (
        "Kelpie Labs",
        "applied",
        "2025-05-07",
        "Kelpie Labs <notifications@recruitee.com>",
        "Kelpie Labs: thank you for applying",
        "Hi Ines, thank you for applying to the Customer Success Lead position at Kelpie Labs. Our team will review "
        "your application.",
        "kl1",
    ),
    (
        "Kelpie Labs",
        "interview",
        "2025-05-14",
        "Kelpie Labs <notifications@recruitee.com>",
        "Kelpie Labs would like to schedule an interview",
        "Hi Ines, Kelpie Labs would like to schedule a video interview with you for the Customer Success Lead "
        "position. Choose a time that suits you from the available slots.",
        "kl2",
    ),
    # Polar Desk (Pinpoint; a quick no)
    (
        "Polar Desk",
        "applied",
        "2025-05-08",
        "Polar Desk <no-reply@pinpointhq.com>",
        "We've received your application",
        "Hi Ines, thank you for your application for Customer Success Manager at Polar Desk. We'll be in touch.",
        "pd1",
    ),
    (
        "Polar Desk",
        "rejected",
        "2025-05-13",
        "Polar Desk <no-reply@pinpointhq.com>",
        "Your application for Customer Success Manager",
        "Hi Ines, thank you for your interest in Polar Desk. We've reviewed your application and unfortunately "
        "we've decided not to take it further on this occasion.",
        "pd1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "We Work Remotely <jobs@weworkremotely.example>",
        "New remote customer success jobs",
        "alert",
        "Customer Success Manager - Anywhere (EU). Support Lead - Remote. Account Manager - Remote Europe. See all "
        "jobs.",
    ),
    (
        "Wise <noreply@wise.example>",
        "Your transfer to Maria Carvalho is complete",
        "shop",
        "Your money is on its way. 250 EUR to Maria Carvalho.",
    ),
    (
        "Deel <invoices@deel.example>",
        "Invoice paid: April 2025",
        "not applied",
        "Your invoice for April 2025 has been paid. View it in your Deel dashboard.",
    ),
    (
        "AIMA <agendamentos@aima.example>",
        "Confirmação de agendamento",
        "not applied",
        "O seu agendamento foi confirmado para 20/05/2025 às 10:00. Traga o seu passaporte.",
    ),
    (
        "Toptal <talent@toptal.example>",
        "Join the top 3% of customer success talent",
        "outreach",
        "Hi Ines, your profile caught our eye. Join our network of elite freelancers and get matched with leading "
        "companies. Apply in minutes.",
    ),
    (
        "Remote OK <newsletter@remoteok.example>",
        "This week in remote work",
        "newsletter",
        "How to ace an async video interview, and 120 new remote jobs. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=INES,
        own_to={"Fjordly": _NORA},
        offset="+0100",
        clock="14:50:00",
        neg_start="2025-05-06",
        neg_step=4,
        neg_clock="07:35:00",
        tag="hundredtwelve",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
