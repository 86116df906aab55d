"""A three-hundred-and-third mailbox, written as a held-out check after the three-hundred-and-second (issue #24).

Dr. Rachel Kim, a postdoc in Madison applying for assistant professorships, exports Gmail with Takeout.  The
academic market as it writes: Interfolio's "Your application has been delivered" for a college's search, a
university's PeopleAdmin receipt, a search committee chair's invitation to "a 30-minute Zoom interview with the
search committee" (a first round), a "campus visit" of two days with a job talk (the final round), a dean's letter
"offer of appointment as Assistant Professor", "the committee has decided to pursue other candidates whose research
more closely aligns", a university HR refusal after the search closed ("the position has been filled"), and her own
"I am delighted to accept".  Negatives: the Chronicle's job alert, H-Net's digest, a department listserv, a
conference's call for papers, a journal's review request, her mother.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RACHEL = "rachel.kim.phd@gmail.com"
ME = f"Rachel Kim <{RACHEL}>"

_OWN_TO = {
    "Carroway College": "Thomas Whitfield <twhitfield@carroway.edu>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Carroway College",
        "applied",
        "2025-10-01",
        "Interfolio <no-reply@interfolio.com>",
        "Your application has been delivered",
        "Dear Rachel Kim,\n\nYour application for Assistant Professor of Biology (Tenure-Track), Carroway College, has "
        "been delivered to the search committee through Interfolio Faculty Search.\n\nThank you for using Interfolio.",
        "c1",
    ),
    (
        "University of Northern Plains",
        "applied",
        "2025-10-03",
        "University of Northern Plains <noreply@unp.peopleadmin.com>",
        "Application Received - Assistant Professor, Molecular Biology",
        "Dear Rachel Kim,\n\nThank you for your interest in employment with the University of Northern Plains. This "
        "email confirms that we have received your application for Assistant Professor, Molecular Biology (Posting "
        "F00412). Review of applications will begin November 1.\n\nHuman Resources\nUniversity of Northern Plains",
        "u1",
    ),
    (
        "Hollins State University",
        "applied",
        "2025-10-06",
        "Interfolio <no-reply@interfolio.com>",
        "Your application has been delivered",
        "Dear Rachel Kim,\n\nYour application for Assistant Professor - Cell Biology, Hollins State University, has been "
        "delivered to the search committee through Interfolio Faculty Search.\n\nThank you for using Interfolio.",
        "h1",
    ),
    (
        "Carroway College",
        "interview",
        "2025-11-10",
        "Thomas Whitfield <twhitfield@carroway.edu>",
        "Biology search - first-round interview",
        "Dear Dr. Kim,\n\nOn behalf of the search committee for the tenure-track position in Biology, I am pleased to "
        "invite you to a 30-minute Zoom interview with the search committee. Please let me know your availability on "
        "November 17 or 18.\n\nBest regards,\nThomas Whitfield\nProfessor and Chair, Department of Biology\n"
        "Carroway College",
        "c2",
    ),
    (
        "Hollins State University",
        "rejected",
        "2025-11-20",
        "Maria Esposito <mesposito@hollinsstate.edu>",
        "Cell Biology search",
        "Dear Dr. Kim,\n\nThank you for your interest in the Assistant Professor position in Cell Biology. We received "
        "over 180 applications. After careful review, the committee has decided to pursue other candidates whose "
        "research more closely aligns with the department's needs.\n\nWith best wishes,\nMaria Esposito\nSearch "
        "Committee Chair",
        "h2",
    ),
    (
        "Carroway College",
        "onsite",
        "2025-12-08",
        "Thomas Whitfield <twhitfield@carroway.edu>",
        "Campus visit - Biology search",
        "Dear Dr. Kim,\n\nI am delighted to invite you to campus for a two-day visit on January 26-27. The visit will "
        "include a research talk, a teaching demonstration, and meetings with the dean, faculty and students.\n\n"
        "Best regards,\nThomas Whitfield",
        "c3",
    ),
    (
        "Carroway College",
        "offer",
        "2026-02-09",
        "Office of the Dean <dean.office@carroway.edu>",
        "Offer of appointment",
        "Dear Dr. Kim,\n\nIt is my pleasure to offer you an appointment as Assistant Professor of Biology, a "
        "tenure-track position beginning August 16, 2026, at an academic-year salary of $78,500, with start-up funds "
        "of $350,000. The formal letter is attached.\n\nSincerely,\nLaura Benning\nDean of the Faculty\nCarroway "
        "College",
        "c4",
    ),
    (
        "University of Northern Plains",
        "rejected",
        "2026-02-12",
        "University of Northern Plains <noreply@unp.peopleadmin.com>",
        "Assistant Professor, Molecular Biology (F00412)",
        "Dear Rachel Kim,\n\nThank you for your interest in the Assistant Professor, Molecular Biology position. We "
        "wish to inform you that the position has been filled. We appreciate the time you took to apply.\n\nHuman "
        "Resources\nUniversity of Northern Plains",
        "u1",
    ),
    (
        "Carroway College",
        "accepted",
        "2026-02-16",
        ME,
        "Re: Campus visit - Biology search",
        "Dear Tom,\n\nI wanted to let you know before the formal paperwork: I am delighted to accept Carroway's offer, "
        "and I've signed the letter and returned it to the dean today. I can't wait to join the department.\n\n"
        "Warmly,\nRachel",
        "c3",
    ),
]

_NEGATIVES = [
    (
        "Chronicle Vitae <jobs@chronicle.example>",
        "New jobs: Biology, Assistant Professor",
        "alert",
        "Assistant Professor of Biology - Ohio. Lecturer in Biology - Vermont. View all jobs.",
    ),
    (
        "H-Net Digest <digest@h-net.example>",
        "H-Net Job Guide: weekly digest",
        "alert",
        "This week's postings in the sciences and humanities.",
    ),
    (
        "Zoology Postdocs <zoo-postdocs@lists.wisc.edu>",
        "Reminder: postdoc seminar Friday",
        "newsletter",
        "Friday's postdoc seminar is at noon in Birge Hall. Pizza provided.",
    ),
    (
        "SICB 2026 <meeting@sicb.example>",
        "Call for abstracts: SICB 2026",
        "newsletter",
        "Abstract submission for the annual meeting closes in two weeks.",
    ),
    (
        "Journal of Cell Science <editorial@jcs.example>",
        "Invitation to review manuscript JCS-2025-0412",
        "other",
        "Would you be willing to review the manuscript 'Actin dynamics in ...'? Please respond within 7 days.",
    ),
    (
        "Mom <sunhee.kim@gmail.example>",
        "Thanksgiving",
        "personal",
        "Are you flying in Wednesday or Thursday? Dad wants to pick you up.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RACHEL,
        own_to=_OWN_TO,
        offset="-0600",
        clock="13:20:00",
        neg_start="2025-10-02",
        neg_step=11,
        neg_clock="20:40:00",
        tag="threehundredthree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
