"""A five-hundred-and-twenty-fifth mailbox, written as a held-out check after the five-hundred-and-twenty-fourth
(issue #24).

Danielle Foster, a pharmacist in Philadelphia, saves her mail from Outlook as .eml files.  Retail pharmacy and
hospitals hire through Workday, HireVue and Taleo: "Thank you for applying to CVS Health", "Complete your HireVue video
interview for Staff Pharmacist" (an interview round), a district manager's "we would like to move forward with a phone
interview with the District Manager", Taleo's "Thank you for your interest in Penn Medicine", "We are pleased to offer
you the position of Clinical Pharmacist", "we have selected another candidate whose qualifications better match", her
thanks to the district manager and her "I am happy to accept the offer".  Negatives: a pharmacy job board's alert, a
CE newsletter, a locum agency's cold mail, CVS's own ExtraCare coupon (a company she applied to), PECO and her
husband.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANI = "danielle.foster.rph@outlook.example"
ME = f"Danielle Foster <{DANI}>"
CVS = "CVS Health <cvshealth@myworkday.example>"
HIREVUE = "CVS Health via HireVue <noreply@hirevue.example>"
WAG = "Greg Murphy <greg.murphy@walgreens.example>"
PENN = "Penn Medicine <pennmedicine@taleo.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "CVS Health",
        "applied",
        "2025-03-03",
        CVS,
        "Thank you for applying to CVS Health",
        "Dear Danielle,\n\nThank you for applying to CVS Health for the Staff Pharmacist position (R0515883). We will "
        "review your application.\n\nCVS Health Talent Acquisition",
        None,
    ),
    (
        "Walgreens",
        "applied",
        "2025-03-04",
        "Walgreens <walgreens@myworkday.example>",
        "Thank you for applying to Walgreens",
        "Dear Danielle,\n\nThank you for applying to Walgreens for the Pharmacist role in Philadelphia, PA. Your "
        "application has been received.\n\nWalgreens Talent Acquisition",
        None,
    ),
    (
        "Penn Medicine",
        "applied",
        "2025-03-05",
        PENN,
        "Thank you for your interest in Penn Medicine",
        "Dear Danielle Foster,\n\nThank you for your interest in Penn Medicine. We have received your application for "
        "Clinical Pharmacist - HUP (Req 250311).\n\nPenn Medicine Talent Acquisition",
        None,
    ),
    (
        "CVS Health",
        "interview",
        "2025-03-07",
        HIREVUE,
        "Complete your HireVue video interview",
        "Dear Danielle,\n\nCVS Health has invited you to complete a HireVue video interview for Staff Pharmacist. "
        "Please complete it within 5 days.\n\nStart interview",
        None,
    ),
    (
        "Walgreens",
        "interview",
        "2025-03-10",
        WAG,
        "Walgreens Pharmacist - phone interview",
        "Hi Danielle,\n\nThank you for your application. We would like to move forward with a phone interview with the "
        "District Manager on Thursday at 1pm.\n\nGreg Murphy\nDistrict Manager, Walgreens",
        None,
    ),
    (
        "Walgreens",
        "thank_you",
        "2025-03-13",
        ME,
        "RE: Walgreens Pharmacist - phone interview",
        "Hi Greg,\n\nThank you for speaking with me today about the Pharmacist role.\n\nBest regards,\nDanielle",
        WAG,
    ),
    (
        "CVS Health",
        "rejected",
        "2025-03-17",
        CVS,
        "Update on your application",
        "Dear Danielle,\n\nThank you for your interest in CVS Health. We have selected another candidate whose "
        "qualifications better match the needs of the position.\n\nCVS Health Talent Acquisition",
        None,
    ),
    (
        "Penn Medicine",
        "interview",
        "2025-03-18",
        "Allison Park <allison.park@pennmedicine.example>",
        "Clinical Pharmacist - interview",
        "Dear Danielle,\n\nThe pharmacy leadership team would like to interview you for the Clinical Pharmacist position "
        "on March 26 at 10am via Teams.\n\nAllison Park\nPharmacy Manager",
        None,
    ),
    (
        "Penn Medicine",
        "offer",
        "2025-04-02",
        "Allison Park <allison.park@pennmedicine.example>",
        "Offer - Clinical Pharmacist",
        "Dear Danielle,\n\nWe are pleased to offer you the position of Clinical Pharmacist at the Hospital of the "
        "University of Pennsylvania. HR will send the formal offer letter today.\n\nAllison Park",
        None,
    ),
    (
        "Penn Medicine",
        "accepted",
        "2025-04-03",
        ME,
        "RE: Offer - Clinical Pharmacist",
        "Dear Allison,\n\nThank you - I am happy to accept the offer and look forward to joining the team.\n\nDanielle",
        "Allison Park <allison.park@pennmedicine.example>",
    ),
]

_NEGATIVES = [
    (
        "RxCareerCenter <alerts@rxcareercenter.example>",
        "New pharmacist jobs near Philadelphia",
        "alert",
        "Staff Pharmacist - Cherry Hill. Clinical Pharmacist - Camden. View jobs.",
    ),
    (
        "Pharmacy Times CE <ce@pharmacytimes.example>",
        "New CE: immunization update",
        "newsletter",
        "Earn 1.5 hours of CE. Unsubscribe.",
    ),
    (
        "Rx Relief <jobs@rxrelief.example>",
        "Per diem pharmacist shifts - $80/hr",
        "outreach",
        "Hi Danielle, we have per diem shifts in Philadelphia at $80/hr. Interested?",
    ),
    (
        "CVS Pharmacy <extracare@cvs.example>",
        "Your ExtraCare deals are here",
        "shop",
        "$5 off $20. Unsubscribe.",
    ),
    (
        "PECO <billing@peco.example>",
        "Your bill is ready",
        "other",
        "Your March bill is ready.",
    ),
    (
        "Marcus Foster <marcus.foster@gmail.example>",
        "dinner",
        "personal",
        "Pick up dinner on your way home?",
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
        clock="12:50:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:10:00",
        tag="fivehundredtwentyfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), DANI)
