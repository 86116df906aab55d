"""A five-hundred-and-ninety-eighth mailbox, written as a held-out check after the five-hundred-and-ninety-seventh
(issue #24).

Kiran Mehta, a software developer in Toronto, saves his mail from Outlook as .eml files. Canadian banks, a commerce
company and an IT staffing firm write in Canadian business English: RBC's Workday "Thanks for applying to RBC!",
Shopify's Greenhouse "Thanks for applying to Shopify", a Procom account manager's "Confirming I've put your name forward
to TD for the Senior Java Developer contract (6 months, hybrid)", Shopify's "complete a coding assessment on
HackerRank", RBC's "the hiring manager has decided to proceed with other candidates whose qualifications better meet
the needs of the role", the account manager's "TD would like to meet with you - 1 hour technical interview", Shopify's
"pair programming interview" and "final life story interview", the account manager's "TD has decided to move forward
with another candidate", Shopify's "we're excited to offer you", his "I'm thrilled to accept" and his thanks after the
final interview. Negatives: Indeed's alert, the Globe and Mail's newsletter, a second staffing firm's cold mail, RBC's
own account alert (a bank he applied to), Presto and his friend. Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KIRAN = "kiran.mehta.dev@outlook.example"
ME = f"Kiran Mehta <{KIRAN}>"
RBC = "RBC <rbc@myworkday.example>"
SHOPIFY = "Shopify <no-reply@greenhouse-mail.example>"
PROCOM = "Melissa Tran <mtran@procom.example>"
AVA = "Ava Thompson <ava.thompson@shopify.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "RBC",
        "applied",
        "2025-04-07",
        RBC,
        "Thanks for applying to RBC!",
        "Hi Kiran,\n\nThanks for applying to RBC! We've received your application for Senior Software Developer (Job ID "
        "R-0214471) and will be in touch if your experience matches the role.\n\nRBC Talent Acquisition",
        None,
    ),
    (
        "Shopify",
        "applied",
        "2025-04-08",
        SHOPIFY,
        "Thanks for applying to Shopify",
        "Hi Kiran,\n\nThanks for applying to the Senior Developer, Checkout role at Shopify. We'll review your "
        "application and get back to you.\n\nShopify Talent",
        None,
    ),
    (
        "TD",
        "applied",
        "2025-04-09",
        PROCOM,
        "Senior Java Developer - TD",
        "Hi Kiran,\n\nConfirming I've put your name forward to TD for the Senior Java Developer contract (6 months, "
        "hybrid, $95/hr inc.). I'll update you as soon as I hear back.\n\nThanks,\nMelissa Tran\nAccount Manager, "
        "Procom",
        None,
    ),
    (
        "Shopify",
        "interview",
        "2025-04-14",
        SHOPIFY,
        "Shopify - coding assessment",
        "Hi Kiran,\n\nThe next step is to complete a coding assessment on HackerRank. You'll have 90 minutes once you "
        "start; please finish it within a week.\n\nShopify Talent",
        None,
    ),
    (
        "RBC",
        "rejected",
        "2025-04-15",
        RBC,
        "Your application with RBC",
        "Hi Kiran,\n\nThank you for your interest in RBC. The hiring manager has decided to proceed with other "
        "candidates whose qualifications better meet the needs of the role.\n\nRBC Talent Acquisition",
        None,
    ),
    (
        "TD",
        "interview",
        "2025-04-16",
        PROCOM,
        "RE: Senior Java Developer - TD",
        "Hi Kiran,\n\nTD would like to meet with you - 1 hour technical interview on Teams, Friday at 1pm. Does that "
        "work?\n\nThanks,\nMelissa",
        None,
    ),
    (
        "Shopify",
        "interview",
        "2025-04-22",
        AVA,
        "Shopify - pair programming interview",
        "Hi Kiran,\n\nGreat work on the assessment! Next up is a pair programming interview with one of our developers "
        "on April 29.\n\nAva Thompson\nTalent Acquisition Partner",
        None,
    ),
    (
        "TD",
        "rejected",
        "2025-04-25",
        PROCOM,
        "RE: Senior Java Developer - TD",
        "Hi Kiran,\n\nUnfortunately TD has decided to move forward with another candidate. I'll keep you in mind for "
        "other roles.\n\nThanks,\nMelissa",
        None,
    ),
    (
        "Shopify",
        "onsite",
        "2025-05-02",
        AVA,
        "Shopify - final interview",
        "Hi Kiran,\n\nThe team loved pairing with you. The last step is your final life story interview with the "
        "engineering director on May 7.\n\nAva",
        None,
    ),
    (
        "Shopify",
        "thank_you",
        "2025-05-07",
        ME,
        "RE: Shopify - final interview",
        "Hi Ava,\n\nThanks for setting up today's conversation with the engineering director - I really enjoyed it.\n\n"
        "Kiran",
        AVA,
    ),
    (
        "Shopify",
        "offer",
        "2025-05-13",
        AVA,
        "Your offer from Shopify",
        "Hi Kiran,\n\nWe're excited to offer you the Senior Developer, Checkout role! Your offer details are in the "
        "attached letter.\n\nAva",
        None,
    ),
    (
        "Shopify",
        "accepted",
        "2025-05-14",
        ME,
        "RE: Your offer from Shopify",
        "Hi Ava,\n\nI'm thrilled to accept! I've signed the letter.\n\nKiran",
        AVA,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "New jobs for Java Developer in Toronto",
        "alert",
        "Java Developer - Toronto. Backend Engineer - Mississauga. See all jobs.",
    ),
    (
        "The Globe and Mail <newsletters@globeandmail.example>",
        "Morning Update",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "Raj Patel <rpatel@teksystems.example>",
        "Java contract in Toronto",
        "outreach",
        "Hi Kiran, I have a 12-month Java contract with a big bank downtown. Are you open to new roles?",
    ),
    (
        "RBC Royal Bank <alerts@rbc.example>",
        "Account alert",
        "other",
        "A deposit was made to your account.",
    ),
    (
        "PRESTO <noreply@presto.example>",
        "Autoload complete",
        "other",
        "Your PRESTO card was loaded with $40.00.",
    ),
    (
        "Arjun <arjun.s@gmail.example>",
        "cricket sat",
        "personal",
        "Cricket at Sunnybrook Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="10:50:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="20:10:00",
        tag="fivehundredninetyeight",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), KIRAN)
