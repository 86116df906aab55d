"""A six-hundred-and-eleventh mailbox, written as a held-out check after the six-hundred-and-tenth (issue #24).

Nathan Brooks, a contract business analyst in Canberra, saves his mail from Outlook as .eml files. His search runs
through IT contracting agencies that put him to federal agencies through panels, in Australian public-sector English:
a Hudson consultant's "I've submitted your application to the Department of Home Affairs for the APS6 Business Analyst
role (RFQ 2025-118)", a Talent International consultant's "Your CV has gone to Services Australia", the ATO's own
careers portal's "Thank you for your application", the first consultant's "Home Affairs would like to interview you
(panel of three, Thursday at 10 in Belconnen)", the ATO's "you have been found suitable and placed in a merit pool",
the second consultant's "Unfortunately Services Australia have gone with another candidate", the first's "Great news -
Home Affairs have selected you for the role. Rate confirmed at $105/hr", his "Happy to accept, thanks Priya" and his
thanks after the panel. Negatives: Seek's alert, the Canberra Times' newsletter, a third agency's cold mail, the ATO's
own tax-time mail (an agency he applied to), Transport Canberra and his mate. Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.

Its truth first called Home Affairs' "would like to interview you - panel of three" the last round (SPEC 3.2's panel);
the 129th's, 167th's, 174th's and 411th's truths call an interview "with a panel of three" a round, and only a "panel
interview" by that name the last one: the truth follows them, set after the first read.
"""

from __future__ import annotations

from pathlib import Path

NATHAN = "nathan.brooks.ba@outlook.example"
ME = f"Nathan Brooks <{NATHAN}>"
HUDSON = "Priya Raman <priya.raman@hudson.example>"
TALINT = "Josh Kelly <josh.kelly@talentinternational.example>"
ATO = "ATO Careers <careers@ato.gov.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Department of Home Affairs",
        "applied",
        "2025-03-03",
        HUDSON,
        "APS6 Business Analyst - Home Affairs",
        "Hi Nathan,\n\nThanks for your time this morning. I've submitted your application to the Department of Home "
        "Affairs for the APS6 Business Analyst role (RFQ 2025-118). Responses close Friday.\n\nCheers,\nPriya Raman\n"
        "Hudson Canberra",
        None,
    ),
    (
        "Services Australia",
        "applied",
        "2025-03-04",
        TALINT,
        "Services Australia - Senior BA",
        "Hi Nathan,\n\nYour CV has gone to Services Australia for the Senior Business Analyst contract (12 months + "
        "12). Will keep you posted.\n\nJosh Kelly\nTalent International",
        None,
    ),
    (
        "Australian Taxation Office",
        "applied",
        "2025-03-05",
        ATO,
        "Thank you for your application",
        "Dear Nathan,\n\nThank you for your application for the position of Business Analyst (EL1) with the Australian "
        "Taxation Office. The selection panel will assess applications after the closing date.\n\nATO Careers",
        None,
    ),
    (
        "Department of Home Affairs",
        "interview",
        "2025-03-11",
        HUDSON,
        "RE: APS6 Business Analyst - Home Affairs",
        "Hi Nathan,\n\nHome Affairs would like to interview you - panel of three, Thursday at 10am in Belconnen. "
        "Bring photo ID for security.\n\nCheers,\nPriya",
        None,
    ),
    (
        "Australian Taxation Office",
        "reply",
        "2025-03-12",
        ATO,
        "Outcome of your application",
        "Dear Nathan,\n\nThank you for participating in the selection process. You have been found suitable for the "
        "role and placed in a merit pool, which may be used to fill similar vacancies over the next 18 months.\n\nATO "
        "Careers",
        None,
    ),
    (
        "Department of Home Affairs",
        "thank_you",
        "2025-03-13",
        ME,
        "RE: APS6 Business Analyst - Home Affairs",
        "Hi Priya,\n\nThanks for setting up the panel today - it went well I think. Let me know what you hear.\n\n"
        "Nathan",
        HUDSON,
    ),
    (
        "Services Australia",
        "rejected",
        "2025-03-14",
        TALINT,
        "RE: Services Australia - Senior BA",
        "Hi Nathan,\n\nUnfortunately Services Australia have gone with another candidate for this one. Plenty more "
        "coming up though.\n\nJosh",
        None,
    ),
    (
        "Department of Home Affairs",
        "offer",
        "2025-03-18",
        HUDSON,
        "RE: APS6 Business Analyst - Home Affairs",
        "Hi Nathan,\n\nGreat news - Home Affairs have selected you for the role! Rate confirmed at $105/hr, start "
        "date 7 April subject to your clearance transfer.\n\nCheers,\nPriya",
        None,
    ),
    (
        "Department of Home Affairs",
        "accepted",
        "2025-03-18",
        ME,
        "RE: APS6 Business Analyst - Home Affairs",
        "Happy to accept, thanks Priya! Let me know what you need from me.\n\nNathan",
        HUDSON,
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@seek.example>",
        "New Business Analyst jobs in ACT",
        "alert",
        "Business Analyst - Canberra. Senior BA - Barton. View all jobs.",
    ),
    (
        "The Canberra Times <newsletters@canberratimes.example>",
        "Today's headlines",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "Amy Nguyen <amy.nguyen@randstad.example>",
        "BA contracts in Canberra",
        "outreach",
        "Hi Nathan, I have several BA contracts with federal clients. Keen for a chat this week?",
    ),
    (
        "Australian Taxation Office <noreply@ato.gov.example>",
        "Tax time is here",
        "newsletter",
        "Lodge your return online. Unsubscribe.",
    ),
    (
        "Transport Canberra <noreply@transport.act.example>",
        "Your MyWay top up",
        "other",
        "Your MyWay card was topped up with $30.00.",
    ),
    (
        "Dave <dave.m@bigpond.example>",
        "footy",
        "personal",
        "Raiders game Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+1100",
        clock="10:00:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="19:15:00",
        tag="sixhundredeleven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), NATHAN)
