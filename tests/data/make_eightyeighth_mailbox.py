"""An eighty-eighth mailbox, written as a held-out check after the eighty-seventh's fixes (issue #24).

Jasmine, a supply-chain analyst in St. Louis, exports Gmail with Takeout.  Her employers' names carry punctuation:
an apostrophe (Harlan's Hardware), a leading digit (4M Industrial), a dot-com (Ticketly.com), a hyphen (Rio-Verde
Beverages), an ampersand with and without spaces (Baker & Finch, A&R Telecom); their tracking systems write the
names in capitals or without the punctuation ("HARLANS HARDWARE", "Ticketly", "Baker and Finch"); two roles at one
company are two applications.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JASMINE = "jasmine.brooks.scm@gmail.com"
_ME = f"Jasmine Brooks <{JASMINE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Harlan's Hardware (Workday in capitals; interview; rejected)
    (
        "Harlan's Hardware",
        "applied",
        "2025-03-03",
        "HARLANS HARDWARE <harlans@myworkday.com>",
        "Thank you for applying to Harlan's Hardware",
        "Hi Jasmine,\n\nThank you for applying to the Supply Chain Analyst position at Harlan's Hardware. We have "
        "received your application.\n\nHarlan's Hardware Talent Acquisition",
        "hh1",
    ),
    (
        "Harlan's Hardware",
        "interview",
        "2025-03-14",
        "Greg Mueller <greg.mueller@harlanshardware.com>",
        "Interview - Supply Chain Analyst",
        "Hi Jasmine,\n\nWe'd like to invite you to interview with our distribution planning team on Thursday, March 20 "
        "at 10 AM via Teams.\n\nGreg Mueller\nSenior Recruiter, Harlan's Hardware",
        "hh2",
    ),
    (
        "Harlan's Hardware",
        "rejected",
        "2025-03-28",
        "HARLANS HARDWARE <harlans@myworkday.com>",
        "Update on your application",
        "Hi Jasmine,\n\nThank you for your interest in Harlan's Hardware. After careful consideration, we have decided "
        "to move forward with other candidates for the Supply Chain Analyst position.\n\nHarlan's Hardware Talent "
        "Acquisition",
        "hh3",
    ),
    # 4M Industrial (iCIMS; screen; offer; accepted)
    (
        "4M Industrial",
        "applied",
        "2025-03-04",
        "4M Industrial <careers-noreply@icims.com>",
        "4M Industrial - Application Received",
        "Dear Jasmine,\n\nThank you for your interest in 4M Industrial. We have received your application for "
        "Inventory Planning Analyst.\n\n4M Industrial Talent Acquisition",
        "fm1",
    ),
    (
        "4M Industrial",
        "screen",
        "2025-03-11",
        "Carla Diaz <cdiaz@4mindustrial.com>",
        "Phone screen - Inventory Planning Analyst",
        "Hi Jasmine,\n\nI'm a recruiter with 4M Industrial and would like to schedule a 30-minute phone screen for the "
        "Inventory Planning Analyst role. What does your availability look like this week?\n\nCarla",
        "fm2",
    ),
    (
        "4M Industrial",
        "offer",
        "2025-04-02",
        "Carla Diaz <cdiaz@4mindustrial.com>",
        "Offer Letter - Inventory Planning Analyst",
        "Hi Jasmine,\n\nCongratulations! Attached is your offer letter for the Inventory Planning Analyst position. "
        "Please sign and return it by April 9.\n\nCarla",
        "fm3",
    ),
    (
        "4M Industrial",
        "accepted",
        "2025-04-04",
        _ME,
        "Re: Offer Letter - Inventory Planning Analyst",
        "Hi Carla,\n\nI'm delighted to accept the offer - the signed letter is attached. Thank you!\n\nJasmine",
        "fm3",
    ),
    # Ticketly.com (Greenhouse, writing "Ticketly"; rejected)
    (
        "Ticketly.com",
        "applied",
        "2025-03-05",
        "Ticketly <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Ticketly!",
        "Hi Jasmine,\n\nThanks for applying for the Operations Analyst role at Ticketly. We'll be in touch if there's a "
        "match.\n\nThe Ticketly Team",
        "tk1",
    ),
    (
        "Ticketly.com",
        "rejected",
        "2025-03-19",
        "Ticketly <no-reply@us.greenhouse-mail.io>",
        "Your application to Ticketly",
        "Hi Jasmine,\n\nThank you for your interest in Ticketly.com. Unfortunately, we will not be moving forward with "
        "your application at this time.\n\nThe Ticketly Team",
        "tk2",
    ),
    # Rio-Verde Beverages (SuccessFactors; two roles, two applications)
    (
        "Rio-Verde Beverages",
        "applied",
        "2025-03-06",
        "Rio-Verde Beverages <noreply@successfactors.com>",
        "Application received: Demand Planner",
        "Dear Jasmine Brooks,\n\nThank you for applying for the Demand Planner position at Rio-Verde Beverages. Your "
        "application has been received.\n\nRio-Verde Beverages Recruiting",
        "rv1",
    ),
    (
        "Rio-Verde Beverages",
        "applied",
        "2025-03-07",
        "Rio-Verde Beverages <noreply@successfactors.com>",
        "Application received: Logistics Analyst",
        "Dear Jasmine Brooks,\n\nThank you for applying for the Logistics Analyst position at Rio-Verde Beverages. Your "
        "application has been received.\n\nRio-Verde Beverages Recruiting",
        "rv2",
    ),
    (
        "Rio-Verde Beverages",
        "rejected",
        "2025-03-24",
        "Rio-Verde Beverages <noreply@successfactors.com>",
        "Your application for Demand Planner",
        "Dear Jasmine Brooks,\n\nThank you for your interest in the Demand Planner position. We regret to inform you "
        "that the position has been filled.\n\nRio-Verde Beverages Recruiting",
        "rv3",
    ),
    # Baker & Finch (Lever, writing "Baker and Finch"; interview; thank-you)
    (
        "Baker & Finch",
        "applied",
        "2025-03-10",
        "Baker and Finch <no-reply@hire.lever.co>",
        "Thank you for your application to Baker and Finch",
        "Hi Jasmine,\n\nThank you for your interest in Baker and Finch! We've received your application for Procurement "
        "Analyst.\n\nBaker and Finch Recruiting",
        "bf1",
    ),
    (
        "Baker & Finch",
        "interview",
        "2025-03-21",
        "Nina Ross <nina.ross@bakerandfinch.com>",
        "Baker & Finch - interview with the procurement team",
        "Hi Jasmine,\n\nThe procurement team would like to meet you for a one-hour virtual interview on Wednesday, March "
        "26 at 1 PM CT.\n\nNina Ross\nBaker & Finch",
        "bf2",
    ),
    (
        "Baker & Finch",
        "thank_you",
        "2025-03-26",
        _ME,
        "Re: Baker & Finch - interview with the procurement team",
        "Hi Nina,\n\nThank you for today's interview - I enjoyed hearing about the supplier consolidation project.\n\n"
        "Best,\nJasmine",
        "bf2",
    ),
    # A&R Telecom (Taleo; silence)
    (
        "A&R Telecom",
        "applied",
        "2025-03-12",
        "A&R Telecom Careers <ar-telecom@taleo.net>",
        "A&R Telecom - Thank you for applying",
        "Dear Jasmine Brooks,\n\nThank you for applying to the Network Supply Analyst position at A&R Telecom. Your "
        "application has been submitted successfully.\n\nA&R Telecom Talent Acquisition",
        "ar1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Harlan's Hardware <deals@email.harlanshardware.com>",
        "Spring savings: 20% off garden tools",
        "shop",
        "Shop spring deals at Harlan's Hardware. Unsubscribe",
    ),
    (
        "Ticketly <tickets@ticketly.com>",
        "Your tickets for Saturday's game",
        "shop",
        "Your order #48213: 2 tickets, Section 112. Show this email at the gate.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Supply Chain Analyst: 18 new jobs in St. Louis",
        "alert",
        "Supply Chain Analyst - 4M Industrial\nDemand Planner - Rio-Verde Beverages\nSee all jobs",
    ),
    (
        "A&R Telecom <billing@artelecom.com>",
        "Your A&R Telecom bill is ready",
        "account",
        "Your monthly statement for account ending 7781 is ready. Amount due: $74.19.",
    ),
    (
        "Supply Chain Dive <newsletter@supplychaindive.com>",
        "Tariffs reshape inbound freight",
        "newsletter",
        "Today's top supply chain news. Unsubscribe",
    ),
    (
        "Mark Allen <mark@midwestsupplytalent.example>",
        "Senior Demand Planner - confidential",
        "outreach",
        "Hi Jasmine, I'm recruiting for a Senior Demand Planner at a Fortune 500 manufacturer. Open to a quick call?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JASMINE,
        own_to={
            "4M Industrial": "Carla Diaz <cdiaz@4mindustrial.com>",
            "Baker & Finch": "Nina Ross <nina.ross@bakerandfinch.com>",
        },
        offset="-0500",
        clock="13:10:00",
        neg_start="2025-03-08",
        neg_step=5,
        neg_clock="06:40:00",
        tag="eightyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
