"""A forty-seventh mailbox, written as a held-out check after the forty-sixth's fixes (issue #24).

Tomás, an operations and data analyst in Phoenix, keeps Outlook.com mail and exports it through Thunderbird (a
plain mbox: no labels; replies tied by ``In-Reply-To``).  Employers book him with Outlook meeting requests (a
Microsoft Teams block and a ``text/calendar`` part; one has no description at all, only its title), he emails a
résumé straight to a small firm's HR, a school district uses Frontline, a bank uses SuccessFactors and HireVue, a
small shop writes through Indeed's relay; he forwards his offer letter to his wife, receives a HireVue reminder and a
Taleo "status has changed, log in to see it" notice (neither is a step), and withdraws through the relay.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOMAS = "tomas.reyes.az@outlook.com"
_ME = f"Tomás Reyes <{TOMAS}>"
_TEAMS = (
    "\n________________________________________________________________________________\nMicrosoft Teams meeting\n"
    "Join on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 231 554 889 12\n"
    "Passcode: 7hT9kq\nDownload Teams | Join on the web\nLearn More | Meeting options\n"
    "________________________________________________________________________________\n"
)

# (company, event, day, sender, subject, body, parent index or None[, to]); "CAL:" bodies are meeting requests
_POSITIVES = [
    # 0-5 Desert Mutual Insurance (Workday; two Teams meeting requests; an offer letter attached; he accepts)
    (
        "Desert Mutual Insurance",
        "applied",
        "2025-09-15",
        "Desert Mutual Insurance <desertmutual@myworkday.com>",
        "Thank you for your application - Data Analyst II",
        "Hello Tomás,\n\nThank you for applying to the Data Analyst II position (JR-20931) at Desert Mutual Insurance. "
        "Our talent acquisition team will review your qualifications.\n\nDesert Mutual Insurance Talent Acquisition",
        None,
    ),
    (
        "Desert Mutual Insurance",
        "screen",
        "2025-09-22",
        "Rachel Dunn <rdunn@desertmutual.com>",
        "Phone Screen - Tomás Reyes / Data Analyst II",
        "CAL:",
        None,
    ),
    (
        "Desert Mutual Insurance",
        "onsite",
        "2025-09-30",
        "Rachel Dunn <rdunn@desertmutual.com>",
        "Panel Interview - Data Analyst II - Tomás Reyes",
        "CAL:Hi Tomás, looking forward to it! You'll meet Greg Alvarez (Analytics Manager) and two analysts from the "
        "team. Plan for about an hour.",
        None,
    ),
    (
        "Desert Mutual Insurance",
        "offer",
        "2025-10-14",
        "Rachel Dunn <rdunn@desertmutual.com>",
        "Offer Letter - Desert Mutual",
        "Hi Tomás,\n\nPlease see the attached offer letter. Let me know if you have any questions, and congratulations!"
        "\n\nRachel Dunn\nSenior Recruiter\nDesert Mutual Insurance",
        None,
    ),
    (
        "Desert Mutual Insurance",
        "accepted",
        "2025-10-16",
        _ME,
        "RE: Offer Letter - Desert Mutual",
        "Hi Rachel,\n\nI'm happy to accept! Signed copy attached. Looking forward to getting started on November 3."
        "\n\nThanks,\nTomás\n\nFrom: Rachel Dunn <rdunn@desertmutual.com>\nSent: Tuesday, October 14, 2025 10:05 AM\n"
        "Subject: Offer Letter - Desert Mutual\n\nHi Tomás,\n\nPlease see the attached offer letter.",
        3,
    ),
    # 5-7 Saguaro Health System (Taleo; refused)
    (
        "Saguaro Health System",
        "applied",
        "2025-09-16",
        "Saguaro Health System <saguarohealth@taleo.net>",
        "Saguaro Health System - Application Received",
        "Dear Tomás Reyes,\n\nThank you for your interest in Saguaro Health System. We have received your application "
        "for Business Intelligence Analyst (2500128). If your qualifications match our needs, a recruiter will contact "
        "you.\n\nSaguaro Health System Human Resources",
        None,
    ),
    (
        "Saguaro Health System",
        "rejected",
        "2025-10-09",
        "Saguaro Health System <saguarohealth@taleo.net>",
        "Business Intelligence Analyst (2500128)",
        "Dear Tomás Reyes,\n\nThank you for your interest in the Business Intelligence Analyst position. We have "
        "selected another candidate whose qualifications better meet our current needs.\n\nWe wish you success in "
        "your job search.\n\nSaguaro Health System Human Resources",
        None,
    ),
    # 7-10 Copper State Logistics (his emailed résumé; an in-person interview; his thank-you; a refusal)
    (
        "Copper State Logistics",
        "applied",
        "2025-09-18",
        _ME,
        "Application - Operations Analyst",
        "Hello,\n\nI'm writing to apply for the Operations Analyst position posted on your website. Please find my "
        "resume attached. I have four years of experience in warehouse operations and reporting.\n\nThank you for "
        "your consideration,\nTomás Reyes\n(602) 555-0148",
        None,
        "Copper State Logistics HR <hr@copperstatelogistics.com>",
    ),
    (
        "Copper State Logistics",
        "interview",
        "2025-09-23",
        "Linda Hsu <hr@copperstatelogistics.com>",
        "RE: Application - Operations Analyst",
        "Hi Tomás,\n\nThanks for sending your resume. Our operations director, Mike Patel, would like to meet with you "
        "in person on Tuesday at 9am at our Tempe office (2100 W University Dr). Please bring a copy of your resume."
        "\n\nLinda Hsu\nHR Coordinator\nCopper State Logistics",
        7,
    ),
    (
        "Copper State Logistics",
        "thank_you",
        "2025-09-30",
        _ME,
        "Thank you - Operations Analyst interview",
        "Hi Mike,\n\nThank you for meeting with me this morning and showing me around the Tempe facility. I enjoyed "
        "learning about the routing project and would love to help with it.\n\nBest regards,\nTomás Reyes",
        None,
        "Mike Patel <mpatel@copperstatelogistics.com>",
    ),
    (
        "Copper State Logistics",
        "rejected",
        "2025-10-07",
        "Linda Hsu <hr@copperstatelogistics.com>",
        "RE: Application - Operations Analyst",
        "Hi Tomás,\n\nThank you again for coming in to meet with Mike. After a lot of discussion we've decided to go in a "
        "different direction for this role. We appreciate your time and wish you the best.\n\nLinda",
        8,
    ),
    # 11-13 Sonoran Bank (SuccessFactors; a HireVue interview; refused a month later)
    (
        "Sonoran Bank",
        "applied",
        "2025-09-19",
        "Sonoran Bank <donotreply@successfactors.com>",
        "Thank you for applying at Sonoran Bank",
        "Dear Tomás,\n\nThank you for applying for the Reporting Analyst position at Sonoran Bank. Your application has "
        "been received and is under review.\n\nSonoran Bank Recruiting",
        None,
    ),
    (
        "Sonoran Bank",
        "interview",
        "2025-09-26",
        "Sonoran Bank <noreply@hirevue.com>",
        "Sonoran Bank has invited you to an interview",
        "Hi Tomás,\n\nSonoran Bank has invited you to complete a digital interview for the Reporting Analyst position. "
        "It takes about 20 minutes and you can complete it on your phone or computer. Please complete it by October 3."
        "\n\nStart Interview\n\nPowered by HireVue",
        None,
    ),
    (
        "Sonoran Bank",
        "rejected",
        "2025-10-24",
        "Sonoran Bank <donotreply@successfactors.com>",
        "Your application at Sonoran Bank",
        "Dear Tomás,\n\nThank you for your interest in the Reporting Analyst position and for taking the time to "
        "complete the interview. We regret to inform you that you have not been selected to move forward.\n\n"
        "Sonoran Bank Recruiting",
        None,
    ),
    # 14-15 Mesa Unified School District (Frontline; an interview, then silence)
    (
        "Mesa Unified School District",
        "applied",
        "2025-09-24",
        "Mesa Unified School District <noreply@frontlineeducation.com>",
        "Application Confirmation",
        "Thank you for submitting your application to Mesa Unified School District. Application ID: 48213. Position: "
        "Data & Assessment Analyst. You may log in at any time to update your application.",
        None,
    ),
    (
        "Mesa Unified School District",
        "interview",
        "2025-10-08",
        "Angela Ruiz <aruiz@mesausd.org>",
        "Interview - Data & Assessment Analyst",
        "Good afternoon Mr. Reyes,\n\nYou have been selected for an interview for the Data & Assessment Analyst "
        "position. Interviews will be held on Wednesday, October 15 at the District Office. Please reply with your "
        "preferred time between 8:30 and 11:30.\n\nAngela Ruiz\nHuman Resources Specialist\nMesa Unified School "
        "District",
        None,
    ),
    # 16-18 Grand Canyon Outfitters (Indeed; a call through the relay; he withdraws)
    (
        "Grand Canyon Outfitters",
        "applied",
        "2025-09-25",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Inventory Data Analyst",
        "Your application has been submitted\n\nInventory Data Analyst\nGrand Canyon Outfitters - Flagstaff, AZ\n\n"
        "Good luck!",
        None,
    ),
    (
        "Grand Canyon Outfitters",
        "screen",
        "2025-10-01",
        "Grand Canyon Outfitters <reply-8f3ab21c7d@indeedemail.com>",
        "New message from Grand Canyon Outfitters",
        "Hi Tomás, thanks for your application! Are you available for a 15 minute phone call tomorrow or Friday? - Jess",
        None,
    ),
    (
        "Grand Canyon Outfitters",
        "withdrew",
        "2025-10-17",
        _ME,
        "Re: New message from Grand Canyon Outfitters",
        "Hi Jess, thank you for the call and for considering me. I've accepted another position, so I'd like to "
        "withdraw my application. Best of luck with the search!\n\nTomás",
        17,
        "Grand Canyon Outfitters <reply-8f3ab21c7d@indeedemail.com>",
    ),
    # 19-20 Cactus Analytics (Greenhouse; refused)
    (
        "Cactus Analytics",
        "applied",
        "2025-09-29",
        "Cactus Analytics <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Cactus Analytics!",
        "Hi Tomás,\n\nThanks for applying to the Junior Analytics Engineer role at Cactus Analytics. We'll be in touch "
        "if your background is a match.\n\nCactus Analytics Recruiting",
        None,
    ),
    (
        "Cactus Analytics",
        "rejected",
        "2025-10-06",
        "Cactus Analytics <no-reply@us.greenhouse-mail.io>",
        "Cactus Analytics - Junior Analytics Engineer",
        "Hi Tomás,\n\nThank you for your interest in Cactus Analytics. We've decided to move forward with other "
        "candidates for this role, but we appreciate the time you took to apply.\n\nCactus Analytics Recruiting",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Tomás, are you open to new opportunities?",
        "outreach",
        "Hi Tomás, I'm a recruiter with Horizon Staffing and I came across your profile. I have a contract Data Analyst "
        "role with a client in Scottsdale. Would you be open to a chat?",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "12 new Data Analyst jobs in Phoenix, AZ",
        "alert",
        "Data Analyst - Saguaro Health System - Phoenix, AZ\nReporting Analyst - Sonoran Bank - Tempe, AZ\nView all",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 12 searches this week",
        "alert",
        "Tomás, you appeared in 12 searches this week. See who's looking at your profile with Premium.",
    ),
    (
        "Tableau <news@tableau.com>",
        "What's new in Tableau 2025.3",
        "newsletter",
        "Explore the latest features, from Pulse metrics to new visualizations. Unsubscribe",
    ),
    (
        "Dr. Karen Lowe DDS <appointments@lowedental.com>",
        "Appointment confirmation",
        "personal",
        "Your appointment is confirmed for Thursday, October 2 at 3:30 PM. Reply C to confirm.",
    ),
    (
        "Brian Castillo <bcastillo@sunvalleydist.com>",
        "Weekly ops sync",
        "personal",
        "CAL:Standing agenda: inbound volumes, carrier scorecards, open issues.",
    ),
]


def _calendar(msg, organizer, summary, day):
    """Turn ``msg`` into an Outlook meeting request: the Teams block in its text, and a ``text/calendar`` part."""
    body = msg.get_content()[len("CAL:") :].strip()
    start = day.replace("-", "") + "T170000Z"
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"
        f"BEGIN:VEVENT\r\nORGANIZER;CN={organizer}:mailto:{organizer}\r\nSUMMARY;LANGUAGE=en-US:{summary}\r\n"
        f"DTSTART:{start}\r\nDTEND:{start[:-3]}00Z\r\nLOCATION:Microsoft Teams Meeting\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    msg.set_content(body + "\n" + _TEAMS)
    msg.add_alternative(f"<html><body><p>{body}</p><p>Microsoft Teams meeting</p></body></html>", subtype="html")
    msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})


def messages():
    """``[(message, truth)]``: the positives (the owner's own from his address), then the negatives."""
    import datetime
    from email.message import EmailMessage

    from mail_score import threaded_corpus

    msgs = threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=TOMAS,
        own_to={
            "Desert Mutual Insurance": "Rachel Dunn <rdunn@desertmutual.com>",
        },
        offset=lambda d: "-0700",
        clock="09:12:00",
        neg_start="2025-09-14",
        neg_step=7,
        neg_clock="06:30:00",
        tag="fortyseven",
        host="outlook.example",
    )
    for msg, truth in msgs:
        if msg.get_content().startswith("CAL:"):
            day = str(truth[2]) if truth[2] else "2025-10-20"
            _calendar(msg, str(msg["From"]).split("<")[-1].rstrip(">"), str(msg["Subject"]), day)
        if str(msg["Subject"]) == "Offer Letter - Desert Mutual":
            msg.add_attachment(
                b"%PDF-1.4 offer", maintype="application", subtype="pdf", filename="Offer_Letter_Reyes.pdf"
            )
        if str(msg["Subject"]) == "Application - Operations Analyst":
            msg.add_attachment(b"%PDF-1.4 cv", maintype="application", subtype="pdf", filename="Tomas_Reyes_Resume.pdf")
    offer = next(m for m, _ in msgs if str(m["Subject"]) == "Offer Letter - Desert Mutual")

    def extra(sender, to, subject, body, day, parent=None):
        m = EmailMessage()
        d = datetime.date.fromisoformat(day)
        m["From"], m["To"], m["Subject"] = sender, to, subject
        m["Date"] = f"{d:%a}, {d.day:02d} {d:%b} {d.year} 19:40:00 -0700"
        m["Message-ID"] = f"<x{len(msgs)}.fortyseven@outlook.example>"
        if to == TOMAS:
            m["Delivered-To"] = TOMAS
        if parent is not None:
            m["In-Reply-To"] = m["References"] = parent["Message-ID"]
        m.set_content(body)
        return m

    msgs.append(
        (
            extra(
                _ME,
                "Marisol Reyes <marisol.reyes77@gmail.com>",
                "FW: Offer Letter - Desert Mutual",
                "Look!! It came through. Dinner to celebrate?\n\n-----Original Message-----\nFrom: Rachel Dunn "
                "<rdunn@desertmutual.com>\nSent: Tuesday, October 14, 2025\nSubject: Offer Letter - Desert Mutual\n\n"
                "Hi Tomás,\n\nPlease see the attached offer letter. Let me know if you have any questions, and "
                "congratulations!",
                "2025-10-15",
                offer,
            ),
            ("skip", "forward", None),
        )
    )
    msgs.append(
        (
            extra(
                "Sonoran Bank <noreply@hirevue.com>",
                TOMAS,
                "Reminder: Your Sonoran Bank interview is waiting",
                "Hi Tomás,\n\nThis is a friendly reminder to complete your digital interview for the Reporting Analyst "
                "position at Sonoran Bank by October 3.\n\nStart Interview\n\nPowered by HireVue",
                "2025-10-01",
            ),
            ("skip", "reminder", None),
        )
    )
    msgs.append(
        (
            extra(
                "Saguaro Health System <saguarohealth@taleo.net>",
                TOMAS,
                "Saguaro Health System - Application Status Update",
                "Dear Tomás Reyes,\n\nThe status of your application for Business Intelligence Analyst (2500128) has "
                "changed. Please log in to your candidate profile to view the update.\n\nSaguaro Health System Human "
                "Resources",
                "2025-09-29",
            ),
            ("skip", "status notice", None),
        )
    )
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one plain mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
