"""A two-hundred-and-seventeenth mailbox, written as a held-out check after the two-hundred-and-sixteenth (issue #24).

Darnell, a mechanical design engineer in Detroit, exports Gmail with Takeout.  Automotive hiring: an automaker's
Workday, a supplier's Eightfold, an EV start-up's Ashby, a staffing agency's recruiter submitting him to a tool
maker "contract-to-hire" at an hourly rate, a plant tour.  What a mailbox also holds around an application sent by
mail: Gmail's bounce of it ("Address not found", with the original application quoted below), a resend to the right
address, Outlook's read receipt ("Read: ...") and a delay notice.  Negatives: those three, SAE's newsletter, a CAD
webinar, LinkedIn's "you appeared in searches", an energy bill, a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DARNELL = "darnell.hayes.me@gmail.com"
ME = f"Darnell Hayes <{DARNELL}>"

_APPLICATION = (
    "Dear Mr. Kowalczyk,\n\nI am writing to apply for the Mechanical Design Engineer position posted on your "
    "website. I have six years of experience designing progressive dies and fixtures in NX and SolidWorks, most "
    "recently at a Tier 1 stamping supplier. My resume is attached.\n\nSincerely,\nDarnell Hayes\n(313) 555-0147"
)

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Great Lakes Drivetrain",
        "applied",
        "2025-02-03",
        "Great Lakes Drivetrain <greatlakesdrivetrain@myworkday.com>",
        "Thank you for applying to Great Lakes Drivetrain",
        "Dear Darnell,\n\nThank you for your interest in Great Lakes Drivetrain. We have received your application "
        "for Product Design Engineer - Axles (R0051822). If your qualifications match, a recruiter will contact "
        "you.\n\nGreat Lakes Drivetrain Talent Acquisition",
        "g1",
    ),
    (
        "Kettering Tool & Die",
        "applied",
        "2025-02-04",
        ME,
        "Application - Mechanical Design Engineer",
        _APPLICATION,
        "k1",
    ),
    (
        "Ridgeway Automotive Systems",
        "applied",
        "2025-02-05",
        "Ridgeway Automotive Systems <careers@ridgeway.eightfold.ai>",
        "Your application to Ridgeway Automotive Systems",
        "Hi Darnell,\n\nThanks for applying to the Senior Mechanical Engineer, Seating Structures role at Ridgeway "
        "Automotive Systems. You can track your application on our careers site.\n\nRidgeway Careers",
        "r1",
    ),
    (
        "Huron Precision",
        "applied",
        "2025-02-06",
        "Kyle Brennan <kbrennan@aerotek.com>",
        "Submitted - Design Engineer at Huron Precision",
        "Hey Darnell,\n\nGreat talking today. As discussed, I've submitted your resume to Huron Precision for the "
        "Design Engineer role in Sterling Heights ($42/hr W2, contract-to-hire). I'll let you know as soon as I hear "
        "back from the hiring manager.\n\nKyle Brennan\nRecruiter | Aerotek",
        "h1",
    ),
    (
        "Voltaic Motors",
        "applied",
        "2025-02-07",
        "Voltaic Motors <no-reply@ashbyhq.com>",
        "Thanks for applying to Voltaic Motors!",
        "Hi Darnell,\n\nThanks for applying for Mechanical Engineer, Battery Enclosures at Voltaic Motors. We're "
        "reviewing applications and will get back to you soon.\n\nThe Voltaic Motors Team",
        "v1",
    ),
    (
        "Great Lakes Drivetrain",
        "screen",
        "2025-02-11",
        "Monique Ellis <monique.ellis@greatlakesdrivetrain.com>",
        "Product Design Engineer - Axles",
        "Hi Darnell,\n\nI'm the recruiter for our Product Design Engineer - Axles opening. Do you have 20 minutes "
        "on Thursday or Friday for a phone call to go over the role and your background?\n\nMonique Ellis\nTalent "
        "Acquisition Partner | Great Lakes Drivetrain",
        "g2",
    ),
    (
        "Huron Precision",
        "interview",
        "2025-02-12",
        "Kyle Brennan <kbrennan@aerotek.com>",
        "RE: Submitted - Design Engineer at Huron Precision",
        "Good news - the hiring manager at Huron Precision wants to do a Teams interview with you Monday at 1pm. "
        "It'll be him and their lead designer, about 45 minutes, mostly technical (GD&T, tolerance stacks).\n\n"
        "Kyle",
        "h1",
    ),
    (
        "Voltaic Motors",
        "rejected",
        "2025-02-14",
        "Voltaic Motors <no-reply@ashbyhq.com>",
        "Your application to Voltaic Motors",
        "Hi Darnell,\n\nThank you for your interest in Voltaic Motors. We've reviewed your application and have "
        "decided to move forward with candidates who have more direct experience with battery enclosures. We'll "
        "keep your information on file.\n\nThe Voltaic Motors Team",
        "v1",
    ),
    (
        "Great Lakes Drivetrain",
        "onsite",
        "2025-02-20",
        "Monique Ellis <monique.ellis@greatlakesdrivetrain.com>",
        "Invitation: plant tour and interviews",
        "Hi Darnell,\n\nThe hiring team would like to bring you to our Auburn Hills tech center on February 27 for a "
        "plant tour and interviews with the engineering manager, two design leads and HR (9:00-1:00, lunch "
        "included).\n\nMonique",
        "g2",
    ),
    (
        "Huron Precision",
        "offer",
        "2025-02-21",
        "Kyle Brennan <kbrennan@aerotek.com>",
        "RE: Submitted - Design Engineer at Huron Precision",
        "Darnell - great news, Huron Precision wants to extend an offer! $42/hr W2, contract-to-hire after 6 "
        "months, start March 10. Let me know if you want to accept and I'll send over the onboarding paperwork.\n\n"
        "Kyle",
        "h1",
    ),
    (
        "Kettering Tool & Die",
        "rejected",
        "2025-02-24",
        "Stan Kowalczyk <stan@ketteringtool.com>",
        "RE: Application - Mechanical Design Engineer",
        "Darnell,\n\nThanks for your interest. We filled the position last week with an internal transfer. I'll keep "
        "your resume if something opens up.\n\nStan Kowalczyk\nEngineering Manager\nKettering Tool & Die",
        "k1",
    ),
    (
        "Huron Precision",
        "declined",
        "2025-02-26",
        ME,
        "RE: Submitted - Design Engineer at Huron Precision",
        "Hi Kyle,\n\nThanks for pushing this through. I'm going to pass on the Huron offer - I'm in final rounds for "
        "a direct-hire role and can't commit to a contract right now.\n\nDarnell",
        "h1",
    ),
    (
        "Great Lakes Drivetrain",
        "offer",
        "2025-03-05",
        "Great Lakes Drivetrain <greatlakesdrivetrain@myworkday.com>",
        "Your offer from Great Lakes Drivetrain",
        "Dear Darnell,\n\nCongratulations! We are pleased to extend you an offer for the position of Product Design "
        "Engineer - Axles. Please review and accept your offer letter in Candidate Home by March 10.\n\nGreat Lakes "
        "Drivetrain Talent Acquisition",
        "g3",
    ),
]

_OWN_TO = {
    "Kettering Tool & Die": "Stan Kowalczyk <stan@ketteringtool.com>",
    "Huron Precision": "Kyle Brennan <kbrennan@aerotek.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "bounce",
        "** Address not found **\n\nYour message wasn't delivered to careers@ketteringtoolanddie.com because the "
        "address couldn't be found, or is unable to receive mail.\n\nLearn more here: "
        "https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 The email account that "
        "you tried to reach does not exist.\n\n----- Original message -----\n\nFrom: Darnell Hayes "
        "<darnell.hayes.me@gmail.com>\nTo: careers@ketteringtoolanddie.com\nSubject: Application - Mechanical Design "
        "Engineer\n\n" + _APPLICATION,
    ),
    (
        "Stan Kowalczyk <stan@ketteringtool.com>",
        "Read: Application - Mechanical Design Engineer",
        "receipt",
        "Your message\n\n  To: Stan Kowalczyk\n  Subject: Application - Mechanical Design Engineer\n  Sent: Tuesday, "
        "February 4, 2025 10:12:04 AM (UTC-05:00) Eastern Time (US & Canada)\n\nwas read on Tuesday, February 4, "
        "2025 11:40:51 AM (UTC-05:00) Eastern Time (US & Canada).",
    ),
    (
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        "bounce",
        "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
        "hr@huronprecision.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails "
        "permanently.\n\n----- Original message -----\n\nSubject: Thank you - Design Engineer interview\n\nThank you "
        "for the interview today. I enjoyed talking about the fixture program.",
    ),
    (
        "SAE International <newsletter@sae.example>",
        "SAE Update: the week in mobility engineering",
        "newsletter",
        "Software-defined vehicles, gigacasting and the new battery standards.",
    ),
    (
        "Dassault Systemes <events@3ds.example>",
        "Webinar: SOLIDWORKS 2025 what's new for sheet metal",
        "newsletter",
        "Join our live webinar on February 19 to see what's new in SOLIDWORKS 2025.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        "newsletter",
        "See who's looking: recruiter searches found you for Mechanical Engineer.",
    ),
    (
        "DTE Energy <billing@dteenergy.example>",
        "Your DTE bill is ready",
        "other",
        "Your February bill of $187.40 is ready.",
    ),
    (
        "Marcus Hayes <marcus.hayes1985@gmail.com>",
        "pistons game",
        "personal",
        "Got two tickets for the Pistons on the 22nd, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the application by mail sent again, to the right address, after
    its bounce), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DARNELL,
        own_to=_OWN_TO,
        offset="-0500",
        clock="10:12:04",
        neg_start="2025-02-04",
        neg_step=3,
        neg_clock="10:13:00",
        tag="twohundredseventeen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
