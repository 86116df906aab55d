"""A five-hundred-and-twenty-second mailbox, written as a held-out check after the five-hundred-and-twenty-first
(issue #24).

Terrence Hill, an inventory coordinator in Atlanta, keeps his mail in Gmail, exported with Takeout. Warehouse work comes
through staffing agencies that write in assignments: "You've been submitted to The Home Depot for the Inventory Control
Specialist assignment (temp-to-hire, $21/hr)", "Home Depot wants to interview you Tuesday at 9am at the Atlanta DC - ask
for Marcus", "Congrats! Home Depot wants to move forward - your start date is Monday"; Workday's "Thank you for applying
to Coca-Cola Consolidated" and its "the position has been filled"; a supplier's "a 15-minute phone screen with a
recruiter"; his "Awesome, I'll be there Monday!" and his withdrawal. Negatives: Indeed's alert, a forklift school, the
agency's weekly "Hot jobs this week", The Home Depot's own sale (a company he applied to), a car payment and his cousin.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TERRENCE = "terrence.hill.atl@gmail.com"
ME = f"Terrence Hill <{TERRENCE}>"
KIM = "Kim Watts <kim.watts@peachstaffing.example>"
COKE = "Coca-Cola Consolidated <cococonsolidated@myworkday.example>"
CFA = "Chick-fil-A Supply Recruiting <recruiting@cfasupply.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "The Home Depot",
        "applied",
        "2025-05-05",
        KIM,
        "Submitted - Inventory Control Specialist",
        "Hi Terrence,\n\nYou've been submitted to The Home Depot for the Inventory Control Specialist assignment "
        "(temp-to-hire, $21/hr, 1st shift) at their Atlanta DC. I'll call you as soon as I hear back.\n\nKim Watts\n"
        "Peach State Staffing",
        "t-hd",
    ),
    (
        "Coca-Cola Consolidated",
        "applied",
        "2025-05-06",
        COKE,
        "Thank you for applying to Coca-Cola Consolidated",
        "Dear Terrence,\n\nThank you for applying to Coca-Cola Consolidated for the Inventory Coordinator position. We "
        "will review your application.\n\nCoca-Cola Consolidated Talent Acquisition",
        "t-coke",
    ),
    (
        "Chick-fil-A Supply",
        "applied",
        "2025-05-06",
        CFA,
        "Thanks for your interest in Chick-fil-A Supply",
        "Hi Terrence,\n\nThanks for your interest in Chick-fil-A Supply! We've received your application for Inventory "
        "Control Lead.\n\nChick-fil-A Supply Recruiting",
        "t-cfa",
    ),
    (
        "The Home Depot",
        "interview",
        "2025-05-08",
        KIM,
        "RE: Submitted - Inventory Control Specialist",
        "Hi Terrence,\n\nHome Depot wants to interview you Tuesday at 9am at the Atlanta DC - ask for Marcus at the "
        "front desk. Wear closed-toe shoes!\n\nKim",
        "t-hd",
    ),
    (
        "Chick-fil-A Supply",
        "screen",
        "2025-05-09",
        CFA,
        "Next step: phone screen",
        "Hi Terrence,\n\nWe'd like to schedule a 15-minute phone screen with a recruiter. Please pick a time that works "
        "for you.\n\nChick-fil-A Supply Recruiting",
        "t-cfa2",
    ),
    (
        "Coca-Cola Consolidated",
        "rejected",
        "2025-05-12",
        COKE,
        "Your application with Coca-Cola Consolidated",
        "Dear Terrence,\n\nThank you for your interest. The position has been filled. We encourage you to apply to "
        "other openings.\n\nCoca-Cola Consolidated Talent Acquisition",
        "t-coke",
    ),
    (
        "The Home Depot",
        "offer",
        "2025-05-14",
        KIM,
        "RE: Submitted - Inventory Control Specialist",
        "Hi Terrence,\n\nCongrats! Home Depot wants to move forward - your start date is Monday the 19th, 6am. I'll "
        "send the onboarding paperwork tonight.\n\nKim",
        "t-hd",
    ),
    (
        "The Home Depot",
        "accepted",
        "2025-05-14",
        ME,
        "RE: Submitted - Inventory Control Specialist",
        "Awesome, I'll be there Monday! Thank you Kim.\n\nTerrence",
        "t-hd",
    ),
    (
        "Chick-fil-A Supply",
        "withdrew",
        "2025-05-15",
        ME,
        "RE: Next step: phone screen",
        "Hi,\n\nThank you for reaching out. I've accepted another position, so please withdraw my application.\n\n"
        "Terrence Hill",
        "t-cfa2",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Warehouse jobs near Atlanta, GA",
        "alert",
        "Warehouse Lead - Fulton Industrial. Inventory Clerk - Forest Park. See all jobs.",
    ),
    (
        "ATL Forklift Training <info@atlforklift.example>",
        "Get forklift certified in one day",
        "shop",
        "Classes every Saturday. Unsubscribe.",
    ),
    (
        "Peach State Staffing <jobs@peachstaffing.example>",
        "Hot jobs this week!",
        "newsletter",
        "Forklift operators - $19/hr. Pickers - $17/hr. Apply today! Unsubscribe.",
    ),
    (
        "The Home Depot <homedepot@order.homedepot.example>",
        "Spring Black Friday savings",
        "shop",
        "Save on patio and grills. Unsubscribe.",
    ),
    (
        "Santander Consumer <noreply@santanderconsumer.example>",
        "Payment received",
        "other",
        "We received your auto payment.",
    ),
    (
        "Dre Hill <dre.hill@gmail.example>",
        "cookout",
        "personal",
        "Cookout Saturday at my mom's.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TERRENCE,
        own_to={"The Home Depot": KIM, "Chick-fil-A Supply": CFA},
        offset="-0400",
        clock="17:45:00",
        neg_start="2025-05-04",
        neg_step=3,
        neg_clock="21:35:00",
        tag="fivehundredtwentytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
