"""A three-hundred-and-ninth mailbox, written as a held-out check after the three-hundred-and-eighth (issue #24).

Wei Jie, a risk analyst in Singapore, exports Gmail with Takeout.  Singapore's finance hiring as it writes: a bank's
Workday receipt, MyCareersFuture's "Your application has been submitted", a search firm's consultant who "put you
forward to my client, a regional private bank" and later writes "the bank is Merlion Private Bank", a HireVue
"digital interview", a "Superday" at the bank's Marina Bay office (the final round), a fund's "we regret to inform
you that we will not be proceeding further with your application", a letter of offer and his own acceptance.
Negatives: JobStreet's alert, an eFinancialCareers newsletter, a Grab promotion, a DBS PayLah notice, a NS reservist
notice, his mother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WEIJIE = "tan.weijie.risk@gmail.com"
ME = f"Tan Wei Jie <{WEIJIE}>"

_OWN_TO = {
    "Merlion Private Bank": "Rachel Lim <rachel.lim@straitssearch.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Straits Commercial Bank",
        "applied",
        "2025-08-04",
        "Straits Commercial Bank <straitsbank@myworkday.com>",
        "Thank you for your application",
        "Dear Wei Jie,\n\nThank you for applying for the Market Risk Analyst position (JR-88231) at Straits Commercial "
        "Bank. We will review your application and contact you if you are shortlisted.\n\nTalent Acquisition",
        "s1",
    ),
    (
        "Kallang Capital",
        "applied",
        "2025-08-05",
        "MyCareersFuture <no-reply@mycareersfuture.gov.sg>",
        "Your application has been submitted",
        "Hi Tan Wei Jie,\n\nYour application for Risk Analyst at KALLANG CAPITAL PTE. LTD. has been submitted. The "
        "employer may contact you directly.\n\nMyCareersFuture",
        "k1",
    ),
    (
        "Merlion Private Bank",
        "applied",
        "2025-08-06",
        "Rachel Lim <rachel.lim@straitssearch.example>",
        "Credit Risk Associate - Private Banking",
        "Hi Wei Jie,\n\nThanks for the chat this morning. As agreed, I have put you forward to my client, a regional "
        "private bank, for the Credit Risk Associate role. I'll update you once I hear back.\n\nBest regards,\nRachel "
        "Lim\nAssociate Director | Straits Search Partners",
        "m1",
    ),
    (
        "Straits Commercial Bank",
        "interview",
        "2025-08-11",
        "Straits Commercial Bank <straitsbank@myworkday.com>",
        "Invitation: digital interview for Market Risk Analyst",
        "Dear Wei Jie,\n\nWe are pleased to invite you to complete a digital interview via HireVue for the Market Risk "
        "Analyst position. Please complete it within 5 days.\n\nTalent Acquisition\nStraits Commercial Bank",
        "s1",
    ),
    (
        "Merlion Private Bank",
        "interview",
        "2025-08-12",
        "Rachel Lim <rachel.lim@straitssearch.example>",
        "RE: Credit Risk Associate - Private Banking",
        "Hi Wei Jie,\n\nGood news - the bank is Merlion Private Bank, and the hiring manager would like to meet you on "
        "Friday at 3pm at their Raffles Place office.\n\nBest regards,\nRachel",
        "m1",
    ),
    (
        "Kallang Capital",
        "rejected",
        "2025-08-15",
        "Kallang Capital HR <hr@kallangcapital.example>",
        "Your application for Risk Analyst",
        "Dear Mr Tan,\n\nThank you for your interest in Kallang Capital. We regret to inform you that we will not be "
        "proceeding further with your application.\n\nYours sincerely,\nHuman Resources\nKallang Capital Pte. Ltd.",
        "k2",
    ),
    (
        "Straits Commercial Bank",
        "onsite",
        "2025-08-20",
        "Straits Commercial Bank <straitsbank@myworkday.com>",
        "Superday invitation - Market Risk Analyst",
        "Dear Wei Jie,\n\nCongratulations on progressing to our Superday on 28 August at our Marina Bay Financial "
        "Centre office: three interviews with the risk team and a case exercise.\n\nTalent Acquisition",
        "s1",
    ),
    (
        "Merlion Private Bank",
        "rejected",
        "2025-08-21",
        "Rachel Lim <rachel.lim@straitssearch.example>",
        "RE: Credit Risk Associate - Private Banking",
        "Hi Wei Jie,\n\nI've had feedback from Merlion: they liked you but have decided to go ahead with a candidate "
        "with more private banking experience. Sorry it isn't better news.\n\nRachel",
        "m1",
    ),
    (
        "Straits Commercial Bank",
        "offer",
        "2025-09-02",
        "Straits Commercial Bank <straitsbank@myworkday.com>",
        "Letter of Offer - Market Risk Analyst",
        "Dear Wei Jie,\n\nWe are pleased to offer you the position of Market Risk Analyst at a monthly salary of "
        "S$7,200. Please find your letter of offer attached and accept it in the candidate portal by 9 September.\n\n"
        "Talent Acquisition\nStraits Commercial Bank",
        "s1",
    ),
    (
        "Straits Commercial Bank",
        "accepted",
        "2025-09-03",
        ME,
        "Acceptance of offer - Market Risk Analyst",
        "Dear Talent Acquisition team,\n\nThank you for the offer. I am pleased to accept the position of Market Risk "
        "Analyst and have signed the letter of offer in the portal.\n\nRegards,\nTan Wei Jie",
        "s9",
    ),
]

_NEGATIVES = [
    (
        "JobStreet <noreply@jobstreet.example>",
        "New jobs for Risk Analyst in Singapore",
        "alert",
        "Risk Analyst - Raffles Place. Credit Risk Manager - Tanjong Pagar. Apply now.",
    ),
    (
        "eFinancialCareers <news@efinancialcareers.example>",
        "The week in banking jobs",
        "newsletter",
        "Bonuses, hiring freezes and the banks hiring in Singapore this month.",
    ),
    (
        "Grab <promos@grab.example>",
        "20% off your next GrabFood order",
        "shop",
        "Enjoy 20% off your next GrabFood order this weekend.",
    ),
    (
        "DBS PayLah! <paylah@dbs.example>",
        "You received S$25.00",
        "other",
        "You have received S$25.00 from MARCUS ONG.",
    ),
    (
        "NS Portal <noreply@ns.example>",
        "In-Camp Training notification",
        "other",
        "You are required to report for In-Camp Training from 6 to 17 October.",
    ),
    (
        "Mum <tan.meiling@singnet.example>",
        "dinner",
        "personal",
        "come back for dinner on sunday? your auntie is visiting.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=WEIJIE,
        own_to={**_OWN_TO, "Straits Commercial Bank": "Talent Acquisition <talent@straitsbank.example>"},
        offset="+0800",
        clock="10:10:00",
        neg_start="2025-08-03",
        neg_step=6,
        neg_clock="21:30:00",
        tag="threehundrednine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
