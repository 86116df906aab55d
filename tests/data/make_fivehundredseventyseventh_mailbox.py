"""A five-hundred-and-seventy-seventh mailbox, written as a held-out check after the five-hundred-and-seventy-sixth
(issue #24).

Kwame Mensah, a contract business analyst in London, saves his mail from Outlook as .eml files. London's contract
market runs through agencies that hide the end client until it is interested, and through banks' own systems: a
consultant's "I've submitted you to an end client in Canary Wharf (tier 1 bank) for the BA role, £600/day inside
IR35", then "The client is Barclays - they'd like a 1st stage on Teams on Thursday", HSBC's Workday "Thank you for
applying to HSBC", a second agency's "Your CV is now with Lloyds Banking Group for the Senior BA contract", HSBC's "we
have decided not to progress your application", "Barclays want you in for a final stage at their Churchill Place
office", "Lloyds have decided to go with a candidate with more payments experience", "Barclays have offered you the
role at £620/day, starting 2 June", his "Happy to accept - please go ahead" and his thanks after the final stage.
Negatives: JobServe's alert, a contractors' newsletter, a third agency's cold mail, Barclays' own card statement (a
bank he applied to), an umbrella company's promotion and his wife. Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KWAME = "kwame.mensah.ba@outlook.example"
ME = f"Kwame Mensah <{KWAME}>"
GEMMA = "Gemma Clarke <gemma.clarke@harveynash.example>"
HSBC = "HSBC <hsbc@myworkday.example>"
RAJ = "Raj Patel <raj.patel@spgresourcing.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Barclays",
        "applied",
        "2025-05-06",
        GEMMA,
        "BA contract - Canary Wharf",
        "Hi Kwame,\n\nThanks for the call. I've submitted you to an end client in Canary Wharf (tier 1 bank) for the BA "
        "role, £600/day inside IR35, 6 months. Will let you know as soon as I hear.\n\nGemma Clarke\nSenior "
        "Consultant, Harvey Nash",
        None,
    ),
    (
        "HSBC",
        "applied",
        "2025-05-07",
        HSBC,
        "Thank you for applying to HSBC",
        "Dear Kwame,\n\nThank you for applying for the Business Analyst - Wholesale Payments role (0000ABCD) at HSBC. "
        "We will review your application.\n\nHSBC Talent Acquisition",
        None,
    ),
    (
        "Lloyds Banking Group",
        "applied",
        "2025-05-07",
        RAJ,
        "Senior BA contract - Lloyds",
        "Hi Kwame,\n\nAs discussed, your CV is now with Lloyds Banking Group for the Senior BA contract in Canary Wharf. "
        "I'll chase them on Friday.\n\nRaj Patel\nSPG Resourcing",
        None,
    ),
    (
        "Barclays",
        "interview",
        "2025-05-09",
        GEMMA,
        "RE: BA contract - Canary Wharf",
        "Hi Kwame,\n\nGood news! The client is Barclays - they'd like a 1st stage on Teams on Thursday at 11 with the "
        "delivery lead.\n\nGemma",
        None,
    ),
    (
        "HSBC",
        "rejected",
        "2025-05-13",
        HSBC,
        "Your application with HSBC",
        "Dear Kwame,\n\nThank you for your interest in HSBC. We have decided not to progress your application on this "
        "occasion.\n\nHSBC Talent Acquisition",
        None,
    ),
    (
        "Barclays",
        "onsite",
        "2025-05-16",
        GEMMA,
        "RE: BA contract - Canary Wharf",
        "Hi Kwame,\n\nThey liked you! Barclays want you in for a final stage at their Churchill Place office on Tuesday "
        "with the programme director.\n\nGemma",
        None,
    ),
    (
        "Lloyds Banking Group",
        "rejected",
        "2025-05-19",
        RAJ,
        "RE: Senior BA contract - Lloyds",
        "Hi Kwame,\n\nFeedback in - Lloyds have decided to go with a candidate with more payments experience. Sorry "
        "about that.\n\nRaj",
        None,
    ),
    (
        "Barclays",
        "thank_you",
        "2025-05-20",
        ME,
        "RE: BA contract - Canary Wharf",
        "Hi Gemma,\n\nThe final stage went well, I think - thanks for setting it up, and please pass on my thanks to "
        "the programme director.\n\nKwame",
        GEMMA,
    ),
    (
        "Barclays",
        "offer",
        "2025-05-22",
        GEMMA,
        "RE: BA contract - Canary Wharf",
        "Hi Kwame,\n\nBarclays have offered you the role at £620/day, starting 2 June! Let me know and I'll get the "
        "paperwork moving.\n\nGemma",
        None,
    ),
    (
        "Barclays",
        "accepted",
        "2025-05-22",
        ME,
        "RE: BA contract - Canary Wharf",
        "Hi Gemma,\n\nHappy to accept - please go ahead. Thanks for everything!\n\nKwame",
        GEMMA,
    ),
]

_NEGATIVES = [
    (
        "JobServe <alerts@jobserve.example>",
        "JobServe: 14 new contracts matching 'Business Analyst'",
        "alert",
        "Business Analyst - London - £550/day. Senior BA - Remote. View all.",
    ),
    (
        "Contractor UK <newsletter@contractoruk.example>",
        "This week for contractors",
        "newsletter",
        "IR35 news and more. Unsubscribe.",
    ),
    (
        "Ollie Stone <ollie@greenfieldit.example>",
        "BA contract - insurance - £550/day",
        "outreach",
        "Hi Kwame, I have a BA contract with an insurer in the City at £550/day. Available for a call?",
    ),
    (
        "Barclaycard <statements@barclaycard.example>",
        "Your statement is ready",
        "other",
        "Your Barclaycard statement is ready to view.",
    ),
    (
        "Parasol Umbrella <hello@parasol.example>",
        "Maximise your take-home pay",
        "newsletter",
        "Switch umbrella today. Unsubscribe.",
    ),
    (
        "Ama Mensah <ama.mensah@gmail.example>",
        "dinner",
        "personal",
        "Jollof tonight?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="13:55:00",
        neg_start="2025-05-05",
        neg_step=4,
        neg_clock="20:15:00",
        tag="fivehundredseventyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), KWAME)
