"""A five-hundred-and-forty-sixth mailbox, written as a held-out check after the five-hundred-and-forty-fifth (issue
#24).

Daniel Kowalski, a senior accountant in Toronto, saves his mail from Outlook as .eml files.  Half his search runs
through a staffing agency, whose recruiter names the client in her first mail and shortens it afterwards: "I
submitted your resume for the Senior Accountant role with our client, Maple Leaf Foods", "Maple Leaf would like to
interview you Thursday at 2pm with the Controller", "unfortunately Maple Leaf has decided to go with an internal
candidate"; the rest is direct: Rogers' Workday "Thank you for applying to Rogers Communications", its "we've decided
to pursue other candidates", Loblaw's SuccessFactors "Application Confirmation", its talent acquisition partner's
"15-minute phone call", its "second interview at our Brampton office", its "verbal offer", and his "I'm pleased to
accept".  Negatives: Indeed's alert, a second agency's cold mail about a "confidential client", CPA Ontario's
newsletter, Rogers' own phone bill (a company he applied to), LinkedIn's "viewed your profile" and his wife.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANIEL = "daniel.kowalski.cpa@outlook.example"
ME = f"Daniel Kowalski <{DANIEL}>"
ASHLEY = "Ashley Nguyen <ashley.nguyen@roberthalf.example>"
ROGERS = "Rogers Communications <rogers@myworkday.example>"
LOBLAW = "Loblaw Careers <noreply@loblaw.successfactors.example>"
RAJ = "Raj Patel <raj.patel@loblaw.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Maple Leaf Foods",
        "applied",
        "2025-02-03",
        ASHLEY,
        "Senior Accountant - Mississauga",
        "Hi Daniel,\n\nGreat speaking with you this morning. As discussed, I submitted your resume for the Senior "
        "Accountant role with our client, Maple Leaf Foods, in Mississauga. I'll keep you posted.\n\nAshley Nguyen\n"
        "Senior Recruitment Manager | Robert Half",
        None,
    ),
    (
        "Rogers Communications",
        "applied",
        "2025-02-04",
        ROGERS,
        "Thank you for applying to Rogers Communications",
        "Hi Daniel,\n\nThank you for applying for the Senior Financial Analyst position (JR-118230). We've received your "
        "application and our team will review it.\n\nRogers Talent Acquisition",
        None,
    ),
    (
        "Loblaw",
        "applied",
        "2025-02-05",
        LOBLAW,
        "Application Confirmation",
        "Dear Daniel,\n\nThank you for your interest in Loblaw Companies Limited. We have received your application for "
        "Senior Accountant, Corporate Reporting (Req 2501187).\n\nLoblaw Talent Acquisition",
        None,
    ),
    (
        "Maple Leaf Foods",
        "interview",
        "2025-02-07",
        ASHLEY,
        "RE: Senior Accountant - Mississauga",
        "Hi Daniel,\n\nGood news - Maple Leaf would like to interview you Thursday at 2pm with the Controller. It'll be "
        "in person at their Mississauga office. Can you confirm?\n\nAshley",
        None,
    ),
    (
        "Loblaw",
        "screen",
        "2025-02-10",
        RAJ,
        "Senior Accountant, Corporate Reporting",
        "Hi Daniel,\n\nI'm a talent acquisition partner at Loblaw. Do you have time for a 15-minute phone call "
        "tomorrow to go over the role and your background?\n\nRaj Patel",
        None,
    ),
    (
        "Rogers Communications",
        "rejected",
        "2025-02-12",
        ROGERS,
        "Update on your application",
        "Hi Daniel,\n\nThank you for your interest in Rogers. After reviewing your application, we've decided to pursue "
        "other candidates for this position.\n\nRogers Talent Acquisition",
        None,
    ),
    (
        "Maple Leaf Foods",
        "rejected",
        "2025-02-18",
        ASHLEY,
        "RE: Senior Accountant - Mississauga",
        "Hi Daniel,\n\nI just heard back - unfortunately Maple Leaf has decided to go with an internal candidate. They "
        "liked you a lot, and I'll keep you in mind for other roles.\n\nAshley",
        None,
    ),
    (
        "Loblaw",
        "interview",
        "2025-02-14",
        RAJ,
        "RE: Senior Accountant, Corporate Reporting",
        "Hi Daniel,\n\nThanks for your time on the phone. The hiring manager would like to meet you over Teams on "
        "Wednesday at 10.\n\nRaj",
        None,
    ),
    (
        "Loblaw",
        "onsite",
        "2025-02-21",
        RAJ,
        "RE: Senior Accountant, Corporate Reporting",
        "Hi Daniel,\n\nThe team would like to bring you in for a second interview at our Brampton office with the "
        "Director of Financial Reporting and two of the team.\n\nRaj",
        None,
    ),
    (
        "Loblaw",
        "offer",
        "2025-03-03",
        RAJ,
        "RE: Senior Accountant, Corporate Reporting",
        "Hi Daniel,\n\nI'm happy to share that we'd like to make you a verbal offer: $98,000 base plus 10% bonus. The "
        "written offer will follow once you confirm.\n\nRaj",
        None,
    ),
    (
        "Loblaw",
        "accepted",
        "2025-03-04",
        ME,
        "RE: Senior Accountant, Corporate Reporting",
        "Hi Raj,\n\nThank you - I'm pleased to accept the offer. I look forward to the written offer.\n\nDaniel",
        RAJ,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Senior Accountant jobs in Toronto, ON",
        "alert",
        "Senior Accountant - Toronto. Financial Analyst - Mississauga. See all jobs.",
    ),
    (
        "Mike Chen <mike.chen@hays-canada.example>",
        "Confidential Senior Accountant search",
        "outreach",
        "Hi Daniel, I'm working on a confidential Senior Accountant search for a client in Vaughan. Open to a chat?",
    ),
    (
        "CPA Ontario <news@cpaontario.example>",
        "CPA Ontario News",
        "newsletter",
        "The latest from the profession. Unsubscribe.",
    ),
    (
        "Rogers <billing@rogers.example>",
        "Your Rogers bill is ready",
        "other",
        "Your bill for February is ready. Amount due $112.40.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.example>",
        "3 people viewed your profile",
        "notification",
        "See who viewed your profile. Unsubscribe.",
    ),
    (
        "Kasia Kowalski <kasia.k@gmail.example>",
        "groceries",
        "personal",
        "Can you pick up milk on the way home?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="11:05:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="20:40:00",
        tag="fivehundredfortysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), DANIEL)
