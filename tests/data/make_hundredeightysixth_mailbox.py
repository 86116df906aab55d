"""A hundred-and-eighty-sixth mailbox, written as a held-out check after the hundred-and-eighty-fifth (issue #24).

Amira, a physiotherapist in Leeds, saved her Outlook mail as .eml files.  The NHS hires through NHS Jobs and Trac:
"Application received", "You have been shortlisted", an interview with a practical assessment, a "conditional
offer of employment" and then pre-employment checks, each from a no-reply address naming the trust only in the
text; a private clinic answers by its own mail, a sports club by its physio lead.  Negatives: the HCPC's renewal, a
CSP newsletter, NHS Jobs' alerts, the trust's own staff-bank shifts, a CPD course, a friend.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AMIRA = "amira.hassan.physio@outlook.com"
ME = f"Amira Hassan <{AMIRA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Leeds Teaching Hospitals NHS Trust",
        "applied",
        "2025-06-02",
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "Application received for Band 6 Physiotherapist - Musculoskeletal",
        "Dear Amira Hassan,\n\nThank you for applying for the job Band 6 Physiotherapist - Musculoskeletal "
        "(C9215-25-0412) at Leeds Teaching Hospitals NHS Trust. We will contact you after the closing date.\n\nNHS Jobs",
        None,
    ),
    (
        "Bradford District Care NHS Foundation Trust",
        "applied",
        "2025-06-03",
        "Trac <noreply@trac.jobs>",
        "Application Submitted",
        "Dear Amira,\n\nYour application for Specialist Physiotherapist - Community Rehabilitation with Bradford "
        "District Care NHS Foundation Trust has been submitted successfully. Reference: 323-BDC-7781.\n\nTrac",
        None,
    ),
    (
        "Aire Valley Physio",
        "applied",
        "2025-06-04",
        ME,
        "Physiotherapist role - Amira Hassan",
        "Dear Mr Clarke,\n\nI would like to apply for the physiotherapist position advertised on your website. I am "
        "HCPC registered with four years of NHS MSK experience. Please find my CV attached.\n\nKind regards,\nAmira "
        "Hassan",
        "Aire Valley Physio <info@airevalleyphysio.co.uk>",
    ),
    (
        "Leeds Teaching Hospitals NHS Trust",
        "interview",
        "2025-06-16",
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "You have been shortlisted for interview",
        "Dear Amira Hassan,\n\nYou have been shortlisted for interview for Band 6 Physiotherapist - Musculoskeletal "
        "(C9215-25-0412). Please log in to NHS Jobs to book an interview slot. The interview will include a short "
        "practical assessment.\n\nLeeds Teaching Hospitals NHS Trust",
        None,
    ),
    (
        "Aire Valley Physio",
        "interview",
        "2025-06-17",
        "David Clarke <david@airevalleyphysio.co.uk>",
        "RE: Physiotherapist role - Amira Hassan",
        "Hi Amira,\n\nThanks for your CV. Would you be able to pop in for a chat on Thursday at 5pm, after clinic?\n\n"
        "David Clarke\nClinic Director",
        None,
    ),
    (
        "Bradford District Care NHS Foundation Trust",
        "rejected",
        "2025-06-20",
        "Trac <noreply@trac.jobs>",
        "Application Outcome - Specialist Physiotherapist",
        "Dear Amira,\n\nThank you for your interest in the post of Specialist Physiotherapist - Community "
        "Rehabilitation. Unfortunately, on this occasion you have not been shortlisted for interview.\n\nBradford "
        "District Care NHS Foundation Trust",
        None,
    ),
    (
        "Leeds Teaching Hospitals NHS Trust",
        "offer",
        "2025-07-01",
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "Conditional offer of employment",
        "Dear Amira Hassan,\n\nFollowing your recent interview, we are pleased to make you a conditional offer of "
        "employment for the post of Band 6 Physiotherapist - Musculoskeletal, subject to satisfactory "
        "pre-employment checks.\n\nLeeds Teaching Hospitals NHS Trust",
        None,
    ),
    (
        "Aire Valley Physio",
        "withdrew",
        "2025-07-02",
        ME,
        "RE: Physiotherapist role",
        "Hi David,\n\nThank you for the chat last week. I've accepted a post with the NHS, so I'd like to withdraw "
        "from your process. I hope we cross paths again.\n\nBest wishes,\nAmira",
        "David Clarke <david@airevalleyphysio.co.uk>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "NHS Jobs <no-reply@jobs.nhs.uk>",
        "Pre-employment checks: please upload your documents",
        "onboarding",
        "Dear Amira Hassan, please upload your identity documents and references for your pre-employment checks.",
    ),
    (
        "HCPC <registrations@hcpc-uk.org>",
        "Time to renew your registration",
        "not about an application",
        "Your registration as a physiotherapist is due for renewal by 30 June.",
    ),
    (
        "Chartered Society of Physiotherapy <news@csp.org.uk>",
        "Frontline: June issue",
        "newsletter",
        "News from the profession, CPD events and member offers. Unsubscribe",
    ),
    (
        "NHS Jobs <alerts@jobs.nhs.uk>",
        "New jobs matching your saved search",
        "alert",
        "Physiotherapist Band 5 - Wakefield. Physiotherapist Band 6 - Harrogate. View jobs.",
    ),
    (
        "LTHT Staff Bank <staffbank@leedsth.nhs.uk>",
        "Shifts available this weekend",
        "outreach",
        "Bank shifts for physiotherapists on Ward 21 this weekend. Book through the Bank app.",
    ),
    (
        "Physio CPD Courses <bookings@physiocpd.co.uk>",
        "Shoulder masterclass - places left",
        "shop",
        "Two places left on our shoulder masterclass in Manchester. Book now.",
    ),
    (
        "Layla Ahmed <layla.ahmed22@gmail.com>",
        "drinks friday",
        "personal",
        "Drinks Friday to celebrate the new job?? x",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="12:05:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="07:40:00",
        tag="hundredeightysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), AMIRA)
