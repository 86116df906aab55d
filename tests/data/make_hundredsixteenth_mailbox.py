"""A hundred-and-sixteenth mailbox, written as a held-out check after the hundred-and-fifteenth (issue #24).

Maria, a data analyst in Austin, exports Gmail with Takeout.  Nearly all of her search runs through LinkedIn and
Indeed: their application receipts, "your application was viewed", LinkedIn's "Your update from ..." carrying an
employer's no, an employer's message relayed by Indeed's mail (``@indeedemail.com``), Indeed's "interview
invitation" with a time to pick, a recruiter's LinkedIn message notification.  Her negatives are those sites' other
mail (alerts, "jobs you may be interested in", a premium upsell, a "people viewed your profile") and her own.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARIA = "maria.gonzalez.data@gmail.com"
_ME = f"Maria Gonzalez <{MARIA}>"
_LI = "LinkedIn <jobs-noreply@linkedin.com>"
_INDEED = "Indeed <no-reply@indeed.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Lonestar Foods through Indeed (receipt, a relayed message asking for a call, an interview invitation, a no)
    (
        "Lonestar Foods",
        "applied",
        "2025-10-01",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Data Analyst",
        "Application submitted\n\nData Analyst\nLonestar Foods - Austin, TX\n\nThe employer will review your "
        "application. Good luck!",
        "lf1",
    ),
    (
        "Lonestar Foods",
        "screen",
        "2025-10-06",
        "Rachel Kim - Lonestar Foods <reply-8f2a91c@indeedemail.com>",
        "Data Analyst at Lonestar Foods",
        "Hi Maria,\n\nThanks for applying to our Data Analyst position! I'd like to set up a 20-minute phone call to "
        "go over the role. What does your availability look like this week?\n\nRachel Kim\nHR Generalist",
        "lf2",
    ),
    (
        "Lonestar Foods",
        "interview",
        "2025-10-13",
        _INDEED,
        "Interview invitation from Lonestar Foods",
        "Lonestar Foods has invited you to interview for Data Analyst.\n\nVideo interview with the Analytics "
        "Manager, 45 minutes. Select a time that works for you.",
        "lf3",
    ),
    (
        "Lonestar Foods",
        "rejected",
        "2025-10-24",
        _INDEED,
        "An update on your application from Lonestar Foods",
        "Data Analyst - Lonestar Foods\n\nThank you for your interest. Lonestar Foods has reviewed your application "
        "and decided to move forward with other candidates at this time.",
        "lf4",
    ),
    # Hill Country Credit Union through LinkedIn (receipt, "your update from": a no)
    (
        "Hill Country Credit Union",
        "applied",
        "2025-10-02",
        _LI,
        "Maria, your application was sent to Hill Country Credit Union",
        "Your application was sent to Hill Country Credit Union\n\nBusiness Intelligence Analyst\nHill Country "
        "Credit Union · Austin, TX (Hybrid)\nApplied on October 2, 2025",
        "hc1",
    ),
    (
        "Hill Country Credit Union",
        "rejected",
        "2025-10-15",
        _LI,
        "Your update from Hill Country Credit Union",
        "Business Intelligence Analyst\nHill Country Credit Union · Austin, TX\n\nThank you for your interest in the "
        "Business Intelligence Analyst position at Hill Country Credit Union in Austin, TX. Unfortunately, we will "
        "not be moving forward with your application, but we appreciate your time and interest.\n\nRegards,\nHill "
        "Country Credit Union",
        "hc2",
    ),
    # Bluebonnet Analytics through LinkedIn (receipt; a recruiter's message; an interview; an offer; yes)
    (
        "Bluebonnet Analytics",
        "applied",
        "2025-10-03",
        _LI,
        "Maria, your application was sent to Bluebonnet Analytics",
        "Your application was sent to Bluebonnet Analytics\n\nData Analyst II\nBluebonnet Analytics · Austin, TX "
        "(Remote)\nApplied on October 3, 2025",
        "bb1",
    ),
    (
        "Bluebonnet Analytics",
        "screen",
        "2025-10-08",
        "Tom Becker via LinkedIn <messages-noreply@linkedin.com>",
        "Tom just messaged you",
        "Tom Becker\nTalent Acquisition at Bluebonnet Analytics\n\nHi Maria, thanks for applying to the Data Analyst "
        "II role! Do you have time for a quick intro call on Thursday or Friday?\n\nView message",
        "bb2",
    ),
    (
        "Bluebonnet Analytics",
        "interview",
        "2025-10-14",
        "Tom Becker <tom.becker@bluebonnetanalytics.com>",
        "Bluebonnet Analytics - technical interview",
        "Hi Maria,\n\nGreat chatting last week! Next step is a 60-minute technical interview with two of our "
        "analysts (SQL and a case). Here's a link to pick a slot.\n\nTom",
        "bb3",
    ),
    (
        "Bluebonnet Analytics",
        "offer",
        "2025-10-27",
        "Tom Becker <tom.becker@bluebonnetanalytics.com>",
        "Offer - Data Analyst II",
        "Hi Maria,\n\nI'm thrilled to share that the team wants to extend you an offer for the Data Analyst II role! "
        "The offer letter is attached - base salary $92,000, fully remote.\n\nTom",
        "bb4",
    ),
    (
        "Bluebonnet Analytics",
        "accepted",
        "2025-10-29",
        _ME,
        "Re: Offer - Data Analyst II",
        "Hi Tom,\n\nThank you! I'm excited to accept the offer - the signed letter is attached.\n\nMaria",
        "bb4",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Hill Country Credit Union",
        "viewed",
        "Hill Country Credit Union viewed your application for Business Intelligence Analyst.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“data analyst”: Bluebonnet Analytics - Data Analyst II and more",
        "alert",
        "Data Analyst II - Bluebonnet Analytics - Austin, TX. Senior Data Analyst - Lonestar Foods - Austin, TX. See "
        "all jobs.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Jobs you may be interested in",
        "alert",
        "Data Analyst - Austin, TX. Reporting Analyst - Round Rock, TX. BI Developer - Remote. View more jobs.",
    ),
    (
        "LinkedIn <premium-noreply@linkedin.com>",
        "Maria, see who's hiring - try Premium free for 1 month",
        "shop",
        "Stand out to recruiters and see how you compare with other applicants. Try Premium free. Unsubscribe",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 9 searches this week",
        "newsletter",
        "You appeared in 9 searches this week. See who's looking at your profile.",
    ),
    (
        "Glassdoor <noreply@glassdoor.example>",
        "Salaries for Data Analyst in Austin",
        "newsletter",
        "Data analysts in Austin earn $78K on average. See salaries and reviews. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MARIA,
        own_to={"Bluebonnet Analytics": "Tom Becker <tom.becker@bluebonnetanalytics.com>"},
        offset="-0500",
        clock="13:10:00",
        neg_start="2025-10-04",
        neg_step=4,
        neg_clock="06:40:00",
        tag="hundredsixteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
