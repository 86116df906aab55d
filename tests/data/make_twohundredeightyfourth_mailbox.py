"""A two-hundred-and-eighty-fourth mailbox, written as a held-out check after the two-hundred-and-eighty-third
(issue #24).

Daniela, a bilingual elementary teacher in San Antonio, exports Gmail with Takeout.  School district hiring: TalentEd's
"Your application is complete" for one district, Frontline's AppliTrack receipt for another, a charter network's
Greenhouse board, a principal's "campus interview" with a "model lesson" (the last step), "you have been recommended
for hire" and an "offer of employment contingent on board approval" (the offer), "the position has been filled by
another candidate", and her own thanks and acceptance.  Negatives: the state's certification office, a district's
job fair flyer, Indeed's alert, a teachers' union newsletter, H-E-B, a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANIELA = "daniela.garza.teach@gmail.com"
ME = f"Daniela Garza <{DANIELA}>"

_OWN_TO = {
    "Alamo Heights Unified School District": "Dr. Karen Whitley <kwhitley@ahusd.example>",
    "Mission Springs ISD": "Principal Ruiz <lruiz@missionsprings.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Alamo Heights Unified School District",
        "applied",
        "2025-04-07",
        "Alamo Heights Unified School District <noreply@talentedk12.com>",
        "Your application is complete",
        "Dear Daniela Garza,\n\nThank you for applying to Alamo Heights Unified School District. Your application for "
        "Bilingual Teacher - Elementary (2025-2026) is complete. Campus administrators will contact applicants they "
        "wish to interview.\n\nHuman Resources",
        "a1",
    ),
    (
        "Mission Springs ISD",
        "applied",
        "2025-04-08",
        "Mission Springs ISD <applitrack@missionsprings.example>",
        "Application Received - Mission Springs ISD",
        "Thank you for your interest in Mission Springs ISD. We have received your application for Teacher - "
        "Elementary Bilingual (Job ID 3412). Please log in to your AppliTrack account to check your status.\n\nMission "
        "Springs ISD Human Resources",
        "m1",
    ),
    (
        "Vida Charter Schools",
        "applied",
        "2025-04-09",
        "Vida Charter Schools <no-reply@greenhouse.io>",
        "Thank you for applying to Vida Charter Schools",
        "Hi Daniela,\n\nThank you for applying to teach with Vida Charter Schools! Our talent team reviews applications "
        "on a rolling basis.\n\nVida Talent Team",
        "v1",
    ),
    (
        "Alamo Heights Unified School District",
        "interview",
        "2025-04-15",
        "Dr. Karen Whitley <kwhitley@ahusd.example>",
        "Campus interview - Cambridge Elementary",
        "Dear Ms. Garza,\n\nI reviewed your application and would like to invite you to a campus interview at Cambridge "
        "Elementary on Thursday, April 17 at 3:45 PM with our interview committee.\n\nSincerely,\nDr. Karen Whitley\n"
        "Principal, Cambridge Elementary",
        "a2",
    ),
    (
        "Vida Charter Schools",
        "rejected",
        "2025-04-16",
        "Vida Charter Schools <no-reply@greenhouse.io>",
        "Your application to Vida Charter Schools",
        "Hi Daniela,\n\nThank you for your interest in Vida. The position has been filled by another candidate, and we "
        "will not be moving forward with your application at this time.\n\nVida Talent Team",
        "v1",
    ),
    (
        "Alamo Heights Unified School District",
        "thank_you",
        "2025-04-17",
        ME,
        "Thank you",
        "Dear Dr. Whitley,\n\nThank you for the opportunity to interview today. I loved learning about Cambridge's dual "
        "language program.\n\nSincerely,\nDaniela Garza",
        "a3",
    ),
    (
        "Alamo Heights Unified School District",
        "onsite",
        "2025-04-22",
        "Dr. Karen Whitley <kwhitley@ahusd.example>",
        "Next step - model lesson",
        "Dear Ms. Garza,\n\nThe committee enjoyed meeting you. As our final step, we would like you to teach a "
        "20-minute model lesson to a second grade class on Monday, April 28 at 9:00 AM.\n\nSincerely,\nDr. Whitley",
        "a4",
    ),
    (
        "Mission Springs ISD",
        "interview",
        "2025-04-23",
        "Principal Ruiz <lruiz@missionsprings.example>",
        "Interview invitation - Bilingual Teacher",
        "Good afternoon Ms. Garza,\n\nWe would like to schedule an interview for the Bilingual Teacher position at "
        "Rosedale Elementary. Are you available Friday, April 25 at 4:00 PM?\n\nLeticia Ruiz\nPrincipal, Rosedale "
        "Elementary",
        "m2",
    ),
    (
        "Alamo Heights Unified School District",
        "offer",
        "2025-05-01",
        "AHUSD Human Resources <hr@ahusd.example>",
        "Offer of Employment - Bilingual Teacher",
        "Dear Ms. Garza,\n\nYou have been recommended for hire by the principal of Cambridge Elementary. We are pleased "
        "to extend an offer of employment for a Bilingual Teacher position for the 2025-2026 school year, contingent on "
        "board approval and a background check.\n\nHuman Resources\nAlamo Heights Unified School District",
        "a5",
    ),
    (
        "Alamo Heights Unified School District",
        "accepted",
        "2025-05-02",
        ME,
        "RE: Offer of Employment - Bilingual Teacher",
        "Dear Human Resources,\n\nThank you! I accept the offer and look forward to joining Cambridge Elementary in the "
        "fall.\n\nSincerely,\nDaniela Garza",
        "a5",
    ),
    (
        "Mission Springs ISD",
        "withdrew",
        "2025-05-02",
        ME,
        "RE: Interview invitation - Bilingual Teacher",
        "Dear Principal Ruiz,\n\nThank you for interviewing me last week. I have accepted a position with another "
        "district, so I would like to withdraw my application. I wish Rosedale a wonderful year.\n\nSincerely,\n"
        "Daniela Garza",
        "m2",
    ),
]

_NEGATIVES = [
    (
        "TEA Educator Certification <certification@tea.example>",
        "Your certificate renewal",
        "other",
        "Your Standard Certificate is due for renewal. Log in to your TEAL account to complete your CPE hours.",
    ),
    (
        "Northside ISD Recruiting <recruiting@nisd.example>",
        "Join us at our Teacher Job Fair!",
        "newsletter",
        "Meet principals from 80 campuses at our Teacher Job Fair on May 10. Bring your resume!",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Bilingual Teacher jobs in San Antonio, TX",
        "alert",
        "Bilingual Teacher - Mission Springs ISD. Dual Language Teacher - Vida Charter Schools. ESL Teacher.",
    ),
    (
        "Texas AFT <news@texasaft.example>",
        "Legislative update: teacher pay",
        "newsletter",
        "This week in Austin: the latest on teacher pay raises and school funding.",
    ),
    (
        "H-E-B <digital@heb.example>",
        "Your curbside order is ready",
        "shop",
        "Your curbside order is ready for pickup at the Blanco Rd store.",
    ),
    (
        "Marisa Peña <marisa.pena@gmail.example>",
        "fiesta!",
        "personal",
        "fiesta oyster bake saturday?? let's gooo",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DANIELA,
        own_to=_OWN_TO,
        offset="-0500",
        clock="16:30:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="21:30:00",
        tag="twohundredeightyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
