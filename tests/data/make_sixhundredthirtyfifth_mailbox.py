"""A six-hundred-and-thirty-fifth mailbox, written as a held-out check after the six-hundred-and-thirty-fourth
(issue #24).

Kelsey Nguyen, a marketing specialist in Salt Lake City, exports her Gmail with Takeout. Small and mid-sized companies
write through JazzHR, Breezy, Recruitee and Jobvite, whose mails name the employer in their display names and
subjects: JazzHR's "Thank you for applying to Podium" from applytojob, Breezy's "Your application to Lucid was
received", Recruitee's "Application received - Weave", Jobvite's "Thank you for your interest in Pluralsight", Podium's
"Let's schedule a phone screen" through JazzHR, Weave's hiring manager "I'd like to set up a 45-minute interview",
Lucid's "we've decided to go in a different direction", Pluralsight's "your application is no longer under
consideration", Podium's "panel interview with the marketing team", Weave's "we've chosen another candidate", Podium's
"We're excited to offer you the role", her "I accept!" and her thanks after the panel. Negatives: Built In's alert, a
marketing newsletter, a recruiter's cold mail, Lucid's own product mail (a company she applied to), Rocky Mountain
Power and her roommate. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KELSEY = "kelsey.nguyen.mkt@gmail.com"
ME = f"Kelsey Nguyen <{KELSEY}>"
PODIUM = "Podium <podium@applytojob.example>"
LUCID = "Lucid Software <noreply@breezy.example>"
WEAVE = "Weave <jobs@weave.recruitee.example>"
PLURAL = "Pluralsight <notifications@jobvite.example>"
WEAVEHM = "Tyler Smith <tyler.smith@getweave.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Podium",
        "applied",
        "2025-04-07",
        PODIUM,
        "Thank you for applying to Podium",
        "Hi Kelsey,\n\nThank you for applying to the Marketing Specialist position at Podium. We'll review your "
        "application and reach out if there's a fit.\n\nPodium People Team",
        "t-pod",
    ),
    (
        "Lucid Software",
        "applied",
        "2025-04-08",
        LUCID,
        "Your application to Lucid was received",
        "Hi Kelsey,\n\nYour application for Product Marketing Specialist at Lucid Software was received. Thanks for your "
        "interest!\n\nLucid Recruiting",
        "t-lucid",
    ),
    (
        "Weave",
        "applied",
        "2025-04-09",
        WEAVE,
        "Application received - Weave",
        "Hi Kelsey,\n\nWe've received your application for Growth Marketing Manager at Weave. Thank you!\n\nWeave "
        "Talent",
        "t-weave",
    ),
    (
        "Pluralsight",
        "applied",
        "2025-04-10",
        PLURAL,
        "Thank you for your interest in Pluralsight",
        "Hi Kelsey,\n\nThank you for your interest in the Marketing Specialist role at Pluralsight. We have received "
        "your application.\n\nPluralsight Talent Acquisition",
        "t-pluralsight",
    ),
    (
        "Podium",
        "screen",
        "2025-04-14",
        PODIUM,
        "Let's schedule a phone screen",
        "Hi Kelsey,\n\nWe'd like to schedule a 30-minute phone screen with our recruiter. Please choose a time that works "
        "for you.\n\nPodium People Team",
        "t-pod",
    ),
    (
        "Weave",
        "interview",
        "2025-04-15",
        WEAVEHM,
        "Growth Marketing Manager - interview",
        "Hi Kelsey,\n\nI'm the hiring manager for the Growth Marketing Manager role. I'd like to set up a 45-minute "
        "interview with you on Thursday.\n\nTyler Smith\nDirector of Growth, Weave",
        "t-weave2",
    ),
    (
        "Lucid Software",
        "rejected",
        "2025-04-16",
        LUCID,
        "Update on your application",
        "Hi Kelsey,\n\nThank you for applying. We've decided to go in a different direction for this role.\n\nLucid "
        "Recruiting",
        "t-lucid",
    ),
    (
        "Pluralsight",
        "rejected",
        "2025-04-17",
        PLURAL,
        "Your application status",
        "Hi Kelsey,\n\nThank you for your interest. Your application is no longer under consideration for this "
        "position.\n\nPluralsight Talent Acquisition",
        "t-pluralsight",
    ),
    (
        "Podium",
        "onsite",
        "2025-04-21",
        PODIUM,
        "Panel interview",
        "Hi Kelsey,\n\nThe recruiter enjoyed your call. Next is a panel interview with the marketing team at our Lehi "
        "office on April 28.\n\nPodium People Team",
        "t-pod",
    ),
    (
        "Weave",
        "rejected",
        "2025-04-23",
        WEAVEHM,
        "RE: Growth Marketing Manager - interview",
        "Hi Kelsey,\n\nThanks for the great conversation. We've chosen another candidate for the role.\n\nTyler",
        "t-weave2",
    ),
    (
        "Podium",
        "thank_you",
        "2025-04-28",
        ME,
        "RE: Panel interview",
        "Hi Podium team,\n\nThank you for today's panel - I enjoyed meeting the marketing team.\n\nKelsey",
        "t-pod",
    ),
    (
        "Podium",
        "offer",
        "2025-05-05",
        PODIUM,
        "Your offer from Podium",
        "Hi Kelsey,\n\nWe're excited to offer you the Marketing Specialist role! Your offer letter is attached.\n\n"
        "Podium People Team",
        "t-pod2",
    ),
    (
        "Podium",
        "accepted",
        "2025-05-06",
        ME,
        "RE: Your offer from Podium",
        "Hi Podium team,\n\nI accept! Signed letter attached.\n\nKelsey",
        "t-pod2",
    ),
]

_NEGATIVES = [
    (
        "Built In <alerts@builtin.example>",
        "New marketing jobs in Utah",
        "alert",
        "Marketing Manager at Qualtrics. Content Marketer at Domo. See jobs.",
    ),
    (
        "Marketing Brew <crew@morningbrew.example>",
        "Marketing Brew",
        "newsletter",
        "Today's marketing news. Unsubscribe.",
    ),
    (
        "Dana Hill <dana@creativegroup.example>",
        "Marketing manager role",
        "outreach",
        "Hi Kelsey, I have a marketing manager role with a SaaS company in Provo. Interested?",
    ),
    (
        "Lucid <updates@lucid.example>",
        "What's new in Lucidchart",
        "newsletter",
        "New features this month. Unsubscribe.",
    ),
    (
        "Rocky Mountain Power <noreply@rockymountainpower.example>",
        "Your bill is ready",
        "other",
        "Your bill is ready to view.",
    ),
    (
        "Mia <mia.t@gmail.example>",
        "rent",
        "personal",
        "Rent's due Friday!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KELSEY,
        own_to={"Podium": PODIUM},
        offset="-0600",
        clock="10:40:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="20:15:00",
        tag="sixhundredthirtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
