"""A six-hundred-and-tenth mailbox, written as a held-out check after the six-hundred-and-ninth (issue #24).

Jasmine Torres, looking for hourly work in Columbus, Ohio, exports her Gmail with Takeout. Warehouses, a grocer and a
hospital write the way high-volume hiring does: Amazon's "Thank you for applying to Amazon" with a hiring event to
schedule, Kroger's "Thank you for your interest in Kroger", OhioHealth's Workday "Application received", Amazon's
"Your pre-hire appointment is confirmed" (the drug test and photo, no interview), Kroger's "We'd like to invite you to
an interview with the store manager", OhioHealth's "the position has been filled", Amazon's "Congratulations! You have
a contingent job offer", Kroger's "we have selected another candidate", and a staffing firm's "I've submitted you to the Rickenbacker distribution center, they want you on Monday for a
walk-through interview", then "they didn't move forward". Negatives: Snagajob's alert, the Columbus Dispatch, a gig
app's recruiting mail, Kroger's own digital coupons (a company she applied to), AEP and her cousin. Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.

Its truth first called Amazon's pre-hire appointment (ID, photo, drug test) a "reply"; like the 573rd's background
check it is no step (a formality between the application and the offer), and the truth now says so.
"""

from __future__ import annotations

from pathlib import Path

JASMINE = "jasmine.torres614@gmail.com"
ME = f"Jasmine Torres <{JASMINE}>"
AMAZON = "Amazon Jobs <no-reply@hiring.amazon.example>"
KROGER = "Kroger Careers <kroger@myworkday.example>"
OH = "OhioHealth Careers <ohiohealth@myworkday.example>"
DEB = "Debbie Wallace <dwallace@kroger.example>"
STAFF = "Tony Russo <trusso@staffmark.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Amazon",
        "applied",
        "2025-08-04",
        AMAZON,
        "Thank you for applying to Amazon",
        "Hi Jasmine,\n\nThank you for applying to Amazon for the Warehouse Team Member position in Obetz, OH. Next, "
        "schedule your hiring event in your application dashboard.\n\nAmazon Hiring Team",
        "t-amzn",
    ),
    (
        "Kroger",
        "applied",
        "2025-08-05",
        KROGER,
        "Thank you for your interest in Kroger",
        "Hi Jasmine,\n\nThank you for your interest in Kroger! We have received your application for Deli Clerk at "
        "store 874.\n\nKroger Talent Acquisition",
        "t-kroger",
    ),
    (
        "OhioHealth",
        "applied",
        "2025-08-05",
        OH,
        "Application received",
        "Dear Jasmine,\n\nWe have received your application for Patient Care Technician at OhioHealth Riverside "
        "Methodist Hospital.\n\nOhioHealth Talent Acquisition",
        "t-oh",
    ),
    (
        "Staffmark",
        "applied",
        "2025-08-06",
        STAFF,
        "Rickenbacker - 2nd shift",
        "Hi Jasmine,\n\nGreat talking to you. I've submitted you to the Rickenbacker distribution center for the 2nd "
        "shift picker role ($19.50/hr). I'll call you when I hear back.\n\nTony Russo\nStaffmark",
        "t-staff",
    ),
    (
        "Amazon",
        "skip",
        "2025-08-07",
        AMAZON,
        "Your pre-hire appointment is confirmed",
        "Hi Jasmine,\n\nYour pre-hire appointment is confirmed for August 9 at 10:00 AM at 2600 Creekside Pkwy. Bring "
        "two forms of ID; we'll take your photo and complete your drug test.\n\nAmazon Hiring Team",
        "t-amzn",
    ),
    (
        "Kroger",
        "interview",
        "2025-08-08",
        DEB,
        "Interview at Kroger #874",
        "Hi Jasmine,\n\nWe'd like to invite you to an interview with the store manager on Tuesday at 2 PM. Please ask "
        "for me at the customer service desk.\n\nDebbie Wallace\nHR Coordinator, Kroger #874",
        "t-kroger2",
    ),
    (
        "Staffmark",
        "interview",
        "2025-08-08",
        STAFF,
        "RE: Rickenbacker - 2nd shift",
        "Hi Jasmine,\n\nThey want you on Monday at 3 PM for a walk-through interview at the site. Wear closed-toe "
        "shoes.\n\nTony",
        "t-staff",
    ),
    (
        "OhioHealth",
        "rejected",
        "2025-08-11",
        OH,
        "Your application with OhioHealth",
        "Dear Jasmine,\n\nThank you for your interest in the Patient Care Technician position. The position has been "
        "filled.\n\nOhioHealth Talent Acquisition",
        "t-oh",
    ),
    (
        "Amazon",
        "offer",
        "2025-08-12",
        AMAZON,
        "Congratulations! You have a contingent job offer",
        "Hi Jasmine,\n\nCongratulations! You have a contingent job offer for Warehouse Team Member in Obetz, OH, "
        "starting at $20.50/hr. Your offer is contingent on the results of your background check and drug test.\n\n"
        "Amazon Hiring Team",
        "t-amzn",
    ),
    (
        "Staffmark",
        "rejected",
        "2025-08-13",
        STAFF,
        "RE: Rickenbacker - 2nd shift",
        "Hi Jasmine,\n\nSorry - they didn't move forward. I'll let you know if anything else opens up.\n\nTony",
        "t-staff",
    ),
    (
        "Kroger",
        "rejected",
        "2025-08-14",
        DEB,
        "RE: Interview at Kroger #874",
        "Hi Jasmine,\n\nThank you for coming in. We have selected another candidate for the Deli Clerk position.\n\n"
        "Debbie",
        "t-kroger2",
    ),
]

_NEGATIVES = [
    (
        "Snagajob <alerts@snagajob.example>",
        "New jobs near Columbus",
        "alert",
        "Warehouse Associate - Grove City. Cashier - Reynoldsburg. Apply now.",
    ),
    (
        "The Columbus Dispatch <newsletters@dispatch.example>",
        "Morning headlines",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "DoorDash <dashers@doordash.example>",
        "Earn on your schedule",
        "outreach",
        "Sign up to dash and earn extra cash. Apply in minutes.",
    ),
    (
        "Kroger <kroger@kroger.example>",
        "New digital coupons for you",
        "newsletter",
        "Load this week's coupons. Unsubscribe.",
    ),
    (
        "AEP Ohio <noreply@aepohio.example>",
        "Your bill is ready",
        "other",
        "Your AEP Ohio bill is ready.",
    ),
    (
        "Marisol <marisol.t@yahoo.example>",
        "ride",
        "personal",
        "Need a ride to your appointment Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=JASMINE,
            own_to={},
            offset="-0400",
            clock="13:10:00",
            neg_start="2025-08-03",
            neg_step=4,
            neg_clock="20:55:00",
            tag="sixhundredten",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
