"""A two-hundred-and-eightieth mailbox, written as a held-out check after the two-hundred-and-seventy-ninth
(issue #24).

Oluwaseun, a graduate in London applying to consulting and fintech, saves her Outlook mail as .eml files.  A friend's
referral and the firm's "You've been referred" notice (no steps of their own) before its receipt; Workable's and
Teamtailor's receipts; a numerical reasoning test (a round); a video interview; an assessment centre (the last
round); "we regret to inform you that on this occasion"; an offer "subject to references and right-to-work checks";
a forward of her own application to a friend ("FW:"); and her own acceptance and withdrawal.  Negatives: Bright
Network's and Gradcracker's mail, a "Your CV was downloaded" notice, her student loan, TfL, a friend.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SEUN = "seun.adeyemi@outlook.com"
ME = f"Oluwaseun Adeyemi <{SEUN}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Thornbury Partners",
        "applied",
        "2025-10-06",
        "Thornbury Partners Graduate Recruitment <graduates@thornburypartners.example>",
        "Application received - 2026 Business Analyst Programme",
        "Dear Oluwaseun,\n\nThank you for applying to the Thornbury Partners 2026 Business Analyst Programme. We have "
        "received your application, and you will shortly receive an invitation to complete our online numerical "
        "reasoning test.\n\nThornbury Partners Graduate Recruitment",
        None,
    ),
    (
        "Ledgerline",
        "applied",
        "2025-10-07",
        "Ledgerline <noreply@ledgerline.workablemail.example>",
        "Thanks for applying to Ledgerline",
        "Hi Oluwaseun,\n\nThanks for your application for Graduate Product Analyst at Ledgerline. We'll review it and be "
        "in touch within two weeks.\n\nThe Ledgerline team",
        None,
    ),
    (
        "Corvid Bank",
        "applied",
        "2025-10-08",
        "Corvid Bank <no-reply@corvidbank.teamtailor-mail.example>",
        "We've received your application",
        "Hi Oluwaseun,\n\nThanks for applying for Graduate Risk Analyst at Corvid Bank! We've received your application "
        "and will get back to you as soon as possible.\n\nBest wishes,\nCorvid Bank Early Careers",
        None,
    ),
    (
        "Thornbury Partners",
        "interview",
        "2025-10-08",
        "Thornbury Partners Graduate Recruitment <graduates@thornburypartners.example>",
        "Next step: numerical reasoning test",
        "Dear Oluwaseun,\n\nPlease complete your online numerical reasoning test within 5 days using the link below. The "
        "test takes around 25 minutes.\n\nThornbury Partners Graduate Recruitment",
        None,
    ),
    (
        "Ledgerline",
        "interview",
        "2025-10-14",
        "Hannah Price <hannah.price@ledgerline.example>",
        "Ledgerline - video interview",
        "Hi Oluwaseun,\n\nThanks for applying! We'd love to invite you to a 45-minute video interview with two of our "
        "product analysts next Tuesday at 2pm on Google Meet.\n\nBest,\nHannah Price\nTalent Partner, Ledgerline",
        None,
    ),
    (
        "Corvid Bank",
        "rejected",
        "2025-10-15",
        "Corvid Bank <no-reply@corvidbank.teamtailor-mail.example>",
        "Your application for Graduate Risk Analyst",
        "Hi Oluwaseun,\n\nThank you for your interest in Corvid Bank. We regret to inform you that on this occasion "
        "your application has not been successful. We received a very high number of applications.\n\nBest wishes,\n"
        "Corvid Bank Early Careers",
        None,
    ),
    (
        "Thornbury Partners",
        "onsite",
        "2025-10-20",
        "Thornbury Partners Graduate Recruitment <graduates@thornburypartners.example>",
        "Invitation to assessment centre",
        "Dear Oluwaseun,\n\nCongratulations on passing the numerical reasoning test. We are pleased to invite you to our "
        "assessment centre on Thursday 30 October at our Bishopsgate office: a group exercise, a case study and two "
        "interviews.\n\nThornbury Partners Graduate Recruitment",
        None,
    ),
    (
        "Ledgerline",
        "thank_you",
        "2025-10-21",
        ME,
        "Thank you",
        "Hi Hannah,\n\nThank you for organising today's interview - I really enjoyed speaking with Tom and Aisha about "
        "Ledgerline's pricing analytics.\n\nKind regards,\nOluwaseun",
        "Hannah Price <hannah.price@ledgerline.example>",
    ),
    (
        "Thornbury Partners",
        "offer",
        "2025-11-04",
        "Thornbury Partners Graduate Recruitment <graduates@thornburypartners.example>",
        "Your offer from Thornbury Partners",
        "Dear Oluwaseun,\n\nCongratulations! We are delighted to offer you a place on the 2026 Business Analyst "
        "Programme, starting in September 2026. This offer is subject to satisfactory references and right-to-work "
        "checks. Your offer letter is attached.\n\nThornbury Partners Graduate Recruitment",
        None,
    ),
    (
        "Thornbury Partners",
        "accepted",
        "2025-11-06",
        ME,
        "RE: Your offer from Thornbury Partners",
        "Dear Graduate Recruitment team,\n\nThank you very much. I am delighted to accept the offer and have signed and "
        "returned the letter.\n\nKind regards,\nOluwaseun Adeyemi",
        "Thornbury Partners Graduate Recruitment <graduates@thornburypartners.example>",
    ),
    (
        "Ledgerline",
        "withdrew",
        "2025-11-06",
        ME,
        "RE: Ledgerline - video interview",
        "Hi Hannah,\n\nThank you for considering me. I've accepted a graduate offer elsewhere, so I'd like to withdraw "
        "my application for the Graduate Product Analyst role.\n\nKind regards,\nOluwaseun",
        "Hannah Price <hannah.price@ledgerline.example>",
    ),
]

_NEGATIVES = [
    (
        "Tolu Bakare <tolu.bakare@gmail.example>",
        "referral!",
        "personal",
        "Hey! Just referred you for the grad scheme at Thornbury - you should get an email from them. Good luck!!",
    ),
    (
        "Thornbury Partners Referrals <referrals@thornburypartners.example>",
        "You've been referred to Thornbury Partners",
        "referral",
        "Tolu Bakare thinks you'd be a great fit at Thornbury Partners and has referred you. Explore our open roles and "
        "apply.",
    ),
    (
        "Oluwaseun Adeyemi <seun.adeyemi@outlook.com>",
        "FW: Application received - 2026 Business Analyst Programme",
        "forward",
        "Tolu - applied! Fingers crossed x\n\n---------- Forwarded message ----------\nFrom: Thornbury Partners "
        "Graduate Recruitment\nSubject: Application received - 2026 Business Analyst Programme\n\nDear Oluwaseun, "
        "Thank you for applying to the Thornbury Partners 2026 Business Analyst Programme.",
    ),
    (
        "Bright Network <hello@brightnetwork.example>",
        "This week: 40 new graduate jobs",
        "newsletter",
        "40 new graduate jobs in consulting, tech and finance. Plus: how to ace an assessment centre.",
    ),
    (
        "Gradcracker <jobs@gradcracker.example>",
        "New opportunities for you",
        "alert",
        "Graduate Analyst - Canary Wharf. Risk Graduate Programme - London. Data Graduate - Manchester.",
    ),
    (
        "CV-Library <noreply@cv-library.co.uk>",
        "Your CV was downloaded",
        "viewed",
        "Good news! A recruiter downloaded your CV this week.",
    ),
    (
        "Student Loans Company <noreply@slc.example>",
        "Your annual statement",
        "other",
        "Your annual student loan statement is ready to view in your online account.",
    ),
    (
        "TfL <noreply@tfl.example>",
        "Your contactless journey history",
        "other",
        "Here is your contactless journey history for October.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (her own forward to a friend among them)."""
    from mail_score import outlook_corpus

    msgs = outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="09:15:00",
        neg_start="2025-10-02",
        neg_step=4,
        neg_clock="20:00:00",
        tag="twohundredeighty",
    )
    for m, _truth in msgs:  # (her forward goes to her friend, not to herself)
        if str(m["Subject"]).startswith("FW:"):
            del m["To"]
            m["To"] = "Tolu Bakare <tolu.bakare@gmail.example>"
    return msgs


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), SEUN)
