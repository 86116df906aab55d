"""A hundred-and-ninetieth mailbox, written as a held-out check after the hundred-and-eighty-ninth (issue #24).

Kayla, a credentialed veterinary technician in Austin, exported Gmail with Takeout.  Clinic groups answer through
their owners' tracking systems (Banfield through Mars's Workday, Thrive through iCIMS, VCA through a recruiter), an
independent clinic found on Indeed asks her in for a paid "working interview", an emergency hospital's medical
director writes from the practice's own domain.  Negatives: her own dog's appointment reminders from a clinic she
also applied to, Indeed's job alerts, a continuing-education webinar, a pet pharmacy's promotion, NAVTA's newsletter
and a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.

Its truth first named VCA "VCA Animal Hospitals", as its recruiter signs; after the first read it is "VCA", the name
its domain (vca.com) and her first mail's subject give, and the one its recruiter's three names share ("VCA Anderson
Mill Animal Hospital" is one of its hospitals).
"""

from __future__ import annotations

from pathlib import Path

KAYLA = "kayla.nguyen.lvt@gmail.com"
ME = f"Kayla Nguyen <{KAYLA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Banfield Pet Hospital",
        "applied",
        "2025-08-04",
        "Mars Careers <mars@myworkday.com>",
        "Thank you for applying to Banfield Pet Hospital",
        "Hi Kayla,\n\nThank you for your interest in the Credentialed Veterinary Technician role at Banfield Pet "
        "Hospital, part of the Mars Veterinary Health family. We have received your application and our team will "
        "review your qualifications.\n\nIf your experience is a match, a member of our talent team will reach out "
        "to discuss next steps.\n\nMars Veterinary Health Talent Acquisition",
        "b1",
    ),
    (
        "Thrive Pet Healthcare",
        "applied",
        "2025-08-04",
        "Thrive Pet Healthcare <careers-thrivepet@talent.icims.com>",
        "Thank you for applying - Veterinary Technician (Austin, TX)",
        "Kayla,\n\nThank you for applying for the Veterinary Technician position (Req #21877) at Thrive Pet "
        "Healthcare - South Lamar. Your application has been received and is being reviewed by our hiring team.\n\n"
        "You can log in to our careers portal at any time to view the status of your application.\n\nThrive Pet "
        "Healthcare Recruiting",
        "t1",
    ),
    (
        "Barton Creek Animal Clinic",
        "applied",
        "2025-08-05",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Veterinary Technician",
        "Your application has been submitted.\n\nVeterinary Technician\nBarton Creek Animal Clinic - Austin, TX\n\n"
        "Good luck! You can track your applications in My Jobs.\n\nIndeed",
        "bc1",
    ),
    (
        "Barton Creek Animal Clinic",
        "interview",
        "2025-08-07",
        "Tina Morales <tina@bartoncreekanimalclinic.com>",
        "Veterinary Technician - working interview",
        "Hi Kayla,\n\nThanks for applying through Indeed! Your resume looks great. We'd love to have you come in "
        "for a working interview this Tuesday from 9 to 1 so you can meet the team and see how we run things - it "
        "is paid, and scrubs are fine.\n\nLet me know if that works for you.\n\nTina Morales\nPractice Manager\n"
        "Barton Creek Animal Clinic\n(512) 555-0143",
        "bc2",
    ),
    (
        "Austin Veterinary Emergency & Specialty",
        "applied",
        "2025-08-06",
        ME,
        "Application - Emergency Veterinary Technician (nights)",
        "Dear Dr. Patel,\n\nI saw your posting for an overnight emergency technician and would like to apply. I am a "
        "credentialed LVT with three years in general practice and a year of ICU shifts at a referral hospital. My "
        "resume and license number are attached.\n\nThank you for considering me,\nKayla Nguyen, LVT",
        "av1",
    ),
    (
        "VCA",
        "screen",
        "2025-08-08",
        "Jessica Ortiz <jessica.ortiz@vca.com>",
        "Veterinary Technician opportunities with VCA - quick call?",
        "Hi Kayla,\n\nThank you for submitting your application for the Veterinary Technician opening at VCA Anderson "
        "Mill Animal Hospital. I'm the recruiter supporting our Central Texas hospitals and would like to set up a "
        "15-minute phone call to learn more about what you're looking for.\n\nAre you available Monday or Tuesday "
        "afternoon?\n\nJessica Ortiz\nTalent Acquisition Partner, VCA Animal Hospitals",
        "v1",
    ),
    (
        "Barton Creek Animal Clinic",
        "thank_you",
        "2025-08-12",
        ME,
        "Thank you for today",
        "Hi Tina,\n\nThank you for having me today - I really enjoyed working with the team and meeting Dr. Kim. "
        "I'd love to join the clinic.\n\nKayla",
        "bc3",
    ),
    (
        "Austin Veterinary Emergency & Specialty",
        "interview",
        "2025-08-13",
        "Dr. Anjali Patel <apatel@austinvetemergency.com>",
        "RE: Application - Emergency Veterinary Technician (nights)",
        "Kayla,\n\nThanks for reaching out, your ICU experience is exactly what we need on nights. Could you come in "
        "to meet with me and our head technician, Marcus, on Friday at 3pm? Plan on about an hour, including a "
        "walk through the treatment area.\n\nBest,\nAnjali Patel, DVM, DACVECC\nMedical Director\nAustin "
        "Veterinary Emergency & Specialty",
        "av1",
    ),
    (
        "Thrive Pet Healthcare",
        "rejected",
        "2025-08-14",
        "Thrive Pet Healthcare <careers-thrivepet@talent.icims.com>",
        "Your application with Thrive Pet Healthcare",
        "Kayla,\n\nThank you again for your interest in the Veterinary Technician position at Thrive Pet "
        "Healthcare. After careful review, we have decided to pursue other candidates whose experience more "
        "closely aligns with the needs of this hospital.\n\nWe encourage you to apply for future openings.\n\n"
        "Thrive Pet Healthcare Recruiting",
        "t2",
    ),
    (
        "Barton Creek Animal Clinic",
        "offer",
        "2025-08-15",
        "Tina Morales <tina@bartoncreekanimalclinic.com>",
        "Offer - Veterinary Technician",
        "Hi Kayla,\n\nThe whole team loved working with you on Tuesday! Dr. Kim would like to offer you the "
        "Veterinary Technician position at $22.50/hour, full time, with CE allowance and pet care discounts. The "
        "offer letter is attached - please look it over and let me know by Wednesday.\n\nTina Morales\nPractice "
        "Manager\nBarton Creek Animal Clinic",
        "bc2",
    ),
    (
        "VCA",
        "interview",
        "2025-08-18",
        "Jessica Ortiz <jessica.ortiz@vca.com>",
        "Interview with VCA Anderson Mill - Thursday 8/21",
        "Hi Kayla,\n\nGreat speaking with you! The hospital manager, Rebecca Lin, would like to meet you in person "
        "on Thursday 8/21 at 1:30 PM at VCA Anderson Mill Animal Hospital, 10601 Anderson Mill Rd. You'll also "
        "get a short tour and shadow the treatment team for an hour.\n\nJessica Ortiz\nTalent Acquisition Partner, "
        "VCA",
        "v1",
    ),
    (
        "Austin Veterinary Emergency & Specialty",
        "rejected",
        "2025-08-19",
        "Dr. Anjali Patel <apatel@austinvetemergency.com>",
        "RE: Application - Emergency Veterinary Technician (nights)",
        "Hi Kayla,\n\nThank you for coming in on Friday. It was a close call, but we've offered the night position "
        "to a technician with more emergency experience. I'd be glad to keep your resume on file for our next "
        "opening.\n\nAnjali Patel, DVM, DACVECC\nMedical Director",
        "av1",
    ),
    (
        "Barton Creek Animal Clinic",
        "accepted",
        "2025-08-19",
        ME,
        "RE: Offer - Veterinary Technician",
        "Hi Tina,\n\nThank you so much! I'm happy to accept the offer - the signed letter is attached. I can start "
        "on September 2.\n\nKayla",
        "bc2",
    ),
    (
        "VCA",
        "withdrew",
        "2025-08-20",
        ME,
        "RE: Interview with VCA Anderson Mill - Thursday 8/21",
        "Hi Jessica,\n\nThank you for setting this up. I've accepted a position at another clinic, so I'd like to "
        "withdraw my application and free up Rebecca's time tomorrow. I appreciate your help!\n\nKayla Nguyen",
        "v1",
    ),
    (
        "Banfield Pet Hospital",
        "rejected",
        "2025-09-03",
        "Mars Careers <mars@myworkday.com>",
        "Update on your Banfield Pet Hospital application",
        "Hi Kayla,\n\nThank you for your interest in Banfield Pet Hospital. We have reviewed your application for "
        "the Credentialed Veterinary Technician role and unfortunately we will not be moving forward at this "
        "time.\n\nWe wish you the very best in your search.\n\nMars Veterinary Health Talent Acquisition",
        "b1",
    ),
]

_OWN_TO = {
    "Austin Veterinary Emergency & Specialty": "Dr. Anjali Patel <apatel@austinvetemergency.com>",
    "Barton Creek Animal Clinic": "Tina Morales <tina@bartoncreekanimalclinic.com>",
    "VCA": "Jessica Ortiz <jessica.ortiz@vca.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Barton Creek Animal Clinic <reminders@bartoncreekanimalclinic.com>",
        "Reminder: Biscuit's appointment on Saturday",
        "other",
        "Hi Kayla,\n\nThis is a reminder that Biscuit has an appointment for a wellness exam and rabies booster on "
        "Saturday at 10:00 AM. Please arrive 10 minutes early. Reply C to confirm.\n\nBarton Creek Animal Clinic",
    ),
    (
        "Indeed <alert@indeed.com>",
        "12 new Veterinary Technician jobs in Austin, TX",
        "alert",
        "Veterinary Technician - BluePearl Pet Hospital - Austin, TX\nVet Assistant - Petco Love - Round Rock, TX\n"
        "Easily apply. See all jobs.",
    ),
    (
        "VetMedux CE <ce@vetmedux.example>",
        "Tonight: Fluid therapy in the ICU patient (2 RACE CE)",
        "newsletter",
        "Join Dr. Hall tonight at 7pm CT for a free webinar on fluid therapy. Register now to earn 2 hours of RACE CE.",
    ),
    (
        "Chewy Pharmacy <offers@chewy.example>",
        "Autoship & save 35% on Biscuit's flea and tick meds",
        "shop",
        "Your pet's prescription is due for a refill. Set up Autoship today and save.",
    ),
    (
        "NAVTA <news@navta.net>",
        "NAVTA News: Credentialing updates and the Vet Tech of the Year",
        "newsletter",
        "This month: state credentialing updates, the Veterinary Nurse Initiative, and nominations for Vet Tech of "
        "the Year.",
    ),
    (
        "Indeed <donotreply@indeed.com>",
        "Kayla, employers are looking at candidates like you",
        "alert",
        "Add your license and certifications to stand out. Jobs recommended for you: Surgical Technician - Austin "
        "Humane Society.",
    ),
    (
        "Priya Shah <priya.shah92@gmail.com>",
        "dog park saturday?",
        "personal",
        "Hey! Want to bring Biscuit to the Red Bud Isle park after her vet thing Saturday? Bring coffee.",
    ),
    (
        "Barton Creek Animal Clinic <reminders@bartoncreekanimalclinic.com>",
        "Biscuit's vaccine record",
        "other",
        "Hi Kayla, attached is Biscuit's updated vaccine record from Saturday's visit. Thank you for choosing Barton "
        "Creek Animal Clinic!",
    ),
    (
        "Texas Board of Veterinary Medical Examiners <noreply@veterinary.texas.gov>",
        "License renewal reminder",
        "other",
        "Your Licensed Veterinary Technician license expires on 10/31/2025. Renew online to avoid a late fee.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KAYLA,
        own_to=_OWN_TO,
        offset="-0500",
        clock="09:40:00",
        neg_start="2025-08-02",
        neg_step=4,
        neg_clock="18:10:00",
        tag="hundredninety",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
