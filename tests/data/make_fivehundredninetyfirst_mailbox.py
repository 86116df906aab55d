"""A five-hundred-and-ninety-first mailbox, written as a held-out check after the five-hundred-and-ninetieth
(issue #24).

Sam Patel, a data analyst in Melbourne, exports his Gmail with Takeout. Victorian public bodies, a university and a
health service write through PageUp and their own mailboxes, in the public sector's words: Monash University's PageUp
"Thank you for your application for the position of Data Analyst (Job No. 671234)", VicRoads' "Application
acknowledgement", Alfred Health's "Your application has been received", Monash's "You have been shortlisted for
interview" before a panel, VicRoads' "you have not been shortlisted on this occasion", Alfred Health's "a short online
assessment (Criteria Corp)", Monash's "we would like to conduct referee checks", Alfred Health's "the panel has decided
not to progress your application", Monash's "Letter of offer", his "I am delighted to accept" and his thanks to the
panel chair. Negatives: SEEK's job mail, The Age's newsletter, a recruiter's cold mail, Monash's own alumni magazine (a
university he applied to), Myki and his mother. Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.

The truth first called the online assessment an "assessment", which is no event of SPEC 3.2's vocabulary; as the spec
says, an assessment is an interview round, and the truth now says so (the scorer now refuses such a truth).
"""

from __future__ import annotations

from pathlib import Path

SAM = "sam.patel.data@gmail.com"
ME = f"Sam Patel <{SAM}>"
MONASH = "Monash University <monashcareers@pageuppeople.example>"
VIC = "VicRoads Recruitment <recruitment@roads.vic.gov.example>"
ALFRED = "Alfred Health Careers <careers@alfredhealth.example>"
LIZ = "Elizabeth Tran <elizabeth.tran@monash.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Monash University",
        "applied",
        "2025-07-07",
        MONASH,
        "Thank you for your application - Data Analyst (Job No. 671234)",
        "Dear Sam,\n\nThank you for your application for the position of Data Analyst (Job No. 671234) at Monash "
        "University. Your application will be considered by the selection panel after the closing date.\n\nMonash "
        "University Recruitment",
        "t-mon",
    ),
    (
        "VicRoads",
        "applied",
        "2025-07-08",
        VIC,
        "Application acknowledgement - Senior Data Analyst VPS5",
        "Dear Sam Patel,\n\nThis email acknowledges receipt of your application for Senior Data Analyst VPS5 "
        "(VRD/2025/118). Shortlisting will occur after the advertisement closes.\n\nVicRoads Recruitment",
        "t-vic",
    ),
    (
        "Alfred Health",
        "applied",
        "2025-07-09",
        ALFRED,
        "Your application has been received",
        "Dear Sam,\n\nYour application for Health Data Analyst at Alfred Health has been received. We will be in "
        "touch.\n\nAlfred Health Careers",
        "t-alf",
    ),
    (
        "Monash University",
        "onsite",
        "2025-07-21",
        LIZ,
        "Interview invitation - Data Analyst (Job No. 671234)",
        "Dear Sam,\n\nYou have been shortlisted for interview for the Data Analyst position. The panel interview will "
        "be held on Tuesday 29 July at 2pm on the Clayton campus; the panel is chaired by the Director, Planning and "
        "Analytics.\n\nElizabeth Tran\nHR Advisor",
        "t-mon2",
    ),
    (
        "VicRoads",
        "rejected",
        "2025-07-22",
        VIC,
        "Outcome of your application - Senior Data Analyst VPS5",
        "Dear Sam Patel,\n\nThank you for your interest in this role. Unfortunately you have not been shortlisted on "
        "this occasion.\n\nVicRoads Recruitment",
        "t-vic",
    ),
    (
        "Alfred Health",
        "interview",
        "2025-07-23",
        ALFRED,
        "Next step - online assessment",
        "Dear Sam,\n\nAs part of the selection process we ask you to complete a short online assessment (Criteria "
        "Corp) within three days.\n\nAlfred Health Careers",
        "t-alf",
    ),
    (
        "Monash University",
        "thank_you",
        "2025-07-29",
        ME,
        "RE: Interview invitation - Data Analyst (Job No. 671234)",
        "Dear Elizabeth,\n\nPlease pass on my thanks to the panel for this afternoon's interview.\n\nKind regards,\n"
        "Sam Patel",
        "t-mon2",
    ),
    (
        "Alfred Health",
        "rejected",
        "2025-08-01",
        ALFRED,
        "Health Data Analyst - application update",
        "Dear Sam,\n\nThank you for completing the assessment. The panel has decided not to progress your application "
        "further.\n\nAlfred Health Careers",
        "t-alf",
    ),
    (
        "Monash University",
        "offer",
        "2025-08-08",
        LIZ,
        "Letter of offer - Data Analyst",
        "Dear Sam,\n\nFollowing referee checks, I am pleased to attach your letter of offer for the Data Analyst "
        "position. Please sign and return it by 15 August.\n\nElizabeth Tran",
        "t-mon3",
    ),
    (
        "Monash University",
        "accepted",
        "2025-08-11",
        ME,
        "RE: Letter of offer - Data Analyst",
        "Dear Elizabeth,\n\nI am delighted to accept. The signed letter is attached.\n\nKind regards,\nSam Patel",
        "t-mon3",
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@seek.example>",
        "New jobs for Data Analyst in Melbourne",
        "alert",
        "Data Analyst - Docklands. Insights Analyst - Richmond. View all jobs.",
    ),
    (
        "The Age <newsletters@theage.example>",
        "Morning Edition",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "Ben Cooper <ben.cooper@hudson.example>",
        "Contract BI role",
        "outreach",
        "Hi Sam, I have a six-month BI analyst contract in the CBD. Keen for a chat?",
    ),
    (
        "Monash Alumni <alumni@monash.example>",
        "Monash Magazine: spring issue",
        "newsletter",
        "Stories from our community. Unsubscribe.",
    ),
    (
        "myki <noreply@myki.example>",
        "Your top up was successful",
        "other",
        "Your myki was topped up with $20.00.",
    ),
    (
        "Mum <meena.patel@bigpond.example>",
        "dinner sunday",
        "personal",
        "Are you coming for dinner on Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SAM,
        own_to={"Monash University": LIZ},
        offset="+1000",
        clock="09:35:00",
        neg_start="2025-07-06",
        neg_step=5,
        neg_clock="20:05:00",
        tag="fivehundredninetyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
