"""A hundred-and-twenty-fourth mailbox, written as a held-out check after the hundred-and-twenty-third (issue #24).

Luis, a supply chain analyst in Minneapolis, saves his Outlook mail as .eml files (Inbox and Sent Items: no labels,
no threads' ids beyond the subjects).  Midwest manufacturers, retailers and a co-op write to him through UKG,
Paylocity, iCIMS, Workday and their own HR: an "invite to interview" booked by text-like mail, a plant tour as the
final round, a "contingent offer" pending a drug screen, waits in plain Midwestern words ("we're still working
through things on our end"), his own notes.  His negatives: a union newsletter, a staffing firm's pitch, the state's
unemployment reminder, a supply chain webinar, a fantasy football league.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUIS = "luis.navarro.mn@outlook.com"
_ME = f"Luis Navarro <{LUIS}>"
_KRIS = "Kris Johnson <kjohnson@prairiemills.com>"
_DEB = "Deb Larson <deb.larson@northstarcoop.org>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Prairie Mills (UKG; a phone screen, an interview, a plant tour as the final round, a contingent offer, yes)
    (
        "Prairie Mills",
        "applied",
        "2025-09-08",
        "Prairie Mills Careers <noreply@ultipro.com>",
        "Thank you for applying - Supply Chain Analyst",
        "Luis,\n\nThank you for applying for the Supply Chain Analyst position at Prairie Mills. We have received "
        "your application and will be in contact if your qualifications meet our needs.",
        None,
    ),
    (
        "Prairie Mills",
        "screen",
        "2025-09-15",
        _KRIS,
        "Supply Chain Analyst - phone call",
        "Hi Luis,\n\nThis is Kris from HR at Prairie Mills. I'd like to set up a quick phone call to go over the "
        "position and your background. Would Wednesday at 9:30 work?\n\nKris Johnson\nHR Generalist",
        None,
    ),
    (
        "Prairie Mills",
        "interview",
        "2025-09-22",
        _KRIS,
        "Interview - Supply Chain Analyst",
        "Hi Luis,\n\nThanks for chatting last week. Our Supply Chain Manager, Tom Berg, would like to interview you "
        "on Monday, September 29 at 1:00 over Teams. Please let me know if that works.\n\nKris",
        None,
    ),
    (
        "Prairie Mills",
        "thank_you",
        "2025-09-29",
        _ME,
        "Thank you",
        "Hi Kris,\n\nPlease pass along my thanks to Tom for his time this afternoon. I enjoyed learning about the "
        "S&OP process.\n\nLuis",
        _KRIS,
    ),
    (
        "Prairie Mills",
        "onsite",
        "2025-10-03",
        _KRIS,
        "Plant tour and final interview",
        "Hi Luis,\n\nTom would like to bring you out to our Anoka plant for a tour and a final interview with the "
        "Director of Operations on October 9 at 10:00. Wear closed-toe shoes.\n\nKris",
        None,
    ),
    (
        "Prairie Mills",
        "offer",
        "2025-10-14",
        _KRIS,
        "Contingent offer - Supply Chain Analyst",
        "Hi Luis,\n\nI'm happy to extend you a contingent offer for the Supply Chain Analyst position at $78,000, "
        "pending a drug screen and background check. The letter is attached.\n\nKris",
        None,
    ),
    (
        "Prairie Mills",
        "accepted",
        "2025-10-15",
        _ME,
        "RE: Contingent offer - Supply Chain Analyst",
        "Hi Kris,\n\nThank you! I'm happy to accept. I signed the letter and will schedule the drug screen this "
        "week.\n\nLuis",
        _KRIS,
    ),
    # Gopher Freight (Paylocity; a wait; a no)
    (
        "Gopher Freight",
        "applied",
        "2025-09-09",
        "Gopher Freight <noreply@paylocity.com>",
        "Application Received",
        "Thank you for your interest in the Logistics Analyst position with Gopher Freight. Your application has "
        "been received.",
        None,
    ),
    (
        "Gopher Freight",
        "follow_up",
        "2025-09-30",
        _ME,
        "Logistics Analyst application",
        "Hello,\n\nI applied for the Logistics Analyst position on September 9 and wanted to check on the status of "
        "my application. I'm very interested in the role.\n\nThank you,\nLuis Navarro",
        "Gopher Freight HR <hr@gopherfreight.com>",
    ),
    (
        "Gopher Freight",
        "reply",
        "2025-10-01",
        "Gopher Freight HR <hr@gopherfreight.com>",
        "RE: Logistics Analyst application",
        "Hi Luis,\n\nThanks for checking in. We're still working through things on our end and hope to have an "
        "answer for folks in the next couple weeks.\n\nGopher Freight HR",
        None,
    ),
    (
        "Gopher Freight",
        "rejected",
        "2025-10-20",
        "Gopher Freight HR <hr@gopherfreight.com>",
        "Logistics Analyst position",
        "Hi Luis,\n\nThank you for your patience. We have decided to go with a candidate who has more trucking "
        "industry experience. We appreciate your interest in Gopher Freight.",
        None,
    ),
    # North Star Co-op (its own HR; an interview, then he withdraws)
    (
        "North Star Co-op",
        "applied",
        "2025-09-10",
        _ME,
        "Inventory Analyst application - Luis Navarro",
        "Dear Ms. Larson,\n\nPlease find attached my resume and cover letter for the Inventory Analyst position "
        "posted on the North Star Co-op website.\n\nSincerely,\nLuis Navarro",
        _DEB,
    ),
    (
        "North Star Co-op",
        "interview",
        "2025-09-24",
        _DEB,
        "RE: Inventory Analyst application - Luis Navarro",
        "Hi Luis,\n\nThank you for your application. We would like to invite you to interview with our hiring "
        "committee on October 2 at 2:00 pm at our St. Paul office.\n\nDeb Larson\nHuman Resources",
        None,
    ),
    (
        "North Star Co-op",
        "withdrew",
        "2025-10-15",
        _ME,
        "RE: Inventory Analyst application - Luis Navarro",
        "Hi Deb,\n\nThank you for the opportunity to interview. I have accepted another position and would like to "
        "withdraw my name from consideration.\n\nBest,\nLuis",
        _DEB,
    ),
    # Lakeland Retail (Workday; a no)
    (
        "Lakeland Retail",
        "applied",
        "2025-09-11",
        "Lakeland Retail <lakelandretail@myworkday.com>",
        "Thank you for applying to Lakeland Retail",
        "Hi Luis,\n\nThank you for applying to the Demand Planner role at Lakeland Retail. We'll review your "
        "application and reach out if there's a match.",
        None,
    ),
    (
        "Lakeland Retail",
        "rejected",
        "2025-09-26",
        "Lakeland Retail <lakelandretail@myworkday.com>",
        "Your Lakeland Retail application",
        "Hi Luis,\n\nThank you for your interest in Lakeland Retail. At this time, we have decided to move forward "
        "with other candidates for the Demand Planner role.",
        None,
    ),
    # Twin Cities Medical Supply (iCIMS; a screen; no more)
    (
        "Twin Cities Medical Supply",
        "applied",
        "2025-09-12",
        "Twin Cities Medical Supply <donotreply@icims.com>",
        "Twin Cities Medical Supply: Application Received",
        "Dear Luis,\n\nThank you for your interest in career opportunities with Twin Cities Medical Supply. We have "
        "received your application for Purchasing Analyst.",
        None,
    ),
    (
        "Twin Cities Medical Supply",
        "screen",
        "2025-09-25",
        "Amy Vang <avang@tcmedsupply.com>",
        "Purchasing Analyst",
        "Hi Luis,\n\nI'm a recruiter with Twin Cities Medical Supply. Do you have 20 minutes this week for a phone "
        "screen about the Purchasing Analyst role?\n\nAmy Vang",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Teamsters Local 120 <news@teamsters120.org>",
        "Local 120 newsletter - October",
        "newsletter",
        "Contract updates, the fall picnic and member news. Unsubscribe",
    ),
    (
        "Jenna Olson <jolson@northlandstaffing.com>",
        "Supply chain roles - Northland Staffing",
        "outreach",
        "Hi Luis, I have several contract-to-hire supply chain analyst roles with manufacturers in the metro. Are you "
        "open to a quick call?\n\nJenna Olson, Northland Staffing",
    ),
    (
        "Minnesota Unemployment Insurance <uimn@state.mn.us>",
        "Reminder: request your benefit payment",
        "employment service",
        "Request your benefit payment for the week ending October 4 and report your work search activities.",
    ),
    (
        "ASCM <events@ascm.org>",
        "Webinar: demand planning in uncertain times",
        "newsletter",
        "Join ASCM on October 16 for a webinar on demand planning. Register now. Unsubscribe",
    ),
    (
        "ESPN Fantasy <fantasy@espn.com>",
        "Your Week 5 matchup recap",
        "other",
        "You lost 98-112 to Skol Brothers. Set your lineup for Week 6.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Supply Chain Analyst jobs in Minneapolis, MN",
        "alert",
        "Supply Chain Analyst - Prairie Mills - Anoka, MN. Logistics Analyst - Gopher Freight. View all jobs.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Lakeland Retail",
        "viewed",
        "Your application for Demand Planner was viewed by Lakeland Retail.",
    ),
    (
        "Xcel Energy <noreply@xcelenergy.com>",
        "Your bill is ready",
        "other",
        "Your bill of $71.40 is ready.",
    ),
    (
        "Costco <costco@online.costco.com>",
        "Member savings: this week only",
        "shop",
        "Member-only savings on tires and appliances. Shop now. Unsubscribe",
    ),
    (
        "Pastor Dave <dave@stpaullutheran.org>",
        "Job seekers' breakfast Saturday",
        "personal",
        "Hi Luis, our job seekers' networking breakfast is Saturday at 8. Bring a few copies of your resume!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (Outlook's .eml: no labels, no Delivered-To)."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="-0500",
        clock="10:40:00",
        neg_start="2025-09-08",
        neg_step=4,
        neg_clock="06:50:00",
        tag="hundredtwentyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files (Inbox and Sent Items) into ``folder``; return ``folder``."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), LUIS)
