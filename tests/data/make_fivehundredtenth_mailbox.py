"""A five-hundred-and-tenth mailbox, written as a held-out check after the five-hundred-and-ninth (issue #24).

Aoife Byrne, a quality specialist in Cork, keeps her mail in Thunderbird and exports it as one mbox.  Ireland's pharma
recruiters write Irish English: "I've sent your CV in to Pfizer Ringaskiddy for the QA Specialist role", "Pfizer have
shortlisted you for a first round interview", "Unfortunately Pfizer have decided to go with another candidate", "I've
also put you forward for the QC role with Janssen in Little Island", "Janssen would like you in for a second interview
on site"; Workday's "Thank you for applying to Eli Lilly" and its "we will not be moving forward with your
candidacy"; Janssen's offer through the recruiter ("the offer has come through!"), her "Delighted to accept" and her
"Thanks a million for today" to the recruiter.  Negatives: IrishJobs' alert, a pharma newsletter, a second agency's
cold mail, Eli Lilly's investor mail (a company she applied to), Irish Rail and her mam.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AOIFE = "aoife.byrne.qa@eircom.example"
ME = f"Aoife Byrne <{AOIFE}>"
CIARAN = "Ciarán Murphy <cmurphy@collinsmcnicholas.example>"
LILLY = "Eli Lilly and Company <lilly@myworkday.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Pfizer",
        "applied",
        "2025-04-07",
        CIARAN,
        "QA Specialist - Ringaskiddy",
        "Hi Aoife,\n\nGreat to chat earlier. I've sent your CV in to Pfizer Ringaskiddy for the QA Specialist role - "
        "I'll let you know as soon as I hear back.\n\nCiarán Murphy\nCollins McNicholas",
        None,
    ),
    (
        "Eli Lilly and Company",
        "applied",
        "2025-04-08",
        LILLY,
        "Thank you for applying to Eli Lilly and Company",
        "Dear Aoife,\n\nThank you for applying to Eli Lilly and Company for the QA Specialist - Kinsale role (R-78211). "
        "We will review your application.\n\nLilly Talent Acquisition",
        None,
    ),
    (
        "Janssen",
        "applied",
        "2025-04-09",
        CIARAN,
        "QC Analyst - Little Island",
        "Hi Aoife,\n\nAs discussed, I've also put you forward for the QC role with Janssen in Little Island.\n\nCiarán",
        None,
    ),
    (
        "Pfizer",
        "interview",
        "2025-04-14",
        CIARAN,
        "RE: QA Specialist - Ringaskiddy",
        "Hi Aoife,\n\nGood news - Pfizer have shortlisted you for a first round interview, Thursday at 11 on Teams with "
        "the QA Manager.\n\nCiarán",
        0,
    ),
    (
        "Janssen",
        "interview",
        "2025-04-16",
        CIARAN,
        "RE: QC Analyst - Little Island",
        "Hi Aoife,\n\nJanssen are keen - they'd like a first interview by phone with the QC lead on Friday at 2.\n\n"
        "Ciarán",
        2,
    ),
    (
        "Eli Lilly and Company",
        "rejected",
        "2025-04-22",
        LILLY,
        "Your application to Eli Lilly and Company",
        "Dear Aoife,\n\nThank you for your interest in Lilly. After careful review, we will not be moving forward with "
        "your candidacy for the QA Specialist - Kinsale role.\n\nLilly Talent Acquisition",
        1,
    ),
    (
        "Pfizer",
        "rejected",
        "2025-04-23",
        CIARAN,
        "RE: QA Specialist - Ringaskiddy",
        "Hi Aoife,\n\nUnfortunately Pfizer have decided to go with another candidate - it was very close. Chin up, "
        "Janssen is looking good.\n\nCiarán",
        3,
    ),
    (
        "Janssen",
        "onsite",
        "2025-04-24",
        CIARAN,
        "RE: RE: QC Analyst - Little Island",
        "Hi Aoife,\n\nJanssen would like you in for a second interview on site next Wednesday - the final stage, with "
        "the site QC manager and a tour of the labs.\n\nCiarán",
        4,
    ),
    (
        "Janssen",
        "thank_you",
        "2025-04-30",
        ME,
        "RE: RE: QC Analyst - Little Island",
        "Hi Ciarán,\n\nThanks a million for today - the interview went well and the lab tour was great. Fingers "
        "crossed!\n\nAoife",
        7,
        CIARAN,
    ),
    (
        "Janssen",
        "offer",
        "2025-05-06",
        CIARAN,
        "Janssen offer",
        "Hi Aoife,\n\nThe offer has come through! €52,000 plus 10% bonus and shift allowance. Give me a ring when you "
        "get a chance.\n\nCiarán",
        None,
    ),
    (
        "Janssen",
        "accepted",
        "2025-05-07",
        ME,
        "RE: Janssen offer",
        "Hi Ciarán,\n\nDelighted to accept - thanks for everything!\n\nAoife",
        9,
        CIARAN,
    ),
]

_NEGATIVES = [
    (
        "IrishJobs.ie <alerts@irishjobs.example>",
        "New jobs: QA Specialist in Cork",
        "alert",
        "QA Specialist - Cork. Validation Engineer - Carrigtwohill. View all.",
    ),
    (
        "PharmaChem Ireland <news@pharmachem.example>",
        "Industry update - April",
        "newsletter",
        "News from the sector. Unsubscribe.",
    ),
    (
        "Sinéad Walsh <swalsh@lifescience-recruit.example>",
        "QA roles in Cork - chat?",
        "outreach",
        "Hi Aoife, I have a few QA roles in Cork and Limerick. Would you be open to a chat?",
    ),
    (
        "Eli Lilly and Company <investor@lilly.example>",
        "Lilly reports first-quarter results",
        "newsletter",
        "Read the release. Unsubscribe.",
    ),
    (
        "Irish Rail <noreply@irishrail.example>",
        "Your booking confirmation",
        "other",
        "Cork - Dublin Heuston, Saturday.",
    ),
    (
        "Mam <mary.byrne@eircom.example>",
        "sunday",
        "personal",
        "Dinner Sunday love?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=AOIFE,
        offset=lambda d: "+0100",
        clock="12:15:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="20:05:00",
        tag="fivehundredten",
        host="eircom.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
