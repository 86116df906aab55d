"""A two-hundred-and-twenty-ninth mailbox, written as a held-out check after the two-hundred-and-twenty-eighth
(issue #24).

Hannah, a maths teacher in Manchester, exports Gmail with Takeout.  English schools hire in their own words: the
Department for Education's Teaching Vacancies service and Eteach relay applications, a school belongs to a
multi-academy trust that signs its mail, an interview day is a taught lesson ("a 30-minute lesson observation") and
a panel, the offer comes by phone the same evening and is confirmed by mail "subject to pre-employment checks", and
a refusal says "you were not successful on this occasion".  Negatives: Teaching Vacancies' job alert, a union's
newsletter, a supply agency's cold message, the council tax, a friend.  Its score before any rule was changed for
it is in the commit message; one truth was changed after it (a school's name no mail gave, "Moorside Primary School",
is its domain's "Moorside"); ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.price.maths@gmail.com"
ME = f"Hannah Price <{HANNAH}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Irwell Valley Academy",
        "applied",
        "2025-03-03",
        "Teaching Vacancies <do-not-reply@teaching-vacancies.service.gov.uk>",
        "Your application has been submitted",
        "Dear Hannah,\n\nYour application for Teacher of Mathematics at Irwell Valley Academy has been submitted. "
        "The school will contact you if you are shortlisted.\n\nTeaching Vacancies",
        "i1",
    ),
    (
        "St Anselm's Catholic High School",
        "applied",
        "2025-03-04",
        "Eteach <noreply@eteach.com>",
        "Application sent to St Anselm's Catholic High School",
        "Dear Hannah,\n\nThank you for applying for the post of Teacher of Maths (MPS/UPS) at St Anselm's Catholic "
        "High School. Your application has been sent to the school.\n\nEteach",
        "s1",
    ),
    (
        # (written "Moorside Primary School", a name no mail of this corpus gives: its domain's "Moorside" is all
        # the mail says of it)
        "Moorside",
        "applied",
        "2025-03-05",
        ME,
        "Application - Year 6 Teacher",
        "Dear Mrs Okafor,\n\nPlease find attached my application form and letter for the Year 6 Teacher post "
        "advertised on the Manchester schools' website.\n\nKind regards,\nHannah Price",
        "m1",
    ),
    (
        "Irwell Valley Academy",
        "interview",
        "2025-03-12",
        "Recruitment - Pennine Learning Trust <recruitment@penninelearningtrust.org.uk>",
        "Invitation to interview - Teacher of Mathematics, Irwell Valley Academy",
        "Dear Hannah,\n\nThank you for your application. I am pleased to invite you to interview for the post of "
        "Teacher of Mathematics at Irwell Valley Academy on Wednesday 19 March. The day will include a 30-minute "
        "lesson observation with a Year 9 class, a student panel and a formal interview with the Headteacher.\n\n"
        "Kind regards,\nRecruitment Team\nPennine Learning Trust",
        "i2",
    ),
    (
        "St Anselm's Catholic High School",
        "rejected",
        "2025-03-14",
        "HR Office <hr@stanselms.manchester.sch.uk>",
        "Teacher of Maths - application outcome",
        "Dear Hannah,\n\nThank you for your interest in the post of Teacher of Maths. We received a large number of "
        "applications and I am sorry to let you know that you were not successful on this occasion.\n\nYours "
        "sincerely,\nHR Office\nSt Anselm's Catholic High School",
        "s2",
    ),
    (
        "Irwell Valley Academy",
        "offer",
        "2025-03-19",
        "Recruitment - Pennine Learning Trust <recruitment@penninelearningtrust.org.uk>",
        "Conditional offer - Teacher of Mathematics, Irwell Valley Academy",
        "Dear Hannah,\n\nFurther to the Headteacher's phone call this evening, I am delighted to confirm our "
        "conditional offer of the post of Teacher of Mathematics at Irwell Valley Academy from 1 September 2025, "
        "subject to satisfactory pre-employment checks.\n\nKind regards,\nRecruitment Team\nPennine Learning Trust",
        "i3",
    ),
    (
        "Moorside",
        "withdrew",
        "2025-03-20",
        ME,
        "Re: Application - Year 6 Teacher",
        "Dear Mrs Okafor,\n\nI have accepted a post at another school, so I would like to withdraw my application for "
        "the Year 6 Teacher post. Thank you for your time.\n\nKind regards,\nHannah Price",
        "m1",
    ),
    (
        "Irwell Valley Academy",
        "accepted",
        "2025-03-20",
        ME,
        "Re: Conditional offer - Teacher of Mathematics, Irwell Valley Academy",
        "Dear Recruitment Team,\n\nThank you - I am delighted to accept the offer and will complete the "
        "pre-employment forms this week.\n\nKind regards,\nHannah Price",
        "i3",
    ),
]

_OWN_TO = {
    "Moorside": "Mrs J Okafor <office@moorside.manchester.sch.uk>",
    "Irwell Valley Academy": "Recruitment - Pennine Learning Trust <recruitment@penninelearningtrust.org.uk>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Teaching Vacancies <do-not-reply@teaching-vacancies.service.gov.uk>",
        "New jobs matching your alert: maths teacher, Manchester",
        "alert",
        "3 new jobs match your alert: Teacher of Mathematics; KS3 Maths Lead; Maths Teacher (maternity cover).",
    ),
    (
        "NEU <news@neu.example>",
        "Your NEU bulletin: pay, workload and your rights",
        "newsletter",
        "This week: the pay award explained and what to do about workload.",
    ),
    (
        "Daniel Hart <daniel@primesupplyteachers.example>",
        "Supply work - maths, Salford",
        "recruiter",
        "Hi Hannah, I came across your CV and I have daily supply and long-term maths roles in Salford. Are you "
        "open to a quick chat?",
    ),
    (
        "Manchester City Council <counciltax@manchester.example>",
        "Your council tax bill 2025/26",
        "other",
        "Your council tax bill for 2025/26 is now available online.",
    ),
    (
        "Lucy Ward <lucyward88@hotmail.co.uk>",
        "good luck!!",
        "personal",
        "Good luck with your interview tomorrow!!! You'll smash it x",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HANNAH,
        own_to=_OWN_TO,
        offset="+0000",
        clock="17:40:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="21:15:00",
        tag="twohundredtwentynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
