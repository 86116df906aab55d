"""A two-hundred-and-twenty-fourth mailbox, written as a held-out check after the two-hundred-and-twenty-third
(issue #24).

Imran, a category buyer in Birmingham, saved his Outlook mail as .eml files.  British retail head offices hire
through the UK's own systems: Applied's anonymised sift ("your application has been sifted"), Webrecruit,
Tribepad, an interview booked through Microsoft Bookings, a Teams interview, "we won't be progressing your
application", a verbal offer "subject to references", "we'd love to welcome you aboard".  Negatives: Reed's jobs
you might like, a procurement institute's newsletter, a supermarket's loyalty statement, a grocery order, a
recruiter's cold message, a friend.  Its score before any rule was changed for it is in the commit message; one truth was changed after it (a
booking's confirmation of an interview is the interview, as the 191st decided);
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

IMRAN = "imran.qureshi.buying@outlook.com"
ME = f"Imran Qureshi <{IMRAN}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Halden & Rowe",
        "applied",
        "2025-02-03",
        "Applied <no-reply@beapplied.com>",
        "Application submitted: Senior Buyer, Homeware - Halden & Rowe",
        "Hi Imran,\n\nThanks for applying to Senior Buyer, Homeware at Halden & Rowe. Your answers will be reviewed "
        "anonymously by the hiring team. We'll be in touch once the sift is complete.\n\nThe Applied team, on "
        "behalf of Halden & Rowe",
        None,
    ),
    (
        "Brindley Foods",
        "applied",
        "2025-02-04",
        "Brindley Foods Recruitment <brindleyfoods@webrecruit.co.uk>",
        "Thank you for your application",
        "Dear Imran,\n\nThank you for applying for the role of Category Buyer - Chilled with Brindley Foods. We will "
        "review your application and be in touch shortly.\n\nKind regards,\nThe Recruitment Team\nBrindley Foods",
        None,
    ),
    (
        "Canalside Home",
        "applied",
        "2025-02-05",
        "Canalside Home Careers <noreply@canalsidehome.tribepad.com>",
        "Your application to Canalside Home",
        "Hi Imran,\n\nWe've received your application for Buying Manager. Our Talent team reviews every application "
        "and will let you know the outcome.\n\nCanalside Home Careers",
        None,
    ),
    (
        "Halden & Rowe",
        "interview",
        "2025-02-12",
        "Applied <no-reply@beapplied.com>",
        "Good news: you've been shortlisted for interview at Halden & Rowe",
        "Hi Imran,\n\nGreat news - your application has been sifted and Halden & Rowe would like to invite you to "
        "interview for Senior Buyer, Homeware. Please book a slot using the link below.\n\nThe Applied team",
        None,
    ),
    (
        # (written "reply"; a booking's confirmation of an interview is the interview, as the 191st decided)
        "Halden & Rowe",
        "interview",
        "2025-02-13",
        "Halden & Rowe Talent <bookings@haldenrowe.onmicrosoft.com>",
        "Your booking is confirmed: Interview - Senior Buyer, Homeware",
        "Booking confirmed\n\nInterview - Senior Buyer, Homeware\nTuesday, 18 February 2025, 14:00 - 15:00 (GMT)\n"
        "Microsoft Teams meeting\n\nWith: Claire Hughes (Head of Buying)\n\nHalden & Rowe Talent",
        None,
    ),
    (
        "Brindley Foods",
        "rejected",
        "2025-02-14",
        "Brindley Foods Recruitment <brindleyfoods@webrecruit.co.uk>",
        "Your application - Category Buyer - Chilled",
        "Dear Imran,\n\nThank you for your interest in the Category Buyer - Chilled role. Having reviewed your "
        "application carefully, we won't be progressing it further on this occasion.\n\nKind regards,\nThe "
        "Recruitment Team\nBrindley Foods",
        None,
    ),
    (
        "Canalside Home",
        "screen",
        "2025-02-17",
        "Jade Morris <jade.morris@canalsidehome.co.uk>",
        "Buying Manager - quick chat",
        "Hi Imran,\n\nThanks for applying for our Buying Manager role. I'd love to have a quick chat about your "
        "experience - are you free for 20 minutes on Thursday morning?\n\nJade Morris\nTalent Partner | Canalside "
        "Home",
        None,
    ),
    (
        "Halden & Rowe",
        "onsite",
        "2025-02-24",
        "Claire Hughes <claire.hughes@haldenrowe.co.uk>",
        "Second stage - Senior Buyer, Homeware",
        "Hi Imran,\n\nThank you for your time last Tuesday - we really enjoyed meeting you. We'd like to invite you "
        "to our second and final stage at our Digbeth head office on 4 March: a range review presentation to me and "
        "our Trading Director, followed by a competency interview.\n\nBest wishes,\nClaire Hughes\nHead of Buying\n"
        "Halden & Rowe",
        None,
    ),
    (
        "Canalside Home",
        "withdrew",
        "2025-03-06",
        ME,
        "RE: Buying Manager - quick chat",
        "Hi Jade,\n\nThank you for the chat last month. I'm at the final stage elsewhere and, to be fair to you, I'd "
        "like to withdraw my application for the Buying Manager role.\n\nKind regards,\nImran",
        "Jade Morris <jade.morris@canalsidehome.co.uk>",
    ),
    (
        "Halden & Rowe",
        "offer",
        "2025-03-07",
        "Claire Hughes <claire.hughes@haldenrowe.co.uk>",
        "Senior Buyer, Homeware",
        "Hi Imran,\n\nFollowing your presentation on Tuesday, I'm really pleased to make you a verbal offer for the "
        "Senior Buyer, Homeware role at £58,000 plus bonus, subject to references. We'd love to welcome you aboard "
        "- our People team will send the contract once you confirm.\n\nBest wishes,\nClaire",
        None,
    ),
    (
        "Halden & Rowe",
        "accepted",
        "2025-03-08",
        ME,
        "RE: Senior Buyer, Homeware",
        "Hi Claire,\n\nThank you so much - I'm delighted to accept. My referees' details are below.\n\nKind "
        "regards,\nImran",
        "Claire Hughes <claire.hughes@haldenrowe.co.uk>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Reed.co.uk <jobs@reed.co.uk>",
        "Imran, jobs you might like",
        "alert",
        "Buyer - Birmingham; Category Manager - Solihull; Merchandiser - Coventry.",
    ),
    (
        "CIPS <news@cips.example>",
        "Supply Management: the February issue",
        "newsletter",
        "Tariffs, supplier risk and the procurement bill: this month in Supply Management.",
    ),
    (
        "Clubcard <statements@clubcard.example>",
        "Your Clubcard statement is here",
        "newsletter",
        "You've collected 1,240 points this quarter. Your vouchers are ready to use.",
    ),
    (
        "Ocado <orders@ocado.example>",
        "Your order is confirmed for Saturday",
        "other",
        "Your delivery slot is Saturday 8-9am. Edit your order until Friday 11pm.",
    ),
    (
        "Ben Carter <ben.carter@buyingtalent.example>",
        "Head of Buying opportunity",
        "recruiter",
        "Hi Imran, I came across your profile and have a Head of Buying role with a fast-growing homeware brand. Open "
        "to a chat?",
    ),
    (
        "Sana Qureshi <sana.q@hotmail.co.uk>",
        "Sunday lunch",
        "personal",
        "Mum says Sunday lunch at 2, bring dessert!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus, sent_as

    return sent_as(
        outlook_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=ME,
            offset="+0000",
            clock="09:45:00",
            neg_start="2025-02-02",
            neg_step=5,
            neg_clock="19:30:00",
            tag="twohundredtwentyfour",
        )
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), IMRAN)
