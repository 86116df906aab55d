"""A fifty-fourth mailbox, written as a held-out check after the fifty-third's fixes (issue #24).

Aaliyah, a registered nurse in Houston, exports Gmail with Takeout.  Hospitals hire through Workday, BrassRing and
iCIMS: a nurse manager's phone call, a peer interview and a shadow shift, a contingent offer "pending background
check and drug screen", then onboarding mail (the background check, a drug-screen appointment, orientation) that is
no step; a travel-nurse agency's recruiter texts-by-email; a "not selected" from a clinic; her thank-you to the
peer panel; her withdrawal.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.  (The truth first called the children's hospital by a shorthand, "Gulf Coast
Children's"; it now uses the name its mail signs with, "Gulf Coast Children's Hospital", as the first read did.)
"""

from __future__ import annotations

from pathlib import Path

AALIYAH = "aaliyah.johnson.rn@gmail.com"
_ME = f"Aaliyah Johnson <{AALIYAH}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Bayou Methodist Hospital (Workday; the nurse manager's call, a peer interview and a shadow shift; an offer)
    (
        "Bayou Methodist Hospital",
        "applied",
        "2025-09-02",
        "Bayou Methodist Hospital <bayoumethodist@myworkday.com>",
        "Thank you for applying to Bayou Methodist",
        "Dear Aaliyah,\n\nThank you for applying for RN - Cardiac Step-Down (Nights) (R-55810). A member of our nurse "
        "recruitment team will review your application.\n\nBayou Methodist Nurse Recruitment",
        "bm1",
    ),
    (
        "Bayou Methodist Hospital",
        "screen",
        "2025-09-05",
        "Tanya Brooks <tbrooks@bayoumethodist.org>",
        "RN Cardiac Step-Down - phone call",
        "Hi Aaliyah,\n\nI'm a nurse recruiter with Bayou Methodist. I reviewed your application for our Cardiac "
        "Step-Down unit and would like to set up a brief phone call to go over your experience and the unit's "
        "schedule. Are you available Monday or Tuesday afternoon?\n\nTanya Brooks, BSN\nNurse Recruiter",
        "bm2",
    ),
    (
        "Bayou Methodist Hospital",
        "interview",
        "2025-09-11",
        "Tanya Brooks <tbrooks@bayoumethodist.org>",
        "Re: RN Cardiac Step-Down - phone call",
        "Hi Aaliyah,\n\nThank you for speaking with me! The nurse manager, Denise Carter, would like to meet you for a "
        "peer interview with two of the unit's charge nurses on Thursday, September 18 at 9:00 AM, 6th floor "
        "conference room.\n\nTanya",
        "bm2",
    ),
    (
        "Bayou Methodist Hospital",
        "onsite",
        "2025-09-19",
        "Tanya Brooks <tbrooks@bayoumethodist.org>",
        "Shadow shift - Cardiac Step-Down",
        "Hi Aaliyah,\n\nThe team enjoyed meeting you! As the last step, Denise would like you to complete a four-hour "
        "shadow shift on the unit next week. Please wear navy scrubs and bring your badge from security.\n\nTanya",
        "bm3",
    ),
    (
        "Bayou Methodist Hospital",
        "offer",
        "2025-09-30",
        "Tanya Brooks <tbrooks@bayoumethodist.org>",
        "Contingent offer - RN Cardiac Step-Down",
        "Hi Aaliyah,\n\nCongratulations! I'm pleased to extend you a contingent offer for the RN - Cardiac Step-Down "
        "(Nights) position at $44.50/hour plus a night differential, pending a background check and a drug screen. "
        "Please review and accept the offer in Workday.\n\nTanya",
        "bm4",
    ),
    (
        "Bayou Methodist Hospital",
        "accepted",
        "2025-10-01",
        _ME,
        "Re: Contingent offer - RN Cardiac Step-Down",
        "Hi Tanya,\n\nThank you so much! I accepted the offer in Workday this morning and I'm excited to join the team."
        "\n\nAaliyah",
        "bm4",
    ),
    # Gulf Coast Children's (BrassRing; refused)
    (
        "Gulf Coast Children's Hospital",
        "applied",
        "2025-09-03",
        "Gulf Coast Children's Careers <gulfcoastchildrens@trm.brassring.com>",
        "Application Received - Registered Nurse, PICU",
        "Dear Aaliyah Johnson,\n\nThank you for your interest in Gulf Coast Children's Hospital. We have received your "
        "application for Registered Nurse, PICU (Req 25-3021).\n\nTalent Acquisition\nGulf Coast Children's Hospital",
        "gc1",
    ),
    (
        "Gulf Coast Children's Hospital",
        "rejected",
        "2025-09-24",
        "Gulf Coast Children's Careers <gulfcoastchildrens@trm.brassring.com>",
        "Registered Nurse, PICU (Req 25-3021)",
        "Dear Aaliyah Johnson,\n\nThank you for your interest in the Registered Nurse, PICU position. Although your "
        "qualifications are impressive, we have selected candidates with pediatric critical care experience.\n\n"
        "Talent Acquisition\nGulf Coast Children's Hospital",
        "gc2",
    ),
    # Harris Health Clinics (iCIMS; "not selected")
    (
        "Harris Health Clinics",
        "applied",
        "2025-09-08",
        "Harris Health Clinics <careers@harrishealthclinics.icims.com>",
        "Harris Health Clinics: Thank you for your application",
        "Hi Aaliyah,\n\nThanks for applying for Clinic RN - Primary Care. We'll review your application and contact "
        "you if you're selected for an interview.\n\nHarris Health Clinics Recruiting",
        "hh1",
    ),
    (
        "Harris Health Clinics",
        "rejected",
        "2025-10-06",
        "Harris Health Clinics <careers@harrishealthclinics.icims.com>",
        "Your application status - Clinic RN - Primary Care",
        "Hi Aaliyah,\n\nThank you for applying for Clinic RN - Primary Care. You were not selected for this position. "
        "We encourage you to apply for other roles that match your experience.\n\nHarris Health Clinics Recruiting",
        "hh2",
    ),
    # Lone Star Surgical Center (her emailed résumé; the director's interview; her thank-you; she withdraws)
    (
        "Lone Star Surgical Center",
        "applied",
        "2025-09-09",
        _ME,
        "PACU RN position - Aaliyah Johnson",
        "Hello,\n\nI'm interested in the PACU RN position posted on your website and have attached my resume. I have "
        "four years of step-down and PACU float experience and hold BLS and ACLS.\n\nThank you,\nAaliyah Johnson, RN",
        "ls1",
    ),
    (
        "Lone Star Surgical Center",
        "interview",
        "2025-09-15",
        "Marcus Hill <mhill@lonestarsurgical.com>",
        "Re: PACU RN position - Aaliyah Johnson",
        "Hi Aaliyah,\n\nThanks for your interest! I'm the Director of Nursing here. Could you come by for an interview "
        "on Friday at 1 PM? We're at 9200 Katy Fwy, Suite 300.\n\nMarcus Hill, RN, MSN\nDirector of Nursing",
        "ls1",
    ),
    (
        "Lone Star Surgical Center",
        "thank_you",
        "2025-09-19",
        _ME,
        "Thank you - PACU RN interview",
        "Hi Marcus,\n\nThank you for taking the time to meet with me today and for the tour of the recovery unit. I "
        "really enjoyed learning about your team.\n\nBest,\nAaliyah",
        "ls2",
    ),
    (
        "Lone Star Surgical Center",
        "withdrew",
        "2025-10-02",
        _ME,
        "Re: PACU RN position - Aaliyah Johnson",
        "Hi Marcus,\n\nI wanted to let you know that I've accepted a position at another hospital, so please withdraw "
        "my application for the PACU RN role. Thank you again for your time.\n\nAaliyah",
        "ls1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Bayou Methodist Hospital <bayoumethodist@myworkday.com>",
        "Action required: background check authorization",
        "onboarding",
        "Dear Aaliyah,\n\nCongratulations on your offer! To continue, please complete the background check "
        "authorization through the link below within 48 hours.\n\nBayou Methodist Onboarding",
    ),
    (
        "Bayou Methodist Employee Health <employeehealth@bayoumethodist.org>",
        "Your pre-employment drug screen appointment",
        "onboarding",
        "Hi Aaliyah,\n\nYour pre-employment drug screen and TB test are scheduled for Tuesday, October 7 at 8:00 AM at "
        "Employee Health, Tower B, first floor. Please bring a photo ID.\n\nEmployee Health",
    ),
    (
        "Bayou Methodist Nurse Education <nurseeducation@bayoumethodist.org>",
        "Welcome! New hire nursing orientation",
        "onboarding",
        "Welcome to Bayou Methodist! Nursing orientation begins Monday, October 27 at 7:30 AM in the Education Center. "
        "Please complete your online modules before your first day.",
    ),
    (
        "Kayla Reed <kreed@medstaff-travel.com>",
        "Travel RN - Step Down - 13 weeks - $2,350/wk",
        "outreach",
        "Hi Aaliyah! I came across your profile and have a great 13-week step-down contract in Austin starting "
        "November. Are you open to travel assignments? Text me at 512-555-0199!",
    ),
    (
        "Indeed <alert@indeed.com>",
        "New RN jobs in Houston, TX",
        "alert",
        "Registered Nurse - Med/Surg - Bayou Methodist Hospital\nRN - ICU - Gulf Coast Children's\nSee all jobs",
    ),
    (
        "Nurse.com <newsletter@nurse.com>",
        "CE courses and this week's top stories",
        "newsletter",
        "Earn contact hours with our new sepsis course. Plus: staffing ratios in Texas. Unsubscribe",
    ),
    (
        "Texas Board of Nursing <noreply@bon.texas.gov>",
        "License renewal reminder",
        "personal",
        "Your RN license expires on 11/30/2025. Renew online at least 30 days before expiration.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=AALIYAH,
        own_to={
            "Bayou Methodist Hospital": "Tanya Brooks <tbrooks@bayoumethodist.org>",
            "Lone Star Surgical Center": "Lone Star Surgical Center <jobs@lonestarsurgical.com>",
        },
        offset="-0500",
        clock="14:10:00",
        neg_start="2025-10-02",
        neg_step=3,
        neg_clock="08:25:00",
        tag="fiftyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
