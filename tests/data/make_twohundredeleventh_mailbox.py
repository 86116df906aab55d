"""A two-hundred-and-eleventh mailbox, written as a held-out check after the two-hundred-and-tenth (issue #24).

Rahul, a mechanical engineering graduate in Bhopal, applies to public-sector undertakings and exported Gmail with
Takeout.  Indian public-sector hiring writes in its own words: "your online application has been successfully
registered" with a registration number, an "admit card" for a computer-based test, "shortlisted for personal
interview" with a "call letter", document verification, "offer of appointment" for an engineer trainee post, and a
results notice naming roll numbers; a private manufacturer answers through its own portal.  Negatives: a coaching
institute's test series, a job portal's alerts, the railway's ticket, a bank's OTP notice, a friend.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.

Its truth first called the personal interview after the written test the final round; after the first read it is
an interview, as the eightieth corpus decided a civil service's oral board after its exam is (the mail names no
last round).
"""

from __future__ import annotations

from pathlib import Path

RAHUL = "rahul.verma.mech21@gmail.com"
ME = f"Rahul Verma <{RAHUL}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Bharat Heavy Engineering Limited",
        "applied",
        "2025-01-10",
        "BHEL Recruitment <recruitment@bhel-careers.example.in>",
        "Online Application Successfully Registered - Engineer Trainee 2025",
        "Dear RAHUL VERMA,\n\nYour online application for the post of Engineer Trainee (Mechanical) in Bharat Heavy "
        "Engineering Limited has been successfully registered. Your Registration Number is ET25M041877. Please keep "
        "it for future reference.\n\nRecruitment Cell, BHEL",
        "b1",
    ),
    (
        "National Power Grid Corporation",
        "applied",
        "2025-01-12",
        "NPGC Careers <noreply@npgc-recruit.example.in>",
        "Registration Confirmation - Diploma/Graduate Trainee",
        "Dear Candidate,\n\nThank you for applying to National Power Grid Corporation for the post of Graduate "
        "Engineer Trainee. Your application number is GET/2025/118734.\n\nHR Department, NPGC",
        "n1",
    ),
    (
        "Kirloskar Pumps",
        "applied",
        "2025-01-15",
        "Kirloskar Pumps Careers <careers@kirloskarpumps.example.in>",
        "Application received - Graduate Engineer Trainee",
        "Dear Rahul,\n\nThank you for applying for the Graduate Engineer Trainee (Production) role at Kirloskar Pumps. "
        "Our team will review your profile and contact you if shortlisted.\n\nTalent Acquisition Team",
        "k1",
    ),
    (
        "Bharat Heavy Engineering Limited",
        "interview",
        "2025-02-03",
        "BHEL Recruitment <recruitment@bhel-careers.example.in>",
        "Admit Card for Computer Based Test - Engineer Trainee 2025",
        "Dear RAHUL VERMA (Reg. No. ET25M041877),\n\nYour admit card for the Computer Based Test for the post of "
        "Engineer Trainee is now available. The test will be held on 16 February 2025 at the allotted centre. "
        "Download the admit card from the recruitment portal and carry a valid photo ID.\n\nRecruitment Cell, BHEL",
        "b2",
    ),
    (
        "Kirloskar Pumps",
        "rejected",
        "2025-02-10",
        "Kirloskar Pumps Careers <careers@kirloskarpumps.example.in>",
        "Update on your application",
        "Dear Rahul,\n\nThank you for your interest in Kirloskar Pumps. We regret to inform you that your profile has "
        "not been shortlisted for the next round.\n\nTalent Acquisition Team",
        "k2",
    ),
    (
        "Bharat Heavy Engineering Limited",
        "interview",
        "2025-03-10",
        "BHEL Recruitment <recruitment@bhel-careers.example.in>",
        "Call Letter for Personal Interview - Engineer Trainee 2025",
        "Dear RAHUL VERMA,\n\nBased on your performance in the Computer Based Test, you have been shortlisted for the "
        "Personal Interview and Document Verification on 24 March 2025 at 9:00 AM at BHEL House, New Delhi. Your "
        "call letter is attached; bring the original certificates listed in it.\n\nRecruitment Cell, BHEL",
        "b3",
    ),
    (
        "National Power Grid Corporation",
        "rejected",
        "2025-03-14",
        "NPGC Careers <noreply@npgc-recruit.example.in>",
        "Result of GATE-based shortlisting",
        "Dear Candidate,\n\nThe list of candidates shortlisted for Group Discussion and Interview has been published "
        "on the careers page. We regret that your application number GET/2025/118734 does not appear in the "
        "shortlist.\n\nHR Department, NPGC",
        "n2",
    ),
    (
        "Bharat Heavy Engineering Limited",
        "offer",
        "2025-04-21",
        "BHEL Recruitment <recruitment@bhel-careers.example.in>",
        "Offer of Appointment - Engineer Trainee (Mechanical)",
        "Dear RAHUL VERMA,\n\nWe are pleased to offer you appointment to the post of Engineer Trainee (Mechanical) in "
        "Bharat Heavy Engineering Limited, subject to medical fitness and verification of character and "
        "antecedents. Please report for joining at the Bhopal unit on 2 June 2025.\n\nRecruitment Cell, BHEL",
        "b4",
    ),
    (
        "Bharat Heavy Engineering Limited",
        "accepted",
        "2025-04-23",
        ME,
        "Re: Offer of Appointment - Engineer Trainee (Mechanical)",
        "Respected Sir/Madam,\n\nI am pleased to accept the offer of appointment for the post of Engineer Trainee "
        "(Mechanical) and will report for joining at the Bhopal unit on 2 June 2025.\n\nThanking you,\nRahul Verma\n"
        "Reg. No. ET25M041877",
        "b4",
    ),
]

_OWN_TO = {"Bharat Heavy Engineering Limited": "BHEL Recruitment <recruitment@bhel-careers.example.in>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "MadeEasy Test Series <tests@madeeasy.example>",
        "PSU mock test 7 is live - attempt now",
        "newsletter",
        "Attempt PSU Mock Test 7 (Mechanical) before Sunday and see your all-India rank.",
    ),
    (
        "Naukri <jobalerts@naukri.com>",
        "Jobs matching your profile: Graduate Engineer Trainee",
        "alert",
        "GET - Mechanical - Larsen & Toubro - Mumbai\nTrainee Engineer - Tata Projects - Pune\nView all jobs.",
    ),
    (
        "IRCTC <ticket@irctc.example>",
        "Booking confirmed: Bhopal to New Delhi",
        "other",
        "PNR 4512876390. Shatabdi Express, 23 March, coach C4, seat 52.",
    ),
    (
        "SBI <alerts@sbi.example>",
        "OTP for online transaction",
        "other",
        "Your OTP for the transaction of Rs. 500.00 (application fee) is 381204. Do not share it with anyone.",
    ),
    (
        "Amit Sharma <amit.sharma.mech@gmail.com>",
        "CBT paper",
        "personal",
        "Bhai how was the CBT? Thermo section was tough. Party when the result comes!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RAHUL,
        own_to=_OWN_TO,
        offset="+0530",
        clock="16:05:00",
        neg_start="2025-01-11",
        neg_step=17,
        neg_clock="08:45:00",
        tag="twohundredeleven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
