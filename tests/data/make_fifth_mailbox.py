"""A fifth mailbox, written as a held-out check after the rules were fixed on the fourth (issue #24).

Mei exports Apple Mail as an mbox and zips it to send to a coach: no Gmail labels, a ``Delivered-To`` header
on received mail; vendors' other templates (iCIMS, Taleo, SuccessFactors, Jobvite, JazzHR, BambooHR, Workable,
Greenhouse, Lever), HTML-only mail, Latin-1 bodies, encoded subjects, replies with quoted history, and the
phrasings of rejections and invitations that the other corpora do not use.  Its score before any rule was
changed for it is in the issue note; ``messages()`` returns ``[(message, truth)]`` as the other corpora do.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from offerkit._io.mailbox import company_key

MEI = "mei.tanaka.dev@fastmail.com"
_IDS = iter(range(1, 10_000))


def _mail(sender, subject, body, date, *, to=MEI, html=False, charset="utf-8", reply_to=None, list_mail=False):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    if to == MEI:
        m["Delivered-To"] = MEI
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{next(_IDS)}.m5@mail5.example>"
    if reply_to is not None:
        m["In-Reply-To"] = reply_to["Message-ID"]
        m["References"] = reply_to["Message-ID"]
    if list_mail:
        m["List-Unsubscribe"] = "<https://example.com/unsub>"
    if html:
        m.set_content(
            f"<html><body><table><tr><td>{body}</td></tr></table></body></html>", subtype="html", charset=charset
        )
    else:
        m.set_content(body, charset=charset)
    return m


def messages():
    M = []

    def add(truth, *args, **kws):
        if truth[0] != "skip":
            truth = (company_key(truth[0]), *truth[1:])
        m = _mail(*args, **kws)
        M.append((m, truth))
        return m

    # iCIMS: confirmation (HTML), then a rejection in iCIMS's words
    add(
        ("Pinecrest Health", "applied", "2024-09-09"),
        "Pinecrest Health Careers <pinecresthealth@talent.icims.com>",
        "Pinecrest Health - Application Confirmation",
        "Dear Mei, Thank you for submitting your application for the Data Engineer II position (Job ID 2024-8812). "
        "We will review your qualifications and contact you should there be a match.",
        "Mon, 09 Sep 2024 13:00:00 -0400",
        html=True,
    )
    add(
        ("Pinecrest Health", "rejected", "2024-10-01"),
        "Pinecrest Health Careers <pinecresthealth@talent.icims.com>",
        "Your application with Pinecrest Health",
        "Dear Mei, Thank you for your interest in the Data Engineer II position. At this time we have decided to "
        "pursue candidates whose qualifications more closely align with the requirements of the position. We will "
        "keep your resume on file.",
        "Tue, 01 Oct 2024 13:00:00 -0400",
        html=True,
    )
    # Taleo: confirmation and a later interview request from a person
    t = add(
        ("Ridgeway Insurance", "applied", "2024-09-10"),
        "Ridgeway Insurance <noreply@ridgeway.taleo.net>",
        "Ridgeway Insurance - Thank you for your interest",
        "Dear Mei Tanaka, We have received your application for the position of Analytics Engineer (Req 3301). "
        "Our recruiting team will review it carefully.",
        "Tue, 10 Sep 2024 09:00:00 -0500",
    )
    add(
        ("Ridgeway Insurance", "interview", "2024-09-27"),
        "Carl Benson <carl.benson@ridgewayins.com>",
        "Analytics Engineer (Req 3301) - next steps",
        "Hi Mei, the hiring manager reviewed your resume and would like to meet with you. Could you share your "
        "availability for a one-hour video interview next Tuesday or Wednesday?",
        "Fri, 27 Sep 2024 15:00:00 -0500",
        reply_to=t,
    )
    # SuccessFactors: German confirmation, then a German Absage
    add(
        ("Kessler Maschinenbau", "applied", "2024-09-12"),
        "Kessler Maschinenbau <recruiting@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrte Frau Tanaka, wir bestätigen den Eingang Ihrer Bewerbung als Data Analyst bei Kessler "
        "Maschinenbau GmbH. Wir melden uns so bald wie möglich bei Ihnen.",
        "Thu, 12 Sep 2024 10:00:00 +0200",
        charset="latin-1",
    )
    add(
        ("Kessler Maschinenbau", "rejected", "2024-10-08"),
        "Kessler Maschinenbau <recruiting@successfactors.eu>",
        "Ihre Bewerbung als Data Analyst",
        "Sehr geehrte Frau Tanaka, nach sorgfältiger Prüfung müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung "
        "nicht weiter berücksichtigen können. Wir wünschen Ihnen für Ihre Zukunft alles Gute.",
        "Tue, 08 Oct 2024 10:00:00 +0200",
        charset="latin-1",
    )
    # Jobvite: application; recruiter screen booked through a scheduling tool; onsite ("in-person")
    add(
        ("Blue Harbor Games", "applied", "2024-09-13"),
        "Blue Harbor Games <notification@jobvite.com>",
        "Blue Harbor Games: Application Received",
        "Hi Mei, we have received your application for Data Platform Engineer. Thank you for your interest in "
        "Blue Harbor Games!",
        "Fri, 13 Sep 2024 18:00:00 +0000",
    )
    bh = add(
        ("Blue Harbor Games", "screen", "2024-09-20"),
        "Tara Quinn <tquinn@blueharborgames.com>",
        "Let's connect - Data Platform Engineer",
        "Hi Mei! I'm the recruiter for the Data Platform Engineer role at Blue Harbor Games and would love to "
        "schedule a 20 minute intro call to tell you more. Use this link to book a time: goodtime.io/tara",
        "Fri, 20 Sep 2024 18:00:00 +0000",
    )
    add(
        ("Blue Harbor Games", "onsite", "2024-10-11"),
        "Tara Quinn <tquinn@blueharborgames.com>",
        "Re: Let's connect - Data Platform Engineer",
        "Hi Mei, the team loved talking with you. We'd like to invite you to an in-person interview loop at our "
        "Seattle studio - about four hours with the team.\n\nOn Fri, Sep 20, 2024 Tara Quinn wrote:\n> would love "
        "to schedule a 20 minute intro call",
        "Fri, 11 Oct 2024 18:00:00 +0000",
        reply_to=bh,
    )
    add(
        ("Blue Harbor Games", "offer", "2024-10-25"),
        "Tara Quinn <tquinn@blueharborgames.com>",
        "Congratulations from Blue Harbor Games!",
        "Hi Mei, congratulations! We'd love to have you join Blue Harbor Games as a Data Platform Engineer and "
        "are excited to send over your offer. Details are in the attached letter.",
        "Fri, 25 Oct 2024 18:00:00 +0000",
    )
    # JazzHR (applytojob): confirmation; later rejection
    add(
        ("Sundial Solar", "applied", "2024-09-16"),
        "Sundial Solar <no-reply@applytojob.com>",
        "Thank you for applying to Sundial Solar",
        "Hi Mei, Thank you for applying for the BI Analyst role. We will review your application soon.",
        "Mon, 16 Sep 2024 12:00:00 -0700",
    )
    add(
        ("Sundial Solar", "rejected", "2024-09-30"),
        "Sundial Solar <no-reply@applytojob.com>",
        "Sundial Solar BI Analyst",
        "Hi Mei, thanks for your interest in Sundial Solar. We have reviewed your application and will not be "
        "moving you forward in our process. We appreciate your time.",
        "Mon, 30 Sep 2024 12:00:00 -0700",
    )
    # BambooHR: confirmation, then a phone screen by a person
    add(
        ("Alder & Finch", "applied", "2024-09-17"),
        "Alder & Finch <notifications@app.bamboohr.com>",
        "Thanks for applying to Alder & Finch",
        "Hi Mei, We received your application for Data Analyst. If your experience matches, we'll be in touch.",
        "Tue, 17 Sep 2024 16:00:00 -0600",
    )
    add(
        ("Alder & Finch", "screen", "2024-09-25"),
        "Nora Alder <nora@alderandfinch.com>",
        "Data Analyst application - phone call?",
        "Hi Mei, thanks for applying to Alder & Finch. Are you available for a brief phone call on Friday to talk "
        "about the role?",
        "Wed, 25 Sep 2024 16:00:00 -0600",
    )
    # Greenhouse: another template; "the team has decided to move forward with other candidates"
    add(
        ("Cobalt Freight", "applied", "2024-09-18"),
        "Cobalt Freight Hiring Team <no-reply@greenhouse.io>",
        "Your application to Cobalt Freight",
        "Hi Mei, Thanks for your interest in Cobalt Freight! We've received your application for the Senior Data "
        "Analyst role and our team is reviewing it now.",
        "Wed, 18 Sep 2024 20:00:00 +0000",
    )
    add(
        ("Cobalt Freight", "rejected", "2024-10-16"),
        "Cobalt Freight Hiring Team <no-reply@greenhouse.io>",
        "Your application to Cobalt Freight",
        "Hi Mei, Thank you for taking the time to apply. The team has decided to move forward with other "
        "candidates for the Senior Data Analyst role. We'll keep your information in case a better fit opens up.",
        "Wed, 16 Oct 2024 20:00:00 +0000",
    )
    # Lever: application; an interview invitation with "schedule your interview" link
    add(
        ("Orchard Labs", "applied", "2024-09-19"),
        "Orchard Labs <no-reply@hire.lever.co>",
        "Orchard Labs - your application",
        "Hi Mei, Thanks for applying to Orchard Labs. We're excited to review your application for Data Engineer.",
        "Thu, 19 Sep 2024 17:00:00 +0000",
    )
    add(
        ("Orchard Labs", "interview", "2024-10-03"),
        "Orchard Labs <no-reply@hire.lever.co>",
        "Orchard Labs - schedule your technical interview",
        "Hi Mei, congratulations on moving to the next stage! Please use the link below to schedule your "
        "technical interview with two of our engineers.",
        "Thu, 03 Oct 2024 17:00:00 +0000",
    )
    # Workable: "we have decided to proceed with other applicants" (German-speaking company, English mail)
    add(
        ("Vogel Analytics", "applied", "2024-09-23"),
        "Vogel Analytics <noreply@candidates.workablemail.com>",
        "Vogel Analytics: Thanks for applying",
        "Hi Mei, thank you for applying for the Analytics Engineer position at Vogel Analytics.",
        "Mon, 23 Sep 2024 08:00:00 +0000",
    )
    add(
        ("Vogel Analytics", "rejected", "2024-10-07"),
        "Vogel Analytics <noreply@candidates.workablemail.com>",
        "Vogel Analytics: Update about your application",
        "Hi Mei, we appreciate the time you invested. After reviewing all applications we have chosen to proceed "
        "with applicants whose experience is closer to what we need right now.",
        "Mon, 07 Oct 2024 08:00:00 +0000",
    )
    # French: Teamtailor confirmation, invitation "convocation", rejection "au regret"
    add(
        ("Brume Studio", "applied", "2024-09-24"),
        "Brume Studio <no-reply@teamtailor.com>",
        "Merci pour votre candidature !",
        "Bonjour Mei, merci pour votre candidature au poste de Data Engineer chez Brume Studio. Nous revenons vers "
        "vous rapidement.",
        "Tue, 24 Sep 2024 09:00:00 +0200",
    )
    add(
        ("Brume Studio", "interview", "2024-10-02"),
        "Lucie Fabre <lucie.fabre@brumestudio.fr>",
        "Convocation à un entretien - Data Engineer",
        "Bonjour Mei, nous aimerions échanger avec vous lors d'un entretien en visio le 8 octobre à 15h. Merci de "
        "confirmer votre disponibilité.",
        "Wed, 02 Oct 2024 09:00:00 +0200",
    )
    add(
        ("Brume Studio", "rejected", "2024-10-21"),
        "Lucie Fabre <lucie.fabre@brumestudio.fr>",
        "Votre candidature - Data Engineer",
        "Bonjour Mei, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature. "
        "Nous vous souhaitons une belle continuation.",
        "Mon, 21 Oct 2024 09:00:00 +0200",
    )
    # Spanish: Recruitee confirmation and an offer
    add(
        ("Lince Datos", "applied", "2024-09-25"),
        "Lince Datos <noreply@recruitee.com>",
        "Hemos recibido tu candidatura",
        "Hola Mei, gracias por tu interés en Lince Datos. Hemos recibido tu candidatura para Analista BI.",
        "Wed, 25 Sep 2024 11:00:00 +0200",
    )
    add(
        ("Lince Datos", "offer", "2024-11-05"),
        "Pablo Ortega <pablo.ortega@lincedatos.es>",
        "Oferta para el puesto de Analista BI",
        "Hola Mei, nos complace ofrecerte el puesto de Analista BI en Lince Datos. Te adjuntamos la oferta con las "
        "condiciones.",
        "Tue, 05 Nov 2024 11:00:00 +0100",
    )
    # LinkedIn: "X has received your application"? LinkedIn writes "Your application was sent to X"
    add(
        ("Harbinger AI", "applied", "2024-09-26"),
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Mei, your application was sent to Harbinger AI",
        "Your application was sent to Harbinger AI. Machine Learning Analyst · Harbinger AI · San Francisco, CA "
        "(Hybrid)",
        "Thu, 26 Sep 2024 19:00:00 +0000",
    )
    add(
        ("Harbinger AI", "rejected", "2024-10-10"),
        "Harbinger AI <no-reply@ashbyhq.com>",
        "Harbinger AI - Machine Learning Analyst",
        "Hi Mei, thanks so much for your interest in Harbinger AI. Unfortunately we won't be moving forward with "
        "your candidacy for this role.",
        "Thu, 10 Oct 2024 19:00:00 +0000",
    )
    # A reply that is neither yes nor no
    add(
        ("Orchard Labs", "reply", "2024-10-14"),
        "Orchard Labs <no-reply@hire.lever.co>",
        "Orchard Labs - an update on timing",
        "Hi Mei, thank you for your patience. We're still reviewing feedback from your interviews and expect to "
        "have an update next week.",
        "Mon, 14 Oct 2024 17:00:00 +0000",
    )
    # Mei's own mail
    add(
        ("Ridgeway Insurance", "thank_you", "2024-10-02"),
        f"Mei Tanaka <{MEI}>",
        "Thank you!",
        "Hi Carl, thank you for your time today - I really enjoyed the conversation about the analytics team at "
        "Ridgeway Insurance.",
        "Wed, 02 Oct 2024 22:00:00 +0000",
        to="Carl Benson <carl.benson@ridgewayins.com>",
    )
    add(
        ("Cobalt Freight", "follow_up", "2024-10-04"),
        f"Mei Tanaka <{MEI}>",
        "Checking in - Senior Data Analyst application",
        "Hello, I'm checking in on my application for the Senior Data Analyst role at Cobalt Freight, submitted "
        "September 18. I'd love to hear about next steps.",
        "Fri, 04 Oct 2024 15:00:00 +0000",
        to="Cobalt Freight Recruiting <recruiting@cobaltfreight.com>",
    )
    add(
        ("Alder & Finch", "withdrew", "2024-10-28"),
        f"Mei Tanaka <{MEI}>",
        "Re: Data Analyst application - phone call?",
        "Hi Nora, thanks so much for your time. I have decided to accept another position and would like to "
        "withdraw from consideration.",
        "Mon, 28 Oct 2024 15:00:00 +0000",
        to="Nora Alder <nora@alderandfinch.com>",
    )
    negatives = [
        (
            "Glassdoor Jobs <noreply@glassdoor.com>",
            "Data Engineer at Cobalt Freight and 9 more jobs",
            "job alert",
            "Jobs picked for you: Data Engineer - Cobalt Freight. Analytics Engineer - Vogel Analytics. See all jobs.",
        ),
        (
            "ZipRecruiter <alerts@ziprecruiter.com>",
            "Mei, 25 new Data Analyst jobs near Seattle",
            "job alert",
            "Your daily job matches are here. Apply with one click.",
        ),
        (
            "Dice <jobs@dice.com>",
            "Top tech jobs this week",
            "job alert",
            "Hand-picked jobs: Senior Data Engineer (Remote), Analytics Lead (Hybrid). Apply now.",
        ),
        (
            "LinkedIn <jobs-listings@linkedin.com>",
            "Harbinger AI is hiring a Data Scientist",
            "job alert",
            "Harbinger AI is hiring. Be an early applicant.",
        ),
        (
            "Indeed <donotreply@indeed.com>",
            "Employers viewed your resume",
            "application viewed",
            "3 employers viewed your resume this week. Keep your resume up to date.",
        ),
        (
            "Priya Nair <priya@topsearch-recruiting.com>",
            "Data Engineer opportunity with a fintech client",
            "cold outreach",
            "Hi Mei, I'm a recruiter with TopSearch and I'm working with a fintech client on a Data Engineer role. "
            "Would you be interested in a quick call?",
        ),
        (
            "Hired <hello@hired.com>",
            "Interview requests are waiting for you",
            "newsletter",
            "Complete your profile so companies can send you interview requests. Unsubscribe anytime.",
        ),
        (
            "Chase <no-reply@chase.com>",
            "You're pre-approved for an offer",
            "not a job",
            "Congratulations Mei, you're pre-approved for a new credit card offer with 0% APR.",
        ),
        (
            "Seattle Public Library <noreply@spl.org>",
            "Your library card application has been approved",
            "not a job",
            "Thank you for applying for a library card. Your card is ready for pickup.",
        ),
        (
            "HackerNews Digest <digest@hndigest.com>",
            "Ask HN: how do you prepare for interviews?",
            "newsletter",
            "Top stories this week: How do you prepare for a technical interview? Job offers in a downturn.",
        ),
        (
            "Lenny's Newsletter <lenny@substack.com>",
            "How to negotiate your offer",
            "newsletter",
            "This week: how to negotiate your job offer and why the recruiter call matters.",
        ),
        (
            "Mom <keiko.tanaka@gmail.com>",
            "good luck!",
            "personal",
            "Good luck with your interview on Friday! Call me after.",
        ),
        ("Zoom <no-reply@zoom.us>", "Your Zoom account", "not a job", "Your cloud recording is now available."),
        (
            "Calendly <notifications@calendly.com>",
            "New Event: Coffee with Sam",
            "not a job",
            "A new event has been scheduled: Coffee with Sam on Thursday 10am.",
        ),
        (
            "GitHub <noreply@github.com>",
            "[GitHub] Your pull request was merged",
            "not a job",
            "Your pull request #42 was merged into main.",
        ),
        (
            "AngelList Talent <team@angel.co>",
            "Startups that match your profile",
            "job alert",
            "These startups are hiring data people: Kitewire, Orchard Labs. Apply in one click.",
        ),
        (
            "LinkedIn <messages-noreply@linkedin.com>",
            "Congratulate Tara Quinn on a new role",
            "social",
            "Tara Quinn started a new position as Recruiting Lead at Blue Harbor Games.",
        ),
        (
            "Xing <mailrobot@xing.com>",
            "Ihre Bewerbung wurde gelesen",
            "application viewed",
            "Gute Nachrichten: Kessler Maschinenbau hat Ihre Bewerbung angesehen.",
        ),
        (
            "Indeed <invitations@indeed.com>",
            "You're invited to apply: Data Analyst at Greenfield",
            "cold outreach",
            "Greenfield thinks you could be a great fit. You're invited to apply for Data Analyst.",
        ),
        (
            "Medium Daily Digest <noreply@medium.com>",
            "Rejected by 100 companies: what I learned",
            "newsletter",
            "Unfortunately I was rejected by 100 companies. Here is what I learned. Read on Medium.",
        ),
        (
            "Eventbrite <noreply@eventbrite.com>",
            "Your tickets: Tech Hiring Summit",
            "not a job",
            "Thanks for your order! Your tickets for the Tech Hiring Summit are attached.",
        ),
        (
            "Amazon <shipment-tracking@amazon.com>",
            "Your package was delivered",
            "not a job",
            "Your package with 'Cracking the Coding Interview' was delivered.",
        ),
    ]
    for i, (sender, subject, kind, body) in enumerate(negatives):
        add(("skip", kind, None), sender, subject, body, f"Sun, {3 + i:02d} Nov 2024 08:00:00 +0000")
    return M


def build(folder, msgs=None) -> Path:
    """Write the mailbox as an Apple Mail mbox inside a ``.zip`` into ``folder``; return the zip's path."""
    from mail_score import write_apple_zip

    return write_apple_zip(Path(folder) / "Mei mail.zip", msgs if msgs is not None else messages())
