"""A two-hundred-and-fifty-fifth mailbox, written as a held-out check after the two-hundred-and-fifty-fourth
(issue #24).

Farah, a marketing manager in Dubai, exports Gmail with Takeout.  Gulf hiring: Bayt's and GulfTalent's receipts,
companies written "LLC", "FZ-LLC" and "DMCC", "Dear Candidate", a "Teams interview with the Line Manager", "Kindly
share your passport copy and visa status", an "offer letter" with "housing allowance", a group written "Al Noor
Trading" from an "alnoor-group" domain, and "your profile does not match our requirements at this time".
Negatives: Bayt's job alerts, Emirates NBD, Careem, an expo's invitation, a friend.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

FARAH = "farah.haddad.mktg@gmail.com"
ME = f"Farah Haddad <{FARAH}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Desert Pearl Hospitality",
        "applied",
        "2025-09-01",
        "Bayt.com <noreply@bayt.com>",
        "Your application to Desert Pearl Hospitality LLC",
        "Dear Farah,\n\nYour application for Marketing Manager at Desert Pearl Hospitality LLC has been sent "
        "successfully. The employer will contact you if your profile is shortlisted.\n\nBayt.com",
        "d1",
    ),
    (
        "Falcon Media",
        "applied",
        "2025-09-02",
        "GulfTalent <noreply@gulftalent.com>",
        "Application confirmation: Brand Manager",
        "Dear Farah Haddad,\n\nThank you for applying for the position of Brand Manager with Falcon Media FZ-LLC "
        "through GulfTalent. The employer will review your application.\n\nGulfTalent",
        "f1",
    ),
    (
        "Al Noor Trading",
        "applied",
        "2025-09-03",
        "Al Noor Careers <careers@alnoor-group.ae>",
        "Application Received",
        "Dear Candidate,\n\nThank you for your interest in Al Noor Trading. We have received your application for the "
        "Marketing Manager position. Our HR team will contact you if your profile matches our requirements.\n\n"
        "Best Regards,\nHuman Resources\nAl Noor Trading LLC",
        "n1",
    ),
    (
        "Desert Pearl Hospitality",
        "interview",
        "2025-09-08",
        "Rania Khalil <rania.khalil@desertpearl.ae>",
        "Interview - Marketing Manager",
        "Dear Farah,\n\nThank you for your application. We would like to invite you for a Teams interview with the "
        "Line Manager on Wednesday 10th September at 11:00 AM (UAE time). Kindly confirm.\n\nBest Regards,\nRania "
        "Khalil\nTalent Acquisition Specialist\nDesert Pearl Hospitality LLC",
        "d2",
    ),
    (
        "Al Noor Trading",
        "rejected",
        "2025-09-10",
        "Al Noor Careers <careers@alnoor-group.ae>",
        "Your application",
        "Dear Candidate,\n\nThank you for your interest in Al Noor Trading. We regret to inform you that your profile "
        "does not match our requirements at this time. We will keep your CV on file.\n\nBest Regards,\nHuman "
        "Resources",
        "n1",
    ),
    (
        "Falcon Media",
        "screen",
        "2025-09-11",
        "Omar Saeed <omar.saeed@falconmedia.ae>",
        "Brand Manager role - quick call",
        "Hi Farah,\n\nI'm with the HR team at Falcon Media. Could we have a quick call tomorrow to discuss your "
        "experience and notice period?\n\nRegards,\nOmar Saeed\nHR Executive",
        "f2",
    ),
    (
        "Desert Pearl Hospitality",
        "onsite",
        "2025-09-15",
        "Rania Khalil <rania.khalil@desertpearl.ae>",
        "Final interview - Marketing Manager",
        "Dear Farah,\n\nThe Line Manager was pleased with your interview. We would like to invite you for a final "
        "interview with our General Manager at our Jumeirah office on Thursday at 2:00 PM. Kindly share your passport "
        "copy and visa status ahead of the meeting.\n\nBest Regards,\nRania",
        "d2",
    ),
    (
        "Falcon Media",
        "rejected",
        "2025-09-18",
        "Omar Saeed <omar.saeed@falconmedia.ae>",
        "RE: Brand Manager role - quick call",
        "Hi Farah,\n\nThank you for your time on the call. The hiring manager has decided to proceed with a candidate "
        "who is available immediately. We wish you the best.\n\nRegards,\nOmar",
        "f2",
    ),
    (
        "Desert Pearl Hospitality",
        "offer",
        "2025-09-24",
        "Rania Khalil <rania.khalil@desertpearl.ae>",
        "Offer Letter - Marketing Manager",
        "Dear Farah,\n\nCongratulations! Please find attached your offer letter for the position of Marketing Manager, "
        "with a basic salary of AED 22,000 plus housing allowance. Kindly sign and return it within 3 working days."
        "\n\nBest Regards,\nRania",
        "d3",
    ),
    (
        "Desert Pearl Hospitality",
        "accepted",
        "2025-09-25",
        ME,
        "RE: Offer Letter - Marketing Manager",
        "Dear Rania,\n\nThank you very much. Please find attached the signed offer letter. I am happy to accept and "
        "look forward to joining.\n\nBest Regards,\nFarah",
        "d3",
    ),
]

_OWN_TO = {"Desert Pearl Hospitality": "Rania Khalil <rania.khalil@desertpearl.ae>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Bayt.com <jobs@bayt.com>",
        "New jobs matching your profile: Marketing Manager",
        "alert",
        "Marketing Manager - Dubai; Brand Manager - Abu Dhabi; Digital Marketing Lead - Sharjah.",
    ),
    (
        "Emirates NBD <alerts@emiratesnbd.example>",
        "Your credit card statement",
        "other",
        "Your credit card statement for August is now available.",
    ),
    (
        "Careem <no-reply@careem.example>",
        "Your ride receipt",
        "other",
        "Thanks for riding with Careem. Total: AED 34.50.",
    ),
    (
        "GITEX Global <info@gitex.example>",
        "You're invited: GITEX Global 2025",
        "newsletter",
        "Register now for GITEX Global at Dubai World Trade Centre, 13-17 October.",
    ),
    (
        "Lina Mansour <lina.mansour@hotmail.example>",
        "Brunch Friday?",
        "personal",
        "Brunch Friday at the usual place? 1pm?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=FARAH,
        own_to=_OWN_TO,
        offset="+0400",
        clock="10:15:00",
        neg_start="2025-08-31",
        neg_step=6,
        neg_clock="21:40:00",
        tag="twohundredfiftyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
