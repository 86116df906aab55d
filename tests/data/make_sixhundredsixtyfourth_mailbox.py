"""A six-hundred-and-sixty-fourth mailbox, written as a held-out check after the six-hundred-and-sixty-third (issue
#24).

Liam Nguyen, a graduate civil engineer in Brisbane, exports his inbox from Apple Mail as a ``.zip`` (``INBOX.mbox``;
his own mail is in it too, from his address). His search is Australian: SEEK's "Your application was successfully
submitted" for GHD and for John Holland, GHD's "one-way video interview" through HireVue (an interview round), John
Holland's PageUp "you have not been successful in progressing to the next stage", GHD's Graduate Assessment Centre
(the final stage), GHD's "we regret to advise that on this occasion you have not been successful"; and a recruiter at
Chandler Macleod who "submitted your application to Aurecon", writes that "Aurecon have come back and would like to
meet you" and then "Aurecon want to make you an offer!", which Liam accepts ("Happy to accept"). Negatives: SEEK's
"Your application was viewed by John Holland", SEEK's and Jora's job alerts, Engineers Australia's newsletter, a CV
writing service's promotion and his footy club. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LIAM = "liam.nguyen.eng@icloud.example"
ME = f"Liam Nguyen <{LIAM}>"
SEEK = "SEEK <noreply@s.seek.example>"
GHD = "GHD Talent <careers@ghd.example>"
JH = "John Holland Careers <noreply@johnholland.pageuppeople.example>"
CM = "Sophie Walker <sophie.walker@chandlermacleod.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "GHD",
        "applied",
        "2025-07-07",
        SEEK,
        "Your application was successfully submitted",
        "Hi Liam,\n\nYour application for Graduate Civil Engineer - Water at GHD was successfully submitted.\n\n"
        "Track your application in your SEEK Profile.\n\nGood luck!\nSEEK",
        None,
    ),
    (
        "John Holland",
        "applied",
        "2025-07-08",
        SEEK,
        "Your application was successfully submitted",
        "Hi Liam,\n\nYour application for Site Engineer - Cross River Rail at John Holland was successfully "
        "submitted.\n\nTrack your application in your SEEK Profile.\n\nGood luck!\nSEEK",
        None,
    ),
    (
        "Aurecon",
        "applied",
        "2025-07-09",
        CM,
        "Civil Design Engineer - Aurecon",
        "Hi Liam,\n\nThanks for chatting today. As discussed, I've submitted your application to Aurecon for the Civil "
        "Design Engineer role in the Brisbane CBD and will update you as soon as I hear back.\n\nCheers,\nSophie Walker"
        "\nRecruitment Consultant | Chandler Macleod",
        None,
    ),
    (
        "GHD",
        "interview",
        "2025-07-14",
        GHD,
        "GHD - invitation to video interview",
        "Hi Liam,\n\nThank you for your application for the Graduate Civil Engineer - Water position. We'd like to "
        "invite you to complete a one-way video interview via HireVue by Friday 18 July.\n\nKind regards,\nGHD Talent "
        "Acquisition",
        None,
    ),
    (
        "Aurecon",
        "interview",
        "2025-07-15",
        CM,
        "RE: Civil Design Engineer - Aurecon",
        "Hi Liam,\n\nAurecon have come back and would like to meet you for an interview next Wednesday at 11am at their "
        "Brisbane office (Level 14, 32 Turbot St). Does that suit?\n\nSophie",
        None,
    ),
    (
        "John Holland",
        "rejected",
        "2025-07-17",
        JH,
        "Site Engineer - Cross River Rail",
        "Dear Liam,\n\nThank you for your interest in the Site Engineer - Cross River Rail position with John Holland. "
        "Unfortunately, you have not been successful in progressing to the next stage of the recruitment process.\n\n"
        "Kind regards,\nJohn Holland Talent Acquisition",
        None,
    ),
    (
        "GHD",
        "onsite",
        "2025-07-24",
        GHD,
        "GHD Graduate Assessment Centre",
        "Hi Liam,\n\nCongratulations! We are pleased to invite you to our Graduate Assessment Centre at the Brisbane "
        "office on Thursday 14 August, the final stage of our recruitment process.\n\nKind regards,\nGHD Talent "
        "Acquisition",
        None,
    ),
    (
        "Aurecon",
        "offer",
        "2025-07-29",
        CM,
        "Feedback from Aurecon",
        "Hey Liam,\n\nGood news mate - Aurecon want to make you an offer! $88k plus super, starting 1 September. Give "
        "me a buzz when you're free.\n\nSophie",
        None,
    ),
    (
        "Aurecon",
        "accepted",
        "2025-07-29",
        ME,
        "RE: Feedback from Aurecon",
        "Legend, thanks Sophie! Happy to accept - let's lock it in.\n\nLiam",
        CM,
    ),
    (
        "GHD",
        "rejected",
        "2025-08-20",
        GHD,
        "Your application with GHD",
        "Hi Liam,\n\nThank you for attending our Graduate Assessment Centre. We regret to advise that on this occasion "
        "you have not been successful.\n\nKind regards,\nGHD Talent Acquisition",
        None,
    ),
]

_NEGATIVES = [
    (
        SEEK,
        "Your application was viewed by John Holland",
        "viewed",
        "Hi Liam, John Holland viewed your application for Site Engineer - Cross River Rail.",
    ),
    (
        "SEEK <jobmail@s.seek.example>",
        "8 new jobs for graduate civil engineer",
        "alert",
        "New jobs matching your saved search in Brisbane QLD. Manage your saved searches.",
    ),
    (
        "Jora <alerts@jora.example>",
        "Civil Engineer jobs in Brisbane",
        "alert",
        "We found 14 new jobs for you. Unsubscribe.",
    ),
    (
        "Engineers Australia <news@engineersaustralia.example>",
        "Engineers Australia News: July",
        "newsletter",
        "CPD events in Queensland this month. Manage your preferences.",
    ),
    (
        "CV Pro <hello@cvpro.example>",
        "Is your CV holding you back?",
        "promotion",
        "Get a professionally written resume in 48 hours. 20% off this week.",
    ),
    (
        "Bulimba Bulldogs <club@bulimbabulldogs.example>",
        "Training moved to Thursday",
        "personal",
        "Training is on Thursday this week at 6pm.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+1000",
        clock="10:05:00",
        neg_start="2025-07-06",
        neg_step=5,
        neg_clock="20:10:00",
        tag="sixhundredsixtyfour",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as an Apple Mail mbox inside a ``.zip`` into ``folder``; return the zip's path."""
    from mail_score import write_apple_zip

    return write_apple_zip(Path(folder) / "Liam mail.zip", msgs if msgs is not None else messages())
