"""A four-hundred-and-twenty-eighth mailbox, written as a held-out check after the four-hundred-and-twenty-seventh
(issue #24).

Hannah, a maths teacher in Birmingham, keeps her search in Gmail and exports it with Takeout.  Two education agencies
in their consultants' words ("I've put you forward for the long-term maths post at Oakfield Academy", "Oakfield
would like you to come in and teach a trial lesson on Thursday - Year 9, 40 minutes", "they've offered you the role
from after half term!", "St Anne's have decided to appoint internally", "I've sent your profile across to the head of
maths at Kingsbridge School"), a multi-academy trust's own TES receipt and its "You have been shortlisted for
interview", "we will not be progressing your application", her "That's brilliant - please accept on my behalf".
Negatives: TES's alert, an agency's "Supply days available this week", a DBS update, the NEU, a train ticket and her
dad.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.price.maths@gmail.com"
ME = f"Hannah Price <{HANNAH}>"
JO = "Jo Clarke <jo.clarke@classroomconnect.example>"
SAM = "Sam Patel <sam.patel@edustaffmidlands.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Oakfield Academy",
        "applied",
        "2025-01-06",
        JO,
        "Maths - Oakfield Academy",
        "Hi Hannah,\n\nLovely to speak earlier! I've put you forward for the long-term maths post at Oakfield Academy "
        "(Erdington), starting after February half term. Fingers crossed!\n\nJo Clarke\nClassroom Connect Education",
        "t-oa",
    ),
    (
        "Kingsbridge School",
        "applied",
        "2025-01-07",
        SAM,
        "Kingsbridge - Teacher of Maths",
        "Hi Hannah,\n\nAs discussed I've sent your profile across to the head of maths at Kingsbridge School for the "
        "Teacher of Maths (MPS) role.\n\nSam Patel\nEduStaff Midlands",
        "t-ks",
    ),
    (
        "Arden Learning Trust",
        "applied",
        "2025-01-08",
        "TES <noreply@tes.example>",
        "Application submitted: Teacher of Mathematics - Arden Learning Trust",
        "Hi Hannah,\n\nYour application for Teacher of Mathematics at Arden Learning Trust (Solihull) has been "
        "submitted.\n\nThe Tes team",
        "t-alt",
    ),
    (
        "St Anne's Catholic School",
        "applied",
        "2025-01-08",
        JO,
        "St Anne's - maths (0.8)",
        "Hi Hannah,\n\nI've also put you forward to St Anne's Catholic School for their 0.8 maths role - they're "
        "shortlisting next week.\n\nJo",
        "t-sa",
    ),
    (
        "Oakfield Academy",
        "interview",
        "2025-01-10",
        JO,
        "RE: Maths - Oakfield Academy",
        "Hi Hannah!\n\nOakfield would like you to come in and teach a trial lesson on Thursday - Year 9, 40 minutes, "
        "then a chat with the head of department.\n\nJo",
        "t-oa",
    ),
    (
        "Arden Learning Trust",
        "onsite",
        "2025-01-15",
        "Arden Learning Trust <recruitment@ardenlearning.example>",
        "Teacher of Mathematics - shortlisting outcome",
        "Dear Hannah,\n\nThank you for your application. I am pleased to let you know that you have been shortlisted for "
        "interview on Tuesday 21 January. The day will include a lesson observation and a panel interview.\n\n"
        "Recruitment Team, Arden Learning Trust",
        "t-alt2",
    ),
    (
        "St Anne's Catholic School",
        "rejected",
        "2025-01-16",
        JO,
        "RE: St Anne's - maths (0.8)",
        "Hi Hannah,\n\nJust heard - St Anne's have decided to appoint internally, so that one's gone I'm afraid.\n\nJo",
        "t-sa",
    ),
    (
        "Oakfield Academy",
        "offer",
        "2025-01-17",
        JO,
        "RE: Maths - Oakfield Academy",
        "Hannah!!! They loved you - they've offered you the role from after half term! M4 on the main pay scale.\n\nJo",
        "t-oa",
    ),
    (
        "Oakfield Academy",
        "accepted",
        "2025-01-17",
        ME,
        "RE: Maths - Oakfield Academy",
        "That's brilliant - please accept on my behalf! Thank you so much Jo.\n\nHannah",
        "t-oa",
    ),
    (
        "Kingsbridge School",
        "rejected",
        "2025-01-20",
        SAM,
        "RE: Kingsbridge - Teacher of Maths",
        "Hi Hannah,\n\nKingsbridge came back - they won't be taking your profile further, they're after someone with "
        "A-level further maths experience.\n\nSam",
        "t-ks",
    ),
    (
        "Arden Learning Trust",
        "withdrew",
        "2025-01-20",
        ME,
        "Teacher of Mathematics - withdrawal",
        "Dear Recruitment Team,\n\nThank you for shortlisting me. I have accepted another post and would like to "
        "withdraw from the interview on 21 January.\n\nKind regards,\nHannah Price",
        "t-alt3",
    ),
]

_NEGATIVES = [
    (
        "Tes Jobs <jobalerts@tes.example>",
        "New maths jobs near Birmingham",
        "alert",
        "Teacher of Maths - Sutton Coldfield. Maths Teacher - Walsall. View all.",
    ),
    (
        "EduStaff Midlands <supply@edustaffmidlands.example>",
        "Supply days available this week",
        "newsletter",
        "Day-to-day cover in Birmingham and Solihull. Reply to book.",
    ),
    (
        "DBS Update Service <noreply@dbs.example>",
        "Your certificate status",
        "other",
        "Your DBS certificate status has not changed.",
    ),
    (
        "NEU <news@neu.example>",
        "NEU news: pay and workload",
        "newsletter",
        "The latest on the pay award.",
    ),
    (
        "Trainline <tickets@trainline.example>",
        "Your tickets",
        "other",
        "Birmingham New Street to London Euston.",
    ),
    (
        "Dad <martin.price@btinternet.example>",
        "sunday roast",
        "personal",
        "Roast at ours Sunday? Bring the gravy.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HANNAH,
        own_to={
            "Oakfield Academy": JO,
            "Arden Learning Trust": "Arden Learning Trust <recruitment@ardenlearning.example>",
        },
        offset="+0000",
        clock="16:05:00",
        neg_start="2025-01-05",
        neg_step=3,
        neg_clock="20:40:00",
        tag="fourhundredtwentyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
