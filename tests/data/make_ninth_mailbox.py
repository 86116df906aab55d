"""A ninth mailbox, written as a held-out check after the rules were fixed on the eighth (issue #24).

Priya searches in London (public sector, universities, banks and charities) and saves her Outlook mail as a
folder of ``.eml`` files: no Gmail labels, no thread ids; replies by ``In-Reply-To``.  British phrasings
("on this occasion", "shortlisting", "assessment centre", "we will not be taking your application further"),
UK recruitment systems (NHS Jobs/Trac, Civil Service Jobs, Jobtrain, Tribepad, Eploy, Oleeo, jobs.ac.uk),
agencies, and everyday mail that reads like an application's.  Its score before any rule was changed for it is
in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import datetime
from email.message import EmailMessage
from pathlib import Path

from offerkit._io.mailbox import company_key

PRIYA = "priya.patel.ldn@outlook.com"
_IDS = iter(range(1, 10_000))


def _mail(sender, subject, body, when, *, parent=None, to=PRIYA, html=False):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = f"<{next(_IDS)}.nine@eur.outlook.example>"
    if parent is not None:
        m["In-Reply-To"] = parent["Message-ID"]
        m["References"] = parent["Message-ID"]
    if html:
        m.set_content(f"<html><body><p>{body}</p></body></html>", subtype="html")
    else:
        m.set_content(body)
    return m


# (company, event, day, sender, subject, body, parent index or None, html)
_POSITIVES = [
    # 0-2 Camden Council via Jobtrain
    (
        "Camden Council",
        "applied",
        "2025-10-01",
        "Camden Council Recruitment <noreply@jobtrain.co.uk>",
        "Application Acknowledgement - Data Analyst (CAM1234)",
        "Dear Priya, Thank you for your recent application "
        "for the post of Data Analyst. Please accept this email as confirmation that we have your application.",
        None,
        False,
    ),
    (
        "Camden Council",
        "interview",
        "2025-10-15",
        "Camden Council Recruitment <noreply@jobtrain.co.uk>",
        "Invitation to Interview - Data Analyst (CAM1234)",
        "Dear Priya, Following shortlisting, I am pleased to "
        "inform you that you have been shortlisted for the post of Data Analyst. Please log in to book your "
        "interview slot.",
        None,
        False,
    ),
    (
        "Camden Council",
        "offer",
        "2025-10-30",
        "Camden Council Recruitment <noreply@jobtrain.co.uk>",
        "Conditional Offer - Data Analyst (CAM1234)",
        "Dear Priya, Further to your recent interview, I am delighted "
        "to confirm that the panel would like to appoint you to the post of Data Analyst, subject to satisfactory "
        "pre-employment checks.",
        None,
        False,
    ),
    # 3-4 NHS Trust via Trac
    (
        "Barts Health NHS Trust",
        "applied",
        "2025-10-02",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "Application submitted: Information Analyst - Barts Health NHS Trust",
        "Dear Priya Patel, Your application "
        "for Information Analyst (Band 6) at Barts Health NHS Trust has been submitted. The closing date is "
        "12/10/2025.",
        None,
        False,
    ),
    (
        "Barts Health NHS Trust",
        "rejected",
        "2025-10-20",
        "Barts Health NHS Trust <noreply@trac.jobs>",
        "Information Analyst (Band 6) - Shortlisting outcome",
        "Dear Priya Patel, Thank you for applying for the "
        "above post. I am sorry to inform you that on this occasion you have not been shortlisted for interview.",
        None,
        False,
    ),
    # 5-7 Civil Service
    (
        "Office for National Statistics",
        "applied",
        "2025-10-03",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Your application for 391234 has been submitted",
        "Dear Priya, Your application for Statistical Officer (391234) at the Office for National Statistics has "
        "been received. You can track your application in your account.",
        None,
        False,
    ),
    (
        "Office for National Statistics",
        "interview",
        "2025-10-24",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Result of sift: 391234",
        "Dear Priya,\nVacancy: Statistical Officer (391234)\nDepartment: Office for National Statistics\n\n"
        "Congratulations, you have passed the sift for Statistical Officer (391234) and we would like to invite you to the next stage: a competency-based interview. Please book a slot in your account.",
        None,
        False,
    ),
    (
        "Office for National Statistics",
        "rejected",
        "2025-11-14",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Result of interview: 391234",
        "Dear Priya,\nVacancy: Statistical Officer (391234)\nDepartment: Office for National Statistics\n\n"
        "Thank you for attending an interview for Statistical Officer (391234). Although you met the "
        "required standard, you have not been offered a post as other candidates scored higher. You have been "
        "placed on a reserve list for 12 months.",
        None,
        False,
    ),
    # 8-9 University via jobs.ac.uk / Oleeo
    (
        "UCL",
        "applied",
        "2025-10-06",
        "UCL Recruitment <ucl-recruitment@oleeo.co.uk>",
        "UCL - Research Data Officer - application received",
        "Dear Priya, Thank you for your interest in working "
        "at UCL. This is to confirm that your application for Research Data Officer has been received.",
        None,
        True,
    ),
    (
        "UCL",
        "rejected",
        "2025-11-05",
        "UCL Recruitment <ucl-recruitment@oleeo.co.uk>",
        "UCL - Research Data Officer",
        "Dear Priya, Thank you for applying. The panel have now completed "
        "shortlisting and I regret to advise that your application has not been progressed on this occasion. "
        "Due to the volume of applications we are unable to provide individual feedback.",
        None,
        True,
    ),
    # 10-13 a bank via Eploy: assessment centre then offer declined? then rejected
    (
        "Thistle Bank",
        "applied",
        "2025-10-07",
        "Thistle Bank Careers <careers@thistlebank.eploy.net>",
        "Thank you for your application",
        "Hi Priya, many thanks for applying to Thistle Bank for the role of Credit "
        "Risk Analyst. Our team will be in touch regarding the next steps.",
        None,
        False,
    ),
    (
        "Thistle Bank",
        "interview",
        "2025-10-16",
        "Thistle Bank Careers <careers@thistlebank.eploy.net>",
        "Thistle Bank - online assessment",
        "Hi Priya, you've been selected to progress to the next stage of our "
        "process: an online numerical reasoning assessment. Please complete it within 72 hours.",
        None,
        False,
    ),
    (
        "Thistle Bank",
        "onsite",
        "2025-10-27",
        "Thistle Bank Careers <careers@thistlebank.eploy.net>",
        "Thistle Bank - assessment centre invitation",
        "Hi Priya, congratulations on your assessment results. We "
        "would like to invite you to our assessment centre at our Edinburgh office on 5 November.",
        None,
        False,
    ),
    (
        "Thistle Bank",
        "rejected",
        "2025-11-12",
        "Thistle Bank Careers <careers@thistlebank.eploy.net>",
        "Thistle Bank - assessment centre outcome",
        "Hi Priya, thank you for attending our assessment centre. We "
        "are sorry to let you know that we will not be taking your application further at this stage.",
        None,
        False,
    ),
    # 14-16 a charity via Tribepad: interview by a human, then withdrawn by her
    (
        "Shelter",
        "applied",
        "2025-10-08",
        "Shelter Jobs <shelter@tribepad.com>",
        "Thanks for applying - Insight Analyst",
        "Hi Priya, thanks for your application for Insight Analyst at "
        "Shelter. We close the advert on 20 October and will let all applicants know the outcome.",
        None,
        False,
    ),
    (
        "Shelter",
        "interview",
        "2025-10-23",
        "Tom Hargreaves <tom.hargreaves@shelter.org.uk>",
        "Insight Analyst interview",
        "Dear Priya, we were impressed with your application and would like to invite "
        "you to attend an interview on Thursday 30 October at our Old Street office. The interview will last 45 "
        "minutes and include a short data task.",
        None,
        False,
    ),
    (
        "Shelter",
        "withdrew",
        "2025-10-29",
        f"Priya Patel <{PRIYA}>",
        "RE: Insight Analyst interview",
        "Dear Tom, thank you so much for the invitation. I'm afraid I need to withdraw my application, as I have "
        "accepted another role. Kind regards, Priya",
        15,
        False,
    ),
    # 17-19 an agency (Hays) about its client
    (
        "Hays",
        "screen",
        "2025-10-09",
        "Emily Carter <emily.carter@hays.com>",
        "BI Developer - Fintech client",
        "Hi Priya, thanks for applying to my BI Developer advert on Reed. Are you "
        "free for a quick chat tomorrow about the role and your salary expectations?",
        None,
        False,
    ),
    (
        "Hays",
        "interview",
        "2025-10-17",
        "Emily Carter <emily.carter@hays.com>",
        "RE: BI Developer - Fintech client",
        "Hi Priya, great news: the client would like to meet you for a first stage interview on Tuesday at 2pm via "
        "Teams. I'll send the details shortly.",
        17,
        False,
    ),
    (
        "Hays",
        "rejected",
        "2025-10-28",
        "Emily Carter <emily.carter@hays.com>",
        "RE: BI Developer - Fintech client",
        "Hi Priya, I've had feedback from the client. They were impressed but have gone with someone who has more "
        "Power BI experience. I'll keep you in mind for similar roles.",
        17,
        False,
    ),
    # 20-21 Reed / Totaljobs applications (job sites)
    (
        "Harbour Housing",
        "applied",
        "2025-10-10",
        "reed.co.uk <noreply@reed.co.uk>",
        "Your application to Harbour Housing",
        "Hi Priya, You've applied for Data & Reporting Analyst with Harbour "
        "Housing. Your CV has been sent to the recruiter.",
        None,
        True,
    ),
    (
        "Harbour Housing",
        "rejected",
        "2025-10-31",
        "reed.co.uk <noreply@reed.co.uk>",
        "An update on your application to Harbour Housing",
        "Hi Priya, Harbour Housing has reviewed your "
        "application for Data & Reporting Analyst and has decided not to take it forward.",
        None,
        True,
    ),
    # 22-23 a fintech via Greenhouse, rejected after a screen
    (
        "Monzo",
        "applied",
        "2025-10-13",
        "Monzo <no-reply@greenhouse.io>",
        "Thanks for applying to Monzo!",
        "Hi Priya, thanks so much for applying to the Data Analyst, Borrowing role at Monzo. We'll take a look "
        "and get back to you as soon as we can.",
        None,
        True,
    ),
    (
        "Monzo",
        "screen",
        "2025-10-21",
        "Jess Okafor <jess.okafor@monzo.com>",
        "Monzo: Data Analyst, Borrowing",
        "Hi Priya, I'm one of the talent partners at Monzo. I'd love to have an initial 30 minute call with you to "
        "chat through your experience. Let me know some times that suit.",
        None,
        False,
    ),
    (
        "Monzo",
        "rejected",
        "2025-11-03",
        "Jess Okafor <jess.okafor@monzo.com>",
        "RE: Monzo: Data Analyst, Borrowing",
        "Hi Priya, thanks again for chatting with me last week. I've spoken with the hiring manager and "
        "unfortunately we've decided not to progress to the next stage. Thanks for your interest in Monzo!",
        23,
        False,
    ),
    # 25-26 her own application by mail to a small firm, then their reply
    (
        "Kingfisher Research",
        "applied",
        "2025-10-14",
        f"Priya Patel <{PRIYA}>",
        "Junior Analyst vacancy",
        "Dear Ms Green, I would like to be considered for the Junior Analyst vacancy advertised on your website. "
        "Please find my CV and covering letter attached. Kind regards, Priya Patel",
        None,
        False,
    ),
    (
        "Kingfisher Research",
        "interview",
        "2025-10-22",
        "Helen Green <helen@kingfisher-research.co.uk>",
        "RE: Junior Analyst vacancy",
        "Dear Priya, thank you for your application. We would like to invite you in "
        "for a chat with myself and our director next Wednesday at 10am.",
        25,
        False,
    ),
    (
        "Kingfisher Research",
        "thank_you",
        "2025-10-29",
        f"Priya Patel <{PRIYA}>",
        "RE: Junior Analyst vacancy",
        "Dear Helen, many thanks for meeting with me today. I really enjoyed hearing about your projects. Kind "
        "regards, Priya",
        26,
        False,
    ),
]

_NEGATIVES = [
    (
        "Totaljobs <jobalerts@totaljobs.com>",
        "23 new Data Analyst jobs in London",
        "job alert",
        "Here are your latest job matches for Data Analyst in London.",
    ),
    (
        "CV-Library <alerts@cv-library.co.uk>",
        "Jobs matching your search",
        "job alert",
        "We've found 17 jobs matching Data Analyst near London. View jobs.",
    ),
    (
        "jobs.ac.uk <jobs@jobs.ac.uk>",
        "Your jobs.ac.uk job alert",
        "job alert",
        "New vacancies matching your criteria: Research Data Officer, University of Leeds.",
    ),
    (
        "Michael Page <sam.brook@michaelpage.co.uk>",
        "Exciting Analyst opportunity",
        "cold outreach",
        "Hi Priya, I came across your CV on Reed and I'm working on an Analyst role with a leading insurer. Would you "
        "be open to a conversation?",
    ),
    (
        "LinkedIn <messages-noreply@linkedin.com>",
        "InMail: Senior Data Analyst - Hybrid",
        "cold outreach",
        "Hi Priya, I'm recruiting for a Senior Data Analyst at a scale-up in Shoreditch. I think your profile would be "
        "a great match. Interested?",
    ),
    (
        "Nationwide <no-reply@nationwide.co.uk>",
        "Your mortgage application",
        "not a job application",
        "Thank you for your mortgage application. We'll be in touch within 5 working days.",
    ),
    (
        "UCAS <noreply@ucas.com>",
        "Your application has been received",
        "not a job application",
        "Thank you for submitting your postgraduate application through UCAS. Universities will review it.",
    ),
    (
        "Foxtons <lettings@foxtons.co.uk>",
        "Tenancy application - 14 Albion Road",
        "not a job application",
        "Thank you for your tenancy application. Referencing will begin shortly. Your landlord will confirm.",
    ),
    (
        "Marks & Spencer <offers@marksandspencer.com>",
        "An exclusive offer for you, Priya",
        "shop",
        "Enjoy 20% off knitwear this weekend. Unfortunately some lines are limited.",
    ),
    (
        "The Guardian <newsletters@theguardian.com>",
        "Guardian Jobs: how to nail a competency interview",
        "newsletter",
        "Our careers editor on answering STAR questions. Unsubscribe.",
    ),
    (
        "NHS App <noreply@nhs.uk>",
        "Appointment confirmed",
        "not about an application",
        "Your appointment at Hackney Medical Centre is confirmed for 6 November at 9:10am.",
    ),
    (
        "Royal Mail <no-reply@royalmail.com>",
        "We tried to deliver your parcel",
        "not about an application",
        "Sorry we missed you. Your parcel is at the Whitechapel delivery office.",
    ),
    (
        "Reed <noreply@reed.co.uk>",
        "A recruiter viewed your CV",
        "application viewed",
        "Good news! A recruiter viewed your CV today.",
    ),
    (
        "Mum <anita.patel@btinternet.com>",
        "Sunday",
        "not about an application",
        "Hi beta, are you coming on Sunday? Good luck with the interview on Thursday! Love, Mum",
    ),
    (
        "Meetup <info@meetup.com>",
        "London Data Science: December talk",
        "not about an application",
        "Join us for talks on causal inference. RSVP now.",
    ),
    (
        "Hays <newsletter@hays.com>",
        "Hays Salary Guide 2026",
        "newsletter",
        "Download the 2026 salary guide and see what employers are offering. Unsubscribe.",
    ),
    (
        "Thistle Bank <news@thistlebank.co.uk>",
        "Your Thistle Bank statement is ready",
        "not about an application",
        "Your November statement is ready to view in online banking.",
    ),
    (
        "Jobtrain <noreply@jobtrain.co.uk>",
        "Your saved application is incomplete",
        "unfinished application",
        "You have a saved application for Policy Officer at Islington Council that has not been submitted.",
    ),
]


def _date(day, clock="10:05:00"):
    d = datetime.date.fromisoformat(day)
    offset = "+0100" if d < datetime.date(2025, 10, 26) else "+0000"
    return f"{d:%a}, {d.day:02d} {d:%b} {d.year} {clock} {offset}"


def messages():
    """``[(message, truth)]``: the positives (replies linked to their parents), then the negatives."""
    M = []
    for company, event, day, sender, subject, body, parent, html in _POSITIVES:
        par = M[parent][0] if parent is not None else None
        own = sender.endswith(f"<{PRIYA}>")
        to = PRIYA
        if own:
            to = par["From"] if par is not None else "Helen Green <helen@kingfisher-research.co.uk>"
        M.append(
            (_mail(sender, subject, body, _date(day), parent=par, to=to, html=html), (company_key(company), event, day))
        )
    for i, (sender, subject, kind, body) in enumerate(_NEGATIVES):
        day = (datetime.date(2025, 10, 4) + datetime.timedelta(days=3 * i)).isoformat()
        M.append((_mail(sender, subject, body, _date(day, "07:40:00")), ("skip", kind, None)))
    return M


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Outlook saves it (one ``.eml`` per message) into ``folder``; return the folder."""
    folder = Path(folder) / "Outlook export"
    folder.mkdir(parents=True, exist_ok=True)
    for i, (msg, _) in enumerate(msgs if msgs is not None else messages()):
        (folder / f"{i:04d} {str(msg['Subject'])[:30].replace('/', ' ')}.eml").write_bytes(bytes(msg))
    return folder
