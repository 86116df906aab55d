"""A ninety-third mailbox, written as a held-out check after the ninety-second's fixes (issue #24).

Olivia, a second-year law student in New York, exports Gmail with Takeout during on-campus interviewing.  Law firms
hire in their own words: a screening interview at OCI, a "callback interview" at the firm's office, "we are pleased
to extend an offer to join our summer associate class", "we are unable to extend a callback invitation", a firm
that "has filled its summer class"; applications go through the school's Symplicity and the firms' own recruiting
mailboxes; her thank-you notes and an acceptance.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLIVIA = "olivia.chen.jd26@gmail.com"
_ME = f"Olivia Chen <{OLIVIA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Hartwell & Pryce LLP (OCI screen; callback; offer; accepted)
    (
        "Hartwell & Pryce",
        "applied",
        "2025-07-21",
        "Symplicity <noreply@symplicity.com>",
        "Application Submitted: Hartwell & Pryce LLP - 2026 Summer Associate",
        "Your application for 2026 Summer Associate at Hartwell & Pryce LLP has been submitted through the Early "
        "Interview Program. Employer bidding results will be posted on July 28.",
        "hp1",
    ),
    (
        "Hartwell & Pryce",
        "screen",
        "2025-07-29",
        "Hartwell & Pryce Legal Recruiting <legalrecruiting@hartwellpryce.com>",
        "Hartwell & Pryce - Early Interview Program",
        "Dear Olivia,\n\nWe look forward to meeting you during the Early Interview Program. Your 20-minute screening "
        "interview is scheduled for Tuesday, August 5 at 2:20 PM in Room 4B.\n\nLegal Recruiting",
        "hp2",
    ),
    (
        "Hartwell & Pryce",
        "onsite",
        "2025-08-07",
        "Hartwell & Pryce Legal Recruiting <legalrecruiting@hartwellpryce.com>",
        "Callback Interview Invitation",
        "Dear Olivia,\n\nThank you for meeting with us. We are delighted to invite you to a callback interview at our "
        "New York office, where you will meet four attorneys over lunch and afternoon interviews. Please reply with "
        "your availability during the weeks of August 11 and 18.\n\nLegal Recruiting",
        "hp3",
    ),
    (
        "Hartwell & Pryce",
        "thank_you",
        "2025-08-14",
        _ME,
        "Thank you - callback interview",
        "Dear Ms. Alvarez,\n\nThank you for organizing my callback interview today. I enjoyed speaking with the "
        "litigation partners and learning about the pro bono program.\n\nSincerely,\nOlivia Chen",
        "hp4",
    ),
    (
        "Hartwell & Pryce",
        "offer",
        "2025-08-19",
        "Hartwell & Pryce Legal Recruiting <legalrecruiting@hartwellpryce.com>",
        "2026 Summer Associate Offer",
        "Dear Olivia,\n\nOn behalf of the Hiring Committee, we are pleased to extend an offer to join our 2026 summer "
        "associate class in New York. Please let us know your decision within 28 days.\n\nLegal Recruiting",
        "hp5",
    ),
    (
        "Hartwell & Pryce",
        "accepted",
        "2025-09-02",
        _ME,
        "Re: 2026 Summer Associate Offer",
        "Dear Ms. Alvarez,\n\nI am thrilled to accept Hartwell & Pryce's offer to join the 2026 summer associate "
        "class.\n\nSincerely,\nOlivia Chen",
        "hp5",
    ),
    # Whitcombe Lowell (OCI screen; no callback)
    (
        "Whitcombe Lowell",
        "applied",
        "2025-07-21",
        "Symplicity <noreply@symplicity.com>",
        "Application Submitted: Whitcombe Lowell LLP - 2026 Summer Associate",
        "Your application for 2026 Summer Associate at Whitcombe Lowell LLP has been submitted through the Early "
        "Interview Program.",
        "wl1",
    ),
    (
        "Whitcombe Lowell",
        "screen",
        "2025-07-30",
        "Whitcombe Lowell Recruiting <recruiting@whitcombelowell.com>",
        "Whitcombe Lowell EIP Interview",
        "Dear Olivia,\n\nWe have selected you for a screening interview with Whitcombe Lowell during EIP on Wednesday, "
        "August 6 at 10:40 AM.\n\nBest regards,\nAttorney Recruiting",
        "wl2",
    ),
    (
        "Whitcombe Lowell",
        "rejected",
        "2025-08-12",
        "Whitcombe Lowell Recruiting <recruiting@whitcombelowell.com>",
        "Whitcombe Lowell - 2026 Summer Program",
        "Dear Olivia,\n\nThank you for taking the time to interview with Whitcombe Lowell. We received many "
        "impressive candidates and, after careful consideration, we are unable to extend a callback invitation.\n\n"
        "Best regards,\nAttorney Recruiting",
        "wl3",
    ),
    # Drummond Kessler (direct application; summer class filled)
    (
        "Drummond Kessler",
        "applied",
        "2025-07-23",
        _ME,
        "Application - 2026 Summer Associate",
        "Dear Recruiting Team,\n\nI am writing to apply for Drummond Kessler's 2026 Summer Associate Program. Please "
        "find attached my resume, cover letter, transcript and writing sample.\n\nSincerely,\nOlivia Chen",
        "dk1",
    ),
    (
        "Drummond Kessler",
        "rejected",
        "2025-09-10",
        "Drummond Kessler Recruiting <recruiting@drummondkessler.com>",
        "Re: Application - 2026 Summer Associate",
        "Dear Olivia,\n\nThank you for your interest in Drummond Kessler. Our 2026 summer class has been filled, and "
        "we are unable to offer you an interview.\n\nLegal Recruiting",
        "dk1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Symplicity <noreply@symplicity.com>",
        "Reminder: EIP bidding closes Friday",
        "reminder",
        "Submit your employer bids for the Early Interview Program by Friday at 5 PM.",
    ),
    (
        "Law360 <newsletters@law360.example>",
        "Law360 Daily: BigLaw summer classes shrink",
        "newsletter",
        "Today's top legal news. Unsubscribe",
    ),
    (
        "Career Services <careers@law.university.example>",
        "Mock interview workshop this Thursday",
        "newsletter",
        "Practice callback interviews with alumni. RSVP on Symplicity.",
    ),
    (
        "Rachel Stone <rstone@lateral-partners.example>",
        "Associate opportunity",
        "outreach",
        "Hi Olivia, I place associates with top firms in New York. Would you be open to a conversation once you "
        "graduate?",
    ),
    (
        "NALP Directory <updates@nalpdirectory.example>",
        "New firm profiles added",
        "newsletter",
        "Explore 2026 summer program statistics. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=OLIVIA,
        own_to={
            "Hartwell & Pryce": "Maria Alvarez <legalrecruiting@hartwellpryce.com>",
            "Drummond Kessler": "Drummond Kessler Recruiting <recruiting@drummondkessler.com>",
        },
        offset="-0400",
        clock="15:00:00",
        neg_start="2025-07-22",
        neg_step=6,
        neg_clock="08:00:00",
        tag="ninetythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
