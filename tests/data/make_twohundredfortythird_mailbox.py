"""A two-hundred-and-forty-third mailbox, written as a held-out check after the two-hundred-and-forty-second
(issue #24).

Chiamaka, a product manager in Lagos, exports Gmail with Takeout.  Nigerian business English: "Kindly find
attached", "You have been shortlisted for the next stage of our recruitment process", a TestGorilla assessment,
"an oral interview", "a panel session with the management team", an "offer of employment" to "kindly
acknowledge", companies written "Limited" and "Nigeria Limited", and a fintech's "we will not be proceeding with
your application".  Negatives: Jobberman's job alerts, MyJobMag's newsletter, a bank's debit alert, Jumia, a
recruiter's cold message, a cousin.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHIAMAKA = "chiamaka.okafor.pm@gmail.com"
ME = f"Chiamaka Okafor <{CHIAMAKA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Eko Payments",
        "applied",
        "2025-07-07",
        "Eko Payments Careers <careers@ekopayments.ng>",
        "Application Received - Product Manager",
        "Dear Chiamaka,\n\nThank you for your interest in Eko Payments Limited. This is to acknowledge receipt of your "
        "application for the role of Product Manager. Our team will review it and get back to you.\n\nBest "
        "regards,\nPeople Team\nEko Payments Limited",
        "e1",
    ),
    (
        "Sahel Agritech",
        "applied",
        "2025-07-08",
        "Sahel Agritech <hr@sahelagritech.com>",
        "Re: Application for the position of Product Manager",
        "Dear Chiamaka,\n\nWe acknowledge receipt of your application for the position of Product Manager. Kindly "
        "note that only shortlisted candidates will be contacted.\n\nRegards,\nHR Department\nSahel Agritech "
        "Nigeria Limited",
        "s1",
    ),
    (
        "Eko Payments",
        "interview",
        "2025-07-11",
        "Eko Payments <no-reply@testgorilla.com>",
        "Eko Payments has invited you to an assessment",
        "Hi Chiamaka,\n\nEko Payments has invited you to complete an assessment for the Product Manager role. The "
        "assessment has 5 tests and takes about 60 minutes. Please complete it within 3 days.\n\nGood luck!\n"
        "TestGorilla, on behalf of Eko Payments",
        "e2",
    ),
    (
        "Sahel Agritech",
        "interview",
        "2025-07-15",
        "Bisi Adebayo <bisi.adebayo@sahelagritech.com>",
        "Invitation for Interview - Product Manager",
        "Dear Chiamaka,\n\nYou have been shortlisted for the next stage of our recruitment process. Kindly attend "
        "an oral interview on Friday, 18th July 2025 by 10am at our office in Ikeja. Kindly come with your "
        "credentials.\n\nRegards,\nBisi Adebayo\nHR Officer",
        "s2",
    ),
    (
        "Eko Payments",
        "interview",
        "2025-07-17",
        "Tolu Bankole <tolu.bankole@ekopayments.ng>",
        "Interview: Product Manager",
        "Hi Chiamaka,\n\nCongratulations on passing the assessment. We would like to invite you to a 45-minute "
        "interview with the Head of Product on Tuesday at 2pm via Google Meet.\n\nBest regards,\nTolu Bankole\n"
        "Talent Acquisition Lead",
        "e3",
    ),
    (
        "Sahel Agritech",
        "onsite",
        "2025-07-23",
        "Bisi Adebayo <bisi.adebayo@sahelagritech.com>",
        "Re: Invitation for Interview - Product Manager",
        "Dear Chiamaka,\n\nThank you for attending the oral interview. You are invited for a final panel session with "
        "the management team on Monday, 28th July 2025 at 11am.\n\nRegards,\nBisi Adebayo",
        "s2",
    ),
    (
        "Eko Payments",
        "rejected",
        "2025-07-25",
        "Tolu Bankole <tolu.bankole@ekopayments.ng>",
        "Re: Interview: Product Manager",
        "Hi Chiamaka,\n\nThank you for the time you spent with us. After much deliberation, we will not be "
        "proceeding with your application at this time. We wish you the best in your career.\n\nBest regards,\n"
        "Tolu",
        "e3",
    ),
    (
        "Sahel Agritech",
        "offer",
        "2025-08-01",
        "Bisi Adebayo <bisi.adebayo@sahelagritech.com>",
        "Offer of Employment",
        "Dear Chiamaka,\n\nFurther to your interviews, we are pleased to offer you employment as Product Manager. "
        "Kindly find attached your offer letter and kindly acknowledge receipt and acceptance by signing the "
        "duplicate copy.\n\nRegards,\nBisi Adebayo\nHR Officer\nSahel Agritech Nigeria Limited",
        "s3",
    ),
    (
        "Sahel Agritech",
        "accepted",
        "2025-08-04",
        ME,
        "Re: Offer of Employment",
        "Dear Bisi,\n\nThank you. Kindly find attached the signed duplicate copy of my offer letter as my acceptance. "
        "I look forward to resuming on 1st September.\n\nBest regards,\nChiamaka Okafor",
        "s3",
    ),
]

_OWN_TO = {"Sahel Agritech": "Bisi Adebayo <bisi.adebayo@sahelagritech.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Jobberman <noreply@jobberman.com>",
        "New Product Manager jobs in Lagos",
        "alert",
        "Product Manager - Lekki; Product Owner - Victoria Island; Business Analyst - Ikeja.",
    ),
    (
        "MyJobMag <newsletter@myjobmag.example>",
        "Latest jobs and career tips",
        "newsletter",
        "How to ace your oral interview, and 50 new vacancies this week.",
    ),
    (
        "GTBank <alerts@gtbank.example>",
        "Debit Alert",
        "other",
        "Acct: 01****89 DR: NGN 15,000.00 Desc: POS purchase.",
    ),
    (
        "Jumia <info@jumia.example>",
        "Your order has been shipped",
        "shop",
        "Your order will be delivered within 2 working days.",
    ),
    (
        "Kunle Ade <kunle@talentsource.example>",
        "Product role at a fintech",
        "outreach",
        "Hello Chiamaka, I have a Senior Product Manager role at a fast-growing fintech in Lagos. Kindly send your "
        "updated CV if interested.",
    ),
    (
        "Ngozi Okafor <ngozi.okafor@yahoo.example>",
        "Mama's thanksgiving",
        "personal",
        "Sis, don't forget the thanksgiving service on Sunday. We're wearing the green aso ebi.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CHIAMAKA,
        own_to=_OWN_TO,
        offset="+0100",
        clock="09:40:00",
        neg_start="2025-07-06",
        neg_step=5,
        neg_clock="20:20:00",
        tag="twohundredfortythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
