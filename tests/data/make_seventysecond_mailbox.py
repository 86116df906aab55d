"""A seventy-second mailbox, written as a held-out check after the seventy-first's fixes (issue #24).

Maria, a middle-school science teacher near Denver, exports Gmail with Takeout.  School districts hire in their own
words: Frontline (AppliTrack) and SchoolSpring; a principal's "interview committee", a "demo lesson" as the last
round, a "recommendation for hire" that waits for the Board's approval, fingerprinting afterwards; refusals "the
position has been filled" and "we have decided to go in a different direction"; her thank-you note, her
acceptance and her withdrawal from another district.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.  The truth first called one district by a shorthand
("Foothills Unified"); its mail signs the full name, "Foothills Unified School District", and the reader gave it, so
the truth was changed to it after the first read (which is scored with the shorthand).
"""

from __future__ import annotations

from pathlib import Path

MARIA = "maria.esposito.teaches@gmail.com"
_ME = f"Maria Esposito <{MARIA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Aurora Ridge School District (Frontline; screening call; committee; demo lesson; recommendation for hire)
    (
        "Aurora Ridge School District",
        "applied",
        "2025-04-14",
        "Aurora Ridge School District <noreply@applitrack.com>",
        "Application Received - Aurora Ridge School District",
        "Dear Maria Esposito,\n\nThank you for your interest in employment with Aurora Ridge School District. Your "
        "application for Middle School Science Teacher (Job ID 2231) has been received and will be reviewed by the "
        "hiring administrator.\n\nHuman Resources\nAurora Ridge School District",
        "ar1",
    ),
    (
        "Aurora Ridge School District",
        "screen",
        "2025-04-22",
        "Denise Carter <dcarter@arsd.k12.co.us>",
        "Science Teacher position - Prairie View Middle School",
        "Hi Maria,\n\nI'm the assistant principal at Prairie View Middle School. I'd love to set up a brief phone "
        "call to learn more about you and your teaching experience before we schedule committee interviews. Are you "
        "available Thursday after 3:30?\n\nDenise Carter\nAssistant Principal",
        "ar2",
    ),
    (
        "Aurora Ridge School District",
        "interview",
        "2025-04-28",
        "Denise Carter <dcarter@arsd.k12.co.us>",
        "Re: Science Teacher position - Prairie View Middle School",
        "Hi Maria,\n\nThank you for speaking with me. Our interview committee (the principal, the science department "
        "chair and a parent representative) would like to meet with you on Monday, May 5 at 4:00 pm in the main "
        "office conference room.\n\nDenise",
        "ar2",
    ),
    (
        "Aurora Ridge School District",
        "thank_you",
        "2025-05-05",
        _ME,
        "Re: Science Teacher position - Prairie View Middle School",
        "Hi Denise,\n\nThank you and the committee for your time this afternoon. I enjoyed learning about the "
        "science department's project-based units.\n\nBest,\nMaria",
        "ar2",
    ),
    (
        "Aurora Ridge School District",
        "onsite",
        "2025-05-08",
        "Denise Carter <dcarter@arsd.k12.co.us>",
        "Demo lesson - Prairie View Middle School",
        "Hi Maria,\n\nThe committee enjoyed meeting you. As the final step, we'd like you to teach a 20-minute demo "
        "lesson to a 7th grade class on Wednesday, May 14 at 10:15 am. Any topic from the 7th grade standards is "
        "fine.\n\nDenise",
        "ar3",
    ),
    (
        "Aurora Ridge School District",
        "offer",
        "2025-05-19",
        "Robert Nguyen <rnguyen@arsd.k12.co.us>",
        "Recommendation for Hire - Science Teacher",
        "Dear Maria,\n\nI am pleased to let you know that I am recommending you for hire as a Science Teacher at "
        "Prairie View Middle School for the 2025-26 school year, placed on Step 5 of the salary schedule. The "
        "recommendation is contingent upon Board of Education approval on June 3.\n\nRobert Nguyen\nPrincipal",
        "ar4",
    ),
    (
        "Aurora Ridge School District",
        "accepted",
        "2025-05-20",
        _ME,
        "Re: Recommendation for Hire - Science Teacher",
        "Dear Mr. Nguyen,\n\nThank you so much! I'm thrilled to accept and I look forward to joining Prairie View.\n\n"
        "Sincerely,\nMaria Esposito",
        "ar4",
    ),
    # Foothills Unified (SchoolSpring; a refusal)
    (
        "Foothills Unified School District",
        "applied",
        "2025-04-15",
        "SchoolSpring <noreply@schoolspring.com>",
        "Your application has been submitted",
        "Hello Maria,\n\nYour application for Science Teacher - Grade 8 at Foothills Unified School District has been "
        "submitted successfully.\n\nThe SchoolSpring Team",
        "fu1",
    ),
    (
        "Foothills Unified School District",
        "rejected",
        "2025-05-02",
        "Foothills Unified HR <hr@foothillsunified.org>",
        "Science Teacher - Grade 8",
        "Dear Maria,\n\nThank you for your interest in Foothills Unified School District. The position of Science "
        "Teacher - Grade 8 has been filled. We encourage you to apply for future openings.\n\nHuman Resources\n"
        "Foothills Unified School District",
        "fu2",
    ),
    # Cherry Creek Academy (a charter school: her own application; an interview; she withdraws)
    (
        "Cherry Creek Academy",
        "applied",
        "2025-04-16",
        _ME,
        "Application - 6th Grade Science Teacher - Maria Esposito",
        "Dear Hiring Committee,\n\nPlease find attached my cover letter, resume and Colorado teaching license for the "
        "6th Grade Science Teacher position.\n\nSincerely,\nMaria Esposito",
        "cc1",
    ),
    (
        "Cherry Creek Academy",
        "interview",
        "2025-04-25",
        "Alicia Moreno <amoreno@cherrycreekacademy.org>",
        "Re: Application - 6th Grade Science Teacher - Maria Esposito",
        "Dear Maria,\n\nThank you for applying. We would like to invite you to interview with our head of school and "
        "two lead teachers on Friday, May 2 at 1:00 pm on campus.\n\nAlicia Moreno\nOperations Manager",
        "cc1",
    ),
    (
        "Cherry Creek Academy",
        "withdrew",
        "2025-05-20",
        _ME,
        "Re: Application - 6th Grade Science Teacher - Maria Esposito",
        "Dear Ms. Moreno,\n\nThank you for considering me. I have accepted a position with another district, so I "
        "would like to withdraw from consideration.\n\nSincerely,\nMaria Esposito",
        "cc1",
    ),
    # Mesa Verde Schools (Frontline; a different direction)
    (
        "Mesa Verde Schools",
        "applied",
        "2025-04-18",
        "Mesa Verde Schools <noreply@applitrack.com>",
        "Application Received - Mesa Verde Schools",
        "Dear Maria Esposito,\n\nThank you for applying for the position of Science Interventionist with Mesa Verde "
        "Schools. Your application will be reviewed.\n\nMesa Verde Schools Human Resources",
        "mv1",
    ),
    (
        "Mesa Verde Schools",
        "rejected",
        "2025-05-09",
        "Mesa Verde Schools <noreply@applitrack.com>",
        "Science Interventionist",
        "Dear Maria Esposito,\n\nThank you for your interest in the Science Interventionist position. After reviewing "
        "all applicants, we have decided to go in a different direction. We wish you well in your job search.\n\n"
        "Mesa Verde Schools Human Resources",
        "mv2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "K12JobSpot <alerts@k12jobspot.com>",
        "New teaching jobs near Denver, CO",
        "alert",
        "Science Teacher - Aurora Ridge School District\nMath Teacher - Foothills Unified\nView all jobs",
    ),
    (
        "Aurora Ridge School District <hr@arsd.k12.co.us>",
        "New Hire Fingerprinting Instructions",
        "onboarding",
        "Dear Maria,\n\nWelcome to Aurora Ridge! Please schedule your fingerprinting appointment and complete the "
        "background check before your first day.\n\nHuman Resources",
    ),
    (
        "SchoolSpring <news@schoolspring.com>",
        "5 tips for your teaching interview",
        "newsletter",
        "Prepare for your demo lesson and committee interview with these tips. Unsubscribe",
    ),
    (
        "Jason Hill <jhill@teachersrecruit.com>",
        "STEM teaching opportunities in Colorado Springs",
        "outreach",
        "Hi Maria, I recruit teachers for charter networks in Colorado Springs and saw your profile. Open to a quick "
        "call about a STEM teaching role?",
    ),
    (
        "Colorado Education Association <news@coloradoea.org>",
        "Member news: bargaining update",
        "newsletter",
        "The latest on bargaining, licensure and member benefits. Unsubscribe",
    ),
    (
        "Tony Esposito <tony.esposito@yahoo.com>",
        "proud of you",
        "personal",
        "Mom told me about the demo lesson! Let's celebrate when you hear back.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MARIA,
        own_to={
            "Aurora Ridge School District": "Denise Carter <dcarter@arsd.k12.co.us>",
            "Cherry Creek Academy": "Alicia Moreno <amoreno@cherrycreekacademy.org>",
        },
        offset="-0600",
        clock="15:40:00",
        neg_start="2025-04-19",
        neg_step=6,
        neg_clock="06:55:00",
        tag="seventytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
