"""A three-hundred-and-seventeenth mailbox, written as a held-out check after the three-hundred-and-sixteenth (issue
#24).

Brianna, a new-graduate nurse in Houston, exports Gmail with Takeout.  Hospital hiring as it writes, much of it in
HTML only (the tracking systems' mail has no plain part): a medical center's Workday receipt for its "Nurse
Residency Program - Medical/Surgical", a children's hospital's iCIMS receipt, a nurse recruiter's "I'd like to
schedule a phone screen", a unit manager's "panel interview" on the unit, a "Thank you for your interest ... we have
selected candidates whose qualifications more closely match", a contingent offer ("contingent upon successful
completion of your pre-employment health screening, background check and NCLEX"), her own acceptance, and a travel
agency's cold mail.  Negatives: the travel agency's cold mail, NurseJournal's newsletter, Indeed's alert, the Texas
BON's license notice, an H-E-B order, her aunt.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import html
from pathlib import Path

BRI = "brianna.t.nguyen.rn@gmail.com"
ME = f"Brianna Nguyen <{BRI}>"

_OWN_TO = {
    "Bayou Medical Center": "Karen Whitley <kwhitley@bayoumedical.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Bayou Medical Center",
        "applied",
        "2025-05-12",
        "Bayou Medical Center <bayoumedical@myworkday.com>",
        "Thank you for applying to Bayou Medical Center",
        "Dear Brianna,\n\nThank you for applying to the Nurse Residency Program - Medical/Surgical (Job ID R-118204) at "
        "Bayou Medical Center. Our team is reviewing your application.\n\nBayou Medical Center Talent Acquisition",
        "b1",
    ),
    (
        "Gulf Coast Children's Hospital",
        "applied",
        "2025-05-13",
        "Gulf Coast Children's Hospital <careers-noreply@icims.com>",
        "Gulf Coast Children's Hospital: Thank you for your application",
        "Hello Brianna,\n\nThank you for your interest in the RN Graduate Nurse - PICU position at Gulf Coast Children's "
        "Hospital. We have received your application and will contact you if your qualifications match our needs.\n\n"
        "Gulf Coast Children's Hospital Recruitment",
        "g1",
    ),
    (
        "Bayou Medical Center",
        "screen",
        "2025-05-16",
        "Karen Whitley <kwhitley@bayoumedical.example>",
        "Nurse Residency - phone screen",
        "Hi Brianna,\n\nI'm a nurse recruiter with Bayou Medical Center. Thank you for applying to our Nurse Residency "
        "Program! I'd like to schedule a 15-minute phone screen - are you available Tuesday afternoon?\n\nKaren "
        "Whitley, BSN, RN\nNurse Recruiter | Bayou Medical Center",
        "b2",
    ),
    (
        "Bayou Medical Center",
        "onsite",
        "2025-05-21",
        "Karen Whitley <kwhitley@bayoumedical.example>",
        "Panel interview - 5 West Med/Surg",
        "Hi Brianna,\n\nGreat speaking with you! The 5 West manager, Lisa Tran, would like you to come in for a panel "
        "interview with her and two charge nurses on Thursday, May 29 at 1:00 PM, followed by a unit tour.\n\nKaren",
        "b3",
    ),
    (
        "Gulf Coast Children's Hospital",
        "rejected",
        "2025-05-27",
        "Gulf Coast Children's Hospital <careers-noreply@icims.com>",
        "Your application with Gulf Coast Children's Hospital",
        "Dear Brianna,\n\nThank you for your interest in the RN Graduate Nurse - PICU position. After careful review, we "
        "have selected candidates whose qualifications more closely match the needs of the unit.\n\nGulf Coast "
        "Children's Hospital Recruitment",
        "g1",
    ),
    (
        "Bayou Medical Center",
        "offer",
        "2025-06-03",
        "Bayou Medical Center <bayoumedical@myworkday.com>",
        "Your offer from Bayou Medical Center",
        "Dear Brianna,\n\nCongratulations! We are pleased to offer you the position of RN Resident - 5 West Med/Surg, "
        "nights, at $38.50 per hour plus shift differential. This offer is contingent upon successful completion of your "
        "pre-employment health screening, background check and NCLEX. Please review and accept your offer in "
        "Workday.\n\nBayou Medical Center Talent Acquisition",
        "b1",
    ),
    (
        "Bayou Medical Center",
        "accepted",
        "2025-06-04",
        ME,
        "Re: Panel interview - 5 West Med/Surg",
        "Hi Karen,\n\nI just accepted my offer in Workday - I'm so excited to join 5 West! Thank you for all your help.\n\n"
        "Brianna",
        "b3",
    ),
]

_NEGATIVES = [
    (
        "Jenna at TravelRN Partners <jenna@travelrnpartners.example>",
        "Travel RN opportunities - Med/Surg",
        "outreach",
        "Hi Brianna! I saw your profile and wanted to reach out about travel Med/Surg contracts paying $2,400/week. "
        "Once you have a year of experience, let's chat!",
    ),
    (
        "NurseJournal <news@nursejournal.example>",
        "New grad survival guide",
        "newsletter",
        "Your first year as a nurse: 10 tips from experienced RNs.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Registered Nurse jobs in Houston, TX",
        "alert",
        "RN - Med/Surg - Houston. Graduate Nurse - ICU - The Woodlands. Easily apply.",
    ),
    (
        "Texas Board of Nursing <noreply@bon.texas.example>",
        "Your license verification",
        "other",
        "Your authorization to test has been issued. Schedule your NCLEX with Pearson VUE.",
    ),
    (
        "H-E-B <orders@heb.example>",
        "Your curbside order is ready",
        "shop",
        "Your curbside order is ready for pickup at the Bellaire store.",
    ),
    (
        "Aunt Linh <linh.pham@yahoo.example>",
        "graduation party",
        "personal",
        "So proud of you! Graduation party at our house Saturday, bring your friends.",
    ),
]


def _html_only(msgs):
    """The tracking systems' mail as they send it: HTML alone, each paragraph a table cell's ``<p>``."""
    for m, _ in msgs:
        if "myworkday" in str(m["From"]) or "icims" in str(m["From"]):
            text = m.get_content()
            paragraphs = "".join(
                f"<p style='margin:0 0 12px'>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")
            )
            m.set_content(
                f"<html><body><table width='600'><tr><td style='font-family:Arial'>{paragraphs}</td></tr></table>"
                "</body></html>",
                subtype="html",
            )
    return msgs


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return _html_only(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=BRI,
            own_to=_OWN_TO,
            offset="-0500",
            clock="08:45:00",
            neg_start="2025-05-11",
            neg_step=4,
            neg_clock="21:40:00",
            tag="threehundredseventeen",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
