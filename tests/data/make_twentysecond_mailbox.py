"""A twenty-second mailbox, written as a held-out check after the twenty-first's fixes (issue #24).

Aoife, a marketing analyst, searches in Dublin and Amsterdam and saves her Outlook mail as .eml files in two
folders (``Inbox/`` and ``Sent Items/``; no labels, no ``Delivered-To``): Homerun, Recruitee, Workable, Personio,
Teamtailor, SmartRecruiters, Greenhouse and Lever in Europe, Irish and Dutch employers writing English, a
recruitment agency, and everyday mail.  Its score before any rule was changed for it is in the issue note;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AOIFE = "aoife.brennan@outlook.ie"
_ME = f"Aoife Brennan <{AOIFE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Tulip & Canal (Homerun, Amsterdam)
    (
        "Tulip & Canal",
        "applied",
        "2025-05-05",
        "Tulip & Canal <no-reply@homerun.co>",
        "We got your application!",
        "Hi Aoife,\n\nThanks for applying for the Marketing Analyst position at Tulip & Canal. We'll take a good look "
        "at it and let you know within 10 working days.\n\nCheers,\nTeam Tulip & Canal",
        None,
    ),
    (
        "Tulip & Canal",
        "interview",
        "2025-05-13",
        "Sanne de Vries <sanne@tulipandcanal.nl>",
        "First interview - Marketing Analyst",
        "Hi Aoife,\n\nWe enjoyed reading your application and would like to invite you for a first interview (online, "
        "45 minutes) with me and our Head of Growth. Could you let me know which of these slots suits you?\n\n"
        "Kind regards,\nSanne",
        None,
    ),
    (
        "Tulip & Canal",
        "onsite",
        "2025-05-22",
        "Sanne de Vries <sanne@tulipandcanal.nl>",
        "Second interview at our office",
        "Hi Aoife,\n\nGreat news, we'd love to meet you in person for the second and final interview at our office on "
        "the Keizersgracht, including a short case presentation.\n\nKind regards,\nSanne",
        None,
    ),
    (
        "Tulip & Canal",
        "rejected",
        "2025-06-02",
        "Sanne de Vries <sanne@tulipandcanal.nl>",
        "Marketing Analyst - our decision",
        "Hi Aoife,\n\nThank you for coming in last week. It was a close call, but we've chosen a candidate with more "
        "experience in the Dutch market. We really appreciated your case presentation.\n\nKind regards,\nSanne",
        None,
    ),
    # Liffey Insurance (Workday tenant)
    (
        "Liffey Insurance",
        "applied",
        "2025-05-06",
        "Liffey Insurance <liffeyinsurance@myworkday.com>",
        "Application Submitted - Marketing Insights Analyst",
        "Dear Aoife,\n\nThank you for submitting your application for Marketing Insights Analyst (JR-4410). Our "
        "Talent Acquisition team will be in touch if your experience matches the requirements.",
        None,
    ),
    (
        "Liffey Insurance",
        "rejected",
        "2025-05-27",
        "Liffey Insurance <liffeyinsurance@myworkday.com>",
        "Marketing Insights Analyst - Application Update",
        "Dear Aoife,\n\nThank you for your interest in Liffey Insurance. Unfortunately, on this occasion your "
        "application has not been successful.",
        None,
    ),
    # Gaelwind Energy (Recruitee)
    (
        "Gaelwind Energy",
        "applied",
        "2025-05-07",
        "Gaelwind Energy <notifications@recruitee.com>",
        "Your application at Gaelwind Energy",
        "Dear Aoife,\n\nWe have received your application for the position of Data & Insights Analyst. We will "
        "review it and get back to you as soon as possible.",
        None,
    ),
    (
        "Gaelwind Energy",
        "interview",
        "2025-05-16",
        "Gaelwind Energy <notifications@recruitee.com>",
        "Please book your interview - Data & Insights Analyst",
        "Dear Aoife,\n\nWe would like to get to know you better. Please use the link below to book a time for a "
        "video interview with our hiring manager.",
        None,
    ),
    (
        "Gaelwind Energy",
        "offer",
        "2025-06-04",
        "Ciarán Murphy <ciaran.murphy@gaelwind.ie>",
        "Offer - Data & Insights Analyst",
        "Dear Aoife,\n\nFurther to your interviews, I am delighted to confirm that we would like to offer you the "
        "position of Data & Insights Analyst on a permanent contract, with a salary of EUR 58,000. A contract will "
        "follow by post.\n\nCiarán",
        None,
    ),
    (
        "Gaelwind Energy",
        "accepted",
        "2025-06-05",
        _ME,
        "RE: Offer - Data & Insights Analyst",
        "Dear Ciarán,\n\nThank you so much - I'm delighted to accept the position and look forward to starting on 1 "
        "July.\n\nBest wishes,\nAoife",
        "Ciarán Murphy <ciaran.murphy@gaelwind.ie>",
    ),
    # Brouwerij Noord (Workable, Amsterdam)
    (
        "Brouwerij Noord",
        "applied",
        "2025-05-08",
        "Brouwerij Noord <noreply@candidates.workablemail.com>",
        "Thanks for applying to Brouwerij Noord",
        "Hi Aoife, thank you for your application for the CRM Analyst job. We will be in touch soon.",
        None,
    ),
    (
        "Brouwerij Noord",
        "rejected",
        "2025-05-20",
        "Brouwerij Noord <noreply@candidates.workablemail.com>",
        "Your application for CRM Analyst at Brouwerij Noord",
        "Hi Aoife, thank you for your interest. After reviewing all applications we have decided to continue the "
        "process with candidates who speak Dutch fluently. Best of luck!",
        None,
    ),
    # Claddagh Digital (agency, then its client)
    (
        "Claddagh Digital",
        "applied",
        "2025-05-09",
        _ME,
        "Application - Digital Marketing Analyst - Aoife Brennan",
        "Hello,\n\nPlease find attached my CV and cover letter for the Digital Marketing Analyst role advertised on "
        "your website.\n\nKind regards,\nAoife Brennan",
        "Claddagh Digital Careers <careers@claddaghdigital.ie>",
    ),
    (
        "Claddagh Digital",
        "screen",
        "2025-05-15",
        "Niamh Kelly <niamh.kelly@claddaghdigital.ie>",
        "RE: Application - Digital Marketing Analyst - Aoife Brennan",
        "Hi Aoife,\n\nThanks for your application! Would you be free for a 15 minute phone call on Friday to chat "
        "about the role?\n\nNiamh",
        None,
    ),
    (
        "Claddagh Digital",
        "thank_you",
        "2025-05-16",
        _ME,
        "Thanks for the call",
        "Hi Niamh,\n\nThanks for taking the time to speak with me today. I'm really keen on the role.\n\nAoife",
        "Niamh Kelly <niamh.kelly@claddaghdigital.ie>",
    ),
    (
        "Claddagh Digital",
        "withdrew",
        "2025-06-06",
        _ME,
        "Digital Marketing Analyst - withdrawing",
        "Hi Niamh,\n\nI wanted to let you know that I have accepted another offer, so I'd like to withdraw from the "
        "process. Thank you for your time.\n\nAoife",
        "Niamh Kelly <niamh.kelly@claddaghdigital.ie>",
    ),
    # Grachten Travel (Personio in English)
    (
        "Grachten Travel",
        "applied",
        "2025-05-12",
        "Grachten Travel B.V. <no-reply@personio.de>",
        "Confirmation of your application",
        "Hello Aoife Brennan,\n\nthank you for your application and your interest in Grachten Travel. We have "
        "received your documents and will get back to you shortly.\n\nYour Grachten Travel Recruiting Team",
        None,
    ),
    (
        "Grachten Travel",
        "rejected",
        "2025-06-09",
        "Grachten Travel B.V. <no-reply@personio.de>",
        "Your application at Grachten Travel",
        "Hello Aoife Brennan,\n\nunfortunately we have to inform you that we have decided in favour of another "
        "applicant. We wish you all the best for your future career.\n\nYour Grachten Travel Recruiting Team",
        None,
    ),
    # Harbour Fintech (Lever EU, then a person)
    (
        "Harbour Fintech",
        "applied",
        "2025-05-14",
        "Harbour Fintech <no-reply@hire.eu.lever.co>",
        "Thank you for your application to Harbour Fintech",
        "Hi Aoife, thanks for applying to Harbour Fintech. We review every application and will be in touch.",
        None,
    ),
    (
        "Harbour Fintech",
        "interview",
        "2025-05-23",
        "Declan O'Shea <declan@harbourfintech.ie>",
        "Harbour Fintech - take-home task",
        "Hi Aoife, as the next step we'd like you to complete a short analysis task on our marketing data. Please "
        "return it by Thursday.\n\nDeclan",
        None,
    ),
    (
        "Harbour Fintech",
        "follow_up",
        "2025-06-03",
        _ME,
        "Re: Harbour Fintech - take-home task",
        "Hi Declan, I submitted the task last Thursday and was wondering if there's any news on next steps?\n\nThanks, "
        "Aoife",
        "Declan O'Shea <declan@harbourfintech.ie>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "IrishJobs.ie <alerts@irishjobs.ie>",
        "8 new jobs matching 'marketing analyst'",
        "job alert",
        "New jobs for you: Marketing Analyst - Dublin 2. View all jobs. Manage alerts.",
    ),
    (
        "Jobs.ie <noreply@jobs.ie>",
        "Your CV was viewed",
        "application viewed",
        "Good news! A recruiter viewed your CV this week.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Marketing Analyst jobs in Amsterdam",
        "job alert",
        "New jobs matching your search. Unsubscribe",
    ),
    (
        "Ryan Doyle <ryan.doyle@sigmarrecruitment.example>",
        "Marketing Analyst - 12 month contract - Dublin",
        "cold outreach",
        "Hi Aoife, I came across your LinkedIn profile and think you'd be a strong fit for a contract role with one "
        "of my clients. Are you free for a quick call this week?",
    ),
    (
        "Ryanair <noreply@ryanair.com>",
        "Your booking confirmation",
        "not about an application",
        "Dublin to Amsterdam, 21 May. Your booking reference is K7QX2P.",
    ),
    (
        "Revenue <noreply@revenue.ie>",
        "Your application for a PPS number",
        "not a job application",
        "Your application has been received and is being processed.",
    ),
    (
        "Marketing Week <newsletter@marketingweek.com>",
        "How to ace the marketing analytics interview",
        "newsletter",
        "This week: interview questions hiring managers love. Unsubscribe",
    ),
    (
        "Mam <maire.brennan@eircom.net>",
        "Good luck!",
        "not about an application",
        "Best of luck with the interview in Amsterdam love, ring me after.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Companies are hiring: Marketing Analyst",
        "job alert",
        "Jobs you may like. Unsubscribe",
    ),
    (
        "Eventbrite <noreply@eventbrite.com>",
        "Your tickets: Dublin Tech Summit",
        "not about an application",
        "Your order is confirmed. See you on 14 May.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (Outlook .eml: no labels, no Delivered-To)."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="+0100",
        clock="11:15:00",
        neg_start="2025-05-05",
        neg_step=4,
        neg_clock="07:45:00",
        tag="twentytwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files into ``folder/Inbox`` and ``folder/Sent Items``; return ``folder``."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), AOIFE)
