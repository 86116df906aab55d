"""A six-hundred-and-seventh mailbox, written as a held-out check after the six-hundred-and-sixth (issue #24).

Ahmed Khan, a project engineer in Dubai, exports his Gmail with Takeout. Gulf developers, contractors and a recruitment
firm write in the region's business English: Bayt's "Your application for Project Engineer at Emaar Properties has been
successfully submitted", ALEC's Oracle Taleo "Thank you for your interest in ALEC Engineering and Contracting", a Hays
consultant's "I have shortlisted and submitted your profile to our client, Aldar Properties, for the Senior Project
Engineer role in Abu Dhabi", ALEC's "We would like to invite you for a technical interview at our Al Quoz office",
Emaar's "we regret to inform you that we will not be proceeding with your application", the consultant's "Aldar has
requested a virtual interview on Sunday", ALEC's "final interview with the Project Director", the consultant's "Aldar
has put the role on hold indefinitely, so your application will not progress", ALEC's "we are pleased to offer you the
position ... please find the offer letter attached", his "I accept the offer" and his thanks after the final interview.
Negatives: GulfTalent's alert, Gulf News' newsletter, a headhunter's cold mail, Emaar's own property launch mail (a
company he applied to), Careem and his brother. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AHMED = "ahmed.khan.pe@gmail.com"
ME = f"Ahmed Khan <{AHMED}>"
BAYT = "Bayt.com <noreply@bayt.example>"
ALEC = "ALEC Careers <alec@taleo.example>"
HAYS = "Fatima Al Suwaidi <fatima.alsuwaidi@hays.example>"
ALECHR = "Rania Haddad <rania.haddad@alec.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Emaar Properties",
        "applied",
        "2025-10-05",
        BAYT,
        "Application submitted successfully",
        "Dear Ahmed,\n\nYour application for Project Engineer at Emaar Properties has been successfully submitted. "
        "Good luck!\n\nThe Bayt.com Team",
        "t-emaar",
    ),
    (
        "ALEC",
        "applied",
        "2025-10-06",
        ALEC,
        "Thank you for your interest in ALEC",
        "Dear Ahmed Khan,\n\nThank you for your interest in ALEC Engineering and Contracting. We have received your "
        "application for Project Engineer - MEP (Req 2504-117).\n\nALEC Talent Acquisition",
        "t-alec",
    ),
    (
        "Aldar Properties",
        "applied",
        "2025-10-07",
        HAYS,
        "Senior Project Engineer - Abu Dhabi",
        "Dear Ahmed,\n\nFurther to our conversation, I have shortlisted and submitted your profile to our client, "
        "Aldar Properties, for the Senior Project Engineer role in Abu Dhabi. I will revert once I receive "
        "feedback.\n\nKind regards,\nFatima Al Suwaidi\nHays Middle East",
        "t-aldar",
    ),
    (
        "ALEC",
        "interview",
        "2025-10-12",
        ALECHR,
        "Interview invitation - Project Engineer MEP",
        "Dear Ahmed,\n\nWe would like to invite you for a technical interview at our Al Quoz office on Wednesday, 15 "
        "October at 10:00 AM.\n\nRania Haddad\nTalent Acquisition",
        "t-alec2",
    ),
    (
        "Emaar Properties",
        "rejected",
        "2025-10-13",
        "Emaar Careers <careers@emaar.example>",
        "Your application - Project Engineer",
        "Dear Ahmed,\n\nThank you for your interest in Emaar. We regret to inform you that we will not be proceeding "
        "with your application at this time.\n\nEmaar Talent Acquisition",
        "t-emaar",
    ),
    (
        "Aldar Properties",
        "interview",
        "2025-10-14",
        HAYS,
        "RE: Senior Project Engineer - Abu Dhabi",
        "Dear Ahmed,\n\nAldar has requested a virtual interview on Sunday at 11:00 AM with the Development Manager.\n\n"
        "Kind regards,\nFatima",
        "t-aldar",
    ),
    (
        "ALEC",
        "onsite",
        "2025-10-19",
        ALECHR,
        "RE: Interview invitation - Project Engineer MEP",
        "Dear Ahmed,\n\nThank you for attending the technical interview. We would like to invite you to a final "
        "interview with the Project Director on 23 October at our head office.\n\nRania Haddad",
        "t-alec2",
    ),
    (
        "Aldar Properties",
        "rejected",
        "2025-10-21",
        HAYS,
        "RE: Senior Project Engineer - Abu Dhabi",
        "Dear Ahmed,\n\nUnfortunately Aldar has put the role on hold indefinitely, so your application will not "
        "progress. I will keep you in mind for similar roles.\n\nKind regards,\nFatima",
        "t-aldar",
    ),
    (
        "ALEC",
        "thank_you",
        "2025-10-23",
        ME,
        "RE: Interview invitation - Project Engineer MEP",
        "Dear Rania,\n\nThank you for arranging today's interview with the Project Director.\n\nBest regards,\nAhmed "
        "Khan",
        "t-alec2",
    ),
    (
        "ALEC",
        "offer",
        "2025-10-29",
        ALECHR,
        "Offer of Employment - Project Engineer MEP",
        "Dear Ahmed,\n\nWe are pleased to offer you the position of Project Engineer - MEP. Please find the offer "
        "letter attached.\n\nRania Haddad",
        "t-alec3",
    ),
    (
        "ALEC",
        "accepted",
        "2025-10-30",
        ME,
        "RE: Offer of Employment - Project Engineer MEP",
        "Dear Rania,\n\nI accept the offer. Please find the signed letter attached.\n\nBest regards,\nAhmed Khan",
        "t-alec3",
    ),
]

_NEGATIVES = [
    (
        "GulfTalent <jobs@gulftalent.example>",
        "New Project Engineer jobs in UAE",
        "alert",
        "Project Engineer - Dubai. MEP Engineer - Sharjah. View jobs.",
    ),
    (
        "Gulf News <newsletter@gulfnews.example>",
        "Today's headlines",
        "newsletter",
        "The top stories from the UAE. Unsubscribe.",
    ),
    (
        "Omar Farouk <omar@gulfheadhunters.example>",
        "MEP Manager opportunity",
        "outreach",
        "Dear Ahmed, I'm hiring an MEP Manager for a leading contractor in Riyadh. Would you be interested?",
    ),
    (
        "Emaar <offers@emaar.example>",
        "Launching: Dubai Creek Harbour",
        "newsletter",
        "Register your interest. Unsubscribe.",
    ),
    (
        "Careem <no-reply@careem.example>",
        "Your ride receipt",
        "other",
        "Thanks for riding with Careem.",
    ),
    (
        "Bilal <bilal.khan@hotmail.example>",
        "cricket",
        "personal",
        "Cricket on Friday at the club?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AHMED,
        own_to={"ALEC": ALECHR},
        offset="+0400",
        clock="10:30:00",
        neg_start="2025-10-04",
        neg_step=5,
        neg_clock="21:20:00",
        tag="sixhundredseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
