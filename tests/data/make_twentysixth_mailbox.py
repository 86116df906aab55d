"""A twenty-sixth mailbox, written as a held-out check after the twenty-fifth's fixes (issue #24).

Mia, a business analyst in Melbourne, exports Gmail with Takeout: SEEK and LinkedIn, PageUp, Workday, SmartRecruiters,
JobAdder and Vervoe, a state government's careers portal, Australian phrasings ("progress your application",
"unsuccessful on this occasion", "reference checks", "letter of offer", "we'd love to have a yarn"), and everyday
mail.  Its score before any rule was changed for it is in the issue note; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MIA = "mia.nguyen.ba@gmail.com"
_ME = f"Mia Nguyen <{MIA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Southern Cross Super (PageUp)
    (
        "Southern Cross Super",
        "applied",
        "2025-07-01",
        "Southern Cross Super <noreply@pageuppeople.com>",
        "Thank you for your application - Business Analyst",
        "Dear Mia,\n\nThank you for applying for the Business Analyst role with Southern Cross Super. We'll review "
        "your application and be in touch once shortlisting is complete.\n\nPeople & Culture",
        "sc1",
    ),
    (
        "Southern Cross Super",
        "interview",
        "2025-07-10",
        "Southern Cross Super <noreply@pageuppeople.com>",
        "Business Analyst - next steps",
        "Dear Mia,\n\nWe're pleased to let you know we'd like to progress your application. The next step is a "
        "one-way video interview through Vervoe, which will take about 30 minutes.\n\nPeople & Culture",
        "sc2",
    ),
    (
        "Southern Cross Super",
        "onsite",
        "2025-07-21",
        "Rachel Taylor <rachel.taylor@southerncrosssuper.com.au>",
        "Panel interview - Business Analyst",
        "Hi Mia,\n\nGreat news, you've been shortlisted for the final panel interview at our Collins Street office "
        "on 29 July. The panel will be Sam (Head of Delivery) and two senior BAs.\n\nCheers,\nRachel",
        "sc3",
    ),
    (
        "Southern Cross Super",
        "offer",
        "2025-08-05",
        "Rachel Taylor <rachel.taylor@southerncrosssuper.com.au>",
        "Letter of offer - Business Analyst",
        "Hi Mia,\n\nYour reference checks came back glowing, and I'm delighted to attach your letter of offer for the "
        "Business Analyst role ($112,000 plus super).\n\nCheers,\nRachel",
        "sc4",
    ),
    (
        "Southern Cross Super",
        "accepted",
        "2025-08-06",
        _ME,
        "Re: Letter of offer - Business Analyst",
        "Hi Rachel,\n\nThank you! I'm very happy to accept the role and have signed the letter of offer.\n\nKind "
        "regards,\nMia",
        "sc4",
    ),
    # Wattle Energy (SEEK)
    (
        "Wattle Energy",
        "applied",
        "2025-07-02",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        "Hi Mia, your application for Business Analyst - Retail at Wattle Energy was successfully submitted. Good "
        "luck!",
        "we1",
    ),
    (
        "Wattle Energy",
        "rejected",
        "2025-07-16",
        "Wattle Energy Recruitment <careers@wattleenergy.com.au>",
        "Business Analyst - Retail",
        "Hi Mia,\n\nThank you for your interest in the Business Analyst - Retail position. Unfortunately, your "
        "application was unsuccessful on this occasion.\n\nWattle Energy Recruitment",
        "we2",
    ),
    # Koala Health (JobAdder, a recruiter's yarn)
    (
        "Koala Health",
        "applied",
        "2025-07-03",
        "Koala Health <noreply@jobadder.com>",
        "Application received: Business Analyst (Digital Health)",
        "Hi Mia, thanks for applying to Koala Health. We have received your application for Business Analyst (Digital "
        "Health).",
        "kh1",
    ),
    (
        "Koala Health",
        "screen",
        "2025-07-08",
        "Ben Walsh <ben@koalahealth.com.au>",
        "Business Analyst role - Koala Health",
        "G'day Mia,\n\nBen here from the talent team at Koala Health. Loved your application! Keen to have a quick "
        "yarn on the phone this week about the role?\n\nCheers,\nBen",
        "kh2",
    ),
    (
        "Koala Health",
        "rejected",
        "2025-07-25",
        "Ben Walsh <ben@koalahealth.com.au>",
        "Re: Business Analyst role - Koala Health",
        "Hi Mia,\n\nThanks heaps for your time on the phone. We've decided to progress with other candidates who have "
        "more clinical systems experience. All the best with your search.\n\nBen",
        "kh2",
    ),
    # Victorian Department of Transport (a government portal)
    (
        "Department of Transport and Planning",
        "applied",
        "2025-07-04",
        "Careers Victoria <noreply@careers.vic.gov.au>",
        "Application submitted - Senior Business Analyst (VPS 5)",
        "Your application for Senior Business Analyst (VPS 5), Department of Transport and Planning, has been "
        "submitted.",
        "dt1",
    ),
    (
        "Department of Transport and Planning",
        "rejected",
        "2025-08-01",
        "Careers Victoria <noreply@careers.vic.gov.au>",
        "Outcome of your application - Senior Business Analyst (VPS 5)",
        "Thank you for applying for Senior Business Analyst (VPS 5), Department of Transport and Planning. The panel "
        "has assessed all applications and you have not been shortlisted for interview.",
        "dt2",
    ),
    # Tasman Freight (Workday; the person's own follow-up)
    (
        "Tasman Freight",
        "applied",
        "2025-07-07",
        "Tasman Freight <tasmanfreight@myworkday.com>",
        "Thanks for applying",
        "Hi Mia, thanks for applying for Business Analyst - Supply Chain at Tasman Freight.",
        "tf1",
    ),
    (
        "Tasman Freight",
        "follow_up",
        "2025-07-28",
        _ME,
        "Business Analyst - Supply Chain application",
        "Hi there,\n\nI applied for the Business Analyst - Supply Chain role on 7 July and was just touching base to "
        "see how the process is tracking.\n\nKind regards,\nMia Nguyen",
        "tf2",
    ),
    # Flat White Digital (SmartRecruiters; the person withdraws)
    (
        "Flat White Digital",
        "applied",
        "2025-07-09",
        "Flat White Digital <noreply@smartrecruiters.com>",
        "We've received your application",
        "Hi Mia, thank you for applying to Flat White Digital for the Product Analyst role.",
        "fw1",
    ),
    (
        "Flat White Digital",
        "interview",
        "2025-07-17",
        "Chloe Martin <chloe@flatwhite.digital>",
        "Product Analyst interview",
        "Hi Mia, we'd love to invite you in for an interview with our product lead next week. Does Wednesday at 10am "
        "suit?\n\nChloe",
        "fw2",
    ),
    (
        "Flat White Digital",
        "withdrew",
        "2025-08-06",
        _ME,
        "Re: Product Analyst interview",
        "Hi Chloe,\n\nThanks so much for the opportunity. I've accepted another role, so I'll withdraw my application. "
        "Best of luck with the search!\n\nMia",
        "fw2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "SEEK <jobmail@s.seek.com.au>",
        "12 new Business Analyst jobs in Melbourne",
        "job alert",
        "New jobs matching your saved search. View all jobs. Unsubscribe",
    ),
    (
        "SEEK <noreply@s.seek.com.au>",
        "Your profile was viewed by 4 employers",
        "application viewed",
        "Employers viewed your SEEK Profile this week.",
    ),
    (
        "Hays Australia <josh.lee@hays-example.com.au>",
        "Contract BA role - 6 months - Melbourne CBD",
        "cold outreach",
        "Hi Mia, I came across your profile on SEEK and have a 6 month contract BA role with a client. Keen for a chat?",
    ),
    (
        "myGov <noreply@my.gov.au>",
        "You have a new message",
        "not about an application",
        "You have a new message in your myGov inbox.",
    ),
    (
        "Medicare <noreply@servicesaustralia.gov.au>",
        "Your Medicare card application",
        "not a job application",
        "Your application for a replacement Medicare card has been received.",
    ),
    (
        "The BA Collective <hello@bacollective.example>",
        "How to smash the BA case interview",
        "newsletter",
        "Tips from hiring managers. Unsubscribe",
    ),
    (
        "Mum <linh.nguyen@bigpond.com>",
        "good luck darl",
        "not about an application",
        "Good luck for your interview on Tuesday! Dinner Sunday?",
    ),
    (
        "Uber Eats <uber.au@uber.com>",
        "Your order is on its way",
        "not about an application",
        "Your order from Pho Hung will arrive in 20 minutes.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MIA,
        own_to={
            "Southern Cross Super": "Rachel Taylor <rachel.taylor@southerncrosssuper.com.au>",
            "Tasman Freight": "Tasman Freight Careers <careers@tasmanfreight.com.au>",
            "Flat White Digital": "Chloe Martin <chloe@flatwhite.digital>",
        },
        offset="+1000",
        clock="09:50:00",
        neg_start="2025-07-01",
        neg_step=4,
        neg_clock="07:00:00",
        tag="twentysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
