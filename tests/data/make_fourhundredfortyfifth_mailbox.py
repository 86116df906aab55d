"""A four-hundred-and-forty-fifth mailbox, written as a held-out check after the four-hundred-and-forty-fourth
(issue #24).

Kevin Tran, a new-grad software engineer in Seattle, keeps his search in Gmail and exports it with Takeout.  Big tech
and start-ups: Amazon's "Thank you for applying" from its own jobs site and its "Online Assessment" through HackerRank,
Microsoft's careers mail, a Wellfound start-up founder's "thanks for applying - want to hop on a call?", a Gem
sequence from a recruiter he never wrote to (cold outreach), Google's "we've decided not to move forward", a
"virtual onsite" loop, a verbal offer followed by "your offer letter is ready to sign in DocuSign", his "I'd like to
withdraw from the process" to Microsoft and his signature.  Negatives: LinkedIn's "jobs you may be interested in",
Levels.fyi, Blind, a hackathon, GitHub and his roommate.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KEVIN = "kevin.tran.dev@gmail.com"
ME = f"Kevin Tran <{KEVIN}>"
AMAZON = "Amazon.jobs <no-reply@amazon.example>"
MSFT = "Microsoft Careers <msftcareers@microsoft.example>"
PRIYA = "Priya Nair <priya@tidepoolai.example>"
HANNAH = "Hannah Cole <hcole@google.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Amazon",
        "applied",
        "2025-01-06",
        AMAZON,
        "Thank you for applying to Amazon",
        "Hi Kevin,\n\nThank you for applying to Amazon. We've received your application for Software Development "
        "Engineer I (Job ID: 2745531). We'll review it and be in touch.\n\nThank you,\nAmazon Recruiting",
        "t-amz",
    ),
    (
        "Microsoft",
        "applied",
        "2025-01-07",
        MSFT,
        "Microsoft application received",
        "Hello Kevin,\n\nThank you for your interest in Microsoft. We have received your application for Software "
        "Engineer (Job number 1779842) and our team will review it shortly.\n\nMicrosoft Careers",
        "t-msft",
    ),
    (
        "Tidepool AI",
        "screen",
        "2025-01-08",
        PRIYA,
        "Tidepool AI - your application",
        "Hey Kevin,\n\nPriya here, co-founder at Tidepool AI. Thanks for applying through Wellfound - loved your "
        "compiler project. Want to hop on a 20 min call this week? Here's my calendar: "
        "https://cal.example/priya-tidepool\n\nPriya",
        "t-tp",
    ),
    (
        "Amazon",
        "interview",
        "2025-01-10",
        "Amazon University Recruiting <sde-assessment@amazon.example>",
        "Amazon SDE Online Assessment",
        "Hi Kevin,\n\nThank you for your interest in the Software Development Engineer I role. The next step is our "
        "online assessment: two coding questions and a work style survey, on HackerRank. Please complete it within 5 "
        "days.\n\nAmazon University Recruiting",
        "t-amz2",
    ),
    (
        "Google",
        "applied",
        "2025-01-13",
        "Google Careers <noreply-careers@google.example>",
        "Thanks for applying to Google",
        "Hi Kevin,\n\nThanks for your application for Software Engineer, Early Career, Cloud. Our team will review your "
        "qualifications and reach out if there's a match.\n\nGoogle Staffing",
        "t-ggl",
    ),
    (
        "Tidepool AI",
        "interview",
        "2025-01-15",
        PRIYA,
        "RE: Tidepool AI - your application",
        "Hey Kevin,\n\nGreat chatting! Next step is a pairing session with our CTO, Marco - about 90 minutes, in our "
        "codebase. Grab a slot here: https://cal.example/marco-pairing\n\nPriya",
        "t-tp",
    ),
    (
        "Microsoft",
        "screen",
        "2025-01-17",
        "Jasmine Ortiz <jaortiz@microsoft.example>",
        "Software Engineer - next steps",
        "Hi Kevin,\n\nI'm a recruiter on the Azure team. I'd like to schedule a 30-minute phone screen to learn more "
        "about you and walk you through our process. Please share your availability for next week.\n\nJasmine",
        "t-msft2",
    ),
    (
        "Google",
        "rejected",
        "2025-01-21",
        "Google Careers <noreply-careers@google.example>",
        "Update on your Google application",
        "Hi Kevin,\n\nThank you for your interest in Google. After reviewing your application, we've decided not to move "
        "forward with your candidacy for Software Engineer, Early Career, Cloud at this time.\n\nGoogle Staffing",
        "t-ggl",
    ),
    (
        "Amazon",
        "onsite",
        "2025-01-24",
        "Amazon University Recruiting <sde-assessment@amazon.example>",
        "Amazon SDE I - Final Interview Loop",
        "Hi Kevin,\n\nCongratulations! Based on your assessment results, we'd like to invite you to a final virtual "
        "interview loop: three 60-minute interviews on Amazon Chime. Please pick your dates in the scheduling tool.\n\n"
        "Amazon University Recruiting",
        "t-amz2",
    ),
    (
        "Tidepool AI",
        "thank_you",
        "2025-01-22",
        ME,
        "RE: Tidepool AI - your application",
        "Hi Priya,\n\nThanks for setting up the pairing session - Marco was great to work with. Really enjoyed digging "
        "into the scheduler.\n\nKevin",
        "t-tp",
    ),
    (
        "Tidepool AI",
        "offer",
        "2025-01-29",
        PRIYA,
        "RE: Tidepool AI - your application",
        "Hey Kevin,\n\nThe team loved you. We'd love to have you join Tidepool as a founding engineer: $150k base plus "
        "0.5% equity. Happy to walk through the details on a call.\n\nPriya",
        "t-tp",
    ),
    (
        "Microsoft",
        "withdrew",
        "2025-02-03",
        ME,
        "RE: Software Engineer - next steps",
        "Hi Jasmine,\n\nThank you for your time. I've decided to accept another offer, so I'd like to withdraw from the "
        "process. I appreciate your help.\n\nBest,\nKevin",
        "t-msft2",
    ),
    (
        "Amazon",
        "withdrew",
        "2025-02-03",
        ME,
        "RE: Amazon SDE I - Final Interview Loop",
        "Hi,\n\nI have accepted another offer and would like to withdraw my candidacy for the SDE I role. Thank you for "
        "the opportunity.\n\nKevin Tran",
        "t-amz2",
    ),
    (
        "Tidepool AI",
        "accepted",
        "2025-02-01",
        "Tidepool AI via DocuSign <dse@docusign.example>",
        "Completed: Tidepool AI - Offer Letter - Kevin Tran",
        "All parties have completed Tidepool AI - Offer Letter - Kevin Tran. View the completed document.",
        "t-tp3",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Kevin, new jobs similar to Software Engineer at Amazon",
        "alert",
        "Software Engineer - Meta. SDE - Zillow. See all jobs.",
    ),
    (
        "Levels.fyi <newsletter@levels.example>",
        "New grad offers are up 4% this quarter",
        "newsletter",
        "See the latest compensation data. Unsubscribe.",
    ),
    (
        "Alex Kim <alex@recruiting.northwind.example>",
        "Kevin - backend role at Northwind",
        "outreach",
        "Hi Kevin, I came across your GitHub and think you'd be a great fit for our backend team at Northwind. "
        "Would you be open to a quick chat? Sent via Gem.",
    ),
    (
        "Blind <digest@teamblind.example>",
        "Trending: Is Amazon's loop getting harder?",
        "newsletter",
        "Top posts this week.",
    ),
    (
        "DubHacks <team@dubhacks.example>",
        "Your DubHacks registration",
        "other",
        "You're registered for DubHacks 2025.",
    ),
    (
        "GitHub <noreply@github.example>",
        "[kevintran/scheduler] New issue",
        "other",
        "A new issue was opened.",
    ),
    (
        "Marcus Webb <mwebb@gmail.example>",
        "rent",
        "personal",
        "Venmo'd you for rent.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KEVIN,
        own_to={
            "Tidepool AI": PRIYA,
            "Microsoft": "Jasmine Ortiz <jaortiz@microsoft.example>",
            "Amazon": "Amazon University Recruiting <sde-assessment@amazon.example>",
        },
        offset="-0800",
        clock="11:25:00",
        neg_start="2025-01-05",
        neg_step=4,
        neg_clock="22:10:00",
        tag="fourhundredfortyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
