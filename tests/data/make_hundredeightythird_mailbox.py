"""A hundred-and-eighty-third mailbox, written as a held-out check after the hundred-and-eighty-second (issue #24).

Dr. Hana Sato, finishing a postdoc in chemistry, is on the academic job market and exported Gmail with Takeout.
Faculty searches run on Interfolio and AcademicJobsOnline, then a search committee's chair writes: a first-round
Zoom interview, a campus visit with a job talk and a teaching demonstration, a dean's offer; a search is cancelled
for budget reasons, another concludes without her.  Negatives: Interfolio's letter-writer notices, a journal's
table of contents, a conference's call for papers, a department seminar announcement, a student's question, job
alerts.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANA = "hana.sato.chem@gmail.com"
ME = f"Hana Sato <{HANA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "University of Vermont",
        "applied",
        "2025-10-01",
        "Interfolio <help@interfolio.com>",
        "Your application to Assistant Professor of Chemistry has been submitted",
        "Hi Hana,\n\nYour application to Assistant Professor of Chemistry (Physical) at the University of Vermont has "
        "been submitted successfully.\n\nThe Interfolio Team",
        "v1",
    ),
    (
        "Carleton Hill College",
        "applied",
        "2025-10-02",
        "AcademicJobsOnline <noreply@academicjobsonline.org>",
        "Application submitted: Carleton Hill College, Assistant Professor of Chemistry",
        "Dear Hana Sato,\n\nYour application for the position Assistant Professor of Chemistry (#28841) at Carleton "
        "Hill College, Department of Chemistry, has been submitted.\n\nAcademicJobsOnline.org",
        "c1",
    ),
    (
        "Lakeshore State University",
        "applied",
        "2025-10-03",
        "Lakeshore State University <donotreply@lakeshorestate.peopleadmin.com>",
        "Application Received - Assistant Professor, Analytical Chemistry",
        "Dear Hana Sato,\n\nThank you for applying for Assistant Professor, Analytical Chemistry (Posting F00231) at "
        "Lakeshore State University. The search committee will begin reviewing applications on November 1.\n\n"
        "Office of Human Resources",
        "l1",
    ),
    (
        "University of Vermont",
        "interview",
        "2025-11-10",
        "Prof. David Klein <dklein@uvm.edu>",
        "Chemistry faculty search - first-round interview",
        "Dear Dr. Sato,\n\nOn behalf of the search committee, I am pleased to invite you to a first-round interview by "
        "Zoom, about 45 minutes, on November 17 or 18. Please let me know which times work.\n\nBest regards,\nDavid "
        "Klein\nProfessor and Chair, Search Committee",
        "v2",
    ),
    (
        "Lakeshore State University",
        "rejected",
        "2025-11-14",
        "Lakeshore State University <donotreply@lakeshorestate.peopleadmin.com>",
        "Assistant Professor, Analytical Chemistry - search update",
        "Dear Hana Sato,\n\nWe regret to inform you that the search for Assistant Professor, Analytical Chemistry has "
        "been cancelled due to budget constraints. Thank you for your interest in Lakeshore State University.\n\n"
        "Office of Human Resources",
        "l2",
    ),
    (
        "Carleton Hill College",
        "interview",
        "2025-11-20",
        "Prof. Maria Esposito <mesposito@carletonhill.edu>",
        "Carleton Hill Chemistry - interview invitation",
        "Dear Dr. Sato,\n\nThe committee enjoyed reading your materials and would like to schedule a 30-minute "
        "video conversation with you during the first week of December.\n\nWarm regards,\nMaria Esposito\nChair, "
        "Department of Chemistry",
        "c2",
    ),
    (
        "University of Vermont",
        "onsite",
        "2025-12-01",
        "Prof. David Klein <dklein@uvm.edu>",
        "Campus visit - Assistant Professor of Chemistry",
        "Dear Dr. Sato,\n\nI am delighted to invite you to visit campus on January 22-23. The visit will include a "
        "research seminar, a teaching demonstration, and meetings with faculty, students and the Dean.\n\nBest "
        "regards,\nDavid Klein",
        "v3",
    ),
    (
        "Carleton Hill College",
        "rejected",
        "2025-12-12",
        "Prof. Maria Esposito <mesposito@carletonhill.edu>",
        "Carleton Hill Chemistry search",
        "Dear Dr. Sato,\n\nThank you for speaking with us. After much deliberation, the committee has decided to invite "
        "other candidates for campus visits. We wish you every success.\n\nMaria Esposito",
        "c3",
    ),
    (
        "University of Vermont",
        "thank_you",
        "2026-01-24",
        ME,
        "Thank you - campus visit",
        "Dear David,\n\nThank you for a wonderful visit. I enjoyed meeting the faculty and students and learning "
        "about the department's plans.\n\nBest,\nHana",
        "v4",
    ),
    (
        "University of Vermont",
        "offer",
        "2026-02-05",
        "Dean Linda Park <linda.park@uvm.edu>",
        "Offer of appointment - Assistant Professor of Chemistry",
        "Dear Dr. Sato,\n\nI am pleased to offer you an appointment as Assistant Professor of Chemistry, beginning "
        "August 2026. The attached letter describes salary, start-up funds and teaching load.\n\nSincerely,\nLinda "
        "Park\nDean, College of Arts and Sciences",
        "v5",
    ),
]

_OWN_TO = {"University of Vermont": "David Klein <dklein@uvm.edu>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Interfolio <help@interfolio.com>",
        "A letter has been added to your Dossier",
        "not about an application",
        "Prof. Yuki Tanaka has uploaded a confidential letter to your Dossier.",
    ),
    (
        "Journal of Physical Chemistry <toc@acs.org>",
        "New issue: Volume 129, Issue 44",
        "newsletter",
        "Table of contents: ultrafast spectroscopy, catalysis and more. Unsubscribe",
    ),
    (
        "ACS Spring Meeting <meetings@acs.org>",
        "Call for abstracts closes soon",
        "newsletter",
        "Submit your abstract for the spring national meeting by October 20.",
    ),
    (
        "Chemistry Department <chemdept@stanfordpostdoc.edu>",
        "Seminar today: Prof. Lee on battery interfaces",
        "not about an application",
        "Join us at 4 PM in Room 201 for this week's departmental seminar.",
    ),
    (
        "Ben Carter <bcarter@stanfordpostdoc.edu>",
        "Question about the lab report",
        "personal",
        "Hi Dr. Sato, could we meet tomorrow to go over my lab report? Thanks, Ben",
    ),
    (
        "Chronicle Vitae <jobs@chronicle.com>",
        "New faculty jobs in Chemistry",
        "alert",
        "Assistant Professor of Chemistry - Ohio. Lecturer - California. See all jobs.",
    ),
    (
        "HigherEdJobs <alerts@higheredjobs.com>",
        "Your Job Agent: 9 new jobs",
        "alert",
        "Assistant Professor, Physical Chemistry - Maine. Visiting Professor - Oregon.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HANA,
        own_to=_OWN_TO,
        offset="-0800",
        clock="09:15:00",
        neg_start="2025-09-30",
        neg_step=9,
        neg_clock="16:30:00",
        tag="hundredeightythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
