"""A six-hundred-and-twenty-seventh mailbox, written as a held-out check after the six-hundred-and-twenty-sixth
(issue #24).

Hannah Clarke, a final-year student in Nottingham applying to graduate schemes, exports her Gmail with Takeout. Big
British employers write through their graduate systems, test platforms and assessment centres: Unilever's "Thank you
for applying to the Unilever Future Leaders Programme", PwC's "Thank you for your application to PwC", Boots'
Oleeo "Application received", Unilever's "Next step: complete your Pymetrics games", PwC's "Your Situational Judgement
Test results: we regret to inform you that you have been unsuccessful at this stage", Boots' "Video interview
invitation (Sova)", Unilever's "Discovery Centre invitation", Boots' "you have been unsuccessful following your video
interview", Unilever's "We are delighted to offer you a place on the Future Leaders Programme", her "I am delighted to
accept my place" and her thanks after the Discovery Centre. Negatives: Bright Network's newsletter, Prospects' job
alert, the university careers service's fair, PwC's own insight mail (a firm she applied to), Trainline and her mum.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.clarke.grad@gmail.com"
ME = f"Hannah Clarke <{HANNAH}>"
UNI = "Unilever Early Careers <earlycareers@unilever.example>"
PWC = "PwC UK Student Recruitment <noreply@pwc.example>"
BOOTS = "Boots Graduate Recruitment <boots@oleeo.example>"
UFLP = "Unilever Future Leaders <uflp@unilever.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Unilever",
        "applied",
        "2025-10-06",
        UNI,
        "Thank you for applying",
        "Dear Hannah,\n\nThank you for applying to the Unilever Future Leaders Programme (Supply Chain). We'll be in "
        "touch about the next steps.\n\nUnilever Early Careers",
        "t-uni",
    ),
    (
        "PwC",
        "applied",
        "2025-10-07",
        PWC,
        "Thank you for your application to PwC",
        "Dear Hannah,\n\nThank you for your application to PwC for the Audit graduate programme in Nottingham. Please "
        "complete your Situational Judgement Test within five days.\n\nPwC Student Recruitment",
        "t-pwc",
    ),
    (
        "Boots",
        "applied",
        "2025-10-08",
        BOOTS,
        "Application received",
        "Dear Hannah,\n\nThank you for applying to the Boots Retail Management Graduate Scheme. Your application has "
        "been received.\n\nBoots Graduate Recruitment",
        "t-boots",
    ),
    (
        "Unilever",
        "interview",
        "2025-10-13",
        UNI,
        "Next step: complete your Pymetrics games",
        "Dear Hannah,\n\nCongratulations, you've moved to the next stage. Please complete the Pymetrics games within "
        "seven days.\n\nUnilever Early Careers",
        "t-uni",
    ),
    (
        "PwC",
        "rejected",
        "2025-10-15",
        PWC,
        "Your Situational Judgement Test results",
        "Dear Hannah,\n\nThank you for completing the test. We regret to inform you that you have been unsuccessful at "
        "this stage.\n\nPwC Student Recruitment",
        "t-pwc",
    ),
    (
        "Boots",
        "interview",
        "2025-10-16",
        BOOTS,
        "Video interview invitation",
        "Dear Hannah,\n\nWe are pleased to invite you to complete a video interview on Sova. Please complete it by 24 "
        "October.\n\nBoots Graduate Recruitment",
        "t-boots",
    ),
    (
        "Unilever",
        "onsite",
        "2025-10-27",
        UFLP,
        "Discovery Centre invitation",
        "Dear Hannah,\n\nWe're delighted to invite you to our Discovery Centre, our final stage, at Port Sunlight on 12 "
        "November.\n\nUnilever Future Leaders Programme",
        "t-uni2",
    ),
    (
        "Boots",
        "rejected",
        "2025-10-30",
        BOOTS,
        "Update on your application",
        "Dear Hannah,\n\nThank you for completing the video interview. Unfortunately you have been unsuccessful "
        "following your video interview.\n\nBoots Graduate Recruitment",
        "t-boots",
    ),
    (
        "Unilever",
        "thank_you",
        "2025-11-12",
        ME,
        "RE: Discovery Centre invitation",
        "Dear UFLP team,\n\nThank you for a brilliant Discovery Centre today - I really enjoyed meeting everyone.\n\n"
        "Kind regards,\nHannah Clarke",
        "t-uni2",
    ),
    (
        "Unilever",
        "offer",
        "2025-11-20",
        UFLP,
        "Your offer",
        "Dear Hannah,\n\nWe are delighted to offer you a place on the Unilever Future Leaders Programme (Supply Chain), "
        "starting September 2026.\n\nUnilever Future Leaders Programme",
        "t-uni3",
    ),
    (
        "Unilever",
        "accepted",
        "2025-11-21",
        ME,
        "RE: Your offer",
        "Dear UFLP team,\n\nI am delighted to accept my place on the programme.\n\nKind regards,\nHannah Clarke",
        "t-uni3",
    ),
]

_NEGATIVES = [
    (
        "Bright Network <hello@brightnetwork.example>",
        "Your weekly opportunities",
        "newsletter",
        "Graduate schemes closing soon. Unsubscribe.",
    ),
    (
        "Prospects <jobs@prospects.example>",
        "New graduate jobs for you",
        "alert",
        "Graduate Analyst - Leeds. Graduate Buyer - Derby. View jobs.",
    ),
    (
        "University Careers Service <careers@nottingham.example>",
        "Autumn careers fair next week",
        "newsletter",
        "Meet 120 employers. Unsubscribe.",
    ),
    (
        "PwC <insights@pwc.example>",
        "PwC insight: the future of audit",
        "newsletter",
        "Read our latest insight. Unsubscribe.",
    ),
    (
        "Trainline <tickets@trainline.example>",
        "Your e-ticket",
        "other",
        "Your ticket Nottingham - Liverpool Lime Street.",
    ),
    (
        "Mum <jane.clarke@btinternet.example>",
        "home",
        "personal",
        "Are you coming home for reading week?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HANNAH,
        own_to={"Unilever": UFLP},
        offset="+0100",
        clock="12:20:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="21:05:00",
        tag="sixhundredtwentyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
