"""A four-hundred-and-eighth mailbox, written as a held-out check after the four-hundred-and-seventh (issue #24).

Danielle, a marketing manager in Denver, keeps her search in Gmail and exports it with Takeout.  Most of it is HTML
mail from tracking systems and job sites, as they really send it: LinkedIn's Easy Apply receipt and its rejection
("Your application to Senior Marketing Manager at Peakline Outdoor" / "Unfortunately, we will not be moving forward"),
Indeed's "An update on your application" ("The employer has decided not to move forward"), Jobvite's and iCIMS's
HTML-only receipts, a multipart Lever mail whose plain part says only to view it in a browser, a Paradox assistant's
"Olivia from Summit Grocers" scheduling an interview, Workday's "Action Required: complete your assessment", a
recruiter's "Would you have 30 minutes this week to chat?", a hiring manager's panel, an offer in a PDF and her yes.
Negatives: LinkedIn's "jobs you may be interested in" and "viewed your application", Glassdoor's salary newsletter,
Indeed's "Rate your interview experience", a webinar, receipts and her sister.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANI = "danielle.okafor.mktg@gmail.com"
ME = f"Danielle Okafor <{DANI}>"
GRACE = "Grace Huang <grace.huang@fernhill.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Peakline Outdoor",
        "applied",
        "2025-08-04",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Danielle, your application was sent to Peakline Outdoor",
        "HTML:<table><tr><td><p>Your application was sent to Peakline Outdoor</p><p><b>Senior Marketing Manager</b><br>"
        "Peakline Outdoor &middot; Boulder, CO (Hybrid)</p><p>Applied on August 4, 2025</p><p><a href='https://"
        "linkedin.com/jobs'>View job</a></p></td></tr></table>",
        "t-pk",
    ),
    (
        "Fernhill Foods",
        "applied",
        "2025-08-05",
        "Fernhill Foods <no-reply@hire.lever.co>",
        "Thank you for your application to Fernhill Foods",
        "MULTI:<html><body><p>Hi Danielle,</p><p>Thank you for applying to the <b>Brand Marketing Manager</b> position "
        "at Fernhill Foods. We're reviewing your application and will be in touch if your experience is a match.</p>"
        "<p>Best,<br>Fernhill Foods Talent</p></body></html>",
        "t-fh",
    ),
    (
        "Altitude Credit Union",
        "applied",
        "2025-08-05",
        "Altitude Credit Union <notifications@jobvite.com>",
        "Your application with Altitude Credit Union",
        "HTML:<div><p>Dear Danielle,</p><p>Thank you for your interest in the <strong>Marketing Manager</strong> "
        "opening. Your application has been successfully submitted to Altitude Credit Union.</p><p>Sincerely,<br>"
        "Human Resources</p></div>",
        "t-acu",
    ),
    (
        "Summit Grocers",
        "applied",
        "2025-08-06",
        "Summit Grocers Careers <summitgrocers@icims.com>",
        "Thank you for applying!",
        "HTML:<p>Danielle,</p><p>Thank you for applying for the Regional Marketing Manager (Req #44871) position with "
        "Summit Grocers. Our recruiting team will review your qualifications.</p><p>Summit Grocers Talent "
        "Acquisition</p>",
        "t-sg",
    ),
    (
        "Ridgeway Health",
        "applied",
        "2025-08-07",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Digital Marketing Manager",
        "HTML:<p>Application submitted</p><p><b>Digital Marketing Manager</b></p><p>Ridgeway Health - Aurora, CO</p>"
        "<p>Your application has been sent to the employer.</p>",
        "t-rh",
    ),
    (
        "Coloradan Energy",
        "applied",
        "2025-08-07",
        "Coloradan Energy <coloradanenergy@myworkday.com>",
        "Thank you for applying",
        "HTML:<p>Hello Danielle,</p><p>Thank you for applying to Coloradan Energy for the position of Communications "
        "Manager (JR104522). We have received your application.</p>",
        "t-ce",
    ),
    (
        "Fernhill Foods",
        "screen",
        "2025-08-11",
        GRACE,
        "Fernhill Foods - Brand Marketing Manager",
        "Hi Danielle,\n\nThanks for applying to Fernhill! I'm the recruiter for our Brand Marketing Manager role. Would "
        "you have 30 minutes this week to chat about your background and the role?\n\nGrace Huang\nSenior Recruiter, "
        "Fernhill Foods",
        "t-fh2",
    ),
    (
        "Summit Grocers",
        "interview",
        "2025-08-12",
        "Olivia from Summit Grocers <olivia@paradox.ai>",
        "Let's schedule your interview with Summit Grocers",
        "HTML:<p>Hi Danielle! It's Olivia, the virtual assistant for Summit Grocers. Good news: the hiring team would "
        "like to interview you for the Regional Marketing Manager position.</p><p>Please choose a time that works for "
        "you: <a href='https://paradox.ai/s/abc'>Schedule now</a></p>",
        "t-sg-ol",
    ),
    (
        "Coloradan Energy",
        "interview",
        "2025-08-13",
        "Coloradan Energy <coloradanenergy@myworkday.com>",
        "Action Required: Complete your assessment",
        "HTML:<p>Hello Danielle,</p><p>As the next step in the hiring process for Communications Manager, please "
        "complete the online assessment within 3 days.</p><p><a href='#'>Begin assessment</a></p>",
        "t-ce2",
    ),
    (
        "Peakline Outdoor",
        "rejected",
        "2025-08-14",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Senior Marketing Manager at Peakline Outdoor",
        "HTML:<p>Your update from Peakline Outdoor</p><p>Thank you for your interest in the Senior Marketing Manager "
        "position at Peakline Outdoor in Boulder, CO. Unfortunately, we will not be moving forward with your "
        "application, but we appreciate your time and interest in Peakline Outdoor.</p><p>Regards,<br>Peakline "
        "Outdoor</p>",
        "t-pk2",
    ),
    (
        "Ridgeway Health",
        "rejected",
        "2025-08-15",
        "Indeed <donotreply@indeed.com>",
        "An update on your application from Ridgeway Health",
        "HTML:<p>An update on your application</p><p>Digital Marketing Manager<br>Ridgeway Health - Aurora, CO</p><p>"
        "The employer has decided not to move forward with your application at this time.</p><p>Keep going - new "
        "jobs are posted every day.</p>",
        "t-rh2",
    ),
    (
        "Fernhill Foods",
        "interview",
        "2025-08-19",
        GRACE,
        "RE: Fernhill Foods - Brand Marketing Manager",
        "Hi Danielle,\n\nGreat chatting on Thursday! Next up is a 45-minute video interview with Marcus Bell, our VP "
        "of Marketing. Please send me a few times that work next week.\n\nGrace",
        "t-fh2",
    ),
    (
        "Altitude Credit Union",
        "rejected",
        "2025-08-20",
        "Altitude Credit Union <notifications@jobvite.com>",
        "Altitude Credit Union - Marketing Manager",
        "HTML:<p>Dear Danielle,</p><p>Thank you for the time you invested in applying. We have reviewed your "
        "application and determined that other candidates more closely meet the requirements of the position.</p>"
        "<p>Human Resources<br>Altitude Credit Union</p>",
        "t-acu2",
    ),
    (
        "Summit Grocers",
        "rejected",
        "2025-08-22",
        "Summit Grocers Careers <summitgrocers@icims.com>",
        "Regional Marketing Manager - update",
        "HTML:<p>Danielle,</p><p>Thank you for interviewing with Summit Grocers. Although your background is "
        "impressive, we have selected another candidate for the Regional Marketing Manager role.</p>",
        "t-sg2",
    ),
    (
        "Fernhill Foods",
        "onsite",
        "2025-08-26",
        GRACE,
        "RE: Fernhill Foods - Brand Marketing Manager",
        "Hi Danielle,\n\nMarcus loved your campaign ideas. We'd like you to come in for a final panel with the "
        "marketing leadership team on September 3 - about three hours at our Golden office, including a short "
        "presentation.\n\nGrace",
        "t-fh2",
    ),
    (
        "Fernhill Foods",
        "offer",
        "2025-09-05",
        GRACE,
        "Fernhill Foods - your offer",
        "Hi Danielle,\n\nI'm thrilled to share that we'd like to offer you the Brand Marketing Manager role! Your offer "
        "letter is attached as a PDF. Let me know if you'd like to talk anything through.\n\nGrace",
        "t-fh3",
    ),
    (
        "Fernhill Foods",
        "accepted",
        "2025-09-08",
        ME,
        "RE: Fernhill Foods - your offer",
        "Hi Grace,\n\nI'm delighted to accept! Signed letter attached. Looking forward to starting on the 29th.\n\n"
        "Danielle",
        "t-fh3",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Danielle, 12 new jobs you may be interested in",
        "alert",
        "HTML:<p>Marketing Manager - Gates Corporation</p><p>Brand Manager - Red Robin</p><p>See all jobs</p>",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Fernhill Foods",
        "viewed",
        "HTML:<p>Fernhill Foods viewed your application for Brand Marketing Manager.</p>",
    ),
    (
        "Glassdoor <noreply@glassdoor.example>",
        "What marketing managers earn in Denver",
        "newsletter",
        "HTML:<p>Salaries, reviews and interview questions for marketing managers.</p><p>Unsubscribe</p>",
    ),
    (
        "Indeed <donotreply@indeed.com>",
        "How was your interview with Summit Grocers?",
        "survey",
        "HTML:<p>Rate your interview experience and help other job seekers.</p>",
    ),
    (
        "HubSpot Academy <academy@hubspot.example>",
        "Webinar: the 2025 State of Marketing",
        "newsletter",
        "HTML:<p>Join us Thursday. Register now.</p>",
    ),
    (
        "REI <receipts@rei.example>",
        "Your REI receipt",
        "shop",
        "Thanks for shopping. Total $84.20.",
    ),
    (
        "Nkechi Okafor <nkechi.okafor@gmail.example>",
        "labor day bbq",
        "personal",
        "Bring the potato salad please!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import sent_as, takeout_corpus

    return sent_as(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=DANI,
            own_to={"Fernhill Foods": GRACE},
            offset="-0600",
            clock="14:35:00",
            neg_start="2025-08-03",
            neg_step=5,
            neg_clock="20:50:00",
            tag="fourhundredeight",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
