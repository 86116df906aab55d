"""A two-hundred-and-seventy-third mailbox, written as a held-out check after the two-hundred-and-seventy-second
(issue #24).

Georgia, a marketing coordinator in Sydney, exports Gmail with Takeout.  Australian hiring: SEEK's "Your application
was successfully submitted" naming the advertiser, LiveHire's and Employment Hero's receipts in an employer's name,
JobAdder for a recruitment agency's client, a "quick phone chat", a "second interview with the GM", "reference checks"
before a "verbal offer" and a "letter of offer", "unsuccessful on this occasion", and her own "Thanks heaps" and
acceptance.  Negatives: SEEK's job mail, a "Your profile was viewed" notice, a marketing association's newsletter,
Opal, a gym, a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GEORGIA = "georgia.nguyen.mktg@gmail.com"
ME = f"Georgia Nguyen <{GEORGIA}>"

_OWN_TO = {
    "Saltbush Wines": "Ben Harris <ben.harris@saltbushwines.com.au>",
    "Harbourline Ferries": "Mel Costa <mel.costa@harbourline.com.au>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Saltbush Wines",
        "applied",
        "2025-08-04",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        "Hi Georgia,\n\nYour application for Marketing Coordinator was successfully submitted to Saltbush Wines.\n\nWhat "
        "happens next? The employer will review your application and be in touch if you're shortlisted.\n\nSEEK",
        "s1",
    ),
    (
        "Harbourline Ferries",
        "applied",
        "2025-08-05",
        "Harbourline Ferries <no-reply@livehire.com>",
        "Thanks for your application, Georgia",
        "Hi Georgia,\n\nThanks for applying for the Marketing Coordinator role with Harbourline Ferries. We'll review "
        "your application and let you know the outcome as soon as we can.\n\nKind regards,\nHarbourline Ferries "
        "People & Culture",
        "h1",
    ),
    (
        "Koala Bay Skincare",
        "applied",
        "2025-08-06",
        "Koala Bay Skincare <noreply@employmenthero.com>",
        "Application received - Digital Marketing Coordinator",
        "Hi Georgia,\n\nThank you for applying for the Digital Marketing Coordinator position at Koala Bay Skincare. "
        "Our team will be in touch if you are shortlisted.\n\nCheers,\nKoala Bay Skincare",
        "k1",
    ),
    (
        "Westmead Property Group",
        "applied",
        "2025-08-06",
        "Olivia Shaw <olivia.shaw@bridgepointrecruitment.example>",
        "Marketing Coordinator - Westmead Property Group",
        "Hi Georgia,\n\nLovely to speak with you this morning. As discussed, I've put your CV forward to Westmead "
        "Property Group for the Marketing Coordinator role in Parramatta. I'll be in touch as soon as I hear back.\n\n"
        "Olivia Shaw\nSenior Consultant | Bridgepoint Recruitment",
        "w1",
    ),
    (
        "Saltbush Wines",
        "screen",
        "2025-08-08",
        "Ben Harris <ben.harris@saltbushwines.com.au>",
        "Marketing Coordinator - Saltbush Wines",
        "Hi Georgia,\n\nThanks for applying for our Marketing Coordinator role. Would you be free for a quick phone chat "
        "on Monday morning? Happy to work around you.\n\nCheers,\nBen Harris\nMarketing Manager | Saltbush Wines",
        "s2",
    ),
    (
        "Koala Bay Skincare",
        "rejected",
        "2025-08-11",
        "Koala Bay Skincare <noreply@employmenthero.com>",
        "Update on your application",
        "Hi Georgia,\n\nThank you for your interest in the Digital Marketing Coordinator role at Koala Bay Skincare. "
        "Unfortunately you have been unsuccessful on this occasion. We wish you all the best in your search.\n\n"
        "Koala Bay Skincare",
        "k1",
    ),
    (
        "Saltbush Wines",
        "interview",
        "2025-08-12",
        "Ben Harris <ben.harris@saltbushwines.com.au>",
        "RE: Marketing Coordinator - Saltbush Wines",
        "Hi Georgia,\n\nGreat chatting yesterday. I'd love for you to come in and meet me and our brand lead, Tash, at "
        "our Surry Hills office on Thursday at 10am. Nothing formal - just a conversation about the role.\n\nBen",
        "s2",
    ),
    (
        "Westmead Property Group",
        "interview",
        "2025-08-13",
        "Olivia Shaw <olivia.shaw@bridgepointrecruitment.example>",
        "RE: Marketing Coordinator - Westmead Property Group",
        "Hi Georgia! Good news - Westmead would like to interview you on Tuesday 19th at 2pm at their Parramatta "
        "office. You'll be meeting Karen, their Head of Marketing. I'll send through some tips.\n\nOlivia",
        "w1",
    ),
    (
        "Saltbush Wines",
        "thank_you",
        "2025-08-14",
        ME,
        "Thanks heaps!",
        "Hi Ben,\n\nThanks heaps for having me in this morning - it was great to meet Tash and hear about the cellar "
        "door relaunch. Looking forward to hearing about next steps.\n\nCheers,\nGeorgia",
        "s3",
    ),
    (
        "Harbourline Ferries",
        "rejected",
        "2025-08-15",
        "Harbourline Ferries <no-reply@livehire.com>",
        "Your application with Harbourline Ferries",
        "Hi Georgia,\n\nThank you for your interest in joining Harbourline Ferries. After careful consideration, we have "
        "decided to progress with other candidates whose experience more closely aligns with the role.\n\nKind "
        "regards,\nHarbourline Ferries People & Culture",
        "h1",
    ),
    (
        "Saltbush Wines",
        "onsite",
        "2025-08-18",
        "Ben Harris <ben.harris@saltbushwines.com.au>",
        "Second interview",
        "Hi Georgia,\n\nTash and I really enjoyed meeting you. We'd like to invite you to a second and final interview "
        "with our General Manager, Phil, on Wednesday at 3pm. Could you also send through two referees?\n\nBen",
        "s4",
    ),
    (
        "Westmead Property Group",
        "rejected",
        "2025-08-22",
        "Olivia Shaw <olivia.shaw@bridgepointrecruitment.example>",
        "RE: Marketing Coordinator - Westmead Property Group",
        "Hi Georgia, I've had feedback from Westmead - Karen enjoyed meeting you but they've gone with an internal "
        "candidate. Sorry it wasn't better news! I'll keep you front of mind for other roles.\n\nOlivia",
        "w1",
    ),
    (
        "Saltbush Wines",
        "offer",
        "2025-08-26",
        "Ben Harris <ben.harris@saltbushwines.com.au>",
        "Letter of offer",
        "Hi Georgia,\n\nFollowing our call this afternoon, please find attached your letter of offer for the Marketing "
        "Coordinator role ($78,000 plus super). Your references came back glowing!\n\nWelcome aboard,\nBen",
        "s5",
    ),
    (
        "Saltbush Wines",
        "accepted",
        "2025-08-27",
        ME,
        "RE: Letter of offer",
        "Hi Ben,\n\nThanks heaps - signed letter attached! I'm really excited to get started on the 15th.\n\nCheers,\n"
        "Georgia",
        "s5",
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@s.seek.com.au>",
        "New jobs for Marketing Coordinator in Sydney NSW",
        "alert",
        "Marketing Coordinator - Sydney NSW - $75k. Brand Coordinator - North Sydney. Marketing Assistant - Ultimo.",
    ),
    (
        "SEEK <noreply@s.seek.com.au>",
        "Your SEEK Profile was viewed",
        "viewed",
        "An employer viewed your SEEK Profile this week. Keep your profile up to date to stand out.",
    ),
    (
        "Australian Marketing Institute <news@ami.example>",
        "AMI Insights: August",
        "newsletter",
        "This month: the state of brand marketing, upcoming CPD events and member news.",
    ),
    (
        "Opal <noreply@opal.example>",
        "Your Opal card was topped up",
        "other",
        "Your Opal card ending 4411 was topped up with $40.",
    ),
    (
        "Fitstop Surry Hills <hello@fitstop.example>",
        "Your next session",
        "other",
        "See you at the 6am session tomorrow.",
    ),
    (
        "Chloe Tran <chloe.tran@gmail.example>",
        "bottomless brunch",
        "personal",
        "bottomless brunch sat? bills darlinghurst 11?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=GEORGIA,
        own_to=_OWN_TO,
        offset="+1000",
        clock="11:35:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="19:25:00",
        tag="twohundredseventythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
