"""A two-hundred-and-thirty-seventh mailbox, written as a held-out check after the two-hundred-and-thirty-sixth
(issue #24).

Maja, a UX designer in Stockholm, exports Gmail with Takeout from an account in English.  Swedish companies write
to her in English with Swedish around it: Teamtailor's "Tack för din ansökan!" as the subject over an English
body, "Hej Maja!", "Vänliga hälsningar", names with "AB" and a domain that drops it, Jobylon's receipt, a "fika"
with the team as the first meeting, a "case" to present, and a "referenstagning" before the offer.  Negatives:
Arbetsförmedlingen's suggestions, LinkedIn's "jobs you may be interested in", SL's travel card, Klarna, a friend.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MAJA = "maja.lindqvist.ux@gmail.com"
ME = f"Maja Lindqvist <{MAJA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Fjällbacka Studio",
        "applied",
        "2025-09-01",
        "Fjällbacka Studio <no-reply@teamtailor.com>",
        "Tack för din ansökan!",
        "Hej Maja!\n\nThank you for applying for the Senior Product Designer role at Fjällbacka Studio. We will go "
        "through all applications after the last day to apply and get back to you within two weeks.\n\nVänliga "
        "hälsningar,\nFjällbacka Studio",
        "f1",
    ),
    (
        "Norrsken Mobility",
        "applied",
        "2025-09-02",
        "Norrsken Mobility AB <noreply@jobylon.com>",
        "We have received your application",
        "Hi Maja,\n\nThank you for your application to the position UX Designer at Norrsken Mobility AB. We review "
        "applications continuously.\n\nBest regards,\nNorrsken Mobility",
        "n1",
    ),
    (
        "Gotland Games",
        "applied",
        "2025-09-03",
        "Gotland Games <jobs@gotlandgames.se>",
        "Your application: UI/UX Designer",
        "Hej Maja,\n\nThanks for applying to Gotland Games! Our team will look at your portfolio and get back to "
        "you.\n\nCheers,\nThe Gotland Games team",
        "g1",
    ),
    (
        "Fjällbacka Studio",
        "screen",
        "2025-09-08",
        "Elin Berg <elin.berg@fjallbackastudio.se>",
        "Fika with the team?",
        "Hej Maja!\n\nWe really liked your portfolio. Would you like to come by for a fika with me and two of the "
        "designers on Thursday at 15:00? It's an informal first meeting to get to know each other.\n\nVänliga "
        "hälsningar,\nElin Berg\nHead of Design, Fjällbacka Studio",
        "f2",
    ),
    (
        "Gotland Games",
        "rejected",
        "2025-09-10",
        "Gotland Games <jobs@gotlandgames.se>",
        "Re: Your application: UI/UX Designer",
        "Hej Maja,\n\nThank you for your patience. We have now decided to move on with other candidates whose "
        "experience is closer to games. We wish you the best of luck!\n\nCheers,\nThe Gotland Games team",
        "g1",
    ),
    (
        "Norrsken Mobility",
        "interview",
        "2025-09-12",
        "Oskar Nyström <oskar.nystrom@norrskenmobility.se>",
        "Interview for UX Designer",
        "Hi Maja,\n\nThank you for your application. We would like to invite you to a video interview with me and "
        "our product lead on Tuesday 16 September at 10:00.\n\nBest regards,\nOskar Nyström\nTalent Acquisition, "
        "Norrsken Mobility AB",
        "n2",
    ),
    (
        "Fjällbacka Studio",
        "interview",
        "2025-09-15",
        "Elin Berg <elin.berg@fjallbackastudio.se>",
        "Re: Fika with the team?",
        "Hej Maja!\n\nThanks for coming by, everyone enjoyed meeting you. As a next step we would like you to do a "
        "small case: redesign one flow of our booking app and present it to the team next Wednesday.\n\nVänliga "
        "hälsningar,\nElin",
        "f2",
    ),
    (
        "Norrsken Mobility",
        "rejected",
        "2025-09-19",
        "Oskar Nyström <oskar.nystrom@norrskenmobility.se>",
        "Re: Interview for UX Designer",
        "Hi Maja,\n\nThank you for the interview. It was a tough decision, but we have chosen to proceed with "
        "another candidate for this role.\n\nBest regards,\nOskar",
        "n2",
    ),
    (
        "Fjällbacka Studio",
        "thank_you",
        "2025-09-24",
        ME,
        "Re: Fika with the team?",
        "Hej Elin,\n\nThank you for having me today, I enjoyed presenting the case and hearing the team's "
        "questions.\n\nVänliga hälsningar,\nMaja",
        "f2",
    ),
    (
        "Fjällbacka Studio",
        "offer",
        "2025-10-01",
        "Elin Berg <elin.berg@fjallbackastudio.se>",
        "Offer: Senior Product Designer",
        "Hej Maja!\n\nThe references were great and we are very happy to offer you the role of Senior Product "
        "Designer at Fjällbacka Studio. The offer letter is attached; let me know if you have any questions.\n\n"
        "Vänliga hälsningar,\nElin",
        "f3",
    ),
    (
        "Fjällbacka Studio",
        "accepted",
        "2025-10-02",
        ME,
        "Re: Offer: Senior Product Designer",
        "Hej Elin,\n\nI'm so happy to accept! I have signed the offer letter and will hand in my notice today.\n\n"
        "Vänliga hälsningar,\nMaja",
        "f3",
    ),
]

_OWN_TO = {"Fjällbacka Studio": "Elin Berg <elin.berg@fjallbackastudio.se>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Arbetsförmedlingen <noreply@arbetsformedlingen.example>",
        "Nya jobb som matchar din sökning",
        "alert",
        "UX-designer, Stockholm; Produktdesigner, Solna; Interaktionsdesigner, Uppsala.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jobs you may be interested in",
        "alert",
        "Product Designer at a music streaming company; UX Designer at a fintech; Senior Designer at an agency.",
    ),
    (
        "SL <noreply@sl.example>",
        "Ditt SL-kort laddas om snart",
        "other",
        "Din 30-dagarsbiljett går ut om tre dagar.",
    ),
    (
        "Klarna <noreply@klarna.example>",
        "Your payment is due",
        "other",
        "Your payment of 499 kr to a shop is due on 30 September.",
    ),
    (
        "Sara Holm <sara.holm@gmail.example>",
        "Middag på fredag?",
        "personal",
        "Hej! Ska vi äta middag på fredag? Jag bjuder.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MAJA,
        own_to=_OWN_TO,
        offset="+0200",
        clock="09:05:00",
        neg_start="2025-08-31",
        neg_step=6,
        neg_clock="18:45:00",
        tag="twohundredthirtyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
