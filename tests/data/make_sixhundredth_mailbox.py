"""A six-hundredth mailbox, written as a held-out check after the five-hundred-and-ninety-ninth (issue #24).

Tan Wei Jie, a financial analyst in Singapore, exports his Gmail with Takeout. Singapore's banks and a recruitment firm
write in Singapore business English: MyCareersFuture's "Your application to OCBC has been submitted", DBS's Workday
"Thank you for your application", a Robert Walters consultant's "Further to our call, I have shared your CV with UOB
for the FP&A Analyst role", DBS's "online assessment (Pymetrics games)", OCBC's "we regret to inform you that your
application was not shortlisted", the consultant's "UOB would like to invite you for a first round interview with the
FP&A Manager", DBS's "final round interview with the Head of Finance at Marina Bay Financial Centre", the consultant's
"UOB has decided not to proceed further with your candidacy", DBS's "Letter of Offer", his "I accept the offer" and his
thanks after the final round. Negatives: JobStreet's job alert, The Straits Times' newsletter, a headhunter's cold mail,
DBS's own card promotion (a bank he applied to), Grab and his mother. Its score before any rule was changed for it is
in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WEIJIE = "tan.weijie.fin@gmail.com"
ME = f"Tan Wei Jie <{WEIJIE}>"
MCF = "MyCareersFuture <noreply@mycareersfuture.gov.example>"
DBS = "DBS Bank <dbs@myworkday.example>"
RW = "Rachel Lim <rachel.lim@robertwalters.example>"
SHARON = "Sharon Goh <sharongoh@dbs.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "OCBC",
        "applied",
        "2025-03-03",
        MCF,
        "Your application has been submitted",
        "Dear Tan Wei Jie,\n\nYour application to OCBC for the position of Financial Analyst has been submitted.\n\n"
        "MyCareersFuture",
        "t-ocbc",
    ),
    (
        "DBS",
        "applied",
        "2025-03-04",
        DBS,
        "Thank you for your application",
        "Dear Wei Jie,\n\nThank you for your application for Analyst, Group Finance at DBS Bank. We will review it "
        "and get back to you.\n\nDBS Talent Acquisition",
        "t-dbs",
    ),
    (
        "UOB",
        "applied",
        "2025-03-05",
        RW,
        "FP&A Analyst - UOB",
        "Hi Wei Jie,\n\nFurther to our call, I have shared your CV with UOB for the FP&A Analyst role. Will update you "
        "once I hear from them.\n\nBest regards,\nRachel Lim\nRobert Walters Singapore",
        "t-uob",
    ),
    (
        "DBS",
        "interview",
        "2025-03-10",
        DBS,
        "Next step: online assessment",
        "Dear Wei Jie,\n\nAs the next step, please complete our online assessment (Pymetrics games) within 7 days.\n\n"
        "DBS Talent Acquisition",
        "t-dbs",
    ),
    (
        "OCBC",
        "rejected",
        "2025-03-11",
        "OCBC Careers <careers@ocbc.example>",
        "Your application with OCBC",
        "Dear Tan Wei Jie,\n\nThank you for your interest in OCBC. We regret to inform you that your application was not "
        "shortlisted.\n\nOCBC Human Resources",
        "t-ocbc",
    ),
    (
        "UOB",
        "interview",
        "2025-03-12",
        RW,
        "RE: FP&A Analyst - UOB",
        "Hi Wei Jie,\n\nUOB would like to invite you for a first round interview with the FP&A Manager on Monday at "
        "3pm.\n\nBest regards,\nRachel",
        "t-uob",
    ),
    (
        "DBS",
        "onsite",
        "2025-03-17",
        SHARON,
        "DBS - final round interview",
        "Dear Wei Jie,\n\nWe are pleased to invite you to a final round interview with the Head of Finance at Marina "
        "Bay Financial Centre Tower 3 on 24 March at 10am.\n\nSharon Goh\nTalent Acquisition",
        "t-dbs2",
    ),
    (
        "UOB",
        "rejected",
        "2025-03-20",
        RW,
        "RE: FP&A Analyst - UOB",
        "Hi Wei Jie,\n\nUOB has decided not to proceed further with your candidacy. Sorry about this - I'll keep you "
        "posted on other roles.\n\nBest regards,\nRachel",
        "t-uob",
    ),
    (
        "DBS",
        "thank_you",
        "2025-03-24",
        ME,
        "RE: DBS - final round interview",
        "Dear Sharon,\n\nThank you for arranging today's interview with the Head of Finance.\n\nBest regards,\nWei Jie",
        "t-dbs2",
    ),
    (
        "DBS",
        "offer",
        "2025-03-31",
        SHARON,
        "Letter of Offer",
        "Dear Wei Jie,\n\nWe are pleased to attach your Letter of Offer for the position of Analyst, Group Finance. "
        "Kindly sign and return by 7 April.\n\nSharon Goh",
        "t-dbs3",
    ),
    (
        "DBS",
        "accepted",
        "2025-04-01",
        ME,
        "RE: Letter of Offer",
        "Dear Sharon,\n\nI accept the offer and have signed the letter. Thank you!\n\nWei Jie",
        "t-dbs3",
    ),
]

_NEGATIVES = [
    (
        "JobStreet <jobalerts@jobstreet.example>",
        "New jobs for Financial Analyst",
        "alert",
        "Financial Analyst - Raffles Place. FP&A Analyst - Tanjong Pagar. View jobs.",
    ),
    (
        "The Straits Times <newsletter@straitstimes.example>",
        "Morning Briefing",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "Kevin Ong <kevin.ong@michaelpage.example>",
        "Senior Analyst role",
        "outreach",
        "Hi Wei Jie, I'm recruiting a Senior Analyst for a regional insurer. Keen to have a chat?",
    ),
    (
        "DBS Cards <cards@dbs.example>",
        "Enjoy 10% off with your DBS card",
        "newsletter",
        "This month's deals. Unsubscribe.",
    ),
    (
        "Grab <no-reply@grab.example>",
        "Your Grab E-Receipt",
        "other",
        "Thanks for riding with Grab.",
    ),
    (
        "Mum <tan.meiling@singnet.example>",
        "dinner",
        "personal",
        "Coming home for dinner on Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=WEIJIE,
        own_to={"DBS": SHARON},
        offset="+0800",
        clock="10:40:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:50:00",
        tag="sixhundred",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
