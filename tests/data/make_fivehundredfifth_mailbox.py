"""A five-hundred-and-fifth mailbox, written as a held-out check after the five-hundred-and-fourth (issue #24).

Ngozi Okafor, a data analyst in London, keeps her mail in Gmail, exported with Takeout.  London's data recruiters write
in short lines: "I've sent your CV over to the hiring manager at Monzo", "Monzo would like to invite you to a first
stage interview", "They've come back with a no on this one", "Sent your CV across to Ocado Technology this morning",
"Feedback from Ocado: they'd like you in for the final stage", "They'd like to make you an offer - £58k plus bonus";
Workable's "Thanks for applying to Wise", "a 45-minute SQL and Python technical test", Wise's "we've decided not to
move forward"; her "Very happy to accept!".  Negatives: a job board's alert,
a data newsletter, a second recruiter's cold "Analytics roles - open to a chat?", Monzo's own card statement (a
company she applied to), TfL and her cousin.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NGOZI = "ngozi.okafor.data@gmail.com"
ME = f"Ngozi Okafor <{NGOZI}>"
DAN = "Dan Whitfield <dan.whitfield@harnham.example>"
WISE = "Wise <noreply@workable.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Monzo",
        "applied",
        "2025-05-12",
        DAN,
        "Monzo - Senior Data Analyst",
        "Hi Ngozi,\n\nGood to speak earlier. I've sent your CV over to the hiring manager at Monzo for the Senior Data "
        "Analyst role (Borrowing). Will chase for feedback Wednesday.\n\nDan Whitfield\nHarnham",
        "t-monzo",
    ),
    (
        "Wise",
        "applied",
        "2025-05-13",
        WISE,
        "Thanks for applying to Wise",
        "Hi Ngozi,\n\nThanks for applying for the Data Analyst - Payments role at Wise. Our team will review your "
        "application and get back to you soon.\n\nThe Wise Talent Team",
        "t-wise",
    ),
    (
        "Ocado Technology",
        "applied",
        "2025-05-14",
        DAN,
        "Ocado",
        "Hi Ngozi,\n\nSent your CV across to Ocado Technology this morning for the Analytics Lead role in Hatfield.\n\n"
        "Dan",
        "t-ocado",
    ),
    (
        "Monzo",
        "interview",
        "2025-05-15",
        DAN,
        "RE: Monzo - Senior Data Analyst",
        "Hi Ngozi,\n\nMonzo would like to invite you to a first stage interview with the hiring manager next Tuesday "
        "at 11. Video call, 45 mins.\n\nDan",
        "t-monzo",
    ),
    (
        "Wise",
        "interview",
        "2025-05-16",
        WISE,
        "Next step: technical test",
        "Hi Ngozi,\n\nWe'd like to invite you to complete a 45-minute SQL and Python technical test. You'll receive the "
        "link in a separate email.\n\nThe Wise Talent Team",
        "t-wise2",
    ),
    (
        "Monzo",
        "rejected",
        "2025-05-22",
        DAN,
        "RE: Monzo - Senior Data Analyst",
        "Hi Ngozi,\n\nThey've come back with a no on this one unfortunately - they went with someone with more credit "
        "risk background. Sorry! Plenty more coming.\n\nDan",
        "t-monzo",
    ),
    (
        "Ocado Technology",
        "onsite",
        "2025-05-23",
        DAN,
        "RE: Ocado",
        "Hi Ngozi,\n\nFeedback from Ocado: they really liked you and they'd like you in for the final stage - a case "
        "presentation and a panel with the Head of Analytics in Hatfield.\n\nDan",
        "t-ocado",
    ),
    (
        "Wise",
        "rejected",
        "2025-05-27",
        WISE,
        "Your application to Wise",
        "Hi Ngozi,\n\nThanks for taking the technical test. After reviewing your results, we've decided not to move "
        "forward with your application at this time.\n\nThe Wise Talent Team",
        "t-wise3",
    ),
    (
        "Ocado Technology",
        "offer",
        "2025-06-04",
        DAN,
        "RE: Ocado",
        "Hi Ngozi,\n\nGreat news - they'd like to make you an offer! £58k plus bonus, 25 days holiday. Give me a call when "
        "you can.\n\nDan",
        "t-ocado",
    ),
    (
        "Ocado Technology",
        "accepted",
        "2025-06-05",
        ME,
        "RE: Ocado",
        "Hi Dan,\n\nVery happy to accept! Thanks for all your help with this.\n\nNgozi",
        "t-ocado",
    ),
]

_NEGATIVES = [
    (
        "Totaljobs <alerts@totaljobs.example>",
        "12 new Data Analyst jobs in London",
        "alert",
        "Data Analyst - Shoreditch. BI Analyst - Canary Wharf. View all jobs.",
    ),
    (
        "Data Elixir <hello@dataelixir.example>",
        "Data Elixir - Issue 512",
        "newsletter",
        "This week in data. Unsubscribe.",
    ),
    (
        "Holly Grant <holly.grant@datasearch.example>",
        "Analytics roles - open to a chat?",
        "outreach",
        "Hi Ngozi, I'm working on a couple of senior analytics roles in fintech. Open to a chat this week?",
    ),
    (
        "Monzo <help@monzo.example>",
        "Your monthly statement is ready",
        "other",
        "Your May statement is ready in the app.",
    ),
    (
        "TfL <noreply@tfl.example>",
        "Your contactless journey statement",
        "other",
        "Your journeys for May.",
    ),
    (
        "Chidi Okafor <chidi.okafor@gmail.example>",
        "owambe",
        "personal",
        "You're coming Saturday abi?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=NGOZI,
        own_to={"Ocado Technology": DAN},
        offset="+0100",
        clock="13:25:00",
        neg_start="2025-05-11",
        neg_step=4,
        neg_clock="20:40:00",
        tag="fivehundredfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
