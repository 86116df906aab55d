"""A two-hundred-and-ninety-third mailbox, written as a held-out check after the two-hundred-and-ninety-second
(issue #24).

Siobhán, a social care worker in Cork, saves her Outlook mail as .eml files.  Irish hiring: publicjobs.ie's
"Thank you for your application" for a health service campaign, a charity's Rezoomo receipt, a county council's
"shortlisting has taken place", a "competency-based interview", "Stage 2: a panel interview", "we regret to inform you
that you were not successful on this occasion", an offer "subject to Garda vetting and references", an agency's
locum shift offer (no application of her own), and her own acceptance.  Negatives: IrishJobs.ie's alerts, the
Revenue's notice, a GAA club's lotto, a Bus Éireann ticket, a CPD webinar, a friend.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SIOBHAN = "siobhan.murphy.care@outlook.ie"
ME = f"Siobhán Murphy <{SIOBHAN}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Health Service Executive",
        "applied",
        "2025-02-03",
        "publicjobs.ie <noreply@publicjobs.ie>",
        "Thank you for your application",
        "Dear Siobhán,\n\nThank you for your application for the campaign Social Care Worker, Disability Services, "
        "HSE South West (Campaign Reference SW25-0142) with the Health Service Executive. Please keep this email for "
        "your records.\n\npublicjobs.ie",
        None,
    ),
    (
        "Lee Valley Care",
        "applied",
        "2025-02-04",
        "Lee Valley Care <noreply@rezoomo.com>",
        "Application received - Social Care Worker",
        "Hi Siobhán,\n\nThank you for applying for the Social Care Worker position with Lee Valley Care. Our HR team "
        "will be in touch.\n\nLee Valley Care",
        None,
    ),
    (
        "Cork County Council",
        "applied",
        "2025-02-05",
        "Cork County Council HR <recruitment@corkcoco.example>",
        "Application acknowledgement - Community Worker",
        "Dear Ms Murphy,\n\nWe acknowledge receipt of your application for the position of Community Worker (Ref "
        "CW/25/03). Shortlisting may take place on the basis of the information supplied.\n\nHuman Resources "
        "Department\nCork County Council",
        None,
    ),
    (
        "Lee Valley Care",
        "interview",
        "2025-02-12",
        "Aoife Walsh <aoife.walsh@leevalleycare.example>",
        "Interview - Social Care Worker",
        "Hi Siobhán,\n\nFurther to your application, we would like to invite you to a competency-based interview on "
        "Wednesday 19 February at 2pm at our Ballincollig office.\n\nKind regards,\nAoife Walsh\nHR Manager, Lee Valley "
        "Care",
        None,
    ),
    (
        "Cork County Council",
        "rejected",
        "2025-02-20",
        "Cork County Council HR <recruitment@corkcoco.example>",
        "Community Worker - outcome of shortlisting",
        "Dear Ms Murphy,\n\nShortlisting has now taken place for the position of Community Worker. We regret to inform "
        "you that you were not successful on this occasion. Thank you for your interest in Cork County Council.\n\n"
        "Human Resources Department",
        None,
    ),
    (
        "Health Service Executive",
        "interview",
        "2025-02-24",
        "publicjobs.ie <noreply@publicjobs.ie>",
        "Invitation to interview - SW25-0142",
        "Dear Siobhán,\n\nYou have been shortlisted for interview for the campaign Social Care Worker, Disability "
        "Services (SW25-0142). Please log in to your publicjobs.ie account to book an interview slot.\n\npublicjobs.ie",
        None,
    ),
    (
        "Lee Valley Care",
        "onsite",
        "2025-02-25",
        "Aoife Walsh <aoife.walsh@leevalleycare.example>",
        "Stage 2 - Social Care Worker",
        "Hi Siobhán,\n\nThank you for attending last week. We are delighted to invite you to Stage 2: a panel "
        "interview with our Director of Services and a service manager on Tuesday 4 March at 11am.\n\nKind regards,"
        "\nAoife",
        None,
    ),
    (
        "Lee Valley Care",
        "offer",
        "2025-03-07",
        "Aoife Walsh <aoife.walsh@leevalleycare.example>",
        "Offer of employment - Social Care Worker",
        "Hi Siobhán,\n\nFollowing your interview, I am delighted to offer you the position of Social Care Worker, "
        "subject to Garda vetting and satisfactory references. Please find your contract attached.\n\nKind regards,"
        "\nAoife",
        None,
    ),
    (
        "Lee Valley Care",
        "accepted",
        "2025-03-08",
        ME,
        "RE: Offer of employment - Social Care Worker",
        "Hi Aoife,\n\nThank you so much - I'm delighted to accept the position. I've completed the Garda vetting form "
        "and attached the signed contract.\n\nKind regards,\nSiobhán",
        "Aoife Walsh <aoife.walsh@leevalleycare.example>",
    ),
]

_NEGATIVES = [
    (
        "IrishJobs.ie <alerts@irishjobs.example>",
        "New Social Care jobs in Cork",
        "alert",
        "Social Care Worker - Cork. Social Care Leader - Mallow. Residential Care Worker - Cobh.",
    ),
    (
        "Locum Care Staffing <shifts@locumcare.example>",
        "Shifts available this weekend",
        "outreach",
        "Hi all, we have social care shifts available this weekend in Cork city. Reply with your availability.",
    ),
    (
        "Revenue <noreply@revenue.example>",
        "Your Preliminary End of Year Statement",
        "other",
        "Your Preliminary End of Year Statement for 2024 is available in myAccount.",
    ),
    (
        "Nemo Rangers GAA <lotto@nemorangers.example>",
        "Club lotto results",
        "newsletter",
        "No jackpot winner this week. Next week's jackpot is €8,400.",
    ),
    (
        "Bus Éireann <noreply@buseireann.example>",
        "Your ticket: Cork to Dublin",
        "other",
        "Your ticket for 14 March is attached.",
    ),
    (
        "Niamh O'Sullivan <niamh.osullivan@gmail.example>",
        "coffee",
        "personal",
        "coffee in the english market sat?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0000",
        clock="10:15:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="20:30:00",
        tag="twohundredninetythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), SIOBHAN)
