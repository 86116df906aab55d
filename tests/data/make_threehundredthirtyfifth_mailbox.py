"""A three-hundred-and-thirty-fifth mailbox, written as a held-out check after the three-hundred-and-thirty-fourth
(issue #24).

Hailey, a travel ICU nurse based in Phoenix, exports Gmail with Takeout.  Travel nursing as agencies run it: a
recruiter's "You've been submitted to Desert Vista Medical Center for the 13-week ICU assignment", a second agency's
"Your profile is now with the hiring manager at Saguaro Regional", a unit manager's phone interview set up by the
recruiter ("the manager will call you tomorrow between 2 and 4"), "Saguaro filled the position internally", "You've
been offered the assignment at Desert Vista!", her own "Yes, please accept it for me", the agency's onboarding
checklist after it (no step), and a staff job's Workday receipt at a hospital system with its refusal.  Negatives:
three agencies' "hot jobs" lists, a compact-license reminder, a Vivian job alert, a hotel confirmation, her
mother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HAILEY = "hailey.j.morgan.rn@gmail.com"
ME = f"Hailey Morgan <{HAILEY}>"

_OWN_TO = {
    "Desert Vista Medical Center": "Kayla Brooks <kayla.brooks@sunbelttravelnurse.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Desert Vista Medical Center",
        "applied",
        "2025-08-04",
        "Kayla Brooks <kayla.brooks@sunbelttravelnurse.example>",
        "Submitted - ICU - Desert Vista",
        "Hey Hailey!\n\nYou've been submitted to Desert Vista Medical Center for the 13-week ICU assignment (nights, "
        "$2,650/week gross). They usually interview within 48 hours, so keep your phone close!\n\nKayla Brooks\n"
        "Travel Recruiter | Sunbelt Travel Nursing",
        "d1",
    ),
    (
        "Saguaro Regional Hospital",
        "applied",
        "2025-08-05",
        "Trent Cole <tcole@horizonnursestaffing.example>",
        "Saguaro Regional - ICU",
        "Hi Hailey,\n\nYour profile is now with the hiring manager at Saguaro Regional Hospital for the ICU travel "
        "position in Tucson. I'll update you as soon as I hear.\n\nTrent Cole\nHorizon Nurse Staffing",
        "s1",
    ),
    (
        "Valley Health Partners",
        "applied",
        "2025-08-05",
        "Valley Health Partners <valleyhealth@myworkday.com>",
        "Thank you for applying to Valley Health Partners",
        "Dear Hailey,\n\nThank you for applying for the Registered Nurse - ICU (Staff, Nights) position at Valley Health "
        "Partners. Our team will review your application.\n\nValley Health Partners Talent Acquisition",
        "v1",
    ),
    (
        "Desert Vista Medical Center",
        "interview",
        "2025-08-06",
        "Kayla Brooks <kayla.brooks@sunbelttravelnurse.example>",
        "RE: Submitted - ICU - Desert Vista",
        "Hailey - great news, the ICU manager at Desert Vista wants to interview you! She'll call you tomorrow between 2 "
        "and 4 PM from a 602 number.\n\nKayla",
        "d1",
    ),
    (
        "Saguaro Regional Hospital",
        "rejected",
        "2025-08-07",
        "Trent Cole <tcole@horizonnursestaffing.example>",
        "RE: Saguaro Regional - ICU",
        "Hi Hailey,\n\nUnfortunately Saguaro filled the position internally. I'll send you a few more options today.\n\n"
        "Trent",
        "s1",
    ),
    (
        "Desert Vista Medical Center",
        "offer",
        "2025-08-08",
        "Kayla Brooks <kayla.brooks@sunbelttravelnurse.example>",
        "OFFER - Desert Vista ICU!",
        "Hailey!!\n\nYou've been offered the assignment at Desert Vista! Start date 8/25, 13 weeks, nights, $2,650/week. "
        "Do you want me to accept it for you?\n\nKayla",
        "d2",
    ),
    (
        "Desert Vista Medical Center",
        "accepted",
        "2025-08-08",
        ME,
        "RE: OFFER - Desert Vista ICU!",
        "Yes, please accept it for me!! So excited. Thank you Kayla!\n\nHailey",
        "d2",
    ),
    (
        "Desert Vista Medical Center",
        "skip",
        "2025-08-09",
        "Kayla Brooks <kayla.brooks@sunbelttravelnurse.example>",
        "Onboarding checklist - Desert Vista",
        "Hi Hailey,\n\nCongrats again! Here's your onboarding checklist: drug screen, physical, TB test, BLS/ACLS copies "
        "and the Desert Vista skills checklist. Please complete by 8/15.\n\nKayla",
        "d3",
    ),
    (
        "Valley Health Partners",
        "rejected",
        "2025-08-14",
        "Valley Health Partners <valleyhealth@myworkday.com>",
        "Your application - Registered Nurse - ICU",
        "Dear Hailey,\n\nThank you for your interest in Valley Health Partners. We have decided to move forward with "
        "other candidates for this position.\n\nValley Health Partners Talent Acquisition",
        "v1",
    ),
]

_NEGATIVES = [
    (
        "Sunbelt Travel Nursing <jobs@sunbelttravelnurse.example>",
        "This week's HOT ICU jobs",
        "alert",
        "ICU - Las Vegas $2,800/wk. ICU - Albuquerque $2,550/wk. Reply to submit!",
    ),
    (
        "Horizon Nurse Staffing <hotjobs@horizonnursestaffing.example>",
        "Hot jobs in the Southwest",
        "alert",
        "CVICU - Phoenix. Step-down - Tucson. Call your recruiter today.",
    ),
    (
        "Coastline Travel Nurses <jobs@coastlinetravel.example>",
        "New ICU travel assignments",
        "alert",
        "ICU assignments in California paying up to $3,400/week. Apply now.",
    ),
    (
        "Arizona State Board of Nursing <noreply@azbn.example>",
        "Compact license renewal reminder",
        "other",
        "Your multistate RN license expires in 60 days. Renew online.",
    ),
    (
        "Vivian Health <alerts@vivian.example>",
        "12 new ICU jobs match your preferences",
        "alert",
        "Travel ICU RN - Reno. Travel ICU RN - El Paso. View jobs.",
    ),
    (
        "Extended Stay America <reservations@esa.example>",
        "Reservation confirmation",
        "other",
        "Your reservation in Phoenix - Chandler is confirmed for August 24 - November 22.",
    ),
    (
        "Mom <donna.morgan@yahoo.example>",
        "proud of you",
        "personal",
        "So proud of you sweetie! Call me when you land.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (the onboarding checklist is no step)."""
    from mail_score import no_step, takeout_corpus

    out = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HAILEY,
        own_to=_OWN_TO,
        offset="-0700",
        clock="09:20:00",
        neg_start="2025-08-03",
        neg_step=2,
        neg_clock="20:55:00",
        tag="threehundredthirtyfive",
    )
    return no_step(out, "onboarding")


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
