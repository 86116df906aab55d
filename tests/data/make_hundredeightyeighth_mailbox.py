"""A hundred-and-eighty-eighth mailbox, written as a held-out check after the hundred-and-eighty-seventh (issue #24).

Marcus, a product manager in Denver, exported Gmail with Takeout.  Most of his search runs through people: a
friend's introduction ("Intro: Marcus <> Dana (Fieldstone)"), the hiring manager answering in the same thread, a
referral that the company's system then confirms, a former boss who brings him in.  Negatives: the introductions
themselves, a coffee chat with no opening, a LinkedIn connection, an alumni mixer, a friend asking how it went,
job alerts.  Its truth first called the hiring manager's "could we do 45 minutes to talk through the role" an
interview; the hundred-and-twenty-second and -sixty-third had read a founder's or a vice-president's "let's grab 30
minutes to talk about the role" answering the application as the screen, and the truth now does too.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.bell.pm@gmail.com"
ME = f"Marcus Bell <{MARCUS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Fieldstone",
        "applied",
        "2025-09-02",
        ME,
        "Re: Intro: Marcus <> Dana (Fieldstone)",
        "Thanks Jen (moving you to bcc)!\n\nDana - great to meet you. I'd love to be considered for the Senior PM "
        "role on the payments team. My resume is attached; happy to find a time that works for you.\n\nMarcus",
        "f1",
    ),
    (
        "Fieldstone",
        "screen",
        "2025-09-03",
        "Dana Whitaker <dana@fieldstone.io>",
        "Re: Intro: Marcus <> Dana (Fieldstone)",
        "Hi Marcus,\n\nThanks for sending this over. Your background looks like a strong fit. Could we do 45 minutes "
        "on Thursday to talk through the role and your experience? I run the payments product team.\n\nDana",
        "f1",
    ),
    (
        "Summit Outdoor Co.",
        "applied",
        "2025-09-04",
        "Summit Outdoor Co. <no-reply@greenhouse.io>",
        "Thank you for applying to Summit Outdoor Co.",
        "Hi Marcus,\n\nThanks for applying to Summit Outdoor Co.! You were referred by Priya Nair, and we've received "
        "your application for Product Manager, E-commerce.\n\nSummit Outdoor Co. Recruiting",
        "s1",
    ),
    (
        "Bluebird Health",
        "applied",
        "2025-09-05",
        ME,
        "Re: coffee next week?",
        "Hi Tom,\n\nGreat catching up. As we discussed, I'd like to throw my hat in the ring for the Group PM role at "
        "Bluebird. Resume attached.\n\nMarcus",
        "b1",
    ),
    (
        "Bluebird Health",
        "interview",
        "2025-09-08",
        "Tom Alvarez <tom.alvarez@bluebirdhealth.com>",
        "Re: coffee next week?",
        "Marcus - passed your resume to our CPO and she wants to meet. Can you come by the office Wednesday at 2 to "
        "meet her and the team?\n\nTom",
        "b1",
    ),
    (
        "Fieldstone",
        "thank_you",
        "2025-09-11",
        ME,
        "Thank you",
        "Hi Dana,\n\nThank you for the conversation today - I really enjoyed hearing about the payments roadmap.\n\n"
        "Marcus",
        "f2",
    ),
    (
        "Summit Outdoor Co.",
        "rejected",
        "2025-09-15",
        "Summit Outdoor Co. <no-reply@greenhouse.io>",
        "Your application to Summit Outdoor Co.",
        "Hi Marcus,\n\nThank you for your interest in Summit Outdoor Co. We've decided to move forward with other "
        "candidates for the Product Manager, E-commerce role.\n\nSummit Outdoor Co. Recruiting",
        "s2",
    ),
    (
        "Fieldstone",
        "onsite",
        "2025-09-16",
        "Dana Whitaker <dana@fieldstone.io>",
        "Next steps - Fieldstone",
        "Hi Marcus,\n\nThe team loved talking with you. We'd like to bring you in for our final round: a product "
        "case presentation and conversations with our CEO and Head of Engineering.\n\nDana",
        "f3",
    ),
    (
        "Bluebird Health",
        "rejected",
        "2025-09-19",
        "Tom Alvarez <tom.alvarez@bluebirdhealth.com>",
        "Re: coffee next week?",
        "Marcus - hate to send this one. Our CPO decided to go with an internal candidate for the Group PM role. "
        "Let's still grab that beer.\n\nTom",
        "b1",
    ),
    (
        "Fieldstone",
        "offer",
        "2025-09-26",
        "Dana Whitaker <dana@fieldstone.io>",
        "Fieldstone offer",
        "Hi Marcus,\n\nI'm excited to share that we'd like to offer you the Senior PM role! Our recruiter will send "
        "the formal offer letter today.\n\nDana",
        "f4",
    ),
]

_OWN_TO = {
    "Fieldstone": "Dana Whitaker <dana@fieldstone.io>",
    "Bluebird Health": "Tom Alvarez <tom.alvarez@bluebirdhealth.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Jen Park <jen.park.co@gmail.com>",
        "Intro: Marcus <> Dana (Fieldstone)",
        "networking",
        "Dana, meet Marcus - the sharpest PM I worked with at Kestrel. He's looking at payments roles. Marcus, meet "
        "Dana, who runs product for payments at Fieldstone. I'll let you two take it from here!",
    ),
    (
        "Tom Alvarez <tom.alvarez@bluebirdhealth.com>",
        "coffee next week?",
        "networking",
        "Hey Marcus, heard you're looking. Want to grab coffee next week and catch up? Tuesday or Wednesday morning?",
    ),
    (
        "Lena Fox <lena.fox@gmail.com>",
        "Re: coffee chat",
        "networking",
        "Great chatting today! No openings on my team right now, but I'll keep you posted if anything comes up.",
    ),
    (
        "LinkedIn <invitations@linkedin.com>",
        "Priya Nair accepted your invitation",
        "networking",
        "Priya Nair accepted your invitation to connect. See Priya's profile.",
    ),
    (
        "CU Boulder Alumni <alumni@colorado.edu>",
        "Denver alumni mixer - Oct 2",
        "newsletter",
        "Join fellow Buffs for drinks and networking at Denver Beer Co. RSVP today.",
    ),
    (
        "Chris Bell <chris.bell.den@gmail.com>",
        "how'd it go??",
        "personal",
        "How did the interview go? Call me tonight.",
    ),
    (
        "Built In Colorado <jobs@builtincolorado.com>",
        "New product jobs in Denver",
        "alert",
        "Senior Product Manager - Fintech. Group PM - Healthtech. See jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARCUS,
        own_to=_OWN_TO,
        offset="-0600",
        clock="13:00:00",
        neg_start="2025-09-01",
        neg_step=3,
        neg_clock="09:30:00",
        tag="hundredeightyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
