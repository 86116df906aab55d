"""A five-hundred-and-seventy-third mailbox, written as a held-out check after the five-hundred-and-seventy-second
(issue #24).

Tyler Brooks, a QA engineer in Raleigh, keeps his search in Gmail and exports it with Takeout. The end of a search is
full of mail that is no step: Greenhouse's "Thanks for applying to Pendo", iCIMS's "Thank you for applying to Red
Hat", Lever's receipt from Bandwidth, Pendo's recruiter's "a 30-minute phone screen", Red Hat's "we regret to inform
you that the position has been cancelled due to a change in business needs", Bandwidth's "technical interview with two
QA engineers", Pendo's "final round: three interviews onsite at our Raleigh HQ", Pendo's reference request ("Please
send us the names of three references"), its verbal offer, DocuSign's "Completed: Tyler Brooks - Offer Letter"
(everyone has signed), HireRight's background check invitation, Workday's "Welcome to Pendo! Complete your onboarding
tasks", his note withdrawing from Bandwidth and his thanks after the onsite. Negatives: Built In's alert, a testing
newsletter, a recruiter's cold mail, Red Hat's own summit invitation (a company he applied to), his bank and his
friend. Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TYLER = "tyler.brooks.qa@gmail.com"
ME = f"Tyler Brooks <{TYLER}>"
PENDO = "Pendo <no-reply@us.greenhouse-mail.example>"
KATIE = "Katie Simmons <katie.simmons@pendo.example>"
REDHAT = "Red Hat <redhat@icims.example>"
BW = "Bandwidth <no-reply@hire.lever.example>"
OMAR = "Omar Farouk <ofarouk@bandwidth.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Pendo",
        "applied",
        "2025-03-03",
        PENDO,
        "Thanks for applying to Pendo",
        "Hi Tyler,\n\nThanks for applying to the Senior QA Engineer role at Pendo! We'll review your application and be "
        "in touch.\n\nPendo Recruiting",
        "t-pendo",
    ),
    (
        "Red Hat",
        "applied",
        "2025-03-04",
        REDHAT,
        "Thank you for applying to Red Hat",
        "Dear Tyler,\n\nThank you for applying for the Quality Engineer position (R-045512) at Red Hat. We will review "
        "your application.\n\nRed Hat Talent Acquisition",
        "t-rh",
    ),
    (
        "Bandwidth",
        "applied",
        "2025-03-04",
        BW,
        "Thank you for your application to Bandwidth",
        "Hi Tyler,\n\nThank you for your application to the QA Automation Engineer role at Bandwidth. We'll be in touch "
        "soon.\n\nBandwidth Talent",
        "t-bw",
    ),
    (
        "Pendo",
        "screen",
        "2025-03-07",
        KATIE,
        "Pendo - Senior QA Engineer",
        "Hi Tyler,\n\nI'm a technical recruiter at Pendo. I'd love to set up a 30-minute phone screen this week - here's "
        "my calendar link.\n\nKatie Simmons",
        "t-pendo2",
    ),
    (
        "Red Hat",
        "rejected",
        "2025-03-10",
        REDHAT,
        "Your application with Red Hat",
        "Dear Tyler,\n\nThank you for your interest in Red Hat. We regret to inform you that the position has been "
        "cancelled due to a change in business needs.\n\nRed Hat Talent Acquisition",
        "t-rh",
    ),
    (
        "Bandwidth",
        "interview",
        "2025-03-11",
        OMAR,
        "Bandwidth - technical interview",
        "Hi Tyler,\n\nI'm the QA manager at Bandwidth. We'd like to schedule a technical interview with two of our QA "
        "engineers next week.\n\nOmar",
        "t-bw2",
    ),
    (
        "Pendo",
        "onsite",
        "2025-03-14",
        KATIE,
        "RE: Pendo - Senior QA Engineer",
        "Hi Tyler,\n\nThe hiring manager enjoyed your call! Next is our final round: three interviews onsite at our "
        "Raleigh HQ next Thursday.\n\nKatie",
        "t-pendo2",
    ),
    (
        "Pendo",
        "thank_you",
        "2025-03-20",
        ME,
        "RE: Pendo - Senior QA Engineer",
        "Hi Katie,\n\nThanks so much for organizing today's onsite - I enjoyed meeting the team.\n\nTyler",
        "t-pendo2",
    ),
    (
        "Pendo",
        "skip",
        "2025-03-21",
        KATIE,
        "RE: Pendo - Senior QA Engineer",
        "Hi Tyler,\n\nThe team would like to move forward! Please send us the names and contact details of three "
        "references.\n\nKatie",
        "t-pendo2",
    ),
    (
        "Pendo",
        "offer",
        "2025-03-26",
        KATIE,
        "RE: Pendo - Senior QA Engineer",
        "Hi Tyler,\n\nYour references were great. I'm thrilled to extend you a verbal offer: $135,000 base plus equity. "
        "The offer letter will come through DocuSign.\n\nKatie",
        "t-pendo2",
    ),
    (
        "Pendo",
        "accepted",
        "2025-03-27",
        "Pendo via DocuSign <dse@docusign.example>",
        "Completed: Tyler Brooks - Offer Letter",
        "All parties have completed Tyler Brooks - Offer Letter.\n\nView the completed document.\n\nPowered by "
        "DocuSign",
        "t-pendo3",
    ),
    (
        "Bandwidth",
        "withdrew",
        "2025-03-27",
        ME,
        "RE: Bandwidth - technical interview",
        "Hi Omar,\n\nThank you for your time. I've accepted another offer, so I'd like to withdraw from the process.\n\n"
        "Best,\nTyler",
        "t-bw2",
    ),
    (
        "Pendo",
        "skip",
        "2025-03-28",
        "HireRight <noreply@hireright.example>",
        "Action required: complete your background check for Pendo",
        "Hi Tyler,\n\nPendo has requested a background check. Please complete your information in the HireRight "
        "applicant center.",
        "t-hr",
    ),
    (
        "Pendo",
        "skip",
        "2025-04-01",
        "Pendo <pendo@myworkday.example>",
        "Welcome to Pendo! Complete your onboarding tasks",
        "Hi Tyler,\n\nWelcome to Pendo! Please complete your onboarding tasks before your first day: I-9, direct deposit "
        "and benefits enrollment.\n\nPendo People Team",
        "t-onb",
    ),
]

_NEGATIVES = [
    (
        "Built In <alerts@builtin.example>",
        "New QA jobs in Raleigh",
        "alert",
        "QA Engineer - Raleigh. SDET - Durham. See jobs.",
    ),
    (
        "Ministry of Testing <newsletter@ministryoftesting.example>",
        "The Testing Planet",
        "newsletter",
        "This week in testing. Unsubscribe.",
    ),
    (
        "Derek Lee <derek@qa-talent.example>",
        "SDET contract - remote",
        "outreach",
        "Hi Tyler, I have a 6-month SDET contract, fully remote. Interested?",
    ),
    (
        "Red Hat Summit <summit@redhat.example>",
        "Join us at Red Hat Summit",
        "newsletter",
        "Register today. Unsubscribe.",
    ),
    (
        "Truist <alerts@truist.example>",
        "Your statement is ready",
        "other",
        "Your March statement is ready.",
    ),
    (
        "Chris Allen <chris.allen@gmail.example>",
        "golf",
        "personal",
        "Golf Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=TYLER,
            own_to={"Pendo": KATIE, "Bandwidth": OMAR},
            offset="-0400",
            clock="10:30:00",
            neg_start="2025-03-02",
            neg_step=5,
            neg_clock="20:55:00",
            tag="fivehundredseventythree",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
