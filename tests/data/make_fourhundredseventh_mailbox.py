"""A four-hundred-and-seventh mailbox, written as a held-out check after the four-hundred-and-sixth (issue #24).

Olusegun, a finance director in London, keeps his search in Gmail and exports it with Takeout.  A retained
executive search firm's partner, who writes in full sentences and names the client from the start ("I am delighted
to confirm that I have presented you to the board of Thameside Housing Group this afternoon", "The Chair and the
CEO would like to meet you", "the board has asked to see you again, with the Audit Committee chair", "they are minded
to make you an offer and I expect the formal terms on Monday", "Terms as discussed"), an interim agency's
consultant ("Your CV is now with the CFO at Albion Retail"; "Albion have gone another way"), a charity's Workable
receipt and a fintech's Greenhouse rejection; his "I am very pleased to accept".  Negatives: the search firm's
"Board Appointments Quarterly", an interim agency's "New assignments", the ICAEW, a cold approach, his bank and his
wife.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLU = "olusegun.adeyemi.fd@gmail.com"
ME = f"Olusegun Adeyemi <{OLU}>"
HARRIET = "Harriet Pemberton <hpemberton@pembertonwhyte.example>"
DANNY = "Danny Walsh <danny.walsh@interimfinancepartners.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Thameside Housing Group",
        "applied",
        "2025-09-01",
        HARRIET,
        "Thameside Housing Group - Chief Financial Officer",
        "Dear Olusegun,\n\nThank you for your time on Thursday. I am delighted to confirm that I have presented you to "
        "the board of Thameside Housing Group this afternoon as one of five candidates for the CFO appointment.\n\nI "
        "will be in touch as soon as the Nominations Committee has met.\n\nWith best wishes,\nHarriet\n\nHarriet "
        "Pemberton\nPartner, Pemberton Whyte",
        "t-thg",
    ),
    (
        "Albion Retail",
        "applied",
        "2025-09-02",
        DANNY,
        "Interim FD - Albion Retail",
        "Hi Olu,\n\nGood to speak earlier. Your CV is now with the CFO at Albion Retail for the 9-month interim FD "
        "assignment (GBP 1,100 a day, Croydon). I'll push for feedback by Friday.\n\nDanny Walsh\nInterim Finance "
        "Partners",
        "t-alb",
    ),
    (
        "Brightpath Foundation",
        "applied",
        "2025-09-03",
        "Brightpath Foundation <noreply@workablemail.com>",
        "Thanks for applying to Brightpath Foundation",
        "Hi Olusegun,\n\nThanks for applying for the Director of Finance and Resources role at Brightpath Foundation. "
        "Your application has been received and we'll review it as soon as possible.\n\nKind regards,\nBrightpath "
        "Foundation",
        "t-bpf",
    ),
    (
        "Ledgerly",
        "applied",
        "2025-09-03",
        "Ledgerly <no-reply@eu.greenhouse-mail.io>",
        "Thank you for applying to Ledgerly",
        "Hi Olusegun,\n\nThanks for your interest in Ledgerly! We've received your application for VP Finance and our "
        "team will be reviewing it shortly.\n\nThe Ledgerly Talent Team",
        "t-led",
    ),
    (
        "Albion Retail",
        "rejected",
        "2025-09-08",
        DANNY,
        "RE: Interim FD - Albion Retail",
        "Hi Olu,\n\nHeard back - Albion have gone another way, they've taken someone who's done a retail turnaround "
        "before. Annoying as you were a great fit. More soon.\n\nDanny",
        "t-alb",
    ),
    (
        "Thameside Housing Group",
        "interview",
        "2025-09-09",
        HARRIET,
        "RE: Thameside Housing Group - Chief Financial Officer",
        "Dear Olusegun,\n\nGood news: the Chair and the Chief Executive would like to meet you. Could you make 3pm on "
        "Tuesday 16 September at their Canary Wharf offices? It will be a conversation of about an hour.\n\nWith best "
        "wishes,\nHarriet",
        "t-thg",
    ),
    (
        "Ledgerly",
        "rejected",
        "2025-09-12",
        "Ledgerly <no-reply@eu.greenhouse-mail.io>",
        "Your application to Ledgerly",
        "Hi Olusegun,\n\nThank you for your interest in the VP Finance role. After careful consideration, we've decided "
        "to move forward with other candidates for this position.\n\nThe Ledgerly Talent Team",
        "t-led",
    ),
    (
        "Thameside Housing Group",
        "onsite",
        "2025-09-18",
        HARRIET,
        "RE: Thameside Housing Group - Chief Financial Officer",
        "Dear Olusegun,\n\nThe feedback from Tuesday was excellent. The board has asked to see you again, together with "
        "the chair of the Audit Committee, for a final panel on 25 September, with a short presentation on the group's "
        "five-year financial plan.\n\nHarriet",
        "t-thg",
    ),
    (
        "Brightpath Foundation",
        "rejected",
        "2025-09-22",
        "Brightpath Foundation <noreply@workablemail.com>",
        "Your application for Director of Finance and Resources",
        "Hi Olusegun,\n\nThank you for your interest in Brightpath Foundation. We received a very strong field and "
        "regret that we won't be taking your application further on this occasion.\n\nKind regards,\nBrightpath "
        "Foundation",
        "t-bpf2",
    ),
    (
        "Thameside Housing Group",
        "offer",
        "2025-09-26",
        HARRIET,
        "Thameside - good news",
        "Dear Olusegun,\n\nI have just come off the phone with the Chair: they are minded to make you an offer, and I "
        "expect the formal terms on Monday. Congratulations - I'll call you tonight.\n\nHarriet",
        "t-thg-off",
    ),
    (
        "Thameside Housing Group",
        "accepted",
        "2025-09-30",
        ME,
        "RE: Thameside - good news",
        "Dear Harriet,\n\nThank you for the terms. I am very pleased to accept and look forward to joining in January. "
        "Please pass my thanks to the Chair.\n\nOlusegun",
        "t-thg-off",
    ),
]

_NEGATIVES = [
    (
        "Pemberton Whyte <insights@pembertonwhyte.example>",
        "Board Appointments Quarterly",
        "newsletter",
        "Non-executive pay, board diversity and the new audit regime.",
    ),
    (
        "Interim Finance Partners <jobs@interimfinancepartners.example>",
        "New interim assignments this week",
        "newsletter",
        "Interim FD - logistics, Kent. Interim Head of FP&A - Leeds. Call us.",
    ),
    (
        "ICAEW <insights@icaew.example>",
        "Finance Direction: September",
        "newsletter",
        "The FD's role in a downturn.",
    ),
    (
        "Simon Clarke <simon@clarkeexec.example>",
        "CFO opportunity - PE-backed",
        "outreach",
        "Dear Olusegun,\n\nI am advising a private equity-backed business on the appointment of a CFO. Might you be "
        "open to a conversation?\n\nSimon Clarke",
    ),
    (
        "Barclays <alerts@barclays.example>",
        "Your statement is ready",
        "other",
        "Your September statement is ready to view.",
    ),
    (
        "Funmi Adeyemi <funmi.adeyemi@gmail.example>",
        "school run tomorrow",
        "personal",
        "Can you do the school run tomorrow? I have an early start.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=OLU,
        own_to={"Thameside Housing Group": HARRIET},
        offset="+0100",
        clock="16:20:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="08:10:00",
        tag="fourhundredseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
