"""A two-hundred-and-fifty-ninth mailbox, written as a held-out check after the two-hundred-and-fifty-eighth
(issue #24).

Jordan, a data engineer in Denver, exports Gmail with Takeout.  Each employer writes through a different tracking
system, in the words those systems' default templates use: Workday ("Thank you for applying to the Senior Data
Engineer position, Job Requisition ID R-0042871"), SmartRecruiters, Jobvite, iCIMS, JazzHR ("applytojob.com"),
BambooHR, and a Workday "candidate home" account mail; a "hiring manager screen", a "technical assessment via
CodeSignal", a "virtual onsite (4 x 45 minutes)", and a rejection sent "after the interview process".  Negatives:
Workday's account verification, SmartRecruiters' job alert, iCIMS' talent community, a Jobvite "refer a friend",
a bank, a climbing gym.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.

The truth first called the "hiring manager screen" a screen; SPEC 3.2 maps "hiring manager" to an interview round,
as the reader did, and the truth now says so.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.reyes.data@gmail.com"
ME = f"Jordan Reyes <{JORDAN}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Front Range Outdoor",
        "applied",
        "2025-02-03",
        "Front Range Outdoor <frontrange@myworkday.com>",
        "Thank you for applying to Front Range Outdoor",
        "Hi Jordan,\n\nThank you for applying to the Senior Data Engineer position, Job Requisition ID R-0042871. We "
        "are reviewing your background and experience and will be in touch if your qualifications match our "
        "needs.\n\nYou can track your application in Candidate Home.\n\nFront Range Outdoor Talent Acquisition",
        "f1",
    ),
    (
        "Aspen Ledger",
        "applied",
        "2025-02-04",
        "Aspen Ledger <noreply@smartrecruiters.com>",
        "Thank you for your application",
        "Dear Jordan,\n\nThank you for your interest in Aspen Ledger! We have received your application for the "
        "position of Data Engineer II and we will review it shortly.\n\nBest regards,\nAspen Ledger Recruiting Team",
        "a1",
    ),
    (
        "Mile High Mobility",
        "applied",
        "2025-02-05",
        "Mile High Mobility <notification@jobvite.com>",
        "Mile High Mobility: Thanks for applying!",
        "Hi Jordan,\n\nThanks for your interest in the Data Platform Engineer opening at Mile High Mobility. We have "
        "received your application and are reviewing it now.\n\nThanks,\nMile High Mobility Recruiting",
        "m1",
    ),
    (
        "Cherry Creek Health",
        "applied",
        "2025-02-06",
        "Cherry Creek Health <cherrycreekhealth@icims.com>",
        "Your application for Data Engineer",
        "Dear Jordan,\n\nThank you for your interest in Cherry Creek Health. This message confirms we have received your "
        "application for Data Engineer (Job ID 2025-4412). We will review your qualifications and contact you if "
        "there is a match.\n\nCherry Creek Health Talent Acquisition",
        "c1",
    ),
    (
        "Pearl Street Analytics",
        "applied",
        "2025-02-07",
        "Pearl Street Analytics <noreply@applytojob.com>",
        "Thank you for applying to Pearl Street Analytics",
        "Hi Jordan,\n\nThank you for applying for the Analytics Engineer position at Pearl Street Analytics. We have "
        "received your application.\n\nRegards,\nPearl Street Analytics",
        "p1",
    ),
    (
        "Front Range Outdoor",
        "interview",
        "2025-02-11",
        "Alyssa Grant <alyssa.grant@frontrangeoutdoor.com>",
        "Senior Data Engineer - hiring manager screen",
        "Hi Jordan,\n\nThanks for your interest in the Senior Data Engineer role! I'd like to set up a 30-minute hiring "
        "manager screen with Nate, our Data Engineering Manager. Please share a few times that work.\n\nThanks,\n"
        "Alyssa Grant\nTechnical Recruiter",
        "f2",
    ),
    (
        "Aspen Ledger",
        "interview",
        "2025-02-12",
        "Aspen Ledger <noreply@smartrecruiters.com>",
        "Technical assessment - Data Engineer II",
        "Dear Jordan,\n\nCongratulations on moving forward in our process! The next step is a technical assessment via "
        "CodeSignal. You will receive a separate email with the link; please complete it within 5 days.\n\nBest "
        "regards,\nAspen Ledger Recruiting Team",
        "a1",
    ),
    (
        "Cherry Creek Health",
        "rejected",
        "2025-02-13",
        "Cherry Creek Health <cherrycreekhealth@icims.com>",
        "Update on your application",
        "Dear Jordan,\n\nThank you for your interest in the Data Engineer position. We have reviewed your application "
        "and have decided to move forward with other applicants whose skills and experience more closely match the "
        "requirements of this position.\n\nCherry Creek Health Talent Acquisition",
        "c1",
    ),
    (
        "Pearl Street Analytics",
        "rejected",
        "2025-02-14",
        "Pearl Street Analytics <noreply@applytojob.com>",
        "Your application with Pearl Street Analytics",
        "Hi Jordan,\n\nThank you for your interest in the Analytics Engineer position. Unfortunately, the position has "
        "been filled. We appreciate your interest and encourage you to apply for future openings.\n\nRegards,\n"
        "Pearl Street Analytics",
        "p1",
    ),
    (
        "Front Range Outdoor",
        "onsite",
        "2025-02-19",
        "Alyssa Grant <alyssa.grant@frontrangeoutdoor.com>",
        "RE: Senior Data Engineer - hiring manager screen",
        "Hi Jordan,\n\nNate enjoyed your conversation! Next up is a virtual onsite: four 45-minute interviews (SQL, "
        "pipeline design, behavioral and a chat with the VP of Data) on Tuesday, Feb 25.\n\nThanks,\nAlyssa",
        "f2",
    ),
    (
        "Aspen Ledger",
        "rejected",
        "2025-02-21",
        "Aspen Ledger <noreply@smartrecruiters.com>",
        "Your application for Data Engineer II",
        "Dear Jordan,\n\nThank you for completing the technical assessment. After careful review, we will not be moving "
        "forward with your application at this time.\n\nBest regards,\nAspen Ledger Recruiting Team",
        "a1",
    ),
    (
        "Mile High Mobility",
        "rejected",
        "2025-02-24",
        "Mile High Mobility <notification@jobvite.com>",
        "Mile High Mobility: Your application",
        "Hi Jordan,\n\nThank you for taking the time to interview with us for the Data Platform Engineer role. After the "
        "interview process we have decided to pursue other candidates.\n\nThanks,\nMile High Mobility Recruiting",
        "m1",
    ),
    (
        "Front Range Outdoor",
        "offer",
        "2025-03-03",
        "Alyssa Grant <alyssa.grant@frontrangeoutdoor.com>",
        "Front Range Outdoor - offer",
        "Hi Jordan,\n\nThe team would love to have you join as a Senior Data Engineer! Your offer letter is waiting in "
        "Candidate Home; please review and accept by Friday. Base salary $168,000 plus bonus.\n\nThanks,\nAlyssa",
        "f3",
    ),
    (
        "Front Range Outdoor",
        "accepted",
        "2025-03-04",
        ME,
        "Re: Front Range Outdoor - offer",
        "Hi Alyssa,\n\nThank you! I've accepted the offer in Candidate Home and I'm excited to get started.\n\nBest,\n"
        "Jordan",
        "f3",
    ),
]

_OWN_TO = {"Front Range Outdoor": "Alyssa Grant <alyssa.grant@frontrangeoutdoor.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Front Range Outdoor <frontrange@myworkday.com>",
        "Verify your candidate account",
        "other",
        "Please verify your email address to finish creating your candidate account.",
    ),
    (
        "SmartRecruiters <jobalerts@smartrecruiters.com>",
        "New jobs you might like",
        "alert",
        "Data Engineer at a fintech; Analytics Engineer at a retailer; ML Engineer at a health company.",
    ),
    (
        "Cherry Creek Health <cherrycreekhealth@icims.com>",
        "Welcome to our Talent Community",
        "other",
        "Thank you for joining the Cherry Creek Health Talent Community. We'll share new opportunities with you.",
    ),
    (
        "Jobvite <notification@jobvite.com>",
        "Know someone great? Refer a friend to Mile High Mobility",
        "newsletter",
        "Know someone who'd be great at Mile High Mobility? Refer them and help us grow.",
    ),
    (
        "Elevations Credit Union <alerts@elevations.example>",
        "Your statement is ready",
        "other",
        "Your February statement is available in online banking.",
    ),
    (
        "Movement Climbing <hello@movement.example>",
        "Your membership renews soon",
        "shop",
        "Your monthly membership renews on March 1.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JORDAN,
        own_to=_OWN_TO,
        offset="-0700",
        clock="09:10:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="20:45:00",
        tag="twohundredfiftynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
