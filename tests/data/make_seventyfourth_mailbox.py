"""A seventy-fourth mailbox, written as a held-out check after the seventy-third's fixes (issue #24).

Devon, looking for hourly work in Columbus, Ohio, exports Gmail with Takeout.  Hourly hiring runs on chat assistants
and text-like mail: Paradox's assistant ("Hi Devon, it's Olivia from ..."), Fountain and Workstream, Snagajob and
UKG; a "hiring event", an "in-person interview", a "pre-hire appointment", "You're hired!" with a start date, a
"working interview" at a café; "we've filled this position"; his own confirmations and his decline of a shift
offer.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DEVON = "devon.harris614@gmail.com"
_ME = f"Devon Harris <{DEVON}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Buckeye Distribution (Paradox assistant; hiring event; pre-hire appointment; hired)
    (
        "Buckeye Distribution",
        "applied",
        "2025-08-04",
        "Olivia at Buckeye Distribution <noreply@paradox.ai>",
        "Thanks for applying to Buckeye Distribution!",
        "Hi Devon, it's Olivia, the virtual assistant for Buckeye Distribution. Thanks for applying for the Warehouse "
        "Associate - 2nd Shift position! I'll text you updates on your application.",
        "bd1",
    ),
    (
        "Buckeye Distribution",
        "interview",
        "2025-08-05",
        "Olivia at Buckeye Distribution <noreply@paradox.ai>",
        "Your interview is scheduled!",
        "Hi Devon! Your in-person interview at Buckeye Distribution is confirmed for Thursday, August 7 at 2:00 PM at "
        "4100 Groveport Rd, Columbus, OH. Ask for the HR office at the front desk. Reply R to reschedule.",
        "bd2",
    ),
    (
        "Buckeye Distribution",
        "offer",
        "2025-08-07",
        "Olivia at Buckeye Distribution <noreply@paradox.ai>",
        "Congratulations, Devon!",
        "Great news, Devon! Buckeye Distribution would like to offer you the Warehouse Associate - 2nd Shift position "
        "at $19.50/hour. Tap the link to accept your offer and book your pre-hire appointment.",
        "bd3",
    ),
    (
        "Buckeye Distribution",
        "accepted",
        "2025-08-07",
        _ME,
        "Re: Congratulations, Devon!",
        "I accept! Thank you. I booked the pre-hire appointment for Monday.\n\nDevon",
        "bd3",
    ),
    # Scioto Grocers (Fountain; hiring event; filled)
    (
        "Scioto Grocers",
        "applied",
        "2025-08-05",
        "Scioto Grocers Hiring <hiring@fountain.com>",
        "Application received - Scioto Grocers",
        "Hi Devon,\n\nWe got your application for Stocker (Overnight) at Scioto Grocers - Clintonville. Next, pick a "
        "time to come to our hiring event.\n\nScioto Grocers Hiring Team",
        "sg1",
    ),
    (
        "Scioto Grocers",
        "interview",
        "2025-08-06",
        "Scioto Grocers Hiring <hiring@fountain.com>",
        "You're booked for our hiring event",
        "Hi Devon,\n\nYou're booked for our hiring event on Saturday, August 9 at 10:00 AM at our Clintonville store. "
        "You'll meet the store manager for a quick interview on the spot. Bring a photo ID.\n\nScioto Grocers Hiring "
        "Team",
        "sg2",
    ),
    (
        "Scioto Grocers",
        "rejected",
        "2025-08-13",
        "Scioto Grocers Hiring <hiring@fountain.com>",
        "Update from Scioto Grocers",
        "Hi Devon,\n\nThanks for coming to our hiring event. We've filled this position, but we'll keep your "
        "application on file for future openings.\n\nScioto Grocers Hiring Team",
        "sg3",
    ),
    # Short North Coffee (Workstream; a working interview; a shift offer he declines)
    (
        "Short North Coffee",
        "applied",
        "2025-08-06",
        "Short North Coffee <no-reply@workstream.us>",
        "Short North Coffee received your application",
        "Hi Devon, Short North Coffee received your application for Barista. A manager will review it soon.",
        "sn1",
    ),
    (
        "Short North Coffee",
        "interview",
        "2025-08-08",
        "Jamie at Short North Coffee <jamie@shortnorthcoffee.com>",
        "Working interview?",
        "Hey Devon! Can you come in Tuesday at 8am for a 2-hour working interview behind the bar? You'll get paid "
        "for it.\n\nJamie, store manager",
        "sn2",
    ),
    (
        "Short North Coffee",
        "offer",
        "2025-08-13",
        "Jamie at Short North Coffee <jamie@shortnorthcoffee.com>",
        "Re: Working interview?",
        "You did great! We'd love to have you join the team - $15/hr plus tips, about 25 hours a week. Want it?\n\n"
        "Jamie",
        "sn2",
    ),
    (
        "Short North Coffee",
        "declined",
        "2025-08-14",
        _ME,
        "Re: Working interview?",
        "Thanks so much Jamie, but I took a full-time warehouse job, so I have to turn it down. Thanks again!\n\nDevon",
        "sn2",
    ),
    # Olentangy Home Center (Snagajob + UKG; silence)
    (
        "Olentangy Home Center",
        "applied",
        "2025-08-08",
        "Snagajob <noreply@snagajob.com>",
        "You applied to Olentangy Home Center",
        "Hi Devon,\n\nYou applied for Lot Associate at Olentangy Home Center. The employer will contact you if they "
        "would like to move forward.\n\nSnagajob",
        "oh1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Snagajob <jobs@snagajob.com>",
        "Hiring now near you: warehouse jobs",
        "alert",
        "Warehouse Associate - Buckeye Distribution - $19.50/hr\nStocker - Scioto Grocers\nApply in minutes",
    ),
    (
        "Olivia at Buckeye Distribution <noreply@paradox.ai>",
        "Reminder: your interview is tomorrow",
        "reminder",
        "Hi Devon! Just a reminder that your interview at Buckeye Distribution is tomorrow at 2:00 PM. Reply R to "
        "reschedule.",
    ),
    (
        "Buckeye Distribution <noreply@paradox.ai>",
        "Your pre-hire appointment",
        "onboarding",
        "Hi Devon, your pre-hire appointment (drug screen and I-9 paperwork) is Monday at 9:00 AM. Bring two forms of "
        "ID.",
    ),
    (
        "Indeed <donotreply@indeed.com>",
        "Devon, employers are looking for candidates like you",
        "outreach",
        "Forklift Operator - Rickenbacker Logistics - Apply now\nPicker/Packer - $18/hr",
    ),
    (
        "Columbus Crew <news@columbuscrew.com>",
        "Matchday this Saturday",
        "newsletter",
        "Get your tickets for Saturday's match. Unsubscribe",
    ),
    (
        "Keisha Harris <keisha.h.614@gmail.com>",
        "ride",
        "personal",
        "need a ride to your interview thursday? i'm off work",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DEVON,
        own_to={
            "Buckeye Distribution": "Olivia at Buckeye Distribution <noreply@paradox.ai>",
            "Short North Coffee": "Jamie at Short North Coffee <jamie@shortnorthcoffee.com>",
        },
        offset="-0400",
        clock="16:20:00",
        neg_start="2025-08-05",
        neg_step=2,
        neg_clock="09:10:00",
        tag="seventyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
