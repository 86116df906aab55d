"""A ninety-eighth mailbox, written as a held-out check after the ninety-seventh's fixes (issue #24).

Liam, a project coordinator in Sydney, exports Gmail with Takeout.  Australian hiring writes in its own words: SEEK
("Your application for ... was successfully submitted"), PageUp and JobAdder confirmations, "you have been
shortlisted", "we will not be progressing your application", "the successful candidate", a "verbal offer" and a
"letter of offer", reference checks requested of his referees (no step), "cheers" and "kind regards".  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LIAM = "liam.obrien.pm@gmail.com"
_ME = f"Liam O'Brien <{LIAM}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Harbourline Infrastructure (SEEK; shortlisted; interview; verbal offer; letter of offer; accepted)
    (
        "Harbourline Infrastructure",
        "applied",
        "2025-06-02",
        "SEEK <noreply@s.seek.com.au>",
        "Your application for Project Coordinator was successfully submitted",
        "Hi Liam,\n\nYour application for Project Coordinator at Harbourline Infrastructure was successfully submitted. "
        "Good luck!\n\nSEEK",
        "hi1",
    ),
    (
        "Harbourline Infrastructure",
        "interview",
        "2025-06-11",
        "Chloe Nguyen <chloe.nguyen@harbourline.com.au>",
        "Project Coordinator - shortlisted",
        "Hi Liam,\n\nGreat news - you have been shortlisted for the Project Coordinator role. We'd like to invite you "
        "to an interview with the project director at our Barangaroo office on Tuesday 17 June at 10am.\n\nKind "
        "regards,\nChloe Nguyen\nTalent Acquisition",
        "hi2",
    ),
    (
        "Harbourline Infrastructure",
        "offer",
        "2025-06-24",
        "Chloe Nguyen <chloe.nguyen@harbourline.com.au>",
        "Verbal offer - Project Coordinator",
        "Hi Liam,\n\nThanks for taking my call earlier. As discussed, I'm delighted to confirm our verbal offer for the "
        "Project Coordinator role; your letter of offer will follow once reference checks are complete.\n\nCheers,\n"
        "Chloe",
        "hi3",
    ),
    (
        "Harbourline Infrastructure",
        "accepted",
        "2025-06-27",
        _ME,
        "Re: Verbal offer - Project Coordinator",
        "Hi Chloe,\n\nThanks so much - I've signed the letter of offer and attached it here. Really looking forward to "
        "starting.\n\nCheers,\nLiam",
        "hi3",
    ),
    # Southern Cross Health (PageUp; not progressing)
    (
        "Southern Cross Health",
        "applied",
        "2025-06-03",
        "Southern Cross Health <noreply@pageuppeople.com>",
        "Thank you for your application",
        "Dear Liam,\n\nThank you for your application for the position of Project Officer with Southern Cross Health. "
        "We will be in touch once applications have been reviewed.\n\nKind regards,\nPeople and Culture",
        "sc1",
    ),
    (
        "Southern Cross Health",
        "rejected",
        "2025-06-19",
        "Southern Cross Health <noreply@pageuppeople.com>",
        "Project Officer - application outcome",
        "Dear Liam,\n\nThank you for your interest in the Project Officer position. Unfortunately, we will not be "
        "progressing your application further on this occasion.\n\nKind regards,\nPeople and Culture",
        "sc2",
    ),
    # Bondi Digital (JobAdder; phone screen; successful candidate)
    (
        "Bondi Digital",
        "applied",
        "2025-06-04",
        "Bondi Digital <noreply@jobadder.com>",
        "Application received - Delivery Coordinator",
        "Hi Liam,\n\nThanks for applying for the Delivery Coordinator role at Bondi Digital. We've received your "
        "application.\n\nCheers,\nThe Bondi Digital team",
        "bd1",
    ),
    (
        "Bondi Digital",
        "screen",
        "2025-06-10",
        "Sam Patel <sam@bondidigital.com.au>",
        "Quick phone chat?",
        "Hey Liam,\n\nThanks for applying! Are you free for a quick 15 minute phone chat on Thursday arvo?\n\nCheers,\n"
        "Sam",
        "bd2",
    ),
    (
        "Bondi Digital",
        "rejected",
        "2025-06-20",
        "Sam Patel <sam@bondidigital.com.au>",
        "Re: Quick phone chat?",
        "Hey Liam,\n\nThanks again for your time. We've gone with the successful candidate who had more agency "
        "experience, but I really enjoyed our chat.\n\nCheers,\nSam",
        "bd2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Harbourline Infrastructure <references@harbourline.com.au>",
        "Reference check for Liam O'Brien",
        "reference",
        "Hi Liam,\n\nWe have contacted your referees, Jane Smith and Tom Lee, and will let you know once reference "
        "checks are complete.\n\nTalent Acquisition",
    ),
    (
        "SEEK <jobmail@s.seek.com.au>",
        "12 new jobs for Project Coordinator in Sydney NSW",
        "alert",
        "Project Coordinator - Harbourline Infrastructure\nProject Officer - Southern Cross Health\nView all jobs",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Bondi Digital viewed your application",
        "viewed",
        "Your application for Delivery Coordinator was viewed by Bondi Digital.",
    ),
    (
        "Emma Walsh <emma@hays-like-recruitment.example>",
        "Project Coordinator contract - Parramatta",
        "outreach",
        "Hi Liam, I have a 6-month Project Coordinator contract in Parramatta. Are you available for a quick chat?",
    ),
    (
        "Opal <noreply@opal.example>",
        "Your Opal card auto top-up",
        "account",
        "Your Opal card was topped up by $40.",
    ),
    (
        "AIPM <news@aipm.example>",
        "Project management news",
        "newsletter",
        "This month in Australian project management. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LIAM,
        own_to={"Harbourline Infrastructure": "Chloe Nguyen <chloe.nguyen@harbourline.com.au>"},
        offset="+1000",
        clock="11:45:00",
        neg_start="2025-06-05",
        neg_step=4,
        neg_clock="08:30:00",
        tag="ninetyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
