"""A five-hundred-and-fifty-sixth mailbox, written as a held-out check after the five-hundred-and-fifty-fifth (issue
#24).

Destiny Carter, a student in Columbus looking for part-time retail work, keeps her mail in Gmail and exports it with
Takeout. Hourly hiring is fast, automated and written by chatbots: Indeed's "Your application has been submitted" for
Target, Paradox's "Hi Destiny, I'm Olivia, Target's virtual assistant! Your interview has been scheduled", Walmart's
"Thank you for applying to Walmart", Starbucks' "Thanks for your interest in Starbucks", its "we've decided to move
forward with other candidates", Walmart's "Interview Confirmed" for an in-store interview, Target's Workday "We are
excited to offer you the position of Guest Advocate", Target's "Next steps: complete your onboarding" (no step), her
"Thank you for the interview today" to the Walmart store manager, her acceptance to Target and her note to Walmart
withdrawing. Negatives: Indeed's alert, Snagajob's alert, Target Circle's promotion (a company she applied to), her
school's newsletter, a "your resume was viewed" notice and her mom. Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DESTINY = "destiny.carter05@gmail.com"
ME = f"Destiny Carter <{DESTINY}>"
OLIVIA = "Olivia from Target <olivia@paradox.example>"
WALMART = "Walmart Careers <noreply@walmart.example>"
STARBUCKS = "Starbucks Careers <starbucks@myworkday.example>"
TARGET = "Target <target@myworkday.example>"
RICK = "Rick Alvarez <rick.alvarez@walmart.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Target",
        "applied",
        "2025-08-04",
        "Indeed <indeedapply@indeed.example>",
        "Indeed Application: Guest Advocate (Part-Time)",
        "Your application has been submitted\n\nGuest Advocate (Part-Time)\nTarget - Columbus, OH\n\nThe employer may "
        "contact you directly.",
        "t-tgt",
    ),
    (
        "Walmart",
        "applied",
        "2025-08-04",
        WALMART,
        "Thank you for applying to Walmart",
        "Hi Destiny,\n\nThank you for applying to Walmart for the Cashier / Front End Associate position at Store 2871. "
        "We'll reach out if you're selected to move forward.\n\nWalmart Careers",
        "t-wmt",
    ),
    (
        "Starbucks",
        "applied",
        "2025-08-05",
        STARBUCKS,
        "Thanks for your interest in Starbucks",
        "Hi Destiny,\n\nThanks for your interest in the Barista position at Starbucks. We've received your application."
        "\n\nStarbucks Careers",
        "t-sbx",
    ),
    (
        "Target",
        "interview",
        "2025-08-06",
        OLIVIA,
        "Your interview with Target is scheduled",
        "Hi Destiny, I'm Olivia, Target's virtual assistant! Your interview has been scheduled for Friday, August 8 at "
        "3:00 PM at Target Columbus Easton. Please bring a photo ID. Reply C to confirm or R to reschedule.",
        "t-tgt2",
    ),
    (
        "Walmart",
        "interview",
        "2025-08-07",
        WALMART,
        "Interview Confirmed",
        "Hi Destiny,\n\nYour interview for Cashier / Front End Associate is confirmed for Monday, August 11 at 10:00 AM "
        "at Store 2871. Please check in at the customer service desk.\n\nWalmart Careers",
        "t-wmt2",
    ),
    (
        "Starbucks",
        "rejected",
        "2025-08-08",
        STARBUCKS,
        "Update on your application",
        "Hi Destiny,\n\nThank you for your interest in Starbucks. We've decided to move forward with other candidates "
        "for this role. We encourage you to apply again.\n\nStarbucks Careers",
        "t-sbx2",
    ),
    (
        "Walmart",
        "thank_you",
        "2025-08-11",
        ME,
        "Thank you",
        "Hi Rick,\n\nThank you for the interview today! I enjoyed learning about the front end team and I'm excited "
        "about the position.\n\nDestiny Carter",
        "t-wmt3",
    ),
    (
        "Target",
        "offer",
        "2025-08-11",
        TARGET,
        "Your offer from Target",
        "Hi Destiny,\n\nWe are excited to offer you the position of Guest Advocate (Part-Time) at Target Columbus Easton! "
        "Please log in to review and accept your offer.\n\nTarget HR",
        "t-tgt3",
    ),
    (
        "Target",
        "skip",
        "2025-08-13",
        TARGET,
        "Next steps: complete your onboarding",
        "Hi Destiny,\n\nWelcome to Target! Please complete your onboarding tasks: I-9, direct deposit and your W-4 "
        "before your first day.\n\nTarget HR",
        "t-tgt3",
    ),
    (
        "Target",
        "accepted",
        "2025-08-12",
        ME,
        "Re: Your offer from Target",
        "Hi,\n\nI accepted the offer in the portal - thank you so much! I can't wait to start.\n\nDestiny",
        "t-tgt3",
    ),
    (
        "Walmart",
        "withdrew",
        "2025-08-12",
        ME,
        "Re: Thank you",
        "Hi Rick,\n\nThank you again for meeting with me. I've accepted another position, so I'd like to withdraw my "
        "application.\n\nDestiny",
        "t-wmt3",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Part-time jobs near Columbus, OH",
        "alert",
        "Cashier - Kroger - Columbus. Sales Associate - Kohl's - Columbus. See all jobs.",
    ),
    (
        "Snagajob <alerts@snagajob.example>",
        "New hourly jobs near you",
        "alert",
        "Crew Member - Chipotle. Barista - Dunkin'. Apply now.",
    ),
    (
        "Target Circle <circle@target.example>",
        "Your weekly Target Circle deals",
        "shop",
        "Save 20% on back-to-school. Unsubscribe.",
    ),
    (
        "Columbus State <news@cscc.example>",
        "Fall semester updates",
        "newsletter",
        "Important dates for fall. Unsubscribe.",
    ),
    (
        "ZipRecruiter <noreply@ziprecruiter.example>",
        "Your resume was viewed",
        "viewed",
        "An employer viewed your resume for Sales Associate at Kohl's.",
    ),
    (
        "Mom <angela.carter@yahoo.example>",
        "dinner",
        "personal",
        "Dinner at 6. Don't be late!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=DESTINY,
            own_to={"Walmart": RICK, "Target": TARGET},
            offset="-0400",
            clock="16:10:00",
            neg_start="2025-08-03",
            neg_step=3,
            neg_clock="21:30:00",
            tag="fivehundredfiftysix",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
