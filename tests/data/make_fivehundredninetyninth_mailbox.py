"""A five-hundred-and-ninety-ninth mailbox, written as a held-out check after the five-hundred-and-ninety-eighth
(issue #24).

Rhiannon Evans, a policy officer in Cardiff, exports her Gmail with Takeout. Public bodies write through Civil Service
Jobs and their own recruitment teams, in the civil service's words: Civil Service Jobs' "Your application for Policy
Adviser (ref 402211) has been submitted" for the Welsh Government, the Office for National Statistics' "Thank you for
applying", Cardiff Council's "Application received", the Welsh Government's "You have been successful at the sift
stage and we would like to invite you to an interview", the ONS's "Unfortunately, on this occasion your application
has not been successful at the sift stage", the Council's "a written exercise and interview", the Welsh Government's
"we are pleased to let you know that you have been successful at interview and we would like to make you a provisional
offer", the Council's "you were not successful at interview on this occasion", her "I am pleased to accept the
provisional offer" and her thanks after the Council's interview. Negatives: Civil Service Jobs' job alert, WalesOnline's
newsletter, a recruitment agency's cold mail, Cardiff Council's own bin collection notice (an employer she applied to),
Trafnidiaeth Cymru and her aunt. Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RHIANNON = "rhiannon.evans.policy@gmail.com"
ME = f"Rhiannon Evans <{RHIANNON}>"
CSJ = "Civil Service Jobs <noreply@csjobs.cabinetoffice.example>"
ONS = "ONS Recruitment <recruitment@ons.example>"
COUNCIL = "Cardiff Council Recruitment <recruitment@cardiff.example>"
WG = "Welsh Government Recruitment <recruitment@gov.wales.example>"
GWEN = "Gwen Price <gwen.price@cardiff.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Welsh Government",
        "applied",
        "2025-01-06",
        CSJ,
        "Application submitted: Policy Adviser (402211)",
        "Dear Rhiannon Evans,\n\nYour application for Policy Adviser (ref 402211) at the Welsh Government has been "
        "submitted. You can track its progress in your Civil Service Jobs account.\n\nCivil Service Jobs",
        "t-wg",
    ),
    (
        "Office for National Statistics",
        "applied",
        "2025-01-07",
        ONS,
        "Thank you for applying",
        "Dear Rhiannon,\n\nThank you for applying for the Research Officer role at the Office for National Statistics "
        "in Newport. Sift will take place after the closing date.\n\nONS Recruitment Team",
        "t-ons",
    ),
    (
        "Cardiff Council",
        "applied",
        "2025-01-08",
        COUNCIL,
        "Application received",
        "Dear Rhiannon,\n\nThank you for your application for Policy Officer (Post ref CC-1187) with Cardiff Council. "
        "Shortlisting will take place after the closing date.\n\nCardiff Council Recruitment",
        "t-cc",
    ),
    (
        "Welsh Government",
        "interview",
        "2025-01-20",
        WG,
        "Policy Adviser (402211) - invitation to interview",
        "Dear Rhiannon,\n\nYou have been successful at the sift stage and we would like to invite you to an interview "
        "on 29 January by Microsoft Teams. The interview will assess the behaviours in the advert.\n\nWelsh "
        "Government Recruitment",
        "t-wg",
    ),
    (
        "Office for National Statistics",
        "rejected",
        "2025-01-21",
        ONS,
        "Research Officer - outcome of sift",
        "Dear Rhiannon,\n\nThank you for your application. Unfortunately, on this occasion your application has not "
        "been successful at the sift stage.\n\nONS Recruitment Team",
        "t-ons",
    ),
    (
        "Cardiff Council",
        "interview",
        "2025-01-22",
        GWEN,
        "Policy Officer - shortlisted",
        "Dear Rhiannon,\n\nI am pleased to let you know that you have been shortlisted. The selection process will be a "
        "written exercise and interview at County Hall on 30 January at 10am.\n\nGwen Price\nHR Officer",
        "t-cc2",
    ),
    (
        "Cardiff Council",
        "thank_you",
        "2025-01-30",
        ME,
        "RE: Policy Officer - shortlisted",
        "Dear Gwen,\n\nThank you for organising today's interview; please pass my thanks to the panel.\n\nKind regards,\n"
        "Rhiannon Evans",
        "t-cc2",
    ),
    (
        "Welsh Government",
        "offer",
        "2025-02-05",
        WG,
        "Policy Adviser (402211) - provisional offer",
        "Dear Rhiannon,\n\nWe are pleased to let you know that you have been successful at interview and we would like "
        "to make you a provisional offer, subject to pre-employment checks.\n\nWelsh Government Recruitment",
        "t-wg",
    ),
    (
        "Cardiff Council",
        "rejected",
        "2025-02-06",
        GWEN,
        "RE: Policy Officer - shortlisted",
        "Dear Rhiannon,\n\nThank you for attending the interview. I am sorry to tell you that you were not successful "
        "at interview on this occasion.\n\nGwen Price",
        "t-cc2",
    ),
    (
        "Welsh Government",
        "accepted",
        "2025-02-07",
        ME,
        "RE: Policy Adviser (402211) - provisional offer",
        "Dear Recruitment Team,\n\nI am pleased to accept the provisional offer and will complete the pre-employment "
        "checks.\n\nKind regards,\nRhiannon Evans",
        "t-wg",
    ),
]

_NEGATIVES = [
    (
        "Civil Service Jobs <alerts@csjobs.cabinetoffice.example>",
        "Job alert: Policy - Cardiff",
        "alert",
        "Policy Adviser - Cardiff. Senior Policy Officer - Newport. View all jobs.",
    ),
    (
        "WalesOnline <newsletter@walesonline.example>",
        "The morning news",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "Owen Jones <owen.jones@reed.example>",
        "Policy role - Cardiff Bay",
        "outreach",
        "Hi Rhiannon, I'm recruiting a policy lead for a housing association in Cardiff Bay. Would you be interested?",
    ),
    (
        "Cardiff Council <noreply@cardiff.example>",
        "Your recycling collection",
        "other",
        "Your recycling will be collected on Tuesday.",
    ),
    (
        "Trafnidiaeth Cymru <tickets@tfw.example>",
        "Your e-ticket",
        "other",
        "Your ticket Cardiff Central - Newport.",
    ),
    (
        "Anti Sian <sian.evans@btinternet.example>",
        "Sunday",
        "personal",
        "Lunch on Sunday, cariad?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RHIANNON,
        own_to={"Cardiff Council": GWEN, "Welsh Government": WG},
        offset="+0000",
        clock="10:00:00",
        neg_start="2025-01-05",
        neg_step=5,
        neg_clock="19:30:00",
        tag="fivehundredninetynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
