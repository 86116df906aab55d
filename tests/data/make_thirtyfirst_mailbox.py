"""A thirty-first mailbox, written as a held-out check after the thirtieth's fixes (issue #24).

Wei Ling, a data analyst in Singapore, saves her Outlook mail as .eml files in ``Inbox/`` and ``Sent Items/`` (no
labels, no Delivered-To; replies quote the mail they answer Outlook's way, "From: ... Sent: ...").  Singapore's
hiring: a bank's Workday and HireVue, the public service's careers portal, MyCareersFuture, JobStreet, Glints and
LinkedIn, SuccessFactors with an SHL test, Greenhouse; Singaporean phrasings ("at this juncture", "kindly confirm
your availability", "letter of offer", "AWS"), names written surname first ("TAN WEI LING").  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WEILING = "tanweiling.data@outlook.com"
_ME = f"Tan Wei Ling <{WEILING}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Merlion Bank (Workday, HireVue; not selected)
    (
        "Merlion Bank",
        "applied",
        "2025-09-22",
        "Merlion Bank <merlionbank@myworkday.com>",
        "Thank you for your application",
        "Dear Wei Ling,\n\nThank you for your interest in Merlion Bank. We have received your application for Data "
        "Analyst, Consumer Banking Group (Req ID R-58812).\n\nOur Talent Acquisition team will be in touch should "
        "your profile be shortlisted.\n\nMerlion Bank Talent Acquisition",
        None,
    ),
    (
        "Merlion Bank",
        "interview",
        "2025-09-30",
        "Merlion Bank <noreply@hirevue.com>",
        "Merlion Bank invites you to a digital interview",
        "Dear Wei Ling,\n\nMerlion Bank has invited you to complete a digital interview for the Data Analyst, "
        "Consumer Banking Group role. The interview consists of 5 recorded questions. Please complete it within 5 "
        "days.\n\nBest of luck!",
        None,
    ),
    (
        "Merlion Bank",
        "rejected",
        "2025-10-15",
        "Merlion Bank <merlionbank@myworkday.com>",
        "Your application for Data Analyst, Consumer Banking Group",
        "Dear Wei Ling,\n\nThank you for taking the time to complete our digital interview. We have carefully "
        "reviewed your profile and regret that we are unable to offer you the role at this juncture.\n\nWe will "
        "retain your details in our talent pool.\n\nMerlion Bank Talent Acquisition",
        None,
    ),
    # Government Technology Agency (Careers@Gov; a Zoom interview; not successful)
    (
        "Government Technology Agency",
        "applied",
        "2025-09-23",
        "Careers@Gov <noreply@careers.gov.sg>",
        "Application Acknowledgement - Analyst (Data Science)",
        "Dear TAN WEI LING,\n\nThank you for applying to the position of Analyst (Data Science) at Government "
        "Technology Agency. Your application has been received. Shortlisted candidates will be notified.\n\n"
        "Careers@Gov",
        None,
    ),
    (
        "Government Technology Agency",
        "interview",
        "2025-10-06",
        "Nur Aisyah <nur_aisyah@tech.gov.sg>",
        "Interview Invitation - Analyst (Data Science)",
        "Dear Ms Tan,\n\nWe are pleased to invite you for a virtual interview on 14 Oct 2025 (Tue), 2:30pm via Zoom. "
        "The panel will comprise our Deputy Director (Data) and a senior data scientist. Kindly confirm your "
        "availability by replying to this email.\n\nRegards,\nNur Aisyah\nHR Business Partner",
        None,
    ),
    (
        "Government Technology Agency",
        "rejected",
        "2025-10-29",
        "Careers@Gov <noreply@careers.gov.sg>",
        "Outcome of Application - Analyst (Data Science)",
        "Dear TAN WEI LING,\n\nThank you for your interest in the position of Analyst (Data Science) at Government "
        "Technology Agency. We regret to inform you that your application was not successful.\n\nCareers@Gov",
        None,
    ),
    # Kopi Labs (Glints; a founder's chat, an offer she declines)
    (
        "Kopi Labs",
        "applied",
        "2025-09-24",
        "Glints <no-reply@glints.com>",
        "Your application to Kopi Labs has been sent!",
        "Hi Wei Ling,\n\nYour application for Data Analyst at Kopi Labs has been sent. We'll notify you when the "
        "company responds.\n\nGlints",
        None,
    ),
    (
        "Kopi Labs",
        "screen",
        "2025-09-29",
        "Darren Lim <darren@kopilabs.io>",
        "Data Analyst role at Kopi Labs",
        "Hi Wei Ling,\n\nThis is Darren, co-founder of Kopi Labs. Thanks for applying! Would you be free for a chat "
        "this Thursday about the Data Analyst role? 30 mins over Google Meet.\n\nCheers,\nDarren",
        None,
    ),
    (
        "Kopi Labs",
        "thank_you",
        "2025-10-02",
        _ME,
        "RE: Data Analyst role at Kopi Labs",
        "Hi Darren,\n\nThank you for the chat today, it was great to hear how Kopi Labs is thinking about pricing "
        "data. Looking forward to the next steps.\n\nBest regards,\nWei Ling\n\nFrom: Darren Lim "
        "<darren@kopilabs.io>\nSent: Monday, 29 September 2025 10:02 AM\nTo: Tan Wei Ling\nSubject: Data Analyst role "
        "at Kopi Labs\n\nHi Wei Ling, This is Darren, co-founder of Kopi Labs.",
        "Darren Lim <darren@kopilabs.io>",
    ),
    (
        "Kopi Labs",
        "offer",
        "2025-10-13",
        "Darren Lim <darren@kopilabs.io>",
        "Offer - Data Analyst",
        "Hi Wei Ling,\n\nPleased to share our offer for the Data Analyst role: monthly base of S$5,800 plus AWS and a "
        "variable bonus. The letter is attached; let us know by next Friday.\n\nCheers,\nDarren",
        None,
    ),
    (
        "Kopi Labs",
        "declined",
        "2025-10-31",
        _ME,
        "RE: Offer - Data Analyst",
        "Hi Darren,\n\nThank you so much for the offer and for your patience. After much consideration, I've decided "
        "to decline as I will be taking up another role. I really enjoyed getting to know the team.\n\nBest "
        "regards,\nWei Ling\n\nFrom: Darren Lim <darren@kopilabs.io>\nSent: Monday, 13 October 2025 4:15 PM\nTo: Tan "
        "Wei Ling\nSubject: Offer - Data Analyst\n\nPleased to share our offer for the Data Analyst role",
        "Darren Lim <darren@kopilabs.io>",
    ),
    # Straits Logistics (SuccessFactors; an SHL test, an interview, a letter of offer she accepts)
    (
        "Straits Logistics",
        "applied",
        "2025-09-25",
        "Straits Logistics Talent Acquisition <noreply@successfactors.com>",
        "Supply Chain Analyst - Application Received",
        "Dear Wei Ling,\n\nThank you for applying for the Supply Chain Analyst position. We will review your "
        "application and contact you if your profile is shortlisted.\n\nStraits Logistics Talent Acquisition",
        None,
    ),
    (
        "Straits Logistics",
        "interview",
        "2025-10-07",
        "Straits Logistics Talent Acquisition <noreply@successfactors.com>",
        "Online Assessment - Supply Chain Analyst",
        "Dear Wei Ling,\n\nAs the next step of our selection process, we would like you to complete an online "
        "assessment (numerical and logical reasoning) via SHL. Please complete it by 20 Oct 2025.\n\nStraits "
        "Logistics Talent Acquisition",
        None,
    ),
    (
        "Straits Logistics",
        "interview",
        "2025-10-21",
        "Joanne Koh <joanne.koh@straitslogistics.com.sg>",
        "Face-to-face interview - Supply Chain Analyst",
        "Dear Wei Ling,\n\nWe are pleased to inform you that you have been shortlisted for a face-to-face interview "
        "with our Head of Planning on 24 Oct (Fri) at 10am. Venue: 10 Changi South Lane, Level 3. Kindly bring "
        "your NRIC for registration.\n\nRegards,\nJoanne Koh\nTalent Acquisition",
        None,
    ),
    (
        "Straits Logistics",
        "offer",
        "2025-10-30",
        "Joanne Koh <joanne.koh@straitslogistics.com.sg>",
        "Letter of Offer - Supply Chain Analyst",
        "Dear Wei Ling,\n\nFurther to your interview, we are pleased to offer you employment as Supply Chain Analyst. "
        "Please find the letter of offer attached and return a signed copy by 5 Nov 2025.\n\nRegards,\nJoanne Koh",
        None,
    ),
    (
        "Straits Logistics",
        "accepted",
        "2025-10-31",
        _ME,
        "RE: Letter of Offer - Supply Chain Analyst",
        "Dear Joanne,\n\nI am pleased to accept the offer and have attached the signed letter of offer. Thank you "
        "and I look forward to joining Straits Logistics on 1 December.\n\nBest regards,\nWei Ling\n\nFrom: Joanne "
        "Koh <joanne.koh@straitslogistics.com.sg>\nSent: Thursday, 30 October 2025 11:20 AM\nTo: Tan Wei Ling\n"
        "Subject: Letter of Offer - Supply Chain Analyst",
        "Joanne Koh <joanne.koh@straitslogistics.com.sg>",
    ),
    # Lion City Insurance (JobStreet; the position filled)
    (
        "Lion City Insurance",
        "applied",
        "2025-09-26",
        "JobStreet <noreply@jobstreet.com>",
        "Your application was successfully submitted",
        "Hi Wei Ling,\n\nYour application was successfully submitted to Lion City Insurance for the role of Pricing "
        "Analyst.\n\nTrack your applications in your JobStreet profile.",
        None,
    ),
    (
        "Lion City Insurance",
        "rejected",
        "2025-10-10",
        "HR Department <hr@lioncityinsurance.com.sg>",
        "Pricing Analyst",
        "Dear Ms Tan,\n\nThank you for your application. We regret to inform you that the position has been filled. "
        "We wish you all the best in your job search.\n\nHR Department\nLion City Insurance",
        None,
    ),
    # Orchid Healthcare (MyCareersFuture; silence, then her follow-up)
    (
        "Orchid Healthcare",
        "applied",
        "2025-10-01",
        "MyCareersFuture <noreply@mycareersfuture.gov.sg>",
        "Application submitted: Business Intelligence Analyst at Orchid Healthcare",
        "Dear Wei Ling,\n\nYou have successfully applied for Business Intelligence Analyst at Orchid Healthcare. The "
        "employer will contact you directly if you are shortlisted.\n\nMyCareersFuture",
        None,
    ),
    (
        "Orchid Healthcare",
        "follow_up",
        "2025-10-20",
        _ME,
        "Follow-up: Business Intelligence Analyst application",
        "Dear Hiring Team,\n\nI am writing to follow up on my application for the Business Intelligence Analyst role, "
        "submitted on 1 October via MyCareersFuture. I remain very keen on the role.\n\nBest regards,\nTan Wei Ling",
        "Orchid Healthcare Talent <talent@orchidhealthcare.sg>",
    ),
    # Sentosa Games (LinkedIn; a recruiter's call, then not the next round)
    (
        "Sentosa Games",
        "applied",
        "2025-10-02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Wei Ling, your application was sent to Sentosa Games",
        "Your application was sent to Sentosa Games.\n\nGame Data Analyst\nSentosa Games - Singapore (Hybrid)\n\n"
        "Applied on 2 Oct 2025",
        None,
    ),
    (
        "Sentosa Games",
        "screen",
        "2025-10-08",
        "Priya Raman <priya.raman@sentosagames.com>",
        "Game Data Analyst - Sentosa Games",
        "Hi Wei Ling,\n\nI'm a Talent Acquisition Partner at Sentosa Games. Thanks for applying to the Game Data "
        "Analyst role. Are you available for a 20-min phone call tomorrow or Friday afternoon?\n\nBest,\nPriya",
        None,
    ),
    (
        "Sentosa Games",
        "rejected",
        "2025-10-22",
        "Priya Raman <priya.raman@sentosagames.com>",
        "RE: Game Data Analyst - Sentosa Games",
        "Hi Wei Ling,\n\nThanks again for your time on the phone. Unfortunately, the hiring team has decided to "
        "proceed with other candidates for the next round. I'll reach out if something more suitable comes up.\n\n"
        "Best,\nPriya\n\nFrom: Tan Wei Ling <tanweiling.data@outlook.com>\nSent: Wednesday, 8 October 2025 3:12 PM\n"
        "To: Priya Raman\nSubject: RE: Game Data Analyst - Sentosa Games\n\nHi Priya, Friday 3pm works for me.",
        None,
    ),
    # Tembusu AI (Greenhouse; a case study; she withdraws)
    (
        "Tembusu AI",
        "applied",
        "2025-10-03",
        "Tembusu AI <no-reply@greenhouse.io>",
        "Thank you for applying to Tembusu AI",
        "Hi Wei Ling,\n\nThanks for applying to Tembusu AI! Our team is reviewing your application for Analytics "
        "Engineer and will get back to you soon.\n\nTembusu AI Recruiting",
        None,
    ),
    (
        "Tembusu AI",
        "interview",
        "2025-10-14",
        "Tembusu AI <no-reply@greenhouse.io>",
        "Take-home case study - Analytics Engineer",
        "Hi Wei Ling,\n\nThanks for your patience. As a next step, we'd like you to complete a take-home case study "
        "(about 3 hours). You'll find the brief and the dataset at the link below; please submit within a week.\n\n"
        "Tembusu AI Recruiting",
        None,
    ),
    (
        "Tembusu AI",
        "withdrew",
        "2025-11-01",
        _ME,
        "Analytics Engineer - withdrawing my application",
        "Hi Tembusu AI team,\n\nThank you for the opportunity. I would like to withdraw my candidacy for the "
        "Analytics Engineer role, as I have accepted another offer.\n\nBest regards,\nWei Ling",
        "Tembusu AI Recruiting <recruiting@tembusu.ai>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "JobStreet <noreply@jobstreet.com>",
        "New jobs for you: Data Analyst in Singapore",
        "job alert",
        "24 new jobs match your search. Data Analyst - Central Region. View jobs. Unsubscribe",
    ),
    (
        "Glints <no-reply@glints.com>",
        "Kopi Labs viewed your application",
        "application viewed",
        "Good news! Kopi Labs viewed your application for Data Analyst. Keep an eye on your inbox.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 12 searches this week",
        "newsletter",
        "See who's looking at your profile. Try Premium for free.",
    ),
    (
        "Marcus Wong <marcus.wong@michaelpage-example.com.sg>",
        "Confidential Senior Data Analyst opportunity - leading bank",
        "cold outreach",
        "Hi Wei Ling, I have a confidential opportunity for a Senior Data Analyst with a leading bank in the CBD. Your "
        "profile caught my attention. Are you open to a quick chat this week?",
    ),
    (
        "SkillsFuture <newsletter@skillsfuture.example>",
        "Upskill in data analytics with your SkillsFuture credit",
        "newsletter",
        "New courses in SQL, Tableau and Python. Use your SkillsFuture Credit. Unsubscribe",
    ),
    (
        "Grab <no-reply@grab.com>",
        "Your GrabFood receipt",
        "shop",
        "Thanks for ordering with GrabFood. Total: S$18.40.",
    ),
    (
        "CPF Board <noreply@cpf.gov.sg>",
        "Your application has been received",
        "not a job application",
        "Your application for the CPF Housing Grant has been received and is being processed.",
    ),
    (
        "Jolene Tan <jolene.tan88@gmail.com>",
        "makan this weekend?",
        "not about an application",
        "Heard you have interviews this week, jiayou! Makan on Saturday to celebrate?",
    ),
    (
        "NTU Alumni <alumni@ntu.example>",
        "Career fair for alumni - 8 November",
        "newsletter",
        "Meet 60 employers at the alumni career fair. Register now. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (Outlook .eml: no labels, no Delivered-To)."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="+0800",
        clock="14:05:00",
        neg_start="2025-09-21",
        neg_step=5,
        neg_clock="08:10:00",
        tag="thirtyone",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files into ``folder/Inbox`` and ``folder/Sent Items``; return ``folder``."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), WEILING)
