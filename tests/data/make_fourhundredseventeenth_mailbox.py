"""A four-hundred-and-seventeenth mailbox, written as a held-out check after the four-hundred-and-sixteenth (issue #24).

Ciara, a final-year economics student in Dublin, keeps her graduate search in Gmail and exports it with Takeout.
Graduate schemes as the large firms run them: an Oleeo receipt ("Thank you for submitting your application to the
Halvorsen & Reid Graduate Programme 2026"), "Your next step: the Online Immersive Assessment", "Congratulations - you've
been invited to our Virtual Assessment Centre", "Final Stage: Partner Interview", "we're delighted to offer you a place
on our Graduate Programme", a bank's Cappfinity tests and its "unfortunately you have not been successful at this
stage", a consultancy's "Your application has been unsuccessful", an Irish State body's publicjobs "Competition
result"; her acceptance through the portal ("I have accepted my offer in the portal") and a decline.  Negatives:
gradireland's alert, a firm's "Insight evening", a careers fair, a society's newsletter, Leap card and her mam.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CIARA = "ciara.obrien.econ@gmail.com"
ME = f"Ciara O'Brien <{CIARA}>"
HR_GRAD = "Halvorsen & Reid Early Careers <earlycareers@halvorsenreid.oleeo.example>"
BANK = "Liffey Bank Graduate Recruitment <graduates@liffeybank.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Halvorsen & Reid",
        "applied",
        "2025-10-06",
        HR_GRAD,
        "Application submitted - Graduate Programme 2026",
        "Dear Ciara,\n\nThank you for submitting your application to the Halvorsen & Reid Graduate Programme 2026 "
        "(Audit & Assurance, Dublin). We'll be in touch about the next stage.\n\nEarly Careers Team\nHalvorsen & Reid",
        "t-hr",
    ),
    (
        "Liffey Bank",
        "applied",
        "2025-10-07",
        BANK,
        "Liffey Bank Graduate Programme - application received",
        "Dear Ciara,\n\nThanks for applying to the Liffey Bank Graduate Programme (Risk stream). Your application has "
        "been received.\n\nGraduate Recruitment Team",
        "t-lb",
    ),
    (
        "Corrib Consulting",
        "applied",
        "2025-10-08",
        "Corrib Consulting <careers@corribconsulting.example>",
        "Your application to Corrib Consulting",
        "Hi Ciara,\n\nThank you for applying for the Business Analyst Graduate role at Corrib Consulting. We review "
        "applications on a rolling basis.\n\nCorrib Consulting Careers",
        "t-cc",
    ),
    (
        "Central Statistics Office",
        "applied",
        "2025-10-09",
        "publicjobs <noreply@publicjobs.ie>",
        "Application Confirmation - Statistician (Graduate) Competition",
        "Dear Ciara O'Brien,\n\nThis is to confirm that your application for the Statistician (Graduate) competition "
        "with the Central Statistics Office has been received.\n\npublicjobs",
        "t-cso",
    ),
    (
        "Halvorsen & Reid",
        "interview",
        "2025-10-13",
        HR_GRAD,
        "Your next step: the Online Immersive Assessment",
        "Dear Ciara,\n\nWe're pleased to invite you to the next stage: our Online Immersive Assessment. It takes about "
        "60 minutes and must be completed within 5 days.\n\nEarly Careers Team",
        "t-hr2",
    ),
    (
        "Liffey Bank",
        "interview",
        "2025-10-14",
        BANK,
        "Next step: online tests",
        "Dear Ciara,\n\nPlease complete the Cappfinity online tests (numerical and situational strengths) for the "
        "Graduate Programme by 21 October.\n\nGraduate Recruitment Team",
        "t-lb2",
    ),
    (
        "Corrib Consulting",
        "rejected",
        "2025-10-15",
        "Corrib Consulting <careers@corribconsulting.example>",
        "Your application has been unsuccessful",
        "Hi Ciara,\n\nThank you for your interest in Corrib Consulting. We're sorry to tell you that your application "
        "has been unsuccessful on this occasion.\n\nCorrib Consulting Careers",
        "t-cc2",
    ),
    (
        "Halvorsen & Reid",
        "interview",
        "2025-10-22",
        HR_GRAD,
        "Congratulations - you've been invited to our Virtual Assessment Centre",
        "Dear Ciara,\n\nCongratulations! You've been invited to our Virtual Assessment Centre on 5 November, with a "
        "group exercise, a case study and a competency interview.\n\nEarly Careers Team",
        "t-hr3",
    ),
    (
        "Liffey Bank",
        "rejected",
        "2025-10-24",
        BANK,
        "Your application to Liffey Bank",
        "Dear Ciara,\n\nThank you for completing the online tests. Unfortunately you have not been successful at this "
        "stage of the process.\n\nGraduate Recruitment Team",
        "t-lb3",
    ),
    (
        "Halvorsen & Reid",
        "onsite",
        "2025-11-10",
        HR_GRAD,
        "Final Stage: Partner Interview",
        "Dear Ciara,\n\nWell done at the Assessment Centre! The final stage is a 45-minute interview with a Partner at "
        "our Harcourt Street office on 18 November.\n\nEarly Careers Team",
        "t-hr4",
    ),
    (
        "Central Statistics Office",
        "interview",
        "2025-11-12",
        "publicjobs <noreply@publicjobs.ie>",
        "Competition result - Statistician (Graduate)",
        "Dear Ciara O'Brien,\n\nWe are pleased to inform you that you have been successful at the shortlisting stage of "
        "the Statistician (Graduate) competition and are invited to a competency-based interview on 26 November.\n\n"
        "publicjobs",
        "t-cso2",
    ),
    (
        "Halvorsen & Reid",
        "offer",
        "2025-11-21",
        HR_GRAD,
        "Your offer from Halvorsen & Reid",
        "Dear Ciara,\n\nWe're delighted to offer you a place on our Graduate Programme 2026 in Audit & Assurance, "
        "starting in September. Please accept your offer in the candidate portal by 5 December.\n\nEarly Careers Team",
        "t-hr5",
    ),
    (
        "Halvorsen & Reid",
        "accepted",
        "2025-11-24",
        ME,
        "RE: Your offer from Halvorsen & Reid",
        "Dear Early Careers Team,\n\nThank you so much! I have accepted my offer in the portal and I'm really looking "
        "forward to September.\n\nCiara",
        "t-hr5",
    ),
    (
        "Central Statistics Office",
        "withdrew",
        "2025-11-24",
        ME,
        "Statistician (Graduate) - withdrawal",
        "Dear publicjobs team,\n\nI have accepted another graduate offer and would like to withdraw from the "
        "Statistician (Graduate) competition. Please cancel my interview on 26 November.\n\nCiara O'Brien",
        "t-cso3",
    ),
]

_NEGATIVES = [
    (
        "gradireland <jobs@gradireland.example>",
        "New graduate jobs for you",
        "alert",
        "Graduate Analyst - Dublin. Tax Graduate - Cork. See all jobs.",
    ),
    (
        "Halvorsen & Reid Events <events@halvorsenreid.example>",
        "Join us at our Insight Evening",
        "newsletter",
        "Meet our graduates and partners on 15 October. Register now.",
    ),
    (
        "UCD Careers <careers@ucd.example>",
        "Autumn careers fair - this Thursday",
        "newsletter",
        "Over 80 employers on campus. Bring your CV.",
    ),
    (
        "Economics Society <econsoc@ucd.example>",
        "EconSoc weekly",
        "newsletter",
        "Guest lecture, pub quiz and internship tips.",
    ),
    (
        "Leap Card <noreply@leapcard.example>",
        "Your Leap Card top-up",
        "other",
        "You topped up EUR 20.00.",
    ),
    (
        "Mam <mary.obrien@eircom.example>",
        "dinner sunday",
        "personal",
        "Are you home for the dinner Sunday love?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CIARA,
        own_to={"Halvorsen & Reid": HR_GRAD, "Central Statistics Office": "publicjobs <noreply@publicjobs.ie>"},
        offset="+0000",
        clock="10:30:00",
        neg_start="2025-10-05",
        neg_step=6,
        neg_clock="21:35:00",
        tag="fourhundredseventeen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
