"""A two-hundred-and-seventy-ninth mailbox, written as a held-out check after the two-hundred-and-seventy-eighth
(issue #24).

Rosa, an office manager in Denver returning to work after parental leave, exports Gmail with Takeout.  Few
applications among much mail that reads like one: a daycare's "Your application has been received" and waitlist, a
rental application, a credit card's decision, a library volunteer application, a scholarship for her son, Indeed's
"How was your interview with ...?" survey and "Keep track of your applications" reminder, LinkedIn's "Your application
was viewed", a job board's "Did you hear back from ...?", and a recruiter's "I came across your profile".  Among them,
four applications: a dental group, a property manager, a law office and a school district.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ROSA = "rosa.delgado.denver@gmail.com"
ME = f"Rosa Delgado <{ROSA}>"

_OWN_TO = {
    "Mile High Dental Group": "Tina Ortiz <tina@milehighdental.com>",
    "Gallagher & Stein": "Office <office@gallagherstein.com>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Mile High Dental Group",
        "applied",
        "2025-01-06",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Office Manager",
        "Application submitted\n\nOffice Manager\nMile High Dental Group - Denver, CO\n\nThe following items were sent "
        "to Mile High Dental Group. Good luck on your application!",
        "d1",
    ),
    (
        "Summit Ridge Property Management",
        "applied",
        "2025-01-07",
        "Summit Ridge Property Management <noreply@appfolio-careers.example>",
        "Thank you for applying",
        "Hi Rosa,\n\nThank you for applying for the Office Administrator position at Summit Ridge Property Management. "
        "Our hiring team will review your application and contact you if you are selected for an interview.\n\nSummit "
        "Ridge Property Management",
        "s1",
    ),
    (
        "Gallagher & Stein",
        "applied",
        "2025-01-08",
        ME,
        "Office Manager position",
        "Dear Hiring Manager,\n\nI am writing to apply for the Office Manager position posted on your website. I have "
        "eight years of experience running a busy legal office. My resume is attached.\n\nSincerely,\nRosa Delgado",
        "g1",
    ),
    (
        "Aurora Public Schools",
        "applied",
        "2025-01-09",
        "Aurora Public Schools <noreply@aurorak12.tedk12.example>",
        "Application Submitted",
        "Dear Rosa Delgado,\n\nThank you for your interest in employment with Aurora Public Schools. Your application "
        "for Administrative Assistant - Front Office (Job ID 7731) has been submitted successfully.\n\nHuman Resources"
        "\nAurora Public Schools",
        "a1",
    ),
    (
        "Mile High Dental Group",
        "interview",
        "2025-01-10",
        "Tina Ortiz <tina@milehighdental.com>",
        "Office Manager interview",
        "Hi Rosa,\n\nThank you for applying for our Office Manager position. Dr. Patel and I would like to meet with you "
        "at our Cherry Creek office on Wednesday at 12:30. Please let me know if that works.\n\nTina Ortiz\nPractice "
        "Administrator, Mile High Dental Group",
        "d2",
    ),
    (
        "Summit Ridge Property Management",
        "rejected",
        "2025-01-14",
        "Summit Ridge Property Management <noreply@appfolio-careers.example>",
        "Your application with Summit Ridge",
        "Hi Rosa,\n\nThank you for your interest in the Office Administrator position. We have filled the position and "
        "will not be moving forward with your application. We appreciate your time.\n\nSummit Ridge Property "
        "Management",
        "s1",
    ),
    (
        "Gallagher & Stein",
        "rejected",
        "2025-01-21",
        "Office <office@gallagherstein.com>",
        "RE: Office Manager position",
        "Dear Ms. Delgado,\n\nThank you for your interest in our firm. We have decided to offer the position to another "
        "candidate. We wish you well in your search.\n\nGallagher & Stein",
        "g1",
    ),
    (
        "Mile High Dental Group",
        "offer",
        "2025-01-17",
        "Tina Ortiz <tina@milehighdental.com>",
        "RE: Office Manager interview",
        "Hi Rosa,\n\nDr. Patel and I really enjoyed meeting you. We'd like to offer you the Office Manager position at "
        "$28/hour, Monday through Thursday. Can you start February 3?\n\nTina",
        "d2",
    ),
    (
        "Mile High Dental Group",
        "accepted",
        "2025-01-18",
        ME,
        "RE: Office Manager interview",
        "Hi Tina,\n\nThank you so much! I'm happy to accept, and February 3 works great. See you then!\n\nRosa",
        "d2",
    ),
]

_NEGATIVES = [
    (
        "Little Sprouts Early Learning <enroll@littlesprouts.example>",
        "Your application has been received",
        "other",
        "Thank you for applying to Little Sprouts Early Learning for the infant room. Your child has been added to our "
        "waitlist; we will contact you when a spot opens.",
    ),
    (
        "Highlands Flats <leasing@highlandsflats.example>",
        "Rental application received - Unit 4B",
        "other",
        "We received your rental application for Unit 4B. Screening usually takes 2-3 business days.",
    ),
    (
        "Front Range Credit Union <noreply@frcu.example>",
        "Your credit card application decision",
        "other",
        "Good news! Your application for the Cashback Visa card has been approved.",
    ),
    (
        "Denver Public Library <volunteer@denverlibrary.example>",
        "Thank you for applying to volunteer",
        "other",
        "Thank you for applying to volunteer with Denver Public Library's Summer of Reading. A coordinator will contact "
        "you about orientation.",
    ),
    (
        "Rocky Mountain Youth Fund <scholarships@rmyf.example>",
        "Scholarship application received",
        "other",
        "We received Mateo's application for the 2025 summer camp scholarship. Decisions are made in April.",
    ),
    (
        "Indeed <surveys@indeed.com>",
        "How was your interview with Mile High Dental Group?",
        "survey",
        "Help other job seekers: how was your interview with Mile High Dental Group? Share your experience.",
    ),
    (
        "Indeed <noreply@indeed.com>",
        "Keep track of your applications",
        "reminder",
        "You applied to 4 jobs this week. Update the status of your applications in My Jobs.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Summit Ridge Property Management",
        "viewed",
        "Your application for Office Administrator was viewed by Summit Ridge Property Management.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Did you hear back from Gallagher & Stein?",
        "survey",
        "Did you hear back from Gallagher & Stein about Office Manager? Let us know and get personalized tips.",
    ),
    (
        "Kim Alvarez <kim@frontdeskstaffing.example>",
        "Office Manager opportunities",
        "outreach",
        "Hi Rosa, I came across your profile and have several office manager openings with clients in the Tech Center. "
        "Would you have 10 minutes for a call?",
    ),
    (
        "Xcel Energy <noreply@xcel.example>",
        "Your bill is ready",
        "other",
        "Your Xcel Energy bill is ready. Amount due: $112.40.",
    ),
    (
        "Marisol Vega <marisol.vega@gmail.example>",
        "playdate",
        "personal",
        "playdate at Washington Park on saturday? the kids would love it",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ROSA,
        own_to=_OWN_TO,
        offset="-0700",
        clock="13:40:00",
        neg_start="2025-01-05",
        neg_step=2,
        neg_clock="21:20:00",
        tag="twohundredseventynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
