"""A six-hundred-and-thirty-first mailbox, written as a held-out check after the six-hundred-and-thirtieth (issue #24).

Zoe Martin, a UX writer in Portland, exports her Gmail with Takeout. Her search is with start-ups and a design agency
whose mails come through Gem, Ashby and Wellfound, with recruiters who follow up twice before answering: Wellfound's
"Your application to Loom was sent", Ashby's "Thanks for applying to Webflow", a Gem-sent "Following up on your
application" from Figma's recruiter (a nudge after no reply, then "Any interest in chatting?" - she had applied),
her own "Just checking in on my application" to Webflow (a follow-up), Webflow's "we'd love to set up a writing
exercise", Loom's "the team has decided to pause hiring for this role", Figma's recruiter's "30-minute intro call",
Webflow's "final panel with the content design team", Figma's "we're moving forward with candidates whose experience
more closely matches", Webflow's "we're thrilled to offer you", her "Happy to accept!" and her thanks after the panel.
Negatives: Wellfound's digest, a writing newsletter, an agency's cold mail, Webflow's own product update (a company she
applied to), TriMet and her partner. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ZOE = "zoe.martin.ux@gmail.com"
ME = f"Zoe Martin <{ZOE}>"
WELLFOUND = "Wellfound <noreply@wellfound.example>"
WEBFLOW = "Webflow <no-reply@ashbyhq.example>"
FIGREC = "Sam Rivera <sam.rivera@figma.example>"
WFREC = "Priya Das <priya.das@webflow.example>"
LOOM = "Loom Recruiting <jobs@loom.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Loom",
        "applied",
        "2025-08-04",
        WELLFOUND,
        "Your application to Loom was sent",
        "Hi Zoe,\n\nYour application to Loom for Senior UX Writer was sent. Good luck!\n\nThe Wellfound Team",
        "t-loom",
    ),
    (
        "Webflow",
        "applied",
        "2025-08-05",
        WEBFLOW,
        "Thanks for applying to Webflow",
        "Hi Zoe,\n\nThanks for applying to the Content Designer role at Webflow. We'll review your application soon.\n\n"
        "Webflow Recruiting",
        "t-wf",
    ),
    (
        "Figma",
        "applied",
        "2025-08-06",
        "Figma <no-reply@greenhouse-mail.example>",
        "Thank you for applying to Figma",
        "Hi Zoe,\n\nThank you for applying to the UX Writer role at Figma. We'll be in touch.\n\nFigma Recruiting",
        "t-fig",
    ),
    (
        "Webflow",
        "follow_up",
        "2025-08-15",
        ME,
        "Checking in - Content Designer application",
        "Hi Priya,\n\nJust checking in on my application for the Content Designer role - I'm still very interested.\n\n"
        "Best,\nZoe",
        "t-wf2",
    ),
    (
        "Webflow",
        "interview",
        "2025-08-18",
        WFREC,
        "RE: Checking in - Content Designer application",
        "Hi Zoe,\n\nThanks for checking in! The team would love to set up a writing exercise as the next step - about "
        "two hours, due next Monday.\n\nPriya",
        "t-wf2",
    ),
    (
        "Loom",
        "rejected",
        "2025-08-19",
        LOOM,
        "Update on your application",
        "Hi Zoe,\n\nThank you for applying. The team has decided to pause hiring for this role, so we won't be moving "
        "forward at this time.\n\nLoom Recruiting",
        "t-loom2",
    ),
    (
        "Figma",
        "screen",
        "2025-08-20",
        FIGREC,
        "Following up on your application",
        "Hi Zoe,\n\nFollowing up on your application for the UX Writer role - any interest in a 30-minute intro call "
        "this week?\n\nSam Rivera\nRecruiter, Figma",
        "t-fig2",
    ),
    (
        "Webflow",
        "onsite",
        "2025-08-27",
        WFREC,
        "RE: Checking in - Content Designer application",
        "Hi Zoe,\n\nThe team loved your exercise. The last step is a final panel with the content design team on "
        "September 3.\n\nPriya",
        "t-wf2",
    ),
    (
        "Figma",
        "rejected",
        "2025-08-29",
        FIGREC,
        "RE: Following up on your application",
        "Hi Zoe,\n\nThanks for the chat. We're moving forward with candidates whose experience more closely matches the "
        "role.\n\nSam",
        "t-fig2",
    ),
    (
        "Webflow",
        "thank_you",
        "2025-09-03",
        ME,
        "RE: Checking in - Content Designer application",
        "Hi Priya,\n\nThank you for organizing today's panel - I enjoyed meeting the team.\n\nZoe",
        "t-wf2",
    ),
    (
        "Webflow",
        "offer",
        "2025-09-09",
        WFREC,
        "Offer - Content Designer",
        "Hi Zoe,\n\nWe're thrilled to offer you the Content Designer role! Details attached.\n\nPriya",
        "t-wf3",
    ),
    (
        "Webflow",
        "accepted",
        "2025-09-10",
        ME,
        "RE: Offer - Content Designer",
        "Hi Priya,\n\nHappy to accept! Signed offer attached.\n\nZoe",
        "t-wf3",
    ),
]

_NEGATIVES = [
    (
        "Wellfound <digest@wellfound.example>",
        "Startups hiring writers",
        "alert",
        "UX Writer at Notion. Content Designer at Canva. See jobs.",
    ),
    (
        "The Writing Cooperative <hello@writingcoop.example>",
        "This week's essays",
        "newsletter",
        "Read this week's essays. Unsubscribe.",
    ),
    (
        "Jess Kim <jess@creativecircle.example>",
        "Contract UX writing role",
        "outreach",
        "Hi Zoe, I have a 3-month UX writing contract with a retail brand. Interested in hearing more?",
    ),
    (
        "Webflow <product@webflow.example>",
        "What's new in Webflow",
        "newsletter",
        "This month's product updates. Unsubscribe.",
    ),
    (
        "TriMet <noreply@trimet.example>",
        "Hop card reload",
        "other",
        "Your Hop card was reloaded with $50.",
    ),
    (
        "Alex <alex.m@gmail.example>",
        "dinner",
        "personal",
        "Dinner at 7?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ZOE,
        own_to={"Webflow": WFREC},
        offset="-0700",
        clock="10:05:00",
        neg_start="2025-08-03",
        neg_step=6,
        neg_clock="20:30:00",
        tag="sixhundredthirtyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
