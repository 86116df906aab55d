"""A four-hundred-and-sixty-seventh mailbox, written as a held-out check after the four-hundred-and-sixty-sixth
(issue #24).

Priya Sharma, a senior accountant in Toronto, saves her job-search mail from Outlook as .eml files.  Toronto finance
hires through agencies: "I've put your name forward for the Senior Accountant role at Manulife", "your resume is in
front of the hiring manager at Rogers", "Manulife is keen to meet - are you free Thursday at 2?", "Rogers have decided
to go in a different direction", "Manulife came back with an offer of $98K base plus 10% bonus", her "Please tell them
I accept", a bank's Workday receipt and its Teams interview, its "we will not be proceeding", and her "Just following
up on the Rogers role".  Negatives: Indeed's alert, CPA Canada's newsletter, an agency's "Hot jobs this week", a
webinar, the TTC and her friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.sharma.cpa@outlook.example"
ME = f"Priya Sharma <{PRIYA}>"
GAVIN = "Gavin Reid <gavin.reid@bayviewfinance.example>"
NINA = "Nina Costa <nina.costa@northstaraccounting.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Manulife",
        "applied",
        "2025-09-08",
        GAVIN,
        "Senior Accountant - Manulife",
        "Hi Priya,\n\nGreat chatting today. I've put your name forward for the Senior Accountant role at Manulife. I'll "
        "let you know as soon as I hear back.\n\nGavin Reid\nBayview Finance Recruitment",
        None,
    ),
    (
        "Rogers",
        "applied",
        "2025-09-09",
        NINA,
        "Rogers - Senior Financial Analyst",
        "Hi Priya,\n\nQuick update - your resume is in front of the hiring manager at Rogers for the Senior Financial "
        "Analyst role as of this morning.\n\nNina Costa\nNorthstar Accounting Talent",
        None,
    ),
    (
        "TD Bank",
        "applied",
        "2025-09-10",
        "TD Bank <td@myworkday.com>",
        "Thank you for applying to TD",
        "Hi Priya,\n\nThank you for applying to Senior Accountant, Finance Shared Services (R-1043321) at TD. We'll "
        "review your application and reach out if there's a fit.\n\nTD Talent Acquisition",
        None,
    ),
    (
        "Manulife",
        "interview",
        "2025-09-12",
        GAVIN,
        "RE: Senior Accountant - Manulife",
        "Priya - Manulife is keen to meet. Are you free Thursday at 2 with the Controller, at their Bloor St office?\n\n"
        "Gavin",
        None,
    ),
    (
        "TD Bank",
        "interview",
        "2025-09-15",
        "Olivia Grant <olivia.grant@td.example>",
        "Interview - Senior Accountant, Finance Shared Services",
        "Hi Priya,\n\nWe'd like to invite you to a 45-minute Microsoft Teams interview with the hiring manager on "
        "September 19 at 10:00 AM.\n\nOlivia Grant\nTalent Acquisition, TD",
        None,
    ),
    (
        "Rogers",
        "follow_up",
        "2025-09-16",
        ME,
        "RE: Rogers - Senior Financial Analyst",
        "Hi Nina,\n\nJust following up on the Rogers role - have you heard anything from the hiring manager?\n\n"
        "Thanks,\nPriya",
        NINA,
    ),
    (
        "Rogers",
        "rejected",
        "2025-09-17",
        NINA,
        "RE: Rogers - Senior Financial Analyst",
        "Hi Priya,\n\nSorry for the wait. Rogers have decided to go in a different direction with this one. I'll keep "
        "you posted on anything new.\n\nNina",
        None,
    ),
    (
        "TD Bank",
        "rejected",
        "2025-09-26",
        "TD Bank <td@myworkday.com>",
        "Your application with TD",
        "Hi Priya,\n\nThank you for your interest in TD. After careful consideration, we will not be proceeding with your "
        "application for Senior Accountant, Finance Shared Services.\n\nTD Talent Acquisition",
        None,
    ),
    (
        "Manulife",
        "offer",
        "2025-09-29",
        GAVIN,
        "RE: Senior Accountant - Manulife",
        "Priya, great news! Manulife came back with an offer of $98K base plus 10% bonus, start date flexible. Let's "
        "talk tonight.\n\nGavin",
        None,
    ),
    (
        "Manulife",
        "accepted",
        "2025-09-30",
        ME,
        "RE: Senior Accountant - Manulife",
        "Hi Gavin,\n\nThank you so much! Please tell them I accept - I'm thrilled.\n\nPriya",
        GAVIN,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Senior Accountant jobs in Toronto, ON",
        "alert",
        "Senior Accountant - North York. Financial Analyst - Mississauga. See all jobs.",
    ),
    (
        "CPA Canada <news@cpacanada.example>",
        "CPA Canada Weekly",
        "newsletter",
        "News for members. Unsubscribe.",
    ),
    (
        "Bayview Finance Recruitment <jobs@bayviewfinance.example>",
        "Hot jobs this week",
        "newsletter",
        "Senior Accountant - Markham. AP Lead - Vaughan. Reply with your resume. Unsubscribe.",
    ),
    (
        "CPA Ontario <events@cpaontario.example>",
        "Webinar: IFRS 18 in practice",
        "newsletter",
        "Register now.",
    ),
    (
        "TTC <noreply@ttc.example>",
        "PRESTO: autoload complete",
        "other",
        "Your PRESTO card was loaded with $50.00.",
    ),
    (
        "Ananya Rao <ananya.rao@gmail.example>",
        "brunch",
        "personal",
        "Brunch Sunday at Lady Marmalade?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="13:35:00",
        neg_start="2025-09-07",
        neg_step=4,
        neg_clock="21:25:00",
        tag="fourhundredsixtyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), PRIYA)
