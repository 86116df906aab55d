"""A twelfth mailbox, written as a held-out check after the eleventh's fixes (issue #24): the shapes of real mail.

Sasha's Gmail (Takeout) is mostly the HTML that tracking systems actually send: table layouts, hidden preheaders,
footers with "unsubscribe" and "manage your email preferences" links on genuine application mail, a
``List-Unsubscribe`` header on a Workday tenant's mail, base64 and quoted-printable bodies, a plain part that only
says "view this email in your browser", calendar invitations with no text part at all, and a confirmation the
person forwarded to a friend.  Its score before any rule was changed for it is in the issue note; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

import datetime
from email.message import EmailMessage
from pathlib import Path

from offerkit._io.mailbox import company_key

SASHA = "sasha.moreau.dev@gmail.com"
_IDS = iter(range(1, 10_000))

#: A marketing footer: the mail that is not an application's says nothing of applying.
_NEG_FOOTER = "<p style='font-size:11px'><a href='https://example.com/u'>Unsubscribe</a> | Manage preferences</p>"
_FOOTER = (
    "<p style='font-size:11px;color:#999'>You are receiving this email because you applied for a position. "
    "<a href='https://example.com/prefs'>Manage your email preferences</a> | <a href='https://example.com/u'>"
    "Unsubscribe</a> | Privacy Policy</p>"
)


def _html(body, *, preheader="", company="", footer=_FOOTER):
    pre = f"<div style='display:none;max-height:0;overflow:hidden'>{preheader}</div>" if preheader else ""
    logo = f"<tr><td><img src='https://cdn.example/{company}.png' alt='{company}'></td></tr>" if company else ""
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<html><head><style>td{{font-family:Arial}} .btn{{color:#fff}}</style></head><body>{pre}"
        f"<table width='600' role='presentation'>{logo}<tr><td>{paras}</td></tr>"
        f"<tr><td>{footer or ''}<img src='https://t.example/o.gif' width='1' height='1'></td></tr>"
        "</table></body></html>"
    )


def _mail(
    sender,
    subject,
    when,
    thread,
    *,
    html=None,
    text=None,
    labels="Inbox,Category Updates",
    cte=None,
    calendar=None,
    headers=None,
    to=SASHA,
):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"], m["Date"] = sender, to, subject, when
    m["Message-ID"] = f"<{next(_IDS)}.twelve@mail.gmail.example>"
    m["X-GM-THRID"] = thread
    m["X-Gmail-Labels"] = labels
    for k, v in (headers or {}).items():
        m[k] = v
    if calendar is not None:
        m.set_content(calendar, subtype="calendar", params={"method": "REQUEST"})
        return m
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte) if cte else m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html", cte=cte) if cte else m.set_content(html, subtype="html")
    return m


def _ics(summary, organizer, start):
    return (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
        f"BEGIN:VEVENT\r\nDTSTART:{start}\r\nDTEND:{start[:-3]}45Z\r\nORGANIZER;CN=Recruiting:mailto:{organizer}\r\n"
        f"SUMMARY:{summary}\r\nDESCRIPTION:Video call link: https://meet.example/abc\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )


def _date(day, clock="15:20:00"):
    d = datetime.date.fromisoformat(day)
    return f"{d:%a}, {d.day:02d} {d:%b} {d.year} {clock} +0000"


def messages():
    """``[(message, truth)]``: application mail in the shapes systems send it, then the mail that is not."""
    M = []

    def add(truth, *args, **kws):
        company, event, day = truth
        M.append((_mail(*args, **kws), (company_key(company), event, day) if company != "skip" else truth))

    d = _date
    add(
        ("Kobalt Systems", "applied", "2025-02-03"),
        "Kobalt Systems <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Kobalt Systems",
        d("2025-02-03"),
        "k1",
        html=_html(
            "Hi Sasha,\n\nThanks for applying to the Backend Developer position at Kobalt Systems. Our team "
            "will review your application and reach out if your experience is a match.\n\nBest,\nKobalt "
            "Systems Recruiting",
            preheader="We've received your application",
            company="kobalt",
        ),
    )
    add(
        ("Kobalt Systems", "interview", "2025-02-12"),
        "calendar-notification@google.com",
        "Invitation: Kobalt Systems - Technical Interview (Sasha Moreau) @ Thu Feb 20, 2025 3pm - 4pm (GMT)",
        d("2025-02-12"),
        "k2",
        calendar=_ics(
            "Kobalt Systems - Technical Interview (Sasha Moreau)", "talent@kobaltsystems.com", "20250220T150000Z"
        ),
    )
    add(
        ("Kobalt Systems", "rejected", "2025-03-04"),
        "Kobalt Systems <no-reply@us.greenhouse-mail.io>",
        "Your application to Kobalt Systems",
        d("2025-03-04"),
        "k1",
        html=_html(
            "Hi Sasha,\n\nThank you again for taking the time to interview with us for the Backend "
            "Developer role. We really appreciated getting to know you. After much consideration, we have "
            "decided not to move forward with your candidacy at this time.\n\nWe wish you the best of "
            "luck in your search.",
            preheader="An update on your application",
            company="kobalt",
        ),
    )
    add(
        ("Helix Bank", "applied", "2025-02-04"),
        "Helix Bank <helixbank@myworkday.com>",
        "Helix Bank: Application Received",
        d("2025-02-04"),
        "h1",
        text="View this email in your browser: https://helixbank.wd3.myworkdayjobs.com/email/123",
        html=_html(
            "Dear Sasha Moreau,\n\nThank you for your interest in Helix Bank. We have received your "
            "application for Software Engineer (R-20441).\n\nYou can review the status of your application "
            "at any time by signing in to your candidate home account.",
            company="helix",
        ),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@myworkday.com>"},
    )
    add(
        ("Helix Bank", "interview", "2025-02-18"),
        "Helix Bank <helixbank@myworkday.com>",
        "Helix Bank: Interview Scheduling",
        d("2025-02-18"),
        "h1",
        text="View this email in your browser: https://helixbank.wd3.myworkdayjobs.com/email/456",
        html=_html(
            "Dear Sasha Moreau,\n\nCongratulations! The hiring team for Software Engineer (R-20441) would "
            "like to schedule an interview with you. Please select your preferred time slots using the "
            "button below.\n\nSchedule Interview",
            company="helix",
        ),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@myworkday.com>"},
    )
    add(
        ("Helix Bank", "offer", "2025-03-10"),
        "Nadia Brandt <nadia.brandt@helixbank.com>",
        "Helix Bank - your offer",
        d("2025-03-10"),
        "h2",
        text="Hi Sasha,\n\nFollowing our call earlier today, please find attached your offer letter for the "
        "Software Engineer role. The offer is valid until 17 March. Let me know if you have any questions.\n\n"
        "Kind regards,\nNadia Brandt\nTalent Acquisition | Helix Bank",
        cte="quoted-printable",
    )
    add(
        ("Mosaic Health", "applied", "2025-02-05"),
        "Mosaic Health Careers <careers@mosaichealth.org>",
        "We received your application",
        d("2025-02-05"),
        "m1",
        html=_html(
            "Hello Sasha,\n\nThis message confirms that your application for Full-Stack Engineer has been "
            "received. Our recruiting team reviews applications on a rolling basis.\n\nMosaic Health "
            "Talent Team",
            company="mosaic",
        ),
        cte="base64",
    )
    add(
        ("Mosaic Health", "rejected", "2025-02-26"),
        "Mosaic Health Careers <careers@mosaichealth.org>",
        "Update regarding your Mosaic Health application",
        d("2025-02-26"),
        "m1",
        html=_html(
            "Hello Sasha,\n\nWe appreciate your interest in Mosaic Health and the time you invested in "
            "applying. We have reviewed your application carefully and have decided to pursue other "
            "applicants at this time.\n\nWe encourage you to check our careers site for future "
            "opportunities.",
            company="mosaic",
        ),
        cte="base64",
    )
    add(
        ("Nordlicht AG", "applied", "2025-02-06"),
        "Nordlicht AG <noreply@nordlicht.onlyfy.jobs>",
        "Ihre Bewerbung bei der Nordlicht AG",
        d("2025-02-06"),
        "n1",
        html=_html(
            "Sehr geehrte Frau Moreau,\n\nvielen Dank für Ihre Bewerbung als Softwareentwicklerin (m/w/d). "
            "Wir haben Ihre Unterlagen erhalten und melden uns in Kürze bei Ihnen.\n\nMit freundlichen "
            "Grüßen\nIhr Recruiting-Team der Nordlicht AG",
            company="nordlicht",
        ),
    )
    add(
        ("Nordlicht AG", "interview", "2025-02-17"),
        "Nordlicht AG <noreply@nordlicht.onlyfy.jobs>",
        "Einladung zum Vorstellungsgespräch",
        d("2025-02-17"),
        "n1",
        html=_html(
            "Sehr geehrte Frau Moreau,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch per "
            "Videokonferenz einzuladen. Bitte wählen Sie über den folgenden Link einen passenden Termin.",
            company="nordlicht",
        ),
    )
    add(
        ("Nordlicht AG", "rejected", "2025-03-03"),
        "Nordlicht AG <noreply@nordlicht.onlyfy.jobs>",
        "Ihre Bewerbung bei der Nordlicht AG",
        d("2025-03-03"),
        "n1",
        html=_html(
            "Sehr geehrte Frau Moreau,\n\nnochmals vielen Dank für das angenehme Gespräch. Nach sorgfältiger "
            "Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch besser zu den "
            "Anforderungen passt.\n\nWir wünschen Ihnen alles Gute.",
            company="nordlicht",
        ),
    )
    add(
        ("Pebble Labs", "applied", "2025-02-07"),
        "Pebble Labs <no-reply@ashbyhq.com>",
        "Application received at Pebble Labs",
        d("2025-02-07"),
        "p1",
        html=_html(
            "Hi Sasha,\n\nThanks for your interest in Pebble Labs! This is a quick note to confirm we got "
            "your application for Platform Engineer.",
            preheader="Application confirmation",
            company="pebble",
        ),
    )
    add(
        ("Pebble Labs", "screen", "2025-02-11"),
        "Ollie Grant <ollie@pebblelabs.io>",
        "Pebble Labs <> Sasha",
        d("2025-02-11"),
        "p2",
        text="Hi Sasha,\n\nOllie from the talent team at Pebble here. Loved your background with Kubernetes. Do "
        "you have time for a 25 minute intro call later this week? Grab a slot here: "
        "https://calendly.com/ollie-pebble/intro\n\nOllie",
    )
    add(
        ("Pebble Labs", "interview", "2025-02-19"),
        "Pebble Labs <no-reply@ashbyhq.com>",
        "Your upcoming interview with Pebble Labs",
        d("2025-02-19"),
        "p1",
        html=_html(
            "Hi Sasha,\n\nYou're confirmed for a 60 minute systems interview with Priya Shah and Tom Lind "
            "on Monday, February 24 at 14:00 GMT. A video link is attached.\n\nGood luck!",
            company="pebble",
        ),
    )
    add(
        ("Pebble Labs", "offer", "2025-03-05"),
        "Ollie Grant <ollie@pebblelabs.io>",
        "Pebble Labs offer 🎉",
        d("2025-03-05"),
        "p2",
        text="Hi Sasha,\n\nI'm so happy to say the team wants you on board! Attached is your offer letter with "
        "the details we discussed (base, equity, start date). It's yours to review; shout if anything needs "
        "clarifying.\n\nOllie",
    )
    # a confirmation she forwarded to a friend: her own, no event
    fw = _mail(
        f"Sasha Moreau <{SASHA}>",
        "Fwd: Thank you for applying to Kobalt Systems",
        d("2025-02-03", "20:00:00"),
        "k1",
        text="Look, I applied! Fingers crossed.\n\n---------- Forwarded message ---------\nFrom: Kobalt "
        "Systems <no-reply@us.greenhouse-mail.io>\nSubject: Thank you for applying to Kobalt Systems\n\nHi "
        "Sasha, Thanks for applying to the Backend Developer position at Kobalt Systems.",
        labels="Sent",
        to="Lea <lea.durand@gmail.com>",
    )
    M.append((fw, ("skip", "own forward", None)))

    negatives = [
        (
            "LinkedIn <jobs-listings@linkedin.com>",
            "Backend Developer: Kobalt Systems and 11 more",
            "job alert",
            _html("Jobs similar to Backend Developer at Kobalt Systems. Easy Apply. See all jobs."),
        ),
        (
            "Indeed <alert@indeed.com>",
            "New jobs for Software Engineer in London",
            "job alert",
            _html("14 new jobs match your search. Apply now."),
        ),
        (
            "Welcome to the Jungle <news@welcometothejungle.com>",
            "5 questions to ask at the end of an interview",
            "newsletter",
            _html("Our editors' tips for your next interview, and companies hiring now."),
        ),
        (
            "GitHub <noreply@github.com>",
            "Your application to GitHub Sponsors",
            "not a job application",
            _html("Your application to join GitHub Sponsors has been received and is under review."),
        ),
        (
            "Monzo <help@monzo.com>",
            "Your loan application",
            "not a job application",
            _html("Good news! Your loan application has been approved."),
        ),
        (
            "Eventbrite <noreply@eventbrite.com>",
            "Your ticket for Tech Careers Fair London",
            "not about an application",
            _html("You're going to Tech Careers Fair London. 40 employers will be interviewing on site."),
        ),
        (
            "Ben Carter <ben@talent-bridge.co.uk>",
            "Senior Backend role - fintech",
            "cold outreach",
            _html(
                "Hi Sasha, I came across your GitHub and think you'd be a strong fit for a Senior Backend role at a "
                "fintech client. Open to a quick chat?",
                footer=False,
            ),
        ),
        (
            "Hired <noreply@hired.com>",
            "3 companies want to interview you",
            "cold outreach",
            _html("Companies on Hired have requested interviews with you. Log in to respond."),
        ),
        (
            "Glassdoor <noreply@glassdoor.com>",
            "Helix Bank interview reviews",
            "newsletter",
            _html("See what candidates said about interviewing at Helix Bank."),
        ),
        (
            "Ashby <no-reply@ashbyhq.com>",
            "Complete your application to Pebble Labs",
            "unfinished application",
            _html("You started an application for Data Engineer at Pebble Labs but didn't submit it."),
        ),
        (
            "Deliveroo <noreply@deliveroo.co.uk>",
            "Unfortunately your order was cancelled",
            "not about an application",
            _html("Unfortunately the restaurant cancelled your order. You have been refunded."),
        ),
        (
            "Lea <lea.durand@gmail.com>",
            "Re: Fwd: Thank you for applying to Kobalt Systems",
            "not about an application",
            "Good luck!! You'll nail the interview 🙂",
        ),
    ]
    for i, (sender, subject, kind, body) in enumerate(negatives):
        day = (datetime.date(2025, 2, 8) + datetime.timedelta(days=2 * i)).isoformat()
        promo = kind in ("newsletter", "job alert")
        if body.startswith("<html"):
            body = body.replace(_FOOTER, _NEG_FOOTER)
            m = _mail(
                sender,
                subject,
                d(day, "07:45:00"),
                f"x{i}",
                html=body,
                labels="Inbox,Category Promotions" if promo else "Inbox",
            )
        else:
            m = _mail(sender, subject, d(day, "07:45:00"), "k1" if "Fwd" in subject else f"x{i}", text=body)
        M.append((m, ("skip", kind, None)))
    return M


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
