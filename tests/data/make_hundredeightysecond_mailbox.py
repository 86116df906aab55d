"""A hundred-and-eighty-second mailbox, written as a held-out check after the hundred-and-eighty-first (issue #24).

Kevin, a pharmacist in Columbus, Ohio, saved his Outlook mail as .eml files.  Pharmacies hire through a retail
chain's Workday with a one-way video interview (Modern Hire) and a district leader's interview, a hospital's UKG
with a panel, a grocery chain's Taleo, and an independent pharmacy's owner; offers depend on a licence check and a
background check.  Negatives: the state board of pharmacy's renewal, continuing-education credits, a drug
wholesaler's newsletter, the chain's own prescription-ready notice, a recruiter's pitch, job alerts.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KEVIN = "kevin.tran.rph@outlook.com"
ME = f"Kevin Tran <{KEVIN}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Buckeye Pharmacy",
        "applied",
        "2025-04-07",
        "Buckeye Pharmacy <buckeyepharmacy@myworkday.com>",
        "Thank you for applying - Staff Pharmacist (R0088412)",
        "Dear Kevin,\n\nThank you for applying for the Staff Pharmacist position at Buckeye Pharmacy, store #2214, "
        "Columbus, OH. We will review your application and contact you regarding next steps.\n\nBuckeye Pharmacy "
        "Talent Acquisition",
        None,
    ),
    (
        "OhioHealth Riverside",
        "applied",
        "2025-04-08",
        "OhioHealth Riverside Careers <noreply@ultipro.com>",
        "Application Received: Clinical Pharmacist - Emergency Medicine",
        "Kevin Tran,\n\nThank you for your application for Clinical Pharmacist - Emergency Medicine at OhioHealth "
        "Riverside. Your application is under review by the hiring team.\n\nOhioHealth Riverside Human Resources",
        None,
    ),
    (
        "Kroger Midwest",
        "applied",
        "2025-04-08",
        "Kroger Midwest Careers <kroger@taleo.net>",
        "Confirmation of your application",
        "Dear Kevin Tran,\n\nThis is to confirm that we have received your application for the position of Pharmacist "
        "- Store 547 with Kroger Midwest.\n\nKroger Midwest Recruiting",
        None,
    ),
    (
        "Clintonville Family Pharmacy",
        "applied",
        "2025-04-09",
        ME,
        "Pharmacist position",
        "Dear Mr. Patel,\n\nI saw your posting for a part-time pharmacist at Clintonville Family Pharmacy and would "
        "like to be considered. I'm licensed in Ohio with four years of retail experience. My CV is attached.\n\n"
        "Sincerely,\nKevin Tran, PharmD",
        "Raj Patel <raj@clintonvillefamilyrx.com>",
    ),
    (
        "Buckeye Pharmacy",
        "interview",
        "2025-04-10",
        "Buckeye Pharmacy Recruiting <recruiting@buckeyepharmacy.com>",
        "Next step: complete your virtual interview",
        "Hi Kevin,\n\nThanks for your interest in the Staff Pharmacist role. The next step in our process is a "
        "virtual interview through Modern Hire. Please complete it within 3 days.\n\nBuckeye Pharmacy Recruiting",
        None,
    ),
    (
        "Clintonville Family Pharmacy",
        "interview",
        "2025-04-11",
        "Raj Patel <raj@clintonvillefamilyrx.com>",
        "RE: Pharmacist position",
        "Kevin,\n\nThanks for reaching out. Could you stop in Tuesday after 2 so we can talk? We close the "
        "counter for lunch 1-2.\n\nRaj Patel, RPh\nOwner",
        None,
    ),
    (
        "Buckeye Pharmacy",
        "interview",
        "2025-04-17",
        "Denise Walker <denise.walker@buckeyepharmacy.com>",
        "Interview - Staff Pharmacist",
        "Hi Kevin,\n\nI'm the Pharmacy District Leader for central Ohio. I'd like to set up a 45-minute interview with "
        "you on Teams this Friday or Monday. Please send me a few times that work.\n\nDenise Walker\nPharmacy "
        "District Leader",
        None,
    ),
    (
        "OhioHealth Riverside",
        "onsite",
        "2025-04-18",
        "Marcus Bell <marcus.bell@ohiohealth-riverside.org>",
        "Panel interview - Clinical Pharmacist",
        "Dear Kevin,\n\nThe pharmacy leadership team would like to invite you to a panel interview on April 25 at "
        "9:00 AM, including a 15-minute case presentation. Please check in at the main lobby.\n\nMarcus Bell, "
        "PharmD\nDirector of Pharmacy",
        None,
    ),
    (
        "Kroger Midwest",
        "rejected",
        "2025-04-22",
        "Kroger Midwest Careers <kroger@taleo.net>",
        "Your application with Kroger Midwest",
        "Dear Kevin Tran,\n\nThank you for your interest in the Pharmacist - Store 547 position. The position has "
        "been filled. We encourage you to apply for other openings that match your skills.\n\nKroger Midwest "
        "Recruiting",
        None,
    ),
    (
        "OhioHealth Riverside",
        "thank_you",
        "2025-04-25",
        ME,
        "Thank you - Clinical Pharmacist interview",
        "Dr. Bell,\n\nThank you for the opportunity to meet with the team today and present the case. I enjoyed "
        "learning about the ED pharmacy program.\n\nBest regards,\nKevin Tran, PharmD",
        "Marcus Bell <marcus.bell@ohiohealth-riverside.org>",
    ),
    (
        "Buckeye Pharmacy",
        "offer",
        "2025-04-28",
        "Denise Walker <denise.walker@buckeyepharmacy.com>",
        "Offer - Staff Pharmacist",
        "Hi Kevin,\n\nI'm happy to extend you an offer for the Staff Pharmacist position at store #2214, contingent "
        "on verification of your Ohio license and a background check. Your offer letter will come through Workday "
        "today.\n\nDenise",
        None,
    ),
    (
        "OhioHealth Riverside",
        "offer",
        "2025-05-02",
        "Marcus Bell <marcus.bell@ohiohealth-riverside.org>",
        "Clinical Pharmacist - offer",
        "Dear Kevin,\n\nOn behalf of the pharmacy department, I am pleased to offer you the Clinical Pharmacist - "
        "Emergency Medicine position. HR will follow up with the formal letter.\n\nMarcus Bell",
        None,
    ),
    (
        "OhioHealth Riverside",
        "accepted",
        "2025-05-03",
        ME,
        "RE: Clinical Pharmacist - offer",
        "Dr. Bell,\n\nThank you! I'm thrilled to accept the offer and look forward to joining the ED team.\n\nKevin",
        "Marcus Bell <marcus.bell@ohiohealth-riverside.org>",
    ),
    (
        "Buckeye Pharmacy",
        "declined",
        "2025-05-03",
        ME,
        "RE: Offer - Staff Pharmacist",
        "Hi Denise,\n\nThank you for the offer. I've decided to accept a hospital position, so I must respectfully "
        "decline. I appreciate your time.\n\nKevin",
        "Denise Walker <denise.walker@buckeyepharmacy.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Ohio Board of Pharmacy <noreply@pharmacy.ohio.gov>",
        "License renewal reminder",
        "not about an application",
        "Your pharmacist license expires September 15. Renew online through the eLicense portal.",
    ),
    (
        "Power-Pak C.E. <info@powerpak.com>",
        "New CE courses: immunizations and opioids",
        "newsletter",
        "Earn 2.0 contact hours with our new courses. Unsubscribe",
    ),
    (
        "McKesson <news@mckesson.com>",
        "Pharmacy insights: April",
        "newsletter",
        "Independent pharmacy trends, reimbursement updates and more.",
    ),
    (
        "Buckeye Pharmacy <rx@buckeyepharmacy.com>",
        "Your prescription is ready",
        "not about an application",
        "Your prescription is ready for pickup at Buckeye Pharmacy #2214. Reply STOP to opt out.",
    ),
    (
        "Jake Morrison <jake@rxstaffingpartners.com>",
        "Pharmacist roles - $75/hr",
        "outreach",
        "Hi Kevin, I have several per diem pharmacist roles in central Ohio at $75/hr. Open to a quick call?",
    ),
    (
        "Indeed <alert@indeed.com>",
        "15 new Pharmacist jobs in Columbus, OH",
        "alert",
        "Staff Pharmacist - Westerville. Clinical Pharmacist - Dublin. View all jobs.",
    ),
    (
        "Linh Tran <linh.tran.cbus@gmail.com>",
        "Mom's birthday",
        "personal",
        "Don't forget Mom's birthday dinner Saturday at 6!",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Kevin, new jobs for you: Pharmacist",
        "alert",
        "Pharmacist - Buckeye Pharmacy - Columbus. Clinical Pharmacist - Mount Carmel. See all jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="15:45:00",
        neg_start="2025-04-06",
        neg_step=3,
        neg_clock="07:35:00",
        tag="hundredeightytwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), KEVIN)
