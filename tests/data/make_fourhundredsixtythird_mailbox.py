"""A four-hundred-and-sixty-third mailbox, written as a held-out check after the four-hundred-and-sixty-second (issue
#24).

Michael Chen, an investment banking analyst in New York, saves his job-search mail from Outlook as .eml files.  Wall
Street lateral hiring: an Oracle Recruiting receipt, a HireVue "Complete your on-demand video interview" (a round), a
"Superday invitation" (the final round), a headhunter's "I've submitted your resume to Evercore for the Associate
role" and "Evercore would like to meet you for a first round", "Unfortunately, the team has decided to move forward
with other candidates", "We are pleased to extend you an offer to join as an Associate", his "I'd like to formally
accept", his thank-you after the Superday, and a boutique's "the role has been filled internally".  Negatives:
eFinancialCareers' alert, Wall Street Oasis, a headhunter's cold "Associate opportunities - MM PE", a CFA reminder,
Citi Bike and his girlfriend.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MIKE = "michael.chen.nyc@outlook.example"
ME = f"Michael Chen <{MIKE}>"
SARAH = "Sarah Goldberg <sgoldberg@oxbridgeplacement.example>"
JPM = "J.P. Morgan Recruiting <recruiting@oraclecloud.example>"
KAREN = "Karen Liu <karen.liu@pjtpartners.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "J.P. Morgan",
        "applied",
        "2025-01-13",
        JPM,
        "Thank you for your application",
        "Dear Michael,\n\nThank you for applying to the 2025 Investment Banking Associate position at J.P. Morgan. Your "
        "application has been received and is under review.\n\nJ.P. Morgan Campus & Experienced Recruiting",
        None,
    ),
    (
        "Evercore",
        "applied",
        "2025-01-14",
        SARAH,
        "Evercore - Associate, M&A",
        "Hi Michael,\n\nThanks for the time earlier. I've submitted your resume to Evercore for the Associate role in "
        "their M&A group. Will revert with feedback.\n\nSarah Goldberg\nOxbridge Placement Partners",
        None,
    ),
    (
        "PJT Partners",
        "applied",
        "2025-01-15",
        ME,
        "Associate application - Michael Chen",
        "Dear Ms. Liu,\n\nPlease find attached my resume for the Restructuring Associate position at PJT Partners. I "
        "am currently an analyst at a middle-market bank.\n\nBest regards,\nMichael Chen",
        KAREN,
    ),
    (
        "J.P. Morgan",
        "interview",
        "2025-01-20",
        "J.P. Morgan via HireVue <noreply@hirevue.example>",
        "Complete your on-demand video interview",
        "Hi Michael,\n\nJ.P. Morgan has invited you to complete an on-demand video interview for Investment Banking "
        "Associate. Please complete it within 5 days.\n\nHireVue",
        None,
    ),
    (
        "Evercore",
        "interview",
        "2025-01-21",
        SARAH,
        "RE: Evercore - Associate, M&A",
        "Michael - Evercore would like to meet you for a first round with two VPs on Thursday at 5pm. Let me know if "
        "that works.\n\nSarah",
        None,
    ),
    (
        "PJT Partners",
        "rejected",
        "2025-01-24",
        KAREN,
        "RE: Associate application - Michael Chen",
        "Dear Michael,\n\nThank you for your interest in PJT Partners. The role has been filled internally, but we will "
        "keep your resume on file.\n\nBest,\nKaren Liu",
        None,
    ),
    (
        "J.P. Morgan",
        "onsite",
        "2025-01-29",
        JPM,
        "Superday Invitation - Investment Banking Associate",
        "Dear Michael,\n\nCongratulations! We are pleased to invite you to our Superday on February 7 at 383 Madison "
        "Avenue. You will meet with five members of the team.\n\nJ.P. Morgan Recruiting",
        None,
    ),
    (
        "Evercore",
        "rejected",
        "2025-01-31",
        SARAH,
        "RE: Evercore - Associate, M&A",
        "Hi Michael,\n\nUnfortunately, the team has decided to move forward with other candidates who have more sell-side "
        "M&A experience. Let's keep looking.\n\nSarah",
        None,
    ),
    (
        "J.P. Morgan",
        "thank_you",
        "2025-02-07",
        ME,
        "Thank you - Superday",
        "Dear Jessica,\n\nThank you for organizing today's Superday. I enjoyed meeting the team and learning about the "
        "group's recent deals.\n\nBest regards,\nMichael Chen",
        "Jessica Park <jessica.park@jpmorgan.example>",
    ),
    (
        "J.P. Morgan",
        "offer",
        "2025-02-12",
        "Jessica Park <jessica.park@jpmorgan.example>",
        "Offer - Investment Banking Associate",
        "Dear Michael,\n\nWe are pleased to extend you an offer to join J.P. Morgan as an Associate in Investment "
        "Banking. Your offer letter is attached.\n\nJessica Park\nExperienced Hire Recruiting",
        None,
    ),
    (
        "J.P. Morgan",
        "accepted",
        "2025-02-14",
        ME,
        "RE: Offer - Investment Banking Associate",
        "Dear Jessica,\n\nI'd like to formally accept the offer. Thank you for everything - I'm excited to join the "
        "team.\n\nBest regards,\nMichael Chen",
        "Jessica Park <jessica.park@jpmorgan.example>",
    ),
]

_NEGATIVES = [
    (
        "eFinancialCareers <alerts@efinancialcareers.example>",
        "New Associate jobs in New York",
        "alert",
        "Associate, M&A - Midtown. Associate, Leveraged Finance - Hudson Yards. View jobs.",
    ),
    (
        "Wall Street Oasis <newsletter@wallstreetoasis.example>",
        "WSO Weekly: lateral hiring is heating up",
        "newsletter",
        "This week's top threads. Unsubscribe.",
    ),
    (
        "Tom Becker <tbecker@pesearch.example>",
        "Associate opportunities - MM PE",
        "outreach",
        "Hi Michael, I'm running associate searches for several middle-market private equity funds. Would you be open "
        "to a quick call?",
    ),
    (
        "CFA Institute <info@cfainstitute.example>",
        "Level II exam registration deadline",
        "other",
        "Register by February 11.",
    ),
    (
        "Citi Bike <receipts@citibike.example>",
        "Your ride receipt",
        "other",
        "Thanks for riding.",
    ),
    (
        "Emily Tan <emily.tan@gmail.example>",
        "dinner",
        "personal",
        "Dinner Friday? I'll book Via Carota.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="18:30:00",
        neg_start="2025-01-12",
        neg_step=4,
        neg_clock="23:15:00",
        tag="fourhundredsixtythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), MIKE)
