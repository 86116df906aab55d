"""A two-hundred-and-eighty-sixth mailbox, written as a held-out check after the two-hundred-and-eighty-fifth
(issue #24).

Tanisha, looking for remote customer-support work from Tampa, exports Gmail with Takeout.  Gmail filed some real mail
badly: a refusal in Spam, a receipt she deleted (Trash), an interview invitation under Promotions; and the job scams
of remote work came too: a "data entry" offer from a free mailbox asking for bank details, a "check deposit"
equipment scheme, a Telegram "interview".  Real mail: Zendesk-style companies' Greenhouse and Workable receipts, a
BambooHR portal, a "one-way video interview", a "role-play" ticket exercise (a round), "we've filled the position",
an offer through an HR platform, and her own acceptance.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TANISHA = "tanisha.moore.cx@gmail.com"
ME = f"Tanisha Moore <{TANISHA}>"

_OWN_TO = {"Helpwise Software": "Jen Ortiz <jen.ortiz@helpwise.example>"}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Helpwise Software",
        "applied",
        "2025-07-07",
        "Helpwise Software <no-reply@greenhouse.io>",
        "Thank you for applying to Helpwise Software",
        "Hi Tanisha,\n\nThanks for applying to the Customer Support Specialist (Remote, US) role at Helpwise Software. "
        "We review every application and will reach out if there's a match.\n\nHelpwise Recruiting",
        "h1",
    ),
    (
        "Brightcart",
        "applied",
        "2025-07-08",
        "Brightcart <noreply@brightcart.workablemail.example>",
        "Brightcart - Application received",
        "Hi Tanisha,\n\nThank you for your interest in Brightcart! We've received your application for Customer "
        "Experience Associate.\n\nThe Brightcart Team",
        "b1",
    ),
    (
        "Lumen Telehealth",
        "applied",
        "2025-07-09",
        "Lumen Telehealth <notifications@lumentelehealth.bamboohr.example>",
        "Thanks for applying!",
        "Hi Tanisha,\n\nThank you for applying for the Patient Support Representative position at Lumen Telehealth. We "
        "appreciate your interest.\n\nLumen Telehealth Hiring Team",
        "l1",
    ),
    (
        "Helpwise Software",
        "interview",
        "2025-07-11",
        "Helpwise Software <no-reply@greenhouse.io>",
        "Next step: one-way video interview",
        "Hi Tanisha,\n\nWe'd like to learn more about you! Please complete a short one-way video interview (three "
        "questions, about 10 minutes) within the next 3 days using the link below.\n\nHelpwise Recruiting",
        "h1",
    ),
    (
        "Brightcart",
        "rejected",
        "2025-07-14",
        "Brightcart <noreply@brightcart.workablemail.example>",
        "Your application to Brightcart",
        "Hi Tanisha,\n\nThanks for your interest in Brightcart. We've filled the Customer Experience Associate position "
        "and won't be moving forward with other applicants.\n\nThe Brightcart Team",
        "b1",
    ),
    (
        "Helpwise Software",
        "interview",
        "2025-07-16",
        "Jen Ortiz <jen.ortiz@helpwise.example>",
        "Helpwise - support role-play",
        "Hi Tanisha,\n\nYour video answers were great! Next is a 45-minute role-play: you'll work three sample tickets "
        "live with me and a team lead over Zoom. Does Friday at 1pm ET work?\n\nJen Ortiz\nSupport Team Manager, "
        "Helpwise Software",
        "h2",
    ),
    (
        "Lumen Telehealth",
        "interview",
        "2025-07-17",
        "Lumen Telehealth <notifications@lumentelehealth.bamboohr.example>",
        "Interview invitation - Patient Support Representative",
        "Hi Tanisha,\n\nWe'd like to invite you to a 30-minute video interview with our Patient Support Lead on Tuesday "
        "at 11am ET. Please confirm using the link below.\n\nLumen Telehealth Hiring Team",
        "l1",
    ),
    (
        "Lumen Telehealth",
        "rejected",
        "2025-07-24",
        "Lumen Telehealth <notifications@lumentelehealth.bamboohr.example>",
        "Update on your application",
        "Hi Tanisha,\n\nThank you for taking the time to interview with us. We have decided to move forward with another "
        "candidate for the Patient Support Representative position.\n\nLumen Telehealth Hiring Team",
        "l1",
    ),
    (
        "Helpwise Software",
        "offer",
        "2025-07-25",
        "Helpwise Software <offers@gusto.example>",
        "Helpwise Software sent you an offer letter",
        "Hi Tanisha,\n\nHelpwise Software has sent you an offer letter for Customer Support Specialist. Review and sign "
        "it by July 30.\n\nReview offer\n\nGusto",
        "h3",
    ),
    (
        "Helpwise Software",
        "accepted",
        "2025-07-26",
        ME,
        "Offer signed!",
        "Hi Jen,\n\nI just signed the offer letter - thank you so much! I'm excited to start on August 11.\n\nTanisha",
        "h4",
    ),
]

_NEGATIVES = [
    (
        "Mark Davidson HR <hr.davidson.jobs@gmail.example>",
        "Remote Data Entry Job Offer",
        "scam",
        "Dear Applicant, we are pleased to offer you the position of Remote Data Entry Clerk at $35/hr. Reply with your "
        "full name, address and bank details to set up direct deposit.",
    ),
    (
        "Equipment Dept <equipment.setup@outlook.example>",
        "Equipment purchase for your new role",
        "scam",
        "Congratulations on your new role! Deposit the attached check and send the balance to our approved vendor to "
        "receive your laptop.",
    ),
    (
        "Talent Team <talentteam.remote@gmail.example>",
        "Interview on Telegram",
        "scam",
        "Your interview for the Customer Service role will be held on Telegram. Add @hr_sarah_remote and send 'ready'.",
    ),
    (
        "FlexJobs <newsletter@flexjobs.example>",
        "25 new remote customer service jobs",
        "alert",
        "Customer Support Specialist - Remote - Helpwise. Chat Agent - Remote - Brightcart. Support Rep - Remote.",
    ),
    (
        "Publix <receipts@publix.example>",
        "Your digital receipt",
        "shop",
        "Thank you for shopping at Publix. Your digital receipt is attached.",
    ),
    (
        "Keisha Moore <keisha.moore@gmail.example>",
        "sunday dinner",
        "personal",
        "mama says sunday dinner at 4, bring the mac and cheese",
    ),
]

#: Where Gmail filed each mail that is not in the inbox: (subject, labels).
_FILED = {
    "Your application to Brightcart": "Spam",
    "Thanks for applying!": "Trash",
    "Interview invitation - Patient Support Representative": "Inbox,Category Promotions",
    "Remote Data Entry Job Offer": "Spam",
    "Interview on Telegram": "Spam",
}


def messages():
    """``[(message, truth)]``: the positives, then the negatives, some filed where Gmail put them."""
    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=TANISHA,
        own_to=_OWN_TO,
        offset="-0400",
        clock="12:05:00",
        neg_start="2025-07-06",
        neg_step=3,
        neg_clock="20:50:00",
        tag="twohundredeightysix",
    )
    for m, _truth in msgs:
        labels = _FILED.get(str(m["Subject"]))
        if labels:
            del m["X-Gmail-Labels"]
            m["X-Gmail-Labels"] = labels
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
