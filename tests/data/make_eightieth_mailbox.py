"""An eightieth mailbox, written as a held-out check after the seventy-ninth's fixes (issue #24).

Renata, a GIS analyst in Sacramento County, exports Gmail with Takeout.  Local government hires in its own words,
through NEOGOV (GovernmentJobs.com): "your application has been received", "you have been placed on the eligible
list", "your application has been referred to the hiring department", an "oral board interview", a "second
interview with the department head", a "conditional offer of employment" pending a background investigation;
"you were not selected", "your application did not meet the minimum qualifications"; her own thank-you note and
acceptance.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.  One miss is left after the fixes: the truth calls the department head's "second interview"
the final round, and the reader an interview round (the mail does not say it is the last; no rule was written for
this one mail).
"""

from __future__ import annotations

from pathlib import Path

RENATA = "renata.silva.gis@gmail.com"
_ME = f"Renata Silva <{RENATA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # County of Sacramento (NEOGOV; eligible list; oral board; department head; conditional offer)
    (
        "County of Sacramento",
        "applied",
        "2025-03-03",
        "County of Sacramento <noreply@governmentjobs.com>",
        "Application Received for GIS Analyst II",
        "Dear Renata Silva,\n\nThank you for your interest in employment with the County of Sacramento. Your "
        "application for GIS Analyst II (Recruitment #25-0412) has been received. You will be notified of your "
        "status by email.\n\nCounty of Sacramento Department of Personnel Services",
        "cs1",
    ),
    (
        "County of Sacramento",
        "interview",
        "2025-03-20",
        "County of Sacramento <noreply@governmentjobs.com>",
        "Oral Board Interview - GIS Analyst II",
        "Dear Renata Silva,\n\nCongratulations! Based on your application and supplemental questionnaire, you are "
        "invited to participate in an oral board interview for GIS Analyst II on Wednesday, April 2, 2025 at 10:00 "
        "AM. Please reply to confirm your attendance.\n\nCounty of Sacramento Department of Personnel Services",
        "cs2",
    ),
    (
        "County of Sacramento",
        "onsite",
        "2025-04-14",
        "Angela Ruiz <ruiza@saccounty.gov>",
        "Second interview - GIS Analyst II",
        "Hi Renata,\n\nYou have been placed on the eligible list and your application has been referred to our "
        "department. Our department head, Mark Chen, would like to meet with you for a second interview on April 22 "
        "at 2:00 PM at 827 7th Street.\n\nAngela Ruiz\nDepartment of Technology",
        "cs3",
    ),
    (
        "County of Sacramento",
        "thank_you",
        "2025-04-22",
        _ME,
        "Re: Second interview - GIS Analyst II",
        "Hi Angela,\n\nThank you for arranging today's interview, and please pass my thanks to Mr. Chen.\n\nBest "
        "regards,\nRenata Silva",
        "cs3",
    ),
    (
        "County of Sacramento",
        "offer",
        "2025-05-02",
        "Angela Ruiz <ruiza@saccounty.gov>",
        "Conditional Offer of Employment - GIS Analyst II",
        "Dear Renata,\n\nI am pleased to extend a conditional offer of employment for the position of GIS Analyst II "
        "at Step 3 ($7,412/month), contingent upon successful completion of a background investigation and medical "
        "evaluation.\n\nAngela Ruiz",
        "cs4",
    ),
    (
        "County of Sacramento",
        "accepted",
        "2025-05-05",
        _ME,
        "Re: Conditional Offer of Employment - GIS Analyst II",
        "Dear Angela,\n\nThank you - I accept the conditional offer and will complete the background paperwork this "
        "week.\n\nRenata Silva",
        "cs4",
    ),
    # City of Davis (NEOGOV; not selected after an interview)
    (
        "City of Davis",
        "applied",
        "2025-03-04",
        "City of Davis <noreply@governmentjobs.com>",
        "Application Received for GIS Specialist",
        "Dear Renata Silva,\n\nThank you for applying for GIS Specialist with the City of Davis. Your application has "
        "been received and will be reviewed.\n\nCity of Davis Human Resources",
        "cd1",
    ),
    (
        "City of Davis",
        "onsite",
        "2025-03-25",
        "City of Davis <noreply@governmentjobs.com>",
        "Interview Invitation - GIS Specialist",
        "Dear Renata Silva,\n\nYou have been selected to participate in a panel interview for GIS Specialist on "
        "Tuesday, April 1 at 1:30 PM at Davis City Hall.\n\nCity of Davis Human Resources",
        "cd2",
    ),
    (
        "City of Davis",
        "rejected",
        "2025-04-11",
        "City of Davis <noreply@governmentjobs.com>",
        "Status Update - GIS Specialist",
        "Dear Renata Silva,\n\nThank you for participating in the interview process for GIS Specialist. After careful "
        "consideration, you were not selected for this position.\n\nCity of Davis Human Resources",
        "cd3",
    ),
    # Placer County Water Agency (minimum qualifications not met)
    (
        "Placer County Water Agency",
        "applied",
        "2025-03-06",
        "Placer County Water Agency <noreply@governmentjobs.com>",
        "Application Received for Senior GIS Technician",
        "Dear Renata Silva,\n\nYour application for Senior GIS Technician with the Placer County Water Agency has been "
        "received.\n\nPCWA Human Resources",
        "pc1",
    ),
    (
        "Placer County Water Agency",
        "rejected",
        "2025-03-21",
        "Placer County Water Agency <noreply@governmentjobs.com>",
        "Senior GIS Technician - Application Status",
        "Dear Renata Silva,\n\nAfter review, your application did not meet the minimum qualifications for Senior GIS "
        "Technician as stated in the job announcement and will not be considered further.\n\nPCWA Human Resources",
        "pc2",
    ),
    # Yolo Regional Transit (its own site; silence)
    (
        "Yolo Regional Transit",
        "applied",
        "2025-03-10",
        "Yolo Regional Transit <hr@yolotransit.org>",
        "Thank you for applying - GIS Coordinator",
        "Dear Renata,\n\nThank you for applying for the GIS Coordinator position with Yolo Regional Transit. The "
        "recruitment closes on March 28, after which applications will be screened.\n\nHuman Resources",
        "yt1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "GovernmentJobs <jobalerts@governmentjobs.com>",
        "New jobs matching your search: GIS",
        "alert",
        "GIS Analyst - County of Sacramento\nGIS Technician - City of Roseville\nView all jobs",
    ),
    (
        "County of Sacramento <noreply@governmentjobs.com>",
        "Action Required: Supplemental Questionnaire Incomplete",
        "unfinished",
        "Dear Renata Silva,\n\nYou started an application for Planner I but have not submitted it. Applications "
        "close on March 31.\n\nCounty of Sacramento",
    ),
    (
        "Esri <news@esri.com>",
        "ArcGIS Pro 3.5 is here",
        "newsletter",
        "What's new in ArcGIS Pro. Unsubscribe",
    ),
    (
        "Tyler Brooks <tbrooks@geostaffingpartners.com>",
        "Contract GIS Analyst - remote",
        "outreach",
        "Hi Renata, I have a 6-month remote contract for a GIS Analyst with a utilities client. Open to a quick call?",
    ),
    (
        "County of Sacramento <livescan@saccounty.gov>",
        "Background Investigation - Live Scan Appointment",
        "onboarding",
        "Dear Renata,\n\nPlease schedule your Live Scan fingerprinting appointment for your background investigation "
        "within 5 business days.\n\nCounty of Sacramento",
    ),
    (
        "Carla Silva <carla.silva71@gmail.com>",
        "dinner",
        "personal",
        "Dinner Sunday? Tell me about the county job!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=RENATA,
        own_to={"County of Sacramento": "Angela Ruiz <ruiza@saccounty.gov>"},
        offset="-0700",
        clock="13:25:00",
        neg_start="2025-03-07",
        neg_step=7,
        neg_clock="06:50:00",
        tag="eighty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
