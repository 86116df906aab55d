"""A two-hundred-and-fourth mailbox, written as a held-out check after the two-hundred-and-third (issue #24).

Amara, a senior data analyst in London, exported Gmail with Takeout.  A mainstream British search in tech and
finance: Ashby's and Greenhouse's mail as HTML, Workable, a HireVue recording, a Codility test, "we'll be in touch in
due course", "we have decided not to take your application forward", "the final stage", an offer "subject to
references and right-to-work checks", and a firm whose signature names it in full ("Fenwick Data & Analytics
Partners Ltd").  Negatives: LinkedIn's and Otta's alerts, a recruiter's InMail, a bank, a gym, a newsletter, the
references platform's request, a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AMARA = "amara.obi.data@gmail.com"
ME = f"Amara Obi <{AMARA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lumenhall",
        "applied",
        "2025-03-03",
        "Lumenhall Hiring <no-reply@ashbyhq.com>",
        "Thanks for applying to Lumenhall",
        "HTML:<html><body><div style='display:none'>We've got your application</div><table><tr><td><p>Hi Amara,</p>"
        "<p>Thanks for applying for the <b>Senior Data Analyst, Growth</b> role at Lumenhall. We read every "
        "application and we'll be in touch in due course.</p><p>The Lumenhall Talent Team</p></td></tr></table>"
        "<p style='font-size:11px'>Powered by Ashby</p></body></html>",
        "l1",
    ),
    (
        "Crestmoor Bank",
        "applied",
        "2025-03-04",
        "Crestmoor Bank <no-reply@us.greenhouse-mail.io>",
        "Your application to Crestmoor Bank",
        "HTML:<html><body><p>Dear Amara,</p><p>Thank you for your interest in Crestmoor Bank. We have received your "
        "application for <b>Senior Analyst, Customer Analytics</b> and our team is reviewing it.</p><p>Kind "
        "regards,<br>Crestmoor Bank Talent Acquisition</p></body></html>",
        "c1",
    ),
    (
        "Fenwick Data & Analytics Partners",
        "applied",
        "2025-03-05",
        "Fenwick Data <noreply@workablemail.com>",
        "Thanks for applying to Fenwick Data",
        "Hi Amara,\n\nThanks for applying for the Analytics Consultant position at Fenwick Data. We have received "
        "your application and will review it shortly.\n\nBest wishes,\nFenwick Data & Analytics Partners Ltd",
        "f1",
    ),
    (
        "Crestmoor Bank",
        "interview",
        "2025-03-10",
        "Crestmoor Bank <no-reply@us.greenhouse-mail.io>",
        "Next step: video interview",
        "HTML:<html><body><p>Dear Amara,</p><p>We are pleased to invite you to the next stage of our process, a "
        "recorded video interview through HireVue. Please complete it within five days.</p><p>Kind regards,<br>"
        "Crestmoor Bank Talent Acquisition</p></body></html>",
        "c2",
    ),
    (
        "Lumenhall",
        "screen",
        "2025-03-11",
        "Priya Desai <priya@lumenhall.com>",
        "Lumenhall - quick chat?",
        "Hi Amara,\n\nThanks for applying to Lumenhall! I'm the talent partner for our data team - would you be up "
        "for a 30-minute call this week to chat about the role and your background? Thursday or Friday morning "
        "work well on my side.\n\nBest,\nPriya\n\nPriya Desai | Talent Partner | Lumenhall",
        "l2",
    ),
    (
        "Fenwick Data & Analytics Partners",
        "interview",
        "2025-03-12",
        "Fenwick Data <noreply@workablemail.com>",
        "Fenwick Data: SQL assessment",
        "Hi Amara,\n\nThank you for your application. As the next step, please complete our 60-minute SQL and "
        "Python assessment on Codility by Monday 17 March.\n\nBest wishes,\nFenwick Data & Analytics Partners Ltd",
        "f2",
    ),
    (
        "Lumenhall",
        "interview",
        "2025-03-17",
        "Priya Desai <priya@lumenhall.com>",
        "Re: Lumenhall - quick chat?",
        "Hi Amara,\n\nGreat speaking on Thursday! The next step is a 45-minute interview with Tom, our Head of "
        "Analytics, and a take-home case we'll discuss in that session. I'll send a calendar invite for Tuesday "
        "25th at 2pm.\n\nPriya",
        "l2",
    ),
    (
        "Crestmoor Bank",
        "rejected",
        "2025-03-19",
        "Crestmoor Bank <no-reply@us.greenhouse-mail.io>",
        "Update on your application",
        "HTML:<html><body><p>Dear Amara,</p><p>Thank you for taking the time to complete your video interview. "
        "After careful consideration, we have decided not to take your application forward on this occasion.</p>"
        "<p>Kind regards,<br>Crestmoor Bank Talent Acquisition</p></body></html>",
        "c3",
    ),
    (
        "Fenwick Data & Analytics Partners",
        "rejected",
        "2025-03-21",
        "Fenwick Data <noreply@workablemail.com>",
        "Your application at Fenwick Data",
        "Hi Amara,\n\nThank you for completing the assessment. We were impressed by the number of strong candidates "
        "and, unfortunately, we won't be progressing your application at this time.\n\nBest wishes,\nFenwick Data "
        "& Analytics Partners Ltd",
        "f3",
    ),
    (
        "Lumenhall",
        "onsite",
        "2025-03-27",
        "Priya Desai <priya@lumenhall.com>",
        "Lumenhall - final stage",
        "Hi Amara,\n\nTom really enjoyed your case discussion! We'd love to invite you to the final stage: an hour "
        "at our Shoreditch office with two of the team and our COO, Rachel. Would Wednesday 2 April work?\n\nPriya",
        "l3",
    ),
    (
        "Lumenhall",
        "offer",
        "2025-04-04",
        "Priya Desai <priya@lumenhall.com>",
        "Offer - Senior Data Analyst, Growth",
        "Hi Amara,\n\nI'm delighted to let you know that we'd like to offer you the role of Senior Data Analyst, "
        "Growth at Lumenhall, at £78,000 plus share options. The offer is subject to references and right-to-work "
        "checks; the written offer will follow from our People team.\n\nPriya",
        "l4",
    ),
    (
        "Lumenhall",
        "accepted",
        "2025-04-07",
        ME,
        "Re: Offer - Senior Data Analyst, Growth",
        "Hi Priya,\n\nThank you so much - I'm very happy to accept! Looking forward to the paperwork.\n\nAmara",
        "l4",
    ),
]

_OWN_TO = {"Lumenhall": "Priya Desai <priya@lumenhall.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Senior Data Analyst: 14 new jobs in London",
        "alert",
        "Senior Data Analyst - Monzo - London (Hybrid)\nAnalytics Lead - Ocado - Hatfield\nSee all jobs.",
    ),
    (
        "Otta <hello@otta.com>",
        "Your weekly matches: 9 new roles",
        "alert",
        "Nine new roles matched to your preferences this week, including Senior Data Analyst at Lumenhall.",
    ),
    (
        "Rhys Morgan via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Head of Analytics - fintech scale-up",
        "outreach",
        "Hi Amara, I came across your profile and think you'd be a great fit for a Head of Analytics role with a "
        "client of mine. Open to a chat?",
    ),
    (
        "Xref <no-reply@xref.example>",
        "Lumenhall has requested references for you",
        "onboarding",
        "Hi Amara, Lumenhall has asked you to provide two referees. Please enter their details within 48 hours.",
    ),
    (
        "Monzo <hello@monzo.example>",
        "Your March spending summary",
        "other",
        "You spent £1,240 in March. Eating out was your biggest category.",
    ),
    (
        "Third Space <hello@thirdspace.example>",
        "New classes at Moorgate",
        "newsletter",
        "Reformer pilates and HIIT are now on the timetable at Moorgate.",
    ),
    (
        "Data Elixir <newsletter@dataelixir.example>",
        "Data Elixir - Issue 512",
        "newsletter",
        "This week: dbt at scale, causal inference for product teams, and a new open dataset.",
    ),
    (
        "Chidi Obi <chidi.obi@gmail.com>",
        "celebration dinner?",
        "personal",
        "If the Lumenhall thing comes through we are going to Dishoom. No arguments.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (the tracking systems' mail as HTML)."""
    from mail_score import sent_as, takeout_corpus

    return sent_as(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=AMARA,
            own_to=_OWN_TO,
            offset="+0000",
            clock="10:05:00",
            neg_start="2025-03-01",
            neg_step=5,
            neg_clock="18:50:00",
            tag="twohundredfour",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
