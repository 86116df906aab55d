"""A three-hundred-and-thirty-eighth mailbox, written as a held-out check after the three-hundred-and-thirty-seventh
(issue #24).

Priya, a policy officer in Leeds, exports Gmail with Takeout.  The UK civil service as it writes: Civil Service Jobs'
"Thank you for your application" with a reference number, "Your application has progressed to the next stage" after
the sift, "You have been invited to an interview" (Success Profiles: behaviours and strengths), "Unfortunately you
have not been successful at the sift stage" for a second department, a "provisional offer" subject to pre-employment
checks, her acceptance in the portal's mail ("Thank you for accepting our provisional offer"), and a housing
association's own receipt and refusal besides.  Negatives: Civil Service Jobs' job alert, a GOV.UK notification, a
Northern Rail ticket, a Leeds City Council tax notice, a Boots promotion, her sister.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.sharma.policy@gmail.com"
ME = f"Priya Sharma <{PRIYA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Department for Regional Growth",
        "applied",
        "2025-04-07",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Thank you for your application - 398211",
        "Dear Priya Sharma,\n\nThank you for your application for the role of Policy Officer (HEO), Department for "
        "Regional Growth, reference 398211. You can track the progress of your application on Civil Service Jobs.\n\n"
        "Civil Service Jobs",
        "d1",
    ),
    (
        "Ministry of Coastal Infrastructure",
        "applied",
        "2025-04-08",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Thank you for your application - 398540",
        "Dear Priya Sharma,\n\nThank you for your application for the role of Senior Policy Adviser (SEO), Ministry of "
        "Coastal Infrastructure, reference 398540.\n\nCivil Service Jobs",
        "m1",
    ),
    (
        "Aire Valley Housing",
        "applied",
        "2025-04-09",
        "Aire Valley Housing <recruitment@airevalleyhousing.example>",
        "Application received - Policy and Research Officer",
        "Dear Priya,\n\nThank you for applying for the Policy and Research Officer post at Aire Valley Housing. The "
        "closing date is 25 April and we will contact shortlisted candidates after that.\n\nPeople Team",
        "a1",
    ),
    (
        "Department for Regional Growth",
        "interview",
        "2025-04-28",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Your application has progressed - 398211",
        "Dear Priya Sharma,\n\nYour application for Policy Officer (HEO), reference 398211, has progressed to the next "
        "stage. You have been invited to an interview, where you will be assessed against the Success Profiles "
        "behaviours and strengths. Please book your slot on Civil Service Jobs.\n\nCivil Service Jobs",
        "d1",
    ),
    (
        "Ministry of Coastal Infrastructure",
        "rejected",
        "2025-04-30",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Application update - 398540",
        "Dear Priya Sharma,\n\nThank you for applying for Senior Policy Adviser (SEO), reference 398540. Unfortunately you "
        "have not been successful at the sift stage on this occasion.\n\nCivil Service Jobs",
        "m1",
    ),
    (
        "Aire Valley Housing",
        "rejected",
        "2025-05-06",
        "Aire Valley Housing <recruitment@airevalleyhousing.example>",
        "Policy and Research Officer",
        "Dear Priya,\n\nThank you for your interest in working for Aire Valley Housing. I'm sorry to tell you that you "
        "have not been shortlisted for interview on this occasion.\n\nPeople Team",
        "a1",
    ),
    (
        "Department for Regional Growth",
        "offer",
        "2025-05-20",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Provisional offer - 398211",
        "Dear Priya Sharma,\n\nCongratulations. We are pleased to make you a provisional offer for the role of Policy "
        "Officer (HEO), reference 398211, subject to satisfactory pre-employment checks. Please accept or decline the "
        "offer on Civil Service Jobs within 5 working days.\n\nCivil Service Jobs",
        "d1",
    ),
    (
        "Department for Regional Growth",
        "accepted",
        "2025-05-21",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Provisional offer accepted - 398211",
        "Dear Priya Sharma,\n\nThank you for accepting our provisional offer for Policy Officer (HEO), reference 398211. "
        "The vacancy holder will be in touch about pre-employment checks.\n\nCivil Service Jobs",
        "d1",
    ),
]

_NEGATIVES = [
    (
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Job alert: 14 new jobs match your search",
        "alert",
        "Policy Officer (HEO) - Leeds. Senior Policy Adviser - Sheffield. View all jobs.",
    ),
    (
        "GOV.UK Notify <noreply@notifications.service.gov.uk>",
        "Your driving licence",
        "other",
        "Your new photocard driving licence has been sent.",
    ),
    (
        "Northern <tickets@northernrailway.example>",
        "Your e-ticket",
        "other",
        "Your e-ticket Leeds - Manchester Piccadilly for Saturday is attached.",
    ),
    (
        "Leeds City Council <counciltax@leeds.example>",
        "Your council tax bill",
        "other",
        "Your council tax bill for 2025/26 is available online.",
    ),
    (
        "Boots <offers@boots.example>",
        "Your Advantage Card offers",
        "shop",
        "New Advantage Card offers are waiting for you.",
    ),
    (
        "Anjali Sharma <anjali.sharma@btinternet.example>",
        "Sunday",
        "personal",
        "Mum's doing a biryani on Sunday - come at 1!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PRIYA,
        own_to={},
        offset="+0100",
        clock="10:45:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="19:15:00",
        tag="threehundredthirtyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
