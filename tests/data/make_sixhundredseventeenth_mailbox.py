"""A six-hundred-and-seventeenth mailbox, written as a held-out check after the six-hundred-and-sixteenth (issue #24).

Daniel Kim, a software engineer in Seattle, exports his Gmail with Takeout. Big tech writes through its own systems
and coordinators, with calendar invitations and scheduling tools: Amazon's "Thank you for applying" with an online
assessment link (its receipt sends the test to everyone), Microsoft's "Thank you for your application", a Google
recruiter's "I came across your application and would love to set up a quick call" (his own application, not
outreach), Amazon's "Invitation: Amazon SDE II - Virtual Interview Loop @ Tue Oct 21" from Google Calendar, GoodTime's
"Your interview with Microsoft is confirmed" (a technical screen), Google's "the hiring committee has decided not to
move forward", Microsoft's "we will not be moving forward", Amazon's "Offer: Software Development Engineer II" through
its portal, his "I'm excited to accept the offer" and his thank-you to the Amazon recruiter after the loop. Negatives:
Levels.fyi's newsletter, Blind's digest, a recruiter's cold mail, Amazon's order shipped (a company he applied to),
Microsoft's Xbox mail (one too) and his friend. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANIEL = "daniel.kim.swe@gmail.com"
ME = f"Daniel Kim <{DANIEL}>"
AMAZON = "Amazon.jobs <no-reply@amazon.jobs.example>"
MSFT = "Microsoft Careers <careers-noreply@microsoft.example>"
GREC = "Alex Chen <alexchen@google.example>"
CAL = "Jenna Park <jennapark@amazon.example>"
GOODTIME = "GoodTime <scheduling@goodtime.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Amazon",
        "applied",
        "2025-10-01",
        AMAZON,
        "Thank you for applying to Amazon",
        "Hi Daniel,\n\nThank you for applying to Software Development Engineer II (ID 2981733). As a next step, please "
        "complete the online assessment within 7 days using the link below.\n\nAmazon Recruiting",
        "t-amzn",
    ),
    (
        "Microsoft",
        "applied",
        "2025-10-02",
        MSFT,
        "Thank you for your application",
        "Hello Daniel,\n\nThank you for your application for Software Engineer II (Job 1789012) at Microsoft. We will "
        "review it and contact you if there is a match.\n\nMicrosoft Careers",
        "t-msft",
    ),
    (
        "Google",
        "screen",
        "2025-10-06",
        GREC,
        "Your application to Google",
        "Hi Daniel,\n\nI'm a recruiter at Google and came across your application for the Software Engineer III role. "
        "I'd love to set up a quick call to learn more about your background. What does your week look like?\n\nAlex",
        "t-goog",
    ),
    (
        "Microsoft",
        "interview",
        "2025-10-09",
        GOODTIME,
        "Your interview with Microsoft is confirmed",
        "Hi Daniel,\n\nYour technical screen with Microsoft for Software Engineer II is confirmed for Tuesday, October 14 "
        "at 10:00 AM PT (Teams).\n\nGoodTime, on behalf of Microsoft",
        "t-msft2",
    ),
    (
        "Amazon",
        "onsite",
        "2025-10-10",
        CAL,
        "Invitation: Amazon SDE II - Virtual Interview Loop @ Tue Oct 21, 2025 9am - 1pm (PDT) (daniel.kim.swe@gmail.com)",
        "You have been invited to the following event.\n\nAmazon SDE II - Virtual Interview Loop\nWhen: Tue Oct 21, 2025 "
        "9am - 1pm (PDT)\nJoining info: chime.aws/1234567890\n\nInvitation from Google Calendar\n\nYou are receiving "
        "this courtesy email at the account daniel.kim.swe@gmail.com because you are an attendee of this event.",
        "t-amzn2",
    ),
    (
        "Google",
        "rejected",
        "2025-10-16",
        GREC,
        "RE: Your application to Google",
        "Hi Daniel,\n\nThanks again for your time. After review, the hiring committee has decided not to move forward "
        "at this time.\n\nAlex",
        "t-goog",
    ),
    (
        "Microsoft",
        "rejected",
        "2025-10-20",
        MSFT,
        "Update on your application",
        "Hello Daniel,\n\nThank you for interviewing with us. We will not be moving forward with your candidacy for "
        "Software Engineer II.\n\nMicrosoft Careers",
        "t-msft",
    ),
    (
        "Amazon",
        "thank_you",
        "2025-10-21",
        ME,
        "Thank you",
        "Hi Jenna,\n\nThank you for coordinating today's interview loop. I really enjoyed meeting the team.\n\nBest,\n"
        "Daniel",
        "t-amzn3",
    ),
    (
        "Amazon",
        "offer",
        "2025-10-28",
        AMAZON,
        "Offer: Software Development Engineer II",
        "Hi Daniel,\n\nCongratulations! We're delighted to extend you an offer for Software Development Engineer II. "
        "Please review your offer letter in the candidate portal.\n\nAmazon Recruiting",
        "t-amzn",
    ),
    (
        "Amazon",
        "accepted",
        "2025-10-29",
        ME,
        "RE: Offer: Software Development Engineer II",
        "Hi Jenna,\n\nI'm excited to accept the offer! I've signed it in the portal.\n\nDaniel",
        "t-amzn",
    ),
]

_NEGATIVES = [
    (
        "Levels.fyi <newsletter@levels.example>",
        "This week in comp",
        "newsletter",
        "New offers reported this week. Unsubscribe.",
    ),
    (
        "Blind <digest@teamblind.example>",
        "Trending on Blind",
        "newsletter",
        "Top posts this week. Unsubscribe.",
    ),
    (
        "Sarah Lopez <sarah@hireloop.example>",
        "Staff Engineer - Series B",
        "outreach",
        "Hi Daniel, your background caught my eye. I'm hiring a Staff Engineer for a Series B start-up. Open to chat?",
    ),
    (
        "Amazon.com <shipment-tracking@amazon.example>",
        "Your package has shipped",
        "other",
        "Your order of USB-C cables has shipped.",
    ),
    (
        "Xbox <xbox@microsoft.example>",
        "New this month on Game Pass",
        "newsletter",
        "New games this month. Unsubscribe.",
    ),
    (
        "Kevin <kevin.lee@gmail.example>",
        "climbing",
        "personal",
        "Climbing at Vertical World on Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DANIEL,
        own_to={"Amazon": CAL},
        offset="-0700",
        clock="09:55:00",
        neg_start="2025-09-30",
        neg_step=4,
        neg_clock="20:35:00",
        tag="sixhundredseventeen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
