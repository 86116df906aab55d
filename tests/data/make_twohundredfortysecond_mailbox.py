"""A two-hundred-and-forty-second mailbox, written as a held-out check after the two-hundred-and-forty-first
(issue #24).

Marcus, a program manager in Washington, DC, exports Gmail with Takeout and looks for work at nonprofits.  The
employers' names carry "for", "of" and "the" inside them ("Center for Coastal Equity", "The Alliance of Rural
Libraries", "Fund for Safer Streets"); Idealist's receipt, a search firm running an executive search for a
client it names, "we received over 400 applications", a "writing exercise", a "finalist interview" with the
board's search committee, "we have extended an offer to another candidate", and an offer "contingent on a
background check".  Negatives: Idealist's "new jobs", a nonprofit's donation appeal, a webinar, a think tank's
newsletter, a neighbour.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.bell.dc@gmail.com"
ME = f"Marcus Bell <{MARCUS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Center for Coastal Equity",
        "applied",
        "2025-09-08",
        "Idealist <no-reply@idealist.org>",
        "Your application was sent to Center for Coastal Equity",
        "Hi Marcus,\n\nYour application for Program Manager, Climate Resilience was sent to Center for Coastal "
        "Equity. They'll contact you directly if they'd like to move forward.\n\nThe Idealist Team",
        "c1",
    ),
    (
        "Alliance of Rural Libraries",
        "applied",
        "2025-09-09",
        "The Alliance of Rural Libraries <jobs@ruralibraries.org>",
        "Application received: Senior Program Manager",
        "Dear Marcus,\n\nThank you for applying to The Alliance of Rural Libraries. We received over 400 applications "
        "for this role, so please be patient with us; we will be in touch by early October.\n\nWarmly,\nThe Alliance "
        "of Rural Libraries",
        "r1",
    ),
    (
        "Fund for Safer Streets",
        "applied",
        "2025-09-10",
        "Angela Ruiz <aruiz@kovalsearch.com>",
        "Director of Programs, Fund for Safer Streets",
        "Dear Marcus,\n\nThank you for submitting your materials for the Director of Programs search that Koval "
        "Search Partners is conducting on behalf of the Fund for Safer Streets. I'll be in touch after our first "
        "review.\n\nBest regards,\nAngela Ruiz\nSenior Associate, Koval Search Partners",
        "f1",
    ),
    (
        "Center for Coastal Equity",
        "screen",
        "2025-09-15",
        "Tamika Greene <tgreene@coastalequity.org>",
        "Program Manager - next steps",
        "Hi Marcus,\n\nThanks for your interest in the Program Manager role at the Center for Coastal Equity. I'd "
        "like to schedule a 30-minute phone screen this week; please pick a time that works for you.\n\nBest,\n"
        "Tamika Greene\nOperations Director",
        "c2",
    ),
    (
        "Fund for Safer Streets",
        "interview",
        "2025-09-19",
        "Angela Ruiz <aruiz@kovalsearch.com>",
        "RE: Director of Programs, Fund for Safer Streets",
        "Dear Marcus,\n\nI'm pleased to let you know the search committee would like to interview you. Could you do "
        "a 45-minute video interview on September 24 or 25?\n\nBest regards,\nAngela",
        "f1",
    ),
    (
        "Center for Coastal Equity",
        "interview",
        "2025-09-22",
        "Tamika Greene <tgreene@coastalequity.org>",
        "RE: Program Manager - next steps",
        "Hi Marcus,\n\nThanks for a great conversation. The next step is a short writing exercise (a two-page "
        "program memo) due Monday, followed by an interview with our Executive Director.\n\nBest,\nTamika",
        "c2",
    ),
    (
        "Alliance of Rural Libraries",
        "rejected",
        "2025-10-02",
        "The Alliance of Rural Libraries <jobs@ruralibraries.org>",
        "Your application to The Alliance of Rural Libraries",
        "Dear Marcus,\n\nThank you for your patience. After reviewing a very strong pool of candidates, we have "
        "decided to move forward with others whose experience better matches the role. We are grateful for your "
        "interest in our work.\n\nWarmly,\nThe Alliance of Rural Libraries",
        "r1",
    ),
    (
        "Fund for Safer Streets",
        "onsite",
        "2025-10-03",
        "Angela Ruiz <aruiz@kovalsearch.com>",
        "RE: Director of Programs, Fund for Safer Streets",
        "Dear Marcus,\n\nCongratulations, you are one of three finalists. The board's search committee would like to "
        "meet you in person for a finalist interview on October 10 at the Fund's office.\n\nBest regards,\nAngela",
        "f1",
    ),
    (
        "Center for Coastal Equity",
        "rejected",
        "2025-10-08",
        "Tamika Greene <tgreene@coastalequity.org>",
        "RE: Program Manager - next steps",
        "Hi Marcus,\n\nThank you for the thoughtful memo and your time with our team. We have extended an offer to "
        "another candidate, who has accepted. We hope our paths cross again.\n\nBest,\nTamika",
        "c2",
    ),
    (
        "Fund for Safer Streets",
        "offer",
        "2025-10-16",
        "Angela Ruiz <aruiz@kovalsearch.com>",
        "RE: Director of Programs, Fund for Safer Streets",
        "Dear Marcus,\n\nWonderful news: the Fund for Safer Streets would like to offer you the Director of Programs "
        "position, contingent on a background check. The formal letter will come from their CEO tomorrow.\n\nBest "
        "regards,\nAngela",
        "f1",
    ),
    (
        "Fund for Safer Streets",
        "accepted",
        "2025-10-18",
        ME,
        "RE: Director of Programs, Fund for Safer Streets",
        "Dear Angela,\n\nThank you for guiding me through this. I'm delighted to accept the offer and have signed "
        "the letter.\n\nBest,\nMarcus",
        "f1",
    ),
]

_OWN_TO = {"Fund for Safer Streets": "Angela Ruiz <aruiz@kovalsearch.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Idealist <no-reply@idealist.org>",
        "New jobs that match your search: Program Manager",
        "alert",
        "Program Manager, Youth Development; Program Officer, Housing; Director of Programs, Arts.",
    ),
    (
        "Save the Shoreline <donate@savetheshoreline.example>",
        "Your gift doubles this week",
        "newsletter",
        "Give by Friday and a donor will match your gift, up to $50,000.",
    ),
    (
        "Nonprofit Leadership Network <events@nln.example>",
        "Webinar: Managing programs through funding cuts",
        "newsletter",
        "Join us Thursday at 2 pm ET for a conversation with three executive directors.",
    ),
    (
        "Brookfield Policy Institute <news@brookfieldpolicy.example>",
        "This week in policy: housing, transit and jobs",
        "newsletter",
        "New research on transit access and employment in mid-size cities.",
    ),
    (
        "Dave Chen <dave.chen@gmail.example>",
        "Leaf blower?",
        "personal",
        "Hey Marcus, can I borrow your leaf blower this weekend?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARCUS,
        own_to=_OWN_TO,
        offset="-0400",
        clock="13:20:00",
        neg_start="2025-09-07",
        neg_step=6,
        neg_clock="21:15:00",
        tag="twohundredfortytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
