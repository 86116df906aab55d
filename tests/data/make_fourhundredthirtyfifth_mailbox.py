"""A four-hundred-and-thirty-fifth mailbox, written as a held-out check after the four-hundred-and-thirty-fourth
(issue #24).

Aroha, a business analyst in Auckland, keeps her search in Gmail and exports it with Takeout.  New Zealand's
recruiters in their own English: "I've put you up for the BA role at Harbourline", "They'd love to catch up for a
coffee interview on Tuesday at their Britomart office", "Unfortunately they've gone with someone internal", "I've
flicked your CV to Kauri Health", "Kauri Health want to progress you to a second interview with the GM", "Offer's come
through - $115k plus KiwiSaver", her "Chur, that's awesome - yes please!"; a council's own receipt and an employer's
"you have not been successful on this occasion".  Negatives: Seek's alert, a recruiter's "Hot jobs", a cold approach,
an Air NZ receipt, Countdown and her cousin.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AROHA = "aroha.ngata.ba@gmail.com"
ME = f"Aroha Ngata <{AROHA}>"
BEX = "Bex Thompson <bex@tuirecruitment.example>"
LIAM = "Liam O'Connor <liam.oconnor@pohutukawapeople.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Harbourline",
        "applied",
        "2025-08-04",
        BEX,
        "BA role - Harbourline",
        "Kia ora Aroha,\n\nGreat to chat this morning. I've put you up for the BA role at Harbourline - should hear back "
        "later this week.\n\nBex Thompson\nTui Recruitment",
        "t-hl",
    ),
    (
        "Kauri Health",
        "applied",
        "2025-08-05",
        LIAM,
        "Kauri Health - Senior BA",
        "Hi Aroha,\n\nAs discussed, I've flicked your CV to Kauri Health for the Senior BA contract. Will keep you "
        "posted.\n\nLiam O'Connor\nPohutukawa People",
        "t-kh",
    ),
    (
        "Waitematā City Council",
        "applied",
        "2025-08-06",
        "Waitematā City Council <careers@waitematacouncil.example>",
        "Thank you for your application - Business Analyst (Ref 4521)",
        "Kia ora Aroha,\n\nThank you for applying for the Business Analyst role (Ref 4521) with Waitematā City Council. "
        "We'll be in touch after the closing date.\n\nNgā mihi,\nPeople & Capability",
        "t-wcc",
    ),
    (
        "Harbourline",
        "interview",
        "2025-08-07",
        BEX,
        "RE: BA role - Harbourline",
        "Hi Aroha,\n\nThey'd love to catch up for a coffee interview on Tuesday at 10 at their Britomart office with the "
        "delivery lead. Sound good?\n\nBex",
        "t-hl",
    ),
    (
        "Kauri Health",
        "interview",
        "2025-08-11",
        LIAM,
        "RE: Kauri Health - Senior BA",
        "Hi Aroha,\n\nGood news - Kauri Health would like a first interview on Thursday at 2pm over Teams with the "
        "programme manager.\n\nLiam",
        "t-kh",
    ),
    (
        "Harbourline",
        "rejected",
        "2025-08-14",
        BEX,
        "RE: BA role - Harbourline",
        "Hi Aroha,\n\nUnfortunately they've gone with someone internal - they were really impressed with you though. "
        "I'll keep you front of mind.\n\nBex",
        "t-hl",
    ),
    (
        "Waitematā City Council",
        "rejected",
        "2025-08-19",
        "Waitematā City Council <careers@waitematacouncil.example>",
        "Business Analyst (Ref 4521)",
        "Kia ora Aroha,\n\nThank you for your interest. Unfortunately you have not been successful on this occasion.\n\n"
        "Ngā mihi,\nPeople & Capability",
        "t-wcc2",
    ),
    (
        "Kauri Health",
        "interview",
        "2025-08-18",
        LIAM,
        "RE: Kauri Health - Senior BA",
        "Hi Aroha,\n\nKauri Health want to progress you to a second interview with the GM next Monday in Grafton.\n\n"
        "Liam",
        "t-kh",
    ),
    (
        "Kauri Health",
        "offer",
        "2025-08-26",
        LIAM,
        "Offer!",
        "Aroha - offer's come through from Kauri Health! $115k plus KiwiSaver, 12 months. Give me a bell.\n\nLiam",
        "t-kh-off",
    ),
    (
        "Kauri Health",
        "accepted",
        "2025-08-26",
        ME,
        "RE: Offer!",
        "Chur, that's awesome - yes please, I'll take it!\n\nAroha",
        "t-kh-off",
    ),
]

_NEGATIVES = [
    (
        "SEEK <noreply@seek.example>",
        "12 new Business Analyst jobs in Auckland",
        "alert",
        "Business Analyst - Fonterra. BA - ASB. View all.",
    ),
    (
        "Tui Recruitment <jobs@tuirecruitment.example>",
        "Hot jobs this week",
        "newsletter",
        "Project Manager - Wellington. BA - Auckland CBD.",
    ),
    (
        "Sam Lee <sam@kiwitalent.example>",
        "BA opportunity - Wellington",
        "outreach",
        "Hi Aroha, I'm working on a BA role with a government agency in Wellington. Keen for a chat?\n\nSam",
    ),
    (
        "Air New Zealand <noreply@airnz.example>",
        "Your booking confirmation",
        "other",
        "Auckland to Wellington, 22 August.",
    ),
    (
        "Countdown <orders@countdown.example>",
        "Your order is on its way",
        "shop",
        "Total $142.60.",
    ),
    (
        "Mere Ngata <mere.ngata@gmail.example>",
        "whānau dinner",
        "personal",
        "Dinner at Nan's on Sunday!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AROHA,
        own_to={"Kauri Health": LIAM},
        offset="+1200",
        clock="11:30:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="19:40:00",
        tag="fourhundredthirtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
