"""A three-hundred-and-sixty-eighth mailbox, written as a held-out check after the three-hundred-and-sixty-seventh
(issue #24).

Carlos, a sales rep in Phoenix, exports Gmail with Takeout; his mail is as messy as mail gets: replies over long
quoted histories ("On Mon, Mar 3, 2025 at 9:14 AM Jenna Cho <...> wrote:" then "> " lines holding the earlier
invitation), "Sent from my iPhone", a legal disclaimer under every recruiter's mail, an emoji in a subject ("🎉 Your
offer from Saguaro Solar"), a subject in capitals ("INTERVIEW CONFIRMATION - ACCOUNT EXECUTIVE"), a typo
("intervew"), a one-line reply from a hiring manager's phone ("Can u do thurs 3pm? -Mike"), and Greenhouse, Lever and
Paylocity receipts.  Negatives: a ZipRecruiter alert, a Salesforce Trailhead newsletter, a SRP bill, a Suns ticket
offer, a cold LinkedIn InMail, his wife.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CARLOS = "carlos.vega.sales@gmail.com"
ME = f"Carlos Vega <{CARLOS}>"
_DISCLAIMER = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may "
    "contain confidential information. If you have received this e-mail in error, please notify the sender and delete "
    "it."
)

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Saguaro Solar",
        "applied",
        "2025-03-03",
        "Saguaro Solar <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Saguaro Solar",
        "Hi Carlos,\n\nThanks for applying to the Account Executive, Residential role at Saguaro Solar. We'll review "
        "your application and reach out soon.\n\nSaguaro Solar Recruiting",
        "c1",
    ),
    (
        "Desert Peak Logistics",
        "applied",
        "2025-03-04",
        "Desert Peak Logistics <no-reply@hire.lever.co>",
        "Your application to Desert Peak Logistics",
        "Hi Carlos -\n\nThanks for your interest in the Business Development Rep role at Desert Peak Logistics. We've "
        "got your application.\n\nDesert Peak Logistics Talent",
        "c2",
    ),
    (
        "Camelback Fitness",
        "applied",
        "2025-03-05",
        "Camelback Fitness <noreply@paylocity.com>",
        "Application Received",
        "Dear Carlos Vega,\n\nThank you for applying for the Membership Sales Manager position with Camelback Fitness. "
        "We have received your application.\n\nCamelback Fitness HR",
        "c3",
    ),
    (
        "Saguaro Solar",
        "screen",
        "2025-03-06",
        "Jenna Cho <jenna.cho@saguarosolar.com>",
        "Saguaro Solar - AE Residential",
        "Hi Carlos,\n\nThanks for applying! Are you free for a quick 15 min phone call tomorrow or Monday to chat about "
        "the AE role?\n\nJenna Cho\nTalent Acquisition" + _DISCLAIMER,
        "c4",
    ),
    (
        "Saguaro Solar",
        "interview",
        "2025-03-11",
        "Jenna Cho <jenna.cho@saguarosolar.com>",
        "INTERVIEW CONFIRMATION - ACCOUNT EXECUTIVE",
        "Hi Carlos,\n\nGreat talking! You're confirmed for an intervew with Mike Daniels, our Regional Sales Manager, on "
        "Thursday at 3pm at our Tempe office.\n\nJenna" + _DISCLAIMER + "\n\nOn Thu, Mar 6, 2025 at 9:14 AM Jenna Cho "
        "<jenna.cho@saguarosolar.com> wrote:\n> Hi Carlos,\n> Thanks for applying! Are you free for a quick 15 min phone "
        "call tomorrow or Monday?\n> Jenna",
        "c4",
    ),
    (
        "Desert Peak Logistics",
        "interview",
        "2025-03-12",
        "Mike Reyes <mike.reyes@desertpeaklogistics.com>",
        "Re: BDR role",
        "Can u do thurs 3pm? -Mike\n\nSent from my iPhone",
        "c2",
    ),
    (
        "Camelback Fitness",
        "rejected",
        "2025-03-14",
        "Camelback Fitness <noreply@paylocity.com>",
        "Your Application",
        "Dear Carlos Vega,\n\nThank you for your interest in the Membership Sales Manager position. We have decided to "
        "move forward with other candidates.\n\nCamelback Fitness HR",
        "c3",
    ),
    (
        "Desert Peak Logistics",
        "rejected",
        "2025-03-19",
        "Mike Reyes <mike.reyes@desertpeaklogistics.com>",
        "Re: BDR role",
        "Carlos - appreciate you coming in. We're going to go another direction on this one. Best of luck.\n\nMike\n\n"
        "Sent from my iPhone\n\nOn Wed, Mar 12, 2025, at 4:02 PM, Carlos Vega <carlos.vega.sales@gmail.com> wrote:\n> "
        "Thursday 3pm works, see you then.",
        "c2",
    ),
    (
        "Saguaro Solar",
        "offer",
        "2025-03-20",
        "Jenna Cho <jenna.cho@saguarosolar.com>",
        "\U0001f389 Your offer from Saguaro Solar",
        "Hi Carlos,\n\nCongrats!! Mike and the team loved you. Attached is your offer letter: $65k base plus uncapped "
        "commission. Let me know if you have questions!\n\nJenna" + _DISCLAIMER,
        "c4",
    ),
    (
        "Saguaro Solar",
        "accepted",
        "2025-03-21",
        ME,
        "Re: \U0001f389 Your offer from Saguaro Solar",
        "Jenna - signed and sent back. Pumped to get started!!\n\nCarlos\n\nSent from my iPhone",
        "c4",
    ),
]

_NEGATIVES = [
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Account Executive jobs near Phoenix, AZ",
        "alert",
        "New jobs: Account Executive - GoDaddy - Tempe, AZ. Inside Sales Rep - Carvana - Tempe, AZ. 1-click apply.",
    ),
    (
        "Trailhead <trailhead@salesforce.example>",
        "New badges this month",
        "newsletter",
        "Earn the newest badges and level up your sales skills.",
    ),
    (
        "SRP <billing@srpnet.example>",
        "Your SRP bill is ready",
        "other",
        "Your March bill is ready to view.",
    ),
    (
        "Phoenix Suns <tickets@suns.example>",
        "Playoff ticket presale",
        "shop",
        "Get presale access to playoff tickets.",
    ),
    (
        "Brad Ellis via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Carlos, SaaS AE role - $150k OTE",
        "outreach",
        "Hi Carlos, I'm recruiting for a fast-growing SaaS company hiring AEs in Phoenix. $150k OTE. Open to a chat?",
    ),
    (
        "Maria Vega <maria.vega@gmail.example>",
        "dinner",
        "personal",
        "Can you pick up tortillas on the way home?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CARLOS,
        own_to={"Saguaro Solar": "Jenna Cho <jenna.cho@saguarosolar.com>"},
        offset="-0700",
        clock="16:05:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="21:15:00",
        tag="threehundredsixtyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
