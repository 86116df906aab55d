"""A five-hundred-and-eighth mailbox, written as a held-out check after the five-hundred-and-seventh (issue #24).

Tom Walsh, an enterprise account executive in Chicago, keeps his mail in Thunderbird and exports it as one mbox.  Big
companies outsource their recruiting: "I'm a recruiter with Alexander Mann Solutions, working on behalf of Salesforce"
(an RPO, writing from its own domain for its client), "Salesforce would like to move you forward to the hiring manager
interview", GoodTime's "Your interview with Salesforce is confirmed" (a booking of the round already invited to, no
step), "a role-play presentation with the Area VP" (the final round), "we've decided to move forward with another
candidate"; a start-up's Ashby "Thanks for applying to Clari", its founder's "quick 20-min intro call", its "we're
going to pass"; a third's Greenhouse receipt and its "position has been filled"; his thanks.
Negatives: a sales newsletter, LinkedIn's alert, a recruiter's cold mail, a webinar, his 401(k) and his buddy.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOM = "tom.walsh.sales@icloud.example"
ME = f"Tom Walsh <{TOM}>"
KATE = "Kate Morgan <kate.morgan@amsrecruit.example>"
GOODTIME = "GoodTime <no-reply@goodtime.example>"
CLARI = "Clari <no-reply@ashbyhq.example>"
DEV = "Dev Patel <dev@clari.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Salesforce",
        "applied",
        "2025-08-04",
        "Salesforce <salesforce@myworkday.example>",
        "Thank you for applying to Salesforce",
        "Dear Tom,\n\nThank you for your interest in Salesforce. We have received your application for Enterprise "
        "Account Executive - Manufacturing (JR298811).\n\nSalesforce Recruiting",
        None,
    ),
    (
        "Clari",
        "applied",
        "2025-08-05",
        CLARI,
        "Thanks for applying to Clari",
        "Hi Tom,\n\nThanks for applying to the Enterprise Account Executive role at Clari! We'll be in touch soon.\n\n"
        "The Clari Team",
        None,
    ),
    (
        "Snowflake",
        "applied",
        "2025-08-06",
        "Snowflake <no-reply@greenhouse.example>",
        "Thank you for applying to Snowflake",
        "Hi Tom,\n\nThank you for applying to Snowflake for the Enterprise Account Executive - Midwest role. Our team "
        "will review your application.\n\nSnowflake Recruiting",
        None,
    ),
    (
        "Salesforce",
        "screen",
        "2025-08-07",
        KATE,
        "Salesforce - Enterprise AE",
        "Hi Tom,\n\nI'm a recruiter with Alexander Mann Solutions, working on behalf of Salesforce. I'd love to set up a "
        "30-minute call to learn more about your background for the Enterprise AE role. Are you free Friday?\n\nKate "
        "Morgan\nTalent Acquisition Partner (on behalf of Salesforce)",
        None,
    ),
    (
        "Clari",
        "screen",
        "2025-08-08",
        DEV,
        "Clari <> Tom",
        "Hey Tom,\n\nDev here, I run sales at Clari. Loved your background - do you have time for a quick 20-min intro "
        "call next week?\n\nDev",
        None,
    ),
    (
        "Salesforce",
        "interview",
        "2025-08-12",
        KATE,
        "RE: Salesforce - Enterprise AE",
        "Hi Tom,\n\nThanks for the great conversation! Salesforce would like to move you forward to the hiring manager "
        "interview with the RVP. You'll receive a scheduling link from GoodTime.\n\nKate",
        3,
    ),
    (
        "Salesforce",
        "skip",
        "2025-08-13",
        GOODTIME,
        "Your interview with Salesforce is confirmed",
        "Hi Tom,\n\nYour interview with Salesforce is confirmed.\n\nWhen: Monday, August 18, 2:00 PM CDT\nWhere: Zoom\n"
        "Interviewers: Lisa Chen (RVP, Manufacturing)\n\nReschedule",
        None,
    ),
    (
        "Snowflake",
        "rejected",
        "2025-08-14",
        "Snowflake <no-reply@greenhouse.example>",
        "Your application to Snowflake",
        "Hi Tom,\n\nThank you for your interest in Snowflake. The position has been filled, but we'll keep your "
        "information for future openings.\n\nSnowflake Recruiting",
        2,
    ),
    (
        "Clari",
        "rejected",
        "2025-08-19",
        DEV,
        "RE: Clari <> Tom",
        "Hey Tom,\n\nThanks for the time last week. We're going to pass for now - we need someone with more "
        "experience selling to CROs. Best of luck!\n\nDev",
        4,
    ),
    (
        "Salesforce",
        "thank_you",
        "2025-08-18",
        ME,
        "RE: Salesforce - Enterprise AE",
        "Hi Kate,\n\nThanks again for setting up today's conversation with Lisa - really enjoyed it.\n\nTom",
        5,
        KATE,
    ),
    (
        "Salesforce",
        "onsite",
        "2025-08-21",
        KATE,
        "RE: RE: Salesforce - Enterprise AE",
        "Hi Tom,\n\nGreat news - you're through to the final round: a role-play presentation with the Area VP on "
        "August 28. I'll send the prep pack today.\n\nKate",
        9,
    ),
    (
        "Salesforce",
        "rejected",
        "2025-09-02",
        KATE,
        "RE: RE: Salesforce - Enterprise AE",
        "Hi Tom,\n\nThank you for all the time you invested. Unfortunately the team has decided to move forward with "
        "another candidate for this role. I'll keep you in mind for other openings.\n\nKate",
        10,
    ),
]

_NEGATIVES = [
    (
        "Sales Hacker <newsletter@saleshacker.example>",
        "5 discovery questions that close deals",
        "newsletter",
        "This week's playbook. Unsubscribe.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "Enterprise Account Executive: 20 new jobs in Chicago",
        "alert",
        "Enterprise AE - Chicago, IL. Strategic AE - Remote. See all jobs.",
    ),
    (
        "Ryan Brooks <ryan@saastalent.example>",
        "Enterprise AE - Series C, $300k OTE",
        "outreach",
        "Hi Tom, I'm working with a Series C data company hiring Enterprise AEs in Chicago. Open to a chat?",
    ),
    (
        "Gong <events@gong.example>",
        "Webinar: forecasting in 2026",
        "newsletter",
        "Register now. Unsubscribe.",
    ),
    (
        "Fidelity <noreply@fidelity.example>",
        "Your quarterly 401(k) statement",
        "other",
        "Your statement is ready.",
    ),
    (
        "Mike Sullivan <mike.sullivan@gmail.example>",
        "cubs",
        "personal",
        "Wrigley saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, threaded_corpus

    return no_step(
        threaded_corpus(
            _POSITIVES,
            _NEGATIVES,
            owner=TOM,
            offset=lambda d: "-0500",
            clock="11:45:00",
            neg_start="2025-08-03",
            neg_step=5,
            neg_clock="21:10:00",
            tag="fivehundredeight",
            host="icloud.example",
        ),
        kind="calendar",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
