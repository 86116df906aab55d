"""A hundred-and-seventy-fourth mailbox, written as a held-out check after the hundred-and-seventy-third (issue #24).

Elena, who wants to become a police officer in San Diego County, saved her Outlook mail as .eml files.  Public
safety hires in stages: a city's NEOGOV notice of examination (a written test and a physical agility test), an oral
board (a panel), a background investigator's packet, a conditional offer; a sheriff's office that tests through the
National Testing Network; a college district through CalOpps with a panel interview; a security company through
Indeed.  Its truth first called the oral board the final round (a panel, SPEC 3.2); the eightieth corpus had decided
that a civil service's oral board is its first interview, the department's own interview after it the last, and the
truth now says so too.  Negatives: a test-prep shop, a testing network's and job boards' alerts, a union's newsletter, a gym, a
friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ELENA = "elena.torres.sd@outlook.com"
ME = f"Elena Torres <{ELENA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "City of Chula Vista",
        "applied",
        "2025-02-03",
        "City of Chula Vista <noreply@governmentjobs.com>",
        "Thank you for applying for Police Recruit",
        "Dear Elena Torres,\n\nThank you for applying for the position of Police Recruit (Academy Trainee) with the "
        "City of Chula Vista. Your application will be reviewed to determine if you meet the minimum "
        "qualifications. You will be notified of your status by email.\n\nCity of Chula Vista Human Resources",
        None,
    ),
    (
        "Harbor Community College District",
        "applied",
        "2025-02-05",
        "CalOpps <noreply@calopps.org>",
        "Application Submitted: Community Service Officer - Harbor Community College District",
        "Your application for Community Service Officer with Harbor Community College District has been "
        "submitted.\n\nApplicant: Elena Torres\nSubmitted: 02/05/2025 10:14 AM\n\nCalOpps",
        None,
    ),
    (
        "Allied Shield Security",
        "applied",
        "2025-02-07",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Security Officer - Patrol",
        "Application submitted\n\nSecurity Officer - Patrol\nAllied Shield Security - San Diego, CA\n\nThe following "
        "items were sent to Allied Shield Security. Good luck on your application!",
        None,
    ),
    (
        "Palomar County Sheriff's Office",
        "applied",
        "2025-02-08",
        "National Testing Network <support@nationaltestingnetwork.com>",
        "Test Reservation Confirmation",
        "Dear Elena,\n\nYour FrontLine National exam reservation is confirmed for Saturday, February 15, 2025 at "
        "9:00 AM at the San Diego test center.\n\nAgency applied to: Palomar County Sheriff's Office - Deputy "
        "Sheriff Trainee\n\nNational Testing Network",
        None,
    ),
    (
        "City of Chula Vista",
        "interview",
        "2025-02-10",
        "City of Chula Vista <noreply@governmentjobs.com>",
        "Notice of Examination - Police Recruit",
        "Dear Elena Torres,\n\nCongratulations! You have met the minimum qualifications for Police Recruit and are "
        "invited to the written examination (PELLETB) and physical agility test on Saturday, February 22, 2025 at "
        "7:30 AM at the Chula Vista Police Department training facility. Bring a photo ID and athletic "
        "clothing.\n\nCity of Chula Vista Human Resources",
        None,
    ),
    (
        "Allied Shield Security",
        "screen",
        "2025-02-10",
        "Allied Shield Security via Indeed <reply-2c81f0aa93@indeedemail.com>",
        "Quick phone screen?",
        "Hi Elena,\n\nThanks for applying to our Patrol Officer opening. Do you have 15 minutes tomorrow for a quick "
        "phone screen? Let me know a good number and time.\n\nTony Reyes\nBranch Manager",
        None,
    ),
    (
        "Harbor Community College District",
        "onsite",
        "2025-02-18",
        "Harbor CCD Human Resources <hr@harborccd.edu>",
        "Interview Invitation - Community Service Officer",
        "Dear Ms. Torres,\n\nThe screening committee has reviewed your application and would like to invite you to "
        "a panel interview on Thursday, February 27 at 1:00 PM at the District Office, Room 204. Please reply to "
        "confirm.\n\nHuman Resources\nHarbor Community College District",
        None,
    ),
    (
        "Palomar County Sheriff's Office",
        "rejected",
        "2025-03-03",
        "Palomar County Sheriff's Office - Recruitment <recruitment@palomarsheriff.org>",
        "Deputy Sheriff Trainee - Test Results",
        "Dear Elena Torres,\n\nThank you for your interest in a career with the Palomar County Sheriff's Office. We "
        "have received your FrontLine National test scores. Unfortunately, your scores did not meet the minimum "
        "passing standard for the video portion, and you will not be moving forward in this recruitment. You may "
        "retest after 90 days.\n\nSheriff's Recruitment Unit",
        None,
    ),
    (
        "City of Chula Vista",
        "interview",
        "2025-03-05",
        "City of Chula Vista <noreply@governmentjobs.com>",
        "Notice of Results and Oral Board Invitation - Police Recruit",
        "Dear Elena Torres,\n\nYou passed the written examination and the physical agility test. You are invited to "
        "an oral board interview on Wednesday, March 12, 2025. The oral board is a panel of three raters from the "
        "Police Department.\n\nCity of Chula Vista Human Resources",
        None,
    ),
    (
        "City of Chula Vista",
        "reply",
        "2025-03-20",
        "Det. Ray Alvarez <ralvarez@chulavistapd.org>",
        "Background packet - Police Recruit",
        "Elena,\n\nCongratulations on passing the oral board. You have been placed on the eligibility list and "
        "selected to move into the background phase. Please complete the Personal History Statement (POST 2-251) "
        "and return it to me by April 2.\n\nDet. Ray Alvarez\nBackground Investigations Unit\nChula Vista Police "
        "Department",
        None,
    ),
    (
        "City of Chula Vista",
        "offer",
        "2025-04-28",
        "Det. Ray Alvarez <ralvarez@chulavistapd.org>",
        "Conditional Offer of Employment",
        "Elena,\n\nThe Chief has approved your background. I am pleased to extend a conditional offer of employment "
        "as a Police Recruit, contingent on passing the psychological and medical evaluations. The next academy "
        "begins June 16.\n\nDet. Ray Alvarez",
        None,
    ),
    (
        "City of Chula Vista",
        "accepted",
        "2025-04-29",
        ME,
        "RE: Conditional Offer of Employment",
        "Detective Alvarez,\n\nThank you - I accept the conditional offer and will schedule the psychological "
        "evaluation this week.\n\nElena Torres",
        "Det. Ray Alvarez <ralvarez@chulavistapd.org>",
    ),
    (
        "Harbor Community College District",
        "withdrew",
        "2025-04-30",
        ME,
        "Withdrawal - Community Service Officer",
        "Dear Ms. Lin,\n\nPlease withdraw my application for the Community Service Officer position. I have "
        "accepted a position with another agency. Thank you for the opportunity to interview.\n\nElena Torres",
        "Grace Lin <glin@harborccd.edu>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "PELLETB Prep <hello@pelletbprep.com>",
        "Pass your written exam - 20% off",
        "shop",
        "Practice tests for the PELLETB with answer explanations. 20% off this week only. Unsubscribe",
    ),
    (
        "National Testing Network <info@nationaltestingnetwork.com>",
        "New agencies are testing near you",
        "alert",
        "Three agencies in Southern California now accept FrontLine National scores. Reserve your test date.",
    ),
    (
        "GovernmentJobs <noreply@governmentjobs.com>",
        "New jobs matching your search: Police Officer",
        "alert",
        "Police Officer Lateral - City of Oceanside. Police Recruit - City of Escondido. View jobs.",
    ),
    (
        "CalOpps <noreply@calopps.org>",
        "Job Alert: Public Safety",
        "alert",
        "New openings: Police Dispatcher - City of Carlsbad; Community Service Officer - City of Vista.",
    ),
    (
        "SDPOA News <news@sdpoa.org>",
        "The Informant - March issue",
        "newsletter",
        "Association news, retiree luncheon photos, and an update on contract negotiations.",
    ),
    (
        "Mission Valley Fitness <frontdesk@mvfitness.com>",
        "Your bootcamp class is booked",
        "not about an application",
        "You're booked for Tuesday 6:00 AM Bootcamp with Coach Dani. See you there!",
    ),
    (
        "Sofia Ramos <sofia.ramos.91@gmail.com>",
        "good luck saturday!!",
        "personal",
        "You got this! Text me after the agility test, we're getting tacos.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Elena, new jobs for you: Police Officer",
        "alert",
        "Police Officer - City of San Diego. Deputy Sheriff - Riverside County. See all jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0800",
        clock="10:25:00",
        neg_start="2025-02-01",
        neg_step=6,
        neg_clock="06:50:00",
        tag="hundredseventyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), ELENA)
