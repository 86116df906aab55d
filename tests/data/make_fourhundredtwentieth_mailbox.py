"""A four-hundred-and-twentieth mailbox, written as a held-out check after the four-hundred-and-nineteenth (issue #24).

Keisha, an accounts payable specialist in Charlotte, keeps her search in Gmail and exports it with Takeout.  Two US
staffing firms for accounting and office work, in their recruiters' own words: "I submitted you to Carolina Mills for
the AP Specialist contract-to-hire", "Carolina Mills would love to meet you Tuesday at 10 - in person at their Gastonia
plant", "Good news - they want to move forward with you! Start date is Monday the 16th, $26/hr", "the client decided
to fill the role internally", "The hiring manager at Piedmont Health passed on your profile", "Your assignment is
confirmed"; a bank's own Workday receipt and its "not selected", and her "Yes! I'll take it".  Negatives: the staffing
firm's "Hot jobs in Charlotte", its timesheet reminder, Indeed's alert, a webinar, a bank statement and her cousin.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KEISHA = "keisha.brown.ap@gmail.com"
ME = f"Keisha Brown <{KEISHA}>"
TONYA = "Tonya Reed <tonya.reed@summitstaffing.example>"
JAKE = "Jake Miller <jmiller@apexofficepros.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Carolina Mills",
        "applied",
        "2025-06-02",
        TONYA,
        "AP Specialist - contract to hire",
        "Hi Keisha,\n\nGreat talking with you this morning! I submitted you to Carolina Mills for the AP Specialist "
        "contract-to-hire ($24-27/hr, Gastonia). I'll let you know as soon as I hear back.\n\nTonya Reed\nSenior "
        "Recruiter | Summit Staffing",
        "t-cm",
    ),
    (
        "Piedmont Health",
        "applied",
        "2025-06-03",
        JAKE,
        "Piedmont Health - Accounts Payable",
        "Keisha,\n\nThanks for the time today. Your resume is now in front of the hiring manager at Piedmont Health for "
        "the Accounts Payable Coordinator temp role.\n\nJake Miller\nApex Office Pros",
        "t-ph",
    ),
    (
        "Queen City Bank",
        "applied",
        "2025-06-04",
        "Queen City Bank <queencitybank@myworkday.com>",
        "Thank you for applying",
        "Dear Keisha,\n\nThank you for applying for Accounts Payable Analyst (R-5521) at Queen City Bank. We have "
        "received your application.",
        "t-qcb",
    ),
    (
        "Carolina Mills",
        "interview",
        "2025-06-05",
        TONYA,
        "RE: AP Specialist - contract to hire",
        "Keisha!! Carolina Mills would love to meet you Tuesday at 10 - in person at their Gastonia plant with the "
        "controller. Does that work?\n\nTonya",
        "t-cm",
    ),
    (
        "Piedmont Health",
        "rejected",
        "2025-06-09",
        JAKE,
        "RE: Piedmont Health - Accounts Payable",
        "Keisha,\n\nQuick update - the hiring manager at Piedmont Health passed on your profile, they want someone with "
        "Epic experience. I'll keep looking.\n\nJake",
        "t-ph",
    ),
    (
        "Queen City Bank",
        "rejected",
        "2025-06-11",
        "Queen City Bank <queencitybank@myworkday.com>",
        "Update on your application",
        "Dear Keisha,\n\nThank you for your interest in Queen City Bank. You were not selected for the Accounts Payable "
        "Analyst position.",
        "t-qcb2",
    ),
    (
        "Carolina Mills",
        "offer",
        "2025-06-12",
        TONYA,
        "RE: AP Specialist - contract to hire",
        "Good news - they want to move forward with you! Start date is Monday the 16th, $26/hr, 8-4:30. Can I tell them "
        "yes?\n\nTonya",
        "t-cm",
    ),
    (
        "Carolina Mills",
        "accepted",
        "2025-06-12",
        ME,
        "RE: AP Specialist - contract to hire",
        "Yes! I'll take it. Thank you so much Tonya!!\n\nKeisha",
        "t-cm",
    ),
]

_NEGATIVES = [
    (
        "Summit Staffing <jobs@summitstaffing.example>",
        "Hot jobs in Charlotte this week",
        "newsletter",
        "Payroll Clerk - Matthews. AR Specialist - Uptown. Reply to apply.",
    ),
    (
        "Summit Staffing <timesheets@summitstaffing.example>",
        "Reminder: submit your timesheet",
        "other",
        "Please submit your hours by Monday 10 AM.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Accounts Payable jobs in Charlotte, NC",
        "alert",
        "AP Specialist - Atrium. Accounts Payable Clerk - Lowe's.",
    ),
    (
        "IOFM <events@iofm.example>",
        "Webinar: AP automation in 2025",
        "newsletter",
        "Register for our free webinar.",
    ),
    (
        "Truist <alerts@truist.example>",
        "Your statement is ready",
        "other",
        "Your May statement is available.",
    ),
    (
        "Tasha Brown <tasha.brown@gmail.example>",
        "reunion",
        "personal",
        "Family reunion is July 4th at Aunt Dee's!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KEISHA,
        own_to={"Carolina Mills": TONYA},
        offset="-0400",
        clock="15:20:00",
        neg_start="2025-06-01",
        neg_step=2,
        neg_clock="20:30:00",
        tag="fourhundredtwenty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
