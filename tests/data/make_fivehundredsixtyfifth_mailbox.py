"""A five-hundred-and-sixty-fifth mailbox, written as a held-out check after the five-hundred-and-sixty-fourth (issue
#24).

Rachel Green, a fundraiser in Oxford moving into the charity sector's bigger organisations, keeps her search in Gmail
and exports it with Takeout. British charities hire through Jobtrain, Cezanne and their own HR teams, in the formal
register of a "post": Jobtrain's "Thank you for your application for the role of Senior Fundraising Officer at
Oxfam", Cezanne's "Application received - Individual Giving Manager" from the RSPB, Save the Children's own "We
acknowledge receipt of your application", "I am pleased to invite you to interview for the post of Individual Giving
Manager" (a panel of two, with a presentation), "We have now completed shortlisting and regret that on this occasion
you have not been shortlisted" from Oxfam, "Following your recent interview, I am delighted to offer you the post"
from the RSPB, her thanks after the interview, her acceptance, and "We will not be taking your application further"
from Save the Children. Negatives: CharityJob's alert, a fundraising newsletter, Oxfam's own appeal (a charity she
applied to), a recruiter's cold mail, her bank and her sister. Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RACHEL = "rachel.green.fundraising@gmail.com"
ME = f"Rachel Green <{RACHEL}>"
OXFAM = "Oxfam GB <noreply@jobtrain.example>"
RSPB = "RSPB Recruitment <recruitment@rspb.cezanneondemand.example>"
STC = "Save the Children UK <recruitment@savethechildren.example>"
HELEN = "Helen Marsh <helen.marsh@rspb.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Oxfam",
        "applied",
        "2025-02-03",
        OXFAM,
        "Your application - Senior Fundraising Officer",
        "Dear Rachel,\n\nThank you for your application for the role of Senior Fundraising Officer at Oxfam. We will "
        "be in touch after the closing date.\n\nOxfam GB Recruitment",
        "t-ox",
    ),
    (
        "RSPB",
        "applied",
        "2025-02-04",
        RSPB,
        "Application received - Individual Giving Manager",
        "Dear Rachel,\n\nThank you for applying for the Individual Giving Manager vacancy at the RSPB. Your application "
        "has been received and will be considered after the closing date.\n\nRSPB Recruitment",
        "t-rspb",
    ),
    (
        "Save the Children",
        "applied",
        "2025-02-05",
        STC,
        "Your application: Philanthropy Manager (Ref 25-0193)",
        "Dear Rachel,\n\nWe acknowledge receipt of your application for the post of Philanthropy Manager. Shortlisted "
        "candidates will be contacted within three weeks of the closing date.\n\nSave the Children UK Recruitment",
        "t-stc",
    ),
    (
        "RSPB",
        "interview",
        "2025-02-17",
        HELEN,
        "Interview invitation - Individual Giving Manager",
        "Dear Rachel,\n\nI am pleased to invite you to interview for the post of Individual Giving Manager on Tuesday 25 "
        "February at 2pm at The Lodge, Sandy. The panel will be myself and our Head of Supporter Marketing; please "
        "prepare a ten-minute presentation.\n\nHelen Marsh\nHead of Individual Giving",
        "t-rspb2",
    ),
    (
        "Oxfam",
        "rejected",
        "2025-02-19",
        OXFAM,
        "Your application - Senior Fundraising Officer",
        "Dear Rachel,\n\nThank you for your interest in working for Oxfam. We have now completed shortlisting and regret "
        "that on this occasion you have not been shortlisted for interview.\n\nOxfam GB Recruitment",
        "t-ox",
    ),
    (
        "RSPB",
        "thank_you",
        "2025-02-25",
        ME,
        "Re: Interview invitation - Individual Giving Manager",
        "Dear Helen,\n\nThank you for the opportunity to interview today - I really enjoyed meeting you both and hearing "
        "about the spring appeal.\n\nBest wishes,\nRachel",
        "t-rspb2",
    ),
    (
        "RSPB",
        "offer",
        "2025-02-28",
        HELEN,
        "Re: Interview invitation - Individual Giving Manager",
        "Dear Rachel,\n\nFollowing your recent interview, I am delighted to offer you the post of Individual Giving "
        "Manager, subject to references.\n\nHelen",
        "t-rspb2",
    ),
    (
        "RSPB",
        "accepted",
        "2025-03-01",
        ME,
        "Re: Interview invitation - Individual Giving Manager",
        "Dear Helen,\n\nThank you so much - I am delighted to accept the post.\n\nBest wishes,\nRachel",
        "t-rspb2",
    ),
    (
        "Save the Children",
        "rejected",
        "2025-03-05",
        STC,
        "Your application: Philanthropy Manager (Ref 25-0193)",
        "Dear Rachel,\n\nThank you for your application. We will not be taking your application further on this "
        "occasion.\n\nSave the Children UK Recruitment",
        "t-stc",
    ),
]

_NEGATIVES = [
    (
        "CharityJob <alerts@charityjob.example>",
        "New fundraising jobs for you",
        "alert",
        "Fundraising Manager - London. Individual Giving Officer - Oxford. View jobs.",
    ),
    (
        "Civil Society <newsletter@civilsociety.example>",
        "Fundraising news this week",
        "newsletter",
        "The week in fundraising. Unsubscribe.",
    ),
    (
        "Oxfam GB <supporter@oxfam.example>",
        "Emergency appeal: Sudan",
        "newsletter",
        "Please give today. Unsubscribe.",
    ),
    (
        "Tom Reeve <tom@harrisonjones.example>",
        "Director of Fundraising - Oxfordshire",
        "outreach",
        "Hi Rachel, I'm working on a Director of Fundraising search for a heritage charity. Would you be open to a "
        "conversation?",
    ),
    (
        "Nationwide <alerts@nationwide.example>",
        "Your statement is ready",
        "other",
        "Your February statement is ready to view.",
    ),
    (
        "Monica Green <monica.green@gmail.example>",
        "Sunday lunch",
        "personal",
        "Sunday lunch at mum's?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RACHEL,
        own_to={"RSPB": HELEN},
        offset="+0000",
        clock="11:10:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="20:20:00",
        tag="fivehundredsixtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
