"""A two-hundred-and-ninety-ninth mailbox, written as a held-out check after the two-hundred-and-ninety-eighth
(issue #24).

Marcus, a warehouse shift supervisor in Chicago, keeps his mail in Apple Mail and exports the inbox as a plain
mbox.  Hourly and supervisory hiring as it reaches him: Indeed's "Application submitted" with the employer's card, a
chat assistant ("Hi Marcus, it's Olivia, the virtual recruiting assistant for Lakeshore Logistics") who books an
interview at the building, Fountain's "next step" for a delivery company, a staffing firm's recruiter who
"submitted you to our client, Midway Cold Storage" and then writes that the client wants to meet him, "we have
decided to go with another candidate", a contingent offer ("pending background check and drug screen"), and his own
"I accept".  Negatives: Indeed's alert, ComEd's bill, a DoorDash promotion, a Bears ticket, his church's newsletter,
his sister.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.g.reed@icloud.example"
ME = f"Marcus Reed <{MARCUS}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Lakeshore Logistics",
        "applied",
        "2025-08-04",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Warehouse Shift Supervisor",
        "Application submitted\n\nWarehouse Shift Supervisor\nLakeshore Logistics - Bolingbrook, IL\n\nThe following "
        "items were sent to Lakeshore Logistics. Good luck!\n- Resume\n- Answers to screener questions\n\nNext steps: "
        "the employer may contact you by phone or email.",
        None,
    ),
    (
        "Lakeshore Logistics",
        "interview",
        "2025-08-05",
        "Olivia at Lakeshore Logistics <olivia@paradox.ai>",
        "Your interview with Lakeshore Logistics is confirmed",
        "Hi Marcus, it's Olivia, the virtual recruiting assistant for Lakeshore Logistics!\n\nYour interview for "
        "Warehouse Shift Supervisor is confirmed:\nThursday, August 7 at 10:00 AM\n1250 Remington Blvd, Bolingbrook, "
        "IL\nAsk for: Tony Ruiz, Operations Manager\n\nNeed to reschedule? Just reply to this email.",
        None,
    ),
    (
        "Windy City Couriers",
        "applied",
        "2025-08-06",
        "Windy City Couriers <no-reply@fountain.com>",
        "Thanks for applying to Windy City Couriers!",
        "Hi Marcus,\n\nThanks for applying for Dispatch Supervisor at Windy City Couriers! Your next step: complete a "
        "short questionnaire so we can learn more about you.\n\nThe Windy City Couriers Team",
        None,
    ),
    (
        "Midway Cold Storage",
        "applied",
        "2025-08-08",
        "Keisha Lawson <klawson@prairiestaffing.example>",
        "Submitted - Shift Lead, Midway Cold Storage",
        "Hi Marcus,\n\nGreat talking with you today. As discussed, I submitted you to our client, Midway Cold Storage, "
        "for the 2nd shift Shift Lead role in Bedford Park ($26/hr plus shift differential). I'll let you know as "
        "soon as I hear back.\n\nKeisha Lawson\nSenior Recruiter | Prairie Staffing Group\n(312) 555-0142",
        None,
    ),
    (
        "Lakeshore Logistics",
        "rejected",
        "2025-08-12",
        "Lakeshore Logistics <olivia@paradox.ai>",
        "Update on your application",
        "Hi Marcus,\n\nThank you for taking the time to interview with us for Warehouse Shift Supervisor. We have "
        "decided to go with another candidate for this position. We encourage you to apply for future openings at "
        "Lakeshore Logistics.\n\nBest,\nLakeshore Logistics Talent Team",
        1,
    ),
    (
        "Midway Cold Storage",
        "interview",
        "2025-08-13",
        "Keisha Lawson <klawson@prairiestaffing.example>",
        "RE: Submitted - Shift Lead, Midway Cold Storage",
        "Hi Marcus!\n\nGood news - the client wants to meet you. They can do an in-person interview at the Bedford "
        "Park facility on Friday at 2pm with the Operations Manager, Dave Kowalski. Does that work?\n\nKeisha",
        3,
    ),
    (
        "Windy City Couriers",
        "withdrew",
        "2025-08-14",
        ME,
        "Dispatch Supervisor application",
        "Hello,\n\nPlease withdraw my application for the Dispatch Supervisor position. I've decided to pursue "
        "another opportunity. Thank you for your time.\n\nMarcus Reed",
        None,
        "Windy City Couriers Hiring <hiring@windycitycouriers.example>",
    ),
    (
        "Midway Cold Storage",
        "offer",
        "2025-08-19",
        "Keisha Lawson <klawson@prairiestaffing.example>",
        "Offer - Shift Lead at Midway Cold Storage",
        "Marcus,\n\nCongrats!! Midway Cold Storage would like to offer you the Shift Lead position, 2nd shift, at "
        "$27/hr. The offer is contingent pending background check and drug screen. Start date would be Sept 2.\n\n"
        "Let me know if you accept and I'll send the paperwork.\n\nKeisha Lawson\nSenior Recruiter | Prairie "
        "Staffing Group",
        None,
    ),
    (
        "Midway Cold Storage",
        "accepted",
        "2025-08-19",
        ME,
        "RE: Offer - Shift Lead at Midway Cold Storage",
        "Keisha,\n\nYes I accept! Thank you for everything. Send over the paperwork and I'll get the drug screen done "
        "this week.\n\nMarcus",
        7,
        "Keisha Lawson <klawson@prairiestaffing.example>",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Warehouse Supervisor jobs near Chicago, IL",
        "alert",
        "Warehouse Supervisor - Joliet, IL. Shift Manager - Elk Grove Village. Easily apply.",
    ),
    (
        "ComEd <billing@comed.example>",
        "Your ComEd bill is ready",
        "other",
        "Your bill of $96.55 is due on August 28.",
    ),
    (
        "DoorDash <no-reply@doordash.example>",
        "$0 delivery fee this weekend",
        "shop",
        "Order from your favorite restaurants with $0 delivery fees all weekend.",
    ),
    (
        "Chicago Bears <tickets@chicagobears.example>",
        "Your preseason tickets",
        "other",
        "Your tickets for the preseason game on August 17 are ready in the app.",
    ),
    (
        "New Hope Baptist Church <office@newhopechicago.example>",
        "This Sunday at New Hope",
        "newsletter",
        "Join us Sunday at 10am. Back-to-school backpack giveaway after service.",
    ),
    (
        "Tasha Reed <tasha.reed@gmail.example>",
        "mom's birthday",
        "personal",
        "are you bringing the cake saturday or am I? mom says no fuss lol",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MARCUS,
        own_to={},
        offset=lambda d: "-0500",
        clock="12:10:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="20:15:00",
        tag="twohundredninetynine",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the inbox as Apple Mail exports it (a plain mbox, "Inbox.mbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
