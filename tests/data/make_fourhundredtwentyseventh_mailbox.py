"""A four-hundred-and-twenty-seventh mailbox, written as a held-out check after the four-hundred-and-twenty-sixth
(issue #24).

Wanjiru, a monitoring-and-evaluation officer in Nairobi, keeps her search in Gmail and exports it with Takeout.
East Africa's employers write a formal English of their own: an NGO's "Kindly avail yourself for an oral interview at
our offices in Westlands", a bank's "You have been shortlisted for the aptitude test", "Kindly note that your
application was unsuccessful", a UN agency's Inspira "Your application has been received" and its "written
assessment", "We are pleased to offer you employment as", a county government's "regret to inform you", her "I wish
to accept the offer of employment" and a "Kindly withdraw my application".  Negatives: BrighterMonday's and Fuzu's
alerts, an M&E webinar, M-PESA, Safaricom and her brother.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WANJIRU = "wanjiru.kamau.mne@gmail.com"
ME = f"Wanjiru Kamau <{WANJIRU}>"
HOPE = "Hope Rising Kenya HR <hr@hoperisingkenya.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Hope Rising Kenya",
        "applied",
        "2025-07-01",
        HOPE,
        "RE: Application for Monitoring and Evaluation Officer",
        "Dear Wanjiru,\n\nThis is to acknowledge receipt of your application for the position of Monitoring and "
        "Evaluation Officer. Only shortlisted candidates will be contacted.\n\nHuman Resources\nHope Rising Kenya",
        "t-hr",
    ),
    (
        "Savanna Commercial Bank",
        "applied",
        "2025-07-02",
        "Savanna Commercial Bank <careers@savannabank.example>",
        "Application Received - Data Analyst, Risk",
        "Dear Wanjiru Kamau,\n\nThank you for your application for the Data Analyst, Risk position. We will review it "
        "and get in touch with shortlisted candidates.\n\nTalent Acquisition\nSavanna Commercial Bank",
        "t-sb",
    ),
    (
        "UNDEF",
        "applied",
        "2025-07-03",
        "Inspira <inspira.donotreply@un.example>",
        "Your application has been received - Job Opening 24511",
        "Dear Wanjiru Kamau,\n\nYour application for Job Opening 24511, Monitoring and Evaluation Analyst, UNDEF, "
        "Nairobi, has been received.\n\nInspira",
        "t-un",
    ),
    (
        "County Public Service Board Kiambu",
        "applied",
        "2025-07-03",
        "County Public Service Board Kiambu <cpsb@kiambu.example>",
        "Acknowledgement - Statistician II",
        "Dear Applicant,\n\nThe County Public Service Board acknowledges receipt of your application for the position "
        "of Statistician II (Ref KCPSB/25/044).\n\nSecretary, County Public Service Board",
        "t-ck",
    ),
    (
        "Savanna Commercial Bank",
        "interview",
        "2025-07-08",
        "Savanna Commercial Bank <careers@savannabank.example>",
        "Shortlisted - Aptitude Test",
        "Dear Wanjiru Kamau,\n\nCongratulations! You have been shortlisted for the aptitude test for the Data Analyst, "
        "Risk position. The test will be held online on 12 July. A link will be sent to you.\n\nTalent Acquisition",
        "t-sb2",
    ),
    (
        "Hope Rising Kenya",
        "interview",
        "2025-07-09",
        HOPE,
        "Invitation for Oral Interview - M&E Officer",
        "Dear Wanjiru,\n\nFollowing the shortlisting exercise, kindly avail yourself for an oral interview at our "
        "offices in Westlands on Tuesday, 15th July 2025 at 10:00 a.m. Carry your original certificates.\n\nHuman "
        "Resources",
        "t-hr2",
    ),
    (
        "UNDEF",
        "interview",
        "2025-07-10",
        "Inspira <inspira.donotreply@un.example>",
        "Invitation to written assessment - Job Opening 24511",
        "Dear Wanjiru Kamau,\n\nYou have been invited to take a written assessment for Job Opening 24511. The "
        "assessment will be administered online on 17 July 2025.\n\nInspira",
        "t-un2",
    ),
    (
        "Savanna Commercial Bank",
        "rejected",
        "2025-07-18",
        "Savanna Commercial Bank <careers@savannabank.example>",
        "Data Analyst, Risk - Outcome",
        "Dear Wanjiru Kamau,\n\nThank you for taking the aptitude test. Kindly note that your application was "
        "unsuccessful. We wish you well in your future endeavours.\n\nTalent Acquisition",
        "t-sb3",
    ),
    (
        "Hope Rising Kenya",
        "offer",
        "2025-07-22",
        HOPE,
        "Offer of Employment - M&E Officer",
        "Dear Wanjiru,\n\nWe are pleased to offer you employment as Monitoring and Evaluation Officer at a gross monthly "
        "salary of KES 145,000, effective 1st August 2025. Kindly confirm your acceptance in writing.\n\nHuman "
        "Resources",
        "t-hr3",
    ),
    (
        "Hope Rising Kenya",
        "accepted",
        "2025-07-23",
        ME,
        "RE: Offer of Employment - M&E Officer",
        "Dear Sir/Madam,\n\nI wish to accept the offer of employment as Monitoring and Evaluation Officer and confirm "
        "that I will report on 1st August 2025.\n\nYours faithfully,\nWanjiru Kamau",
        "t-hr3",
    ),
    (
        "UNDEF",
        "withdrew",
        "2025-07-23",
        ME,
        "Withdrawal - Job Opening 24511",
        "Dear Hiring Manager,\n\nI have accepted another position. Kindly withdraw my application for Job Opening 24511, "
        "Monitoring and Evaluation Analyst.\n\nRegards,\nWanjiru Kamau",
        "t-un3",
    ),
    (
        "County Public Service Board Kiambu",
        "rejected",
        "2025-07-28",
        "County Public Service Board Kiambu <cpsb@kiambu.example>",
        "Statistician II - Ref KCPSB/25/044",
        "Dear Applicant,\n\nThe Board regrets to inform you that you were not successful in the recruitment for "
        "Statistician II.\n\nSecretary, County Public Service Board",
        "t-ck2",
    ),
]

_NEGATIVES = [
    (
        "BrighterMonday <alerts@brightermonday.example>",
        "New M&E jobs for you",
        "alert",
        "M&E Officer - Kisumu. Data Officer - Nairobi. Apply now.",
    ),
    (
        "Fuzu <jobs@fuzu.example>",
        "Jobs matching your profile",
        "alert",
        "Research Assistant - Nairobi. Program Officer - Mombasa.",
    ),
    (
        "EvalNet Africa <events@evalnet.example>",
        "Webinar: results-based M&E",
        "newsletter",
        "Join us on 20 July. Register now.",
    ),
    (
        "M-PESA <mpesa@safaricom.example>",
        "Transaction confirmation",
        "other",
        "You have received KES 2,000 from JOHN KAMAU.",
    ),
    (
        "Safaricom <care@safaricom.example>",
        "Your bundle is expiring",
        "other",
        "Your data bundle expires in 2 days.",
    ),
    (
        "Kevin Kamau <kevin.kamau@gmail.example>",
        "mum's visit",
        "personal",
        "Mum arrives Saturday, can you pick her at the stage?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=WANJIRU,
        own_to={"Hope Rising Kenya": HOPE, "UNDEF": "Inspira <inspira.donotreply@un.example>"},
        offset="+0300",
        clock="11:10:00",
        neg_start="2025-06-30",
        neg_step=5,
        neg_clock="19:45:00",
        tag="fourhundredtwentyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
