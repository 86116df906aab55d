"""A hundred-and-seventh mailbox, written as a held-out check after the hundred-and-sixth (issue #24).

Tomás, a postdoc in ecology, reads his university mail in Thunderbird and exports it as a plain mbox (no labels; his
own mail known by his address; replies tied by ``In-Reply-To``).  An academic search writes in its own words:
AcademicJobsOnline's and Interfolio's receipts, a university's PeopleAdmin mail, a search committee chair's "we
would like to invite you for a Zoom interview", "a campus visit, including a job talk and a chalk talk", "the
search has concluded", "I am delighted to offer you the position of Assistant Professor".  Its negatives are an
academic's mail: a letter writer's upload notice, a journal's invitation to review, the department's announcement
of another candidate's job talk, a conference's call for abstracts, a jobs list's alert, a grant office's notice.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOMAS = "tomas.ferreira@biology.lakeside.edu"
_ME = f"Tomas Ferreira <{TOMAS}>"
_CHAIR = "Karen Whitfield <kwhitfield@northridge.edu>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    # 0-6 Northridge University (AJO; a Zoom interview; a campus visit; an offer; accepted)
    (
        "Northridge University",
        "applied",
        "2025-10-01",
        "AcademicJobsOnline <noreply@academicjobsonline.org>",
        "Application submitted: Assistant Professor of Ecology, Northridge University",
        "Dear Tomas Ferreira,\n\nYour application for the position Assistant Professor of Ecology (job #29871) at "
        "Northridge University, Department of Biology, has been submitted. You may update your materials until the "
        "review date.\n\nAcademicJobsOnline.org",
        None,
    ),
    (
        "Northridge University",
        "interview",
        "2025-11-10",
        _CHAIR,
        "Assistant Professor of Ecology search - interview",
        "Dear Dr. Ferreira,\n\nOn behalf of the search committee, I am pleased to let you know that we would like to "
        "invite you for a 45-minute Zoom interview as part of our search for an Assistant Professor of Ecology. "
        "Please let me know which of the following times work for you.\n\nBest regards,\nKaren Whitfield\nChair, "
        "Ecology Search Committee\nNorthridge University",
        None,
    ),
    (
        "Northridge University",
        "thank_you",
        "2025-11-18",
        _ME,
        "Re: Assistant Professor of Ecology search - interview",
        "Dear Dr. Whitfield,\n\nThank you and the committee for the conversation this afternoon. I enjoyed hearing "
        "about the new field station and the department's plans.\n\nBest wishes,\nTomas",
        1,
    ),
    (
        "Northridge University",
        "onsite",
        "2025-12-02",
        _CHAIR,
        "Campus visit - Assistant Professor of Ecology",
        "Dear Dr. Ferreira,\n\nI am delighted to invite you to Northridge for a two-day campus visit in late January. "
        "The visit will include a research seminar (job talk), a chalk talk on your future research program, and "
        "meetings with faculty, students and the dean.\n\nBest regards,\nKaren Whitfield",
        None,
    ),
    (
        "Northridge University",
        "offer",
        "2026-02-11",
        "Robert Osei <rosei@northridge.edu>",
        "Offer - Assistant Professor of Ecology",
        "Dear Dr. Ferreira,\n\nI am delighted to offer you the position of Assistant Professor of Ecology in the "
        "Department of Biology at Northridge University, beginning August 16, 2026. The attached letter describes "
        "the salary, start-up package and teaching load. Please let me know if you have any questions.\n\n"
        "Sincerely,\nRobert Osei\nDean, College of Sciences",
        None,
    ),
    (
        "Northridge University",
        "accepted",
        "2026-02-20",
        _ME,
        "Re: Offer - Assistant Professor of Ecology",
        "Dear Dean Osei,\n\nThank you for the revised start-up package. I am very happy to accept the position and "
        "have signed and returned the offer letter. I look forward to joining Northridge in August.\n\nSincerely,\n"
        "Tomas Ferreira",
        4,
        "Robert Osei <rosei@northridge.edu>",
    ),
    # 6-7 Coastal State University (Interfolio; the search concluded)
    (
        "Coastal State University",
        "applied",
        "2025-10-06",
        "Interfolio <no-reply@interfolio.com>",
        "Application Submitted: Assistant Professor, Marine Ecology - Coastal State University",
        "Hello Tomas,\n\nYour application for Assistant Professor, Marine Ecology at Coastal State University has "
        "been successfully submitted through Interfolio Faculty Search.\n\nThe Interfolio Team",
        None,
    ),
    (
        "Coastal State University",
        "rejected",
        "2026-01-20",
        "Marine Ecology Search <marine-search@coastalstate.edu>",
        "Marine Ecology faculty search",
        "Dear Applicant,\n\nThank you for your interest in the Assistant Professor of Marine Ecology position at "
        "Coastal State University. The committee received more than 250 applications. The search has now concluded, "
        "and the position has been offered to and accepted by another candidate.\n\nWe wish you success in your "
        "career.\n\nMarine Ecology Search Committee",
        None,
    ),
    # 8-9 Bellwether College (its own HR system; a no before interviews)
    (
        "Bellwether College",
        "applied",
        "2025-10-09",
        "Bellwether College Human Resources <jobs@bellwether.edu>",
        "Thank you for your application - Assistant Professor of Biology (Req 00412)",
        "Dear Tomas Ferreira,\n\nThank you for applying for the Assistant Professor of Biology position at Bellwether "
        "College. Your application has been received and will be forwarded to the search committee for review.\n\n"
        "Bellwether College Human Resources",
        None,
    ),
    (
        "Bellwether College",
        "rejected",
        "2025-12-15",
        "Bellwether College Human Resources <jobs@bellwether.edu>",
        "Assistant Professor of Biology (Req 00412)",
        "Dear Tomas Ferreira,\n\nThank you for your interest in Bellwether College. After careful review, the search "
        "committee has selected other applicants for interviews whose qualifications more closely match the needs of "
        "the department. We appreciate your interest and wish you well.\n\nBellwether College Human Resources",
        None,
    ),
    # 10-11 Alder Institute (a research institute: a Zoom interview, then he withdraws)
    (
        "Alder Institute",
        "applied",
        "2025-10-20",
        _ME,
        "Application - Staff Scientist, Landscape Ecology",
        "Dear Dr. Lindqvist,\n\nPlease find attached my application for the Staff Scientist position in landscape "
        "ecology at the Alder Institute: a cover letter, CV, research statement and the names of three referees.\n\n"
        "Kind regards,\nTomas Ferreira",
        None,
        "Eva Lindqvist <eva.lindqvist@alderinstitute.org>",
    ),
    (
        "Alder Institute",
        "withdrew",
        "2026-02-21",
        _ME,
        "Re: Application - Staff Scientist, Landscape Ecology",
        "Dear Dr. Lindqvist,\n\nI have accepted a faculty position and would therefore like to withdraw my "
        "application for the Staff Scientist position. Thank you for your consideration.\n\nKind regards,\nTomas",
        10,
        "Eva Lindqvist <eva.lindqvist@alderinstitute.org>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "AcademicJobsOnline <noreply@academicjobsonline.org>",
        "Reference letter received",
        "reference",
        "Dear Tomas Ferreira,\n\nA reference letter from Prof. Anna Berg has been uploaded for your application to "
        "Assistant Professor of Ecology (job #29871).\n\nAcademicJobsOnline.org",
    ),
    (
        "Journal of Applied Ecology <onbehalfof@manuscriptcentral.com>",
        "Invitation to review manuscript JAPPL-2025-01123",
        "not applied",
        "Dear Dr. Ferreira,\n\nWe would like to invite you to review the manuscript 'Edge effects on pollinator "
        "networks'. Please let us know within 7 days whether you agree to review.",
    ),
    (
        "Biology Department <biology-all@biology.lakeside.edu>",
        "Job talk today: Dr. Maya Chen, candidate for Assistant Professor of Evolutionary Biology",
        "newsletter",
        "All are welcome: Dr. Maya Chen, a candidate for our Assistant Professor of Evolutionary Biology position, "
        "will give her job talk today at 4 pm in Room 201. Meet the candidate over coffee at 3:30.",
    ),
    (
        "ESA Annual Meeting <meetings@esa.example>",
        "Call for abstracts closes December 15",
        "newsletter",
        "Submit your abstract for the 2026 Annual Meeting by December 15. Oral and poster sessions. Unsubscribe",
    ),
    (
        "Ecology Jobs List <jobs@ecologyjobs.example>",
        "New postings: 12 faculty positions",
        "alert",
        "Assistant Professor, Plant Ecology - State University. Lecturer, Environmental Science - City College. "
        "View all postings.",
    ),
    (
        "Office of Sponsored Programs <osp@lakeside.edu>",
        "Your proposal has been received",
        "not applied",
        "Your proposal 'Pollinator networks in fragmented landscapes' has been received by the Office of Sponsored "
        "Programs and routed for departmental approval.",
    ),
    (
        "Anna Berg <anna.berg@lakeside.edu>",
        "letter done",
        "personal",
        "Hi Tomas, I uploaded my letter for Northridge this morning. Good luck with the interviews - let me know if "
        "you want to do a practice job talk with the lab.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=TOMAS,
        own_to={"Northridge University": _CHAIR},
        offset=lambda d: "-0500" if d.month in (11, 12, 1, 2) else "-0400",
        clock="14:05:00",
        neg_start="2025-10-10",
        neg_step=9,
        neg_clock="08:40:00",
        tag="hundredseven",
        host="lakeside.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Tomas.mbox", msgs if msgs is not None else messages())
