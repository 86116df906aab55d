"""A three-hundred-and-fifty-sixth mailbox, written as a held-out check after the three-hundred-and-fifty-fifth
(issue #24).

Wei Ling, a compliance manager in Singapore, exports Gmail with Takeout.  Singapore's search firms and banks as they
write: a headhunter's "Thank you for the call just now. As discussed, I have put your profile across to my client, a
European private bank, for the AVP Compliance role", "My client has reverted - they would like to arrange a first
round with the Head of Compliance. For confidentiality I can now share it is Lindqvist Private Bank", "Unfortunately
my client has decided not to proceed further", a second consultant's "I have submitted your CV to Marina Trust for the
Compliance Manager position", "Marina Trust would like to see you for a second round with the CCO", "they are pleased to
extend an offer", her "I'm pleased to accept", and a bank's Workday "Application Received" and "we regret".
Negatives: MyCareersFuture's alert, eFinancialCareers' digest, a Grab receipt, an IRAS notice, a Shopee sale, her
cousin.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WEI = "weiling.tan.compliance@gmail.com"
ME = f"Tan Wei Ling <{WEI}>"
HH = "Rachel Goh <rachel.goh@straitssearch.com.sg>"
HH2 = "Daniel Lim <daniel.lim@meridianexecutive.sg>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lindqvist Private Bank",
        "applied",
        "2025-03-03",
        HH,
        "AVP Compliance - European Private Bank",
        "Hi Wei Ling,\n\nThank you for the call just now. As discussed, I have put your profile across to my client, a "
        "European private bank, for the AVP Compliance role. I will update you once I hear back.\n\nBest regards,\n"
        "Rachel Goh\nStraits Search",
        "w1",
    ),
    (
        "Marina Trust",
        "applied",
        "2025-03-04",
        HH2,
        "Compliance Manager - Marina Trust",
        "Dear Wei Ling,\n\nFurther to our discussion, I have submitted your CV to Marina Trust for the Compliance Manager "
        "position. I will revert once I have feedback.\n\nRegards,\nDaniel Lim\nMeridian Executive",
        "w2",
    ),
    (
        "Temasek Harbour Bank",
        "applied",
        "2025-03-05",
        "Temasek Harbour Bank <temasekharbour@myworkday.com>",
        "Application Received",
        "Dear Wei Ling,\n\nThank you for applying for the Compliance Manager, Wealth position at Temasek Harbour Bank. We "
        "have received your application and will review it shortly.\n\nTalent Acquisition",
        "w3",
    ),
    (
        "Lindqvist Private Bank",
        "interview",
        "2025-03-10",
        HH,
        "RE: AVP Compliance - European Private Bank",
        "Hi Wei Ling,\n\nMy client has reverted - they would like to arrange a first round with the Head of Compliance "
        "this Thursday at 3pm. For confidentiality I can now share it is Lindqvist Private Bank, at Marina Bay Financial "
        "Centre.\n\nBest regards,\nRachel",
        "w1",
    ),
    (
        "Marina Trust",
        "interview",
        "2025-03-11",
        HH2,
        "RE: Compliance Manager - Marina Trust",
        "Dear Wei Ling,\n\nGood news - Marina Trust would like to meet you for a first interview with the Head of "
        "Regulatory Compliance on Friday at 10am.\n\nRegards,\nDaniel",
        "w2",
    ),
    (
        "Lindqvist Private Bank",
        "rejected",
        "2025-03-18",
        HH,
        "RE: AVP Compliance - European Private Bank",
        "Hi Wei Ling,\n\nUnfortunately my client has decided not to proceed further; they have an internal candidate. "
        "Thank you for your time and I will keep you in mind for other roles.\n\nRachel",
        "w1",
    ),
    (
        "Marina Trust",
        "onsite",
        "2025-03-19",
        HH2,
        "RE: Compliance Manager - Marina Trust",
        "Dear Wei Ling,\n\nMarina Trust would like to see you for a second and final round with the CCO next Tuesday at "
        "their office.\n\nRegards,\nDaniel",
        "w2",
    ),
    (
        "Temasek Harbour Bank",
        "rejected",
        "2025-03-21",
        "Temasek Harbour Bank <temasekharbour@myworkday.com>",
        "Your application with Temasek Harbour Bank",
        "Dear Wei Ling,\n\nThank you for your interest. We regret to inform you that we will not be progressing your "
        "application further.\n\nTalent Acquisition",
        "w3",
    ),
    (
        "Marina Trust",
        "offer",
        "2025-03-27",
        HH2,
        "RE: Compliance Manager - Marina Trust",
        "Dear Wei Ling,\n\nCongratulations - they are pleased to extend an offer at SGD 14,500 per month plus AWS and "
        "bonus. The letter of offer will follow.\n\nRegards,\nDaniel",
        "w2",
    ),
    (
        "Marina Trust",
        "accepted",
        "2025-03-28",
        ME,
        "RE: Compliance Manager - Marina Trust",
        "Hi Daniel,\n\nThank you! I'm pleased to accept the offer.\n\nBest,\nWei Ling",
        "w2",
    ),
]

_NEGATIVES = [
    (
        "MyCareersFuture <noreply@mycareersfuture.gov.sg>",
        "New jobs matching your alert",
        "alert",
        "8 new jobs: Compliance Manager - DBS, AML Analyst - UOB. View jobs.",
    ),
    (
        "eFinancialCareers <alerts@efinancialcareers.com>",
        "Compliance jobs in Singapore this week",
        "alert",
        "New roles from top banks in Singapore. Apply now.",
    ),
    (
        "Grab <no-reply@grab.example>",
        "Your Grab E-Receipt",
        "other",
        "Thanks for riding with Grab. Total: SGD 18.40.",
    ),
    (
        "IRAS <noreply@iras.example>",
        "Your Notice of Assessment is ready",
        "other",
        "Your Notice of Assessment for Year of Assessment 2025 is available on myTax Portal.",
    ),
    (
        "Shopee <promo@shopee.example>",
        "3.3 Sale is live!",
        "shop",
        "Up to 90% off. Shop now.",
    ),
    (
        "Tan Mei Hua <meihua.tan@hotmail.example>",
        "CNY dinner",
        "personal",
        "Auntie says dinner at 7 on Saturday, bring the kids!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=WEI,
        own_to={"Marina Trust": HH2},
        offset="+0800",
        clock="11:05:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="20:50:00",
        tag="threehundredfiftysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
