"""A two-hundred-and-ninety-fifth mailbox, written as a held-out check after the two-hundred-and-ninety-fourth
(issue #24).

Noor, a product manager in Dubai, exports Gmail with Takeout.  Gulf hiring in English: Bayt's "Your application has
been successfully submitted", LinkedIn Easy Apply, a government entity's Oracle "Thank you for your interest", a
recruiter from an executive search firm with "my client, a leading fintech in DIFC" named two mails later, a "case
study presentation" (a round), "a final meeting with the CEO" (the last), "we have decided not to proceed", an offer
with "housing allowance" and "annual flight ticket", "subject to visa and medical", and her own acceptance and a
withdrawal.  Negatives: GulfTalent's alerts, Bayt's "Your CV was viewed", a DEWA bill, a Salik top-up, a brunch
promotion, a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NOOR = "noor.alhashimi.pm@gmail.com"
ME = f"Noor Al Hashimi <{NOOR}>"

_OWN_TO = {
    "Sandstone Pay": "Rania Haddad <rania@gulfexecsearch.example>",
    "Dubai Smart Mobility Authority": "Careers <careers@dsma.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Falcon Logistics",
        "applied",
        "2025-04-07",
        "Bayt.com <noreply@bayt.com>",
        "Your application has been successfully submitted",
        "Dear Noor,\n\nYour application for the job Senior Product Manager at Falcon Logistics LLC has been successfully "
        "submitted.\n\nBest of luck,\nBayt.com",
        "f1",
    ),
    (
        "Dubai Smart Mobility Authority",
        "applied",
        "2025-04-08",
        "Dubai Smart Mobility Authority <noreply@dsma.oraclecloud.example>",
        "Thank you for your interest",
        "Dear Noor Al Hashimi,\n\nThank you for your interest in the Product Lead - Digital Services position at the Dubai "
        "Smart Mobility Authority. Your application has been received.\n\nHuman Capital Department",
        "d1",
    ),
    (
        "Sandstone Pay",
        "applied",
        "2025-04-09",
        "Rania Haddad <rania@gulfexecsearch.example>",
        "Head of Product - confidential",
        "Hi Noor,\n\nGreat speaking with you. As agreed, I have presented your profile to my client, a leading fintech in "
        "DIFC, for the Head of Product role. I'll revert once I have feedback.\n\nRania Haddad\nPartner, Gulf Executive "
        "Search",
        "s1",
    ),
    (
        "Sandstone Pay",
        "interview",
        "2025-04-14",
        "Rania Haddad <rania@gulfexecsearch.example>",
        "RE: Head of Product - confidential",
        "Hi Noor,\n\nGood news - the client would like to meet you. I can now tell you it's Sandstone Pay. The CPO will "
        "see you on Wednesday at 11am at their DIFC office.\n\nRania",
        "s1",
    ),
    (
        "Falcon Logistics",
        "rejected",
        "2025-04-15",
        "Falcon Logistics HR <careers@falconlogistics.example>",
        "Senior Product Manager - application update",
        "Dear Noor,\n\nThank you for your interest in Falcon Logistics. After reviewing your profile, we have decided not "
        "to proceed with your application at this stage.\n\nRegards,\nHR Department",
        "f2",
    ),
    (
        "Sandstone Pay",
        "interview",
        "2025-04-21",
        "Rania Haddad <rania@gulfexecsearch.example>",
        "RE: Head of Product - confidential",
        "Hi Noor,\n\nThe CPO was very impressed. Next is a case study presentation to the product and engineering "
        "leadership next Monday - 45 minutes plus Q&A. Brief attached.\n\nRania",
        "s1",
    ),
    (
        "Dubai Smart Mobility Authority",
        "interview",
        "2025-04-22",
        "Careers <careers@dsma.example>",
        "Interview invitation - Product Lead",
        "Dear Noor,\n\nWe are pleased to invite you to an interview for the Product Lead - Digital Services position on "
        "Thursday 24 April at 10:00 AM at our head office in Al Quoz.\n\nHuman Capital Department",
        "d2",
    ),
    (
        "Sandstone Pay",
        "onsite",
        "2025-04-30",
        "Rania Haddad <rania@gulfexecsearch.example>",
        "RE: Head of Product - confidential",
        "Hi Noor,\n\nThey loved the presentation! Last step is a final meeting with the CEO on Sunday at 2pm.\n\nRania",
        "s1",
    ),
    (
        "Sandstone Pay",
        "offer",
        "2025-05-06",
        "Rania Haddad <rania@gulfexecsearch.example>",
        "Offer - Head of Product, Sandstone Pay",
        "Hi Noor,\n\nCongratulations! Sandstone Pay would like to offer you the Head of Product role: AED 60,000 per "
        "month basic plus housing allowance, annual flight ticket and family medical, subject to visa and medical "
        "clearance.\n\nRania",
        "s2",
    ),
    (
        "Sandstone Pay",
        "accepted",
        "2025-05-07",
        ME,
        "RE: Offer - Head of Product, Sandstone Pay",
        "Hi Rania,\n\nThank you so much for everything. I'm delighted to accept the offer - please let Sandstone Pay know."
        "\n\nBest regards,\nNoor",
        "s2",
    ),
    (
        "Dubai Smart Mobility Authority",
        "withdrew",
        "2025-05-07",
        ME,
        "RE: Interview invitation - Product Lead",
        "Dear Human Capital team,\n\nThank you for the opportunity. I have accepted another offer and would like to "
        "withdraw my application for the Product Lead position.\n\nKind regards,\nNoor Al Hashimi",
        "d2",
    ),
]

_NEGATIVES = [
    (
        "GulfTalent <jobs@gulftalent.example>",
        "New jobs matching your profile",
        "alert",
        "Product Manager - Dubai. Senior Product Owner - Abu Dhabi. Head of Digital - Riyadh.",
    ),
    (
        "Bayt.com <noreply@bayt.com>",
        "Your CV was viewed",
        "viewed",
        "An employer viewed your CV this week. Upgrade to see who.",
    ),
    (
        "DEWA <billing@dewa.example>",
        "Your DEWA bill",
        "other",
        "Your DEWA bill for April is AED 412.50. Pay by 20 May.",
    ),
    (
        "Salik <noreply@salik.example>",
        "Salik balance topped up",
        "other",
        "Your Salik account was topped up with AED 100.",
    ),
    (
        "Atlantis Dining <offers@atlantis.example>",
        "Friday brunch: 20% off",
        "shop",
        "Book Friday brunch this month and save 20%.",
    ),
    (
        "Layla Mansour <layla.mansour@gmail.example>",
        "karak?",
        "personal",
        "karak at the usual place after work?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=NOOR,
        own_to=_OWN_TO,
        offset="+0400",
        clock="10:10:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="20:10:00",
        tag="twohundredninetyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
