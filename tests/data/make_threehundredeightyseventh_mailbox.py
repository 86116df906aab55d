"""A three-hundred-and-eighty-seventh mailbox, written as a held-out check after the three-hundred-and-eighty-sixth
(issue #24).

Thabo, a financial accountant in Johannesburg, reads his mail in Outlook and saves it as .eml files.  South African
recruitment as agencies write it: "Thank you for your time on the phone. As discussed, I have forwarded your CV to my
client, a JSE-listed mining house in Sandton" (the client unnamed), "My client (Highveld Platinum) has requested a
first interview on Tuesday", "The client has requested a second and final interview with the CFO", "The client has
decided to proceed with another candidate whose experience is more closely aligned"; a second agency's "Please find
the interview confirmation below: Company: Karoo Foods, Date: 14 May, 10:00, Venue: Midrand" after "Your CV has been
submitted for the Financial Accountant vacancy at Karoo Foods", then "Karoo Foods would like to make you an offer",
his "I am pleased to accept"; a bank's Workday receipt and "regret to advise that your application was
unsuccessful".  Negatives: a PNet alert, a Careers24 newsletter, a recruiter's WhatsApp-style "Hi, are you open to new
roles?", SARS, Eskom's load-shedding schedule, a cousin.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

THABO = "thabo.mokoena.ca@outlook.com"
ME = f"Thabo Mokoena <{THABO}>"
AG1 = "Lerato Dlamini <lerato@goldreefrecruitment.co.za>"
AG2 = "Johan van Wyk <johan.vanwyk@fintalent.co.za>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Highveld Platinum",
        "applied",
        "2025-05-05",
        AG1,
        "Financial Accountant - Sandton",
        "Good day Thabo,\n\nThank you for your time on the phone. As discussed, I have forwarded your CV to my client, a "
        "JSE-listed mining house in Sandton, for the Financial Accountant position. I will revert as soon as I have "
        "feedback.\n\nKind regards,\nLerato Dlamini\nSenior Recruitment Consultant\nGold Reef Recruitment",
        None,
    ),
    (
        "Karoo Foods",
        "applied",
        "2025-05-06",
        AG2,
        "Financial Accountant - Karoo Foods (Midrand)",
        "Hi Thabo,\n\nYour CV has been submitted for the Financial Accountant vacancy at Karoo Foods. I'll let you know "
        "once they've reviewed.\n\nRegards,\nJohan van Wyk\nFinTalent",
        None,
    ),
    (
        "Protea Bank",
        "applied",
        "2025-05-07",
        "Protea Bank Careers <proteabank@myworkday.com>",
        "Application received: Financial Accountant (JR-22817)",
        "Dear Thabo,\n\nThank you for applying for the Financial Accountant position (JR-22817) at Protea Bank. Your "
        "application will be reviewed and you will be contacted if you are shortlisted.\n\nProtea Bank Talent "
        "Acquisition",
        None,
    ),
    (
        "Highveld Platinum",
        "interview",
        "2025-05-09",
        AG1,
        "RE: Financial Accountant - Sandton",
        "Good day Thabo,\n\nGreat news! My client (Highveld Platinum) has requested a first interview on Tuesday 13 May "
        "at 09:00 at their Sandton office with the Financial Manager.\n\nKind regards,\nLerato",
        None,
    ),
    (
        "Karoo Foods",
        "interview",
        "2025-05-12",
        AG2,
        "Interview confirmation - Karoo Foods",
        "Hi Thabo,\n\nPlease find the interview confirmation below:\n\nCompany: Karoo Foods\nDate: 14 May 2025\nTime: "
        "10:00\nVenue: 45 New Road, Midrand\nPanel: Finance Manager and HR Business Partner\n\nGood luck!\nJohan",
        None,
    ),
    (
        "Highveld Platinum",
        "onsite",
        "2025-05-16",
        AG1,
        "RE: Financial Accountant - Sandton",
        "Good day Thabo,\n\nThe client has requested a second and final interview with the CFO on Wednesday 21 May at "
        "14:00.\n\nKind regards,\nLerato",
        None,
    ),
    (
        "Protea Bank",
        "rejected",
        "2025-05-19",
        "Protea Bank Careers <proteabank@myworkday.com>",
        "Your application: Financial Accountant (JR-22817)",
        "Dear Thabo,\n\nThank you for your interest in Protea Bank. We regret to advise that your application for the "
        "Financial Accountant position was unsuccessful.\n\nProtea Bank Talent Acquisition",
        None,
    ),
    (
        "Karoo Foods",
        "offer",
        "2025-05-22",
        AG2,
        "RE: Interview confirmation - Karoo Foods",
        "Hi Thabo,\n\nKaroo Foods would like to make you an offer: R650,000 CTC plus a 13th cheque, start date 1 July. "
        "The offer letter will follow from their HR.\n\nJohan",
        None,
    ),
    (
        "Highveld Platinum",
        "rejected",
        "2025-05-26",
        AG1,
        "RE: Financial Accountant - Sandton",
        "Good day Thabo,\n\nUnfortunately the client has decided to proceed with another candidate whose experience is "
        "more closely aligned to the role. Thank you for your time and effort.\n\nKind regards,\nLerato",
        None,
    ),
    (
        "Karoo Foods",
        "accepted",
        "2025-05-23",
        ME,
        "RE: Interview confirmation - Karoo Foods",
        "Hi Johan,\n\nThank you. I am pleased to accept the offer from Karoo Foods.\n\nRegards,\nThabo",
        AG2,
    ),
]

_NEGATIVES = [
    (
        "PNet <alerts@pnet.example>",
        "New Financial Accountant jobs in Gauteng",
        "alert",
        "Financial Accountant - Johannesburg - R550k. Group Accountant - Sandton - R700k. View jobs.",
    ),
    (
        "Careers24 <news@careers24.example>",
        "How to answer 'What are your salary expectations?'",
        "newsletter",
        "Our top tips for salary negotiations, plus this week's featured jobs.",
    ),
    (
        "Sipho Khumalo <sipho.recruits@gmail.example>",
        "Hi",
        "outreach",
        "Hi Thabo, are you open to new roles? I have a few financial accounting positions in Pretoria. Let me know.",
    ),
    (
        "SARS eFiling <noreply@sars.example>",
        "Your tax return has been received",
        "other",
        "Your income tax return for 2025 has been received and is being processed.",
    ),
    (
        "Eskom <noreply@eskom.example>",
        "Load-shedding schedule update",
        "other",
        "Stage 2 load-shedding will be implemented from 16:00 today.",
    ),
    (
        "Nomsa Mokoena <nomsa.mokoena@gmail.example>",
        "braai on sunday",
        "personal",
        "Braai at ours on Sunday, bring the kids!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="08:50:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="18:30:00",
        tag="threehundredeightyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), THABO)
