"""A six-hundred-and-sixty-third mailbox, written as a held-out check after the six-hundred-and-sixty-second (issue
#24).

Rachel Hughes, a finance business partner in Birmingham, saves her Outlook mail as ``.eml`` files (``Inbox`` and
``Sent Items``; no labels, no Delivered-To). Her search runs through two recruitment consultants: Hays' consultant
"sent your CV across to Severn Trent", then writes of a first stage interview and of Severn Trent's "decided not to
progress your application"; Michael Page's consultant puts her forward to "my client, a leading FTSE 250 housebuilder
based in Solihull" (unnamed), names it in her next mail ("the client is Taylor Wimpey and they'd like to meet you for a
first interview"), then writes of a final stage with the CFO and of the offer, which Rachel accepts. One direct
application: Jaguar Land Rover's SuccessFactors receipt and its "not been successful on this occasion". The Michael
Page application is Taylor Wimpey's from its first mail: the client named later. Negatives: Hays' and Reed's job
alerts, Michael Page's salary-guide newsletter, LinkedIn's "You have a new InMail" notice, Tesco's Clubcard mail and
her sister. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RACHEL = "rachel.hughes84@outlook.example"
ME = f"Rachel Hughes <{RACHEL}>"
HAYS = "Tom Fletcher <tom.fletcher@hays.example>"
PAGE = "Priya Shah <priyashah@michaelpage.example>"
JLR = "Jaguar Land Rover Careers <careers@jlr.successfactors.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Severn Trent",
        "applied",
        "2025-02-03",
        HAYS,
        "CV sent - Finance Business Partner - Severn Trent",
        "Hi Rachel,\n\nAs discussed, I've now sent your CV across to Severn Trent for the Finance Business Partner role "
        "in Coventry. I'll chase for feedback by Friday.\n\nKind regards,\nTom Fletcher\nSenior Consultant | Hays "
        "Accountancy & Finance",
        None,
    ),
    (
        "Taylor Wimpey",
        "applied",
        "2025-02-04",
        PAGE,
        "Your application - FP&A Manager",
        "Hi Rachel,\n\nThanks for your time on the phone today. With your permission I've put you forward to my client, "
        "a leading FTSE 250 housebuilder based in Solihull, for their FP&A Manager vacancy. I'll be in touch as soon "
        "as I hear back.\n\nBest wishes,\nPriya Shah\nManager | Michael Page Finance",
        None,
    ),
    (
        "Jaguar Land Rover",
        "applied",
        "2025-02-05",
        JLR,
        "Thank you for your application",
        "Dear Rachel,\n\nThank you for applying for the role of Finance Manager - Product Costing (JLR-48812) at Jaguar "
        "Land Rover. We will review your application and be in touch.\n\nJLR Talent Acquisition",
        None,
    ),
    (
        "Severn Trent",
        "interview",
        "2025-02-07",
        HAYS,
        "Severn Trent - interview",
        "Hi Rachel,\n\nGood news! Severn Trent would like to invite you to a first stage interview with the Head of "
        "Finance next Tuesday at 10am at their Coventry office.\n\nTom",
        None,
    ),
    (
        "Taylor Wimpey",
        "interview",
        "2025-02-10",
        PAGE,
        "Interview - FP&A Manager",
        "Hi Rachel,\n\nGreat news - the client is Taylor Wimpey and they'd like to meet you for a first interview on "
        "Thursday 13th at 2pm at their Solihull office.\n\nPriya",
        None,
    ),
    (
        "Severn Trent",
        "rejected",
        "2025-02-14",
        HAYS,
        "Severn Trent feedback",
        "Hi Rachel,\n\nUnfortunately Severn Trent have decided not to progress your application further - they felt "
        "another candidate had more regulated utilities experience. Let's catch up next week.\n\nTom",
        None,
    ),
    (
        "Jaguar Land Rover",
        "rejected",
        "2025-02-18",
        JLR,
        "Your application with Jaguar Land Rover",
        "Dear Rachel,\n\nThank you for your interest in Jaguar Land Rover. Unfortunately, on this occasion your "
        "application has not been successful.\n\nJLR Talent Acquisition",
        None,
    ),
    (
        "Taylor Wimpey",
        "onsite",
        "2025-02-19",
        PAGE,
        "Second stage - Taylor Wimpey",
        "Hi Rachel,\n\nThey loved you! Taylor Wimpey would like you back for a final stage interview with the CFO on "
        "the 26th, including a 15 minute presentation on a forecasting process you've improved.\n\nPriya",
        None,
    ),
    (
        "Taylor Wimpey",
        "offer",
        "2025-02-28",
        PAGE,
        "Offer - Taylor Wimpey",
        "Hi Rachel,\n\nI'm delighted to let you know that Taylor Wimpey have offered you the FP&A Manager role at "
        "£68,000 plus bonus and car allowance! Give me a call when you can.\n\nPriya",
        None,
    ),
    (
        "Taylor Wimpey",
        "accepted",
        "2025-03-03",
        ME,
        "RE: Offer - Taylor Wimpey",
        "Hi Priya,\n\nThank you so much for all your help. I'm delighted to accept the offer - please let Taylor Wimpey "
        "know.\n\nRachel",
        PAGE,
    ),
]

_NEGATIVES = [
    (
        "Hays <jobalerts@hays.example>",
        "New jobs matching your search",
        "alert",
        "8 new Finance Business Partner jobs in Birmingham. View all jobs. Manage your job alerts.",
    ),
    (
        "reed.co.uk <alerts@reed.example>",
        "Your daily job alert: Finance Manager",
        "alert",
        "23 new jobs for Finance Manager near Birmingham. Unsubscribe from this alert.",
    ),
    (
        "Michael Page <insights@michaelpage.example>",
        "Salary Guide 2025: what finance professionals earn",
        "newsletter",
        "Download our 2025 Salary Guide for Accounting & Finance. Unsubscribe.",
    ),
    (
        "LinkedIn <inmail-hit-reply@linkedin.example>",
        "You have a new InMail from James Carter",
        "outreach",
        "James Carter, Director at Robert Walters: Hi Rachel, I'm recruiting for a Head of FP&A with a manufacturing "
        "client in the West Midlands. Would you be open to a chat?",
    ),
    (
        "Tesco Clubcard <clubcard@tesco.example>",
        "Your Clubcard vouchers are here",
        "other",
        "You've collected £6.50 in vouchers this quarter.",
    ),
    (
        "Emma Hughes <emma.hughes@btinternet.example>",
        "Mum's birthday",
        "personal",
        "Shall we book the Italian place for Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0000",
        clock="10:20:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="19:40:00",
        tag="sixhundredsixtythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files (``Inbox``, ``Sent Items``); return the folder."""
    from mail_score import write_outlook

    return write_outlook(Path(folder) / "outlook", msgs if msgs is not None else messages(), RACHEL)
