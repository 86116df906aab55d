"""A two-hundred-and-thirty-second mailbox, written as a held-out check after the two-hundred-and-thirty-first
(issue #24).

Keisha, an accountant in Atlanta, applied from her old Hotmail address and forwarded each employer's mail to her
Gmail as it came, by hand ("Fwd: ..."), sometimes a day or two later, with a line of her own on top; she exports the
Gmail with Takeout.  The employers' mail is only in her forwards: Gmail's "---------- Forwarded message ---------"
block and Outlook's "From: / Sent: / To: / Subject:" one.  The events are dated by the forwarded mail's own date.
Negatives: her forward of a job alert to a friend, a forwarded newsletter, an accounting body's CPE reminder, a
bank, a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KEISHA = "keisha.grant.cpa@gmail.com"
ME = f"Keisha Grant <{KEISHA}>"


def _gmail_fwd(note, sender, when, subject, body):
    return (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {sender}\nDate: {when}\nSubject: {subject}\nTo: "
        f"Keisha Grant <keisha.grant@hotmail.com>\n\n{body}"
    )


def _outlook_fwd(note, sender, when, subject, body):
    return (
        f"{note}\n\n________________________________\nFrom: {sender}\nSent: {when}\nTo: keisha.grant@hotmail.com\n"
        f"Subject: {subject}\n\n{body}"
    )


# (company, event, original day, forwarded day, forward, sender, when, subject, body)
_FORWARDS = [
    (
        "Peachtree Health System",
        "applied",
        "2025-04-07",
        "2025-04-07",
        _gmail_fwd,
        "Peachtree Health System <peachtree@myworkday.com>",
        "Mon, Apr 7, 2025 at 9:12 AM",
        "Thank you for applying",
        "Dear Keisha,\n\nThank you for applying for the Senior Accountant position (R-33810) at Peachtree Health "
        "System. We have received your application.\n\nPeachtree Talent Acquisition",
    ),
    (
        "Dogwood Capital",
        "applied",
        "2025-04-08",
        "2025-04-09",
        _outlook_fwd,
        "Dogwood Capital Careers <careers@dogwoodcapital.com>",
        "Tuesday, April 8, 2025 3:40 PM",
        "Application received - Fund Accountant",
        "Hello Keisha,\n\nThank you for your interest in Dogwood Capital. We received your application for Fund "
        "Accountant and will be in touch.\n\nDogwood Capital Human Resources",
    ),
    (
        "Peachtree Health System",
        "screen",
        "2025-04-14",
        "2025-04-14",
        _gmail_fwd,
        "Tanya Brooks <tanya.brooks@peachtreehealth.org>",
        "Mon, Apr 14, 2025 at 11:02 AM",
        "Senior Accountant - phone screen",
        "Hi Keisha,\n\nI'd like to schedule a 20-minute phone screen to discuss the Senior Accountant role. Are you "
        "available Wednesday afternoon?\n\nTanya Brooks\nRecruiter, Peachtree Health System",
    ),
    (
        "Dogwood Capital",
        "rejected",
        "2025-04-17",
        "2025-04-19",
        _outlook_fwd,
        "Dogwood Capital Careers <careers@dogwoodcapital.com>",
        "Thursday, April 17, 2025 10:05 AM",
        "Your application - Fund Accountant",
        "Hello Keisha,\n\nThank you for your interest in the Fund Accountant position. We have decided to move "
        "forward with other candidates whose experience more closely matches our needs.\n\nDogwood Capital Human "
        "Resources",
    ),
    (
        "Peachtree Health System",
        "interview",
        "2025-04-22",
        "2025-04-22",
        _gmail_fwd,
        "Tanya Brooks <tanya.brooks@peachtreehealth.org>",
        "Tue, Apr 22, 2025 at 2:30 PM",
        "Interview with the Controller",
        "Hi Keisha,\n\nThe Controller, Mark Daniels, would like to meet with you for an interview on Monday, April 28 "
        "at 10 AM at our Midtown office.\n\nTanya",
    ),
    (
        "Peachtree Health System",
        "offer",
        "2025-05-02",
        "2025-05-02",
        _gmail_fwd,
        "Tanya Brooks <tanya.brooks@peachtreehealth.org>",
        "Fri, May 2, 2025 at 4:15 PM",
        "Offer - Senior Accountant",
        "Hi Keisha,\n\nCongratulations! We are pleased to offer you the Senior Accountant position at $92,000 per "
        "year. Your offer letter is available in Candidate Home.\n\nTanya",
    ),
]

_NOTES = {
    "applied": "saving this one",
    "screen": "for my records",
    "rejected": "ugh. filing",
    "interview": "!!!",
    "offer": "!!!!!!",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        ME,
        "Fwd: New jobs for Staff Accountant in Atlanta",
        "alert",
        "Thought of you for the first one!\n\n---------- Forwarded message ---------\nFrom: Indeed <alert@indeed.com>"
        "\nDate: Tue, Apr 15, 2025 at 7:00 AM\nSubject: New jobs for Staff Accountant in Atlanta\n\n12 new jobs: "
        "Staff Accountant - Buckhead Partners; Accounts Payable Specialist - Midtown Realty.",
    ),
    (
        ME,
        "Fwd: The CPA Journal - April issue",
        "newsletter",
        "read later\n\n---------- Forwarded message ---------\nFrom: The CPA Journal <news@cpajournal.example>\nDate: "
        "Wed, Apr 16, 2025 at 6:00 AM\nSubject: The CPA Journal - April issue\n\nRevenue recognition, lease "
        "accounting and career advice: how to negotiate your offer.",
    ),
    (
        "Georgia Society of CPAs <cpe@gscpa.example>",
        "CPE deadline reminder",
        "newsletter",
        "You have 12 CPE hours left to complete before June 30.",
    ),
    (
        "Truist <alerts@truist.example>",
        "Your statement is ready",
        "other",
        "Your April statement is available in online banking.",
    ),
    (
        "Monique Harris <monique.h@gmail.com>",
        "brunch sunday?",
        "personal",
        "Brunch Sunday at Highland? I need to hear about all these interviews!",
    ),
]


def messages():
    """``[(message, truth)]``: her forwards (dated by the forwarded mail), then the negatives."""
    import datetime
    from email.message import EmailMessage

    from offerkit._io.mailbox import company_key

    ids = iter(range(1, 1000))
    out = []

    def mail(sender, to, subject, body, day, at, labels, thread):
        d = datetime.date.fromisoformat(day)
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = sender, to, subject
        m["Date"] = f"{d:%a}, {d.day:02d} {d:%b} {d.year} {at} -0400"
        m["Message-ID"] = f"<{next(ids)}.twohundredthirtytwo@mail.gmail.example>"
        m["X-GM-THRID"] = thread
        m["X-Gmail-Labels"] = labels
        m.set_content(body)
        return m

    for i, (company, event, day, fday, fwd, sender, when, subject, body) in enumerate(_FORWARDS):
        text = fwd(_NOTES[event], sender, when, subject, body)
        m = mail(ME, ME, f"Fwd: {subject}", text, fday, "20:30:00", "Sent,Inbox", f"f{i}")
        out.append((m, (company_key(company), event, day)))
    for i, (sender, subject, kind, body) in enumerate(_NEGATIVES):
        day = (datetime.date(2025, 4, 6) + datetime.timedelta(days=5 * i)).isoformat()
        to = (
            "Monique Harris <monique.h@gmail.com>"
            if sender == ME and kind == "alert"
            else ME
            if sender == ME
            else KEISHA
        )
        labels = "Sent,Inbox" if sender == ME else "Inbox"
        out.append((mail(sender, to, subject, body, day, "19:00:00", labels, f"n{i}"), ("skip", kind, None)))
    return out


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
