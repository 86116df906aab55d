"""A four-hundred-and-eighty-second mailbox, written as a held-out check after the four-hundred-and-eighty-first
(issue #24).

Aroha Williams, a primary teacher in Wellington, keeps her mail in Thunderbird and exports it as one mbox.  New
Zealand schools hire on their own: a principal's "Thank you for your application for the position of Year 5/6
Teacher", "We would like to invite you for an interview on Thursday 4 September at 3:30pm", "I am delighted to offer
you the position", "we have appointed another applicant", a school's "Ngā mihi for your application - shortlisting
will take place after applications close on 12 September" (a receipt that says when), a relief-teaching agency's
"I've passed your CV on to Karori West Normal School for their fixed-term role", her thanks after the interview and
her "I am thrilled to accept".  Negatives: the Education Gazette's alert, the NZEI newsletter, a teaching-council
reminder, a school's fundraising newsletter, Snapper and her sister.  Its score before any rule was changed for it is
in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AROHA = "aroha.williams.teach@xtra.example"
ME = f"Aroha Williams <{AROHA}>"
PRINCIPAL = "Mark Henderson <principal@kelburnschool.example>"
SARAH = "Sarah Ngata <office@hataitaischool.example>"
RELIEF = "Jess Tamihana <jess@reliefteachersnz.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Kelburn Normal School",
        "applied",
        "2025-08-25",
        PRINCIPAL,
        "Year 5/6 Teacher application",
        "Kia ora Aroha,\n\nThank you for your application for the position of Year 5/6 Teacher at Kelburn Normal School. "
        "We will be in touch after shortlisting.\n\nNgā mihi,\nMark Henderson\nPrincipal",
        None,
    ),
    (
        "Hataitai School",
        "applied",
        "2025-08-26",
        SARAH,
        "Application - Junior School Teacher",
        "Kia ora Aroha,\n\nNgā mihi for your application. Shortlisting will take place after applications close on 12 "
        "September, and we will contact shortlisted applicants the following week.\n\nSarah Ngata\nOffice Manager, "
        "Hataitai School",
        None,
    ),
    (
        "Karori West Normal School",
        "applied",
        "2025-08-27",
        RELIEF,
        "Fixed-term role - Karori West",
        "Hi Aroha,\n\nI've passed your CV on to Karori West Normal School for their fixed-term Year 3 role (Term 4). "
        "I'll let you know what they say.\n\nJess\nRelief Teachers NZ",
        None,
    ),
    (
        "Kelburn Normal School",
        "interview",
        "2025-09-01",
        PRINCIPAL,
        "Re: Year 5/6 Teacher application",
        "Kia ora Aroha,\n\nWe would like to invite you for an interview on Thursday 4 September at 3:30pm at the school. "
        "The panel will be myself, the deputy principal and a board member.\n\nNgā mihi,\nMark",
        0,
    ),
    (
        "Kelburn Normal School",
        "thank_you",
        "2025-09-04",
        ME,
        "Re: Year 5/6 Teacher application",
        "Kia ora Mark,\n\nThank you for the interview this afternoon and for showing me around the classrooms.\n\n"
        "Ngā mihi,\nAroha",
        3,
        PRINCIPAL,
    ),
    (
        "Karori West Normal School",
        "rejected",
        "2025-09-05",
        RELIEF,
        "Re: Fixed-term role - Karori West",
        "Hi Aroha,\n\nKarori West have let me know they've appointed someone from their relief list. Sorry! Plenty more "
        "coming up for Term 4.\n\nJess",
        2,
    ),
    (
        "Kelburn Normal School",
        "offer",
        "2025-09-09",
        PRINCIPAL,
        "Year 5/6 Teacher - offer",
        "Kia ora Aroha,\n\nI am delighted to offer you the position of Year 5/6 Teacher at Kelburn Normal School, "
        "starting in Term 1 2026. The board's letter of offer is attached.\n\nNgā mihi,\nMark",
        None,
    ),
    (
        "Kelburn Normal School",
        "accepted",
        "2025-09-10",
        ME,
        "Re: Year 5/6 Teacher - offer",
        "Kia ora Mark,\n\nI am thrilled to accept the position. Thank you to you and the panel.\n\nNgā mihi nui,\nAroha",
        6,
        PRINCIPAL,
    ),
    (
        "Hataitai School",
        "withdrew",
        "2025-09-10",
        ME,
        "Re: Application - Junior School Teacher",
        "Kia ora Sarah,\n\nI have accepted a position at another school, so I would like to withdraw my application.\n\n"
        "Ngā mihi,\nAroha",
        1,
        SARAH,
    ),
]

_NEGATIVES = [
    (
        "Education Gazette <jobs@gazette.example>",
        "New vacancies: Primary, Wellington",
        "alert",
        "Year 3/4 Teacher - Island Bay. Year 7/8 Teacher - Karori. View vacancies.",
    ),
    (
        "NZEI Te Riu Roa <news@nzei.example>",
        "Member update",
        "newsletter",
        "This week's news for members. Unsubscribe.",
    ),
    (
        "Teaching Council <noreply@teachingcouncil.example>",
        "Your practising certificate",
        "other",
        "Your practising certificate renewal is due.",
    ),
    (
        "Kelburn School PTA <pta@kelburnschool.example>",
        "Spring fair - volunteers needed",
        "newsletter",
        "Our spring fair is on 20 September. Can you help?",
    ),
    (
        "Snapper <noreply@snapper.example>",
        "Top-up receipt",
        "other",
        "Your Snapper card was topped up.",
    ),
    (
        "Mere Williams <mere.williams@gmail.example>",
        "whānau dinner",
        "personal",
        "Dinner at Mum's on Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=AROHA,
        offset=lambda d: "+1200" if d.month < 9 or (d.month == 9 and d.day < 28) else "+1300",
        clock="16:10:00",
        neg_start="2025-08-24",
        neg_step=4,
        neg_clock="20:30:00",
        tag="fourhundredeightytwo",
        host="xtra.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
