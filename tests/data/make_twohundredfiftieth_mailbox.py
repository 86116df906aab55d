"""A two-hundred-and-fiftieth mailbox, written as a held-out check after the two-hundred-and-forty-ninth
(issue #24).

Denise, an operations manager in Chicago, reads mail on her phone and exported it from Thunderbird as a plain mbox
(no labels; replies tied by ``In-Reply-To``).  The owners and managers of small and mid-size firms write to her in
a line or two from their phones ("Sent from my iPhone"): "Can you come in Tues at 10 to meet the team?", "We went
another direction. Good luck", "We'd like to make you an offer - call me", besides iCIMS's receipt and an
Indeed-relayed message from an employer.  Negatives: Indeed's alerts, a staffing firm's blast, a Costco receipt, a
parent-teacher note, her sister.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.

The truth first named the print shop "Kowalski Brothers Printing", as its Indeed posting did; no mail spells that
name (the owner signs "Tom", from kowalskiprinting.com), so, as for the 229th's school, the truth now follows what
the mail gives: "Kowalski Printing".
"""

from __future__ import annotations

from pathlib import Path

DENISE = "denise.walker.ops@gmail.com"
ME = f"Denise Walker <{DENISE}>"

# (company, event, day, sender, subject, body, parent, to)
_POSITIVES = [
    (
        "Lakeview Distribution",
        "applied",
        "2025-07-07",
        "Lakeview Distribution <lakeviewdistribution@icims.com>",
        "Thank you for applying to Lakeview Distribution",
        "Dear Denise,\n\nThank you for your interest in the Operations Manager position at Lakeview Distribution. We "
        "have received your application and our team will review your qualifications.\n\nLakeview Distribution "
        "Talent Acquisition",
        None,
    ),
    (
        "Kowalski Printing",
        "applied",
        "2025-07-08",
        ME,
        "Operations Manager - Denise Walker",
        "Hi Mr. Kowalski,\n\nI saw your Operations Manager posting on Indeed and wanted to reach out directly. My resume "
        "is attached; I've run a 40-person shop floor for six years.\n\nThanks,\nDenise Walker",
        None,
        "Tom Kowalski <tom@kowalskiprinting.com>",
    ),
    (
        "Kowalski Printing",
        "interview",
        "2025-07-09",
        "Tom Kowalski <tom@kowalskiprinting.com>",
        "Re: Operations Manager - Denise Walker",
        "Denise - thanks for reaching out. Can you come in Tues at 10 to meet me and my brother? 2250 W Fulton.\n\n"
        "Tom\n\nSent from my iPhone",
        1,
    ),
    (
        "Midwest Cold Storage",
        "applied",
        "2025-07-10",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Operations Manager",
        "Your application has been submitted.\n\nOperations Manager\nMidwest Cold Storage - Elk Grove Village, IL\n\n"
        "Good luck!\nIndeed",
        None,
    ),
    (
        "Midwest Cold Storage",
        "screen",
        "2025-07-14",
        "Rachel Kim via Indeed <rachel-kim-mwcs@indeedemail.com>",
        "Operations Manager - Midwest Cold Storage",
        "Hi Denise, I'm the HR manager at Midwest Cold Storage. Do you have 15 min for a call tomorrow about the "
        "Operations Manager role? Thanks, Rachel",
        None,
    ),
    (
        "Kowalski Printing",
        "thank_you",
        "2025-07-15",
        ME,
        "Re: Operations Manager - Denise Walker",
        "Tom,\n\nThank you and Frank for the tour and the conversation this morning. I'd love to help you get the new "
        "press line running.\n\nDenise",
        2,
        "Tom Kowalski <tom@kowalskiprinting.com>",
    ),
    (
        "Lakeview Distribution",
        "rejected",
        "2025-07-17",
        "Lakeview Distribution <lakeviewdistribution@icims.com>",
        "Your application with Lakeview Distribution",
        "Dear Denise,\n\nThank you for your interest in Lakeview Distribution. After reviewing your background, we have "
        "decided to pursue other candidates for the Operations Manager position.\n\nLakeview Distribution Talent "
        "Acquisition",
        0,
    ),
    (
        "Midwest Cold Storage",
        "rejected",
        "2025-07-21",
        "Rachel Kim via Indeed <rachel-kim-mwcs@indeedemail.com>",
        "Re: Operations Manager - Midwest Cold Storage",
        "Denise - we went another direction with the role. Good luck!\n\nRachel",
        4,
    ),
    (
        "Kowalski Printing",
        "offer",
        "2025-07-22",
        "Tom Kowalski <tom@kowalskiprinting.com>",
        "Re: Operations Manager - Denise Walker",
        "Denise, Frank and I talked it over and we'd like to make you an offer. Call me when you can.\n\nTom\n\nSent "
        "from my iPhone",
        5,
    ),
    (
        "Kowalski Printing",
        "accepted",
        "2025-07-23",
        ME,
        "Re: Operations Manager - Denise Walker",
        "Tom,\n\nGreat talking last night - I'm happy to accept. See you Monday the 4th at 7.\n\nDenise",
        8,
        "Tom Kowalski <tom@kowalskiprinting.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Operations Manager jobs in Chicago, IL",
        "alert",
        "Operations Manager - Bedford Park; Warehouse Operations Manager - Itasca; Plant Manager - Cicero.",
    ),
    (
        "Pinnacle Staffing <jobs@pinnaclestaffing.example>",
        "HOT JOBS this week - Warehouse & Logistics",
        "outreach",
        "Dozens of warehouse and logistics openings across Chicagoland. Reply with your resume to be considered!",
    ),
    (
        "Costco <receipts@costco.example>",
        "Your Costco receipt",
        "shop",
        "Thank you for shopping at Costco. Your receipt is attached.",
    ),
    (
        "Ms. Alvarez <malvarez@cps.example>",
        "Parent-teacher conferences",
        "other",
        "Dear families, conferences are next Wednesday. Please sign up for a time slot.",
    ),
    (
        "Tasha Walker <tasha.walker@yahoo.example>",
        "Mom's birthday",
        "personal",
        "Are we still doing brunch for Mom on Sunday? I'll bring the cake.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DENISE,
        own_to={},
        offset=lambda d: "-0500",
        clock="07:45:00",
        neg_start="2025-07-06",
        neg_step=4,
        neg_clock="21:30:00",
        tag="twohundredfifty",
        host="mail.gmail.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird saves it (one mbox file, "Inbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
