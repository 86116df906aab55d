"""A hundred-and-sixtieth mailbox, written as a held-out check after the hundred-and-fifty-ninth (issue #24).

Jordan, a UX designer in Portland, deleted every receipt and kept only the answers, then exported Gmail with
Takeout: ten employers' refusals through ten tracking systems and recruiters' own mail, each worded its own way,
one invitation and one offer.  Every application is first seen in its answer.  Negatives: design newsletters, a
portfolio site, a bike shop, a utility, a job alert, a recruiter's pitch.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.ellis.ux@gmail.com"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Cedarline",
        "rejected",
        "2025-03-03",
        "Cedarline <no-reply@greenhouse.io>",
        "Your application to Cedarline",
        "Hi Jordan,\n\nThank you for applying to the Product Designer role at Cedarline. While your portfolio shows real "
        "craft, we've decided to move ahead with candidates whose experience more closely matches this role.",
        "c1",
    ),
    (
        "Fernhill Health",
        "rejected",
        "2025-03-05",
        "Fernhill Health <no-reply@hire.lever.co>",
        "Thank you for your interest in Fernhill Health",
        "Hi Jordan,\n\nThanks for taking the time to apply for our "
        "Senior UX Designer opening. After careful consideration, we won't be moving you forward in the process.",
        "f1",
    ),
    (
        "Willamette Bank",
        "rejected",
        "2025-03-07",
        "Willamette Bank <willamettebank@myworkday.com>",
        "Regarding your application",
        "Dear Jordan,\n\nThank you for your interest in the UX Designer II position. We "
        "have reviewed your application and determined that other candidates better meet the requirements.",
        "w1",
    ),
    (
        "Brightside Games",
        "rejected",
        "2025-03-10",
        "Brightside Games <noreply@ashbyhq.com>",
        "Brightside Games - UX Designer",
        "Hey Jordan,\n\nThanks so much for your interest in Brightside! We had a huge "
        "number of applicants and unfortunately we won't be able to move forward with yours this time.",
        "b1",
    ),
    (
        "Rose City Transit",
        "rejected",
        "2025-03-12",
        "Rose City Transit <noreply@governmentjobs.com>",
        "Rose City Transit - Notice of Application Status",
        "Dear Jordan Ellis,\n\nThank you for your interest in the "
        "UX Designer position with Rose City Transit. Your application was reviewed, and you were not selected to move "
        "on to the next step in the selection process.",
        "r1",
    ),
    (
        "Pinecone Labs",
        "rejected",
        "2025-03-14",
        "Maya Lin <maya@pineconelabs.io>",
        "Pinecone Labs - Product Designer",
        "Hi Jordan,\n\nThank you for your application and for your patience. We've filled the Product Designer role, "
        "so we're closing out the search. I'd love to keep your portfolio on file.\n\nMaya",
        "p1",
    ),
    (
        "Alder Outdoor",
        "rejected",
        "2025-03-17",
        "Alder Outdoor Careers <careers@alderoutdoor.com>",
        "Alder Outdoor | UX Designer",
        "Hi Jordan,\n\nWe appreciate you considering Alder Outdoor. Though we were "
        "impressed with your background, we will be pursuing other applicants at this time.",
        "a1",
    ),
    (
        "Multnomah Credit Union",
        "rejected",
        "2025-03-19",
        "MCU Talent <noreply@paylocity.com>",
        "Update on your application with Multnomah Credit Union",
        "Dear Jordan,\n\nThank you for applying. This message "
        "is to let you know that the position has been filled by another candidate.",
        "m1",
    ),
    (
        "Trellis Software",
        "rejected",
        "2025-03-21",
        "Trellis Software <noreply@bamboohr.com>",
        "Trellis Software - Product Designer",
        "Hi Jordan,\n\nThank you for your interest in Trellis Software. We have "
        "decided to go another direction for the Product Designer position.",
        "t1",
    ),
    (
        "Harbor & Main",
        "rejected",
        "2025-03-24",
        "Harbor & Main <noreply@jazzhr.com>",
        "Your application",
        "Hi Jordan,\n\nThanks for applying to Harbor & Main. We're sorry to say we won't be proceeding with your "
        "application for the Senior Designer role.",
        "h1",
    ),
    (
        "Cascade Outfitters",
        "interview",
        "2025-03-26",
        "Nina Brooks <nina@cascadeoutfitters.com>",
        "Product Designer - interview",
        "Hi Jordan,\n\nThanks for applying for our Product Designer role! Our design "
        "director would like to set up a portfolio review with you next week. What times work?\n\nNina",
        "co1",
    ),
    (
        "Cascade Outfitters",
        "offer",
        "2025-04-09",
        "Nina Brooks <nina@cascadeoutfitters.com>",
        "Product Designer - offer",
        "Hi Jordan,\n\nWe're thrilled to offer you the Product Designer position! The offer "
        "letter is attached.\n\nNina",
        "co2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Smashing Magazine <newsletter@smashingmagazine.com>",
        "Smashing Newsletter #512",
        "newsletter",
        "Design systems, accessibility and more. Unsubscribe",
    ),
    ("Dribbble <digest@dribbble.com>", "Popular shots this week", "newsletter", "Shots from designers you follow."),
    (
        "Behance <noreply@behance.net>",
        "Your project got 20 appreciations",
        "other",
        "Your project 'Transit app redesign' got 20 appreciations.",
    ),
    (
        "River City Bicycles <shop@rivercitybikes.com>",
        "Your service is complete",
        "shop",
        "Your bike is ready for pickup.",
    ),
    (
        "Portland General Electric <billing@portlandgeneral.com>",
        "Your bill is ready",
        "other",
        "Your March bill is $64.20.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Product Designer: 20 new jobs in Portland",
        "alert",
        "Product Designer - Nike - Beaverton. UX Designer - Intel - Hillsboro. See all jobs.",
    ),
    (
        "Kim Tran <kim@designtalentnw.com>",
        "Contract UX Designer - 6 months",
        "outreach",
        "Hi Jordan, I have a 6-month contract UX role with a client downtown. Interested in chatting?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JORDAN,
        own_to={},
        offset="-0700",
        clock="10:30:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="06:10:00",
        tag="hundredsixty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
