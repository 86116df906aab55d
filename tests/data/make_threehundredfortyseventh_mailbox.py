"""A three-hundred-and-forty-seventh mailbox, written as a held-out check after the three-hundred-and-forty-sixth
(issue #24).

Arjun, a financial analyst in Toronto, saves his mail from Outlook as .eml files.  Canadian finance as it hires: a
bank's Workday receipt, Indeed Apply's "Your application has been submitted" naming an insurer in its body, a Taleo
"Thank you for your interest", a HireVue one-way video interview, a Robert Half recruiter's "I submitted your resume to
Lakeshore Credit Union for the Senior Financial Analyst contract", its interview and "they've decided to go with
another candidate", the bank's "Interview Confirmation" with a panel of three, "we are excited to extend a conditional
offer", a Sterling background check after the offer, his acceptance and his withdrawal from the insurer.  Negatives:
an Indeed alert, a CFA Society newsletter, a Presto receipt, a Rogers bill, a Wealthsimple notice, his friend.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ARJUN = "arjun.mehta.fin@outlook.com"
ME = f"Arjun Mehta <{ARJUN}>"
RH = "Nicole Tran <nicole.tran@roberthalf.com>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Maple Trust Bank",
        "applied",
        "2025-01-13",
        "Maple Trust Bank <mapletrust@myworkday.com>",
        "Thank you for applying - Financial Analyst II",
        "Hello Arjun,\n\nThank you for applying to the Financial Analyst II role (Req 241108) at Maple Trust Bank. We "
        "have received your application and our Talent Acquisition team is reviewing it.\n\nMaple Trust Bank "
        "Talent Acquisition",
        None,
    ),
    (
        "Northshore Life Insurance",
        "applied",
        "2025-01-14",
        "Indeed Apply <indeedapply@indeed.com>",
        "Your application has been submitted",
        "Arjun, your application has been submitted.\n\nFP&A Analyst\nNorthshore Life Insurance - Toronto, ON\n\nThe "
        "employer will contact you directly if they'd like to move forward.\n\nGood luck!",
        None,
    ),
    (
        "Dundas Capital",
        "applied",
        "2025-01-15",
        "Dundas Capital <recruiting@tbe.taleo.net>",
        "Thank you for your interest in Dundas Capital",
        "Dear Arjun Mehta,\n\nThank you for your interest in the Analyst, Portfolio Finance position at Dundas Capital. "
        "Your application has been received and will be reviewed by our recruitment team.\n\nDundas Capital "
        "Human Resources",
        None,
    ),
    (
        "Lakeshore Credit Union",
        "applied",
        "2025-01-16",
        RH,
        "Senior Financial Analyst contract - submitted",
        "Hi Arjun,\n\nThanks for your time today. As discussed, I submitted your resume to Lakeshore Credit Union for "
        "the Senior Financial Analyst contract (6 months, hybrid). I'll follow up as soon as I have feedback.\n\n"
        "Nicole Tran\nRecruiting Manager | Robert Half Finance & Accounting",
        None,
    ),
    (
        "Dundas Capital",
        "interview",
        "2025-01-20",
        "Dundas Capital <recruiting@tbe.taleo.net>",
        "Next step: Video Interview for Analyst, Portfolio Finance",
        "Dear Arjun,\n\nWe'd like to invite you to complete a one-way video interview through HireVue. You'll answer "
        "five questions on your own time; please complete it by January 27.\n\nDundas Capital Human Resources",
        None,
    ),
    (
        "Lakeshore Credit Union",
        "interview",
        "2025-01-21",
        RH,
        "RE: Senior Financial Analyst contract - submitted",
        "Hi Arjun,\n\nGood news - Lakeshore would like to interview you on Friday at 1pm by Teams with the Finance "
        "Manager. Can you confirm?\n\nNicole",
        None,
    ),
    (
        "Maple Trust Bank",
        "onsite",
        "2025-01-22",
        "Hannah Scott <hannah.scott@mapletrust.ca>",
        "Interview Confirmation - Financial Analyst II",
        "Hi Arjun,\n\nThis confirms your final round interview on Wednesday, January 29 at 10:00 AM at 200 Bay Street, "
        "24th floor. You'll meet with a panel of three: the Director of FP&A, a Senior Manager and a team member.\n\n"
        "Hannah Scott\nTalent Acquisition Partner",
        None,
    ),
    (
        "Lakeshore Credit Union",
        "rejected",
        "2025-01-28",
        RH,
        "RE: Senior Financial Analyst contract - submitted",
        "Hi Arjun,\n\nI heard back from Lakeshore - they've decided to go with another candidate who had more credit "
        "union experience. I'll keep an eye out for the next one for you.\n\nNicole",
        None,
    ),
    (
        "Dundas Capital",
        "rejected",
        "2025-02-03",
        "Dundas Capital <recruiting@tbe.taleo.net>",
        "Your application with Dundas Capital",
        "Dear Arjun,\n\nThank you for completing the video interview. After careful review, we will not be moving "
        "forward with your candidacy for the Analyst, Portfolio Finance position.\n\nDundas Capital Human Resources",
        None,
    ),
    (
        "Maple Trust Bank",
        "offer",
        "2025-02-05",
        "Hannah Scott <hannah.scott@mapletrust.ca>",
        "Conditional Offer of Employment",
        "Hi Arjun,\n\nCongratulations! We are excited to extend a conditional offer for the Financial Analyst II role. "
        "Your offer letter is attached; the offer is conditional on a satisfactory background check.\n\nHannah Scott",
        None,
    ),
    (
        "Maple Trust Bank",
        "accepted",
        "2025-02-06",
        ME,
        "RE: Conditional Offer of Employment",
        "Hi Hannah,\n\nThank you! I'm pleased to accept the offer and have signed the letter. Please let me know the "
        "next steps for the background check.\n\nBest regards,\nArjun",
        "Hannah Scott <hannah.scott@mapletrust.ca>",
    ),
    (
        "Northshore Life Insurance",
        "withdrew",
        "2025-02-07",
        ME,
        "FP&A Analyst application - Arjun Mehta",
        "Hello,\n\nI applied for the FP&A Analyst position on January 14. I have since accepted another offer and would "
        "like to withdraw my application. Thank you for your consideration.\n\nArjun Mehta",
        "Northshore Life Careers <careers@northshorelife.ca>",
    ),
]

_NEGATIVES = [
    (
        "Sterling <noreply@sterlingcheck.example>",
        "Action required: Maple Trust Bank background check",
        "other",
        "Hello Arjun, Maple Trust Bank has requested a background check. Please complete your consent form within 3 "
        "days.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "financial analyst jobs in Toronto, ON",
        "alert",
        "Financial Analyst - RBC - Toronto, ON\nSenior Analyst, FP&A - Loblaw - Brampton, ON\nSee more jobs",
    ),
    (
        "CFA Society Toronto <news@cfatoronto.example>",
        "This month at CFA Society Toronto",
        "newsletter",
        "Events, career resources and the annual forecast dinner.",
    ),
    (
        "PRESTO <noreply@presto.example>",
        "Your PRESTO load receipt",
        "other",
        "You loaded $50.00 to your PRESTO card.",
    ),
    (
        "Rogers <billing@rogers.example>",
        "Your Rogers bill is ready",
        "other",
        "Your bill for January is ready to view.",
    ),
    (
        "Wealthsimple <hello@wealthsimple.example>",
        "Your TFSA contribution room",
        "newsletter",
        "Here's how much TFSA room you have for 2025.",
    ),
    (
        "Rohan Das <rohan.das@gmail.example>",
        "leafs game",
        "personal",
        "got two tickets for saturday, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="09:35:00",
        neg_start="2025-01-12",
        neg_step=4,
        neg_clock="19:55:00",
        tag="threehundredfortyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), ARJUN)
