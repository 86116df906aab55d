"""A four-hundred-and-fifty-first mailbox, written as a held-out check after the four-hundred-and-fiftieth (issue
#24).

Danielle Brooks, a litigation paralegal in Chicago, keeps her search in Gmail and exports it with Takeout.  Law firms
hire paralegals directly and through legal staffing agencies: a firm's Viglo/iCIMS receipt, a staffing recruiter's
"I sent your resume over to the litigation support manager at Hartwell & Price LLP", "Hartwell would like to have you
in for an interview Thursday", "They decided to go with a candidate who has more e-discovery experience", a second
firm's "We would like to invite you to interview with our Paralegal Manager" and "We are pleased to offer you the
position of Litigation Paralegal", her "I am pleased to accept", her thank-you and a third firm's "the position has
been put on hold".  Negatives: Indeed's alert, NALA's newsletter, a staffing agency's "hot jobs" blast, a CLE webinar,
Ventra and her sister.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANI = "danielle.brooks.para@gmail.com"
ME = f"Danielle Brooks <{DANI}>"
TONYA = "Tonya Reed <treed@lexstaffchicago.example>"
MARK = "Mark Feeney <mfeeney@odonnellgrant.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "O'Donnell Grant",
        "applied",
        "2025-06-02",
        "O'Donnell Grant LLP <careers@odonnellgrant.icims.example>",
        "Thank you for your application - Litigation Paralegal",
        "Dear Danielle,\n\nThank you for your interest in O'Donnell Grant LLP. We have received your application for "
        "the Litigation Paralegal position in our Chicago office.\n\nO'Donnell Grant Recruiting",
        "t-og",
    ),
    (
        "Hartwell & Price",
        "applied",
        "2025-06-03",
        TONYA,
        "Litigation Paralegal - Hartwell & Price",
        "Hi Danielle,\n\nThanks for your time on the phone. I sent your resume over to the litigation support manager at "
        "Hartwell & Price LLP this afternoon. I'll let you know as soon as I hear anything.\n\nTonya Reed\nSenior "
        "Recruiter | LexStaff Chicago",
        "t-hp",
    ),
    (
        "Marsh Kellerman",
        "applied",
        "2025-06-04",
        "Marsh Kellerman <no-reply@marshkellerman.example>",
        "Application received",
        "Dear Danielle Brooks,\n\nThis confirms we have received your application for Senior Paralegal - Commercial "
        "Litigation at Marsh Kellerman.\n\nHuman Resources",
        "t-mk",
    ),
    (
        "Hartwell & Price",
        "interview",
        "2025-06-09",
        TONYA,
        "RE: Litigation Paralegal - Hartwell & Price",
        "Hi Danielle,\n\nGreat news - Hartwell would like to have you in for an interview Thursday at 10am with the "
        "litigation support manager and a partner. Can you make it?\n\nTonya",
        "t-hp",
    ),
    (
        "O'Donnell Grant",
        "interview",
        "2025-06-10",
        MARK,
        "Interview - Litigation Paralegal",
        "Dear Danielle,\n\nWe would like to invite you to interview with our Paralegal Manager, Susan Ortiz, for the "
        "Litigation Paralegal position. Are you available Monday, June 16 at 2:00 p.m.?\n\nMark Feeney\nLegal "
        "Recruiting Manager",
        "t-og2",
    ),
    (
        "Hartwell & Price",
        "thank_you",
        "2025-06-12",
        ME,
        "RE: Litigation Paralegal - Hartwell & Price",
        "Hi Tonya,\n\nThe interview went well - thank you for setting it up. Please let them know I appreciated their "
        "time.\n\nDanielle",
        "t-hp",
    ),
    (
        "Marsh Kellerman",
        "rejected",
        "2025-06-13",
        "Marsh Kellerman <no-reply@marshkellerman.example>",
        "Your application",
        "Dear Danielle Brooks,\n\nThank you for your interest in the Senior Paralegal - Commercial Litigation position. "
        "Please be advised that the position has been put on hold and we will not be moving forward at this time.\n\n"
        "Human Resources",
        "t-mk",
    ),
    (
        "O'Donnell Grant",
        "thank_you",
        "2025-06-16",
        ME,
        "RE: Interview - Litigation Paralegal",
        "Dear Mr. Feeney,\n\nThank you for arranging today's interview. I enjoyed meeting Susan and learning about the "
        "firm's trial practice.\n\nBest regards,\nDanielle Brooks",
        "t-og2",
    ),
    (
        "Hartwell & Price",
        "rejected",
        "2025-06-18",
        TONYA,
        "RE: Litigation Paralegal - Hartwell & Price",
        "Hi Danielle,\n\nI heard back from Hartwell. They decided to go with a candidate who has more e-discovery "
        "experience. I'm sorry - I have a couple of other firms in mind for you.\n\nTonya",
        "t-hp",
    ),
    (
        "O'Donnell Grant",
        "offer",
        "2025-06-23",
        MARK,
        "Offer of Employment",
        "Dear Danielle,\n\nWe are pleased to offer you the position of Litigation Paralegal at O'Donnell Grant LLP at an "
        "annual salary of $78,000. The formal offer letter is attached.\n\nMark Feeney",
        "t-og3",
    ),
    (
        "O'Donnell Grant",
        "accepted",
        "2025-06-24",
        ME,
        "RE: Offer of Employment",
        "Dear Mr. Feeney,\n\nI am pleased to accept the position of Litigation Paralegal. I have signed and attached the "
        "offer letter, and I look forward to starting on July 14.\n\nSincerely,\nDanielle Brooks",
        "t-og3",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Paralegal jobs in Chicago, IL",
        "alert",
        "Litigation Paralegal - Loop. Corporate Paralegal - River North. See all jobs.",
    ),
    (
        "NALA <news@nala.example>",
        "NALA Facts & Findings: June",
        "newsletter",
        "This month in the profession. Unsubscribe.",
    ),
    (
        "LexStaff Chicago <jobs@lexstaffchicago.example>",
        "Hot legal jobs this week",
        "newsletter",
        "Contract document review - $35/hr. Docketing clerk - temp to hire. Reply with your resume. Unsubscribe.",
    ),
    (
        "Legal CLE Online <events@legalcle.example>",
        "Webinar: e-discovery for paralegals",
        "newsletter",
        "Register for the June 20 webinar.",
    ),
    (
        "Ventra <noreply@ventra.example>",
        "Your Ventra receipt",
        "other",
        "You added $40.00 to your Ventra Card.",
    ),
    (
        "Keisha Brooks <keisha.b@gmail.example>",
        "bday dinner",
        "personal",
        "Mom's birthday dinner is Saturday at 6, don't be late!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DANI,
        own_to={"Hartwell & Price": TONYA, "O'Donnell Grant": MARK},
        offset="-0500",
        clock="12:40:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="20:35:00",
        tag="fourhundredfiftyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
