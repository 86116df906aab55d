"""A three-hundred-and-eighty-fifth mailbox, written as a held-out check after the three-hundred-and-eighty-fourth
(issue #24).

Gareth, a contract data engineer in Leeds, keeps his search in Gmail and exports it with Takeout.  UK IT contracting
through agencies, as their consultants write it: "Thanks for the RTR - I've submitted you to the end client for the
Senior Data Engineer contract (£550/day, outside IR35, 6 months)" (the client unnamed), "The end client is Aire Valley
Building Society and they want a 45 min Teams call with the platform lead", "Aire Valley have come back - they'd like
to offer you the contract at £550/day", his "Happy to go ahead", a second agency's "Your CV is with the hiring manager
at Northern Rail Systems" and its "they've filled it internally", a third agency's submission he withdraws from ("please
withdraw me from the Kirkstall Digital role"); a direct application on a consultancy's Workable and its refusal.
Negatives: a Jobserve alert, an agency's "Are you available? Contract DE role in Manchester", an IR35 newsletter, an
umbrella company's payslip, HMRC, a mate.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GARETH = "gareth.evans.data@gmail.com"
ME = f"Gareth Evans <{GARETH}>"
AG1 = "Priya Kaur <priya.kaur@pennineitresourcing.co.uk>"
AG2 = "Tom Reid <tom.reid@whiterosetech.co.uk>"
AG3 = "Chloe Baxter <chloe@dalescontracts.co.uk>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Aire Valley Building Society",
        "applied",
        "2025-10-06",
        AG1,
        "Senior Data Engineer - contract - Leeds",
        "Hi Gareth,\n\nThanks for the RTR - I've submitted you to the end client for the Senior Data Engineer contract "
        "(£550/day, outside IR35, 6 months, 2 days a week in Leeds). Feedback usually comes within 48 hours.\n\nPriya "
        "Kaur\nPrincipal Consultant | Pennine IT Resourcing",
        "t-pennine",
    ),
    (
        "Northern Rail Systems",
        "applied",
        "2025-10-07",
        AG2,
        "Data Engineer - Northern Rail Systems",
        "Morning Gareth,\n\nYour CV is with the hiring manager at Northern Rail Systems as of this morning. They're "
        "moving quickly so keep your phone on.\n\nTom Reid\nWhite Rose Tech Recruitment",
        "t-whiterose",
    ),
    (
        "Kirkstall Digital",
        "applied",
        "2025-10-07",
        AG3,
        "Kirkstall Digital - Azure Data Engineer",
        "Hi Gareth,\n\nAs agreed on the phone I've now put you forward to Kirkstall Digital for the Azure Data Engineer "
        "contract at £500/day inside IR35.\n\nChloe Baxter\nDales Contracts",
        "t-dales",
    ),
    (
        "Ridgeline Analytics",
        "applied",
        "2025-10-08",
        "Ridgeline Analytics <noreply@workablemail.com>",
        "Thanks for applying to Ridgeline Analytics",
        "Hi Gareth,\n\nThanks for applying for the Lead Data Engineer position at Ridgeline Analytics. We'll review your "
        "application and get back to you soon.\n\nThe Ridgeline Analytics team",
        "t-ridge",
    ),
    (
        "Aire Valley Building Society",
        "interview",
        "2025-10-09",
        AG1,
        "RE: Senior Data Engineer - contract - Leeds",
        "Hi Gareth,\n\nThe end client is Aire Valley Building Society and they want a 45 min Teams call with the platform "
        "lead, Simon, on Monday at 2pm. Mostly Databricks and dbt. OK to confirm?\n\nPriya",
        "t-pennine",
    ),
    (
        "Kirkstall Digital",
        "withdrew",
        "2025-10-10",
        ME,
        "RE: Kirkstall Digital - Azure Data Engineer",
        "Hi Chloe,\n\nSorry to mess you about - please withdraw me from the Kirkstall Digital role, I'm close to agreeing "
        "another contract outside IR35.\n\nCheers,\nGareth",
        "t-dales",
    ),
    (
        "Northern Rail Systems",
        "rejected",
        "2025-10-13",
        AG2,
        "RE: Data Engineer - Northern Rail Systems",
        "Gareth,\n\nBad news I'm afraid, they've filled it internally. I'll keep you posted on anything similar.\n\nTom",
        "t-whiterose",
    ),
    (
        "Aire Valley Building Society",
        "offer",
        "2025-10-15",
        AG1,
        "RE: Senior Data Engineer - contract - Leeds",
        "Hi Gareth,\n\nAire Valley have come back - they'd like to offer you the contract at £550/day, starting 3rd "
        "November for 6 months. Shall I confirm?\n\nPriya",
        "t-pennine",
    ),
    (
        "Aire Valley Building Society",
        "accepted",
        "2025-10-15",
        ME,
        "RE: Senior Data Engineer - contract - Leeds",
        "Hi Priya,\n\nBrilliant, happy to go ahead - please confirm with them and send over the contract.\n\nGareth",
        "t-pennine",
    ),
    (
        "Ridgeline Analytics",
        "rejected",
        "2025-10-20",
        "Ridgeline Analytics <noreply@workablemail.com>",
        "Your application for Lead Data Engineer",
        "Hi Gareth,\n\nThank you for your interest in Ridgeline Analytics. Unfortunately, we will not be moving forward "
        "with your application at this time.\n\nBest regards,\nThe Ridgeline Analytics team",
        "t-ridge",
    ),
]

_NEGATIVES = [
    (
        "Jobserve <alerts@jobserve.example>",
        "Jobserve alert: 23 new contracts for 'data engineer'",
        "alert",
        "Data Engineer - Contract - Manchester - £600/day. Azure Data Engineer - Contract - Remote - £500/day.",
    ),
    (
        "Ryan Holt <ryan.holt@mancunianit.co.uk>",
        "Are you available? Contract DE role in Manchester",
        "outreach",
        "Hi Gareth, are you available for a 6 month Data Engineer contract in Manchester, £575/day outside? If so, "
        "send me an updated CV and I'll give you a call.",
    ),
    (
        "IR35 Shield <news@ir35shield.example>",
        "IR35 update for contractors",
        "newsletter",
        "What the latest HMRC guidance means for your contract reviews. Read more.",
    ),
    (
        "Parasol Umbrella <payslips@parasol.example>",
        "Your payslip is ready",
        "other",
        "Your payslip for the week ending 3 October is now available in your portal.",
    ),
    (
        "HMRC <noreply@hmrc.example>",
        "Your tax code has changed",
        "other",
        "Your tax code has changed. Sign in to your personal tax account to see why.",
    ),
    (
        "Dai Morgan <dai.morgan@gmail.example>",
        "5 a side",
        "personal",
        "5 a side Thursday 7pm, we're a man short.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=GARETH,
        own_to={"Aire Valley Building Society": AG1, "Kirkstall Digital": AG3},
        offset="+0100",
        clock="10:05:00",
        neg_start="2025-10-05",
        neg_step=3,
        neg_clock="20:40:00",
        tag="threehundredeightyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
