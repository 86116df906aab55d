"""A twenty-ninth mailbox, written as a held-out check after the twenty-eighth's fixes (issue #24).

Keisha, a retail shift lead in Columbus, Ohio, moves into healthcare front-desk work and looks at warehouse and
driving jobs on the side; she exports Gmail with Takeout.  Hourly hiring writes differently from office hiring:
recruiting chatbots (Paradox's "Olivia"), Fountain and Snagajob, a warehouse's own hiring portal, Indeed Apply and
Indeed messages, Workday, iCIMS, UKG, Paycom, BambooHR, JazzHR and ADP; contingent offers that speak of drug
screens and health assessments; a hospital recruiter's "quick call"; "the position has been filled".  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KEISHA = "keisha.m.brown614@gmail.com"
_ME = f"Keisha Brown <{KEISHA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Buckeye Valley Health (Workday; a recruiter's call, a Teams interview, a contingent offer she accepts)
    (
        "Buckeye Valley Health",
        "applied",
        "2025-09-29",
        "Buckeye Valley Health <buckeyevalleyhealth@myworkday.com>",
        "Thank you for applying to Buckeye Valley Health",
        "Hello Keisha,\n\nThank you for applying to Buckeye Valley Health! We have received your application for the "
        "position of Patient Access Representative I (R-104577).\n\nIf your qualifications match the requirements of "
        "the position, a member of our Talent Acquisition team will contact you. You can check the status of your "
        "application at any time in your candidate home.\n\nTalent Acquisition\nBuckeye Valley Health",
        "bv1",
    ),
    (
        "Buckeye Valley Health",
        "screen",
        "2025-10-08",
        "Brenda Walsh <brenda.walsh@buckeyevalleyhealth.org>",
        "Patient Access Rep - quick call?",
        "Hi Keisha,\n\nI'm a talent advisor with Buckeye Valley Health and I'm reviewing your application for "
        "Patient Access Representative I. Do you have 15 minutes tomorrow or Friday for a quick phone conversation "
        "about the role, the shift and the pay range?\n\nThanks,\nBrenda Walsh\nTalent Advisor",
        "bv2",
    ),
    (
        "Buckeye Valley Health",
        "interview",
        "2025-10-13",
        "Brenda Walsh <brenda.walsh@buckeyevalleyhealth.org>",
        "Re: Patient Access Rep - quick call?",
        "Hi Keisha,\n\nThank you for speaking with me on Friday. The hiring manager, Tom Reyes, would like to meet "
        "with you virtually on Tuesday, October 21 at 1:30 PM via Microsoft Teams. A calendar invitation with the "
        "link will follow shortly.\n\nBrenda",
        "bv2",
    ),
    (
        "Buckeye Valley Health",
        "offer",
        "2025-10-28",
        "Buckeye Valley Health <buckeyevalleyhealth@myworkday.com>",
        "Contingent Offer of Employment - Patient Access Representative I",
        "Dear Keisha,\n\nCongratulations! We are pleased to extend to you a contingent offer of employment for the "
        "position of Patient Access Representative I at a rate of $19.25 per hour. This offer is contingent upon the "
        "successful completion of a background check, drug screen and employee health assessment.\n\nPlease log in "
        "to your candidate home to review and respond to your offer.\n\nTalent Acquisition",
        "bv3",
    ),
    (
        "Buckeye Valley Health",
        "accepted",
        "2025-10-29",
        _ME,
        "Re: Patient Access Rep - quick call?",
        "Hi Brenda,\n\nI'm happy to accept! I signed the offer in Workday this morning and I'm scheduling my drug "
        "screen for Friday. Looking forward to starting on November 17.\n\nThank you,\nKeisha",
        "bv2",
    ),
    # Harvest Market (Paradox's chatbot Olivia; an interview at the warehouse; not selected)
    (
        "Harvest Market",
        "applied",
        "2025-10-01",
        "Olivia from Harvest Market <no-reply@paradox.ai>",
        "Thanks for applying to Harvest Market!",
        "Hi Keisha! Thanks for taking the time to apply for the Warehouse Selector - Nights position at our Groveport "
        "distribution center. I'll reach out by text or email as soon as there's an update.\n\n-Olivia, Harvest "
        "Market's virtual recruiting assistant",
        "hm1",
    ),
    (
        "Harvest Market",
        "interview",
        "2025-10-06",
        "Olivia from Harvest Market <no-reply@paradox.ai>",
        "You're all set, Keisha!",
        "Your interview is confirmed.\n\nWhen: Tuesday, October 14 at 10:00 AM EDT\nWhere: Groveport DC, 4450 Alum "
        "Creek Dr, Door 3 (Security)\nWho: Marcus, Operations Supervisor\n\nBring a photo ID. Reply R to reschedule."
        "\n\n-Olivia",
        "hm2",
    ),
    (
        "Harvest Market",
        "rejected",
        "2025-10-20",
        "Olivia from Harvest Market <no-reply@paradox.ai>",
        "Update on your Harvest Market application",
        "Hi Keisha, thanks again for meeting with our team. We've decided to go another direction for this position, "
        "but we'd love to keep you in mind for future openings. Take care!\n\n-Olivia",
        "hm3",
    ),
    # Northstar Fulfillment (its own hourly hiring portal; a contingent job offer she declines)
    (
        "Northstar Fulfillment",
        "applied",
        "2025-10-02",
        "Northstar Hiring <no-reply@hiring.northstarfulfillment.com>",
        "Your application is in!",
        "Hi Keisha,\n\nYou applied for Fulfillment Associate (Sortation) - Obetz, OH. Next, pick a time for your "
        "pre-hire appointment, where we'll take your photo and confirm your ID and work authorization.\n\nNorthstar "
        "Hiring",
        "ns1",
    ),
    (
        "Northstar Fulfillment",
        "offer",
        "2025-10-09",
        "Northstar Hiring <no-reply@hiring.northstarfulfillment.com>",
        "You've got a job offer!",
        "Congratulations, Keisha!\n\nYou have a contingent job offer for Fulfillment Associate at OBZ2, $18.50/hr, "
        "night shift (Sun-Wed). Your start date will be confirmed once your background check clears.\n\nNorthstar "
        "Hiring",
        "ns2",
    ),
    (
        "Northstar Fulfillment",
        "declined",
        "2025-10-30",
        _ME,
        "Fulfillment Associate job offer - Keisha Brown",
        "Hello,\n\nI need to decline the job offer for Fulfillment Associate (Sortation) at OBZ2. I have accepted a "
        "full-time position elsewhere. Please close out my application.\n\nThank you,\nKeisha Brown",
        "ns3",
    ),
    # Swift Courier (Fountain; a one-way video interview; not selected)
    (
        "Swift Courier",
        "applied",
        "2025-10-03",
        "Swift Courier <no-reply@fountain.com>",
        "Swift Courier: Application received",
        "Hi Keisha,\n\nThank you for your interest in driving with Swift Courier! We've got your info for the "
        "Delivery Driver (Cargo Van) opening in Columbus.\n\nThe Swift Courier team",
        "sw1",
    ),
    (
        "Swift Courier",
        "interview",
        "2025-10-05",
        "Swift Courier <no-reply@fountain.com>",
        "Action needed: record your video interview",
        "Hi Keisha,\n\nYou're moving forward! The next step is a short one-way video interview: 3 questions, about 10 "
        "minutes, right from your phone. Please record it within 3 days.\n\nThe Swift Courier team",
        "sw2",
    ),
    (
        "Swift Courier",
        "rejected",
        "2025-10-16",
        "Swift Courier <no-reply@fountain.com>",
        "Your Swift Courier application",
        "Hi Keisha,\n\nThank you for taking the time to record your interview. After reviewing it, we are not able to "
        "offer you a position at this time. You're welcome to reapply in 90 days.\n\nThe Swift Courier team",
        "sw3",
    ),
    # Cardinal Dental Partners (UKG; a phone interview with a coordinator, then silence and a follow-up)
    (
        "Cardinal Dental Partners",
        "applied",
        "2025-10-06",
        "Cardinal Dental Partners <noreply@recruiting.ultipro.com>",
        "Application Received - Front Desk Coordinator (Dublin, OH)",
        "Keisha,\n\nThank you for your interest in Cardinal Dental Partners. This email confirms that we have "
        "received your application for Front Desk Coordinator. We appreciate your interest and will be in touch if "
        "there is a match.\n\nCardinal Dental Partners Recruiting",
        "cd1",
    ),
    (
        "Cardinal Dental Partners",
        "screen",
        "2025-10-10",
        "Jenna Olsen <jolsen@cardinaldentalpartners.com>",
        "Front Desk Coordinator - Phone Interview",
        "Good afternoon Keisha,\n\nI'd like to set up a brief phone interview to learn more about you and your "
        "experience. What does your availability look like Wednesday or Thursday afternoon?\n\nJenna Olsen | "
        "Recruiting Coordinator",
        "cd2",
    ),
    (
        "Cardinal Dental Partners",
        "follow_up",
        "2025-10-24",
        _ME,
        "Re: Front Desk Coordinator - Phone Interview",
        "Hi Jenna,\n\nI wanted to follow up on our phone interview last Wednesday for the Front Desk Coordinator "
        "position. I'm still very interested and happy to provide references.\n\nThank you,\nKeisha Brown",
        "cd2",
    ),
    # Scioto Valley Children's Hospital (iCIMS; "the position has been filled")
    (
        "Scioto Valley Children's Hospital",
        "applied",
        "2025-10-07",
        "Scioto Valley Children's Hospital <careers-sciotochildrens@icims.com>",
        "Thank you for applying!",
        "Dear Keisha,\n\nThank you for your interest in the Unit Secretary - Emergency Department position (Req "
        "#2025-18822). Our recruitment team will carefully review your qualifications.\n\nTalent Acquisition",
        "sv1",
    ),
    (
        "Scioto Valley Children's Hospital",
        "rejected",
        "2025-10-27",
        "Scioto Valley Children's Hospital <careers-sciotochildrens@icims.com>",
        "Your application with Scioto Valley Children's Hospital",
        "Dear Keisha,\n\nWe appreciate your interest in the Unit Secretary - Emergency Department position. We wanted "
        "to let you know that this position has been filled. We encourage you to continue to visit our careers site "
        "for future opportunities.\n\nTalent Acquisition",
        "sv2",
    ),
    # Riverside Pharmacy (Indeed Apply and Indeed messages; an offer she declines)
    (
        "Riverside Pharmacy",
        "applied",
        "2025-10-08",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Pharmacy Technician Trainee",
        "Your application has been submitted.\n\nPharmacy Technician Trainee\nRiverside Pharmacy - Columbus, OH\n\n"
        "Good luck! You'll find the status of this application in My Jobs.",
        "rp1",
    ),
    (
        "Riverside Pharmacy",
        "interview",
        "2025-10-13",
        "Riverside Pharmacy via Indeed <noreply@indeed.com>",
        "New message from Riverside Pharmacy",
        "Riverside Pharmacy sent you a message about Pharmacy Technician Trainee:\n\nHi Keisha, thanks for applying! "
        "Could you come in for an interview with our pharmacist in charge this Thursday at 2pm? Reply to this "
        "message to confirm.",
        "rp2",
    ),
    (
        "Riverside Pharmacy",
        "offer",
        "2025-10-20",
        "Amir Haddad <amir@riversiderx.com>",
        "Pharmacy Technician Trainee - offer",
        "Hi Keisha,\n\nIt was a pleasure meeting you Thursday. We'd like to offer you the Pharmacy Technician Trainee "
        "position at $17/hour, 32 hours a week, with paid training for your state registration. Let me know by "
        "Monday if you'd like to join us.\n\nAmir Haddad, PharmD",
        "rp3",
    ),
    (
        "Riverside Pharmacy",
        "declined",
        "2025-10-30",
        _ME,
        "Re: Pharmacy Technician Trainee - offer",
        "Dr. Haddad,\n\nThank you so much for the offer and for your time on Thursday. After a lot of thought I've "
        "accepted a full-time position at a hospital, so I have to say no this time. I really appreciate it.\n\n"
        "Keisha",
        "rp3",
    ),
    # Olentangy Senior Living (Paycom; an interview on site, her thank-you, not selected)
    (
        "Olentangy Senior Living",
        "applied",
        "2025-10-09",
        "Olentangy Senior Living <noreply@paycomonline.net>",
        "Thank you for applying",
        "Hello Keisha,\n\nThank you for applying for the Receptionist (Weekends) position at Olentangy Senior Living. "
        "We have received your application and will be reviewing it shortly.",
        "os1",
    ),
    (
        "Olentangy Senior Living",
        "interview",
        "2025-10-17",
        "Deb Kowalski <dkowalski@olentangyseniorliving.com>",
        "Receptionist position",
        "Hi Keisha,\n\nI received your application for our weekend Receptionist position and would love to have you "
        "come in and meet with me and our Executive Director. Are you available Monday the 27th at 11? Our address "
        "is 880 Olentangy River Rd.\n\nDeb Kowalski\nBusiness Office Manager",
        "os2",
    ),
    (
        "Olentangy Senior Living",
        "thank_you",
        "2025-10-27",
        _ME,
        "Thank you - Receptionist interview",
        "Hi Deb,\n\nThank you for taking the time to meet with me today and for the tour of the community. I enjoyed "
        "meeting the residents and learning more about the role.\n\nBest,\nKeisha Brown",
        "os3",
    ),
    (
        "Olentangy Senior Living",
        "rejected",
        "2025-11-03",
        "Deb Kowalski <dkowalski@olentangyseniorliving.com>",
        "Re: Thank you - Receptionist interview",
        "Hi Keisha,\n\nThank you again for coming in. We have offered the position to a candidate whose availability "
        "better matches our weekend schedule. I will keep your application on file.\n\nDeb",
        "os3",
    ),
    # Maple & Main Insurance (BambooHR; silence, then her follow-up)
    (
        "Maple & Main Insurance",
        "applied",
        "2025-10-08",
        "Maple & Main Insurance <notifications@app.bamboohr.com>",
        "Thanks for applying to Maple & Main Insurance",
        "Hi Keisha,\n\nWe've received your application for Customer Service Representative. Our team is reviewing "
        "applications and will reach out if your experience is a good fit.\n\nThanks,\nThe Maple & Main Hiring Team",
        "mm1",
    ),
    (
        "Maple & Main Insurance",
        "follow_up",
        "2025-10-22",
        _ME,
        "Customer Service Representative application - Keisha Brown",
        "Hello,\n\nI applied for the Customer Service Representative position on October 8 and wanted to check on the "
        "status of my application. I have five years of customer-facing experience and would welcome the chance to "
        "talk.\n\nThank you,\nKeisha Brown",
        "mm2",
    ),
    # Brightline Logistics (JazzHR; an aptitude test, then a refusal)
    (
        "Brightline Logistics",
        "applied",
        "2025-10-10",
        "Brightline Logistics <no-reply@applytojob.com>",
        "Thank you for applying to Brightline Logistics",
        "Hi Keisha,\n\nThank you for your interest in the Dispatcher position at Brightline Logistics. We have "
        "received your application.\n\nBrightline Logistics",
        "bl1",
    ),
    (
        "Brightline Logistics",
        "interview",
        "2025-10-11",
        "Brightline Logistics <no-reply@applytojob.com>",
        "Next Steps for Dispatcher",
        "Hi Keisha,\n\nAs part of our process, we ask all candidates to complete a short online assessment. Please "
        "complete the Criteria Cognitive Aptitude Test using the link below within 48 hours.\n\nBrightline "
        "Logistics",
        "bl2",
    ),
    (
        "Brightline Logistics",
        "rejected",
        "2025-10-21",
        "Brightline Logistics <no-reply@applytojob.com>",
        "Brightline Logistics - Dispatcher",
        "Hi Keisha,\n\nThank you for completing our assessment. At this time we have decided to proceed with "
        "candidates whose experience more closely aligns with the requirements of the role.\n\nBrightline Logistics",
        "bl3",
    ),
    # Columbus Metro Credit Union (ADP; a phone screen booked by link; she withdraws)
    (
        "Columbus Metro Credit Union",
        "applied",
        "2025-10-14",
        "Columbus Metro Credit Union <recruitment-noreply@adp.com>",
        "Thank you for your application",
        "Dear Keisha,\n\nThank you for your interest in the Member Service Representative I position with Columbus "
        "Metro Credit Union. Your application has been submitted successfully.\n\nHuman Resources",
        "cm1",
    ),
    (
        "Columbus Metro Credit Union",
        "screen",
        "2025-10-23",
        "Tanya Price <tprice@cmcu.org>",
        "Member Service Representative I",
        "Hi Keisha,\n\nI'm with HR at Columbus Metro and would like to schedule a 20 minute phone screen. Please use "
        "this link to choose a time that works for you: calendly.com/tprice-cmcu/phone-screen\n\nTanya Price\nHR "
        "Generalist",
        "cm2",
    ),
    (
        "Columbus Metro Credit Union",
        "withdrew",
        "2025-10-30",
        _ME,
        "Re: Member Service Representative I",
        "Hi Tanya,\n\nThank you for reaching out. I recently accepted another position and would like to withdraw "
        "from consideration.\n\nBest,\nKeisha Brown",
        "cm2",
    ),
    # Crescent Coffee (Snagajob; an invitation to interview)
    (
        "Crescent Coffee",
        "applied",
        "2025-09-30",
        "Snagajob <no-reply@snagajob.com>",
        "Your application was sent to Crescent Coffee",
        "Nice work, Keisha! Your application for Barista (Part-Time) at Crescent Coffee - Short North was sent. "
        "Employers usually respond within a few days.",
        "cc1",
    ),
    (
        "Crescent Coffee",
        "interview",
        "2025-10-03",
        "Snagajob <no-reply@snagajob.com>",
        "Crescent Coffee wants to interview you!",
        "Good news! Crescent Coffee - Short North invited you to interview for Barista (Part-Time). Pick a time that "
        "works for you:\n\nTue Oct 7, 3:00 PM\nWed Oct 8, 10:00 AM",
        "cc2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Patient Access Representative - Columbus, OH: 14 new jobs",
        "job alert",
        "Jobs 1-14 of 14 new jobs. Patient Registrar - Mount Carmel. Scheduling Coordinator - Nationwide Children's. "
        "Easily apply. Unsubscribe from these emails.",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Keisha, 25 new jobs near you",
        "job alert",
        "Warehouse Associate - $19/hr - Groveport, OH. 1-Click Apply. Manage your job alerts.",
    ),
    (
        "Instawork <hello@instawork.com>",
        "Pick up a shift this weekend - earn up to $22/hr",
        "newsletter",
        "Shifts are filling fast near Columbus. Open the app to book your next shift. Unsubscribe",
    ),
    (
        "Derek Moss <dmoss@buckeyestaffing-example.com>",
        "Immediate openings - forklift operators $19/hr",
        "cold outreach",
        "Hi Keisha, I came across your resume on Indeed and think you would be a great fit for several immediate "
        "openings with our clients in Groveport and Obetz. Are you available for a quick call today?",
    ),
    (
        "Indeed <no-reply@indeed.com>",
        "Your application was viewed by Maple & Main Insurance",
        "application viewed",
        "Good news: an employer viewed your application for Customer Service Representative. Keep applying to "
        "increase your chances.",
    ),
    (
        "OhioMeansJobs <news@ohiomeansjobs.example>",
        "December hiring events near you",
        "newsletter",
        "Meet employers at hiring events in Franklin County this month. Register today. Unsubscribe",
    ),
    (
        "Ohio BMV <noreply@bmv.ohio.gov>",
        "Your application has been received",
        "not a job application",
        "Thank you. Your application for a REAL ID driver license renewal has been received and is being processed.",
    ),
    (
        "Walgreens <pharmacy@walgreens.com>",
        "Your prescription is ready",
        "not about an application",
        "Your prescription is ready for pickup at 1234 N High St.",
    ),
    (
        "Mom <gloria.brown@yahoo.com>",
        "how did it go??",
        "not about an application",
        "How did the interview at the hospital go baby? Call me tonight.",
    ),
    (
        "Career Pivot Weekly <hello@careerpivot.example>",
        "5 questions every hiring manager asks (and how to answer)",
        "newsletter",
        "This week's tips for your next interview. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=KEISHA,
        own_to={
            "Buckeye Valley Health": "Brenda Walsh <brenda.walsh@buckeyevalleyhealth.org>",
            "Northstar Fulfillment": "Northstar Hiring Support <hiringsupport@northstarfulfillment.com>",
            "Cardinal Dental Partners": "Jenna Olsen <jolsen@cardinaldentalpartners.com>",
            "Riverside Pharmacy": "Amir Haddad <amir@riversiderx.com>",
            "Olentangy Senior Living": "Deb Kowalski <dkowalski@olentangyseniorliving.com>",
            "Maple & Main Insurance": "Maple & Main Careers <careers@mapleandmain.com>",
            "Columbus Metro Credit Union": "Tanya Price <tprice@cmcu.org>",
        },
        offset="-0400",
        clock="10:20:00",
        neg_start="2025-09-29",
        neg_step=5,
        neg_clock="06:40:00",
        tag="twentynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
