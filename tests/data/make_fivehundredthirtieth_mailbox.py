"""A five-hundred-and-thirtieth mailbox, written as a held-out check after the five-hundred-and-twenty-ninth (issue
#24).

Hannah Price, a fundraiser in Bristol, saves her mail from Outlook as .eml files. Charities hire through a charity job
board and their own small systems: CharityJob's "Your application has been sent to Oxfam", Oxfam's own "Thank you for
applying for Community Fundraising Officer", "We'd like to invite you to an interview, which will include a 10-minute
presentation", "we have decided not to take your application further"; a small charity's chief executive writing
herself, "Thank you for your application - I'd love to have a chat on the phone this week" (the first call, a screen),
"I'm delighted to offer you the role of Community Fundraiser"; a hospice's "the post has now been filled"; her thanks
and her "I'm thrilled to accept". Negatives: CharityJob's alert, a sector newsletter, a charity recruiter's cold mail,
Oxfam's own appeal (a charity she applied to), First Bus and her partner. Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.price@outlook.example"
ME = f"Hannah Price <{HANNAH}>"
OXFAM = "Oxfam GB Recruitment <recruitment@oxfam.example>"
CLAIRE = "Claire Dawson <claire@bristolfoodnetwork.example>"
HOSPICE = "St Peter's Hospice <jobs@stpetershospice.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Oxfam",
        "applied",
        "2025-09-01",
        "CharityJob <noreply@charityjob.example>",
        "Your application has been sent to Oxfam",
        "Hi Hannah,\n\nYour application for Community Fundraising Officer has been sent to Oxfam. Good luck!\n\n"
        "CharityJob",
        None,
    ),
    (
        "Bristol Food Network",
        "applied",
        "2025-09-02",
        ME,
        "Application - Community Fundraiser",
        "Dear Claire,\n\nPlease find attached my CV and cover letter for the Community Fundraiser role at Bristol Food "
        "Network.\n\nKind regards,\nHannah Price",
        CLAIRE,
    ),
    (
        "St Peter's Hospice",
        "applied",
        "2025-09-03",
        HOSPICE,
        "Application received - Events Fundraiser",
        "Dear Hannah,\n\nThank you for your application for the Events Fundraiser post at St Peter's Hospice. We will "
        "be in touch after the closing date.\n\nHR Team",
        None,
    ),
    (
        # (set before the first read from an interview round to the older corpora's reading: a first chat on the phone,
        # whoever makes it, is the screen)
        "Bristol Food Network",
        "screen",
        "2025-09-04",
        CLAIRE,
        "RE: Application - Community Fundraiser",
        "Hi Hannah,\n\nThank you for your application - I'd love to have a chat on the phone this week. Are you free "
        "Thursday at 11?\n\nClaire Dawson\nChief Executive, Bristol Food Network",
        None,
    ),
    (
        "Oxfam",
        "interview",
        "2025-09-10",
        OXFAM,
        "Interview invitation - Community Fundraising Officer",
        "Dear Hannah,\n\nThank you for applying for Community Fundraising Officer. We'd like to invite you to an "
        "interview on 17 September, which will include a 10-minute presentation.\n\nOxfam GB Recruitment",
        None,
    ),
    (
        "St Peter's Hospice",
        "rejected",
        "2025-09-12",
        HOSPICE,
        "Events Fundraiser",
        "Dear Hannah,\n\nThank you for your interest in St Peter's Hospice. The post has now been filled.\n\nHR Team",
        None,
    ),
    (
        "Oxfam",
        "thank_you",
        "2025-09-17",
        ME,
        "RE: Interview invitation - Community Fundraising Officer",
        "Dear Oxfam Recruitment,\n\nThank you for the interview this afternoon. It was lovely to meet the panel.\n\n"
        "Kind regards,\nHannah Price",
        OXFAM,
    ),
    (
        "Bristol Food Network",
        "offer",
        "2025-09-19",
        CLAIRE,
        "Community Fundraiser",
        "Hi Hannah,\n\nI'm delighted to offer you the role of Community Fundraiser! £28,500, 4 days a week. Shall we "
        "talk on Monday about a start date?\n\nClaire",
        None,
    ),
    (
        "Bristol Food Network",
        "accepted",
        "2025-09-20",
        ME,
        "RE: Community Fundraiser",
        "Hi Claire,\n\nI'm thrilled to accept - thank you so much!\n\nHannah",
        CLAIRE,
    ),
    (
        "Oxfam",
        "rejected",
        "2025-09-24",
        OXFAM,
        "Community Fundraising Officer - outcome",
        "Dear Hannah,\n\nThank you for attending the interview. We have decided not to take your application further on "
        "this occasion.\n\nOxfam GB Recruitment",
        None,
    ),
]

_NEGATIVES = [
    (
        "CharityJob <alerts@charityjob.example>",
        "New fundraising jobs in Bristol",
        "alert",
        "Community Fundraiser - Bristol. Events Officer - Bath. View jobs.",
    ),
    (
        "Third Sector <newsletter@thirdsector.example>",
        "Third Sector Daily",
        "newsletter",
        "Today's news. Unsubscribe.",
    ),
    (
        "Tom Reeves <tom@charitypeople.example>",
        "Fundraising Manager - interim",
        "outreach",
        "Hi Hannah, I'm recruiting an interim Fundraising Manager for a national charity. Open to a chat?",
    ),
    (
        "Oxfam <supporter@oxfam.example>",
        "Emergency appeal: please give today",
        "newsletter",
        "Your gift can help. Unsubscribe.",
    ),
    (
        "First Bus <noreply@firstbus.example>",
        "Your mTicket receipt",
        "other",
        "Thanks for travelling with First.",
    ),
    (
        "Josh Miller <josh.miller@gmail.example>",
        "tea",
        "personal",
        "What do you fancy for tea?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="11:40:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="20:35:00",
        tag="fivehundredthirty",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), HANNAH)
