"""A two-hundred-and-eighty-seventh mailbox, written as a held-out check after the two-hundred-and-eighty-sixth
(issue #24).

Gareth, a contract data engineer in Manchester, saves his Outlook mail as .eml files (no thread headers).  Contract
work through agencies: one recruiter sends his CV to two end clients in a week (one named at once, one named at the
interview), another agency's "right to represent" for a named client, "client feedback", "they'd like a second stage
with the hiring manager", an offer of a six-month contract "at £550/day outside IR35", his own "happy to accept" to
the agency, and his withdrawal from the other.  Negatives: a job board's contract alerts, an umbrella company's
pitch, an agency's cold "hot contract roles" mail, HMRC, a rail ticket, a friend.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GARETH = "gareth.lloyd.data@outlook.com"
ME = f"Gareth Lloyd <{GARETH}>"

ZARA = "Zara Khan <zara.khan@northpointtech.example>"
OWEN = "Owen Price <owen.price@castlerecruit.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Irwell Energy",
        "applied",
        "2025-05-06",
        ZARA,
        "CV submitted - Data Engineer contract",
        "Hi Gareth,\n\nThanks for the chat. As agreed, I've submitted your CV to Irwell Energy for the 6-month Data "
        "Engineer contract (Azure, Databricks), £525-575/day outside IR35. I'll chase for feedback on Thursday.\n\n"
        "Zara Khan\nSenior Consultant | Northpoint Tech Recruitment",
        None,
    ),
    (
        "Pennine Retail Group",
        "applied",
        "2025-05-07",
        ZARA,
        "Another one - Lead Data Engineer",
        "Hi Gareth,\n\nAs discussed this morning, I've sent your CV over to my other client, a large retailer based in "
        "Salford, for the Lead Data Engineer contract. Can't name them just yet, but they move fast.\n\nZara",
        None,
    ),
    (
        "Mersey Health Analytics",
        "applied",
        "2025-05-08",
        OWEN,
        "Right to represent - Mersey Health Analytics",
        "Hi Gareth,\n\nPlease reply to confirm you give Castle Recruitment the right to represent you for the Senior "
        "Data Engineer contract at Mersey Health Analytics (3 months, £500/day inside IR35).\n\nThanks,\nOwen Price\n"
        "Castle Recruitment",
        None,
    ),
    (
        "Mersey Health Analytics",
        "applied",
        "2025-05-08",
        ME,
        "RE: Right to represent - Mersey Health Analytics",
        "Hi Owen,\n\nI confirm that I give Castle Recruitment the right to represent me for the Senior Data Engineer "
        "contract at Mersey Health Analytics.\n\nGareth",
        OWEN,
    ),
    (
        "Irwell Energy",
        "interview",
        "2025-05-09",
        ZARA,
        "Irwell Energy - client feedback",
        "Hi Gareth,\n\nGreat news - Irwell Energy's client feedback is really positive and they'd like a 45-minute "
        "technical interview on Tuesday at 10am over Teams.\n\nZara",
        None,
    ),
    (
        "Pennine Retail Group",
        "interview",
        "2025-05-12",
        ZARA,
        "Lead Data Engineer - interview",
        "Hi Gareth,\n\nI can now tell you the client is Pennine Retail Group, and they'd like to interview you on "
        "Wednesday at 2pm at their Salford Quays office.\n\nZara",
        None,
    ),
    (
        "Irwell Energy",
        "onsite",
        "2025-05-14",
        ZARA,
        "Irwell - second stage",
        "Hi Gareth,\n\nIrwell loved the technical interview. They'd like a second stage with the hiring manager and "
        "head of data on Friday - it's the final stage.\n\nZara",
        None,
    ),
    (
        "Mersey Health Analytics",
        "rejected",
        "2025-05-15",
        OWEN,
        "Mersey Health Analytics update",
        "Hi Gareth,\n\nJust heard back from Mersey Health Analytics - they've decided to go with a candidate with more "
        "NHS data experience. Sorry mate, I'll keep you posted on anything else.\n\nOwen",
        None,
    ),
    (
        "Irwell Energy",
        "offer",
        "2025-05-19",
        ZARA,
        "OFFER - Irwell Energy",
        "Gareth!\n\nIrwell Energy would like to offer you the 6-month Data Engineer contract at £550/day outside IR35, "
        "starting 2 June. Let me know and I'll get the contract over.\n\nZara",
        None,
    ),
    (
        "Irwell Energy",
        "accepted",
        "2025-05-19",
        ME,
        "RE: OFFER - Irwell Energy",
        "Hi Zara,\n\nBrilliant news - happy to accept. Send the contract over and I'll sign it today.\n\nCheers,\nGareth",
        ZARA,
    ),
    (
        "Pennine Retail Group",
        "withdrew",
        "2025-05-19",
        ME,
        "RE: Lead Data Engineer - interview",
        "Hi Zara,\n\nThanks for setting up the Pennine interview. As I've accepted Irwell, please withdraw me from the "
        "Pennine process.\n\nCheers,\nGareth",
        ZARA,
    ),
]

_NEGATIVES = [
    (
        "CWJobs <alerts@cwjobs.example>",
        "New contract jobs: Data Engineer, Manchester",
        "alert",
        "Data Engineer - Manchester - £500/day. Azure Data Engineer - Remote - £550/day. Lead Data Engineer.",
    ),
    (
        "Paystream Umbrella <hello@umbrellapay.example>",
        "Maximise your take-home pay",
        "newsletter",
        "Contracting inside IR35? Our umbrella service keeps more in your pocket. Get a free illustration.",
    ),
    (
        "Dan Ellis <dan.ellis@redlinecontracts.example>",
        "Hot contract roles this week",
        "outreach",
        "Hi Gareth, I have 5 hot contract roles for data engineers across the North West this week. Are you available "
        "from June? Send me an updated CV.",
    ),
    (
        "HMRC <noreply@hmrc.example>",
        "Your Self Assessment tax return",
        "other",
        "Your Self Assessment tax return is due by 31 January. Sign in to your account.",
    ),
    (
        "Northern <noreply@northernrailway.example>",
        "Your e-ticket to Leeds",
        "other",
        "Your e-ticket for 28 May is attached.",
    ),
    (
        "Rhys Evans <rhys.evans@gmail.example>",
        "5 a side",
        "personal",
        "5 a side tuesday? we're a man short",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="11:10:00",
        neg_start="2025-05-05",
        neg_step=3,
        neg_clock="19:30:00",
        tag="twohundredeightyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), GARETH)
