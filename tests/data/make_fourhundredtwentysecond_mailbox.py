"""A four-hundred-and-twenty-second mailbox, written as a held-out check after the four-hundred-and-twenty-first
(issue #24).

Rachel, a middle-school science teacher moving to Phoenix, keeps her search in Gmail and exports it with Takeout.
School districts hire through their own systems, in their own words: Frontline's "Thank you for applying to Desert
Vista Unified School District" (posting #4471), a district's "Your application has been forwarded to the principal",
a principal's "Would you be available to interview with our team on Thursday?", a "demo lesson", "You have been
recommended for hire, pending Governing Board approval", "The Governing Board approved your contract", a charter
network's "We have decided to move forward with other candidates for this position", a district's "The position has
been filled", and her own "I am pleased to accept" and a thank-you after the interview.  Negatives: the state's
certification office, a job fair, a TeacherTalk newsletter, a school-supply store, the moving company and her mom.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RACHEL = "rachel.kim.science@gmail.com"
ME = f"Rachel Kim <{RACHEL}>"
PRINCIPAL = "Dr. Maria Alvarez <malvarez@dvusd.example>"
DVUSD = "Desert Vista USD Human Resources <hr@dvusd.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Desert Vista Unified School District",
        "applied",
        "2025-04-07",
        "Desert Vista Unified School District <noreply@applitrack.example>",
        "Thank you for applying to Desert Vista Unified School District",
        "Dear Rachel Kim,\n\nThank you for applying to Desert Vista Unified School District for posting #4471, Middle "
        "School Science Teacher (2025-26). Your application has been received.\n\nHuman Resources",
        "t-dv",
    ),
    (
        "Sonoran Prep Academies",
        "applied",
        "2025-04-08",
        "Sonoran Prep Academies <no-reply@hire.lever.co>",
        "Thanks for applying to Sonoran Prep Academies",
        "Hi Rachel,\n\nThanks for applying for the 7th Grade Science Teacher role at Sonoran Prep Academies. We'll be "
        "in touch soon.\n\nSonoran Prep Talent Team",
        "t-sp",
    ),
    (
        "Mesa Ridge School District",
        "applied",
        "2025-04-09",
        "Mesa Ridge School District <noreply@applitrack.example>",
        "Application Received - Science Teacher, Grades 6-8",
        "Dear Rachel,\n\nThank you for your interest in Mesa Ridge School District. Your application for Science "
        "Teacher, Grades 6-8 has been received.",
        "t-mr",
    ),
    (
        "Desert Vista Unified School District",
        "screen",
        "2025-04-14",
        DVUSD,
        "Application status - posting #4471",
        "Dear Rachel,\n\nYour application for posting #4471 has been reviewed by Human Resources and forwarded to the "
        "principal of Saguaro Middle School for consideration.\n\nHuman Resources",
        "t-dv2",
    ),
    (
        "Desert Vista Unified School District",
        "interview",
        "2025-04-16",
        PRINCIPAL,
        "Interview - Science Teacher, Saguaro Middle School",
        "Hello Ms. Kim,\n\nI reviewed your application and would love to talk with you. Would you be available to "
        "interview with our team on Thursday, April 24 at 3:30 PM? Please plan to teach a 15-minute demo lesson on "
        "ecosystems.\n\nDr. Maria Alvarez\nPrincipal, Saguaro Middle School",
        "t-dv3",
    ),
    (
        "Sonoran Prep Academies",
        "rejected",
        "2025-04-18",
        "Sonoran Prep Academies <no-reply@hire.lever.co>",
        "Your application to Sonoran Prep Academies",
        "Hi Rachel,\n\nThank you for your interest in Sonoran Prep. We have decided to move forward with other "
        "candidates for this position.\n\nSonoran Prep Talent Team",
        "t-sp2",
    ),
    (
        "Desert Vista Unified School District",
        "thank_you",
        "2025-04-24",
        ME,
        "Thank you - Science Teacher interview",
        "Dear Dr. Alvarez,\n\nThank you for the opportunity to interview today and to teach the ecosystems lesson. I "
        "enjoyed meeting your team and would be thrilled to join Saguaro.\n\nSincerely,\nRachel Kim",
        "t-dv4",
    ),
    (
        "Desert Vista Unified School District",
        "offer",
        "2025-04-29",
        DVUSD,
        "Recommendation for hire - posting #4471",
        "Dear Rachel,\n\nCongratulations! You have been recommended for hire as a Science Teacher at Saguaro Middle "
        "School, pending Governing Board approval on May 13. Your salary placement is Step 4, $56,800.\n\nHuman "
        "Resources",
        "t-dv5",
    ),
    (
        "Desert Vista Unified School District",
        "accepted",
        "2025-04-30",
        ME,
        "RE: Recommendation for hire - posting #4471",
        "Dear Human Resources,\n\nThank you! I am pleased to accept the position and will complete the onboarding "
        "paperwork this week.\n\nRachel Kim",
        "t-dv5",
    ),
    (
        "Mesa Ridge School District",
        "rejected",
        "2025-05-02",
        "Mesa Ridge School District <noreply@applitrack.example>",
        "Science Teacher, Grades 6-8",
        "Dear Rachel,\n\nThank you for applying. The position has been filled. We encourage you to apply for future "
        "openings.",
        "t-mr2",
    ),
]

_NEGATIVES = [
    (
        "AZ Department of Education <certification@azed.example>",
        "Your certification application",
        "other",
        "Your application for a Standard Professional Teaching Certificate has been received and is being processed.",
    ),
    (
        "Phoenix Teacher Job Fair <info@teacherjobfair.example>",
        "Meet 40 districts on April 26",
        "newsletter",
        "Register for the spring teacher job fair. Bring copies of your resume.",
    ),
    (
        "TeacherTalk <newsletter@teachertalk.example>",
        "5 interview questions every principal asks",
        "newsletter",
        "How to answer 'Tell me about your classroom management'. Unsubscribe.",
    ),
    (
        "Lakeshore Learning <orders@lakeshore.example>",
        "Your order has shipped",
        "shop",
        "Your order of lab goggles has shipped.",
    ),
    (
        "Two Men and a Truck <moves@tmt.example>",
        "Your moving quote",
        "other",
        "Your estimate for June 14 is ready.",
    ),
    (
        "Grace Kim <gracekim56@gmail.example>",
        "house hunting",
        "personal",
        "Did you look at the one in Tempe?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RACHEL,
        own_to={"Desert Vista Unified School District": DVUSD},
        offset="-0700",
        clock="14:00:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="19:50:00",
        tag="fourhundredtwentytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
