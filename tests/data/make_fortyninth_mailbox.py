"""A forty-ninth mailbox, written as a held-out check after the forty-eighth's fixes (issue #24).

Kwame, a financial analyst in Charlotte, exports Gmail with Takeout, spam and trash included.  An employer's
refusal landed in Spam and a confirmation in Trash (both are his search); two job-offer scams sit in Spam beside
them ("following your application on Indeed, we are pleased to offer you the position").  A bank's superday and a
verbal offer confirmed by mail; an energy company's HTML-only mail that names the employer only in its footer; a
boutique firm's partner answering the application Kwame wrote himself; "the position has been filled"; a modelling
exercise; his withdrawal.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KWAME = "kwame.asante.cfa@gmail.com"
_ME = f"Kwame Asante <{KWAME}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Queen City Bank (Workday; a HireVue interview, a superday, a verbal offer confirmed by mail; he accepts)
    (
        "Queen City Bank",
        "applied",
        "2025-09-08",
        "Queen City Bank <queencitybank@myworkday.com>",
        "Queen City Bank | Application Received",
        "Kwame,\n\nThank you for applying to the Corporate Finance Analyst role (REQ-88120) at Queen City Bank. We will "
        "review your background and be in touch regarding next steps.\n\nQueen City Bank Talent Acquisition",
        "qc1",
    ),
    (
        "Queen City Bank",
        "interview",
        "2025-09-17",
        "Queen City Bank <noreply@hirevue.com>",
        "Queen City Bank - Video Interview Invitation",
        "Hello Kwame,\n\nQueen City Bank would like you to complete a video interview for the Corporate Finance Analyst "
        "role. You'll answer five questions on camera; it takes about 25 minutes.\n\nPowered by HireVue",
        "qc2",
    ),
    (
        "Queen City Bank",
        "onsite",
        "2025-10-01",
        "Ellen Cho <ellen.cho@queencitybank.com>",
        "Superday invitation - Corporate Finance Analyst",
        "Hi Kwame,\n\nCongratulations - you have been selected to attend our Superday on Friday, October 10 at our "
        "Tryon Street office. You'll have four back-to-back interviews with members of the Corporate Finance team, "
        "followed by lunch.\n\nEllen Cho\nCampus & Experienced Hiring, Queen City Bank",
        "qc3",
    ),
    (
        "Queen City Bank",
        "offer",
        "2025-10-15",
        "Ellen Cho <ellen.cho@queencitybank.com>",
        "Following up on our call",
        "Hi Kwame,\n\nAs discussed on the phone this afternoon, I'm excited to confirm our verbal offer for the "
        "Corporate Finance Analyst position at a base salary of $98,000 with a 15% target bonus. Your written offer "
        "will follow from Workday within two business days.\n\nEllen",
        "qc4",
    ),
    (
        "Queen City Bank",
        "accepted",
        "2025-10-20",
        _ME,
        "Re: Following up on our call",
        "Hi Ellen,\n\nI've signed the offer in Workday and I'm thrilled to formally accept. Thank you for guiding me "
        "through the process!\n\nBest,\nKwame",
        "qc4",
    ),
    # Piedmont Energy (SuccessFactors, HTML only; the employer named in the footer; the refusal lands in Spam)
    (
        "Piedmont Energy",
        "applied",
        "2025-09-10",
        "Careers <careers-noreply@successfactors.com>",
        "Your application has been received",
        "HTML:<html><body><table><tr><td><p>Dear Kwame,</p><p>Thank you for your application for the position "
        "<b>Financial Analyst II</b> (Req 4471). Our recruiting team is reviewing your qualifications.</p><p>Kind "
        "regards,<br>Talent Acquisition</p></td></tr><tr><td><small>&copy; 2025 Piedmont Energy Corporation. All "
        "rights reserved. 550 S Tryon St, Charlotte, NC</small></td></tr></table></body></html>",
        "pe1",
    ),
    (
        "Piedmont Energy",
        "rejected",
        "2025-10-06",
        "Careers <careers-noreply@successfactors.com>",
        "Regarding your application - Financial Analyst II",
        "HTML:<html><body><table><tr><td><p>Dear Kwame,</p><p>Thank you for your interest in the Financial Analyst "
        "II position. After reviewing your background against the requirements of the role, we have decided to "
        "pursue other applicants whose qualifications more closely match our needs.</p><p>Talent Acquisition</p>"
        "</td></tr><tr><td><small>&copy; 2025 Piedmont Energy Corporation. All rights reserved.</small></td></tr>"
        "</table></body></html>",
        "pe2",
    ),
    # Carolina Mills Capital (his own application to a partner; coffee; meeting the team; refused)
    (
        "Carolina Mills Capital",
        "applied",
        "2025-09-12",
        _ME,
        "Analyst role - Kwame Asante",
        "Dear Mr. Whitfield,\n\nI read about Carolina Mills Capital's growth fund in the Business Journal and would "
        "like to be considered for an analyst role on your team. My resume is attached; I'm a CFA Level II candidate "
        "with three years in FP&A at a regional bank.\n\nSincerely,\nKwame Asante",
        "cm1",
    ),
    (
        "Carolina Mills Capital",
        "screen",
        "2025-09-15",
        "Robert Whitfield <rwhitfield@carolinamillscap.com>",
        "Re: Analyst role - Kwame Asante",
        "Kwame -\n\nThanks for reaching out. Let's grab coffee Thursday at 8 at Not Just Coffee on 7th St and talk about "
        "what we're building.\n\nRob",
        "cm1",
    ),
    (
        "Carolina Mills Capital",
        "interview",
        "2025-09-22",
        "Robert Whitfield <rwhitfield@carolinamillscap.com>",
        "Re: Analyst role - Kwame Asante",
        "Kwame -\n\nEnjoyed our conversation. I'd like you to come in and meet the rest of the investment team next "
        "week; plan on two hours, including a short case on one of our portfolio companies. Tuesday or Wednesday "
        "morning?\n\nRob",
        "cm1",
    ),
    (
        "Carolina Mills Capital",
        "rejected",
        "2025-10-08",
        "Robert Whitfield <rwhitfield@carolinamillscap.com>",
        "Re: Analyst role - Kwame Asante",
        "Kwame -\n\nThank you for the time you spent with the team. We've thought hard about it and we are unable to "
        "offer you a position at this time; we've decided to hire someone with more deal experience. You impressed "
        "everyone, and I'm glad to make introductions around town.\n\nRob",
        "cm1",
    ),
    # Blue Ridge Health (iCIMS; the position is filled)
    (
        "Blue Ridge Health",
        "applied",
        "2025-09-16",
        "Blue Ridge Health <blueridgehealth@talent.icims.com>",
        "Thank you for applying with Blue Ridge Health",
        "Dear Kwame,\n\nThank you for your interest in Blue Ridge Health. We have received your application for "
        "Senior Financial Analyst, Revenue Cycle.\n\nBlue Ridge Health Talent Acquisition",
        "br1",
    ),
    (
        "Blue Ridge Health",
        "rejected",
        "2025-10-13",
        "Blue Ridge Health <blueridgehealth@talent.icims.com>",
        "Senior Financial Analyst, Revenue Cycle",
        "Dear Kwame,\n\nThank you for your interest in the Senior Financial Analyst, Revenue Cycle position. We wanted "
        "to let you know that the position has been filled. We encourage you to visit our careers site for future "
        "opportunities.\n\nBlue Ridge Health Talent Acquisition",
        "br2",
    ),
    # Uptown Fintech (Greenhouse; a recruiter's call, a modelling exercise; he withdraws)
    (
        "Uptown Fintech",
        "applied",
        "2025-09-19",
        "Uptown Fintech <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Uptown Fintech",
        "Hi Kwame,\n\nThanks for applying to the FP&A Analyst role at Uptown Fintech! We'll review your application "
        "and reach out if it's a match.\n\nUptown Fintech Recruiting",
        "uf1",
    ),
    (
        "Uptown Fintech",
        "screen",
        "2025-09-25",
        "Marisa Lopez <marisa@uptownfintech.com>",
        "FP&A Analyst - Uptown Fintech",
        "Hi Kwame,\n\nI'm on the recruiting team at Uptown and would love to set up a quick call to learn more about "
        "you and share more about the FP&A Analyst role. What does your availability look like this week?\n\nMarisa",
        "uf2",
    ),
    (
        "Uptown Fintech",
        "interview",
        "2025-10-03",
        "Marisa Lopez <marisa@uptownfintech.com>",
        "Re: FP&A Analyst - Uptown Fintech",
        "Hi Kwame,\n\nThanks again for your time! The next step is a financial modeling exercise: you'll build a "
        "three-statement model from the attached data and walk our Controller through it in a 60-minute session.\n\n"
        "Marisa",
        "uf2",
    ),
    (
        "Uptown Fintech",
        "withdrew",
        "2025-10-21",
        _ME,
        "Re: FP&A Analyst - Uptown Fintech",
        "Hi Marisa,\n\nThank you for the opportunity. I've accepted an offer with another company, so I'd like to "
        "withdraw from consideration for the FP&A Analyst role. I enjoyed getting to know the team.\n\nBest,\nKwame",
        "uf2",
    ),
    # Lakeside Insurance (Taleo; the confirmation he deleted; nothing after)
    (
        "Lakeside Insurance",
        "applied",
        "2025-09-23",
        "Lakeside Insurance <lakesideinsurance@taleo.net>",
        "Lakeside Insurance - Thank you for applying",
        "Dear Kwame Asante,\n\nThank you for applying for the position of Budget Analyst (25-0412) at Lakeside "
        "Insurance. We will review your application.\n\nLakeside Insurance Human Resources",
        "li1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Atlas Global Logistics HR <hr.atlasgloballogistics@gmail.com>",
        "Job Offer - Remote Payroll Assistant",
        "spam",
        "Dear Applicant,\n\nFollowing your application on Indeed, we are pleased to offer you the position of Remote "
        "Payroll Assistant at Atlas Global Logistics. Salary: $42/hour. To begin onboarding, reply with your full "
        "name, address and bank details for direct deposit.\n\nHR Department",
    ),
    (
        "Mrs. Helen Carter <hcarter.recruit@outlook.com>",
        "You have been selected!!",
        "spam",
        "Congratulations! You have been selected for a part-time work from home position. Earn $500 weekly. Reply "
        "YES to receive your offer letter and first check.",
    ),
    (
        "eFinancialCareers <alerts@efinancialcareers.com>",
        "New jobs matching: financial analyst, Charlotte",
        "alert",
        "Financial Analyst - Queen City Bank - Charlotte\nFP&A Manager - Piedmont Energy - Charlotte\nView all jobs",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Your salary report for Financial Analyst in Charlotte",
        "newsletter",
        "Financial Analysts in Charlotte earn $72K-$98K. See what companies like Queen City Bank pay.",
    ),
    (
        "UNC Charlotte Alumni <alumni@charlotte.edu>",
        "Career Fair next week: 40 employers hiring",
        "newsletter",
        "Join us October 2 at the Student Union. Employers include Queen City Bank, Blue Ridge Health and more. "
        "Unsubscribe",
    ),
    (
        "Truist <alerts@truist.com>",
        "Your statement is ready",
        "shop",
        "Your September statement for account ending 4410 is ready to view in online banking.",
    ),
    (
        "Morning Brew <crew@morningbrew.com>",
        "Banks are hiring again",
        "newsletter",
        "Plus: why regional banks are adding analysts, and the week's IPOs. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives; Piedmont's refusal
    and the scams are in Spam, Lakeside's confirmation in Trash."""
    from mail_score import sent_as, takeout_corpus

    msgs = sent_as(
        takeout_corpus(
            _POSITIVES,
            _NEGATIVES,
            owner=KWAME,
            own_to={
                "Queen City Bank": "Ellen Cho <ellen.cho@queencitybank.com>",
                "Carolina Mills Capital": "Robert Whitfield <rwhitfield@carolinamillscap.com>",
                "Uptown Fintech": "Marisa Lopez <marisa@uptownfintech.com>",
            },
            offset="-0400",
            clock="09:50:00",
            neg_start="2025-09-09",
            neg_step=6,
            neg_clock="06:15:00",
            tag="fortynine",
        )
    )
    for m, truth in msgs:
        labels = None
        if truth[1] == "spam" or str(m["Subject"]) == "Regarding your application - Financial Analyst II":
            labels = "Spam"
        elif str(m["Subject"]) == "Lakeside Insurance - Thank you for applying":
            labels = "Trash"
        if labels:
            del m["X-Gmail-Labels"]
            m["X-Gmail-Labels"] = labels
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
