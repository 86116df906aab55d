"""A five-hundred-and-thirteenth mailbox, written as a held-out check after the five-hundred-and-twelfth (issue #24).

Megan Ross, a product manager in Austin, keeps her mail in Gmail, exported with Takeout.  Most of it is what tracking
systems send, as HTML (some with a plain part that only says to view it in a browser): LinkedIn's "Your application
was sent to HubSpot", Greenhouse's, Lever's and Ashby's receipts, a Calendly booking link in a recruiter's "pick a
time for a 30-minute intro", "the hiring team would like to move you to the onsite loop", "we've decided to pursue other
candidates", "we won't be moving you forward", "the team has chosen to move ahead with candidates whose experience more
closely aligns", "I'm thrilled to extend you an offer"; her thanks and her "I'm excited to accept".  Negatives: a
LinkedIn alert, a "viewed" notice, a product newsletter, a recruiter's cold InMail, HubSpot's own product marketing (a
company she applied to) and Venmo.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MEGAN = "megan.ross.pm@gmail.com"
ME = f"Megan Ross <{MEGAN}>"
ALEX = "Alex Kim <alex.kim@hubspot.example>"
JORDAN = "Jordan Lee <jordan@vanta.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "HubSpot",
        "applied",
        "2025-03-03",
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Megan, your application was sent to HubSpot",
        "MULTI:<html><body><p>Your application was sent to <b>HubSpot</b></p><p>Senior Product Manager, Payments<br>"
        "HubSpot &middot; Remote (US)</p><p>Applied on March 3, 2025</p></body></html>",
        "t-hub",
    ),
    (
        "Vanta",
        "applied",
        "2025-03-04",
        "Vanta <no-reply@ashbyhq.example>",
        "Thanks for applying to Vanta!",
        "HTML:<html><body><p>Hi Megan,</p><p>Thanks for applying to the <b>Senior Product Manager, Platform</b> role "
        "at Vanta. We'll review your application and be in touch.</p><p>&mdash; The Vanta Recruiting Team</p>"
        "</body></html>",
        "t-van",
    ),
    (
        "Indeed",
        "applied",
        "2025-03-04",
        "Indeed <no-reply@hire.lever.example>",
        "Thank you for your application to Indeed",
        "HTML:<html><body><p>Hi Megan,</p><p>Thank you for your interest in Indeed! We've received your application for "
        "Senior Product Manager - Job Seeker Experience.</p><p>Indeed Talent Acquisition</p></body></html>",
        "t-ind",
    ),
    (
        "Atlassian",
        "applied",
        "2025-03-05",
        "Atlassian <no-reply@greenhouse.example>",
        "Thank you for applying to Atlassian",
        "HTML:<html><body><p>Hi Megan,</p><p>Thank you for applying to Atlassian! Your application for Principal "
        "Product Manager, Jira has been received.</p></body></html>",
        "t-atl",
    ),
    (
        "HubSpot",
        "screen",
        "2025-03-10",
        ALEX,
        "HubSpot - Senior PM, Payments",
        "Hi Megan,\n\nThanks for applying! I'm the recruiter for our Payments team and would love to chat. Please pick a "
        "time for a 30-minute intro here: calendly.example/alex-hubspot/intro\n\nAlex Kim\nTechnical Recruiter, "
        "HubSpot",
        "t-hub2",
    ),
    (
        "Indeed",
        "rejected",
        "2025-03-11",
        "Indeed <no-reply@hire.lever.example>",
        "Your application to Indeed",
        "HTML:<html><body><p>Hi Megan,</p><p>Thank you for your interest in Indeed. After careful review, we've decided "
        "to pursue other candidates for this role.</p></body></html>",
        "t-ind",
    ),
    (
        "Vanta",
        "screen",
        "2025-03-12",
        JORDAN,
        "Vanta - Senior PM, Platform",
        "Hi Megan,\n\nI lead recruiting at Vanta - would you be up for a 30-minute call this week to talk about the "
        "Platform PM role?\n\nJordan",
        "t-van2",
    ),
    (
        "HubSpot",
        "onsite",
        "2025-03-20",
        ALEX,
        "RE: HubSpot - Senior PM, Payments",
        "Hi Megan,\n\nGreat news - the hiring team would like to move you to the onsite loop: four 45-minute "
        "interviews (product sense, execution, leadership, and a cross-functional partner) on a single day.\n\nAlex",
        "t-hub2",
    ),
    (
        "Atlassian",
        "rejected",
        "2025-03-21",
        "Atlassian <no-reply@greenhouse.example>",
        "Update on your Atlassian application",
        "MULTI:<html><body><p>Hi Megan,</p><p>Thanks for your interest in Atlassian. Unfortunately, we won't be moving "
        "you forward for the Principal Product Manager, Jira role.</p></body></html>",
        "t-atl",
    ),
    (
        "Vanta",
        "rejected",
        "2025-03-24",
        JORDAN,
        "RE: Vanta - Senior PM, Platform",
        "Hi Megan,\n\nThanks again for your time. The team has chosen to move ahead with candidates whose experience "
        "more closely aligns with the role's compliance focus.\n\nJordan",
        "t-van2",
    ),
    (
        "HubSpot",
        "thank_you",
        "2025-03-27",
        ME,
        "RE: HubSpot - Senior PM, Payments",
        "Hi Alex,\n\nThank you for coordinating yesterday's loop - I really enjoyed meeting the team, especially the "
        "payments eng leads.\n\nBest,\nMegan",
        "t-hub2",
    ),
    (
        "HubSpot",
        "offer",
        "2025-04-02",
        ALEX,
        "HubSpot offer",
        "Hi Megan,\n\nI'm thrilled to extend you an offer for the Senior Product Manager, Payments role! I'll send the "
        "written offer through our system today.\n\nAlex",
        "t-hub3",
    ),
    (
        "HubSpot",
        "accepted",
        "2025-04-04",
        ME,
        "RE: HubSpot offer",
        "Hi Alex,\n\nI'm excited to accept! Thank you for everything.\n\nMegan",
        "t-hub3",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "Senior Product Manager: 25 new jobs in Austin",
        "alert",
        "HTML:<html><body><p>Senior Product Manager - Austin, TX</p><p>Product Lead - Remote</p></body></html>",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Your application was viewed by Vanta",
        "viewed",
        "HTML:<html><body><p>Your application for Senior Product Manager, Platform was viewed by Vanta.</p></body>"
        "</html>",
    ),
    (
        "Lenny's Newsletter <lenny@substack.example>",
        "How to write a great PRD",
        "newsletter",
        "HTML:<html><body><p>This week's post.</p><p>Unsubscribe</p></body></html>",
    ),
    (
        "Sam Rivera <sam@pmtalent.example>",
        "Head of Product - fintech",
        "outreach",
        "Hi Megan, I'm recruiting a Head of Product for a Series B fintech in Austin. Open to a quick chat?",
    ),
    (
        "HubSpot <marketing@hubspot.example>",
        "New in HubSpot: AI-powered workflows",
        "newsletter",
        "HTML:<html><body><p>See what's new in HubSpot this month.</p><p>Unsubscribe</p></body></html>",
    ),
    (
        "Venmo <venmo@venmo.example>",
        "You paid Jess $24.00",
        "other",
        "Tacos.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import sent_as, takeout_corpus

    return sent_as(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=MEGAN,
            own_to={"HubSpot": ALEX},
            offset="-0600",
            clock="09:35:00",
            neg_start="2025-03-02",
            neg_step=5,
            neg_clock="21:25:00",
            tag="fivehundredthirteen",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
