"""A two-hundred-and-sixty-first mailbox, written as a held-out check after the two-hundred-and-sixtieth (issue #24).

Kabir, a QA engineer in Hyderabad, exports Gmail with Takeout.  Indian hiring mail: Naukri's and Instahyre's
receipts, "Greetings from ...", a "telephonic round", "Technical Round 1 and 2", an "HR round" to discuss "CTC and
notice period", a "managerial round" as the last, an "offer letter" with a "joining date", a consultancy ("a leading
MNC in Gachibowli") that names its client at the interview, and "we regret to inform you that your profile has not
been shortlisted".  Negatives: Naukri's job alerts, a walk-in drive, Paytm, Swiggy, a friend.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KABIR = "kabir.reddy.qa@gmail.com"
ME = f"Kabir Reddy <{KABIR}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Deccan Softlabs",
        "applied",
        "2025-07-07",
        "Naukri <info@naukri.com>",
        "Your application has been sent to Deccan Softlabs Pvt Ltd",
        "Dear Kabir,\n\nYour application for QA Automation Engineer has been sent to Deccan Softlabs Pvt Ltd. "
        "Recruiters will contact you if your profile is shortlisted.\n\nTeam Naukri",
        "d1",
    ),
    (
        "Golconda Fintech",
        "applied",
        "2025-07-08",
        "Instahyre <noreply@instahyre.com>",
        "Application sent to Golconda Fintech",
        "Hi Kabir,\n\nYou have successfully applied for SDET II at Golconda Fintech. The employer will review your "
        "profile.\n\nTeam Instahyre",
        "g1",
    ),
    (
        "Charminar Health",
        "applied",
        "2025-07-09",
        "Sneha Rao <sneha.rao@talentmantra.example>",
        "Opportunity - QA Lead - Gachibowli",
        "Dear Kabir,\n\nGreetings from Talent Mantra! As discussed, I have shared your profile with our client, a leading "
        "MNC in Gachibowli, for the QA Lead position. I will update you once I get feedback.\n\nRegards,\nSneha Rao\n"
        "Senior Recruiter, Talent Mantra Consultants",
        "c1",
    ),
    (
        "Deccan Softlabs",
        "screen",
        "2025-07-10",
        "Priya Varma <priya.varma@deccansoftlabs.example>",
        "Telephonic round - QA Automation Engineer",
        "Dear Kabir,\n\nGreetings from Deccan Softlabs! Your profile has been shortlisted. We would like to schedule a "
        "telephonic round with our HR team tomorrow at 11:30 AM. Kindly confirm your availability.\n\nRegards,\n"
        "Priya Varma\nHR Executive",
        "d2",
    ),
    (
        "Golconda Fintech",
        "rejected",
        "2025-07-11",
        "Golconda Fintech Careers <careers@golcondafintech.example>",
        "Application status - SDET II",
        "Dear Kabir,\n\nThank you for your interest in Golconda Fintech. We regret to inform you that your profile has "
        "not been shortlisted for the next round.\n\nRegards,\nTalent Acquisition Team",
        "g1",
    ),
    (
        "Deccan Softlabs",
        "interview",
        "2025-07-14",
        "Priya Varma <priya.varma@deccansoftlabs.example>",
        "Technical Round 1 - QA Automation Engineer",
        "Dear Kabir,\n\nCongratulations on clearing the telephonic round. Your Technical Round 1 is scheduled on 16th "
        "July at 3 PM on Microsoft Teams with our QA Lead.\n\nRegards,\nPriya",
        "d3",
    ),
    (
        "Charminar Health",
        "interview",
        "2025-07-15",
        "Sneha Rao <sneha.rao@talentmantra.example>",
        "RE: Opportunity - QA Lead - Gachibowli",
        "Dear Kabir,\n\nGood news! The client is Charminar Health, and they have scheduled your first technical "
        "discussion on Thursday at 11 AM. Kindly be available.\n\nRegards,\nSneha",
        "c1",
    ),
    (
        "Deccan Softlabs",
        "onsite",
        "2025-07-21",
        "Priya Varma <priya.varma@deccansoftlabs.example>",
        "Managerial round - QA Automation Engineer",
        "Dear Kabir,\n\nYou have cleared both technical rounds. The final managerial round with our Director of "
        "Engineering is scheduled on 23rd July at 12 PM at our Hitec City office. After that, an HR round to discuss "
        "CTC and notice period.\n\nRegards,\nPriya",
        "d4",
    ),
    (
        "Charminar Health",
        "rejected",
        "2025-07-22",
        "Sneha Rao <sneha.rao@talentmantra.example>",
        "RE: Opportunity - QA Lead - Gachibowli",
        "Dear Kabir,\n\nI received feedback from the client. They have decided to go ahead with another profile with "
        "more healthcare domain experience. I will share other openings with you.\n\nRegards,\nSneha",
        "c1",
    ),
    (
        "Deccan Softlabs",
        "offer",
        "2025-07-28",
        "Priya Varma <priya.varma@deccansoftlabs.example>",
        "Offer Letter - QA Automation Engineer",
        "Dear Kabir,\n\nWe are delighted to inform you that you have been selected. Please find attached your offer "
        "letter with a CTC of 16 LPA and a joining date of 1st September. Kindly share your acceptance.\n\nRegards,\n"
        "Priya",
        "d5",
    ),
    (
        "Deccan Softlabs",
        "accepted",
        "2025-07-29",
        ME,
        "RE: Offer Letter - QA Automation Engineer",
        "Dear Priya,\n\nThank you for the offer. I am pleased to accept it and will join on 1st September. Please find "
        "the signed copy attached.\n\nRegards,\nKabir",
        "d5",
    ),
]

_OWN_TO = {"Deccan Softlabs": "Priya Varma <priya.varma@deccansoftlabs.example>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Naukri <jobalerts@naukri.com>",
        "15 new jobs matching your profile",
        "alert",
        "QA Engineer - Hyderabad; SDET - Bengaluru; Test Lead - Pune. Apply now!",
    ),
    (
        "HR Team <walkin.hyd2025@gmail.example>",
        "Walk-in drive for QA freshers - 19 July",
        "outreach",
        "Dear Candidate, we are conducting a walk-in drive for manual testing freshers on 19 July in Madhapur.",
    ),
    (
        "Paytm <no-reply@paytm.example>",
        "Payment successful",
        "other",
        "Rs. 450 paid to a merchant successfully.",
    ),
    (
        "Swiggy <noreply@swiggy.example>",
        "Your order is on the way",
        "shop",
        "Your biryani will arrive in 25 minutes.",
    ),
    (
        "Arjun Mehta <arjun.mehta@gmail.example>",
        "Cricket Sunday",
        "personal",
        "Bro, cricket on Sunday morning at 6? Bring your bat.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KABIR,
        own_to=_OWN_TO,
        offset="+0530",
        clock="10:50:00",
        neg_start="2025-07-06",
        neg_step=5,
        neg_clock="21:20:00",
        tag="twohundredsixtyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
