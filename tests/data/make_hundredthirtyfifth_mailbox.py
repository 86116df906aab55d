"""A hundred-and-thirty-fifth mailbox, written as a held-out check after the hundred-and-thirty-fourth (issue #24).

David, a finance executive in Chicago, saves his Outlook mail as .eml files.  Retained search firms run his
searches: a partner writes about "our client", names it once the client agrees, sets up a "conversation with the
CEO", a "board interview" and references, and relays the client's decisions.  He also applies himself to one
company on Workday and hears back from its CFO.  His negatives: search firms' market notes, a CFO forum, his
alumni magazine, United, a wealth manager, a pitch from a firm he does not know.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DAVID = "david.okafor@outlook.com"
_ME = f"David Okafor <{DAVID}>"
_ELLEN = "Ellen Marsh <emarsh@spencerstuart.com>"
_RAJ = "Raj Mehta <raj.mehta@kornferry.com>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Lakefront Logistics",
        "applied",
        "2025-09-08",
        _ELLEN,
        "CFO search - Lakefront Logistics",
        "David,\n\nThank you for your time on the phone today. As discussed, I have presented your background to our "
        "client, Lakefront Logistics, for their Chief Financial Officer search. I will be back in touch once the CEO "
        "has reviewed the slate.\n\nBest regards,\nEllen Marsh\nConsultant, Spencer Stuart",
        None,
    ),
    (
        "Lakefront Logistics",
        "interview",
        "2025-09-17",
        _ELLEN,
        "RE: CFO search - Lakefront Logistics",
        "David,\n\nGood news: the CEO, Tom Reyes, would like to meet you. Could you do a 60-minute conversation with "
        "him on September 24 at their Fulton Market office?\n\nEllen",
        None,
    ),
    (
        "Lakefront Logistics",
        "onsite",
        "2025-10-01",
        _ELLEN,
        "RE: CFO search - Lakefront Logistics",
        "David,\n\nTom enjoyed your conversation. You are one of two finalists, and the next step is a meeting with "
        "the board's audit committee chair and two directors on October 9. After that we will take references.\n\n"
        "Ellen",
        None,
    ),
    (
        "Lakefront Logistics",
        "offer",
        "2025-10-16",
        _ELLEN,
        "RE: CFO search - Lakefront Logistics",
        "David,\n\nI'm delighted to tell you that Lakefront Logistics would like to make you an offer: a base of "
        "$425,000, a 60% target bonus and an equity grant. Tom will call you tomorrow to extend it personally.\n\n"
        "Ellen",
        None,
    ),
    (
        "Lakefront Logistics",
        "accepted",
        "2025-10-20",
        _ME,
        "RE: CFO search - Lakefront Logistics",
        "Ellen,\n\nI spoke with Tom this morning and accepted the offer. Thank you for guiding me through the "
        "process.\n\nDavid",
        _ELLEN,
    ),
    (
        "Prairie Foods",
        "applied",
        "2025-09-10",
        _RAJ,
        "Prairie Foods - VP Finance",
        "Hi David,\n\nThanks for the call. With your permission I've now submitted your profile to Prairie Foods for "
        "the VP Finance role. I'll let you know their feedback.\n\nRaj Mehta\nSenior Client Partner, Korn Ferry",
        None,
    ),
    (
        "Prairie Foods",
        "rejected",
        "2025-09-26",
        _RAJ,
        "RE: Prairie Foods - VP Finance",
        "Hi David,\n\nI've heard back from Prairie Foods. They have chosen to advance candidates with more consumer "
        "packaged goods experience, so they won't be taking your candidacy forward. I'll keep you in mind for "
        "other mandates.\n\nRaj",
        None,
    ),
    (
        "Meridian Rail",
        "applied",
        "2025-09-12",
        "Meridian Rail <meridianrail@myworkday.com>",
        "Thank you for applying to Meridian Rail",
        "Dear David,\n\nThank you for applying to the Vice President, FP&A position at Meridian Rail. We will review "
        "your application and contact you if your qualifications match our needs.",
        None,
    ),
    (
        "Meridian Rail",
        "interview",
        "2025-09-22",
        "Karen Holt <karen.holt@meridianrail.com>",
        "VP FP&A - next steps",
        "Dear David,\n\nI'm the CFO at Meridian Rail. I read your application with interest and would like to invite "
        "you to an interview at our Chicago office on October 2 at 3:00 pm.\n\nKind regards,\nKaren Holt\nChief "
        "Financial Officer",
        None,
    ),
    (
        "Meridian Rail",
        "thank_you",
        "2025-10-02",
        _ME,
        "RE: VP FP&A - next steps",
        "Karen,\n\nThank you for the time this afternoon. I enjoyed our discussion of the capital plan and the "
        "finance team you are building.\n\nBest regards,\nDavid",
        "Karen Holt <karen.holt@meridianrail.com>",
    ),
    (
        "Meridian Rail",
        "withdrew",
        "2025-10-21",
        _ME,
        "RE: VP FP&A - next steps",
        "Karen,\n\nI wanted to let you know personally that I have accepted a CFO role and am withdrawing from the VP "
        "FP&A search. Thank you for your consideration.\n\nDavid",
        "Karen Holt <karen.holt@meridianrail.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Spencer Stuart <insights@spencerstuart.com>",
        "CFO Route to the Top 2025",
        "newsletter",
        "Our annual study of Fortune 500 CFOs. Download the report. Unsubscribe",
    ),
    (
        "Chicago CFO Forum <events@chicagocfoforum.org>",
        "October dinner: the economic outlook",
        "newsletter",
        "Join us on October 14 at the Union League Club. RSVP. Unsubscribe",
    ),
    (
        "Kellogg Alumni <alumni@kellogg.northwestern.edu>",
        "Kellogg World: fall issue",
        "newsletter",
        "The fall issue of Kellogg World is here. Read online. Unsubscribe",
    ),
    (
        "United Airlines <unitedairlines@united.com>",
        "Your trip confirmation",
        "shop",
        "Confirmation ORD to LGA, October 6. Check in 24 hours before departure.",
    ),
    (
        "Northern Trust Wealth <advisor@ntrs.com>",
        "Your quarterly review",
        "other",
        "Your quarterly portfolio review is ready. Schedule time with your advisor.",
    ),
    (
        "Greg Sloan <gsloan@summitexecsearch.com>",
        "Confidential CFO opportunity",
        "outreach",
        "David, I am leading a confidential CFO search for a PE-backed industrial company in the Midwest. Would you "
        "be open to a conversation?",
    ),
    (
        "Korn Ferry <communications@kornferry.com>",
        "Briefings: the future of finance",
        "newsletter",
        "The latest issue of Briefings magazine. Read now. Unsubscribe",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Chief Financial Officer jobs in Chicago",
        "alert",
        "CFO at Hyde Park Partners. VP Finance at Lakeview Health. See all jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Outlook saves them."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=_ME,
        offset="-0500",
        clock="17:45:00",
        neg_start="2025-09-07",
        neg_step=6,
        neg_clock="06:15:00",
        tag="hundredthirtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), DAVID)
