"""A three-hundred-and-seventy-sixth mailbox, written as a held-out check after the three-hundred-and-seventy-fifth
(issue #24).

Amara, a part-qualified management accountant in London, keeps her search in Gmail and exports it with Takeout.
British finance recruitment through two agencies and one council: Kestrel Recruitment's "Following our conversation
this morning I've now sent your CV over to the client for the Finance Business Partner role in Canary Wharf" (the
client unnamed), then "the client is Thamesmead Housing Group and they'd like to see you for a first stage interview",
"second and final stage with the FD", "they've decided to go with an internal candidate"; a Brightwater consultant
writing from Gmail, "As discussed I've forwarded your details to Elmbridge Logistics for the FP&A Analyst role",
"Elmbridge have asked for a Teams call with their Head of FP&A", "Elmbridge are making you an offer", her "Delighted to
accept"; the council's own Jobtrain receipt and its "we will not be taking your application further".  Negatives: a
third agency's cold approach, a Reed alert, CV-Library's "your CV has been viewed", a salary guide, Tesco, a friend.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AMARA = "amara.okafor.aca@gmail.com"
ME = f"Amara Okafor <{AMARA}>"
KESTREL = "Hannah Price <hannah.price@kestrelrecruitment.co.uk>"
BRIGHT = "Josh Whitaker <josh.whitaker.recruits@gmail.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Thamesmead Housing Group",
        "applied",
        "2025-01-13",
        KESTREL,
        "Finance Business Partner - Canary Wharf",
        "Hi Amara,\n\nFollowing our conversation this morning I've now sent your CV over to the client for the Finance "
        "Business Partner role in Canary Wharf (£58-62k + benefits, hybrid 3 days in). I'll chase them for feedback by "
        "the end of the week.\n\nKind regards,\nHannah Price\nSenior Consultant | Accountancy & Finance\nKestrel "
        "Recruitment\n020 7946 0321",
        "t-kestrel",
    ),
    (
        "Elmbridge Logistics",
        "applied",
        "2025-01-14",
        BRIGHT,
        "FP&A Analyst",
        "Hi Amara,\n\nAs discussed I've forwarded your details to Elmbridge Logistics for the FP&A Analyst role based in "
        "Weybridge. They're reviewing CVs this week so I should have news soon.\n\nCheers,\nJosh\n\nJosh Whitaker\n"
        "Brightwater Finance Recruitment",
        "t-bright",
    ),
    (
        "Harrow Council",
        "applied",
        "2025-01-15",
        "Harrow Council Recruitment <noreply@jobtrain.co.uk>",
        "Application received - Management Accountant (HC-2025-014)",
        "Dear Amara Okafor,\n\nThank you for your application for the post of Management Accountant (HC-2025-014) with "
        "Harrow Council. Shortlisting will take place after the closing date of 31 January 2025 and we will contact "
        "you with the outcome.\n\nHarrow Council Recruitment Team",
        "t-harrow",
    ),
    (
        "Thamesmead Housing Group",
        "interview",
        "2025-01-17",
        KESTREL,
        "RE: Finance Business Partner - Canary Wharf",
        "Hi Amara,\n\nGreat news - the client is Thamesmead Housing Group and they'd like to see you for a first stage "
        "interview next Wednesday 22nd at 10am at their Canary Wharf office. It'll be with the Head of Finance and "
        "one of the business partners, competency based plus a discussion of your month end experience. Can you "
        "confirm?\n\nHannah",
        "t-kestrel",
    ),
    (
        "Elmbridge Logistics",
        "interview",
        "2025-01-20",
        BRIGHT,
        "Re: FP&A Analyst",
        "Amara,\n\nElmbridge have asked for a Teams call with their Head of FP&A, Mark Ellison, on Thursday at 2pm. "
        "About 45 mins. I'll send the invite over once you confirm.\n\nJosh",
        "t-bright",
    ),
    (
        "Thamesmead Housing Group",
        "onsite",
        "2025-01-27",
        KESTREL,
        "RE: Finance Business Partner - Canary Wharf",
        "Hi Amara,\n\nThey really liked you! They'd like you back for the second and final stage with the FD on Monday "
        "3rd February at 2pm - a short presentation on a budget variance you've worked on, then a chat with the "
        "FD.\n\nHannah",
        "t-kestrel",
    ),
    (
        "Elmbridge Logistics",
        "offer",
        "2025-01-31",
        BRIGHT,
        "Re: FP&A Analyst",
        "Hi Amara,\n\nBrilliant news - Elmbridge are making you an offer! £60k base, 10% bonus, 25 days holiday, start "
        "date flexible. Give me a call when you can.\n\nJosh",
        "t-bright",
    ),
    (
        "Elmbridge Logistics",
        "accepted",
        "2025-02-03",
        ME,
        "Re: FP&A Analyst",
        "Hi Josh,\n\nThanks so much for all your help. Delighted to accept - please let Elmbridge know and send over the "
        "paperwork.\n\nAmara",
        "t-bright",
    ),
    (
        "Harrow Council",
        "rejected",
        "2025-02-07",
        "Harrow Council Recruitment <noreply@jobtrain.co.uk>",
        "Management Accountant (HC-2025-014) - outcome",
        "Dear Amara Okafor,\n\nThank you for your interest in the post of Management Accountant. We received a high "
        "number of applications and regret to inform you that on this occasion we will not be taking your "
        "application further.\n\nHarrow Council Recruitment Team",
        "t-harrow",
    ),
    (
        "Thamesmead Housing Group",
        "rejected",
        "2025-02-06",
        KESTREL,
        "RE: Finance Business Partner - Canary Wharf",
        "Hi Amara,\n\nI'm sorry to say Thamesmead have come back and decided to go with an internal candidate. The FD "
        "said your presentation was very strong, so please don't be disheartened. I'll be in touch with anything "
        "similar.\n\nHannah",
        "t-kestrel",
    ),
]

_NEGATIVES = [
    (
        "Liam Carter <liam.carter@oakfieldsearch.co.uk>",
        "Financial Analyst opportunity",
        "outreach",
        "Hi Amara,\n\nI came across your profile on LinkedIn and have a Financial Analyst role with a well-known "
        "retailer in Holborn that could be a great fit. Are you open to a quick chat this week?\n\nLiam",
    ),
    (
        "Reed.co.uk <jobalerts@reed.co.uk>",
        "12 new Management Accountant jobs in London",
        "alert",
        "Management Accountant - NHS Trust - £48,000. Finance Business Partner - Retail - £60,000. View all jobs.",
    ),
    (
        "CV-Library <noreply@cv-library.co.uk>",
        "Your CV has been viewed",
        "not an application",
        "Good news! Your CV was viewed by 3 recruiters this week. Keep your profile up to date to get noticed.",
    ),
    (
        "Kestrel Recruitment <marketing@kestrelrecruitment.co.uk>",
        "Accountancy & Finance Salary Guide 2025",
        "newsletter",
        "Download our 2025 salary guide for accountancy and finance professionals in London and the South East.",
    ),
    (
        "Tesco <clubcard@tesco.example>",
        "Your Clubcard vouchers are here",
        "shop",
        "You've got £7.50 in vouchers to spend.",
    ),
    (
        "Chidi Nwosu <chidi.nwosu@gmail.example>",
        "sunday lunch",
        "personal",
        "Mum says lunch at 2 on Sunday, bring the dish back!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AMARA,
        own_to={"Elmbridge Logistics": BRIGHT},
        offset="+0000",
        clock="11:20:00",
        neg_start="2025-01-12",
        neg_step=4,
        neg_clock="19:35:00",
        tag="threehundredseventysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
