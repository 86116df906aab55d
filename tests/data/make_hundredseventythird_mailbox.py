"""A hundred-and-seventy-third mailbox, written as a held-out check after the hundred-and-seventy-second (issue #24).

Travis, a CDL-A truck driver in Indianapolis, exported Gmail with Takeout.  Carriers hire drivers through driver
applications (Tenstreet, DriverReach) that pull a motor-vehicle record, recruiters who "tried calling you", a
conditional offer that is an invitation to orientation, and a road test; a parcel company answers through Indeed, a
grocery distributor through Workday, and a dedicated carrier through its own inbox.  Negatives: a lead site that
"sent your information to carriers", a recruiter's cold pitch with a sign-on bonus, an unfinished driver
application, the FMCSA Clearinghouse's consent request and a drug screen after the offer, a truck stop's rewards, a
union's newsletter.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TRAVIS = "travis.boone.cdl@gmail.com"
ME = f"Travis Boone <{TRAVIS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Crossline Freight",
        "applied",
        "2025-05-05",
        "Crossline Freight <noreply@tenstreet.com>",
        "Your application to Crossline Freight",
        "Travis,\n\nThank you for completing your driver application with Crossline Freight. A recruiter will review "
        "your application, MVR and PSP report and contact you within 1-2 business days.\n\nCrossline Freight Driver "
        "Recruiting\n(800) 555-0144",
        "c1",
    ),
    (
        "Hoosier Tank Lines",
        "applied",
        "2025-05-05",
        "Hoosier Tank Lines <notifications@driverreach.com>",
        "Application Received - Hoosier Tank Lines",
        "Hello Travis,\n\nHoosier Tank Lines has received your application for Tanker Driver - Local (Hazmat "
        "required). Our recruiting team will be in touch.\n\nPowered by DriverReach",
        "h1",
    ),
    (
        "Crossline Freight",
        "screen",
        "2025-05-06",
        "Dee Harmon <dharmon@crosslinefreight.com>",
        "Crossline Freight - tried calling you",
        "Hi Travis,\n\nI tried to reach you by phone this morning about your application for our Regional CDL-A "
        "position. Give me a call back at 317-555-0190 when you have a few minutes so we can go over the job and your "
        "driving history.\n\nDee Harmon\nDriver Recruiter, Crossline Freight",
        "c2",
    ),
    (
        "Midwest Parcel Co.",
        "applied",
        "2025-05-06",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Delivery Driver - CDL B",
        "Application submitted\n\nDelivery Driver - CDL B\nMidwest Parcel Co. - Indianapolis, IN\n\nThe following "
        "items were sent to Midwest Parcel Co.. Good luck on your application!\n\nResume\nApplication questions",
        "m1",
    ),
    (
        "Ridgeway Logistics",
        "applied",
        "2025-05-07",
        ME,
        "CDL-A driver application - Travis Boone",
        "Hello,\n\nI saw your ad for dedicated Class A drivers out of Indianapolis. I have 4 years OTR experience, a "
        "clean MVR, and hazmat and tanker endorsements. My resume is attached.\n\nThank you,\nTravis Boone\n"
        "317-555-0112",
        "r1",
    ),
    (
        "Summit Foods",
        "applied",
        "2025-05-08",
        "Summit Foods <summitfoods@myworkday.com>",
        "Thank you for applying - CDL A Delivery Driver (R-11872)",
        "Dear Travis Boone,\n\nThank you for your interest in the CDL A Delivery Driver position at Summit Foods. We "
        "have received your application and will review your qualifications.\n\nSummit Foods Talent Acquisition",
        "s1",
    ),
    (
        "Midwest Parcel Co.",
        "interview",
        "2025-05-08",
        "Midwest Parcel Co. via Indeed <reply-7f3a21c9e0b4@indeedemail.com>",
        "Interview invitation: Delivery Driver - CDL B",
        "Hi Travis,\n\nThanks for applying. We'd like to meet you at our Indianapolis hub for an interview and a "
        "short yard test. Are you available Tuesday, May 13 at 10am?\n\nMark Ruiz\nHub Manager",
        "m2",
    ),
    (
        "Crossline Freight",
        "offer",
        "2025-05-09",
        "Dee Harmon <dharmon@crosslinefreight.com>",
        "Conditional offer - orientation May 19",
        "Travis,\n\nGood news - you've been approved! We'd like to extend a conditional offer of employment for the "
        "Regional CDL-A Driver position, pending your DOT drug screen and road test at orientation. Orientation "
        "starts Monday, May 19 at 7:00 AM at our Plainfield terminal. Hotel is provided.\n\nDee",
        "c3",
    ),
    (
        "Crossline Freight",
        "accepted",
        "2025-05-09",
        ME,
        "Re: Conditional offer - orientation May 19",
        "Dee - that works, I'll be there Monday the 19th. Thanks!\n\nTravis",
        "c3",
    ),
    (
        "Hoosier Tank Lines",
        "rejected",
        "2025-05-12",
        "Hoosier Tank Lines <notifications@driverreach.com>",
        "Application Update - Hoosier Tank Lines",
        "Hello Travis,\n\nThank you for your interest in driving for Hoosier Tank Lines. At this time we are unable "
        "to move forward with your application because our local tanker positions require a minimum of 2 years of "
        "tank experience.\n\nHoosier Tank Lines Recruiting",
        "h2",
    ),
    (
        "Summit Foods",
        "interview",
        "2025-05-13",
        "Summit Foods Talent Acquisition <summitfoods@myworkday.com>",
        "Road test and interview - CDL A Delivery Driver",
        "Hi Travis,\n\nWe would like to invite you to our Indianapolis distribution center for an interview with the "
        "transportation supervisor and a road test on Friday, May 16 at 8:00 AM. Please bring your CDL, medical card "
        "and a 10-year work history.\n\nSummit Foods Talent Acquisition",
        "s2",
    ),
    (
        "Ridgeway Logistics",
        "reply",
        "2025-05-14",
        "Ridgeway Logistics <jobs@ridgewaylogistics.com>",
        "RE: CDL-A driver application - Travis Boone",
        "Hi Travis, thanks for reaching out. The Indy dedicated account is full right now, but we expect to add "
        "trucks in June and I'll reach out to you then.\n\nCarla\nRidgeway Logistics",
        "r1",
    ),
    (
        "Summit Foods",
        "withdrew",
        "2025-05-15",
        ME,
        "Withdrawing - CDL A Delivery Driver",
        "Hi Jen,\n\nI've accepted another position and need to withdraw from the Summit Foods process. Please cancel "
        "my road test Friday. Thanks for your time.\n\nTravis Boone",
        "s3",
    ),
    (
        "Midwest Parcel Co.",
        "rejected",
        "2025-05-16",
        "Midwest Parcel Co. via Indeed <reply-7f3a21c9e0b4@indeedemail.com>",
        "Re: Interview invitation: Delivery Driver - CDL B",
        "Travis, thanks for coming out Tuesday. We decided to go with a driver who has more box truck experience. "
        "Good luck out there.\nMark",
        "m2",
    ),
]

_OWN_TO = {
    "Ridgeway Logistics": "jobs@ridgewaylogistics.com",
    "Crossline Freight": "Dee Harmon <dharmon@crosslinefreight.com>",
    "Summit Foods": "Jen Ortiz <jen.ortiz@summitfoods.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "CDL Job Now <drivers@cdljobnow.com>",
        "Your information was sent to 12 carriers!",
        "alert",
        "Hi Travis, great news! Your driver profile was sent to 12 carriers hiring in Indianapolis. Expect calls from "
        "recruiters soon. See more CDL jobs near you.",
    ),
    (
        "Ray @ Westbound Transport <ray@westboundtransport.com>",
        "$5,000 sign-on bonus - home weekly",
        "outreach",
        "Hey Travis, saw your profile on CDLjobs. We pay $0.68/mile, home weekly, $5,000 sign-on bonus. Interested? "
        "Call or text me at 463-555-0177.",
    ),
    (
        "Blue Arrow Transport <noreply@tenstreet.com>",
        "Finish your driver application",
        "reminder",
        "Travis, you started a driver application with Blue Arrow Transport but didn't finish it. Pick up where you "
        "left off - it only takes a few minutes.",
    ),
    (
        "FMCSA Clearinghouse <noreply@fmcsa.dot.gov>",
        "Action Required: Consent Request",
        "onboarding",
        "A query request has been made by Crossline Freight. Log in to the Drug and Alcohol Clearinghouse to give or "
        "deny consent for a full query of your record.",
    ),
    (
        "Crossline Safety <safety@crosslinefreight.com>",
        "Pre-employment drug screen",
        "onboarding",
        "Travis, please complete your DOT pre-employment drug screen at the Concentra on W. Washington St. before "
        "orientation. Bring your ID and this authorization number: 448812.",
    ),
    (
        "Pilot Flying J <myrewards@pilotflyingj.com>",
        "Your myRewards points are waiting",
        "shop",
        "You have 1,240 points. Redeem for a free shower or a coffee at any location. Unsubscribe",
    ),
    (
        "Teamsters Local 135 <news@teamsters135.org>",
        "Local 135 monthly update",
        "newsletter",
        "Contract talks with regional carriers continue. Members' meeting Thursday at the hall.",
    ),
    (
        "Indiana BMV <noreply@bmv.in.gov>",
        "Your CDL medical certification was received",
        "not about an application",
        "The BMV has received your medical examiner's certificate. Your commercial driver's license remains valid.",
    ),
    (
        "Amber Boone <amber.boone82@gmail.com>",
        "orientation?",
        "personal",
        "Did you hear back from the Crossline guy? Let me know if you need me to drive you to Plainfield.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "12 new CDL A jobs in Indianapolis, IN",
        "alert",
        "CDL A Driver - Regional - $1,500/week. Local Delivery Driver - CDL B. View all jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TRAVIS,
        own_to=_OWN_TO,
        offset="-0400",
        clock="09:40:00",
        neg_start="2025-05-03",
        neg_step=2,
        neg_clock="18:05:00",
        tag="hundredseventythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
