"""A three-hundred-and-ninety-fourth mailbox, written as a held-out check after the three-hundred-and-ninety-third
(issue #24).

Kavya, an SAP consultant in Bengaluru, keeps her search in Gmail and exports it with Takeout.  Indian placement
consultancies as they write: "Dear Candidate, Greetings from Sai Placements! Your profile has been shortlisted and
forwarded to our client for the SAP FICO Consultant position" (the client unnamed), "Client: Deccan Motors Ltd.
Interview scheduled: Technical round (virtual) on 12-Aug at 11:00 AM", "Your F2F HR round is scheduled at the client
location", "Congratulations! You have been selected. The offer letter will be released by the client HR", her "I
accept the offer and will join on 1st September"; a second consultancy's "Your CV is forwarded to Kaveri Infosolutions"
and "Feedback: Not shortlisted - profile not matching the JD"; Naukri's "Your application was sent to" an IT services
firm and its recruiter's "We regret to inform you".  Negatives: Naukri's "Recruiters are looking for candidates like
you", a consultancy's "Urgent requirement - SAP MM - Pune - immediate joiners", a LinkedIn Learning promotion, a
Swiggy order, an electricity bill, her brother.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KAVYA = "kavya.rao.sap@gmail.com"
ME = f"Kavya Rao <{KAVYA}>"
SAI = "Sai Placements <hr@saiplacements.example>"
NIL = "Nilesh Joshi <nilesh@talentbridgeconsultants.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Deccan Motors",
        "applied",
        "2025-08-04",
        SAI,
        "Profile shortlisted - SAP FICO Consultant",
        "Dear Candidate,\n\nGreetings from Sai Placements!\n\nYour profile has been shortlisted and forwarded to our "
        "client for the SAP FICO Consultant position (Bengaluru, 6-9 yrs). We will update you on the interview "
        "schedule.\n\nRegards,\nDivya\nSai Placements",
        "t-sai",
    ),
    (
        "Kaveri Infosolutions",
        "applied",
        "2025-08-05",
        NIL,
        "SAP FICO - Kaveri Infosolutions",
        "Hi Kavya,\n\nAs discussed over phone, your CV is forwarded to Kaveri Infosolutions for the SAP FICO Lead "
        "opening. Will share feedback soon.\n\nThanks & Regards,\nNilesh Joshi\nTalentBridge Consultants",
        "t-nil",
    ),
    (
        "Cauvery Tech Services",
        "applied",
        "2025-08-06",
        "Naukri <info@naukri.com>",
        "Your application was sent to Cauvery Tech Services",
        "Hi Kavya,\n\nYour application for SAP FICO Consultant was sent to Cauvery Tech Services. The recruiter may "
        "contact you if your profile matches.\n\nTeam Naukri",
        "t-naukri",
    ),
    (
        "Deccan Motors",
        "interview",
        "2025-08-08",
        SAI,
        "RE: Profile shortlisted - SAP FICO Consultant",
        "Dear Kavya,\n\nClient: Deccan Motors Ltd.\nInterview scheduled: Technical round (virtual) on 12-Aug at 11:00 "
        "AM. Teams link will be shared by the client HR.\n\nPlease confirm your availability.\n\nRegards,\nDivya",
        "t-sai",
    ),
    (
        "Kaveri Infosolutions",
        "rejected",
        "2025-08-11",
        NIL,
        "RE: SAP FICO - Kaveri Infosolutions",
        "Hi Kavya,\n\nFeedback: Not shortlisted - profile not matching the JD (they need S/4HANA migration "
        "experience).\n\nRegards,\nNilesh",
        "t-nil",
    ),
    (
        "Deccan Motors",
        "onsite",
        "2025-08-14",
        SAI,
        "RE: Profile shortlisted - SAP FICO Consultant",
        "Dear Kavya,\n\nYou have cleared the technical round. Your F2F HR round with the Finance Head is scheduled at "
        "the client location (Whitefield) on 18-Aug at 3:00 PM. This is the final round.\n\nRegards,\nDivya",
        "t-sai",
    ),
    (
        "Cauvery Tech Services",
        "rejected",
        "2025-08-18",
        "Anitha R <anitha.r@cauverytech.example>",
        "Your application - SAP FICO Consultant",
        "Dear Kavya,\n\nThank you for your interest in Cauvery Tech Services. We regret to inform you that we will not "
        "be moving forward with your application at this time.\n\nRegards,\nAnitha R\nTalent Acquisition",
        "t-cauvery",
    ),
    (
        "Deccan Motors",
        "offer",
        "2025-08-21",
        SAI,
        "RE: Profile shortlisted - SAP FICO Consultant",
        "Dear Kavya,\n\nCongratulations! You have been selected. The offer letter will be released by the client HR by "
        "tomorrow - CTC 24 LPA.\n\nRegards,\nDivya\nSai Placements",
        "t-sai",
    ),
    (
        "Deccan Motors",
        "accepted",
        "2025-08-23",
        ME,
        "RE: Profile shortlisted - SAP FICO Consultant",
        "Dear Divya,\n\nThank you. I have received the offer letter from Deccan Motors. I accept the offer and will join "
        "on 1st September.\n\nRegards,\nKavya",
        "t-sai",
    ),
]

_NEGATIVES = [
    (
        "Naukri <info@naukri.com>",
        "Recruiters are looking for candidates like you",
        "not an application",
        "12 recruiters viewed profiles like yours this week. Update your profile to get noticed.",
    ),
    (
        "Prakash HR Solutions <jobs@prakashhr.example>",
        "Urgent requirement - SAP MM - Pune - immediate joiners",
        "outreach",
        "Dear Candidate, we have an urgent requirement for SAP MM consultants in Pune. Interested candidates kindly "
        "share updated CV with current CTC, expected CTC and notice period.",
    ),
    (
        "LinkedIn Learning <learning@linkedin.com>",
        "Learn S/4HANA Finance this week",
        "newsletter",
        "New courses picked for you: S/4HANA Finance essentials.",
    ),
    (
        "Swiggy <noreply@swiggy.example>",
        "Your order is on its way",
        "other",
        "Your order from Meghana Foods is on its way.",
    ),
    (
        "BESCOM <billing@bescom.example>",
        "Electricity bill for August",
        "other",
        "Your electricity bill of Rs 1,842 is due on 20 August.",
    ),
    (
        "Arjun Rao <arjun.rao@gmail.example>",
        "raksha bandhan",
        "personal",
        "Coming home for Raksha Bandhan?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KAVYA,
        own_to={"Deccan Motors": SAI},
        offset="+0530",
        clock="10:15:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="21:40:00",
        tag="threehundredninetyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
