"""A five-hundred-and-ninety-fourth mailbox, written as a held-out check after the five-hundred-and-ninety-third
(issue #24).

Aoife Byrne, a newly qualified accountant in Dublin, reads her mail in Thunderbird and exports the inbox as one mbox.
Irish employers and an accountancy recruitment firm write in Irish business English: KPMG's SuccessFactors "Thank you
for applying to KPMG Ireland", Stripe's Greenhouse "Thanks for applying to Stripe", a Morgan McKinley consultant's "As
discussed, I've sent your CV across to the Financial Controller at Glanbia for the Group Reporting Accountant role",
KPMG's "a short video interview via HireVue", Stripe's "we won't be moving forward with your application", the
consultant's "Glanbia are keen to meet you - first round Thursday", KPMG's "a final interview with a Director at our
offices at 1 Stokes Place", the consultant's "Glanbia have decided to go with an internal candidate", KPMG's "We are
delighted to offer you the position", her "I'm delighted to accept" and her thanks after the final interview. Negatives:
IrishJobs' alert, the Irish Times' newsletter, a second consultant's cold mail, KPMG's own insight mail (a firm she
applied to), Dublin Bus and her friend. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AOIFE = "aoife.byrne.aca@eircom.example"
ME = f"Aoife Byrne <{AOIFE}>"
KPMG = "KPMG Ireland Careers <noreply@kpmg.successfactors.example>"
STRIPE = "Stripe <no-reply@greenhouse-mail.example>"
CIARA = "Ciara Walsh <ciara.walsh@morganmckinley.example>"
SEAN = "Seán Murphy <sean.murphy@kpmg.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "KPMG",
        "applied",
        "2025-09-01",
        KPMG,
        "Thank you for applying to KPMG Ireland",
        "Dear Aoife,\n\nThank you for applying to KPMG Ireland for the Audit Senior, Financial Services role. We will "
        "review your application and be in touch.\n\nKPMG Ireland Recruitment",
        None,
    ),
    (
        "Stripe",
        "applied",
        "2025-09-02",
        STRIPE,
        "Thanks for applying to Stripe",
        "Hi Aoife,\n\nThanks for applying to the Revenue Accountant role at Stripe. We're reviewing your application.\n\n"
        "Stripe Recruiting",
        None,
    ),
    (
        "Glanbia",
        "applied",
        "2025-09-03",
        CIARA,
        "Group Reporting Accountant",
        "Hi Aoife,\n\nAs discussed, I've sent your CV across to the Financial Controller at Glanbia for the Group "
        "Reporting Accountant role. I'll be in touch once I have feedback.\n\nKind regards,\nCiara Walsh\nMorgan "
        "McKinley",
        None,
    ),
    (
        "KPMG",
        "interview",
        "2025-09-08",
        KPMG,
        "KPMG Ireland - video interview",
        "Dear Aoife,\n\nWe are pleased to invite you to complete a short video interview via HireVue. Please complete "
        "it within five days.\n\nKPMG Ireland Recruitment",
        None,
    ),
    (
        "Stripe",
        "rejected",
        "2025-09-09",
        STRIPE,
        "Your application to Stripe",
        "Hi Aoife,\n\nThank you for your interest in Stripe. After reviewing your application, we won't be moving "
        "forward with your application at this time.\n\nStripe Recruiting",
        None,
    ),
    (
        "Glanbia",
        "interview",
        "2025-09-10",
        CIARA,
        "RE: Group Reporting Accountant",
        "Hi Aoife,\n\nGreat news - Glanbia are keen to meet you! First round Thursday at 2pm in Citywest with the "
        "Financial Controller.\n\nKind regards,\nCiara",
        2,
    ),
    (
        "KPMG",
        "onsite",
        "2025-09-15",
        SEAN,
        "Final interview - Audit Senior",
        "Dear Aoife,\n\nThank you for completing your video interview. We would like to invite you to a final "
        "interview with a Director at our offices at 1 Stokes Place on Monday 22 September at 10am.\n\nSeán Murphy\n"
        "Graduate & Experienced Recruitment",
        None,
    ),
    (
        "Glanbia",
        "rejected",
        "2025-09-17",
        CIARA,
        "RE: Group Reporting Accountant",
        "Hi Aoife,\n\nUnfortunately Glanbia have decided to go with an internal candidate. Really sorry - I'll keep "
        "you posted on anything else suitable.\n\nKind regards,\nCiara",
        5,
    ),
    (
        "KPMG",
        "thank_you",
        "2025-09-22",
        ME,
        "RE: Final interview - Audit Senior",
        "Dear Seán,\n\nThank you for organising today's interview. I enjoyed meeting the team.\n\nKind regards,\n"
        "Aoife Byrne",
        6,
        SEAN,
    ),
    (
        "KPMG",
        "offer",
        "2025-09-29",
        SEAN,
        "Offer of employment",
        "Dear Aoife,\n\nWe are delighted to offer you the position of Audit Senior, Financial Services. Your contract "
        "is attached.\n\nSeán Murphy",
        None,
    ),
    (
        "KPMG",
        "accepted",
        "2025-09-30",
        ME,
        "RE: Offer of employment",
        "Dear Seán,\n\nThank you - I'm delighted to accept. I'll return the signed contract this week.\n\nKind regards,\n"
        "Aoife Byrne",
        9,
        SEAN,
    ),
]

_NEGATIVES = [
    (
        "IrishJobs.ie <alerts@irishjobs.example>",
        "New jobs: Accountant, Dublin",
        "alert",
        "Management Accountant - Dublin 2. Financial Accountant - Sandyford. View jobs.",
    ),
    (
        "The Irish Times <newsletters@irishtimes.example>",
        "Business Today",
        "newsletter",
        "Today's business news. Unsubscribe.",
    ),
    (
        "Niall Kelly <niall.kelly@hays.example>",
        "Financial Accountant - Dublin 2",
        "outreach",
        "Hi Aoife, I'm working on a Financial Accountant role in Dublin 2 that could suit you. Free for a chat?",
    ),
    (
        "KPMG Ireland <insights@kpmg.example>",
        "Budget 2026: what it means for you",
        "newsletter",
        "Our analysis of Budget 2026. Unsubscribe.",
    ),
    (
        "Dublin Bus <noreply@dublinbus.example>",
        "Your Leap top-up",
        "other",
        "Your Leap card was topped up with €20.",
    ),
    (
        "Sinead <sinead.oc@gmail.example>",
        "drinks fri",
        "personal",
        "Drinks Friday after work?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=AOIFE,
        offset=lambda d: "+0100",
        clock="09:40:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="19:45:00",
        tag="fivehundredninetyfour",
        host="eircom.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
