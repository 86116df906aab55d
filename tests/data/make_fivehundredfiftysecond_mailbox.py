"""A five-hundred-and-fifty-second mailbox, written as a held-out check after the five-hundred-and-fifty-first (issue
#24).

Aisha Bello, a customer support specialist in Atlanta looking for remote work, keeps her search in Gmail and exports it
with Takeout. Small remote companies hire through Workable, Recruitee and BambooHR, test with one-way video and paid
trial projects, and sometimes go quiet: Workable's "Thanks for applying to Buffer", Recruitee's "We received your
application" from Hotjar, BambooHR's "Thank you for your interest in Zapier", Spark Hire's "Hotjar has invited you to
a one-way video interview", Buffer's "a paid trial project (about 4 hours)", her "Just following up on my
application" to Zapier, Hotjar's "the position has now been filled", Buffer's "We'd love to offer you the role", a
second offer from Zapier ("we're excited to extend you an offer"), her "I must respectfully decline" to Zapier and her
"I'm happy to accept" to Buffer. Negatives: We Work Remotely's alert, a support newsletter, a recruiter's cold mail,
Zapier's own product mail (a company she applied to), a "your application was viewed" notice from a job board and her
aunt. Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AISHA = "aisha.bello.cx@gmail.com"
ME = f"Aisha Bello <{AISHA}>"
BUFFER = "Buffer <noreply@buffer.workablemail.example>"
HOTJAR = "Hotjar <jobs@hotjar.recruitee.example>"
ZAPIER = "Zapier <notifications@zapier.bamboohr.example>"
MEG = "Meg Lin <meg.lin@buffer.example>"
OMAR = "Omar Haddad <omar@zapier.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Buffer",
        "applied",
        "2025-06-02",
        BUFFER,
        "Thanks for applying to Buffer",
        "Hi Aisha,\n\nThanks for applying for the Customer Advocate position at Buffer. We read every application and "
        "will get back to you within two weeks.\n\nThe Buffer Team",
        "t-buf",
    ),
    (
        "Hotjar",
        "applied",
        "2025-06-03",
        HOTJAR,
        "We received your application",
        "Hi Aisha,\n\nWe received your application for Customer Support Specialist (Remote, Americas) at Hotjar. Thanks "
        "for your interest!\n\nHotjar Talent",
        "t-hot",
    ),
    (
        "Zapier",
        "applied",
        "2025-06-03",
        ZAPIER,
        "Thank you for your interest in Zapier",
        "Hi Aisha,\n\nThank you for your interest in the Support Specialist position at Zapier. We have received your "
        "application and will review it.\n\nZapier Recruiting",
        "t-zap",
    ),
    (
        "Hotjar",
        "interview",
        "2025-06-09",
        "Spark Hire <noreply@sparkhire.example>",
        "Hotjar has invited you to a one-way video interview",
        "Hi Aisha,\n\nHotjar has invited you to complete a one-way video interview for Customer Support Specialist. "
        "Please record your answers by June 14.\n\nStart interview",
        "t-hot2",
    ),
    (
        "Buffer",
        "interview",
        "2025-06-10",
        MEG,
        "Next step: trial project",
        "Hi Aisha,\n\nWe enjoyed reading your application! The next step is a paid trial project (about 4 hours): you'll "
        "answer a set of real customer emails in a sandbox. Does next week work?\n\nMeg\nCustomer Advocacy Lead, Buffer",
        "t-buf2",
    ),
    (
        "Zapier",
        "follow_up",
        "2025-06-17",
        ME,
        "Following up - Support Specialist application",
        "Hi Omar,\n\nJust following up on my application for the Support Specialist role. I'm still very interested "
        "and would love to hear about next steps.\n\nBest,\nAisha",
        "t-zap2",
    ),
    (
        "Hotjar",
        "rejected",
        "2025-06-18",
        HOTJAR,
        "Your application at Hotjar",
        "Hi Aisha,\n\nThank you for recording your video interview. We wanted to let you know that the position has now "
        "been filled.\n\nHotjar Talent",
        "t-hot3",
    ),
    (
        "Zapier",
        "interview",
        "2025-06-19",
        OMAR,
        "RE: Following up - Support Specialist application",
        "Hi Aisha,\n\nThanks for reaching out! I'm the hiring manager for Support. I'd love to set up a 45-minute "
        "interview with you and one of our team leads next week.\n\nOmar",
        "t-zap2",
    ),
    (
        "Buffer",
        "offer",
        "2025-06-26",
        MEG,
        "RE: Next step: trial project",
        "Hi Aisha,\n\nYour trial project was excellent. We'd love to offer you the role of Customer Advocate! I'll send "
        "the details today.\n\nMeg",
        "t-buf2",
    ),
    (
        "Zapier",
        "offer",
        "2025-06-30",
        OMAR,
        "RE: Following up - Support Specialist application",
        "Hi Aisha,\n\nThe team loved talking with you, and we're excited to extend you an offer for the Support "
        "Specialist role.\n\nOmar",
        "t-zap2",
    ),
    (
        "Zapier",
        "declined",
        "2025-07-01",
        ME,
        "RE: Following up - Support Specialist application",
        "Hi Omar,\n\nThank you so much for the offer. After a lot of thought, I must respectfully decline, as I've "
        "accepted another role.\n\nBest,\nAisha",
        "t-zap2",
    ),
    (
        "Buffer",
        "accepted",
        "2025-07-01",
        ME,
        "RE: Next step: trial project",
        "Hi Meg,\n\nI'm happy to accept! Thank you for this opportunity.\n\nAisha",
        "t-buf2",
    ),
]

_NEGATIVES = [
    (
        "We Work Remotely <alerts@weworkremotely.example>",
        "New remote Customer Support jobs",
        "alert",
        "Customer Support Specialist - Remote. Support Engineer - Remote. View jobs.",
    ),
    (
        "Support Driven <newsletter@supportdriven.example>",
        "Support Driven weekly",
        "newsletter",
        "This week in support. Unsubscribe.",
    ),
    (
        "Carla Diaz <carla@cxtalent.example>",
        "Remote Support Lead role",
        "outreach",
        "Hi Aisha, I'm hiring a remote Support Lead for a SaaS client and think you'd be a great fit. Open to talk?",
    ),
    (
        "Zapier <newsletter@zapier.example>",
        "New in Zapier: AI steps",
        "newsletter",
        "What's new this month. Unsubscribe.",
    ),
    (
        "Remote.co <noreply@remote-co.example>",
        "Your application was viewed",
        "viewed",
        "An employer viewed your application for Support Specialist at Toggl.",
    ),
    (
        "Auntie Funmi <funmi.bello@yahoo.example>",
        "Sunday",
        "personal",
        "Don't forget Sunday dinner!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AISHA,
        own_to={"Zapier": OMAR, "Buffer": MEG},
        offset="-0400",
        clock="15:20:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="21:45:00",
        tag="fivehundredfiftytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
