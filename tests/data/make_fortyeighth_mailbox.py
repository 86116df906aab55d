"""A forty-eighth mailbox, written as a held-out check after the forty-seventh's fixes (issue #24).

Maya, a UX researcher in Portland, exports Gmail with Takeout.  Her mailbox is full of what Google Calendar sends:
invitations to interviews (the organizer's mail, "You have been invited to the following event"), updated
invitations when a time moves, cancelled events, her own "Accepted:" replies, and invitations to coffee with
friends.  She applies to two roles at one company and hears about each apart; a friend forwards a posting of a
company she applied to.  Greenhouse, Workday, Ashby with GoodTime, Oracle Cloud and Lever send the rest.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MAYA = "maya.lindqvist.ux@gmail.com"
_ME = f"Maya Lindqvist <{MAYA}>"


def _invite(title, when, organizer, guests, kind="Invitation"):
    """A Google Calendar mail's subject and body (``kind``: Invitation, Updated invitation, Canceled event)."""
    subject = f"{kind}: {title} @ {when} ({MAYA})"
    if kind == "Canceled event":
        head = "This event has been canceled and removed from your calendar."
    elif kind == "Updated invitation":
        head = "This event has been updated\nChanged: time"
    else:
        head = "You have been invited to the following event."
    who = "\n".join(f"• {g}" for g in [f"{organizer} - organizer", *guests, "Maya Lindqvist"])
    body = (
        f"{head}\n\n{title}\nWhen\n{when}\nJoining info\nJoin with Google Meet\nmeet.google.com/qrs-tuvw-xyz\n\n"
        f"Who\n{who}\n\nReply for {MAYA}\nYes\nNo\nMaybe\nMore options\n\nInvitation from Google Calendar\n\nYou are "
        "receiving this email because you are an attendee of this event. To stop receiving future updates for this "
        "event, decline this event.\n\nForwarding this invitation could allow any recipient to send a response to "
        "the organizer, be added to the guest list, invite others regardless of their own invitation status, or "
        "modify your RSVP. Learn more"
    )
    return subject, body


_PORTFOLIO = _invite(
    "Maya / Cascadia - Research Portfolio Review",
    "Thu Oct 16, 2025 10am - 11am (PDT)",
    "Hannah Berg",
    ["Luis Ortega", "Dana Kim"],
)
_PORTFOLIO_MOVED = _invite(
    "Maya / Cascadia - Research Portfolio Review",
    "Fri Oct 17, 2025 1pm - 2pm (PDT)",
    "Hannah Berg",
    ["Luis Ortega", "Dana Kim"],
    kind="Updated invitation",
)
_FERNWOOD_CALL = _invite(
    "Maya Lindqvist <> Fernwood Labs - Recruiter Call",
    "Tue Oct 7, 2025 9am - 9:30am (PDT)",
    "Fernwood Labs Recruiting",
    [],
)
_FERNWOOD_CANCEL = _invite(
    "Maya Lindqvist <> Fernwood Labs - Recruiter Call",
    "Tue Oct 7, 2025 9am - 9:30am (PDT)",
    "Fernwood Labs Recruiting",
    [],
    kind="Canceled event",
)
_FERNWOOD_LOOP = _invite(
    "Maya Lindqvist <> Fernwood Labs - Research Exercise & Team Interviews",
    "Wed Oct 22, 2025 12pm - 3pm (PDT)",
    "Fernwood Labs Recruiting",
    ["Sofia Patel", "Ben Cho", "Arjun Rao"],
)

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Cascadia Outdoor, two roles (Greenhouse): the senior one refused; the other goes to a final round, then refused
    (
        "Cascadia Outdoor",
        "applied",
        "2025-09-22",
        "Cascadia Outdoor <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Cascadia Outdoor",
        "Hi Maya,\n\nThank you for your interest in Cascadia Outdoor! We received your application for UX Researcher "
        "and will review it carefully.\n\nCascadia Outdoor Talent Team",
        "co1",
    ),
    (
        "Cascadia Outdoor",
        "applied",
        "2025-09-22",
        "Cascadia Outdoor <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Cascadia Outdoor",
        "Hi Maya,\n\nThank you for your interest in Cascadia Outdoor! We received your application for Senior UX "
        "Researcher, Growth and will review it carefully.\n\nCascadia Outdoor Talent Team",
        "co2",
    ),
    (
        "Cascadia Outdoor",
        "rejected",
        "2025-10-01",
        "Cascadia Outdoor <no-reply@us.greenhouse-mail.io>",
        "Your application to Cascadia Outdoor",
        "Hi Maya,\n\nThank you for applying for the Senior UX Researcher, Growth position. We've decided not to move "
        "forward with your application for this role; we're looking for someone with more experience leading a "
        "research practice.\n\nCascadia Outdoor Talent Team",
        "co3",
    ),
    (
        "Cascadia Outdoor",
        "screen",
        "2025-10-02",
        "Hannah Berg <hannah.berg@cascadiaoutdoor.com>",
        "UX Researcher at Cascadia",
        "Hi Maya,\n\nI'm the recruiter for our UX Researcher opening and would love to set up a 30-minute call to get to "
        "know you. Are any of these times good: Mon 2pm, Tue 10am or Wed 3pm?\n\nHannah Berg\nRecruiter, Cascadia "
        "Outdoor",
        "co4",
    ),
    (
        "Cascadia Outdoor",
        "interview",
        "2025-10-09",
        "Hannah Berg <hannah.berg@cascadiaoutdoor.com>",
        _PORTFOLIO[0],
        _PORTFOLIO[1],
        "co5",
    ),
    (
        "Cascadia Outdoor",
        "onsite",
        "2025-10-24",
        "Hannah Berg <hannah.berg@cascadiaoutdoor.com>",
        "Re: UX Researcher at Cascadia",
        "Hi Maya,\n\nThe panel loved your portfolio review! We'd like to invite you to the final round: a half day at "
        "our Pearl District office with the design team, including a short research exercise and a conversation with "
        "our VP of Product.\n\nHannah",
        "co4",
    ),
    (
        "Cascadia Outdoor",
        "rejected",
        "2025-11-07",
        "Hannah Berg <hannah.berg@cascadiaoutdoor.com>",
        "Re: UX Researcher at Cascadia",
        "Hi Maya,\n\nThank you so much for spending the afternoon with us. This was a really tough decision, but the "
        "team has decided to extend an offer to another candidate. We were impressed with your work and I'd love to "
        "stay in touch for future roles.\n\nHannah",
        "co4",
    ),
    # Rose City Bank (Workday; an interview she accepts in her calendar; refused)
    (
        "Rose City Bank",
        "applied",
        "2025-09-24",
        "Rose City Bank <rosecitybank@myworkday.com>",
        "Rose City Bank: Application Received",
        "Maya,\n\nThank you for applying for the User Researcher position (R0027751) at Rose City Bank. We will review "
        "your application and contact you regarding next steps.\n\nRose City Bank Recruiting",
        "rc1",
    ),
    (
        "Rose City Bank",
        "interview",
        "2025-10-13",
        "Greg Tanaka <greg.tanaka@rosecitybank.com>",
        "Interview with Rose City Bank - User Researcher",
        "Hi Maya,\n\nWe'd like to invite you to interview with our Digital Experience team for the User Researcher role. "
        "I've sent a calendar invitation for Monday, October 20 at 11:00 AM. It will be a 45-minute video interview "
        "with me and the design lead.\n\nGreg Tanaka\nManager, Digital Experience\nRose City Bank",
        "rc2",
    ),
    (
        "Rose City Bank",
        "rejected",
        "2025-10-31",
        "Rose City Bank <rosecitybank@myworkday.com>",
        "Rose City Bank: Update on your application",
        "Maya,\n\nThank you for your interest in the User Researcher position. After careful consideration, we have "
        "decided to move forward with other candidates.\n\nRose City Bank Recruiting",
        "rc3",
    ),
    # Fernwood Labs (Ashby with GoodTime; a call cancelled and held; a loop; an offer she accepts)
    (
        "Fernwood Labs",
        "applied",
        "2025-09-26",
        "Fernwood Labs <no-reply@ashbyhq.com>",
        "Thanks for applying to Fernwood Labs!",
        "Hi Maya,\n\nThanks for applying for the Product Researcher role at Fernwood Labs. We've received your "
        "application and will be in touch.\n\nFernwood Labs",
        "fl1",
    ),
    (
        "Fernwood Labs",
        "screen",
        "2025-10-02",
        "Fernwood Labs Recruiting <scheduling@fernwoodlabs.com>",
        _FERNWOOD_CALL[0],
        _FERNWOOD_CALL[1],
        "fl2",
    ),
    (
        "Fernwood Labs",
        "interview",
        "2025-10-15",
        "Fernwood Labs Recruiting <scheduling@fernwoodlabs.com>",
        _FERNWOOD_LOOP[0],
        _FERNWOOD_LOOP[1],
        "fl4",
    ),
    (
        "Fernwood Labs",
        "offer",
        "2025-10-29",
        "Sofia Patel <sofia@fernwoodlabs.com>",
        "Fernwood Labs - we'd love for you to join!",
        "Hi Maya,\n\nI'm thrilled to share that we'd like to offer you the Product Researcher role! You'll receive the "
        "formal offer letter from our People team shortly, with a base of $148,000 and equity. Let me know when you "
        "have time to talk it over.\n\nSofia Patel\nHead of Design, Fernwood Labs",
        "fl5",
    ),
    (
        "Fernwood Labs",
        "accepted",
        "2025-11-03",
        _ME,
        "Re: Fernwood Labs - we'd love for you to join!",
        "Hi Sofia,\n\nI'm delighted to accept the offer! I've signed the letter in DocuSign. I can't wait to start on "
        "December 1.\n\nMaya",
        "fl5",
    ),
    # Willamette Health (Oracle Cloud; refused)
    (
        "Willamette Health",
        "applied",
        "2025-09-29",
        "Willamette Health <willamettehealth@fa.oraclecloud.com>",
        "Thank you for applying - UX Research Specialist",
        "Dear Maya,\n\nThank you for applying to the UX Research Specialist position with Willamette Health. We have "
        "received your application.\n\nWillamette Health Talent Acquisition",
        "wh1",
    ),
    (
        "Willamette Health",
        "rejected",
        "2025-10-20",
        "Willamette Health <willamettehealth@fa.oraclecloud.com>",
        "Your application with Willamette Health",
        "Dear Maya,\n\nThank you for your interest in the UX Research Specialist position. We have reviewed your "
        "application and, unfortunately, you were not selected for further consideration.\n\nWillamette Health Talent "
        "Acquisition",
        "wh2",
    ),
    # Pioneer Software (Lever; she withdraws after accepting Fernwood)
    (
        "Pioneer Software",
        "applied",
        "2025-10-03",
        "Pioneer Software <no-reply@hire.lever.co>",
        "Thank you for your application to Pioneer Software",
        "Hi Maya,\n\nThanks for applying to the UX Researcher role at Pioneer Software! Our team will review your "
        "application and reach out if there's a match.\n\nPioneer Software",
        "ps1",
    ),
    (
        "Pioneer Software",
        "screen",
        "2025-10-28",
        "Kim Nguyen <kim.nguyen@pioneersoftware.com>",
        "Pioneer Software - UX Researcher",
        "Hi Maya,\n\nThanks for your patience! I'd love to schedule a quick intro call about the UX Researcher role. "
        "Would you have 30 minutes later this week?\n\nKim Nguyen\nTalent Acquisition, Pioneer Software",
        "ps2",
    ),
    (
        "Pioneer Software",
        "withdrew",
        "2025-11-04",
        _ME,
        "Re: Pioneer Software - UX Researcher",
        "Hi Kim,\n\nThank you for reaching out! I've just accepted a position elsewhere, so I'd like to withdraw my "
        "application. I appreciate your time and hope to cross paths again.\n\nBest,\nMaya",
        "ps2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Priya Shah <priya.shah.pdx@gmail.com>",
        "Invitation: Coffee at Heart on Division @ Sat Oct 4, 2025 10am - 11am (PDT) (maya.lindqvist.ux@gmail.com)",
        "personal",
        "You have been invited to the following event.\n\nCoffee at Heart on Division\nWhen\nSat Oct 4, 2025 10am - "
        "11am (PDT)\n\nWho\n• Priya Shah - organizer\n• Maya Lindqvist\n\nInvitation from Google Calendar",
    ),
    (
        "Jonah Ellis <jonah.ellis@gmail.com>",
        "Fwd: Cascadia Outdoor is hiring UX researchers!",
        "personal",
        "Saw this and thought of you!!\n\n---------- Forwarded message ---------\nFrom: Cascadia Outdoor Careers "
        "<careers@cascadiaoutdoor.com>\nSubject: Cascadia Outdoor is hiring UX researchers!\n\nWe're growing our "
        "design team in Portland. Apply now for UX Researcher and Senior UX Researcher roles.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "UX researcher: Pioneer Software and 9 more new jobs in Portland, OR",
        "alert",
        "UX Researcher - Pioneer Software - Portland, OR\nUser Researcher - Rose City Bank - Portland, OR\nSee all jobs",
    ),
    (
        "Calendly <notifications@calendly.com>",
        "Your week in review",
        "newsletter",
        "Here's a look at your scheduled meetings this week. Upgrade to Teams to unlock round robin scheduling.",
    ),
    (
        "UX Collective <hello@uxdesign.cc>",
        "How to run a research readout that people remember",
        "newsletter",
        "This week in UX: research readouts, survey design and the state of research hiring. Unsubscribe",
    ),
    (
        "Nora Lindqvist <nora.lindqvist@outlook.com>",
        "Thanksgiving plans",
        "personal",
        "Hi honey, are you still coming up on Wednesday? Dad wants to know if you'll be there for the interview with "
        "Grandma's history project on Friday too.",
    ),
]

#: calendar mail about steps already read: an updated invitation, a cancelled call, her own "Accepted:" replies
_CALENDAR_NOISE = [
    ("Hannah Berg <hannah.berg@cascadiaoutdoor.com>", MAYA, *_PORTFOLIO_MOVED, "2025-10-14", "co5", "updated"),
    (
        "Fernwood Labs Recruiting <scheduling@fernwoodlabs.com>",
        MAYA,
        *_FERNWOOD_CANCEL,
        "2025-10-06",
        "fl2",
        "cancelled",
    ),
    (
        _ME,
        "Hannah Berg <hannah.berg@cascadiaoutdoor.com>",
        "Accepted: Maya / Cascadia - Research Portfolio Review @ Fri Oct 17, 2025 1pm - 2pm (PDT) (hannah.berg@cascadiaoutdoor.com)",
        "Maya Lindqvist has accepted this invitation.\n\nMaya / Cascadia - Research Portfolio Review\nWhen\nFri Oct 17, "
        "2025 1pm - 2pm (PDT)\n\nInvitation from Google Calendar",
        "2025-10-14",
        "co5",
        "accepted invitation",
    ),
    (
        _ME,
        "Greg Tanaka <greg.tanaka@rosecitybank.com>",
        "Accepted: Interview - User Researcher @ Mon Oct 20, 2025 11am - 11:45am (PDT) (greg.tanaka@rosecitybank.com)",
        "Maya Lindqvist has accepted this invitation.\n\nInterview - User Researcher\nWhen\nMon Oct 20, 2025 11am - "
        "11:45am (PDT)\n\nInvitation from Google Calendar",
        "2025-10-13",
        "rc2",
        "accepted invitation",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), the negatives, then calendar mail."""
    import datetime
    from email.message import EmailMessage

    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MAYA,
        own_to={
            "Fernwood Labs": "Sofia Patel <sofia@fernwoodlabs.com>",
            "Pioneer Software": "Kim Nguyen <kim.nguyen@pioneersoftware.com>",
        },
        offset="-0700",
        clock="13:45:00",
        neg_start="2025-09-20",
        neg_step=8,
        neg_clock="07:10:00",
        tag="fortyeight",
    )
    for i, (sender, to, subject, body, day, thread, kind) in enumerate(_CALENDAR_NOISE):
        d = datetime.date.fromisoformat(day)
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = sender, to, subject
        m["Date"] = f"{d:%a}, {d.day:02d} {d:%b} {d.year} 16:02:00 -0700"
        m["Message-ID"] = f"<cal{i}.fortyeight@mail.gmail.example>"
        m["X-GM-THRID"] = thread
        m["X-Gmail-Labels"] = "Sent" if sender == _ME else "Inbox"
        if sender != _ME:
            m["Sender"] = "Google Calendar <calendar-notification@google.com>"
        m.set_content(body)
        msgs.append((m, ("skip", kind, None)))
    for m, _truth in msgs:  # Google Calendar sends the invitations of the positives too
        if str(m["Subject"]).startswith(("Invitation:", "Updated invitation:", "Canceled event:")):
            del m["Sender"]
            m["Sender"] = "Google Calendar <calendar-notification@google.com>"
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
