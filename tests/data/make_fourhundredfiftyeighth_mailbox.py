"""A four-hundred-and-fifty-eighth mailbox, written as a held-out check after the four-hundred-and-fifty-seventh
(issue #24).

Arjun Reddy, a 2025 computer-science graduate in Bengaluru, keeps his search in Gmail and exports it with Takeout.
Indian fresher hiring: TCS NextStep's "Your application for TCS NQT has been received", "You have been shortlisted for
the Technical Interview", an HR consultancy's "Your profile has been shared with our client Infosys for the Systems
Engineer role", "Infosys has scheduled your online assessment (HackerEarth) on 12th", "we regret to inform you that
you have not cleared the assessment", a start-up's Naukri receipt and its "Greetings from Zeta! You are shortlisted
for the next round", "the HR round", "Please find attached your offer letter", his "I accept the offer and will join
on 1st September", and his "Kindly update me on the status of my application".  Negatives: Naukri's recommended
jobs, a paid "resume writing" offer, a training institute's placement drive ad, an exam result, Swiggy and his
mother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ARJUN = "arjun.reddy.cse25@gmail.com"
ME = f"Arjun Reddy <{ARJUN}>"
TCS = "TCS NextStep <nextstep@tcs.example>"
KAVYA = "Kavya S <kavya.s@hiremaxconsulting.example>"
ZETA = "Zeta Talent Team <talent@zeta.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "TCS",
        "applied",
        "2025-06-02",
        TCS,
        "Your application for TCS NQT has been received",
        "Dear Arjun Reddy,\n\nYour application for TCS National Qualifier Test (NQT) Hiring 2025 has been received. "
        "Your reference number is DT20251234567.\n\nRegards,\nTCS Talent Acquisition Group",
        "t-tcs",
    ),
    (
        "Infosys",
        "applied",
        "2025-06-03",
        KAVYA,
        "Systems Engineer - Infosys",
        "Dear Arjun,\n\nGreetings from HireMax Consulting! Your profile has been shared with our client Infosys for the "
        "Systems Engineer role (2025 batch). We will update you on the next steps.\n\nRegards,\nKavya S\nHR Executive",
        "t-inf",
    ),
    (
        "Zeta",
        "applied",
        "2025-06-04",
        "Naukri <naukri@naukri.example>",
        "Application sent to Zeta",
        "Dear Arjun,\n\nYour application for SDE 1 (Freshers) has been sent to Zeta.\n\nJob: SDE 1 (Freshers)\nCompany: "
        "Zeta\nLocation: Bengaluru\n\nTeam Naukri",
        "t-zeta",
    ),
    (
        "Infosys",
        "interview",
        "2025-06-06",
        KAVYA,
        "RE: Systems Engineer - Infosys",
        "Dear Arjun,\n\nInfosys has scheduled your online assessment (HackerEarth) on 12th June at 10 AM. The test link "
        "will be sent to your email.\n\nRegards,\nKavya S",
        "t-inf",
    ),
    (
        "TCS",
        "interview",
        "2025-06-10",
        TCS,
        "Shortlisted for TCS Technical Interview",
        "Dear Arjun Reddy,\n\nCongratulations! You have been shortlisted for the Technical Interview for TCS NQT Hiring "
        "2025. Your interview is scheduled on 16 June 2025 at 11:00 AM (virtual).\n\nTCS Talent Acquisition Group",
        "t-tcs2",
    ),
    (
        "Zeta",
        "interview",
        "2025-06-11",
        ZETA,
        "Zeta - SDE 1 - next round",
        "Hi Arjun,\n\nGreetings from Zeta! You are shortlisted for the next round: a 60-minute technical interview with "
        "our engineering team on 13th June, 3 PM.\n\nZeta Talent Team",
        "t-zeta2",
    ),
    (
        "Infosys",
        "rejected",
        "2025-06-14",
        KAVYA,
        "RE: Systems Engineer - Infosys",
        "Dear Arjun,\n\nWe regret to inform you that you have not cleared the assessment. We will reach out for other "
        "suitable openings.\n\nRegards,\nKavya S",
        "t-inf",
    ),
    (
        "Zeta",
        "onsite",
        "2025-06-16",
        ZETA,
        "Zeta - SDE 1 - HR round",
        "Hi Arjun,\n\nYou have cleared the technical round. The final step is the HR round with our Talent Lead on 18th "
        "June at our Koramangala office.\n\nZeta Talent Team",
        "t-zeta2",
    ),
    (
        "TCS",
        "follow_up",
        "2025-06-23",
        ME,
        "Status of my application - DT20251234567",
        "Dear Sir/Madam,\n\nI attended the Technical Interview on 16 June. Kindly update me on the status of my "
        "application.\n\nThanks and regards,\nArjun Reddy",
        "t-tcs3",
    ),
    (
        "Zeta",
        "offer",
        "2025-06-24",
        ZETA,
        "Offer Letter - SDE 1",
        "Hi Arjun,\n\nCongratulations! Please find attached your offer letter for the position of SDE 1 at Zeta with a "
        "CTC of 12 LPA.\n\nZeta Talent Team",
        "t-zeta3",
    ),
    (
        "Zeta",
        "accepted",
        "2025-06-25",
        ME,
        "RE: Offer Letter - SDE 1",
        "Dear Team,\n\nThank you for the offer. I accept the offer and will join on 1st September. Please find the "
        "signed copy attached.\n\nRegards,\nArjun",
        "t-zeta3",
    ),
]

_NEGATIVES = [
    (
        "Naukri <info@naukri.example>",
        "Recommended jobs for you",
        "alert",
        "Software Engineer - Fresher - Wipro. Trainee - Capgemini. Apply now.",
    ),
    (
        "Naukri FastForward <fastforward@naukri.example>",
        "Get 3x more recruiter views with a professional resume",
        "newsletter",
        "Our experts will rewrite your resume. Buy now at 20% off.",
    ),
    (
        "CodeNest Academy <placements@codenest.example>",
        "100% placement assistance - mega placement drive",
        "newsletter",
        "Join our Full Stack course and attend our mega placement drive with 50 companies. Enroll today.",
    ),
    (
        "VTU Results <results@vtu.example>",
        "Your semester results are published",
        "other",
        "Results for 8th semester are now available.",
    ),
    (
        "Swiggy <noreply@swiggy.example>",
        "Your order is on the way",
        "other",
        "Your order from Meghana Foods is on the way.",
    ),
    (
        "Lakshmi Reddy <lakshmi.reddy@gmail.example>",
        "call home",
        "personal",
        "Arjun, call home tonight. Appa wants to talk.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ARJUN,
        own_to={"TCS": TCS, "Zeta": ZETA},
        offset="+0530",
        clock="10:45:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="22:30:00",
        tag="fourhundredfiftyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
