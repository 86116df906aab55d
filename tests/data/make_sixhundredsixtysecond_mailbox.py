"""A six-hundred-and-sixty-second mailbox, written as a held-out check after the six-hundred-and-sixty-first (issue
#24).

Ananya Iyer, a final-year computer science student in Chennai, exports her Gmail with Takeout. Her search is a
fresher's: Zoho's "Thank you for applying to Zoho Corporation" from its careers portal, Freshworks' Lever receipt,
TCS NextStep's "Your application for TCS NQT hiring has been received" (TCS), HackerEarth's "Freshworks Campus
Hiring Challenge - you're invited" (an assessment: an interview round), Zoho's "You have been shortlisted for the
technical interview", Freshworks' "Congratulations! You have cleared the online assessment" with a technical interview
to schedule, TCS's "Interview call letter" for the Technical, Managerial and HR rounds at its Siruseri campus (the
final round), Zoho's "we regret to inform you" after the technical round, TCS's "Letter of Intent" (the offer) and her "I accept the offer". Negatives: Naukri's alerts, Internshala's newsletter, a placement
consultancy asking for a registration fee, her college placement cell's notice about another company's drive, and
her mother. ``messages()`` returns ``[(message, truth)]``.

Truth changed after the first read: TCS's rows were first written "TCS"; the offer names the employer in full ("at
Tata Consultancy Services"), and the project's convention since the 518th is the name the mail gives in full. The
first read also kept the sentence's full stop in that name ("Tata Consultancy Services.", fixed in
``_initials_spelled``).
"""

from __future__ import annotations

from pathlib import Path

ANANYA = "ananya.iyer2004@gmail.com"
ME = f"Ananya Iyer <{ANANYA}>"
ZOHO = "Zoho Careers <careers@zohocorp.example>"
FRESH = "Freshworks <no-reply@hire.lever.example>"
TCS = "TCS NextStep <nextstep@tcs.example>"
HE = "HackerEarth <assessments@hackerearth.example>"
FRESHR = "Divya Menon <divya.menon@freshworks.example>"
TCSR = "TCS Talent Acquisition <ta.chennai@tcs.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Zoho",
        "applied",
        "2025-08-04",
        ZOHO,
        "Thank you for applying to Zoho Corporation",
        "Dear Ananya,\n\nThank you for applying for the position of Member Technical Staff at Zoho Corporation. Our "
        "team will review your profile and get back to you.\n\nRegards,\nZoho Recruitment Team",
        "t-zoho",
    ),
    (
        "Freshworks",
        "applied",
        "2025-08-05",
        FRESH,
        "Thanks for applying to Freshworks!",
        "Hi Ananya,\n\nThanks for applying to the Software Engineer - Graduate role at Freshworks. We have received "
        "your application and our team is reviewing it.\n\nFreshworks Talent Team",
        "t-fresh",
    ),
    (
        "Tata Consultancy Services",
        "applied",
        "2025-08-06",
        TCS,
        "Your application for TCS NQT hiring has been received",
        "Dear Ananya,\n\nYour application for TCS National Qualifier Test (NQT) hiring 2026 has been received. Your "
        "reference number is DT20253456789. Please keep it for future communication.\n\nRegards,\nTCS NextStep",
        "t-tcs",
    ),
    (
        "Freshworks",
        "interview",
        "2025-08-12",
        HE,
        "Freshworks Campus Hiring Challenge - you're invited",
        "Hi Ananya,\n\nFreshworks has invited you to take the Campus Hiring Challenge online assessment on HackerEarth. "
        "The test has 2 coding questions and 20 MCQs and must be completed by 15 August.\n\nStart test\n\n"
        "Team HackerEarth",
        "t-fresh2",
    ),
    (
        "Zoho",
        "interview",
        "2025-08-14",
        ZOHO,
        "Shortlisted for technical interview - Zoho",
        "Dear Ananya,\n\nWe are happy to inform you that you have been shortlisted for the technical interview for the "
        "Member Technical Staff position. The interview will be held at our Estancia IT Park office on 20 August at "
        "10:00 AM.\n\nRegards,\nZoho Recruitment Team",
        "t-zoho2",
    ),
    (
        "Freshworks",
        "interview",
        "2025-08-19",
        FRESHR,
        "Next round - Freshworks",
        "Hi Ananya,\n\nCongratulations! You have cleared the online assessment. We would like to schedule a technical "
        "interview with our engineering team on Friday at 2 PM over Zoom.\n\nRegards,\nDivya Menon\nCampus Recruiting, "
        "Freshworks",
        "t-fresh3",
    ),
    (
        "Tata Consultancy Services",
        "onsite",
        "2025-08-22",
        TCSR,
        "Interview call letter - TCS NQT hiring",
        "Dear Ananya,\n\nCongratulations! Based on your NQT score you are invited for the final interview (Technical, "
        "Managerial and HR rounds) at TCS Siruseri campus on 28 August at 9:30 AM. Please carry your call letter and "
        "original documents.\n\nRegards,\nTCS Talent Acquisition",
        "t-tcs2",
    ),
    (
        "Zoho",
        "rejected",
        "2025-08-25",
        ZOHO,
        "Zoho - interview result",
        "Dear Ananya,\n\nThank you for attending the technical interview. We regret to inform you that you have not "
        "been selected for the next round.\n\nRegards,\nZoho Recruitment Team",
        "t-zoho2",
    ),
    (
        "Tata Consultancy Services",
        "offer",
        "2025-09-10",
        TCSR,
        "Letter of Intent - TCS",
        "Dear Ananya,\n\nWe are pleased to inform you that you have been selected for the position of Assistant System "
        "Engineer Trainee at Tata Consultancy Services. Please find your Letter of Intent attached and confirm your "
        "acceptance within 7 days.\n\nRegards,\nTCS Talent Acquisition",
        "t-tcs3",
    ),
    (
        "Tata Consultancy Services",
        "accepted",
        "2025-09-11",
        ME,
        "RE: Letter of Intent - TCS",
        "Dear Sir/Madam,\n\nThank you for the opportunity. I accept the offer and confirm my joining.\n\nRegards,\n"
        "Ananya Iyer",
        "t-tcs3",
    ),
]

_NEGATIVES = [
    (
        "Naukri <jobs@naukri.example>",
        "25 new jobs for Software Engineer Fresher",
        "alert",
        "Jobs matching your profile in Chennai. Apply now. Modify your job alert.",
    ),
    (
        "Internshala <newsletter@internshala.example>",
        "Top internships this week",
        "newsletter",
        "Work from home internships with stipend up to 20,000. Unsubscribe.",
    ),
    (
        "Career Point Placements <hr@careerpointjobs.example>",
        "Selected for MNC interview - registration required",
        "scam",
        "Dear candidate, you are selected for an interview with a top MNC. Pay a refundable registration fee of Rs "
        "2,500 to confirm your slot.",
    ),
    (
        "Placement Cell <placements@svce.example>",
        "Infosys campus drive - register by Friday",
        "notice",
        "Dear students, Infosys will conduct a campus drive for 2026 graduates. Eligible students should register on "
        "the placement portal by Friday.",
    ),
    (
        "Amma <lakshmi.iyer@gmail.example>",
        "Saturday",
        "personal",
        "Come home early on Saturday, Paati is visiting.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANANYA,
        own_to={"Tata Consultancy Services": TCSR},
        offset="+0530",
        clock="11:05:00",
        neg_start="2025-08-03",
        neg_step=6,
        neg_clock="18:45:00",
        tag="sixhundredsixtytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
