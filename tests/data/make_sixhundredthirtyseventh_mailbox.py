"""A six-hundred-and-thirty-seventh mailbox, written as a held-out check after the six-hundred-and-thirty-sixth
(issue #24).

Priya Desai, a management accountant in Manchester, keeps her mail in Thunderbird and exports the inbox as one mbox.
Most of her search goes through agencies: a Hays consultant who "put you forward" to Kellogg's and later says "the
client would like to meet you", a Michael Page consultant whose client Co-op "have decided to progress with another
candidate", a Robert Walters consultant who "sent your CV across to Bet365" and then brings "great news - Bet365 want
to make you an offer", and her acceptance to the consultant. She also applies directly: Civil Service Jobs for HMRC
("Your application for Management Accountant (HMRC) has been submitted"), HMRC's "sift" result inviting her to
interview, and AO.com through Workable. (Her HMRC is named as its mail names it in full, the convention since the
518th's Employment and Social Development Canada; the truth first said "HMRC", and that first read missed it with
Kellogg's possessive.) Negatives: Reed's alert, Hays' salary guide, a Michael Page newsletter, a
cold LinkedIn approach, her council tax and her sister. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.desai84@btinternet.example"
ME = f"Priya Desai <{PRIYA}>"
HAYS = "Tom Whitaker <tom.whitaker@hays.example>"
PAGE = "Sophie Allen <sophieallen@michaelpage.example>"
RW = "Liam Doyle <liam.doyle@robertwalters.example>"
CSJ = "Civil Service Jobs <noreply@csjobs.cabinetoffice.example>"
AO = "AO.com <noreply@apply.workable.example>"

# (company, event, day, sender, subject, body, parent)
_POSITIVES = [
    (
        "Kellogg's",
        "applied",
        "2025-02-03",
        HAYS,
        "Management Accountant - Kellogg's, Salford Quays",
        "Hi Priya,\n\nGreat to speak earlier. As discussed, I've put you forward to Kellogg's for the Management "
        "Accountant role at their Salford Quays office. I'll chase for feedback by the end of the week.\n\nKind "
        "regards,\nTom Whitaker\nSenior Consultant | Hays Accountancy & Finance",
        None,
    ),
    (
        "Co-op",
        "applied",
        "2025-02-04",
        PAGE,
        "Your application - Finance Business Partner",
        "Hi Priya,\n\nThanks for your time today. I have now submitted your CV to my client, Co-op, for the Finance "
        "Business Partner role in Angel Square.\n\nBest wishes,\nSophie Allen\nManager, Michael Page Finance",
        None,
    ),
    (
        "HM Revenue and Customs",
        "applied",
        "2025-02-05",
        CSJ,
        "Your application for Management Accountant (HMRC) has been submitted",
        "Dear Priya Desai,\n\nThank you for applying for the role of Management Accountant with HM Revenue and "
        "Customs. Your application reference is 412877.\n\nWe will contact you after the sift.\n\nCivil Service Jobs",
        None,
    ),
    (
        "Bet365",
        "applied",
        "2025-02-06",
        RW,
        "CV sent - Bet365",
        "Hi Priya,\n\nJust to confirm I've sent your CV across to Bet365 for the Commercial Accountant position. "
        "I'll let you know as soon as I hear back.\n\nCheers,\nLiam Doyle\nRobert Walters",
        None,
    ),
    (
        "AO.com",
        "applied",
        "2025-02-07",
        AO,
        "Thanks for applying to AO.com",
        "Hi Priya,\n\nThanks for applying for the Finance Analyst position at AO.com. Your application has been "
        "received and we'll be in touch soon.\n\nAO Recruitment",
        None,
    ),
    (
        "Kellogg's",
        "interview",
        "2025-02-11",
        HAYS,
        "RE: Management Accountant - Kellogg's, Salford Quays",
        "Hi Priya,\n\nGood news - the client would like to meet you! They've offered a first interview with the "
        "Finance Manager on Monday 17th at 10am at Salford Quays. Can you confirm?\n\nTom",
        0,
    ),
    (
        "Co-op",
        "rejected",
        "2025-02-12",
        PAGE,
        "RE: Your application - Finance Business Partner",
        "Hi Priya,\n\nI've had feedback from Co-op. Unfortunately they have decided to progress with another "
        "candidate whose experience is closer to their requirements. I'll keep you in mind for other roles.\n\n"
        "Sophie",
        1,
    ),
    (
        "HM Revenue and Customs",
        "interview",
        "2025-02-20",
        CSJ,
        "Management Accountant (HMRC) - sift result",
        "Dear Priya Desai,\n\nCongratulations, you have been successful at the sift stage. We would like to invite you "
        "to an interview. Please book a slot using the link in your Civil Service Jobs account.\n\nCivil Service Jobs",
        2,
    ),
    (
        "AO.com",
        "rejected",
        "2025-02-21",
        AO,
        "Your application for Finance Analyst",
        "Hi Priya,\n\nThank you for your interest in AO.com. Unfortunately, on this occasion we won't be taking your "
        "application further.\n\nAO Recruitment",
        4,
    ),
    (
        "Bet365",
        "interview",
        "2025-02-24",
        RW,
        "RE: CV sent - Bet365",
        "Hi Priya,\n\nBet365 liked your CV and would like you to come in for an interview at their Stoke office on "
        "Friday 28th at 2pm.\n\nCheers,\nLiam",
        3,
    ),
    (
        "Kellogg's",
        "rejected",
        "2025-02-25",
        HAYS,
        "RE: Management Accountant - Kellogg's, Salford Quays",
        "Hi Priya,\n\nThanks for attending the interview. Sadly Kellogg's have decided not to take things further - "
        "they felt another candidate had more FMCG experience.\n\nTom",
        5,
    ),
    (
        "Bet365",
        "offer",
        "2025-03-05",
        RW,
        "Great news - Bet365",
        "Hi Priya,\n\nGreat news - Bet365 want to make you an offer! £52,000 plus bonus, starting in April. Give me a "
        "call when you can.\n\nLiam",
        9,
    ),
    (
        "Bet365",
        "accepted",
        "2025-03-06",
        ME,
        "RE: Great news - Bet365",
        "Hi Liam,\n\nThank you! I'm delighted to accept the offer from Bet365. Please let them know.\n\nPriya",
        11,
        RW,
    ),
]

_NEGATIVES = [
    (
        "Reed.co.uk <jobalerts@reed.example>",
        "12 new Management Accountant jobs in Manchester",
        "alert",
        "New jobs matching your search. Apply now. Manage your job alerts.",
    ),
    (
        "Hays <marketing@hays.example>",
        "The Hays Salary Guide 2025 is here",
        "newsletter",
        "Download the Hays UK Salary & Recruiting Trends guide. Unsubscribe.",
    ),
    (
        "Michael Page <news@michaelpage.example>",
        "Your finance career insights",
        "newsletter",
        "Market update for finance professionals in the North West. Unsubscribe.",
    ),
    (
        "Hannah Price <hannah.price@harveynash.example>",
        "Finance Business Partner opportunity",
        "outreach",
        "Hi Priya, I came across your profile and have an excellent Finance Business Partner role with a client in "
        "Cheshire. Would you be open to a quick call?",
    ),
    (
        "Manchester City Council <counciltax@manchester.example>",
        "Your council tax bill",
        "other",
        "Your annual council tax bill is ready.",
    ),
    (
        "Anjali Desai <anjali.d@gmail.example>",
        "Sunday lunch",
        "personal",
        "Mum says lunch at 1 on Sunday!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=PRIYA,
        offset=lambda d: "+0000",
        clock="11:20:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="21:10:00",
        tag="sixhundredthirtyseven",
        host="btinternet.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
