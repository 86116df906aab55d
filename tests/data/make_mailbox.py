"""Generate mailboxes of the kinds people have (a Takeout mbox, a plain mbox, .eml files), with the truth.

Written for the tests (issue #24): many vendors' application mail, HTML-only and multipart messages,
quoted-printable and base64 bodies, threads, German and French mail, the person's own sent mail, and
more negatives (job alerts, newsletters, recruiters' cold outreach, "viewed" notices) than positives.
Run as a script to write the files into tests/data/mail/; the tests call ``build`` into a temporary folder.
"""

from __future__ import annotations

import email.utils
import mailbox
from email.message import EmailMessage
from pathlib import Path

ME = "alex.doe@gmail.com"


def _msg(
    sender, subject, body, date, *, html=False, to=ME, msgid=None, reply_to=None, labels=None, headers=None, cte=None
):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or email.utils.make_msgid(domain="mail.example")
    if reply_to:
        m["In-Reply-To"] = reply_to
        m["References"] = reply_to
    if labels:
        m["X-Gmail-Labels"] = labels
    for k, v in (headers or {}).items():
        m[k] = v
    if html:
        m.set_content("(html only)", cte=cte) if False else None
        m.set_content(f"<html><body><p>{body}</p></body></html>", subtype="html", cte=cte or "quoted-printable")
    else:
        m.set_content(body, cte=cte or "quoted-printable")
        m.add_alternative(f"<html><body><div>{body}</div></body></html>", subtype="html")
    return m


def messages():
    """``[(message, truth)]``: truth is ``(company key, event, date)`` or ``("skip", kind, None)``."""
    out = []
    gh = _msg(
        '"Acme Recruiting" <no-reply@greenhouse.io>',
        "Thank you for applying to Acme",
        "Hi Alex, thank you for applying to Acme! We have received your application for the Data Analyst "
        "position and will review it shortly.",
        "Mon, 04 Nov 2024 09:12:00 -0800",
        msgid="<acme-1@greenhouse.io>",
    )
    out.append((gh, ("acme", "applied", "2024-11-04")))
    out.append(
        (
            _msg(
                '"Acme Recruiting" <no-reply@greenhouse.io>',
                "Your application to Acme",
                "Thank you for your interest in Acme. Unfortunately, we have decided to move forward with other "
                "candidates.",
                "Tue, 19 Nov 2024 16:40:00 -0800",
                reply_to="<acme-1@greenhouse.io>",
                html=True,
            ),
            ("acme", "rejected", "2024-11-19"),
        )
    )
    out.append(
        (
            _msg(
                "Globex Talent <jobs@hire.lever.co>",
                "Globex - application received",
                "Thanks for applying to Globex for the Backend Engineer role. Our team will be in touch.",
                "Wed, 06 Nov 2024 10:00:00 +0000",
                msgid="<globex-1@lever.co>",
                cte="base64",
            ),
            ("globex", "applied", "2024-11-06"),
        )
    )
    out.append(
        (
            _msg(
                "Jamie from Globex <jamie@globex.com>",
                "Re: Globex - application received",
                "Hi Alex, we'd like to invite you to an interview for the Backend Engineer role. Please share your "
                "availability for an interview next week: https://calendly.com/globex/30min",
                "Thu, 14 Nov 2024 11:30:00 +0000",
                reply_to="<globex-1@lever.co>",
            ),
            ("globex", "interview", "2024-11-14"),
        )
    )
    out.append(
        (
            _msg(
                f"Alex Doe <{ME}>",
                "Thank you",
                "Hi Jamie, thank you for taking the time to talk today.",
                "Fri, 22 Nov 2024 18:00:00 +0000",
                to="jamie@globex.com",
                labels="Sent",
            ),
            ("globex", "thank_you", "2024-11-22"),
        )
    )
    out.append(
        (
            _msg(
                "Initech Careers <initech@myworkday.com>",
                "Application Received: Product Manager",
                "Thank you for your application. We have received your application for the Product Manager position.",
                "Mon, 11 Nov 2024 08:00:00 -0500",
            ),
            ("initech", "applied", "2024-11-11"),
        )
    )
    out.append(
        (
            _msg(
                "Hooli Hiring Team <notifications@ashbyhq.com>",
                "Next steps with Hooli",
                "Hi Alex, thanks for your interest in Hooli. We would like to schedule a phone screen with our "
                "recruiter.",
                "Tue, 12 Nov 2024 12:00:00 -0800",
            ),
            ("hooli", "screen", "2024-11-12"),
        )
    )
    out.append(
        (
            _msg(
                "Hooli Hiring Team <notifications@ashbyhq.com>",
                "Hooli offer",
                "Congratulations! We are pleased to extend an offer of employment to you at Hooli.",
                "Mon, 02 Dec 2024 15:00:00 -0800",
            ),
            ("hooli", "offer", "2024-12-02"),
        )
    )
    out.append(
        (
            _msg(
                '"Siemens Karriere" <karriere@successfactors.eu>',
                "Ihre Bewerbung bei Siemens",
                "Sehr geehrter Herr Doe, vielen Dank für Ihre Bewerbung bei Siemens als Data Engineer.",
                "Mon, 04 Nov 2024 07:00:00 +0100",
            ),
            ("siemens", "applied", "2024-11-04"),
        )
    )
    out.append(
        (
            _msg(
                '"Siemens Karriere" <karriere@successfactors.eu>',
                "Ihre Bewerbung bei Siemens",
                "Sehr geehrter Herr Doe, leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten "
                "entschieden haben.",
                "Fri, 29 Nov 2024 07:00:00 +0100",
            ),
            ("siemens", "rejected", "2024-11-29"),
        )
    )
    out.append(
        (
            _msg(
                "Recrutement Danone <recrutement@teamtailor.com>",
                "Votre candidature chez Danone",
                "Bonjour, merci pour votre candidature chez Danone. Nous avons bien reçu votre candidature.",
                "Thu, 07 Nov 2024 09:00:00 +0100",
            ),
            ("danone", "applied", "2024-11-07"),
        )
    )
    # job sites' confirmations, relays named after the vendor, German subjects, assessments (issue #24)
    more = [
        (
            "LinkedIn <jobs-noreply@linkedin.com>",
            "Alex, your application was sent to Vandelay Industries",
            "Your application was sent to Vandelay Industries. Data Analyst · New York",
            "Mon, 03 Feb 2025 10:00:00 +0000",
            ("vandelayindustries", "applied", "2025-02-03"),
        ),
        (
            "Indeed Apply <indeedapply@indeed.com>",
            "Indeed Application: Data Scientist",
            "Your application has been submitted.\nData Scientist - Massive Dynamic - New York\nGood luck!",
            "Tue, 04 Feb 2025 10:00:00 +0000",
            ("massivedynamic", "applied", "2025-02-04"),
        ),
        (
            "Cyberdyne Recruiting <noreply@smartrecruiters.com>",
            "Your application to Cyberdyne Systems",
            "Hi Alex, after careful consideration, we regret to inform you that we will not be moving forward.",
            "Thu, 06 Feb 2025 10:00:00 +0000",
            ("cyberdynesystems", "rejected", "2025-02-06"),
        ),
        (
            "Personio <noreply@personio.de>",
            "Ihre Bewerbung als Data Analyst bei Zalando",
            "Hallo Alex, vielen Dank für Ihre Bewerbung. Wir melden uns in Kürze.",
            "Mon, 10 Feb 2025 10:00:00 +0100",
            ("zalando", "applied", "2025-02-10"),
        ),
        (
            "Oscorp HR <hr@oscorp.com>",
            "Oscorp: coding assessment",
            "Hi Alex, as a next step please complete our online coding assessment on HackerRank within 5 days.",
            "Tue, 11 Feb 2025 10:00:00 +0000",
            ("oscorp", "interview", "2025-02-11"),
        ),
    ]
    for sender, subject, body, date, truth in more:
        out.append((_msg(sender, subject, body, date, html=truth[0] in ("massivedynamic", "zalando")), truth))
    out.append(
        (
            _msg(
                "Glassdoor Jobs <noreply@glassdoor.com>",
                "Data Analyst jobs near you",
                "20 new Data Analyst jobs: Acme, Globex, Initech. See all jobs.",
                "Tue, 11 Feb 2025 06:00:00 +0000",
            ),
            ("skip", "job alert", None),
        )
    )
    out.append(
        (
            _msg(
                "Sam (Recruiter) <sam@talentfirm.io>",
                "Senior Data role - interested?",
                "Hi Alex, I have a client looking for a senior data analyst. Would you be open to a quick chat?",
                "Wed, 12 Feb 2025 10:00:00 +0000",
            ),
            ("skip", "cold outreach", None),
        )
    )
    # negatives: more of them than positives
    for i in range(4):
        out.append(
            (
                _msg(
                    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
                    f"{30 + i} new jobs for Data Analyst",
                    "New jobs matching your preferences: Data Analyst at Umbrella, BI Developer at Stark.",
                    f"Sat, {9 + i:02d} Nov 2024 06:00:00 +0000",
                ),
                ("skip", "job alert", None),
            )
        )
    out.append(
        (
            _msg(
                "Indeed <alert@indeed.com>",
                "Jobs for you",
                "Recommended jobs: Analyst at Wayne Enterprises.",
                "Sun, 10 Nov 2024 06:00:00 +0000",
            ),
            ("skip", "job alert", None),
        )
    )
    out.append(
        (
            _msg(
                "Taylor <taylor@staffing.example>",
                "Exciting opportunity",
                "Hi Alex, I came across your profile and think you'd be a great fit. Are you open to new "
                "opportunities?",
                "Mon, 18 Nov 2024 10:00:00 +0000",
            ),
            ("skip", "cold outreach", None),
        )
    )
    out.append(
        (
            _msg(
                "LinkedIn <jobs-noreply@linkedin.com>",
                "Your application was viewed by Umbrella",
                "Umbrella viewed your application.",
                "Tue, 19 Nov 2024 10:00:00 +0000",
            ),
            ("skip", "application viewed", None),
        )
    )
    for i in range(3):
        out.append(
            (
                _msg(
                    "Data Weekly <news@dataweekly.example>",
                    f"Data Weekly #{100 + i}",
                    "This week in data: new tools, new ideas. Read more on our site.",
                    f"Wed, {13 + i:02d} Nov 2024 08:00:00 +0000",
                    headers={"List-Unsubscribe": "<mailto:u@x>"},
                ),
                ("skip", "newsletter", None),
            )
        )
    out.append(
        (
            _msg(
                "Mom <mom@gmail.com>", "Dinner Sunday?", "Are you coming on Sunday?", "Thu, 21 Nov 2024 19:00:00 +0000"
            ),
            ("skip", "not about an application", None),
        )
    )
    # everyday mail with an employer's words in it: a refund "unfortunately", a course "pleased to offer", a
    # friend's "interview" -- none of them an application
    everyday = [
        ("Amazon <shipment-tracking@amazon.com>", "Your order has shipped", "Your package is on the way."),
        ("Chase <no.reply.alerts@chase.com>", "Your statement is ready", "Your statement is available online."),
        (
            "Geico <offers@geico.com>",
            "Let's schedule a call about your policy",
            "We'd love to schedule a call to review your car insurance. Unfortunately your discount expires soon.",
        ),
        ("Jordan <jordan.smith@gmail.com>", "podcast?", "Hey! Could I interview you for my podcast next week?"),
        (
            "Coursera <no-reply@coursera.org>",
            "Congratulations on completing the course",
            "Congratulations! We are pleased to offer you 20% off your next course.",
        ),
        ("Meetup <info@meetup.com>", "New event: Data Science Night", "Join us for a talk and pizza. RSVP now."),
        (
            "Airbnb <automated@airbnb.com>",
            "Your reservation is confirmed",
            "Thank you for your booking in Lisbon. We have received your payment.",
        ),
        ("GitHub <noreply@github.com>", "[GitHub] A new SSH key was added", "A new public key was added."),
        ("Dad <dad@outlook.com>", "how did it go?", "Hi, how did the interview go yesterday? Call me."),
        (
            "Uber Eats <uber@uber.com>",
            "Your order from Pizza Place",
            "Thanks for your order! Unfortunately, one item was unavailable.",
        ),
        ("Kaggle <no-reply@kaggle.com>", "New competition: Titanic 2", "A new competition is live. Join now!"),
        ("Netflix <info@account.netflix.com>", "Your payment was declined", "Please update your payment details."),
    ]
    for i, (sender, subject, body) in enumerate(everyday):
        out.append(
            (
                _msg(sender, subject, body, f"Mon, {3 + i:02d} Mar 2025 10:00:00 +0000"),
                ("skip", "not about an application", None),
            )
        )
    return out


def build(folder) -> dict:
    """Write ``takeout.mbox``, ``plain.mbox`` and ``eml/`` into ``folder``; return the truth."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    msgs = messages()
    for name in ("takeout.mbox", "plain.mbox"):
        box = mailbox.mbox(folder / name, create=True)
        for m, _ in msgs:
            if name == "plain.mbox" and "X-Gmail-Labels" in m:
                m = _copy_without(m, "X-Gmail-Labels")
            box.add(m)
        box.flush()
        box.close()
    eml = folder / "eml"
    eml.mkdir(exist_ok=True)
    for i, (m, _) in enumerate(msgs):
        (eml / f"{i:03d}.eml").write_bytes(m.as_bytes())
    return {
        "events": sorted(t for _, t in msgs if t[0] != "skip"),
        "skipped": sorted(t[1] for _, t in msgs if t[0] == "skip"),
    }


def _copy_without(m, header):
    import copy

    c = copy.deepcopy(m)
    del c[header]
    return c


if __name__ == "__main__":
    print(build(Path(__file__).with_name("mail")))
