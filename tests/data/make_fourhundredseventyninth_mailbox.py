"""A four-hundred-and-seventy-ninth mailbox, written as a held-out check after the four-hundred-and-seventy-eighth
(issue #24).

Ananya Iyer, a credit analyst in Mumbai, keeps her search in Gmail and exports it with Takeout.  Indian banking hires
through consultancies that write "Greetings of the day!": "Your profile has been shortlisted and forwarded to our
client, Kotak Mahindra Bank, for the role of Credit Manager", "Kotak has scheduled your first round of interview on
Saturday", "Kindly share your current CTC, expected CTC and notice period" (no step of its own), "The client has put
your profile on hold" (a wait), a bank's own Naukri receipt, "We are pleased to inform you that you have been selected
for the position of Senior Credit Analyst", her "I hereby accept the offer", a bank's "we regret to inform you that
your candidature has not been shortlisted", and her "Request you to kindly update me on the status".  Negatives:
Naukri's job alert, a consultancy's mass "Urgent opening" mail, a CFA Society newsletter, a Paytm cashback, the Mumbai
Metro and her mother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANANYA = "ananya.iyer.credit@gmail.com"
ME = f"Ananya Iyer <{ANANYA}>"
ROHIT = "Rohit Mehta <rohit.mehta@talentcorphr.example>"
HDFC = "HDFC Bank Careers <careers@hdfcbank.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Kotak Mahindra Bank",
        "applied",
        "2025-07-07",
        ROHIT,
        "Profile shortlisted - Credit Manager - Kotak Mahindra Bank",
        "Dear Ananya,\n\nGreetings of the day!\n\nYour profile has been shortlisted and forwarded to our client, Kotak "
        "Mahindra Bank, for the role of Credit Manager (Mumbai). We will update you on the next steps.\n\nRegards,\n"
        "Rohit Mehta\nTalentCorp HR Solutions",
        "t-kotak",
    ),
    (
        "HDFC Bank",
        "applied",
        "2025-07-08",
        "Naukri <naukri@naukri.example>",
        "Your application has been sent to HDFC Bank",
        "Dear Ananya,\n\nYour application for Senior Credit Analyst has been sent to HDFC Bank.\n\nJob: Senior Credit "
        "Analyst\nCompany: HDFC Bank\nLocation: Mumbai\n\nTeam Naukri",
        "t-hdfc",
    ),
    (
        "Axis Bank",
        "applied",
        "2025-07-09",
        "Axis Bank Careers <careers@axisbank.example>",
        "Application received",
        "Dear Ananya Iyer,\n\nThank you for applying for the position of Credit Analyst at Axis Bank. Your application "
        "has been received.\n\nAxis Bank HR",
        "t-axis",
    ),
    (
        "Kotak Mahindra Bank",
        "interview",
        "2025-07-14",
        ROHIT,
        "RE: Profile shortlisted - Credit Manager - Kotak Mahindra Bank",
        "Dear Ananya,\n\nGreetings of the day! Kotak has scheduled your first round of interview on Saturday, 19 July at "
        "11 AM at their BKC office. Kindly share your current CTC, expected CTC and notice period.\n\nRegards,\nRohit",
        "t-kotak",
    ),
    (
        "HDFC Bank",
        "interview",
        "2025-07-15",
        HDFC,
        "Interview call - Senior Credit Analyst",
        "Dear Ananya,\n\nWith reference to your application, you are invited for a personal interview on 22 July 2025 at "
        "10:30 AM at HDFC Bank House, Lower Parel.\n\nHDFC Bank HR",
        "t-hdfc2",
    ),
    (
        "Axis Bank",
        "rejected",
        "2025-07-18",
        "Axis Bank Careers <careers@axisbank.example>",
        "Your application",
        "Dear Ananya Iyer,\n\nWe regret to inform you that your candidature has not been shortlisted for the position of "
        "Credit Analyst.\n\nAxis Bank HR",
        "t-axis",
    ),
    (
        "Kotak Mahindra Bank",
        "reply",
        "2025-07-24",
        ROHIT,
        "RE: Profile shortlisted - Credit Manager - Kotak Mahindra Bank",
        "Dear Ananya,\n\nThe client has put your profile on hold for now, as the hiring manager is travelling. I will "
        "update you next week.\n\nRegards,\nRohit",
        "t-kotak",
    ),
    (
        "HDFC Bank",
        "offer",
        "2025-07-29",
        HDFC,
        "Offer - Senior Credit Analyst",
        "Dear Ananya,\n\nWe are pleased to inform you that you have been selected for the position of Senior Credit "
        "Analyst. Please find attached the offer letter.\n\nHDFC Bank HR",
        "t-hdfc3",
    ),
    (
        "HDFC Bank",
        "accepted",
        "2025-07-30",
        ME,
        "RE: Offer - Senior Credit Analyst",
        "Dear Sir/Madam,\n\nI hereby accept the offer for the position of Senior Credit Analyst. The signed copy is "
        "attached.\n\nRegards,\nAnanya Iyer",
        "t-hdfc3",
    ),
    (
        "Kotak Mahindra Bank",
        "follow_up",
        "2025-07-31",
        ME,
        "RE: Profile shortlisted - Credit Manager - Kotak Mahindra Bank",
        "Dear Rohit,\n\nRequest you to kindly update me on the status of the Kotak role.\n\nRegards,\nAnanya",
        "t-kotak",
    ),
]

_NEGATIVES = [
    (
        "Naukri <info@naukri.example>",
        "Jobs for you: Credit Analyst",
        "alert",
        "Credit Analyst - Andheri. Credit Manager - Powai. Apply now.",
    ),
    (
        "Placement Hub Consultants <jobs@placementhub.example>",
        "Urgent opening - Credit Officer - Navi Mumbai",
        "outreach",
        "Dear Candidate, Greetings! We have an urgent opening for Credit Officer with a leading NBFC. Interested "
        "candidates kindly share updated CV with current CTC and notice period.",
    ),
    (
        "CFA Society India <news@cfasociety.example>",
        "Member newsletter - July",
        "newsletter",
        "This month's events. Unsubscribe.",
    ),
    (
        "Paytm <noreply@paytm.example>",
        "Cashback credited",
        "other",
        "Rs 50 cashback has been credited to your wallet.",
    ),
    (
        "Mumbai Metro One <noreply@mumbaimetro.example>",
        "Trip pass recharge",
        "other",
        "Your trip pass was recharged.",
    ),
    (
        "Amma <lakshmi.iyer@gmail.example>",
        "Sunday",
        "personal",
        "Come home on Sunday, I'm making payasam.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANANYA,
        own_to={"HDFC Bank": HDFC, "Kotak Mahindra Bank": ROHIT},
        offset="+0530",
        clock="11:30:00",
        neg_start="2025-07-06",
        neg_step=5,
        neg_clock="21:15:00",
        tag="fourhundredseventynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
