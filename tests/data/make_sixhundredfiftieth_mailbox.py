"""A six-hundred-and-fiftieth mailbox, written as a held-out check after the six-hundred-and-forty-ninth (issue #24).

Nathan Brooks, a fourth-year corporate associate in Chicago, keeps his Proton mail in Thunderbird and exports the
inbox as one mbox. His lateral search goes through a legal recruiter, who writes about the firms: "I submitted your
materials to Sidley Austin this morning", "Your materials are in with Kirkland & Ellis as well", then "Kirkland
would like to have you in for a screening interview with two partners", "Sidley has passed - they're looking for
someone with more fund formation experience", "Kirkland wants you back for a callback round with the practice
group", "Kirkland has extended an offer!" and his "Please let them know I accept". He applies directly to Latham
through its careers site ("Thank you for your interest in Latham & Watkins") and hears "we are not in a position to
move forward"; and to Baird & Warner's in-house legal team through Workday, with no answer yet. Negatives: Above the
Law's newsletter, a second recruiter's cold mail, a LinkedIn "Kirkland & Ellis viewed your profile", the Illinois
bar's CLE reminder, Kirkland's own alumni newsletter and his brother. (Its first writing put both submissions in one
mail read twice, which no mailbox holds; the first read of the two mails missed the bar.) ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NATHAN = "nathan.brooks.law@proton.example"
ME = f"Nathan Brooks <{NATHAN}>"
REC = "Lauren Pierce <lpierce@majorlindsey.example>"
LATHAM = "Latham & Watkins Recruiting <recruiting@lw.example>"
BW = "Baird & Warner <bairdwarner@myworkday.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Sidley Austin",
        "applied",
        "2025-03-03",
        REC,
        "Submission - Sidley Austin",
        "Nathan,\n\nAs discussed, I submitted your materials to Sidley Austin this morning for their Chicago M&A "
        "group. Sidley usually responds within a week.\n\nLauren\n\nLauren Pierce | Managing Director | Major, "
        "Lindsey & Africa",
        None,
    ),
    (
        "Kirkland & Ellis",
        "applied",
        "2025-03-03",
        REC,
        "Submission - Kirkland & Ellis",
        "Nathan,\n\nYour materials are in with Kirkland & Ellis as well - I sent them to the Chicago corporate "
        "recruiting manager an hour ago.\n\nLauren\n\nLauren Pierce | Managing Director | Major, Lindsey & Africa",
        None,
    ),
    (
        "Latham & Watkins",
        "applied",
        "2025-03-04",
        LATHAM,
        "Thank you for your interest in Latham & Watkins",
        "Dear Nathan,\n\nThank you for your interest in Latham & Watkins. We have received your application for a "
        "Corporate Associate position in our Chicago office.\n\nLatham & Watkins Attorney Recruiting",
        None,
    ),
    (
        "Baird & Warner",
        "applied",
        "2025-03-05",
        BW,
        "Thank you for applying",
        "Hi Nathan,\n\nThank you for applying to the Corporate Counsel position at Baird & Warner. We will review your "
        "application.\n\nBaird & Warner Talent",
        None,
    ),
    (
        "Kirkland & Ellis",
        "interview",
        "2025-03-07",
        REC,
        "Kirkland - screening interview",
        "Nathan,\n\nGood news: Kirkland would like to have you in for a screening interview with two partners next "
        "Tuesday or Wednesday afternoon. Which works better?\n\nLauren",
        None,
    ),
    (
        "Sidley Austin",
        "rejected",
        "2025-03-10",
        REC,
        "Sidley update",
        "Nathan,\n\nSidley has passed - they're looking for someone with more fund formation experience. Not a "
        "reflection on you; the group is very specific right now.\n\nLauren",
        None,
    ),
    (
        "Kirkland & Ellis",
        "onsite",
        "2025-03-17",
        REC,
        "RE: Kirkland - screening interview",
        "Nathan,\n\nKirkland wants you back for a callback round with the practice group - five or six meetings at "
        "300 N LaSalle, probably the week of the 24th.\n\nLauren",
        4,
    ),
    (
        "Latham & Watkins",
        "rejected",
        "2025-03-19",
        LATHAM,
        "Your application to Latham & Watkins",
        "Dear Nathan,\n\nThank you for your interest. After careful review, we are not in a position to move forward "
        "with your candidacy at this time.\n\nLatham & Watkins Attorney Recruiting",
        2,
    ),
    (
        "Kirkland & Ellis",
        "offer",
        "2025-03-31",
        REC,
        "Kirkland!",
        "Nathan,\n\nKirkland has extended an offer! Class of 2021 compensation, Chicago M&A. Call me when you have a "
        "minute.\n\nLauren",
        None,
    ),
    (
        "Kirkland & Ellis",
        "accepted",
        "2025-04-01",
        ME,
        "RE: Kirkland!",
        "Lauren,\n\nThis is fantastic. Please let them know I accept - thank you for everything.\n\nNathan",
        8,
        REC,
    ),
]

_NEGATIVES = [
    (
        "Above the Law <newsletter@abovethelaw.example>",
        "Morning Docket",
        "newsletter",
        "Today's legal news. Unsubscribe.",
    ),
    (
        "Greg Stone <gstone@kinneyrecruiting.example>",
        "Chicago corporate associate opportunities",
        "outreach",
        "Hi Nathan, several AmLaw 50 firms in Chicago are hiring midlevel corporate associates. Open to a confidential "
        "conversation?",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.example>",
        "Kirkland & Ellis viewed your profile",
        "viewed",
        "Someone at Kirkland & Ellis viewed your profile.",
    ),
    (
        "ARDC <noreply@iardc.example>",
        "MCLE reporting reminder",
        "other",
        "Your MCLE reporting period ends June 30.",
    ),
    (
        "Kirkland & Ellis <alumni@kirkland.example>",
        "K&E Alumni Newsletter",
        "newsletter",
        "News from the firm's alumni network. Unsubscribe.",
    ),
    (
        "Ethan Brooks <ethan.brooks@gmail.example>",
        "Cubs tickets",
        "personal",
        "Got tickets for opening day!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=NATHAN,
        offset=lambda d: "-0600" if d.month < 3 or (d.month == 3 and d.day < 9) else "-0500",
        clock="14:40:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="22:15:00",
        tag="sixhundredfifty",
        host="proton.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
