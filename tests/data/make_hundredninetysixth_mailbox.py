"""A hundred-and-ninety-sixth mailbox, written as a held-out check after the hundred-and-ninety-fifth (issue #24).

Aaron, a fourth-year medical student applying to internal medicine residencies, exported Gmail with Takeout.  The
residency match writes in its own words: ERAS certifies one application sent to many programs (no employer's
mail), programs invite to interview through Thalamus ("log in to schedule your interview date"), a coordinator
acknowledges an application, programs regret "that we are unable to offer you an interview" or place him on an
"interview waitlist", a program director thanks him after interview day, and the NRMP's match result names the
program that is his offer.  Negatives: ERAS's certification and the NRMP's "you matched!" (which names no program),
Thalamus's reminders, a board-exam prep course, the medical school's dean's office, a specialty society's
newsletter, a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AARON = "aaron.kim.md2026@gmail.com"
ME = f"Aaron Kim <{AARON}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Mountain View Regional Hospital",
        "applied",
        "2025-09-26",
        "Lisa Romero <lromero@mvrh.org>",
        "Application received - Internal Medicine Residency",
        "Dear Aaron,\n\nThank you for applying to the Mountain View Regional Hospital Internal Medicine Residency "
        "Program through ERAS. Your application is complete and will be reviewed by our selection committee. "
        "Interview invitations will be sent through Thalamus beginning in mid-October.\n\nLisa Romero\nResidency "
        "Program Coordinator, Internal Medicine\nMountain View Regional Hospital",
        "m1",
    ),
    (
        "Front Range Medical Center",
        "interview",
        "2025-10-08",
        "Thalamus <no-reply@thalamusgme.com>",
        "Interview Invitation from Front Range Medical Center - Internal Medicine",
        "Dear Aaron,\n\nCongratulations! The Front Range Medical Center Internal Medicine Residency Program would "
        "like to invite you to interview for a categorical position in the 2026 Main Residency Match. Please log in "
        "to Thalamus to schedule your virtual interview date. Available dates: November 4, November 11 and "
        "November 18.\n\nInvitations are limited; please respond within 72 hours.\n\nThalamus on behalf of Front "
        "Range Medical Center",
        "f1",
    ),
    (
        "St. Brendan's Hospital",
        "rejected",
        "2025-10-14",
        "St. Brendan's IM Residency <imresidency@stbrendans.org>",
        "Your application to the St. Brendan's Internal Medicine Residency",
        "Dear Applicant,\n\nThank you for your interest in the Internal Medicine Residency Program at St. Brendan's "
        "Hospital. We received over 4,000 applications for 20 positions this year and regret that we are unable to "
        "offer you an interview.\n\nWe wish you the very best in the Match.\n\nSincerely,\nThe Selection Committee",
        "s1",
    ),
    (
        "Mountain View Regional Hospital",
        "interview",
        "2025-10-20",
        "Thalamus <no-reply@thalamusgme.com>",
        "Interview Invitation from Mountain View Regional Hospital - Internal Medicine",
        "Dear Aaron,\n\nCongratulations! The Mountain View Regional Hospital Internal Medicine Residency Program "
        "would like to invite you to interview. Please log in to Thalamus to schedule your interview date; interview "
        "days are held in person in Loveland on Mondays in November and December.\n\nThalamus on behalf of Mountain "
        "View Regional Hospital",
        "m2",
    ),
    (
        "Rocky Mountain University Hospital",
        "reply",
        "2025-10-22",
        "Thalamus <no-reply@thalamusgme.com>",
        "Update from Rocky Mountain University Hospital - Internal Medicine",
        "Dear Aaron,\n\nThank you for your application to the Rocky Mountain University Hospital Internal Medicine "
        "Residency Program. We have filled our current interview dates and have placed you on our interview "
        "waitlist. If a date becomes available, you will be notified through Thalamus.\n\nThalamus on behalf of "
        "Rocky Mountain University Hospital",
        "r1",
    ),
    (
        "Front Range Medical Center",
        "thank_you",
        "2025-11-12",
        ME,
        "Thank you - interview day November 11",
        "Dear Dr. Alvarez,\n\nThank you for a wonderful interview day yesterday. I especially enjoyed hearing the "
        "residents talk about the county clinic and the point-of-care ultrasound curriculum, and I left even more "
        "excited about Front Range.\n\nSincerely,\nAaron Kim\nMS4, University of Colorado School of Medicine",
        "f2",
    ),
    (
        "Front Range Medical Center",
        "reply",
        "2025-11-14",
        "Dr. Elena Alvarez <elena.alvarez@frontrangemc.org>",
        "Re: Thank you - interview day November 11",
        "Dear Aaron,\n\nThank you for your kind note, and for spending the day with us. It was a pleasure to meet "
        "you. We will be finalizing our rank list in February; please don't hesitate to reach out with any "
        "questions in the meantime.\n\nWarm regards,\nElena Alvarez, MD\nProgram Director, Internal Medicine "
        "Residency\nFront Range Medical Center",
        "f2",
    ),
    (
        "Mountain View Regional Hospital",
        "thank_you",
        "2025-12-02",
        ME,
        "Thank you from Aaron Kim",
        "Dear Dr. Patel,\n\nThank you for taking the time to interview me on Monday. The program's commitment to "
        "rural medicine stood out to me, and I appreciated the chance to round with the night team.\n\nBest "
        "regards,\nAaron Kim",
        "m3",
    ),
    (
        "Front Range Medical Center",
        "offer",
        "2026-03-20",
        "NRMP <noreply@nrmp.org>",
        "2026 Main Residency Match results",
        "Dear Aaron Kim,\n\nCongratulations! The results of the 2026 Main Residency Match are now available. You "
        "matched to:\n\nFront Range Medical Center\nInternal Medicine (Categorical)\nDenver, CO\n\nYour match is a "
        "binding commitment. The program will contact you about your contract and onboarding.\n\nNational "
        "Resident Matching Program",
        "n2",
    ),
]

_OWN_TO = {
    "Front Range Medical Center": "Dr. Elena Alvarez <elena.alvarez@frontrangemc.org>",
    "Mountain View Regional Hospital": "Dr. Raj Patel <rpatel@mvrh.org>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "AAMC ERAS <myeras@aamc.org>",
        "Your MyERAS application has been certified and submitted",
        "other",
        "Dear Aaron Kim, your MyERAS application for the 2026 season has been certified and submitted to the 42 "
        "programs you selected. Programs will be able to download your application beginning September 24.",
    ),
    (
        "Thalamus <no-reply@thalamusgme.com>",
        "Reminder: complete your Thalamus profile",
        "reminder",
        "Programs are sending interview invitations now. Complete your profile and connect your calendar so you "
        "don't miss one.",
    ),
    (
        "BoardPrep Pro <hello@boardprep.example>",
        "Step 3 prep: 40% off for the class of 2026",
        "shop",
        "Start your Step 3 prep early and save 40%.",
    ),
    (
        "Office of Student Affairs <osa@cuanschutz.example>",
        "Match Week schedule and Match Day ceremony",
        "other",
        "Match Week begins Monday, March 16. The Match Day ceremony will be held Friday at 10 a.m. in the Education "
        "Building. Families are welcome.",
    ),
    (
        "ACP Internist Weekly <acp@acponline.example>",
        "ACP Internist Weekly: the new hypertension guideline",
        "newsletter",
        "This week: the new hypertension guideline, a case of fever after travel, and residency application tips.",
    ),
    (
        "NRMP <noreply@nrmp.org>",
        "Congratulations, you matched!",
        "other",
        "Dear Aaron Kim, congratulations! You have matched. You will learn where you matched on Friday, March 20, "
        "at 12:00 p.m. ET.",
    ),
    (
        "Jenny Park <jennypark.md@gmail.com>",
        "interview season survival",
        "personal",
        "How many interviews do you have now?? I'm at 11 and already tired of the same questions. Coffee after "
        "rounds Thursday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AARON,
        own_to=_OWN_TO,
        offset="-0600",
        clock="18:40:00",
        neg_start="2025-09-24",
        neg_step=26,
        neg_clock="07:05:00",
        tag="hundredninetysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
