"""A five-hundred-and-eighty-eighth mailbox, written as a held-out check after the five-hundred-and-eighty-seventh
(issue #24).

Hannah Berg, a UX researcher in Minneapolis, exports her Gmail with Takeout. Product companies write through Ashby,
Lever and Greenhouse, in their own voices: Ashby's "We've got your application!" for Figma, Lever's "Thanks for your
interest in Patreon" for a researcher role, Target's Workday "Application received", Figma's recruiter "I'd love to set
up a 30 minute intro chat" with a scheduling link, Patreon's "a short research exercise we'd like you to complete",
Target's "we've decided to pursue other candidates whose experience more closely matches", Figma's "your virtual
onsite loop" of four conversations, Patreon's "the team has decided not to move forward", Figma's "I'm thrilled to
share that the team would like to extend you an offer", her "I'm excited to accept" and her thank-you after the loop.
Negatives: Wellfound's job digest, a UX newsletter, a recruiter's InMail relayed by LinkedIn, LinkedIn's "Your
application was viewed by Target", Figma's own product update (a company she applied to) and her brother. Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.

The truth first called the research exercise an "assessment", which is no event of SPEC 3.2's vocabulary; as the spec
says, an assessment is an interview round, and the truth now says so (the scorer now refuses such a truth).
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.berg.ux@gmail.com"
ME = f"Hannah Berg <{HANNAH}>"
FIGMA = "Figma <no-reply@ashbyhq.example>"
PATREON = "Patreon <no-reply@hire.lever.example>"
TARGET = "Target <target@myworkday.example>"
JESS = "Jess Alvarez <jalvarez@figma.example>"
OMAR = "Omar Haddad <omar@patreon.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Figma",
        "applied",
        "2025-08-04",
        FIGMA,
        "We've got your application!",
        "Hi Hannah,\n\nThanks for applying to the Senior UX Researcher role at Figma. We've got your application and "
        "our team will take a look soon.\n\nBest,\nThe Figma Recruiting Team",
        "t-fig",
    ),
    (
        "Patreon",
        "applied",
        "2025-08-05",
        PATREON,
        "Thanks for your interest in Patreon",
        "Hi Hannah,\n\nThanks for your interest in the User Researcher position at Patreon! We're reviewing your "
        "application and will be in touch.\n\nPatreon Talent",
        "t-pat",
    ),
    (
        "Target",
        "applied",
        "2025-08-06",
        TARGET,
        "Application received",
        "Hello Hannah,\n\nWe received your application for Lead UX Researcher (R0045521). You can check its status in "
        "your candidate home.\n\nTarget Recruiting",
        "t-tgt",
    ),
    (
        "Figma",
        "screen",
        "2025-08-11",
        JESS,
        "Figma <> Hannah",
        "Hi Hannah,\n\nI'm a recruiter on the research team at Figma. I'd love to set up a 30 minute intro chat to tell "
        "you more about the role. Grab any time that works here: https://calendly.example/jalvarez/intro\n\nJess",
        "t-fig2",
    ),
    (
        "Patreon",
        "interview",
        "2025-08-13",
        OMAR,
        "Next step: research exercise",
        "Hi Hannah,\n\nThanks for chatting with the team. As a next step there's a short research exercise we'd like "
        "you to complete: a usability plan for creator payouts, about three hours. Send it back within a week.\n\n"
        "Omar\nResearch Manager, Patreon",
        "t-pat2",
    ),
    (
        "Target",
        "rejected",
        "2025-08-15",
        TARGET,
        "Your application with Target",
        "Hello Hannah,\n\nThank you for your interest in Target. After careful review, we've decided to pursue other "
        "candidates whose experience more closely matches the needs of the role.\n\nTarget Recruiting",
        "t-tgt",
    ),
    (
        "Figma",
        "onsite",
        "2025-08-20",
        JESS,
        "Your virtual onsite loop",
        "Hi Hannah,\n\nGreat news: the team would like to bring you in for your virtual onsite loop, four 45-minute "
        "conversations on Tuesday, August 26, including a portfolio presentation.\n\nJess",
        "t-fig2",
    ),
    (
        "Patreon",
        "rejected",
        "2025-08-22",
        OMAR,
        "RE: Next step: research exercise",
        "Hi Hannah,\n\nThank you for the thoughtful exercise. After a lot of discussion the team has decided not to "
        "move forward at this time.\n\nOmar",
        "t-pat2",
    ),
    (
        "Figma",
        "thank_you",
        "2025-08-26",
        ME,
        "Thank you!",
        "Hi Jess,\n\nThank you for organising today's loop. I really enjoyed meeting the team.\n\nHannah",
        "t-fig2",
    ),
    (
        "Figma",
        "offer",
        "2025-09-02",
        JESS,
        "Great news from Figma",
        "Hi Hannah,\n\nI'm thrilled to share that the team would like to extend you an offer for the Senior UX "
        "Researcher role. The offer letter is attached; let's talk through it tomorrow.\n\nJess",
        "t-fig2",
    ),
    (
        "Figma",
        "accepted",
        "2025-09-04",
        ME,
        "RE: Great news from Figma",
        "Hi Jess,\n\nI'm excited to accept! Signed letter attached.\n\nHannah",
        "t-fig2",
    ),
]

_NEGATIVES = [
    (
        "Wellfound <digest@wellfound.example>",
        "12 new UX research jobs for you",
        "alert",
        "UX Researcher at Notion. Senior Researcher at Canva. See all jobs.",
    ),
    (
        "UX Collective <hello@uxdesign.example>",
        "This week in UX",
        "newsletter",
        "Five essays on research ops. Unsubscribe.",
    ),
    (
        "Kyle Brandt via LinkedIn <inmail-hit-reply@linkedin.example>",
        "Research lead opportunity",
        "outreach",
        "Hi Hannah, I'm hiring a research lead for a fintech client. Open to a quick call?",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Your application was viewed by Target",
        "viewed",
        "Your application for Lead UX Researcher was viewed by Target.",
    ),
    (
        "Figma <product@figma.example>",
        "What's new in Figma",
        "newsletter",
        "New features in Dev Mode. Unsubscribe.",
    ),
    (
        "Nils Berg <nils.berg@gmail.example>",
        "fishing sat",
        "personal",
        "Still on for Saturday at the lake?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HANNAH,
        own_to={"Figma": JESS},
        offset="-0500",
        clock="11:20:00",
        neg_start="2025-08-03",
        neg_step=5,
        neg_clock="19:50:00",
        tag="fivehundredeightyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
