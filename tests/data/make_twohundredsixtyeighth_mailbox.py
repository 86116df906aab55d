"""A two-hundred-and-sixty-eighth mailbox, written as a held-out check after the two-hundred-and-sixty-seventh
(issue #24).

Callum, an assistant manager in hospitality in Glasgow, exports Gmail with Takeout.  Bars, hotels and restaurant
groups: Indeed's "Your application has been submitted" naming the employer, caterer.com's receipt, Harri's mail in a
restaurant group's name, an area manager writing "Hiya" from her own Gmail, a "working interview" (a trial shift, the
last step), "we've decided not to progress your application", a hotel's "we'd love to offer you the role", and his
own "I'd be delighted to accept".  Negatives: Indeed's job alerts, a caterer.com newsletter, a "Your CV was viewed"
notice, a pub's quiz night, ScotRail, a friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CALLUM = "callum.mcbride89@gmail.com"
ME = f"Callum McBride <{CALLUM}>"

_OWN_TO = {
    "The Clydeside Hotel": "Fiona Baird <fiona.baird@clydesidehotel.co.uk>",
    "Bramble & Oak": "Kirsty <kirsty.bramble.oak@gmail.com>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Bramble & Oak",
        "applied",
        "2025-02-03",
        "Indeed <indeedapply@indeed.com>",
        "Application submitted: Assistant Manager",
        "Your application has been submitted\n\nAssistant Manager\nBramble & Oak - Glasgow G2\n\nThe employer may "
        "contact you directly. Good luck!\n\nIndeed",
        "b1",
    ),
    (
        "The Clydeside Hotel",
        "applied",
        "2025-02-04",
        "caterer.com <noreply@caterer.com>",
        "Your application to The Clydeside Hotel",
        "Hi Callum,\n\nThanks for applying for Duty Manager with The Clydeside Hotel via caterer.com. The recruiter "
        "will be in touch if your application is successful.\n\nThe caterer.com team",
        "c1",
    ),
    (
        "Harbour Kitchen Group",
        "applied",
        "2025-02-05",
        "Harbour Kitchen Group <no-reply@harri.com>",
        "Thanks for your application!",
        "Hi Callum,\n\nThanks for applying to be an Assistant General Manager at Harbour Kitchen Group - Merchant "
        "City. Our team will review your application and get back to you soon.\n\nHarbour Kitchen Group",
        "h1",
    ),
    (
        "Bramble & Oak",
        "screen",
        "2025-02-06",
        "Kirsty <kirsty.bramble.oak@gmail.com>",
        "Assistant Manager - Bramble & Oak",
        "Hiya Callum,\n\nThanks for applying for the AM role. Are you free for a quick chat on the phone tomorrow "
        "afternoon? Just to get to know you a bit before we get you in.\n\nCheers,\nKirsty\nArea Manager, Bramble & "
        "Oak",
        "b2",
    ),
    (
        "Bramble & Oak",
        "interview",
        "2025-02-08",
        "Kirsty <kirsty.bramble.oak@gmail.com>",
        "Re: Assistant Manager - Bramble & Oak",
        "Lovely chatting yesterday! Could you pop into the Bath Street bar on Tuesday at 3 to meet our GM, Stevie? "
        "Bring your CV and your personal licence.\n\nKirsty",
        "b2",
    ),
    (
        "Harbour Kitchen Group",
        "rejected",
        "2025-02-10",
        "Harbour Kitchen Group <no-reply@harri.com>",
        "Your application with Harbour Kitchen Group",
        "Hi Callum,\n\nThank you for your interest in joining Harbour Kitchen Group. We've reviewed your application "
        "and have decided not to progress it further at this stage. We'll keep your details on file for future "
        "roles.\n\nAll the best,\nHarbour Kitchen Group",
        "h1",
    ),
    (
        "The Clydeside Hotel",
        "interview",
        "2025-02-11",
        "Fiona Baird <fiona.baird@clydesidehotel.co.uk>",
        "Duty Manager - interview",
        "Dear Callum,\n\nThank you for your application for the Duty Manager position. I would like to invite you to "
        "an interview with myself and our Front of House Manager on Friday 14 February at 11am at the hotel. Please "
        "ask for me at reception.\n\nKind regards,\nFiona Baird\nHR Manager\nThe Clydeside Hotel",
        "c2",
    ),
    (
        "Bramble & Oak",
        "onsite",
        "2025-02-12",
        "Kirsty <kirsty.bramble.oak@gmail.com>",
        "Re: Assistant Manager - Bramble & Oak",
        "Stevie was well impressed! Last step is a working interview - could you do a trial shift this Saturday 6pm "
        "till close? It's paid, wear black.\n\nKirsty",
        "b2",
    ),
    (
        "The Clydeside Hotel",
        "thank_you",
        "2025-02-14",
        ME,
        "Re: Duty Manager - interview",
        "Dear Fiona,\n\nThank you for meeting me this morning, and please pass on my thanks to Alan. I really enjoyed "
        "hearing about the plans for the new rooftop bar.\n\nKind regards,\nCallum",
        "c2",
    ),
    (
        "Bramble & Oak",
        "rejected",
        "2025-02-17",
        "Kirsty <kirsty.bramble.oak@gmail.com>",
        "Re: Assistant Manager - Bramble & Oak",
        "Hi Callum, thanks for doing Saturday, the team loved you. It was a really tough one but we've gone with "
        "someone who's already got cellar management experience. Hope you're not too gutted - keep in touch!\n\n"
        "Kirsty",
        "b2",
    ),
    (
        "The Clydeside Hotel",
        "offer",
        "2025-02-19",
        "Fiona Baird <fiona.baird@clydesidehotel.co.uk>",
        "Duty Manager",
        "Dear Callum,\n\nFollowing your interview on Friday, we'd love to offer you the role of Duty Manager at a "
        "salary of £31,500 per annum. Your contract and offer letter are attached. Please let me know if you have any "
        "questions.\n\nKind regards,\nFiona Baird\nHR Manager\nThe Clydeside Hotel",
        "c3",
    ),
    (
        "The Clydeside Hotel",
        "accepted",
        "2025-02-20",
        ME,
        "Re: Duty Manager",
        "Dear Fiona,\n\nThank you so much - I'd be delighted to accept. I've signed and attached the contract. I can "
        "start on 10 March as discussed.\n\nKind regards,\nCallum McBride",
        "c3",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Bar Manager jobs in Glasgow",
        "alert",
        "Bar Manager - The Rum Shack - Glasgow. General Manager - Brewdog - Glasgow. Assistant Manager - Nando's.",
    ),
    (
        "caterer.com <newsletter@caterer.com>",
        "Hospitality salaries 2025: what's changed?",
        "newsletter",
        "Our salary survey is out: what managers are earning across the UK, and tips for your next move.",
    ),
    (
        "caterer.com <noreply@caterer.com>",
        "Your CV was viewed by 3 recruiters",
        "viewed",
        "Good news! Your CV was viewed by 3 recruiters this week. Keep your profile up to date.",
    ),
    (
        "The Scran Bar <events@scranbar.example>",
        "Quiz night is back!",
        "newsletter",
        "Quiz night returns every Wednesday at 8. Teams of up to six, £2 a head.",
    ),
    (
        "ScotRail <noreply@scotrail.example>",
        "Your e-ticket: Glasgow Queen Street to Edinburgh",
        "other",
        "Your e-ticket for 22 February is attached.",
    ),
    (
        "Ross Kerr <ross.kerr@gmail.example>",
        "fitba sat",
        "personal",
        "5 a side sat at 10? need one more",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CALLUM,
        own_to=_OWN_TO,
        offset="+0000",
        clock="12:15:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="21:45:00",
        tag="twohundredsixtyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
