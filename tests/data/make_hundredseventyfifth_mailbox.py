"""A hundred-and-seventy-fifth mailbox, written as a held-out check after the hundred-and-seventy-fourth (issue #24).

Maya, who wants to fly as a flight attendant from Dallas, keeps her mail in Thunderbird (one mbox of inbox and sent
mail).  Airlines hire cabin crew in stages of their own: a one-way virtual interview, a face-to-face interview day
with airfare provided, a conditional job offer and a training class date; a regional airline books its group
interview through a chatbot; a charter company answers her own mail.  The airlines she applies to also sell her
tickets and miles.  Negatives: a booking confirmation and a miles statement from an airline applied to, the
chatbot's reminder of an interview already booked, a crew-training school's pitch, a crew forum's digest, job
alerts.  Its truth first named the charter company "Meridian Jet Charter", a name no mail spells (it writes
from meridianjet.com and is "Meridian Jet" in her own mail).  It also first called the face-to-face interview day the final round; the
mail does not say it is, and the thirty-first corpus had read a face-to-face interview after an online test as an
interview (its last before the offer too), so the truth now does as well.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MAYA = "maya.patel.fly@gmail.com"
ME = f"Maya Patel <{MAYA}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (  # 0
        "Lone Star Airways",
        "applied",
        "2025-01-06",
        "Lone Star Airways <lonestarair@myworkday.com>",
        "Flight Attendant - Application Received",
        "Hi Maya,\n\nThank you for your interest in becoming a Flight Attendant with Lone Star Airways! We've "
        "received your application (JR-44120) and our Inflight Recruitment team will review it.\n\nLone Star Airways "
        "Talent Acquisition",
        None,
    ),
    (  # 1
        "Gulf Coast Regional Airlines",
        "applied",
        "2025-01-07",
        "Gulf Coast Regional Airlines <noreply@paradox.ai>",
        "Your Gulf Coast Regional application",
        "Hi Maya! This is Olivia, Gulf Coast Regional's virtual recruiting assistant. Thanks for applying for the "
        "Flight Attendant - Houston base role. I'll text you when there's an update.",
        None,
    ),
    (  # 2
        "SkyBridge Airlines",
        "applied",
        "2025-01-08",
        "SkyBridge Airlines <careers-skybridge@icims.com>",
        "Thank you for applying - Flight Attendant (Base: DFW)",
        "Dear Maya,\n\nThank you for applying for the Flight Attendant (Base: DFW) position, requisition 2025-1187. "
        "We are reviewing applications and will contact candidates selected to continue.\n\nSkyBridge Airlines "
        "Recruitment",
        None,
    ),
    (  # 3
        "Meridian Jet",
        "applied",
        "2025-01-09",
        ME,
        "Cabin Attendant - Resume",
        "Hello,\n\nI'm a customer service lead with five years in hospitality and I'd love to be considered for a "
        "cabin attendant position with Meridian Jet. My resume is attached.\n\nThank you,\nMaya Patel",
        None,
        "Hiring <crew@meridianjet.com>",
    ),
    (  # 4
        "Lone Star Airways",
        "interview",
        "2025-01-13",
        "Lone Star Airways Inflight Recruitment <inflightrecruiting@lonestarair.com>",
        "Next step: your virtual interview",
        "Hi Maya,\n\nCongratulations! You've been selected to move forward. The next step is a one-way virtual "
        "interview through HireVue. Please complete it within 5 days of this email.\n\nInflight Recruitment\nLone "
        "Star Airways",
        None,
    ),
    (  # 5
        "Meridian Jet",
        "rejected",
        "2025-01-16",
        "Kelly Dunn <kelly@meridianjet.com>",
        "Re: Cabin Attendant - Resume",
        "Hi Maya, thanks for your interest! We don't have any openings for cabin attendants at the moment, but I'll "
        "keep your resume on file.\n\nKelly",
        3,
    ),
    (  # 6
        "Gulf Coast Regional Airlines",
        "interview",
        "2025-01-20",
        "Gulf Coast Regional Airlines <noreply@paradox.ai>",
        "Your interview is confirmed",
        "Hi Maya, your virtual group interview for Flight Attendant is confirmed for Thursday, January 23 at 10:00 "
        "AM CT. Join from a laptop with your camera on. Reply C to cancel or R to reschedule.",
        None,
    ),
    (  # 7
        "Lone Star Airways",
        "interview",
        "2025-01-27",
        "Lone Star Airways Inflight Recruitment <inflightrecruiting@lonestarair.com>",
        "Invitation to Face-to-Face Interview - Irving, TX",
        "Hi Maya,\n\nBased on your virtual interview, we are pleased to invite you to a Face-to-Face (F2F) Interview "
        "Day at our Training Center in Irving, TX on Monday, February 10. Your airfare on Lone Star Airways is "
        "provided; your travel pass will arrive separately. Please wear business attire.\n\nInflight "
        "Recruitment\nLone Star Airways",
        None,
    ),
    (  # 8
        "Gulf Coast Regional Airlines",
        "rejected",
        "2025-01-29",
        "Gulf Coast Regional Airlines <careers@gulfcoastregional.com>",
        "Flight Attendant - Update",
        "Hi Maya,\n\nThank you for attending our virtual group interview. After careful review we will not be "
        "extending an invitation to the next step of our process. You are welcome to reapply in six months.\n\nGulf "
        "Coast Regional Airlines Recruiting",
        None,
    ),
    (  # 9
        "Lone Star Airways",
        "offer",
        "2025-02-11",
        "Lone Star Airways Inflight Recruitment <inflightrecruiting@lonestarair.com>",
        "Conditional Job Offer (CJO) - Flight Attendant",
        "Hi Maya,\n\nCongratulations! We are pleased to extend you a Conditional Job Offer for the position of Flight "
        "Attendant, contingent on a background check and a drug test. Your training class begins March 24 in "
        "Irving, TX.\n\nInflight Recruitment\nLone Star Airways",
        None,
    ),
    (  # 10
        "Lone Star Airways",
        "accepted",
        "2025-02-12",
        ME,
        "Re: Conditional Job Offer (CJO) - Flight Attendant",
        "Thank you so much! I accept the conditional job offer and I'm excited for the March 24 class.\n\nMaya",
        9,
        "Lone Star Airways Inflight Recruitment <inflightrecruiting@lonestarair.com>",
    ),
    (  # 11
        "SkyBridge Airlines",
        "withdrew",
        "2025-02-14",
        ME,
        "Withdraw application - Maya Patel",
        "Hello,\n\nPlease withdraw my application for Flight Attendant (Base: DFW), requisition 2025-1187. I have "
        "accepted another offer.\n\nThank you,\nMaya Patel",
        None,
        "skybridgerecruiting@skybridgeair.com",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Lone Star Airways <noreply@lonestarair.com>",
        "Your trip confirmation: DFW to LAS",
        "shop",
        "Hi Maya, thanks for booking with Lone Star Airways! Confirmation code: QX7LMB. Dallas/Fort Worth (DFW) to "
        "Las Vegas (LAS), Saturday, February 1. Check in 24 hours before departure.",
    ),
    (
        "Gulf Coast Regional Airlines <noreply@paradox.ai>",
        "Reminder: your interview is tomorrow",
        "reminder",
        "Hi Maya, just a reminder that your virtual group interview is tomorrow at 10:00 AM CT. See you there!",
    ),
    (
        "Lone Star Airways Rewards <rewards@lonestarair.com>",
        "Your January miles statement",
        "newsletter",
        "You earned 2,500 miles this month. Your balance: 18,420 miles. Unsubscribe",
    ),
    (
        "Wings Crew Academy <enroll@wingscrewacademy.com>",
        "Become a flight attendant in 4 weeks",
        "shop",
        "Our grads get hired by major airlines! Mock interviews, grooming workshops and job placement help. Enroll "
        "today and save $200.",
    ),
    (
        "CrewForum <digest@crewforum.net>",
        "Daily digest: F2F tips, CJO timelines",
        "newsletter",
        "New posts: 'Lone Star F2F this week - what to wear?', 'How long after CJO for class date?'",
    ),
    (
        "Indeed <alert@indeed.com>",
        "8 new Flight Attendant jobs in Dallas, TX",
        "alert",
        "Flight Attendant - Regional. Flight Attendant - Charter. View all jobs.",
    ),
    (
        "Priya Patel <priya.patel.home@gmail.com>",
        "Mom's birthday dinner",
        "personal",
        "Are you free on the 15th? Mom wants everyone at the house by 6.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Maya, jobs similar to Flight Attendant",
        "alert",
        "Flight Attendant - SkyBridge Airlines - Dallas. Cabin Crew - Remote base. See all jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MAYA,
        offset=lambda d: "-0600",
        clock="16:20:00",
        neg_start="2025-01-05",
        neg_step=4,
        neg_clock="08:45:00",
        tag="hundredseventyfive",
        host="mail.gmail.com",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird keeps it (one mbox file) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
