"""A two-hundred-and-ninety-seventh mailbox, written as a held-out check after the two-hundred-and-ninety-sixth
(issue #24).

Priya, a backend engineer in Denver, exports Gmail with Takeout.  Start-up hiring as Denver's start-ups do it: Ashby
receipts signed by the company, a sourcer writing through Gem ("Sent with Gem") about a role she had applied to, a
HackerRank take-home sent by the company's own address, a CoderPad pairing round, a "virtual onsite" of four
interviews over Zoom, an Ashby refusal ("we've decided not to move forward"), a recruiter's verbal offer followed by
DocuSign's "Please DocuSign: Offer Letter", and her own signed acceptance.  Negatives: Hacker News' digest, GitHub's
notification of a pull request, an AWS bill, Wellfound's job alert, a sourcer's cold outreach through Gem for a
company she never applied to, a Denver meetup.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.venkat.dev@gmail.com"
ME = f"Priya Venkataraman <{PRIYA}>"

_OWN_TO = {
    "Switchback Data": "Jordan Ellis <jordan@switchbackdata.example>",
    "Fourteener Labs": "Fourteener Labs Recruiting <recruiting@fourteenerlabs.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Switchback Data",
        "applied",
        "2025-09-02",
        "Switchback Data <no-reply@ashbyhq.com>",
        "Thanks for applying to Switchback Data",
        "Hi Priya,\n\nThanks for applying to the Senior Backend Engineer (Platform) role at Switchback Data! Our team "
        "reads every application, and we'll get back to you within a week or two.\n\nBest,\nThe Switchback Data team",
        "s1",
    ),
    (
        "Fourteener Labs",
        "applied",
        "2025-09-03",
        "Fourteener Labs <no-reply@ashbyhq.com>",
        "Your application to Fourteener Labs",
        "Hi Priya,\n\nWe received your application for Backend Engineer II. Thank you for your interest in Fourteener "
        "Labs.\n\nWe'll be in touch if there's a fit.\n\nFourteener Labs Recruiting",
        "f1",
    ),
    (
        "Aspenwire",
        "applied",
        "2025-09-04",
        "Aspenwire Hiring <notifications@app.bamboohr.com>",
        "Thank you for your application",
        "Hello Priya,\n\nThank you for applying for the Software Engineer, Payments position at Aspenwire. We have "
        "received your application and our hiring team is reviewing it.\n\nRegards,\nAspenwire Hiring",
        "a1",
    ),
    (
        "Switchback Data",
        "screen",
        "2025-09-08",
        "Jordan Ellis <jordan@switchbackdata.example>",
        "Switchback Data <> Priya",
        "Hi Priya,\n\nI'm Jordan, I lead recruiting at Switchback. Thanks for applying to the platform role - your work "
        "on event pipelines caught our eye. Could we do a 30-minute intro call this week? Here's my calendar: "
        "https://calendly.com/jordan-switchback/30min\n\nJordan Ellis\nHead of Talent, Switchback Data\n\nSent with Gem",
        "s2",
    ),
    (
        "Switchback Data",
        "interview",
        "2025-09-12",
        "Switchback Data <hiring@switchbackdata.example>",
        "Switchback Data take-home exercise",
        "Hi Priya,\n\nGreat chatting earlier this week. The next step is a take-home exercise on HackerRank: a small "
        "ingestion service, about 3 hours of work. You'll have 5 days from when you open the link.\n\n"
        "https://www.hackerrank.com/test/abc123\n\nSwitchback Data Hiring",
        "s3",
    ),
    (
        "Aspenwire",
        "rejected",
        "2025-09-15",
        "Aspenwire Hiring <notifications@app.bamboohr.com>",
        "Your application at Aspenwire",
        "Hi Priya,\n\nThank you for your interest in Aspenwire. We have reviewed your application for Software "
        "Engineer, Payments, and unfortunately we will not be moving forward at this time.\n\nWe wish you the best,\n"
        "Aspenwire Hiring",
        "a1",
    ),
    (
        "Fourteener Labs",
        "interview",
        "2025-09-16",
        "Sam Whitaker <sam@fourteenerlabs.example>",
        "Pairing session - Fourteener Labs",
        "Hi Priya,\n\nThanks for your patience! We'd like to move you to a 60-minute pairing session with one of our "
        "engineers. We use CoderPad; you'll get the link the morning of. Does Thursday at 1pm MT work?\n\nSam\n"
        "Engineering Manager, Fourteener Labs",
        "f2",
    ),
    (
        "Switchback Data",
        "onsite",
        "2025-09-22",
        "Jordan Ellis <jordan@switchbackdata.example>",
        "Virtual onsite - Switchback Data",
        "Hi Priya,\n\nThe team really liked your take-home. We'd love to bring you in for our virtual onsite: four "
        "45-minute conversations over Zoom (system design, a code review, a values interview and time with our CTO) "
        "on Monday September 29.\n\nJordan",
        "s4",
    ),
    (
        "Fourteener Labs",
        "rejected",
        "2025-09-24",
        "Fourteener Labs <no-reply@ashbyhq.com>",
        "Update on your application to Fourteener Labs",
        "Hi Priya,\n\nThank you for taking the time to pair with our team. After a lot of thought, we've decided not to "
        "move forward with your candidacy for Backend Engineer II. We know this isn't the news you were hoping for.\n\n"
        "Fourteener Labs Recruiting",
        "f1",
    ),
    (
        "Switchback Data",
        "offer",
        "2025-10-03",
        "DocuSign via Switchback Data <dse_na3@docusign.net>",
        "Please DocuSign: Offer Letter - Priya Venkataraman",
        "Jordan Ellis sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nHi Priya - as discussed on the "
        "phone, here is your offer letter for the Senior Backend Engineer role. Welcome aboard!\n\nJordan Ellis\n"
        "Switchback Data",
        "s5",
    ),
    (
        "Switchback Data",
        "accepted",
        "2025-10-04",
        ME,
        "Re: Switchback Data <> Priya",
        "Hi Jordan,\n\nJust signed the offer letter - I'm thrilled to accept and to join Switchback! See you on the "
        "20th.\n\nPriya",
        "s2",
    ),
]

_NEGATIVES = [
    (
        "Hacker News Digest <digest@hndigest.example>",
        "HN Daily: Show HN: a Postgres extension for queues",
        "newsletter",
        "Top stories today: Show HN: a Postgres extension for queues. Ask HN: who is hiring? (September).",
    ),
    (
        "GitHub <notifications@github.com>",
        "[acme/etl] Fix retry backoff (PR #482)",
        "other",
        "@mreyes requested your review on: acme/etl#482 Fix retry backoff.",
    ),
    (
        "Amazon Web Services <aws-billing@amazon.com>",
        "AWS Notification - Your bill is available",
        "other",
        "Your AWS bill for August is $4.12.",
    ),
    (
        "Wellfound <jobs@wellfound.com>",
        "12 new startup jobs for you in Denver",
        "alert",
        "Backend Engineer at Trailhead AI. Staff Engineer at Peakline. Apply with one click.",
    ),
    (
        "Morgan Tate <morgan@ridgelinepay.example>",
        "Ridgeline Pay is hiring backend engineers",
        "outreach",
        "Hi Priya, I came across your profile and think you'd be a great fit for our Senior Backend role at Ridgeline "
        "Pay. Open to a quick chat?\n\nMorgan Tate\nTechnical Recruiter, Ridgeline Pay\n\nSent with Gem",
    ),
    (
        "Denver Python Meetup <info@meetup.com>",
        "New event: October lightning talks",
        "newsletter",
        "Denver Python Meetup: October lightning talks at Galvanize. RSVP now.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PRIYA,
        own_to=_OWN_TO,
        offset="-0600",
        clock="10:15:00",
        neg_start="2025-09-01",
        neg_step=6,
        neg_clock="19:30:00",
        tag="twohundredninetyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
