"""A four-hundred-and-eighty-ninth mailbox, written as a held-out check after the four-hundred-and-eighty-eighth
(issue #24).

Maria Santos, a registered nurse in Manila, applies to NHS trusts in England through an international recruitment agency
and keeps her mail in Gmail, exported with Takeout. International nurse recruitment: "Your CV has been endorsed to Royal
Berkshire NHS Foundation Trust for the Band 5 Staff Nurse role", "You are scheduled for a Teams interview with the ward
manager on 14 May, 3:00 PM Manila time", "Congratulations! You passed the interview and received a conditional offer",
"Please book your CBT" (no step, after the offer), a second trust's own TRAC receipt and its "not shortlisted", and her
"I accept the offer, thank you po". Negatives: an agency's "Hiring now: 200 nurses for the UK" blast, the NMC's
registration reminder, a review centre, a remittance, a Grab receipt and her mother. Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARIA = "maria.santos.rn@gmail.com"
ME = f"Maria Santos <{MARIA}>"
JOY = "Joy Reyes <joy.reyes@globalcarers-ph.example>"
TRAC = "Oxford University Hospitals NHS Foundation Trust <noreply@trac.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Royal Berkshire NHS Foundation Trust",
        "applied",
        "2025-05-05",
        JOY,
        "Endorsement - Band 5 Staff Nurse - Royal Berkshire",
        "Hi Maria,\n\nGood day! Your CV has been endorsed to Royal Berkshire NHS Foundation Trust for the Band 5 Staff "
        "Nurse role (Medical wards). We will update you once the trust shortlists.\n\nJoy Reyes\nGlobal Carers "
        "Philippines",
        "t-rbh",
    ),
    (
        "Oxford University Hospitals NHS Foundation Trust",
        "applied",
        "2025-05-06",
        TRAC,
        "Application received - Band 5 Staff Nurse - International",
        "Dear Maria,\n\nThank you for your application for Band 5 Staff Nurse - International Recruitment (Job Reference "
        "321-INT-0042).\n\nOxford University Hospitals NHS Foundation Trust",
        "t-ouh",
    ),
    (
        "Royal Berkshire NHS Foundation Trust",
        "interview",
        "2025-05-09",
        JOY,
        "RE: Endorsement - Band 5 Staff Nurse - Royal Berkshire",
        "Hi Maria,\n\nYou are scheduled for a Teams interview with the ward manager on 14 May, 3:00 PM Manila time. "
        "Please be online 15 minutes early.\n\nJoy",
        "t-rbh",
    ),
    (
        "Oxford University Hospitals NHS Foundation Trust",
        "rejected",
        "2025-05-16",
        TRAC,
        "Application update - Band 5 Staff Nurse - International",
        "Dear Maria,\n\nThank you for your interest in this post. Unfortunately on this occasion you have not been "
        "shortlisted.\n\nOxford University Hospitals NHS Foundation Trust",
        "t-ouh",
    ),
    (
        "Royal Berkshire NHS Foundation Trust",
        "offer",
        "2025-05-19",
        JOY,
        "RE: Endorsement - Band 5 Staff Nurse - Royal Berkshire",
        "Hi Maria,\n\nCongratulations! You passed the interview and received a conditional offer from Royal Berkshire "
        "NHS Foundation Trust. Please confirm if you accept.\n\nJoy",
        "t-rbh",
    ),
    (
        "Royal Berkshire NHS Foundation Trust",
        "accepted",
        "2025-05-19",
        ME,
        "RE: Endorsement - Band 5 Staff Nurse - Royal Berkshire",
        "Hi Ma'am Joy,\n\nI accept the offer, thank you po! I'm so happy.\n\nMaria",
        "t-rbh",
    ),
]

_NEGATIVES = [
    (
        "Global Carers Philippines <jobs@globalcarers-ph.example>",
        "Hiring now: 200 nurses for the UK",
        "newsletter",
        "Free deployment! NHS trusts hiring Band 5 nurses. Apply now. Unsubscribe.",
    ),
    (
        "NMC <noreply@nmc.example>",
        "Your application for registration",
        "other",
        "Please upload your documents to your NMC Online account.",
    ),
    (
        "Carl Balita Review Center <info@cbrc.example>",
        "OSCE review classes",
        "newsletter",
        "Enroll now for our OSCE review.",
    ),
    (
        "Remitly <noreply@remitly.example>",
        "Your transfer is complete",
        "other",
        "Your transfer has been delivered.",
    ),
    (
        "Nanay <lorna.santos@gmail.example>",
        "ingat",
        "personal",
        "Ingat anak, call me tonight.",
    ),
    (
        "Joy Reyes <joy.reyes@globalcarers-ph.example>",
        "Next steps - CBT booking",
        "other",
        "Hi Maria,\n\nPlease book your CBT with Pearson VUE this week and send me the confirmation.\n\nJoy",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARIA,
        own_to={"Royal Berkshire NHS Foundation Trust": JOY},
        offset="+0800",
        clock="16:30:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="21:10:00",
        tag="fourhundredeightynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
