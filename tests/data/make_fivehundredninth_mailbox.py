"""A five-hundred-and-ninth mailbox, written as a held-out check after the five-hundred-and-eighth (issue #24).

Wanjiru Kamau, a programme officer in Nairobi, keeps her mail in Gmail, exported with Takeout.  Kenya's NGO sector
writes British English and short subjects: a recruitment firm's "We have forwarded your CV to our client, Mercy Corps,
for the Programme Manager - Resilience role", "You have been shortlisted for an interview", "REGRET" as a whole
subject ("we regret to inform you that your application was not successful"); a UN agency's "Your application has been
received" with a job opening number, its "written assessment" (an assessment round) and its "We are pleased to offer
you"; an INGO's own site's "Thank you for your interest" and its "Interview invitation - Monitoring & Evaluation
Officer"; her thanks and her acceptance.  Negatives: ReliefWeb's alert, Devex, a firm's cold mail, Safaricom M-PESA,
KPLC tokens and her sister.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WANJIRU = "wanjiru.kamau.dev@gmail.com"
ME = f"Wanjiru Kamau <{WANJIRU}>"
PETER = "Peter Otieno <p.otieno@summitrecruit.example>"
UNDP = "UNDP Recruitment <noreply@undp-jobs.example>"
IRC = "IRC Kenya Recruitment <kenya.recruitment@rescue.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Mercy Corps",
        "applied",
        "2025-06-02",
        PETER,
        "Programme Manager - Resilience",
        "Dear Wanjiru,\n\nThank you for your time on the phone. We have forwarded your CV to our client, Mercy Corps, for "
        "the Programme Manager - Resilience role based in Nairobi.\n\nKind regards,\nPeter Otieno\nSummit Recruitment & "
        "Search",
        "t-mc",
    ),
    (
        "UNDP",
        "applied",
        "2025-06-03",
        UNDP,
        "Your application has been received",
        "Dear Wanjiru Kamau,\n\nThank you for applying to the position of Programme Analyst (Job Opening 25876) with "
        "UNDP Kenya. Your application has been received.\n\nUNDP Recruitment",
        "t-undp",
    ),
    (
        "International Rescue Committee",
        "applied",
        "2025-06-04",
        IRC,
        "Thank you for your interest",
        "Dear Wanjiru,\n\nThank you for your interest in the Monitoring & Evaluation Officer position with the "
        "International Rescue Committee. We have received your application.\n\nIRC Kenya Recruitment",
        "t-irc",
    ),
    (
        # (written as an interview round and set after the first read to SPEC's reading: "The panel interview will be
        # on Thursday ... at their Westlands office" is SPEC's onsite, a panel interview)
        "Mercy Corps",
        "onsite",
        "2025-06-10",
        PETER,
        "RE: Programme Manager - Resilience",
        "Dear Wanjiru,\n\nYou have been shortlisted for an interview with Mercy Corps. The panel interview will be on "
        "Thursday 12 June at 10am at their Westlands office.\n\nKind regards,\nPeter",
        "t-mc",
    ),
    (
        "UNDP",
        "interview",
        "2025-06-11",
        UNDP,
        "Written assessment - Job Opening 25876",
        "Dear Wanjiru Kamau,\n\nYou have been selected to take the written assessment for Programme Analyst (Job Opening "
        "25876) on 16 June. The link will be sent 30 minutes before the start.\n\nUNDP Recruitment",
        "t-undp2",
    ),
    (
        "International Rescue Committee",
        "interview",
        "2025-06-13",
        IRC,
        "Interview invitation - Monitoring & Evaluation Officer",
        "Dear Wanjiru,\n\nWe are pleased to invite you for an interview for the Monitoring & Evaluation Officer position "
        "on 18 June at 2pm via Teams.\n\nIRC Kenya Recruitment",
        "t-irc2",
    ),
    (
        "Mercy Corps",
        "rejected",
        "2025-06-17",
        PETER,
        "REGRET",
        "Dear Wanjiru,\n\nThank you for attending the interview with Mercy Corps. We regret to inform you that your "
        "application was not successful on this occasion.\n\nKind regards,\nPeter",
        "t-mc2",
    ),
    (
        "International Rescue Committee",
        "thank_you",
        "2025-06-18",
        ME,
        "RE: Interview invitation - Monitoring & Evaluation Officer",
        "Dear IRC team,\n\nThank you for the opportunity to interview today. I enjoyed the discussion about the "
        "education programme in Kakuma.\n\nKind regards,\nWanjiru Kamau",
        "t-irc2",
    ),
    (
        "International Rescue Committee",
        "rejected",
        "2025-06-27",
        IRC,
        "Monitoring & Evaluation Officer - outcome",
        "Dear Wanjiru,\n\nThank you for your time. After careful consideration, we have decided to proceed with another "
        "candidate.\n\nIRC Kenya Recruitment",
        "t-irc3",
    ),
    (
        "UNDP",
        "offer",
        "2025-07-07",
        UNDP,
        "Offer of appointment - Programme Analyst",
        "Dear Wanjiru Kamau,\n\nWe are pleased to offer you the position of Programme Analyst (Job Opening 25876) with "
        "UNDP Kenya. Please find the offer of appointment attached and confirm your acceptance within 7 days.\n\nUNDP "
        "Recruitment",
        "t-undp3",
    ),
    (
        "UNDP",
        "accepted",
        "2025-07-08",
        ME,
        "RE: Offer of appointment - Programme Analyst",
        "Dear UNDP Recruitment,\n\nI am delighted to accept the offer of appointment. Please find the signed copy "
        "attached.\n\nKind regards,\nWanjiru Kamau",
        "t-undp3",
    ),
]

_NEGATIVES = [
    (
        "ReliefWeb <jobs@reliefweb.example>",
        "ReliefWeb Jobs: 9 new jobs in Kenya",
        "alert",
        "Programme Officer - Nairobi. M&E Specialist - Garissa. View jobs.",
    ),
    (
        "Devex <newsletter@devex.example>",
        "Devex Newswire: aid cuts",
        "newsletter",
        "Today's news. Unsubscribe.",
    ),
    (
        "Faith Mwangi <faith@talentke.example>",
        "Opportunity - Country Director",
        "outreach",
        "Dear Wanjiru, I am recruiting a Country Director for an INGO. Would you be open to a confidential discussion?",
    ),
    (
        "M-PESA <mpesa@safaricom.example>",
        "M-PESA statement",
        "other",
        "Your June statement is attached.",
    ),
    (
        "KPLC <tokens@kplc.example>",
        "Token purchase",
        "other",
        "Your token: 1234-5678-9012.",
    ),
    (
        "Njeri Kamau <njeri.kamau@gmail.example>",
        "weekend",
        "personal",
        "Tuko Naivasha Saturday, you're coming?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=WANJIRU,
        own_to={"International Rescue Committee": IRC, "UNDP": UNDP},
        offset="+0300",
        clock="11:05:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="20:35:00",
        tag="fivehundrednine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
