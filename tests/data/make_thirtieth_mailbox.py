"""A thirtieth mailbox, written as a held-out check after the twenty-ninth's fixes (issue #24).

Rachel, an operations manager in Leeds, exports Thunderbird as a plain mbox (no labels; threads by
``In-Reply-To``; her own mail recognised by her address).  British public and private hiring: NHS Jobs, Civil
Service Jobs (a sift), a recruitment agency writing about its client, Tribepad, a building society's own
recruitment team with a video interview and an assessment centre, Eploy at a college, Workable, a brewery she
writes to directly with her CV, Greenhouse; replies that quote the mail they answer, HTML-only mail, British
phrasings ("on this occasion", "shortlisted", "conditional offer subject to pre-employment checks", "we will not
be taking your application further").  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

RACHEL = "rachel.pemberton@fastmail.co.uk"
_ME = f"Rachel Pemberton <{RACHEL}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    # 0-3 Aire Valley NHS Foundation Trust (NHS Jobs; shortlisted, interviewed, a conditional offer she declines)
    (
        "Aire Valley NHS Foundation Trust",
        "applied",
        "2025-09-15",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "Application submitted: Operations Manager (Band 7) - Aire Valley NHS Foundation Trust",
        "Dear Rachel Pemberton,\n\nThank you for submitting your application for the post of Operations Manager, "
        "reference 322-OPS-7781.\n\nShortlisting will take place after the closing date. Please check your NHS Jobs "
        "account regularly for updates.\n\nNHS Jobs",
        None,
    ),
    (
        "Aire Valley NHS Foundation Trust",
        "interview",
        "2025-10-01",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "Invitation to interview: Operations Manager (Band 7)",
        "Dear Rachel,\n\nWe are pleased to inform you that you have been shortlisted for the above post. Your "
        "interview is scheduled for Thursday 16 October at 10:30 at St Luke's House, Room 4. Please log in to your "
        "account to confirm your attendance.\n\nRecruitment Team\nAire Valley NHS Foundation Trust",
        None,
    ),
    (
        "Aire Valley NHS Foundation Trust",
        "offer",
        "2025-10-22",
        "Recruitment Team <recruitment@airevalley.nhs.uk>",
        "Conditional offer of employment - Operations Manager",
        "Dear Rachel,\n\nFollowing your recent interview, I am pleased to make you a conditional offer of employment "
        "for the post of Operations Manager (Band 7), subject to satisfactory pre-employment checks including two "
        "references, occupational health clearance and a DBS check.\n\nYours sincerely,\nRecruitment Team",
        None,
    ),
    (
        "Aire Valley NHS Foundation Trust",
        "declined",
        "2025-11-07",
        _ME,
        "Re: Conditional offer of employment - Operations Manager",
        "Dear Recruitment Team,\n\nThank you very much for the conditional offer. Having thought it over carefully, "
        "I have decided not to accept it, as I have accepted a role closer to home.\n\nKind regards,\nRachel "
        "Pemberton\n\nOn 22 Oct 2025, at 10:02, Recruitment Team <recruitment@airevalley.nhs.uk> wrote:\n> Dear "
        "Rachel,\n> Following your recent interview, I am pleased to make you a conditional offer of employment",
        2,
    ),
    # 4-5 Department for Work and Pensions (Civil Service Jobs; sifted out)
    (
        "Department for Work and Pensions",
        "applied",
        "2025-09-16",
        "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
        "Application received: Operational Delivery Manager - 412233",
        "Dear Rachel,\n\nThank you for your application for the Operational Delivery Manager vacancy at Department "
        "for Work and Pensions (reference 412233). We will let you know the outcome of the sift.\n\nCivil Service "
        "Jobs",
        None,
    ),
    (
        "Department for Work and Pensions",
        "rejected",
        "2025-10-06",
        "Civil Service Jobs <noreply@civilservicejobs.service.gov.uk>",
        "Outcome of your application - 412233",
        "Dear Rachel,\n\nThank you for your interest in the Operational Delivery Manager role at Department for Work "
        "and Pensions. Unfortunately, on this occasion your application has not been successful at the sift stage. "
        "Your behaviour scores are shown in your account.\n\nCivil Service Jobs",
        None,
    ),
    # 6-8 Pennine Foods through an agency (Hays): CV sent to the client, an interview, an internal candidate
    (
        "Pennine Foods",
        "applied",
        "2025-09-18",
        "Gemma Ward <gemma.ward@hays.co.uk>",
        "Site Operations Manager - Pennine Foods",
        "Hi Rachel,\n\nGreat speaking earlier. As discussed, I've now submitted your CV to my client, Pennine Foods, "
        "for the Site Operations Manager role at their Bradford site. I'll be in touch as soon as I hear back.\n\n"
        "Gemma Ward\nSenior Consultant | Hays Operations",
        None,
    ),
    (
        "Pennine Foods",
        "interview",
        "2025-09-25",
        "Gemma Ward <gemma.ward@hays.co.uk>",
        "Re: Site Operations Manager - Pennine Foods",
        "Hi Rachel,\n\nGood news! Pennine Foods would like to meet you on Tuesday 30th at 2pm at the Bradford site. "
        "You'll meet Steve Holroyd, the Site Director, and the HR Business Partner. I'll send over some prep notes."
        "\n\nGemma",
        6,
    ),
    (
        "Pennine Foods",
        "rejected",
        "2025-10-08",
        "Gemma Ward <gemma.ward@hays.co.uk>",
        "Feedback from Pennine Foods",
        "Hi Rachel,\n\nI've had feedback from Pennine Foods. They were really impressed with your experience, but "
        "they've decided to go with an internal candidate who knows the site. Sorry it's not better news - I'll keep "
        "you in mind for similar roles.\n\nGemma",
        None,
    ),
    # 9-10 Transpennine Logistics (Tribepad; she withdraws)
    (
        "Transpennine Logistics",
        "applied",
        "2025-09-22",
        "Transpennine Logistics <noreply@tribepad.com>",
        "Thanks for applying for Warehouse Operations Manager",
        "Hi Rachel,\n\nThanks for applying for the Warehouse Operations Manager role at Transpennine Logistics. Our "
        "recruitment team will be reviewing applications over the next two weeks.\n\nTranspennine Logistics Talent "
        "Team",
        None,
    ),
    (
        "Transpennine Logistics",
        "withdrew",
        "2025-11-06",
        _ME,
        "Warehouse Operations Manager - withdrawal",
        "Hello,\n\nPlease could you withdraw my application for the Warehouse Operations Manager role? My "
        "circumstances have changed and I am no longer looking.\n\nMany thanks,\nRachel Pemberton",
        None,
        "Transpennine Logistics Talent Team <talent@transpenninelogistics.co.uk>",
    ),
    # 11-16 Ridings Building Society (its own recruitment team; a video interview, an assessment centre, an offer)
    (
        "Ridings Building Society",
        "applied",
        "2025-09-24",
        "Ridings Building Society Recruitment <recruitment@ridingsbs.co.uk>",
        "We have received your application",
        "Dear Rachel,\n\nThank you for your application for the role of Branch Operations Manager. We have received "
        "it and a member of our team will review it shortly.\n\nRidings Building Society Recruitment",
        None,
    ),
    (
        "Ridings Building Society",
        "interview",
        "2025-10-03",
        "Ridings Building Society Recruitment <recruitment@ridingsbs.co.uk>",
        "Your video interview",
        "Dear Rachel,\n\nWe are delighted to let you know that you have been invited to complete a video interview "
        "for the Branch Operations Manager role. You will be asked five questions and can record your answers at a "
        "time that suits you before Friday 10 October.\n\nRidings Building Society Recruitment",
        None,
    ),
    (
        "Ridings Building Society",
        "onsite",
        "2025-10-17",
        "Ridings Building Society Recruitment <recruitment@ridingsbs.co.uk>",
        "Assessment centre invitation - Branch Operations Manager",
        "Dear Rachel,\n\nCongratulations on progressing to the final stage. We would like to invite you to our "
        "assessment centre at our head office in Wakefield on Tuesday 28 October, 9:30 to 15:00. The day will "
        "include a group exercise, a presentation and a competency-based interview.\n\nRidings Building Society "
        "Recruitment",
        None,
    ),
    (
        "Ridings Building Society",
        "thank_you",
        "2025-10-28",
        _ME,
        "Thank you - assessment centre today",
        "Dear Helen,\n\nThank you for organising today's assessment centre. I really enjoyed the group exercise and "
        "meeting the branch team, and I came away even more excited about the role.\n\nBest wishes,\nRachel",
        None,
        "Helen Marsh <helen.marsh@ridingsbs.co.uk>",
    ),
    (
        "Ridings Building Society",
        "offer",
        "2025-11-03",
        "Helen Marsh <helen.marsh@ridingsbs.co.uk>",
        "Branch Operations Manager",
        "Dear Rachel,\n\nFurther to our call this afternoon, I am delighted to confirm our offer of the position of "
        "Branch Operations Manager at a salary of £48,500 per annum. Your contract and offer pack will follow by "
        "email tomorrow.\n\nWarm regards,\nHelen Marsh\nTalent Acquisition Partner",
        None,
    ),
    (
        "Ridings Building Society",
        "accepted",
        "2025-11-05",
        _ME,
        "Re: Branch Operations Manager",
        "Dear Helen,\n\nI'm delighted to accept the offer and have returned the signed contract this morning. Thank "
        "you for everything - I'm looking forward to starting in December.\n\nBest wishes,\nRachel\n\nOn 3 Nov 2025, "
        "at 16:40, Helen Marsh <helen.marsh@ridingsbs.co.uk> wrote:\n> Dear Rachel,\n> Further to our call this "
        "afternoon, I am delighted to confirm our offer",
        14,
    ),
    # 17-18 Kirkgate College (Eploy; not shortlisted)
    (
        "Kirkgate College",
        "applied",
        "2025-09-26",
        "Kirkgate College <recruitment@kirkgatecollege.ac.uk>",
        "Your application for Facilities Manager",
        "Dear Rachel,\n\nThank you for applying for the post of Facilities Manager at Kirkgate College. The closing "
        "date for this vacancy is 5 October and shortlisting will take place the following week.\n\nHR Services",
        None,
    ),
    (
        "Kirkgate College",
        "rejected",
        "2025-10-14",
        "Kirkgate College <recruitment@kirkgatecollege.ac.uk>",
        "Facilities Manager - application update",
        "Dear Rachel,\n\nThank you for your interest in the post of Facilities Manager. We regret to inform you that "
        "you have not been shortlisted for interview on this occasion. We wish you every success in your future "
        "career.\n\nHR Services\nKirkgate College",
        None,
    ),
    # 19-20 Canal Street Coffee Roasters (Workable; a first-stage interview, then silence)
    (
        "Canal Street Coffee Roasters",
        "applied",
        "2025-09-29",
        "Canal Street Coffee Roasters <noreply@workablemail.com>",
        "Thanks for applying to Canal Street Coffee Roasters",
        "Hi Rachel,\n\nThanks for applying to the Operations Lead role at Canal Street Coffee Roasters. We read every "
        "application ourselves, so bear with us.\n\nThe Canal Street team",
        None,
    ),
    (
        "Canal Street Coffee Roasters",
        "interview",
        "2025-10-09",
        "Owen Price <owen@canalstreetcoffee.co.uk>",
        "Operations Lead - first stage interview",
        "Hi Rachel,\n\nThanks for your application. We'd like to invite you for a first stage interview at the "
        "roastery on Canal Street - would Wednesday 15th at 11am work? It'll be me and our head roaster, about an "
        "hour.\n\nCheers,\nOwen\nFounder",
        None,
    ),
    # 21-23 Moortop Brewery (she writes with her CV; an interview; her follow-up)
    (
        "Moortop Brewery",
        "applied",
        "2025-10-01",
        _ME,
        "Application for Operations Manager role - Rachel Pemberton",
        "Dear Hiring Manager,\n\nPlease find attached my CV and cover letter for the Operations Manager position "
        "advertised on your website. I have eight years of experience running production and logistics teams in "
        "West Yorkshire.\n\nKind regards,\nRachel Pemberton",
        None,
        "Moortop Brewery Jobs <jobs@moortopbrewery.co.uk>",
    ),
    (
        "Moortop Brewery",
        "interview",
        "2025-10-13",
        "Sarah Lumb <sarah@moortopbrewery.co.uk>",
        "Re: Application for Operations Manager role - Rachel Pemberton",
        "Hi Rachel,\n\nThanks for getting in touch and apologies for the slow reply. We'd love to have you in for an "
        "interview at the brewery - could you do Monday 20th at 1pm?\n\nSarah Lumb\nManaging Director\n\nOn 1 Oct "
        "2025, at 10:24, Rachel Pemberton <rachel.pemberton@fastmail.co.uk> wrote:\n> Dear Hiring Manager,\n> Please "
        "find attached my CV and cover letter for the Operations Manager position",
        21,
    ),
    (
        "Moortop Brewery",
        "follow_up",
        "2025-11-03",
        _ME,
        "Re: Application for Operations Manager role - Rachel Pemberton",
        "Hi Sarah,\n\nI hope you're well. I just wanted to check in following my interview on the 20th - is there "
        "any news on the Operations Manager role?\n\nBest,\nRachel\n\nOn 13 Oct 2025, at 10:24, Sarah Lumb "
        "<sarah@moortopbrewery.co.uk> wrote:\n> We'd love to have you in for an interview at the brewery",
        22,
    ),
    # 24-25 Parcelly (Greenhouse; an HTML-only refusal)
    (
        "Parcelly",
        "applied",
        "2025-10-02",
        "Parcelly <no-reply@greenhouse.io>",
        "Thank you for applying to Parcelly",
        "Hi Rachel,\n\nThanks for your interest in Parcelly! We've received your application for Head of Fulfilment "
        "Operations and our team will review it.\n\nParcelly Talent",
        None,
    ),
    (
        "Parcelly",
        "rejected",
        "2025-10-20",
        "Parcelly <no-reply@greenhouse.io>",
        "Your application to Parcelly",
        "HTML:<table><tr><td><p>Hi Rachel,</p><p>Thank you for your interest in Parcelly and for the time you put "
        "into your application for Head of Fulfilment Operations.</p><p>After careful consideration, we have "
        "decided not to progress your application at this stage.</p><p>Kind regards,<br>Parcelly Talent</p></td>"
        "</tr></table>",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "reed.co.uk <jobalerts@reed.co.uk>",
        "15 new Operations Manager jobs in Leeds",
        "job alert",
        "Operations Manager - Leeds - £45,000. Site Manager - Wakefield. View all jobs. Unsubscribe",
    ),
    (
        "Totaljobs <noreply@totaljobs.com>",
        "Jobs you might like, Rachel",
        "job alert",
        "Based on your recent searches: Operations Manager, Logistics Manager. Apply now. Manage alerts",
    ),
    (
        "CV-Library <noreply@cv-library.co.uk>",
        "Your CV has been viewed 3 times this week",
        "application viewed",
        "Recruiters have viewed your CV. Keep your profile up to date to get noticed.",
    ),
    (
        "Liam Carter <liam.carter@northernrecruit-example.co.uk>",
        "Exciting Operations Director opportunity - Leeds",
        "cold outreach",
        "Hi Rachel, I came across your profile and have an exciting Operations Director opportunity with a "
        "fast-growing manufacturer near Leeds. Would you be open to a confidential chat this week?",
    ),
    (
        "Leeds City Council <council.tax@leeds.gov.uk>",
        "Your application has been received",
        "not a job application",
        "Thank you. Your application for a single person discount on your council tax has been received.",
    ),
    (
        "Royal Mail <no-reply@royalmail.com>",
        "Your parcel is on its way",
        "not about an application",
        "Your parcel will be delivered tomorrow between 10:00 and 14:00.",
    ),
    (
        "Tesco Clubcard <clubcard@tesco.co.uk>",
        "Your Clubcard vouchers are here",
        "shop",
        "You've collected £7.50 in vouchers. Spend them in store or online.",
    ),
    (
        "Jo Pemberton <jo.pemberton@btinternet.com>",
        "good luck!!",
        "not about an application",
        "Good luck at the assessment centre tomorrow! Ring me after x",
    ),
    (
        "Operations Leaders UK <newsletter@opsleaders.example>",
        "Issue 42: what interviewers really ask ops managers",
        "newsletter",
        "This week: competency interviews, STAR answers and salary benchmarks. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives; a body starting "HTML:" is sent as HTML only."""
    from mail_score import sent_as, threaded_corpus

    out = threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=RACHEL,
        own_to={
            "Aire Valley NHS Foundation Trust": "Recruitment Team <recruitment@airevalley.nhs.uk>",
            "Ridings Building Society": "Helen Marsh <helen.marsh@ridingsbs.co.uk>",
            "Moortop Brewery": "Sarah Lumb <sarah@moortopbrewery.co.uk>",
        },
        offset=lambda d: "+0100" if d < datetime.date(2025, 10, 26) else "+0000",
        clock="10:24:00",
        neg_start="2025-09-14",
        neg_step=6,
        neg_clock="07:30:00",
        tag="thirty",
        host="fastmail.example",
    )
    return sent_as(out)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one plain mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
