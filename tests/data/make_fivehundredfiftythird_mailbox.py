"""A five-hundred-and-fifty-third mailbox, written as a held-out check after the five-hundred-and-fifty-second (issue
#24).

Tom Fletcher, a backend engineer in London, keeps his search in Gmail and exports it with Takeout. He applied to two
roles at one bank, and a data recruiter kept her client unnamed until it wanted to meet him: Greenhouse's "Thank you
for applying to Monzo" for the Backend Engineer role and again for the Platform Engineer role, Monzo's "we won't be
progressing your application for Platform Engineer", Google Calendar's "Invitation: Monzo - Backend Engineer -
Technical Interview @ Tue 11 Mar 2025 2pm - 3pm (GMT)" from the recruiter, a Harnham consultant's "I've sent your CV to
my client, a fintech scale-up in Shoreditch", then "I can now tell you the client is Wise - they'd like a first
interview", Monzo's "final stage: three interviews on one afternoon", its offer, his forward of the offer to his
partner (no step), his acceptance and Wise's "we've decided not to proceed". Negatives: Otta's alert, a newsletter, a
second agency's cold mail, Monzo's own card notification (a bank he applied to), his partner's reply and a friend. Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

#: Two roles at Monzo (Backend Engineer, Platform Engineer), counted by hand.
APPLICATIONS = {"Monzo": 2}

TOM = "tom.fletcher.dev@gmail.com"
ME = f"Tom Fletcher <{TOM}>"
MONZO = "Monzo <no-reply@us.greenhouse-mail.example>"
HANNAH = "Hannah Reid <hannah.reid@monzo.example>"
SOPHIE = "Sophie Clarke <sophie.clarke@harnham.example>"
PARTNER = "Jamie Fletcher <jamie.fletcher@gmail.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Monzo",
        "applied",
        "2025-02-24",
        MONZO,
        "Thank you for applying to Monzo",
        "Hi Tom,\n\nThank you for applying for the Backend Engineer role at Monzo. We'll take a look at your application "
        "and get back to you soon.\n\nMonzo Talent",
        "t-mb",
    ),
    (
        "Monzo",
        "applied",
        "2025-02-25",
        MONZO,
        "Thank you for applying to Monzo",
        "Hi Tom,\n\nThank you for applying for the Platform Engineer role at Monzo. We'll take a look at your application "
        "and get back to you soon.\n\nMonzo Talent",
        "t-mp",
    ),
    (
        "Wise",
        "applied",
        "2025-02-26",
        SOPHIE,
        "Senior Backend Engineer - fintech - Shoreditch",
        "Hi Tom,\n\nLovely to speak earlier. As discussed, I've sent your CV to my client, a fintech scale-up in "
        "Shoreditch, for the Senior Backend Engineer role. Will be in touch as soon as I hear.\n\nSophie Clarke\n"
        "Senior Consultant, Harnham",
        "t-wise",
    ),
    (
        "Monzo",
        "rejected",
        "2025-03-03",
        MONZO,
        "Your application to Monzo",
        "Hi Tom,\n\nThank you for your interest in the Platform Engineer role. Unfortunately we won't be progressing your "
        "application for Platform Engineer at this time.\n\nMonzo Talent",
        "t-mp2",
    ),
    (
        "Monzo",
        "interview",
        "2025-03-04",
        "Hannah Reid (Google Calendar) <calendar-notification@google.example>",
        "Invitation: Monzo - Backend Engineer - Technical Interview @ Tue 11 Mar 2025 2pm - 3pm (GMT)",
        "You have been invited to the following event.\n\nMonzo - Backend Engineer - Technical Interview\nWhen: Tue 11 "
        "Mar 2025 2pm - 3pm (GMT)\nJoining info: meet.google.com/abc-defg-hij\nOrganizer: hannah.reid@monzo.example\n"
        "Guests: tom.fletcher.dev@gmail.com\n\nGoing? Yes - Maybe - No",
        "t-mb2",
    ),
    (
        "Wise",
        "interview",
        "2025-03-05",
        SOPHIE,
        "RE: Senior Backend Engineer - fintech - Shoreditch",
        "Hi Tom,\n\nGood news! I can now tell you the client is Wise - they'd like a first interview with the "
        "engineering manager next Monday.\n\nSophie",
        "t-wise",
    ),
    (
        "Monzo",
        "onsite",
        "2025-03-14",
        HANNAH,
        "Backend Engineer - final stage",
        "Hi Tom,\n\nThe team really enjoyed the technical interview. We'd like to invite you to the final stage: three "
        "interviews on one afternoon at our office (system design, values, and a chat with the engineering "
        "director).\n\nHannah\nTalent Partner, Monzo",
        "t-mb3",
    ),
    (
        "Wise",
        "rejected",
        "2025-03-18",
        SOPHIE,
        "RE: Senior Backend Engineer - fintech - Shoreditch",
        "Hi Tom,\n\nI've had feedback from Wise. They enjoyed meeting you but have decided not to proceed - they want "
        "someone with more Kotlin.\n\nSophie",
        "t-wise",
    ),
    (
        "Monzo",
        "offer",
        "2025-03-24",
        HANNAH,
        "Backend Engineer - offer",
        "Hi Tom,\n\nCongratulations! We'd love you to join Monzo and are delighted to offer you the Backend Engineer "
        "role. Your offer letter is attached.\n\nHannah",
        "t-mb4",
    ),
    (
        "Monzo",
        "skip",
        "2025-03-24",
        ME,
        "Fwd: Backend Engineer - offer",
        "Look!! x\n\n---------- Forwarded message ---------\nFrom: Hannah Reid <hannah.reid@monzo.example>\nSubject: "
        "Backend Engineer - offer\n\nHi Tom,\n\nCongratulations! We'd love you to join Monzo and are delighted to offer "
        "you the Backend Engineer role. Your offer letter is attached.\n\nHannah",
        "t-fwd",
    ),
    (
        "Monzo",
        "accepted",
        "2025-03-25",
        ME,
        "RE: Backend Engineer - offer",
        "Hi Hannah,\n\nThank you! I'm delighted to accept - signed letter attached.\n\nTom",
        "t-mb4",
    ),
]

_NEGATIVES = [
    (
        "Otta <hello@otta.example>",
        "5 new jobs we think you'll like",
        "alert",
        "Backend Engineer - Starling. Senior Engineer - Revolut. See jobs.",
    ),
    (
        "The Pragmatic Engineer <newsletter@pragmaticengineer.example>",
        "The Pulse #124",
        "newsletter",
        "This week's issue. Unsubscribe.",
    ),
    (
        "Ollie Grant <ollie@techpeople.example>",
        "Golang role - 120k",
        "outreach",
        "Hi Tom, I've got a Golang role at a crypto exchange paying up to 120k. Fancy a chat?",
    ),
    (
        "Monzo <notifications@monzo.example>",
        "You spent £42.10 at Pret",
        "other",
        "Your Monzo card was used at Pret A Manger.",
    ),
    (
        PARTNER,
        "Re: Fwd: Backend Engineer - offer",
        "personal",
        "AMAZING!!! So proud of you. Celebrate tonight?",
    ),
    (
        "Sam Patel <sam.patel@gmail.example>",
        "five a side",
        "personal",
        "Five a side Thursday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TOM,
        own_to={"Monzo": HANNAH},
        offset="+0000",
        clock="12:45:00",
        neg_start="2025-02-23",
        neg_step=5,
        neg_clock="20:15:00",
        tag="fivehundredfiftythree",
    )
    for m, _ in msgs:  # (the forward went to his partner)
        if str(m["Subject"]).startswith("Fwd:"):
            del m["To"]
            m["To"] = PARTNER
    return no_step(msgs, "personal")


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
