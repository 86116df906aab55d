"""A two-hundred-and-second mailbox, written as a held-out check after the two-hundred-and-first (issue #24).

Owen, a chemistry teacher in Dublin looking to teach abroad, saved his Outlook mail as .eml files.  International
schools hire through Tes, Schrole and a recruiting agency's candidate file (Search Associates), and answer from
their own domains, often their initials (biskl.edu.my for the British International School of Kuala Lumpur): "the
post of Teacher of Chemistry", an interview over Teams with the Principal at six in the morning his time, a
"two-year contract" as the offer.  Negatives: Tes's alerts and newsletter, the agency's file activation, "viewed"
notice and job fair, the Teaching Council's renewal, an airline, a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OWEN = "owen.gallagher.teach@outlook.com"
ME = f"Owen Gallagher <{OWEN}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "British International School of Kuala Lumpur",
        "applied",
        "2025-01-06",
        "Tes Jobs <jobs@tes.com>",
        "Application submitted: Teacher of Chemistry",
        "Hi Owen,\n\nYour application has been submitted.\n\nTeacher of Chemistry\nBritish International School of "
        "Kuala Lumpur\nKuala Lumpur, Malaysia\n\nThe school will be in touch if you are shortlisted.\n\nTes Jobs",
        None,
    ),
    (
        "Emirates Heritage School",
        "applied",
        "2025-01-08",
        "Schrole <noreply@schrole.com>",
        "Application received - Science Teacher",
        "Dear Owen,\n\nYour application for Science Teacher (Chemistry) at Emirates Heritage School, Abu Dhabi has been "
        "received and shared with the school's recruitment team.\n\nKind regards,\nSchrole",
        None,
    ),
    (
        "British International School of Kuala Lumpur",
        "interview",
        "2025-01-13",
        "HR Department <recruitment@biskl.edu.my>",
        "Teacher of Chemistry - interview",
        "Dear Owen,\n\nThank you for your application for the post of Teacher of Chemistry. We would like to invite "
        "you to an interview via Microsoft Teams with our Principal and Head of Science on Thursday 16 January at "
        "2pm Malaysia time (6am GMT). Please confirm that this suits.\n\nKind regards,\nHR Department\nBritish "
        "International School of Kuala Lumpur",
        None,
    ),
    (
        "International School of Prague",
        "interview",
        "2025-01-15",
        "Search Associates <noreply@searchassociates.com>",
        "Interview request from International School of Prague",
        "Dear Owen,\n\nThe International School of Prague has reviewed your Search Associates file and would like to "
        "interview you for the IB Chemistry position. Please contact the school's recruiter, Hana Novak, at "
        "hnovak@isp.cz to arrange a time.\n\nSearch Associates",
        None,
    ),
    (
        "British International School of Kuala Lumpur",
        "thank_you",
        "2025-01-16",
        ME,
        "Thank you - Teacher of Chemistry interview",
        "Dear Mr Hughes,\n\nThank you for this morning's interview. I very much enjoyed hearing about the new "
        "science building and the school's IGCSE results, and I remain very keen on the post.\n\nKind regards,\n"
        "Owen Gallagher",
        "HR Department <recruitment@biskl.edu.my>",
    ),
    (
        "Emirates Heritage School",
        "rejected",
        "2025-01-20",
        "Schrole <noreply@schrole.com>",
        "Update on your application - Science Teacher",
        "Dear Owen,\n\nThank you for your interest in Emirates Heritage School. Unfortunately, the school has decided "
        "not to progress your application for Science Teacher (Chemistry) at this time.\n\nKind regards,\nSchrole",
        None,
    ),
    (
        "International School of Prague",
        "offer",
        "2025-01-27",
        "Hana Novak <hnovak@isp.cz>",
        "Offer of contract - IB Chemistry",
        "Dear Owen,\n\nThank you for taking the time to speak with our Director and Head of Secondary last week. We "
        "are pleased to offer you a two-year contract as Teacher of IB Chemistry, commencing 1 August 2025. The "
        "contract and benefits summary are attached; we would be grateful for your reply within one week.\n\n"
        "Warm regards,\nHana Novak\nHR and Recruitment Manager\nInternational School of Prague",
        None,
    ),
    (
        "International School of Prague",
        "accepted",
        "2025-01-29",
        ME,
        "RE: Offer of contract - IB Chemistry",
        "Dear Hana,\n\nThank you very much. I am delighted to accept the offer and have signed and attached the "
        "contract. I look forward to joining ISP in August.\n\nKind regards,\nOwen",
        "Hana Novak <hnovak@isp.cz>",
    ),
    (
        "British International School of Kuala Lumpur",
        "withdrew",
        "2025-01-29",
        ME,
        "Teacher of Chemistry - Owen Gallagher",
        "Dear HR team,\n\nThank you again for the interview. I have accepted a position at another school and would "
        "like to withdraw my application for the post of Teacher of Chemistry. I wish you every success with the "
        "appointment.\n\nKind regards,\nOwen Gallagher",
        "HR Department <recruitment@biskl.edu.my>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Tes Jobs <alerts@tes.com>",
        "12 new jobs matching 'Chemistry teacher - international'",
        "alert",
        "Teacher of Chemistry - Doha\nScience Teacher - Bangkok\nHead of Science - Shanghai\nView all jobs.",
    ),
    (
        "Search Associates <noreply@searchassociates.com>",
        "Your candidate file is now active",
        "other",
        "Dear Owen, your references have been received and your file is now active. Schools can now view it and "
        "contact you.",
    ),
    (
        "Search Associates <noreply@searchassociates.com>",
        "A school has viewed your file",
        "viewed",
        "Good news - a school has viewed your Search Associates file this week.",
    ),
    (
        "Search Associates Events <events@searchassociates.com>",
        "London Job Fair: book your place",
        "newsletter",
        "Our London Job Fair runs 24-26 January. Book your place and your hotel; schools will hold interviews on site.",
    ),
    (
        "Tes <newsletter@tes.com>",
        "Tes Weekly: moving abroad to teach",
        "newsletter",
        "This week: what to ask at an international school interview, and how to read a package.",
    ),
    (
        "The Teaching Council <registration@teachingcouncil.example>",
        "Annual registration renewal",
        "other",
        "Your annual registration with the Teaching Council is due for renewal by 31 January.",
    ),
    (
        "Aer Lingus <noreply@aerlingus.example>",
        "Your trip to Prague is confirmed",
        "other",
        "Booking reference 7QXK2L. Dublin to Prague, 28 July.",
    ),
    (
        "Ciaran Byrne <ciaranbyrne@gmail.com>",
        "prague!!",
        "personal",
        "Heard you're off to Prague - pints before you go?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0000",
        clock="07:55:00",
        neg_start="2025-01-05",
        neg_step=3,
        neg_clock="21:05:00",
        tag="twohundredtwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), OWEN)
