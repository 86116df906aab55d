"""A six-hundred-and-thirtieth mailbox, written as a held-out check after the six-hundred-and-twenty-ninth (issue #24).

Olivia Tremblay, a policy analyst in Ottawa, exports her Gmail with Takeout. Canadian federal departments write through
GC Jobs and their HR advisors in the public service's words, and a think tank through Workable: GC Jobs' "Your
application to EC-04 Policy Analyst at Employment and Social Development Canada has been received", GC Jobs' for
Statistics Canada, the Conference Board of Canada's "Thanks for applying", ESDC's "You have been screened in: invitation
to a written exam", StatCan's "You were not screened in", ESDC's "Invitation to an interview and reference check",
the Conference Board's "we decided to move forward with another candidate", ESDC's "you have been found qualified and
placed in a pool" (a wait, no decision), ESDC's "Offer of employment (indeterminate)", her "I accept the offer" and her
thanks after the interview. Negatives: GC Jobs' job alert, the Ottawa Citizen's newsletter, a staffing firm's cold mail,
StatCan's own data release mail (an employer she applied to), OC Transpo and her brother. Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLIVIA = "olivia.tremblay.policy@gmail.com"
ME = f"Olivia Tremblay <{OLIVIA}>"
GCJOBS = "GC Jobs <no-reply@psc-cfp.gc.example>"
CBOC = "The Conference Board of Canada <no-reply@conferenceboard.workablemail.example>"
ESDC = "Nadia Roy <nadia.roy@hrsdc-rhdcc.gc.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Employment and Social Development Canada",
        "applied",
        "2025-04-07",
        GCJOBS,
        "Application received",
        "Dear Olivia Tremblay,\n\nYour application to EC-04 Policy Analyst (selection process 25-ESDC-EA-123456) at "
        "Employment and Social Development Canada has been received.\n\nGC Jobs",
        "t-esdc",
    ),
    (
        "Statistics Canada",
        "applied",
        "2025-04-08",
        GCJOBS,
        "Application received",
        "Dear Olivia Tremblay,\n\nYour application to EC-04 Analyst (selection process 25-STC-EA-654321) at Statistics "
        "Canada has been received.\n\nGC Jobs",
        "t-stc",
    ),
    (
        "Conference Board of Canada",
        "applied",
        "2025-04-09",
        CBOC,
        "Thanks for applying",
        "Hi Olivia,\n\nThanks for applying to the Research Associate position at The Conference Board of Canada. We'll "
        "be in touch.\n\nTalent Team",
        "t-cboc",
    ),
    (
        "Employment and Social Development Canada",
        "interview",
        "2025-04-22",
        ESDC,
        "Screened in: invitation to a written exam",
        "Hello Olivia,\n\nYou have been screened in for process 25-ESDC-EA-123456. You are invited to a written exam on "
        "April 29 (three hours, online).\n\nNadia Roy\nHR Advisor",
        "t-esdc2",
    ),
    (
        "Statistics Canada",
        "rejected",
        "2025-04-23",
        GCJOBS,
        "Result of screening",
        "Dear Olivia Tremblay,\n\nYou were not screened in for process 25-STC-EA-654321 because you did not meet the "
        "essential qualification of experience.\n\nGC Jobs",
        "t-stc",
    ),
    (
        "Employment and Social Development Canada",
        "interview",
        "2025-05-06",
        ESDC,
        "Invitation to an interview and reference check",
        "Hello Olivia,\n\nCongratulations, you passed the written exam. You are invited to an interview with the board "
        "on May 13 by Teams; we will also conduct reference checks.\n\nNadia Roy",
        "t-esdc2",
    ),
    (
        "Conference Board of Canada",
        "rejected",
        "2025-05-07",
        CBOC,
        "Your application",
        "Hi Olivia,\n\nThank you for your interest. We decided to move forward with another candidate.\n\nTalent Team",
        "t-cboc",
    ),
    (
        "Employment and Social Development Canada",
        "thank_you",
        "2025-05-13",
        ME,
        "RE: Invitation to an interview and reference check",
        "Hello Nadia,\n\nThank you for organizing today's interview; please thank the board members for me.\n\nBest "
        "regards,\nOlivia",
        "t-esdc2",
    ),
    (
        "Employment and Social Development Canada",
        "reply",
        "2025-05-27",
        ESDC,
        "Result of assessment",
        "Hello Olivia,\n\nYou have been found qualified for process 25-ESDC-EA-123456 and placed in a pool. Positions "
        "may be staffed from the pool over the next year.\n\nNadia Roy",
        "t-esdc2",
    ),
    (
        "Employment and Social Development Canada",
        "offer",
        "2025-06-10",
        ESDC,
        "Offer of employment (indeterminate)",
        "Hello Olivia,\n\nI am pleased to offer you an indeterminate appointment as EC-04 Policy Analyst. The letter of "
        "offer is attached.\n\nNadia Roy",
        "t-esdc3",
    ),
    (
        "Employment and Social Development Canada",
        "accepted",
        "2025-06-11",
        ME,
        "RE: Offer of employment (indeterminate)",
        "Hello Nadia,\n\nI accept the offer and have signed the letter.\n\nBest regards,\nOlivia",
        "t-esdc3",
    ),
]

_NEGATIVES = [
    (
        "GC Jobs <job-alert@psc-cfp.gc.example>",
        "New jobs matching your alert",
        "alert",
        "Policy Analyst EC-05 - Gatineau. Economist EC-04 - Ottawa. View jobs.",
    ),
    (
        "Ottawa Citizen <newsletters@ottawacitizen.example>",
        "The morning headlines",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "Greg Miller <gmiller@procomstaffing.example>",
        "Policy contract in Gatineau",
        "outreach",
        "Hi Olivia, I have a six-month policy contract with a federal client in Gatineau. Open to a chat?",
    ),
    (
        "Statistics Canada <infostats@statcan.gc.example>",
        "The Daily: new data releases",
        "newsletter",
        "Today's releases. Unsubscribe.",
    ),
    (
        "OC Transpo <noreply@octranspo.example>",
        "Your Presto pass",
        "other",
        "Your monthly pass has been loaded.",
    ),
    (
        "Luc <luc.tremblay@videotron.example>",
        "chalet",
        "personal",
        "Chalet this weekend?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=OLIVIA,
        own_to={"Employment and Social Development Canada": ESDC},
        offset="-0400",
        clock="10:30:00",
        neg_start="2025-04-06",
        neg_step=6,
        neg_clock="20:40:00",
        tag="sixhundredthirty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
