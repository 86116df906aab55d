"""A three-hundred-and-thirty-second mailbox, written as a held-out check after the three-hundred-and-thirty-first
(issue #24).

Patricia, a finance executive in Charlotte, exports Gmail with Takeout.  Executive search as it writes: a retained
search partner's "I'm leading the CFO search for a PE-backed industrial distributor; the client is confidential at
this stage" (cold outreach), then, after her call, "I'm pleased to present you as a candidate to our client, a
PE-backed industrial distributor", then "I can now share that our client is Piedmont Supply Company" with a first
meeting with the CEO, "a final interview with the board" (the final round), another firm's candidacy that ends with
"the board has selected another candidate", an offer letter from the company's CHRO and her acceptance.  Negatives:
the first cold outreach, another search firm's cold note, a CFO newsletter, a conference invitation, a country club
statement, her husband.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PAT = "patricia.lane.cfo@gmail.com"
ME = f"Patricia Lane <{PAT}>"

_OWN_TO = {
    "Piedmont Supply Company": "Rebecca Hale <rhale@piedmontsupply.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Piedmont Supply Company",
        "applied",
        "2025-05-12",
        "Michael Grant <mgrant@hollisterpartners.example>",
        "RE: CFO search - confidential",
        "Patricia,\n\nThank you for the conversation this morning. I'm pleased to present you as a candidate to our "
        "client, a PE-backed industrial distributor headquartered in the Carolinas, for their Chief Financial Officer "
        "role. I'll be in touch after I review the slate with the CEO next week.\n\nBest regards,\nMichael Grant\n"
        "Partner, Hollister Partners",
        "p1",
    ),
    (
        "Catawba Health System",
        "applied",
        "2025-05-14",
        "Susan Park <spark@ridgelinesearch.example>",
        "Catawba Health System - CFO",
        "Patricia,\n\nThank you for agreeing to be considered. I have presented your candidacy to Catawba Health System's "
        "search committee for the Chief Financial Officer position.\n\nWarm regards,\nSusan Park\nRidgeline Search",
        "c1",
    ),
    (
        "Piedmont Supply Company",
        "interview",
        "2025-05-21",
        "Michael Grant <mgrant@hollisterpartners.example>",
        "RE: CFO search - confidential",
        "Patricia,\n\nI can now share that our client is Piedmont Supply Company. Their CEO, Tom Reeves, would like to "
        "meet you for breakfast next Wednesday in Charlotte.\n\nBest regards,\nMichael",
        "p1",
    ),
    (
        "Piedmont Supply Company",
        "onsite",
        "2025-06-02",
        "Michael Grant <mgrant@hollisterpartners.example>",
        "Piedmont Supply - final interview",
        "Patricia,\n\nTom was very impressed. Piedmont would like you to come to Greensboro for a final interview with the "
        "board, including two operating partners from the sponsor, on June 10.\n\nBest regards,\nMichael",
        "p2",
    ),
    (
        "Catawba Health System",
        "rejected",
        "2025-06-05",
        "Susan Park <spark@ridgelinesearch.example>",
        "RE: Catawba Health System - CFO",
        "Patricia,\n\nI wanted to let you know personally that the board has selected another candidate for the CFO role. "
        "It was a very close decision, and they asked me to thank you.\n\nWarm regards,\nSusan",
        "c1",
    ),
    (
        "Piedmont Supply Company",
        "offer",
        "2025-06-16",
        "Rebecca Hale <rhale@piedmontsupply.example>",
        "Offer letter - Chief Financial Officer",
        "Dear Patricia,\n\nOn behalf of Piedmont Supply Company, I am delighted to extend you an offer to join us as Chief "
        "Financial Officer. The enclosed letter outlines your base salary, annual bonus and equity participation.\n\n"
        "Sincerely,\nRebecca Hale\nChief Human Resources Officer",
        "p3",
    ),
    (
        "Piedmont Supply Company",
        "accepted",
        "2025-06-18",
        ME,
        "RE: Offer letter - Chief Financial Officer",
        "Dear Rebecca,\n\nThank you. I am delighted to accept the offer and have returned the signed letter. I look forward "
        "to joining Piedmont Supply.\n\nBest regards,\nPatricia",
        "p3",
    ),
]

_NEGATIVES = [
    (
        "Michael Grant <mgrant@hollisterpartners.example>",
        "CFO search - confidential",
        "outreach",
        "Patricia,\n\nI'm leading the CFO search for a PE-backed industrial distributor; the client is confidential at "
        "this stage. Your background came highly recommended. Would you have 20 minutes this week?\n\nMichael Grant\n"
        "Partner, Hollister Partners",
    ),
    (
        "Dana Whitman <dwhitman@keystonesearch.example>",
        "Introduction",
        "outreach",
        "Patricia, I lead our financial officers practice and would welcome a conversation about your career plans.",
    ),
    (
        "CFO Brief <newsletter@cfobrief.example>",
        "This week in finance leadership",
        "newsletter",
        "Rates, capital allocation and what boards want from CFOs in 2025.",
    ),
    (
        "Carolinas CFO Summit <events@cfosummit.example>",
        "You're invited: Carolinas CFO Summit",
        "newsletter",
        "Join 200 finance leaders in Charlotte on September 18.",
    ),
    (
        "Quail Hollow Club <statements@quailhollow.example>",
        "Your monthly statement",
        "other",
        "Your May statement is available in the member portal.",
    ),
    (
        "Robert Lane <rob.lane@icloud.example>",
        "dinner",
        "personal",
        "Reservation at 7:30 Friday for our anniversary. Love you.",
    ),
]


def messages():
    """``[(message, truth)]``: the cold outreach first (it opens the thread), the positives, then the negatives."""
    from mail_score import takeout_corpus

    out = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PAT,
        own_to=_OWN_TO,
        offset="-0400",
        clock="08:35:00",
        neg_start="2025-05-08",
        neg_step=8,
        neg_clock="18:25:00",
        tag="threehundredthirtytwo",
    )
    # the search partner's first cold mail is the start of the thread his later mail answers
    first = next(m for m, t in out if t == ("skip", "outreach", None))
    del first["X-GM-THRID"]
    first["X-GM-THRID"] = "p1"
    return out


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
