"""A five-hundred-and-first mailbox, written as a held-out check after the five-hundredth (issue #24).

Rahul Menon, a structural engineer in Dubai, keeps his mail in Gmail, exported with Takeout.  Gulf hiring: Bayt's
"Your application for Senior Structural Engineer at Emaar Properties has been sent successfully", a consultant's "As
agreed, I have submitted your CV to Aldar Properties", "Good news - Aldar would like to meet you for a technical
interview with the Head of Structures", "I have now received feedback from Aldar. Unfortunately they have decided to
go with a candidate with more post-tensioning experience", a developer's "telephone interview with our Talent
Acquisition team", its "face-to-face interview with the Engineering Director", "we are pleased to extend to you an
offer of employment", Workday's "we will not be progressing your application further", his chase of the consultant
("any update from Aldar?") and his "I am pleased to accept the position".  Negatives: Bayt's alert, GulfTalent, the
developer's own sales mail (a company he applied to), DEWA, noon and a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RAHUL = "rahul.menon.se@gmail.com"
ME = f"Rahul Menon <{RAHUL}>"
FATIMA = "Fatima Al Hashimi <fatima.alhashimi@hays.example>"
EMAAR = "Emaar Talent Acquisition <careers@emaar.example>"
AECOM = "AECOM <aecom@myworkday.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Emaar Properties",
        "applied",
        "2025-09-01",
        "Bayt.com <noreply@bayt.example>",
        "Your application was sent to Emaar Properties",
        "Dear Rahul,\n\nYour application for Senior Structural Engineer at Emaar Properties has been sent "
        "successfully.\n\nGood luck!\nBayt.com",
        "t-emaar",
    ),
    (
        "Aldar Properties",
        "applied",
        "2025-09-02",
        FATIMA,
        "Senior Structural Engineer - Aldar",
        "Dear Rahul,\n\nThank you for your time on the phone. As agreed, I have submitted your CV to Aldar Properties "
        "for the Senior Structural Engineer position in Abu Dhabi.\n\nKind regards,\nFatima Al Hashimi\nSenior "
        "Consultant, Construction & Property\nHays Middle East",
        "t-aldar",
    ),
    (
        "AECOM",
        "applied",
        "2025-09-03",
        AECOM,
        "Thank you for applying to AECOM",
        "Dear Rahul,\n\nThank you for your interest in AECOM. We have received your application for the position of "
        "Structural Engineer (R-1029384) in Dubai and will review it shortly.\n\nAECOM Talent Acquisition",
        "t-aecom",
    ),
    (
        "Emaar Properties",
        "screen",
        "2025-09-04",
        EMAAR,
        "Telephone interview - Senior Structural Engineer",
        "Dear Rahul,\n\nWe have reviewed your profile and would like to schedule a telephone interview with our Talent "
        "Acquisition team on Sunday, 7 September at 11:00 AM (GST).\n\nBest regards,\nEmaar Talent Acquisition",
        "t-emaar2",
    ),
    (
        "Aldar Properties",
        "interview",
        "2025-09-08",
        FATIMA,
        "RE: Senior Structural Engineer - Aldar",
        "Dear Rahul,\n\nGood news - Aldar would like to meet you for a technical interview with the Head of Structures "
        "on Wednesday 10 September at 2 PM at their Al Raha Beach HQ.\n\nKind regards,\nFatima",
        "t-aldar",
    ),
    (
        "AECOM",
        "rejected",
        "2025-09-09",
        AECOM,
        "Your application to AECOM",
        "Dear Rahul,\n\nThank you for applying. After reviewing your application, we regret to inform you that we will "
        "not be progressing your application further.\n\nAECOM Talent Acquisition",
        "t-aecom",
    ),
    (
        "Emaar Properties",
        "interview",
        "2025-09-15",
        EMAAR,
        "Interview invitation - Senior Structural Engineer",
        "Dear Rahul,\n\nFollowing your telephone interview, we are pleased to invite you to a face-to-face interview "
        "with the Engineering Director at Emaar Square, Building 3, on Thursday 18 September at 10:00 AM.\n\nBest "
        "regards,\nEmaar Talent Acquisition",
        "t-emaar3",
    ),
    (
        "Aldar Properties",
        "follow_up",
        "2025-09-17",
        ME,
        "RE: Senior Structural Engineer - Aldar",
        "Hi Fatima,\n\nAny update from Aldar after Wednesday's interview? I'm keen to hear how it went on their "
        "side.\n\nThanks,\nRahul",
        "t-aldar",
    ),
    (
        "Aldar Properties",
        "rejected",
        "2025-09-18",
        FATIMA,
        "RE: Senior Structural Engineer - Aldar",
        "Dear Rahul,\n\nI have now received feedback from Aldar. Unfortunately they have decided to go with a candidate "
        "with more post-tensioning experience. I will keep you in mind for similar roles.\n\nFatima",
        "t-aldar",
    ),
    (
        "Emaar Properties",
        "offer",
        "2025-09-25",
        EMAAR,
        "Offer of Employment - Senior Structural Engineer",
        "Dear Rahul,\n\nFurther to your interview, we are pleased to extend to you an offer of employment for the "
        "position of Senior Structural Engineer. Please find attached the offer letter; kindly sign and return within 5 "
        "working days.\n\nBest regards,\nEmaar Talent Acquisition",
        "t-emaar4",
    ),
    (
        "Emaar Properties",
        "accepted",
        "2025-09-28",
        ME,
        "RE: Offer of Employment - Senior Structural Engineer",
        "Dear Sir/Madam,\n\nPlease find attached the signed offer letter. I am pleased to accept the position and look "
        "forward to joining Emaar.\n\nRegards,\nRahul Menon",
        "t-emaar4",
    ),
]

_NEGATIVES = [
    (
        "Bayt.com <jobs@bayt.example>",
        "New jobs matching Structural Engineer",
        "alert",
        "Structural Engineer - Dubai. Senior Engineer - Sharjah. View all jobs.",
    ),
    (
        "GulfTalent <newsletter@gulftalent.example>",
        "Salary trends in the UAE construction sector",
        "newsletter",
        "Read the report. Unsubscribe.",
    ),
    (
        "Emaar Properties <offers@emaar.example>",
        "Own a home at Dubai Creek Harbour - 10% down payment",
        "shop",
        "Limited launch offer. Register your interest. Unsubscribe.",
    ),
    (
        "DEWA <billing@dewa.example>",
        "Your DEWA bill",
        "other",
        "Your September bill is ready.",
    ),
    (
        "noon <orders@noon.example>",
        "Your order has shipped",
        "shop",
        "Your order #N1234 is on its way.",
    ),
    (
        "Arjun Pillai <arjun.pillai@gmail.example>",
        "friday",
        "personal",
        "Brunch friday at the marina?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RAHUL,
        own_to={"Aldar Properties": FATIMA, "Emaar Properties": EMAAR},
        offset="+0400",
        clock="10:50:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="21:05:00",
        tag="fivehundredone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
