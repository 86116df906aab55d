"""A three-hundred-and-seventy-second mailbox, written as a held-out check after the three-hundred-and-seventy-first
(issue #24).

Chiamaka, an HR officer in Lagos, exports Gmail with Takeout.  Nigerian HR English as employers write it: "We
acknowledge receipt of your application for the position of HR Officer", "You have been shortlisted for the next stage
of our recruitment process. Kindly find below the details of the assessment test", "Kindly be informed that you are
invited for an oral interview at our head office", "Kindly confirm your availability", "We regret to inform you that
your application was not successful", "We are pleased to offer you employment as HR Officer. Kindly find attached
your offer of appointment", her "I hereby accept the offer of employment", and a jobberman receipt.  Negatives: a
Jobberman alert, a MyJobMag newsletter, a bank's debit alert, a DStv renewal notice, a Jumia promotion, her church
WhatsApp group's mail.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AMAKA = "chiamaka.eze.hr@gmail.com"
ME = f"Chiamaka Eze <{AMAKA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lekki Agro Processing",
        "applied",
        "2025-05-05",
        "Lekki Agro Processing <careers@lekkiagro.com.ng>",
        "Acknowledgement of Application",
        "Dear Chiamaka Eze,\n\nWe acknowledge receipt of your application for the position of HR Officer. Only "
        "shortlisted candidates will be contacted.\n\nHuman Resources Department\nLekki Agro Processing Ltd",
        "a1",
    ),
    (
        "Ikoyi Mutual Assurance",
        "applied",
        "2025-05-06",
        "Jobberman <noreply@jobberman.com>",
        "Your application has been sent",
        "Hi Chiamaka,\n\nYour application for the role of HR Generalist at Ikoyi Mutual Assurance has been sent "
        "successfully. Good luck!\n\nThe Jobberman Team",
        "a2",
    ),
    (
        "Apapa Ports Logistics",
        "applied",
        "2025-05-07",
        "Apapa Ports Logistics <recruitment@apapaports.com.ng>",
        "Re: Application for HR Officer",
        "Dear Chiamaka,\n\nThank you for your application for the HR Officer role. It has been received and is under "
        "review.\n\nRecruitment Team",
        "a3",
    ),
    (
        "Lekki Agro Processing",
        "interview",
        "2025-05-12",
        "Lekki Agro Processing <careers@lekkiagro.com.ng>",
        "Invitation to Assessment Test",
        "Dear Chiamaka,\n\nYou have been shortlisted for the next stage of our recruitment process. Kindly find below "
        "the details of the assessment test:\n\nDate: Thursday, 15th May 2025\nTime: 10:00am\nVenue: Online (link to "
        "follow)\n\nKindly confirm your availability.\n\nHuman Resources Department",
        "a1",
    ),
    (
        "Ikoyi Mutual Assurance",
        "rejected",
        "2025-05-14",
        "Ikoyi Mutual Assurance <hr@ikoyimutual.com.ng>",
        "Application Status",
        "Dear Chiamaka,\n\nThank you for your interest in Ikoyi Mutual Assurance. We regret to inform you that your "
        "application was not successful.\n\nHuman Resources",
        "a2",
    ),
    (
        "Lekki Agro Processing",
        "interview",
        "2025-05-19",
        "Lekki Agro Processing <careers@lekkiagro.com.ng>",
        "Invitation for Oral Interview",
        "Dear Chiamaka,\n\nKindly be informed that you are invited for an oral interview at our head office, Plot 14 "
        "Admiralty Way, Lekki, on Friday, 23rd May 2025 by 11:00am. Kindly come with your original credentials.\n\n"
        "Human Resources Department",
        "a1",
    ),
    (
        "Apapa Ports Logistics",
        "rejected",
        "2025-05-22",
        "Apapa Ports Logistics <recruitment@apapaports.com.ng>",
        "Outcome of your application",
        "Dear Chiamaka,\n\nWe appreciate your interest in Apapa Ports Logistics. Unfortunately, you were not selected "
        "to proceed to the next stage.\n\nRecruitment Team",
        "a3",
    ),
    (
        "Lekki Agro Processing",
        "offer",
        "2025-05-30",
        "Lekki Agro Processing <careers@lekkiagro.com.ng>",
        "Offer of Employment",
        "Dear Chiamaka,\n\nWe are pleased to offer you employment as HR Officer. Kindly find attached your offer of "
        "appointment and return a signed copy within 5 working days.\n\nHuman Resources Department",
        "a1",
    ),
    (
        "Lekki Agro Processing",
        "accepted",
        "2025-06-02",
        ME,
        "Re: Offer of Employment",
        "Dear Sir/Ma,\n\nI hereby accept the offer of employment as HR Officer. Please find attached the signed copy of "
        "the offer letter.\n\nYours faithfully,\nChiamaka Eze",
        "a1",
    ),
]

_NEGATIVES = [
    (
        "Jobberman <alerts@jobberman.com>",
        "New HR jobs in Lagos",
        "alert",
        "HR Officer - Lagos. HR Generalist - Ikeja. Apply now.",
    ),
    (
        "MyJobMag <newsletter@myjobmag.example>",
        "Latest jobs and career tips",
        "newsletter",
        "How to prepare for an aptitude test, and this week's top vacancies.",
    ),
    (
        "GTBank <alerts@gtbank.example>",
        "Debit Alert",
        "other",
        "Your account has been debited with NGN 15,000.00.",
    ),
    (
        "DStv <noreply@dstv.example>",
        "Your subscription is due",
        "other",
        "Your DStv Compact subscription is due for renewal.",
    ),
    (
        "Jumia <promotions@jumia.example>",
        "Jumia Anniversary deals",
        "shop",
        "Up to 70% off phones and appliances.",
    ),
    (
        "Grace Chapel Women <gracechapelwomen@gmail.example>",
        "Saturday meeting",
        "personal",
        "Sisters, our meeting holds on Saturday by 4pm. Kindly be punctual.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AMAKA,
        own_to={"Lekki Agro Processing": "Lekki Agro Processing <careers@lekkiagro.com.ng>"},
        offset="+0100",
        clock="09:25:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="20:20:00",
        tag="threehundredseventytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
