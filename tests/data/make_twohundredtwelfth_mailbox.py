"""A two-hundred-and-twelfth mailbox, written as a held-out check after the two-hundred-and-eleventh (issue #24).

Renee, a supply-chain manager in Minneapolis, saved her Outlook mail as .eml files; most of it is the HTML the big
tracking systems send.  Workday's "Candidate Home" receipts and status mail, iCIMS's "Thank you for your interest",
SuccessFactors' HTML-only refusals, a HireVue invitation, a hiring manager's Teams interview, a recruiter's verbal
offer and the written one through DocuSign.  Negatives: Workday's "new jobs for you", a candidate-experience survey,
LinkedIn's digest, APICS's newsletter, a webinar, a friend.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RENEE = "renee.larson.scm@outlook.com"
ME = f"Renee Larson <{RENEE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Northstar Foods",
        "applied",
        "2025-09-02",
        "Northstar Foods <northstarfoods@myworkday.com>",
        "Thank you for your application",
        "HTML:<html><body><table><tr><td><img alt='Northstar Foods'></td></tr><tr><td><p>Hi Renee,</p><p>Thank you "
        "for applying to the <b>Supply Chain Manager</b> position (R-118273) at Northstar Foods. You can check the "
        "status of your application anytime from your Candidate Home.</p><p>Northstar Foods Talent Acquisition</p>"
        "</td></tr></table></body></html>",
        None,
    ),
    (
        "Lakeland Medical Devices",
        "applied",
        "2025-09-03",
        "Lakeland Medical Devices <careers-lakeland@talent.icims.com>",
        "Thank you for your interest in Lakeland Medical Devices",
        "HTML:<html><body><p>Dear Renee,</p><p>Thank you for your interest in the Manager, Supply Planning position "
        "at Lakeland Medical Devices. We have received your application and our recruiting team will review your "
        "qualifications.</p><p>Sincerely,<br>Lakeland Medical Devices Recruiting</p><p style='font-size:10px'>"
        "Lakeland Medical Devices is an Equal Opportunity Employer.</p></body></html>",
        None,
    ),
    (
        "Prairie Manufacturing Group",
        "applied",
        "2025-09-04",
        "Prairie Manufacturing Group <noreply@successfactors.com>",
        "Your application has been received",
        "HTML:<html><body><p>Dear Renee Larson,</p><p>Thank you for applying for the position of Materials Manager "
        "with Prairie Manufacturing Group. Your application has been received.</p><p>Human Resources</p></body>"
        "</html>",
        None,
    ),
    (
        "Northstar Foods",
        "interview",
        "2025-09-10",
        "Northstar Foods <northstarfoods@myworkday.com>",
        "Next step: HireVue interview",
        "HTML:<html><body><p>Hi Renee,</p><p>Congratulations! You have been selected to move forward. Please complete "
        "a recorded video interview through HireVue within the next 5 days.</p><p>Northstar Foods Talent "
        "Acquisition</p></body></html>",
        None,
    ),
    (
        "Prairie Manufacturing Group",
        "rejected",
        "2025-09-15",
        "Prairie Manufacturing Group <noreply@successfactors.com>",
        "Update regarding your application",
        "HTML:<html><body><p>Dear Renee Larson,</p><p>Thank you for your interest in Prairie Manufacturing Group. "
        "After careful review, we have decided to move forward with other candidates whose qualifications better "
        "meet our current needs.</p><p>Human Resources</p></body></html>",
        None,
    ),
    (
        "Lakeland Medical Devices",
        "interview",
        "2025-09-16",
        "Tom Becker <tom.becker@lakelandmed.com>",
        "Manager, Supply Planning - interview",
        "Hi Renee,\n\nI'm the Director of Supply Planning at Lakeland and I'd like to set up a 45-minute interview over "
        "Teams to talk about the role and your experience with S&OP. Would Thursday at 10 or Friday at 1 work?\n\n"
        "Thanks,\nTom Becker\nDirector, Supply Planning\nLakeland Medical Devices",
        None,
    ),
    (
        "Northstar Foods",
        "onsite",
        "2025-09-22",
        "Jenna Ortiz <jenna.ortiz@northstarfoods.com>",
        "Northstar Foods - final interviews",
        "Hi Renee,\n\nThe team enjoyed your HireVue responses! We'd like to invite you to our Eden Prairie office for "
        "final interviews with the VP of Supply Chain and two plant directors on Tuesday, September 30, from 9 to "
        "12.\n\nJenna Ortiz\nSenior Recruiter, Northstar Foods",
        None,
    ),
    (
        "Lakeland Medical Devices",
        "rejected",
        "2025-09-29",
        "Lakeland Medical Devices <careers-lakeland@talent.icims.com>",
        "Your application with Lakeland Medical Devices",
        "HTML:<html><body><p>Dear Renee,</p><p>Thank you for taking the time to interview with us. We have selected "
        "another candidate for the Manager, Supply Planning position.</p><p>Sincerely,<br>Lakeland Medical Devices "
        "Recruiting</p></body></html>",
        None,
    ),
    (
        "Northstar Foods",
        "offer",
        "2025-10-03",
        "Jenna Ortiz <jenna.ortiz@northstarfoods.com>",
        "Great news!",
        "Hi Renee,\n\nI'm happy to share that the team would like to extend you an offer for the Supply Chain Manager "
        "role: $128,000 base with a 15% bonus target. You'll receive the offer letter through DocuSign shortly.\n\n"
        "Jenna",
        None,
    ),
    (
        "Northstar Foods",
        "accepted",
        "2025-10-06",
        ME,
        "RE: Great news!",
        "Hi Jenna,\n\nThank you! I'm thrilled to accept and I've signed the offer letter in DocuSign.\n\nRenee",
        "Jenna Ortiz <jenna.ortiz@northstarfoods.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Northstar Foods <northstarfoods@myworkday.com>",
        "New jobs for you at Northstar Foods",
        "alert",
        "HTML:<html><body><p>Hi Renee,</p><p>New jobs matching your job alert: Demand Planner; Logistics Analyst; "
        "Plant Buyer.</p></body></html>",
    ),
    (
        "Lakeland Medical Devices <survey@talent.icims.com>",
        "Tell us about your candidate experience",
        "survey",
        "HTML:<html><body><p>How was your experience applying to Lakeland Medical Devices? Take our 2-minute "
        "survey.</p></body></html>",
    ),
    (
        "LinkedIn <messages-noreply@linkedin.com>",
        "Renee, your network is talking about supply chain",
        "newsletter",
        "See what your network is saying this week.",
    ),
    (
        "ASCM (APICS) <news@ascm.example>",
        "SCM Now: the October issue",
        "newsletter",
        "Nearshoring, S&OP maturity and the CPIM exam calendar.",
    ),
    (
        "Gartner Supply Chain <events@gartner.example>",
        "Webinar: the 2026 supply chain top 25",
        "newsletter",
        "Register for our webinar on the 2026 Supply Chain Top 25.",
    ),
    (
        "Kari Nelson <kari.nelson@gmail.com>",
        "cabin weekend",
        "personal",
        "Are you still in for the cabin the weekend of the 11th? Bring the good coffee.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (the tracking systems' mail as HTML)."""
    from mail_score import outlook_corpus, sent_as

    return sent_as(
        outlook_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=ME,
            offset="-0500",
            clock="08:50:00",
            neg_start="2025-09-01",
            neg_step=6,
            neg_clock="20:00:00",
            tag="twohundredtwelve",
        )
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), RENEE)
