"""A six-hundred-and-twelfth mailbox, written as a held-out check after the six-hundred-and-eleventh (issue #24).

Rahul Verma, a data engineer in Hartford, exports his Gmail with Takeout. Two third-party tech recruiters and two
employers' own systems write in American recruiter English: a TEKsystems recruiter's "I'm excited to share that I've
submitted you for the Senior Data Engineer role with our client, a Fortune 500 insurer here in Hartford (Travelers)",
Cigna's Workday "Thank you for applying", an Insight Global recruiter's "Your resume is in front of the hiring manager
at Hartford HealthCare as of this morning", Cigna's "Schedule your HireVue interview", the first recruiter's "The client
wants to move you to the next round - a technical panel with two engineers", Hartford HealthCare's "has decided to
move forward with other candidates" relayed as "HHC passed on this one", Cigna's "we've decided to pursue other
applicants", the first recruiter's "Travelers has extended an offer: $78/hr on a 12-month contract-to-hire", his "Let's
do it - please accept on my behalf", and his thanks to the recruiter after the panel. Negatives: Dice's alert, a data
newsletter, a third recruiter's cold mail, Travelers' own insurance renewal (a company he applied to), Eversource and
his wife. Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RAHUL = "rahul.verma.de@gmail.com"
ME = f"Rahul Verma <{RAHUL}>"
TEK = "Brian Walsh <bwalsh@teksystems.example>"
CIGNA = "Cigna Careers <cigna@myworkday.example>"
IG = "Kayla Simmons <kayla.simmons@insightglobal.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Travelers",
        "applied",
        "2025-09-08",
        TEK,
        "Submitted - Senior Data Engineer",
        "Hi Rahul,\n\nI'm excited to share that I've submitted you for the Senior Data Engineer role with our client, "
        "a Fortune 500 insurer here in Hartford (Travelers). I'll let you know as soon as I hear back.\n\nBrian Walsh\n"
        "TEKsystems",
        "t-trv",
    ),
    (
        "Cigna",
        "applied",
        "2025-09-09",
        CIGNA,
        "Thank you for applying",
        "Hi Rahul,\n\nThank you for applying to the Data Engineering Advisor position at Cigna. We'll review your "
        "application.\n\nCigna Talent Acquisition",
        "t-cigna",
    ),
    (
        "Hartford HealthCare",
        "applied",
        "2025-09-10",
        IG,
        "Data Engineer - HHC",
        "Hi Rahul,\n\nQuick update: your resume is in front of the hiring manager at Hartford HealthCare as of this "
        "morning. Fingers crossed!\n\nKayla Simmons\nInsight Global",
        "t-hhc",
    ),
    (
        "Cigna",
        "interview",
        "2025-09-15",
        CIGNA,
        "Schedule your HireVue interview",
        "Hi Rahul,\n\nThe next step for the Data Engineering Advisor position is a HireVue video interview. Please "
        "complete it within 3 days.\n\nCigna Talent Acquisition",
        "t-cigna",
    ),
    (
        "Travelers",
        "interview",
        "2025-09-16",
        TEK,
        "RE: Submitted - Senior Data Engineer",
        "Hi Rahul,\n\nGreat news - the client wants to move you to the next round: a technical panel with two "
        "engineers on Friday at 1pm (Teams).\n\nBrian",
        "t-trv",
    ),
    (
        "Hartford HealthCare",
        "rejected",
        "2025-09-17",
        IG,
        "RE: Data Engineer - HHC",
        "Hi Rahul,\n\nHHC passed on this one - they want someone with more Epic Clarity experience. I'll keep an eye "
        "out for you.\n\nKayla",
        "t-hhc",
    ),
    (
        "Travelers",
        "thank_you",
        "2025-09-19",
        ME,
        "RE: Submitted - Senior Data Engineer",
        "Hi Brian,\n\nThanks for setting up the panel today - it went well, the engineers were great.\n\nRahul",
        "t-trv",
    ),
    (
        "Cigna",
        "rejected",
        "2025-09-22",
        CIGNA,
        "Your application with Cigna",
        "Hi Rahul,\n\nThank you for your interest in Cigna. We've decided to pursue other applicants for this "
        "position.\n\nCigna Talent Acquisition",
        "t-cigna",
    ),
    (
        "Travelers",
        "offer",
        "2025-09-24",
        TEK,
        "RE: Submitted - Senior Data Engineer",
        "Hi Rahul,\n\nTravelers has extended an offer: $78/hr on a 12-month contract-to-hire, start date October 13. "
        "Let me know!\n\nBrian",
        "t-trv",
    ),
    (
        "Travelers",
        "accepted",
        "2025-09-24",
        ME,
        "RE: Submitted - Senior Data Engineer",
        "Brian - let's do it! Please accept on my behalf.\n\nRahul",
        "t-trv",
    ),
]

_NEGATIVES = [
    (
        "Dice <alerts@dice.example>",
        "New Data Engineer jobs",
        "alert",
        "Data Engineer - Hartford, CT. Senior Data Engineer - Remote. View jobs.",
    ),
    (
        "Data Engineering Weekly <newsletter@dataengweekly.example>",
        "Issue 212",
        "newsletter",
        "This week in data engineering. Unsubscribe.",
    ),
    (
        "Vikram Rao <vikram@apexsystems.example>",
        "Spark Engineer - contract",
        "outreach",
        "Hi Rahul, I have a Spark engineer contract in Stamford. Are you available for a quick call?",
    ),
    (
        "Travelers <service@travelers.example>",
        "Your auto policy renewal",
        "other",
        "Your policy renews on October 1.",
    ),
    (
        "Eversource <noreply@eversource.example>",
        "Your bill is ready",
        "other",
        "Your Eversource bill is ready.",
    ),
    (
        "Neha <neha.verma@gmail.example>",
        "groceries",
        "personal",
        "Can you pick up milk on the way home?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RAHUL,
        own_to={"Travelers": TEK},
        offset="-0400",
        clock="11:30:00",
        neg_start="2025-09-07",
        neg_step=4,
        neg_clock="20:25:00",
        tag="sixhundredtwelve",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
