"""A hundred-and-sixty-seventh mailbox, written as a held-out check after the hundred-and-sixty-sixth (issue #24).

Aisha, a policy analyst in Toronto, saved her Outlook mail as .eml files.  Canadian hiring: the federal public
service's GC Jobs ("you have been screened out", "screened in" with a written exam), the Ontario Public Service's
job ID notices, a bank's Workday, a startup's Lever, a city's NEOGOV, and an agency's recruiter.  Negatives: a
bank's and a telco's mail, a professional association, a recruiter's pitch, job alerts and a cooking newsletter.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AISHA = "aisha.m.karim@outlook.com"
ME = f"Aisha Karim <{AISHA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Employment and Social Development Canada",
        "applied",
        "2025-01-13",
        "GC Jobs - Emplois GC <noreply-nepasrepondre@psc-cfp.gc.ca>",
        "Application received - Policy Analyst (EC-04) - Employment and Social Development Canada",
        "Dear Aisha Karim,\n\nThank you for your interest in the following selection process: 25-CSD-EA-NHQ-0123456 "
        "Policy Analyst (EC-04), Employment and Social Development Canada. Your application has been received."
        "\n\nPublic Service Commission of Canada",
        None,
    ),
    (
        "Ontario Public Service",
        "applied",
        "2025-01-14",
        "Ontario Public Service Careers <ops.careers@ontario.ca>",
        "Job ID 224455 - Senior Policy Advisor - Application Received",
        "Dear Aisha Karim,\n\nThank you for applying to Job ID 224455, Senior Policy Advisor, with the Ontario Public "
        "Service. Only those applicants selected for an interview will be contacted.\n\nOntario Public Service",
        None,
    ),
    (
        "Maple Trust Bank",
        "applied",
        "2025-01-15",
        "Maple Trust Bank <mapletrust@myworkday.com>",
        "Thank you for applying - Senior Analyst, Regulatory Policy",
        "Hello Aisha,\n\nThank you for applying to Maple Trust Bank for the Senior Analyst, Regulatory Policy role "
        "(JR-77812). We'll review your application and reach out if your experience is a fit.\n\nMaple Trust Bank "
        "Talent Acquisition",
        None,
    ),
    (
        "Northbeam Health",
        "applied",
        "2025-01-16",
        "Northbeam Health <no-reply@hire.lever.co>",
        "Thanks for applying to Northbeam Health",
        "Hi Aisha,\n\nThanks for your application for Policy & Government Relations Lead at Northbeam Health. We "
        "read every application and will be in touch.\n\nNorthbeam Health",
        None,
    ),
    (
        "City of Mississauga",
        "applied",
        "2025-01-17",
        "City of Mississauga <noreply@governmentjobs.com>",
        "Thank you for applying with the City of Mississauga",
        "Dear Aisha Karim,\n\nThank you for submitting your application for the position of Policy Analyst, "
        "Strategic Initiatives. Your application will be reviewed.\n\nCity of Mississauga Human Resources",
        None,
    ),
    (
        "Employment and Social Development Canada",
        "interview",
        "2025-01-27",
        "GC Jobs - Emplois GC <noreply-nepasrepondre@psc-cfp.gc.ca>",
        "Message regarding selection process 25-CSD-EA-NHQ-0123456",
        "Dear Aisha Karim,\n\nWe are pleased to inform you that you have been screened in to the next phase of the "
        "selection process 25-CSD-EA-NHQ-0123456. You are invited to a written exam on February 5, 2025, 9:00 a.m. "
        "to 12:00 p.m. (Eastern Time), online.\n\nEmployment and Social Development Canada",
        None,
    ),
    (
        "Maple Trust Bank",
        "rejected",
        "2025-01-29",
        "Maple Trust Bank <mapletrust@myworkday.com>",
        "Your application to Maple Trust Bank",
        "Hello Aisha,\n\nThank you for your interest in the Senior Analyst, Regulatory Policy role. While your "
        "background is impressive, we have decided to move forward with candidates whose experience is more closely "
        "aligned with the role.\n\nMaple Trust Bank Talent Acquisition",
        None,
    ),
    (
        "Ontario Public Service",
        "interview",
        "2025-02-03",
        "Daniel Okoye <daniel.okoye@ontario.ca>",
        "Interview invitation - Job ID 224455",
        "Good afternoon Aisha,\n\nThank you for your interest in the Senior Policy Advisor position with the "
        "Ministry of Labour. You have been selected for an interview on February 12 at 10:00 a.m. via Microsoft "
        "Teams. The interview will be 60 minutes with a panel of two.\n\nDaniel Okoye\nHR Advisor, HR Service "
        "Delivery",
        None,
    ),
    (
        "Northbeam Health",
        "screen",
        "2025-02-04",
        "Grace Liu <grace@northbeamhealth.ca>",
        "Northbeam Health - intro chat",
        "Hi Aisha,\n\nThanks for applying to our Policy & Government Relations Lead role! I'd love to set up an "
        "intro chat with you. Would Thursday or Friday afternoon work?\n\nGrace Liu\nPeople & Talent, Northbeam "
        "Health",
        None,
    ),
    (
        "City of Mississauga",
        "rejected",
        "2025-02-07",
        "City of Mississauga <noreply@governmentjobs.com>",
        "Application Status Update",
        "Dear Aisha Karim,\n\nThank you for your interest in the Policy Analyst, Strategic Initiatives position. "
        "After reviewing the applications, we regret to inform you that you were not selected for the next step in "
        "the recruitment process.\n\nCity of Mississauga Human Resources",
        None,
    ),
    (
        "Ontario Public Service",
        "thank_you",
        "2025-02-12",
        ME,
        "Thank you - Senior Policy Advisor interview",
        "Dear Daniel,\n\nThank you for the opportunity to interview today for the Senior Policy Advisor position. I "
        "enjoyed speaking with the panel.\n\nKind regards,\nAisha Karim",
        "Daniel Okoye <daniel.okoye@ontario.ca>",
    ),
    (
        "Employment and Social Development Canada",
        "rejected",
        "2025-02-20",
        "GC Jobs - Emplois GC <noreply-nepasrepondre@psc-cfp.gc.ca>",
        "Message regarding selection process 25-CSD-EA-NHQ-0123456",
        "Dear Aisha Karim,\n\nThank you for your participation in selection process 25-CSD-EA-NHQ-0123456. We regret "
        "to inform you that you have been screened out of this process because you did not obtain the pass mark on "
        "the written exam.\n\nEmployment and Social Development Canada",
        None,
    ),
    (
        "Northbeam Health",
        "withdrew",
        "2025-02-24",
        ME,
        "RE: Northbeam Health - intro chat",
        "Hi Grace,\n\nThank you for your time. After some reflection I have decided to withdraw my candidacy - I've "
        "accepted a position in the public service. Best of luck with the search!\n\nAisha",
        "Grace Liu <grace@northbeamhealth.ca>",
    ),
    (
        "Ontario Public Service",
        "offer",
        "2025-02-26",
        "Daniel Okoye <daniel.okoye@ontario.ca>",
        "Offer of Employment - Senior Policy Advisor (Job ID 224455)",
        "Dear Aisha,\n\nI am pleased to offer you the position of Senior Policy Advisor with the Ministry of Labour, "
        "Immigration, Training and Skills Development. The formal offer letter is attached.\n\nDaniel Okoye\nHR "
        "Advisor",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "RBC Royal Bank <rbcroyalbank@rbc.com>",
        "Your eStatement is ready",
        "other",
        "Your January eStatement is now available in online banking.",
    ),
    (
        "Rogers <noreply@rogers.com>",
        "Your bill is ready",
        "other",
        "Your Rogers bill of $96.40 is ready to view.",
    ),
    (
        "IPAC <news@ipac.ca>",
        "Public Sector Leadership Awards - nominations open",
        "newsletter",
        "Nominate a colleague for the IPAC awards. Upcoming webinar: policy in a digital age.",
    ),
    (
        "Ryan Patel <ryan.patel@hays.ca>",
        "Policy Manager contract - Ottawa",
        "outreach",
        "Hi Aisha, I came across your profile and have a 12-month Policy Manager contract with a federal client. "
        "Open to a quick chat?",
    ),
    (
        "GC Jobs - Emplois GC <noreply-nepasrepondre@psc-cfp.gc.ca>",
        "Job alert: 6 new jobs match your criteria",
        "alert",
        "Policy Analyst (EC-04) - Health Canada. Senior Policy Analyst (EC-05) - Finance Canada.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Policy Analyst jobs in Toronto, ON",
        "alert",
        "Policy Analyst - Government of Ontario - Toronto, ON. Policy Advisor - City of Toronto - Toronto, ON.",
    ),
    (
        "Budget Bytes <newsletter@budgetbytes.com>",
        "This week's meal plan",
        "newsletter",
        "Five dinners under $15. Unsubscribe.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Aisha, you have 3 new invitations",
        "other",
        "Connect with Daniel Okoye, HR Advisor at Ontario Public Service.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AISHA,
        offset="-0500",
        clock="12:15:00",
        neg_start="2025-01-12",
        neg_step=5,
        neg_clock="07:20:00",
        tag="hundredsixtyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), AISHA)
