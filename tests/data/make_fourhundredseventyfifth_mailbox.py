"""A four-hundred-and-seventy-fifth mailbox, written as a held-out check after the four-hundred-and-seventy-fourth
(issue #24).

Dr. Rachel Kim, a postdoc in sociology, is on the academic job market and keeps her mail in Gmail, exported with
Takeout.  Faculty hiring: Interfolio's "Your application has been submitted" for a university, AcademicJobsOnline's
confirmation, a search committee chair's "We would like to schedule a 30-minute Zoom interview with the search
committee" (a first round), "We are pleased to invite you for a campus visit" (the final round), "The search committee
has decided to pursue other candidates", a dean's "I am delighted to offer you the position of Assistant Professor",
her "I am delighted to accept", her thank-you after the visit, and a second college's Zoom round and refusal.  Negatives: the ASA's job bank alert, Inside Higher Ed, a journal's call for reviewers, a conference
registration, an Amtrak ticket and her partner.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RACHEL = "rachel.kim.soc@gmail.com"
ME = f"Rachel Kim <{RACHEL}>"
PATEL = "Prof. Anita Patel <apatel@lakeshore.example>"
MORALES = "Prof. Luis Morales <lmorales@westbrook.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lakeshore University",
        "applied",
        "2025-10-01",
        "Interfolio <noreply@interfolio.example>",
        "Your application has been submitted",
        "Dear Rachel Kim,\n\nYour application for Assistant Professor of Sociology at Lakeshore University has been "
        "submitted.\n\nThank you for using Interfolio.",
        "t-lu",
    ),
    (
        "Westbrook College",
        "applied",
        "2025-10-02",
        "AcademicJobsOnline <noreply@academicjobsonline.example>",
        "Application received",
        "Dear Rachel Kim,\n\nThis confirms that your application to Westbrook College, Department of Sociology, position "
        "Assistant Professor (tenure-track), was received.\n\nAcademicJobsOnline.org",
        "t-wc",
    ),
    (
        "Lakeshore University",
        "interview",
        "2025-11-10",
        PATEL,
        "Assistant Professor of Sociology - interview",
        "Dear Dr. Kim,\n\nOn behalf of the search committee, I am writing to let you know that you have been selected for "
        "a first-round interview. We would like to schedule a 30-minute Zoom interview with the search committee during "
        "the week of November 17.\n\nAnita Patel\nChair, Search Committee",
        "t-lu2",
    ),
    (
        "Westbrook College",
        "interview",
        "2025-11-12",
        MORALES,
        "Sociology search - Zoom interview",
        "Dear Dr. Kim,\n\nThe search committee would like to invite you to a 45-minute Zoom interview on November 20. "
        "Please let me know your availability.\n\nLuis Morales\nSearch Committee Chair",
        "t-wc2",
    ),
    (
        "Lakeshore University",
        "onsite",
        "2025-12-03",
        PATEL,
        "Campus visit",
        "Dear Dr. Kim,\n\nWe are pleased to invite you for a campus visit on January 22-23. The visit will include a job "
        "talk, a teaching demonstration and meetings with faculty and the dean.\n\nAnita Patel",
        "t-lu3",
    ),
    (
        "Westbrook College",
        "rejected",
        "2025-12-08",
        MORALES,
        "Re: Sociology search - Zoom interview",
        "Dear Dr. Kim,\n\nThank you for your interest in Westbrook College. The search committee has decided to pursue "
        "other candidates. We wish you the best in your search.\n\nLuis Morales",
        "t-wc2",
    ),
    (
        "Lakeshore University",
        "thank_you",
        "2026-01-24",
        ME,
        "Re: Campus visit",
        "Dear Anita,\n\nThank you for a wonderful visit. I enjoyed meeting the faculty and students, and the questions "
        "after my job talk.\n\nWarm regards,\nRachel",
        "t-lu3",
    ),
    (
        "Lakeshore University",
        "offer",
        "2026-02-05",
        "Dean Michael Ross <mross@lakeshore.example>",
        "Offer - Assistant Professor of Sociology",
        "Dear Dr. Kim,\n\nI am delighted to offer you the position of Assistant Professor of Sociology at Lakeshore "
        "University, beginning August 2026. The formal letter is attached.\n\nMichael Ross\nDean, College of Arts and "
        "Sciences",
        "t-lu4",
    ),
    (
        "Lakeshore University",
        "accepted",
        "2026-02-16",
        ME,
        "Re: Offer - Assistant Professor of Sociology",
        "Dear Dean Ross,\n\nI am delighted to accept the position and have signed the letter. Thank you.\n\n"
        "Sincerely,\nRachel Kim",
        "t-lu4",
    ),
]

_NEGATIVES = [
    (
        "ASA Job Bank <jobbank@asanet.example>",
        "New job postings in Sociology",
        "alert",
        "Assistant Professor - Urban Sociology - 3 new postings. View all.",
    ),
    (
        "Inside Higher Ed <newsletter@insidehighered.example>",
        "Inside Higher Ed Daily",
        "newsletter",
        "Today's news. Unsubscribe.",
    ),
    (
        "Social Forces <editor@socialforces.example>",
        "Invitation to review",
        "other",
        "Dear Dr. Kim, would you be willing to review a manuscript for Social Forces?",
    ),
    (
        "ASA Annual Meeting <meetings@asanet.example>",
        "Registration is open",
        "newsletter",
        "Register for the annual meeting.",
    ),
    (
        "Amtrak <tickets@amtrak.example>",
        "Your eTicket",
        "other",
        "Boston - New York, January 21.",
    ),
    (
        "Dan Kim <dan.kim@gmail.example>",
        "groceries",
        "personal",
        "We're out of coffee.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RACHEL,
        own_to={"Lakeshore University": PATEL},  # (her thanks and her yes, to the committee's chair)
        offset="-0500",
        clock="10:00:00",
        neg_start="2025-10-05",
        neg_step=20,
        neg_clock="21:00:00",
        tag="fourhundredseventyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
