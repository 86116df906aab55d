"""A hundred-and-fiftieth mailbox, written as a held-out check after the hundred-and-forty-ninth (issue #24).

Arjun, a data engineer in Bellevue, exports Gmail with Takeout.  A very large employer writes from its own careers
domain, naming his three applications mostly by Job ID ("Job ID: 2876543"): an online assessment for one, a loop
and an offer call for another, a refusal for the third that names only its number; its recruiting coordinator
books through its own scheduler.  Two smaller employers answer through Greenhouse and a recruiter's own mail.
Three roles at one employer stay three applications (``APPLICATIONS``).  His negatives: the employer's own
shopping and cloud mail, a job alert naming it, a meetup, a recruiter's pitch.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ARJUN = "arjun.mehta.de@gmail.com"
_ME = f"Arjun Mehta <{ARJUN}>"
_CC = "Cascadia Commerce Jobs <no-reply@jobs.cascadiacommerce.com>"
_NORA = "Nora Blake <norablake@cascadiacommerce.com>"

#: How many applications each employer's mail is about.
APPLICATIONS = {"Cascadia Commerce": 3, "Rainfall Data": 1, "Pike Street Labs": 1}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Cascadia Commerce",
        "applied",
        "2025-03-03",
        _CC,
        "Thank you for applying (Job ID: 2876543)",
        "Hi Arjun,\n\nThank you for applying to Data Engineer II, Fulfillment Analytics (Job ID: 2876543) at Cascadia "
        "Commerce. We will review your application and be in touch.",
        "c1",
    ),
    (
        "Cascadia Commerce",
        "applied",
        "2025-03-03",
        _CC,
        "Thank you for applying (Job ID: 2881190)",
        "Hi Arjun,\n\nThank you for applying to Data Engineer II, Ads Measurement (Job ID: 2881190) at Cascadia "
        "Commerce. We will review your application and be in touch.",
        "c2",
    ),
    (
        "Cascadia Commerce",
        "applied",
        "2025-03-05",
        _CC,
        "Thank you for applying (Job ID: 2890077)",
        "Hi Arjun,\n\nThank you for applying to Senior Data Engineer, Payments (Job ID: 2890077) at Cascadia Commerce. "
        "We will review your application and be in touch.",
        "c3",
    ),
    (
        "Cascadia Commerce",
        "interview",
        "2025-03-10",
        _CC,
        "Online Assessment for Job ID: 2876543",
        "Hi Arjun,\n\nAs a next step for Job ID 2876543, please complete the online assessment within 7 days. It "
        "includes SQL and a data modeling exercise.",
        "c4",
    ),
    (
        "Cascadia Commerce",
        "rejected",
        "2025-03-14",
        _CC,
        "Update on Job ID: 2890077",
        "Hi Arjun,\n\nThank you for your interest in Job ID 2890077. After reviewing your application, we have decided "
        "not to move forward at this time. We encourage you to apply to other roles that match your skills.",
        "c5",
    ),
    (
        "Cascadia Commerce",
        "screen",
        "2025-03-17",
        _NORA,
        "Ads Measurement Data Engineer - chat?",
        "Hi Arjun,\n\nI'm the recruiter for the Data Engineer II role on Ads Measurement (2881190). Do you have 30 "
        "minutes this week for a phone screen?\n\nNora Blake\nTechnical Recruiter, Cascadia Commerce",
        "c6",
    ),
    (
        "Cascadia Commerce",
        "onsite",
        "2025-03-26",
        "Cascadia Commerce Interview Scheduling <schedule@cascadiacommerce.com>",
        "Your interview loop - Job ID: 2881190",
        "Hi Arjun,\n\nYour virtual interview loop for Job ID 2881190 is "
        "confirmed for April 3: four 55-minute interviews, including one with a Bar Raiser. Meeting links are below.",
        "c7",
    ),
    (
        "Cascadia Commerce",
        "offer",
        "2025-04-09",
        _NORA,
        "Re: Ads Measurement Data Engineer - chat?",
        "Hi Arjun,\n\nGreat news - the loop went really well and we'd like to extend you an offer! Do you have time "
        "tomorrow for an offer call to walk through the details?\n\nNora",
        "c6",
    ),
    (
        "Cascadia Commerce",
        "accepted",
        "2025-04-14",
        _ME,
        "Re: Ads Measurement Data Engineer - chat?",
        "Hi Nora,\n\nI've signed the offer in the portal - thank you so much for all your help! Excited to join Ads "
        "Measurement.\n\nArjun",
        "c6",
    ),
    (
        "Rainfall Data",
        "applied",
        "2025-03-06",
        "Rainfall Data <no-reply@greenhouse.io>",
        "Thank you for applying to Rainfall Data",
        "Hi Arjun,\n\nThanks for applying to Rainfall Data! We've received "
        "your application for Data Platform Engineer.",
        "r1",
    ),
    (
        "Rainfall Data",
        "rejected",
        "2025-03-20",
        "Rainfall Data <no-reply@greenhouse.io>",
        "Your application to Rainfall Data",
        "Hi Arjun,\n\nThank you for your interest in Rainfall Data. We've decided "
        "to move forward with other candidates for the Data Platform Engineer role.",
        "r2",
    ),
    (
        "Pike Street Labs",
        "applied",
        "2025-03-07",
        _ME,
        "Data Engineer application - Arjun Mehta",
        "Hi Jess,\n\nFollowing our chat at the Seattle Data meetup, I'd like to apply for the Data Engineer opening. "
        "My resume is attached.\n\nBest,\nArjun",
        "p1",
    ),
    (
        "Pike Street Labs",
        "withdrew",
        "2025-04-15",
        _ME,
        "Re: Data Engineer application - Arjun Mehta",
        "Hi Jess,\n\nQuick update: I've accepted another offer, so I'd like to withdraw my application. Thanks again for "
        "the introduction!\n\nArjun",
        "p1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Cascadia Commerce <order-update@cascadiacommerce.com>",
        "Your order has shipped",
        "shop",
        "Your order of 'Designing Data-Intensive Applications' has shipped.",
    ),
    (
        "Cascadia Cloud <billing@cloud.cascadiacommerce.com>",
        "Your monthly bill",
        "other",
        "Your Cascadia Cloud bill for March is $3.18.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Data Engineer: Cascadia Commerce and 12 more",
        "alert",
        "Data Engineer II - Cascadia Commerce - Seattle. Data Engineer - Rainfall Data - Seattle. See all jobs.",
    ),
    ("Seattle Data <info@meetup.com>", "New event: lakehouse patterns", "newsletter", "Join us on March 27. RSVP."),
    (
        "Lena Ward <lena@cloudtalentpartners.com>",
        "Data Engineer - Series B startup",
        "outreach",
        "Hi Arjun, I'm hiring a data engineer for a Series B startup in Fremont. Open to a chat?",
    ),
    (
        "Cascadia Commerce Jobs <no-reply@jobs.cascadiacommerce.com>",
        "Jobs you might be interested in",
        "alert",
        "Based on your profile: Data Engineer, Logistics (Job ID: 2893310). Senior Data Engineer, Prime Video. View jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ARJUN,
        own_to={"Cascadia Commerce": _NORA, "Pike Street Labs": "Jess Tran <jess@pikestreetlabs.com>"},
        offset="-0800",
        clock="09:50:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="06:20:00",
        tag="hundredfifty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
