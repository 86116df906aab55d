"""A five-hundred-and-seventy-first mailbox, written as a held-out check after the five-hundred-and-seventieth (issue
#24).

Megan O'Brien, a senior accountant in Denver, exports her Apple Mail inbox and zips it (``INBOX.mbox/mbox`` in a
.zip). Her search mixes two large firms and a staffing agency whose recruiter names the client only once it bites:
KPMG's Workday receipt, HireVue's "KPMG has invited you to complete a digital interview" (from hirevue.com), EY's
"Thank you for applying to EY", a Robert Half recruiter's "I submitted you to a client in the Denver Tech Center, a
global manufacturer", then "I can share now - it's Gates Corporation, and they want to meet you Tuesday", KPMG's "we
are unable to move forward with your candidacy", EY's "You're invited to our Superday", Gates' "came back with an
offer", her "I'd love to accept", EY's "we regret that we will not be extending an offer" and her thanks after the
Superday. Negatives: Indeed's alert, the Colorado Society of CPAs' newsletter, a second agency's cold mail, a CPE
webinar, Xcel Energy's bill and her sister. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MEGAN = "megan.obrien.cpa@icloud.example"
ME = f"Megan O'Brien <{MEGAN}>"
KPMG = "KPMG US <kpmg@myworkday.example>"
EY = "EY Careers <noreply@ey.successfactors.example>"
JOSH = "Josh Martinez <josh.martinez@roberthalf.example>"
LAUREN = "Lauren Pike <lauren.pike@ey.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "KPMG",
        "applied",
        "2025-08-04",
        KPMG,
        "Thank you for your application",
        "Dear Megan,\n\nThank you for your application for Audit Senior Associate (R-0145521) at KPMG. We are reviewing "
        "your qualifications.\n\nKPMG Talent Acquisition",
        None,
    ),
    (
        "EY",
        "applied",
        "2025-08-05",
        EY,
        "Thank you for applying to EY",
        "Dear Megan,\n\nThank you for applying for the Assurance Senior position at EY in Denver. We will be in touch "
        "regarding next steps.\n\nEY Careers",
        None,
    ),
    (
        "Gates Corporation",
        "applied",
        "2025-08-05",
        JOSH,
        "Senior Accountant - DTC",
        "Hi Megan,\n\nThanks for the call! I submitted you to a client in the Denver Tech Center, a global manufacturer, "
        "for their Senior Accountant opening. I'll let you know when I hear back.\n\nJosh Martinez\nSenior Recruiting "
        "Manager, Robert Half",
        None,
    ),
    (
        "KPMG",
        "interview",
        "2025-08-07",
        "HireVue <noreply@hirevue.com>",
        "KPMG has invited you to complete a digital interview",
        "Hi Megan,\n\nKPMG has invited you to complete a digital interview for Audit Senior Associate. Please complete it "
        "within 5 days.\n\nStart interview",
        None,
    ),
    (
        "Gates Corporation",
        "interview",
        "2025-08-08",
        JOSH,
        "Re: Senior Accountant - DTC",
        "Hi Megan,\n\nI can share now - it's Gates Corporation, and they want to meet you Tuesday at 10 with the "
        "Assistant Controller.\n\nJosh",
        2,
    ),
    (
        "KPMG",
        "rejected",
        "2025-08-14",
        KPMG,
        "Update on your application",
        "Dear Megan,\n\nThank you for completing the digital interview. At this time, we are unable to move forward with "
        "your candidacy.\n\nKPMG Talent Acquisition",
        None,
    ),
    (
        "EY",
        "onsite",
        "2025-08-15",
        LAUREN,
        "You're invited to our Superday",
        "Hi Megan,\n\nYou're invited to our Superday on August 22 at our Denver office: three interviews with partners "
        "and managers, and lunch with the team.\n\nLauren Pike\nExperienced Recruiter, EY",
        None,
    ),
    (
        "EY",
        "thank_you",
        "2025-08-22",
        ME,
        "Re: You're invited to our Superday",
        "Hi Lauren,\n\nThank you for organizing today's Superday - I really enjoyed meeting the team.\n\nMegan",
        6,
        LAUREN,
    ),
    (
        "Gates Corporation",
        "offer",
        "2025-08-25",
        JOSH,
        "Re: Senior Accountant - DTC",
        "Hi Megan,\n\nGreat news - Gates came back with an offer: $92,000 base plus a 10% bonus. Call me when you can!"
        "\n\nJosh",
        4,
    ),
    (
        "Gates Corporation",
        "accepted",
        "2025-08-26",
        ME,
        "Re: Senior Accountant - DTC",
        "Hi Josh,\n\nI'd love to accept! Thank you for all your help.\n\nMegan",
        8,
        JOSH,
    ),
    (
        "EY",
        "rejected",
        "2025-08-29",
        LAUREN,
        "Re: You're invited to our Superday",
        "Hi Megan,\n\nThank you for joining us for Superday. After careful consideration, we regret that we will not be "
        "extending an offer at this time.\n\nLauren",
        6,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Senior Accountant jobs in Denver, CO",
        "alert",
        "Senior Accountant - Denver. Audit Senior - Englewood. See all jobs.",
    ),
    (
        "COCPA <news@cocpa.example>",
        "COCPA Weekly",
        "newsletter",
        "The week for Colorado CPAs. Unsubscribe.",
    ),
    (
        "Tara Nguyen <tara.nguyen@accountemps-alt.example>",
        "Controller role - Boulder",
        "outreach",
        "Hi Megan, I have a Controller role in Boulder that could be a great next step. Open to a chat?",
    ),
    (
        "CPE Webinars <events@cpewebinars.example>",
        "Earn 2 CPE credits this week",
        "newsletter",
        "Register now. Unsubscribe.",
    ),
    (
        "Xcel Energy <billing@xcelenergy.example>",
        "Your bill is ready",
        "other",
        "Your bill for August is ready.",
    ),
    (
        "Kelly O'Brien <kelly.obrien@gmail.example>",
        "weekend",
        "personal",
        "Hiking this weekend?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MEGAN,
        offset=lambda d: "-0600",
        clock="13:15:00",
        neg_start="2025-08-03",
        neg_step=5,
        neg_clock="20:40:00",
        tag="fivehundredseventyone",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it, zipped (``INBOX.mbox/mbox``), into ``folder``; return its path."""
    from mail_score import write_apple_zip

    return write_apple_zip(Path(folder) / "Mail Export.zip", msgs if msgs is not None else messages())
