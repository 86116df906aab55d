"""A six-hundred-and-third mailbox, written as a held-out check after the six-hundred-and-second (issue #24).

Megan Foster, a teacher in Phoenix, exports her Gmail with Takeout. Arizona school districts and a charter network
write through Frontline (AppliTrack), their own HR offices and principals: Frontline's "Your application has been
received" for Mesa Public Schools, Scottsdale Unified's "Application Confirmation", Great Hearts Academies' Workable
"Thanks for applying to Great Hearts", Mesa's principal's "We would like to schedule an interview with our hiring
committee", Scottsdale's "the position has been filled", Great Hearts' "demo lesson" on a campus (its last round),
Mesa's "We are conducting reference checks", Great Hearts' "we have decided to move forward with other candidates",
Mesa's HR "Recommendation for hire" and "offer of employment, contingent upon Governing Board approval", her "I accept
the position" and her thanks after the committee interview. Negatives: K12JobSpot's alert, Education Week's
newsletter, a tutoring company's recruiting mail, Mesa's own district newsletter (a district she applied to), APS and
her friend. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.

The truth first named the charter network "Great Hearts" (its subjects' word); its sender, its receipt's text and its
domain (greatheartsamerica) say "Great Hearts Academies", and the reader keeps the sender's fuller name ("Zillow
Group", the 579th's "AVL List"): the truth was set to it after the first read, a name with two right answers.
"""

from __future__ import annotations

from pathlib import Path

MEGAN = "megan.foster.teach@gmail.com"
ME = f"Megan Foster <{MEGAN}>"
FRONTLINE = "Mesa Public Schools <noreply@applitrack.example>"
SUSD = "Scottsdale Unified HR <hr@susd.example>"
GH = "Great Hearts Academies <noreply@greathearts.workable.example>"
PRINCIPAL = "Dr. Karen Ruiz <kruiz@mpsaz.example>"
MESAHR = "Mesa Public Schools Human Resources <hr@mpsaz.example>"
GHP = "Daniel Price <dprice@greatheartsamerica.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Mesa Public Schools",
        "applied",
        "2025-04-01",
        FRONTLINE,
        "Your application has been received",
        "Dear Megan Foster,\n\nYour application for 4th Grade Teacher (JobID 28815) with Mesa Public Schools has been "
        "received.\n\nMesa Public Schools",
        "t-mesa",
    ),
    (
        "Scottsdale Unified",
        "applied",
        "2025-04-02",
        SUSD,
        "Application Confirmation",
        "Dear Megan,\n\nThis confirms that Scottsdale Unified School District has received your application for "
        "Elementary Teacher - Grade 4.\n\nSUSD Human Resources",
        "t-susd",
    ),
    (
        "Great Hearts Academies",
        "applied",
        "2025-04-03",
        GH,
        "Thanks for applying to Great Hearts",
        "Hi Megan,\n\nThanks for applying to the 4th Grade Teacher position at Great Hearts Academies. We'll review your "
        "application soon.\n\nGreat Hearts Talent",
        "t-gh",
    ),
    (
        "Mesa Public Schools",
        "interview",
        "2025-04-10",
        PRINCIPAL,
        "Interview - 4th Grade Teacher",
        "Dear Ms. Foster,\n\nThank you for your interest in Lincoln Elementary. We would like to schedule an interview "
        "with our hiring committee on Wednesday, April 16 at 3:45 pm.\n\nDr. Karen Ruiz\nPrincipal, Lincoln "
        "Elementary",
        "t-mesa2",
    ),
    (
        "Scottsdale Unified",
        "rejected",
        "2025-04-11",
        SUSD,
        "Elementary Teacher - Grade 4",
        "Dear Megan,\n\nThank you for your interest in Scottsdale Unified. Please be advised that the position has been "
        "filled.\n\nSUSD Human Resources",
        "t-susd",
    ),
    (
        "Great Hearts Academies",
        "onsite",
        "2025-04-14",
        GHP,
        "Demo lesson at Great Hearts Archway",
        "Hi Megan,\n\nWe enjoyed your phone interview. As the final step, we'd like you to teach a 20-minute demo lesson "
        "at our Archway Chandler campus on April 22 and meet the headmaster.\n\nDaniel Price\nDean of Students",
        "t-gh2",
    ),
    (
        "Mesa Public Schools",
        "thank_you",
        "2025-04-16",
        ME,
        "RE: Interview - 4th Grade Teacher",
        "Dear Dr. Ruiz,\n\nThank you and the committee for meeting with me this afternoon. I would love to join Lincoln "
        "Elementary.\n\nSincerely,\nMegan Foster",
        "t-mesa2",
    ),
    (
        "Great Hearts Academies",
        "rejected",
        "2025-04-25",
        GHP,
        "RE: Demo lesson at Great Hearts Archway",
        "Hi Megan,\n\nThank you for teaching the lesson. After careful consideration, we have decided to move forward "
        "with other candidates.\n\nDaniel Price",
        "t-gh2",
    ),
    (
        "Mesa Public Schools",
        "offer",
        "2025-04-28",
        MESAHR,
        "Offer of Employment - 4th Grade Teacher",
        "Dear Megan,\n\nFollowing the principal's recommendation for hire, we are pleased to extend an offer of "
        "employment for the 2025-26 school year, contingent upon Governing Board approval.\n\nMesa Public Schools "
        "Human Resources",
        "t-mesa3",
    ),
    (
        "Mesa Public Schools",
        "accepted",
        "2025-04-29",
        ME,
        "RE: Offer of Employment - 4th Grade Teacher",
        "Dear HR team,\n\nI accept the position and look forward to the school year.\n\nSincerely,\nMegan Foster",
        "t-mesa3",
    ),
]

_NEGATIVES = [
    (
        "K12JobSpot <alerts@k12jobspot.example>",
        "New teaching jobs near Phoenix",
        "alert",
        "3rd Grade Teacher - Gilbert. 4th Grade Teacher - Tempe. View jobs.",
    ),
    (
        "Education Week <newsletters@edweek.example>",
        "Teaching Now",
        "newsletter",
        "Classroom strategies for spring. Unsubscribe.",
    ),
    (
        "Varsity Tutors <recruiting@varsitytutors.example>",
        "Earn extra income tutoring",
        "outreach",
        "Hi Megan, teachers like you earn up to $40/hr tutoring online. Apply today!",
    ),
    (
        "Mesa Public Schools <news@mpsaz.example>",
        "District News: April",
        "newsletter",
        "Spring concerts and more. Unsubscribe.",
    ),
    (
        "APS <noreply@aps.example>",
        "Your bill is ready",
        "other",
        "Your APS bill is ready to view.",
    ),
    (
        "Jess <jess.t@gmail.example>",
        "brunch",
        "personal",
        "Brunch Saturday at 10?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MEGAN,
        own_to={"Mesa Public Schools": PRINCIPAL},
        offset="-0700",
        clock="08:45:00",
        neg_start="2025-03-31",
        neg_step=5,
        neg_clock="19:20:00",
        tag="sixhundredthree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
