"""A two-hundred-and-sixteenth mailbox, written as a held-out check after the two-hundred-and-fifteenth (issue #24).

Naomi, an executive assistant in Los Angeles, saved her Outlook mail as .eml files.  Entertainment hires assistants in
its own words: a studio's Workday, a talent agency's "cover the desk" trial day, a production company's CCAT through
Criteria, a showrunner's assistant "moving you forward", "we've decided to go another direction", "you're our top
choice", a verbal offer and the paperwork after it.  Negatives that use a search's words: a guild's "screening"
of a film, Variety's newsletter, an entertainment job list, a LinkedIn InMail from a recruiter, a friend asking
whether she heard back.  Its score before any rule was changed for it is in the commit message; one truth was changed after it (a trial day is
the last round, as the 170th decided); ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NAOMI = "naomi.feld@outlook.com"
ME = f"Naomi Feld <{NAOMI}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Pacific Crest Pictures",
        "applied",
        "2025-01-13",
        "Pacific Crest Pictures <pacificcrest@myworkday.com>",
        "Thank you for applying to Pacific Crest Pictures",
        "Hi Naomi,\n\nThank you for applying for the Executive Assistant, Feature Production role (JR-40812). We "
        "have received your application and will be in touch if your experience is a match.\n\nPacific Crest "
        "Pictures Talent Acquisition",
        None,
    ),
    (
        "Meridian Artists Agency",
        "applied",
        "2025-01-14",
        ME,
        "Assistant - Motion Picture Literary - Naomi Feld",
        "Hi Jess,\n\nThank you for forwarding the opening on the motion picture lit desk. My resume is attached; "
        "I've spent two years as a floater at a boutique management company and I'm comfortable on a heavy phone "
        "desk.\n\nBest,\nNaomi Feld",
        "Jess Albright <jalbright@meridianartists.com>",
    ),
    (
        "Lantern Hill Productions",
        "applied",
        "2025-01-15",
        "Lantern Hill Productions <no-reply@lanternhill.bamboohr.com>",
        "Thanks for applying to Lantern Hill Productions",
        "Hi Naomi,\n\nThanks for applying for Assistant to the Showrunner. Our team will review your application "
        "and reach out if there's a fit.\n\nLantern Hill Productions",
        None,
    ),
    (
        "Lantern Hill Productions",
        "interview",
        "2025-01-20",
        "Lantern Hill Productions <no-reply@criteriacorp.com>",
        "Lantern Hill Productions has invited you to take an assessment",
        "Hello Naomi,\n\nLantern Hill Productions has invited you to complete the Criteria Cognitive Aptitude Test "
        "(CCAT) as part of your application for Assistant to the Showrunner. The test takes 15 minutes. Please "
        "complete it by January 24.\n\nCriteria Corp on behalf of Lantern Hill Productions",
        None,
    ),
    (
        # (written "interview"; a trial day is the last round, as the 18th's Probetag and the 170th's trial day)
        "Meridian Artists Agency",
        "onsite",
        "2025-01-21",
        "Jess Albright <jalbright@meridianartists.com>",
        "RE: Assistant - Motion Picture Literary - Naomi Feld",
        "Hi Naomi,\n\nThanks for sending this over. Daniel would like you to come in and cover the desk on Friday as "
        "a trial day - 8:30 to 7, paid. Wear something comfortable; you'll be rolling calls all day.\n\nJess "
        "Albright\nHuman Resources | Meridian Artists Agency",
        None,
    ),
    (
        "Pacific Crest Pictures",
        "rejected",
        "2025-01-24",
        "Pacific Crest Pictures <pacificcrest@myworkday.com>",
        "Update on your application for Executive Assistant, Feature Production",
        "Hi Naomi,\n\nThank you for your interest in Pacific Crest Pictures. After reviewing your experience, we've "
        "decided to go another direction for this role. We encourage you to keep an eye on our careers page.\n\n"
        "Pacific Crest Pictures Talent Acquisition",
        None,
    ),
    (
        "Lantern Hill Productions",
        "interview",
        "2025-01-28",
        "Rosa Whitaker <rosa@lanternhillprod.com>",
        "Assistant to the Showrunner - next round",
        "Hi Naomi,\n\nGreat news, we're moving you forward to the next round! Would you be free for a Zoom with "
        "Sarah (our showrunner) on Thursday at 4pm? It'll be about 30 minutes.\n\nRosa Whitaker\nHead of "
        "Development, Lantern Hill Productions",
        None,
    ),
    (
        "Meridian Artists Agency",
        "rejected",
        "2025-02-03",
        "Jess Albright <jalbright@meridianartists.com>",
        "RE: Assistant - Motion Picture Literary - Naomi Feld",
        "Hi Naomi,\n\nThank you again for covering the desk on Friday - Daniel said you were great on the phones. "
        "He's decided to promote one of the floaters into the role, but we'd love to keep you in mind for future "
        "desks.\n\nJess",
        None,
    ),
    (
        "Lantern Hill Productions",
        "offer",
        "2025-02-06",
        "Rosa Whitaker <rosa@lanternhillprod.com>",
        "Following up",
        "Hi Naomi,\n\nSarah loved meeting you - you're our top choice! I'd like to offer you the Assistant to the "
        "Showrunner position at $1,250/week for the season, starting February 24. Can I tell her you're in? "
        "Paperwork will come from our payroll company.\n\nRosa",
        None,
    ),
    (
        "Lantern Hill Productions",
        "accepted",
        "2025-02-07",
        ME,
        "RE: Following up",
        "Hi Rosa,\n\nYes - I'd be thrilled! Please tell Sarah I'm in. I'll keep an eye out for the paperwork.\n\nNaomi",
        "Rosa Whitaker <rosa@lanternhillprod.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Producers Guild of America <events@pga.example>",
        "Screening invitation: 'The Long Field' + Q&A with the director",
        "newsletter",
        "Members are invited to a screening of 'The Long Field' at the DGA Theater on January 30, followed by a "
        "Q&A. RSVP required.",
    ),
    (
        "Variety <newsletters@variety.example>",
        "Variety Morning: the week's biggest deals",
        "newsletter",
        "The week's biggest deals, casting news and box office.",
    ),
    (
        "EntertainmentCareers.Net <jobs@entertainmentcareers.example>",
        "37 new assistant jobs this week",
        "alert",
        "New this week: Assistant to Head of Comedy; Writers' Assistant; Agency Mailroom Trainee.",
    ),
    (
        "Chris Moreno via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Executive Assistant to a studio chairman - confidential",
        "recruiter",
        "Hi Naomi, I came across your profile and I'm working with a client searching for an Executive Assistant "
        "to their chairman. Would you be open to a quick chat?",
    ),
    (
        "Dani Park <danipark.la@gmail.com>",
        "did you hear back??",
        "personal",
        "Did you hear back from the agency after your trial day?? Drinks Thursday either way.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus, sent_as

    return sent_as(
        outlook_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=ME,
            offset="-0800",
            clock="09:30:00",
            neg_start="2025-01-12",
            neg_step=5,
            neg_clock="19:10:00",
            tag="twohundredsixteen",
        )
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), NAOMI)
