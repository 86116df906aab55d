"""A six-hundred-and-fortieth mailbox, written as a held-out check after the six-hundred-and-thirty-ninth
(issue #24).

Marcus Bell, an IT support specialist in Charlotte, exports his Gmail with Takeout. Most of his search goes through
staffing firms, whose recruiters write about their clients: a Robert Half recruiter "submitted your resume to
Truist for the Desktop Support Analyst contract", a TEKsystems recruiter whose "client, Lowe's, would like to
schedule a Teams interview", an Insight Global recruiter asking "Can I get your right to represent for the Bank of
America role?" (his answer authorising it is his application too: the truth first called it a "reply", which SPEC
3.2 keeps for the employer's; the first read met the bar with it) and then "BofA has selected another candidate", Robert Half's "Truist wants to move forward with an
offer" and his "I accept", Lowe's "decided to go with another consultant". He also applies directly: Atrium Health's
Workday "Thank you for applying", Duke Energy's SuccessFactors "We received your application", and Duke Energy's
"not selected". Negatives: Dice's alert, a Robert Half blog newsletter, a cold TEKsystems mail about "an opportunity
with one of our clients", a Dice profile-view notice, Duke Energy's own outage alert and his cousin. ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.bell.it@gmail.com"
ME = f"Marcus Bell <{MARCUS}>"
RH = "Kayla Simmons <kayla.simmons@roberthalf.example>"
TEK = "Brandon Ruiz <bruiz@teksystems.example>"
IG = "Alexis Ford <alexis.ford@insightglobal.example>"
ATRIUM = "Atrium Health <atriumhealth@myworkday.example>"
DUKE = "Duke Energy Careers <careers@successfactors.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Truist",
        "applied",
        "2025-06-02",
        RH,
        "Desktop Support Analyst - submitted",
        "Hi Marcus,\n\nThanks for chatting this morning. I've submitted your resume to Truist for the Desktop Support "
        "Analyst contract (6 months, contract-to-hire, $32/hr). I'll follow up once the hiring manager reviews.\n\n"
        "Kayla Simmons\nSenior Recruiter | Robert Half Technology",
        "t-truist",
    ),
    (
        "Lowe's",
        "applied",
        "2025-06-03",
        TEK,
        "Submittal confirmation - Service Desk Analyst",
        "Marcus,\n\nConfirming I submitted you today to my client, Lowe's, for the Service Desk Analyst position in "
        "Mooresville. Pay rate $30/hr W2.\n\nBrandon Ruiz\nTechnical Recruiter, TEKsystems",
        "t-lowes",
    ),
    (
        "Bank of America",
        "applied",
        "2025-06-04",
        IG,
        "Right to represent - Bank of America",
        "Hi Marcus,\n\nCan I get your right to represent for the Bank of America Technical Support role? Please reply "
        "'I authorize Insight Global to represent me' and I'll submit you today.\n\nAlexis Ford\nInsight Global",
        "t-bofa",
    ),
    (
        "Bank of America",
        "applied",
        "2025-06-04",
        ME,
        "Re: Right to represent - Bank of America",
        "Hi Alexis,\n\nI authorize Insight Global to represent me for the Bank of America Technical Support role.\n\n"
        "Marcus",
        "t-bofa",
    ),
    (
        "Atrium Health",
        "applied",
        "2025-06-05",
        ATRIUM,
        "Thank you for applying",
        "Dear Marcus,\n\nThank you for applying for the IT Support Specialist II position (R-00127745) at Atrium Health. "
        "We will review your qualifications and contact you if they match our needs.\n\nAtrium Health Talent "
        "Acquisition",
        "t-atrium",
    ),
    (
        "Duke Energy",
        "applied",
        "2025-06-06",
        DUKE,
        "We received your application",
        "Dear Marcus,\n\nThank you for your interest in Duke Energy. We received your application for the IT Field "
        "Support Technician position, requisition 250331.\n\nDuke Energy Talent Acquisition",
        "t-duke",
    ),
    (
        "Lowe's",
        "interview",
        "2025-06-09",
        TEK,
        "RE: Submittal confirmation - Service Desk Analyst",
        "Marcus,\n\nGood news - my client, Lowe's, would like to schedule a Teams interview with you on Wednesday at "
        "2pm. Does that work?\n\nBrandon",
        "t-lowes",
    ),
    (
        "Truist",
        "interview",
        "2025-06-10",
        RH,
        "RE: Desktop Support Analyst - submitted",
        "Hi Marcus,\n\nTruist's hiring manager liked your resume and wants to do a 30-minute video interview on "
        "Friday at 10am. I'll send the invite.\n\nKayla",
        "t-truist",
    ),
    (
        "Bank of America",
        "rejected",
        "2025-06-12",
        IG,
        "RE: Right to represent - Bank of America",
        "Hi Marcus,\n\nQuick update: BofA has selected another candidate for the Technical Support role. I'll keep "
        "an eye out for similar positions.\n\nAlexis",
        "t-bofa",
    ),
    (
        "Lowe's",
        "rejected",
        "2025-06-16",
        TEK,
        "RE: Submittal confirmation - Service Desk Analyst",
        "Marcus,\n\nThanks for interviewing. Unfortunately Lowe's decided to go with another consultant who had more "
        "ServiceNow experience.\n\nBrandon",
        "t-lowes",
    ),
    (
        "Duke Energy",
        "rejected",
        "2025-06-17",
        DUKE,
        "Your application with Duke Energy",
        "Dear Marcus,\n\nThank you for your interest in the IT Field Support Technician position. After careful "
        "review, you were not selected to move forward in the process.\n\nDuke Energy Talent Acquisition",
        "t-duke",
    ),
    (
        "Truist",
        "offer",
        "2025-06-18",
        RH,
        "Great news!",
        "Hi Marcus,\n\nTruist wants to move forward with an offer! Start date June 30, $32/hr, 6-month contract to "
        "hire. Can you confirm you accept?\n\nKayla",
        "t-truist2",
    ),
    (
        "Truist",
        "accepted",
        "2025-06-18",
        ME,
        "Re: Great news!",
        "Kayla,\n\nThat's great news - I accept! Thanks for all your help.\n\nMarcus",
        "t-truist2",
    ),
]

_NEGATIVES = [
    (
        "Dice <alerts@dice.example>",
        "New IT Support jobs in Charlotte, NC",
        "alert",
        "24 new jobs match your search. Apply now. Manage alerts.",
    ),
    (
        "Robert Half <news@roberthalf.example>",
        "The Robert Half Blog: 5 interview tips",
        "newsletter",
        "Our latest career advice. Unsubscribe.",
    ),
    (
        "Jenna Moss <jmoss@teksystems.example>",
        "Opportunity - Network Technician",
        "outreach",
        "Hi Marcus, I came across your resume on Dice and have an opportunity with one of our clients in Concord for a "
        "Network Technician. Are you available for a quick call?",
    ),
    (
        "Dice <notifications@dice.example>",
        "3 recruiters viewed your profile",
        "viewed",
        "Recruiters from Robert Half, Apex Systems and Randstad viewed your profile this week.",
    ),
    (
        "Duke Energy <alerts@duke-energy.example>",
        "Outage in your area",
        "other",
        "We are aware of an outage affecting your address. Estimated restoration 6 PM.",
    ),
    (
        "Tasha Bell <tasha.bell@yahoo.example>",
        "Cookout Saturday",
        "personal",
        "Bring the cornhole set!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARCUS,
        own_to={"Bank of America": IG, "Truist": RH},
        offset="-0400",
        clock="10:25:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="19:55:00",
        tag="sixhundredforty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
