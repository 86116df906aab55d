"""A four-hundred-and-ninety-second mailbox, written as a held-out check after the four-hundred-and-ninety-first
(issue #24).

Hannah Brooks, a new graduate from Ohio, looks for an English-teaching job in Korea through a recruiter and keeps her
mail in Gmail, exported with Takeout.  ESL recruiting: "I've sent your profile to Chungdahm Learning for the Gangnam
branch position", "The school would like to do a Zoom interview with you on Tuesday at 8pm EST", "Good news - they've
offered you the position! Salary 2.4 million won plus housing", "Please start your E-2 visa documents" (no step), her
"Yes! I'd love to accept", a public program's own "Thank you for applying to EPIK" and its "We regret to inform you
that you were not selected", and a second school's "the position has already been filled".  Negatives: Dave's ESL
Cafe alert, a TEFL course offer, a recruiter's mass "Positions in Busan!", an apostille service, a bank alert and her
mom.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.brooks.esl@gmail.com"
ME = f"Hannah Brooks <{HANNAH}>"
KEVIN = "Kevin Cho <kevin@seoulesl-recruit.example>"
EPIK = "EPIK <epik@epik.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "EPIK",
        "applied",
        "2025-04-01",
        EPIK,
        "Thank you for applying to EPIK",
        "Dear Hannah Brooks,\n\nThank you for applying to the English Program in Korea (EPIK) for the Fall 2025 intake. "
        "Your application has been received.\n\nEPIK Office",
        "t-epik",
    ),
    (
        "Chungdahm Learning",
        "applied",
        "2025-04-03",
        KEVIN,
        "Chungdahm - Gangnam",
        "Hi Hannah,\n\nI've sent your profile to Chungdahm Learning for the Gangnam branch position (start in August). "
        "I'll let you know when they reply.\n\nKevin Cho\nSeoul ESL Recruiting",
        "t-cd",
    ),
    (
        "Wonderland Academy",
        "applied",
        "2025-04-04",
        KEVIN,
        "Wonderland Academy - Bundang",
        "Hi Hannah,\n\nI've also sent your profile to Wonderland Academy in Bundang for their kindergarten position.\n\n"
        "Kevin",
        "t-wa",
    ),
    (
        "Chungdahm Learning",
        "interview",
        "2025-04-08",
        KEVIN,
        "RE: Chungdahm - Gangnam",
        "Hi Hannah,\n\nThe school would like to do a Zoom interview with you on Tuesday at 8pm EST with the head "
        "teacher.\n\nKevin",
        "t-cd",
    ),
    (
        "Wonderland Academy",
        "rejected",
        "2025-04-10",
        KEVIN,
        "RE: Wonderland Academy - Bundang",
        "Hi Hannah,\n\nUnfortunately the position has already been filled. I'll keep looking for you!\n\nKevin",
        "t-wa",
    ),
    (
        "Chungdahm Learning",
        "offer",
        "2025-04-15",
        KEVIN,
        "RE: Chungdahm - Gangnam",
        "Hi Hannah,\n\nGood news - they've offered you the position! Salary 2.4 million won plus housing and airfare. "
        "Let me know!\n\nKevin",
        "t-cd",
    ),
    (
        "Chungdahm Learning",
        "accepted",
        "2025-04-15",
        ME,
        "RE: Chungdahm - Gangnam",
        "Hi Kevin,\n\nYes! I'd love to accept. Thank you so much!!\n\nHannah",
        "t-cd",
    ),
    (
        "EPIK",
        "rejected",
        "2025-05-02",
        EPIK,
        "EPIK application result",
        "Dear Hannah Brooks,\n\nWe regret to inform you that you were not selected for the Fall 2025 intake.\n\nEPIK "
        "Office",
        "t-epik",
    ),
]

_NEGATIVES = [
    (
        "Dave's ESL Cafe <jobs@eslcafe.example>",
        "New jobs in Korea",
        "alert",
        "Seoul - Kindergarten - 2.5M. Busan - Elementary - 2.3M. View jobs.",
    ),
    (
        "TEFL Online <offers@tefl.example>",
        "Get TEFL certified - 60% off",
        "shop",
        "Limited offer. Unsubscribe.",
    ),
    (
        "Korea Jobs Now <jobs@koreajobsnow.example>",
        "Positions in Busan!",
        "newsletter",
        "We have 30 positions in Busan starting in August. Send your resume! Unsubscribe.",
    ),
    (
        "Apostille Express <orders@apostille.example>",
        "Your order has shipped",
        "other",
        "Your apostilled documents have shipped.",
    ),
    (
        "Kevin Cho <kevin@seoulesl-recruit.example>",
        "E-2 visa documents",
        "other",
        "Hi Hannah,\n\nPlease start your E-2 visa documents: FBI check, apostilled diploma and sealed transcripts.\n\n"
        "Kevin",
    ),
    (
        "Mom <karen.brooks@gmail.example>",
        "call",
        "personal",
        "Call me tonight sweetie!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HANNAH,
        own_to={"Chungdahm Learning": KEVIN},
        offset="-0400",
        clock="18:30:00",
        neg_start="2025-03-31",
        neg_step=4,
        neg_clock="22:00:00",
        tag="fourhundredninetytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
