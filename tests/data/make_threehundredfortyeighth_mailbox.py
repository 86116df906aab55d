"""A three-hundred-and-forty-eighth mailbox, written as a held-out check after the three-hundred-and-forty-seventh
(issue #24).

Rosa, an operations coordinator in Sacramento, exports Gmail with Takeout.  Small employers' tracking systems under
display names that name no one ("Hiring Team", "Careers", "Recruiting", "Notifications"): JazzHR's applytojob relay,
BambooHR's notifications, a Recruitee tenant's subdomain, Pinpoint, Comeet; the employer only in the subject
("Application received - Operations Coordinator at Delta Pear Growers"), in the body's signature or in the relay's
subdomain; a BambooHR "we'd love to schedule a phone interview", a Pinpoint "Your interview has been scheduled", a
Recruitee "Unfortunately, we've decided not to proceed", a Comeet "we're moving ahead with other candidates", an offer
from the owner of a family business, her acceptance.  Negatives: a ZipRecruiter alert, CalJOBS' newsletter, a PG&E
bill, a DMV notice, Nextdoor, her aunt.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ROSA = "rosa.delgado.ops@gmail.com"
ME = f"Rosa Delgado <{ROSA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Delta Pear Growers",
        "applied",
        "2025-07-07",
        "Hiring Team <noreply@applytojob.com>",
        "Application received - Operations Coordinator at Delta Pear Growers",
        "Hi Rosa,\n\nThank you for your interest! We have received your application and will be reviewing it "
        "shortly. If your qualifications match our needs, we will contact you.\n\nThank you,\nHiring Team",
        "r1",
    ),
    (
        "Capitol Mobility",
        "applied",
        "2025-07-08",
        "Notifications <notifications@app.bamboohr.com>",
        "Thanks for applying!",
        "Hi Rosa,\n\nThanks for applying for the Fleet Operations Coordinator position. We've got your application and "
        "we'll be in touch soon.\n\nThe team at Capitol Mobility",
        "r2",
    ),
    (
        "Oak Park Dental Group",
        "applied",
        "2025-07-09",
        "Careers <careers@oakparkdental.recruitee.com>",
        "Your application has been received",
        "Hi Rosa,\n\nWe have received your application for Office Operations Coordinator. We'll review it carefully "
        "and get back to you.\n\nKind regards,\nOak Park Dental Group",
        "r3",
    ),
    (
        "Sierra Freight Systems",
        "applied",
        "2025-07-10",
        "Recruiting <no-reply@pinpointhq.com>",
        "We've received your application",
        "Hi Rosa,\n\nThank you for applying for the Logistics Coordinator role with Sierra Freight Systems. Our team "
        "will review your application and be in touch.\n\nBest wishes,\nSierra Freight Systems Recruitment",
        "r4",
    ),
    (
        "Riverbend Health Partners",
        "applied",
        "2025-07-11",
        "Careers <noreply@comeet-notifications.com>",
        "Thank you for applying - Operations Coordinator",
        "Dear Rosa,\n\nThank you for applying for the Operations Coordinator position at Riverbend Health Partners. We "
        "appreciate your interest and will review your application soon.\n\nRiverbend Health Partners Talent Team",
        "r5",
    ),
    (
        "Capitol Mobility",
        "screen",
        "2025-07-14",
        "Notifications <notifications@app.bamboohr.com>",
        "Phone interview - Fleet Operations Coordinator",
        "Hi Rosa,\n\nWe'd love to schedule a phone interview with you for the Fleet Operations Coordinator position. "
        "Please reply with a few times that work for you this week.\n\nThanks,\nDerek\nCapitol Mobility",
        "r2",
    ),
    (
        "Sierra Freight Systems",
        "interview",
        "2025-07-16",
        "Recruiting <no-reply@pinpointhq.com>",
        "Your interview has been scheduled",
        "Hi Rosa,\n\nYour interview for the Logistics Coordinator role has been scheduled for Tuesday 22 July at "
        "11:00 AM with Karen Holt, Operations Manager, at our West Sacramento terminal.\n\nBest wishes,\nSierra "
        "Freight Systems Recruitment",
        "r4",
    ),
    (
        "Oak Park Dental Group",
        "rejected",
        "2025-07-17",
        "Careers <careers@oakparkdental.recruitee.com>",
        "Update on your application",
        "Hi Rosa,\n\nThank you for your interest in the Office Operations Coordinator position. Unfortunately, we've "
        "decided not to proceed with your application at this time.\n\nKind regards,\nOak Park Dental Group",
        "r3",
    ),
    (
        "Delta Pear Growers",
        "interview",
        "2025-07-18",
        "Linda Okamoto <linda@deltapeargrowers.com>",
        "Operations Coordinator - interview",
        "Hi Rosa,\n\nThanks for applying for our Operations Coordinator position. Could you come in to meet with me "
        "and my son at the packing shed office on Thursday at 9? It's off River Road in Courtland.\n\nLinda Okamoto\n"
        "Owner, Delta Pear Growers",
        "r1",
    ),
    (
        "Riverbend Health Partners",
        "rejected",
        "2025-07-21",
        "Careers <noreply@comeet-notifications.com>",
        "Operations Coordinator at Riverbend Health Partners",
        "Dear Rosa,\n\nThank you for your interest in Riverbend Health Partners. After reviewing your application, we're "
        "moving ahead with other candidates whose experience more closely matches the role.\n\nRiverbend Health "
        "Partners Talent Team",
        "r5",
    ),
    (
        "Capitol Mobility",
        "rejected",
        "2025-07-23",
        "Notifications <notifications@app.bamboohr.com>",
        "Fleet Operations Coordinator",
        "Hi Rosa,\n\nThank you for taking the time to talk with us. We've decided to move forward with another "
        "candidate for the Fleet Operations Coordinator position.\n\nBest,\nDerek\nCapitol Mobility",
        "r2",
    ),
    (
        "Delta Pear Growers",
        "offer",
        "2025-07-25",
        "Linda Okamoto <linda@deltapeargrowers.com>",
        "Re: Operations Coordinator - interview",
        "Rosa,\n\nIt was great meeting you. We'd like to offer you the job! $28 an hour to start, full time, with "
        "health insurance after 60 days. Can you start August 11?\n\nLinda",
        "r1",
    ),
    (
        "Delta Pear Growers",
        "accepted",
        "2025-07-26",
        ME,
        "Re: Operations Coordinator - interview",
        "Hi Linda,\n\nThank you so much! Yes, I accept and August 11 works great. See you then.\n\nRosa",
        "r1",
    ),
]

_NEGATIVES = [
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Operations Coordinator jobs near Sacramento, CA",
        "alert",
        "New jobs for you: Operations Coordinator - Raley's - West Sacramento, CA. 1-click apply.",
    ),
    (
        "CalJOBS <newsletter@caljobs.example>",
        "CalJOBS July news",
        "newsletter",
        "Hiring events in your area and free resume workshops this month.",
    ),
    (
        "PG&E <billing@pge.example>",
        "Your PG&E bill is ready",
        "other",
        "Your energy statement is ready to view.",
    ),
    (
        "California DMV <noreply@dmv.example>",
        "Your vehicle registration renewal",
        "other",
        "Your registration renewal notice is available.",
    ),
    (
        "Nextdoor <no-reply@nextdoor.example>",
        "Trending in Land Park",
        "newsletter",
        "Lost dog on 12th Ave, block party Saturday.",
    ),
    (
        "Tia Carmen <carmen.ruiz@att.example>",
        "cumpleaños de la abuela",
        "personal",
        "Rosa, el sábado es el cumpleaños de la abuela. Trae la ensalada!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ROSA,
        own_to={"Delta Pear Growers": "Linda Okamoto <linda@deltapeargrowers.com>"},
        offset="-0700",
        clock="15:10:00",
        neg_start="2025-07-06",
        neg_step=4,
        neg_clock="20:40:00",
        tag="threehundredfortyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
