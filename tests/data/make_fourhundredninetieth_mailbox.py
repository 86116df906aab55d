"""A four-hundred-and-ninetieth mailbox, written as a held-out check after the four-hundred-and-eighty-ninth (issue
#24).

Jessica Park, a corporate associate at a mid-size firm in New York, looks for a lateral move through a legal recruiter
and keeps her mail in Thunderbird, exported as one mbox.  Law-firm lateral hiring: "I've submitted you to Kirkland &
Ellis for the mid-level M&A associate role", "Kirkland would like to set up a screening interview with their legal
recruiting manager", "Kirkland has invited you for callback interviews on Thursday - four partners and two
associates" (the callback, the final round), "They're extending an offer!", her "Please let them know I accept", a
second firm's "The firm has decided not to move forward at this time", a third firm's own receipt from its careers
site and its "we have filled the position", and her thanks after the callback.  Negatives: a legal-jobs alert, Above
the Law, a recruiter's cold "Lateral opportunities - capital markets", a CLE reminder, an Amex offer and her husband.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JESS = "jessica.park.esq@gmail.example"
ME = f"Jessica Park <{JESS}>"
DAVID = "David Klein <dklein@lateralpartners.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Kirkland & Ellis",
        "applied",
        "2025-02-03",
        DAVID,
        "Kirkland - mid-level M&A",
        "Hi Jessica,\n\nAs discussed, I've submitted you to Kirkland & Ellis for the mid-level M&A associate role in New "
        "York. I'll keep you posted.\n\nDavid Klein\nLateral Partners",
        None,
    ),
    (
        "Latham & Watkins",
        "applied",
        "2025-02-04",
        DAVID,
        "Latham - corporate associate",
        "Hi Jessica,\n\nI've also submitted you to Latham & Watkins for their corporate associate opening (class of "
        "2021-2022).\n\nDavid",
        None,
    ),
    (
        "Davis Polk & Wardwell",
        "applied",
        "2025-02-05",
        "Davis Polk Careers <careers@davispolk.example>",
        "Application received",
        "Dear Jessica,\n\nThank you for applying to Davis Polk & Wardwell LLP for the Corporate Associate position. We "
        "have received your application.\n\nLegal Recruiting",
        None,
    ),
    (
        "Kirkland & Ellis",
        "screen",
        "2025-02-10",
        DAVID,
        "Re: Kirkland - mid-level M&A",
        "Hi Jessica,\n\nGood news - Kirkland would like to set up a screening interview with their legal recruiting "
        "manager this week. Are you free Wednesday at 6?\n\nDavid",
        0,
    ),
    (
        "Latham & Watkins",
        "rejected",
        "2025-02-12",
        DAVID,
        "Re: Latham - corporate associate",
        "Hi Jessica,\n\nI heard back from Latham. The firm has decided not to move forward at this time - they're "
        "looking for more capital markets experience. Onward!\n\nDavid",
        1,
    ),
    (
        "Kirkland & Ellis",
        "onsite",
        "2025-02-17",
        DAVID,
        "Re: Kirkland - mid-level M&A",
        "Hi Jessica,\n\nKirkland has invited you for callback interviews on Thursday - four partners and two associates, "
        "at 601 Lexington.\n\nDavid",
        3,
    ),
    (
        "Kirkland & Ellis",
        "thank_you",
        "2025-02-20",
        ME,
        "Re: Kirkland - mid-level M&A",
        "Hi David,\n\nThe callbacks went well - please pass along my thanks to the team for their time today.\n\nJessica",
        5,
        DAVID,
    ),
    (
        "Davis Polk & Wardwell",
        "rejected",
        "2025-02-24",
        "Davis Polk Careers <careers@davispolk.example>",
        "Your application",
        "Dear Jessica,\n\nThank you for your interest in Davis Polk. We have filled the position and will keep your "
        "application on file.\n\nLegal Recruiting",
        2,
    ),
    (
        "Kirkland & Ellis",
        "offer",
        "2025-02-27",
        DAVID,
        "Re: Kirkland - mid-level M&A",
        "Jessica - they're extending an offer! Class-year salary plus a signing bonus. Call me when you can.\n\nDavid",
        6,
    ),
    (
        "Kirkland & Ellis",
        "accepted",
        "2025-02-28",
        ME,
        "Re: Kirkland - mid-level M&A",
        "David - amazing. Please let them know I accept! Thank you for everything.\n\nJessica",
        8,
        DAVID,
    ),
]

_NEGATIVES = [
    (
        "Lawjobs <alerts@lawjobs.example>",
        "New associate positions in New York",
        "alert",
        "Corporate Associate - Midtown. M&A Associate - Hudson Yards. View all.",
    ),
    (
        "Above the Law <newsletter@abovethelaw.example>",
        "Morning Docket",
        "newsletter",
        "Today's legal news. Unsubscribe.",
    ),
    (
        "Sarah Cohen <scohen@biglawsearch.example>",
        "Lateral opportunities - capital markets",
        "outreach",
        "Hi Jessica, I came across your profile. I'm working with several AmLaw 50 firms on capital markets laterals. "
        "Open to a confidential chat?",
    ),
    (
        "NY CLE Board <noreply@nycle.example>",
        "CLE compliance reminder",
        "other",
        "Your CLE reporting period ends soon.",
    ),
    (
        "American Express <offers@amex.example>",
        "An offer for you",
        "shop",
        "Earn 5x points on travel.",
    ),
    (
        "Daniel Park <daniel.park@gmail.example>",
        "dinner",
        "personal",
        "Dinner at 8?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JESS,
        offset=lambda d: "-0500",
        clock="19:10:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="22:20:00",
        tag="fourhundredninety",
        host="gmail.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
