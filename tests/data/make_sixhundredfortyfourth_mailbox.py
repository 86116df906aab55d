"""A six-hundred-and-forty-fourth mailbox, written as a held-out check after the six-hundred-and-forty-third
(issue #24).

Dr. Hannah Lindqvist, a sociologist finishing a postdoc in Madison, exports her Gmail with Takeout during an academic
job search. Universities write through Interfolio and AcademicJobsOnline and then by their search chairs: Interfolio's
"Your application to Assistant Professor of Sociology at University of Oregon has been submitted", AcademicJobsOnline's
"Application submitted: Tulane University", Macalester College's HR "We have received your application", the Oregon
search chair's "The committee would like to schedule a 30-minute Zoom interview with you" (a first-round interview),
Tulane's "we have completed our review and will not be moving your application forward", Oregon's "we would like to
invite you to campus for a two-day visit" (the final round), her thanks to the chair, Macalester's "the search has
been cancelled" (a rejection), Oregon's dean's "I am delighted to offer you the position", and her acceptance.
Negatives: the Chronicle's job alert, ASA's newsletter, a journal's review request, a conference registration, an
Interfolio dossier notice, and her partner. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.lindqvist.soc@gmail.com"
ME = f"Hannah Lindqvist <{HANNAH}>"
INTERFOLIO = "Interfolio <no-reply@interfolio.example>"
AJO = "AcademicJobsOnline <support@academicjobsonline.example>"
MAC = "Macalester College Human Resources <hr@macalester.example>"
CHAIR = "Prof. Daniel Ruiz <druiz@uoregon.example>"
DEAN = "Dean Laura Whitcomb <lwhitcomb@uoregon.example>"
TULANE = "Sociology Search Committee <socsearch@tulane.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "University of Oregon",
        "applied",
        "2025-10-01",
        INTERFOLIO,
        "Your application to Assistant Professor of Sociology at University of Oregon has been submitted",
        "Dear Hannah Lindqvist,\n\nYour application to Assistant Professor of Sociology at University of Oregon has "
        "been successfully submitted. You may view your application materials in your Interfolio account.\n\n"
        "Interfolio",
        "t-uo",
    ),
    (
        "Tulane University",
        "applied",
        "2025-10-03",
        AJO,
        "Application submitted: Tulane University",
        "Dear Hannah Lindqvist,\n\nThis confirms that your application for the position Assistant Professor, "
        "Sociology (Job #27714) at Tulane University, Department of Sociology, has been submitted.\n\n"
        "AcademicJobsOnline.org",
        "t-tul",
    ),
    (
        "Macalester College",
        "applied",
        "2025-10-06",
        MAC,
        "We have received your application",
        "Dear Hannah,\n\nThank you for your interest in the tenure-track position in Sociology at Macalester College. "
        "We have received your application and the search committee will begin reviewing applications on "
        "November 1.\n\nMacalester College Human Resources",
        "t-mac",
    ),
    (
        "University of Oregon",
        "interview",
        "2025-11-12",
        CHAIR,
        "Sociology search - first-round interview",
        "Dear Dr. Lindqvist,\n\nOn behalf of the search committee, thank you for applying. The committee would like to "
        "schedule a 30-minute Zoom interview with you in the week of November 17. Please let me know your "
        "availability.\n\nBest regards,\nDaniel Ruiz\nProfessor and Search Chair, Department of Sociology\n"
        "University of Oregon",
        "t-uo2",
    ),
    (
        "Tulane University",
        "rejected",
        "2025-11-20",
        TULANE,
        "Tulane Sociology search",
        "Dear Applicant,\n\nThank you for your interest in the Assistant Professor position in the Department of "
        "Sociology. We received over 300 applications. We have completed our review and will not be moving your "
        "application forward.\n\nThe Search Committee",
        "t-tul2",
    ),
    (
        "University of Oregon",
        "onsite",
        "2025-12-03",
        CHAIR,
        "RE: Sociology search - first-round interview",
        "Dear Hannah,\n\nI am pleased to let you know that we would like to invite you to campus for a two-day visit in "
        "late January, including a job talk and meetings with faculty and graduate students.\n\nBest,\nDaniel",
        "t-uo2",
    ),
    (
        "Macalester College",
        "rejected",
        "2025-12-09",
        MAC,
        "Update on the Sociology search",
        "Dear Hannah,\n\nWe write to let you know that, due to budget constraints, the search for this position has "
        "been cancelled. We are grateful for your interest in Macalester.\n\nMacalester College Human Resources",
        "t-mac",
    ),
    (
        "University of Oregon",
        "thank_you",
        "2026-01-30",
        ME,
        "Thank you",
        "Dear Daniel,\n\nThank you for hosting me these past two days. I enjoyed meeting the department and the graduate "
        "students.\n\nWarm regards,\nHannah",
        "t-uo2",
    ),
    (
        "University of Oregon",
        "offer",
        "2026-02-10",
        DEAN,
        "Offer of appointment - Assistant Professor of Sociology",
        "Dear Dr. Lindqvist,\n\nI am delighted to offer you the position of Assistant Professor of Sociology, "
        "beginning September 16, 2026. The attached letter describes the terms of the appointment.\n\nSincerely,\n"
        "Laura Whitcomb\nDean, College of Arts and Sciences",
        "t-uo3",
    ),
    (
        "University of Oregon",
        "accepted",
        "2026-02-20",
        ME,
        "RE: Offer of appointment - Assistant Professor of Sociology",
        "Dear Dean Whitcomb,\n\nI am very pleased to accept your offer of appointment. The signed letter is attached.\n\n"
        "Sincerely,\nHannah Lindqvist",
        "t-uo3",
    ),
]

_NEGATIVES = [
    (
        "The Chronicle of Higher Education <jobs@chronicle.example>",
        "New jobs in Sociology",
        "alert",
        "12 new faculty positions in Sociology. View jobs. Manage your job alerts.",
    ),
    (
        "American Sociological Association <asa@asanet.example>",
        "Footnotes: October issue",
        "newsletter",
        "News from the discipline. Unsubscribe.",
    ),
    (
        "Social Forces <editorial@socialforces.example>",
        "Invitation to review manuscript SF-2025-0412",
        "other",
        "Dear Dr. Lindqvist, would you be willing to review the manuscript? Please accept or decline the invitation.",
    ),
    (
        "ASA Annual Meeting <meetings@asanet.example>",
        "Your registration is confirmed",
        "other",
        "Thank you for registering for the ASA Annual Meeting.",
    ),
    (
        "Interfolio <no-reply@interfolio.example>",
        "A letter has been added to your Dossier",
        "other",
        "A confidential letter of recommendation from Prof. Amy Chen has been added to your Dossier.",
    ),
    (
        "Erik <erik.berg@gmail.example>",
        "dinner",
        "personal",
        "Pick up basil on the way home?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HANNAH,
        own_to={"University of Oregon": CHAIR},
        offset="-0600",
        clock="08:55:00",
        neg_start="2025-10-02",
        neg_step=9,
        neg_clock="21:00:00",
        tag="sixhundredfortyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
