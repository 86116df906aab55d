"""A two-hundred-and-ninety-eighth mailbox, written as a held-out check after the two-hundred-and-ninety-seventh
(issue #24).

Oliver, a final-year engineering student in Manchester, saves his university Outlook mail as .eml files.  British
graduate schemes as they write: an Oleeo portal's "Thank you for applying to the Northbridge Water Graduate
Scheme", online tests ("complete your online assessments within 5 days"), a video interview through HireVue, an
assessment centre (the final stage), "we regret to inform you that you have not been successful on this occasion",
a conditional offer, and his own acceptance; a consultancy's Workday tenant; an engineering firm's SuccessFactors
receipt and its "application unsuccessful".  Negatives: Gradcracker's job alert, Bright Network's events newsletter,
the Students' Union, Santander's statement, the university's careers fair, his flatmate.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLIVER = "oliver.hughes-3@student.manchester.example"
ME = f"Oliver Hughes <{OLIVER}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Northbridge Water",
        "applied",
        "2025-10-06",
        "Northbridge Water Early Careers <earlycareers@northbridgewater.tal.net>",
        "Thank you for your application - Graduate Scheme 2026",
        "Dear Oliver,\n\nThank you for applying to the Northbridge Water Graduate Scheme 2026 (Civil Engineering). "
        "Your application reference is NW-GRAD-44817.\n\nWe will review your application and be in touch about the "
        "next stage.\n\nKind regards,\nEarly Careers Team\nNorthbridge Water",
        None,
    ),
    (
        "Calder & Rowe Consulting",
        "applied",
        "2025-10-08",
        "Calder & Rowe <calderrowe@myworkday.com>",
        "We've received your application",
        "Hi Oliver,\n\nThanks for applying for the Graduate Consultant - Infrastructure Advisory (Manchester) role. Our "
        "recruitment team will review your application and contact you if your skills match the role.\n\n"
        "Calder & Rowe Consulting - Graduate Recruitment",
        None,
    ),
    (
        "Pennine Structures",
        "applied",
        "2025-10-09",
        "Pennine Structures Careers <noreply@successfactors.eu>",
        "Application received: Graduate Structural Engineer",
        "Dear Oliver Hughes,\n\nThank you for your application for the position of Graduate Structural Engineer "
        "(Req ID 10482). We will be in touch once we have reviewed all applications.\n\nPennine Structures Ltd",
        None,
    ),
    (
        "Northbridge Water",
        "interview",
        "2025-10-14",
        "Northbridge Water Early Careers <earlycareers@northbridgewater.tal.net>",
        "Next stage: online assessments",
        "Dear Oliver,\n\nCongratulations - we are pleased to invite you to the next stage of our selection process. "
        "Please complete your online assessments (a situational judgement test and a numerical reasoning test) "
        "within 5 days using the link in your candidate portal.\n\nKind regards,\nEarly Careers Team",
        None,
    ),
    (
        "Northbridge Water",
        "interview",
        "2025-10-24",
        "Northbridge Water Early Careers <earlycareers@northbridgewater.tal.net>",
        "Invitation to video interview",
        "Dear Oliver,\n\nWell done on your online assessments. We would now like to invite you to complete a video "
        "interview through HireVue. It takes around 25 minutes and must be completed by 31 October.\n\nKind regards,\n"
        "Early Careers Team",
        None,
    ),
    (
        "Pennine Structures",
        "rejected",
        "2025-10-27",
        "Pennine Structures Careers <noreply@successfactors.eu>",
        "Application unsuccessful: Graduate Structural Engineer",
        "Dear Oliver Hughes,\n\nThank you for your interest in Pennine Structures. We regret to inform you that you "
        "have not been successful on this occasion. We received a very high number of applications.\n\nWe wish you "
        "every success in your career.\n\nPennine Structures Ltd",
        None,
    ),
    (
        "Northbridge Water",
        "onsite",
        "2025-11-05",
        "Northbridge Water Early Careers <earlycareers@northbridgewater.tal.net>",
        "Assessment Centre invitation - Northbridge Water Graduate Scheme",
        "Dear Oliver,\n\nWe are delighted to invite you to our Assessment Centre, the final stage of our process, on "
        "Thursday 20 November at our Warrington offices. The day includes a group exercise, a technical presentation "
        "and a competency interview.\n\nPlease confirm your attendance in your candidate portal.\n\nEarly Careers Team",
        None,
    ),
    (
        "Calder & Rowe Consulting",
        "rejected",
        "2025-11-10",
        "Calder & Rowe <calderrowe@myworkday.com>",
        "Your application for Graduate Consultant",
        "Hi Oliver,\n\nThank you for your interest in Calder & Rowe. After careful consideration, we have decided to "
        "progress other candidates whose experience more closely matches our needs at this time.\n\n"
        "Graduate Recruitment",
        None,
    ),
    (
        "Northbridge Water",
        "offer",
        "2025-11-26",
        "Hannah Booth <hannah.booth@northbridgewater.example>",
        "Conditional offer - Northbridge Water Graduate Scheme 2026",
        "Dear Oliver,\n\nFollowing your performance at the Assessment Centre, I am delighted to offer you a place on "
        "our Graduate Scheme 2026 (Civil Engineering), starting 7 September 2026 on a salary of £31,500. This offer is "
        "conditional on achieving a 2:1 and satisfactory references.\n\nPlease let me know your decision by "
        "10 December.\n\nHannah Booth\nEarly Careers Manager, Northbridge Water",
        None,
    ),
    (
        "Northbridge Water",
        "accepted",
        "2025-11-28",
        ME,
        "RE: Conditional offer - Northbridge Water Graduate Scheme 2026",
        "Dear Hannah,\n\nThank you so much - I am delighted to accept the conditional offer and look forward to joining "
        "the scheme in September.\n\nBest wishes,\nOliver",
        "Hannah Booth <hannah.booth@northbridgewater.example>",
    ),
]

_NEGATIVES = [
    (
        "Gradcracker <jobs@gradcracker.example>",
        "New Civil Engineering graduate jobs for you",
        "alert",
        "Graduate Civil Engineer - Leeds. Graduate Scheme 2026 - Birmingham. Apply now on Gradcracker.",
    ),
    (
        "Bright Network <events@brightnetwork.example>",
        "Your week ahead: Engineering Insight Day",
        "newsletter",
        "Join our Engineering Insight Day with top employers. Book your place today.",
    ),
    (
        "Manchester Students' Union <su@manchester.example>",
        "This week at the SU",
        "newsletter",
        "Quiz night, the Christmas market and volunteering fair this week at the SU.",
    ),
    (
        "Santander <statements@santander.example>",
        "Your statement is ready",
        "other",
        "Your 123 Student account statement for October is ready to view.",
    ),
    (
        "Careers Service <careers@manchester.example>",
        "Careers Fair: 200 employers on 15 October",
        "newsletter",
        "Meet over 200 graduate employers at the Autumn Careers Fair. Bring your CV!",
    ),
    (
        "Tom Ashworth <tom.ashworth99@hotmail.example>",
        "bins",
        "personal",
        "mate it's your turn for the bins this week. also pub thursday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0000",
        clock="10:40:00",
        neg_start="2025-10-05",
        neg_step=7,
        neg_clock="18:20:00",
        tag="twohundredninetyeight",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), OLIVER)
