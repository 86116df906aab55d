"""A hundred-and-sixth mailbox, written as a held-out check after the hundred-and-fifth (issue #24).

Jane, a backend engineer in Seattle, exports Gmail with Takeout.  Around each step of a software search comes mail
that is no new step: a scheduling tool's confirmation of a call already arranged, a third-party interviewer's
reminder, a notetaker's notice that the interview will be recorded, Google Calendar's notification of the final
round, a recruiter moving a call, an e-signature service asking her to sign the offer she was already made, an
out-of-office reply to her own application.  Its steps come from Ashby, Greenhouse and Lever, a founder's mail,
Karat and HackerRank, and an e-signature service's "everyone has signed" (her acceptance).  Its negatives are the
rest of her mail.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JANE = "jane.lee.dev@gmail.com"
_ME = f"Jane Lee <{JANE}>"
_PRIYA = "Priya Nair <priya@harborlight.dev>"
_OMAR = "Omar Haddad <omar.haddad@nimbusdata.io>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Harborlight Software (Ashby; Karat; a virtual onsite; a verbal offer; her signature completes it)
    (
        "Harborlight",
        "applied",
        "2025-09-02",
        "Harborlight <no-reply@ashbyhq.com>",
        "Thanks for applying to Harborlight!",
        "Hi Jane,\n\nThanks for applying to the Senior Backend Engineer role at Harborlight. Our team reviews every "
        "application and we'll be in touch soon.\n\nThe Harborlight Team",
        "hl1",
    ),
    (
        "Harborlight",
        "screen",
        "2025-09-05",
        _PRIYA,
        "Harborlight - Senior Backend Engineer",
        "Hi Jane,\n\nI'm the technical recruiter at Harborlight. Your background in payments infrastructure stood "
        "out! Would love to set up a 30 min intro call - feel free to grab any time on my Calendly.\n\nBest,\nPriya",
        "hl2",
    ),
    (
        "Harborlight",
        "interview",
        "2025-09-12",
        _PRIYA,
        "Re: Harborlight - Senior Backend Engineer",
        "Hi Jane,\n\nGreat chatting! Next up is a 60-minute technical interview. We partner with Karat for this "
        "round, so you'll get an email from them shortly to pick a time.\n\nBest,\nPriya",
        "hl2",
    ),
    (
        "Harborlight",
        "onsite",
        "2025-09-22",
        _PRIYA,
        "Harborlight final round",
        "Hi Jane,\n\nThe team loved your Karat session. We'd like to invite you to our final round: four 45-minute "
        "interviews over Zoom on Friday, September 26 (system design, coding, a values chat and the hiring "
        "manager).\n\nBest,\nPriya",
        "hl3",
    ),
    (
        "Harborlight",
        "offer",
        "2025-10-01",
        _PRIYA,
        "Recap of our call",
        "Hi Jane,\n\nSo excited to share the news again - we'd love for you to join Harborlight! As discussed on the "
        "phone, the offer is $205,000 base plus equity. The written offer will come from Dropbox Sign.\n\nBest,\n"
        "Priya",
        "hl4",
    ),
    (
        "Harborlight",
        "accepted",
        "2025-10-03",
        "Dropbox Sign <noreply@mail.hellosign.com>",
        "Everyone has signed Offer Letter - Jane Lee",
        "Offer Letter - Jane Lee has been signed by all parties. Signers: Jane Lee, Priya Nair (Harborlight "
        "Software). A copy of the signed document is attached.",
        "hl5",
    ),
    # Pinecrest Health Tech (Greenhouse; HackerRank; a no)
    (
        "Pinecrest Health Tech",
        "applied",
        "2025-09-03",
        "Pinecrest Health Tech <no-reply@greenhouse.io>",
        "Thank you for applying to Pinecrest Health Tech",
        "Hi Jane,\n\nThanks for your interest in Pinecrest Health Tech! We received your application for Backend "
        "Engineer II.\n\nPinecrest Recruiting",
        "pc1",
    ),
    (
        "Pinecrest Health Tech",
        "interview",
        "2025-09-08",
        "HackerRank <support@hackerrankforwork.com>",
        "Pinecrest Health Tech invites you to take the Backend Engineer II test",
        "Hi Jane,\n\nPinecrest Health Tech has invited you to take the Backend Engineer II test on HackerRank. The "
        "test has 3 questions and takes 90 minutes. Please complete it within 7 days.",
        "pc2",
    ),
    (
        "Pinecrest Health Tech",
        "rejected",
        "2025-09-19",
        "Pinecrest Health Tech <no-reply@greenhouse.io>",
        "Your application to Pinecrest Health Tech",
        "Hi Jane,\n\nThank you for completing our coding test. After review, the team has decided not to move "
        "forward with your candidacy for Backend Engineer II.\n\nPinecrest Recruiting",
        "pc1",
    ),
    # Nimbus Data (Lever; a phone screen moved once; a no)
    (
        "Nimbus Data",
        "applied",
        "2025-09-04",
        "Nimbus Data <no-reply@hire.lever.co>",
        "Thanks for applying to Nimbus Data",
        "Jane, thank you for applying for Platform Engineer at Nimbus Data. We'll review your application shortly.",
        "nd1",
    ),
    (
        "Nimbus Data",
        "screen",
        "2025-09-08",
        _OMAR,
        "Phone screen with Nimbus Data",
        "Hi Jane,\n\nThanks for applying! Could we do a 30-minute phone screen on Thursday at 1pm PT?\n\nOmar "
        "Haddad\nRecruiter, Nimbus Data",
        "nd2",
    ),
    (
        "Nimbus Data",
        "rejected",
        "2025-09-19",
        _OMAR,
        "Re: Phone screen with Nimbus Data",
        "Hi Jane,\n\nThank you for speaking with me. We've decided to move forward with candidates whose experience "
        "more closely aligns with what the team needs right now.\n\nOmar",
        "nd2",
    ),
    # Tidewater Labs (her own mail to a founder; an out-of-office reply; "the role is no longer open")
    (
        "Tidewater Labs",
        "applied",
        "2025-09-10",
        _ME,
        "Backend engineer - Jane Lee",
        "Hi Sam,\n\nI've followed Tidewater since your seed announcement and would love to be considered for the "
        "backend engineer role. My resume is attached.\n\nBest,\nJane",
        "tw1",
    ),
    (
        "Tidewater Labs",
        "rejected",
        "2025-09-24",
        "Sam Ortiz <sam@tidewaterlabs.com>",
        "Re: Backend engineer - Jane Lee",
        "Hi Jane, thanks so much for reaching out and sorry for the slow reply. We ended up filling the role "
        "internally, so it's no longer open. I'll keep your resume in mind as we grow.\n\nSam",
        "tw1",
    ),
]

# (sender, subject, kind, body): mail around the steps that is no new step (dated by _AROUND), then the rest of her
# mail
_NEGATIVES = [
    (
        "Calendly <notifications@calendly.com>",
        "Confirmed: Intro call between Priya Nair and Jane Lee",
        "calendar update",
        "Hi Jane Lee, your event has been scheduled. Intro call with Priya Nair, Monday, September 8, 2025, 10:00am "
        "Pacific Time. Add to calendar.",
    ),
    (
        "Omar Haddad <omar.haddad@nimbusdata.io>",
        "Moving our call",
        "calendar update",
        "Hi Jane, something came up on my end - could we move our phone screen from Thursday to Friday at the same "
        "time? Apologies for the shuffle!\n\nOmar",
    ),
    (
        "Sam Ortiz <sam@tidewaterlabs.com>",
        "Automatic reply: Backend engineer - Jane Lee",
        "auto-reply",
        "I'm out of the office until September 22 with limited access to email. For anything urgent, please contact "
        "hello@tidewaterlabs.com.",
    ),
    (
        "Karat <interviews@karat.io>",
        "Reminder: your Karat interview for Harborlight is tomorrow",
        "reminder",
        "Hi Jane, this is a reminder that your Karat technical interview for Harborlight is scheduled for tomorrow, "
        "September 17 at 9:00am PT. Join from the link in your confirmation email.",
    ),
    (
        "BrightHire <no-reply@brighthire.ai>",
        "Harborlight uses BrightHire to record interviews",
        "notice",
        "Hi Jane, Harborlight uses BrightHire to record and transcribe interviews so interviewers can focus on the "
        "conversation. You can opt out at any time by letting your recruiter know.",
    ),
    (
        "Google Calendar <calendar-notification@google.com>",
        "Notification: Harborlight final round @ Fri Sep 26, 2025 10am - 2pm (PDT)",
        "calendar update",
        "Harborlight final round. When: Friday Sep 26, 2025 10am - 2pm (PDT). Joining info: Join with Zoom.",
    ),
    (
        "Dropbox Sign <noreply@mail.hellosign.com>",
        "Harborlight Software has requested your signature on Offer Letter - Jane Lee",
        "signature request",
        "Priya Nair (Harborlight Software) has requested your signature on Offer Letter - Jane Lee. Review and sign.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "25 new jobs for backend engineer in Seattle",
        "alert",
        "Senior Backend Engineer - Harborlight - Seattle, WA. Platform Engineer - Nimbus Data - Remote. See all jobs.",
    ),
    (
        "Levels.fyi <newsletter@levels.fyi>",
        "Q3 pay report: backend engineers",
        "newsletter",
        "Backend engineers in Seattle saw total compensation rise 3% this quarter. Read the full report. Unsubscribe",
    ),
    (
        "Amazon.com <shipment-tracking@amazon.com>",
        "Your package has shipped",
        "shop",
        "Your order of 'Designing Data-Intensive Applications' has shipped and will arrive Thursday.",
    ),
]


#: The day each mail around a step came (the others are dated every few days from the first).
_AROUND = {
    "Confirmed: Intro call between Priya Nair and Jane Lee": ("2025-09-05", "17:02:00"),
    "Moving our call": ("2025-09-09", "11:45:00"),
    "Automatic reply: Backend engineer - Jane Lee": ("2025-09-10", "16:21:00"),
    "Harborlight uses BrightHire to record interviews": ("2025-09-15", "08:00:00"),
    "Reminder: your Karat interview for Harborlight is tomorrow": ("2025-09-16", "09:00:00"),
    "Notification: Harborlight final round @ Fri Sep 26, 2025 10am - 2pm (PDT)": ("2025-09-25", "10:00:00"),
    "Harborlight Software has requested your signature on Offer Letter - Jane Lee": ("2025-10-02", "13:30:00"),
}


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives; the mail around a
    step dated by :data:`_AROUND`."""
    import datetime

    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JANE,
        own_to={"Tidewater Labs": "Sam Ortiz <sam@tidewaterlabs.com>"},
        offset="-0700",
        clock="16:20:00",
        neg_start="2025-09-06",
        neg_step=3,
        neg_clock="09:10:00",
        tag="hundredsix",
    )
    for msg, _ in msgs:
        if str(msg["Subject"]) in _AROUND:
            day, at = _AROUND[str(msg["Subject"])]
            d = datetime.date.fromisoformat(day)
            del msg["Date"]
            msg["Date"] = f"{d:%a}, {d.day:02d} {d:%b} {d.year} {at} -0700"
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
