"""A three-hundred-and-eighty-first mailbox, written as a held-out check after the three-hundred-and-eightieth
(issue #24).

Jess, a payroll officer in Sydney, keeps her search in Gmail and exports it with Takeout.  Australian recruitment as
it arrives: SEEK's "Your application was successfully submitted" for a council, the council's PageUp receipt and its
"Unfortunately you have not been shortlisted"; a Hays-style consultant's "Great to chat earlier - I've sent your
resume through to the hiring manager at the client (a large not-for-profit in Parramatta)", then "the client is
Harbourside Care and they'd love to meet you Thursday", "they'd like you back to meet the CFO", "Harbourside are keen
to offer you the role", her "Yes please, happy to accept!"; a second agency's "Just confirming you're now in the
running for the Payroll Officer role with Coastline Freight - I've put your CV in front of Mark, their Payroll
Manager", then "Coastline have decided to progress with candidates who have Chris21 experience".  Negatives: a SEEK
alert, a recruiter's cold message from LinkedIn, a payroll association newsletter, Opal, Woolworths, a mate.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JESS = "jess.mcallister.payroll@gmail.com"
ME = f"Jess McAllister <{JESS}>"
AG1 = "Brooke Lawson <brooke.lawson@tidalrecruitment.com.au>"
AG2 = "Dan Fitzgerald <dan@southerncrosspeople.com.au>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Inner West Council",
        "applied",
        "2025-07-07",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        "Hi Jess,\n\nYour application for Payroll Officer at Inner West Council was successfully submitted.\n\nWhat "
        "happens next? The employer will review your application and contact you if you're shortlisted.\n\nGood luck!"
        "\nSEEK",
        "t-seek",
    ),
    (
        "Inner West Council",
        "applied",
        "2025-07-07",
        "Inner West Council Careers <noreply@pageuppeople.com>",
        "Application acknowledgement - Payroll Officer (IWC-1182)",
        "Dear Jess,\n\nThank you for your application for the position of Payroll Officer (IWC-1182) with Inner West "
        "Council. Applications close on 20 July and shortlisted applicants will be contacted after this date.\n\n"
        "Kind regards,\nPeople & Culture\nInner West Council",
        "t-iwc",
    ),
    (
        "Harbourside Care",
        "applied",
        "2025-07-08",
        AG1,
        "Payroll Officer - NFP, Parramatta",
        "Hi Jess,\n\nGreat to chat earlier - I've sent your resume through to the hiring manager at the client (a large "
        "not-for-profit in Parramatta) for the Payroll Officer role, $85k + super + salary packaging. I'll give you a "
        "buzz as soon as I hear back.\n\nCheers,\nBrooke Lawson\nSenior Consultant - Accounting & Finance\nTidal "
        "Recruitment",
        "t-tidal",
    ),
    (
        "Coastline Freight",
        "applied",
        "2025-07-09",
        AG2,
        "Payroll Officer - Coastline Freight",
        "Hi Jess,\n\nJust confirming you're now in the running for the Payroll Officer role with Coastline Freight - "
        "I've put your CV in front of Mark, their Payroll Manager, this morning. Should hear something early next "
        "week.\n\nDan Fitzgerald\nSouthern Cross People",
        "t-scp",
    ),
    (
        "Harbourside Care",
        "interview",
        "2025-07-11",
        AG1,
        "RE: Payroll Officer - NFP, Parramatta",
        "Hi Jess,\n\nGood news - the client is Harbourside Care and they'd love to meet you Thursday at 11am at their "
        "Parramatta office. It'll be with Priya (Payroll Manager) and someone from HR. Does that suit?\n\nBrooke",
        "t-tidal",
    ),
    (
        "Coastline Freight",
        "rejected",
        "2025-07-15",
        AG2,
        "RE: Payroll Officer - Coastline Freight",
        "Hi Jess,\n\nBit of a disappointing one - Coastline have decided to progress with candidates who have Chris21 "
        "experience. Sorry about that. I'll keep an eye out for anything on ADP or Aurion.\n\nDan",
        "t-scp",
    ),
    (
        "Harbourside Care",
        "onsite",
        "2025-07-18",
        AG1,
        "RE: Payroll Officer - NFP, Parramatta",
        "Hi Jess,\n\nThey loved you! They'd like you back next Wednesday at 2pm to meet the CFO - this will be the final "
        "step before they make a decision.\n\nBrooke",
        "t-tidal",
    ),
    (
        "Inner West Council",
        "rejected",
        "2025-07-25",
        "Inner West Council Careers <noreply@pageuppeople.com>",
        "Payroll Officer (IWC-1182)",
        "Dear Jess,\n\nThank you for your interest in the Payroll Officer position. Unfortunately you have not been "
        "shortlisted for interview on this occasion. We appreciate the time you took to apply.\n\nPeople & Culture\n"
        "Inner West Council",
        "t-iwc",
    ),
    (
        "Harbourside Care",
        "offer",
        "2025-07-28",
        AG1,
        "RE: Payroll Officer - NFP, Parramatta",
        "Hi Jess!!\n\nHarbourside are keen to offer you the role - $87k + super plus salary packaging, starting 18 "
        "August. Let me know your thoughts and I'll get the paperwork moving.\n\nBrooke",
        "t-tidal",
    ),
    (
        "Harbourside Care",
        "accepted",
        "2025-07-28",
        ME,
        "RE: Payroll Officer - NFP, Parramatta",
        "Hi Brooke,\n\nYes please, happy to accept! Thanks so much for all your help.\n\nJess",
        "t-tidal",
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@s.seek.com.au>",
        "New Payroll Officer jobs in Sydney NSW",
        "alert",
        "Payroll Officer - Randstad - Sydney CBD. Payroll Administrator - Hays - North Sydney. View all jobs.",
    ),
    (
        "Kyle Morgan via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Payroll opportunity - North Shore",
        "outreach",
        "Hi Jess, I'm working on a Payroll Officer role for a healthcare client on the North Shore and your background "
        "stood out. Would you be open to a quick chat?",
    ),
    (
        "Australian Payroll Association <news@austpayroll.example>",
        "Payroll news: Payday Super update",
        "newsletter",
        "What Payday Super means for your payroll team. Register for our webinar.",
    ),
    (
        "Opal <noreply@opal.example>",
        "Your Opal card was topped up",
        "other",
        "Your Opal card was topped up by $40.00.",
    ),
    (
        "Woolworths <rewards@woolworths.example>",
        "Boost your points this week",
        "shop",
        "Boost to get 2,000 bonus points.",
    ),
    (
        "Sam Nguyen <sam.nguyen@gmail.example>",
        "trivia",
        "personal",
        "Trivia at the Rose on Tuesday? We need a fifth.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JESS,
        own_to={"Harbourside Care": AG1},
        offset="+1000",
        clock="10:45:00",
        neg_start="2025-07-06",
        neg_step=4,
        neg_clock="19:55:00",
        tag="threehundredeightyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
