"""A six-hundred-and-thirty-sixth mailbox, written as a held-out check after the six-hundred-and-thirty-fifth
(issue #24).

Sam Patel, a data analyst in Austin, exports his Gmail with Takeout. Mid-sized tech companies write through
Greenhouse, Lever, Ashby and Workday: Duolingo's "Thank you for applying to Duolingo!", Notion's Lever "Thanks for your
interest in Notion - Data Analyst", Ramp's Ashby "Application received: Data Analyst at Ramp", Dell's Workday "Thank
you for applying!" naming its requisition, a LinkedIn Easy Apply "your application was sent to Indeed Flex",
Duolingo's coordinator asking his availability "for your interviews with Duolingo", GoodTime's "Interview
Confirmation: Data Analyst at Ramp", Notion's "we've decided to move forward with other candidates", Dell's "Dell
Technologies | Application Status", Ramp's "final round" onsite in its Austin office, his thank-you after it, a
DocuSign envelope "Please DocuSign: Ramp Offer Letter - Sam Patel", and his withdrawal from Duolingo. Negatives:
LinkedIn's "your application was viewed by Notion", Indeed's alert, Glassdoor's "companies are hiring", a
recruiter's cold InMail notice, Ramp's own card newsletter and his bank. ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SAM = "sam.patel.atx@gmail.com"
ME = f"Sam Patel <{SAM}>"
DUO = "Duolingo <no-reply@us.greenhouse-mail.example>"
DUOCO = "Megan Ortiz <megan.ortiz@duolingo.example>"
NOTION = "Notion <no-reply@hire.lever.example>"
RAMP = "Ramp Recruiting <no-reply@ashbyhq.example>"
RAMPGT = "Ramp <scheduling@goodtime.example>"
DELL = "Dell Careers <dell@myworkday.example>"
LI = "LinkedIn <jobs-noreply@linkedin.example>"
DOCU = "Ramp via DocuSign <dse_na3@docusign.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Duolingo",
        "applied",
        "2025-09-02",
        DUO,
        "Thank you for applying to Duolingo!",
        "Hi Sam,\n\nThanks for applying to Duolingo! Your application for the Data Analyst, Learning role has been "
        "received and our team will review it shortly. If your background is a match, we'll be in touch about next "
        "steps.\n\nBest,\nDuolingo Recruiting",
        "t-duo",
    ),
    (
        "Notion",
        "applied",
        "2025-09-03",
        NOTION,
        "Thanks for your interest in Notion - Data Analyst",
        "Hi Sam,\n\nThank you for your interest in Notion! We wanted to let you know we received your application for "
        "Data Analyst, and we are delighted that you would consider joining our team.\n\nOur team will review your "
        "application and will be in touch if your qualifications match our needs for the role.\n\nNotion Talent",
        "t-notion",
    ),
    (
        "Ramp",
        "applied",
        "2025-09-03",
        RAMP,
        "Application received: Data Analyst at Ramp",
        "Hi Sam,\n\nThanks for applying for the Data Analyst role at Ramp. We've received your application and "
        "will get back to you as soon as we can.\n\nThe Ramp Recruiting Team",
        "t-ramp",
    ),
    (
        "Dell Technologies",
        "applied",
        "2025-09-04",
        DELL,
        "Thank you for applying!",
        "Dear Sam,\n\nThank you for your interest in Dell Technologies. We have received your application for R271144 "
        "Senior Analyst, Business Intelligence.\n\nYou can check the status of your application at any time by "
        "signing in to your candidate home.\n\nDell Talent Acquisition",
        "t-dell",
    ),
    (
        "Indeed Flex",
        "applied",
        "2025-09-05",
        LI,
        "Sam, your application was sent to Indeed Flex",
        "Your application was sent to Indeed Flex\n\nData Analyst\nIndeed Flex - Austin, TX\nApplied on September 5, "
        "2025\n\nView application",
        "t-flex",
    ),
    (
        "Duolingo",
        "interview",
        "2025-09-10",
        DUOCO,
        "Availability for your interviews with Duolingo",
        "Hi Sam,\n\nI hope you're doing well! The team would love to move you forward to the interview stage for the "
        "Data Analyst, Learning role. Could you send me your availability over the next week for two 45-minute video "
        "interviews?\n\nThanks,\nMegan Ortiz\nRecruiting Coordinator | Duolingo",
        "t-duo",
    ),
    (
        "Ramp",
        "screen",
        "2025-09-11",
        RAMPGT,
        "Interview Confirmation: Data Analyst at Ramp",
        "Hi Sam,\n\nYour interview has been scheduled.\n\nRecruiter Screen with Jordan Lee\nMonday, September 15, "
        "2025, 11:00 AM - 11:30 AM CDT\nGoogle Meet link to follow.\n\nRamp",
        "t-ramp",
    ),
    (
        "Notion",
        "rejected",
        "2025-09-12",
        NOTION,
        "Your application to Notion",
        "Hi Sam,\n\nThank you for taking the time to apply for the Data Analyst position. After careful consideration, "
        "we've decided to move forward with other candidates whose experience more closely aligns with the needs of "
        "the role at this time.\n\nWe appreciate your interest in Notion and wish you the best in your search.\n\n"
        "Notion Talent",
        "t-notion",
    ),
    (
        "Dell Technologies",
        "rejected",
        "2025-09-16",
        DELL,
        "Dell Technologies | Application Status",
        "Dear Sam,\n\nThank you for applying to the R271144 Senior Analyst, Business Intelligence position. We have "
        "reviewed your background and, while your qualifications are impressive, we have decided to pursue other "
        "candidates for this role.\n\nDell Talent Acquisition",
        "t-dell",
    ),
    (
        "Ramp",
        "onsite",
        "2025-09-22",
        RAMP,
        "Next steps: final round at Ramp",
        "Hi Sam,\n\nGreat news - the team would like to invite you to the final round for Data Analyst. It's a "
        "half-day of four conversations at our Austin office on Thursday, October 2.\n\nThe Ramp Recruiting Team",
        "t-ramp",
    ),
    (
        "Duolingo",
        "withdrew",
        "2025-09-24",
        ME,
        "Re: Availability for your interviews with Duolingo",
        "Hi Megan,\n\nThank you so much for the time so far. I've decided to withdraw my application, as I'm moving "
        "ahead with another opportunity.\n\nBest,\nSam",
        "t-duo",
    ),
    (
        "Ramp",
        "thank_you",
        "2025-10-02",
        ME,
        "Thank you - final round today",
        "Hi Jordan,\n\nThank you for organising today's final round. I really enjoyed meeting the analytics team.\n\n"
        "Best,\nSam",
        "t-ramp",
    ),
    (
        "Ramp",
        "offer",
        "2025-10-08",
        DOCU,
        "Please DocuSign: Ramp Offer Letter - Sam Patel",
        "Ramp Recruiting sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nHi Sam, we are thrilled to "
        "extend you an offer to join Ramp as a Data Analyst. Please review and sign your offer letter.\n\nDo not "
        "share this email.",
        "t-rampdoc",
    ),
]

_NEGATIVES = [
    (
        LI,
        "Your application was viewed by Notion",
        "viewed",
        "Sam, your application was viewed by Notion.\n\nData Analyst\nNotion - San Francisco, CA (Remote)",
    ),
    (
        "Indeed <alert@indeed.example>",
        "Data Analyst jobs in Austin, TX",
        "alert",
        "15 new jobs for Data Analyst in Austin, TX. Apply now. Unsubscribe from this job alert.",
    ),
    (
        "Glassdoor Jobs <noreply@glassdoor.example>",
        "Companies are hiring for Data Analyst",
        "alert",
        "Top companies hiring near you: Oracle, Tesla, Apple. See jobs.",
    ),
    (
        "LinkedIn <inmail-hit-reply@linkedin.example>",
        "Sam, you have a new message from Chris Wade",
        "outreach",
        "Chris Wade, Technical Recruiter at Insight Global: Hi Sam, I have a contract Data Analyst opening with a "
        "Fortune 500 client in Round Rock. Are you open to a chat?",
    ),
    (
        "Ramp <hello@ramp.example>",
        "The Ramp newsletter: close your books faster",
        "newsletter",
        "This month at Ramp: new accounting integrations. Unsubscribe.",
    ),
    (
        "Chase <no.reply.alerts@chase.example>",
        "Your statement is available",
        "other",
        "Your credit card statement is ready to view online.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SAM,
        own_to={"Duolingo": DUOCO, "Ramp": "Jordan Lee <jordan.lee@ramp.example>"},
        offset="-0500",
        clock="09:12:00",
        neg_start="2025-09-01",
        neg_step=6,
        neg_clock="19:40:00",
        tag="sixhundredthirtysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
