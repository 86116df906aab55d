"""A five-hundred-and-twentieth mailbox, written as a held-out check after the five-hundred-and-nineteenth (issue
#24).

Charlotte Hughes, a banking associate in London, keeps her mail in Thunderbird and exports it as one mbox.  Her legal
recruiter writes as the City does, shortening the firms she sends her to: "I have sent your CV to Clifford Chance for
the 3-5 PQE Banking role", "CC would like to see you for a first interview with two partners", "CC have come back with
a second round", "Delighted to say CC are making you an offer", "A&O Shearman have decided not to progress"; a firm's
own portal's "Thank you for applying to Herbert Smith Freehills", its "we will not be taking your application
further"; her thanks through the recruiter and her "Please confirm to CC that I accept".  Negatives: a legal jobs
alert, Legal Cheek, a second recruiter's cold mail, the Law Society, a Clifford Chance alumni event (the firm she
applied to) and her father.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHARLOTTE = "charlotte.hughes@btinternet.example"
ME = f"Charlotte Hughes <{CHARLOTTE}>"
JAMES = "James Fairfax <james.fairfax@laurencesimons.example>"
HSF = "Herbert Smith Freehills <careers@hsf.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Clifford Chance",
        "applied",
        "2025-10-06",
        JAMES,
        "Clifford Chance - 3-5 PQE Banking",
        "Dear Charlotte,\n\nFurther to our call, I have sent your CV to Clifford Chance for the 3-5 PQE Banking role "
        "(leveraged finance). I will chase them on Thursday.\n\nKind regards,\nJames Fairfax\nLaurence Simons",
        None,
    ),
    (
        "A&O Shearman",
        "applied",
        "2025-10-07",
        JAMES,
        "A&O Shearman - Banking Associate",
        "Dear Charlotte,\n\nAs discussed, I have also sent your CV to A&O Shearman for their Banking Associate role.\n\n"
        "Kind regards,\nJames",
        None,
    ),
    (
        "Herbert Smith Freehills",
        "applied",
        "2025-10-08",
        HSF,
        "Thank you for applying to Herbert Smith Freehills",
        "Dear Charlotte,\n\nThank you for applying to Herbert Smith Freehills for the Associate - Finance role. Your "
        "application has been received.\n\nHSF Lateral Recruitment",
        None,
    ),
    (
        "Clifford Chance",
        "interview",
        "2025-10-13",
        JAMES,
        "RE: Clifford Chance - 3-5 PQE Banking",
        "Dear Charlotte,\n\nGood news - CC would like to see you for a first interview with two partners next Tuesday "
        "at 4pm at Canary Wharf.\n\nKind regards,\nJames",
        0,
    ),
    (
        "A&O Shearman",
        "rejected",
        "2025-10-15",
        JAMES,
        "RE: A&O Shearman - Banking Associate",
        "Dear Charlotte,\n\nA&O Shearman have decided not to progress your application - they are looking for someone "
        "with more fund finance experience.\n\nKind regards,\nJames",
        1,
    ),
    (
        "Herbert Smith Freehills",
        "rejected",
        "2025-10-17",
        HSF,
        "Your application to Herbert Smith Freehills",
        "Dear Charlotte,\n\nThank you for your interest in the firm. We regret that we will not be taking your "
        "application further on this occasion.\n\nHSF Lateral Recruitment",
        2,
    ),
    (
        "Clifford Chance",
        "thank_you",
        "2025-10-21",
        ME,
        "RE: RE: Clifford Chance - 3-5 PQE Banking",
        "Dear James,\n\nThe interview went well - please pass on my thanks to both partners for their time this "
        "afternoon.\n\nBest wishes,\nCharlotte",
        3,
        JAMES,
    ),
    (
        "Clifford Chance",
        "onsite",
        "2025-10-24",
        JAMES,
        "RE: RE: RE: Clifford Chance - 3-5 PQE Banking",
        "Dear Charlotte,\n\nCC have come back with a second round: a final interview with the head of the banking "
        "practice and a partner from the Paris office, next Thursday.\n\nKind regards,\nJames",
        6,
    ),
    (
        "Clifford Chance",
        "offer",
        "2025-11-05",
        JAMES,
        "Clifford Chance - good news",
        "Dear Charlotte,\n\nDelighted to say CC are making you an offer: NQ+4 band, £165,000. Let's speak this "
        "evening.\n\nKind regards,\nJames",
        None,
    ),
    (
        "Clifford Chance",
        "accepted",
        "2025-11-06",
        ME,
        "RE: Clifford Chance - good news",
        "Dear James,\n\nThank you so much. Please confirm to CC that I accept.\n\nBest wishes,\nCharlotte",
        8,
        JAMES,
    ),
]

_NEGATIVES = [
    (
        "Totallylegal <alerts@totallylegal.example>",
        "New banking associate roles in London",
        "alert",
        "Banking Associate - City. Finance Associate - Canary Wharf. View jobs.",
    ),
    (
        "Legal Cheek <newsletter@legalcheek.example>",
        "The Legal Cheek Week",
        "newsletter",
        "This week's stories. Unsubscribe.",
    ),
    (
        "Olivia Grant <olivia.grant@edenscott.example>",
        "Banking roles - confidential chat?",
        "outreach",
        "Dear Charlotte, I am working on several banking associate mandates in the City. Would you be open to a "
        "confidential chat?",
    ),
    (
        "The Law Society <news@lawsociety.example>",
        "Your practising certificate",
        "other",
        "Renew your practising certificate by 31 October.",
    ),
    (
        "Clifford Chance Alumni <alumni@cliffordchance.example>",
        "Alumni drinks - November",
        "newsletter",
        "Join us at the London office. RSVP. Unsubscribe.",
    ),
    (
        "Dad <richard.hughes@btinternet.example>",
        "sunday",
        "personal",
        "Roast on Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=CHARLOTTE,
        offset=lambda d: "+0100" if d.month == 10 and d.day < 26 else "+0000",
        clock="12:45:00",
        neg_start="2025-10-05",
        neg_step=6,
        neg_clock="20:15:00",
        tag="fivehundredtwenty",
        host="btinternet.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
