"""A five-hundred-and-forty-ninth mailbox, written as a held-out check after the five-hundred-and-forty-eighth (issue
#24).

Maya Goldberg, a product designer in New York, keeps her search in Gmail and exports it with Takeout. Much of the mail
is HTML only or HTML behind a plain "view in browser" part, as the tracking systems send it: Greenhouse's "Thanks for
applying to Figma", Lever's "Thank you for your application to Duolingo", Ashby's receipt from Ramp, Figma's
recruiter's "we're still reviewing applications and will update you by Friday" (a reply), its "portfolio presentation
with three designers", Duolingo's "we've decided to go in a different direction", Ramp's recruiter's "intro chat", its
"final round: a design exercise followed by conversations with four designers", Figma's "we're not able to move
forward at this time", Ramp's offer, her acceptance and her thanks after the presentation. Negatives: Dribbble's
newsletter, LinkedIn's job alert, a founder's cold mail, a conference's promotion, Figma's own product newsletter (a
company she applied to) and her friend. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MAYA = "maya.goldberg.design@gmail.com"
ME = f"Maya Goldberg <{MAYA}>"
FIGMA = "Figma <no-reply@us.greenhouse-mail.example>"
CHLOE = "Chloe Park <chloe.park@figma.example>"
DUO = "Duolingo <no-reply@hire.lever.example>"
RAMP = "Ramp <no-reply@ashbyhq.example>"
NINA = "Nina Alvarez <nina@ramp.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Figma",
        "applied",
        "2025-03-03",
        FIGMA,
        "Thanks for applying to Figma",
        "HTML:<html><body><p>Hi Maya,</p><p>Thanks for applying to the <b>Product Designer, Collaboration</b> role at "
        "Figma. We've received your application and our team will review it soon.</p><p>Figma Recruiting</p>"
        "</body></html>",
        "t-figma",
    ),
    (
        "Duolingo",
        "applied",
        "2025-03-04",
        DUO,
        "Thank you for your application to Duolingo",
        "MULTI:<html><body><p>Hi Maya,</p><p>Thank you for your application to the Senior Product Designer position at "
        "Duolingo! We'll be in touch if there's a match.</p><p>The Duolingo Recruiting Team</p></body></html>",
        "t-duo",
    ),
    (
        "Ramp",
        "applied",
        "2025-03-05",
        RAMP,
        "Thanks for applying to Ramp",
        "HTML:<div><p>Hi Maya,</p><p>Thanks for applying to Ramp! We've received your application for Product Designer "
        "and will review it shortly.</p><p>- The Ramp Team</p></div>",
        "t-ramp",
    ),
    (
        "Figma",
        "reply",
        "2025-03-11",
        CHLOE,
        "Your application at Figma",
        "Hi Maya,\n\nThanks for your patience! We're still reviewing applications for the Collaboration team and will "
        "update you by Friday.\n\nChloe Park\nDesign Recruiting, Figma",
        "t-figma2",
    ),
    (
        "Ramp",
        "screen",
        "2025-03-12",
        NINA,
        "Ramp <> Maya",
        "Hi Maya,\n\nI'm on the recruiting team at Ramp and loved your portfolio. Do you have 30 minutes this week for "
        "an intro chat?\n\nNina",
        "t-ramp2",
    ),
    (
        "Figma",
        "interview",
        "2025-03-14",
        CHLOE,
        "RE: Your application at Figma",
        "Hi Maya,\n\nGood news - the team would like to see more! Next step is a 60-minute portfolio presentation with "
        "three designers from the Collaboration team. Please pick a time that works.\n\nChloe",
        "t-figma2",
    ),
    (
        "Duolingo",
        "rejected",
        "2025-03-17",
        DUO,
        "Update on your Duolingo application",
        "HTML:<html><body><p>Hi Maya,</p><p>Thank you for your interest in Duolingo. After reviewing your application, "
        "we've decided to go in a different direction for this role.</p><p>We wish you the best in your search."
        "</p></body></html>",
        "t-duo2",
    ),
    (
        "Figma",
        "thank_you",
        "2025-03-20",
        ME,
        "RE: Your application at Figma",
        "Hi Chloe,\n\nThank you for setting up today's portfolio presentation - I really enjoyed the team's questions. "
        "Please pass my thanks along to everyone.\n\nBest,\nMaya",
        "t-figma2",
    ),
    (
        "Ramp",
        "onsite",
        "2025-03-21",
        NINA,
        "RE: Ramp <> Maya",
        "Hi Maya,\n\nThe hiring manager loved your work. The final round is a design exercise followed by conversations "
        "with four designers, all on Zoom next Thursday.\n\nNina",
        "t-ramp2",
    ),
    (
        "Figma",
        "rejected",
        "2025-03-26",
        CHLOE,
        "RE: Your application at Figma",
        "Hi Maya,\n\nThank you so much for presenting to the team. It was a tough decision, but we're not able to move "
        "forward at this time.\n\nChloe",
        "t-figma2",
    ),
    (
        "Ramp",
        "offer",
        "2025-04-01",
        NINA,
        "RE: Ramp <> Maya",
        "Hi Maya,\n\nI'm thrilled to share that we'd like to offer you the Product Designer role! I'll send over the "
        "details this afternoon.\n\nNina",
        "t-ramp2",
    ),
    (
        "Ramp",
        "accepted",
        "2025-04-03",
        ME,
        "RE: Ramp <> Maya",
        "Hi Nina,\n\nI'm so happy to accept! Thank you for everything.\n\nMaya",
        "t-ramp2",
    ),
]

_NEGATIVES = [
    (
        "Dribbble <hello@dribbble.example>",
        "Dribbble Weekly: this week's best shots",
        "newsletter",
        "MULTI:<p>This week's best shots.</p><p><a href='#'>Unsubscribe</a></p>",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "Product Designer: 25 new jobs in New York",
        "alert",
        "Product Designer - Spotify - New York. Senior Product Designer - Etsy - Brooklyn. See all jobs.",
    ),
    (
        "Tom Reyes <tom@tinyloop.example>",
        "Founding designer?",
        "outreach",
        "Hi Maya, I'm the founder of Tinyloop. Loved your portfolio - would you consider joining as our founding "
        "designer?",
    ),
    (
        "Config 2025 <events@figma.example>",
        "Config 2025: early bird tickets",
        "newsletter",
        "HTML:<p>Join us at Config. Early bird tickets end soon.</p><p><a href='#'>Unsubscribe</a></p>",
    ),
    (
        "Figma <product@figma.example>",
        "What's new in Figma",
        "newsletter",
        "New features this month. Unsubscribe.",
    ),
    (
        "Rachel Kim <rachel.kim@gmail.example>",
        "brunch",
        "personal",
        "Brunch Sunday? That place on Court St.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import sent_as, takeout_corpus

    return sent_as(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=MAYA,
            own_to={"Figma": CHLOE, "Ramp": NINA},
            offset="-0400",
            clock="10:55:00",
            neg_start="2025-03-02",
            neg_step=5,
            neg_clock="20:25:00",
            tag="fivehundredfortynine",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
