"""A four-hundred-and-seventy-eighth mailbox, written as a held-out check after the four-hundred-and-seventy-seventh
(issue #24).

Oliver Bennett, a final-year economics student in Birmingham, applies to graduate schemes and keeps his mail in
Gmail, exported with Takeout.  UK graduate recruitment runs in stages: Oleeo's "Thank you for applying to the Deloitte
2026 Audit & Assurance Graduate Programme", "You have been invited to complete our online assessments", a HireVue
"video interview", an "Assessment Centre invitation", then "Final stage: Partner interview" (so the assessment centre
was a round, the partner interview the final), "We are delighted to offer you a place", his "I am delighted to
accept", a bank's "Unfortunately, we will not be progressing your application to the next stage" and a consultancy's
"you have been placed on our waiting list" (a wait).  Negatives: Bright Network's newsletter, Gradcracker's alert,
a careers fair, a student loan statement, Trainline and his flatmate.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLLIE = "oliver.bennett.econ@gmail.com"
ME = f"Oliver Bennett <{OLLIE}>"
DELOITTE = "Deloitte UK Graduate Recruitment <graduates@oleeo.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Deloitte",
        "applied",
        "2025-10-06",
        DELOITTE,
        "Thank you for your application",
        "Dear Oliver,\n\nThank you for applying to the Deloitte 2026 Audit & Assurance Graduate Programme "
        "(Birmingham). We have received your application.\n\nDeloitte Student Recruitment",
        "t-del",
    ),
    (
        "HSBC",
        "applied",
        "2025-10-07",
        "HSBC Careers <careers@hsbc.example>",
        "Application received - Global Banking Graduate Programme",
        "Dear Oliver,\n\nThank you for your application to the HSBC Global Banking Graduate Programme 2026. We will be in "
        "touch about next steps.\n\nHSBC Early Careers",
        "t-hsbc",
    ),
    (
        "Capgemini Invent",
        "applied",
        "2025-10-08",
        "Capgemini Invent Careers <careers@capgemini.example>",
        "Your application to Capgemini Invent",
        "Dear Oliver,\n\nThank you for applying to the Capgemini Invent Graduate Consultant programme. Your application "
        "is now being reviewed.\n\nCapgemini Early Careers",
        "t-cap",
    ),
    (
        "Deloitte",
        "interview",
        "2025-10-13",
        DELOITTE,
        "Next step: online assessments",
        "Dear Oliver,\n\nCongratulations! You have been invited to complete our online assessments (situational "
        "judgement and numerical reasoning). Please complete them within 5 days.\n\nDeloitte Student Recruitment",
        "t-del",
    ),
    (
        "HSBC",
        "rejected",
        "2025-10-20",
        "HSBC Careers <careers@hsbc.example>",
        "Your application - Global Banking Graduate Programme",
        "Dear Oliver,\n\nThank you for your interest in HSBC. Unfortunately, we will not be progressing your application "
        "to the next stage.\n\nHSBC Early Careers",
        "t-hsbc",
    ),
    (
        "Deloitte",
        "interview",
        "2025-10-27",
        "Deloitte via HireVue <noreply@hirevue.example>",
        "Deloitte has invited you to a video interview",
        "Hi Oliver,\n\nDeloitte has invited you to complete a video interview for the Audit & Assurance Graduate "
        "Programme. Please complete it by 3 November.\n\nHireVue",
        "t-del2",
    ),
    (
        "Capgemini Invent",
        "reply",
        "2025-11-03",
        "Capgemini Invent Careers <careers@capgemini.example>",
        "Update on your application",
        "Dear Oliver,\n\nThank you for your patience. You have been placed on our waiting list while we review "
        "candidates, and we will update you by the end of November.\n\nCapgemini Early Careers",
        "t-cap",
    ),
    (
        "Deloitte",
        "interview",
        "2025-11-10",
        DELOITTE,
        "Assessment Centre invitation",
        "Dear Oliver,\n\nWell done! We'd like to invite you to our virtual Assessment Centre on 20 November, with a group "
        "exercise and a case study.\n\nDeloitte Student Recruitment",
        "t-del",
    ),
    (
        "Deloitte",
        "onsite",
        "2025-11-24",
        DELOITTE,
        "Final stage: Partner interview",
        "Dear Oliver,\n\nCongratulations on passing the Assessment Centre. The final stage is a 45-minute interview with "
        "a Partner at our Birmingham office on 2 December.\n\nDeloitte Student Recruitment",
        "t-del",
    ),
    (
        "Deloitte",
        "offer",
        "2025-12-05",
        DELOITTE,
        "Your offer from Deloitte",
        "Dear Oliver,\n\nWe are delighted to offer you a place on the 2026 Audit & Assurance Graduate Programme in "
        "Birmingham. Your offer letter is in the candidate portal.\n\nDeloitte Student Recruitment",
        "t-del3",
    ),
    (
        "Deloitte",
        "accepted",
        "2025-12-08",
        ME,
        "RE: Your offer from Deloitte",
        "Dear Deloitte Student Recruitment,\n\nThank you - I am delighted to accept the offer and have signed it in the "
        "portal.\n\nKind regards,\nOliver Bennett",
        "t-del3",
    ),
]

_NEGATIVES = [
    (
        "Bright Network <hello@brightnetwork.example>",
        "This week's top graduate opportunities",
        "newsletter",
        "Discover opportunities. Unsubscribe.",
    ),
    (
        "Gradcracker <alerts@gradcracker.example>",
        "New graduate jobs in the Midlands",
        "alert",
        "Graduate Analyst - Birmingham. Graduate Consultant - Coventry. View jobs.",
    ),
    (
        "University Careers Service <careers@bham.example>",
        "Autumn Careers Fair - this Thursday",
        "newsletter",
        "Meet 120 employers in the Great Hall.",
    ),
    (
        "Student Loans Company <noreply@slc.example>",
        "Your annual statement",
        "other",
        "Your annual statement is ready.",
    ),
    (
        "Trainline <tickets@trainline.example>",
        "Your tickets",
        "other",
        "Birmingham New Street - London Euston.",
    ),
    (
        "Jack Turner <jack.turner@gmail.example>",
        "bins",
        "personal",
        "Your turn for the bins mate.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=OLLIE,
        own_to={"Deloitte": DELOITTE},
        offset="+0000",
        clock="11:10:00",
        neg_start="2025-10-05",
        neg_step=9,
        neg_clock="20:45:00",
        tag="fourhundredseventyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
