"""A three-hundred-and-sixty-sixth mailbox, written as a held-out check after the three-hundred-and-sixty-fifth (issue
#24).

Priyanka, a product manager in Austin, applied from her work laptop and forwarded what came to her work address to her
Gmail, which she exports with Takeout: Gmail's "---------- Forwarded message ---------" blocks with the original From,
Date and Subject inside ("Fwd: Thank you for applying to Cedar Labs", "Fwd: Interview with Northwind Analytics"),
Outlook's "From: ... Sent: ... To: ... Subject:" forward, a forward with her own note on top ("fyi - keeping this
here"), and the mail she got at Gmail directly: a recruiter's screen, a refusal, an offer, her acceptance.  The dates
that count are the forwarded mails' own.  Negatives: a forwarded company all-hands note, a forwarded expense report,
Product Hunt's digest, a Lime receipt, an H-E-B order, her cousin.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYANKA = "priyanka.rao.pm@gmail.com"
ME = f"Priyanka Rao <{PRIYANKA}>"


def _gmail_fwd(note, sender, date, subject, body):
    return (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {sender}\nDate: {date}\nSubject: {subject}\nTo: "
        f"Priyanka Rao <priyanka.rao@helixworks.example>\n\n\n{body}"
    )


def _outlook_fwd(sender, sent, subject, body):
    return (
        f"\n\n________________________________\nFrom: {sender}\nSent: {sent}\nTo: Priyanka Rao "
        f"<priyanka.rao@helixworks.example>\nSubject: {subject}\n\n{body}"
    )


# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Cedar Labs",
        "applied",
        "2025-06-02",
        ME,
        "Fwd: Thank you for applying to Cedar Labs",
        _gmail_fwd(
            "",
            "Cedar Labs <no-reply@ashbyhq.com>",
            "Mon, Jun 2, 2025 at 9:14 AM",
            "Thank you for applying to Cedar Labs",
            "Hi Priyanka,\n\nThanks for applying to the Senior Product Manager, Data Platform role at Cedar Labs. We'll "
            "review your application and be in touch.\n\nCedar Labs Recruiting",
        ),
        "f1",
    ),
    (
        "Northwind Analytics",
        "applied",
        "2025-06-03",
        ME,
        "FW: Your application to Northwind Analytics",
        _outlook_fwd(
            "Northwind Analytics <careers@northwindanalytics.com>",
            "Tuesday, June 3, 2025 10:02 AM",
            "Your application to Northwind Analytics",
            "Hi Priyanka,\n\nWe've received your application for Group Product Manager. Our team will review it "
            "shortly.\n\nNorthwind Analytics Talent",
        ),
        "f2",
    ),
    (
        "Northwind Analytics",
        "interview",
        "2025-06-10",
        ME,
        "Fwd: Interview with Northwind Analytics",
        _gmail_fwd(
            "fyi - keeping this here",
            "Sara Lindgren <sara.lindgren@northwindanalytics.com>",
            "Tue, Jun 10, 2025 at 3:40 PM",
            "Interview with Northwind Analytics",
            "Hi Priyanka,\n\nThe hiring manager would like to interview you for the Group Product Manager role. Are you "
            "available Thursday at 1pm CT for a 45-minute video interview?\n\nSara Lindgren\nTalent Partner",
        ),
        "f3",
    ),
    (
        "Cedar Labs",
        "screen",
        "2025-06-09",
        "Devon Marsh <devon@cedarlabs.io>",
        "Cedar Labs - Senior PM, Data Platform",
        "Hi Priyanka,\n\nThanks for applying! I'm the recruiter for this role - do you have 30 minutes this week for an "
        "intro call? Here's my calendar link.\n\nDevon",
        "f4",
    ),
    (
        "Cedar Labs",
        "rejected",
        "2025-06-20",
        "Devon Marsh <devon@cedarlabs.io>",
        "Re: Cedar Labs - Senior PM, Data Platform",
        "Hi Priyanka,\n\nThanks for your time with the team. We've decided to move forward with other candidates whose "
        "experience is closer to what we need right now.\n\nDevon",
        "f4",
    ),
    (
        "Northwind Analytics",
        "offer",
        "2025-06-27",
        "Sara Lindgren <sara.lindgren@northwindanalytics.com>",
        "Offer - Group Product Manager",
        "Hi Priyanka,\n\nI'm delighted to share that we'd like to offer you the Group Product Manager role! Your offer "
        "letter is attached.\n\nSara",
        "f5",
    ),
    (
        "Northwind Analytics",
        "accepted",
        "2025-06-30",
        ME,
        "Re: Offer - Group Product Manager",
        "Hi Sara,\n\nI'm very happy to accept the offer! Signed letter attached.\n\nPriyanka",
        "f5",
    ),
]

_NEGATIVES = [
    (
        ME,
        "Fwd: All-hands this Friday",
        "other",
        _gmail_fwd(
            "",
            "CEO Office <ceo@helixworks.example>",
            "Wed, Jun 4, 2025 at 8:00 AM",
            "All-hands this Friday",
            "Team, join us Friday at 4pm for the quarterly all-hands and the Q3 roadmap.",
        ),
    ),
    (
        ME,
        "Fwd: Expense report approved",
        "other",
        _outlook_fwd(
            "Concur <noreply@concur.example>",
            "Thursday, June 5, 2025 11:20 AM",
            "Expense report approved",
            "Your expense report 'Austin offsite' has been approved.",
        ),
    ),
    (
        "Product Hunt <hello@producthunt.example>",
        "Top products this week",
        "newsletter",
        "The best new products in tech this week.",
    ),
    (
        "Lime <no-reply@li.me.example>",
        "Your Lime receipt",
        "other",
        "Thanks for riding with Lime. Total: $3.85.",
    ),
    (
        "H-E-B <orders@heb.example>",
        "Your curbside order is ready",
        "shop",
        "Your order is ready for pickup.",
    ),
    (
        "Anjali Rao <anjali.rao@gmail.example>",
        "diwali plans",
        "personal",
        "Are you coming to Dallas for Diwali?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (her own forwards of work mail are no steps)."""
    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PRIYANKA,
        own_to={"Cedar Labs": ME, "Northwind Analytics": ME},
        offset="-0500",
        clock="18:30:00",
        neg_start="2025-06-04",
        neg_step=3,
        neg_clock="18:45:00",
        tag="threehundredsixtysix",
    )
    for msg, truth in msgs:  # (her forwards go to herself; her acceptance to the recruiter)
        if truth[1] == "accepted":
            del msg["To"]
            msg["To"] = "Sara Lindgren <sara.lindgren@northwindanalytics.com>"
        elif str(msg["From"]) == ME:
            del msg["To"]
            msg["To"] = ME
            del msg["X-Gmail-Labels"]
            msg["X-Gmail-Labels"] = "Sent,Inbox"
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
