"""A six-hundred-and-fifty-sixth mailbox, written as a held-out check after the six-hundred-and-fifty-fifth
(issue #24).

Brianna Lopez, an ICU travel nurse based in Phoenix, exports her Gmail with Takeout. Travel-nursing agencies write
about the hospitals they submit her to: an Aya recruiter's "You've been submitted to Banner University Medical Center
Tucson for the 13-week ICU contract", then "the unit manager at Banner would like to do a phone interview tomorrow",
"Banner offered! Can you accept by 5pm?" and her "Yes please accept it for me!"; an AMN recruiter's "I submitted your
profile to HonorHealth Scottsdale Shea for the CVICU need" and later "HonorHealth filled the position internally";
a Trusted Health "Your application to St. Joseph's Hospital was submitted" and "St. Joseph's declined your
application". She also applies directly to Mayo Clinic Arizona for a staff role through Workday, with a phone screen
from its nurse recruiter. Negatives: Vivian's job alerts, a third agency's cold text-style mail, the Arizona nursing
board's notice, Aya's own newsletter, her compact license reminder and her roommate. (The first read missed the
bar: the Trusted Health receipt as no job's, "BANNER OFFERED!!", "declined your application", Mayo Clinic Arizona's
state. HonorHealth's truth was first its system's name; the agency submits to a facility, as Banner's truth has it.)
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BRI = "brianna.lopez.rn@gmail.com"
ME = f"Brianna Lopez <{BRI}>"
AYA = "Kyle Morgan <kyle.morgan@ayahealthcare.example>"
AMN = "Tasha Green <tasha.green@amnhealthcare.example>"
TRUSTED = "Trusted Health <notifications@trustedhealth.example>"
MAYO = "Mayo Clinic <mayoclinic@myworkday.example>"
MAYOR = "Erin Hall <hall.erin@mayo.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Banner University Medical Center Tucson",
        "applied",
        "2025-08-04",
        AYA,
        "Submitted! Banner UMC Tucson ICU",
        "Hey Brianna!\n\nYou've been submitted to Banner University Medical Center Tucson for the 13-week ICU contract "
        "(nights, $2,950/wk gross, start 9/8). Fingers crossed!\n\nKyle Morgan\nRecruiter | Aya Healthcare",
        "t-banner",
    ),
    (
        "HonorHealth Scottsdale Shea",
        "applied",
        "2025-08-05",
        AMN,
        "HonorHealth CVICU submission",
        "Hi Brianna,\n\nI submitted your profile to HonorHealth Scottsdale Shea for the CVICU need (13 weeks, days). "
        "I'll let you know as soon as I hear from the manager.\n\nTasha Green\nAMN Healthcare",
        "t-honor",
    ),
    (
        "St. Joseph's Hospital",
        "applied",
        "2025-08-05",
        TRUSTED,
        "Your application to St. Joseph's Hospital was submitted",
        "Hi Brianna,\n\nYour application to St. Joseph's Hospital and Medical Center (ICU, 13 weeks, Phoenix) was "
        "submitted. We'll notify you when the facility responds.\n\nTrusted Health",
        "t-stjoe",
    ),
    (
        "Mayo Clinic",
        "applied",
        "2025-08-06",
        MAYO,
        "Thank you for applying to Mayo Clinic",
        "Dear Brianna,\n\nThank you for applying for the Registered Nurse - ICU position (R-2025-33817) at Mayo Clinic "
        "in Phoenix, Arizona. We are reviewing your application.\n\nMayo Clinic Talent Acquisition",
        "t-mayo",
    ),
    (
        "Banner University Medical Center Tucson",
        "interview",
        "2025-08-07",
        AYA,
        "Re: Submitted! Banner UMC Tucson ICU",
        "Brianna - the unit manager at Banner would like to do a phone interview tomorrow between 10 and 12. Keep "
        "your phone close!\n\nKyle",
        "t-banner",
    ),
    (
        "St. Joseph's Hospital",
        "rejected",
        "2025-08-08",
        TRUSTED,
        "Update on your St. Joseph's Hospital application",
        "Hi Brianna,\n\nSt. Joseph's Hospital declined your application for this position. Don't worry - there are "
        "more ICU jobs waiting for you.\n\nTrusted Health",
        "t-stjoe",
    ),
    (
        "Banner University Medical Center Tucson",
        "offer",
        "2025-08-09",
        AYA,
        "Re: Submitted! Banner UMC Tucson ICU",
        "BANNER OFFERED!! Can you accept by 5pm today? Start date 9/8 confirmed.\n\nKyle",
        "t-banner",
    ),
    (
        "Banner University Medical Center Tucson",
        "accepted",
        "2025-08-09",
        ME,
        "Re: Submitted! Banner UMC Tucson ICU",
        "Yes please accept it for me!! So excited.\n\nBri",
        "t-banner",
    ),
    (
        "Mayo Clinic",
        "screen",
        "2025-08-11",
        MAYOR,
        "RN - ICU at Mayo Clinic Arizona",
        "Hi Brianna,\n\nI'm the nurse recruiter for the ICU at Mayo Clinic Arizona. Do you have 15 minutes this week for "
        "a quick phone call about the position?\n\nErin Hall\nNurse Recruiter, Mayo Clinic",
        "t-mayo2",
    ),
    (
        "HonorHealth Scottsdale Shea",
        "rejected",
        "2025-08-12",
        AMN,
        "Re: HonorHealth CVICU submission",
        "Hi Brianna,\n\nUpdate: HonorHealth filled the position internally, so your submission was closed. I'll send "
        "you some other Phoenix options.\n\nTasha",
        "t-honor",
    ),
    (
        "Mayo Clinic",
        "withdrew",
        "2025-08-13",
        ME,
        "Re: RN - ICU at Mayo Clinic Arizona",
        "Hi Erin,\n\nThank you for reaching out. I've accepted a travel contract, so I'd like to withdraw my application "
        "for now.\n\nBrianna",
        "t-mayo2",
    ),
]

_NEGATIVES = [
    (
        "Vivian Health <jobs@vivian.example>",
        "12 new ICU travel jobs in Arizona",
        "alert",
        "New jobs match your preferences. View jobs. Manage alerts.",
    ),
    (
        "Jess at Cross Country <jess.w@crosscountry.example>",
        "Hi Brianna!",
        "outreach",
        "Hi Brianna! I have a few high-paying ICU contracts in California right now. Are you looking for your next "
        "assignment?",
    ),
    (
        "Arizona State Board of Nursing <noreply@azbn.example>",
        "Fingerprint clearance reminder",
        "other",
        "Your fingerprint clearance card expires in 60 days.",
    ),
    (
        "Aya Healthcare <news@ayahealthcare.example>",
        "The Aya Insider: September",
        "newsletter",
        "News and perks for Aya travelers. Unsubscribe.",
    ),
    (
        "Nursys <noreply@nursys.example>",
        "License verification",
        "other",
        "Your license verification has been processed.",
    ),
    (
        "Maddie <maddie.r@gmail.example>",
        "rent",
        "personal",
        "Venmo'd you for the electric bill!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=BRI,
        own_to={"Banner University Medical Center Tucson": AYA, "Mayo Clinic": MAYOR},
        offset="-0700",
        clock="08:20:00",
        neg_start="2025-08-03",
        neg_step=3,
        neg_clock="21:35:00",
        tag="sixhundredfiftysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
