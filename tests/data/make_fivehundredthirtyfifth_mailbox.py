"""A five-hundred-and-thirty-fifth mailbox, written as a held-out check after the five-hundred-and-thirty-fourth
(issue #24).

Olivia Bennett, a primary teacher in Melbourne, saves her mail from Outlook as .eml files.  Victoria's government
schools hire through the state's Recruitment Online, each school writing for itself: "Thank you for applying for
vacancy 1456789 - Classroom Teacher (Graduate) at Brunswick North Primary School", a principal's "The selection panel
would like to invite you to an interview on Tuesday", "I am delighted to let you know that the panel has recommended
you for the position", "Unfortunately, your application was not successful on this occasion", a Catholic school's own
"Thank you for your application" and its "we would like you to teach a demonstration lesson"; her thanks and her "I am
thrilled to accept".  Negatives: the department's job alert, VIT's registration renewal, a union newsletter, a casual
relief agency's cold mail, Myki and her sister.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLIVIA = "olivia.bennett.teach@outlook.example"
ME = f"Olivia Bennett <{OLIVIA}>"
ROL = "Recruitment Online <noreply@recruitmentonline.vic.example>"
PRINCIPAL = "Mark Ellis <mark.ellis@brunswicknorthps.vic.example>"
STJ = "St Joseph's Primary School <office@sjbrunswick.catholic.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Brunswick North Primary School",
        "applied",
        "2025-10-06",
        ROL,
        "Application received - vacancy 1456789",
        "Dear Olivia Bennett,\n\nThank you for applying for vacancy 1456789 - Classroom Teacher (Graduate) at Brunswick "
        "North Primary School. The school will contact shortlisted applicants.\n\nRecruitment Online",
        None,
    ),
    (
        "Coburg West Primary School",
        "applied",
        "2025-10-07",
        ROL,
        "Application received - vacancy 1457012",
        "Dear Olivia Bennett,\n\nThank you for applying for vacancy 1457012 - Classroom Teacher (Range 1) at Coburg West "
        "Primary School. The school will contact shortlisted applicants.\n\nRecruitment Online",
        None,
    ),
    (
        "St Joseph's Primary School",
        "applied",
        "2025-10-08",
        STJ,
        "Thank you for your application",
        "Dear Olivia,\n\nThank you for your application for the Year 2 Classroom Teacher position at St Joseph's Primary "
        "School, Brunswick. We will be in touch.\n\nSt Joseph's Primary School",
        None,
    ),
    (
        "Brunswick North Primary School",
        "interview",
        "2025-10-13",
        PRINCIPAL,
        "Interview - vacancy 1456789",
        "Dear Olivia,\n\nThe selection panel would like to invite you to an interview on Tuesday 21 October at 3:45pm "
        "at the school.\n\nKind regards,\nMark Ellis\nPrincipal, Brunswick North Primary School",
        None,
    ),
    (
        "St Joseph's Primary School",
        "interview",
        "2025-10-15",
        STJ,
        "Demonstration lesson",
        "Dear Olivia,\n\nThank you for your application. We would like you to teach a 30-minute demonstration lesson to "
        "our Year 2 class on Friday morning.\n\nSt Joseph's Primary School",
        None,
    ),
    (
        "Coburg West Primary School",
        "rejected",
        "2025-10-17",
        ROL,
        "Outcome - vacancy 1457012",
        "Dear Olivia Bennett,\n\nUnfortunately, your application for vacancy 1457012 was not successful on this "
        "occasion.\n\nRecruitment Online",
        None,
    ),
    (
        "Brunswick North Primary School",
        "thank_you",
        "2025-10-21",
        ME,
        "RE: Interview - vacancy 1456789",
        "Dear Mark,\n\nThank you to you and the panel for this afternoon's interview. I really enjoyed it.\n\nKind "
        "regards,\nOlivia",
        PRINCIPAL,
    ),
    (
        "Brunswick North Primary School",
        "offer",
        "2025-10-24",
        PRINCIPAL,
        "Vacancy 1456789 - outcome",
        "Dear Olivia,\n\nI am delighted to let you know that the panel has recommended you for the position of Classroom "
        "Teacher (Graduate). HR will send your offer shortly.\n\nMark Ellis",
        None,
    ),
    (
        "Brunswick North Primary School",
        "accepted",
        "2025-10-24",
        ME,
        "RE: Vacancy 1456789 - outcome",
        "Dear Mark,\n\nThank you so much - I am thrilled to accept!\n\nOlivia",
        PRINCIPAL,
    ),
    (
        "St Joseph's Primary School",
        "withdrew",
        "2025-10-27",
        ME,
        "RE: Demonstration lesson",
        "Dear St Joseph's,\n\nThank you for the opportunity. I have accepted another position and would like to "
        "withdraw my application.\n\nKind regards,\nOlivia Bennett",
        STJ,
    ),
]

_NEGATIVES = [
    (
        "Recruitment Online <alerts@recruitmentonline.vic.example>",
        "New vacancies matching your search",
        "alert",
        "Classroom Teacher - Fitzroy. Graduate Teacher - Preston. View vacancies.",
    ),
    (
        "VIT <noreply@vit.example>",
        "Renew your registration",
        "other",
        "Your annual registration is due by 30 September.",
    ),
    (
        "AEU Victoria <news@aeuvic.example>",
        "AEU News",
        "newsletter",
        "This week in your union. Unsubscribe.",
    ),
    (
        "CRT Connect <jobs@crtconnect.example>",
        "CRT days available this week",
        "outreach",
        "Hi Olivia, we have CRT days in the northern suburbs this week. Reply to book.",
    ),
    (
        "Myki <noreply@myki.example>",
        "Your top up receipt",
        "other",
        "Thanks for topping up.",
    ),
    (
        "Grace Bennett <grace.bennett@gmail.example>",
        "footy",
        "personal",
        "Grand final BBQ at mine?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+1100",
        clock="16:00:00",
        neg_start="2025-10-05",
        neg_step=4,
        neg_clock="20:30:00",
        tag="fivehundredthirtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), OLIVIA)
