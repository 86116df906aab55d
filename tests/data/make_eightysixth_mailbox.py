"""An eighty-sixth mailbox, written as a held-out check after the eighty-fifth's fixes (issue #24).

Tamika, an HR generalist in Nashville, keeps her mail in Thunderbird and exports a plain mbox (no labels; replies tied
by ``In-Reply-To``).  She applies from a plus address (``tamika.jones+jobs@gmail.com``) that Gmail delivers to her
inbox, so the ``Delivered-To`` header names the plain address and the employers write to the plus one; her own mail
goes out from the plus address.  Hospitals and a university hire through HealthcareSource, Cornerstone, Workday and
iCIMS; a refusal quotes her application's confirmation below it; a "phone interview" is the screen; an offer "contingent
upon a background check and drug screen".  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TAMIKA = "tamika.jones@gmail.com"
PLUS = "tamika.jones+jobs@gmail.com"
_ME = f"Tamika Jones <{PLUS}>"

# (company, event, day, sender, subject, body, parent index or None, to)
_POSITIVES = [
    # 0-5 Cumberland Regional Medical Center (HealthcareSource; phone interview; panel; offer; accepted)
    (
        "Cumberland Regional Medical Center",
        "applied",
        "2025-02-03",
        "Cumberland Regional Medical Center <donotreply@healthcaresource.com>",
        "Thank you for your application - HR Generalist II",
        "Dear Tamika,\n\nThank you for applying for the HR Generalist II position at Cumberland Regional Medical "
        "Center. We have received your application and will contact you if your qualifications meet our needs.\n\n"
        "Human Resources",
        None,
        PLUS,
    ),
    (
        "Cumberland Regional Medical Center",
        "screen",
        "2025-02-10",
        "Renee Foster <renee.foster@cumberlandrmc.org>",
        "Phone interview - HR Generalist II",
        "Hi Tamika,\n\nI'd like to schedule a phone interview with you for the HR Generalist II position. It should "
        "take about 30 minutes. Are you available Wednesday or Thursday morning?\n\nRenee Foster\nTalent Acquisition "
        "Specialist",
        None,
        PLUS,
    ),
    (
        "Cumberland Regional Medical Center",
        "onsite",
        "2025-02-18",
        "Renee Foster <renee.foster@cumberlandrmc.org>",
        "Re: Phone interview - HR Generalist II",
        "Hi Tamika,\n\nThank you for speaking with me. The HR leadership team would like to meet you for a panel "
        "interview on Tuesday, February 25 at 10:00 AM in the administration building.\n\nRenee",
        1,
        PLUS,
    ),
    (
        "Cumberland Regional Medical Center",
        "thank_you",
        "2025-02-25",
        _ME,
        "Re: Phone interview - HR Generalist II",
        "Hi Renee,\n\nThank you for organizing today's panel interview. I appreciated learning about the employee "
        "relations work and the team's plans for the new campus.\n\nBest,\nTamika",
        2,
        "Renee Foster <renee.foster@cumberlandrmc.org>",
    ),
    (
        "Cumberland Regional Medical Center",
        "offer",
        "2025-03-05",
        "Renee Foster <renee.foster@cumberlandrmc.org>",
        "Offer of Employment - HR Generalist II",
        "Dear Tamika,\n\nI am pleased to offer you the position of HR Generalist II at an hourly rate of $31.25, "
        "contingent upon a background check and drug screen. Please review the attached letter.\n\nRenee Foster",
        None,
        PLUS,
    ),
    (
        "Cumberland Regional Medical Center",
        "accepted",
        "2025-03-06",
        _ME,
        "Re: Offer of Employment - HR Generalist II",
        "Dear Renee,\n\nI'm excited to accept the offer. I will schedule the background check and drug screen this "
        "week.\n\nSincerely,\nTamika Jones",
        4,
        "Renee Foster <renee.foster@cumberlandrmc.org>",
    ),
    # 6-7 Belmont Valley University (Cornerstone; refusal quoting the confirmation)
    (
        "Belmont Valley University",
        "applied",
        "2025-02-04",
        "Belmont Valley University <system@csod.com>",
        "Application Received: Human Resources Generalist",
        "Dear Tamika Jones,\n\nThank you for applying for the Human Resources Generalist position at Belmont Valley "
        "University. Your application has been received and is under review.\n\nBelmont Valley University Human "
        "Resources",
        None,
        PLUS,
    ),
    (
        "Belmont Valley University",
        "rejected",
        "2025-02-21",
        "Belmont Valley University <system@csod.com>",
        "RE: Application Received: Human Resources Generalist",
        "Dear Tamika Jones,\n\nThank you for your interest in the Human Resources Generalist position. We regret to "
        "inform you that you have not been selected to move forward in the recruitment process.\n\nBelmont Valley "
        "University Human Resources\n\n-----Original Message-----\nFrom: Belmont Valley University\nSent: Tuesday, "
        "February 4, 2025\nSubject: Application Received: Human Resources Generalist\n\nDear Tamika Jones, Thank you "
        "for applying for the Human Resources Generalist position at Belmont Valley University. Your application has "
        "been received and is under review.",
        6,
        PLUS,
    ),
    # 8-10 Harpeth Health System (Workday; follow-up; rejected)
    (
        "Harpeth Health System",
        "applied",
        "2025-02-06",
        "Harpeth Health System <harpethhealth@myworkday.com>",
        "We've received your application",
        "Hello Tamika,\n\nThank you for applying to Harpeth Health System for the Employee Relations Specialist role "
        "(R-44817). Our talent team will review your application.\n\nHarpeth Health System Talent Acquisition",
        None,
        PLUS,
    ),
    (
        "Harpeth Health System",
        "follow_up",
        "2025-02-24",
        _ME,
        "Employee Relations Specialist (R-44817) - following up",
        "Hello,\n\nI applied for the Employee Relations Specialist role (R-44817) on February 6 and wanted to follow "
        "up on the status of my application. I remain very interested.\n\nThank you,\nTamika Jones",
        None,
        "Harpeth Health Talent <talent@harpethhealth.org>",
    ),
    (
        "Harpeth Health System",
        "rejected",
        "2025-03-03",
        "Harpeth Health System <harpethhealth@myworkday.com>",
        "Update on your application",
        "Hello Tamika,\n\nThank you for your interest in the Employee Relations Specialist position. After careful "
        "review, we have decided to move forward with other candidates.\n\nHarpeth Health System Talent Acquisition",
        None,
        PLUS,
    ),
    # 11 Music Row Logistics (iCIMS; silence)
    (
        "Music Row Logistics",
        "applied",
        "2025-02-11",
        "Music Row Logistics <careers-noreply@icims.com>",
        "Music Row Logistics - Application Received",
        "Dear Tamika,\n\nThank you for your interest in Music Row Logistics. We have received your application for HR "
        "Business Partner.\n\nMusic Row Logistics Talent Acquisition",
        None,
        PLUS,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "SHRM <shrm@email.shrm.org>",
        "HR Daily: new overtime rules",
        "newsletter",
        "Today's top HR stories. Unsubscribe",
    ),
    (
        "Indeed <alert@indeed.com>",
        "HR Generalist jobs in Nashville, TN",
        "alert",
        "HR Generalist - Cumberland Regional Medical Center\nHR Coordinator - Vanderbilt\nView all",
    ),
    (
        "Cumberland Regional Medical Center <donotreply@healthcaresource.com>",
        "Complete your pre-employment health screening",
        "onboarding",
        "Welcome! Please schedule your pre-employment health screening and complete your new hire paperwork.",
    ),
    (
        "Brian Cole <bcole@peoplefirst-staffing.example>",
        "Contract HR Generalist - Franklin, TN",
        "outreach",
        "Hi Tamika, I have a 3-month contract HR Generalist assignment in Franklin. Would you be interested?",
    ),
    (
        "Kroger <kroger@email.kroger.com>",
        "Your weekly digital coupons",
        "shop",
        "Save on groceries this week.",
    ),
    (
        "Denise Jones <denisejones1961@yahoo.com>",
        "Sunday",
        "personal",
        "Church at 10 then lunch? Tell me about the hospital job.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives; Gmail delivers the plus address's mail to her."""
    from mail_score import threaded_corpus

    msgs = threaded_corpus(
        [p[:7] for p in _POSITIVES],
        _NEGATIVES,
        owner=PLUS,
        own_to={p[0]: p[7] for p in _POSITIVES if p[3] == _ME},
        offset=lambda d: "-0600",
        clock="09:50:00",
        neg_start="2025-02-05",
        neg_step=5,
        neg_clock="06:30:00",
        tag="eightysix",
        host="thunderbird.example",
    )
    for i, (m, _) in enumerate(msgs):
        if i < len(_POSITIVES) and _POSITIVES[i][3] == _ME:
            m.replace_header("To", _POSITIVES[i][7])
        elif "Delivered-To" in m:
            m.replace_header("Delivered-To", TAMIKA)  # Gmail delivers the plus address to the plain one
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Tamika.mbox", msgs if msgs is not None else messages())
