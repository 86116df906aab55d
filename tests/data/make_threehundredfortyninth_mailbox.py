"""A three-hundred-and-forty-ninth mailbox, written as a held-out check after the three-hundred-and-forty-eighth
(issue #24).

Siobhán, a payroll specialist in Dublin, exports Gmail with Takeout.  Irish agencies as they write: one consultant
"Just confirming I've sent your details over to the team at Liffey Foods for the Payroll Specialist role", another
"Delighted to say I've got you in front of one of my clients, a large Irish retailer - I'll be able to tell you more
once they come back to me", then "The client is Harcourt Stores and they want to meet you next Tuesday", "they've
come back and unfortunately it's a no", Liffey Foods' interview through the consultant, a "verbal offer" through the
consultant, her "Delighted to accept", and a direct application through a public body's own portal (publicjobs' "Your
application has been received" for a local authority, then "you have not been successful at the shortlisting
stage").  Negatives: IrishJobs' alert, a Jobs.ie digest, an Irish Rail ticket, Revenue's notice, an An Post parcel,
her friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SIOBHAN = "siobhan.kearney.payroll@gmail.com"
ME = f"Siobhán Kearney <{SIOBHAN}>"
CIARA = "Ciara Doyle <ciara.doyle@emeraldfinancerecruitment.ie>"
NIALL = "Niall Brennan <niall@brennanpeople.ie>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Liffey Foods",
        "applied",
        "2025-02-10",
        CIARA,
        "Payroll Specialist - Liffey Foods",
        "Hi Siobhán,\n\nGreat chatting this morning. Just confirming I've sent your details over to the team at Liffey "
        "Foods for the Payroll Specialist role (hybrid, Ballymount). I'll be in touch as soon as I hear.\n\nKind "
        "regards,\nCiara Doyle\nSenior Consultant, Emerald Finance Recruitment",
        "s1",
    ),
    (
        "Harcourt Stores",
        "applied",
        "2025-02-11",
        NIALL,
        "Payroll Lead opportunity",
        "Hi Siobhán,\n\nDelighted to say I've got you in front of one of my clients, a large Irish retailer, for their "
        "Payroll Lead role. I'll be able to tell you more once they come back to me.\n\nNiall Brennan\nBrennan People",
        "s2",
    ),
    (
        "Fingal County Council",
        "applied",
        "2025-02-12",
        "publicjobs <noreply@publicjobs.ie>",
        "Your application has been received",
        "Dear Siobhán Kearney,\n\nYour application for the competition Staff Officer (Payroll) - Fingal County Council "
        "has been received. Please quote your candidate ID in any correspondence.\n\npublicjobs",
        "s3",
    ),
    (
        "Harcourt Stores",
        "interview",
        "2025-02-17",
        NIALL,
        "Re: Payroll Lead opportunity",
        "Hi Siobhán,\n\nGood news! The client is Harcourt Stores and they want to meet you next Tuesday at 11 at their "
        "head office in Sandyford. It'll be with the Head of Reward and the Payroll Manager.\n\nNiall",
        "s2",
    ),
    (
        "Liffey Foods",
        "interview",
        "2025-02-18",
        CIARA,
        "RE: Payroll Specialist - Liffey Foods",
        "Hi Siobhán,\n\nThey'd love to meet you! Interview is Thursday 27th at 2pm on site in Ballymount with Orla, the "
        "Financial Controller. It'll be competency-based with a short Excel task.\n\nCiara",
        "s1",
    ),
    (
        "Fingal County Council",
        "rejected",
        "2025-02-24",
        "publicjobs <noreply@publicjobs.ie>",
        "Staff Officer (Payroll) - Fingal County Council",
        "Dear Siobhán Kearney,\n\nThank you for your interest in this competition. We regret to inform you that you have "
        "not been successful at the shortlisting stage on this occasion.\n\npublicjobs",
        "s3",
    ),
    (
        "Harcourt Stores",
        "rejected",
        "2025-02-27",
        NIALL,
        "Re: Payroll Lead opportunity",
        "Hi Siobhán,\n\nThey've come back and unfortunately it's a no - they went with someone who's run a retail "
        "payroll migration before. Really sorry, I thought you were a great fit.\n\nNiall",
        "s2",
    ),
    (
        "Liffey Foods",
        "offer",
        "2025-03-03",
        CIARA,
        "RE: Payroll Specialist - Liffey Foods",
        "Hi Siobhán,\n\nFantastic news - Liffey Foods want to offer you the role! The verbal offer is EUR 52,000 plus "
        "pension and 25 days' leave. Written contract to follow once you confirm.\n\nCiara",
        "s1",
    ),
    (
        "Liffey Foods",
        "accepted",
        "2025-03-03",
        ME,
        "RE: Payroll Specialist - Liffey Foods",
        "Hi Ciara,\n\nDelighted to accept! Thanks a million for all your help.\n\nSiobhán",
        "s1",
    ),
]

_NEGATIVES = [
    (
        "IrishJobs.ie <jobalerts@irishjobs.ie>",
        "New Payroll jobs in Dublin",
        "alert",
        "12 new jobs match your alert: Payroll Administrator - Dublin 2, Payroll Manager - Dublin 18.",
    ),
    (
        "Jobs.ie <noreply@jobs.ie>",
        "Your weekly jobs digest",
        "alert",
        "Payroll & Accounts jobs this week. Apply now.",
    ),
    (
        "Irish Rail <noreply@irishrail.example>",
        "Your booking confirmation",
        "other",
        "Dublin Heuston to Galway, Saturday 15 February.",
    ),
    (
        "Revenue <noreply@revenue.example>",
        "You have a new message in myAccount",
        "other",
        "A new document is available in your Revenue Record.",
    ),
    (
        "An Post <noreply@anpost.example>",
        "Your parcel is on the way",
        "shop",
        "Your parcel will be delivered tomorrow.",
    ),
    (
        "Aoife Walsh <aoife.walsh@gmail.example>",
        "drinks friday?",
        "personal",
        "drinks in the Long Hall friday? Gráinne's back from Sydney",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SIOBHAN,
        own_to={"Liffey Foods": CIARA},
        offset="+0000",
        clock="10:40:00",
        neg_start="2025-02-09",
        neg_step=4,
        neg_clock="21:05:00",
        tag="threehundredfortynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
