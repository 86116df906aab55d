"""A two-hundred-and-seventy-second mailbox, written as a held-out check after the two-hundred-and-seventy-first
(issue #24).

Tomás, a former teacher moving into data analysis in Chicago, exports Gmail with Takeout.  A career changer's search:
LinkedIn's message notifications that carry a recruiter's words ("Kayla sent you a message"), LinkedIn's "Your
application was sent to", his own cold mail to a hiring manager and her reply, a take-home SQL exercise, a
"portfolio review" (a round), "we've decided to pursue candidates with more direct experience", a bootcamp's
employer partner, and his own follow-up, thank-you and acceptance.  Negatives: LinkedIn's "jobs you may be
interested in", "who viewed your profile", a bootcamp's newsletter, a SQL course's promotion, his school's pension
notice, a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOMAS = "tomas.herrera.data@gmail.com"
ME = f"Tomás Herrera <{TOMAS}>"

_OWN_TO = {
    "Lakeview Logistics": "Rachel Kim <rachel.kim@lakeviewlogistics.com>",
    "Prairie Health Partners": "Talent <talent@prairiehealthpartners.org>",
    "Northbound Analytics": "Kayla Brooks <kayla@northboundanalytics.com>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Northbound Analytics",
        "applied",
        "2025-04-01",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tomás, your application was sent to Northbound Analytics",
        "Your application was sent to Northbound Analytics\n\nJunior Data Analyst\nNorthbound Analytics · Chicago, IL "
        "(Hybrid)\n\nApplied on April 1, 2025",
        "n1",
    ),
    (
        "Lakeview Logistics",
        "applied",
        "2025-04-02",
        ME,
        "Former teacher, now analyst - Data Analyst role",
        "Hi Rachel,\n\nI saw your post about the Data Analyst opening on your team. I spent six years teaching math at "
        "a CPS high school and recently finished a data analytics program (SQL, Python, Tableau). I've applied on your "
        "careers site and attached my resume and a short portfolio here. I'd love to be considered.\n\nThanks,\n"
        "Tomás",
        "l1",
    ),
    (
        "Prairie Health Partners",
        "applied",
        "2025-04-03",
        "Prairie Health Partners <donotreply@prairiehealthpartners.org>",
        "Thank you for your application",
        "Dear Tomas,\n\nThank you for applying for the position of Data Analyst I (Req #2025-3391) with Prairie Health "
        "Partners. Your application is under review.\n\nHuman Resources",
        "p1",
    ),
    (
        "Northbound Analytics",
        "screen",
        "2025-04-04",
        "Kayla Brooks via LinkedIn <messages-noreply@linkedin.com>",
        "Kayla sent you a message",
        "Kayla Brooks\nTalent Acquisition at Northbound Analytics\n\nHi Tomás, thanks for applying to our Junior Data "
        "Analyst role! Your teaching background is really interesting. Would you be open to a 20-minute call this "
        "week? Here's my calendar: https://calendly.com/kayla-northbound\n\nView message\n\nYou are receiving "
        "notification emails. Unsubscribe",
        "n2",
    ),
    (
        "Lakeview Logistics",
        "interview",
        "2025-04-07",
        "Rachel Kim <rachel.kim@lakeviewlogistics.com>",
        "Re: Former teacher, now analyst - Data Analyst role",
        "Hi Tomás,\n\nThanks for reaching out directly - I loved your portfolio. I've flagged your application with "
        "our recruiter. As a first step, could you complete a short take-home SQL exercise? It should take about two "
        "hours; please send it back by Friday.\n\nRachel Kim\nAnalytics Manager, Lakeview Logistics",
        "l1",
    ),
    (
        "Northbound Analytics",
        "interview",
        "2025-04-10",
        "Kayla Brooks via LinkedIn <messages-noreply@linkedin.com>",
        "Kayla sent you a message",
        "Kayla Brooks\nTalent Acquisition at Northbound Analytics\n\nGreat talking with you! Next up is a portfolio "
        "review with our analytics lead, Sam - 45 minutes where you walk through one of your projects. Does Tuesday "
        "at 11 work?\n\nView message",
        "n3",
    ),
    (
        "Prairie Health Partners",
        "rejected",
        "2025-04-11",
        "Prairie Health Partners <donotreply@prairiehealthpartners.org>",
        "Regarding your application",
        "Dear Tomas,\n\nThank you for your interest in the Data Analyst I position. After reviewing your qualifications, "
        "we've decided to pursue candidates with more direct healthcare analytics experience.\n\nHuman Resources\n"
        "Prairie Health Partners",
        "p1",
    ),
    (
        "Lakeview Logistics",
        "onsite",
        "2025-04-16",
        "Rachel Kim <rachel.kim@lakeviewlogistics.com>",
        "Re: Former teacher, now analyst - Data Analyst role",
        "Tomás - your SQL exercise was one of the best we received. We'd like to bring you in for a final round at "
        "our West Loop office next Wednesday: you'll meet me, our VP of Operations and two analysts.\n\nRachel",
        "l1",
    ),
    (
        "Northbound Analytics",
        "thank_you",
        "2025-04-15",
        ME,
        "Thank you - portfolio review",
        "Hi Kayla,\n\nThanks for setting up today's portfolio review with Sam. I really enjoyed talking through the "
        "attendance dashboard project.\n\nBest,\nTomás",
        "n4",
    ),
    (
        "Northbound Analytics",
        "follow_up",
        "2025-04-25",
        ME,
        "Following up",
        "Hi Kayla,\n\nI hope you're well! I wanted to follow up on the Junior Data Analyst role after my portfolio "
        "review last week. Please let me know if there's anything else you need from me.\n\nBest,\nTomás",
        "n5",
    ),
    (
        "Lakeview Logistics",
        "offer",
        "2025-04-28",
        "Rachel Kim <rachel.kim@lakeviewlogistics.com>",
        "Offer - Data Analyst",
        "Hi Tomás,\n\nI'm thrilled to share that we'd like you to join the team! Our recruiter will send the formal "
        "offer letter today: $74,000 base, hybrid, starting May 19.\n\nRachel",
        "l2",
    ),
    (
        "Lakeview Logistics",
        "accepted",
        "2025-04-30",
        ME,
        "Re: Offer - Data Analyst",
        "Hi Rachel,\n\nI've signed the offer letter - I'm so excited to join Lakeview! Thank you for taking a chance on "
        "a career changer.\n\nTomás",
        "l2",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Data Analyst at Northbound Analytics and 9 more jobs in Chicago",
        "alert",
        "Jobs you may be interested in: Data Analyst - Northbound Analytics - Chicago, IL; BI Analyst - Lakeview "
        "Logistics - Chicago, IL.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        "viewed",
        "You appeared in 14 searches this week. See who's viewed your profile.",
    ),
    (
        "Launchpad Data Academy <community@launchpaddata.example>",
        "Alumni spotlight and April career fair",
        "newsletter",
        "Meet three alumni who landed analyst roles, and register for our April employer career fair.",
    ),
    (
        "SQL Sprint <deals@sqlsprint.example>",
        "50% off advanced window functions",
        "shop",
        "Master window functions this weekend: 50% off our advanced SQL course.",
    ),
    (
        "Chicago Teachers' Pension Fund <members@ctpf.example>",
        "Your annual member statement",
        "other",
        "Your annual member statement is available in the member portal.",
    ),
    (
        "Luis Ortega <luis.ortega@gmail.example>",
        "cubs sunday",
        "personal",
        "got 2 tix for cubs sunday, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TOMAS,
        own_to=_OWN_TO,
        offset="-0500",
        clock="09:50:00",
        neg_start="2025-03-31",
        neg_step=5,
        neg_clock="21:10:00",
        tag="twohundredseventytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
