"""A two-hundred-and-thirteenth mailbox, written as a held-out check after the two-hundred-and-twelfth (issue #24).

Chloe, a marketing manager in Hong Kong, exports Gmail with Takeout.  Hong Kong hiring writes in its own words:
JobsDB and CTgoodjobs confirm an application "successfully submitted", employers say "only shortlisted candidates
will be contacted", name themselves "(Hong Kong) Limited", ask her to "bring along" her HKID and latest payslip,
send a "Letter of Offer" and say their data go to "recruitment purpose only".  Negatives: JobsDB's recommended jobs,
CTgoodjobs' newsletter, an MPF statement, an online grocer's order, a recruiter's cold message, a friend.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHLOE = "chloe.wong.mkt@gmail.com"
ME = f"Chloe Wong <{CHLOE}>"

_PDPO = (
    "\n\nPersonal data collected will be used for recruitment purpose only and will be kept strictly "
    "confidential. Applicants not contacted within 6 weeks may consider their application unsuccessful."
)

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Harbourfront Hotels",
        "applied",
        "2025-03-03",
        "JobsDB <noreply@jobsdb.com>",
        "Your application was successfully submitted",
        "Hi Chloe,\n\nYour application for Marketing Manager at Harbourfront Hotels Limited was successfully "
        "submitted.\n\nWhat happens next? The employer will review your application and contact you directly if "
        "you are shortlisted.\n\nGood luck!\nJobsDB",
        "t1",
    ),
    (
        "Jade Crest Properties",
        "applied",
        "2025-03-04",
        "CTgoodjobs <no-reply@ctgoodjobs.hk>",
        "Application Confirmation - Senior Marketing Manager",
        "Dear Chloe Wong,\n\nThank you for applying for the position of Senior Marketing Manager with Jade Crest "
        "Properties Limited via CTgoodjobs. Your application has been sent to the employer.\n\nCTgoodjobs",
        "t2",
    ),
    (
        "Maison Orientale",
        "applied",
        "2025-03-05",
        ME,
        "Application for Marketing Manager (Ref: MO/MKT/0325)",
        "Dear Hiring Manager,\n\nI am writing to apply for the Marketing Manager position (Ref: MO/MKT/0325) as "
        "advertised on LinkedIn. Please find my CV attached, with my current and expected salary.\n\nYours "
        "faithfully,\nChloe Wong\n9123 4567",
        "t3",
    ),
    (
        "Maison Orientale",
        "reply",
        "2025-03-06",
        "Maison Orientale HR <recruit@maisonorientale.com.hk>",
        "RE: Application for Marketing Manager (Ref: MO/MKT/0325)",
        "Dear Ms. Wong,\n\nThank you for your interest in joining Maison Orientale (Hong Kong) Limited. We have "
        "received your application and it is now under review. Only shortlisted candidates will be contacted."
        + _PDPO
        + "\n\nHuman Resources Department\nMaison Orientale (Hong Kong) Limited",
        "t3",
    ),
    (
        "Harbourfront Hotels",
        "interview",
        "2025-03-12",
        "Harbourfront Hotels Talent <talent@harbourfronthotels.com>",
        "Interview Invitation - Marketing Manager",
        "Dear Ms. Wong,\n\nWe are pleased to inform you that you have been shortlisted for an interview for the "
        "captioned position. Details are as follows:\n\nDate: 18 March 2025 (Tuesday)\nTime: 3:00 pm\nVenue: 12/F, "
        "Harbourfront Tower, 1 Harbour Road, Wan Chai\n\nPlease bring along your HKID card, your latest payslip and "
        "copies of your academic certificates. Kindly confirm your attendance by return email.\n\nBest regards,\n"
        "Vivian Lau\nTalent Acquisition\nHarbourfront Hotels Limited",
        "t1",
    ),
    (
        "Harbourfront Hotels",
        "thank_you",
        "2025-03-18",
        ME,
        "Thank you - Marketing Manager interview",
        "Dear Vivian,\n\nThank you for arranging today's interview. It was a pleasure meeting Mr. Cheung and "
        "learning about the brand refresh.\n\nBest regards,\nChloe",
        "t1",
    ),
    (
        "Jade Crest Properties",
        "rejected",
        "2025-03-20",
        "Jade Crest Properties Recruitment <hr@jadecrest.com.hk>",
        "Your application for Senior Marketing Manager",
        "Dear Ms. Wong,\n\nThank you for your interest in the position of Senior Marketing Manager. We regret to "
        "inform you that your application has been unsuccessful on this occasion. Your particulars will be kept "
        "in our talent pool for 12 months for future openings.\n\nHuman Resources Department\nJade Crest "
        "Properties Limited",
        "t2",
    ),
    (
        "Maison Orientale",
        "interview",
        "2025-03-21",
        "Grace Ho <grace.ho@maisonorientale.com.hk>",
        "Marketing Manager - first interview",
        "Dear Chloe,\n\nThank you for your application. We would like to invite you for a first interview with our "
        "Head of Marketing, Asia. Would 27 March at 11:00 am at our Central office suit you?\n\nRegards,\nGrace Ho\n"
        "HR Business Partner\nMaison Orientale (Hong Kong) Limited",
        "t3",
    ),
    (
        "Harbourfront Hotels",
        "onsite",
        "2025-03-25",
        "Vivian Lau <vivian.lau@harbourfronthotels.com>",
        "Final interview - Marketing Manager",
        "Dear Ms. Wong,\n\nFurther to your interview on 18 March, we would like to invite you to a final interview "
        "with our Director of Sales & Marketing and the General Manager on 1 April 2025 (Tuesday) at 10:00 am at "
        "the same venue.\n\nBest regards,\nVivian Lau\nTalent Acquisition\nHarbourfront Hotels Limited",
        "t1",
    ),
    (
        "Maison Orientale",
        "rejected",
        "2025-04-03",
        "Grace Ho <grace.ho@maisonorientale.com.hk>",
        "Marketing Manager - interview result",
        "Dear Chloe,\n\nThank you for attending the interview. After careful consideration, we regret that we are "
        "not able to offer you the position at this time. We will keep your resume on file.\n\nRegards,\nGrace Ho",
        "t3",
    ),
    (
        "Harbourfront Hotels",
        "offer",
        "2025-04-08",
        "Vivian Lau <vivian.lau@harbourfronthotels.com>",
        "Letter of Offer - Marketing Manager",
        "Dear Ms. Wong,\n\nFurther to our recent discussion, we are pleased to enclose the Letter of Offer for the "
        "position of Marketing Manager. Kindly sign and return a copy on or before 15 April 2025 to confirm your "
        "acceptance.\n\nBest regards,\nVivian Lau\nTalent Acquisition\nHarbourfront Hotels Limited",
        "t1",
    ),
    (
        "Harbourfront Hotels",
        "accepted",
        "2025-04-10",
        ME,
        "RE: Letter of Offer - Marketing Manager",
        "Dear Vivian,\n\nPlease find attached the signed Letter of Offer. I am pleased to accept and look forward to "
        "joining on 2 June, after my one month's notice.\n\nBest regards,\nChloe",
        "t1",
    ),
]

_OWN_TO = {
    "Maison Orientale": "Maison Orientale HR <recruit@maisonorientale.com.hk>",
    "Harbourfront Hotels": "Vivian Lau <vivian.lau@harbourfronthotels.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "JobsDB <noreply@jobsdb.com>",
        "Chloe, 12 new Marketing Manager jobs",
        "alert",
        "Recommended for you: Brand Manager at a listed FMCG; Digital Marketing Manager at a bank; Marketing "
        "Manager (Hotel).",
    ),
    (
        "CTgoodjobs <newsletter@ctgoodjobs.hk>",
        "Salary Guide 2025: what marketers earn in Hong Kong",
        "newsletter",
        "This month: salary trends, the hottest industries and five interview tips.",
    ),
    (
        "Pacific MPF Trustee <statements@pacificmpf.example>",
        "Your MPF Annual Benefit Statement is ready",
        "newsletter",
        "Your annual benefit statement for your MPF account is now available online.",
    ),
    (
        "FreshCart HK <orders@freshcart.example>",
        "Your order #HK882731 has been confirmed",
        "newsletter",
        "Thank you for your order. Delivery slot: Saturday 9am-12pm.",
    ),
    (
        "Kelvin Tsang <kelvin.tsang@talentbridge-asia.example>",
        "Regional Brand Manager - luxury group",
        "recruiter",
        "Hi Chloe, I came across your profile and have a Regional Brand Manager role with a luxury group in "
        "Causeway Bay. Are you open to a quick chat this week?",
    ),
    (
        "Mandy Chan <mandy.chan88@gmail.com>",
        "dim sum sat?",
        "personal",
        "Yum cha at Maxim's on Saturday? Bring your mum!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CHLOE,
        own_to=_OWN_TO,
        offset="+0800",
        clock="10:15:00",
        neg_start="2025-03-02",
        neg_step=6,
        neg_clock="21:00:00",
        tag="twohundredthirteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
