"""An eighty-fifth mailbox, written as a held-out check after the eighty-fourth's fixes (issue #24).

Kenji, a backend engineer in Raleigh-Durham, exports Gmail with Takeout.  He applies to start-ups whose mail comes
from domains that are not quite their names (getfernway.com, joinbrightloop.com, tallyhq.com, tryorbital.io,
usepolaris.com) and whose people sign as "Sam from Fernway" or "Maya | Brightloop"; a freelance recruiter writes
from Gmail about a client he was submitted to; he answers a refusal with "thanks for letting me know" (no event).
Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KENJI = "kenji.watanabe.dev@gmail.com"
_ME = f"Kenji Watanabe <{KENJI}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Fernway (getfernway.com; Ashby; screen, technical interview, rejected)
    (
        "Fernway",
        "applied",
        "2025-04-07",
        "Fernway <no-reply@ashbyhq.com>",
        "Thanks for applying to Fernway",
        "Hi Kenji,\n\nThanks for applying for the Senior Backend Engineer role at Fernway. We'll review your "
        "application and get back to you soon.\n\nFernway",
        "fw1",
    ),
    (
        "Fernway",
        "screen",
        "2025-04-11",
        "Sam from Fernway <sam@getfernway.com>",
        "Intro chat?",
        "Hi Kenji,\n\nI'm Sam, I run recruiting here. Your application stood out - could we do a 25-minute intro chat "
        "this week? Here's my calendar: cal.com/sam-fernway/intro\n\nSam",
        "fw2",
    ),
    (
        "Fernway",
        "interview",
        "2025-04-18",
        "Sam from Fernway <sam@getfernway.com>",
        "Technical interview",
        "Hi Kenji,\n\nGreat chatting! Next up is a 90-minute technical interview with two of our engineers: a system "
        "design conversation and a pairing exercise. Please pick a slot here: cal.com/sam-fernway/tech\n\nSam",
        "fw3",
    ),
    (
        "Fernway",
        "rejected",
        "2025-04-29",
        "Sam from Fernway <sam@getfernway.com>",
        "Re: Technical interview",
        "Hi Kenji,\n\nThanks so much for your time with the team. We've decided not to move forward - the team was "
        "looking for more experience with event-driven systems. I'm sorry this isn't better news.\n\nSam",
        "fw3",
    ),
    # Brightloop (joinbrightloop.com; the founder; onsite; offer; accepted)
    (
        "Brightloop",
        "applied",
        "2025-04-08",
        "Brightloop <careers@joinbrightloop.com>",
        "Application received - Backend Engineer",
        "Hi Kenji,\n\nWe got your application for Backend Engineer - thank you! We read every one and will reply "
        "within a week.\n\nThe Brightloop team",
        "bl1",
    ),
    (
        "Brightloop",
        "interview",
        "2025-04-14",
        "Maya | Brightloop <maya@joinbrightloop.com>",
        "Brightloop x Kenji",
        "Hi Kenji,\n\nI'm Maya, CTO and co-founder. I liked your work on the payments ledger - would you be up for a "
        "45-minute technical conversation with me on Thursday?\n\nMaya",
        "bl2",
    ),
    (
        "Brightloop",
        "onsite",
        "2025-04-24",
        "Maya | Brightloop <maya@joinbrightloop.com>",
        "Re: Brightloop x Kenji",
        "Hi Kenji,\n\nThanks for Thursday! We'd love to have you spend a day with us in our Durham office on May 1: "
        "meet the team, a working session on a real problem, and lunch. This is our final step.\n\nMaya",
        "bl2",
    ),
    (
        "Brightloop",
        "offer",
        "2025-05-06",
        "Maya | Brightloop <maya@joinbrightloop.com>",
        "Offer!",
        "Hi Kenji,\n\nWe'd love for you to join Brightloop as our third backend engineer. Attached is your offer: "
        "$165k base and 0.4% equity. Let me know if you have questions.\n\nMaya",
        "bl3",
    ),
    (
        "Brightloop",
        "accepted",
        "2025-05-08",
        _ME,
        "Re: Offer!",
        "Hi Maya,\n\nI'm in! Signed and sent back. Can't wait to get started.\n\nKenji",
        "bl3",
    ),
    # Tally (tallyhq.com; Greenhouse; rejected without interview)
    (
        "Tally",
        "applied",
        "2025-04-09",
        "Tally <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tally",
        "Hi Kenji,\n\nThank you for your interest in Tally! We have received your application for Software Engineer, "
        "Platform.\n\nTally Recruiting",
        "ta1",
    ),
    (
        "Tally",
        "rejected",
        "2025-04-22",
        "Priya Shah <priya@tallyhq.com>",
        "Your application at Tally",
        "Hi Kenji,\n\nThank you for applying to Tally. Unfortunately we won't be moving forward with your application "
        "for Software Engineer, Platform.\n\nPriya\nTalent, Tally",
        "ta2",
    ),
    # Orbital (tryorbital.io; Lever; take-home, silence)
    (
        "Orbital",
        "applied",
        "2025-04-10",
        "Orbital <no-reply@hire.lever.co>",
        "Orbital - application received",
        "Hi Kenji,\n\nThanks for your interest in Orbital! Your application for Backend Engineer has been "
        "received.\n\nOrbital",
        "or1",
    ),
    (
        "Orbital",
        "interview",
        "2025-04-16",
        "Diego Ruiz <diego@tryorbital.io>",
        "Orbital take-home",
        "Hey Kenji,\n\nThanks for applying to Orbital. Our first step is a short take-home (about 3 hours) - here's the "
        "repo. Send it back whenever you're ready in the next week.\n\nDiego, engineering lead",
        "or2",
    ),
    # Polaris (usepolaris.com; through a freelance recruiter; rejected)
    (
        "Polaris",
        "applied",
        "2025-04-15",
        "Jess Moreno <jess.moreno.talent@gmail.com>",
        "Submitted you to Polaris",
        "Hi Kenji,\n\nGreat speaking earlier! As discussed, I've submitted your resume to my client Polaris for their "
        "Senior Platform Engineer role. I'll let you know as soon as I hear back.\n\nJess",
        "po1",
    ),
    (
        "Polaris",
        "rejected",
        "2025-04-25",
        "Jess Moreno <jess.moreno.talent@gmail.com>",
        "Re: Submitted you to Polaris",
        "Hi Kenji,\n\nI heard back from Polaris - unfortunately they've decided to pass, as they want someone with "
        "more Kubernetes operator experience. I'll keep you in mind for other roles.\n\nJess",
        "po1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        _ME,
        "Re: Technical interview",
        "own",
        "Hi Sam,\n\nThanks for letting me know, and for the feedback - I appreciate it.\n\nKenji",
    ),
    (
        "Wellfound <team@wellfound.com>",
        "New startup jobs for you",
        "alert",
        "Backend Engineer - Fernway\nPlatform Engineer - Polaris\nSee all jobs",
    ),
    (
        "Hacker News Digest <digest@hndigest.example>",
        "Top stories this week",
        "newsletter",
        "Ask HN: Who is hiring? (April 2025). Unsubscribe",
    ),
    (
        "Alex Kim <alex@northstar-talent.example>",
        "Staff backend role - fintech (remote)",
        "outreach",
        "Hi Kenji, I came across your GitHub. A Series A fintech is hiring a Staff Backend Engineer, fully remote. "
        "Interested in learning more?",
    ),
    (
        "Polaris <hello@usepolaris.com>",
        "Polaris Launch Week: day 3",
        "newsletter",
        "Today we're launching Polaris Pipelines. Unsubscribe",
    ),
    (
        "GitHub <noreply@github.com>",
        "[GitHub] A new SSH key was added to your account",
        "account",
        "A new public key was added to your account.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=KENJI,
        own_to={"Brightloop": "Maya | Brightloop <maya@joinbrightloop.com>"},
        offset="-0400",
        clock="12:35:00",
        neg_start="2025-04-30",
        neg_step=3,
        neg_clock="08:45:00",
        tag="eightyfive",
    )
    # his answer to Fernway's refusal is his own, in its thread
    reply = msgs[len(_POSITIVES)][0]
    reply.replace_header("To", "Sam from Fernway <sam@getfernway.com>")
    reply.replace_header("X-Gmail-Labels", "Sent")
    reply.replace_header("X-GM-THRID", "fw3")
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
