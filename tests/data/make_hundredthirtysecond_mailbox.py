"""A hundred-and-thirty-second mailbox, written as a held-out check after the hundred-and-thirty-first (issue #24).

Chloe, a secondary maths teacher in Sydney, saves her Outlook mail as .eml files.  She applies to the state's
schools through the department's recruitment system, to independent schools through PageUp and SEEK, and to a
tutoring company.  Her mail speaks Australian: "shortlisted for interview", "a demonstration lesson", "referee
checks", "a letter of offer", "we regret to advise that on this occasion you have been unsuccessful", "merit
list".  Her negatives: NESA accreditation, the teachers' federation, SEEK's recommendations, a relief agency's
pitch, Opal, her super fund, a school's newsletter.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHLOE = "chloe.nguyen.teach@outlook.com"
_ME = f"Chloe Nguyen <{CHLOE}>"
_MARK = "Mark Reilly <mark.reilly@det.nsw.edu.au>"
_STEPH = "Stephanie Ward <s.ward@stcatherines.nsw.edu.au>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Randwick Boys High School",
        "applied",
        "2025-07-21",
        "NSW Department of Education <noreply@iworkfor.nsw.gov.au>",
        "Application received: Classroom Teacher - Mathematics, Randwick Boys High School (00010AB1)",
        "Dear Chloe,\n\nThank you for your application for the role of Classroom Teacher - Mathematics at Randwick Boys "
        "High School (job reference 00010AB1). The selection panel will assess applications after the closing date.",
        None,
    ),
    (
        "Randwick Boys High School",
        "interview",
        "2025-08-06",
        _MARK,
        "Classroom Teacher - Mathematics - interview",
        "Dear Chloe,\n\nI am pleased to advise that you have been shortlisted for interview for the position of "
        "Classroom Teacher - Mathematics. The interview will be held at the school on Tuesday 12 August at 2:30pm "
        "and will include a 15-minute demonstration lesson with a Year 9 class.\n\nRegards,\nMark Reilly\nHead "
        "Teacher Mathematics, Randwick Boys High School",
        None,
    ),
    (
        "Randwick Boys High School",
        "thank_you",
        "2025-08-12",
        _ME,
        "RE: Classroom Teacher - Mathematics - interview",
        "Dear Mark,\n\nThank you for the opportunity to interview this afternoon and to teach your Year 9s - they were "
        "a lovely group.\n\nKind regards,\nChloe",
        _MARK,
    ),
    (
        "Randwick Boys High School",
        "reply",
        "2025-08-19",
        _MARK,
        "RE: Classroom Teacher - Mathematics - interview",
        "Hi Chloe,\n\nA quick note to say the panel is still completing referee checks for the preferred applicants, "
        "so we won't be in a position to advise outcomes until next week. Thanks for your patience.\n\nMark",
        None,
    ),
    (
        "Randwick Boys High School",
        "rejected",
        "2025-08-27",
        "NSW Department of Education <noreply@iworkfor.nsw.gov.au>",
        "Outcome of your application: Classroom Teacher - Mathematics (00010AB1)",
        "Dear Chloe,\n\nThank you for your interest in the role of Classroom Teacher - Mathematics at Randwick Boys "
        "High School. We regret to advise that on this occasion you have been unsuccessful. The panel has placed you "
        "on a merit list, which may be used to fill similar vacancies in the next 12 months.",
        None,
    ),
    (
        "St Catherine's School",
        "applied",
        "2025-07-23",
        "St Catherine's School <noreply@pageuppeople.com>",
        "Thank you for applying - Mathematics Teacher (Full-time, Permanent)",
        "Dear Chloe,\n\nThank you for your application for the Mathematics Teacher position at St Catherine's School, "
        "Waverley. Your application has been received and will be reviewed once the advertisement closes.\n\nHuman "
        "Resources, St Catherine's School",
        None,
    ),
    (
        "St Catherine's School",
        "interview",
        "2025-08-01",
        _STEPH,
        "Mathematics Teacher - invitation to interview",
        "Dear Chloe,\n\nThe Principal and Head of Mathematics would like to meet with you to discuss your application. "
        "Are you available on Thursday 7 August at 4pm at the Junior School?\n\nKind regards,\nStephanie Ward\nHR "
        "Coordinator",
        None,
    ),
    (
        "St Catherine's School",
        "onsite",
        "2025-08-11",
        _STEPH,
        "Mathematics Teacher - second interview",
        "Dear Chloe,\n\nThank you for meeting with us last week. We would like to invite you back for a final "
        "interview with the Principal and the Deputy, and to teach a short lesson to a Year 10 class on Monday 18 "
        "August.\n\nKind regards,\nStephanie",
        None,
    ),
    (
        "St Catherine's School",
        "offer",
        "2025-08-25",
        _STEPH,
        "Letter of Offer - Mathematics Teacher",
        "Dear Chloe,\n\nFurther to the Principal's call this morning, please find attached your letter of offer for "
        "the position of Mathematics Teacher (full-time, permanent) commencing Term 1, 2026. Kindly return the signed "
        "letter by 1 September.\n\nKind regards,\nStephanie",
        None,
    ),
    (
        "St Catherine's School",
        "accepted",
        "2025-08-28",
        _ME,
        "RE: Letter of Offer - Mathematics Teacher",
        "Dear Stephanie,\n\nPlease find attached my signed letter of offer. I'm delighted to be joining St Catherine's "
        "next year.\n\nKind regards,\nChloe",
        _STEPH,
    ),
    (
        "Cranbrook School",
        "applied",
        "2025-07-25",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        "Hi Chloe,\n\nYour application for Teacher of Mathematics with Cranbrook School was successfully submitted. "
        "Good luck!\n\nSEEK",
        None,
    ),
    (
        "Cranbrook School",
        "rejected",
        "2025-08-15",
        "Cranbrook School Recruitment <recruitment@cranbrook.nsw.edu.au>",
        "Teacher of Mathematics",
        "Dear Chloe,\n\nThank you for your interest in the Teacher of Mathematics position. We received a very strong "
        "field of applicants and, after careful consideration, your application has not been shortlisted on this "
        "occasion.\n\nWe wish you well.\nCranbrook School",
        None,
    ),
    (
        "Matrix Education",
        "applied",
        "2025-07-28",
        _ME,
        "Application - Maths Tutor (HSC)",
        "Hi there,\n\nPlease find attached my CV for the HSC Maths Tutor role advertised on your careers page. I'm a "
        "secondary maths teacher with four years' experience.\n\nKind regards,\nChloe Nguyen",
        "Matrix Education Careers <careers@matrix.edu.au>",
    ),
    (
        "Matrix Education",
        "screen",
        "2025-07-31",
        "Jason Tan <jason.tan@matrix.edu.au>",
        "RE: Application - Maths Tutor (HSC)",
        "Hi Chloe,\n\nThanks for getting in touch. Could you jump on a quick phone call this Friday to chat about "
        "availability and the teaching load?\n\nCheers,\nJason",
        None,
    ),
    (
        "Matrix Education",
        "withdrew",
        "2025-08-29",
        _ME,
        "RE: Application - Maths Tutor (HSC)",
        "Hi Jason,\n\nThanks again for the chat. I've accepted a full-time teaching position, so I'll withdraw from "
        "the tutor role for now.\n\nCheers,\nChloe",
        "Jason Tan <jason.tan@matrix.edu.au>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "NESA <accreditation@nesa.nsw.edu.au>",
        "Your accreditation: maintenance period reminder",
        "other",
        "Your maintenance of accreditation period ends on 31 December. Log in to NESA eTAMS.",
    ),
    (
        "NSW Teachers Federation <info@nswtf.org.au>",
        "Federation News: salaries campaign",
        "newsletter",
        "The latest from the salaries campaign. Read more. Unsubscribe",
    ),
    (
        "SEEK <recommendations@s.seek.com.au>",
        "Jobs for you: Mathematics Teacher",
        "alert",
        "Mathematics Teacher - Scots College - Bellevue Hill NSW. Maths Teacher - Kambala - Rose Bay NSW. View all jobs.",
    ),
    (
        "Anna Price <anna@teachrelief.com.au>",
        "Casual relief teaching - eastern suburbs",
        "outreach",
        "Hi Chloe, we have daily relief teaching in the eastern suburbs with flexible days. Keen to register with us?",
    ),
    (
        "Opal <noreply@opal.com.au>",
        "Your Opal card auto top up",
        "other",
        "Your Opal card was topped up with $40.00.",
    ),
    (
        "Aware Super <noreply@aware.com.au>",
        "Your annual statement is ready",
        "other",
        "Your 2024-25 annual statement is ready to view online.",
    ),
    (
        "St Catherine's School <news@stcatherines.nsw.edu.au>",
        "St Catherine's Newsletter - Term 3 Week 4",
        "newsletter",
        "From the Principal. Sports results. Upcoming events. Unsubscribe",
    ),
    (
        "SEEK <noreply@s.seek.com.au>",
        "Your profile was viewed by an employer",
        "alert",
        "An employer viewed your SEEK Profile. See who's interested.",
    ),
    (
        "Teach NSW <teach.nsw@det.nsw.edu.au>",
        "Teach Rural scholarships now open",
        "newsletter",
        "Applications for Teach Rural scholarships are now open. Find out more. Unsubscribe",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Maths Teacher jobs in Sydney",
        "alert",
        "Mathematics Teacher at Cranbrook School. Maths Teacher at Barker College. See all jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Outlook saves them."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=_ME,
        offset="+1000",
        clock="15:20:00",
        neg_start="2025-07-20",
        neg_step=4,
        neg_clock="07:10:00",
        tag="hundredthirtytwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), CHLOE)
