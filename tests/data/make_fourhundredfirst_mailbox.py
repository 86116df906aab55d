"""A four-hundred-and-first mailbox, written as a held-out check after the four-hundredth (issue #24).

Tom, a management accountant in Bristol, keeps his search in Gmail and exports it with Takeout.  A freelance
recruiter who writes from her own Gmail and never says "submitted" ("done - your CV's with Harbor Bank's FP&A lead
now", "Harbor want to meet you", "it's a no unfortunately"), a finance agency's consultant ("as discussed I've put you
forward to Avon Foods", "have asked for a 30 min Teams call with their FD", "second stage", "have offered £48k"),
his "yes, I'll take it"; a council's own system ("you have not been shortlisted for interview") and a Workday
receipt.  Negatives: the freelancer's first unnamed approach, the agency's salary guide, job alerts, the ICAEW's
newsletter, a bank and a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOM = "tom.ashworth.aca@gmail.com"
ME = f"Tom Ashworth <{TOM}>"
GEMMA = "Gemma Hart <gemmahart.recruits@gmail.com>"
RAVI = "Ravi Mistry <ravi.mistry@calderfinance.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Harbor Bank",
        "applied",
        "2025-02-03",
        GEMMA,
        "Re: FP&A role - Bristol",
        "Hi Tom,\n\nDone - your CV's with Harbor Bank's FP&A lead now. I'll chase them on Thursday if I've not heard "
        "anything.\n\nGemma\n\nGemma Hart | Finance & Accounting Recruitment | 07700 900123",
        "t-gemma",
    ),
    (
        "Avon Foods",
        "applied",
        "2025-02-04",
        RAVI,
        "Management Accountant - Avon Foods",
        "Hi Tom,\n\nAs discussed, I've put you forward to Avon Foods for the Management Accountant role (GBP 45-50k, "
        "Avonmouth, hybrid). They're quick to feed back so I'd hope to hear by the end of the week.\n\nRavi Mistry\n"
        "Senior Consultant | Calder Finance Recruitment",
        "t-avon",
    ),
    (
        "Bristol City Council",
        "applied",
        "2025-02-05",
        "Bristol City Council <recruitment@bristolcouncil.example>",
        "Your application: Finance Business Partner (Ref: BCC-07712)",
        "Dear Tom Ashworth,\n\nThank you for your application for the post of Finance Business Partner (Ref: "
        "BCC-07712). Shortlisting will take place after the closing date of 16 February 2025.\n\nRecruitment Team\n"
        "Bristol City Council",
        "t-bcc",
    ),
    (
        "Westcountry Energy",
        "applied",
        "2025-02-06",
        "Westcountry Energy <westcountryenergy@myworkday.com>",
        "Thank you for applying to Westcountry Energy",
        "Hi Tom,\n\nThank you for applying for the Commercial Finance Analyst role at Westcountry Energy. Our talent "
        "team will review your application and be in touch.\n\nWestcountry Energy Careers",
        "t-wce",
    ),
    (
        "Harbor Bank",
        "interview",
        "2025-02-07",
        GEMMA,
        "Re: FP&A role - Bristol",
        "Good news! Harbor want to meet you - Wednesday 12th at 2pm at their Temple Quay office, with Sarah Quinn "
        "(Head of FP&A) and one of her managers. Can you do it?\n\nGemma",
        "t-gemma",
    ),
    (
        "Avon Foods",
        "interview",
        "2025-02-10",
        RAVI,
        "RE: Management Accountant - Avon Foods",
        "Hi Tom,\n\nAvon Foods have asked for a 30 min Teams call with their FD, Mark Doyle, on Monday at 9:30. I'll "
        "send you the invite - shout if the time doesn't work.\n\nRavi",
        "t-avon",
    ),
    (
        "Harbor Bank",
        "rejected",
        "2025-02-14",
        GEMMA,
        "Re: FP&A role - Bristol",
        "Hi Tom,\n\nThey've come back to me - it's a no unfortunately. Sarah liked you but they've gone with someone "
        "with more banking experience. Sorry! I'll keep looking for you.\n\nGemma",
        "t-gemma",
    ),
    (
        "Avon Foods",
        "interview",
        "2025-02-18",
        RAVI,
        "RE: Management Accountant - Avon Foods",
        "Hi Tom,\n\nMark was really positive. Second stage is in person at Avonmouth next Thursday, with Mark and the "
        "CFO, plus a short Excel exercise. Well done!\n\nRavi",
        "t-avon",
    ),
    (
        "Bristol City Council",
        "rejected",
        "2025-02-20",
        "Bristol City Council <recruitment@bristolcouncil.example>",
        "Shortlisting outcome - Finance Business Partner (Ref: BCC-07712)",
        "Dear Tom Ashworth,\n\nThank you for your interest in working for Bristol City Council. We regret that on this "
        "occasion you have not been shortlisted for interview.\n\nRecruitment Team",
        "t-bcc2",
    ),
    (
        "Avon Foods",
        "offer",
        "2025-02-24",
        RAVI,
        "Offer!!",
        "Tom!\n\nAvon Foods have offered GBP 48k plus 10% bonus, start date 17 March. Give me a call when you can - "
        "they'd love an answer by Wednesday.\n\nRavi",
        "t-avon-off",
    ),
    (
        "Avon Foods",
        "accepted",
        "2025-02-24",
        ME,
        "Re: Offer!!",
        "Brilliant - yes, I'll take it! Please let them know and thank Mark for me.\n\nTom",
        "t-avon-off",
    ),
]

_NEGATIVES = [
    (
        GEMMA,
        "FP&A role - Bristol",
        "outreach",
        "Hi Tom, hope you're well! I'm working on an FP&A Analyst role with a bank in central Bristol - GBP 50-55k, "
        "hybrid. Would you be open to a chat? Gemma",
    ),
    (
        "Calder Finance Recruitment <news@calderfinance.example>",
        "Your 2025 Finance Salary Guide",
        "newsletter",
        "What accountants are earning in the South West this year. Download the guide.",
    ),
    (
        "Reed <jobalerts@reed.example>",
        "12 new Management Accountant jobs in Bristol",
        "alert",
        "Management Accountant - Clifton. Finance Analyst - Aztec West. See all jobs.",
    ),
    (
        "ICAEW <insights@icaew.example>",
        "ICAEW Insights: this week",
        "newsletter",
        "Making Tax Digital, audit reform and your CPD record.",
    ),
    (
        "Monzo <help@monzo.example>",
        "Your monthly statement",
        "other",
        "Your statement for January is ready in the app.",
    ),
    (
        "Dan Price <danprice88@gmail.example>",
        "five a side thurs?",
        "personal",
        "We're one short on Thursday, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TOM,
        own_to={"Avon Foods": RAVI},
        offset="+0000",
        clock="11:20:00",
        neg_start="2025-01-31",
        neg_step=4,
        neg_clock="20:15:00",
        tag="fourhundredone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
