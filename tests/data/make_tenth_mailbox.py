"""A tenth mailbox, written as a held-out check after the rules were fixed on the independent corpus (issue #24).

Jordan is a new graduate in Chicago applying to internships and new-grad roles: Handshake, university recruiting
teams, Workday and Greenhouse at banks and tech companies, CodeSignal and HireVue steps, "superdays", offers with
deadlines, and the everyday mail of a student (a campus career fair, a scholarship, a club, a landlord).  Exported
from Gmail with Takeout.  Its score before any rule was changed for it is in the issue note; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.okeke.uic@gmail.com"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lakeshore Capital",
        "applied",
        "2025-09-08",
        "Lakeshore Capital <lakeshorecapital@myworkday.com>",
        "Lakeshore Capital | Thank you for your application",
        "Hi Jordan, We have received your application for the 2026 Technology Analyst Program. Our campus "
        "recruiting team will review it and get back to you in the coming weeks.",
        "t1",
    ),
    (
        "Lakeshore Capital",
        "interview",
        "2025-09-19",
        "Lakeshore Capital Campus Recruiting <campus@lakeshorecap.com>",
        "Lakeshore Capital - First Round Interview",
        "Hi Jordan, Congratulations! You have been selected to move forward to a first round interview for the "
        "Technology Analyst Program. Please use the link below to self-schedule a 30-minute virtual interview.",
        "t1b",
    ),
    (
        "Lakeshore Capital",
        "onsite",
        "2025-10-01",
        "Lakeshore Capital Campus Recruiting <campus@lakeshorecap.com>",
        "Invitation: Lakeshore Capital Superday",
        "Hi Jordan, We are excited to invite you to our Superday on October 10 at our Chicago office. You will have "
        "three back-to-back interviews with members of the technology team.",
        "t1b",
    ),
    (
        "Lakeshore Capital",
        "offer",
        "2025-10-14",
        "Megan Brooks <megan.brooks@lakeshorecap.com>",
        "Your Lakeshore Capital Offer",
        "Hi Jordan, It was a pleasure to meet you at Superday. I'm thrilled to let you know we would like to offer "
        "you a position in our 2026 Technology Analyst Program! Your offer letter is in your candidate portal; "
        "please respond by October 28.",
        "t1c",
    ),
    (
        "Prairie Fintech",
        "applied",
        "2025-09-09",
        "Handshake <no-reply@joinhandshake.com>",
        "Your application to Prairie Fintech was submitted",
        "Hi Jordan, Your application for Software Engineer, New Grad at Prairie Fintech was submitted. Employers "
        "typically respond within 2-3 weeks.",
        "t2",
    ),
    (
        "Prairie Fintech",
        "interview",
        "2025-09-17",
        "Prairie Fintech <noreply@codesignal.com>",
        "Prairie Fintech has invited you to a CodeSignal assessment",
        "Hi Jordan, Prairie Fintech has invited you to complete the General Coding Assessment. You have 70 "
        "minutes once you start. The invitation expires in 7 days.",
        "t2b",
    ),
    (
        "Prairie Fintech",
        "rejected",
        "2025-10-03",
        "Prairie Fintech Recruiting <recruiting@prairiefintech.com>",
        "Update on your Prairie Fintech application",
        "Hi Jordan, Thank you for taking our coding assessment. We received a very high number of applications this "
        "year, and we won't be able to move you to the interview stage. We hope you'll consider us in the future.",
        "t2c",
    ),
    (
        "Windy City Health",
        "applied",
        "2025-09-10",
        "Windy City Health <no-reply@greenhouse.io>",
        "Thanks for applying to Windy City Health!",
        "Hi Jordan, Thanks for your interest in the Data Analyst Intern role at Windy City Health. We've got your "
        "application and will reach out if there's a fit.",
        "t3",
    ),
    (
        "Windy City Health",
        "rejected",
        "2025-09-12",
        "Windy City Health <no-reply@greenhouse.io>",
        "Windy City Health - Data Analyst Intern",
        "Hi Jordan, Thank you for applying. Unfortunately, this internship has reached its capacity and we have "
        "closed applications. We encourage you to keep an eye on our careers page.",
        "t3",
    ),
    (
        "Redline Robotics",
        "applied",
        "2025-09-11",
        "Redline Robotics <no-reply@hire.lever.co>",
        "Redline Robotics: application received",
        "Hey Jordan! We got your application for Robotics Software Intern. Our team reads every single one, and "
        "we'll be in touch either way.",
        "t4",
    ),
    (
        "Redline Robotics",
        "screen",
        "2025-09-22",
        "Sam Patel <sam@redlinerobotics.io>",
        "Redline Robotics - quick chat?",
        "Hey Jordan, I'm on the recruiting team at Redline and your application caught our eye. Can we grab 20 "
        "minutes this week to talk about the internship and your robotics club work?",
        "t4b",
    ),
    (
        "Redline Robotics",
        "interview",
        "2025-09-30",
        "Sam Patel <sam@redlinerobotics.io>",
        "Re: Redline Robotics - quick chat?",
        "Hey Jordan, great chatting yesterday! Next step is a technical interview with two of our engineers (about "
        "an hour, live coding in Python). I'll send a few time options.",
        "t4b",
    ),
    (
        "Redline Robotics",
        "rejected",
        "2025-10-16",
        "Sam Patel <sam@redlinerobotics.io>",
        "Re: Redline Robotics - quick chat?",
        "Hey Jordan, thanks for your patience. The team was impressed, but we ended up filling the internship "
        "with a candidate who has more embedded experience. I'd love to keep in touch for next summer.",
        "t4b",
    ),
    (
        "Midwest Mutual",
        "applied",
        "2025-09-12",
        "Midwest Mutual <midwestmutual@icims.com>",
        "Midwest Mutual: Thank you for applying",
        "Dear Jordan, Thank you for applying for the IT Leadership Development Program at Midwest Mutual. Your "
        "application has been successfully submitted.",
        "t5",
    ),
    (
        "Midwest Mutual",
        "interview",
        "2025-09-25",
        "Midwest Mutual <noreply@hirevue.com>",
        "Midwest Mutual - Next Step: Digital Interview",
        "Jordan, As the next step in our hiring process, Midwest Mutual invites you to complete a digital interview "
        "using HireVue. Please complete it by October 2.",
        "t5b",
    ),
    (
        "Midwest Mutual",
        "rejected",
        "2025-10-20",
        "Midwest Mutual <midwestmutual@icims.com>",
        "Midwest Mutual: IT Leadership Development Program",
        "Dear Jordan, Thank you for your interest in Midwest Mutual. After reviewing your digital interview, we "
        "have selected other candidates to move forward in the process.",
        "t5",
    ),
    (
        "Bluebird Analytics",
        "applied",
        "2025-09-15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jordan, your application was sent to Bluebird Analytics",
        "Your application was sent to Bluebird Analytics. Junior Data Scientist - Bluebird Analytics - Chicago, "
        "IL (On-site)",
        "t6",
    ),
    (
        "Bluebird Analytics",
        "interview",
        "2025-09-29",
        "Rachel Nguyen <rachel@bluebirdanalytics.com>",
        "Bluebird Analytics - Junior Data Scientist",
        "Hi Jordan, thanks for applying to Bluebird! We'd love to have you come in and meet the data team next "
        "week. Does Tuesday or Thursday afternoon work for you?",
        "t6b",
    ),
    (
        "Bluebird Analytics",
        "offer",
        "2025-10-21",
        "Rachel Nguyen <rachel@bluebirdanalytics.com>",
        "Re: Bluebird Analytics - Junior Data Scientist",
        "Hi Jordan, good news! The team would like to bring you on as a Junior Data Scientist. I've attached the "
        "offer details (salary, start date and benefits). Let me know if you'd like to talk them through.",
        "t6b",
    ),
    (
        "Bluebird Analytics",
        "declined",  # "thank you so much for the offer ... I must respectfully decline": the data model's `declined`
        "2025-10-24",
        f"Jordan Okeke <{JORDAN}>",
        "Re: Bluebird Analytics - Junior Data Scientist",
        "Hi Rachel, thank you so much for the offer. After a lot of thought I've decided to accept another "
        "position, so I must respectfully decline. I really enjoyed meeting the team. Best, Jordan",
        "t6b",
    ),
    (
        "Orchid Games",
        "applied",
        "2025-09-16",
        "Orchid Games <jobs@orchidgames.com>",
        "We received your application!",
        "Hi Jordan! Thanks for applying to be a Gameplay Engineering Intern at Orchid Games. We'll review your "
        "portfolio and reach out within three weeks.",
        "t7",
    ),
    (
        "Orchid Games",
        "rejected",
        "2025-10-09",
        "Orchid Games <jobs@orchidgames.com>",
        "Your Orchid Games application",
        "Hi Jordan, thank you for your interest in Orchid Games. We've finished reviewing applications for this "
        "internship and, although your portfolio was fun to look through, we aren't able to offer you a spot this "
        "year.",
        "t7",
    ),
    (
        "Second City Logistics",
        "applied",
        "2025-09-18",
        f"Jordan Okeke <{JORDAN}>",
        "Application - Operations Analyst",
        "Hello Ms. Diaz, I met you at the UIC career fair and am following your advice to apply directly. I have "
        "attached my resume for the Operations Analyst position. Thank you, Jordan Okeke",
        "t8",
    ),
    (
        "Second City Logistics",
        "interview",
        "2025-09-26",
        "Ana Diaz <adiaz@secondcitylogistics.com>",
        "RE: Application - Operations Analyst",
        "Hi Jordan, it was great to meet you too. The hiring manager would like to interview you next Wednesday at "
        "1pm at our Elston Ave office. Please bring a copy of your resume.",
        "t8",
    ),
    (
        "Second City Logistics",
        "thank_you",
        "2025-10-01",
        f"Jordan Okeke <{JORDAN}>",
        "Thank you - Operations Analyst interview",
        "Hi Ana, thank you for arranging today's interview. It was great to learn about the warehouse analytics "
        "work. Best regards, Jordan",
        "t8t",
    ),
]

_NEGATIVES = [
    (
        "Handshake <no-reply@joinhandshake.com>",
        "Jobs recommended for you this week",
        "job alert",
        "Based on your profile: Software Engineer Intern at Prairie Fintech, Data Analyst at Windy City Health. "
        "Apply on Handshake.",
    ),
    (
        "Handshake <no-reply@joinhandshake.com>",
        "UIC Fall Career Fair: 120 employers attending",
        "newsletter",
        "Register for the Fall Career Fair on September 24. Bring your resume; employers are interviewing on the "
        "spot. Unsubscribe.",
    ),
    (
        "UIC Career Services <careers@uic.edu>",
        "Mock interview sessions now open",
        "newsletter",
        "Book a mock interview with a career coach to prepare for your next interview. Sessions fill up fast.",
    ),
    (
        "UIC Financial Aid <finaid@uic.edu>",
        "Your scholarship application has been received",
        "not a job application",
        "Thank you for submitting your scholarship application for the 2026 academic "
        "year. Decisions will be sent in December.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Lakeshore Capital is hiring: Technology Analyst",
        "job alert",
        "Jobs you may be interested in: Technology Analyst at Lakeshore Capital. 200+ applicants.",
    ),
    (
        "Tyler Grant <tyler.grant@revature-partners.com>",
        "Paid training + full-time SWE role",
        "cold outreach",
        "Hi Jordan, I came across your profile on Handshake. We are hiring new grads for a paid training program "
        "followed by a full-time software role. Are you free for a quick call?",
    ),
    (
        "Robotics Club <robotics@uic.edu>",
        "Meeting Thursday: interview practice night",
        "not about an application",
        "This Thursday we'll do mock technical interview practice. Pizza provided. RSVP on the club page.",
    ),
    (
        "Chase <no-reply@chase.com>",
        "Your credit card application",
        "not a job application",
        "Thanks for applying for the Chase Freedom card. We'll let you know our decision within 7-10 days.",
    ),
    (
        "Apartments.com <rentals@apartments.com>",
        "Your rental application was received",
        "not a job application",
        "Your rental application for 1420 W Taylor St has been received by the property manager.",
    ),
    (
        "Amazon <store-news@amazon.com>",
        "A special offer for students",
        "shop",
        "Prime Student: 6 months free. Unfortunately this offer ends soon. Unsubscribe.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Interview questions for Lakeshore Capital",
        "newsletter",
        "See interview questions and salaries for Lakeshore Capital shared by employees. Unsubscribe.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Data Analyst Intern jobs in Chicago, IL",
        "job alert",
        "30 new Data Analyst Intern jobs in Chicago, IL. Easily apply.",
    ),
    (
        "Mom <grace.okeke@yahoo.com>",
        "Proud of you",
        "not about an application",
        "Hi baby, Dad told me about your interviews. Call me on Sunday! Love, Mom",
    ),
    (
        "CodeSignal <no-reply@codesignal.com>",
        "Your General Coding Assessment score is ready",
        "not about an application",
        "Your GCA score is now available in your CodeSignal profile. Share it with "
        "companies to skip coding assessments. Unsubscribe.",
    ),
    (
        "Lakeshore Capital <events@lakeshorecap.com>",
        "Join us: Women in Tech coffee chat",
        "newsletter",
        "Lakeshore Capital invites students to a virtual coffee chat with our technology team on October 2. "
        "Unsubscribe.",
    ),
    (
        "Zoom <no-reply@zoom.us>",
        "Your Zoom account",
        "not about an application",
        "Please verify your email address to finish setting up your Zoom account.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JORDAN,
        own_to={
            "Second City Logistics": "Ana Diaz <adiaz@secondcitylogistics.com>",
            "Bluebird Analytics": "Rachel Nguyen <rachel@bluebirdanalytics.com>",
        },
        offset="-0500",
        clock="14:30:00",
        neg_start="2025-09-09",
        neg_step=3,
        neg_clock="08:00:00",
        tag="ten",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
