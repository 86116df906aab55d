"""A fifty-fifth mailbox, written as a held-out check after the fifty-fourth's fixes (issue #24).

Jordan, graduating in Ann Arbor, applied to some employers from the university address and to others from Gmail;
the Takeout export is of Gmail.  What went to the university account is here only as Jordan's own forwards
("Fwd: ..." from jlee27@umich.edu to Gmail, days later, Gmail's and Outlook's forward headers), so each step's date
is the original's, inside the forward; the rest arrived in Gmail directly.  Jordan also forwards an offer to a parent
(the original is here too) and a friend forwards a posting.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

JORDAN = "jordan.lee.mich@gmail.com"
_ME = f"Jordan Lee <{JORDAN}>"
_UNI = "Jordan Lee <jlee27@umich.edu>"


def _gmail_forward(sender, day, subject, body):
    d = datetime.date.fromisoformat(day)
    return (
        f"---------- Forwarded message ---------\nFrom: {sender}\nDate: {d:%a}, {d:%b} {d.day}, {d.year} at 9:41 AM\n"
        f"Subject: {subject}\nTo: <jlee27@umich.edu>\n\n{body}"
    )


def _outlook_forward(sender, day, subject, body):
    d = datetime.date.fromisoformat(day)
    return (
        f"________________________________\nFrom: {sender}\nSent: {d:%A}, {d:%B} {d.day}, {d.year} 2:15 PM\nTo: "
        f"Lee, Jordan <jlee27@umich.edu>\nSubject: {subject}\n\n{body}"
    )


# (company, event, original day, original sender, original subject, body, forwarded on, how) -- forwarded by Jordan
_FORWARDED = [
    (
        "Great Lakes Analytics",
        "applied",
        "2025-09-03",
        "Great Lakes Analytics <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Great Lakes Analytics",
        "Hi Jordan,\n\nThanks for applying to the Associate Data Scientist role at Great Lakes Analytics. We'll "
        "review your application and be in touch.\n\nGreat Lakes Analytics Recruiting",
        "2025-09-06",
        "gmail",
    ),
    (
        "Great Lakes Analytics",
        "screen",
        "2025-09-10",
        "Nina Patel <nina.patel@greatlakesanalytics.com>",
        "Associate Data Scientist - next steps",
        "Hi Jordan,\n\nI'm a university recruiter at Great Lakes Analytics. I'd love to set up a 30-minute phone call "
        "to learn more about you. Are you free Friday afternoon?\n\nNina Patel\nUniversity Recruiting",
        "2025-09-10",
        "gmail",
    ),
    (
        "Great Lakes Analytics",
        "interview",
        "2025-09-22",
        "Nina Patel <nina.patel@greatlakesanalytics.com>",
        "Technical interview - Associate Data Scientist",
        "Hi Jordan,\n\nThe team would like to invite you to a 60-minute technical interview with two data scientists "
        "(statistics and a short SQL exercise). Please send me your availability for next week.\n\nNina",
        "2025-09-25",
        "gmail",
    ),
    (
        "Great Lakes Analytics",
        "rejected",
        "2025-10-08",
        "Nina Patel <nina.patel@greatlakesanalytics.com>",
        "Update - Associate Data Scientist",
        "Hi Jordan,\n\nThank you for interviewing with us. Unfortunately, we've decided to move forward with another "
        "candidate for this role. We'd encourage you to apply again in the future.\n\nNina",
        "2025-10-08",
        "gmail",
    ),
    (
        "Huron Mutual",
        "applied",
        "2025-09-05",
        "Huron Mutual Talent Acquisition <talent@huronmutual.com>",
        "Huron Mutual - Application Received",
        "Dear Jordan,\n\nThank you for applying to the 2026 Actuarial Analyst Development Program at Huron Mutual. "
        "We will review applications on a rolling basis.\n\nHuron Mutual Talent Acquisition",
        "2025-09-09",
        "outlook",
    ),
    (
        "Huron Mutual",
        "interview",
        "2025-09-18",
        "Huron Mutual Talent Acquisition <talent@huronmutual.com>",
        "Invitation to interview - Actuarial Analyst Development Program",
        "Dear Jordan,\n\nWe are pleased to invite you to a first-round virtual interview for the Actuarial Analyst "
        "Development Program on September 26. Please confirm your attendance.\n\nHuron Mutual Talent Acquisition",
        "2025-09-18",
        "outlook",
    ),
    (
        "Huron Mutual",
        "offer",
        "2025-10-10",
        "Huron Mutual Talent Acquisition <talent@huronmutual.com>",
        "Your offer - Actuarial Analyst Development Program",
        "Dear Jordan,\n\nCongratulations! We are delighted to offer you a position in our 2026 Actuarial Analyst "
        "Development Program, starting July 2026, at an annual salary of $78,000. Please respond by October 24.\n\n"
        "Huron Mutual Talent Acquisition",
        "2025-10-13",
        "outlook",
    ),
]

# (company, event, day, sender, subject, body, thread) -- straight to Gmail
_POSITIVES = [
    (
        "Wolverine Robotics",
        "applied",
        "2025-09-08",
        "Wolverine Robotics <no-reply@ashbyhq.com>",
        "Thanks for applying to Wolverine Robotics",
        "Hi Jordan,\n\nThanks for applying for the Software Engineer, New Grad role at Wolverine Robotics! We'll be in "
        "touch.\n\nWolverine Robotics",
        "wr1",
    ),
    (
        "Wolverine Robotics",
        "rejected",
        "2025-09-29",
        "Wolverine Robotics <no-reply@ashbyhq.com>",
        "Your application to Wolverine Robotics",
        "Hi Jordan,\n\nThank you for your interest in Wolverine Robotics. After reviewing your application, we've "
        "decided not to move forward at this time.\n\nWolverine Robotics",
        "wr2",
    ),
    (
        "Mackinac Software",
        "applied",
        "2025-09-12",
        "Mackinac Software <mackinacsoftware@myworkday.com>",
        "Thank you for your application",
        "Jordan,\n\nThank you for applying to Data Analyst I (R-2211) at Mackinac Software.\n\nMackinac Software "
        "Recruiting",
        "ms1",
    ),
    (
        "Mackinac Software",
        "interview",
        "2025-09-30",
        "Ellie Novak <enovak@mackinacsoftware.com>",
        "Interview - Data Analyst I",
        "Hi Jordan,\n\nThanks for applying! We'd like to schedule a 45-minute video interview with our analytics "
        "manager. Could you share times that work next Tuesday or Wednesday?\n\nEllie Novak\nRecruiter",
        "ms2",
    ),
    (
        "Mackinac Software",
        "withdrew",
        "2025-10-20",
        _ME,
        "Re: Interview - Data Analyst I",
        "Hi Ellie,\n\nThank you for considering me. I've accepted an offer elsewhere, so I'd like to withdraw my "
        "application for the Data Analyst I role.\n\nBest,\nJordan",
        "ms2",
    ),
    (
        "Huron Mutual",
        "accepted",
        "2025-10-17",
        _ME,
        "Accepting my offer - Jordan Lee",
        "Dear Huron Mutual Talent Acquisition,\n\nThank you for the offer to join the 2026 Actuarial Analyst "
        "Development Program. I am happy to accept and have signed the offer letter.\n\nSincerely,\nJordan Lee",
        "hm9",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Handshake <notifications@joinhandshake.com>",
        "New jobs for you: data analyst",
        "alert",
        "Data Analyst I - Mackinac Software - Detroit, MI\nAssociate Data Scientist - Great Lakes Analytics",
    ),
    (
        "University Career Center <careers@umich.edu>",
        "Fall Career Fair - 200 employers",
        "newsletter",
        "Meet employers including Huron Mutual and Wolverine Robotics at the Fall Career Fair. Unsubscribe",
    ),
    (
        "Sam Ortiz <sam.ortiz.a2@gmail.com>",
        "Fwd: Wolverine Robotics is hiring new grads",
        "personal",
        "you should apply to this!!\n\n---------- Forwarded message ---------\nFrom: Wolverine Robotics <news@"
        "wolverinerobotics.com>\nDate: Tue, Sep 2, 2025 at 8:00 AM\nSubject: Wolverine Robotics is hiring new grads\n"
        "To: <sam.ortiz.a2@gmail.com>\n\nWe're hiring Software Engineers, New Grad. Apply now!",
    ),
    (
        "Spotify <no-reply@spotify.com>",
        "Your Premium Student plan renews soon",
        "shop",
        "Your Premium Student plan renews on October 1.",
    ),
]


def messages():
    """``[(message, truth)]``: Jordan's forwards from the university address (truth: the original's step and date),
    the mail straight to Gmail, the negatives, and Jordan's forward of the offer to a parent (no new step)."""
    from email.message import EmailMessage

    from mail_score import takeout_corpus

    from offerkit._io.mailbox import company_key

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JORDAN,
        own_to={
            "Mackinac Software": "Ellie Novak <enovak@mackinacsoftware.com>",
            "Huron Mutual": "Huron Mutual Talent Acquisition <talent@huronmutual.com>",
        },
        offset="-0400",
        clock="15:30:00",
        neg_start="2025-09-01",
        neg_step=9,
        neg_clock="08:00:00",
        tag="fiftyfive",
    )
    for i, (company, event, day, sender, subject, body, sent, how) in enumerate(_FORWARDED):
        d = datetime.date.fromisoformat(sent)
        m = EmailMessage()
        m["From"], m["To"] = _UNI, JORDAN
        m["Subject"] = f"{'Fwd' if how == 'gmail' else 'FW'}: {subject}"
        m["Date"] = f"{d:%a}, {d.day:02d} {d:%b} {d.year} 21:05:00 -0400"
        m["Message-ID"] = f"<fw{i}.fiftyfive@umich.example>"
        m["X-GM-THRID"] = f"fw{i}"
        m["X-Gmail-Labels"] = "Inbox"
        forward = _gmail_forward if how == "gmail" else _outlook_forward
        m.set_content(("FYI\n\n" if i % 2 else "") + forward(sender, day, subject, body))
        msgs.append((m, (company_key(company), event, day)))
    offer = _FORWARDED[-1]
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = _ME, "Grace Lee <grace.lee.mi@gmail.com>", f"Fwd: FW: {offer[4]}"
    m["Date"] = "Tue, 14 Oct 2025 19:00:00 -0400"
    m["Message-ID"] = "<mom.fiftyfive@mail.gmail.example>"
    m["X-GM-THRID"] = "mom"
    m["X-Gmail-Labels"] = "Sent"
    m.set_content("Mom, look!!\n\n" + _gmail_forward(offer[3], offer[2], offer[4], offer[5]))
    msgs.append((m, ("skip", "forward", None)))
    return sorted(msgs, key=lambda mt: str(mt[0]["Date"])[5:16])


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
