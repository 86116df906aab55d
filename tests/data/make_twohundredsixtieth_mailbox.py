"""A two-hundred-and-sixtieth mailbox, written as a held-out check after the two-hundred-and-fifty-ninth
(issue #24).

Priya, a management accountant in Leeds, saved her Outlook mail as .eml files.  British hiring: Reed's and
CV-Library's receipts, Totaljobs' "Your application has been viewed" (no step), an Eploy portal's receipt, a
"telephone interview" with HR, an "assessment day" with a "numerical test and a competency interview", "I'm afraid
you have been unsuccessful on this occasion", an agency's "I've sent your CV over to Harrogate Foods", an offer
"subject to satisfactory references", and the person's own "I'd like to formally accept".  Negatives: Reed's job
alert, Totaljobs' "viewed", the council tax, Northern Rail, a colleague.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.sharma.acca@outlook.com"
ME = f"Priya Sharma <{PRIYA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Aire Valley Water",
        "applied",
        "2025-04-07",
        "Reed <noreply@reed.co.uk>",
        "Your application to Aire Valley Water",
        "Hi Priya,\n\nYour application for Management Accountant at Aire Valley Water has been sent. Good luck!\n\n"
        "The Reed team",
        None,
    ),
    (
        "Kirkstall Brewing",
        "applied",
        "2025-04-08",
        "CV-Library <noreply@cv-library.co.uk>",
        "Application confirmation: Finance Business Partner",
        "Dear Priya,\n\nThank you for applying for Finance Business Partner with Kirkstall Brewing Ltd via CV-Library. "
        "Your CV has been sent to the recruiter.\n\nCV-Library",
        None,
    ),
    (
        "Yorkshire Rail Services",
        "applied",
        "2025-04-09",
        "Yorkshire Rail Services Careers <careers@yrs.eploy.example>",
        "Thank you for your application",
        "Dear Priya,\n\nThank you for your application for the role of Management Accountant at Yorkshire Rail "
        "Services. We will be in touch once the closing date has passed.\n\nKind regards,\nResourcing Team",
        None,
    ),
    (
        "Harrogate Foods",
        "applied",
        "2025-04-10",
        "Ben Walsh <ben.walsh@northfinancerecruit.example>",
        "Management Accountant - Harrogate Foods",
        "Hi Priya,\n\nGood to speak this morning. As discussed, I've sent your CV over to Harrogate Foods for the "
        "Management Accountant role and will chase for feedback on Friday.\n\nKind regards,\nBen Walsh\nNorth Finance "
        "Recruitment",
        None,
    ),
    (
        "Aire Valley Water",
        "screen",
        "2025-04-14",
        "Gemma Holt <gemma.holt@airevalleywater.co.uk>",
        "Telephone interview - Management Accountant",
        "Hi Priya,\n\nThank you for your application. We would like to invite you to a 20-minute telephone interview "
        "with a member of the HR team on Wednesday 16 April. Please let me know a suitable time.\n\nKind regards,\n"
        "Gemma Holt\nHR Advisor",
        None,
    ),
    (
        "Kirkstall Brewing",
        "rejected",
        "2025-04-15",
        "Kirkstall Brewing Ltd <jobs@kirkstallbrewing.example>",
        "Finance Business Partner",
        "Dear Priya,\n\nThank you for applying for the Finance Business Partner role. I'm afraid you have been "
        "unsuccessful on this occasion. We wish you every success in your search.\n\nKind regards,\nKirkstall Brewing",
        None,
    ),
    (
        "Harrogate Foods",
        "interview",
        "2025-04-16",
        "Ben Walsh <ben.walsh@northfinancerecruit.example>",
        "RE: Management Accountant - Harrogate Foods",
        "Hi Priya,\n\nGreat news - Harrogate Foods would like to interview you on Tuesday 22nd at 10am at their "
        "Knaresborough site with the Financial Controller.\n\nKind regards,\nBen",
        None,
    ),
    (
        "Aire Valley Water",
        "onsite",
        "2025-04-22",
        "Gemma Holt <gemma.holt@airevalleywater.co.uk>",
        "Assessment day invitation",
        "Hi Priya,\n\nFollowing your telephone interview, we are pleased to invite you to our assessment day on 30 April "
        "at our Bradford office. The day includes a numerical test and a competency interview with the Head of "
        "Finance.\n\nKind regards,\nGemma",
        None,
    ),
    (
        "Harrogate Foods",
        "rejected",
        "2025-04-25",
        "Ben Walsh <ben.walsh@northfinancerecruit.example>",
        "RE: Management Accountant - Harrogate Foods",
        "Hi Priya,\n\nI've had feedback from Harrogate Foods - they really liked you but have offered the role to a "
        "candidate with more manufacturing experience. Sorry it's not better news.\n\nKind regards,\nBen",
        None,
    ),
    (
        "Yorkshire Rail Services",
        "rejected",
        "2025-05-02",
        "Yorkshire Rail Services Careers <careers@yrs.eploy.example>",
        "Your application - Management Accountant",
        "Dear Priya,\n\nThank you for your interest in Yorkshire Rail Services. On this occasion we will not be taking "
        "your application further.\n\nKind regards,\nResourcing Team",
        None,
    ),
    (
        "Aire Valley Water",
        "offer",
        "2025-05-06",
        "Gemma Holt <gemma.holt@airevalleywater.co.uk>",
        "Offer of employment",
        "Hi Priya,\n\nI'm delighted to offer you the position of Management Accountant, subject to satisfactory "
        "references. Your offer letter and contract will follow by email.\n\nKind regards,\nGemma",
        None,
    ),
    (
        "Aire Valley Water",
        "accepted",
        "2025-05-07",
        ME,
        "RE: Offer of employment",
        "Hi Gemma,\n\nThank you so much. I'd like to formally accept the offer and look forward to receiving the "
        "contract.\n\nKind regards,\nPriya",
        "Gemma Holt <gemma.holt@airevalleywater.co.uk>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Reed <jobalerts@reed.co.uk>",
        "New jobs: Management Accountant in Leeds",
        "alert",
        "Management Accountant - Leeds; Finance Analyst - Wakefield; Assistant Accountant - Bradford.",
    ),
    (
        "Totaljobs <noreply@totaljobs.com>",
        "Your application has been viewed",
        "viewed",
        "Good news! A recruiter has viewed your application for Finance Manager.",
    ),
    (
        "Leeds City Council <counciltax@leeds.example>",
        "Your council tax bill",
        "other",
        "Your council tax bill for 2025/26 is ready to view online.",
    ),
    (
        "Northern <noreply@northernrailway.example>",
        "Your e-ticket to York",
        "other",
        "Your e-ticket for 12 April is attached.",
    ),
    (
        "Sophie Turner <sophie.turner@gmail.example>",
        "Drinks Friday?",
        "personal",
        "Drinks Friday after work? The usual place on Call Lane.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="09:25:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="19:50:00",
        tag="twohundredsixty",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), PRIYA)
