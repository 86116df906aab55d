"""A two-hundred-and-seventy-eighth mailbox, written as a held-out check after the two-hundred-and-seventy-seventh
(issue #24).

Mei, a UX researcher in Seattle, reads Fastmail in Thunderbird and saves the inbox as one mbox.  Large-company and
start-up research hiring, in threads whose replies quote the whole history ("On Tue, Apr 8, 2025 at 10:02 AM ...
wrote:"): a careers site's "Thank you for your interest" from a no-reply address, a candidate experience coordinator,
a research presentation (a round), a "virtual onsite loop" (the last), "team matching", the hiring committee's
approval and an "offer call", a start-up's role "paused" with all applications closed, and her own thank-you, her
verbal acceptance and a follow-up.  Negatives: a UXR community's digest, a research tool's webinar, a recruiter's
InMail notification, a conference's early-bird price, the library, a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MEI = "mei.tanaka.uxr@fastmail.com"
ME = f"Mei Tanaka <{MEI}>"

_QUOTE = (
    "\n\nOn Tue, Apr 8, 2025 at 10:02 AM Jordan Park <jordan.park@cascadiacloud.example> wrote:\n> Hi Mei,\n> Thank "
    "you for applying. We'd like to invite you to interview with us.\n> Jordan"
)

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Cascadia Cloud",
        "applied",
        "2025-04-01",
        "Cascadia Cloud Careers <careers-noreply@cascadiacloud.example>",
        "Thank you for your interest in Cascadia Cloud",
        "Hi Mei,\n\nThank you for your interest in Cascadia Cloud. We've received your application for UX Researcher "
        "II, Developer Tools (job 2931447). Our recruiting team will review your qualifications and contact you if "
        "there is a match.\n\nCascadia Cloud Recruiting",
        None,
    ),
    (
        "Fernhill Health",
        "applied",
        "2025-04-02",
        "Fernhill Health <no-reply@ashbyhq.com>",
        "Thanks for applying to Fernhill Health!",
        "Hi Mei,\n\nThanks for applying to the Senior UX Researcher role at Fernhill Health. We'll be in touch soon."
        "\n\nFernhill Health Talent",
        None,
    ),
    (
        "Tidewater Games",
        "applied",
        "2025-04-03",
        "Tidewater Games <tidewatergames@myworkday.example>",
        "Application received",
        "Dear Mei,\n\nThank you for applying to User Researcher (R-5521) at Tidewater Games. You can check the status of "
        "your application in your candidate home.\n\nTidewater Games Talent Acquisition",
        None,
    ),
    (
        "Cascadia Cloud",
        "screen",
        "2025-04-08",
        "Jordan Park <jordan.park@cascadiacloud.example>",
        "Cascadia Cloud - UX Researcher II",
        "Hi Mei,\n\nThank you for applying to the UX Researcher II role. I'm the recruiter for the Developer Tools "
        "org and would love to schedule a 30-minute phone call to learn more about your research background. What "
        "times work for you this week?\n\nJordan Park\nTechnical Recruiter, Cascadia Cloud",
        0,
    ),
    (
        "Cascadia Cloud",
        "interview",
        "2025-04-14",
        "Alex Rivera <arivera@cascadiacloud.example>",
        "Re: Cascadia Cloud - UX Researcher II",
        "Hi Mei,\n\nI'm the candidate experience coordinator supporting Jordan. Next up is a 60-minute research "
        "presentation with the hiring manager and two researchers. Please share a few windows next week.\n\nThanks,"
        "\nAlex Rivera\nCandidate Experience Coordinator" + _QUOTE,
        3,
    ),
    (
        "Fernhill Health",
        "rejected",
        "2025-04-15",
        "Fernhill Health <no-reply@ashbyhq.com>",
        "Update from Fernhill Health",
        "Hi Mei,\n\nThank you for your interest in Fernhill Health. We wanted to let you know that we've paused hiring "
        "for the Senior UX Researcher role and are closing all open applications. We're sorry for the disruption and "
        "hope to reconnect in the future.\n\nFernhill Health Talent",
        1,
    ),
    (
        "Tidewater Games",
        "screen",
        "2025-04-16",
        "Sam Whitaker <swhitaker@tidewatergames.example>",
        "Tidewater Games - User Researcher",
        "Hey Mei!\n\nThanks for applying to our User Researcher role - your games research work looks great. Could we "
        "find 30 minutes for an intro call this week or next?\n\nSam Whitaker\nRecruiting, Tidewater Games",
        None,
    ),
    (
        "Cascadia Cloud",
        "onsite",
        "2025-04-25",
        "Alex Rivera <arivera@cascadiacloud.example>",
        "Re: Cascadia Cloud - UX Researcher II",
        "Hi Mei,\n\nCongratulations on moving forward! We'd like to schedule your virtual onsite loop: four 45-minute "
        "interviews on Thursday, May 1, covering research craft, collaboration, product sense and a bar raiser.\n\n"
        "Alex" + _QUOTE,
        4,
    ),
    (
        "Tidewater Games",
        "follow_up",
        "2025-04-29",
        ME,
        "Re: Tidewater Games - User Researcher",
        "Hi Sam,\n\nI hope your week is going well. I wanted to check in on next steps after our intro call on the "
        "22nd. I'm still very interested.\n\nBest,\nMei",
        6,
        "Sam Whitaker <swhitaker@tidewatergames.example>",
    ),
    (
        "Cascadia Cloud",
        "thank_you",
        "2025-05-01",
        ME,
        "Re: Cascadia Cloud - UX Researcher II",
        "Hi Alex,\n\nThank you for coordinating today's loop - everyone was wonderful. Please pass my thanks along to "
        "the interviewers.\n\nBest,\nMei",
        7,
        "Alex Rivera <arivera@cascadiacloud.example>",
    ),
    (
        "Tidewater Games",
        "rejected",
        "2025-05-06",
        "Sam Whitaker <swhitaker@tidewatergames.example>",
        "Re: Tidewater Games - User Researcher",
        "Hi Mei,\n\nThanks for checking in and for your patience. The team has decided to move forward with candidates "
        "whose experience is closer to live-service games. I'm sorry it's not better news.\n\nSam",
        8,
    ),
    (
        "Cascadia Cloud",
        "offer",
        "2025-05-09",
        "Jordan Park <jordan.park@cascadiacloud.example>",
        "Great news from Cascadia Cloud",
        "Hi Mei,\n\nThe hiring committee has approved your packet and we'd love to extend you an offer! Are you free "
        "for an offer call Monday at 1pm to walk through the details?\n\nJordan",
        None,
    ),
    (
        "Cascadia Cloud",
        "accepted",
        "2025-05-14",
        ME,
        "Re: Great news from Cascadia Cloud",
        "Hi Jordan,\n\nThank you for walking me through everything on Monday. I'm delighted to verbally accept - please "
        "send the written offer over when it's ready and I'll sign right away.\n\nMei",
        11,
        "Jordan Park <jordan.park@cascadiacloud.example>",
    ),
]

_NEGATIVES = [
    (
        "Mixed Methods Digest <digest@mixedmethods.example>",
        "This week in UXR: 8 new posts",
        "newsletter",
        "Top posts: synthesising diary studies, research ops hiring trends, and a salary thread.",
    ),
    (
        "Dovetail <events@dovetail.example>",
        "Webinar: AI-assisted synthesis",
        "newsletter",
        "Join our webinar on AI-assisted synthesis on Thursday at 9am PT.",
    ),
    (
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Mei, you have a new message from Priya Nair",
        "outreach",
        "Priya Nair: Hi Mei, I'm hiring a Staff UX Researcher for a fintech client in Bellevue - would you be open to "
        "a chat?",
    ),
    (
        "UXR Conference <hello@uxrconf.example>",
        "Early-bird pricing ends Friday",
        "shop",
        "Early-bird tickets for UXR Conference 2025 end Friday. Save $200.",
    ),
    (
        "Seattle Public Library <noreply@spl.example>",
        "Your hold is ready",
        "other",
        "Your hold on 'Just Enough Research' is ready for pickup at Capitol Hill.",
    ),
    (
        "Hana Kim <hana.kim@fastmail.example>",
        "pho saturday",
        "personal",
        "pho saturday? then the market?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MEI,
        own_to={},
        offset=lambda d: "-0700",
        clock="10:02:00",
        neg_start="2025-03-31",
        neg_step=6,
        neg_clock="20:45:00",
        tag="twohundredseventyeight",
        host="fastmail.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird saves it (one mbox file, "Inbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
