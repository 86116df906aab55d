"""A three-hundred-and-sixty-seventh mailbox, written as a held-out check after the three-hundred-and-sixty-sixth
(issue #24).

Ellie, a management accountant in Birmingham, exports Gmail with Takeout.  Three agencies as British consultants
write: "Lovely to speak earlier! Your CV is now sitting with the Finance Director at my client, a family-owned
manufacturer in the Black Country", "FD is keen to meet - it's Kingsbury Castings, in Tipton - Wednesday 10am
work for you?", "Kingsbury have been in touch - sadly they've gone with an internal candidate"; a second consultant's
"As discussed I've now formally represented you to Arden Housing Group for the Management Accountant role", "Arden
would like a second interview with the CFO", "Arden are delighted to offer you the role at \u00a348k"; her "Delighted
to accept!"; a third's "I've had a look and I'm not going to put you forward for this one - it's more of a payroll
role" (no application); and a council's own receipt and refusal.  Negatives: a Totaljobs alert, a Reed newsletter, an
ICAEW notice, a West Midlands Metro notice, a Greggs reward, her brother.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ELLIE = "ellie.morgan.acca@gmail.com"
ME = f"Ellie Morgan <{ELLIE}>"
AG1 = "Hannah Price <hannah.price@midlandsfinancepeople.co.uk>"
AG2 = "Raj Bains <raj.bains@ardenrecruit.co.uk>"
AG3 = "Sam Wright <sam.wright@numberpeople.co.uk>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Kingsbury Castings",
        "applied",
        "2025-01-13",
        AG1,
        "Management Accountant - Black Country",
        "Hi Ellie,\n\nLovely to speak earlier! Your CV is now sitting with the Finance Director at my client, a "
        "family-owned manufacturer in the Black Country. I'll chase for feedback later in the week.\n\nHannah\nMidlands "
        "Finance People",
        "e1",
    ),
    (
        "Arden Housing Group",
        "applied",
        "2025-01-14",
        AG2,
        "Management Accountant - Arden Housing Group",
        "Hi Ellie,\n\nAs discussed I've now formally represented you to Arden Housing Group for the Management "
        "Accountant role (hybrid, Solihull). Fingers crossed!\n\nRaj Bains\nSenior Consultant",
        "e2",
    ),
    (
        "Sandwell Borough Council",
        "applied",
        "2025-01-15",
        "Sandwell Borough Council <noreply@sandwell-jobs.example>",
        "Application received: Finance Officer (Ref SBC1045)",
        "Dear Ellie Morgan,\n\nThank you for your application for the post of Finance Officer (Ref SBC1045). The "
        "closing date is 26 January; shortlisting will take place shortly after.\n\nHR Services\nSandwell Borough "
        "Council",
        "e3",
    ),
    (
        "Kingsbury Castings",
        "interview",
        "2025-01-17",
        AG1,
        "RE: Management Accountant - Black Country",
        "Hi Ellie,\n\nFD is keen to meet - it's Kingsbury Castings, in Tipton - Wednesday 10am work for you?\n\nHannah",
        "e1",
    ),
    (
        "Arden Housing Group",
        "interview",
        "2025-01-20",
        AG2,
        "RE: Management Accountant - Arden Housing Group",
        "Hi Ellie,\n\nArden would like to meet you for a first interview with the Head of Finance on Friday at 2pm at "
        "their Solihull office.\n\nRaj",
        "e2",
    ),
    (
        "Kingsbury Castings",
        "rejected",
        "2025-01-27",
        AG1,
        "RE: Management Accountant - Black Country",
        "Hi Ellie,\n\nKingsbury have been in touch - sadly they've gone with an internal candidate. Really sorry, you "
        "came across brilliantly.\n\nHannah",
        "e1",
    ),
    (
        "Arden Housing Group",
        "onsite",
        "2025-01-28",
        AG2,
        "RE: Management Accountant - Arden Housing Group",
        "Hi Ellie,\n\nGreat feedback! Arden would like a second and final interview with the CFO next Tuesday.\n\nRaj",
        "e2",
    ),
    (
        "Sandwell Borough Council",
        "rejected",
        "2025-02-04",
        "Sandwell Borough Council <noreply@sandwell-jobs.example>",
        "Finance Officer (Ref SBC1045) - outcome",
        "Dear Ellie Morgan,\n\nThank you for applying. Unfortunately, on this occasion your application has not been "
        "shortlisted for interview.\n\nHR Services\nSandwell Borough Council",
        "e3",
    ),
    (
        "Arden Housing Group",
        "offer",
        "2025-02-06",
        AG2,
        "RE: Management Accountant - Arden Housing Group",
        "Hi Ellie,\n\nArden are delighted to offer you the role at \u00a348k plus 10% pension! Let me know your "
        "thoughts.\n\nRaj",
        "e2",
    ),
    (
        "Arden Housing Group",
        "accepted",
        "2025-02-06",
        ME,
        "RE: Management Accountant - Arden Housing Group",
        "Hi Raj,\n\nDelighted to accept! Thank you so much.\n\nEllie",
        "e2",
    ),
]

_NEGATIVES = [
    (
        AG3,
        "Assistant Accountant - Wolverhampton",
        "other",
        "Hi Ellie,\n\nThanks for sending your CV over. I've had a look and I'm not going to put you forward for this one "
        "- it's more of a payroll role. I'll keep you in mind.\n\nSam",
    ),
    (
        "Totaljobs <alerts@totaljobs.com>",
        "New Management Accountant jobs in Birmingham",
        "alert",
        "6 new jobs: Management Accountant - Solihull, Finance Business Partner - Birmingham.",
    ),
    (
        "Reed <newsletter@reed.co.uk>",
        "Your monthly career insights",
        "newsletter",
        "Salary trends in finance and how to stand out in interviews.",
    ),
    (
        "ICAEW <notices@icaew.example>",
        "CPD declaration reminder",
        "other",
        "Please complete your annual CPD declaration.",
    ),
    (
        "West Midlands Metro <info@wmmetro.example>",
        "Service update",
        "other",
        "Trams will not run between Bull Street and Library this weekend.",
    ),
    (
        "Tom Morgan <tom.morgan@outlook.example>",
        "mum's birthday",
        "personal",
        "Are we still doing the meal on Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ELLIE,
        own_to={"Arden Housing Group": AG2},
        offset="+0000",
        clock="10:30:00",
        neg_start="2025-01-12",
        neg_step=4,
        neg_clock="20:25:00",
        tag="threehundredsixtyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
