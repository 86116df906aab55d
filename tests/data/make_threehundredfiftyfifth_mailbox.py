"""A three-hundred-and-fifty-fifth mailbox, written as a held-out check after the three-hundred-and-fifty-fourth
(issue #24).

Mia, a project coordinator in Brisbane, exports Gmail with Takeout.  Australian recruitment as it writes: a
recruiter's "Just a quick one to let you know I've popped your resume through to Coorparoo Constructions for the
Project Coordinator role - fingers crossed!", "They'd like to have a chat with you on Thursday arvo", "unfortunately
they've gone with someone with more civil experience", a second recruiter's "As promised, I've sent your details through to
my client - a tier 2 builder on the Sunshine Coast", then "Great news, Kawana Building Group want to meet you", "they've come back with an offer - $95k plus super", her "Yes
please! I'm in", and PageUp's receipt and refusal from a council.  Negatives: a SEEK alert, a Jora digest, a Translink
notice, a Medicare message, a Bunnings promotion, her mate.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MIA = "mia.thompson.pc@gmail.com"
ME = f"Mia Thompson <{MIA}>"
REC1 = "Josh Kelly <josh.kelly@riverstonerecruitment.com.au>"
REC2 = "Bec Nguyen <bec@buildpeople.com.au>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Coorparoo Constructions",
        "applied",
        "2025-06-02",
        REC1,
        "Project Coordinator - Coorparoo Constructions",
        "Hi Mia,\n\nJust a quick one to let you know I've popped your resume through to Coorparoo Constructions for the "
        "Project Coordinator role - fingers crossed! I'll let you know as soon as I hear back.\n\nCheers,\nJosh Kelly\n"
        "Senior Consultant | Riverstone Recruitment",
        "m1",
    ),
    (
        "Kawana Building Group",
        "applied",
        "2025-06-04",
        REC2,
        "Project Coordinator - Sunshine Coast",
        "Hi Mia,\n\nLovely chatting today. As promised, I've sent your details through to my client - a tier 2 builder "
        "on the Sunshine Coast - for their Project Coordinator role. Will keep you posted!\n\nBec Nguyen\nBuild People",
        "m2",
    ),
    (
        "Moreton Shire Council",
        "applied",
        "2025-06-05",
        "Moreton Shire Council <noreply@pageuppeople.com>",
        "Application received - Project Officer",
        "Dear Mia,\n\nThank you for your application for the position of Project Officer (Job Ref: MSC-2025-118) with "
        "Moreton Shire Council. Your application will be assessed after the closing date.\n\nTalent Acquisition\n"
        "Moreton Shire Council",
        "m3",
    ),
    (
        "Coorparoo Constructions",
        "interview",
        "2025-06-09",
        REC1,
        "RE: Project Coordinator - Coorparoo Constructions",
        "Hi Mia,\n\nGood news - they'd like to have a chat with you on Thursday arvo at their Coorparoo office, 2pm with "
        "the Project Manager. Does that suit?\n\nJosh",
        "m1",
    ),
    (
        "Kawana Building Group",
        "interview",
        "2025-06-11",
        REC2,
        "RE: Project Coordinator - Sunshine Coast",
        "Hi Mia!\n\nGreat news, Kawana Building Group want to meet you! Are you free Monday at 10 at their Birtinya "
        "office? You'll meet Dave, the Construction Manager.\n\nBec",
        "m2",
    ),
    (
        "Coorparoo Constructions",
        "rejected",
        "2025-06-16",
        REC1,
        "RE: Project Coordinator - Coorparoo Constructions",
        "Hi Mia,\n\nThanks for going in on Thursday. Unfortunately they've gone with someone with more civil "
        "experience. Really appreciate your time and I'll be in touch with anything else that comes up.\n\nJosh",
        "m1",
    ),
    (
        "Moreton Shire Council",
        "rejected",
        "2025-06-20",
        "Moreton Shire Council <noreply@pageuppeople.com>",
        "Project Officer - MSC-2025-118",
        "Dear Mia,\n\nThank you for your interest in the Project Officer position. After careful consideration, your "
        "application has not been shortlisted for interview on this occasion.\n\nTalent Acquisition\nMoreton Shire "
        "Council",
        "m3",
    ),
    (
        "Kawana Building Group",
        "offer",
        "2025-06-20",
        REC2,
        "RE: Project Coordinator - Sunshine Coast",
        "Hi Mia,\n\nThey've come back with an offer - $95k plus super, start 14 July! Let me know your thoughts and I'll "
        "let them know.\n\nBec",
        "m2",
    ),
    (
        "Kawana Building Group",
        "accepted",
        "2025-06-20",
        ME,
        "RE: Project Coordinator - Sunshine Coast",
        "Yes please! I'm in. Thanks so much Bec!\n\nMia",
        "m2",
    ),
]

_NEGATIVES = [
    (
        "SEEK <noreply@s.seek.com.au>",
        "New jobs for Project Coordinator in Brisbane",
        "alert",
        "Project Coordinator - Hutchinson Builders - Brisbane. Project Administrator - Watpac. View all jobs.",
    ),
    (
        "Jora <alerts@jora.example>",
        "Jobs you might like",
        "alert",
        "Project Coordinator jobs near Brisbane QLD. Apply now.",
    ),
    (
        "Translink <noreply@translink.example>",
        "Service changes this weekend",
        "other",
        "Trains between Roma Street and Bowen Hills are replaced by buses this weekend.",
    ),
    (
        "myGov <noreply@my.gov.example>",
        "You have a new message",
        "other",
        "You have a new message from Medicare in your myGov inbox.",
    ),
    (
        "Bunnings <news@bunnings.example>",
        "Winter gardening deals",
        "shop",
        "Get your garden ready for winter with our latest range.",
    ),
    (
        "Sarah Lee <sarahlee88@bigpond.example>",
        "footy sunday",
        "personal",
        "Coming to the Lions game Sunday? Got a spare ticket",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MIA,
        own_to={"Kawana Building Group": REC2},
        offset="+1000",
        clock="09:20:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="19:45:00",
        tag="threehundredfiftyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
