"""A second person's mailbox, written apart from make_mailbox.py: other vendors' templates, other phrasings.

Sam keeps mail in Thunderbird and exports a plain mbox: no Gmail labels, their own mail recognised only by the
``Delivered-To`` header of what they receive.  The templates follow what application-tracking systems and job
sites send (a Greenhouse confirmation, a Lever "thanks for applying", an Ashby next-steps mail, a Workday
tenant's receipt, LinkedIn Easy Apply and Indeed Apply confirmations, a SmartRecruiters rejection, calendar
invitations, UK and US rejection phrasings) and the mail that is not an application but reads like one: a
credit-card "application received", a flat's rental application, a podcast "interview with", interview-tips
newsletters, LinkedIn and Glassdoor job digests, recruiters' cold outreach, "viewed your application" notices.

``messages()`` returns ``[(message, truth)]``; truth is ``(company key, event, "YYYY-MM-DD")`` or
``("skip", kind, None)``.  The tests measure precision and recall on it (issue #24: mailboxes never seen).
"""

from __future__ import annotations

import email.utils
from email.message import EmailMessage
from pathlib import Path

SAM = "sam.rivera@outlook.com"


def _mail(sender, subject, body, date, *, to=SAM, msgid=None, reply_to=None, html=False, headers=None):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Delivered-To"] = SAM
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or email.utils.make_msgid(domain="mx.example.net")
    if reply_to:
        m["In-Reply-To"] = reply_to
        m["References"] = reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    if html:
        m.set_content(f"<html><body><table><tr><td>{body}</td></tr></table></body></html>", subtype="html")
    else:
        m.set_content(body)
    return m


def _own(subject, body, date, to, *, reply_to=None):
    m = _mail(f"Sam Rivera <{SAM}>", subject, body, date, to=to, reply_to=reply_to)
    del m["Delivered-To"]
    return m


UNSUB = {"List-Unsubscribe": "<https://news.example.com/unsubscribe?u=123>"}


def messages():
    M = []

    def add(msg, truth):
        M.append((msg, truth))

    # -- Stripe: Greenhouse confirmation, then a rejection on the same thread -------------------------------------
    add(
        _mail(
            "Stripe <no-reply@us.greenhouse-mail.io>",
            "Thank you for your application to Stripe",
            "Hi Sam,\n\nThanks for applying to Stripe. Your application has been received and we will review it "
            "right away. If your application seems like a good fit for the position we will contact you soon.\n\n"
            "Regards,\nStripe",
            "Tue, 01 Oct 2024 14:03:11 +0000",
            msgid="<stripe-app@greenhouse-mail.io>",
        ),
        ("stripe", "applied", "2024-10-01"),
    )
    add(
        _mail(
            "Stripe <no-reply@us.greenhouse-mail.io>",
            "Your application at Stripe",
            "Hi Sam,\n\nThank you for your interest in Stripe and for taking the time to apply. After careful "
            "review, we have decided not to move forward with your application at this time.\n\nWe wish you the "
            "best in your search.",
            "Mon, 21 Oct 2024 18:45:00 +0000",
            reply_to="<stripe-app@greenhouse-mail.io>",
        ),
        ("stripe", "rejected", "2024-10-21"),
    )
    # -- Figma: Lever confirmation, recruiter screen, calendar invite, onsite, offer ------------------------------
    add(
        _mail(
            "Figma <no-reply@hire.lever.co>",
            "Figma | Thanks for applying!",
            "Hi Sam,\n\nThank you for your interest in Figma! We wanted to let you know we received your "
            "application for Product Designer, and we are delighted that you would consider joining our team.",
            "Wed, 02 Oct 2024 09:15:00 -0700",
            msgid="<figma-1@hire.lever.co>",
        ),
        ("figma", "applied", "2024-10-02"),
    )
    add(
        _mail(
            "Priya Shah <priya.shah@figma.com>",
            "Figma - Product Designer",
            "Hi Sam, I'm a recruiter on the design team at Figma and I'd love to set up a 30-minute phone call to "
            "learn more about your background and walk you through the role. Does Thursday work?",
            "Tue, 08 Oct 2024 11:02:00 -0700",
            msgid="<figma-2@figma.com>",
        ),
        ("figma", "screen", "2024-10-08"),
    )
    add(
        _mail(
            "Priya Shah <priya.shah@figma.com>",
            "Invitation: Sam Rivera <> Figma - Portfolio Interview @ Tue Oct 22, 2024 1pm - 2pm (PDT)",
            "Priya Shah has invited you to Portfolio Interview. Join with Google Meet. Your interview is "
            "confirmed for Tuesday.",
            "Wed, 16 Oct 2024 15:20:00 -0700",
            reply_to="<figma-2@figma.com>",
        ),
        ("figma", "interview", "2024-10-16"),
    )
    add(
        _mail(
            "Priya Shah <priya.shah@figma.com>",
            "Next steps: final round at Figma",
            "Hi Sam, great news: the team would like to invite you to the final round, a half day of onsite "
            "interviews in our San Francisco office.",
            "Fri, 01 Nov 2024 10:00:00 -0700",
            reply_to="<figma-2@figma.com>",
        ),
        ("figma", "onsite", "2024-11-01"),
    )
    add(
        _mail(
            "Priya Shah <priya.shah@figma.com>",
            "Your offer from Figma",
            "Hi Sam, congratulations! We are thrilled to offer you the position of Product Designer. Your offer "
            "letter is attached; please review the offer details and let us know.",
            "Thu, 14 Nov 2024 16:30:00 -0800",
            reply_to="<figma-2@figma.com>",
        ),
        ("figma", "offer", "2024-11-14"),
    )
    add(
        _own(
            "Re: Figma - Product Designer",
            "Hi Priya, thank you for your time today, I really enjoyed the conversation with the team.",
            "Tue, 22 Oct 2024 21:10:00 -0700",
            "priya.shah@figma.com",
            reply_to="<figma-2@figma.com>",
        ),
        ("figma", "thank_you", "2024-10-22"),
    )
    # -- Notion: Ashby, next steps with an assessment ------------------------------------------------------------
    add(
        _mail(
            "Notion Hiring Team <no-reply@ashbyhq.com>",
            "Thanks for applying to Notion!",
            "Hi Sam, thanks for applying! We've received your application for the Software Engineer, Infrastructure "
            "role and our team is reviewing it.",
            "Thu, 03 Oct 2024 08:00:00 +0000",
            msgid="<notion-1@ashbyhq.com>",
            html=True,
        ),
        ("notion", "applied", "2024-10-03"),
    )
    add(
        _mail(
            "Notion Hiring Team <no-reply@ashbyhq.com>",
            "Next steps with Notion",
            "Hi Sam, we'd like to move you forward. The next step is a coding challenge on CodeSignal: please "
            "complete the assessment within 5 days.",
            "Thu, 10 Oct 2024 08:00:00 +0000",
            reply_to="<notion-1@ashbyhq.com>",
        ),
        ("notion", "interview", "2024-10-10"),
    )
    add(
        _mail(
            "Notion Hiring Team <no-reply@ashbyhq.com>",
            "Update on your application",
            "Hi Sam, thank you for completing the challenge. We have decided to move forward with candidates "
            "whose experience more closely matches the role.",
            "Mon, 28 Oct 2024 08:00:00 +0000",
            reply_to="<notion-1@ashbyhq.com>",
        ),
        ("notion", "rejected", "2024-10-28"),
    )
    # -- Northwind: Workday tenant receipt, no answer ------------------------------------------------------------
    add(
        _mail(
            "Northwind Traders <northwind@myworkday.com>",
            "We received your application",
            "Dear Sam,\n\nWe received your application for Senior Analyst (Job ID R-20417). We appreciate your "
            "interest in Northwind Traders.",
            "Fri, 04 Oct 2024 13:00:00 -0400",
        ),
        ("northwindtraders", "applied", "2024-10-04"),
    )
    # -- Datadog: LinkedIn Easy Apply; viewed (skip); rejection from the company --------------------------------
    add(
        _mail(
            "LinkedIn <jobs-noreply@linkedin.com>",
            "Sam, your application was sent to Datadog",
            "Your application was sent to Datadog\n\nSoftware Engineer\nDatadog · New York, NY (On-site)\n"
            "Applied on October 7, 2024",
            "Mon, 07 Oct 2024 12:00:00 +0000",
        ),
        ("datadog", "applied", "2024-10-07"),
    )
    add(
        _mail(
            "LinkedIn <jobs-noreply@linkedin.com>",
            "Datadog viewed your application",
            "Your application was viewed by Datadog. Software Engineer · Datadog · New York, NY",
            "Wed, 09 Oct 2024 12:00:00 +0000",
        ),
        ("skip", "application viewed", None),
    )
    add(
        _mail(
            "Datadog Recruiting <recruiting@datadoghq.com>",
            "Your application to Datadog",
            "Hi Sam, thank you for your interest in the Software Engineer role. We regret to inform you that we "
            "will not be progressing your application further.",
            "Fri, 25 Oct 2024 09:00:00 +0000",
        ),
        ("datadog", "rejected", "2024-10-25"),
    )
    # -- Acme Health: Indeed Apply (company on its own line) ----------------------------------------------------
    add(
        _mail(
            "Indeed Apply <indeedapply@indeed.com>",
            "Indeed Application: Data Analyst",
            "Application submitted\n\nData Analyst\nAcme Health - Boston, MA\n\nThe employer will contact you if "
            "you are selected for an interview. Good luck!",
            "Tue, 08 Oct 2024 19:00:00 +0000",
        ),
        ("acmehealth", "applied", "2024-10-08"),
    )
    # -- Bosch: SmartRecruiters, German rejection ----------------------------------------------------------------
    add(
        _mail(
            "Bosch <noreply@smartrecruiters.com>",
            "Ihre Bewerbung bei Bosch",
            "Sehr geehrter Herr Rivera, vielen Dank für Ihre Bewerbung als Softwareentwickler bei Bosch.",
            "Wed, 09 Oct 2024 07:00:00 +0200",
            msgid="<bosch-1@smartrecruiters.com>",
        ),
        ("bosch", "applied", "2024-10-09"),
    )
    add(
        _mail(
            "Bosch <noreply@smartrecruiters.com>",
            "Ihre Bewerbung bei Bosch",
            "Sehr geehrter Herr Rivera, leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber "
            "entschieden haben.",
            "Wed, 30 Oct 2024 07:00:00 +0100",
            reply_to="<bosch-1@smartrecruiters.com>",
        ),
        ("bosch", "rejected", "2024-10-30"),
    )
    # -- Contoso: UK phrasing, unsuccessful ----------------------------------------------------------------------
    add(
        _mail(
            "Contoso Careers <careers@contoso.co.uk>",
            "Application confirmation - Graduate Analyst",
            "Dear Sam, thank you for applying for the Graduate Analyst position at Contoso. We will be in touch.",
            "Thu, 10 Oct 2024 10:00:00 +0100",
        ),
        ("contoso", "applied", "2024-10-10"),
    )
    add(
        _mail(
            "Contoso Careers <careers@contoso.co.uk>",
            "Graduate Analyst - application outcome",
            "Dear Sam, thank you for your application. On this occasion your application has been unsuccessful.",
            "Mon, 04 Nov 2024 10:00:00 +0000",
        ),
        ("contoso", "rejected", "2024-11-04"),
    )
    # -- Umbrella: the person applies by mail, then follows up, then withdraws -----------------------------------
    add(
        _own(
            "Application for the QA Engineer position",
            "Dear hiring team, please find attached my CV for the QA Engineer position at Umbrella.",
            "Fri, 11 Oct 2024 09:00:00 -0400",
            "jobs@umbrella-corp.com",
        ),
        ("umbrella", "applied", "2024-10-11"),
    )
    add(
        _own(
            "Following up: QA Engineer application",
            "Hello, I'm following up on my application for the QA Engineer role. Is there any update?",
            "Mon, 28 Oct 2024 09:00:00 -0400",
            "jobs@umbrella-corp.com",
        ),
        ("umbrella", "follow_up", "2024-10-28"),
    )
    add(
        _own(
            "Withdrawing my application",
            "Hello, I have accepted another offer and would like to withdraw my application for the QA Engineer "
            "role at Umbrella. Thank you.",
            "Mon, 18 Nov 2024 09:00:00 -0500",
            "jobs@umbrella-corp.com",
        ),
        ("umbrella", "withdrew", "2024-11-18"),
    )
    # -- Hooli: recruiter interview invitation directly, then role filled -------------------------------------------
    add(
        _mail(
            "Gavin at Hooli <gavin@hooli.xyz>",
            "Interview for Data Engineer",
            "Hi Sam, thanks for applying to the Data Engineer role. We were impressed with your background and "
            "would like to schedule an interview. Please pick a time that works: https://calendly.com/hooli/45",
            "Tue, 15 Oct 2024 16:00:00 -0700",
        ),
        ("hooli", "interview", "2024-10-15"),
    )
    add(
        _mail(
            "Gavin at Hooli <gavin@hooli.xyz>",
            "Re: Interview for Data Engineer",
            "Hi Sam, I wanted to let you know that the position has been filled. Thank you for your time.",
            "Tue, 05 Nov 2024 16:00:00 -0800",
        ),
        ("hooli", "rejected", "2024-11-05"),
    )
    # -- Pied Piper: "still reviewing" reply -----------------------------------------------------------------------
    add(
        _mail(
            "Pied Piper Talent <talent@piedpiper.com>",
            "Your application to Pied Piper",
            "Hi Sam, thank you for applying to Pied Piper. We have received your application for the Backend "
            "Engineer role.",
            "Wed, 16 Oct 2024 10:00:00 -0700",
        ),
        ("piedpiper", "applied", "2024-10-16"),
    )
    add(
        _mail(
            "Pied Piper Talent <talent@piedpiper.com>",
            "Re: Your application to Pied Piper",
            "Hi Sam, just a quick note: your application is still under review and we expect to get back to you "
            "in the next two weeks.",
            "Wed, 30 Oct 2024 10:00:00 -0700",
        ),
        ("piedpiper", "reply", "2024-10-30"),
    )
    # -- Soylent: French ---------------------------------------------------------------------------------------------
    add(
        _mail(
            "Soylent Recrutement <recrutement@soylent.fr>",
            "Votre candidature chez Soylent",
            "Bonjour Sam, nous avons bien reçu votre candidature pour le poste de Data Scientist.",
            "Thu, 17 Oct 2024 09:00:00 +0200",
        ),
        ("soylent", "applied", "2024-10-17"),
    )
    add(
        _mail(
            "Soylent Recrutement <recrutement@soylent.fr>",
            "Votre candidature chez Soylent",
            "Bonjour Sam, nous souhaitons vous inviter à un entretien la semaine prochaine.",
            "Thu, 31 Oct 2024 09:00:00 +0100",
        ),
        ("soylent", "interview", "2024-10-31"),
    )
    # -- Wayne Enterprises: a rejection phrased as "another candidate" --------------------------------------------
    add(
        _mail(
            "Wayne Enterprises <careers@wayne.com>",
            "Thank you for applying to Wayne Enterprises",
            "Dear Sam, thank you for applying to Wayne Enterprises for the Security Analyst position.",
            "Fri, 18 Oct 2024 12:00:00 -0400",
        ),
        ("wayneenterprises", "applied", "2024-10-18"),
    )
    add(
        _mail(
            "Wayne Enterprises <careers@wayne.com>",
            "Security Analyst position",
            "Dear Sam, we appreciate your interest in the Security Analyst position. We have selected another "
            "candidate whose experience better fits our needs.",
            "Fri, 08 Nov 2024 12:00:00 -0500",
        ),
        ("wayneenterprises", "rejected", "2024-11-08"),
    )

    # == not applications ============================================================================================
    negatives = [
        (
            "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
            "Software Engineer at Google and 9 more jobs in New York for you",
            "Your job alert for software engineer. Google · New York. Apply now.",
            "job alert",
        ),
        (
            "Glassdoor Jobs <noreply@glassdoor.com>",
            "Jobs you may like: Data Analyst",
            "Acme is hiring a Data Analyst. Easy apply. 25 new jobs near you.",
            "job alert",
        ),
        (
            "Indeed <alert@indeed.com>",
            "12 new data analyst jobs in Boston, MA",
            "New jobs matching your search.",
            "job alert",
        ),
        (
            "ZipRecruiter <alerts@ziprecruiter.com>",
            "Sam, we found jobs for you",
            "Jobs for you: Backend Engineer at Initech. Apply with one click.",
            "job alert",
        ),
        (
            "Jordan Lee <jordan@talentbridge-search.com>",
            "Exciting opportunity at a Series B fintech",
            "Hi Sam, I "
            "came across your profile and think you'd be a great fit for a Senior Engineer role with a client of "
            "ours. Are you open to a quick chat?",
            "cold outreach",
        ),
        (
            "Morgan Diaz <morgan@staffwise.io>",
            "Quick question",
            "Hi Sam, I'm reaching out because your experience "
            "with data platforms caught my eye. Would you be interested in this role? Happy to share details.",
            "cold outreach",
        ),
        (
            "Chase <no-reply@alertsp.chase.com>",
            "We received your application",
            "Thank you for your application "
            "for the Chase Sapphire Preferred credit card. We will let you know our decision within 7 business "
            "days.",
            "not about an application",
        ),
        (
            "Greystar Leasing <leasing@greystar.com>",
            "Your rental application",
            "Thanks for applying to live at The Monroe! Your rental application has been received and is under review.",
            "not about an application",
        ),
        (
            "The Data Podcast <hello@datapodcast.fm>",
            "Interview with the founder of Snowflake",
            "This week: an "
            "interview with the founder of Snowflake on building a data company. Unfortunately we ran out of time "
            "for questions.",
            "newsletter",
        ),
        (
            "Career Tips Weekly <tips@careertips.co>",
            "How to ace your technical interview",
            "Five ways to prepare for a technical interview and land the job offer you want.",
            "newsletter",
        ),
        (
            "Lenny's Newsletter <lenny@substack.com>",
            "What hiring managers look for in a PM",
            "Hiring managers told us what they look for when they review applications.",
            "newsletter",
        ),
        (
            "Airline Deals <deals@flyaway.com>",
            "We'd like to offer you 30% off",
            "Exclusive offer: we're pleased to "
            "offer you 30% off your next flight. Unfortunately this deal ends Sunday.",
            "newsletter",
        ),
        (
            "Meetup <info@meetup.com>",
            "You're invited: Boston Data Science Meetup",
            "Join us for talks and networking. RSVP now.",
            "newsletter",
        ),
        (
            "GitHub <noreply@github.com>",
            "[GitHub] A new SSH key was added",
            "A new public key was added to your account.",
            "not about an application",
        ),
        (
            "Mom <rivera.family@gmail.com>",
            "Dinner on Sunday?",
            "Hi honey, are you coming for dinner? How did the interview go?",
            "not about an application",
        ),
        (
            "State University Admissions <admissions@stateu.edu>",
            "Your application for admission",
            "Thank you for "
            "applying to State University. Your application for admission to the MS in Data Science has been "
            "received.",
            "not about an application",
        ),
        (
            "LinkedIn <messages-noreply@linkedin.com>",
            "Sam, you appeared in 12 searches this week",
            "See who's looking at your profile. Recruiters viewed your profile.",
            "not about an application",
        ),
        (
            "Amazon <auto-confirm@amazon.com>",
            "Your Amazon.com order #112-555",
            "Your order has shipped. Special offer inside.",
            "not about an application",
        ),
    ]
    for i, (sender, subject, body, kind) in enumerate(negatives):
        headers = UNSUB if kind in ("job alert", "newsletter") else None
        add(
            _mail(sender, subject, body, f"Mon, {4 + i % 20:02d} Nov 2024 08:00:00 +0000", headers=headers),
            ("skip", kind, None),
        )
    return M


def build(folder, msgs=None) -> Path:
    """Write the mailbox as one plain mbox (a Thunderbird export) into ``folder``; return its path.

    ``msgs``: the ``messages()`` to write (pass the list you score against: Message-IDs are drawn afresh on
    every call).
    """
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "sam.mbox", msgs if msgs is not None else messages())


if __name__ == "__main__":
    print(build(Path(__file__).parent / "mail"))
