"""A five-hundred-and-sixtieth mailbox, written as a held-out check after the five-hundred-and-fifty-ninth (issue #24).

Holly Price, a marketing executive in Birmingham, reads her mail in Thunderbird and exports the inbox as one mbox. UK
consumer brands hire through Teamtailor and Workable and through a high-street agency, whose consultant names the
client in brackets: Teamtailor's "Thanks for your application, Holly! We've got it" from Huel, Workable's "Your
application for Marketing Executive at Gymshark", a Reed consultant's "I've sent your CV over to the client (it's
Boots) for the CRM Executive role", "Boots would like to invite you to a video interview with the CRM Manager",
Gymshark's "Unfortunately your application has been unsuccessful on this occasion", her follow-up to Huel ("I applied
two weeks ago and wanted to check on the status"), Huel's "we're still reviewing and hope to update you next week" (a
reply), "the final stage, in person at their Nottingham HQ", "they want to offer you the job at £34k", her "Yes! I'd
love to accept" and Huel's "we've decided to progress with other applicants". Negatives: Reed's job alert, Totaljobs'
alert, a marketing newsletter, a second agency's cold mail, Boots' Advantage Card points (a company she applied to)
and her friend. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HOLLY = "holly.price.mktg@yahoo.example"
ME = f"Holly Price <{HOLLY}>"
HUEL = "Huel <noreply@huel.teamtailor-mail.example>"
GYM = "Gymshark <noreply@gymshark.workablemail.example>"
AMY = "Amy Collins <amy.collins@reed.example>"
TALENT = "Huel Talent <talent@huel.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Huel",
        "applied",
        "2025-01-06",
        HUEL,
        "Thanks for your application, Holly!",
        "Hi Holly,\n\nWe've got it! Thanks for applying for the Content Marketing Executive role at Huel. We'll be in "
        "touch once we've reviewed applications.\n\nTeam Huel",
        None,
    ),
    (
        "Gymshark",
        "applied",
        "2025-01-07",
        GYM,
        "Your application for Marketing Executive at Gymshark",
        "Hi Holly,\n\nThanks for applying for Marketing Executive at Gymshark. We have received your application and "
        "will review it shortly.\n\nGymshark Talent",
        None,
    ),
    (
        "Boots",
        "applied",
        "2025-01-08",
        AMY,
        "CRM Executive - Nottingham",
        "Hi Holly,\n\nLovely to chat this morning. I've sent your CV over to the client (it's Boots) for the CRM "
        "Executive role. Fingers crossed - I'll be in touch as soon as I hear.\n\nAmy Collins\nRecruitment Consultant, "
        "Reed Marketing & Creative",
        None,
    ),
    (
        "Boots",
        "interview",
        "2025-01-13",
        AMY,
        "RE: CRM Executive - Nottingham",
        "Hi Holly,\n\nGreat news - Boots would like to invite you to a video interview with the CRM Manager on Thursday "
        "at 11am on Teams. Can you make it?\n\nAmy",
        2,
    ),
    (
        "Gymshark",
        "rejected",
        "2025-01-15",
        GYM,
        "Your application at Gymshark",
        "Hi Holly,\n\nThank you for your interest in Gymshark. Unfortunately your application has been unsuccessful on "
        "this occasion. We wish you the best of luck.\n\nGymshark Talent",
        None,
    ),
    (
        "Huel",
        "follow_up",
        "2025-01-20",
        ME,
        "Content Marketing Executive application",
        "Hi there,\n\nI applied for the Content Marketing Executive role two weeks ago and wanted to check on the status "
        "of my application. I'm still very keen!\n\nBest wishes,\nHolly Price",
        None,
        TALENT,
    ),
    (
        "Huel",
        "reply",
        "2025-01-21",
        TALENT,
        "RE: Content Marketing Executive application",
        "Hi Holly,\n\nThanks for getting in touch, and apologies for the delay - we're still reviewing applications and "
        "hope to update you next week.\n\nHuel Talent",
        5,
    ),
    (
        "Boots",
        "onsite",
        "2025-01-22",
        AMY,
        "RE: CRM Executive - Nottingham",
        "Hi Holly,\n\nThey loved you! Boots would like to see you for the final stage, in person at their Nottingham HQ "
        "next Wednesday - a short presentation and a chat with the Head of CRM.\n\nAmy",
        3,
    ),
    (
        "Boots",
        "offer",
        "2025-01-31",
        AMY,
        "RE: CRM Executive - Nottingham",
        "Hi Holly,\n\nAMAZING news - they want to offer you the job at £34k plus bonus! Give me a call when you can.\n\n"
        "Amy",
        7,
    ),
    (
        "Boots",
        "accepted",
        "2025-01-31",
        ME,
        "RE: CRM Executive - Nottingham",
        "Hi Amy,\n\nYes! I'd love to accept - thank you so much for all your help!\n\nHolly",
        8,
        AMY,
    ),
    (
        "Huel",
        "rejected",
        "2025-02-04",
        TALENT,
        "RE: Content Marketing Executive application",
        "Hi Holly,\n\nThanks for your patience. We've now reviewed all applications and have decided to progress with "
        "other applicants whose experience is a closer match.\n\nHuel Talent",
        6,
    ),
]

_NEGATIVES = [
    (
        "Reed.co.uk <jobs@reed.example>",
        "New jobs matching 'Marketing Executive'",
        "alert",
        "Marketing Executive - Birmingham. CRM Executive - Solihull. View jobs.",
    ),
    (
        "Totaljobs <alerts@totaljobs.example>",
        "Your daily job alert",
        "alert",
        "Digital Marketing Executive - Birmingham. View all.",
    ),
    (
        "Marketing Week <newsletter@marketingweek.example>",
        "Marketing Week: the week's top stories",
        "newsletter",
        "This week in marketing. Unsubscribe.",
    ),
    (
        "Dan Hughes <dan.hughes@searchconsultancy.example>",
        "Marketing Manager - 40k - Solihull",
        "outreach",
        "Hi Holly, I've got a Marketing Manager role in Solihull up to 40k. Worth a chat?",
    ),
    (
        "Boots Advantage Card <advantage@boots.example>",
        "You've got points to spend",
        "shop",
        "You have 1,240 points. Unsubscribe.",
    ),
    (
        "Megan Ward <megan.ward@hotmail.example>",
        "drinks",
        "personal",
        "Drinks Friday after work?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=HOLLY,
        offset=lambda d: "+0000",
        clock="12:05:00",
        neg_start="2025-01-05",
        neg_step=5,
        neg_clock="19:40:00",
        tag="fivehundredsixty",
        host="yahoo.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
