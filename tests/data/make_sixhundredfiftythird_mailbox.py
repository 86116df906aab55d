"""A six-hundred-and-fifty-third mailbox, written as a held-out check after the six-hundred-and-fifty-second
(issue #24).

Gareth Jones, a contract DevOps engineer in Cardiff, keeps his mail in Thunderbird and exports the inbox as one mbox.
IT contract agencies write about clients they name late or by description: a Harvey Nash consultant's "I've sent your
CV over to the client (a large insurer in Newport)", then in the same thread "the client is Admiral - they'd like a
Teams call with the platform lead on Thursday", and "Admiral have offered! £550/day inside IR35, 6 months"; a
Computer Futures consultant's "Your CV is now with the hiring manager at the DVLA" and "DVLA have gone with someone
with more Azure"; his "happy to go ahead" to Harvey Nash; and a direct application to the Welsh Government through its
recruitment portal ("Thank you for your application for the role of Senior DevOps Engineer"), which invites him to an
"interview and technical presentation" and later writes that he "has not been successful on this occasion". Negatives:
Jobserve's alert, CWJobs' alert, a cold LinkedIn message from a third agency, a contractor insurance renewal,
Computer Futures' own market report and his wife. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GARETH = "gareth.jones.devops@btinternet.example"
ME = f"Gareth Jones <{GARETH}>"
HN = "Rhian Evans <rhian.evans@harveynash.example>"
CF = "Tom Price <t.price@computerfutures.example>"
WG = "Welsh Government Recruitment <noreply@recruitment.gov.wales.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Admiral",
        "applied",
        "2025-06-02",
        HN,
        "DevOps Engineer contract - Newport",
        "Hi Gareth,\n\nThanks for the chat. As agreed, I've sent your CV over to the client (a large insurer in "
        "Newport) for the DevOps Engineer contract, 6 months, £500-550/day inside IR35.\n\nRhian Evans\nSenior "
        "Consultant | Harvey Nash",
        None,
    ),
    (
        "DVLA",
        "applied",
        "2025-06-03",
        CF,
        "DVLA - DevOps Engineer",
        "Gareth,\n\nYour CV is now with the hiring manager at the DVLA for the DevOps Engineer contract in Swansea. "
        "I'll chase for feedback Friday.\n\nTom Price\nComputer Futures",
        None,
    ),
    (
        "Welsh Government",
        "applied",
        "2025-06-04",
        WG,
        "Thank you for your application",
        "Dear Gareth Jones,\n\nThank you for your application for the role of Senior DevOps Engineer with the Welsh "
        "Government (reference WG-25-1187). We will be in touch after the closing date.\n\nWelsh Government "
        "Recruitment",
        None,
    ),
    (
        "Admiral",
        "interview",
        "2025-06-06",
        HN,
        "RE: DevOps Engineer contract - Newport",
        "Hi Gareth,\n\nGood news - the client is Admiral, and they'd like a Teams call with the platform lead on "
        "Thursday at 11. Can you do it?\n\nRhian",
        0,
    ),
    (
        "DVLA",
        "rejected",
        "2025-06-10",
        CF,
        "RE: DVLA - DevOps Engineer",
        "Gareth,\n\nFeedback from DVLA - they've gone with someone with more Azure experience. Sorry mate, I'll keep "
        "looking.\n\nTom",
        1,
    ),
    (
        "Welsh Government",
        "interview",
        "2025-06-16",
        WG,
        "Invitation to interview - WG-25-1187",
        "Dear Gareth Jones,\n\nWe are pleased to invite you to an interview and technical presentation for the role "
        "of Senior DevOps Engineer on 24 June at Cathays Park, Cardiff.\n\nWelsh Government Recruitment",
        2,
    ),
    (
        "Admiral",
        "offer",
        "2025-06-17",
        HN,
        "RE: DevOps Engineer contract - Newport",
        "Hi Gareth,\n\nAdmiral have offered! £550/day inside IR35, 6 months starting 1 July. Shall I confirm?\n\nRhian",
        3,
    ),
    (
        "Admiral",
        "accepted",
        "2025-06-17",
        ME,
        "RE: DevOps Engineer contract - Newport",
        "Rhian,\n\nBrilliant, happy to go ahead - please confirm with them.\n\nGareth",
        6,
        HN,
    ),
    (
        "Welsh Government",
        "rejected",
        "2025-07-01",
        WG,
        "Outcome of your application - WG-25-1187",
        "Dear Gareth Jones,\n\nThank you for attending the interview. We regret to inform you that you have not been "
        "successful on this occasion.\n\nWelsh Government Recruitment",
        5,
    ),
]

_NEGATIVES = [
    (
        "Jobserve <alerts@jobserve.example>",
        "Jobserve: 14 new DevOps contracts",
        "alert",
        "New contracts matching your search. Unsubscribe.",
    ),
    (
        "CWJobs <jobs@cwjobs.example>",
        "DevOps jobs in Cardiff",
        "alert",
        "10 new jobs for you. Manage alerts.",
    ),
    (
        "LinkedIn <inmail-hit-reply@linkedin.example>",
        "Gareth, you have a new message",
        "outreach",
        "Sam Hughes, Recruitment Consultant at Hays: Hi Gareth, I have an exciting Platform Engineer contract with a "
        "banking client in Cardiff. Open to a call?",
    ),
    (
        "Kingsbridge <renewals@kingsbridge.example>",
        "Your contractor insurance renewal",
        "other",
        "Your policy renews on 1 July.",
    ),
    (
        "Computer Futures <marketing@computerfutures.example>",
        "Tech contractor market report Q2",
        "newsletter",
        "Day rates and demand across the UK. Unsubscribe.",
    ),
    (
        "Cerys Jones <cerys.jones@gmail.example>",
        "tea",
        "personal",
        "What do you fancy for tea?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=GARETH,
        offset=lambda d: "+0100",
        clock="10:50:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="21:20:00",
        tag="sixhundredfiftythree",
        host="btinternet.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
