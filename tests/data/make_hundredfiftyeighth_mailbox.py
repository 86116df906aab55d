"""A hundred-and-fifty-eighth mailbox, written as a held-out check after the hundred-and-fifty-seventh (issue #24).

Eleanor, a postdoctoral researcher in Edinburgh, keeps Thunderbird and exports it as an mbox.  She applies for
lectureships and research posts at British universities through jobs.ac.uk and the universities' own systems:
"you have been shortlisted for interview", "an interview and a 15-minute presentation to the panel", "we are unable
to offer you the post", "an offer of appointment, subject to satisfactory references", a "pre-employment check".
(The institute she writes to was written as "Highland Institute of Science", a name no mail
spells; after the first read it is the name its domain gives.)  Her negatives: her own university's mail, a journal's review request, a conference, UCU, jobs.ac.uk's alerts.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ELEANOR = "e.murray@ed-postdoc.net"
_ME = f"Eleanor Murray <{ELEANOR}>"
_RUTH = "Ruth Patterson <r.patterson@glasgowcaledon.ac.uk>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Glasgow Caledon University",
        "applied",
        "2025-02-03",
        "GCU Recruitment <recruitment@glasgowcaledon.ac.uk>",
        "Application received - Lecturer in Ecology (Ref 025531)",
        "Dear Dr Murray,\n\nThank you for your application "
        "for the post of Lecturer in Ecology (Ref 025531). The closing date is 21 February; shortlisted candidates will "
        "be contacted in March.\n\nHuman Resources, Glasgow Caledon University",
        None,
    ),
    (
        "Glasgow Caledon University",
        "interview",
        "2025-03-10",
        _RUTH,
        "Lecturer in Ecology - interview",
        "Dear Eleanor,\n\nI am delighted to let you know that you have been shortlisted for interview for the post of "
        "Lecturer in Ecology. The interview will take place on 24 March and will include a 15-minute presentation to the "
        "panel on your research plans.\n\nBest wishes,\nRuth Patterson\nSchool Administrator",
        None,
    ),
    (
        "Glasgow Caledon University",
        "thank_you",
        "2025-03-24",
        _ME,
        "Re: Lecturer in Ecology - interview",
        "Dear Ruth,\n\nThank you for organising today's interview; please pass on my thanks to the panel.\n\nBest "
        "wishes,\nEleanor",
        1,
    ),
    (
        "Glasgow Caledon University",
        "offer",
        "2025-04-01",
        _RUTH,
        "Offer of appointment - Lecturer in Ecology",
        "Dear Eleanor,\n\nFollowing your interview, I am pleased to make you a conditional offer of appointment to the "
        "post of Lecturer in Ecology on Grade 7, subject to satisfactory references and a pre-employment check.\n\n"
        "Best wishes,\nRuth",
        None,
    ),
    (
        "Glasgow Caledon University",
        "accepted",
        "2025-04-03",
        _ME,
        "Re: Offer of appointment - Lecturer in Ecology",
        "Dear Ruth,\n\nThank you very much. I am delighted to accept the offer of appointment.\n\nBest wishes,\nEleanor",
        3,
    ),
    (
        "University of Northumbria Tyne",
        "applied",
        "2025-02-05",
        "jobs.ac.uk <noreply@jobs.ac.uk>",
        "Your application has been submitted",
        "Dear Eleanor,\n\nYour application for Research Fellow in Plant Ecology "
        "at the University of Northumbria Tyne has been submitted.",
        None,
    ),
    (
        "University of Northumbria Tyne",
        "rejected",
        "2025-03-14",
        "UNT HR <hr-recruitment@unt-uni.ac.uk>",
        "Research Fellow in Plant Ecology",
        "Dear Dr Murray,\n\nThank you for your interest in the post of Research "
        "Fellow in Plant Ecology. The panel has now met and I am sorry to tell you that on this occasion you have not "
        "been shortlisted for interview.\n\nHR Recruitment Team",
        None,
    ),
    (
        "Highland Institute",
        "applied",
        "2025-02-10",
        _ME,
        "Application - Research Scientist, Ecosystems",
        "Dear Professor Grant,\n\nPlease find attached my application for the Research Scientist post in your "
        "Ecosystems group, with my CV and research statement.\n\nYours sincerely,\nEleanor Murray",
        None,
        "Prof. Alan Grant <a.grant@highlandinstitute.ac.uk>",
    ),
    (
        "Highland Institute",
        "interview",
        "2025-03-05",
        "Prof. Alan Grant <a.grant@highlandinstitute.ac.uk>",
        "Re: Application - Research Scientist, Ecosystems",
        "Dear Eleanor,\n\nThank you for your application. We would "
        "like to invite you to interview on 19 March, with a short seminar on your recent work.\n\nWith best "
        "wishes,\nAlan",
        7,
    ),
    (
        "Highland Institute",
        "withdrew",
        "2025-04-04",
        _ME,
        "Re: Application - Research Scientist, Ecosystems",
        "Dear Alan,\n\nThank you for the interview and your kind hospitality. I have accepted a lectureship elsewhere, "
        "so I must withdraw my application.\n\nWith best wishes,\nEleanor",
        8,
        "Prof. Alan Grant <a.grant@highlandinstitute.ac.uk>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "School of Biology <biology-admin@ed.ac.uk>",
        "Staff meeting - agenda",
        "other",
        "The agenda for Wednesday's staff meeting is attached.",
    ),
    (
        "Journal of Ecology <onbehalfof@manuscriptcentral.com>",
        "Invitation to review",
        "other",
        "Dear Dr Murray, would you be willing to review manuscript JEC-2025-0192?",
    ),
    (
        "BES Annual Meeting <events@britishecologicalsociety.org>",
        "Abstract submission open",
        "newsletter",
        "Submit your abstract for the annual meeting. Unsubscribe",
    ),
    ("UCU <info@ucu.org.uk>", "Branch meeting", "newsletter", "Branch meeting on 12 March. Unsubscribe"),
    (
        "jobs.ac.uk <jobs@jobs.ac.uk>",
        "New jobs: ecology",
        "alert",
        "Lecturer in Ecology - University of Stirling. Research Fellow - University of York. View all jobs.",
    ),
]


def _offset(day):
    return "+0000" if day.month < 4 or (day.month == 3 and day.day < 30) else "+0100"


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Thunderbird exports them."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ELEANOR,
        own_to={"Glasgow Caledon University": _RUTH},
        offset=_offset,
        clock="14:05:00",
        neg_start="2025-02-02",
        neg_step=7,
        neg_clock="08:10:00",
        tag="hundredfiftyeight",
        host="ed-postdoc.net",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
