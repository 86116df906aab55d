"""A four-hundred-and-sixtieth mailbox, written as a held-out check after the four-hundred-and-fifty-ninth (issue
#24).

Ravi Sharma, a process engineer in Calgary, keeps his mail in Thunderbird and exports it as one mbox.  Canadian
energy hiring: a recruiter who asks first, "Do I have your permission to present you to Suncor for the Senior Process
Engineer role?" (no application yet), then, after his "Yes, please go ahead", "I've now submitted you to Suncor";
"Suncor would like to set up an interview with the hiring manager", "a final panel interview at their Calgary
office", "Suncor has extended a verbal offer", his acceptance; Cenovus's Workday receipt and its "we have decided to
pursue other candidates"; an engineering firm's SuccessFactors receipt and its "Your application is still under
consideration"; and his thank-you.  Negatives: Indeed's alert, APEGA's newsletter, a recruiter's "quick question"
cold note, a webinar, Calgary Transit and his brother.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RAVI = "ravi.sharma.peng@shaw.example"
ME = f"Ravi Sharma <{RAVI}>"
CHRIS = "Chris MacLeod <cmacleod@prairieenergyrecruit.example>"
STANTEC = "Stantec Careers <careers@successfactors.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Cenovus Energy",
        "applied",
        "2025-05-05",
        "Cenovus <cenovus@myworkday.com>",
        "Thank you for your application",
        "Hello Ravi,\n\nThank you for applying to the Process Engineer (R-22810) position at Cenovus Energy. We are "
        "reviewing your application.\n\nCenovus Talent Acquisition",
        None,
    ),
    (
        "Stantec",
        "applied",
        "2025-05-06",
        STANTEC,
        "Application received - Senior Process Engineer",
        "Dear Ravi,\n\nThank you for your interest in Stantec. We have received your application for Senior Process "
        "Engineer (Req 1008853).\n\nStantec Talent Acquisition",
        None,
    ),
    (
        "Suncor",
        "applied",
        "2025-05-08",
        CHRIS,
        "RE: Senior Process Engineer - permission to present",
        "Hi Ravi,\n\nThanks for confirming. I've now submitted you to Suncor for the Senior Process Engineer role and "
        "will follow up with the hiring manager on Monday.\n\nChris MacLeod\nPrairie Energy Recruitment",
        None,
    ),
    (
        "Suncor",
        "interview",
        "2025-05-14",
        CHRIS,
        "RE: Senior Process Engineer - permission to present",
        "Hi Ravi,\n\nGood news - Suncor would like to set up an interview with the hiring manager, Janet Kowalski, on "
        "Friday at 10 am (MS Teams).\n\nChris",
        2,
    ),
    (
        "Stantec",
        "reply",
        "2025-05-16",
        STANTEC,
        "Update on your application",
        "Dear Ravi,\n\nYour application for Senior Process Engineer is still under consideration. We expect to complete "
        "our review by the end of the month.\n\nStantec Talent Acquisition",
        1,
    ),
    (
        "Cenovus Energy",
        "rejected",
        "2025-05-20",
        "Cenovus <cenovus@myworkday.com>",
        "Your application for Process Engineer",
        "Hello Ravi,\n\nThank you for your interest in Cenovus Energy. After careful review, we have decided to pursue "
        "other candidates for this position.\n\nCenovus Talent Acquisition",
        0,
    ),
    (
        "Suncor",
        "onsite",
        "2025-05-22",
        CHRIS,
        "RE: Senior Process Engineer - permission to present",
        "Hi Ravi,\n\nJanet was impressed. Suncor would like you to come in for a final panel interview at their Calgary "
        "office on May 29.\n\nChris",
        3,
    ),
    (
        "Suncor",
        "thank_you",
        "2025-05-29",
        ME,
        "RE: Senior Process Engineer - permission to present",
        "Hi Chris,\n\nThe panel went well. Please pass on my thanks to Janet and the team for their time today.\n\n"
        "Ravi",
        6,
        CHRIS,
    ),
    (
        "Suncor",
        "offer",
        "2025-06-04",
        CHRIS,
        "RE: Senior Process Engineer - permission to present",
        "Hi Ravi,\n\nCongratulations - Suncor has extended a verbal offer: $142,000 base plus 12% bonus. The written "
        "offer will follow.\n\nChris",
        7,
    ),
    (
        "Suncor",
        "accepted",
        "2025-06-05",
        ME,
        "RE: Senior Process Engineer - permission to present",
        "Hi Chris,\n\nExcellent news. I'm pleased to accept Suncor's offer - please let them know.\n\nRavi",
        8,
        CHRIS,
    ),
]

_NEGATIVES = [
    (
        "Chris MacLeod <cmacleod@prairieenergyrecruit.example>",
        "Senior Process Engineer - permission to present",
        "outreach",
        "Hi Ravi,\n\nGreat speaking with you. Do I have your permission to present you to Suncor for the Senior "
        "Process Engineer role? Please reply to confirm.\n\nChris MacLeod\nPrairie Energy Recruitment",
    ),
    (
        "Indeed <alert@indeed.example>",
        "Process Engineer jobs in Calgary, AB",
        "alert",
        "Process Engineer - Imperial. Senior Process Engineer - CNRL. See all.",
    ),
    (
        "APEGA <news@apega.example>",
        "The PEG: May edition",
        "newsletter",
        "News for Alberta's engineers. Unsubscribe.",
    ),
    (
        "Mike Dyck <mike@oilpatchtalent.example>",
        "quick question",
        "outreach",
        "Hi Ravi, quick question - would you consider a rotational role in Fort McMurray? Happy to share details.",
    ),
    (
        "AIChE <webinars@aiche.example>",
        "Webinar: heat exchanger fouling",
        "newsletter",
        "Register now.",
    ),
    (
        "Calgary Transit <noreply@calgarytransit.example>",
        "My Fare receipt",
        "other",
        "Your monthly pass is active.",
    ),
    (
        "Anil Sharma <anil.sharma@gmail.example>",
        "Stampede",
        "personal",
        "Tickets for Stampede on the 10th?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (the permission request first, the day before)."""
    from mail_score import threaded_corpus

    msgs = threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=RAVI,
        offset=lambda d: "-0600",
        clock="09:35:00",
        neg_start="2025-05-07",
        neg_step=5,
        neg_clock="16:20:00",
        tag="fourhundredsixty",
        host="shaw.example",
    )
    # the recruiter's submission answers the permission request (after his "yes", not kept), in its thread
    ask = next(m for m, t in msgs if t == ("skip", "outreach", None) and "permission" in str(m["Subject"]))
    for m, t in msgs:
        if t[0] == "suncor" and not m["In-Reply-To"]:
            m["In-Reply-To"] = ask["Message-ID"]
            m["References"] = ask["Message-ID"]
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
