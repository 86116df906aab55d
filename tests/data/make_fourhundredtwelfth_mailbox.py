"""A four-hundred-and-twelfth mailbox, written as a held-out check after the four-hundred-and-eleventh (issue #24).

Marcus, looking for hourly work in Columbus, Ohio, keeps his search in Gmail and exports it with Takeout.  The
systems of hourly hiring, written as they send it: Fountain's "Thanks for applying to be a Warehouse Associate",
Workstream's "Pick a time for your interview", a Paradox assistant's "Your interview is confirmed for Tuesday", a
chain's "Hiring event" booking, Snagajob's receipt, a store manager's "Can you come in Thursday at 3?", "You're hired!
Your first shift", an orientation schedule, a "this position has been closed" and "we've decided to go with other
applicants"; his own "Yes I can make it" and "I accept".  Negatives: Snagajob's "Jobs near you", Indeed's "Rate your
interview", a staffing app's "Shifts available", a payday loan ad, a pizza receipt and his mom.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.j.williams614@gmail.com"
ME = f"Marcus Williams <{MARCUS}>"
TINA = "Tina Lopez <store0412@buckeyehardware.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Northstar Fulfillment",
        "applied",
        "2025-05-05",
        "Northstar Fulfillment <no-reply@fountain.example>",
        "Thanks for applying to be a Warehouse Associate!",
        "Hi Marcus,\n\nThanks for applying to be a Warehouse Associate with Northstar Fulfillment in Obetz, OH! We'll "
        "review your application and text you about next steps.\n\nThe Northstar Hiring Team",
        "t-nf",
    ),
    (
        "Buckeye Hardware",
        "applied",
        "2025-05-05",
        "Snagajob <noreply@snagajob.com>",
        "You applied to Buckeye Hardware",
        "You applied to Buckeye Hardware\n\nSales Associate\nBuckeye Hardware - Columbus, OH\n\nThe employer will "
        "contact you if they'd like to move forward.",
        "t-bh",
    ),
    (
        "Scioto Grocers",
        "applied",
        "2025-05-06",
        "Olivia at Scioto Grocers <olivia@paradox.ai>",
        "Your application to Scioto Grocers",
        "Hi Marcus, it's Olivia from Scioto Grocers! Thanks for applying for Stocker - Overnight at store #118. I'll be "
        "in touch soon about next steps.",
        "t-sg",
    ),
    (
        "Riverbend Medical Center",
        "applied",
        "2025-05-07",
        "Riverbend Medical Center <riverbend@myworkday.com>",
        "Thank you for applying",
        "Dear Marcus,\n\nThank you for applying for Environmental Services Tech I (R-8812) at Riverbend Medical Center. "
        "We are reviewing your application.",
        "t-rm",
    ),
    (
        "Northstar Fulfillment",
        "interview",
        "2025-05-07",
        "Northstar Fulfillment <no-reply@workstream.example>",
        "Pick a time for your interview",
        "Hi Marcus,\n\nGreat news! Northstar Fulfillment would like to meet you. Pick a time for your interview at our "
        "Obetz site: https://workstream.us/i/abc\n\nInterviews are about 20 minutes. Bring a photo ID.",
        "t-nf2",
    ),
    (
        "Scioto Grocers",
        "interview",
        "2025-05-08",
        "Olivia at Scioto Grocers <olivia@paradox.ai>",
        "Your interview is confirmed for Tuesday",
        "Hi Marcus! Your interview with Scioto Grocers is confirmed for Tuesday, May 13 at 10:00 AM at store #118, "
        "2250 Morse Rd. Ask for Dwayne at the service desk. Reply C to cancel.",
        "t-sg2",
    ),
    (
        "Buckeye Hardware",
        "interview",
        "2025-05-09",
        TINA,
        "Sales Associate",
        "Hi Marcus, this is Tina, the store manager at Buckeye Hardware on High St. Saw your application. Can you come "
        "in Thursday at 3 to talk? Ask for me at the front.\n\nTina",
        "t-bh2",
    ),
    (
        "Buckeye Hardware",
        "skip",
        "2025-05-09",
        ME,
        "Re: Sales Associate",
        "Hi Tina, yes I can make it Thursday at 3. See you then!\n\nMarcus",
        "t-bh2",
    ),
    (
        "Riverbend Medical Center",
        "rejected",
        "2025-05-12",
        "Riverbend Medical Center <riverbend@myworkday.com>",
        "Your application for Environmental Services Tech I",
        "Dear Marcus,\n\nThank you for your interest in Riverbend Medical Center. This position has been closed and we "
        "are no longer considering applicants for it.",
        "t-rm2",
    ),
    (
        "Northstar Fulfillment",
        "offer",
        "2025-05-13",
        "Northstar Fulfillment <no-reply@workstream.example>",
        "You're hired! Your first shift",
        "Congrats Marcus - you're hired! Your first shift as a Warehouse Associate is Monday, May 19 at 6:00 AM. "
        "Orientation runs the first two days. Pay is $19.25/hr.\n\nNorthstar Fulfillment",
        "t-nf3",
    ),
    (
        "Scioto Grocers",
        "rejected",
        "2025-05-15",
        "Olivia at Scioto Grocers <olivia@paradox.ai>",
        "An update from Scioto Grocers",
        "Hi Marcus, thank you for interviewing with Scioto Grocers. We've decided to go with other applicants for the "
        "Stocker - Overnight role. We hope you'll apply again!",
        "t-sg3",
    ),
    (
        "Buckeye Hardware",
        "offer",
        "2025-05-16",
        TINA,
        "Re: Sales Associate",
        "Marcus - great meeting you Thursday. We'd like to offer you the part-time Sales Associate spot, $16/hr, about "
        "25 hours a week. Let me know!\n\nTina",
        "t-bh2",
    ),
    (
        "Northstar Fulfillment",
        "accepted",
        "2025-05-16",
        ME,
        "Re: You're hired! Your first shift",
        "Thank you! I accept, I'll be there Monday at 6.\n\nMarcus",
        "t-nf3",
    ),
    (
        "Buckeye Hardware",
        "declined",
        "2025-05-16",
        ME,
        "Re: Sales Associate",
        "Hi Tina, thank you so much for the offer. I took a full-time warehouse job so I have to pass on this one. "
        "Thanks again!\n\nMarcus",
        "t-bh2",
    ),
]

_NEGATIVES = [
    (
        "Snagajob <jobs@snagajob.com>",
        "New jobs near you in Columbus",
        "alert",
        "Cashier - Kroger. Line Cook - Bob Evans. Apply in one click.",
    ),
    (
        "Indeed <donotreply@indeed.com>",
        "Rate your interview with Scioto Grocers",
        "survey",
        "How was your interview experience? Your review helps other job seekers.",
    ),
    (
        "ShiftNow <team@shiftnow.example>",
        "Shifts available this weekend - earn $18/hr",
        "newsletter",
        "Pick up warehouse and event shifts near you. Open the app.",
    ),
    (
        "QuickCash <offers@quickcash.example>",
        "You're pre-approved for up to $1,500",
        "other",
        "Get cash today. Apply in minutes.",
    ),
    (
        "Donatos <orders@donatos.example>",
        "Your order receipt",
        "shop",
        "Large pepperoni. Total $18.49.",
    ),
    (
        "Denise Williams <denise.williams61@yahoo.example>",
        "sunday",
        "personal",
        "Church at 10 then dinner at your aunt's",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=MARCUS,
            own_to={
                "Buckeye Hardware": TINA,
                "Northstar Fulfillment": "Northstar Fulfillment <no-reply@workstream.example>",
            },
            offset="-0400",
            clock="16:40:00",
            neg_start="2025-05-04",
            neg_step=2,
            neg_clock="21:05:00",
            tag="fourhundredtwelve",
        ),
        kind="other",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
