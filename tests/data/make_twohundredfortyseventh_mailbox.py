"""A two-hundred-and-forty-seventh mailbox, written as a held-out check after the two-hundred-and-forty-sixth
(issue #24).

Callum, a graduate in Edinburgh, exports Gmail with Takeout.  Scottish public bodies and a bank: myjobscotland's
receipt for a council post, NHS Scotland's Jobtrain ("Your application has been shortlisted"), an "assessment
centre" as the last round, a council's "you have been placed on a reserve list" (no post for him: a no, as the ninth
corpus decided), a bank's graduate programme through Oleeo with a video interview, and "Conditional offer" pending
"PVG membership".  Negatives: myjobscotland's job alerts, a student loan statement, ScotRail, a careers fair, a
flatmate.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CALLUM = "callum.fraser.grad@gmail.com"
ME = f"Callum Fraser <{CALLUM}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "City of Edinburgh Council",
        "applied",
        "2025-01-13",
        "myjobscotland <noreply@myjobscotland.gov.uk>",
        "Application Received - Policy Officer (Ref: CEC12345)",
        "Dear Callum Fraser,\n\nThank you for your application for the post of Policy Officer (Ref: CEC12345) with "
        "City of Edinburgh Council. Your application has been received and will be considered by the recruiting "
        "manager after the closing date.\n\nmyjobscotland",
        "c1",
    ),
    (
        "NHS Lothian",
        "applied",
        "2025-01-14",
        "NHS Scotland Recruitment <noreply@jobtrain.co.uk>",
        "Thank you for applying - Data Analyst Band 5",
        "Dear Callum,\n\nThank you for applying for the post of Data Analyst (Band 5) with NHS Lothian. Your "
        "application will be reviewed by the recruiting manager after the closing date.\n\nKind regards,\nNHS "
        "Scotland Recruitment",
        "n1",
    ),
    (
        "Forth Bank",
        "applied",
        "2025-01-15",
        "Forth Bank Early Careers <earlycareers@forthbank.oleeo.example>",
        "Forth Bank Graduate Programme 2025 - application received",
        "Hi Callum,\n\nThanks for applying to the Forth Bank Graduate Programme 2025 (Data & Analytics). Your next step "
        "is to complete our online assessments within five days.\n\nForth Bank Early Careers",
        "f1",
    ),
    (
        "NHS Lothian",
        "interview",
        "2025-01-24",
        "NHS Scotland Recruitment <noreply@jobtrain.co.uk>",
        "Your application has been shortlisted - Data Analyst Band 5",
        "Dear Callum,\n\nCongratulations, your application for Data Analyst (Band 5) has been shortlisted. Please log in "
        "to Jobtrain to select an interview slot on 4 February at Waverley Gate.\n\nKind regards,\nNHS Scotland "
        "Recruitment",
        "n1",
    ),
    (
        "Forth Bank",
        "interview",
        "2025-01-27",
        "Forth Bank Early Careers <earlycareers@forthbank.oleeo.example>",
        "Next step: video interview",
        "Hi Callum,\n\nGreat news - you've passed our online assessments. The next stage is a pre-recorded video "
        "interview; please complete it by 3 February.\n\nForth Bank Early Careers",
        "f1",
    ),
    (
        "City of Edinburgh Council",
        "interview",
        "2025-01-29",
        "Fiona McLeod <fiona.mcleod@edinburgh.gov.uk>",
        "Interview invitation - Policy Officer CEC12345",
        "Dear Callum\n\nI am pleased to invite you to interview for the post of Policy Officer on Wednesday 5 February "
        "at 2pm at Waverley Court. The interview will include a short presentation on a policy topic of your "
        "choice.\n\nRegards\nFiona McLeod\nSenior Policy Manager",
        "c2",
    ),
    (
        "NHS Lothian",
        "rejected",
        "2025-02-07",
        "NHS Scotland Recruitment <noreply@jobtrain.co.uk>",
        "Outcome of your interview - Data Analyst Band 5",
        "Dear Callum,\n\nThank you for attending interview. Unfortunately on this occasion you have not been "
        "successful. You may contact the recruiting manager for feedback.\n\nKind regards,\nNHS Scotland Recruitment",
        "n1",
    ),
    (
        "City of Edinburgh Council",
        "rejected",
        "2025-02-10",
        "Fiona McLeod <fiona.mcleod@edinburgh.gov.uk>",
        "RE: Interview invitation - Policy Officer CEC12345",
        "Dear Callum\n\nThank you for attending interview. The panel were impressed, but on this occasion the post "
        "has been offered to another candidate. You have been placed on a reserve list for six months should a "
        "similar post arise.\n\nRegards\nFiona",
        "c2",
    ),
    (
        "Forth Bank",
        "onsite",
        "2025-02-12",
        "Forth Bank Early Careers <earlycareers@forthbank.oleeo.example>",
        "Invitation to our Assessment Centre",
        "Hi Callum,\n\nCongratulations! We'd like to invite you to our virtual Assessment Centre on 20 February, the "
        "final stage of our process: a group exercise, a case study and an interview with two senior leaders.\n\n"
        "Forth Bank Early Careers",
        "f2",
    ),
    (
        "Forth Bank",
        "offer",
        "2025-02-26",
        "Forth Bank Early Careers <earlycareers@forthbank.oleeo.example>",
        "Conditional offer - Graduate Programme 2025",
        "Hi Callum,\n\nWe're delighted to make you a conditional offer for the Forth Bank Graduate Programme 2025 "
        "(Data & Analytics), subject to references and PVG membership. Please accept it in your candidate portal.\n\n"
        "Forth Bank Early Careers",
        "f3",
    ),
    (
        "Forth Bank",
        "accepted",
        "2025-02-27",
        ME,
        "Re: Conditional offer - Graduate Programme 2025",
        "Hi,\n\nThank you! I've accepted the offer in the portal and will send my referees' details today.\n\n"
        "Best wishes,\nCallum",
        "f3",
    ),
]

_OWN_TO = {"Forth Bank": "Forth Bank Early Careers <earlycareers@forthbank.oleeo.example>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "myjobscotland <noreply@myjobscotland.gov.uk>",
        "Job alert: 6 new jobs matching 'policy'",
        "alert",
        "Policy Officer - Fife Council; Policy and Research Officer - Scottish Borders Council; Policy Adviser.",
    ),
    (
        "Student Loans Company <noreply@slc.example>",
        "Your annual statement is ready",
        "other",
        "Your student loan statement for the year is now available to view online.",
    ),
    (
        "ScotRail <noreply@scotrail.example>",
        "Your e-ticket: Edinburgh to Glasgow",
        "other",
        "Your e-ticket for 14 February is attached. Show it on your phone.",
    ),
    (
        "University of Edinburgh Careers Service <careers@ed.example>",
        "Spring Careers Fair - 60 employers hiring graduates",
        "newsletter",
        "Meet 60 employers hiring graduates at the Spring Careers Fair in the Pleasance, 12 March.",
    ),
    (
        "Ewan Reid <ewan.reid@gmail.example>",
        "Electric bill",
        "personal",
        "Mate, the electric bill came in - £84 each. Can you transfer by Friday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CALLUM,
        own_to=_OWN_TO,
        offset="+0000",
        clock="11:25:00",
        neg_start="2025-01-12",
        neg_step=7,
        neg_clock="20:50:00",
        tag="twohundredfortyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
