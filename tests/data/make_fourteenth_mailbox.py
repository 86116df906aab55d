"""A fourteenth mailbox, written as a held-out check after the thirteenth's fixes (issue #24).

Priyanka searches from Seattle and exports Gmail with Takeout: employers' messages through job boards ("An
employer sent you a message" on Indeed, a LinkedIn message from the recruiter of a job she applied to), status
notices that say nothing but "log in", questionnaires, "next steps" subjects that hide every kind of step, a
company's own career-site job alerts and talent-community newsletters from employers she applied to, and a
position closed before anyone was hired.  Its score before any rule was changed for it is in the issue note;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import datetime
from email.message import EmailMessage
from pathlib import Path

from offerkit._io.mailbox import company_key

PRIYANKA = "priyanka.rao.sea@gmail.com"
_IDS = iter(range(1, 10_000))

# (company or "skip", event or kind, day, sender, subject, body, thread)
_MAIL = [
    (
        "Cascade Cloud",
        "applied",
        "2025-04-01",
        "Cascade Cloud <no-reply@us.greenhouse-mail.io>",
        "Cascade Cloud - We've received your application",
        "Hi Priyanka, thank you for applying for the Senior Data Engineer role. Our recruiting team will review your "
        "background and contact you if there is a fit.",
        "c1",
    ),
    (
        "skip",
        "job alert",
        "2025-04-03",
        "Cascade Cloud Careers <careers@cascadecloud.com>",
        "New jobs at Cascade Cloud that match your interests",
        "Hi Priyanka, as a member of our Talent Community, here are new openings: Data Platform Engineer, Analytics "
        "Engineer. View and apply on our careers site. Unsubscribe from job alerts.",
        "c2",
    ),
    (
        "Cascade Cloud",
        "screen",
        "2025-04-08",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Megan sent you a message about your application",
        "Megan Ford, Technical Recruiter at Cascade Cloud: Hi Priyanka, thanks for applying to our Senior Data "
        "Engineer role! I'd love to set up a 30 minute call to learn more about your experience. What does your "
        "week look like?",
        "c3",
    ),
    (
        "Cascade Cloud",
        "interview",
        "2025-04-16",
        "Cascade Cloud <no-reply@us.greenhouse-mail.io>",
        "Next steps with Cascade Cloud",
        "Hi Priyanka, the hiring team would like to move you forward to a technical interview with two engineers. "
        "Please use the link below to select times that work for you.",
        "c1",
    ),
    (
        "Cascade Cloud",
        "rejected",
        "2025-05-02",
        "Cascade Cloud <no-reply@us.greenhouse-mail.io>",
        "Next steps with Cascade Cloud",
        "Hi Priyanka, thank you for your time with our team. We have decided to move forward with other candidates "
        "whose experience is a closer match for the role right now.",
        "c1",
    ),
    (
        "Rainier Health",
        "applied",
        "2025-04-02",
        "Rainier Health <rainierhealth@myworkday.com>",
        "Thank you for your application to Rainier Health",
        "Dear Priyanka Rao, Thank you for applying to the Data Engineer II position (JR-30190). We have received your "
        "application.",
        "r1",
    ),
    (
        "skip",
        "not about an application",
        "2025-04-09",
        "Rainier Health <rainierhealth@myworkday.com>",
        "Your application status has changed",
        "Dear Priyanka Rao, There has been an update to your application. Please sign in to your candidate home "
        "account to view the details.",
        "r1",
    ),
    (
        "Rainier Health",
        "interview",
        "2025-04-15",
        "Rainier Health <rainierhealth@myworkday.com>",
        "Action Required: Rainier Health Interview Scheduling",
        "Dear Priyanka Rao, The hiring manager for Data Engineer II would like to schedule an interview with you. "
        "Please sign in to select your preferred time.",
        "r1",
    ),
    (
        "Rainier Health",
        "rejected",
        "2025-05-06",
        "Rainier Health <rainierhealth@myworkday.com>",
        "Update on the Data Engineer II position",
        "Dear Priyanka Rao, we wanted to let you know that the Data Engineer II position has been closed and will not "
        "be filled at this time. Thank you for your interest in Rainier Health.",
        "r1",
    ),
    (
        "skip",
        "newsletter",
        "2025-04-20",
        "Rainier Health <news@rainierhealth.org>",
        "Rainier Health Talent Community Newsletter",
        "Stories from our teams, upcoming hiring events and open roles across the Puget Sound. Unsubscribe.",
        "r2",
    ),
    (
        "Puget Analytics",
        "applied",
        "2025-04-04",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Analytics Engineer",
        "Application submitted. Analytics Engineer\nPuget Analytics - Seattle, WA\nThe employer may reach out to "
        "you directly.",
        "p1",
    ),
    (
        "Puget Analytics",
        "screen",
        "2025-04-11",
        "Indeed <employer-messages@indeed.com>",
        "An employer sent you a message: Analytics Engineer",
        "Puget Analytics sent you a message about your application for Analytics Engineer: Hi Priyanka, are you "
        "available for a short phone call on Tuesday to talk about the role?",
        "p2",
    ),
    (
        "Puget Analytics",
        "interview",
        "2025-04-22",
        "Dan Morales <dan@pugetanalytics.com>",
        "Analytics Engineer - next step",
        "Hi Priyanka, thanks for the chat last week. The next step is a take-home SQL exercise followed by a review "
        "with our data lead. I'll send the exercise tomorrow.",
        "p3",
    ),
    (
        "Sound Fintech",
        "applied",
        "2025-04-07",
        "Sound Fintech <jobs@soundfintech.com>",
        "Sound Fintech application",
        "Hi Priyanka, we received your application for Data Engineer. Please "
        "complete this short questionnaire so we can learn more about your experience.",
        "s1",
    ),
    (
        "skip",
        "reminder",
        "2025-04-10",
        "Sound Fintech <jobs@soundfintech.com>",
        "Reminder: your questionnaire is waiting",
        "Hi Priyanka, just a reminder to complete the questionnaire for the Data Engineer role.",
        "s1",
    ),
    (
        "Sound Fintech",
        "offer",
        "2025-05-08",
        "Laura Chen <laura.chen@soundfintech.com>",
        "Next steps",
        "Hi Priyanka, great news: the team would like to offer you the Data Engineer role. I'll send the written "
        "offer with compensation and start date details today. Congratulations!",
        "s2",
    ),
    (
        "Evergreen Labs",
        "applied",
        "2025-04-09",
        "Evergreen Labs <no-reply@ashbyhq.com>",
        "Thanks for applying to Evergreen Labs",
        "Hi Priyanka, we've received your application for Data Engineer, Platform.",
        "e1",
    ),
    (
        "Evergreen Labs",
        "rejected",
        "2025-04-10",
        "Evergreen Labs <no-reply@ashbyhq.com>",
        "Your application to Evergreen Labs",
        "Hi Priyanka, thank you for your interest in Evergreen Labs. We "
        "currently require work authorization in the US without sponsorship, so we're unable to move forward with "
        "your application.",
        "e1",
    ),
    (
        "skip",
        "cold outreach",
        "2025-04-12",
        "Jake Miller <jake@northwestrecruiters.com>",
        "Data Engineer opening - Bellevue",
        "Hi Priyanka, I'm working with a client in Bellevue looking for a senior data engineer. Would you be open to "
        "a call this week?",
        "x1",
    ),
    (
        "skip",
        "job alert",
        "2025-04-14",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Data engineer: Evergreen Labs and 14 more",
        "Your job alert for data engineer in Seattle. Evergreen Labs - Data Engineer, Platform. Be an early applicant.",
        "x2",
    ),
    (
        "skip",
        "application viewed",
        "2025-04-16",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Cascade Cloud",
        "Cascade Cloud viewed your application for Senior Data Engineer.",
        "x3",
    ),
    (
        "skip",
        "not about an application",
        "2025-04-18",
        "Seattle Public Library <noreply@spl.org>",
        "Your hold is ready",
        "The item you placed on hold is ready for pickup at the Central Library.",
        "x4",
    ),
    (
        "skip",
        "shop",
        "2025-04-19",
        "REI <rei@email.rei.com>",
        "Member offer inside",
        "Members get an exclusive offer this weekend. Unfortunately it ends Sunday. Unsubscribe.",
        "x5",
    ),
    (
        "skip",
        "not a job application",
        "2025-04-21",
        "Washington State Dept. of Licensing <noreply@dol.wa.gov>",
        "Your application for an enhanced driver license",
        "We received your application. Your license will be mailed within 10 business days.",
        "x6",
    ),
    (
        "skip",
        "newsletter",
        "2025-04-23",
        "Levels.fyi <newsletter@levels.fyi>",
        "Data engineer pay in Seattle",
        "This week: offers at Cascade Cloud, negotiating equity, and interview tips. Unsubscribe.",
        "x7",
    ),
]


def _date(day, clock="16:10:00"):
    d = datetime.date.fromisoformat(day)
    return f"{d:%a}, {d.day:02d} {d:%b} {d.year} {clock} -0700"


def messages():
    """``[(message, truth)]`` in the mailbox's order."""
    M = []
    for company, event, day, sender, subject, body, thread in _MAIL:
        m = EmailMessage()
        m["From"], m["To"], m["Subject"], m["Date"] = sender, PRIYANKA, subject, _date(day)
        m["Message-ID"] = f"<{next(_IDS)}.fourteen@mail.gmail.example>"
        m["X-GM-THRID"] = thread
        promo = company == "skip" and event in ("newsletter", "shop", "job alert")
        m["X-Gmail-Labels"] = "Inbox,Category Promotions" if promo else "Inbox,Category Updates"
        m.set_content(body)
        truth = ("skip", event, None) if company == "skip" else (company_key(company), event, day)
        M.append((m, truth))
    return M


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
