"""A three-hundred-and-eighth mailbox, written as a held-out check after the three-hundred-and-seventh (issue #24).

Sophie, a secondary maths teacher in Melbourne, saves her Outlook mail as .eml files.  Victorian schools' hiring as
it writes: the department's Recruitment Online receipt ("Your application for Maths/Science Teacher at Brunswick
Secondary College has been received"), a Catholic college's PageUp receipt, a principal's "you have been shortlisted
for interview" with a demonstration lesson, an independent school's interview with the head of maths, "we are
pleased to advise that you have been selected as the preferred candidate" and the formal offer after it, "your
application was unsuccessful on this occasion", and her own acceptance.  Negatives: SEEK's alert, the VIT's
registration renewal, a union newsletter, Myki's top-up, a Bunnings promotion, her mum.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SOPHIE = "sophie.nguyen.teach@outlook.com.au"
ME = f"Sophie Nguyen <{SOPHIE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Brunswick Secondary College",
        "applied",
        "2025-10-13",
        "Recruitment Online <recruitmentonline@education.vic.gov.au>",
        "Application received - Maths/Science Teacher - Brunswick Secondary College",
        "Dear Sophie Nguyen,\n\nYour application for Maths/Science Teacher (Job ID 1498823) at Brunswick Secondary "
        "College has been received.\n\nThe school will contact you if you are shortlisted for interview.\n\n"
        "Recruitment Online\nDepartment of Education",
        None,
    ),
    (
        "St Brigid's College",
        "applied",
        "2025-10-14",
        "St Brigid's College <careers@pageuppeople.com>",
        "Thank you for your application",
        "Dear Sophie,\n\nThank you for applying for the position of Mathematics Teacher (Ongoing) at St Brigid's "
        "College, Fitzroy. Applications close on 24 October and shortlisted applicants will be contacted after that "
        "date.\n\nKind regards,\nSt Brigid's College",
        None,
    ),
    (
        "Yarra Grammar",
        "applied",
        "2025-10-15",
        "Yarra Grammar Employment <employment@yarragrammar.vic.edu.au>",
        "Application - Teacher of Mathematics",
        "Dear Ms Nguyen,\n\nThank you for your application for the role of Teacher of Mathematics (commencing 2026). "
        "We acknowledge receipt and will be in touch following the closing date.\n\nYours sincerely,\nPeople & "
        "Culture\nYarra Grammar",
        None,
    ),
    (
        "Brunswick Secondary College",
        "interview",
        "2025-10-22",
        "Mark Delaney <mark.delaney@education.vic.gov.au>",
        "Interview - Maths/Science Teacher",
        "Dear Sophie,\n\nThank you for your application. I am pleased to let you know that you have been shortlisted "
        "for interview. The panel would like to meet with you on Tuesday 28 October at 3:45pm at the school, and we "
        "ask that you teach a 20-minute demonstration lesson to a Year 9 class beforehand.\n\nKind regards,\nMark "
        "Delaney\nAssistant Principal\nBrunswick Secondary College",
        None,
    ),
    (
        "Yarra Grammar",
        "interview",
        "2025-10-29",
        "Yarra Grammar Employment <employment@yarragrammar.vic.edu.au>",
        "Interview invitation - Teacher of Mathematics",
        "Dear Ms Nguyen,\n\nWe would like to invite you to an interview with the Head of Mathematics and the Deputy "
        "Head (Academic) on Monday 3 November at 10:00am. Please bring your VIT registration card.\n\nYours "
        "sincerely,\nPeople & Culture\nYarra Grammar",
        None,
    ),
    (
        "Brunswick Secondary College",
        "offer",
        "2025-10-31",
        "Mark Delaney <mark.delaney@education.vic.gov.au>",
        "Maths/Science Teacher - preferred candidate",
        "Dear Sophie,\n\nThank you for coming in on Tuesday - the panel was very impressed with your lesson. I am "
        "pleased to advise that you have been selected as the preferred candidate for the position, and we would like "
        "to offer you the role commencing in Term 1, 2026, subject to the usual employment checks.\n\nKind regards,\n"
        "Mark Delaney",
        None,
    ),
    (
        "St Brigid's College",
        "rejected",
        "2025-11-04",
        "St Brigid's College <careers@pageuppeople.com>",
        "Mathematics Teacher (Ongoing)",
        "Dear Sophie,\n\nThank you for your interest in the position of Mathematics Teacher at St Brigid's College. We "
        "regret to advise that your application was unsuccessful on this occasion.\n\nWe wish you all the best.\n\nSt "
        "Brigid's College",
        None,
    ),
    (
        "Brunswick Secondary College",
        "accepted",
        "2025-11-04",
        ME,
        "RE: Maths/Science Teacher - preferred candidate",
        "Dear Mark,\n\nThank you so much - I'm delighted to accept the position and look forward to starting in Term 1."
        "\n\nKind regards,\nSophie",
        "Mark Delaney <mark.delaney@education.vic.gov.au>",
    ),
    (
        "Yarra Grammar",
        "withdrew",
        "2025-11-05",
        ME,
        "Teacher of Mathematics - withdrawal",
        "Dear People & Culture team,\n\nThank you for the opportunity to interview. I have accepted a position "
        "elsewhere and would like to withdraw my application for the Teacher of Mathematics role.\n\nKind regards,\n"
        "Sophie Nguyen",
        "Yarra Grammar Employment <employment@yarragrammar.vic.edu.au>",
    ),
]

_NEGATIVES = [
    (
        "SEEK <noreply@s.seek.com.au>",
        "New jobs for Maths Teacher in Melbourne VIC",
        "alert",
        "Maths Teacher - Northcote. Secondary Teacher (Maths) - Coburg. View all jobs.",
    ),
    (
        "Victorian Institute of Teaching <registration@vit.vic.edu.au>",
        "Your annual registration renewal is due",
        "other",
        "Your annual registration renewal and fee are due by 30 September.",
    ),
    (
        "AEU Victoria <news@aeuvic.example>",
        "AEU News - October",
        "newsletter",
        "This month: the new agreement, workload and your rights.",
    ),
    (
        "myki <noreply@myki.example>",
        "Top up successful",
        "other",
        "Your myki top up of $20.00 was successful.",
    ),
    (
        "Bunnings <offers@bunnings.example>",
        "Spring gardening deals",
        "shop",
        "Get your garden ready for spring with our lowest prices.",
    ),
    (
        "Mum <lan.nguyen@bigpond.example>",
        "Sunday",
        "personal",
        "Pho at ours on Sunday? Bring the kids.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+1100",
        clock="16:30:00",
        neg_start="2025-10-12",
        neg_step=5,
        neg_clock="20:00:00",
        tag="threehundredeight",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), SOPHIE)
