"""A hundred-and-first mailbox, written as a held-out check after the hundredth (issue #24).

Priya, a final-year student in Manchester, keeps her mail in Thunderbird and exports it as a plain mbox (no labels;
her own mail known by her address; replies tied by ``In-Reply-To``).  British graduate recruitment writes in its own
words: a graduate scheme's "online assessments" and "pre-recorded video interview", a "virtual assessment centre",
"you have passed the sift" from Civil Service Jobs on a department's behalf, "on this occasion you haven't been
invited to the next stage" from an anonymised hiring platform, "we will not be taking your application forward", a
founder's "fancy a quick chat?".  Its negatives are a student's mail: a careers service's mock interviews, a
careers site's guide to assessment centres, graduate job boards' alerts, an agency recruiter, a friend wishing luck
for an interview, a saved-search alert from the same service that sent an application's mail.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

PRIYA = "priya.shah.mcr@outlook.com"
_ME = f"Priya Shah <{PRIYA}>"
_HQ = "Harbour & Quay Graduate Recruitment <harbourquay-graduates@tal.net>"
_CSJ = "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>"
_TOM = "Tom Hale <tom@lumenanalytics.co.uk>"
_MM = "Mancunian Media <noreply@mail.teamtailor.com>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    # 0-5 Harbour & Quay (a bank's graduate scheme on Oleeo: tests, video interview, assessment centre, offer)
    (
        "Harbour & Quay",
        "applied",
        "2025-10-06",
        _HQ,
        "Your application - 2026 Technology Graduate Programme",
        "Dear Priya,\n\nThank you for submitting your application for our 2026 Technology Graduate Programme. Your "
        "reference number is HQ-48213.\n\nWe'll be in touch once the next stage opens. In the meantime, please keep "
        "an eye on your inbox (and your junk folder).\n\nKind regards,\nEarly Careers Team\nHarbour & Quay",
        None,
    ),
    (
        "Harbour & Quay",
        "interview",
        "2025-10-09",
        _HQ,
        "Next step: online assessments",
        "Dear Priya,\n\nCongratulations, you have progressed to the next stage of our process. Please complete the "
        "online assessments (a situational judgement test and a numerical reasoning test) within five days, using "
        "the link below.\n\nKind regards,\nEarly Careers Team\nHarbour & Quay",
        None,
    ),
    (
        "Harbour & Quay",
        "interview",
        "2025-10-20",
        _HQ,
        "Invitation to complete your video interview",
        "Dear Priya,\n\nYou've been successful at the online assessment stage and we'd like to invite you to "
        "complete a pre-recorded video interview by Sunday 26 October. It takes around 30 minutes and you can "
        "record your answers at any time that suits you.\n\nKind regards,\nEarly Careers Team\nHarbour & Quay",
        None,
    ),
    (
        "Harbour & Quay",
        "onsite",
        "2025-11-04",
        _HQ,
        "Assessment Centre invitation - 2026 Technology Graduate Programme",
        "Dear Priya,\n\nWe're delighted to invite you to our virtual assessment centre on Wednesday 19 November. "
        "The day includes a group exercise, a case study presentation and a final interview with two senior "
        "managers. Please confirm your attendance by Friday.\n\nKind regards,\nEarly Careers Team\nHarbour & Quay",
        None,
    ),
    (
        "Harbour & Quay",
        "offer",
        "2025-11-25",
        "Ellie Turner <ellie.turner@harbourquay.co.uk>",
        "Great news from Harbour & Quay",
        "Hi Priya,\n\nThank you for attending the assessment centre last week. I'm delighted to let you know that we "
        "would like to offer you a place on our 2026 Technology Graduate Programme, starting in September 2026. "
        "Your formal offer and contract will follow from our onboarding team within the next few days.\n\nBest "
        "wishes,\nEllie Turner\nEarly Careers Advisor",
        None,
    ),
    (
        "Harbour & Quay",
        "accepted",
        "2025-11-27",
        _ME,
        "Re: Great news from Harbour & Quay",
        "Hi Ellie,\n\nThank you so much - I'm thrilled to accept the offer and can't wait to join in September.\n\n"
        "Best wishes,\nPriya",
        4,
    ),
    # 6-7 Pennine Water (an anonymised hiring platform; its "not invited to the next stage")
    (
        "Pennine Water",
        "applied",
        "2025-10-08",
        "Pennine Water via Applied <no-reply@beapplied.com>",
        "Application received: Data Analyst Graduate",
        "Hi Priya,\n\nThanks for applying for the Data Analyst Graduate role at Pennine Water. Your answers are "
        "anonymised and scored by several reviewers, so it can take up to three weeks before you hear back.\n\n"
        "The Applied team, on behalf of Pennine Water",
        None,
    ),
    (
        "Pennine Water",
        "rejected",
        "2025-10-30",
        "Pennine Water via Applied <no-reply@beapplied.com>",
        "Update on your Data Analyst Graduate application",
        "Hi Priya,\n\nThank you for the time you put into your application for the Data Analyst Graduate role at "
        "Pennine Water. On this occasion you haven't been invited to the next stage. Your scores and feedback are "
        "available on your Applied dashboard.\n\nBest,\nThe Applied team",
        None,
    ),
    # 8-10 HM Revenue and Customs (through Civil Service Jobs: the sift, an interview, a no)
    (
        "HM Revenue and Customs",
        "applied",
        "2025-10-13",
        _CSJ,
        "Application submitted: 412233 - Junior Data Scientist",
        "Dear Priya Shah,\n\nThank you for your application for the post of Junior Data Scientist (412233) at HM "
        "Revenue and Customs.\n\nYour application will now be sifted. We aim to let you know the outcome of the sift "
        "by 31 October 2025.\n\nPlease do not reply to this email. This mailbox is not monitored.\n\nCivil Service "
        "Jobs",
        None,
    ),
    (
        "HM Revenue and Customs",
        "interview",
        "2025-11-03",
        _CSJ,
        "Outcome of sift: 412233 - Junior Data Scientist",
        "Dear Priya Shah,\n\nWe are pleased to tell you that you have passed the sift for the post of Junior Data "
        "Scientist (412233) at HM Revenue and Customs and are invited to interview.\n\nPlease log in to your Civil "
        "Service Jobs account to book an interview slot. Interviews will take place on Microsoft Teams between 17 "
        "and 21 November.\n\nCivil Service Jobs",
        None,
    ),
    (
        "HM Revenue and Customs",
        "rejected",
        "2025-12-02",
        _CSJ,
        "Outcome of interview: 412233 - Junior Data Scientist",
        "Dear Priya Shah,\n\nThank you for attending the interview for the post of Junior Data Scientist (412233) at "
        "HM Revenue and Customs. Unfortunately you did not meet the required standard on this occasion. Your "
        "interview scores and feedback are available in your account.\n\nWe wish you every success in the "
        "future.\n\nCivil Service Jobs",
        None,
    ),
    # 11-17 Lumen Analytics (a founder's small firm: her own application, a chat, a paired exercise, a wait)
    (
        "Lumen Analytics",
        "applied",
        "2025-10-15",
        _ME,
        "Graduate data role - Priya Shah",
        "Hi Tom,\n\nI saw on LinkedIn that Lumen is hiring a graduate data analyst, and I'd love to be considered. "
        "I've attached my CV and a short write-up of my dissertation on bus punctuality in Greater Manchester.\n\n"
        "Kind regards,\nPriya Shah",
        None,
    ),
    (
        "Lumen Analytics",
        "screen",
        "2025-10-16",
        _TOM,
        "Re: Graduate data role - Priya Shah",
        "Hi Priya,\n\nThanks for getting in touch, the dissertation looks great. Fancy a quick chat on Friday? 15-20 "
        "minutes on Google Meet, just to hear a bit more about you and tell you about Lumen.\n\nCheers,\nTom\n"
        "Founder, Lumen Analytics",
        11,
    ),
    (
        "Lumen Analytics",
        "interview",
        "2025-10-22",
        _TOM,
        "Re: Graduate data role - Priya Shah",
        "Hi Priya,\n\nLovely to chat on Friday. The next step would be a paired exercise with our lead analyst, Sam: "
        "about an hour, working through a real dataset together. Could you do Tuesday 28th at 2pm at our office in "
        "Ancoats?\n\nTom",
        12,
    ),
    (
        "Lumen Analytics",
        "thank_you",
        "2025-10-28",
        _ME,
        "Thank you - paired exercise",
        "Hi Tom and Sam,\n\nThank you both for this afternoon. I really enjoyed working through the footfall data "
        "with Sam and hearing how the team works.\n\nBest wishes,\nPriya",
        None,
        _TOM,
    ),
    (
        "Lumen Analytics",
        "follow_up",
        "2025-11-12",
        _ME,
        "Re: Graduate data role - Priya Shah",
        "Hi Tom,\n\nI hope you're well. I just wanted to check in on the graduate analyst role - is there any update "
        "following the paired exercise?\n\nBest wishes,\nPriya",
        13,
    ),
    (
        "Lumen Analytics",
        "reply",
        "2025-11-13",
        _TOM,
        "Re: Graduate data role - Priya Shah",
        "Hi Priya,\n\nSorry for the slow reply! We're still talking to a couple of other candidates and hope to make "
        "a decision by the end of the month. I'll keep you posted.\n\nTom",
        15,
    ),
    (
        "Lumen Analytics",
        "withdrew",
        "2025-11-28",
        _ME,
        "Re: Graduate data role - Priya Shah",
        "Hi Tom,\n\nI wanted to let you know that I've accepted a place on a graduate scheme, so I'd like to withdraw "
        "from your process. Thank you so much for your time, and good luck with the hire!\n\nPriya",
        16,
    ),
    # 18-19 Northern Rail Group (Workday; a quick no)
    (
        "Northern Rail Group",
        "applied",
        "2025-10-20",
        "Northern Rail Group <northernrail@myworkday.com>",
        "Thanks for your application",
        "Hi Priya,\n\nThanks for applying for Graduate Scheme - Data & Insight (JR-10442). We're reviewing "
        "applications and will be in touch.\n\nNorthern Rail Group Talent Team",
        None,
    ),
    (
        "Northern Rail Group",
        "rejected",
        "2025-10-24",
        "Northern Rail Group <northernrail@myworkday.com>",
        "Your application to Northern Rail Group",
        "Hi Priya,\n\nThank you for your interest in our Graduate Scheme - Data & Insight. We received a very high "
        "number of applications and, after careful consideration, we will not be taking your application forward "
        "at this time.\n\nKind regards,\nNorthern Rail Group Talent Team",
        None,
    ),
    # 20 Kestrel Consulting (Greenhouse; no answer)
    (
        "Kestrel Consulting",
        "applied",
        "2025-11-03",
        "Kestrel Consulting <no-reply@greenhouse.io>",
        "Thank you for applying to Kestrel Consulting",
        "Hi Priya,\n\nThanks for your interest in Kestrel Consulting! We've received your application for Analyst "
        "(Graduate Intake 2026) and our team will review it shortly.\n\nKestrel Consulting Recruiting",
        None,
    ),
    # 21-23 Mancunian Media (Teamtailor; a booked call; a no after it)
    (
        "Mancunian Media",
        "applied",
        "2025-11-05",
        _MM,
        "We've received your application",
        "Hi Priya! Thanks for applying to the Junior Insight Analyst role at Mancunian Media. We read every "
        "application and will get back to you within two weeks.",
        None,
    ),
    (
        "Mancunian Media",
        "screen",
        "2025-11-12",
        _MM,
        "Book a call with our talent team",
        "Hi Priya,\n\nGood news - we'd like to have an initial 20-minute phone call with you about the Junior "
        "Insight Analyst role. Please choose a time that suits you using the link below.\n\nSpeak soon,\nKatie\n"
        "Talent Partner, Mancunian Media",
        21,
    ),
    (
        "Mancunian Media",
        "rejected",
        "2025-11-26",
        _MM,
        "Junior Insight Analyst - update",
        "Hi Priya,\n\nThanks again for speaking with Katie last week. We've now reviewed everyone we spoke to and, "
        "I'm sorry to say, we've decided to progress with other candidates whose experience is closer to what the "
        "role needs right now.\n\nThanks for your interest in Mancunian Media, and best of luck with your search.",
        22,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Bright Network <jobs@brightnetwork.co.uk>",
        "12 new graduate jobs picked for you",
        "alert",
        "Graduate Analyst - Harbour & Quay - Manchester. Data Graduate - Pennine Water - Warrington. Insight "
        "Graduate - Northern Rail Group - Leeds. Apply now. Manage your job alerts.",
    ),
    (
        "Prospects <newsletter@prospects.ac.uk>",
        "How to ace your assessment centre",
        "newsletter",
        "Group exercises, in-tray tasks and presentations: our guide to what assessors look for at an assessment "
        "centre, plus five graduate schemes still open for 2026. Unsubscribe",
    ),
    (
        "Daniel Brooks <daniel.brooks@hays.com>",
        "Graduate Data Analyst opportunity - Salford",
        "outreach",
        "Hi Priya,\n\nI came across your CV on CV-Library and think you'd be a strong fit for a graduate data analyst "
        "role with one of my clients in Salford (£27k + bonus). Would you be free for a quick chat this week?\n\n"
        "Daniel Brooks\nRecruitment Consultant, Hays",
    ),
    (
        "University of Manchester Careers Service <careers@manchester.ac.uk>",
        "Book your mock interview with a careers consultant",
        "newsletter",
        "Final-year students can now book a 30-minute mock interview with a careers consultant. Appointments fill "
        "quickly, so book yours through CareersConnect.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Kestrel Consulting",
        "viewed",
        "Good news! Kestrel Consulting viewed your application for Analyst (Graduate Intake 2026).",
    ),
    (
        "Aisha Khan <aisha.k93@gmail.com>",
        "interview tomorrow!!",
        "personal",
        "good luck tomorrow!! you're going to smash it. drinks after? x",
    ),
    (
        "Gradcracker <alerts@gradcracker.com>",
        "New opportunities matching your profile",
        "alert",
        "Graduate Data Engineer - Manchester. Technology Graduate Scheme - Leeds. Closing soon. View all "
        "opportunities.",
    ),
    (
        "Deliveroo <no-reply@deliveroo.co.uk>",
        "Your Friday treat: 25% off",
        "shop",
        "Order from your favourite restaurants tonight and get 25% off. Terms apply. Unsubscribe",
    ),
    (
        _CSJ,
        "Job alert: 14 new jobs match your saved search",
        "alert",
        "Dear Priya Shah,\n\n14 new jobs match your saved search 'data scientist - North West'. Log in to Civil "
        "Service Jobs to view them.\n\nCivil Service Jobs",
    ),
    (
        "Student Finance England <noreply@studentfinance.service.gov.uk>",
        "Your application for student finance has been approved",
        "not applied",
        "Your application for Tuition Fee Loan and Maintenance Loan for academic year 2025/26 has been approved. "
        "Log in to your account to view your entitlement.",
    ),
]


def _offset(d):
    """British Summer Time until 26 October 2025, then Greenwich Mean Time."""
    return "+0100" if d < datetime.date(2025, 10, 26) else "+0000"


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=PRIYA,
        own_to={
            "Harbour & Quay": "Ellie Turner <ellie.turner@harbourquay.co.uk>",
            "Lumen Analytics": _TOM,
        },
        offset=_offset,
        clock="11:20:00",
        neg_start="2025-10-07",
        neg_step=6,
        neg_clock="07:45:00",
        tag="hundredone",
        host="outlook.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Priya.mbox", msgs if msgs is not None else messages())
