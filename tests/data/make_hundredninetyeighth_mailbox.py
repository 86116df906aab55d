"""A hundred-and-ninety-eighth mailbox, written as a held-out check after the hundred-and-ninety-seventh (issue #24).

Ellie, a law graduate in Leeds, saved her Outlook mail as .eml files.  English law firms recruit trainees in their
own words: a vacation scheme and a training contract, applications through Oleeo's portals on ``tal.net``
subdomains, the Watson Glaser test, a recorded video interview, an assessment centre, "a place on our Summer
Vacation Scheme", "we will not be progressing your application to the assessment centre"; a regional firm hires a
paralegal after an interview with two partners, and she declines its offer.  Negatives: a firm's open day she
applied to, the Law Society Gazette, Legal Cheek's deadlines, LawCareers.Net's alerts, her university's mock
assessment centre, her SQE results, a friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ELLIE = "ellie.thompson.law@outlook.com"
ME = f"Ellie Thompson <{ELLIE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Ashworth Penrose",
        "applied",
        "2025-01-06",
        "Ashworth Penrose Graduate Recruitment <noreply@ashworthpenrose.tal.net>",
        "Application received - Summer Vacation Scheme 2025",
        "Dear Ellie,\n\nThank you for submitting your application for the Ashworth Penrose Summer Vacation Scheme "
        "2025. We will review your application and contact you regarding the next stage of the process.\n\nKind "
        "regards,\nGraduate Recruitment Team\nAshworth Penrose LLP",
        None,
    ),
    (
        "Mercer Hale",
        "applied",
        "2025-01-08",
        "Mercer Hale Graduate Recruitment <noreply@mercerhale.tal.net>",
        "Your application to the Mercer Hale Training Contract 2027",
        "Dear Ellie Thompson,\n\nThank you for your application to the Mercer Hale Training Contract commencing "
        "September 2027. Your application has been received and will be considered after the closing date.\n\n"
        "Yours sincerely,\nMercer Hale Graduate Recruitment",
        None,
    ),
    (
        "Harcourt Blake",
        "applied",
        "2025-01-09",
        "Harcourt Blake LLP <noreply@harcourtblake.tal.net>",
        "Thank you for applying",
        "Dear Ellie,\n\nThank you for applying to Harcourt Blake. We have received your application for our 2025 "
        "Spring Insight and Vacation Scheme programme.\n\nHarcourt Blake Early Talent",
        None,
    ),
    (
        "Ashworth Penrose",
        "interview",
        "2025-01-20",
        "Ashworth Penrose Graduate Recruitment <noreply@ashworthpenrose.tal.net>",
        "Next stage: Watson Glaser Critical Thinking Test",
        "Dear Ellie,\n\nThank you for your application to our Summer Vacation Scheme. We are pleased to invite you "
        "to the next stage of our process, the Watson Glaser Critical Thinking Test. Please complete the test "
        "within five working days using the link below.\n\nKind regards,\nGraduate Recruitment Team\nAshworth "
        "Penrose LLP",
        None,
    ),
    (
        "Dunmore & Kaye",
        "applied",
        "2025-01-21",
        ME,
        "Application for Paralegal (Private Client) - Ellie Thompson",
        "Dear Ms Kaye,\n\nPlease find attached my CV and covering letter for the Paralegal role in your Private "
        "Client team, as advertised on your website. I would welcome the opportunity to discuss my application.\n\n"
        "Yours sincerely,\nEllie Thompson",
        "Dunmore & Kaye Recruitment <recruitment@dunmorekaye.co.uk>",
    ),
    (
        "Mercer Hale",
        "interview",
        "2025-01-27",
        "Mercer Hale Graduate Recruitment <noreply@mercerhale.tal.net>",
        "Mercer Hale - video interview",
        "Dear Ellie Thompson,\n\nWe are pleased to let you know that your application has progressed to the next "
        "stage. We would now like you to complete a short pre-recorded video interview through HireVue by 3 "
        "February.\n\nYours sincerely,\nMercer Hale Graduate Recruitment",
        None,
    ),
    (
        "Harcourt Blake",
        "rejected",
        "2025-01-30",
        "Harcourt Blake LLP <noreply@harcourtblake.tal.net>",
        "Your application to Harcourt Blake",
        "Dear Ellie,\n\nThank you for your interest in Harcourt Blake. We received a very high number of strong "
        "applications this year and regret to inform you that your application has been unsuccessful at this "
        "stage.\n\nWe wish you every success with your future career.\n\nHarcourt Blake Early Talent",
        None,
    ),
    (
        "Dunmore & Kaye",
        "interview",
        "2025-02-03",
        "Margaret Kaye <m.kaye@dunmorekaye.co.uk>",
        "RE: Application for Paralegal (Private Client) - Ellie Thompson",
        "Dear Ellie,\n\nThank you for your application. We would like to invite you to an interview with me and "
        "my fellow partner, James Dunmore, at our Leeds office on Tuesday 11 February at 2pm.\n\nKind regards,\n"
        "Margaret Kaye\nPartner\nDunmore & Kaye Solicitors",
        None,
    ),
    (
        "Ashworth Penrose",
        "onsite",
        "2025-02-05",
        "Ashworth Penrose Graduate Recruitment <noreply@ashworthpenrose.tal.net>",
        "Invitation to Assessment Centre",
        "Dear Ellie,\n\nCongratulations on your performance in the Watson Glaser test. We would like to invite you "
        "to attend an assessment centre at our Manchester office on 19 February. The day includes a written "
        "exercise, a group task and a partner interview.\n\nKind regards,\nGraduate Recruitment Team\nAshworth "
        "Penrose LLP",
        None,
    ),
    (
        "Mercer Hale",
        "rejected",
        "2025-02-12",
        "Mercer Hale Graduate Recruitment <noreply@mercerhale.tal.net>",
        "Mercer Hale - update on your application",
        "Dear Ellie Thompson,\n\nThank you for taking the time to complete your video interview. Unfortunately, on "
        "this occasion, we will not be progressing your application to the assessment centre.\n\nYours sincerely,"
        "\nMercer Hale Graduate Recruitment",
        None,
    ),
    (
        "Dunmore & Kaye",
        "offer",
        "2025-02-14",
        "Margaret Kaye <m.kaye@dunmorekaye.co.uk>",
        "Paralegal role - offer",
        "Dear Ellie,\n\nThank you for coming in on Tuesday. I am pleased to confirm that we would like to offer you "
        "the role of Paralegal in our Private Client team, at a salary of £24,500. A formal letter will follow.\n\n"
        "Kind regards,\nMargaret Kaye\nPartner",
        None,
    ),
    (
        "Ashworth Penrose",
        "offer",
        "2025-02-26",
        "Ashworth Penrose Graduate Recruitment <noreply@ashworthpenrose.tal.net>",
        "Your Summer Vacation Scheme offer",
        "Dear Ellie,\n\nThank you for attending our assessment centre. We are delighted to offer you a place on our "
        "Summer Vacation Scheme, which runs from 30 June to 11 July 2025 in our Manchester office. Please accept "
        "your place through the portal by 7 March.\n\nKind regards,\nGraduate Recruitment Team\nAshworth Penrose LLP",
        None,
    ),
    (
        "Dunmore & Kaye",
        "declined",
        "2025-02-27",
        ME,
        "RE: Paralegal role - offer",
        "Dear Margaret,\n\nThank you so much for the offer, and for your time last week. After a lot of thought I "
        "have decided to accept a vacation scheme place with a firm I hope to train with, and so I must "
        "respectfully decline. I hope our paths cross again.\n\nKind regards,\nEllie",
        "Margaret Kaye <m.kaye@dunmorekaye.co.uk>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Ashworth Penrose Graduate Recruitment <events@ashworthpenrose.com>",
        "Join us at our Northern Open Day",
        "newsletter",
        "Meet our trainees and partners at our Northern Open Day in Manchester on 12 March. Places are limited - "
        "register your interest today.",
    ),
    (
        "The Law Society Gazette <gazette@lawsociety.example>",
        "Gazette daily: SQE pass rates and the training contract squeeze",
        "newsletter",
        "Today: SQE pass rates, why firms are cutting training contract numbers, and the week in practice.",
    ),
    (
        "Legal Cheek <newsletter@legalcheek.example>",
        "Vacation scheme deadlines this week",
        "newsletter",
        "Five vacation scheme deadlines close this week - plus our guide to the Watson Glaser test.",
    ),
    (
        "LawCareers.Net <alerts@lawcareers.example>",
        "New opportunities matching your preferences",
        "alert",
        "Training contract - Yorkshire firm - Leeds\nParalegal - national firm - Manchester\nSee all opportunities.",
    ),
    (
        "University of Leeds Careers <careers@leeds.example>",
        "Your booking: mock assessment centre",
        "other",
        "You are booked onto our mock assessment centre workshop on 4 February at 1pm in the Careers Centre.",
    ),
    (
        "SRA <sqe@sra.example>",
        "Your SQE1 results",
        "other",
        "Your SQE1 results are now available in your SRA account.",
    ),
    (
        "Chloe Adams <chloe.adams99@gmail.com>",
        "good luck tomorrow!!",
        "personal",
        "You're going to smash the assessment centre. Drinks after?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0000",
        clock="13:20:00",
        neg_start="2025-01-05",
        neg_step=7,
        neg_clock="08:10:00",
        tag="hundredninetyeight",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), ELLIE)
