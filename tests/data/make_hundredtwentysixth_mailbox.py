"""A hundred-and-twenty-sixth mailbox, written as a held-out check after the hundred-and-twenty-fifth (issue #24).

Hannah, a marketing manager in Bristol, keeps her mail in Thunderbird and exports one mbox: no labels,
``Delivered-To`` on what she received, replies tied by ``In-Reply-To``.  British hiring: agencies that put her CV
forward to named clients, "first-stage" and "second-stage" interviews, a presentation task, "unsuccessful on this
occasion", a verbal offer confirmed in writing "subject to references", her own notes "many thanks" and "I'd like to
withdraw".  Her negatives: agencies' job alerts, a CIM newsletter, a council tax reminder, an Ocado order, a
running club.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.price@btinternet.com"
_ME = f"Hannah Price <{HANNAH}>"
_TOM = "Tom Ellis <tom.ellis@harbourrecruitment.co.uk>"
_SARA = "Sara Patel <sara.patel@clifton-coffee.co.uk>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    # 0-5 Avon Outdoor (through Harbour Recruitment: CV put forward, first stage, second stage, offer, yes)
    (
        "Avon Outdoor",
        "applied",
        "2025-09-01",
        _TOM,
        "CV submitted - Marketing Manager, Avon Outdoor",
        "Hi Hannah,\n\nGreat to speak earlier. As discussed, I've put your CV forward to Avon Outdoor for the "
        "Marketing Manager role. I'll let you know as soon as I hear back.\n\nTom Ellis\nHarbour Recruitment",
        None,
    ),
    (
        "Avon Outdoor",
        "interview",
        "2025-09-08",
        _TOM,
        "Re: CV submitted - Marketing Manager, Avon Outdoor",
        "Hi Hannah,\n\nGood news - Avon Outdoor would like to invite you to a first-stage interview with their Head "
        "of Brand on Thursday at 2pm, on Teams.\n\nTom",
        0,
    ),
    (
        "Avon Outdoor",
        "onsite",
        "2025-09-17",
        _TOM,
        "Avon Outdoor - second stage",
        "Hi Hannah,\n\nThey loved you! The second and final stage is at their Bristol office next Wednesday: a "
        "20-minute presentation on a campaign idea, then a panel with the Marketing Director and CEO.\n\nTom",
        None,
    ),
    (
        "Avon Outdoor",
        "offer",
        "2025-09-26",
        _TOM,
        "Avon Outdoor - verbal offer",
        "Hi Hannah,\n\nI'm delighted to say Avon Outdoor would like to offer you the Marketing Manager role at "
        "£52,000, subject to references. They'll send the written offer on Monday.\n\nTom",
        None,
    ),
    (
        "Avon Outdoor",
        "accepted",
        "2025-09-27",
        _ME,
        "Re: Avon Outdoor - verbal offer",
        "Hi Tom,\n\nThat's brilliant news - I'm very happy to accept! Thank you for all your help.\n\nHannah",
        3,
    ),
    # 5-7 Clifton Coffee (her own application to the founder; an interview; she withdraws)
    (
        "Clifton Coffee",
        "applied",
        "2025-09-02",
        _ME,
        "Marketing Manager - Hannah Price",
        "Dear Sara,\n\nI saw your post about the Marketing Manager role at Clifton Coffee and would love to apply. "
        "I've attached my CV and a short note on what I'd do in the first 90 days.\n\nMany thanks,\nHannah",
        None,
        _SARA,
    ),
    (
        "Clifton Coffee",
        "interview",
        "2025-09-10",
        _SARA,
        "Re: Marketing Manager - Hannah Price",
        "Hi Hannah,\n\nThanks so much for getting in touch! Would you be free to pop into the roastery for an "
        "interview on Monday the 15th at 10?\n\nSara Patel\nFounder, Clifton Coffee",
        5,
    ),
    (
        "Clifton Coffee",
        "withdrew",
        "2025-09-29",
        _ME,
        "Re: Marketing Manager - Hannah Price",
        "Hi Sara,\n\nThank you again for your time. I've accepted another role, so I'd like to withdraw my "
        "application. Best of luck with the search!\n\nHannah",
        6,
    ),
    # 8-9 Severn Housing (Jobtrain; unsuccessful)
    (
        "Severn Housing",
        "applied",
        "2025-09-03",
        "Severn Housing <noreply@jobtrain.co.uk>",
        "Application received - Communications Manager",
        "Dear Hannah,\n\nThank you for applying for the Communications Manager post at Severn Housing. We have received "
        "your application.",
        None,
    ),
    (
        "Severn Housing",
        "rejected",
        "2025-09-22",
        "Severn Housing <noreply@jobtrain.co.uk>",
        "Communications Manager - outcome",
        "Dear Hannah,\n\nThank you for your interest in this post. We regret to inform you that on this occasion you "
        "have not been shortlisted for interview.",
        None,
    ),
    # 10-12 Kingsdown Digital (an agency: CV forward, the client's no)
    (
        "Kingsdown Digital",
        "applied",
        "2025-09-04",
        "Priya Shah <priya@westcountrytalent.co.uk>",
        "Kingsdown Digital - Head of Marketing",
        "Hi Hannah,\n\nThanks for your time on the phone today. I've now submitted your CV to my client, Kingsdown "
        "Digital, for the Head of Marketing position.\n\nPriya Shah\nWest Country Talent",
        None,
    ),
    (
        "Kingsdown Digital",
        "rejected",
        "2025-09-16",
        "Priya Shah <priya@westcountrytalent.co.uk>",
        "Re: Kingsdown Digital - Head of Marketing",
        "Hi Hannah,\n\nI've had feedback from Kingsdown Digital. They were impressed but have decided to progress "
        "candidates with more B2B SaaS experience. Sorry it's not better news!\n\nPriya",
        10,
    ),
    # 12-13 Bristol Museums (the council's portal; a wait)
    (
        "Bristol Museums",
        "applied",
        "2025-09-05",
        "Bristol Museums <noreply@bristolmuseums.org.uk>",
        "Thank you for your application",
        "Dear Hannah,\n\nThank you for applying for the Marketing and Audiences Manager role at Bristol Museums. Your "
        "application reference is BM-2291.",
        None,
    ),
    (
        "Bristol Museums",
        "reply",
        "2025-09-30",
        "Bristol Museums <noreply@bristolmuseums.org.uk>",
        "Marketing and Audiences Manager - update",
        "Dear Hannah,\n\nShortlisting for this role has taken longer than expected. We aim to contact all applicants "
        "with an outcome by 17 October.",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Harbour Recruitment <jobs@harbourrecruitment.co.uk>",
        "New marketing jobs in Bristol",
        "alert",
        "5 new marketing roles this week: Marketing Executive, Brand Manager. View jobs. Unsubscribe",
    ),
    (
        "CIM <newsletter@cim.co.uk>",
        "Marketing news: October",
        "newsletter",
        "The latest from the Chartered Institute of Marketing. Read more. Unsubscribe",
    ),
    (
        "Bristol City Council <counciltax@bristol.gov.uk>",
        "Council tax reminder",
        "other",
        "Your October council tax instalment of £168 is due on the 1st.",
    ),
    (
        "Ocado <customerservices@ocado.com>",
        "Your order is on its way",
        "shop",
        "Your Ocado delivery will arrive between 7-8pm today.",
    ),
    (
        "Southville Runners <hello@southvillerunners.org>",
        "Sunday long run",
        "newsletter",
        "Meet at the Tobacco Factory at 8:30 for 10 miles. Unsubscribe",
    ),
    (
        "Totaljobs <jobalerts@totaljobs.com>",
        "Marketing Manager jobs in Bristol",
        "alert",
        "Marketing Manager - Avon Outdoor - Bristol. Head of Marketing - Kingsdown Digital. View all jobs.",
    ),
    (
        "Lucy Green <lucy@greenwoodsearch.co.uk>",
        "Exciting Head of Marketing opportunity",
        "outreach",
        "Hi Hannah, I'm working on an exclusive Head of Marketing role with a B Corp in Bath. Would you be open to a "
        "confidential chat?\n\nLucy Green, Greenwood Search",
    ),
    (
        "Mum <jane.price@gmail.com>",
        "Good luck!",
        "personal",
        "Good luck with the second interview darling! Ring me after. Love Mum x",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=HANNAH,
        own_to={"Avon Outdoor": _TOM, "Clifton Coffee": _SARA},
        offset=lambda d: "+0100",
        clock="10:20:00",
        neg_start="2025-09-01",
        neg_step=4,
        neg_clock="07:15:00",
        tag="hundredtwentysix",
        host="btinternet.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
