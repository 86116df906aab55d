"""A four-hundred-and-seventy-third mailbox, written as a held-out check after the four-hundred-and-seventy-second
(issue #24).

Elin Johansson, a data engineer in Stockholm, keeps her mail in Thunderbird and exports it as one mbox.  Swedish tech
hires in English: Teamtailor's "Thanks for your application to Tink!", Greenhouse's receipt from Spotify, a recruiter
at a Swedish agency ("I have presented you to Klarna for the Senior Data Engineer role"), "Klarna would like to
proceed with a case interview", "a final interview at their Sveavägen office", "we've decided to move forward with
other candidates", "We are happy to offer you the position" from Tink, her "I'm happy to accept", Spotify's
"Thank you for your patience - we're still in the process of reviewing applications" and her withdrawal from it.
Negatives: LinkedIn's alert, a newsletter from a tech site, a recruiter's cold "Data role at a scale-up", a meetup,
SL and her friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ELIN = "elin.johansson@telia.example"
ME = f"Elin Johansson <{ELIN}>"
OSKAR = "Oskar Lind <oskar.lind@nordicrecruit.example>"
TINK = "Tink <no-reply@teamtailor.example>"
SPOTIFY = "Spotify <no-reply@us.greenhouse-mail.io>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Tink",
        "applied",
        "2025-09-01",
        TINK,
        "Thanks for your application to Tink!",
        "Hi Elin,\n\nThanks for applying for the Data Engineer position at Tink! We will review your application and "
        "get back to you as soon as possible.\n\nBest,\nThe Tink Talent Team",
        None,
    ),
    (
        "Spotify",
        "applied",
        "2025-09-02",
        SPOTIFY,
        "Thank you for applying to Spotify",
        "Hi Elin,\n\nThank you for your application for Data Engineer II, Personalization at Spotify. We're reviewing "
        "it now.\n\nSpotify Talent Acquisition",
        None,
    ),
    (
        "Klarna",
        "applied",
        "2025-09-03",
        OSKAR,
        "Senior Data Engineer - Klarna",
        "Hi Elin,\n\nGreat talking earlier. I have presented you to Klarna for the Senior Data Engineer role and will "
        "let you know as soon as I hear back.\n\nBest,\nOskar Lind\nNordic Recruit",
        None,
    ),
    (
        "Klarna",
        "interview",
        "2025-09-09",
        OSKAR,
        "Re: Senior Data Engineer - Klarna",
        "Hi Elin,\n\nKlarna would like to proceed with a case interview with two data engineers next Wednesday at "
        "14:00.\n\nOskar",
        2,
    ),
    (
        "Tink",
        "interview",
        "2025-09-10",
        "Anna Berg <anna.berg@tink.example>",
        "Tink - technical interview",
        "Hi Elin,\n\nThanks for your application! We'd like to invite you to a technical interview with our data team on "
        "Friday at 10:00.\n\nAnna Berg\nTalent Partner, Tink",
        None,
    ),
    (
        "Spotify",
        "reply",
        "2025-09-15",
        SPOTIFY,
        "Update on your application",
        "Hi Elin,\n\nThank you for your patience - we're still in the process of reviewing applications for this role "
        "and will be in touch.\n\nSpotify Talent Acquisition",
        1,
    ),
    (
        "Klarna",
        "onsite",
        "2025-09-17",
        OSKAR,
        "Re: Senior Data Engineer - Klarna",
        "Hi Elin,\n\nThe case went great! Klarna would like you to come in for a final interview at their Sveavägen "
        "office on the 24th.\n\nOskar",
        3,
    ),
    (
        "Klarna",
        "rejected",
        "2025-09-26",
        OSKAR,
        "Re: Senior Data Engineer - Klarna",
        "Hi Elin,\n\nI'm sorry - Klarna have told me they've decided to move forward with other candidates. They were "
        "very positive about you.\n\nOskar",
        6,
    ),
    (
        "Tink",
        "offer",
        "2025-09-29",
        "Anna Berg <anna.berg@tink.example>",
        "Tink - offer",
        "Hi Elin,\n\nWe are happy to offer you the position of Data Engineer at Tink! The contract is attached.\n\n"
        "Anna",
        None,
    ),
    (
        "Tink",
        "accepted",
        "2025-09-30",
        ME,
        "Re: Tink - offer",
        "Hi Anna,\n\nI'm happy to accept! Signed contract attached.\n\nElin",
        8,
        "Anna Berg <anna.berg@tink.example>",
    ),
    (
        "Spotify",
        "withdrew",
        "2025-09-30",
        ME,
        "Withdrawing my application - Data Engineer II",
        "Hi,\n\nI have accepted another offer, so please withdraw my application for Data Engineer II, "
        "Personalization.\n\nThank you,\nElin Johansson",
        None,
        "Spotify Recruiting <recruiting@spotify.example>",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Data Engineer: 12 new jobs in Stockholm",
        "alert",
        "Data Engineer - King. Analytics Engineer - Epidemic Sound. See all jobs.",
    ),
    (
        "Breakit <newsletter@breakit.example>",
        "Breakit Daily",
        "newsletter",
        "Today's startup news. Unsubscribe.",
    ),
    (
        "Maja Ek <maja@scaleuptalent.example>",
        "Data role at a scale-up",
        "outreach",
        "Hi Elin, I came across your profile and I'm working with a Stockholm scale-up hiring a Lead Data Engineer. "
        "Open to a chat?",
    ),
    (
        "Stockholm Data Meetup <hello@meetup.example>",
        "New event: dbt in production",
        "newsletter",
        "Join us on October 2.",
    ),
    (
        "SL <noreply@sl.example>",
        "Your SL Access card",
        "other",
        "Your 30-day ticket is active.",
    ),
    (
        "Sara Nilsson <sara.nilsson@gmail.example>",
        "fika",
        "personal",
        "Fika on Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ELIN,
        offset=lambda d: "+0200",
        clock="10:10:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="20:20:00",
        tag="fourhundredseventythree",
        host="telia.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
