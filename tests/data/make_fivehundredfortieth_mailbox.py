"""A five-hundred-and-fortieth mailbox, written as a held-out check after the five-hundred-and-thirty-ninth (issue
#24).

Mateus Oliveira, a mechatronics engineer from São Paulo moving to Eindhoven, saves his mail from Outlook as .eml files.
Dutch high tech hires in English, with Dutch directness: Workday's "Thank you for your application at ASML" and its
"Unfortunately we decided not to continue with your application", a secondment agency's consultant's "I have
proposed you to Philips for the Mechatronics Engineer position in Best", "Philips would like to meet you - first
interview on Teams with the group lead", "Philips wants to offer you the position", a scale-up's own "Thanks for
applying at Lightyear" and "we've decided to stop the process, as the position has been put on hold"; his "I gladly
accept the offer".  Negatives: a Dutch job board's alert, the IND's residence-permit notice, a relocation agency's
newsletter, a second agency's cold mail, ASML's own investor mail (a company he applied to) and his mother.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MATEUS = "mateus.oliveira.eng@outlook.example"
ME = f"Mateus Oliveira <{MATEUS}>"
ASML = "ASML <asml@myworkday.example>"
SANDER = "Sander de Jong <sander.dejong@brunel.example>"
LIGHTYEAR = "Lightyear <jobs@lightyear.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "ASML",
        "applied",
        "2025-03-03",
        ASML,
        "Thank you for your application at ASML",
        "Dear Mateus,\n\nThank you for your application at ASML for the Mechatronics Design Engineer position (J-00221"
        "345). We will review your application.\n\nASML Talent Acquisition",
        None,
    ),
    (
        "Philips",
        "applied",
        "2025-03-04",
        SANDER,
        "Mechatronics Engineer - Philips Best",
        "Hi Mateus,\n\nGood talking to you. I have proposed you to Philips for the Mechatronics Engineer position in "
        "Best. I'll let you know when I hear back.\n\nSander de Jong\nBrunel",
        None,
    ),
    (
        "Lightyear",
        "applied",
        "2025-03-05",
        LIGHTYEAR,
        "Thanks for applying at Lightyear",
        "Hi Mateus,\n\nThanks for applying at Lightyear for the Mechatronics Engineer role. We'll review your profile "
        "this week.\n\nTeam Lightyear",
        None,
    ),
    (
        "Philips",
        "interview",
        "2025-03-10",
        SANDER,
        "RE: Mechatronics Engineer - Philips Best",
        "Hi Mateus,\n\nPhilips would like to meet you - first interview on Teams with the group lead on Thursday at "
        "14:00.\n\nSander",
        None,
    ),
    (
        "ASML",
        "rejected",
        "2025-03-12",
        ASML,
        "Your application at ASML",
        "Dear Mateus,\n\nThank you for your interest in ASML. Unfortunately we decided not to continue with your "
        "application.\n\nASML Talent Acquisition",
        None,
    ),
    (
        "Lightyear",
        "rejected",
        "2025-03-14",
        LIGHTYEAR,
        "Your application at Lightyear",
        "Hi Mateus,\n\nWe've decided to stop the process, as the position has been put on hold. Sorry for the "
        "disappointing news.\n\nTeam Lightyear",
        None,
    ),
    (
        "Philips",
        "offer",
        "2025-03-24",
        SANDER,
        "RE: Mechatronics Engineer - Philips Best",
        "Hi Mateus,\n\nGreat news: Philips wants to offer you the position! €5,400 gross per month plus 8% holiday "
        "allowance. Let's call this afternoon.\n\nSander",
        None,
    ),
    (
        "Philips",
        "accepted",
        "2025-03-25",
        ME,
        "RE: Mechatronics Engineer - Philips Best",
        "Hi Sander,\n\nI gladly accept the offer. Thank you for your help!\n\nMateus",
        SANDER,
    ),
]

_NEGATIVES = [
    (
        "Nationale Vacaturebank <alerts@nationalevacaturebank.example>",
        "New jobs: Mechatronics Engineer",
        "alert",
        "Mechatronics Engineer - Eindhoven. Design Engineer - Veldhoven. View jobs.",
    ),
    (
        "IND <noreply@ind.example>",
        "Your residence permit appointment",
        "other",
        "Your appointment at the IND desk in Eindhoven is confirmed.",
    ),
    (
        "Expat Center Eindhoven <news@expatcenter.example>",
        "Newsletter: settling in",
        "newsletter",
        "This month's tips. Unsubscribe.",
    ),
    (
        "Ruben Visser <ruben@techniekrecruit.example>",
        "Mechatronics role - Eindhoven area",
        "outreach",
        "Hi Mateus, I have a mechatronics role near Eindhoven. Open to a chat?",
    ),
    (
        "ASML Investor Relations <ir@asml.example>",
        "ASML reports Q4 results",
        "newsletter",
        "Read the press release. Unsubscribe.",
    ),
    (
        "Mãe <ana.oliveira@uol.example>",
        "saudade",
        "personal",
        "Liga pra mim no domingo!",
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
        clock="10:45:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="20:20:00",
        tag="fivehundredforty",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), MATEUS)
