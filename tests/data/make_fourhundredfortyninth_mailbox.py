"""A four-hundred-and-forty-ninth mailbox, written as a held-out check after the four-hundred-and-forty-eighth
(issue #24).

Dr. Aisha Rahman, a postdoc in Cambridge, Massachusetts looking for a scientist role in biotech, keeps her mail in
Thunderbird and exports it as one mbox.  Biotech hiring: a Workday receipt, an iCIMS receipt, a recruiter's "The
hiring manager reviewed your CV and would like to schedule a 30-minute call", "we'd like to invite you to give a
45-minute seminar on your research and meet the team" (the on-site day, the final round), a "Your candidacy for
Scientist II" status, "the position has been filled", "We are excited to extend you an offer for the position of
Scientist I", her "I must respectfully decline", her acceptance of the other, and her follow-up.  Negatives:
BioSpace's newsletter, Indeed's alert, a contract research recruiter's cold note, a journal's table of contents, the
MBTA and her PI about a paper.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AISHA = "aisha.rahman.phd@gmail.com"
ME = f"Aisha Rahman <{AISHA}>"
BEN = "Ben Carter <bcarter@lumenbio.example>"
NORA = "Nora Feldman <nora.feldman@cobaltrx.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Lumen Bio",
        "applied",
        "2025-03-03",
        "Lumen Bio <lumenbio@myworkday.com>",
        "Thank you for applying to Lumen Bio",
        "Dear Aisha,\n\nThank you for applying for Scientist II, Protein Engineering (R1203). We will review your "
        "application and contact you if your qualifications match our needs.\n\nLumen Bio Talent Acquisition",
        None,
    ),
    (
        "Cobalt Therapeutics",
        "applied",
        "2025-03-04",
        "Cobalt Therapeutics Careers <careers@cobaltrx.icims.example>",
        "Application confirmation: Scientist I, Cell Biology",
        "Dear Aisha Rahman,\n\nThis email confirms receipt of your application for Scientist I, Cell Biology at Cobalt "
        "Therapeutics. Please retain this email for your records.\n\nCobalt Therapeutics Talent Acquisition",
        None,
    ),
    (
        "Greenfield Genomics",
        "applied",
        "2025-03-05",
        ME,
        "Application - Senior Scientist, Functional Genomics",
        "Dear Dr. Osei,\n\nI am writing to apply for the Senior Scientist, Functional Genomics position at Greenfield "
        "Genomics. My CV and cover letter are attached.\n\nSincerely,\nAisha Rahman, PhD",
        None,
        "Kwame Osei <kosei@greenfieldgenomics.example>",
    ),
    (
        "Lumen Bio",
        "screen",
        "2025-03-10",
        BEN,
        "Scientist II, Protein Engineering",
        "Hi Aisha,\n\nI'm the recruiter for our Protein Engineering team. The hiring manager reviewed your CV and would "
        "like to schedule a 30-minute call to discuss your background. What does your availability look like this "
        "week?\n\nBen Carter\nTalent Acquisition, Lumen Bio",
        None,
    ),
    (
        "Cobalt Therapeutics",
        "interview",
        "2025-03-12",
        NORA,
        "Scientist I interview",
        "Dear Aisha,\n\nThank you for your interest in Cobalt. Dr. Patel would like to set up a one-hour video "
        "interview with you to discuss your postdoctoral work. Could you let me know your availability next week?\n\n"
        "Nora Feldman\nSenior Recruiter",
        None,
    ),
    (
        "Greenfield Genomics",
        "follow_up",
        "2025-03-19",
        ME,
        "Re: Application - Senior Scientist, Functional Genomics",
        "Dear Dr. Osei,\n\nI wanted to follow up on my application for the Senior Scientist position. I remain very "
        "enthusiastic about the team's CRISPR screening work.\n\nBest regards,\nAisha",
        2,
        "Kwame Osei <kosei@greenfieldgenomics.example>",
    ),
    (
        "Lumen Bio",
        "onsite",
        "2025-03-20",
        BEN,
        "Re: Scientist II, Protein Engineering",
        "Hi Aisha,\n\nThe team enjoyed your call with Dr. Lin. We'd like to invite you to give a 45-minute seminar on "
        "your research and meet the team on site in Watertown on April 2. We'll send an itinerary.\n\nBen",
        3,
    ),
    (
        "Cobalt Therapeutics",
        "onsite",
        "2025-03-24",
        NORA,
        "Re: Scientist I interview",
        "Dear Aisha,\n\nGreat news - the team would like to bring you in for a full-day interview, including a job "
        "talk, on April 4.\n\nNora",
        4,
    ),
    (
        "Greenfield Genomics",
        "rejected",
        "2025-03-26",
        "Kwame Osei <kosei@greenfieldgenomics.example>",
        "Re: Application - Senior Scientist, Functional Genomics",
        "Dear Dr. Rahman,\n\nThank you for following up, and for your interest. I'm sorry to say the position has been "
        "filled.\n\nBest wishes,\nKwame",
        5,
    ),
    (
        "Lumen Bio",
        "thank_you",
        "2025-04-02",
        ME,
        "Re: Scientist II, Protein Engineering",
        "Hi Ben,\n\nThank you for organizing today's visit. I enjoyed meeting the team and the discussion after my "
        "seminar.\n\nBest,\nAisha",
        6,
        BEN,
    ),
    (
        "Cobalt Therapeutics",
        "offer",
        "2025-04-09",
        NORA,
        "Offer - Scientist I, Cell Biology",
        "Dear Aisha,\n\nWe are excited to extend you an offer for the position of Scientist I, Cell Biology at Cobalt "
        "Therapeutics. Your offer letter is attached.\n\nNora",
        None,
    ),
    (
        "Lumen Bio",
        "offer",
        "2025-04-10",
        BEN,
        "Re: Scientist II, Protein Engineering",
        "Hi Aisha,\n\nI'm thrilled to share that the team would like to offer you the Scientist II role! I'll call you "
        "this afternoon to go through the details.\n\nBen",
        6,
    ),
    (
        "Cobalt Therapeutics",
        "declined",
        "2025-04-14",
        ME,
        "Re: Offer - Scientist I, Cell Biology",
        "Dear Nora,\n\nThank you very much for the offer. After careful thought, I must respectfully decline, as I have "
        "accepted a position elsewhere.\n\nWith thanks,\nAisha",
        10,
        NORA,
    ),
    (
        "Lumen Bio",
        "accepted",
        "2025-04-14",
        ME,
        "Re: Scientist II, Protein Engineering",
        "Hi Ben,\n\nI'm delighted to accept the offer! I've signed the letter in Workday.\n\nAisha",
        11,
        BEN,
    ),
]

_NEGATIVES = [
    (
        "BioSpace <newsletter@biospace.example>",
        "Hotbed hiring: Boston biotech this week",
        "newsletter",
        "The latest jobs and news. Unsubscribe.",
    ),
    (
        "Indeed <alert@indeed.example>",
        "Scientist jobs in Cambridge, MA",
        "alert",
        "Scientist I - Moderna. Research Associate - Vertex. See all jobs.",
    ),
    (
        "Kyle Brennan <kbrennan@labstaffpartners.example>",
        "Contract Scientist roles - Boston area",
        "outreach",
        "Hi Aisha, I'm a recruiter with Lab Staff Partners. We have several contract scientist roles in the Boston area. "
        "Would you be interested in hearing more?",
    ),
    (
        "Nature Biotechnology <toc@nature.example>",
        "Nature Biotechnology: April issue",
        "newsletter",
        "Table of contents.",
    ),
    (
        "MBTA <alerts@mbta.example>",
        "Red Line service change",
        "other",
        "Shuttle buses replace Red Line service this weekend.",
    ),
    (
        "Prof. David Kim <dkim@mit.example>",
        "Revisions due",
        "personal",
        "Aisha, can you send me the revised Figure 3 by Friday? The reviewers want the controls.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=AISHA,
        offset=lambda d: "-0500" if d.month < 3 or (d.month == 3 and d.day < 9) else "-0400",
        clock="10:30:00",
        neg_start="2025-03-02",
        neg_step=6,
        neg_clock="20:25:00",
        tag="fourhundredfortynine",
        host="gmail.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
