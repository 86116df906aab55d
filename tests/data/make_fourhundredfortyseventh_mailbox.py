"""A four-hundred-and-forty-seventh mailbox, written as a held-out check after the four-hundred-and-forty-sixth
(issue #24).

Eilidh Fraser, a staff nurse in Edinburgh, keeps her search in Gmail and exports it with Takeout.  NHS Scotland's
boards recruit through Jobtrain, which sends as "NHS Scotland Recruitment" for every board: "Thank you for applying
for the post of Band 6 Charge Nurse (Ref: 241187) with NHS Lothian", "We are pleased to invite you to interview",
"Unfortunately on this occasion you have not been shortlisted", "I am delighted to offer you the post, subject to
satisfactory pre-employment checks" (a conditional offer is the offer); a private hospital's Workday; a nursing
agency's "I've sent your details over to the ward manager at the Edinburgh Clinic"; her thanks and her "I would like
to formally withdraw my application".  Negatives: Jobtrain's job alert, the NMC's revalidation reminder, the RCN
bulletin, an agency's "urgent shifts this weekend", Lothian Buses and her mum.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EILIDH = "eilidh.fraser.rn@gmail.com"
ME = f"Eilidh Fraser <{EILIDH}>"
JOBTRAIN = "NHS Scotland Recruitment <noreply@jobtrain.example>"
CRAIG = "Craig Morrison <craig@caledoniannursing.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "NHS Lothian",
        "applied",
        "2025-04-01",
        JOBTRAIN,
        "Application received - Band 6 Charge Nurse",
        "Dear Eilidh\n\nThank you for applying for the post of Band 6 Charge Nurse (Ref: 241187) with NHS Lothian. Your "
        "application has been received and will be considered by the shortlisting panel.\n\nNHS Scotland Recruitment",
        "t-lot",
    ),
    (
        "NHS Fife",
        "applied",
        "2025-04-02",
        JOBTRAIN,
        "Application received - Staff Nurse, Acute Medicine",
        "Dear Eilidh\n\nThank you for applying for the post of Staff Nurse, Acute Medicine (Ref: 240963) with NHS Fife. "
        "Your application has been received.\n\nNHS Scotland Recruitment",
        "t-fife",
    ),
    (
        "Spire Healthcare",
        "applied",
        "2025-04-03",
        "Spire Healthcare <spirehealthcare@myworkday.com>",
        "Thank you for your application",
        "Hi Eilidh,\n\nThank you for applying for the Theatre Nurse role at Spire Murrayfield Hospital. We'll be in "
        "touch once the hiring team has reviewed your application.\n\nSpire Healthcare Talent Team",
        "t-spire",
    ),
    (
        "The Edinburgh Clinic",
        "applied",
        "2025-04-04",
        CRAIG,
        "Edinburgh Clinic - day surgery nurse",
        "Hi Eilidh,\n\nLovely to chat. I've sent your details over to the ward manager at the Edinburgh Clinic for the "
        "permanent day surgery post. Fingers crossed!\n\nCraig\nCaledonian Nursing",
        "t-tec",
    ),
    (
        "NHS Lothian",
        "interview",
        "2025-04-14",
        JOBTRAIN,
        "Invitation to interview - Band 6 Charge Nurse",
        "Dear Eilidh\n\nWe are pleased to invite you to interview for the post of Band 6 Charge Nurse (Ref: 241187) with "
        "NHS Lothian on 24 April 2025 at the Royal Infirmary of Edinburgh. Please log in to Jobtrain to book your "
        "slot.\n\nNHS Scotland Recruitment",
        "t-lot2",
    ),
    (
        "NHS Fife",
        "rejected",
        "2025-04-15",
        JOBTRAIN,
        "Your application - Staff Nurse, Acute Medicine",
        "Dear Eilidh\n\nThank you for your interest in the post of Staff Nurse, Acute Medicine (Ref: 240963) with NHS "
        "Fife. Unfortunately on this occasion you have not been shortlisted for interview.\n\nNHS Scotland Recruitment",
        "t-fife2",
    ),
    (
        "The Edinburgh Clinic",
        "interview",
        "2025-04-16",
        CRAIG,
        "RE: Edinburgh Clinic - day surgery nurse",
        "Hi Eilidh,\n\nThe ward manager would like to meet you! Are you free Tuesday 22nd at 2pm for an informal "
        "interview and a look around the unit?\n\nCraig",
        "t-tec",
    ),
    (
        "The Edinburgh Clinic",
        "thank_you",
        "2025-04-22",
        ME,
        "RE: Edinburgh Clinic - day surgery nurse",
        "Hi Craig,\n\nThat went really well, thanks for arranging it. Please thank Morag for showing me around.\n\n"
        "Eilidh",
        "t-tec",
    ),
    (
        "NHS Lothian",
        "offer",
        "2025-04-28",
        "Fiona Grant <fiona.grant@nhslothian.example>",
        "Band 6 Charge Nurse - Ward 108",
        "Dear Eilidh\n\nFollowing your interview on Thursday, I am delighted to offer you the post of Band 6 Charge "
        "Nurse on Ward 108, subject to satisfactory pre-employment checks. Recruitment will be in touch about your "
        "checks.\n\nKind regards\nFiona Grant\nSenior Charge Nurse, NHS Lothian",
        "t-lot3",
    ),
    (
        "NHS Lothian",
        "accepted",
        "2025-04-29",
        ME,
        "RE: Band 6 Charge Nurse - Ward 108",
        "Dear Fiona\n\nThank you so much - I'm delighted to accept the post and look forward to joining the team on Ward "
        "108.\n\nBest wishes\nEilidh",
        "t-lot3",
    ),
    (
        "The Edinburgh Clinic",
        "withdrew",
        "2025-04-30",
        ME,
        "RE: Edinburgh Clinic - day surgery nurse",
        "Hi Craig,\n\nI've accepted a Charge Nurse post with NHS Lothian, so I would like to formally withdraw my "
        "application for the day surgery post. Thanks for all your help.\n\nEilidh",
        "t-tec",
    ),
    (
        "Spire Healthcare",
        "withdrew",
        "2025-04-30",
        ME,
        "Withdrawal - Theatre Nurse application",
        "Dear Talent Team,\n\nPlease withdraw my application for the Theatre Nurse role at Spire Murrayfield Hospital, "
        "as I have accepted another post.\n\nKind regards\nEilidh Fraser",
        "t-spire2",
    ),
]

_NEGATIVES = [
    (
        "Jobtrain Job Alerts <alerts@jobtrain.example>",
        "New jobs matching your alert: Nursing, Lothian",
        "alert",
        "Staff Nurse - Western General. Community Nurse - Midlothian. View and apply.",
    ),
    (
        "NMC <revalidation@nmc.example>",
        "Your revalidation is due",
        "other",
        "Your revalidation application is due by 31 July 2025.",
    ),
    (
        "RCN Bulletin <bulletin@rcn.example>",
        "This week in nursing",
        "newsletter",
        "Pay award news and more. Manage your preferences.",
    ),
    (
        "Caledonian Nursing Shifts <shifts@caledoniannursing.example>",
        "Urgent shifts this weekend - top rates",
        "newsletter",
        "We have urgent RGN shifts this weekend across Edinburgh. Reply to book. Unsubscribe.",
    ),
    (
        "Lothian Buses <noreply@lothianbuses.example>",
        "Your m-ticket",
        "other",
        "Your 4-week ticket is ready.",
    ),
    (
        "Mum <anne.fraser@btinternet.example>",
        "Sunday",
        "personal",
        "Are you coming for dinner on Sunday? Dad's doing a roast.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=EILIDH,
        own_to={
            "The Edinburgh Clinic": CRAIG,
            "NHS Lothian": "Fiona Grant <fiona.grant@nhslothian.example>",
            "Spire Healthcare": "Spire Healthcare Talent <talent@spirehealthcare.example>",
        },
        offset="+0100",
        clock="13:20:00",
        neg_start="2025-03-31",
        neg_step=5,
        neg_clock="21:40:00",
        tag="fourhundredfortyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
