"""A three-hundred-and-sixtieth mailbox, written as a held-out check after the three-hundred-and-fifty-ninth (issue
#24).

Grace, a staff nurse in Manchester, exports Gmail with Takeout.  The NHS as it writes through its systems: Trac's "Thank
you for your application for the post of Staff Nurse - Acute Medical Unit (Ref 123-ABC-4567)" from an NHS Foundation
Trust, NHS Jobs' "Application received", "We are pleased to inform you that you have been shortlisted for interview",
"Please book your interview slot", "Unfortunately on this occasion you have not been shortlisted", a "conditional offer
of employment" subject to pre-employment checks, her "I would like to accept the conditional offer", and a private
hospital's own receipt and refusal; her thank-you after the interview.  Negatives: NHS Jobs' job alert, the RCN
bulletin, a Metrolink notice, a council tax bill, a Boots promotion, her mum.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GRACE = "grace.okonkwo.rn@gmail.com"
ME = f"Grace Okonkwo <{GRACE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Irwell Valley NHS Foundation Trust",
        "applied",
        "2025-02-03",
        "Irwell Valley NHS Foundation Trust <noreply@trac.jobs>",
        "Application received - Staff Nurse - Acute Medical Unit",
        "Dear Grace,\n\nThank you for your application for the post of Staff Nurse - Acute Medical Unit (Ref "
        "123-ABC-4567) at Irwell Valley NHS Foundation Trust. Your application will now be passed to the recruiting "
        "manager for shortlisting.\n\nRecruitment Team",
        "g1",
    ),
    (
        "Salford Royal Community Services",
        "applied",
        "2025-02-04",
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "Application received",
        "Dear Grace Okonkwo,\n\nYour application for Community Staff Nurse (Band 5) with Salford Royal Community "
        "Services has been received.\n\nNHS Jobs",
        "g2",
    ),
    (
        "Beechwood Private Hospital",
        "applied",
        "2025-02-05",
        "Beechwood Private Hospital <careers@beechwoodhospital.co.uk>",
        "Your application - Theatre Nurse",
        "Dear Grace,\n\nThank you for applying for the Theatre Nurse vacancy at Beechwood Private Hospital. We will be "
        "in touch after the closing date.\n\nHR Team",
        "g3",
    ),
    (
        "Irwell Valley NHS Foundation Trust",
        "interview",
        "2025-02-12",
        "Irwell Valley NHS Foundation Trust <noreply@trac.jobs>",
        "Invitation to interview - Staff Nurse - Acute Medical Unit",
        "Dear Grace,\n\nWe are pleased to inform you that you have been shortlisted for interview for the post of Staff "
        "Nurse - Acute Medical Unit. Please book your interview slot using the link below. Interviews will take place "
        "on 20 February at Irwell Valley General Hospital.\n\nRecruitment Team",
        "g1",
    ),
    (
        "Salford Royal Community Services",
        "rejected",
        "2025-02-13",
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "Application outcome",
        "Dear Grace Okonkwo,\n\nThank you for applying for Community Staff Nurse (Band 5) with Salford Royal Community "
        "Services. Unfortunately on this occasion you have not been shortlisted.\n\nNHS Jobs",
        "g2",
    ),
    (
        "Irwell Valley NHS Foundation Trust",
        "thank_you",
        "2025-02-20",
        ME,
        "Thank you - Staff Nurse interview",
        "Dear Sister Hughes,\n\nThank you for interviewing me today for the Staff Nurse post on AMU. I really enjoyed "
        "meeting you and the team.\n\nKind regards,\nGrace Okonkwo",
        "g4",
    ),
    (
        "Beechwood Private Hospital",
        "rejected",
        "2025-02-21",
        "Beechwood Private Hospital <careers@beechwoodhospital.co.uk>",
        "Your application - Theatre Nurse",
        "Dear Grace,\n\nThank you for your interest in the Theatre Nurse role. We have now completed shortlisting and "
        "regret that your application has not been successful on this occasion.\n\nHR Team",
        "g3",
    ),
    (
        "Irwell Valley NHS Foundation Trust",
        "offer",
        "2025-02-24",
        "Irwell Valley NHS Foundation Trust <noreply@trac.jobs>",
        "Conditional offer of employment - Staff Nurse - Acute Medical Unit",
        "Dear Grace,\n\nFollowing your recent interview, I am delighted to make you a conditional offer of employment "
        "for the post of Staff Nurse - Acute Medical Unit, subject to satisfactory pre-employment checks. Please log in "
        "to Trac to accept or decline this offer.\n\nRecruitment Team",
        "g1",
    ),
    (
        "Irwell Valley NHS Foundation Trust",
        "accepted",
        "2025-02-25",
        ME,
        "Re: Conditional offer of employment - Staff Nurse - Acute Medical Unit",
        "Dear Recruitment Team,\n\nI would like to accept the conditional offer for the Staff Nurse post and have "
        "accepted it on Trac. Please let me know what you need for the pre-employment checks.\n\nKind regards,\nGrace",
        "g1",
    ),
]

_NEGATIVES = [
    (
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "New jobs matching your saved search",
        "alert",
        "5 new jobs match your search 'Staff Nurse' near Manchester. View jobs.",
    ),
    (
        "RCN <bulletin@rcn.example>",
        "RCN Bulletin: pay and workforce update",
        "newsletter",
        "The latest on the pay award, safe staffing and your rights at work.",
    ),
    (
        "Metrolink <info@metrolink.example>",
        "Planned engineering works",
        "other",
        "No trams between Piccadilly and Etihad Campus this weekend.",
    ),
    (
        "Manchester City Council <counciltax@manchester.example>",
        "Your council tax bill",
        "other",
        "Your council tax bill for 2025/26 is ready to view.",
    ),
    (
        "Boots <news@boots.example>",
        "3 for 2 on skincare",
        "shop",
        "Mix and match across skincare this week.",
    ),
    (
        "Mum <ngozi.okonkwo@btinternet.example>",
        "Sunday",
        "personal",
        "Are you coming for lunch on Sunday? Your aunty will be here.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=GRACE,
        own_to={"Irwell Valley NHS Foundation Trust": "Sister Ann Hughes <ann.hughes@irwellvalley.nhs.uk>"},
        offset="+0000",
        clock="12:05:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="20:15:00",
        tag="threehundredsixty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
