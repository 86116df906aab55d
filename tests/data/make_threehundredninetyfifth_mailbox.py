"""A three-hundred-and-ninety-fifth mailbox, written as a held-out check after the three-hundred-and-ninety-fourth
(issue #24).

Priya, a product analyst in Toronto, keeps her search in Gmail and exports it with Takeout; three applications sit
among thirty mails that speak a job search's words and are none of it.  Her applications: a bank's Workday receipt
and its refusal, a start-up's Ashby receipt, its take-home and its offer, and a retailer's Taleo receipt and its
"we have decided to pursue other candidates".  The look-alikes: a bootcamp's "Congratulations, you've been accepted",
a scholarship's "Your application has been received", a condo's "Your rental application was approved", a credit
card's "You're pre-approved", an airline's "Your upgrade offer", a gym's "Your membership application", a volunteer
shift's "You've been selected", a hackathon's "Interview with a judge" slot, a podcast's "interview recording
schedule", a meetup's "RSVP confirmed", a recruiter's newsletter, "Your resume was downloaded 3 times", a salary
survey, a career coach's webinar, a jobs fair, a LinkedIn "Open to work" reminder, a job scam's "Congratulations on
your new role! Send your bank details", a mortgage pre-qualification, a school's parent interview, a library card,
two job alerts, a course's "final assessment", a charity's "thank you for applying to volunteer", a university's
"your admission offer", a landlord's "viewing confirmed", a dentist, a friend's "how did the interview go?" and her
own "thanks! fingers crossed" to that friend, a mother's "any news on the jobs?", a tax slip.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.menon.analytics@gmail.com"
ME = f"Priya Menon <{PRIYA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Laurentian Bank of Commerce",
        "applied",
        "2025-04-01",
        "Laurentian Bank of Commerce <lbc@myworkday.com>",
        "Thank you for your application",
        "Dear Priya,\n\nThank you for applying to the Product Analyst, Digital Banking position (R-30291) at Laurentian "
        "Bank of Commerce. We will review your application.\n\nTalent Acquisition",
        "t-lbc",
    ),
    (
        "Pollen Labs",
        "applied",
        "2025-04-02",
        "Pollen Labs <no-reply@ashbyhq.com>",
        "Thanks for applying to Pollen Labs!",
        "Hi Priya,\n\nThanks for applying for the Product Analyst role at Pollen Labs! We'll review your application "
        "and be in touch.\n\nThe Pollen Labs Team",
        "t-pollen",
    ),
    (
        "Maple & Main",
        "applied",
        "2025-04-03",
        "Maple & Main Careers <mapleandmain@taleo.net>",
        "Maple & Main: Application received",
        "Dear Priya,\n\nThank you for your interest in Maple & Main. We have received your application for Analyst, "
        "Merchandising Insights (Req 25-0417).\n\nMaple & Main Talent Acquisition",
        "t-mm",
    ),
    (
        "Pollen Labs",
        "interview",
        "2025-04-09",
        "Sam Ortiz <sam@pollenlabs.io>",
        "Pollen Labs - take-home",
        "Hi Priya,\n\nThanks for the chat! As a next step, here's our take-home: a dataset of app events and three "
        "questions. Please send your answers within 5 days.\n\nSam",
        "t-pollen-th",
    ),
    (
        "Laurentian Bank of Commerce",
        "rejected",
        "2025-04-15",
        "Laurentian Bank of Commerce <lbc@myworkday.com>",
        "Your application for Product Analyst, Digital Banking",
        "Dear Priya,\n\nThank you for your interest. After careful review, we have decided not to move forward with "
        "your application.\n\nTalent Acquisition",
        "t-lbc",
    ),
    (
        "Maple & Main",
        "rejected",
        "2025-04-22",
        "Maple & Main Careers <mapleandmain@taleo.net>",
        "Maple & Main: Analyst, Merchandising Insights",
        "Dear Priya,\n\nThank you for applying. We have decided to pursue other candidates whose qualifications more "
        "closely match the position.\n\nMaple & Main Talent Acquisition",
        "t-mm",
    ),
    (
        "Pollen Labs",
        "offer",
        "2025-04-25",
        "Sam Ortiz <sam@pollenlabs.io>",
        "Offer - Product Analyst",
        "Hi Priya,\n\nWe loved your take-home and your final chats - we'd like to offer you the Product Analyst role at "
        "$92,000 CAD. Offer letter attached!\n\nSam",
        "t-pollen-offer",
    ),
]

_NEG = [
    (
        "Lighthouse Labs <admissions@lighthouselabs.example>",
        "Congratulations, you've been accepted!",
        "other",
        "Congratulations! You've been accepted into the Data Analytics Bootcamp starting May 5.",
    ),
    (
        "Ontario Scholarships <noreply@scholarships.example>",
        "Your application has been received",
        "other",
        "Your application for the Continuing Education Scholarship has been received. Decisions are made in June.",
    ),
    (
        "Harbourfront Condos <leasing@harbourfrontcondos.example>",
        "Your rental application was approved",
        "other",
        "Good news! Your rental application for unit 1204 was approved. Please sign the lease by Friday.",
    ),
    (
        "Maple Card <offers@maplecard.example>",
        "You're pre-approved!",
        "other",
        "You're pre-approved for the Maple Rewards Visa. Apply in minutes.",
    ),
    (
        "Air North <offers@airnorth.example>",
        "Your upgrade offer",
        "other",
        "Bid for an upgrade to Business Class on your flight to Vancouver.",
    ),
    (
        "FitLife Gym <membership@fitlife.example>",
        "Your membership application",
        "other",
        "Thanks for your membership application. Your first class is on us.",
    ),
    (
        "Food Bank Volunteers <volunteer@foodbank.example>",
        "You've been selected for a shift",
        "other",
        "You've been selected for the Saturday sorting shift. Thank you for volunteering!",
    ),
    (
        "HackTO <team@hackto.example>",
        "Your judging slot",
        "other",
        "Your interview with a judge is at 2:40 pm on Sunday in Room B. Bring your demo.",
    ),
    (
        "Data Talks Podcast <host@datatalks.example>",
        "Interview recording schedule",
        "other",
        "Thanks for agreeing to be a guest! Our interview recording is scheduled for April 18 at 10 am.",
    ),
    (
        "Toronto Data Meetup <noreply@meetup.example>",
        "RSVP confirmed",
        "newsletter",
        "You're going to 'Product analytics at scale' on April 10.",
    ),
    (
        "Hays Canada <newsletter@hays.example>",
        "The Hays Journal - spring edition",
        "newsletter",
        "Hiring trends, salary insights and interview tips for 2025.",
    ),
    (
        "Workopolis <noreply@workopolis.example>",
        "Your resume was downloaded 3 times",
        "not an application",
        "Employers downloaded your resume 3 times this week.",
    ),
    (
        "Salary Survey <survey@payscale.example>",
        "Tell us your salary",
        "newsletter",
        "Take our 5-minute salary survey and get a free report.",
    ),
    (
        "Career Coach Jenna <jenna@careercoach.example>",
        "Free webinar: nail your next interview",
        "newsletter",
        "Join my free webinar on acing behavioural interviews. Register now.",
    ),
    (
        "Toronto Jobs Fair <info@jobsfair.example>",
        "Meet 60 employers on April 24",
        "newsletter",
        "Register for the Toronto Spring Jobs Fair.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Let recruiters know you're open to work",
        "not an application",
        "Add an Open to Work frame to your profile.",
    ),
    (
        "HR Department <hr.dept.hiring2025@gmail.example>",
        "Congratulations on your new role!",
        "scam",
        "Congratulations on your new role as Remote Data Entry Analyst! Please send your bank details and SIN to "
        "process your first payment.",
    ),
    (
        "Northern Mortgage <prequal@northernmortgage.example>",
        "You're pre-qualified",
        "other",
        "Great news - you're pre-qualified for a mortgage up to $620,000.",
    ),
    (
        "Bayview Montessori <admissions@bayviewmontessori.example>",
        "Parent interview",
        "other",
        "We'd like to invite you for a parent interview for Aria's Casa placement on April 12.",
    ),
    (
        "Toronto Public Library <noreply@tpl.example>",
        "Welcome to TPL",
        "other",
        "Thank you for applying for a library card. Your card number is 2 7131 0042.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Product Analyst jobs in Toronto",
        "alert",
        "Product Analyst - Shopify - Toronto. Data Analyst - RBC - Toronto. See all jobs.",
    ),
    (
        "Glassdoor <jobs@glassdoor.com>",
        "New jobs for you",
        "alert",
        "Product Analyst - Wealthsimple - Toronto. Analyst - Loblaw - Brampton.",
    ),
    (
        "Coursera <no-reply@coursera.example>",
        "Your final assessment is due",
        "other",
        "Your final assessment for SQL for Data Science is due on April 20.",
    ),
    (
        "Kids Help Line <volunteer@kidshelp.example>",
        "Thank you for applying to volunteer",
        "other",
        "Thank you for applying to volunteer with us. We'll contact you about training dates.",
    ),
    (
        "University of Toronto <admissions@utoronto.example>",
        "Your admission offer",
        "other",
        "Congratulations! We are pleased to offer you admission to the Master of Information program.",
    ),
    (
        "Mike Landlord <mike.rentals@gmail.example>",
        "viewing confirmed",
        "personal",
        "Viewing confirmed for Saturday at 11, unit 3B.",
    ),
    (
        "Smile Dental <reminders@smiledental.example>",
        "Appointment reminder",
        "other",
        "Reminder: cleaning on April 16 at 9:00 am.",
    ),
    (
        "Anjali Shah <anjali.shah@gmail.example>",
        "how did it go??",
        "personal",
        "How did the interview go yesterday?? Tell me everything!",
    ),
    ("Amma <lakshmi.menon@gmail.example>", "any news?", "personal", "Any news on the jobs? Call me this weekend."),
    (
        "CRA <noreply@cra.example>",
        "Your tax slip is available",
        "other",
        "Your T4 slip for 2024 is available in My Account.",
    ),
]
_NEGATIVES = [(s, subj, kind, body) for s, subj, kind, body in _NEG]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (and her own answer to a friend, no step)."""
    from mail_score import takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=PRIYA,
        own_to={},
        offset="-0400",
        clock="11:25:00",
        neg_start="2025-03-31",
        neg_step=1,
        neg_clock="19:45:00",
        tag="threehundredninetyfive",
    )
    own = takeout_corpus(
        [],
        [
            (
                ME,
                "Re: how did it go??",
                "personal",
                "Thanks!! I think it went well, fingers crossed. Will call you later.",
            )
        ],
        owner=PRIYA,
        own_to={},
        offset="-0400",
        clock="11:25:00",
        neg_start="2025-04-29",
        neg_step=1,
        neg_clock="22:10:00",
        tag="threehundredninetyfive-own",
    )
    for m, _ in own:
        del m["X-Gmail-Labels"], m["To"]
        m["X-Gmail-Labels"], m["To"] = "Sent", "Anjali Shah <anjali.shah@gmail.example>"
    return msgs + own


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
