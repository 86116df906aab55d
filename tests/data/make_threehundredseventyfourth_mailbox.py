"""A three-hundred-and-seventy-fourth mailbox, written as a held-out check after the three-hundred-and-seventy-third
(issue #24).

Dev, an IT project manager in Toronto, reads his mail in Outlook and saves it as .eml files.  Canadian IT staffing as
recruiters write it, three agencies at once: "Thanks for taking my call. Your resume has been shared with the hiring
manager at one of our banking clients downtown for the Senior PM contract (12 months, hybrid)", "Quick update - the
bank is Harbourfront Trust and they'd like to set up a Teams interview Wednesday", "Harbourfront has put the role on
hold for budget reasons" (a wait, no decision), then "Harbourfront has closed the requisition" (a no); a second
agency's "Your profile went to Bay Street Insurance this morning", "Bay Street Insurance would like to meet you in
person Friday", "They've offered $95/hr", his "Let's do it - please confirm with them"; a third agency's "Can I submit
you to a client in Mississauga?" (a question: no application).  Negatives: an Indeed alert, a PMI newsletter, a TTC
notice, a Rogers bill, a Canadian Tire promotion, his sister.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DEV = "dev.malhotra.pm@outlook.com"
ME = f"Dev Malhotra <{DEV}>"
AG1 = "Sarah Nguyen <snguyen@northstaritstaffing.ca>"
AG2 = "Tom Bradley <tom.bradley@maplesourcetech.ca>"
AG3 = "Amir Haddad <amir@lakeshoreconsulting.ca>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Harbourfront Trust",
        "applied",
        "2025-09-08",
        AG1,
        "Senior PM contract - banking client",
        "Hi Dev,\n\nThanks for taking my call. Your resume has been shared with the hiring manager at one of our banking "
        "clients downtown for the Senior PM contract (12 months, hybrid). I'll be in touch as soon as I hear back.\n\n"
        "Sarah Nguyen\nSenior Technical Recruiter, Northstar IT Staffing",
        None,
    ),
    (
        "Bay Street Insurance",
        "applied",
        "2025-09-09",
        AG2,
        "Bay Street Insurance - IT PM",
        "Hi Dev,\n\nYour profile went to Bay Street Insurance this morning for the IT Project Manager role. Fingers "
        "crossed!\n\nTom Bradley\nMaplesource Technical",
        None,
    ),
    (
        "Harbourfront Trust",
        "interview",
        "2025-09-12",
        AG1,
        "RE: Senior PM contract - banking client",
        "Hi Dev,\n\nQuick update - the bank is Harbourfront Trust and they'd like to set up a Teams interview Wednesday at "
        "11 with the program director. Does that work?\n\nSarah",
        None,
    ),
    (
        "Bay Street Insurance",
        "interview",
        "2025-09-15",
        AG2,
        "RE: Bay Street Insurance - IT PM",
        "Hi Dev,\n\nBay Street Insurance would like to meet you in person Friday at 10am at their King Street office.\n\n"
        "Tom",
        None,
    ),
    (
        "Harbourfront Trust",
        "reply",
        "2025-09-19",
        AG1,
        "RE: Senior PM contract - banking client",
        "Hi Dev,\n\nHarbourfront has put the role on hold for budget reasons. They expect to know more by the end of the "
        "month and I'll update you then.\n\nSarah",
        None,
    ),
    (
        "Bay Street Insurance",
        "offer",
        "2025-09-23",
        AG2,
        "RE: Bay Street Insurance - IT PM",
        "Hi Dev,\n\nGreat news - they've offered $95/hr for the 12-month contract, start October 6. Let me know!\n\nTom",
        None,
    ),
    (
        "Bay Street Insurance",
        "accepted",
        "2025-09-23",
        ME,
        "RE: Bay Street Insurance - IT PM",
        "Hi Tom,\n\nLet's do it - please confirm with them.\n\nDev",
        AG2,
    ),
    (
        "Harbourfront Trust",
        "rejected",
        "2025-09-30",
        AG1,
        "RE: Senior PM contract - banking client",
        "Hi Dev,\n\nUnfortunately Harbourfront has closed the requisition, so this one won't go ahead. I'll keep you in "
        "mind for the next banking role.\n\nSarah",
        None,
    ),
]

_NEGATIVES = [
    (
        AG3,
        "PM opportunity - Mississauga",
        "outreach",
        "Hi Dev,\n\nI have a Senior PM contract with a client in Mississauga. Can I submit you to a client in "
        "Mississauga? Please send your rate and availability.\n\nAmir",
    ),
    (
        "Indeed <alert@indeed.com>",
        "project manager jobs in Toronto, ON",
        "alert",
        "IT Project Manager - RBC - Toronto, ON. Senior PM - TD - Toronto, ON. See more jobs.",
    ),
    (
        "PMI Toronto <news@pmitoronto.example>",
        "Chapter news - September",
        "newsletter",
        "PDU events, networking nights and volunteer opportunities.",
    ),
    (
        "TTC <noreply@ttc.example>",
        "Line 1 closure this weekend",
        "other",
        "No subway service between St Clair and Union this weekend.",
    ),
    (
        "Rogers <billing@rogers.example>",
        "Your Rogers bill",
        "other",
        "Your bill for September is ready.",
    ),
    (
        "Canadian Tire <offers@canadiantire.example>",
        "Fall deals",
        "shop",
        "Save on winter tires and tools.",
    ),
    (
        "Priya Malhotra <priya.malhotra@gmail.example>",
        "thanksgiving",
        "personal",
        "Thanksgiving at mom's this year?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="10:10:00",
        neg_start="2025-09-07",
        neg_step=3,
        neg_clock="19:25:00",
        tag="threehundredseventyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), DEV)
