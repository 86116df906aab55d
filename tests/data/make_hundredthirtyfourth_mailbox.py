"""A hundred-and-thirty-fourth mailbox, written as a held-out check after the hundred-and-thirty-third (issue #24).

Maria, a dental office manager in Houston, exports Gmail with Takeout.  She applies with Indeed Apply, ZipRecruiter
and Glassdoor to small practices; the practices answer through Indeed's messages, from a practice's Gmail, or by a
doctor's own short mail; one asks her to a "working interview" after a phone call, a group practice sends a
Paycom offer letter.  Her negatives: Indeed's "viewed" notices and suggestions, ZipRecruiter's "great match"
mail, a dental supply shop, her dentist's reminder, the Houston Chronicle, a CE course, a staffing agency's pitch.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARIA = "maria.gonzalez.om@gmail.com"
_ME = f"Maria Gonzalez <{MARIA}>"
_BAYOU = "Bayou City Smiles via Indeed <reply-7c1e55a0b3@indeedemail.com>"
_DRPARK = "Dr. Kevin Park <drkevinpark.dds@gmail.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Bayou City Smiles",
        "applied",
        "2025-02-03",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Dental Office Manager",
        "Application submitted\n\nDental Office Manager\nBayou City Smiles - Houston, TX 77008\n\nThe following items "
        "were sent to Bayou City Smiles. Good luck!\n\n- Resume\n- Answers to employer questions",
        "bc1",
    ),
    (
        "Bayou City Smiles",
        "screen",
        "2025-02-05",
        _BAYOU,
        "New message from Bayou City Smiles",
        "Bayou City Smiles sent you a message about Dental Office Manager:\n\nHi Maria, thanks for applying! Are you "
        "available for a quick phone call tomorrow between 12 and 1? We'd like to learn more about your Dentrix "
        "experience. - Angela, Practice Administrator\n\nReply on Indeed",
        "bc2",
    ),
    (
        "Bayou City Smiles",
        "onsite",
        "2025-02-07",
        _BAYOU,
        "New message from Bayou City Smiles",
        "Bayou City Smiles sent you a message about Dental Office Manager:\n\nHi Maria, great talking with you! Dr. "
        "Nguyen would like you to come in for a working interview next Wednesday from 9 to 1 so you can see the front "
        "desk in action. It's paid. Does that work?\n\nReply on Indeed",
        "bc3",
    ),
    (
        "Bayou City Smiles",
        "rejected",
        "2025-02-17",
        _BAYOU,
        "New message from Bayou City Smiles",
        "Bayou City Smiles sent you a message about Dental Office Manager:\n\nHi Maria, thank you for coming in last "
        "week. Dr. Nguyen decided to promote someone from within the team, so we won't be moving ahead. We really "
        "appreciated your time!\n\nReply on Indeed",
        "bc4",
    ),
    (
        "Heights Family Dentistry",
        "applied",
        "2025-02-04",
        "ZipRecruiter <applications@ziprecruiter.com>",
        "Your application to Heights Family Dentistry",
        "Hi Maria,\n\nYou applied to Office Manager at Heights Family Dentistry. Your application has been delivered "
        "to the employer.\n\nZipRecruiter",
        "hf1",
    ),
    (
        "Heights Family Dentistry",
        "screen",
        "2025-02-10",
        _DRPARK,
        "Office Manager position",
        "Maria,\n\nI got your resume through ZipRecruiter. Can you talk Thursday after 5? My cell is 713-555-0148.\n\n"
        "Kevin Park, DDS\nHeights Family Dentistry",
        "hf2",
    ),
    (
        "Heights Family Dentistry",
        "offer",
        "2025-02-14",
        _DRPARK,
        "Re: Office Manager position",
        "Maria,\n\nEnjoyed talking with you. I'd like to offer you the office manager job at $26/hr, 4 days a week, "
        "starting March 3. Let me know.\n\nKevin",
        "hf2",
    ),
    (
        "Heights Family Dentistry",
        "declined",
        "2025-02-18",
        _ME,
        "Re: Office Manager position",
        "Dr. Park,\n\nThank you so much for the offer. After a lot of thought I've decided to decline - the commute "
        "and schedule won't work for my family right now. I wish you and the team all the best.\n\nMaria",
        "hf2",
    ),
    (
        "Gulf Coast Dental Group",
        "applied",
        "2025-02-06",
        "Glassdoor <noreply@glassdoor.com>",
        "Your application to Gulf Coast Dental Group was sent",
        "Your application was sent to Gulf Coast Dental Group.\n\nRegional Office Manager\nGulf Coast Dental Group - "
        "Houston, TX",
        "gc1",
    ),
    (
        "Gulf Coast Dental Group",
        "interview",
        "2025-02-12",
        "Tasha Brooks <tbrooks@gulfcoastdentalgroup.com>",
        "Interview - Regional Office Manager",
        "Hello Maria,\n\nThe regional director would like to interview you for the Regional Office Manager role. "
        "Are you available Tuesday, February 18 at 10:00 am at our Galleria office?\n\nTasha Brooks\nHR Generalist, "
        "Gulf Coast Dental Group",
        "gc2",
    ),
    (
        "Gulf Coast Dental Group",
        "thank_you",
        "2025-02-18",
        _ME,
        "Re: Interview - Regional Office Manager",
        "Hi Tasha,\n\nThank you for arranging today's interview. I enjoyed meeting the regional director and learning "
        "about the new locations.\n\nBest,\nMaria",
        "gc2",
    ),
    (
        "Gulf Coast Dental Group",
        "offer",
        "2025-02-24",
        "Gulf Coast Dental Group <noreply@paycomonline.net>",
        "Offer Letter - Regional Office Manager",
        "Dear Maria Gonzalez,\n\nGulf Coast Dental Group is pleased to extend an offer of employment for the position "
        "of Regional Office Manager. Please log in to review and sign your offer letter.",
        "gc3",
    ),
    (
        "Gulf Coast Dental Group",
        "accepted",
        "2025-02-25",
        _ME,
        "Re: Interview - Regional Office Manager",
        "Hi Tasha,\n\nI've signed the offer letter in Paycom - so happy to be joining Gulf Coast! See you on March 10."
        "\n\nMaria",
        "gc2",
    ),
    (
        "Memorial Oaks Orthodontics",
        "applied",
        "2025-02-08",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Front Office Manager",
        "Application submitted\n\nFront Office Manager\nMemorial Oaks Orthodontics - Houston, TX 77024\n\nThe following "
        "items were sent to Memorial Oaks Orthodontics. Good luck!",
        "mo1",
    ),
    (
        "Memorial Oaks Orthodontics",
        "rejected",
        "2025-02-13",
        "Memorial Oaks Orthodontics via Indeed <reply-2b9d04e1f7@indeedemail.com>",
        "An update on your application",
        "Memorial Oaks Orthodontics sent you a message about Front Office Manager:\n\nThank you for your interest. "
        "At this time we have decided to go with another candidate whose orthodontic experience more closely fits "
        "our needs.\n\nReply on Indeed",
        "mo2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Indeed <donotreply@match.indeed.com>",
        "Your application was viewed by Bayou City Smiles",
        "alert",
        "Good news! Bayou City Smiles viewed your application for Dental Office Manager.",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "You're a great match for these jobs",
        "alert",
        "Office Manager - Aspen Dental - Houston, TX. Practice Manager - Smile Brands - Katy, TX. Apply now.",
    ),
    (
        "Henry Schein <orders@henryschein.com>",
        "Your order has shipped",
        "shop",
        "Your order #5512093 has shipped. Track your package.",
    ),
    (
        "Smile Dental Care <reminders@smiledentalcare.com>",
        "Appointment reminder",
        "other",
        "This is a reminder of your cleaning appointment on Feb 20 at 3:00 PM. Reply C to confirm.",
    ),
    (
        "Houston Chronicle <newsletters@houstonchronicle.com>",
        "Morning Report",
        "newsletter",
        "Today's top stories from Houston. Read more. Unsubscribe",
    ),
    (
        "Dental Office Academy <courses@dentalofficeacademy.com>",
        "New CE course: mastering insurance claims",
        "newsletter",
        "Earn 3 CE credits with our new course on insurance claims. Enroll today. Unsubscribe",
    ),
    (
        "Jenna Cole <jenna@dentalstaffingpros.com>",
        "Temp-to-hire office manager in Sugar Land",
        "outreach",
        "Hi Maria, I saw your resume on Indeed. I have a temp-to-hire office manager role in Sugar Land paying $28/hr. "
        "Are you available for a quick call?",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Dental Office Manager jobs in Houston, TX",
        "alert",
        "Dental Office Manager - Bellaire Smiles - Houston, TX. Office Manager - Pearl Dental - Houston, TX. See more.",
    ),
    (
        "Indeed <donotreply@match.indeed.com>",
        "Employers are looking at your resume",
        "alert",
        "Your resume was viewed 6 times this week. Update your resume to stand out.",
    ),
    (
        "H-E-B <noreply@heb.com>",
        "Your curbside order is ready",
        "shop",
        "Your curbside order is ready for pickup at the Heights H-E-B.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARIA,
        own_to={
            "Heights Family Dentistry": _DRPARK,
            "Gulf Coast Dental Group": "Tasha Brooks <tbrooks@gulfcoastdentalgroup.com>",
        },
        offset="-0600",
        clock="12:10:00",
        neg_start="2025-02-02",
        neg_step=3,
        neg_clock="06:30:00",
        tag="hundredthirtyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
