"""A hundredth mailbox, written as a held-out check after the rewrites of the ninety-nine (issue #24).

Destiny, a registered nurse in Columbus, Ohio, exports Gmail with Takeout.  Hospitals hire in their own words: a
peer interview on the unit, a unit tour, a shadow shift, an offer "contingent on pre-employment screening", a
nurse recruiter who signs as "Nurse Recruiter | Talent Acquisition".  Its negatives are a nurse's mail: a
continuing-education course, a travel-nursing agency's pitch, a job site's nursing alerts, the Board of Nursing's
licence renewal, a scrubs shop.  Some employers' plain text comes hard-wrapped.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DESTINY = "destiny.howard.rn@gmail.com"
_ME = f"Destiny Howard <{DESTINY}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Scioto Valley Medical Center",
        "applied",
        "2025-09-02",
        "Scioto Valley Medical Center <svmc@myworkday.com>",
        "Thank you for applying - Registered Nurse, Med/Surg (R-20931)",
        "Dear Destiny,\n\nThank you for your interest in Scioto Valley Medical Center. We have received your\n"
        "application for Registered Nurse, Med/Surg (R-20931) and our team will review your qualifications.\n\n"
        "Talent Acquisition\nScioto Valley Medical Center",
        "sv1",
    ),
    (
        "Scioto Valley Medical Center",
        "interview",
        "2025-09-09",
        "Karen Blake <karen.blake@sciotovalleymed.org>",
        "Peer interview - 4 West Med/Surg",
        "Hi Destiny,\n\nThe 4 West nurse manager would like you to come in for a peer interview with two of\n"
        "our staff nurses, followed by a short unit tour. Are you available Tuesday 9/16 at 1:00 pm?\n\n"
        "Karen Blake, BSN, RN\nNurse Recruiter | Talent Acquisition\nScioto Valley Medical Center",
        "sv2",
    ),
    (
        "Scioto Valley Medical Center",
        "offer",
        "2025-09-23",
        "Karen Blake <karen.blake@sciotovalleymed.org>",
        "Re: Peer interview - 4 West Med/Surg",
        "Hi Destiny,\n\nGreat news - the team would love to have you! I'm pleased to extend you a verbal offer\n"
        "for the RN position on 4 West, $38.50/hour plus night differential. The offer is contingent on\n"
        "pre-employment screening. A formal offer letter will follow in Workday.\n\nKaren",
        "sv2",
    ),
    (
        "Scioto Valley Medical Center",
        "accepted",
        "2025-09-24",
        _ME,
        "Re: Peer interview - 4 West Med/Surg",
        "Hi Karen,\n\nThank you so much! I'm happy to accept the offer and look forward to starting on 4 West.\n\n"
        "Destiny",
        "sv2",
    ),
    (
        "Olentangy Children's Hospital",
        "applied",
        "2025-09-03",
        "Olentangy Children's Hospital <careers@olentangychildrens.org>",
        "Application received: RN - Pediatric ICU",
        "Hello Destiny,\n\nWe received your application for RN - Pediatric ICU. A recruiter will contact you if\n"
        "your experience matches the needs of the unit.\n\nOlentangy Children's Hospital Talent Acquisition",
        "oc1",
    ),
    (
        "Olentangy Children's Hospital",
        "rejected",
        "2025-09-19",
        "Olentangy Children's Hospital <careers@olentangychildrens.org>",
        "Your application for RN - Pediatric ICU",
        "Hello Destiny,\n\nThank you for your interest in the RN - Pediatric ICU position. The unit has decided\n"
        "to move forward with candidates who have at least one year of pediatric critical care experience.\n\n"
        "We encourage you to apply for future openings.\n\nOlentangy Children's Hospital Talent Acquisition",
        "oc1",
    ),
    (
        "Buckeye Home Health",
        "applied",
        "2025-09-05",
        "Buckeye Home Health <noreply@applytojob.com>",
        "Thank you for applying to Buckeye Home Health",
        "Hi Destiny, thank you for applying for the Home Health RN position at Buckeye Home Health. We will review "
        "your application and be in touch.",
        "bh1",
    ),
    (
        "Buckeye Home Health",
        "screen",
        "2025-09-08",
        "Tasha Moore <tasha@buckeyehomehealth.com>",
        "Home Health RN - quick call",
        "Hi Destiny,\n\nThanks for applying! I'm the HR coordinator here. Do you have 15 minutes tomorrow for a\n"
        "quick phone call about the Home Health RN role, the territory and the schedule?\n\nTasha Moore\nHR "
        "Coordinator, Buckeye Home Health",
        "bh2",
    ),
    (
        "Buckeye Home Health",
        "onsite",
        "2025-09-12",
        "Tasha Moore <tasha@buckeyehomehealth.com>",
        "Re: Home Health RN - quick call",
        "Hi Destiny,\n\nGreat talking with you. As a last step we'd like you to do a shadow shift with one of our\n"
        "field nurses on Thursday 9/18, 8:00 am to noon, then meet our Director of Nursing.\n\nTasha",
        "bh2",
    ),
    (
        "Buckeye Home Health",
        "withdrew",
        "2025-09-24",
        _ME,
        "Re: Home Health RN - quick call",
        "Hi Tasha,\n\nThank you for the shadow shift - I learned a lot. I have accepted a hospital position, so I "
        "would like to withdraw my application. I wish you and the team all the best.\n\nDestiny",
        "bh2",
    ),
    (
        "Franklin Park Surgery Center",
        "applied",
        "2025-09-10",
        "Franklin Park Surgery Center <no-reply@hire.jazz.co>",
        "Thanks for applying to Franklin Park Surgery Center",
        "Destiny, thank you for applying to the Pre-Op/PACU RN position at Franklin Park Surgery Center! We will "
        "review your application shortly.",
        "fp1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "NurseCE4Less <courses@nursece4less.example>",
        "Ohio RNs: 24 contact hours for $29 - renew your license",
        "newsletter",
        "Complete your Ohio continuing education requirements online. Includes the 1-hour Ohio law course. Unsubscribe",
    ),
    (
        "Jordan Price <jordan@meridiantravelnurses.example>",
        "Travel RN - Med/Surg - $2,400/week in Phoenix",
        "outreach",
        "Hi Destiny, I came across your profile and have a 13-week Med/Surg travel contract in Phoenix paying "
        "$2,400/week. Would you be open to a quick call this week?",
    ),
    (
        "Indeed <alert@indeed.com>",
        "25 new registered nurse jobs in Columbus, OH",
        "alert",
        "Registered Nurse - Scioto Valley Medical Center - Columbus, OH. RN Med/Surg - Mount Hope Health - "
        "Columbus, OH. See all jobs.",
    ),
    (
        "Ohio Board of Nursing <noreply@nursing.ohio.gov>",
        "Your license renewal application has been received",
        "not applied",
        "Your application to renew your RN license has been received and is being processed. Your license "
        "number is RN.123456. No further action is required.",
    ),
    (
        "Scrubs & Co <hello@scrubsandco.example>",
        "Fall sale: 30% off jogger scrubs",
        "shop",
        "New colors are here. Take 30% off jogger scrubs through Sunday. Unsubscribe",
    ),
    (
        "Vivian Health <jobs@vivian.com>",
        "Staff RN jobs matching your profile",
        "alert",
        "New staff RN jobs near Columbus match your profile: Med/Surg RN, PACU RN, Pediatric RN. View jobs.",
    ),
    (
        "Scioto Valley Medical Center <foundation@sciotovalleymed.org>",
        "Join us for the Scioto Valley Heart Walk",
        "newsletter",
        "Lace up for the annual Heart Walk on October 4. Register your team today. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DESTINY,
        own_to={
            "Scioto Valley Medical Center": "Karen Blake <karen.blake@sciotovalleymed.org>",
            "Buckeye Home Health": "Tasha Moore <tasha@buckeyehomehealth.com>",
        },
        offset="-0400",
        clock="15:05:00",
        neg_start="2025-09-04",
        neg_step=3,
        neg_clock="08:30:00",
        tag="hundred",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
