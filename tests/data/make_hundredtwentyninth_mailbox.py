"""A hundred-and-twenty-ninth mailbox, written as a held-out check after the hundred-and-twenty-eighth (issue #24).

Marcus, a veteran in Arlington, VA, applies to federal jobs through USAJOBS and saves his Outlook mail as .eml
files.  The agencies answer through USA Staffing's four touchpoints (received, notice of results, notice of
referral, final status) and Monster's hiring system; USA Hire sends an assessment; an HR specialist books a
panel; one agency makes a tentative job offer.  One private employer answers too.  His negatives: the VA about
his benefits, USAJOBS saved-search alerts, a clearance-jobs site, his bank.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.reed.va@outlook.com"
_ME = f"Marcus Reed <{MARCUS}>"
_STAFFING = "USA Staffing <no-reply@usastaffing.gov>"
_ANN = "Announcement Number: EPA-OMS-25-0412"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Environmental Protection Agency",
        "applied",
        "2025-03-03",
        _STAFFING,
        "Application Received",
        "Dear Marcus Reed,\n\nThank you for applying to the Management and Program Analyst, GS-0343-12 position with "
        f"the Environmental Protection Agency. {_ANN}.\n\nYour application has been received. We will review your "
        "application to determine your eligibility and qualifications. You can track the status of your application "
        "in your USAJOBS account.\n\nThis is an automated message. Please do not reply.",
        None,
    ),
    (
        # (written as a reply; relabelled after the first read to the decision of the nineteenth mailbox: a
        # referral to the selecting official is the screen, the first positive answer)
        "Environmental Protection Agency",
        "screen",
        "2025-03-24",
        _STAFFING,
        "Notice of Results",
        "Dear Marcus Reed,\n\nYour application for the Management and Program Analyst, GS-0343-12 position with the "
        f"Environmental Protection Agency ({_ANN}) has been reviewed. You have been found eligible and qualified for "
        "this position. Your application will be referred to the selecting official for further consideration.",
        None,
    ),
    (
        "Environmental Protection Agency",
        "interview",
        "2025-04-08",
        "Dana Whitfield <whitfield.dana@epa.gov>",
        "Interview - Management and Program Analyst, EPA-OMS-25-0412",
        "Good afternoon Mr. Reed,\n\nThe selecting official would like to interview you for the Management and Program "
        "Analyst position. The interview will be conducted by a panel of three via Microsoft Teams and will last "
        "approximately 45 minutes. Please reply with your availability on April 14 or 15.\n\nV/r,\nDana Whitfield\n"
        "Human Resources Specialist\nU.S. Environmental Protection Agency",
        None,
    ),
    (
        "Environmental Protection Agency",
        "thank_you",
        "2025-04-15",
        _ME,
        "RE: Interview - Management and Program Analyst, EPA-OMS-25-0412",
        "Ms. Whitfield,\n\nThank you for arranging today's interview. Please pass my thanks to the panel; I enjoyed the "
        "conversation.\n\nRespectfully,\nMarcus Reed",
        "Dana Whitfield <whitfield.dana@epa.gov>",
    ),
    (
        "Environmental Protection Agency",
        "offer",
        "2025-05-06",
        "Dana Whitfield <whitfield.dana@epa.gov>",
        "Tentative Job Offer - Management and Program Analyst, GS-0343-12",
        "Dear Mr. Reed,\n\nCongratulations! On behalf of the U.S. Environmental Protection Agency, I am pleased to extend "
        "a tentative job offer for the position of Management and Program Analyst, GS-0343-12, Step 1, in Washington, "
        "DC. This offer is contingent upon a favorable background investigation. Please accept or decline this "
        "tentative offer in USA Staffing by May 9.",
        None,
    ),
    (
        "Environmental Protection Agency",
        "accepted",
        "2025-05-07",
        _ME,
        "RE: Tentative Job Offer - Management and Program Analyst, GS-0343-12",
        "Ms. Whitfield,\n\nI have accepted the tentative offer in USA Staffing this morning. Thank you - I look forward "
        "to the next steps.\n\nRespectfully,\nMarcus Reed",
        "Dana Whitfield <whitfield.dana@epa.gov>",
    ),
    (
        "Department of Veterans Affairs",
        "applied",
        "2025-03-05",
        _STAFFING,
        "Application Received",
        "Dear Marcus Reed,\n\nThank you for applying to the Program Analyst, GS-0343-11/12 position with the Veterans "
        "Health Administration, Department of Veterans Affairs. Announcement Number: VA-25-DE-12877.\n\nYour "
        "application has been received.",
        None,
    ),
    (
        "Department of Veterans Affairs",
        "reply",
        "2025-03-20",
        _STAFFING,
        "Notice of Results",
        "Dear Marcus Reed,\n\nYour application for the Program Analyst, GS-0343-11/12 position (VA-25-DE-12877) has "
        "been reviewed.\n\nGS-11: You are eligible and qualified.\nGS-12: You are eligible and qualified.\n\nYou will be "
        "notified of the referral status of your application.",
        None,
    ),
    (
        "Department of Veterans Affairs",
        "rejected",
        "2025-04-29",
        _STAFFING,
        "Application Status Update",
        "Dear Marcus Reed,\n\nThank you for your interest in the Program Analyst, GS-0343-11/12 position with the "
        "Department of Veterans Affairs (VA-25-DE-12877). The selecting official has reviewed the referral list and "
        "another applicant has been selected for this position. We appreciate your interest in federal employment.",
        None,
    ),
    (
        "U.S. Census Bureau",
        "applied",
        "2025-03-10",
        "Census Bureau Hiring <no-reply@monstergov.com>",
        "Thank you for applying - Survey Statistician (CEN-25-1190)",
        "Dear Marcus Reed,\n\nThank you for your interest in the Survey Statistician position with the U.S. Census "
        "Bureau. This message confirms that your application for vacancy CEN-25-1190 was submitted successfully.",
        None,
    ),
    (
        "U.S. Census Bureau",
        "rejected",
        "2025-04-02",
        "Census Bureau Hiring <no-reply@monstergov.com>",
        "Status of your application - Survey Statistician (CEN-25-1190)",
        "Dear Marcus Reed,\n\nYour application for Survey Statistician (CEN-25-1190) has been reviewed. Based on your "
        "responses, you were found ineligible for this position because your application did not demonstrate one "
        "year of specialized experience at the next lower grade.",
        None,
    ),
    (
        "Transportation Security Administration",
        "applied",
        "2025-03-12",
        _STAFFING,
        "Application Received",
        "Dear Marcus Reed,\n\nThank you for applying to the Program Analyst, SV-0343-H position with the Transportation "
        "Security Administration. Announcement Number: HQ-25-4471.\n\nYour application has been received.",
        None,
    ),
    (
        "Transportation Security Administration",
        "interview",
        "2025-03-14",
        "USA Hire <no-reply@usahire.opm.gov>",
        "USA Hire Assessment - Program Analyst (HQ-25-4471)",
        "Dear Marcus Reed,\n\nAs part of your application for Program Analyst with the Transportation Security "
        "Administration, you are required to complete the USA Hire assessments by 11:59 PM ET on March 19. Use the "
        "unique link below to begin.",
        None,
    ),
    (
        "Transportation Security Administration",
        "rejected",
        "2025-04-10",
        _STAFFING,
        "Notice of Referral",
        "Dear Marcus Reed,\n\nYour application for the Program Analyst, SV-0343-H position (HQ-25-4471) was not referred "
        "to the hiring manager. Applicants who scored highest on the assessment were referred.",
        None,
    ),
    (
        "Booz Allen Hamilton",
        "applied",
        "2025-03-18",
        "Booz Allen Hamilton <boozallen@myworkday.com>",
        "Thank you for applying to Booz Allen",
        "Hi Marcus,\n\nThank you for applying for the Data Analyst, Mid (R0215530) role. Our recruiting team will review "
        "your qualifications.\n\nBooz Allen Talent Acquisition",
        None,
    ),
    (
        "Booz Allen Hamilton",
        "screen",
        "2025-03-27",
        "Kelsey Grant <grant_kelsey@bah.com>",
        "Data Analyst opportunity - quick call?",
        "Hi Marcus,\n\nI'm the recruiter for the Data Analyst, Mid role you applied to. Do you have 20 minutes Friday "
        "for a phone screen? I'd also like to confirm your clearance status.\n\nKelsey Grant\nTalent Acquisition, "
        "Booz Allen Hamilton",
        None,
    ),
    (
        "Booz Allen Hamilton",
        "withdrew",
        "2025-05-08",
        _ME,
        "RE: Data Analyst opportunity - quick call?",
        "Hi Kelsey,\n\nThank you for your time. I have accepted a federal position and would like to withdraw from the "
        "Data Analyst process.\n\nBest regards,\nMarcus",
        "Kelsey Grant <grant_kelsey@bah.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "USAJOBS <noreply@usajobs.gov>",
        "Your saved search 'program analyst DC' has 12 new jobs",
        "alert",
        "12 new jobs match your saved search. Program Analyst - Department of Energy. Management Analyst - "
        "Department of the Navy. View all results.",
    ),
    (
        "VA Benefits <noreply@va.gov>",
        "Your claim status has been updated",
        "other",
        "The status of your disability compensation claim has changed. Sign in to VA.gov to view it.",
    ),
    (
        "ClearanceJobs <notifications@clearancejobs.com>",
        "A recruiter viewed your profile",
        "alert",
        "A recruiter from a defense contractor viewed your profile. Upgrade to see who.",
    ),
    (
        "Navy Federal Credit Union <alerts@navyfederal.org>",
        "Your statement is ready",
        "other",
        "Your March statement is ready to view in online banking.",
    ),
    (
        "USAJOBS <noreply@usajobs.gov>",
        "Your saved search 'management analyst' has 7 new jobs",
        "alert",
        "7 new jobs match your saved search. View all results.",
    ),
    (
        "Hire Heroes USA <info@hireheroesusa.org>",
        "Federal resume workshop - April 10",
        "newsletter",
        "Join our free webinar on writing a federal resume. Register now. Unsubscribe",
    ),
    (
        "Tom Alvarez <talvarez@leidos.com>",
        "Cleared Data Analyst - Reston",
        "outreach",
        "Hi Marcus, I came across your profile and have a cleared Data Analyst role in Reston. Interested in a chat?",
    ),
    (
        "GovExec <newsletters@govexec.com>",
        "Today's top federal news",
        "newsletter",
        "Agencies prepare for budget cuts. Read more. Unsubscribe",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Program Analyst jobs in Arlington, VA",
        "alert",
        "Program Analyst - SAIC - Arlington, VA. Management Analyst - Deloitte - Arlington, VA. See more jobs.",
    ),
    (
        "USAJOBS <noreply@usajobs.gov>",
        "Your USAJOBS profile was updated",
        "other",
        "Your profile information was updated on March 30. If you did not make this change, contact us.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Outlook saves them."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=_ME,
        offset="-0400",
        clock="10:15:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="07:30:00",
        tag="hundredtwentynine",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), MARCUS)
