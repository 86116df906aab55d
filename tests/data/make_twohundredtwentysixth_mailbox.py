"""A two-hundred-and-twenty-sixth mailbox, written as a held-out check after the two-hundred-and-twenty-fifth
(issue #24).

Mei, a civil engineering student in Sydney, applies to graduate programs and exports Gmail with Takeout.  Australian
graduate hiring writes in its own words: PageUp's "Thank you for applying for the 2026 Graduate Program", a
Prosple receipt, a game-based assessment by a test provider, a "virtual assessment centre", "we regret to advise
that you have been unsuccessful in progressing", "Congratulations! You've been successful", a verbal offer by phone
and the letter after it, and a firm that asks her to "register her interest" (no application).  Negatives:
GradConnection's new programs, a university careers newsletter, a Myki-like transport top-up, a Centrelink-like
notice, a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MEI = "mei.zhang.civil@gmail.com"
ME = f"Mei Zhang <{MEI}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Harbourline Infrastructure",
        "applied",
        "2025-03-03",
        "Harbourline Infrastructure <careers@harbourline.pageuppeople.com>",
        "Thank you for applying for the 2026 Graduate Program",
        "Dear Mei,\n\nThank you for applying for the 2026 Graduate Program - Civil & Structural at Harbourline "
        "Infrastructure. We will review your application and be in touch about next steps in the coming weeks.\n\n"
        "Kind regards,\nHarbourline Early Careers Team",
        "h1",
    ),
    (
        "Coastway Transport",
        "applied",
        "2025-03-04",
        "Prosple <noreply@prosple.com>",
        "Your application to Coastway Transport has been submitted",
        "Hi Mei,\n\nYour application for Graduate Engineer - Rail Systems at Coastway Transport has been "
        "submitted. Coastway Transport will contact you directly about the next stage.\n\nGood luck!\nProsple",
        "c1",
    ),
    (
        "Ironbark Consulting",
        "applied",
        "2025-03-05",
        "Ironbark Consulting <graduates@ironbark.pageuppeople.com>",
        "Application received - Ironbark Graduate Program",
        "Dear Mei,\n\nThank you for your application to the Ironbark Consulting Graduate Program. Our team reviews "
        "applications after the closing date of 31 March.\n\nIronbark Graduate Recruitment",
        "i1",
    ),
    (
        "Harbourline Infrastructure",
        "interview",
        "2025-03-10",
        "Harbourline Infrastructure <harbourline@assessments.gameplay-test.example>",
        "Harbourline Infrastructure: complete your online assessment",
        "Hi Mei,\n\nAs the next step in your application for the Harbourline Infrastructure 2026 Graduate Program, "
        "please complete our game-based assessment. It takes about 25 minutes and must be completed by 17 "
        "March.\n\nHarbourline Early Careers Team",
        "h2",
    ),
    (
        "Coastway Transport",
        "rejected",
        "2025-03-18",
        "Coastway Transport Careers <careers@coastway.example>",
        "Your application - Graduate Engineer - Rail Systems",
        "Dear Mei,\n\nThank you for your interest in the Coastway Transport Graduate Program. We regret to advise "
        "that you have been unsuccessful in progressing to the next stage of the recruitment process on this "
        "occasion.\n\nKind regards,\nCoastway Transport Talent Team",
        "c2",
    ),
    (
        "Harbourline Infrastructure",
        "onsite",
        "2025-03-24",
        "Harbourline Infrastructure <careers@harbourline.pageuppeople.com>",
        "Invitation to our Virtual Assessment Centre",
        "Dear Mei,\n\nCongratulations on progressing in our 2026 Graduate Program! We'd like to invite you to our "
        "Virtual Assessment Centre on Thursday 3 April, 9:00am - 12:30pm AEDT: a group exercise, a case study and "
        "an interview with two of our engineers.\n\nKind regards,\nHarbourline Early Careers Team",
        "h3",
    ),
    (
        "Ironbark Consulting",
        "interview",
        "2025-04-07",
        "Sophie Nguyen <sophie.nguyen@ironbark.com.au>",
        "Ironbark Graduate Program - interview",
        "Hi Mei,\n\nThanks for your application. We'd love to chat with you in a 30-minute video interview with one "
        "of our senior engineers. Could you let me know your availability for next week?\n\nSophie Nguyen\nGraduate "
        "Talent Partner | Ironbark Consulting",
        "i2",
    ),
    (
        "Harbourline Infrastructure",
        "offer",
        "2025-04-11",
        "Liam O'Connor <liam.oconnor@harbourline.com.au>",
        "Congratulations! You've been successful",
        "Hi Mei,\n\nIt was great to speak with you on the phone this afternoon. As discussed, congratulations - "
        "you've been successful in securing a place in our 2026 Graduate Program! Your formal letter of offer will "
        "arrive from PageUp in the next few days.\n\nLiam O'Connor\nEarly Careers Lead, Harbourline "
        "Infrastructure",
        "h4",
    ),
    (
        "Harbourline Infrastructure",
        "accepted",
        "2025-04-14",
        ME,
        "Re: Congratulations! You've been successful",
        "Hi Liam,\n\nThank you so much! I'm very excited to accept the offer and I've signed the letter in PageUp.\n\n"
        "Kind regards,\nMei",
        "h4",
    ),
    (
        "Ironbark Consulting",
        "withdrew",
        "2025-04-14",
        ME,
        "Re: Ironbark Graduate Program - interview",
        "Hi Sophie,\n\nThank you for the invitation. I've just accepted a graduate offer elsewhere, so I'd like to "
        "withdraw my application. All the best with the program.\n\nKind regards,\nMei",
        "i2",
    ),
]

_OWN_TO = {
    "Harbourline Infrastructure": "Liam O'Connor <liam.oconnor@harbourline.com.au>",
    "Ironbark Consulting": "Sophie Nguyen <sophie.nguyen@ironbark.com.au>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Tidewater Engineering <earlycareers@tidewater.example>",
        "Register your interest: 2027 Graduate Program",
        "alert",
        "Hi Mei,\n\nThanks for registering your interest in our 2027 Graduate Program! Applications open in "
        "February; we'll let you know as soon as they do.\n\nTidewater Early Careers",
    ),
    (
        "GradConnection <no-reply@gradconnection.example>",
        "12 new graduate programs in Engineering",
        "alert",
        "New this week: Graduate Civil Engineer programs in Sydney and Brisbane. Apply before they close.",
    ),
    (
        "UNSW Careers <careers@unsw.example>",
        "Careers newsletter: assessment centre tips",
        "newsletter",
        "How to stand out at an assessment centre, plus this month's employer presentations.",
    ),
    (
        "Opal <noreply@opal.example>",
        "Your Opal card was topped up",
        "other",
        "Your Opal card ending 4471 was topped up by $40.00.",
    ),
    (
        "myGov <noreply@my.gov.example>",
        "You have a new message in your myGov inbox",
        "other",
        "You have a new message from Services Australia. Sign in to myGov to read it.",
    ),
    (
        "Chloe Tran <chloe.tran99@gmail.com>",
        "celebration dinner?",
        "personal",
        "Heard you got the grad job!!! Dinner on me this weekend?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MEI,
        own_to=_OWN_TO,
        offset="+1100",
        clock="11:20:00",
        neg_start="2025-03-02",
        neg_step=8,
        neg_clock="19:05:00",
        tag="twohundredtwentysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
