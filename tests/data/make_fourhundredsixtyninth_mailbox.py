"""A four-hundred-and-sixty-ninth mailbox, written as a held-out check after the four-hundred-and-sixty-eighth (issue
#24).

Marcus Johnson, an assistant store manager in Atlanta, keeps his search in Gmail and exports it with Takeout.  Retail
management hiring: Target's Workday receipt, Paradox's assistant ("Hi Marcus, it's Olivia from Walmart! Your
interview is confirmed for ..."), a "Store Visit" with the district manager (the final round), "Congratulations!
You've been selected for the Store Team Leader position. This tentative offer is contingent on a background check"
(the offer), a background-check vendor's "Your background check is complete" (no step), Home Depot's "we have
decided to move forward with other candidates", a grocer's "we're still reviewing applications and will be in touch
by the end of next week" (a wait), his "I accept the offer" in the portal reply and his thank-you.  Negatives:
Indeed's alert, ZipRecruiter's "You're a great fit for", a retail newsletter, a Sam's Club promotion, MARTA and his
cousin.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.johnson.atl@gmail.com"
ME = f"Marcus Johnson <{MARCUS}>"
TARGET = "Target <target@myworkday.com>"
OLIVIA = "Olivia from Walmart <walmart@paradox.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Target",
        "applied",
        "2025-07-07",
        TARGET,
        "Thanks for applying to Target",
        "Hi Marcus,\n\nThanks for applying for Executive Team Leader - General Merchandise (R0000231455) at Target. "
        "We'll be in touch soon.\n\nTarget Recruiting",
        "t-tgt",
    ),
    (
        "Walmart",
        "applied",
        "2025-07-08",
        OLIVIA,
        "Thanks for applying to Walmart!",
        "Hi Marcus, it's Olivia from Walmart! Thanks for applying for the Store Lead - Atlanta Perimeter position. I'll "
        "text you if the team would like to move forward.",
        "t-wmt",
    ),
    (
        "The Home Depot",
        "applied",
        "2025-07-09",
        "The Home Depot Careers <careers@homedepot.example>",
        "Application received - Assistant Store Manager",
        "Dear Marcus,\n\nThank you for applying for the Assistant Store Manager position at The Home Depot. Your "
        "application has been received.\n\nThe Home Depot Talent Acquisition",
        "t-thd",
    ),
    (
        "Publix",
        "applied",
        "2025-07-10",
        "Publix Careers <careers@publix.example>",
        "Publix - application submitted",
        "Hi Marcus,\n\nThank you for your application for Assistant Store Manager at Publix. We have received your "
        "application.\n\nPublix Talent Acquisition",
        "t-pub",
    ),
    (
        "Walmart",
        "interview",
        "2025-07-14",
        OLIVIA,
        "Your interview is confirmed",
        "Hi Marcus, it's Olivia from Walmart! Your interview with Store Manager Denise Carter is confirmed for Thursday, "
        "July 17 at 2:00 PM at Store #2319. Reply R to reschedule.",
        "t-wmt",
    ),
    (
        "Publix",
        "reply",
        "2025-07-18",
        "Publix Careers <careers@publix.example>",
        "Your application with Publix",
        "Hi Marcus,\n\nThank you for your patience. We're still reviewing applications and will be in touch by the end "
        "of next week.\n\nPublix Talent Acquisition",
        "t-pub",
    ),
    (
        "Walmart",
        "thank_you",
        "2025-07-17",
        ME,
        "Thank you - Store Lead interview",
        "Hi Denise,\n\nThank you for taking the time to meet with me today. I enjoyed the store walk and learning about "
        "your team.\n\nMarcus Johnson",
        "t-wmt-ty",
    ),
    (
        "The Home Depot",
        "rejected",
        "2025-07-21",
        "The Home Depot Careers <careers@homedepot.example>",
        "Your application with The Home Depot",
        "Dear Marcus,\n\nThank you for your interest. After careful review, we have decided to move forward with other "
        "candidates for the Assistant Store Manager position.\n\nThe Home Depot Talent Acquisition",
        "t-thd",
    ),
    (
        "Walmart",
        "onsite",
        "2025-07-22",
        OLIVIA,
        "Next step: Store Visit",
        "Hi Marcus, it's Olivia from Walmart! Great news - the district manager would like to meet you for a final "
        "Store Visit on Monday, July 28 at 10:00 AM.",
        "t-wmt",
    ),
    (
        "Walmart",
        "offer",
        "2025-07-30",
        OLIVIA,
        "Congratulations from Walmart!",
        "Hi Marcus! Congratulations! You've been selected for the Store Team Leader position. This tentative offer is "
        "contingent on a background check. Review and accept your offer in the portal.",
        "t-wmt",
    ),
    (
        "Walmart",
        "accepted",
        "2025-07-30",
        ME,
        "RE: Congratulations from Walmart!",
        "I accept the offer. Thank you!",
        "t-wmt",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Store Manager jobs in Atlanta, GA",
        "alert",
        "Store Manager - Buckhead. Assistant Manager - Decatur. See all jobs.",
    ),
    (
        "ZipRecruiter <jobs@ziprecruiter.example>",
        "You're a great fit for Retail Store Manager at Kroger",
        "alert",
        "Based on your profile, you're a great fit for this job. Apply with 1 click.",
    ),
    (
        "Retail Dive <newsletter@retaildive.example>",
        "Retail Dive Daily",
        "newsletter",
        "Today's top retail news. Unsubscribe.",
    ),
    (
        "Sam's Club <offers@samsclub.example>",
        "Save $20 on your membership",
        "shop",
        "Join today. Unsubscribe.",
    ),
    (
        "Sterling <noreply@sterlingcheck.example>",
        "Your background check is complete",
        "other",
        "Your background check for Walmart is complete. Log in to view your report.",
    ),
    (
        "MARTA <noreply@itsmarta.example>",
        "Breeze card reload",
        "other",
        "Your Breeze card was reloaded.",
    ),
    (
        "Dre Johnson <dre.j@gmail.example>",
        "cookout",
        "personal",
        "Cookout Saturday at 4, bring chairs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARCUS,
        own_to={"Walmart": "Denise Carter <denise.carter@walmart.example>"},
        offset="-0400",
        clock="15:05:00",
        neg_start="2025-07-06",
        neg_step=4,
        neg_clock="21:55:00",
        tag="fourhundredsixtynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
