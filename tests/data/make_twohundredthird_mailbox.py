"""A two-hundred-and-third mailbox, written as a held-out check after the two-hundred-and-second (issue #24).

Tyrell, looking for hourly work around Atlanta, exported Gmail with Takeout; he applies from an alias
(``tyrell.jackson92+jobs@gmail.com``) that the mail is delivered to.  Large chains write a store's number or a
site's code beside their name ("Brightmart Store #1847", "Parcelwise ATL4"), a chat assistant books the interview
on a chain's behalf, a warehouse gives a "contingent offer" and then a new-hire event.  The chain he applies to
also sends him its weekly ad and a pickup notice.  Negatives: those, the new-hire event, Indeed's alerts, a bank,
a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TYRELL = "tyrell.jackson92@gmail.com"
ALIAS = "tyrell.jackson92+jobs@gmail.com"
ME = f"Tyrell Jackson <{ALIAS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Brightmart",
        "applied",
        "2025-10-01",
        "Brightmart Careers <careers@brightmart.com>",
        "Thank you for applying at Brightmart!",
        "Hi Tyrell,\n\nThanks for applying at Brightmart! We received your application.\n\nPosition: Fulfillment "
        "Expert\nLocation: Brightmart Store #1847 - Decatur, GA\n\nWe'll text you if we'd like to set up an "
        "interview.\n\nBrightmart Careers",
        "b1",
    ),
    (
        "Peachtree Grocers",
        "applied",
        "2025-10-01",
        "Peachtree Grocers <peachtree@myworkday.com>",
        "Application received - Deli Clerk, Store 312",
        "Hi Tyrell,\n\nThank you for applying for Deli Clerk - Store 312 (Kirkwood) at Peachtree Grocers. Our "
        "hiring team will review your application.\n\nPeachtree Grocers Talent Acquisition",
        "p1",
    ),
    (
        "Parcelwise",
        "applied",
        "2025-10-02",
        "Parcelwise Hiring <hiring@parcelwise.com>",
        "Your application for Warehouse Associate at ATL4 has been received",
        "Hi Tyrell,\n\nWe received your application for Warehouse Associate (Night Shift) at Parcelwise ATL4 - "
        "Union City, GA. Next, pick a time for your pre-hire appointment to complete your contingent offer.\n\n"
        "Parcelwise Hiring",
        "w1",
    ),
    (
        "Brightmart",
        "interview",
        "2025-10-06",
        "Olivia from Brightmart <olivia@paradox.ai>",
        "Your interview at Brightmart Store #1847 is confirmed",
        "Hi Tyrell, it's Olivia, Brightmart's virtual hiring assistant! Your interview at Brightmart Store #1847 "
        "is confirmed for Thursday, October 9 at 3:00 PM with the Store Manager, Denise. Please check in at the "
        "Guest Services desk. Reply R to reschedule.",
        "b2",
    ),
    (
        "Parcelwise",
        "offer",
        "2025-10-07",
        "Parcelwise Hiring <hiring@parcelwise.com>",
        "Congratulations on your contingent offer!",
        "Hi Tyrell,\n\nCongratulations! You have a contingent offer for Warehouse Associate (Night Shift) at "
        "Parcelwise ATL4, $19.50/hour with a $1.50 night differential. Your offer depends on a background check and "
        "a drug screen.\n\nParcelwise Hiring",
        "w2",
    ),
    (
        "Peachtree Grocers",
        "rejected",
        "2025-10-08",
        "Peachtree Grocers <peachtree@myworkday.com>",
        "Your application with Peachtree Grocers",
        "Hi Tyrell,\n\nThank you for your interest in the Deli Clerk - Store 312 position. We have decided to move "
        "forward with other candidates at this time.\n\nPeachtree Grocers Talent Acquisition",
        "p2",
    ),
    (
        "Brightmart",
        "offer",
        "2025-10-10",
        "Olivia from Brightmart <olivia@paradox.ai>",
        "Offer: Fulfillment Expert at Brightmart Store #1847",
        "Great news, Tyrell! Denise would like to offer you the Fulfillment Expert position at Brightmart Store "
        "#1847, $16.00/hour, part time. Reply YES to accept or view your offer letter in the Brightmart hiring "
        "portal.",
        "b3",
    ),
    (
        "Brightmart",
        "declined",
        "2025-10-11",
        ME,
        "Re: Offer: Fulfillment Expert at Brightmart Store #1847",
        "Hi Denise,\n\nThank you for the offer and for meeting with me. I've accepted a full-time night position "
        "at a warehouse, so I won't be accepting the Fulfillment Expert job. Thanks again.\n\nTyrell",
        "b3",
    ),
]

_OWN_TO = {"Brightmart": "Olivia from Brightmart <olivia@paradox.ai>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Brightmart <deals@brightmart.com>",
        "This week's deals: 40% off fall decor",
        "shop",
        "Shop this week's ad: fall decor, pantry staples and 2-for-1 snacks. Offer valid through Saturday.",
    ),
    (
        "Brightmart <orders@brightmart.com>",
        "Your order is ready for pickup at Store #1847",
        "shop",
        "Your order is ready! Pick it up at Brightmart Store #1847 - Decatur, GA, within 3 days.",
    ),
    (
        "Parcelwise Hiring <hiring@parcelwise.com>",
        "Your New Hire Event is scheduled",
        "onboarding",
        "Hi Tyrell, your New Hire Event is on Tuesday, October 14 at 6:00 PM at Parcelwise ATL4. Bring two forms "
        "of ID for your I-9.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "15 new warehouse jobs near Decatur, GA",
        "alert",
        "Warehouse Associate - Parcelwise - Union City, GA\nStocker - Peachtree Grocers - Atlanta, GA\nSee all jobs.",
    ),
    (
        "Peach State Credit Union <alerts@peachstatecu.example>",
        "Your direct deposit has posted",
        "other",
        "A direct deposit of $412.18 has posted to your checking account.",
    ),
    (
        "Jaylen Brooks <jaylen.b404@gmail.com>",
        "nights?",
        "personal",
        "bro you really about to work nights at the warehouse? we still on for saturday",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives; mail to and from the person's alias."""
    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ALIAS,
        own_to=_OWN_TO,
        offset="-0400",
        clock="17:35:00",
        neg_start="2025-09-30",
        neg_step=2,
        neg_clock="08:25:00",
        tag="twohundredthree",
    )
    for m, truth in msgs:  # Gmail delivers the alias's mail to the account (negatives: to the plain address)
        m["Delivered-To"] = TYRELL
        if truth[0] == "skip":
            del m["To"]
            m["To"] = TYRELL
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
