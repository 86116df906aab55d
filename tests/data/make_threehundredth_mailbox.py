"""A three-hundredth mailbox, written as a held-out check after the two-hundred-and-ninety-ninth (issue #24).

Ananya, a data analyst in Bengaluru, exports Gmail with Takeout.  Indian hiring as it writes: Naukri's "Your
application has been sent to Kaveri Analytics", a consultancy's recruiter who has "shortlisted your profile for our
client, a leading MNC" and later names it ("the client is Tungabhadra Retail"), an HR's "Kindly share your current
CTC, expected CTC and notice period", a technical round on Teams, a "Managerial round", an HR round, "we will not be
proceeding with your candidature", an offer letter with CTC in lakhs, and her own "I am pleased to accept the offer".
Negatives: Naukri's "recruiters viewed your profile", Naukri's job alert, Swiggy's offers, an HDFC Bank statement, a
Coursera newsletter, her cousin.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANANYA = "ananya.krishnan.da@gmail.com"
ME = f"Ananya Krishnan <{ANANYA}>"

_OWN_TO = {
    "Tungabhadra Retail": "Careers Tungabhadra Retail <careers@tungabhadraretail.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Kaveri Analytics",
        "applied",
        "2025-06-02",
        "Naukri <info@naukri.com>",
        "Your application has been sent to Kaveri Analytics",
        "Dear Ananya,\n\nYour application for the job Data Analyst - SQL/Power BI at Kaveri Analytics Pvt. Ltd. "
        "(Bengaluru) has been sent successfully.\n\nAll the best!\nTeam Naukri",
        "k1",
    ),
    (
        "Tungabhadra Retail",
        "applied",
        "2025-06-04",
        "Ritu Sharma <ritu.sharma@talentbridge-hr.example>",
        "Shortlisted for Senior Data Analyst - Bangalore",
        "Hi Ananya,\n\nGreetings from TalentBridge HR Solutions!\n\nWe have shortlisted your profile for the position "
        "of Senior Data Analyst with our client, a leading MNC in retail, and have forwarded your CV to them.\n\n"
        "Kindly share your current CTC, expected CTC and notice period.\n\nRegards,\nRitu Sharma\nTalent Acquisition "
        "Specialist\nTalentBridge HR Solutions",
        "t1",
    ),
    (
        "Kaveri Analytics",
        "interview",
        "2025-06-09",
        "Pooja Nair <pooja.nair@kaverianalytics.example>",
        "Interview schedule - Data Analyst - Kaveri Analytics",
        "Dear Ananya,\n\nYour profile has been shortlisted for the Data Analyst role. Your technical round is "
        "scheduled on 11-Jun-2025 at 3:00 PM IST on Microsoft Teams with our Analytics Lead.\n\nKindly confirm your "
        "availability.\n\nThanks & Regards,\nPooja Nair\nHR Executive | Kaveri Analytics Pvt. Ltd.",
        "k2",
    ),
    (
        "Tungabhadra Retail",
        "interview",
        "2025-06-10",
        "Ritu Sharma <ritu.sharma@talentbridge-hr.example>",
        "RE: Shortlisted for Senior Data Analyst - Bangalore",
        "Hi Ananya,\n\nGood news! The client is Tungabhadra Retail and they would like to schedule your first "
        "technical interview on Friday 13th June at 11 AM (virtual). Please confirm.\n\nRegards,\nRitu",
        "t1",
    ),
    (
        "Kaveri Analytics",
        "interview",
        "2025-06-13",
        "Pooja Nair <pooja.nair@kaverianalytics.example>",
        "Managerial round - Kaveri Analytics",
        "Dear Ananya,\n\nCongratulations on clearing the technical round. Your managerial round with Mr. Suresh Iyer "
        "(Director, Analytics) is scheduled on 17-Jun-2025 at 12:00 PM.\n\nThanks & Regards,\nPooja Nair\nHR "
        "Executive | Kaveri Analytics Pvt. Ltd.",
        "k3",
    ),
    (
        # ("The final HR round": a final round, the spec's onsite; written "interview" at first, changed after the first
        # read)
        "Tungabhadra Retail",
        "onsite",
        "2025-06-18",
        "Ritu Sharma <ritu.sharma@talentbridge-hr.example>",
        "Tungabhadra Retail - HR round",
        "Hi Ananya,\n\nYou have cleared both technical rounds with Tungabhadra Retail. The final HR round is on "
        "Monday 23rd June at 4 PM with their HR Business Partner.\n\nAll the best!\nRitu",
        "t2",
    ),
    (
        "Kaveri Analytics",
        "rejected",
        "2025-06-20",
        "Pooja Nair <pooja.nair@kaverianalytics.example>",
        "Update on your candidature - Kaveri Analytics",
        "Dear Ananya,\n\nThank you for your time during the interview process. After careful evaluation, we will not "
        "be proceeding with your candidature at this point. We will keep your profile in our database for future "
        "requirements.\n\nThanks & Regards,\nPooja Nair\nHR Executive | Kaveri Analytics Pvt. Ltd.",
        "k3",
    ),
    (
        "Tungabhadra Retail",
        "offer",
        "2025-06-27",
        "Careers Tungabhadra Retail <careers@tungabhadraretail.example>",
        "Offer Letter - Senior Data Analyst",
        "Dear Ananya Krishnan,\n\nWe are pleased to extend an offer to you for the position of Senior Data Analyst at "
        "Tungabhadra Retail Ltd., Bengaluru, at an annual CTC of INR 18.5 Lakhs. Please find the offer letter "
        "attached and confirm your acceptance within 3 working days.\n\nRegards,\nHR Team\nTungabhadra Retail Ltd.",
        "t3",
    ),
    (
        "Tungabhadra Retail",
        "accepted",
        "2025-06-28",
        ME,
        "RE: Offer Letter - Senior Data Analyst",
        "Dear HR Team,\n\nThank you for the offer. I am pleased to accept the offer for the position of Senior Data "
        "Analyst. I will be able to join after serving my notice period, on 1st August 2025.\n\nRegards,\nAnanya "
        "Krishnan",
        "t3",
    ),
]

_NEGATIVES = [
    (
        "Naukri <info@naukri.com>",
        "3 recruiters viewed your profile",
        "viewed",
        "Recruiters from 3 companies viewed your profile this week. Update your profile to get noticed.",
    ),
    (
        "Naukri Job Alerts <jobalerts@naukri.com>",
        "Data Analyst jobs in Bengaluru matching your profile",
        "alert",
        "Data Analyst - 3-6 yrs - Bengaluru. Business Analyst - Whitefield. Apply now.",
    ),
    (
        "Swiggy <offers@swiggy.example>",
        "Flat 50% off on your next order",
        "shop",
        "Use code TREAT50 for flat 50% off on your next order.",
    ),
    (
        "HDFC Bank <alerts@hdfcbank.example>",
        "Your account statement for May 2025",
        "other",
        "Your e-statement for account ending 4421 for May 2025 is attached.",
    ),
    (
        "Coursera <no-reply@coursera.example>",
        "New in data: Advanced SQL for analysts",
        "newsletter",
        "Start learning Advanced SQL for analysts today. Enroll for free.",
    ),
    (
        "Divya Raman <divya.raman@gmail.example>",
        "Sunday lunch",
        "personal",
        "Amma is making bisi bele bath on Sunday, come by 1 pm!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANANYA,
        own_to=_OWN_TO,
        offset="+0530",
        clock="14:05:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="21:10:00",
        tag="threehundred",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
