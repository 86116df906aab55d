"""A six-hundred-and-twenty-first mailbox, written as a held-out check after the six-hundred-and-twentieth (issue #24).

Dr. Aisha Bello, a postdoctoral researcher in chemistry in Ann Arbor, exports her Gmail with Takeout. Universities
write through Interfolio and their own systems, and search committee chairs in the academic way: Interfolio's "Your
application to Assistant Professor of Chemistry at Purdue University has been submitted", the University of Iowa's
"Thank you for applying", Rice University's Interfolio receipt, Purdue's chair's "The search committee would like to
invite you for a 30-minute Zoom interview", Iowa's "the search has concluded and the position has been filled", Rice's
chair's "we would like to invite you for an on-campus interview, including a research seminar and a chalk talk",
Purdue's "the committee has decided to pursue other candidates", the Dean's "I am delighted to offer you the position of
Assistant Professor", her "I am thrilled to accept" and her thanks after the campus visit. Negatives: HigherEdJobs'
alert, the Chronicle of Higher Education's newsletter, an ACS conference mail, Purdue's own alumni magazine (a
university she applied to), Interfolio's "complete your dossier" reminder and her mother. Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AISHA = "aisha.bello.chem@gmail.com"
ME = f"Aisha Bello <{AISHA}>"
INTERFOLIO = "Interfolio <notifications@interfolio.example>"
IOWA = "University of Iowa Jobs <jobs@uiowa.example>"
PURDUE = "Prof. Mark Ellis <mellis@purdue.example>"
RICE = "Prof. Laura Chen <lchen@rice.example>"
DEAN = "Dean Thomas Reed <dean.naturalsciences@rice.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Purdue University",
        "applied",
        "2025-10-01",
        INTERFOLIO,
        "Application submitted",
        "Dear Aisha,\n\nYour application to Assistant Professor of Chemistry at Purdue University has been submitted.\n\n"
        "Interfolio",
        "t-pur",
    ),
    (
        "University of Iowa",
        "applied",
        "2025-10-02",
        IOWA,
        "Thank you for applying",
        "Dear Aisha Bello,\n\nThank you for applying for Assistant Professor - Physical Chemistry (Req 79012) at the "
        "University of Iowa.\n\nUniversity of Iowa Human Resources",
        "t-iowa",
    ),
    (
        "Rice University",
        "applied",
        "2025-10-03",
        INTERFOLIO,
        "Application submitted",
        "Dear Aisha,\n\nYour application to Assistant Professor, Department of Chemistry at Rice University has been "
        "submitted.\n\nInterfolio",
        "t-rice",
    ),
    (
        "Purdue University",
        "interview",
        "2025-11-10",
        PURDUE,
        "Assistant Professor search - Zoom interview",
        "Dear Dr. Bello,\n\nThe search committee would like to invite you for a 30-minute Zoom interview. Please let me "
        "know your availability next week.\n\nMark Ellis\nChair, Faculty Search Committee",
        "t-pur2",
    ),
    (
        "University of Iowa",
        "rejected",
        "2025-11-12",
        IOWA,
        "Update on your application",
        "Dear Aisha Bello,\n\nThank you for your interest. The search has concluded and the position has been "
        "filled.\n\nUniversity of Iowa Human Resources",
        "t-iowa",
    ),
    (
        "Rice University",
        "onsite",
        "2025-11-17",
        RICE,
        "On-campus interview",
        "Dear Dr. Bello,\n\nOn behalf of the search committee, we would like to invite you for an on-campus interview "
        "in January, including a research seminar and a chalk talk.\n\nLaura Chen\nChair, Search Committee",
        "t-rice2",
    ),
    (
        "Purdue University",
        "rejected",
        "2025-12-01",
        PURDUE,
        "RE: Assistant Professor search - Zoom interview",
        "Dear Dr. Bello,\n\nThank you for your time. After much deliberation, the committee has decided to pursue other "
        "candidates.\n\nMark Ellis",
        "t-pur2",
    ),
    (
        "Rice University",
        "thank_you",
        "2026-01-16",
        ME,
        "RE: On-campus interview",
        "Dear Prof. Chen,\n\nThank you for a wonderful visit and for the committee's hospitality.\n\nBest regards,\n"
        "Aisha",
        "t-rice2",
    ),
    (
        "Rice University",
        "offer",
        "2026-02-02",
        DEAN,
        "Offer of appointment",
        "Dear Dr. Bello,\n\nI am delighted to offer you the position of Assistant Professor of Chemistry at Rice "
        "University, beginning July 1, 2026. The offer letter is attached.\n\nThomas Reed\nDean of Natural Sciences",
        "t-rice3",
    ),
    (
        "Rice University",
        "accepted",
        "2026-02-09",
        ME,
        "RE: Offer of appointment",
        "Dear Dean Reed,\n\nI am thrilled to accept. The signed letter is attached.\n\nSincerely,\nAisha Bello",
        "t-rice3",
    ),
]

_NEGATIVES = [
    (
        "HigherEdJobs <alerts@higheredjobs.example>",
        "New chemistry faculty jobs",
        "alert",
        "Assistant Professor of Chemistry - Ohio State. Lecturer - Michigan State. View jobs.",
    ),
    (
        "The Chronicle of Higher Education <newsletters@chronicle.example>",
        "Academe Today",
        "newsletter",
        "Today's higher-ed news. Unsubscribe.",
    ),
    (
        "ACS Meetings <meetings@acs.example>",
        "Register for ACS Spring 2026",
        "newsletter",
        "Early registration ends soon. Unsubscribe.",
    ),
    (
        "Purdue Alumni <alumni@purdue.example>",
        "Purdue Alumnus: fall issue",
        "newsletter",
        "Stories from Purdue. Unsubscribe.",
    ),
    (
        "Interfolio <notifications@interfolio.example>",
        "Complete your Dossier",
        "other",
        "Your Dossier is missing a teaching statement. Complete it to apply to more positions.",
    ),
    (
        "Mom <funke.bello@yahoo.example>",
        "christmas",
        "personal",
        "Are you coming home for Christmas?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AISHA,
        own_to={"Rice University": RICE},
        offset="-0500",
        clock="10:20:00",
        neg_start="2025-09-30",
        neg_step=20,
        neg_clock="20:40:00",
        tag="sixhundredtwentyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
