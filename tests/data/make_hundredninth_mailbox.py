"""A hundred-and-ninth mailbox, written as a held-out check after the hundred-and-eighth (issue #24).

Marcus, an operations manager in Atlanta, exports one mailbox from Apple Mail (``Marcus.mbox/mbox``: no labels,
``Delivered-To`` on received mail; his own replies in it too, tied by ``In-Reply-To``).  Its employers say each step
in words of their own, the way people write when they do not use a template: "we've chosen another finalist",
"the hiring team has decided to explore other options", "we won't be able to offer you a position", "we'd love to
bring you in", "connect with our hiring manager", "self-schedule your next conversation", "we'd like to make you
an offer".  Its negatives are his: a webinar, a store's order, a recruiter's pitch, a job board's alert, a
networking group's meetup, a former colleague's lunch invitation.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.bell.ops@me.com"
_ME = f"Marcus Bell <{MARCUS}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    # 0-4 Peachtree Freight (screen, an interview with the hiring manager, an offer, his yes)
    (
        "Peachtree Freight",
        "applied",
        "2025-08-04",
        "Peachtree Freight <careers@peachtreefreight.com>",
        "We've got your application!",
        "Hi Marcus,\n\nThis email confirms we've got your application for Operations Manager. Someone from our team "
        "will look it over in the next week or so.\n\nPeachtree Freight People Team",
        None,
    ),
    (
        "Peachtree Freight",
        "screen",
        "2025-08-08",
        "Renee Wallace <renee.wallace@peachtreefreight.com>",
        "Operations Manager",
        "Hi Marcus,\n\nI'd like to set up a brief call to learn more about your background and walk you through the "
        "role. Do you have time Tuesday or Wednesday afternoon?\n\nRenee Wallace\nPeople Partner",
        None,
    ),
    (
        "Peachtree Freight",
        "interview",
        "2025-08-14",
        "Renee Wallace <renee.wallace@peachtreefreight.com>",
        "RE: Operations Manager",
        "Hi Marcus,\n\nThanks for the time on Tuesday! Next, we'd like you to connect with Darnell, our VP of "
        "Operations, for about an hour. Could you do Monday the 18th at 10am at our Forest Park terminal?\n\nRenee",
        1,
    ),
    (
        "Peachtree Freight",
        "offer",
        "2025-08-26",
        "Renee Wallace <renee.wallace@peachtreefreight.com>",
        "Good news",
        "Hi Marcus,\n\nDarnell and the team were really impressed, and we'd like to make you an offer for the "
        "Operations Manager position. I'll send the details over this afternoon - let me know a good time to talk "
        "them through.\n\nRenee",
        None,
    ),
    (
        "Peachtree Freight",
        "accepted",
        "2025-08-29",
        _ME,
        "RE: Good news",
        "Renee,\n\nI'm in! Thanks for walking me through everything yesterday. I'll sign the paperwork tonight.\n\n"
        "Marcus",
        3,
        "Renee Wallace <renee.wallace@peachtreefreight.com>",
    ),
    # 5-7 Chattahoochee Brewing (a conversation, then "another finalist")
    (
        "Chattahoochee Brewing",
        "applied",
        "2025-08-05",
        "Chattahoochee Brewing <no-reply@bamboohr.com>",
        "Thanks for applying at Chattahoochee Brewing",
        "Marcus, thanks for applying for the Production Operations Manager opening at Chattahoochee Brewing. We "
        "look at every application personally.",
        None,
    ),
    (
        "Chattahoochee Brewing",
        "interview",
        "2025-08-12",
        "Lena Ortiz <lena@chattbrewing.com>",
        "Production Operations Manager",
        "Hey Marcus,\n\nLoved your resume. We'd love to bring you in for a conversation with me and our head brewer. "
        "Would Thursday at 2 at the brewery work?\n\nLena Ortiz\nGeneral Manager",
        None,
    ),
    (
        "Chattahoochee Brewing",
        "rejected",
        "2025-08-25",
        "Lena Ortiz <lena@chattbrewing.com>",
        "RE: Production Operations Manager",
        "Hey Marcus,\n\nThanks again for coming by. It was a really tough call, but after much deliberation we've "
        "chosen another finalist whose background is a little closer to brewing. I hope our paths cross again.\n\n"
        "Lena",
        6,
    ),
    # 8-10 Southern Crescent Health (a self-scheduled interview, then "other options")
    (
        "Southern Crescent Health",
        "applied",
        "2025-08-06",
        "Southern Crescent Health <southerncrescent@myworkday.com>",
        "Thank you for your interest",
        "Dear Marcus,\n\nWe appreciate your interest in the Director of Patient Access role at Southern Crescent "
        "Health. Your submission has been received.",
        None,
    ),
    (
        "Southern Crescent Health",
        "interview",
        "2025-08-13",
        "Southern Crescent Health <southerncrescent@myworkday.com>",
        "Next step: schedule your conversation",
        "Dear Marcus,\n\nYou've been selected to move on to the next round for Director of Patient Access. Please use "
        "the link below to self-schedule a 45-minute video conversation with the hiring manager.",
        None,
    ),
    (
        "Southern Crescent Health",
        "rejected",
        "2025-08-27",
        "Southern Crescent Health <southerncrescent@myworkday.com>",
        "An update on Director of Patient Access",
        "Dear Marcus,\n\nThank you for the time you spent with us. The hiring team has decided to explore other "
        "options for this role. We're grateful for your interest in Southern Crescent Health.",
        None,
    ),
    # 11-12 Magnolia Retail Group (a no without an interview)
    (
        "Magnolia Retail Group",
        "applied",
        "2025-08-07",
        "Magnolia Retail Group <notifications@smartrecruiters.com>",
        "Your application to Magnolia Retail Group",
        "Hi Marcus, thanks for your interest in Magnolia Retail Group! Your application for District Operations "
        "Manager is in our hands.",
        None,
    ),
    (
        "Magnolia Retail Group",
        "rejected",
        "2025-08-19",
        "Magnolia Retail Group <notifications@smartrecruiters.com>",
        "About your application",
        "Hi Marcus, we appreciate you taking the time to apply. We won't be able to offer you a position at this "
        "time, but we'd welcome an application for future openings.",
        None,
    ),
    # 13-14 Blue Ridge Outfitters (his own application to an owner; his check-in)
    (
        "Blue Ridge Outfitters",
        "applied",
        "2025-08-11",
        _ME,
        "Operations lead - Marcus Bell",
        "Hi Jenna,\n\nA friend at the Decatur store mentioned you're looking for someone to run operations across "
        "your three shops. I'd love to throw my hat in the ring - my resume is attached.\n\nThanks,\nMarcus Bell",
        None,
        "Jenna Price <jenna@blueridgeoutfitters.com>",
    ),
    (
        "Blue Ridge Outfitters",
        "follow_up",
        "2025-08-21",
        _ME,
        "RE: Operations lead - Marcus Bell",
        "Hi Jenna,\n\nJust circling back on my note from last week - still very interested if the role is open.\n\n"
        "Marcus",
        13,
        "Jenna Price <jenna@blueridgeoutfitters.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "APICS Atlanta <events@apicsatl.example>",
        "Webinar: lean warehousing in 2026",
        "newsletter",
        "Join us Thursday for a free webinar on lean warehousing with two operations leaders. Register now. "
        "Unsubscribe",
    ),
    (
        "The Home Depot <order@homedepot.example>",
        "Your order is ready for pickup",
        "shop",
        "Your order #W1234 is ready for pickup at the Forest Park store.",
    ),
    (
        "Tyler Nguyen <tyler@peakstaffing.example>",
        "Ops Manager role - Marietta",
        "outreach",
        "Hi Marcus - I'm recruiting an Operations Manager for a distribution client in Marietta ($110-125K). Would "
        "you be up for a quick call this week?\n\nTyler\nPeak Staffing",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Operations Manager jobs near Atlanta, GA",
        "alert",
        "Operations Manager - Peachtree Freight - Forest Park, GA. Warehouse Operations Manager - Norcross, GA. See "
        "all jobs.",
    ),
    (
        "Atlanta Ops Leaders <meetup@atlops.example>",
        "RSVP: September meetup",
        "newsletter",
        "Our September meetup is at Monday Night Brewing. RSVP so we have enough food! Unsubscribe",
    ),
    (
        "Keisha Grant <keisha.grant@gmail.com>",
        "lunch?",
        "personal",
        "Hey! Heard you've been interviewing - lunch next week? Want to hear all about it.",
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
        offset=lambda d: "-0400",
        clock="10:15:00",
        neg_start="2025-08-05",
        neg_step=4,
        neg_clock="19:30:00",
        tag="hundrednine",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Marcus.mbox" / "mbox", msgs if msgs is not None else messages())
