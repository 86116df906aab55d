"""A fifty-seventh mailbox, written as a held-out check after the fifty-sixth's fixes (issue #24).

Hannah, a data analyst in Minneapolis, exports Gmail with Takeout.  Much of her mail is waiting: employers answer
her check-ins with "the team is still reviewing", a hiring committee "needs another week", a take-home submission
is acknowledged with no decision; a credit union offers and she declines; a small outfitter she wrote to fills the
role.  Workday, Paycom, Greenhouse and Lever send the templates; Workday asks about her candidate experience.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.berglund.data@gmail.com"
_ME = f"Hannah Berglund <{HANNAH}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # North Star Retail (Workday; her check-in, their "still reviewing", then a refusal)
    (
        "North Star Retail",
        "applied",
        "2025-09-02",
        "North Star Retail <northstarretail@myworkday.com>",
        "Thank you for applying to North Star Retail",
        "Hannah,\n\nThank you for applying for Data Analyst, Merchandising (R-40912). We'll review your application and "
        "reach out if your experience is a match.\n\nNorth Star Retail Talent Acquisition",
        "ns1",
    ),
    (
        "North Star Retail",
        "follow_up",
        "2025-09-19",
        _ME,
        "Data Analyst, Merchandising (R-40912) - checking in",
        "Hi Jenna,\n\nI applied for the Data Analyst, Merchandising role on September 2 and wanted to check in on the "
        "status of my application. I'm very excited about the team's work on assortment planning.\n\nThank you,\n"
        "Hannah Berglund",
        "ns2",
    ),
    (
        "North Star Retail",
        "reply",
        "2025-09-22",
        "Jenna Olson <jenna.olson@northstarretail.com>",
        "Re: Data Analyst, Merchandising (R-40912) - checking in",
        "Hi Hannah,\n\nThanks for checking in! The team is still reviewing applications and we hope to have an update "
        "by the end of next week.\n\nJenna Olson\nRecruiter, North Star Retail",
        "ns2",
    ),
    (
        "North Star Retail",
        "rejected",
        "2025-10-03",
        "North Star Retail <northstarretail@myworkday.com>",
        "Update on Data Analyst, Merchandising (R-40912)",
        "Hannah,\n\nThank you for your interest in North Star Retail. After reviewing your qualifications, we have "
        "decided to move forward with other candidates for this position.\n\nNorth Star Retail Talent Acquisition",
        "ns3",
    ),
    # Lakes Credit Union (Paycom; a committee interview, a week's delay, an offer she declines)
    (
        "Lakes Credit Union",
        "applied",
        "2025-09-04",
        "Lakes Credit Union <noreply@paycomonline.net>",
        "Lakes Credit Union - Application Received",
        "Hello Hannah,\n\nThank you for applying for the Business Intelligence Analyst position at Lakes Credit Union. "
        "We have received your application.\n\nLakes Credit Union Human Resources",
        "lc1",
    ),
    (
        "Lakes Credit Union",
        "interview",
        "2025-09-15",
        "Carla Lindqvist <clindqvist@lakescu.org>",
        "Interview Invitation - Business Intelligence Analyst",
        "Hello Hannah,\n\nWe would like to invite you for a virtual interview with our hiring committee on Monday, "
        "September 22 at 1:00 PM. The interview will last about 45 minutes.\n\nCarla Lindqvist\nHR Generalist, Lakes "
        "Credit Union",
        "lc2",
    ),
    (
        "Lakes Credit Union",
        "reply",
        "2025-09-30",
        "Carla Lindqvist <clindqvist@lakescu.org>",
        "Re: Interview Invitation - Business Intelligence Analyst",
        "Hello Hannah,\n\nI wanted to give you a quick update: the hiring committee is still interviewing a few "
        "candidates and needs another week to finish. Thank you for your patience!\n\nCarla",
        "lc2",
    ),
    (
        "Lakes Credit Union",
        "offer",
        "2025-10-08",
        "Carla Lindqvist <clindqvist@lakescu.org>",
        "Offer - Business Intelligence Analyst",
        "Hello Hannah,\n\nOn behalf of Lakes Credit Union, I am pleased to offer you the position of Business "
        "Intelligence Analyst at an annual salary of $78,500. Your offer letter is attached; please let us know your "
        "decision by October 15.\n\nCarla",
        "lc3",
    ),
    (
        "Lakes Credit Union",
        "declined",
        "2025-10-14",
        _ME,
        "Re: Offer - Business Intelligence Analyst",
        "Hello Carla,\n\nThank you so much for the offer and for your kindness throughout the process. After careful "
        "consideration, I have decided to decline, as I've accepted a role that is closer to my long-term goals.\n\n"
        "Best regards,\nHannah",
        "lc3",
    ),
    # Prairie Health Analytics (Greenhouse; a call, a take-home acknowledged, a refusal)
    (
        "Prairie Health Analytics",
        "applied",
        "2025-09-08",
        "Prairie Health Analytics <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Prairie Health Analytics",
        "Hi Hannah,\n\nThanks for applying to the Analytics Engineer role! Our team will review your application.\n\n"
        "Prairie Health Analytics",
        "ph1",
    ),
    (
        "Prairie Health Analytics",
        "screen",
        "2025-09-12",
        "Omar Siddiqui <omar@prairiehealthanalytics.com>",
        "Analytics Engineer at Prairie Health",
        "Hi Hannah,\n\nI'm the recruiter for our Analytics Engineer role. Do you have 20 minutes this week for an "
        "introductory call?\n\nOmar Siddiqui\nTalent Partner",
        "ph2",
    ),
    (
        "Prairie Health Analytics",
        "interview",
        "2025-09-18",
        "Omar Siddiqui <omar@prairiehealthanalytics.com>",
        "Re: Analytics Engineer at Prairie Health",
        "Hi Hannah,\n\nGreat speaking with you! The next step is a take-home SQL and dbt challenge. You'll have a week to "
        "complete it.\n\nOmar",
        "ph2",
    ),
    (
        "Prairie Health Analytics",
        "reply",
        "2025-09-26",
        "Omar Siddiqui <omar@prairiehealthanalytics.com>",
        "Re: Analytics Engineer at Prairie Health",
        "Hi Hannah,\n\nGot your submission - thank you! The team will review it and we'll get back to you early next "
        "week.\n\nOmar",
        "ph2",
    ),
    (
        "Prairie Health Analytics",
        "rejected",
        "2025-10-02",
        "Omar Siddiqui <omar@prairiehealthanalytics.com>",
        "Re: Analytics Engineer at Prairie Health",
        "Hi Hannah,\n\nThank you again for the time you put into the challenge. The team has decided to pursue other "
        "candidates whose experience with dbt is deeper. I really appreciated getting to know you.\n\nOmar",
        "ph2",
    ),
    # Mill City Software (Lever; silence)
    (
        "Mill City Software",
        "applied",
        "2025-09-10",
        "Mill City Software <no-reply@hire.lever.co>",
        "Thank you for your application to Mill City Software",
        "Hi Hannah,\n\nThank you for applying to the Data Analyst role at Mill City Software. We'll be in touch if "
        "there's a fit.\n\nMill City Software",
        "mc1",
    ),
    # Boundary Waters Outfitters (her own application; the owner's acknowledgement; the role filled)
    (
        "Boundary Waters Outfitters",
        "applied",
        "2025-09-11",
        _ME,
        "Operations Analyst - Hannah Berglund",
        "Hi Erik,\n\nI saw your post for an operations analyst on the Ely Chamber job board and would love to be "
        "considered. My resume is attached.\n\nThanks,\nHannah Berglund",
        "bw1",
    ),
    (
        "Boundary Waters Outfitters",
        "reply",
        "2025-09-13",
        "Erik Halvorsen <erik@boundarywatersoutfitters.com>",
        "Re: Operations Analyst - Hannah Berglund",
        "Hannah - thanks for sending this over. We're still going through applications this month and I'll be in touch "
        "either way.\n\nErik",
        "bw1",
    ),
    (
        "Boundary Waters Outfitters",
        "rejected",
        "2025-10-06",
        "Erik Halvorsen <erik@boundarywatersoutfitters.com>",
        "Re: Operations Analyst - Hannah Berglund",
        "Hannah - wanted to let you know we filled the position with someone local to Ely. Thanks for your interest and "
        "good luck with the search.\n\nErik",
        "bw1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "North Star Retail <northstarretail@myworkday.com>",
        "Tell us about your candidate experience",
        "survey",
        "Hannah,\n\nWe'd love your feedback on your recent application experience. This 3-question survey takes less "
        "than a minute.\n\nNorth Star Retail Talent Acquisition",
    ),
    (
        "Indeed <no-reply@indeed.com>",
        "Your application was viewed by Mill City Software",
        "viewed",
        "Good news! Mill City Software viewed your application for Data Analyst.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Data Analyst: 25+ new jobs in Minneapolis, MN",
        "alert",
        "Data Analyst - North Star Retail - Minneapolis, MN\nBI Analyst - Lakes Credit Union - St. Paul, MN",
    ),
    (
        "Megan Cho <megan.cho@northlinestaffing.com>",
        "Contract Data Analyst - 6 months - Eden Prairie",
        "outreach",
        "Hi Hannah, I came across your profile and have a 6-month contract Data Analyst role with a healthcare client "
        "in Eden Prairie. Would you be open to a quick call?",
    ),
    (
        "Locally Optimistic <hello@locallyoptimistic.com>",
        "This month in analytics",
        "newsletter",
        "Essays on analytics engineering, hiring and careers. Unsubscribe",
    ),
    (
        "Target <orders@target.com>",
        "Your order is ready for pickup",
        "shop",
        "Your order #1023 is ready for Drive Up at the Uptown store.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=HANNAH,
        own_to={
            "North Star Retail": "Jenna Olson <jenna.olson@northstarretail.com>",
            "Lakes Credit Union": "Carla Lindqvist <clindqvist@lakescu.org>",
            "Boundary Waters Outfitters": "Erik Halvorsen <erik@boundarywatersoutfitters.com>",
        },
        offset="-0500",
        clock="12:40:00",
        neg_start="2025-09-05",
        neg_step=6,
        neg_clock="07:55:00",
        tag="fiftyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
