"""A five-hundred-and-sixty-ninth mailbox, written as a held-out check after the five-hundred-and-sixty-eighth (issue
#24).

Noah Tremblay, a UX designer in Vancouver, saves his mail from Outlook as .eml files. West-coast tech writes through
Workable, Greenhouse and Lever, and sometimes pauses: Workable's "Thanks for applying to Clio", Greenhouse's
"Application received - Senior Product Designer" from Hootsuite, Lever's "Thank you for your interest in Klue", Clio's
design manager's "a take-home design exercise (4-6 hours)", Hootsuite's "we're pausing hiring for this role for the
foreseeable future" (its end), Klue's recruiter's "a quick 15 minute intro call", Clio's "we've chosen to move ahead
with a candidate whose experience aligns more closely", Klue's "final panel with the VP of Product", its offer, his
"I've decided to decline the offer" (a counter-offer from his employer) and, a week later, nothing more. Negatives:
a design newsletter, Workable's "new jobs for you", a recruiter's cold mail, Hootsuite's own product webinar (a
company he applied to), BC Hydro's bill and his partner. Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NOAH = "noah.tremblay.ux@outlook.example"
ME = f"Noah Tremblay <{NOAH}>"
CLIO = "Clio <noreply@clio.workablemail.example>"
HOOT = "Hootsuite <no-reply@greenhouse.example>"
KLUE = "Klue <no-reply@hire.lever.example>"
MAYA = "Maya Singh <maya.singh@clio.example>"
BEN = "Ben Carter <ben@klue.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Clio",
        "applied",
        "2025-04-14",
        CLIO,
        "Thanks for applying to Clio",
        "Hi Noah,\n\nThanks for applying for the Senior UX Designer role at Clio. Our team will review your application "
        "and get back to you.\n\nClio Talent",
        None,
    ),
    (
        "Hootsuite",
        "applied",
        "2025-04-15",
        HOOT,
        "Application received - Senior Product Designer",
        "Hi Noah,\n\nThank you for applying to Hootsuite! We've received your application for Senior Product Designer "
        "and will be in touch.\n\nHootsuite Talent",
        None,
    ),
    (
        "Klue",
        "applied",
        "2025-04-15",
        KLUE,
        "Thank you for your interest in Klue",
        "Hi Noah,\n\nThank you for your interest in the Product Designer position at Klue. We'll review your "
        "application and reach out if there's a fit.\n\nThe Klue Team",
        None,
    ),
    (
        "Clio",
        "interview",
        "2025-04-22",
        MAYA,
        "Clio - next step",
        "Hi Noah,\n\nI'm the design manager for our Client Experience team. We loved your portfolio! The next step is a "
        "take-home design exercise (4-6 hours), which we'll review together afterwards.\n\nMaya",
        None,
    ),
    (
        "Hootsuite",
        "rejected",
        "2025-04-23",
        HOOT,
        "An update on the Senior Product Designer role",
        "Hi Noah,\n\nThank you for your interest in Hootsuite. We wanted to let you know that we're pausing hiring for "
        "this role for the foreseeable future, so we won't be moving applications forward.\n\nHootsuite Talent",
        None,
    ),
    (
        "Klue",
        "screen",
        "2025-04-24",
        BEN,
        "Klue - Product Designer",
        "Hi Noah,\n\nI'm a recruiter at Klue. Do you have time this week for a quick 15 minute intro call?\n\nBen",
        None,
    ),
    (
        "Clio",
        "rejected",
        "2025-05-02",
        MAYA,
        "RE: Clio - next step",
        "Hi Noah,\n\nThank you for the thoughtful exercise. After a lot of discussion, we've chosen to move ahead with a "
        "candidate whose experience aligns more closely with the role.\n\nMaya",
        None,
    ),
    (
        "Klue",
        "onsite",
        "2025-05-06",
        BEN,
        "RE: Klue - Product Designer",
        "Hi Noah,\n\nThe team would love to have you back for the final panel with the VP of Product and two designers "
        "next Tuesday.\n\nBen",
        None,
    ),
    (
        "Klue",
        "offer",
        "2025-05-14",
        BEN,
        "RE: Klue - Product Designer",
        "Hi Noah,\n\nGreat news - we'd like to offer you the Product Designer position at $128,000. Details to follow."
        "\n\nBen",
        None,
    ),
    (
        "Klue",
        "declined",
        "2025-05-19",
        ME,
        "RE: Klue - Product Designer",
        "Hi Ben,\n\nThank you so much for the offer and your patience. After a lot of thought, I've decided to decline "
        "the offer - my current employer made a counter-offer I've accepted.\n\nAll the best,\nNoah",
        BEN,
    ),
]

_NEGATIVES = [
    (
        "UX Collective <newsletter@uxdesign.example>",
        "This week in UX",
        "newsletter",
        "The week's best design stories. Unsubscribe.",
    ),
    (
        "Workable <jobs@workable.example>",
        "New jobs for you: Product Designer",
        "alert",
        "Product Designer - Vancouver. UX Designer - Remote. See jobs.",
    ),
    (
        "Rita Gomez <rita@talentfirst.example>",
        "Lead Product Designer - fintech",
        "outreach",
        "Hi Noah, I'm hiring a Lead Product Designer for a fintech client. Open to a quick chat?",
    ),
    (
        "Hootsuite <events@hootsuite.example>",
        "Webinar: social trends 2025",
        "newsletter",
        "Register for our free webinar. Unsubscribe.",
    ),
    (
        "BC Hydro <billing@bchydro.example>",
        "Your bill is ready",
        "other",
        "Your BC Hydro bill is ready. Amount due $88.12.",
    ),
    (
        "Sam Lee <sam.lee@gmail.example>",
        "dinner",
        "personal",
        "Sushi tonight?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0700",
        clock="11:45:00",
        neg_start="2025-04-13",
        neg_step=5,
        neg_clock="20:10:00",
        tag="fivehundredsixtynine",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), NOAH)
