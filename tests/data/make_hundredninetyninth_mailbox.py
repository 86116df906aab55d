"""A hundred-and-ninety-ninth mailbox, written as a held-out check after the hundred-and-ninety-eighth (issue #24).

Nia, a senior backend engineer in Seattle, exported Gmail with Takeout.  Much of her search starts with recruiters
writing first: a recruiting sequence from Gem ("Open to a quick chat?", then "Following up, Nia") that she answers
and that becomes an intro call, a technical round and a no; a referral's "complete your application" before the
application itself; LinkedIn InMail and an agency's pitch she leaves unanswered.  One search is the ordinary kind,
through Ashby, to an offer she accepts.  Negatives: the pitches and the sequence's bump, her own answer to the
recruiter, the referral's invitation, LinkedIn's digest, a conference, a friend.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.

Its truth first called Quillpoint's "interview loop" with a "virtual onsite" an interview; after the first read it is
the final round it is (SPEC 3.2's "on-site", as the earlier corpora read a virtual onsite).
"""

from __future__ import annotations

from pathlib import Path

NIA = "nia.okonkwo.dev@gmail.com"
ME = f"Nia Okonkwo <{NIA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Quillpoint",
        "applied",
        "2025-04-07",
        "Quillpoint Hiring <no-reply@ashbyhq.com>",
        "Thanks for applying to Quillpoint!",
        "Hi Nia,\n\nThanks for applying to the Senior Backend Engineer, Payments role at Quillpoint. We review "
        "every application and will get back to you within a week.\n\nThe Quillpoint Team",
        "q1",
    ),
    (
        "Arcwell",
        "screen",
        "2025-04-10",
        "Tyler Brooks <tyler@arcwell.io>",
        "Re: Quick question, Nia",
        "Great to hear back, Nia! I've sent a calendar invite for Tuesday at 2pm PT - a 30-minute intro call with "
        "me to talk through the platform team and what you're looking for.\n\nTalk soon,\nTyler\n\nTyler Brooks | "
        "Technical Recruiter | Arcwell",
        "a1",
    ),
    (
        "Tidewater",
        "applied",
        "2025-04-11",
        "Tidewater <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tidewater",
        "Hi Nia,\n\nThanks for your interest in Tidewater! We received your application for Senior Backend "
        "Engineer (Referral) and our team will review it shortly.\n\nBest,\nTidewater Recruiting",
        "t2",
    ),
    (
        "Quillpoint",
        "screen",
        "2025-04-14",
        "Quillpoint Hiring <no-reply@ashbyhq.com>",
        "Schedule your phone screen with Quillpoint",
        "Hi Nia,\n\nThe team would like to move forward! Please use the link below to pick a time for a 30-minute "
        "phone screen with Marisa, our engineering recruiter.\n\nThe Quillpoint Team",
        "q2",
    ),
    (
        "Arcwell",
        "interview",
        "2025-04-16",
        "Tyler Brooks <tyler@arcwell.io>",
        "Next step with Arcwell",
        "Hi Nia,\n\nThanks for the chat on Tuesday! The next step is a 60-minute technical interview with two "
        "engineers from the platform team - system design and a bit of Go. I'll send times through GoodTime "
        "shortly.\n\nTyler",
        "a2",
    ),
    (
        "Quillpoint",
        "onsite",
        "2025-04-22",
        "Quillpoint Hiring <no-reply@ashbyhq.com>",
        "Your Quillpoint interview loop is confirmed",
        "Hi Nia,\n\nYour virtual onsite is confirmed for Tuesday, April 29: coding (60 min), system design (60 "
        "min), and a conversation with the hiring manager (45 min). Zoom links are in your calendar invites.\n\n"
        "The Quillpoint Team",
        "q3",
    ),
    (
        "Arcwell",
        "rejected",
        "2025-04-25",
        "Tyler Brooks <tyler@arcwell.io>",
        "Re: Next step with Arcwell",
        "Hi Nia,\n\nThank you for your time with Sam and Priyanka. The team was impressed with your depth on "
        "streaming, but they've decided not to move forward - they're looking for someone with more Go in "
        "production. I'd love to stay in touch for future roles.\n\nTyler",
        "a2",
    ),
    (
        "Tidewater",
        "rejected",
        "2025-05-02",
        "Tidewater <no-reply@us.greenhouse-mail.io>",
        "Your application to Tidewater",
        "Hi Nia,\n\nThank you for your interest in Tidewater. After careful review, we've decided to move forward "
        "with other candidates for the Senior Backend Engineer role.\n\nBest,\nTidewater Recruiting",
        "t3",
    ),
    (
        "Quillpoint",
        "offer",
        "2025-05-06",
        "Marisa Cole <marisa@quillpoint.com>",
        "Quillpoint - offer!",
        "Hi Nia,\n\nI'm thrilled to share that the team would like to extend you an offer for Senior Backend "
        "Engineer, Payments: $192,000 base, 0.08% equity and a $15,000 signing bonus. The written offer is in your "
        "inbox through DocuSign.\n\nMarisa Cole\nEngineering Recruiter, Quillpoint",
        "q4",
    ),
    (
        "Quillpoint",
        "accepted",
        "2025-05-08",
        ME,
        "Re: Quillpoint - offer!",
        "Hi Marisa,\n\nI'm delighted to accept! I've signed the offer in DocuSign. Looking forward to June 2.\n\nNia",
        "q4",
    ),
]

_OWN_TO = {"Quillpoint": "Marisa Cole <marisa@quillpoint.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Tyler Brooks <tyler@arcwell.io>",
        "Quick question, Nia",
        "outreach",
        "Hi Nia,\n\nI lead recruiting for Arcwell's platform team. Your work on Kafka pipelines at Stripe caught my "
        "eye - we're building the event backbone for our logistics platform and hiring senior backend engineers. "
        "Open to a quick chat?\n\nTyler Brooks | Technical Recruiter | Arcwell",
    ),
    (
        "Tyler Brooks <tyler@arcwell.io>",
        "Following up, Nia",
        "outreach",
        "Hi Nia - bumping this to the top of your inbox in case it got buried. Would you be open to a 20-minute "
        "chat this week or next?\n\nTyler",
    ),
    (
        ME,
        "Re: Quick question, Nia",
        "other",
        "Hi Tyler,\n\nThanks for reaching out! I'd be open to learning more. Tuesday afternoon works well for me.\n\n"
        "Nia",
    ),
    (
        "Tidewater <no-reply@us.greenhouse-mail.io>",
        "Jordan Lee referred you to Tidewater",
        "other",
        "Hi Nia,\n\nJordan Lee referred you for the Senior Backend Engineer role at Tidewater! To be considered, "
        "please complete your application using the link below.\n\nTidewater Recruiting",
    ),
    (
        "Priya Shah via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior Backend Engineer opportunity at Fernbank",
        "outreach",
        "Hi Nia, are you open to new roles? We're hiring Senior Backend Engineers at Fernbank to scale our "
        "payments platform. Would love to tell you more!",
    ),
    (
        "Ryan Walsh <ryan.walsh@talentbridge-partners.com>",
        "Senior Backend role - Series B fintech (remote)",
        "outreach",
        "Hi Nia, I'm working with a Series B fintech client on an exciting Senior Backend Engineer role, fully "
        "remote, up to $210k base. Do you have 15 minutes this week to discuss?",
    ),
    (
        "LinkedIn <messages-noreply@linkedin.com>",
        "Nia, you appeared in 14 searches this week",
        "alert",
        "See who's looking at your profile and discover jobs you may be interested in.",
    ),
    (
        "Strange Loop Conf <hello@strangeloop.example>",
        "Early-bird tickets end Friday",
        "newsletter",
        "Grab your early-bird ticket before prices go up on Friday.",
    ),
    (
        "Ama Okonkwo <ama.okonkwo@gmail.com>",
        "sunday dinner",
        "personal",
        "Mom says dinner at 5 on Sunday. Bring the good bread.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (the recruiter's first mail, its bump and her
    answer in the intro call's thread)."""
    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=NIA,
        own_to={**_OWN_TO, "Arcwell": "Tyler Brooks <tyler@arcwell.io>"},
        offset="-0700",
        clock="10:50:00",
        neg_start="2025-04-02",
        neg_step=3,
        neg_clock="09:15:00",
        tag="hundredninetynine",
    )
    for m, truth in msgs:  # the sequence, its bump and her answer are the intro call's thread
        if truth[0] == "skip" and "Quick question" in str(m["Subject"]) or "Following up, Nia" in str(m["Subject"]):
            del m["X-GM-THRID"]
            m["X-GM-THRID"] = "a1"
        if truth[0] == "skip" and str(m["From"]).endswith(f"<{NIA}>"):
            del m["To"], m["X-Gmail-Labels"]
            m["To"], m["X-Gmail-Labels"] = "Tyler Brooks <tyler@arcwell.io>", "Sent"
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
