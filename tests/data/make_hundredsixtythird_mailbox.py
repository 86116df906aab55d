"""A hundred-and-sixty-third mailbox, written as a held-out check after the hundred-and-sixty-second (issue #24).

Priya, a new graduate in Boston, exported Gmail with Takeout: five applications (LinkedIn Easy Apply, Handshake,
Greenhouse, Workday and a startup's founder), and around them forty mails that use a step's words about something
else: a credit card, a flat, a visa appointment and a graduate school's answers; a sweepstakes "selected"; a payment
"declined"; a landlord's "offer"; shops' offers; interview-tips newsletters; career fairs; a recruiter's pitches; a
freelance site's proposals.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.nair.bos@gmail.com"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Beacon Street Capital",
        "applied",
        "2025-02-03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Priya, your application was sent to Beacon Street Capital",
        "Your application was sent to Beacon Street Capital\n\nInvestment Analyst\nBeacon Street Capital · Boston, "
        "MA (On-site)\nApplied on February 3, 2025\n\nView similar jobs",
        "b1",
    ),
    (
        "Harborlight Biotech",
        "applied",
        "2025-02-04",
        "Handshake <noreply@joinhandshake.com>",
        "Your application to Harborlight Biotech was submitted",
        "Hi Priya,\n\nYour application for Research Associate I at Harborlight Biotech has been submitted. Good "
        "luck!\n\nView application status on Handshake",
        "h1",
    ),
    (
        "Quill Analytics",
        "applied",
        "2025-02-05",
        "Quill Analytics <no-reply@greenhouse.io>",
        "Thank you for applying to Quill Analytics",
        "Hi Priya,\n\nThank you for applying for the Junior Data Analyst role at Quill Analytics. We have received "
        "your application and will review it soon.\n\nQuill Analytics",
        "q1",
    ),
    (
        "Commonwealth General",
        "applied",
        "2025-02-06",
        "Commonwealth General <commonwealthgeneral@myworkday.com>",
        "Application Received: Clinical Data Coordinator",
        "Dear Priya Nair,\n\nThank you for your interest in Commonwealth General. We have received your application "
        "for Clinical Data Coordinator (R-55210).\n\nCommonwealth General Talent Acquisition",
        "c1",
    ),
    (
        "Fathom Labs",
        "applied",
        "2025-02-07",
        f"Priya Nair <{PRIYA}>",
        "Data science intern -> full-time? (Priya Nair)",
        "Hi Marcus,\n\nI loved your talk at the Boston Data meetup. I'd like to apply for the junior data scientist "
        "opening on your careers page - my resume and a short project write-up are attached.\n\nThanks,\nPriya",
        "f1",
    ),
    (
        "Quill Analytics",
        "interview",
        "2025-02-12",
        "Quill Analytics <no-reply@greenhouse.io>",
        "Quill Analytics - SQL exercise",
        "Hi Priya,\n\nThanks again for your interest in Quill Analytics! The next step is a 60-minute SQL exercise on "
        "CoderPad with one of our analysts. Please pick a slot with the link below.\n\nQuill Analytics Recruiting",
        "q2",
    ),
    (
        "Fathom Labs",
        "screen",
        "2025-02-13",
        "Marcus Bell <marcus@fathomlabs.ai>",
        "Re: Data science intern -> full-time? (Priya Nair)",
        "Hi Priya,\n\nGreat to hear from you! Let's grab 30 minutes on Friday to talk about the role and your "
        "project. I'll send an invite.\n\nMarcus\nCo-founder, Fathom Labs",
        "f1",
    ),
    (
        "Beacon Street Capital",
        "rejected",
        "2025-02-18",
        "Beacon Street Capital <careers@beaconstreetcap.com>",
        "Your application for Investment Analyst",
        "Dear Priya,\n\nThank you for your interest in the Investment Analyst role. We received a large number of "
        "applications and, after careful review, we will not be moving forward with your candidacy.\n\nBeacon "
        "Street Capital",
        "b2",
    ),
    (
        "Quill Analytics",
        "rejected",
        "2025-02-21",
        "Quill Analytics <no-reply@greenhouse.io>",
        "Your application to Quill Analytics",
        "Hi Priya,\n\nThank you for completing the SQL exercise. The team has decided not to proceed with your "
        "application at this time. We wish you the best.\n\nQuill Analytics",
        "q3",
    ),
    (
        "Harborlight Biotech",
        "interview",
        "2025-02-24",
        "Erin Walsh <ewalsh@harborlightbio.com>",
        "Research Associate I - interview",
        "Hi Priya,\n\nThank you for applying through Handshake. The lab manager would like to interview you next "
        "Tuesday at 10am at our Kendall Square site. Please confirm.\n\nErin Walsh\nHR Generalist, Harborlight "
        "Biotech",
        "h2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Chase <no-reply@alertsp.chase.com>",
        "Your credit card application status",
        "other",
        "Thank you for applying for the Chase Freedom Unlimited card. Unfortunately, we are unable to approve your "
        "application at this time. A letter with the reasons will follow.",
    ),
    (
        "Avalon Communities <leasing@avaloncommunities.com>",
        "Your rental application has been approved!",
        "other",
        "Congratulations Priya! Your application for apartment 4B has been approved. Please sign your lease within "
        "48 hours to hold the unit.",
    ),
    (
        "U.S. Visa Appointment Service <noreply@usvisa-info.com>",
        "Appointment confirmation",
        "other",
        "Your interview appointment at the U.S. Consulate has been scheduled for March 3. Bring your passport and "
        "DS-160 confirmation.",
    ),
    (
        "Northeastern Graduate Admissions <gradadmissions@northeastern.edu>",
        "Your application decision is available",
        "other",
        "Dear Priya, a decision has been made on your application to the MS in Data Science program. Log in to the "
        "applicant portal to view it.",
    ),
    (
        "Tufts Graduate Admissions <gradadmissions@tufts.edu>",
        "Update on your application",
        "other",
        "Dear Priya, after careful review, the admissions committee is unable to offer you admission to the MS in "
        "Bioinformatics program for Fall 2025.",
    ),
    (
        "Prize Center <winner@prize-center-rewards.com>",
        "Congratulations! You have been selected",
        "other",
        "You have been selected to receive a $1,000 gift card. Claim your reward within 24 hours.",
    ),
    (
        "Venmo <venmo@venmo.com>",
        "Your payment was declined",
        "other",
        "Your payment of $42.00 to Alex Chen was declined. Please update your payment method.",
    ),
    (
        "Landlord Dave <dave.rentals@gmail.com>",
        "Offer on the sublet",
        "personal",
        "Hi Priya, I can offer you the sublet for $1,450/month starting March 1. Let me know by Friday!",
    ),
    (
        "J.Crew <jcrew@email.jcrew.com>",
        "An exclusive offer for you: 40% off",
        "shop",
        "Your exclusive offer ends tonight. Shop new arrivals.",
    ),
    (
        "Sephora <beauty@e.sephora.com>",
        "You're selected for early access",
        "shop",
        "Beauty Insiders like you are selected for early access to our spring sale.",
    ),
    (
        "The Muse <newsletter@themuse.com>",
        "7 interview questions you should be ready for",
        "newsletter",
        "How to answer 'tell me about yourself', what to ask at the end of an interview, and how to follow up. "
        "Unsubscribe",
    ),
    (
        "Indeed Career Guide <careerguide@indeed.com>",
        "How to write a thank-you email after an interview",
        "newsletter",
        "Templates and examples for thanking your interviewer. Read more on Indeed Career Guide.",
    ),
    (
        "Handshake <noreply@joinhandshake.com>",
        "Career fair this Thursday: 40 employers",
        "other",
        "Meet recruiters from Moderna, Wayfair and more at the Spring Career Fair. RSVP on Handshake.",
    ),
    (
        "Handshake <noreply@joinhandshake.com>",
        "Jobs recommended for you",
        "alert",
        "Data Analyst at Wayfair. Research Assistant at Broad Institute. Apply now.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Data Analyst at Wayfair and 9 more jobs for you",
        "alert",
        "Jobs you may be interested in: Data Analyst - Wayfair - Boston, MA.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Beacon Street Capital viewed your profile",
        "viewed",
        "See who viewed your profile. Try Premium free for 1 month.",
    ),
    (
        "Kevin Ortiz <kevin.ortiz@brightpathstaffing.com>",
        "Data Analyst contract - Cambridge",
        "outreach",
        "Hi Priya, I came across your profile and have a 6-month Data Analyst contract with a biotech client in "
        "Cambridge. Would you be open to a quick call?",
    ),
    (
        "Sara Kim <sara@talentforge.io>",
        "Would love to chat",
        "outreach",
        "Hi Priya - we're hiring analysts at a fast-growing fintech. Your background caught my eye. Open to a chat "
        "this week?",
    ),
    (
        "Upwork <donotreply@upwork.com>",
        "Your proposal was declined",
        "other",
        "The client has declined your proposal for 'Clean a sales dataset in Python'. Keep submitting proposals.",
    ),
    (
        "Upwork <donotreply@upwork.com>",
        "You've been invited to interview",
        "other",
        "A client invited you to interview for the job 'Build a Tableau dashboard'. Respond to the invitation on "
        "Upwork.",
    ),
    (
        "Boston Public Library <noreply@bpl.org>",
        "Your library card application",
        "other",
        "Thank you for applying for a Boston Public Library eCard. Your card number is 21999004411.",
    ),
    (
        "MBTA <noreply@mbta.com>",
        "Your reduced fare application was received",
        "other",
        "We received your application for a reduced fare CharlieCard and will review it within 10 business days.",
    ),
    (
        "DataCamp <team@datacamp.com>",
        "Congratulations on completing SQL Fundamentals!",
        "newsletter",
        "You've earned a certificate. Keep your streak going with Intermediate SQL.",
    ),
    (
        "Coursera <no-reply@coursera.org>",
        "Your financial aid application was approved",
        "other",
        "Good news! Your financial aid application for the Google Data Analytics Certificate has been approved.",
    ),
    (
        "Boston Data Meetup <info@meetup.com>",
        "New event: Interviewing for data roles - panel",
        "other",
        "Join us for a panel of hiring managers on interviewing for data roles. RSVP now.",
    ),
    (
        "Mom <anita.nair@yahoo.com>",
        "Any news?",
        "personal",
        "Hi beta, did you hear back from the bank? Call me this weekend.",
    ),
    (
        "Alex Chen <alex.chen.22@gmail.com>",
        "Re: mock interview Sunday",
        "personal",
        "Sure, let's do a mock case interview at 2. I'll bring some questions.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Quill Analytics salaries: see what analysts earn",
        "other",
        "Junior Data Analyst salaries at Quill Analytics range from $68K to $82K.",
    ),
    (
        "Spotify <no-reply@spotify.com>",
        "Your Premium Student offer",
        "shop",
        "Get Premium Student for $5.99/month. Offer ends soon.",
    ),
    (
        "Amazon <auto-confirm@amazon.com>",
        "Your Amazon.com order has shipped",
        "shop",
        "Your package with 'Cracking the PM Interview' will arrive Tuesday.",
    ),
    (
        "Northeastern Career Design <careers@northeastern.edu>",
        "Resume drop-in hours this week",
        "newsletter",
        "Bring your resume for a 15-minute review. Employer spotlight: Fidelity is hiring analysts.",
    ),
    (
        "Interview Kickstart <hello@interviewkickstart.com>",
        "Free webinar: land a data science offer",
        "newsletter",
        "Learn how our alumni landed offers at FAANG. Register for the free webinar.",
    ),
    (
        "TD Bank <alerts@td.com>",
        "Your account application is complete",
        "other",
        "Thank you for opening a TD Convenience Checking account. Your debit card will arrive in 7-10 days.",
    ),
    (
        "Massachusetts RMV <noreply@mass.gov>",
        "Your appointment is confirmed",
        "other",
        "Your road test appointment is confirmed for February 28 at 9:00 AM.",
    ),
    (
        "Kaggle <noreply@kaggle.com>",
        "Competition results: you placed in the top 10%",
        "other",
        "Congratulations on your finish in the Store Sales competition.",
    ),
    (
        "Fidelity Investments <fidelity.investments@mail.fidelity.com>",
        "Your application for a Roth IRA",
        "other",
        "We received your application to open a Roth IRA. Your account will be ready in 1-2 business days.",
    ),
    (
        "ResumeWorded <team@resumeworded.com>",
        "Your resume score: 62/100",
        "other",
        "Recruiters might reject your resume. Upgrade to Pro to fix 12 issues.",
    ),
    (
        "Apartments.com <noreply@apartments.com>",
        "Application received for 88 Beacon St",
        "other",
        "Your rental application for 88 Beacon St Unit 2 was received by the property manager.",
    ),
    (
        "Vanessa Liu <vanessa.liu@gmail.com>",
        "Referral?",
        "personal",
        "Hey! Saw you're looking - my team at Wayfair is hiring. Want me to refer you? Send me your resume.",
    ),
    (
        "Handshake <noreply@joinhandshake.com>",
        "An employer wants to connect",
        "outreach",
        "A recruiter from Liberty Mutual messaged you: 'Hi Priya, we think you'd be a great fit for our analyst "
        "development program. Apply by March 1!'",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PRIYA,
        own_to={"Fathom Labs": "Marcus Bell <marcus@fathomlabs.ai>"},
        offset="-0500",
        clock="11:40:00",
        neg_start="2025-01-20",
        neg_step=1,
        neg_clock="08:15:00",
        tag="hundredsixtythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
