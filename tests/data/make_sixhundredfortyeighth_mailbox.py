"""A six-hundred-and-forty-eighth mailbox, written as a held-out check after the six-hundred-and-forty-seventh
(issue #24).

Oliver Grant, a final-year economics student in Leeds, exports his Gmail with Takeout while applying to graduate
schemes. Employers write through Oleeo, Amberjack, Workday and HireVue: PwC's "Thank you for your application to
PwC" for its Audit graduate programme, Lloyds Banking Group's Oleeo "Application received - Graduate Leadership
Programme", Unilever's "Thanks for applying to the Unilever Future Leaders Programme", PwC's "Next step: your online
assessment" (an assessment, an interview round as SPEC 3.2 has it), Lloyds' HireVue "video interview invitation",
Unilever's "we will not be progressing your application", PwC's "Assessment Centre invitation" at its Leeds office
(the final round), Lloyds' "unsuccessful at the video interview stage", his thank-you after the assessment centre,
PwC's "conditional offer" and his acceptance through the portal's reply. Negatives: Bright Network's newsletter,
Prospects' alert, his university careers service's fair invitation, a Gradcracker alert, a LinkedIn "PwC viewed your
profile" notice and his housemate. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLIVER = "oliver.grant.leeds@gmail.com"
ME = f"Oliver Grant <{OLIVER}>"
PWC = "PwC Student Recruitment <noreply@pwc.myworkday.example>"
LLOYDS = "Lloyds Banking Group Graduate Recruitment <lbg@oleeo.example>"
UNI = "Unilever Future Leaders Programme <ufl@amberjack.example>"
HV = "Lloyds Banking Group via HireVue <noreply@hirevue.example>"
PWCR = "Amelia Shaw <amelia.shaw@pwc.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "PwC",
        "applied",
        "2025-10-06",
        PWC,
        "Thank you for your application to PwC",
        "Dear Oliver,\n\nThank you for applying to the 2026 Audit Graduate Programme in Leeds. We've received your "
        "application and will be in touch about next steps.\n\nPwC Student Recruitment",
        "t-pwc",
    ),
    (
        "Lloyds Banking Group",
        "applied",
        "2025-10-07",
        LLOYDS,
        "Application received - Graduate Leadership Programme",
        "Dear Oliver,\n\nThank you for submitting your application for the Lloyds Banking Group Graduate Leadership "
        "Programme (Finance). Your application reference is LBG-GLP-88213.\n\nGraduate Recruitment Team",
        "t-lbg",
    ),
    (
        "Unilever",
        "applied",
        "2025-10-08",
        UNI,
        "Thanks for applying to the Unilever Future Leaders Programme",
        "Hi Oliver,\n\nThanks for applying to the Unilever Future Leaders Programme - Finance. We'll review your "
        "application and be in touch.\n\nUFLP Team",
        "t-uni",
    ),
    (
        "PwC",
        "interview",
        "2025-10-10",
        PWC,
        "Next step: your online assessment",
        "Dear Oliver,\n\nCongratulations - you've progressed to the next stage. Please complete the online assessment "
        "(a work-based situational judgement test and numerical reasoning) within 5 days.\n\nPwC Student Recruitment",
        "t-pwc",
    ),
    (
        "Lloyds Banking Group",
        "interview",
        "2025-10-14",
        HV,
        "Lloyds Banking Group - video interview invitation",
        "Dear Oliver,\n\nYou've been invited to complete a video interview for the Graduate Leadership Programme. "
        "Please complete it by 21 October.\n\nLloyds Banking Group Graduate Recruitment",
        "t-lbg2",
    ),
    (
        "Unilever",
        "rejected",
        "2025-10-20",
        UNI,
        "Your application to the Unilever Future Leaders Programme",
        "Hi Oliver,\n\nThank you for your interest. We have reviewed your application carefully and we will not be "
        "progressing your application further on this occasion.\n\nUFLP Team",
        "t-uni",
    ),
    (
        "PwC",
        "onsite",
        "2025-10-22",
        PWCR,
        "Assessment Centre invitation - Audit Graduate Programme",
        "Dear Oliver,\n\nWell done on your online assessment! We'd like to invite you to our Assessment Centre at our "
        "Leeds office (Central Square) on 5 November, the final stage of our process.\n\nKind regards,\nAmelia Shaw\n"
        "Student Recruitment, PwC",
        "t-pwc2",
    ),
    (
        "Lloyds Banking Group",
        "rejected",
        "2025-10-29",
        LLOYDS,
        "Your Graduate Leadership Programme application",
        "Dear Oliver,\n\nThank you for completing your video interview. Unfortunately on this occasion you have been "
        "unsuccessful at the video interview stage.\n\nGraduate Recruitment Team",
        "t-lbg",
    ),
    (
        "PwC",
        "thank_you",
        "2025-11-05",
        ME,
        "Re: Assessment Centre invitation - Audit Graduate Programme",
        "Hi Amelia,\n\nThank you for organising today's assessment centre - I really enjoyed meeting the audit team.\n\n"
        "Best wishes,\nOliver",
        "t-pwc2",
    ),
    (
        "PwC",
        "offer",
        "2025-11-12",
        PWCR,
        "Your offer from PwC",
        "Dear Oliver,\n\nCongratulations! I'm delighted to confirm a conditional offer to join the 2026 Audit Graduate "
        "Programme in Leeds, subject to your degree result and our background checks.\n\nKind regards,\nAmelia",
        "t-pwc3",
    ),
    (
        "PwC",
        "accepted",
        "2025-11-13",
        ME,
        "Re: Your offer from PwC",
        "Hi Amelia,\n\nThank you so much! I'm thrilled to accept the offer and I've signed it on the portal.\n\n"
        "Best wishes,\nOliver",
        "t-pwc3",
    ),
]

_NEGATIVES = [
    (
        "Bright Network <hello@brightnetwork.example>",
        "Your weekly graduate opportunities",
        "newsletter",
        "Internships and graduate jobs picked for you. Unsubscribe.",
    ),
    (
        "Prospects <jobs@prospects.example>",
        "New graduate jobs in finance",
        "alert",
        "15 new graduate jobs match your preferences. Manage alerts.",
    ),
    (
        "University of Leeds Careers <careers@leeds.example>",
        "Autumn Careers Fair - 15 October",
        "other",
        "Meet over 100 employers at the Autumn Careers Fair. Book your place.",
    ),
    (
        "Gradcracker <alerts@gradcracker.example>",
        "New opportunities this week",
        "alert",
        "New graduate schemes and internships. Unsubscribe.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.example>",
        "PwC viewed your profile",
        "viewed",
        "Someone at PwC viewed your profile. See who's viewed your profile.",
    ),
    (
        "Tom <tom.hughes@gmail.example>",
        "rent",
        "personal",
        "Sent you my share of the rent.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=OLIVER,
        own_to={"PwC": PWCR},
        offset="+0100",
        clock="10:10:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="20:35:00",
        tag="sixhundredfortyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
