"""A three-hundred-and-thirty-sixth mailbox, written as a held-out check after the three-hundred-and-thirty-fifth
(issue #24).

Omar, an operations analyst in Detroit, exports Gmail with Takeout.  A slow search, full of waiting: Greenhouse's
receipt, his own follow-up two weeks later, the recruiter's "we're still reviewing applications and hope to have an
update by the end of next week" (a reply, no decision), a hiring manager interview, "the role is on hold while we
finalize next year's budget; I'll reach out in January" (a reply), an automotive supplier's iCIMS receipt and its
"we have filled the position", a logistics company's screen, interview and "we've decided to go in a different
direction", a credit union's receipt then silence, and his thank-you notes.  Negatives: LinkedIn's alert, a Detroit
Free Press newsletter, a DTE bill, a Lions ticket, a Meijer promotion, his brother.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OMAR = "omar.haddad.ops@gmail.com"
ME = f"Omar Haddad <{OMAR}>"

_OWN_TO = {
    "Motor City Mobility": "Jess Kowalczyk <jess.k@motorcitymobility.example>",
    "Great Lakes Freight": "Andre Wilson <awilson@greatlakesfreight.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Motor City Mobility",
        "applied",
        "2025-10-01",
        "Motor City Mobility <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Motor City Mobility",
        "Hi Omar,\n\nThanks for applying to the Operations Analyst role at Motor City Mobility. We'll review your "
        "application and be in touch.\n\nMotor City Mobility Recruiting",
        "m1",
    ),
    (
        "Great Lakes Freight",
        "applied",
        "2025-10-02",
        "Great Lakes Freight <no-reply@hire.lever.co>",
        "Thank you for applying to Great Lakes Freight",
        "Hi Omar,\n\nThank you for your application for Network Operations Analyst at Great Lakes Freight.\n\nGreat Lakes "
        "Freight Talent",
        "g1",
    ),
    (
        "Rouge River Components",
        "applied",
        "2025-10-03",
        "Rouge River Components <careers-noreply@icims.com>",
        "Rouge River Components: Thank you for your application",
        "Dear Omar,\n\nThank you for applying for the Supply Chain Analyst position at Rouge River Components.\n\nTalent "
        "Acquisition",
        "r1",
    ),
    (
        "Great Lakes Freight",
        "screen",
        "2025-10-08",
        "Andre Wilson <awilson@greatlakesfreight.example>",
        "Network Operations Analyst - phone screen",
        "Hi Omar,\n\nThanks for applying! Do you have 20 minutes Friday for a quick phone screen?\n\nAndre Wilson\n"
        "Recruiter, Great Lakes Freight",
        "g2",
    ),
    (
        "Motor City Mobility",
        "follow_up",
        "2025-10-15",
        ME,
        "Operations Analyst application",
        "Hi Jess,\n\nI applied for the Operations Analyst role two weeks ago and wanted to follow up - I'm very "
        "interested and happy to share anything else that would help.\n\nBest,\nOmar",
        "m2",
    ),
    (
        "Motor City Mobility",
        "reply",
        "2025-10-16",
        "Jess Kowalczyk <jess.k@motorcitymobility.example>",
        "Re: Operations Analyst application",
        "Hi Omar,\n\nThanks for checking in! We're still reviewing applications and hope to have an update by the end of "
        "next week.\n\nJess Kowalczyk\nTalent Partner, Motor City Mobility",
        "m2",
    ),
    (
        "Great Lakes Freight",
        "interview",
        "2025-10-17",
        "Andre Wilson <awilson@greatlakesfreight.example>",
        "Next step - interview with the Network Ops manager",
        "Hi Omar,\n\nGreat talking Friday. Next step is a 45-minute interview with our Network Operations Manager, Lisa "
        "Chen, on Zoom. Does Wednesday at 11 work?\n\nAndre",
        "g3",
    ),
    (
        "Rouge River Components",
        "rejected",
        "2025-10-20",
        "Rouge River Components <careers-noreply@icims.com>",
        "Supply Chain Analyst",
        "Dear Omar,\n\nThank you for your interest. We have filled the Supply Chain Analyst position and will keep your "
        "information on file.\n\nTalent Acquisition",
        "r1",
    ),
    (
        "Great Lakes Freight",
        "thank_you",
        "2025-10-22",
        ME,
        "Thank you - Network Operations Analyst interview",
        "Hi Andre,\n\nThank you for arranging today's interview - please pass my thanks to Lisa. I really enjoyed the "
        "conversation about the cross-dock project.\n\nBest,\nOmar",
        "g3",
    ),
    (
        "Motor City Mobility",
        "interview",
        "2025-10-24",
        "Jess Kowalczyk <jess.k@motorcitymobility.example>",
        "Interview - Operations Analyst",
        "Hi Omar,\n\nGood news - the hiring manager would like to interview you next Tuesday at 10am at our Corktown "
        "office.\n\nJess",
        "m3",
    ),
    (
        "Great Lakes Freight",
        "rejected",
        "2025-10-29",
        "Andre Wilson <awilson@greatlakesfreight.example>",
        "RE: Next step - interview with the Network Ops manager",
        "Hi Omar,\n\nThank you for your time with Lisa. We've decided to go in a different direction for this role, but "
        "we were impressed and would love to stay in touch.\n\nAndre",
        "g3",
    ),
    (
        "Motor City Mobility",
        "reply",
        "2025-11-06",
        "Jess Kowalczyk <jess.k@motorcitymobility.example>",
        "Operations Analyst - update",
        "Hi Omar,\n\nI wanted to give you an update: the role is on hold while we finalize next year's budget. I'll reach "
        "out in January once I know more - you're still very much in the running.\n\nJess",
        "m4",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"operations analyst": 25 opportunities in Detroit',
        "alert",
        "Operations Analyst - Dearborn. Supply Chain Analyst - Troy. See all jobs.",
    ),
    (
        "Detroit Free Press <newsletters@freep.example>",
        "Your morning briefing",
        "newsletter",
        "Today's top stories from Detroit and Michigan.",
    ),
    (
        "DTE Energy <billing@dteenergy.example>",
        "Your bill is ready",
        "other",
        "Your DTE bill of $131.40 is ready.",
    ),
    (
        "Detroit Lions <tickets@lions.example>",
        "Your tickets for Sunday",
        "other",
        "Your mobile tickets for Sunday's game are in your account.",
    ),
    (
        "Meijer <mperks@meijer.example>",
        "Your mPerks deals",
        "shop",
        "New mPerks deals are ready to clip.",
    ),
    (
        "Karim Haddad <karim.haddad@gmail.example>",
        "thanksgiving",
        "personal",
        "Mom wants to know if you're bringing the knafeh for Thanksgiving.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=OMAR,
        own_to=_OWN_TO,
        offset="-0400",
        clock="14:20:00",
        neg_start="2025-09-30",
        neg_step=6,
        neg_clock="21:35:00",
        tag="threehundredthirtysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
