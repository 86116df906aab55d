"""A sixty-first mailbox, written as a held-out check after the sixtieth's fixes (issue #24).

Priya, a product designer in London, exports her iCloud mail from Apple Mail and zips it (``Inbox.mbox/mbox`` and
``Sent.mbox/mbox`` inside a ``.zip``; no labels, replies tied by ``In-Reply-To``).  British English from agencies
and employers: "unfortunately on this occasion", "you've been unsuccessful", "we'd love to invite you in", a
portfolio presentation, "pleased to confirm our offer", a counter-offer conversation she ends by accepting; Workable,
Teamtailor, Pinpoint and an agency that sends her CV "across to the client".  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

PRIYA = "priya.nair.design@icloud.com"
_ME = f"Priya Nair <{PRIYA}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    # 0-5 Thames & Co (Workable; a call; a portfolio presentation; an offer; her acceptance)
    (
        "Thames & Co",
        "applied",
        "2025-09-01",
        "Thames & Co <noreply@candidates.workablemail.com>",
        "Thanks for applying to Thames & Co",
        "Hi Priya,\n\nThanks for applying for the Senior Product Designer role at Thames & Co. We've received your "
        "application and our team will be in touch.\n\nThames & Co",
        None,
    ),
    (
        "Thames & Co",
        "screen",
        "2025-09-04",
        "Olivia Hart <olivia.hart@thamesandco.co.uk>",
        "Senior Product Designer - Thames & Co",
        "Hi Priya,\n\nThanks so much for your application - I loved your case studies. Would you be up for a quick "
        "30-minute call on Monday or Tuesday to chat about the role?\n\nBest,\nOlivia\nTalent Partner, Thames & Co",
        None,
    ),
    (
        "Thames & Co",
        "interview",
        "2025-09-10",
        "Olivia Hart <olivia.hart@thamesandco.co.uk>",
        "Re: Senior Product Designer - Thames & Co",
        "Hi Priya,\n\nGreat to chat yesterday! We'd love to invite you in to present one of your projects to the design "
        "team - 45 minutes plus questions - at our Shoreditch office next week.\n\nBest,\nOlivia",
        1,
    ),
    (
        "Thames & Co",
        "offer",
        "2025-09-24",
        "Olivia Hart <olivia.hart@thamesandco.co.uk>",
        "Thames & Co - offer",
        "Hi Priya,\n\nI'm really pleased to confirm our offer for the Senior Product Designer role: £72,000 plus "
        "benefits, starting 3 November. The contract will follow from our People team.\n\nBest,\nOlivia",
        None,
    ),
    (
        "Thames & Co",
        "accepted",
        "2025-09-29",
        _ME,
        "Re: Thames & Co - offer",
        "Hi Olivia,\n\nThank you for your patience while I spoke to my current employer. I'm delighted to accept the "
        "offer and look forward to joining in November.\n\nBest wishes,\nPriya",
        3,
        "Olivia Hart <olivia.hart@thamesandco.co.uk>",
    ),
    # 5-6 Greenwich Labs (Teamtailor; unsuccessful)
    (
        "Greenwich Labs",
        "applied",
        "2025-09-02",
        "Greenwich Labs <no-reply@teamtailor.com>",
        "Your application to Greenwich Labs",
        "Hi Priya,\n\nThank you for applying to Product Designer at Greenwich Labs! We'll review your application and "
        "get back to you.\n\nGreenwich Labs",
        None,
    ),
    (
        "Greenwich Labs",
        "rejected",
        "2025-09-16",
        "Greenwich Labs <no-reply@teamtailor.com>",
        "Update on your application",
        "Hi Priya,\n\nThank you for your interest in Greenwich Labs. Unfortunately, on this occasion you've been "
        "unsuccessful, but we'd encourage you to keep an eye on our careers page.\n\nGreenwich Labs",
        None,
    ),
    # 7-9 Camden Health, through an agency (CV sent across; an interview; regret)
    (
        "Camden Health",
        "applied",
        "2025-09-03",
        "Tom Fletcher <tom.fletcher@brightdesignrecruitment.co.uk>",
        "UX Designer - Camden Health",
        "Hi Priya,\n\nGreat speaking earlier. As agreed, I've sent your CV and portfolio across to the client, Camden "
        "Health, for the UX Designer contract. I'll chase them for feedback by Friday.\n\nCheers,\nTom\nBright Design "
        "Recruitment",
        None,
    ),
    (
        "Camden Health",
        "interview",
        "2025-09-09",
        "Tom Fletcher <tom.fletcher@brightdesignrecruitment.co.uk>",
        "Re: UX Designer - Camden Health",
        "Hi Priya,\n\nGood news - Camden Health would like to meet you! They've proposed a video interview with the "
        "Head of Digital on Thursday at 2pm.\n\nCheers,\nTom",
        7,
    ),
    (
        "Camden Health",
        "rejected",
        "2025-09-18",
        "Tom Fletcher <tom.fletcher@brightdesignrecruitment.co.uk>",
        "Re: UX Designer - Camden Health",
        "Hi Priya,\n\nI've had feedback from Camden Health - they really liked you but have gone with a candidate with "
        "more NHS experience. Sorry it's not better news; I'll be in touch with other roles.\n\nCheers,\nTom",
        8,
    ),
    # 10-12 Soho Studio (Pinpoint; a task; she withdraws)
    (
        "Soho Studio",
        "applied",
        "2025-09-05",
        "Soho Studio <notifications@pinpointhq.com>",
        "We've received your application",
        "Dear Priya,\n\nThank you for applying for Lead Designer at Soho Studio. Your application has been received.\n\n"
        "Soho Studio Hiring Team",
        None,
    ),
    (
        "Soho Studio",
        "interview",
        "2025-09-15",
        "Soho Studio <notifications@pinpointhq.com>",
        "Next stage: design task",
        "Dear Priya,\n\nCongratulations, you've progressed to the next stage! Please complete the attached design task "
        "and return it within five working days.\n\nSoho Studio Hiring Team",
        None,
    ),
    (
        "Soho Studio",
        "withdrew",
        "2025-09-30",
        _ME,
        "Lead Designer - withdrawing",
        "Dear Soho Studio Hiring Team,\n\nThank you for the opportunity. I've accepted another offer, so I'd like to "
        "withdraw my application for the Lead Designer role.\n\nKind regards,\nPriya Nair",
        None,
        "Soho Studio Hiring Team <hiring@sohostudio.co.uk>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Otta <hello@otta.com>",
        "Priya, 14 new jobs for you",
        "alert",
        "Product Designer - Greenwich Labs - London\nSenior Product Designer - Thames & Co - London",
    ),
    (
        "Jess Walker <jess@creativetalentagency.co.uk>",
        "Lead Product Designer - fintech - £90k",
        "outreach",
        "Hi Priya, I came across your portfolio and have a Lead Product Designer role with a fintech client in the "
        "City. Open to a chat this week?",
    ),
    (
        "Design Week <newsletter@designweek.co.uk>",
        "This week in design",
        "newsletter",
        "The best of design news and jobs. Unsubscribe",
    ),
    (
        "Thames & Co <noreply@candidates.workablemail.com>",
        "How did we do?",
        "survey",
        "Hi Priya, please take a moment to tell us about your interview experience with Thames & Co.",
    ),
    (
        "Trainline <auto-confirm@info.thetrainline.com>",
        "Your tickets",
        "shop",
        "London Euston to Manchester Piccadilly, 12 October.",
    ),
    (
        "Anjali Nair <anjali.nair@btinternet.com>",
        "Well done!!",
        "personal",
        "Darling, Papa told me about the new job. So proud of you! Sunday lunch to celebrate?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own from her address), then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=PRIYA,
        offset=lambda d: "+0100",
        clock="10:10:00",
        neg_start="2025-09-06",
        neg_step=5,
        neg_clock="07:35:00",
        tag="sixtyone",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write Apple Mail's export (``Inbox.mbox/mbox``, ``Sent.mbox/mbox``) into a ``.zip`` in ``folder``."""
    import mailbox

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    msgs = msgs if msgs is not None else messages()
    out = folder / "Mail export.zip"
    with zipfile.ZipFile(out, "w") as z:
        for name, mine in (("Inbox.mbox/mbox", False), ("Sent.mbox/mbox", True)):
            raw = folder / f"{name.split('/')[0]}.raw"
            box = mailbox.mbox(raw, create=True)
            for msg, _ in msgs:
                if (PRIYA in str(msg["From"])) == mine:
                    box.add(msg)
            box.flush()
            box.close()
            z.write(raw, name)
    return out
