"""A sixty-fourth mailbox, written as a held-out check after the sixty-third's fixes (issue #24).

Marcus, a systems engineer near Washington, D.C., exports Gmail with Takeout.  Defense and government contractors:
ClearanceJobs, Workday and iCIMS, "your application has been forwarded to the hiring manager" (a status, no step),
"selected to move forward to the next step", a panel interview, a contingent offer "pending the transfer of your
clearance", then security paperwork (e-QIP, SF-86) that is no step; a recruiter from a staffing firm; his decline of
a second offer.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.reed.syseng@gmail.com"
_ME = f"Marcus Reed <{MARCUS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Potomac Defense Systems (Workday; forwarded to the manager; next step; panel; a contingent offer he accepts)
    (
        "Potomac Defense Systems",
        "applied",
        "2025-08-04",
        "Potomac Defense Systems <potomacdefense@myworkday.com>",
        "Thank you for your application",
        "Marcus,\n\nThank you for applying to Systems Engineer Senior (Req 8812) at Potomac Defense Systems. We will "
        "review your qualifications.\n\nPotomac Defense Systems Talent Acquisition",
        "pd1",
    ),
    (
        "Potomac Defense Systems",
        "interview",
        "2025-08-14",
        "Kim Alvarez <kim.alvarez@potomacdefense.com>",
        "Systems Engineer Senior - next step",
        "Hi Marcus,\n\nYou have been selected to move forward to the next step in our hiring process. The hiring "
        "manager would like to schedule a 45-minute technical interview via Teams. Please send me your availability "
        "for next week.\n\nKim Alvarez\nTechnical Recruiter",
        "pd2",
    ),
    (
        "Potomac Defense Systems",
        "onsite",
        "2025-08-27",
        "Kim Alvarez <kim.alvarez@potomacdefense.com>",
        "Re: Systems Engineer Senior - next step",
        "Hi Marcus,\n\nThe team would like to bring you on-site for a panel interview with the program manager and "
        "two lead engineers at our Chantilly facility. Please bring a government-issued ID.\n\nKim",
        "pd2",
    ),
    (
        "Potomac Defense Systems",
        "offer",
        "2025-09-09",
        "Kim Alvarez <kim.alvarez@potomacdefense.com>",
        "Contingent Offer - Systems Engineer Senior",
        "Hi Marcus,\n\nCongratulations! I'm pleased to extend a contingent offer for the Systems Engineer Senior "
        "position at $148,000, pending the transfer of your TS/SCI clearance. The offer letter is in your Workday "
        "inbox.\n\nKim",
        "pd3",
    ),
    (
        "Potomac Defense Systems",
        "accepted",
        "2025-09-11",
        _ME,
        "Re: Contingent Offer - Systems Engineer Senior",
        "Hi Kim,\n\nThank you! I've accepted the offer in Workday and I'm looking forward to starting.\n\nBest,\nMarcus",
        "pd3",
    ),
    # Chesapeake Analytics (iCIMS; forwarded to the hiring manager; a refusal)
    (
        "Chesapeake Analytics",
        "applied",
        "2025-08-05",
        "Chesapeake Analytics <careers-chesapeake@talent.icims.com>",
        "Chesapeake Analytics - Application Received",
        "Dear Marcus,\n\nThank you for your interest in the Systems Integration Engineer position at Chesapeake "
        "Analytics. Your application has been received.\n\nChesapeake Analytics Recruiting",
        "ca1",
    ),
    (
        "Chesapeake Analytics",
        "rejected",
        "2025-09-02",
        "Chesapeake Analytics <careers-chesapeake@talent.icims.com>",
        "Systems Integration Engineer",
        "Dear Marcus,\n\nThank you for your interest in Chesapeake Analytics. We have reviewed your background and "
        "determined that other candidates more closely match the requirements of this position.\n\nChesapeake "
        "Analytics Recruiting",
        "ca2",
    ),
    # Blue Ridge Federal, through a staffing firm (submitted; interview; an offer he declines)
    (
        "Blue Ridge Federal",
        "applied",
        "2025-08-07",
        "Tasha Green <tgreen@capitolstaffinggroup.com>",
        "Submittal confirmation - Systems Engineer (Blue Ridge Federal)",
        "Hi Marcus,\n\nThanks for confirming your right to represent. I've submitted your resume to my client, Blue "
        "Ridge Federal, for the Systems Engineer role in Herndon. I'll follow up with their hiring manager this week."
        "\n\nTasha Green\nCapitol Staffing Group",
        "br1",
    ),
    (
        "Blue Ridge Federal",
        "interview",
        "2025-08-15",
        "Tasha Green <tgreen@capitolstaffinggroup.com>",
        "Re: Submittal confirmation - Systems Engineer (Blue Ridge Federal)",
        "Hi Marcus,\n\nBlue Ridge Federal would like to interview you! Their program manager has Tuesday at 1 or "
        "Wednesday at 10 for a phone interview. Which works?\n\nTasha",
        "br1",
    ),
    (
        "Blue Ridge Federal",
        "offer",
        "2025-09-05",
        "Tasha Green <tgreen@capitolstaffinggroup.com>",
        "Re: Submittal confirmation - Systems Engineer (Blue Ridge Federal)",
        "Hi Marcus,\n\nGreat news - Blue Ridge Federal wants to make you an offer at $75/hour on a W-2, starting "
        "October 1. Let me know if you'd like to accept.\n\nTasha",
        "br1",
    ),
    (
        "Blue Ridge Federal",
        "declined",
        "2025-09-11",
        _ME,
        "Re: Submittal confirmation - Systems Engineer (Blue Ridge Federal)",
        "Hi Tasha,\n\nThank you for all your help. I've decided to go with a full-time role elsewhere, so I'll have to "
        "decline the Blue Ridge Federal offer.\n\nBest,\nMarcus",
        "br1",
    ),
    # Arlington Cyber (ClearanceJobs; silence)
    (
        "Arlington Cyber",
        "applied",
        "2025-08-12",
        "ClearanceJobs <noreply@clearancejobs.com>",
        "Your application has been submitted",
        "Hi Marcus,\n\nYour application for Senior Systems Engineer at Arlington Cyber has been submitted. Good luck!"
        "\n\nClearanceJobs",
        "ac1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Chesapeake Analytics <careers-chesapeake@talent.icims.com>",
        "Your application has been forwarded",
        "status",
        "Dear Marcus,\n\nYour application for Systems Integration Engineer has been forwarded to the hiring manager for "
        "review.\n\nChesapeake Analytics Recruiting",
    ),
    (
        "Potomac Defense Systems Security <security@potomacdefense.com>",
        "Action Required: e-QIP initiation",
        "onboarding",
        "Marcus,\n\nAs part of your clearance transfer, please log in to e-QIP and complete your SF-86 within 5 "
        "business days.\n\nPotomac Defense Systems Security Office",
    ),
    (
        "ClearanceJobs <alerts@clearancejobs.com>",
        "New cleared jobs matching your search",
        "alert",
        "Systems Engineer (TS/SCI) - Chantilly, VA\nSenior Systems Engineer - Herndon, VA\nView jobs",
    ),
    (
        "Ryan Cole <rcole@federaltalentpartners.com>",
        "TS/SCI Systems Engineer - Fort Meade",
        "outreach",
        "Hi Marcus, I came across your profile on ClearanceJobs. I'm hiring for a TS/SCI Systems Engineer at Fort "
        "Meade. Open to a quick call?",
    ),
    (
        "Defense One <newsletter@defenseone.com>",
        "Today's top defense news",
        "newsletter",
        "The latest on budgets, programs and policy. Unsubscribe",
    ),
    (
        "Jasmine Reed <jasmine.reed84@gmail.com>",
        "proud of you",
        "personal",
        "Babe I heard about the offer!! Dinner Friday to celebrate?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MARCUS,
        own_to={
            "Potomac Defense Systems": "Kim Alvarez <kim.alvarez@potomacdefense.com>",
            "Blue Ridge Federal": "Tasha Green <tgreen@capitolstaffinggroup.com>",
        },
        offset="-0400",
        clock="13:05:00",
        neg_start="2025-08-20",
        neg_step=6,
        neg_clock="07:25:00",
        tag="sixtyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
