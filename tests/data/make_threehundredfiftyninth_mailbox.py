"""A three-hundred-and-fifty-ninth mailbox, written as a held-out check after the three-hundred-and-fifty-eighth
(issue #24).

Ashley, a customer success manager in Nashville changing careers, exports Gmail with Takeout.  A search run through job
sites' own mail: LinkedIn's "Your application was sent to Redline Logistics", LinkedIn's "Your update from Redline
Logistics" carrying a refusal, a recruiter's InMail relayed by LinkedIn ("Megan Shaw sent you a new message: thanks for
applying to Cumberland Health! Could we set up a quick call this week?"), Indeed's "Application submitted" naming the
employer in its body, Indeed's "An update on your application from Music Row Media" (a refusal), Indeed's "New message
from Harpeth Software" (an employer writing through Indeed: "we'd like to invite you to interview"), a Workday offer,
her acceptance.  Negatives: LinkedIn's "Your application was viewed by", LinkedIn's "jobs you may be interested in",
Indeed's "Recommended jobs", a LinkedIn Premium promotion, a Nashville Predators newsletter, her sister.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ASHLEY = "ashley.brooks.cs@gmail.com"
ME = f"Ashley Brooks <{ASHLEY}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Redline Logistics",
        "applied",
        "2025-11-03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ashley, your application was sent to Redline Logistics",
        "Your application was sent to Redline Logistics\n\nCustomer Success Manager\nRedline Logistics \u00b7 Nashville, "
        "TN (Hybrid)\nApplied on November 3, 2025\n\nView application",
        "a1",
    ),
    (
        "Cumberland Health",
        "applied",
        "2025-11-04",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ashley, your application was sent to Cumberland Health",
        "Your application was sent to Cumberland Health\n\nClient Success Lead\nCumberland Health \u00b7 Brentwood, TN\n"
        "Applied on November 4, 2025\n\nView application",
        "a2",
    ),
    (
        "Music Row Media",
        "applied",
        "2025-11-05",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Account Manager",
        "Application submitted\n\nAccount Manager\nMusic Row Media - Nashville, TN\n\nThe following items were sent to "
        "Music Row Media. Good luck!\n\n\u2022 Application\n\u2022 Resume",
        "a3",
    ),
    (
        "Harpeth Software",
        "applied",
        "2025-11-06",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Implementation Specialist",
        "Application submitted\n\nImplementation Specialist\nHarpeth Software - Franklin, TN\n\nThe following items were "
        "sent to Harpeth Software. Good luck!\n\n\u2022 Application\n\u2022 Resume",
        "a4",
    ),
    (
        "Cumberland Health",
        "screen",
        "2025-11-07",
        "Megan Shaw via LinkedIn <messages-noreply@linkedin.com>",
        "Megan sent you a new message",
        "Megan Shaw\nTalent Acquisition Partner at Cumberland Health\n\nHi Ashley, thanks for applying to Cumberland "
        "Health! Could we set up a quick call this week to talk about the Client Success Lead role?\n\nReply",
        "a5",
    ),
    (
        "Redline Logistics",
        "rejected",
        "2025-11-10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Redline Logistics",
        "Your update from Redline Logistics\n\nCustomer Success Manager\n\nThank you for your interest in the Customer "
        "Success Manager position at Redline Logistics. Unfortunately, we will not be moving forward with your "
        "application, but we appreciate your time and interest in Redline Logistics.\n\nRegards,\nRedline Logistics",
        "a1",
    ),
    (
        "Harpeth Software",
        "interview",
        "2025-11-11",
        "Harpeth Software <employer-messages@indeed.com>",
        "New message from Harpeth Software",
        "Harpeth Software sent you a message about Implementation Specialist:\n\nHi Ashley, we reviewed your "
        "application and we'd like to invite you to interview with our implementation lead on Friday at 1pm CT via "
        "Zoom. Does that work?\n\nReply on Indeed",
        "a6",
    ),
    (
        "Music Row Media",
        "rejected",
        "2025-11-12",
        "Indeed <donotreply@indeed.com>",
        "An update on your application from Music Row Media",
        "An update on your application\n\nAccount Manager\nMusic Row Media - Nashville, TN\n\nMusic Row Media has "
        "decided not to move forward with your application at this time.\n\nKeep looking on Indeed",
        "a3",
    ),
    (
        "Cumberland Health",
        "offer",
        "2025-11-20",
        "Cumberland Health <cumberlandhealth@myworkday.com>",
        "Your offer from Cumberland Health",
        "Dear Ashley,\n\nCongratulations! We are pleased to extend you an offer for the position of Client Success Lead. "
        "Please review and accept your offer in your candidate home by November 25.\n\nCumberland Health Talent "
        "Acquisition",
        "a7",
    ),
    (
        "Cumberland Health",
        "accepted",
        "2025-11-21",
        ME,
        "Accepted - Client Success Lead offer",
        "Hi Megan,\n\nI just accepted the offer in Workday - thank you so much for everything! So excited to join.\n\n"
        "Ashley",
        "a8",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Music Row Media",
        "viewed",
        "Your application was viewed by Music Row Media\n\nAccount Manager\nMusic Row Media \u00b7 Nashville, TN",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Customer Success Manager at Asurion and 9 more jobs you may be interested in",
        "alert",
        "Jobs you may be interested in: Customer Success Manager - Asurion - Nashville, TN. Easy Apply.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Recommended jobs for you",
        "alert",
        "Client Success Manager - HCA Healthcare - Nashville, TN. Easily apply.",
    ),
    (
        "LinkedIn Premium <premium@linkedin.com>",
        "Ashley, stand out to recruiters with Premium",
        "shop",
        "Try Premium free for 1 month and see who's viewed your profile.",
    ),
    (
        "Nashville Predators <news@predators.example>",
        "Game day deals",
        "newsletter",
        "Get tickets for Saturday's game vs. Dallas.",
    ),
    (
        "Brittany Brooks <brittany.brooks@yahoo.example>",
        "thanksgiving",
        "personal",
        "Mom wants to know if you're bringing the mac and cheese",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ASHLEY,
        own_to={"Cumberland Health": "Megan Shaw <megan.shaw@cumberlandhealth.org>"},
        offset="-0600",
        clock="12:15:00",
        neg_start="2025-11-02",
        neg_step=3,
        neg_clock="19:20:00",
        tag="threehundredfiftynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
