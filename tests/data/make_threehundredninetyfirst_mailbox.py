"""A three-hundred-and-ninety-first mailbox, written as a held-out check after the three-hundred-and-ninetieth
(issue #24).

Jordan, a customer success manager in Atlanta, keeps his search in Gmail and exports it with Takeout; most of it goes
through LinkedIn and Indeed, whose relays carry the employers' words.  LinkedIn's "Jordan, your application was sent to
Brightpath Software", then its message notification "Megan Ellis sent you a message: Hi Jordan, thanks for applying to
the CSM role at Brightpath - do you have 20 minutes Thursday for a quick call?" (the screen), "Megan Ellis sent you a
message: ... we'd love to bring you in for a panel with our VP of Customer Success" (the final round); Indeed's "Your
application has been submitted" for a logistics firm and Indeed's "Message from Peachtree Freight: Unfortunately we
have decided to move forward with other candidates"; a SaaS company's Greenhouse receipt, its Zoom interview invitation
and "We'd like to offer you the position"; his "I'm excited to accept".  Negatives: LinkedIn's "You appeared in 14
searches this week", "Jordan, add Megan Ellis to your network?", a LinkedIn Premium offer, Indeed's "Jobs you may
like", a Glassdoor review digest, a friend's congratulations on his work anniversary.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.price.csm@gmail.com"
ME = f"Jordan Price <{JORDAN}>"
LI_MSG = "Megan Ellis via LinkedIn <messages-noreply@linkedin.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Brightpath Software",
        "applied",
        "2025-09-02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jordan, your application was sent to Brightpath Software",
        "Your application was sent to Brightpath Software\n\nCustomer Success Manager\nBrightpath Software - Atlanta, "
        "GA (Hybrid)\nApplied on September 2, 2025\n\nView job",
        "t-li-app",
    ),
    (
        "Peachtree Freight",
        "applied",
        "2025-09-03",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Customer Success Manager",
        "Your application has been submitted\n\nCustomer Success Manager\nPeachtree Freight - Atlanta, GA\n\nGood luck! "
        "The employer may contact you through Indeed or by email.",
        "t-indeed-app",
    ),
    (
        "Lumenary",
        "applied",
        "2025-09-04",
        "Lumenary <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Lumenary",
        "Hi Jordan,\n\nThanks for applying for the Senior Customer Success Manager role at Lumenary. Our team will "
        "review your application and reach out if there's a fit.\n\nLumenary Recruiting",
        "t-lumenary",
    ),
    (
        "Brightpath Software",
        "screen",
        "2025-09-08",
        LI_MSG,
        "Megan Ellis sent you a message",
        "Megan Ellis\nTalent Acquisition at Brightpath Software\n\nHi Jordan, thanks for applying to the CSM role at "
        "Brightpath - do you have 20 minutes Thursday for a quick call? Here's my Calendly: calendly.com/megan-ellis-bp"
        "\n\nReply\n\nYou are receiving Messaging notification emails.",
        "t-li-msg",
    ),
    (
        "Lumenary",
        "interview",
        "2025-09-10",
        "Alyssa Grant <alyssa.grant@lumenary.io>",
        "Interview invitation - Senior CSM",
        "Hi Jordan,\n\nWe'd like to invite you to a 45-minute Zoom interview with our Director of Customer Success, "
        "Chris Bell. Please choose a time that works for you using the link below.\n\nBest,\nAlyssa Grant\nRecruiter, "
        "Lumenary",
        "t-lumenary-int",
    ),
    (
        "Peachtree Freight",
        "rejected",
        "2025-09-12",
        "Indeed <noreply@indeed.com>",
        "New message from Peachtree Freight",
        "Peachtree Freight sent you a message about Customer Success Manager\n\nHi Jordan, thank you for your interest "
        "in Peachtree Freight. Unfortunately we have decided to move forward with other candidates for this "
        "position.\n\nView message on Indeed",
        "t-indeed-msg",
    ),
    (
        "Brightpath Software",
        "onsite",
        "2025-09-16",
        LI_MSG,
        "Megan Ellis sent you a message",
        "Megan Ellis\nTalent Acquisition at Brightpath Software\n\nGreat news Jordan - the team enjoyed meeting you and "
        "we'd love to bring you in for a panel with our VP of Customer Success and two CSMs next Tuesday.\n\nReply",
        "t-li-msg-2",
    ),
    (
        "Lumenary",
        "offer",
        "2025-09-22",
        "Alyssa Grant <alyssa.grant@lumenary.io>",
        "Lumenary - offer",
        "Hi Jordan,\n\nWe'd like to offer you the position of Senior Customer Success Manager at Lumenary! Base salary "
        "$105,000 plus variable. The offer letter is attached.\n\nAlyssa",
        "t-lumenary-offer",
    ),
    (
        "Lumenary",
        "accepted",
        "2025-09-23",
        ME,
        "Re: Lumenary - offer",
        "Hi Alyssa,\n\nI'm excited to accept! Signed letter attached.\n\nThanks,\nJordan",
        "t-lumenary-offer",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        "not an application",
        "You appeared in 14 searches this week. See who's looking. Try Premium free for 1 month.",
    ),
    (
        "LinkedIn <invitations@linkedin.com>",
        "Jordan, add Megan Ellis to your network?",
        "not an application",
        "People you may know: Megan Ellis, Talent Acquisition at Brightpath Software. Connect.",
    ),
    (
        "LinkedIn Premium <premium@linkedin.com>",
        "Stand out to recruiters",
        "newsletter",
        "Get noticed by recruiters with Premium Career. Try it free for 1 month.",
    ),
    (
        "Indeed <jobs@indeed.com>",
        "Jobs you may like",
        "alert",
        "Customer Success Manager - Salesloft - Atlanta, GA. Account Manager - Mailchimp - Atlanta, GA.",
    ),
    (
        "Glassdoor <community@glassdoor.example>",
        "Your weekly review digest",
        "newsletter",
        "New reviews at companies you follow: Lumenary (4.2), Brightpath Software (3.9).",
    ),
    (
        "Tasha Reed <tasha.reed@gmail.example>",
        "congrats!",
        "personal",
        "Congrats on 3 years at your job, saw it on LinkedIn! Drinks soon?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JORDAN,
        own_to={"Lumenary": "Alyssa Grant <alyssa.grant@lumenary.io>"},
        offset="-0400",
        clock="12:40:00",
        neg_start="2025-09-01",
        neg_step=4,
        neg_clock="20:55:00",
        tag="threehundredninetyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
