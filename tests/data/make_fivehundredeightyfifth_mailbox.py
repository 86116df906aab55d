"""A five-hundred-and-eighty-fifth mailbox, written as a held-out check after the five-hundred-and-eighty-fourth
(issue #24).

Lauren Fischer, a third-year corporate associate in New York, keeps her lateral search in Gmail and exports it with
Takeout. Law firms hire through legal recruiters and their own recruiting departments, in a vocabulary of their own: a
Major, Lindsey & Africa recruiter's "I submitted your materials to Cooley for the emerging companies associate role",
Wilson Sonsini's iCIMS "Thank you for applying", Cooley's "would like to schedule screening interviews with two
partners", Wilson Sonsini's "we have decided not to move forward with your candidacy", Cooley's "callback interview:
meetings with five partners and associates at our Hudson Yards office", the recruiter's "Cooley has extended an offer",
her "Please let them know I accept" and her thanks after the callback. Negatives: a legal job board's alert, Law360's
newsletter, a second recruiter's cold mail, a CLE webinar, Cooley's own client alert (a firm she applied to) and her
sister. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.

One truth changed after the first read, to the reader's convention (a name with two right answers): the firm that
writes "Wilson Sonsini" in its sender and "Wilson Sonsini Goodrich & Rosati" in its text is the fuller name (as
"Zillow Group"); it had been written as "Wilson Sonsini".
"""

from __future__ import annotations

from pathlib import Path

LAUREN = "lauren.fischer.esq@gmail.com"
ME = f"Lauren Fischer <{LAUREN}>"
DANA = "Dana Levin <dlevin@mlaglobal.example>"
WSGR = "Wilson Sonsini <wsgr@icims.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Cooley",
        "applied",
        "2025-02-03",
        DANA,
        "Cooley - emerging companies",
        "Hi Lauren,\n\nGreat speaking today. I submitted your materials to Cooley for the emerging companies associate "
        "role in New York this afternoon. I'll follow up with them later this week.\n\nDana Levin\nMajor, Lindsey & "
        "Africa",
        "t-cooley",
    ),
    (
        "Wilson Sonsini Goodrich & Rosati",
        "applied",
        "2025-02-04",
        WSGR,
        "Thank you for applying",
        "Dear Lauren,\n\nThank you for applying for the Corporate Associate position at Wilson Sonsini Goodrich & Rosati "
        "in New York. Our attorney recruiting team will review your materials.\n\nWilson Sonsini Attorney Recruiting",
        "t-wsgr",
    ),
    (
        "Cooley",
        "interview",
        "2025-02-10",
        DANA,
        "RE: Cooley - emerging companies",
        "Hi Lauren,\n\nGood news - Cooley would like to schedule screening interviews with two partners next week. "
        "Please send me your availability.\n\nDana",
        "t-cooley",
    ),
    (
        "Wilson Sonsini Goodrich & Rosati",
        "rejected",
        "2025-02-12",
        WSGR,
        "Your candidacy with Wilson Sonsini",
        "Dear Lauren,\n\nThank you for your interest in Wilson Sonsini. After careful consideration, we have decided not "
        "to move forward with your candidacy at this time.\n\nWilson Sonsini Attorney Recruiting",
        "t-wsgr",
    ),
    (
        "Cooley",
        "onsite",
        "2025-02-19",
        DANA,
        "RE: Cooley - emerging companies",
        "Hi Lauren,\n\nThe partners enjoyed meeting you. Cooley would like you back for a callback interview: meetings "
        "with five partners and associates at their Hudson Yards office on February 26.\n\nDana",
        "t-cooley",
    ),
    (
        "Cooley",
        "thank_you",
        "2025-02-26",
        ME,
        "RE: Cooley - emerging companies",
        "Hi Dana,\n\nThe callback went well - thank you for setting it up. Please pass along my thanks to the team for "
        "their time today.\n\nLauren",
        "t-cooley",
    ),
    (
        "Cooley",
        "offer",
        "2025-03-05",
        DANA,
        "RE: Cooley - emerging companies",
        "Hi Lauren,\n\nCongratulations - Cooley has extended an offer! Class-year salary and a signing bonus; details "
        "in the attached letter.\n\nDana",
        "t-cooley",
    ),
    (
        "Cooley",
        "accepted",
        "2025-03-06",
        ME,
        "RE: Cooley - emerging companies",
        "Hi Dana,\n\nWonderful news. Please let them know I accept - thank you for everything!\n\nLauren",
        "t-cooley",
    ),
]

_NEGATIVES = [
    (
        "LawCrossing <alerts@lawcrossing.example>",
        "New corporate associate jobs in New York",
        "alert",
        "Corporate Associate - New York. M&A Associate - Boston. View jobs.",
    ),
    (
        "Law360 <newsletter@law360.example>",
        "Law360 Daily",
        "newsletter",
        "Today's legal news. Unsubscribe.",
    ),
    (
        "Ben Adler <ben@lateralpartners.example>",
        "Fund formation associate - top 20 firm",
        "outreach",
        "Hi Lauren, I'm working on a fund formation associate search at a top-20 firm. Would you be open to a call?",
    ),
    (
        "CLE Center <events@clecenter.example>",
        "Earn 2 ethics credits this week",
        "newsletter",
        "Register today. Unsubscribe.",
    ),
    (
        "Cooley Alerts <alerts@cooley.example>",
        "Client alert: SEC adopts new rules",
        "newsletter",
        "Read our analysis. Unsubscribe.",
    ),
    (
        "Amy Fischer <amy.fischer@gmail.example>",
        "brunch",
        "personal",
        "Brunch Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LAUREN,
        own_to={"Cooley": DANA},
        offset="-0500",
        clock="18:10:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="22:05:00",
        tag="fivehundredeightyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
