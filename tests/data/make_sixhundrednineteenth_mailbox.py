"""A six-hundred-and-nineteenth mailbox, written as a held-out check after the six-hundred-and-eighteenth (issue #24).

Emma Wilson, a registered nurse in Auckland, exports her Gmail with Takeout. New Zealand's health employers and a
nursing agency write in New Zealand English: Te Whatu Ora's "Kia ora Emma, thank you for applying", Southern Cross
Healthcare's "Application received", a Geneva Health consultant's "I've sent your CV through to Mercy Hospital for
the perioperative nurse role", Te Whatu Ora's "We would like to invite you to an interview with the Charge Nurse
Manager", the consultant's "Mercy want to have a chat with you on Thursday arvo", Southern Cross's "you have not been
successful on this occasion", Te Whatu Ora's "we are pleased to offer you the position, subject to reference checks",
the consultant's "Mercy have gone with an internal applicant", her "I'm thrilled to accept" and her thanks after the
interview. Negatives: Seek's alert, the NZ Herald's newsletter, a second agency's cold mail, Southern Cross's own
health insurance mail (an employer she applied to), Auckland Transport and her flatmate. Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EMMA = "emma.wilson.rn@gmail.com"
ME = f"Emma Wilson <{EMMA}>"
TWO = "Te Whatu Ora Careers <careers@tewhatuora.govt.example>"
SCH = "Southern Cross Healthcare <careers@southerncrosshealthcare.example>"
GENEVA = "Kate Morris <kate.morris@genevahealth.example>"
CNM = "Aroha Ngata <aroha.ngata@tewhatuora.govt.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Te Whatu Ora",
        "applied",
        "2025-04-07",
        TWO,
        "Thank you for your application",
        "Kia ora Emma,\n\nThank you for applying for the Registered Nurse - Surgical Ward role with Te Whatu Ora "
        "Auckland. We'll be in touch after the closing date.\n\nNgā mihi,\nTe Whatu Ora Recruitment",
        "t-two",
    ),
    (
        "Southern Cross Healthcare",
        "applied",
        "2025-04-08",
        SCH,
        "Application received",
        "Hi Emma,\n\nThanks for your application for Registered Nurse - Day Surgery at Southern Cross Healthcare. We'll "
        "review it shortly.\n\nSouthern Cross Healthcare Recruitment",
        "t-sch",
    ),
    (
        "Mercy Hospital",
        "applied",
        "2025-04-09",
        GENEVA,
        "Perioperative RN - Mercy",
        "Hi Emma,\n\nGreat to chat today. I've sent your CV through to Mercy Hospital for the perioperative nurse role. "
        "Will let you know when I hear back.\n\nCheers,\nKate Morris\nGeneva Health",
        "t-mercy",
    ),
    (
        "Te Whatu Ora",
        "interview",
        "2025-04-14",
        CNM,
        "Interview - Registered Nurse Surgical",
        "Kia ora Emma,\n\nWe would like to invite you to an interview with the Charge Nurse Manager on Friday 18 April "
        "at 1pm at Auckland City Hospital.\n\nNgā mihi,\nAroha Ngata\nRecruitment Coordinator",
        "t-two2",
    ),
    (
        "Mercy Hospital",
        "interview",
        "2025-04-15",
        GENEVA,
        "RE: Perioperative RN - Mercy",
        "Hi Emma,\n\nMercy want to have a chat with you on Thursday arvo at 3 - the nurse unit manager will ring you.\n\n"
        "Cheers,\nKate",
        "t-mercy",
    ),
    (
        "Southern Cross Healthcare",
        "rejected",
        "2025-04-16",
        SCH,
        "Your application",
        "Hi Emma,\n\nThank you for your interest. Unfortunately you have not been successful on this occasion.\n\n"
        "Southern Cross Healthcare Recruitment",
        "t-sch",
    ),
    (
        "Te Whatu Ora",
        "thank_you",
        "2025-04-18",
        ME,
        "RE: Interview - Registered Nurse Surgical",
        "Kia ora Aroha,\n\nThank you for organising today's interview - please pass my thanks on to the panel.\n\n"
        "Ngā mihi,\nEmma",
        "t-two2",
    ),
    (
        "Te Whatu Ora",
        "offer",
        "2025-04-24",
        CNM,
        "Offer of employment",
        "Kia ora Emma,\n\nWe are pleased to offer you the position of Registered Nurse - Surgical Ward, subject to "
        "reference checks. Your letter of offer is attached.\n\nNgā mihi,\nAroha Ngata",
        "t-two3",
    ),
    (
        "Mercy Hospital",
        "rejected",
        "2025-04-25",
        GENEVA,
        "RE: Perioperative RN - Mercy",
        "Hi Emma,\n\nBad news I'm afraid - Mercy have gone with an internal applicant. Plenty more out there!\n\n"
        "Cheers,\nKate",
        "t-mercy",
    ),
    (
        "Te Whatu Ora",
        "accepted",
        "2025-04-25",
        ME,
        "RE: Offer of employment",
        "Kia ora Aroha,\n\nI'm thrilled to accept - signed letter attached.\n\nNgā mihi,\nEmma",
        "t-two3",
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@seek.example>",
        "New nursing jobs in Auckland",
        "alert",
        "Registered Nurse - Epsom. Theatre Nurse - Remuera. View jobs.",
    ),
    (
        "NZ Herald <newsletters@nzherald.example>",
        "The Front Page",
        "newsletter",
        "Today's news. Unsubscribe.",
    ),
    (
        "Sam Tane <sam@nursingnz.example>",
        "ICU roles - Hamilton",
        "outreach",
        "Hi Emma, I'm recruiting ICU nurses for Waikato. Keen for a yarn about it?",
    ),
    (
        "Southern Cross Health Insurance <members@southerncross.example>",
        "Your policy update",
        "other",
        "Your policy renews next month.",
    ),
    (
        "Auckland Transport <noreply@at.govt.example>",
        "Your AT HOP top-up",
        "other",
        "Your AT HOP card was topped up with $20.",
    ),
    (
        "Mia <mia.r@xtra.example>",
        "flat dinner",
        "personal",
        "Flat dinner Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=EMMA,
        own_to={"Te Whatu Ora": CNM},
        offset="+1200",
        clock="09:30:00",
        neg_start="2025-04-06",
        neg_step=4,
        neg_clock="19:45:00",
        tag="sixhundrednineteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
