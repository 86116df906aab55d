"""A hundred-and-forty-eighth mailbox, written as a held-out check after the hundred-and-forty-seventh (issue #24).

Keisha, a new graduate nurse in Houston, exports Gmail with Takeout.  She applies to nurse residency programs at
three hospital systems through Workday, Taleo and HealthcareSource: a "peer interview", a "unit tour", a
"contingent offer", and after it a health screening, a badge photo and orientation that are no new steps.  Her
negatives: travel-nursing pitches, the Board of Nursing, NCLEX results, a scrubs shop, her student loans, a
hospital foundation's appeal.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KEISHA = "keisha.brown.rn@gmail.com"
_ME = f"Keisha Brown <{KEISHA}>"
_LAURA = "Laura Kim <laura.kim@bayougulfhealth.org>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Bayou Gulf Health",
        "applied",
        "2025-05-05",
        "Bayou Gulf Health <bayougulfhealth@myworkday.com>",
        "Thank you for applying to Bayou Gulf Health",
        "Dear Keisha,\n\nThank you for applying to the RN Residency "
        "Program - Medical/Surgical (Summer 2025 Cohort) at Bayou Gulf Health. A nurse recruiter will review your "
        "application.",
        "bg1",
    ),
    (
        "Bayou Gulf Health",
        "screen",
        "2025-05-12",
        _LAURA,
        "RN Residency - phone screen",
        "Hi Keisha,\n\nCongratulations on your upcoming graduation! I'm the nurse recruiter for our residency program. "
        "Are you available for a 20-minute phone screen on Wednesday or Thursday?\n\nLaura Kim, BSN, RN\nNurse "
        "Recruiter, Bayou Gulf Health",
        "bg2",
    ),
    (
        "Bayou Gulf Health",
        "interview",
        "2025-05-19",
        _LAURA,
        "Re: RN Residency - phone screen",
        "Hi Keisha,\n\nThe 5 West nurse manager would like to meet you! Your interview includes a panel with the manager "
        "and a peer interview with two staff nurses, followed by a unit tour, on May 27 at 1:00 PM.\n\nLaura",
        "bg2",
    ),
    (
        "Bayou Gulf Health",
        "offer",
        "2025-06-03",
        _LAURA,
        "Contingent Offer - RN Residency",
        "Hi Keisha,\n\nI'm excited to extend a contingent offer for the RN Residency Program on 5 West at $38.50/hour "
        "plus night differential. The offer is contingent on passing the NCLEX and the pre-employment health screening."
        "\n\nLaura",
        "bg3",
    ),
    (
        "Bayou Gulf Health",
        "accepted",
        "2025-06-04",
        _ME,
        "Re: Contingent Offer - RN Residency",
        "Hi Laura,\n\nYes! I gladly accept the offer. Thank you so much.\n\nKeisha",
        "bg3",
    ),
    (
        "Lone Star Methodist",
        "applied",
        "2025-05-06",
        "Lone Star Methodist <noreply@taleo.net>",
        "Lone Star Methodist - Application Confirmation",
        "Dear Keisha Brown,\n\nThank you for applying for the position "
        "New Graduate RN Residency - Critical Care (Req 250914). Your application has been received.",
        "ls1",
    ),
    (
        "Lone Star Methodist",
        "rejected",
        "2025-05-30",
        "Lone Star Methodist <noreply@taleo.net>",
        "Your application - New Graduate RN Residency",
        "Dear Keisha Brown,\n\nThank you for your interest in the New "
        "Graduate RN Residency - Critical Care. Due to the high volume of qualified applicants, we are unable to offer "
        "you a position in this cohort.",
        "ls2",
    ),
    (
        "Harris County Children's Hospital",
        "applied",
        "2025-05-07",
        "Harris County Children's Hospital <noreply@healthcaresource.com>",
        "Application received",
        "Dear Keisha,\n\nThank you for your application for Pediatric RN Residency at Harris County Children's Hospital. "
        "We will contact you if you are selected for an interview.",
        "hc1",
    ),
    (
        "Harris County Children's Hospital",
        "withdrew",
        "2025-06-05",
        _ME,
        "Withdraw application - Pediatric RN Residency",
        "Hello,\n\nPlease withdraw my application for the Pediatric RN Residency. I have accepted a residency position "
        "elsewhere. Thank you!\n\nKeisha Brown",
        "hc2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Laura Kim <laura.kim@bayougulfhealth.org>",
        "Pre-employment health screening",
        "onboarding",
        "Hi Keisha,\n\nPlease schedule your pre-employment health screening and badge photo before orientation on "
        "July 14. Employee Health is open 7 AM - 3 PM.\n\nLaura",
    ),
    (
        "Bayou Gulf Health Orientation <orientation@bayougulfhealth.org>",
        "Welcome to New Hire Orientation",
        "onboarding",
        "Welcome to Bayou Gulf Health! Your new hire orientation begins July 14 at 8:00 AM in the Education Center.",
    ),
    (
        "Trusted Travel Nurses <recruiting@trustedtravel.com>",
        "Hot travel contracts - $3,200/week",
        "outreach",
        "Hi Keisha! We have 13-week ICU contracts paying up to $3,200/week. Reply to chat with a recruiter.",
    ),
    (
        "Texas Board of Nursing <noreply@bon.texas.gov>",
        "Authorization to Test",
        "other",
        "Your Authorization to Test (ATT) for the NCLEX-RN has been issued.",
    ),
    (
        "Pearson VUE <noreply@pearson.com>",
        "Your NCLEX results are available",
        "other",
        "Your NCLEX-RN results are now available in your candidate account.",
    ),
    ("FIGS <hello@wearfigs.com>", "New colors just dropped", "shop", "Shop the new scrubs colors. Unsubscribe"),
    (
        "Nelnet <noreply@nelnet.net>",
        "Your loan grace period ends soon",
        "other",
        "Your grace period ends in November. Review your repayment options.",
    ),
    (
        "Bayou Gulf Health Foundation <giving@bayougulfhealth.org>",
        "Help us build the new NICU",
        "newsletter",
        "Your gift helps build our new NICU. Donate today. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KEISHA,
        own_to={
            "Bayou Gulf Health": _LAURA,
            "Harris County Children's Hospital": "HCCH Talent <talent@hcch.org>",
        },
        offset="-0500",
        clock="14:25:00",
        neg_start="2025-06-06",
        neg_step=3,
        neg_clock="08:15:00",
        tag="hundredfortyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
