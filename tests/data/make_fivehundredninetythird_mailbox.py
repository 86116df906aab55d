"""A five-hundred-and-ninety-third mailbox, written as a held-out check after the five-hundred-and-ninety-second
(issue #24).

Ethan Brooks, a research associate in Boston, saves his mail from Outlook as .eml files. Biotech companies and a
scientific staffing firm write in American business English: Moderna's iCIMS "Thank you for your interest in Moderna",
Vertex's Workday "We've received your application", a Kelly Scientific recruiter's "I went ahead and submitted your
profile to Ginkgo Bioworks for the Research Associate II contract", Moderna's "please use the link below to self-schedule
a phone screen with our talent team", Vertex's "the hiring team has chosen to move forward with other applicants",
the recruiter's "Ginkgo's hiring manager wants to set up a video interview", Moderna's "we'd like to invite you to our
Norwood site for a half-day interview with the team, including a seminar", the recruiter's "Ginkgo went with a
candidate who had more automation experience", Moderna's "verbal offer" call confirmed by a written one, his "I'm happy
to accept" and his thanks after the site visit. Negatives: BioSpace's job alert, STAT's newsletter, a second staffing
firm's cold mail, Moderna's own investor mail (a company he applied to), the MBTA and his roommate. Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ETHAN = "ethan.brooks.bio@outlook.example"
ME = f"Ethan Brooks <{ETHAN}>"
MODERNA = "Moderna Talent Acquisition <talent@moderna.icims.example>"
VERTEX = "Vertex Pharmaceuticals <vrtx@myworkday.example>"
KELLY = "Tanya Rivers <tanya.rivers@kellyservices.example>"
PRIYA = "Priya Shah <priya.shah@modernatx.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Moderna",
        "applied",
        "2025-03-03",
        MODERNA,
        "Thank you for your interest in Moderna",
        "Hi Ethan,\n\nThank you for your interest in Moderna and for applying to Research Associate, mRNA Platform "
        "(Req 14852). Our team will review your background.\n\nModerna Talent Acquisition",
        None,
    ),
    (
        "Vertex Pharmaceuticals",
        "applied",
        "2025-03-04",
        VERTEX,
        "We've received your application",
        "Dear Ethan,\n\nWe've received your application for Research Associate, Cell Biology at Vertex "
        "Pharmaceuticals. You can follow its status in your candidate home.\n\nVertex Talent Acquisition",
        None,
    ),
    (
        "Ginkgo Bioworks",
        "applied",
        "2025-03-05",
        KELLY,
        "RA II contract - Ginkgo",
        "Hi Ethan,\n\nGreat speaking with you this morning. I went ahead and submitted your profile to Ginkgo Bioworks "
        "for the Research Associate II contract (12 months, Seaport). I'll let you know as soon as I hear back.\n\n"
        "Thanks,\nTanya Rivers\nKelly Scientific Resources",
        None,
    ),
    (
        "Moderna",
        "screen",
        "2025-03-10",
        MODERNA,
        "Next steps with Moderna",
        "Hi Ethan,\n\nThanks again for applying. Please use the link below to self-schedule a phone screen with our "
        "talent team at a time that works for you.\n\nModerna Talent Acquisition",
        None,
    ),
    (
        "Vertex Pharmaceuticals",
        "rejected",
        "2025-03-11",
        VERTEX,
        "Your application to Vertex",
        "Dear Ethan,\n\nThank you for your interest in Vertex. After reviewing your application, the hiring team has "
        "chosen to move forward with other applicants at this time.\n\nVertex Talent Acquisition",
        None,
    ),
    (
        "Ginkgo Bioworks",
        "interview",
        "2025-03-12",
        KELLY,
        "RE: RA II contract - Ginkgo",
        "Hi Ethan,\n\nGood news - Ginkgo's hiring manager wants to set up a video interview. Are you free Monday "
        "afternoon?\n\nThanks,\nTanya",
        None,
    ),
    (
        "Moderna",
        "onsite",
        "2025-03-18",
        PRIYA,
        "Moderna - site visit",
        "Hi Ethan,\n\nThanks for speaking with me last week. We'd like to invite you to our Norwood site for a half-day "
        "interview with the team on March 26, including a 30-minute seminar on your thesis work.\n\nPriya Shah\n"
        "Talent Acquisition Partner",
        None,
    ),
    (
        "Ginkgo Bioworks",
        "rejected",
        "2025-03-20",
        KELLY,
        "RE: RA II contract - Ginkgo",
        "Hi Ethan,\n\nI just heard back - Ginkgo went with a candidate who had more automation experience. Sorry, I'll "
        "keep you in mind for the next one.\n\nTanya",
        None,
    ),
    (
        "Moderna",
        "thank_you",
        "2025-03-26",
        ME,
        "RE: Moderna - site visit",
        "Hi Priya,\n\nThank you for arranging today's visit. It was great to meet the team and see the lab.\n\nBest,\n"
        "Ethan",
        PRIYA,
    ),
    (
        "Moderna",
        "offer",
        "2025-04-02",
        PRIYA,
        "Your offer from Moderna",
        "Hi Ethan,\n\nAs discussed on our call this morning, I'm delighted to confirm our verbal offer in writing. "
        "Your offer letter is attached.\n\nPriya",
        None,
    ),
    (
        "Moderna",
        "accepted",
        "2025-04-03",
        ME,
        "RE: Your offer from Moderna",
        "Hi Priya,\n\nI'm happy to accept. Signed letter attached - thank you!\n\nEthan",
        PRIYA,
    ),
]

_NEGATIVES = [
    (
        "BioSpace <jobs@biospace.example>",
        "New jobs matching: Research Associate",
        "alert",
        "Research Associate - Cambridge. Scientist I - Waltham. View jobs.",
    ),
    (
        "STAT <newsletters@statnews.example>",
        "Morning Rounds",
        "newsletter",
        "Today's biotech news. Unsubscribe.",
    ),
    (
        "Greg Hall <ghall@aerotek.example>",
        "Lab contract in Lexington",
        "outreach",
        "Hi Ethan, I came across your profile and have a QC Associate contract in Lexington. Interested?",
    ),
    (
        "Moderna Investor Relations <ir@modernatx.example>",
        "Moderna Reports Fourth Quarter Results",
        "newsletter",
        "Read the press release. Unsubscribe.",
    ),
    (
        "MBTA <charliecard@mbta.example>",
        "Your CharlieCard receipt",
        "other",
        "You added $30.00 to your CharlieCard.",
    ),
    (
        "Josh <josh.kim@gmail.example>",
        "rent",
        "personal",
        "Venmo'd you for the electric bill.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="10:30:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:20:00",
        tag="fivehundredninetythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), ETHAN)
