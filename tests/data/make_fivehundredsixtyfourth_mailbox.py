"""A five-hundred-and-sixty-fourth mailbox, written as a held-out check after the five-hundred-and-sixty-third (issue
#24).

Daniel Park, a new-grad software engineer in Seattle, keeps his search in Gmail and exports it with Takeout. Big
companies write in templates and many of them: Amazon's "Thank you for applying to Amazon", HackerRank's "Amazon has
invited you to take an Online Assessment", Amazon's "Final interview loop confirmation" (five interviews, virtual),
Amazon's "we have decided not to move forward with your candidacy", Microsoft's "Thank you for your application to
Microsoft", its "Schedule your interview with Microsoft" (a recruiter's phone screen), its "Microsoft - Interview day
details" (the last round), its "Congratulations! Your offer from Microsoft", Google's "Thank you for applying" and its
"we have decided not to proceed with your application", a candidate-experience survey (no step), his "Thank you for
the interviews yesterday" and his acceptance. Negatives: Handshake's job alert, LinkedIn's alert, a newsletter,
Amazon's order shipped (a company he applied to), a cold mail from a startup's recruiter and his roommate. Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANIEL = "daniel.park.cs@gmail.com"
ME = f"Daniel Park <{DANIEL}>"
AMAZON = "Amazon Jobs <no-reply@amazon.jobs.example>"
MSFT = "Microsoft Careers <careers@microsoft.example>"
JEN = "Jennifer Lopez <jenlopez@microsoft.example>"
GOOGLE = "Google Careers <noreply@google.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Amazon",
        "applied",
        "2025-09-02",
        AMAZON,
        "Thank you for applying to Amazon",
        "Hi Daniel,\n\nThank you for applying to the Software Development Engineer I - 2026 (ID 2981123) role at Amazon. "
        "We're reviewing your application.\n\nAmazon University Recruiting",
        "t-amz",
    ),
    (
        "Microsoft",
        "applied",
        "2025-09-03",
        MSFT,
        "Thank you for your application to Microsoft",
        "Hi Daniel,\n\nThank you for your application to Software Engineer - New Grad (Job 1781204) at Microsoft. We "
        "will review your qualifications.\n\nMicrosoft Careers",
        "t-ms",
    ),
    (
        "Google",
        "applied",
        "2025-09-03",
        GOOGLE,
        "Thank you for applying",
        "Hi Daniel,\n\nThank you for applying to Software Engineer, Early Career, 2026 at Google. We'll review your "
        "application and contact you if there is a fit.\n\nGoogle Staffing",
        "t-goog",
    ),
    (
        "Amazon",
        "interview",
        "2025-09-05",
        "HackerRank <support@hackerrank.example>",
        "Amazon has invited you to take an Online Assessment",
        "Hi Daniel,\n\nAmazon has invited you to take an Online Assessment for Software Development Engineer I. Please "
        "complete it within 7 days.\n\nStart test",
        "t-amz2",
    ),
    (
        "Microsoft",
        "screen",
        "2025-09-10",
        JEN,
        "Schedule your interview with Microsoft",
        "Hi Daniel,\n\nI'm a university recruiter at Microsoft. I'd like to schedule a 30-minute phone screen to "
        "learn more about you. Please choose a time from the link below.\n\nJennifer Lopez\nUniversity Recruiter, "
        "Microsoft",
        "t-ms2",
    ),
    (
        "Amazon",
        "onsite",
        "2025-09-16",
        AMAZON,
        "Final interview loop confirmation",
        "Hi Daniel,\n\nCongratulations on moving forward! Your final interview loop is confirmed for September 24: five "
        "45-minute interviews on Amazon Chime.\n\nAmazon University Recruiting",
        "t-amz3",
    ),
    (
        "Google",
        "rejected",
        "2025-09-18",
        GOOGLE,
        "Your application to Google",
        "Hi Daniel,\n\nThank you for your interest in Google. After reviewing your application, we have decided not to "
        "proceed with your application at this time.\n\nGoogle Staffing",
        "t-goog2",
    ),
    (
        "Microsoft",
        "onsite",
        "2025-09-22",
        JEN,
        "Microsoft - Interview day details",
        "Hi Daniel,\n\nGreat news - you've been selected for our final round! Your interview day is October 1: four "
        "interviews with engineers and a hiring manager, on Teams.\n\nJennifer",
        "t-ms3",
    ),
    (
        "Amazon",
        "rejected",
        "2025-09-30",
        AMAZON,
        "Update on your application",
        "Hi Daniel,\n\nThank you for interviewing with Amazon. We have decided not to move forward with your candidacy "
        "at this time.\n\nAmazon University Recruiting",
        "t-amz4",
    ),
    (
        "Microsoft",
        "skip",
        "2025-09-30",
        "Amazon Candidate Experience <survey@amazon.jobs.example>",
        "Tell us about your interview experience",
        "Hi Daniel,\n\nHow was your interview experience? Please take our 3-minute survey.",
        "t-survey",
    ),
    (
        "Microsoft",
        "thank_you",
        "2025-10-02",
        ME,
        "RE: Microsoft - Interview day details",
        "Hi Jennifer,\n\nThank you for the interviews yesterday - I enjoyed meeting the team.\n\nBest,\nDaniel",
        "t-ms3",
    ),
    (
        "Microsoft",
        "offer",
        "2025-10-08",
        MSFT,
        "Congratulations! Your offer from Microsoft",
        "Hi Daniel,\n\nCongratulations! We're excited to offer you the Software Engineer - New Grad position. Please "
        "review your offer in the candidate portal.\n\nMicrosoft Careers",
        "t-ms4",
    ),
    (
        "Microsoft",
        "accepted",
        "2025-10-10",
        ME,
        "RE: Microsoft - Interview day details",
        "Hi Jennifer,\n\nI've accepted the offer in the portal - so excited to join!\n\nDaniel",
        "t-ms3",
    ),
]

_NEGATIVES = [
    (
        "Handshake <jobs@joinhandshake.example>",
        "Jobs picked for you",
        "alert",
        "Software Engineer I - Boeing. New Grad SWE - Tableau. View jobs.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "Software Engineer: 40 new jobs in Seattle",
        "alert",
        "Software Engineer - Zillow. SWE I - Expedia. See all jobs.",
    ),
    (
        "ByteByteGo <newsletter@bytebytego.example>",
        "System design weekly",
        "newsletter",
        "This week's system design. Unsubscribe.",
    ),
    (
        "Amazon.com <shipment-tracking@amazon.example>",
        "Your Amazon.com order has shipped",
        "shop",
        "Your package will arrive Thursday.",
    ),
    (
        "Priya Nair <priya@launchpadai.example>",
        "New grad role at an AI startup",
        "outreach",
        "Hi Daniel, we're a seed-stage AI startup hiring new grads. Would you like to chat?",
    ),
    (
        "Kevin Cho <kevin.cho@gmail.example>",
        "groceries",
        "personal",
        "Can you grab eggs?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=DANIEL,
            own_to={"Microsoft": JEN},
            offset="-0700",
            clock="14:25:00",
            neg_start="2025-09-01",
            neg_step=5,
            neg_clock="21:10:00",
            tag="fivehundredsixtyfour",
        ),
        "survey",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
