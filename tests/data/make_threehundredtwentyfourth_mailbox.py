"""A three-hundred-and-twenty-fourth mailbox, written as a held-out check after the three-hundred-and-twenty-third
(issue #24).

Wanjiru, a procurement officer in Nairobi, exports Gmail with Takeout.  Kenyan hiring as it writes: BrighterMonday's
"Your application for Procurement Officer at Savannah Breweries has been received", an NGO's "We acknowledge receipt
of your application", "You have been shortlisted ... Kindly avail yourself for an aptitude test", "Kindly avail
yourself for an oral interview before a panel on Tuesday" (the final round), "We regret to inform you that your
application was not successful", an "offer of employment" with the gross monthly salary, her "acceptance of offer"
letter, and a bank's Fuzu receipt with its refusal.  Negatives: BrighterMonday's alert, an M-Pesa message, a Safaricom
bundle offer, a Jumia promotion, a KPLC token notice, her sister.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WANJIRU = "wanjiru.kamau.proc@gmail.com"
ME = f"Wanjiru Kamau <{WANJIRU}>"

_OWN_TO = {
    "Savannah Breweries": "Human Resources <hr@savannahbreweries.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Savannah Breweries",
        "applied",
        "2025-03-03",
        "BrighterMonday <noreply@brightermonday.co.ke>",
        "Your application has been received",
        "Dear Wanjiru,\n\nYour application for Procurement Officer at Savannah Breweries Limited has been received and "
        "sent to the employer.\n\nAll the best,\nBrighterMonday",
        "s1",
    ),
    (
        "Pwani Health Trust",
        "applied",
        "2025-03-04",
        "Pwani Health Trust HR <recruitment@pwanihealth.example>",
        "Acknowledgement - Procurement Officer",
        "Dear Wanjiru Kamau,\n\nWe acknowledge receipt of your application for the position of Procurement Officer. "
        "Only shortlisted candidates will be contacted.\n\nHuman Resources\nPwani Health Trust",
        "p1",
    ),
    (
        "Kilimanjaro Commercial Bank",
        "applied",
        "2025-03-05",
        "Fuzu <noreply@fuzu.com>",
        "Application sent: Procurement Analyst",
        "Hi Wanjiru,\n\nYour application for Procurement Analyst at Kilimanjaro Commercial Bank has been sent. Good "
        "luck!\n\nThe Fuzu Team",
        "k1",
    ),
    (
        "Savannah Breweries",
        "interview",
        "2025-03-12",
        "Human Resources <hr@savannahbreweries.example>",
        "Shortlisting - Procurement Officer",
        "Dear Wanjiru,\n\nYou have been shortlisted for the position of Procurement Officer. Kindly avail yourself for an "
        "aptitude test on Monday 17th March 2025 at 9.00 a.m. at our Ruaraka offices. Carry your original "
        "certificates and national ID.\n\nHuman Resources\nSavannah Breweries Limited",
        "s2",
    ),
    (
        "Kilimanjaro Commercial Bank",
        "rejected",
        "2025-03-14",
        "Kilimanjaro Commercial Bank <careers@kcbank.example>",
        "Procurement Analyst",
        "Dear Wanjiru,\n\nThank you for your interest in Kilimanjaro Commercial Bank. We regret to inform you that your "
        "application was not successful.\n\nWe wish you well.\nTalent Acquisition",
        "k2",
    ),
    (
        "Savannah Breweries",
        "onsite",
        "2025-03-19",
        "Human Resources <hr@savannahbreweries.example>",
        "Invitation for oral interview",
        "Dear Wanjiru,\n\nFollowing your performance in the aptitude test, kindly avail yourself for an oral interview "
        "before the panel, the final stage of the process, on Tuesday 25th March 2025 at 10.00 a.m.\n\nHuman Resources\n"
        "Savannah Breweries Limited",
        "s3",
    ),
    (
        "Pwani Health Trust",
        "rejected",
        "2025-03-24",
        "Pwani Health Trust HR <recruitment@pwanihealth.example>",
        "Procurement Officer - outcome",
        "Dear Wanjiru Kamau,\n\nThank you for your interest in working with Pwani Health Trust. We regret to inform you "
        "that your application was not successful on this occasion.\n\nHuman Resources",
        "p1",
    ),
    (
        "Savannah Breweries",
        "offer",
        "2025-04-01",
        "Human Resources <hr@savannahbreweries.example>",
        "Offer of Employment - Procurement Officer",
        "Dear Wanjiru,\n\nWe are pleased to offer you employment as Procurement Officer at a gross monthly salary of KES "
        "185,000. Kindly find attached your letter of offer and confirm your acceptance within seven days.\n\nHuman "
        "Resources\nSavannah Breweries Limited",
        "s4",
    ),
    (
        "Savannah Breweries",
        "accepted",
        "2025-04-03",
        ME,
        "RE: Offer of Employment - Procurement Officer",
        "Dear Sir/Madam,\n\nRE: ACCEPTANCE OF OFFER\n\nI wish to confirm my acceptance of the offer of employment as "
        "Procurement Officer. Attached is the signed letter of offer.\n\nYours faithfully,\nWanjiru Kamau",
        "s4",
    ),
]

_NEGATIVES = [
    (
        "BrighterMonday <alerts@brightermonday.co.ke>",
        "New Procurement jobs in Nairobi",
        "alert",
        "Procurement Officer - Westlands. Supply Chain Assistant - Industrial Area. Apply now.",
    ),
    (
        "M-PESA <mpesa@safaricom.example>",
        "M-PESA confirmation",
        "other",
        "Confirmed. Ksh1,500.00 sent to JOHN MWANGI on 10/3/25.",
    ),
    (
        "Safaricom <offers@safaricom.example>",
        "Tunukiwa offer",
        "shop",
        "Get 2GB for Ksh 99 valid for 24 hours. Dial *544#.",
    ),
    (
        "Jumia <promo@jumia.example>",
        "Jumia Anniversary deals",
        "shop",
        "Up to 60% off electronics this week only.",
    ),
    (
        "KPLC <tokens@kplc.example>",
        "Token purchase",
        "other",
        "Your token purchase of Ksh 1,000 was successful. Token: 1234-5678-9012.",
    ),
    (
        "Njeri Kamau <njeri.kamau@yahoo.example>",
        "ruracio",
        "personal",
        "Don't forget the ruracio meeting at shosh's on Saturday!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=WANJIRU,
        own_to=_OWN_TO,
        offset="+0300",
        clock="11:50:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:20:00",
        tag="threehundredtwentyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
