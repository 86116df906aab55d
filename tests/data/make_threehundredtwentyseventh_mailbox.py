"""A three-hundred-and-twenty-seventh mailbox, written as a held-out check after the three-hundred-and-twenty-sixth
(issue #24).

Keisha, a medical office manager in Atlanta, exports Gmail with Takeout.  Healthcare administration as it hires:
Taleo's "Thank you for your interest in Peachtree Orthopedics", Jobvite's receipt for a dental group, Spark Hire's
"Peachtree Orthopedics has invited you to a one-way video interview", a practice administrator's "We'd like to move
you forward to the next step - an in-person interview with our physicians", her own follow-up a week after applying
and her thank-you note, "We have decided to pursue other applicants whose experience more closely aligns", "Per our
conversation, I'm pleased to confirm our offer", her acceptance.  Negatives: Taleo's "your application is
incomplete" for a third employer, Indeed's alert, a Georgia Power bill, a Kroger promotion, a MARTA notice, her
cousin.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KEISHA = "keisha.m.williams.om@gmail.com"
ME = f"Keisha Williams <{KEISHA}>"

_OWN_TO = {
    "Peachtree Orthopedics": "Linda Foster <lfoster@peachtreeortho.example>",
    "Magnolia Dental Partners": "Magnolia Dental Partners Careers <careers@magnoliadental.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Peachtree Orthopedics",
        "applied",
        "2025-03-10",
        "Peachtree Orthopedics <peachtreeortho@taleo.net>",
        "Thank you for your interest in Peachtree Orthopedics",
        "Dear Keisha Williams,\n\nThank you for your interest in Peachtree Orthopedics. We have received your "
        "application for Practice Manager (Requisition 25-0341) and will review your qualifications.\n\nSincerely,\n"
        "Human Resources",
        "p1",
    ),
    (
        "Magnolia Dental Partners",
        "applied",
        "2025-03-11",
        "Magnolia Dental Partners <notifications@jobvite.com>",
        "Thank you for applying to Magnolia Dental Partners",
        "Hi Keisha,\n\nThank you for applying for the Office Manager - Buckhead position. A member of our team will "
        "review your application.\n\nMagnolia Dental Partners Recruiting",
        "m1",
    ),
    (
        "Peachtree Orthopedics",
        "interview",
        "2025-03-14",
        "Peachtree Orthopedics via Spark Hire <noreply@sparkhire.com>",
        "Peachtree Orthopedics has invited you to a one-way video interview",
        "Hi Keisha,\n\nPeachtree Orthopedics has invited you to complete a one-way video interview for the Practice "
        "Manager position. You'll answer 5 questions on your own time; please complete it by March 19.\n\nSpark Hire",
        "p2",
    ),
    (
        "Magnolia Dental Partners",
        "follow_up",
        "2025-03-18",
        ME,
        "Office Manager - Buckhead application",
        "Hello,\n\nI applied for the Office Manager - Buckhead position last week and wanted to follow up to reiterate my "
        "interest. I have eight years of experience managing multi-provider dental offices.\n\nThank you,\nKeisha "
        "Williams",
        "m2",
    ),
    (
        "Peachtree Orthopedics",
        "onsite",
        "2025-03-21",
        "Linda Foster <lfoster@peachtreeortho.example>",
        "Practice Manager - next step",
        "Hi Keisha,\n\nThank you for completing the video interview. We'd like to move you forward to the next step - an "
        "in-person interview with our managing physicians and me on Thursday, March 27 at 12:30 PM at our Midtown "
        "clinic.\n\nLinda Foster\nPractice Administrator, Peachtree Orthopedics",
        "p3",
    ),
    (
        "Magnolia Dental Partners",
        "rejected",
        "2025-03-24",
        "Magnolia Dental Partners <notifications@jobvite.com>",
        "Your application with Magnolia Dental Partners",
        "Hi Keisha,\n\nThank you for your interest in the Office Manager - Buckhead position. We have decided to pursue "
        "other applicants whose experience more closely aligns with our needs.\n\nMagnolia Dental Partners Recruiting",
        "m1",
    ),
    (
        "Peachtree Orthopedics",
        "thank_you",
        "2025-03-27",
        ME,
        "Re: Practice Manager - next step",
        "Hi Linda,\n\nThank you for your time today, and please thank Dr. Patel and Dr. Owens for me. I enjoyed learning "
        "about the new Midtown clinic and would love to help lead the team.\n\nBest regards,\nKeisha",
        "p3",
    ),
    (
        "Peachtree Orthopedics",
        "offer",
        "2025-04-02",
        "Linda Foster <lfoster@peachtreeortho.example>",
        "Offer - Practice Manager",
        "Hi Keisha,\n\nPer our conversation, I'm pleased to confirm our offer for the Practice Manager position at "
        "$78,000 per year with full benefits, starting April 21. The formal letter is attached.\n\nLinda",
        "p4",
    ),
    (
        "Peachtree Orthopedics",
        "accepted",
        "2025-04-03",
        ME,
        "Re: Offer - Practice Manager",
        "Hi Linda,\n\nI'm happy to accept the offer - signed letter attached. See you on April 21!\n\nKeisha",
        "p4",
    ),
]

_NEGATIVES = [
    (
        "Northside Pediatrics <northsidepeds@taleo.net>",
        "Your application is incomplete",
        "reminder",
        "You started an application for Clinic Manager but did not submit it. Log in to complete your application.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Office Manager jobs in Atlanta, GA",
        "alert",
        "Medical Office Manager - Sandy Springs. Practice Manager - Decatur. Easily apply.",
    ),
    (
        "Georgia Power <billing@georgiapower.example>",
        "Your bill is ready",
        "other",
        "Your Georgia Power bill of $162.77 is ready to view.",
    ),
    (
        "Kroger <kroger@kroger.example>",
        "Digital deals this week",
        "shop",
        "Load this week's digital deals to your card.",
    ),
    (
        "MARTA <alerts@itsmarta.example>",
        "Service alert: Red Line",
        "other",
        "Red Line trains are single-tracking between Lindbergh and Arts Center this weekend.",
    ),
    (
        "Tasha Williams <tasha.williams@gmail.example>",
        "cookout",
        "personal",
        "cookout at granny's saturday, bring the mac and cheese!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KEISHA,
        own_to=_OWN_TO,
        offset="-0400",
        clock="12:40:00",
        neg_start="2025-03-09",
        neg_step=4,
        neg_clock="20:15:00",
        tag="threehundredtwentyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
