"""A three-hundred-and-sixty-first mailbox, written as a held-out check after the three-hundred-and-sixtieth (issue
#24).

Derrick, a veteran and logistics specialist in Norfolk, Virginia, reads his mail in Apple Mail and exports it as one
plain mbox.  Federal hiring as USAJOBS and agencies write it: "Your application for Logistics Management Specialist
... has been received" naming the agency, the status notices ("Reviewing applications", "Referred: Your application
has been referred to the hiring manager"), "Not Referred" for another announcement, an agency HR specialist's
"interview invitation" for a panel interview, "tentative job offer (TJO)" subject to a background investigation, his
acceptance, and a defense contractor's own Workday receipt and "no longer under consideration".  Negatives: USAJOBS'
saved search, a VA benefits notice, a Military.com newsletter, a Navy Federal statement, a Dominion Energy bill, his
brother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DERRICK = "derrick.james.logistics@icloud.com"
ME = f"Derrick James <{DERRICK}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Naval Supply Systems Command",
        "applied",
        "2025-05-05",
        "USAJOBS <noreply@usajobs.gov>",
        "Application Received - Logistics Management Specialist",
        "Dear Derrick James,\n\nYour application for Logistics Management Specialist, GS-0346-11, announcement "
        "NE25-112233, Naval Supply Systems Command, has been received. You can track the status of your application "
        "in your USAJOBS profile.\n\nUSAJOBS",
        None,
    ),
    (
        "Defense Logistics Agency",
        "applied",
        "2025-05-06",
        "USAJOBS <noreply@usajobs.gov>",
        "Application Received - Supply Chain Specialist",
        "Dear Derrick James,\n\nYour application for Supply Chain Specialist, GS-2003-11, announcement DLA-25-445566, "
        "Defense Logistics Agency, has been received.\n\nUSAJOBS",
        None,
    ),
    (
        "Tidewater Defense Systems",
        "applied",
        "2025-05-07",
        "Tidewater Defense Systems <tidewaterdefense@myworkday.com>",
        "Thank you for applying to Tidewater Defense Systems",
        "Hello Derrick,\n\nThank you for applying to the Logistics Analyst II position (R-33120). Your application has "
        "been received and is under review.\n\nTidewater Defense Systems Talent Acquisition",
        None,
    ),
    (
        "Naval Supply Systems Command",
        "screen",
        "2025-05-19",
        "USAJOBS <noreply@usajobs.gov>",
        "Application Status Update - Logistics Management Specialist",
        "Dear Derrick James,\n\nThe status of your application for Logistics Management Specialist (NE25-112233) has "
        "been updated: Referred. Your application has been referred to the hiring manager for further consideration."
        "\n\nUSAJOBS",
        0,
    ),
    (
        "Defense Logistics Agency",
        "rejected",
        "2025-05-20",
        "USAJOBS <noreply@usajobs.gov>",
        "Application Status Update - Supply Chain Specialist",
        "Dear Derrick James,\n\nThe status of your application for Supply Chain Specialist (DLA-25-445566) has been "
        "updated: Not Referred. You were not among the best qualified candidates referred to the hiring manager.\n\n"
        "USAJOBS",
        1,
    ),
    (
        "Naval Supply Systems Command",
        "onsite",
        "2025-05-27",
        "Karen Whitfield <karen.whitfield@navy.mil>",
        "Interview Invitation - Logistics Management Specialist NE25-112233",
        "Mr. James,\n\nYou have been selected for a panel interview for the Logistics Management Specialist position. "
        "The interview will be held on June 3 at 0900 at Building Z-140, Naval Station Norfolk. The panel will consist "
        "of three members.\n\nKaren Whitfield\nHR Specialist",
        None,
    ),
    (
        "Tidewater Defense Systems",
        "rejected",
        "2025-05-30",
        "Tidewater Defense Systems <tidewaterdefense@myworkday.com>",
        "Update on your application",
        "Hello Derrick,\n\nThank you for your interest in the Logistics Analyst II position. You are no longer under "
        "consideration for this role.\n\nTidewater Defense Systems Talent Acquisition",
        2,
    ),
    (
        "Naval Supply Systems Command",
        "offer",
        "2025-06-10",
        "Karen Whitfield <karen.whitfield@navy.mil>",
        "Tentative Job Offer - Logistics Management Specialist",
        "Mr. James,\n\nCongratulations! I am pleased to extend this tentative job offer (TJO) for the position of "
        "Logistics Management Specialist, GS-0346-11, contingent upon a favorable background investigation. Please "
        "reply within 2 business days to accept or decline.\n\nKaren Whitfield\nHR Specialist",
        5,
    ),
    (
        "Naval Supply Systems Command",
        "accepted",
        "2025-06-11",
        ME,
        "RE: Tentative Job Offer - Logistics Management Specialist",
        "Ms. Whitfield,\n\nI accept the tentative job offer. Thank you.\n\nV/R,\nDerrick James",
        7,
        "Karen Whitfield <karen.whitfield@navy.mil>",
    ),
]

_NEGATIVES = [
    (
        "USAJOBS <noreply@usajobs.gov>",
        "USAJOBS Saved Search Results",
        "alert",
        "12 new jobs match your saved search 'logistics'. View the announcements.",
    ),
    (
        "VA.gov <va-notifications@va.example>",
        "Your benefit letter is ready",
        "other",
        "Your VA benefit summary letter is available to download.",
    ),
    (
        "Military.com <newsletter@military.example>",
        "Transition tips for veterans",
        "newsletter",
        "How to translate your military experience for the civilian job market.",
    ),
    (
        "Navy Federal <alerts@navyfederal.example>",
        "Your statement is available",
        "other",
        "Your May statement is available in online banking.",
    ),
    (
        "Dominion Energy <billing@dominionenergy.example>",
        "Your bill is ready",
        "other",
        "Your bill for May is ready.",
    ),
    (
        "Marcus James <marcus.james@gmail.example>",
        "cookout",
        "personal",
        "cookout at moms saturday, bring the grill tools",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DERRICK,
        own_to={},
        offset=lambda d: "-0400",
        clock="14:30:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="20:00:00",
        tag="threehundredsixtyone",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it (one plain mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
