"""A five-hundred-and-twelfth mailbox, written as a held-out check after the five-hundred-and-eleventh (issue #24).

DeShawn Carter, a warehouse worker in Kent, Washington, keeps his mail in Gmail, exported with Takeout.  Hourly hiring
runs on systems that write in templates: Amazon's "Your application has been submitted" for a Fulfillment Associate
shift, its "Complete your Virtual Job Tryout" (an assessment round), "Congratulations! You have a contingent job offer"
and "Your start date is confirmed" (no step); UPS's "Thank you for applying for Package Handler", "Your interview has
been scheduled" with a time and a place, "We have filled the position"; Costco's "Thank you for your interest in
employment with Costco Wholesale" and its "we have selected other candidates"; his "I accept the offer" typed into a
reply.  Negatives: Indeed's alert, Snagajob's alert, a staffing agency's mass text-like mail, Amazon's own order
shipment (a company he applied to), a phone bill and his cousin.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DESHAWN = "deshawn.carter253@gmail.com"
ME = f"DeShawn Carter <{DESHAWN}>"
AMAZON = "Amazon Jobs <no-reply@hiring.amazon.example>"
UPS = "UPS Jobs <noreply@upsjobs.example>"
COSTCO = "Costco Wholesale <careers@costco.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Amazon",
        "applied",
        "2025-10-06",
        AMAZON,
        "Your application has been submitted",
        "Hi DeShawn,\n\nThanks for applying to Amazon! Your application for Fulfillment Center Associate (Night Shift) "
        "at BFI4 - Kent, WA has been submitted.\n\nAmazon Jobs",
        "t-amz",
    ),
    (
        "UPS",
        "applied",
        "2025-10-06",
        UPS,
        "Thank you for applying for Package Handler",
        "Hi DeShawn,\n\nThank you for applying for Package Handler - Preload at UPS Kent. We'll review your application "
        "and reach out about next steps.\n\nUPS Jobs",
        "t-ups",
    ),
    (
        "Costco Wholesale",
        "applied",
        "2025-10-07",
        COSTCO,
        "Thank you for your interest",
        "Dear DeShawn,\n\nThank you for your interest in employment with Costco Wholesale. We have received your "
        "application for Stocker - Kent Warehouse #1037.\n\nCostco Wholesale",
        "t-cos",
    ),
    (
        "Amazon",
        "interview",
        "2025-10-07",
        AMAZON,
        "Complete your Virtual Job Tryout",
        "Hi DeShawn,\n\nThe next step is the Virtual Job Tryout, a 20-minute online assessment. Please complete it within "
        "48 hours to keep your place in line.\n\nAmazon Jobs",
        "t-amz2",
    ),
    (
        "UPS",
        "interview",
        "2025-10-09",
        UPS,
        "Your interview has been scheduled",
        "Hi DeShawn,\n\nYour interview has been scheduled.\n\nWhen: Monday, October 13, 10:00 AM\nWhere: UPS Kent Hub, "
        "21224 77th Ave S, Kent, WA\nBring: a photo ID\n\nUPS Jobs",
        "t-ups2",
    ),
    (
        "Amazon",
        "offer",
        "2025-10-10",
        AMAZON,
        "Congratulations! You have a contingent job offer",
        "Hi DeShawn,\n\nCongratulations! You have a contingent job offer for Fulfillment Center Associate (Night Shift) "
        "at $21.50/hr. Complete your pre-hire appointment to confirm your start date.\n\nAmazon Jobs",
        "t-amz3",
    ),
    (
        "Costco Wholesale",
        "rejected",
        "2025-10-14",
        COSTCO,
        "Your application status",
        "Dear DeShawn,\n\nThank you for applying. At this time we have selected other candidates whose qualifications "
        "more closely match our needs.\n\nCostco Wholesale",
        "t-cos",
    ),
    (
        "Amazon",
        "accepted",
        "2025-10-14",
        ME,
        "RE: Congratulations! You have a contingent job offer",
        "I accept the offer. Thank you",
        "t-amz3",
    ),
    (
        "UPS",
        "rejected",
        "2025-10-17",
        UPS,
        "Update on your application",
        "Hi DeShawn,\n\nThank you for interviewing with UPS. We have filled the position at this time. We encourage you "
        "to apply for other openings.\n\nUPS Jobs",
        "t-ups3",
    ),
]

_NEGATIVES = [
    (
        "Amazon Jobs <no-reply@hiring.amazon.example>",
        "Your start date is confirmed",
        "onboarding",
        "Hi DeShawn,\n\nYour start date is confirmed: Sunday, October 26. Please bring two forms of ID.\n\nAmazon Jobs",
    ),
    (
        "Indeed <alert@indeed.example>",
        "Warehouse jobs near Kent, WA",
        "alert",
        "Warehouse Associate - Auburn, WA - $20/hr. Forklift Operator - Tukwila. See all jobs.",
    ),
    (
        "Snagajob <alerts@snagajob.example>",
        "New hourly jobs near you",
        "alert",
        "Stocker - Renton. Loader - Kent. Apply in one click.",
    ),
    (
        "QuickStaff <jobs@quickstaff.example>",
        "HIRING NOW $22/HR WAREHOUSE",
        "outreach",
        "We are hiring general labor in Kent, $22/hr, start tomorrow. Reply YES to apply.",
    ),
    (
        "Amazon.com <shipment-tracking@amazon.example>",
        "Your Amazon.com order has shipped",
        "shop",
        "Your package with 2 items is on the way.",
    ),
    (
        "Marcus Carter <marcus.carter@gmail.example>",
        "sunday",
        "personal",
        "Seahawks at my place Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DESHAWN,
        own_to={"Amazon": AMAZON},
        offset="-0700",
        clock="17:30:00",
        neg_start="2025-10-15",
        neg_step=2,
        neg_clock="21:20:00",
        tag="fivehundredtwelve",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
