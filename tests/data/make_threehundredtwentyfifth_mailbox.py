"""A three-hundred-and-twenty-fifth mailbox, written as a held-out check after the three-hundred-and-twenty-fourth
(issue #24).

Ciara, a quality engineer in Cork, saves her Outlook mail as .eml files.  Irish hiring as it writes: a pharma
company's Workday receipt, an agency consultant's "I've sent your CV in to Lee Valley Biologics this morning" and
"they'd love to meet you for a first interview Thursday week", a medical devices firm's SmartRecruiters receipt, "a
competency-based interview with the panel" (the final round, on site in Ringaskiddy), "Unfortunately you've been
unsuccessful on this occasion", "Delighted to let you know they want to offer you the role", her own "Delighted to
accept", and the agency's "your contract will be issued directly by Lee Valley" (after the acceptance: no step).
Negatives: IrishJobs' alert, the agency's newsletter, an Electric Ireland bill, a Leap card top-up, a Dunnes promotion,
her brother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CIARA = "ciara.omahony.qe@outlook.ie"
ME = f"Ciara O'Mahony <{CIARA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Ballincollig Pharma",
        "applied",
        "2025-06-09",
        "Ballincollig Pharma <ballincolligpharma@myworkday.com>",
        "Thank you for applying - Quality Engineer II",
        "Dear Ciara,\n\nThank you for applying for the Quality Engineer II role at Ballincollig Pharma. We will review "
        "your application and be in touch.\n\nTalent Acquisition",
        None,
    ),
    (
        "Lee Valley Biologics",
        "applied",
        "2025-06-10",
        "Siobhan Walsh <siobhan.walsh@corkscience-recruit.example>",
        "Quality Engineer - Lee Valley",
        "Hi Ciara,\n\nGreat chatting yesterday. I've sent your CV in to Lee Valley Biologics this morning for the "
        "Quality Engineer role - I'll let you know as soon as I hear anything.\n\nSiobhan Walsh\nSenior Consultant | "
        "Cork Science Recruitment",
        None,
    ),
    (
        "Atlantic Devices",
        "applied",
        "2025-06-11",
        "Atlantic Devices <noreply@smartrecruiters.com>",
        "Thank you for your application to Atlantic Devices",
        "Dear Ciara,\n\nThank you for your application for Senior Quality Engineer at Atlantic Devices (Galway). We "
        "are reviewing applications and will be in touch.\n\nAtlantic Devices Talent Team",
        None,
    ),
    (
        "Lee Valley Biologics",
        "interview",
        "2025-06-16",
        "Siobhan Walsh <siobhan.walsh@corkscience-recruit.example>",
        "RE: Quality Engineer - Lee Valley",
        "Hi Ciara,\n\nGood news - they'd love to meet you for a first interview on Thursday week (26th) at 11am on "
        "Teams with the QA Manager. Can you confirm?\n\nSiobhan",
        None,
    ),
    (
        "Atlantic Devices",
        "rejected",
        "2025-06-18",
        "Atlantic Devices <noreply@smartrecruiters.com>",
        "Your application to Atlantic Devices",
        "Dear Ciara,\n\nThank you for your interest in Atlantic Devices. Unfortunately you've been unsuccessful on this "
        "occasion. We wish you the very best.\n\nAtlantic Devices Talent Team",
        None,
    ),
    (
        "Lee Valley Biologics",
        "onsite",
        "2025-06-30",
        "Siobhan Walsh <siobhan.walsh@corkscience-recruit.example>",
        "Lee Valley - second interview",
        "Hi Ciara,\n\nThey were really impressed. The final stage is a competency-based interview with the panel on "
        "site in Ringaskiddy next Wednesday at 2pm, with a short presentation on a CAPA you've led.\n\nSiobhan",
        None,
    ),
    (
        "Ballincollig Pharma",
        "rejected",
        "2025-07-03",
        "Ballincollig Pharma <ballincolligpharma@myworkday.com>",
        "Your application - Quality Engineer II",
        "Dear Ciara,\n\nThank you for your interest in Ballincollig Pharma. After careful review, we have decided not to "
        "progress your application further.\n\nTalent Acquisition",
        None,
    ),
    (
        "Lee Valley Biologics",
        "offer",
        "2025-07-10",
        "Siobhan Walsh <siobhan.walsh@corkscience-recruit.example>",
        "Great news!",
        "Hi Ciara,\n\nDelighted to let you know Lee Valley want to offer you the role! €62,000 base, 10% bonus and "
        "pension. Give me a ring when you can.\n\nSiobhan",
        None,
    ),
    (
        "Lee Valley Biologics",
        "accepted",
        "2025-07-10",
        ME,
        "RE: Great news!",
        "Hi Siobhan,\n\nDelighted to accept - thanks a million for all your help!\n\nCiara",
        "Siobhan Walsh <siobhan.walsh@corkscience-recruit.example>",
    ),
    (
        "Lee Valley Biologics",
        "skip",
        "2025-07-11",
        "Siobhan Walsh <siobhan.walsh@corkscience-recruit.example>",
        "RE: Great news!",
        "Hi Ciara,\n\nBrilliant! Your contract will be issued directly by Lee Valley's HR this week.\n\nSiobhan",
        None,
    ),
]

_NEGATIVES = [
    (
        "IrishJobs.ie <alerts@irishjobs.example>",
        "New Quality Engineer jobs in Cork",
        "alert",
        "Quality Engineer - Little Island. Validation Engineer - Carrigtwohill. Apply now.",
    ),
    (
        "Cork Science Recruitment <news@corkscience-recruit.example>",
        "Life Sciences Salary Survey 2025",
        "newsletter",
        "Download our 2025 life sciences salary survey.",
    ),
    (
        "Electric Ireland <billing@electricireland.example>",
        "Your bill is ready",
        "other",
        "Your electricity bill of €142.31 is ready.",
    ),
    (
        "Leap Card <noreply@leapcard.example>",
        "Top-up successful",
        "other",
        "Your Leap Card top-up of €20.00 was successful.",
    ),
    (
        "Dunnes Stores <offers@dunnes.example>",
        "This week's offers",
        "shop",
        "Spend €50, get €10 off your next shop.",
    ),
    (
        "Padraig O'Mahony <padraig.omahony@eircom.example>",
        "match sunday",
        "personal",
        "Are you coming to Páirc Uí Chaoimh Sunday? I have a spare ticket.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (the contract's note is no step)."""
    from mail_score import no_step, outlook_corpus

    out = outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="12:05:00",
        neg_start="2025-06-08",
        neg_step=5,
        neg_clock="20:50:00",
        tag="threehundredtwentyfive",
    )
    return no_step(out, "onboarding")


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), CIARA)
