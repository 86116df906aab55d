"""A four-hundred-and-thirty-second mailbox, written as a held-out check after the four-hundred-and-thirty-first
(issue #24).

Nora, a data analyst in Chicago, applied widely and keeps it all in Gmail, exported with Takeout: twenty applications
through a dozen tracking systems, most of them ending in a template's no, some never answered, a few going on (a
screen, a take-home, a final round, one offer), among thirty mails that are no application.  Each system writes its own
receipt and its own refusal ("we received your application for", "your application is under review", "we've decided
to move forward with other candidates", "the position has been filled", "we will not be moving forward", "after
careful consideration"), some as HTML only.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

NORA = "nora.lindqvist.data@gmail.com"
ME = f"Nora Lindqvist <{NORA}>"

# (company, sender, title, refusal day offset or None)
_APPLICATIONS = [
    ("Lakeview Analytics", "Lakeview Analytics <no-reply@us.greenhouse-mail.io>", "Data Analyst", 9),
    ("Brightline Foods", "Brightline Foods <no-reply@hire.lever.co>", "Business Intelligence Analyst", 12),
    ("Orchard Bank", "Orchard Bank <orchardbank@myworkday.com>", "Data Analyst II", 20),
    ("Keystone Mutual", "Keystone Mutual Careers <keystonemutual@icims.com>", "Reporting Analyst", None),
    ("Cobalt Freight", "Cobalt Freight <no-reply@ashbyhq.com>", "Operations Analyst", 7),
    ("Pinewood Health", "Pinewood Health <pinewoodhealth@taleo.net>", "Healthcare Data Analyst", 25),
    ("Sable Retail", "Sable Retail <notifications@smartrecruiters.com>", "Merchandise Analyst", None),
    ("Northbeam", "Northbeam <noreply@workablemail.com>", "Product Analyst", 5),
    ("Granite Insurance", "Granite Insurance <granite@myworkday.com>", "Pricing Analyst", 16),
    ("Harbor Media", "Harbor Media <no-reply@us.greenhouse-mail.io>", "Marketing Analyst", 11),
    ("Veridian Energy", "Veridian Energy <veridian@successfactors.example>", "Energy Data Analyst", None),
    ("Quill & Co", "Quill & Co <jobs@quillco.jobvite.example>", "Analytics Associate", 14),
    ("Midway Logistics", "Midway Logistics <no-reply@hire.lever.co>", "Supply Chain Analyst", 8),
    ("Fernway Labs", "Fernway Labs <no-reply@ashbyhq.com>", "Data Analyst, Growth", None),
    ("Cedar Point Capital", "Cedar Point Capital <no-reply@us.greenhouse-mail.io>", "Investment Data Analyst", None),
]

_RECEIPTS = [
    "Hi Nora,\n\nThank you for applying to {company}! We received your application for {title} and our team will "
    "review it shortly.\n\nBest,\n{company} Recruiting",
    "HTML:<p>Dear Nora,</p><p>Thank you for your interest in the <b>{title}</b> position at {company}. Your "
    "application has been received and is under review.</p><p>{company} Talent Acquisition</p>",
    "Hello Nora,\n\nWe've received your application for {title} at {company}. If your background is a match, a member "
    "of our team will reach out.\n\n{company}",
]
_REFUSALS = [
    "Hi Nora,\n\nThank you for your interest in {company}. After careful consideration, we've decided to move forward "
    "with other candidates for the {title} role.\n\nBest of luck,\n{company} Recruiting",
    "HTML:<p>Dear Nora,</p><p>Thank you for applying for {title}. The position has been filled and we are no longer "
    "accepting applications.</p><p>{company}</p>",
    "Hello Nora,\n\nWe appreciate your interest in the {title} position. Unfortunately, we will not be moving forward "
    "with your application at this time.\n\n{company} Talent Team",
]


def _positives():
    start = datetime.date(2025, 9, 1)
    out = []
    for i, (company, sender, title, refused) in enumerate(_APPLICATIONS):
        day = start + datetime.timedelta(days=i // 2)
        receipt = _RECEIPTS[i % 3].format(company=company, title=title)
        out.append(
            (company, "applied", day.isoformat(), sender, f"Thank you for applying to {company}", receipt, f"t{i}")
        )
        if refused is not None:
            refusal = _REFUSALS[i % 3].format(company=company, title=title)
            when = (day + datetime.timedelta(days=refused)).isoformat()
            out.append((company, "rejected", when, sender, f"Your application to {company}", refusal, f"t{i}r"))
    out += [
        (
            "Keystone Mutual",
            "screen",
            "2025-09-10",
            "Tara Quinn <tara.quinn@keystonemutual.example>",
            "Keystone Mutual - Reporting Analyst",
            "Hi Nora,\n\nThanks for applying! I'm the recruiter for our Reporting Analyst opening. Are you free for a "
            "20-minute phone call on Thursday or Friday?\n\nTara Quinn\nTalent Acquisition, Keystone Mutual",
            "t-k1",
        ),
        (
            "Keystone Mutual",
            "interview",
            "2025-09-17",
            "Tara Quinn <tara.quinn@keystonemutual.example>",
            "RE: Keystone Mutual - Reporting Analyst",
            "Hi Nora,\n\nGreat chatting! Next is a take-home SQL exercise; you'll have 72 hours once you open it.\n\nTara",
            "t-k1",
        ),
        (
            "Keystone Mutual",
            "rejected",
            "2025-09-30",
            "Tara Quinn <tara.quinn@keystonemutual.example>",
            "RE: Keystone Mutual - Reporting Analyst",
            "Hi Nora,\n\nThank you for the exercise. The team decided to move ahead with a candidate with more insurance "
            "reporting experience.\n\nTara",
            "t-k1",
        ),
        (
            "Fernway Labs",
            "interview",
            "2025-09-15",
            "Omar Reyes <omar@fernwaylabs.example>",
            "Fernway - interview",
            "Hi Nora,\n\nI lead analytics at Fernway and loved your application. Could we do a 45-minute interview next "
            "Tuesday? I'll walk through a growth case with you.\n\nOmar",
            "t-f1",
        ),
        (
            "Fernway Labs",
            "onsite",
            "2025-09-24",
            "Omar Reyes <omar@fernwaylabs.example>",
            "Re: Fernway - interview",
            "Hi Nora,\n\nWe'd love to bring you in for the final round at our West Loop office next Thursday: three "
            "conversations with the team and our CEO.\n\nOmar",
            "t-f1",
        ),
        (
            "Fernway Labs",
            "offer",
            "2025-10-03",
            "Omar Reyes <omar@fernwaylabs.example>",
            "Fernway - offer",
            "Hi Nora,\n\nWe'd love for you to join us! We're offering $98,000 plus equity for the Data Analyst, Growth "
            "role. The letter is on its way.\n\nOmar",
            "t-f2",
        ),
        (
            "Fernway Labs",
            "accepted",
            "2025-10-06",
            ME,
            "Re: Fernway - offer",
            "Hi Omar,\n\nI'm thrilled to accept! Signed letter attached.\n\nNora",
            "t-f2",
        ),
    ]
    return out


_NEGATIVE_KINDS = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"data analyst": 30+ new jobs in Chicago',
        "alert",
        "Data Analyst - Grubhub. Analyst - Morningstar. See all jobs.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Data Analyst jobs in Chicago, IL",
        "alert",
        "Data Analyst - Allstate. BI Analyst - Hyatt.",
    ),
    (
        "Glassdoor <noreply@glassdoor.example>",
        "Companies are hiring for Data Analyst",
        "alert",
        "See who's hiring near you.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Orchard Bank",
        "viewed",
        "Orchard Bank viewed your application for Data Analyst II.",
    ),
    (
        "ZipRecruiter <phil@ziprecruiter.example>",
        "Phil here: 5 jobs you're a great fit for",
        "alert",
        "You're a great match for these jobs. Apply with one click.",
    ),
    (
        "Mode Analytics <news@mode.example>",
        "The SQL newsletter",
        "newsletter",
        "Window functions, explained. Unsubscribe.",
    ),
    ("DataCamp <hello@datacamp.example>", "Your learning streak", "newsletter", "Keep your streak going!"),
    (
        "Kim Tran <kim@staffingpros.example>",
        "Data Analyst contract - immediate start",
        "outreach",
        "Hi Nora, I came across your profile and have a 6-month Data Analyst contract downtown. Open to a quick chat?",
    ),
    ("Chase <no.reply.alerts@chase.example>", "Your statement is ready", "other", "Your September statement is ready."),
    ("Ventra <noreply@ventra.example>", "Auto-load complete", "other", "Your Ventra card was loaded with $40."),
    ("Target <orders@target.example>", "Your order has shipped", "shop", "Your order is on the way."),
    ("Comcast <billing@comcast.example>", "Your bill is ready", "other", "Your bill of $79.99 is due October 5."),
    (
        "Chicago Public Library <notices@chipublib.example>",
        "Items due soon",
        "other",
        "2 items are due on September 20.",
    ),
    (
        "Elsa Lindqvist <elsa.lindqvist@gmail.example>",
        "how's the job hunt",
        "personal",
        "Any news? Call me this weekend!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import sent_as, takeout_corpus

    return sent_as(
        takeout_corpus(
            sorted(_positives(), key=lambda p: p[2]),
            _NEGATIVE_KINDS,
            owner=NORA,
            own_to={"Fernway Labs": "Omar Reyes <omar@fernwaylabs.example>"},
            offset="-0500",
            clock="10:00:00",
            neg_start="2025-09-01",
            neg_step=2,
            neg_clock="18:30:00",
            tag="fourhundredthirtytwo",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
