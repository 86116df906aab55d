"""A three-hundred-and-eighty-second mailbox, written as a held-out check after the three-hundred-and-eighty-first
(issue #24).

Dr. Hannah Brooks, a historian finishing a postdoc, reads her mail in Apple Mail (an mbox with Delivered-To and
reply headers).  The academic market as it arrives: Interfolio's "Your application has been delivered" to a college,
a search committee chair's "invite you to a first-round Zoom interview", "We would like to invite you to campus"
(the final round), a dean's offer "of a tenure-track appointment as Assistant Professor", her acceptance; a
university's own Workday receipt and its "the search committee has concluded its review and you were not selected";
AcademicJobsOnline's receipt for a third and its chair's "we have filled the position".  Negatives that look close:
H-Net's job guide, the AHA's newsletter, a journal's "Decision on your manuscript" (a rejection, but of an article),
a conference's "Your proposal has been accepted", a student's question, the library's overdue notice.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hbrooks.history@gmail.com"
ME = f"Hannah Brooks <{HANNAH}>"
CHAIR = "Prof. Daniel Okoye <dokoye@weskett.edu>"

# (company, event, day, sender, subject, body, parent index or None, to)
_POSITIVES = [
    (
        "Weskett College",
        "applied",
        "2025-10-01",
        "Interfolio <no-reply@interfolio.com>",
        "Your application has been delivered",
        "Dear Hannah Brooks,\n\nYour application for Assistant Professor of History (Modern Europe), Weskett College, "
        "has been delivered. You can view your application in your Interfolio Dossier.\n\nInterfolio",
        None,
    ),
    (
        "University of Marrow Falls",
        "applied",
        "2025-10-03",
        "University of Marrow Falls <marrowfalls@myworkday.com>",
        "Thank you for applying - Assistant Professor, History (JR-10487)",
        "Dear Hannah,\n\nThank you for applying to the Assistant Professor, History position (JR-10487) at the University "
        "of Marrow Falls. The search committee will begin reviewing applications on November 1.\n\nFaculty Affairs",
        None,
    ),
    (
        "Linden State University",
        "applied",
        "2025-10-06",
        "AcademicJobsOnline <noreply@academicjobsonline.org>",
        "AJO: application submitted to Linden State University",
        "Dear Hannah Brooks,\n\nYour application to Linden State University, Department of History, for the position "
        "Visiting Assistant Professor (#28810) has been submitted. Reference letter requests were sent to 3 "
        "writers.\n\nAcademicJobsOnline.org",
        None,
    ),
    (
        "Weskett College",
        "interview",
        "2025-11-12",
        CHAIR,
        "Weskett College History search - first-round interview",
        "Dear Dr. Brooks,\n\nOn behalf of the search committee for the position in Modern European History, I am pleased "
        "to invite you to a first-round Zoom interview of about 30 minutes. Please let me know which of the following "
        "times work for you: November 19 at 1pm or November 20 at 10am (Eastern).\n\nWith best wishes,\nDaniel Okoye\n"
        "Professor and Chair, Department of History\nWeskett College",
        None,
    ),
    (
        "Weskett College",
        "thank_you",
        "2025-11-19",
        ME,
        "Re: Weskett College History search - first-round interview",
        "Dear Professor Okoye,\n\nThank you and the committee for the conversation this afternoon. I enjoyed discussing "
        "the survey course and the digital history initiative.\n\nBest regards,\nHannah Brooks",
        3,
        CHAIR,
    ),
    (
        "Linden State University",
        "rejected",
        "2025-11-24",
        "Prof. Ruth Alvarez <ralvarez@lindenstate.edu>",
        "Visiting Assistant Professor search",
        "Dear Dr. Brooks,\n\nThank you for your interest in the Visiting Assistant Professor position at Linden State. I "
        "am writing to let you know that we have filled the position. We received many strong applications and "
        "appreciate the time you put into yours.\n\nSincerely,\nRuth Alvarez, Chair",
        None,
    ),
    (
        "Weskett College",
        "onsite",
        "2025-12-03",
        CHAIR,
        "Campus visit - Weskett College",
        "Dear Dr. Brooks,\n\nI am delighted to let you know that the committee would like to invite you to campus for a "
        "two-day visit in late January. The visit will include a job talk, a teaching demonstration, meetings with the "
        "dean and students, and dinner with the department. Our administrative coordinator will be in touch about "
        "travel.\n\nWith best wishes,\nDaniel Okoye",
        None,
    ),
    (
        "University of Marrow Falls",
        "rejected",
        "2025-12-10",
        "University of Marrow Falls <marrowfalls@myworkday.com>",
        "Update on your application - Assistant Professor, History",
        "Dear Hannah,\n\nThe search committee has concluded its review of applications for the Assistant Professor, "
        "History position, and you were not selected to advance. We thank you for your interest in the University of "
        "Marrow Falls.\n\nFaculty Affairs",
        None,
    ),
    (
        "Weskett College",
        "offer",
        "2026-02-09",
        "Dean Maria Castellanos <mcastellanos@weskett.edu>",
        "Offer of appointment",
        "Dear Dr. Brooks,\n\nIt is my great pleasure to offer you a tenure-track appointment as Assistant Professor of "
        "History at Weskett College, beginning August 15, 2026, at an academic-year salary of $74,500. The formal "
        "letter is attached; I would be grateful for your reply by February 23.\n\nWarm regards,\nMaria Castellanos\n"
        "Dean of the Faculty",
        None,
    ),
    (
        "Weskett College",
        "accepted",
        "2026-02-16",
        ME,
        "Re: Offer of appointment",
        "Dear Dean Castellanos,\n\nI am delighted to accept the offer of appointment as Assistant Professor of History. "
        "The signed letter is attached. Thank you, and I look forward to joining Weskett.\n\nWarm regards,\nHannah "
        "Brooks",
        8,
        "Dean Maria Castellanos <mcastellanos@weskett.edu>",
    ),
]

_NEGATIVES = [
    (
        "H-Net Job Guide <jobguide@h-net.example>",
        "H-Net Job Guide: 14 new postings",
        "alert",
        "Assistant Professor of History - Kenyon - Gambier, OH. Lecturer in Modern History - Leeds. View postings.",
    ),
    (
        "American Historical Association <news@historians.example>",
        "Perspectives on History: December issue",
        "newsletter",
        "In this issue: the job market report, annual meeting sessions and member news.",
    ),
    (
        "Journal of Modern European History <editorial@jmeh.example>",
        "Decision on your manuscript JMEH-2025-0142",
        "other",
        "Dear Dr. Brooks, thank you for submitting your manuscript. After review, we regret that we are unable to "
        "accept it for publication in the journal. The reviewers' comments are below.",
    ),
    (
        "Program Committee <program@socialhistory.example>",
        "Your proposal has been accepted",
        "other",
        "We are pleased to inform you that your panel proposal has been accepted for the 2026 Social History "
        "Conference.",
    ),
    (
        "Tyler Reed <treed@student.example>",
        "question about the essay",
        "personal",
        "Hi Dr. Brooks, is the essay due Friday or Monday? Thanks!",
    ),
    (
        "University Library <library@univ.example>",
        "Overdue notice",
        "other",
        "The following item is overdue: The Making of the English Working Class.",
    ),
]


def _offset(day):
    return "-0500" if day.month in (11, 12, 1, 2) else "-0400"


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=HANNAH,
        offset=_offset,
        clock="14:10:00",
        neg_start="2025-10-02",
        neg_step=9,
        neg_clock="21:20:00",
        tag="threehundredeightytwo",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "mbox", msgs if msgs is not None else messages())
