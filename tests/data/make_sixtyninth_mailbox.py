"""A sixty-ninth mailbox, written as a held-out check after the sixty-eighth's fixes (issue #24).

Renee, a financial analyst in Chicago, saves her Outlook mail as .eml files.  Large employers' systems that send
HTML: Oracle Recruiting Cloud, Eightfold, Phenom, Avature, SmartRecruiters; a HireVue one-way video interview; an
"application status: In review" notice; a hiring manager who answers her follow-up; an offer made on the phone and
then written ("as discussed"); a refusal because "the position has been filled"; her own acceptance.  Several
mails are HTML only or say "view in a browser" above their HTML.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RENEE = "renee.kowalski@outlook.com"
_ME = f"Renee Kowalski <{RENEE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Lakeshore Mutual (Oracle Recruiting Cloud; HireVue; a manager's interview; offer by phone then in writing)
    (
        "Lakeshore Mutual",
        "applied",
        "2025-02-03",
        "Lakeshore Mutual Careers <lakeshoremutual@fa.oraclecloud.com>",
        "Thank you for applying - Senior Financial Analyst (Req 25001234)",
        "HTML:<html><body><p>Dear Renee,</p><p>Thank you for your interest in a career with <b>Lakeshore Mutual</b>. "
        "We have received your application for <b>Senior Financial Analyst</b> (Requisition 25001234).</p><p>You can "
        "check the status of your application at any time on our careers site.</p><p>Lakeshore Mutual Talent "
        "Acquisition</p></body></html>",
        None,
    ),
    (
        "Lakeshore Mutual",
        "interview",
        "2025-02-10",
        "Lakeshore Mutual via HireVue <noreply@hirevue.com>",
        "Lakeshore Mutual: Complete your video interview",
        "MULTI:<html><body><p>Hi Renee,</p><p>Lakeshore Mutual has invited you to complete an on-demand video "
        "interview for the Senior Financial Analyst position. You will answer 5 questions on camera; it takes about "
        "20 minutes. Please complete it by February 14.</p><p><a href='https://app.hirevue.com/x'>Start "
        "Interview</a></p></body></html>",
        None,
    ),
    (
        "Lakeshore Mutual",
        "onsite",
        "2025-02-20",
        "Greg Halvorsen <ghalvorsen@lakeshoremutual.com>",
        "Interview - Senior Financial Analyst",
        "Renee,\n\nThanks for completing the video interview. I'd like to invite you to our downtown office on "
        "Tuesday, February 25 to meet me, our CFO and two members of the FP&A team - plan on about three hours.\n\n"
        "Greg Halvorsen\nDirector, FP&A\nLakeshore Mutual",
        None,
    ),
    (
        "Lakeshore Mutual",
        "offer",
        "2025-03-04",
        "Greg Halvorsen <ghalvorsen@lakeshoremutual.com>",
        "Senior Financial Analyst - written offer",
        "Renee,\n\nAs discussed on the phone this afternoon, attached is your written offer for the Senior Financial "
        "Analyst role: a base salary of $112,000 with a 10% target bonus, starting March 31. Please let me know if "
        "you have any questions.\n\nGreg",
        None,
    ),
    (
        "Lakeshore Mutual",
        "accepted",
        "2025-03-05",
        _ME,
        "RE: Senior Financial Analyst - written offer",
        "Greg,\n\nThank you - I'm delighted to accept the offer and I've signed and returned the letter. See you on "
        "March 31!\n\nRenee",
        "Greg Halvorsen <ghalvorsen@lakeshoremutual.com>",
    ),
    # Prairie Rail (Eightfold; status notice; a refusal: position filled)
    (
        "Prairie Rail",
        "applied",
        "2025-02-04",
        "Prairie Rail Talent Team <careers@prairierail.eightfold.ai>",
        "We received your application",
        "HTML:<html><body><table><tr><td><p>Hi Renee,</p><p>Thanks for applying to Prairie Rail! We received your "
        "application for <b>FP&amp;A Analyst II</b>.</p><p>Prairie Rail Talent Team</p></td></tr></table></body>"
        "</html>",
        None,
    ),
    (
        "Prairie Rail",
        "rejected",
        "2025-02-26",
        "Prairie Rail Talent Team <careers@prairierail.eightfold.ai>",
        "An update on your application",
        "HTML:<html><body><p>Hi Renee,</p><p>Thank you for your interest in the FP&amp;A Analyst II position. We "
        "wanted to let you know that the position has been filled. We encourage you to apply for other roles that "
        "match your experience.</p><p>Prairie Rail Talent Team</p></body></html>",
        None,
    ),
    # Harborview Foods (Phenom; her follow-up; the hiring manager's phone screen; silence after)
    (
        "Harborview Foods",
        "applied",
        "2025-02-05",
        "Harborview Foods <careers@harborviewfoods.phenompeople.com>",
        "Your application to Harborview Foods",
        "MULTI:<html><body><p>Hello Renee,</p><p>Thank you for submitting your application for Financial Analyst - "
        "Commercial Finance at Harborview Foods. Our recruiting team is reviewing applications.</p></body></html>",
        None,
    ),
    (
        "Harborview Foods",
        "follow_up",
        "2025-02-17",
        _ME,
        "Financial Analyst - Commercial Finance application",
        "Hi Ms. Duarte,\n\nI applied for the Financial Analyst - Commercial Finance role on February 5 and wanted to "
        "reiterate my interest. I'd welcome the chance to discuss how my FP&A experience could help your team.\n\n"
        "Best regards,\nRenee Kowalski",
        "Lucia Duarte <lduarte@harborviewfoods.com>",
    ),
    (
        "Harborview Foods",
        "screen",
        "2025-02-18",
        "Lucia Duarte <lduarte@harborviewfoods.com>",
        "RE: Financial Analyst - Commercial Finance application",
        "Hi Renee,\n\nThanks for reaching out. Your background looks like a good fit. Do you have 20 minutes on "
        "Thursday afternoon for a quick phone conversation?\n\nLucia Duarte\nSenior Recruiter",
        None,
    ),
    # Calumet Energy (Avature; a refusal)
    (
        "Calumet Energy",
        "applied",
        "2025-02-07",
        "Calumet Energy Careers <calumetenergy@avature.net>",
        "Application Confirmation",
        "HTML:<html><body><p>Dear Renee Kowalski,</p><p>Thank you for applying for the position of Budget Analyst at "
        "Calumet Energy. We will review your qualifications and contact you if there is a match.</p><p>Sincerely,"
        "<br>Calumet Energy Talent Acquisition</p></body></html>",
        None,
    ),
    (
        "Calumet Energy",
        "rejected",
        "2025-03-03",
        "Calumet Energy Careers <calumetenergy@avature.net>",
        "Your application for Budget Analyst",
        "HTML:<html><body><p>Dear Renee Kowalski,</p><p>Thank you for your interest in Calumet Energy. After "
        "reviewing your qualifications, we have decided to pursue other candidates whose experience more closely "
        "aligns with the needs of the role.</p><p>Sincerely,<br>Calumet Energy Talent Acquisition</p></body></html>",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Lakeshore Mutual Careers <lakeshoremutual@fa.oraclecloud.com>",
        "Your application status has been updated",
        "status",
        "HTML:<html><body><p>Dear Renee,</p><p>The status of your application for Senior Financial Analyst has "
        "changed to <b>In Review</b>. Sign in to the candidate portal to view details.</p></body></html>",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Financial Analyst jobs in Chicago, IL",
        "alert",
        "HTML:<html><body><p>Financial Analyst - Prairie Rail - Chicago, IL</p><p>Budget Analyst - Calumet Energy</p>"
        "<p>See more jobs</p></body></html>",
    ),
    (
        "Mark Jensen <mjensen@loopfinancestaffing.com>",
        "Contract FP&A role - Loop",
        "outreach",
        "Hi Renee, I have a 6-month contract FP&A role downtown with a Fortune 500 client. Interested in a quick "
        "call this week?\n\nMark",
    ),
    (
        "CFA Society Chicago <news@cfachicago.org>",
        "February events and member news",
        "newsletter",
        "HTML:<html><body><p>Upcoming events, career resources and member news.</p><p>Unsubscribe</p></body></html>",
    ),
    (
        "Harborview Foods <careers@harborviewfoods.phenompeople.com>",
        "Jobs you might like at Harborview Foods",
        "alert",
        "MULTI:<html><body><p>Based on your profile, here are roles you might like: Senior Financial Analyst, "
        "Pricing Analyst.</p></body></html>",
    ),
    (
        "Tom Kowalski <tkowalski55@comcast.net>",
        "Dinner Sunday",
        "personal",
        "Hi honey, dinner at our place Sunday? Bring news about the job!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (Outlook .eml: no labels, no Delivered-To)."""
    from mail_score import outlook_corpus, sent_as

    return sent_as(
        outlook_corpus(
            _POSITIVES,
            _NEGATIVES,
            owner=_ME,
            offset="-0600",
            clock="10:15:00",
            neg_start="2025-02-08",
            neg_step=5,
            neg_clock="06:40:00",
            tag="sixtynine",
        )
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files into ``folder/Inbox`` and ``folder/Sent Items``; return ``folder``."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), RENEE)
