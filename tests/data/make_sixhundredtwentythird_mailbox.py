"""A six-hundred-and-twenty-third mailbox, written as a held-out check after the six-hundred-and-twenty-second
(issue #24).

Sneha Iyer, a final-year engineering student in Chennai, saves her mail from Apple Mail and zips the export. Indian IT
services companies and a product company write in Indian business English, through their campus portals and a
staffing firm: Infosys' "Thank you for registering for InfyTQ hiring", TCS iON's "Your application for TCS NQT has been
submitted successfully", a Quess consultant's "we have shortlisted your profile and shared it with our client Zoho for
the Member Technical Staff role", Infosys' "You have cleared the online test and are shortlisted for the technical
interview", TCS's "Your NQT score does not meet the cut-off for this hiring cycle", the consultant's "Zoho has
scheduled your technical round on Saturday", Infosys' "HR interview on Friday", the consultant's "Zoho has not shortlisted
you for the next round", Infosys' "Congratulations! You have been selected ... offer letter", her "I accept the offer
of Systems Engineer" and her thanks after the HR interview. Negatives: Naukri's job alert, The Hindu's newsletter, a
course provider's placement-guarantee mail, Infosys' own quarterly results mail (a company she applied to), Swiggy and
her father. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SNEHA = "sneha.iyer2026@icloud.example"
ME = f"Sneha Iyer <{SNEHA}>"
INFY = "Infosys Campus Connect <campusconnect@infosys.example>"
TCS = "TCS iON <noreply@tcsion.example>"
QUESS = "Karthik Raman <karthik.raman@quesscorp.example>"
INFYHR = "Divya Menon <divya.menon@infosys.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Infosys",
        "applied",
        "2025-08-04",
        INFY,
        "Thank you for registering for InfyTQ hiring",
        "Dear Sneha,\n\nThank you for registering for the Infosys Systems Engineer hiring through InfyTQ. Your "
        "application has been received. Details of the online test will follow.\n\nInfosys Campus Connect",
        None,
    ),
    (
        "TCS",
        "applied",
        "2025-08-05",
        TCS,
        "Application submitted successfully",
        "Dear Sneha Iyer,\n\nYour application for TCS NQT (Ninja/Digital hiring) has been submitted successfully. "
        "Reference ID: DT20256789012.\n\nTCS iON",
        None,
    ),
    (
        "Zoho",
        "applied",
        "2025-08-06",
        QUESS,
        "Profile shared - Zoho MTS",
        "Dear Sneha,\n\nAs discussed, we have shortlisted your profile and shared it with our client Zoho for the Member "
        "Technical Staff role. We will update you on the next steps.\n\nRegards,\nKarthik Raman\nQuess Corp",
        None,
    ),
    (
        "Infosys",
        "interview",
        "2025-08-18",
        INFYHR,
        "Shortlisted for technical interview",
        "Dear Sneha,\n\nYou have cleared the online test and are shortlisted for the technical interview on 22 August "
        "at 10:00 AM (virtual).\n\nDivya Menon\nTalent Acquisition, Infosys",
        None,
    ),
    (
        "TCS",
        "rejected",
        "2025-08-19",
        TCS,
        "TCS NQT result",
        "Dear Sneha Iyer,\n\nThank you for taking the TCS NQT. Your NQT score does not meet the cut-off for this hiring "
        "cycle.\n\nTCS iON",
        1,
    ),
    (
        "Zoho",
        "interview",
        "2025-08-20",
        QUESS,
        "RE: Profile shared - Zoho MTS",
        "Dear Sneha,\n\nZoho has scheduled your technical round on Saturday at 11:00 AM at their Estancia IT Park "
        "office.\n\nRegards,\nKarthik",
        2,
    ),
    (
        "Infosys",
        "interview",
        "2025-08-25",
        INFYHR,
        "RE: Shortlisted for technical interview",
        "Dear Sneha,\n\nYou have cleared the technical interview. Your HR interview is scheduled on Friday, 29 August "
        "at 2:00 PM.\n\nDivya Menon",
        3,
    ),
    (
        "Zoho",
        "rejected",
        "2025-08-27",
        QUESS,
        "RE: Profile shared - Zoho MTS",
        "Dear Sneha,\n\nZoho has not shortlisted you for the next round. We will share other openings soon.\n\n"
        "Regards,\nKarthik",
        5,
    ),
    (
        "Infosys",
        "thank_you",
        "2025-08-29",
        ME,
        "RE: Shortlisted for technical interview",
        "Dear Divya Ma'am,\n\nThank you for the HR interview today and for the opportunity.\n\nRegards,\nSneha Iyer",
        6,
        INFYHR,
    ),
    (
        "Infosys",
        "offer",
        "2025-09-05",
        INFYHR,
        "Congratulations - Offer letter",
        "Dear Sneha,\n\nCongratulations! You have been selected for the role of Systems Engineer at Infosys. Please find "
        "your offer letter attached.\n\nDivya Menon",
        None,
    ),
    (
        "Infosys",
        "accepted",
        "2025-09-06",
        ME,
        "RE: Congratulations - Offer letter",
        "Dear Divya Ma'am,\n\nI accept the offer of Systems Engineer and have signed the letter.\n\nRegards,\nSneha Iyer",
        9,
        INFYHR,
    ),
]

_NEGATIVES = [
    (
        "Naukri <jobalert@naukri.example>",
        "Jobs matching your profile",
        "alert",
        "Software Engineer - Chennai. Graduate Engineer Trainee - Coimbatore. Apply now.",
    ),
    (
        "The Hindu <newsletter@thehindu.example>",
        "Morning Digest",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "CodeMasters Academy <placements@codemasters.example>",
        "100% placement guarantee",
        "newsletter",
        "Join our full-stack course with placement assistance. Unsubscribe.",
    ),
    (
        "Infosys Investor Relations <investors@infosys.example>",
        "Infosys Q1 results",
        "newsletter",
        "Read our quarterly results. Unsubscribe.",
    ),
    (
        "Swiggy <noreply@swiggy.example>",
        "Your order is delivered",
        "other",
        "Enjoy your meal!",
    ),
    (
        "Appa <raghavan.iyer@yahoo.example>",
        "call",
        "personal",
        "Call me after your class.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=SNEHA,
        offset=lambda d: "+0530",
        clock="11:05:00",
        neg_start="2025-08-03",
        neg_step=5,
        neg_clock="21:30:00",
        tag="sixhundredtwentythree",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it, zipped (``INBOX.mbox/mbox``), into ``folder``; return its path."""
    from mail_score import write_apple_zip

    return write_apple_zip(Path(folder) / "Mail Export.zip", msgs if msgs is not None else messages())
