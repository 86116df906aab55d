"""A hundred-and-fifty-fourth mailbox, written as a held-out check after the hundred-and-fifty-third (issue #24).

Ben, a payroll officer in Melbourne, saves his Outlook mail as .eml files.  Most of his search runs through
agencies: consultants "submit his details" to named clients, pass on "client feedback", line up an interview "with
the Finance Manager at Yarra Foods", and relay a "verbal offer" and then a refusal from another client.  He also
applies to a council through its own system.  His negatives: myGov, Myki, SEEK's recommendations, an agency's
newsletter, his super fund, a footy club, a pitch from an agency he does not know.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BEN = "ben.walker.payroll@outlook.com"
_ME = f"Ben Walker <{BEN}>"
_SOPHIE = "Sophie Tran <sophie.tran@harbourrecruitment.com.au>"
_LIAM = "Liam O'Brien <liam.obrien@southbankpeople.com.au>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Yarra Foods",
        "applied",
        "2025-08-04",
        _SOPHIE,
        "Payroll Officer - Yarra Foods",
        "Hi Ben,\n\nGreat to speak with you this morning. As discussed, I've submitted your details to Yarra Foods for "
        "the Payroll Officer role in Dandenong. I'll let you know as soon as I hear back.\n\nCheers,\nSophie Tran\n"
        "Senior Consultant, Harbour Recruitment",
        None,
    ),
    (
        "Yarra Foods",
        "interview",
        "2025-08-08",
        _SOPHIE,
        "RE: Payroll Officer - Yarra Foods",
        "Hi Ben,\n\nGood news - Yarra Foods would like to meet you! I've locked in an interview with their Finance "
        "Manager, Karen, on Wednesday 13 August at 10am at their Dandenong site.\n\nSophie",
        None,
    ),
    (
        "Yarra Foods",
        "offer",
        "2025-08-18",
        _SOPHIE,
        "RE: Payroll Officer - Yarra Foods",
        "Hi Ben,\n\nFantastic news - Karen has come back with a verbal offer! $82k plus super, starting 1 September. "
        "The contract will come through from their HR today. Congratulations!\n\nSophie",
        None,
    ),
    (
        "Yarra Foods",
        "accepted",
        "2025-08-18",
        _ME,
        "RE: Payroll Officer - Yarra Foods",
        "Hi Sophie,\n\nThat's brilliant, thank you! Happy to accept - please let Karen know.\n\nCheers,\nBen",
        _SOPHIE,
    ),
    (
        "Bayside Logistics",
        "applied",
        "2025-08-05",
        _LIAM,
        "Bayside Logistics - Payroll Officer",
        "Hi Ben,\n\nThanks for your time on the phone. I've sent your CV through to my client, Bayside Logistics, for "
        "their Payroll Officer vacancy. I'll be in touch once I have their feedback.\n\nLiam O'Brien\nConsultant, "
        "Southbank People",
        None,
    ),
    (
        "Bayside Logistics",
        "rejected",
        "2025-08-12",
        _LIAM,
        "RE: Bayside Logistics - Payroll Officer",
        "Hi Ben,\n\nI've had feedback from Bayside Logistics. Unfortunately they've decided to progress with candidates "
        "who have more Chris21 experience. I'll keep you front of mind for other payroll roles.\n\nLiam",
        None,
    ),
    (
        "City of Monash",
        "applied",
        "2025-08-06",
        "City of Monash <noreply@pageuppeople.com>",
        "Application received - Payroll Officer",
        "Dear Ben,\n\nThank you for applying for the Payroll Officer position "
        "with the City of Monash. Applications close on 17 August; shortlisted applicants will be contacted.",
        None,
    ),
    (
        "City of Monash",
        "withdrew",
        "2025-08-19",
        _ME,
        "Withdrawal - Payroll Officer",
        "Hello,\n\nPlease withdraw my application for the Payroll Officer position, as I have accepted another role.\n\n"
        "Kind regards,\nBen Walker",
        "City of Monash Recruitment <recruitment@monash.vic.gov.au>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    ("myGov <noreply@my.gov.au>", "You have a new message", "other", "You have a new message in your myGov inbox."),
    ("Myki <noreply@ptv.vic.gov.au>", "Your myki auto top up", "other", "Your myki was topped up with $20.00."),
    (
        "SEEK <recommendations@s.seek.com.au>",
        "Jobs for you: Payroll Officer",
        "alert",
        "Payroll Officer - Coles - Hawthorn East VIC. Payroll Administrator - Bunnings - Hawthorn East VIC. View jobs.",
    ),
    (
        "Harbour Recruitment <news@harbourrecruitment.com.au>",
        "Salary Guide 2025 is here",
        "newsletter",
        "Download the Harbour Recruitment Salary Guide 2025. Unsubscribe",
    ),
    (
        "AustralianSuper <noreply@australiansuper.com>",
        "Your statement is ready",
        "other",
        "Your annual statement is ready to view online.",
    ),
    (
        "Richmond FC <members@richmondfc.com.au>",
        "Membership renewal",
        "newsletter",
        "Renew your membership for 2026. Unsubscribe",
    ),
    (
        "Grace Lee <grace@talentfirstaustralia.com.au>",
        "Payroll Manager - CBD - $110k",
        "outreach",
        "Hi Ben, I'm recruiting a Payroll Manager for a client in the CBD. Would you be open to a confidential chat?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Outlook saves them."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=_ME,
        offset="+1000",
        clock="13:50:00",
        neg_start="2025-08-03",
        neg_step=3,
        neg_clock="07:20:00",
        tag="hundredfiftyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), BEN)
