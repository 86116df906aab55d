"""A six-hundred-and-sixteenth mailbox, written as a held-out check after the six-hundred-and-fifteenth (issue #24).

Priya Shah, a buyer in Milton Keynes, exports her Gmail with Takeout. British retailers and a retail recruitment firm
write with the apostrophes and ampersands of their names: Sainsbury's SuccessFactors "Thanks for applying to
Sainsbury's", Marks & Spencer's Workday "We've received your application", a Retail Human Resources consultant's
"I've put you forward to my client, a leading retailer headquartered in Watford", then "I can now tell you it's
Dunelm - they'd like a first interview", Sainsbury's "We'd love to invite you to an assessment centre at our Holborn
Store Support Centre", M&S's "Unfortunately on this occasion we won't be taking your application further", the
consultant's "Dunelm have offered - £48k plus bonus and car allowance!", Sainsbury's "we've decided to offer the role
to another candidate", her "please let Dunelm know I'd be delighted to accept" and her thanks after the Dunelm
interview. Negatives: Retail Choice's alert, Retail Week's newsletter, a second recruiter's cold mail, Sainsbury's own
Nectar offers (a company she applied to), Avanti West Coast and her friend. Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.shah.buying@gmail.com"
ME = f"Priya Shah <{PRIYA}>"
SAINS = "Sainsbury's Careers <noreply@sainsburys.successfactors.example>"
MS = "Marks & Spencer <marksandspencer@myworkday.example>"
RHR = "Laura Bennett <laura@retailhumanresources.example>"
SCC = "Sainsbury's Talent <talent@sainsburys.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Sainsbury's",
        "applied",
        "2025-06-02",
        SAINS,
        "Thanks for applying to Sainsbury's",
        "Hi Priya,\n\nThanks for applying to Sainsbury's for the Buyer - Home role. We'll review your application and "
        "be in touch.\n\nSainsbury's Careers",
        "t-sains",
    ),
    (
        "Marks & Spencer",
        "applied",
        "2025-06-03",
        MS,
        "We've received your application",
        "Dear Priya,\n\nWe've received your application for Senior Buyer, Homeware at Marks & Spencer. Thank you for "
        "your interest.\n\nM&S Talent Team",
        "t-ms",
    ),
    (
        "Dunelm",
        "applied",
        "2025-06-04",
        RHR,
        "Buyer role - Watford",
        "Hi Priya,\n\nLovely to chat earlier. I've put you forward to my client, a leading retailer headquartered in "
        "Watford, for their Buyer - Textiles role. Will let you know as soon as I hear.\n\nLaura Bennett\nRetail "
        "Human Resources",
        "t-dun",
    ),
    (
        "Dunelm",
        "interview",
        "2025-06-09",
        RHR,
        "RE: Buyer role - Watford",
        "Hi Priya,\n\nGreat news - I can now tell you it's Dunelm, and they'd like a first interview with the Head of "
        "Buying on Thursday at 2pm.\n\nLaura",
        "t-dun",
    ),
    (
        "Sainsbury's",
        "onsite",
        "2025-06-10",
        SCC,
        "Assessment centre invitation",
        "Hi Priya,\n\nWe'd love to invite you to an assessment centre at our Holborn Store Support Centre on 18 June, "
        "the final stage of our process.\n\nSainsbury's Talent",
        "t-sains2",
    ),
    (
        "Marks & Spencer",
        "rejected",
        "2025-06-11",
        MS,
        "Your application with M&S",
        "Dear Priya,\n\nThank you for applying. Unfortunately on this occasion we won't be taking your application "
        "further.\n\nM&S Talent Team",
        "t-ms",
    ),
    (
        "Dunelm",
        "thank_you",
        "2025-06-12",
        ME,
        "RE: Buyer role - Watford",
        "Hi Laura,\n\nThanks for arranging today - I really enjoyed meeting the Head of Buying.\n\nPriya",
        "t-dun",
    ),
    (
        "Dunelm",
        "offer",
        "2025-06-19",
        RHR,
        "RE: Buyer role - Watford",
        "Hi Priya,\n\nDunelm have offered - £48k plus bonus and car allowance! Give me a call when you're free.\n\n"
        "Laura",
        "t-dun",
    ),
    (
        "Sainsbury's",
        "rejected",
        "2025-06-20",
        SCC,
        "Your application with Sainsbury's",
        "Hi Priya,\n\nThank you for attending the assessment centre. We've decided to offer the role to another "
        "candidate.\n\nSainsbury's Talent",
        "t-sains2",
    ),
    (
        "Dunelm",
        "accepted",
        "2025-06-20",
        ME,
        "RE: Buyer role - Watford",
        "Hi Laura,\n\nAmazing - please let Dunelm know I'd be delighted to accept!\n\nPriya",
        "t-dun",
    ),
]

_NEGATIVES = [
    (
        "Retail Choice <alerts@retailchoice.example>",
        "New buying jobs",
        "alert",
        "Buyer - Milton Keynes. Senior Buyer - Leicester. View jobs.",
    ),
    (
        "Retail Week <newsletter@retail-week.example>",
        "The morning briefing",
        "newsletter",
        "Today's retail news. Unsubscribe.",
    ),
    (
        "Tom Harris <tom@buyingrecruit.example>",
        "Senior Buyer - Northampton",
        "outreach",
        "Hi Priya, I'm recruiting a Senior Buyer for a fashion brand near Northampton. Open to a chat?",
    ),
    (
        "Sainsbury's <nectar@sainsburys.example>",
        "Your Nectar Prices this week",
        "newsletter",
        "Save with Nectar Prices. Unsubscribe.",
    ),
    (
        "Avanti West Coast <tickets@avantiwestcoast.example>",
        "Your e-ticket",
        "other",
        "Your ticket Milton Keynes - Euston.",
    ),
    (
        "Anjali <anjali.p@outlook.example>",
        "cinema",
        "personal",
        "Cinema on Friday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PRIYA,
        own_to={"Dunelm": RHR},
        offset="+0100",
        clock="10:50:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="21:25:00",
        tag="sixhundredsixteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
