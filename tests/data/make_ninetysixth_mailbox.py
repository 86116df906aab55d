"""A ninety-sixth mailbox, written as a held-out check after the ninety-fifth's fixes (issue #24).

Ray, an electrician's apprentice turned building-automation technician in Cleveland, applies mostly by emailing his
résumé to small contractors.  His mail client exported a plain mbox with no labels and no ``Delivered-To`` (a
hosted mailbox read over IMAP): his own mail is known only as the address most mail is to.  The first messages of
the search are his own applications; the contractors answer from their own domains or from Gmail, by phone-call
invitations, a "come by the shop", a "working interview", a verbal offer confirmed by mail.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RAY = "ray.kowalski@clevelandmail.example"
_ME = f"Ray Kowalski <{RAY}>"

# (company, event, day, sender, subject, body, parent index or None, to)
_POSITIVES = [
    # 0-4 Erie Controls (own application; phone call; come by the shop; working interview; offer)
    (
        "Erie Controls",
        "applied",
        "2025-02-03",
        _ME,
        "Building Automation Technician - Ray Kowalski",
        "Hello,\n\nI am applying for the Building Automation Technician position posted on your website. I have three "
        "years of experience with HVAC controls and a Journeyman license. My resume is attached.\n\nThank you,\nRay "
        "Kowalski\n216-555-0148",
        None,
        "Erie Controls <jobs@eriecontrols.com>",
    ),
    (
        "Erie Controls",
        "screen",
        "2025-02-05",
        "Dave Novak <dave@eriecontrols.com>",
        "Re: Building Automation Technician - Ray Kowalski",
        "Ray,\n\nThanks for sending your resume. Can I give you a call tomorrow around 10 to talk about the job?\n\n"
        "Dave Novak\nService Manager\nErie Controls",
        0,
        None,
    ),
    (
        "Erie Controls",
        "interview",
        "2025-02-07",
        "Dave Novak <dave@eriecontrols.com>",
        "Re: Building Automation Technician - Ray Kowalski",
        "Ray,\n\nGood talking with you. Come by the shop Tuesday at 8 and meet the crew leads - bring your license.\n\n"
        "Dave",
        1,
        None,
    ),
    (
        "Erie Controls",
        "onsite",
        "2025-02-12",
        "Dave Novak <dave@eriecontrols.com>",
        "Working interview",
        "Ray,\n\nThe leads liked you. We'd like you to do a paid working interview on Friday - ride along with Mike on "
        "a service call from 7 to 3.\n\nDave",
        None,
        None,
    ),
    (
        "Erie Controls",
        "offer",
        "2025-02-17",
        "Dave Novak <dave@eriecontrols.com>",
        "Offer",
        "Ray,\n\nAs we talked about on the phone, we'd like to bring you on as a Building Automation Technician at $32 "
        "an hour plus van and phone. Start date March 3.\n\nDave",
        None,
        None,
    ),
    # 5-6 Lakeview Mechanical (own application; answer from Gmail; not hiring)
    (
        "Lakeview Mechanical",
        "applied",
        "2025-02-03",
        _ME,
        "Controls technician position",
        "Hi,\n\nI saw your posting for a controls technician on Indeed and wanted to apply directly. Resume attached."
        "\n\nThanks,\nRay Kowalski",
        None,
        "Lakeview Mechanical <office@lakeviewmech.com>",
    ),
    (
        "Lakeview Mechanical",
        "rejected",
        "2025-02-10",
        "Tony Russo <tonyrusso.lakeview@gmail.com>",
        "Re: Controls technician position",
        "Ray - thanks for reaching out. We ended up filling the spot with a guy from our union hall. Good luck.\n\nTony "
        "Russo\nLakeview Mechanical",
        5,
        None,
    ),
    # 7-8 Cuyahoga Building Systems (own application; follow-up; silence)
    (
        "Cuyahoga Building Systems",
        "applied",
        "2025-02-04",
        _ME,
        "Application - BAS Technician",
        "Hello,\n\nPlease find attached my resume for the BAS Technician opening. I would welcome the chance to talk.\n\n"
        "Regards,\nRay Kowalski",
        None,
        "Cuyahoga Building Systems <careers@cuyahogabuildingsystems.com>",
    ),
    (
        "Cuyahoga Building Systems",
        "follow_up",
        "2025-02-14",
        _ME,
        "Re: Application - BAS Technician",
        "Hello,\n\nI wanted to follow up on my application for the BAS Technician opening. I'm still very "
        "interested.\n\nRegards,\nRay Kowalski",
        7,
        "Cuyahoga Building Systems <careers@cuyahogabuildingsystems.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "HVAC Controls Technician jobs in Cleveland, OH",
        "alert",
        "Controls Technician - Erie Controls\nBAS Technician - Cuyahoga Building Systems\nSee all",
    ),
    (
        "IBEW Local 38 <news@ibew38.example>",
        "Monthly meeting reminder",
        "newsletter",
        "Monthly meeting on the 12th. Unsubscribe",
    ),
    (
        "Home Depot <orders@homedepot.example>",
        "Your order has shipped",
        "shop",
        "Your Klein multimeter is on the way.",
    ),
    (
        "Mike Kowalski <mike.kowalski77@gmail.com>",
        "Browns",
        "personal",
        "Watching the game Sunday? How did the interview go?",
    ),
    (
        "Trade Staffing <jobs@tradestaffing.example>",
        "Controls techs wanted - $35/hr",
        "outreach",
        "Ray, we have several controls tech openings with our clients in Akron and Cleveland. Call us today.",
    ),
]


def messages():
    """``[(message, truth)]``: his own mail first, the answers, then the negatives; no labels, no Delivered-To."""
    from mail_score import threaded_corpus

    msgs = threaded_corpus(
        [p[:7] for p in _POSITIVES],
        _NEGATIVES,
        owner=RAY,
        own_to={p[0]: p[7] for p in _POSITIVES if p[3] == _ME},
        offset=lambda d: "-0500",
        clock="08:15:00",
        neg_start="2025-02-06",
        neg_step=2,
        neg_clock="19:30:00",
        tag="ninetysix",
        host="clevelandmail.example",
    )
    for m, _ in msgs:
        del m["Delivered-To"]  # read over IMAP: the export keeps no delivery header
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as one plain mbox into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Ray.mbox", msgs if msgs is not None else messages())
