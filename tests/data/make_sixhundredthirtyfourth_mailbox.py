"""A six-hundred-and-thirty-fourth mailbox, written as a held-out check after the six-hundred-and-thirty-third
(issue #24).

Jordan Price, an operations manager in Nashville, exports his Gmail with Takeout. Mid-sized employers write through
the smaller tracking and payroll systems: Paylocity's "Application Received" for Ingram Content Group, a BambooHR
account of Built Technologies ("Thank you for your interest in Built"), UKG's "We received your application"
from Dollar General's careers site, Built's "next step: a video interview with the VP of Operations" sent through
BambooHR, Ingram's hiring manager "I'd like to have you in for an interview at our La Vergne facility", Dollar General's
"Your application status: Not selected", Built's "final interview with the COO", Ingram's "we've filled the position",
Built's offer through BambooHR "Offer Letter from Built Technologies", his e-signature "I accept" reply and his thanks
after the final interview. Negatives: Indeed's alert, the Tennessean's newsletter, a staffing firm's cold mail, Dollar
General's own coupons (a company he applied to), Nashville Electric Service and his wife. Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.price.ops@gmail.com"
ME = f"Jordan Price <{JORDAN}>"
INGRAM = "Ingram Content Group <noreply@paylocity.example>"
BUILT = "Built Technologies <notifications@built.bamboohr.example>"
DG = "Dollar General Careers <dollargeneral@ukg.example>"
INGHM = "Greg Harper <greg.harper@ingramcontent.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Ingram Content Group",
        "applied",
        "2025-02-03",
        INGRAM,
        "Application Received",
        "Dear Jordan,\n\nThank you for applying for the Operations Manager position at Ingram Content Group. We have "
        "received your application.\n\nIngram Talent Acquisition",
        "t-ing",
    ),
    (
        "Built Technologies",
        "applied",
        "2025-02-04",
        BUILT,
        "Thank you for your interest in Built",
        "Hi Jordan,\n\nThank you for your interest in the Operations Manager role at Built Technologies. Our team will "
        "review your application.\n\nThe Built Team",
        "t-built",
    ),
    (
        "Dollar General",
        "applied",
        "2025-02-05",
        DG,
        "We received your application",
        "Dear Jordan,\n\nWe received your application for Distribution Center Operations Manager at Dollar General. "
        "Thank you for your interest.\n\nDollar General Talent Acquisition",
        "t-dg",
    ),
    (
        "Built Technologies",
        "interview",
        "2025-02-10",
        BUILT,
        "Next step: video interview",
        "Hi Jordan,\n\nWe'd like to move you to the next step: a video interview with our VP of Operations. Please pick "
        "a time using the link below.\n\nThe Built Team",
        "t-built",
    ),
    (
        "Ingram Content Group",
        "interview",
        "2025-02-11",
        INGHM,
        "Operations Manager - interview",
        "Jordan,\n\nI'd like to have you in for an interview at our La Vergne facility on Friday at 9 AM. Please bring "
        "your ID to the front desk.\n\nGreg Harper\nDirector of Operations",
        "t-ing2",
    ),
    (
        "Dollar General",
        "rejected",
        "2025-02-12",
        DG,
        "Your application status",
        "Dear Jordan,\n\nYour application status for Distribution Center Operations Manager has been updated: Not "
        "selected.\n\nDollar General Talent Acquisition",
        "t-dg",
    ),
    (
        "Built Technologies",
        "onsite",
        "2025-02-17",
        BUILT,
        "Final interview",
        "Hi Jordan,\n\nThanks for speaking with our VP. We'd like to invite you to a final interview with our COO at "
        "our Nashville office next Tuesday.\n\nThe Built Team",
        "t-built",
    ),
    (
        "Ingram Content Group",
        "rejected",
        "2025-02-19",
        INGHM,
        "RE: Operations Manager - interview",
        "Jordan,\n\nThanks for coming out. We've filled the position with an internal candidate. Best of luck.\n\nGreg",
        "t-ing2",
    ),
    (
        "Built Technologies",
        "thank_you",
        "2025-02-25",
        ME,
        "RE: Final interview",
        "Hi Built team,\n\nThank you for today's final interview - I enjoyed meeting the COO.\n\nJordan",
        "t-built",
    ),
    (
        "Built Technologies",
        "offer",
        "2025-03-03",
        BUILT,
        "Offer Letter from Built Technologies",
        "Hi Jordan,\n\nCongratulations! Please review and sign your offer letter for Operations Manager in BambooHR.\n\n"
        "The Built Team",
        "t-built",
    ),
    (
        "Built Technologies",
        "accepted",
        "2025-03-04",
        ME,
        "RE: Offer Letter from Built Technologies",
        "Hi Built team,\n\nI accept - I've signed the offer letter. Looking forward to starting!\n\nJordan",
        "t-built",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "New Operations Manager jobs in Nashville",
        "alert",
        "Operations Manager - Franklin. Warehouse Manager - Lebanon. View all jobs.",
    ),
    (
        "The Tennessean <newsletters@tennessean.example>",
        "Morning Briefing",
        "newsletter",
        "Today's headlines. Unsubscribe.",
    ),
    (
        "Kim Brooks <kbrooks@vacostaffing.example>",
        "Ops Manager role - Murfreesboro",
        "outreach",
        "Hi Jordan, I'm working on an Operations Manager role in Murfreesboro. Open to a quick call?",
    ),
    (
        "Dollar General <deals@dollargeneral.example>",
        "Digital coupons this week",
        "newsletter",
        "Save with DG digital coupons. Unsubscribe.",
    ),
    (
        "Nashville Electric Service <noreply@nespower.example>",
        "Your bill is ready",
        "other",
        "Your NES bill is ready.",
    ),
    (
        "Amber <amber.price@gmail.example>",
        "groceries",
        "personal",
        "Can you grab groceries?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JORDAN,
        own_to={"Built Technologies": BUILT},
        offset="-0600",
        clock="10:25:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="20:35:00",
        tag="sixhundredthirtyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
