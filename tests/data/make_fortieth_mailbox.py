"""A fortieth mailbox, written as a held-out check after the thirty-ninth's fixes (issue #24).

Marcus, an Army logistics officer leaving the service in San Antonio, looks for program management work and saves
his mail from Apple Mail as a folder of .eml files (no labels, no Delivered-To: his own mail is known only from the
address most mail is sent to).  Federal and defense hiring: USAJOBS notices ("Not Referred", "Tentative Job
Offer"), ClearanceJobs, Kenexa BrassRing, Oracle Recruiting Cloud, Workday, iCIMS; "contingent upon a favorable
background investigation", "you have been selected to interview", a SkillBridge internship.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.t.hale@icloud.com"
_ME = f"Marcus Hale <{MARCUS}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Defense Logistics Agency (USAJOBS; referred, an interview, a tentative offer he declines)
    (
        "Defense Logistics Agency",
        "applied",
        "2025-08-04",
        "USAJOBS <no-reply@usajobs.gov>",
        "Application Received: Logistics Management Specialist",
        "Dear Marcus Hale,\n\nThank you for applying to the Logistics Management Specialist position with the Defense "
        "Logistics Agency (announcement DLA-25-12345678). Your application has been received and is being reviewed "
        "by the Human Resources office.\n\nUSAJOBS",
        None,
    ),
    (
        "Defense Logistics Agency",
        "interview",
        "2025-08-25",
        "Teresa Villarreal <teresa.villarreal@dla.mil>",
        "Interview - Logistics Management Specialist (DLA-25-12345678)",
        "Mr. Hale,\n\nYou have been selected to interview for the Logistics Management Specialist position. Interviews "
        "will be conducted by a panel via Microsoft Teams on 3 September 2025 at 0900 CT. Please confirm your "
        "attendance.\n\nV/r,\nTeresa Villarreal\nSupervisory Logistics Management Specialist",
        None,
    ),
    (
        "Defense Logistics Agency",
        "offer",
        "2025-09-15",
        "DLA Human Resources <dla.hr.staffing@dla.mil>",
        "Tentative Job Offer - Logistics Management Specialist",
        "Dear Mr. Hale,\n\nCongratulations! You have been tentatively selected for the position of Logistics "
        "Management Specialist, GS-0346-12. This tentative job offer is contingent upon a favorable background "
        "investigation and verification of your eligibility.\n\nDLA Human Resources",
        None,
    ),
    (
        "Defense Logistics Agency",
        "declined",
        "2025-09-22",
        _ME,
        "RE: Tentative Job Offer - Logistics Management Specialist",
        "Good afternoon,\n\nThank you for the tentative offer. After careful consideration, I must respectfully "
        "decline, as I have accepted a position in the private sector.\n\nVery respectfully,\nMarcus Hale",
        "DLA Human Resources <dla.hr.staffing@dla.mil>",
    ),
    # Department of Veterans Affairs (USAJOBS; not referred)
    (
        "Department of Veterans Affairs",
        "applied",
        "2025-08-05",
        "USAJOBS <no-reply@usajobs.gov>",
        "Application Received: Program Analyst",
        "Dear Marcus Hale,\n\nThank you for applying to the Program Analyst position with the Department of Veterans "
        "Affairs (announcement CBSV-12800001). Your application has been received.\n\nUSAJOBS",
        None,
    ),
    (
        "Department of Veterans Affairs",
        "rejected",
        "2025-08-28",
        "USAJOBS <no-reply@usajobs.gov>",
        "Notice of Results: Program Analyst",
        "Dear Marcus Hale,\n\nYour application for Program Analyst (CBSV-12800001) with the Department of Veterans "
        "Affairs has been reviewed. You were found qualified, but you were not referred to the selecting official "
        "because other candidates ranked higher.\n\nUSAJOBS",
        None,
    ),
    # Lone Star Defense Systems (ClearanceJobs then BrassRing; a screen, an interview, an offer he accepts)
    (
        "Lone Star Defense Systems",
        "applied",
        "2025-08-06",
        "Lone Star Defense Systems <donotreply@brassring.com>",
        "Thank you for your interest in Lone Star Defense Systems",
        "Dear Marcus,\n\nThank you for your interest in Lone Star Defense Systems. We have received your application "
        "for Program Manager II (Req 25-4471) and will review your qualifications.\n\nLSDS Talent Acquisition",
        None,
    ),
    (
        "Lone Star Defense Systems",
        "screen",
        "2025-08-12",
        "Rick Alvarado <ralvarado@lsds.com>",
        "Program Manager II - phone screen",
        "Marcus,\n\nThanks for your interest in the PM II role. I'm the recruiter supporting this req and would like "
        "to do a 30-minute phone screen this week. Are you available Thursday at 10am CT?\n\nRick Alvarado\n"
        "Sr. Technical Recruiter",
        None,
    ),
    (
        "Lone Star Defense Systems",
        "interview",
        "2025-08-20",
        "Rick Alvarado <ralvarado@lsds.com>",
        "PM II - interview with the hiring manager",
        "Marcus,\n\nThe hiring manager would like to meet with you in person at our Kelly Field facility on Tuesday, "
        "August 26 at 1:00 PM. Please bring a government-issued photo ID for the visitor badge.\n\nRick",
        None,
    ),
    (
        "Lone Star Defense Systems",
        "offer",
        "2025-09-10",
        "Rick Alvarado <ralvarado@lsds.com>",
        "Offer of Employment - Program Manager II",
        "Marcus,\n\nOn behalf of Lone Star Defense Systems, I'm pleased to extend you an offer for the position of "
        "Program Manager II at an annual salary of $128,000. The offer is contingent upon your ability to obtain and "
        "maintain a Secret clearance. The letter is attached.\n\nRick",
        None,
    ),
    (
        "Lone Star Defense Systems",
        "accepted",
        "2025-09-12",
        _ME,
        "RE: Offer of Employment - Program Manager II",
        "Rick,\n\nI'm pleased to accept the offer. Signed letter attached. Looking forward to starting on October 6."
        "\n\nMarcus",
        "Rick Alvarado <ralvarado@lsds.com>",
    ),
    # Alamo Health System (Oracle Recruiting Cloud; not selected)
    (
        "Alamo Health System",
        "applied",
        "2025-08-08",
        "Alamo Health System <alamohealth@fa.oraclecloud.com>",
        "Thank you for applying",
        "Dear Marcus,\n\nThank you for applying for the Project Manager - Supply Chain job at Alamo Health System. We "
        "are reviewing your application.\n\nAlamo Health System Talent Acquisition",
        None,
    ),
    (
        "Alamo Health System",
        "rejected",
        "2025-08-30",
        "Alamo Health System <alamohealth@fa.oraclecloud.com>",
        "Your job application",
        "Dear Marcus,\n\nThank you for your interest in the Project Manager - Supply Chain job. We have decided to "
        "pursue other applicants for this position at this time.\n\nAlamo Health System Talent Acquisition",
        None,
    ),
    # Riverwalk Aerospace (Workday; his follow-up; he withdraws)
    (
        "Riverwalk Aerospace",
        "applied",
        "2025-08-11",
        "Riverwalk Aerospace <riverwalkaero@myworkday.com>",
        "Riverwalk Aerospace - Application Received",
        "Hi Marcus,\n\nThank you for applying for Operations Program Manager at Riverwalk Aerospace. Your "
        "application is under review.\n\nRiverwalk Aerospace Talent Acquisition",
        None,
    ),
    (
        "Riverwalk Aerospace",
        "follow_up",
        "2025-08-29",
        _ME,
        "Operations Program Manager - application status",
        "Good morning,\n\nI applied for the Operations Program Manager position on 11 August and wanted to follow up "
        "on the status of my application. I bring 12 years of Army logistics experience.\n\nRespectfully,\nMarcus "
        "Hale",
        "Riverwalk Aerospace Recruiting <recruiting@riverwalkaero.com>",
    ),
    (
        "Riverwalk Aerospace",
        "withdrew",
        "2025-09-13",
        _ME,
        "Operations Program Manager - withdrawal",
        "Good morning,\n\nPlease withdraw my application for the Operations Program Manager position; I have accepted "
        "another offer. Thank you for your consideration.\n\nRespectfully,\nMarcus Hale",
        "Riverwalk Aerospace Recruiting <recruiting@riverwalkaero.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "USAJOBS <no-reply@usajobs.gov>",
        "New jobs for your saved search: Logistics",
        "job alert",
        "12 new jobs match your saved search 'Logistics Management - San Antonio'. View jobs. Unsubscribe",
    ),
    (
        "ClearanceJobs <noreply@clearancejobs.com>",
        "Cleared jobs near San Antonio",
        "job alert",
        "Program Manager (Secret) - Lackland AFB and 14 more. Apply now. Unsubscribe",
    ),
    (
        "Hire Heroes USA <newsletter@hireheroesusa.example>",
        "Translating military experience on your resume",
        "newsletter",
        "Webinar: writing a resume civilians understand. Unsubscribe",
    ),
    (
        "Dana Price <dana.price@cleared-talent-example.com>",
        "TS/SCI Program Manager opportunity",
        "cold outreach",
        "Marcus, your background caught my attention. I have a TS/SCI Program Manager role with a client at Fort Sam. "
        "Open to a quick call?",
    ),
    (
        "Texas DPS <noreply@dps.texas.gov>",
        "Your application has been received",
        "not a job application",
        "Your application for a License to Carry renewal has been received.",
    ),
    (
        "H-E-B <noreply@heb.com>",
        "Your curbside order is ready",
        "not about an application",
        "Your curbside order is ready for pickup at the Alamo Heights store.",
    ),
    (
        "Tasha Hale <tasha.hale@gmail.com>",
        "proud of you",
        "not about an application",
        "Good luck at the interview tomorrow babe. Dinner at Mi Tierra after?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (Apple Mail .eml: no labels, no Delivered-To)."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="-0500",
        clock="09:20:00",
        neg_start="2025-08-03",
        neg_step=6,
        neg_clock="06:45:00",
        tag="forty",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Apple Mail's .eml files into ``folder`` (one file a message); return ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for i, (m, _) in enumerate(msgs if msgs is not None else messages()):
        (folder / f"{i:03d}.eml").write_bytes(bytes(m))
    return folder
