"""A thirty-second mailbox, written as a held-out check after the thirty-first's fixes (issue #24).

Dr. Amara Okafor finishes a PhD in statistics in Ann Arbor and applies to faculty posts and to data science jobs;
she exports Gmail with Takeout.  The academic market writes in its own way: Interfolio and AcademicJobsOnline,
search committee chairs, first-round Zoom interviews, campus visits, "the search committee received over 300
applications", "the position has been offered to and accepted by another candidate"; beside it, startups on Ashby,
Rippling, Dover, Wellfound and Lever.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AMARA = "amara.okafor.stats@gmail.com"
_ME = f"Amara Okafor <{AMARA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Lakeshore University (Interfolio; a Zoom interview, a campus visit, an offer she accepts)
    (
        "Lakeshore University",
        "applied",
        "2025-09-08",
        "Interfolio <noreply@interfolio.com>",
        "Application Submitted: Assistant Professor of Statistics",
        "Dear Amara Okafor,\n\nYour application to Assistant Professor of Statistics (Tenure-Track) at Lakeshore "
        "University has been submitted. You can view the status of your application on your Interfolio dashboard."
        "\n\nInterfolio",
        "lu1",
    ),
    (
        "Lakeshore University",
        "interview",
        "2025-10-14",
        "Prof. Daniel Whitaker <dwhitaker@lakeshore.edu>",
        "Lakeshore Statistics search - first round interview",
        "Dear Dr. Okafor,\n\nOn behalf of the search committee, I am pleased to invite you to a 30-minute first-round "
        "interview by Zoom. Please let me know which of the following times work for you: Oct 21 at 1pm, Oct 22 at "
        "10am or Oct 23 at 3pm (Central).\n\nBest regards,\nDaniel Whitaker\nChair, Faculty Search Committee\n"
        "Department of Statistics\nLakeshore University",
        "lu2",
    ),
    (
        "Lakeshore University",
        "onsite",
        "2025-11-05",
        "Prof. Daniel Whitaker <dwhitaker@lakeshore.edu>",
        "Campus visit",
        "Dear Dr. Okafor,\n\nThe committee enjoyed our conversation and we would like to invite you to campus for a "
        "two-day visit, including a research seminar, a teaching demonstration and meetings with the Dean. Our "
        "coordinator will be in touch to arrange travel.\n\nBest regards,\nDaniel Whitaker",
        "lu3",
    ),
    (
        "Lakeshore University",
        "offer",
        "2025-12-01",
        "Dean Sharon Patel <spatel@lakeshore.edu>",
        "Letter of offer - Assistant Professor of Statistics",
        "Dear Dr. Okafor,\n\nIt is my great pleasure to offer you an appointment as Assistant Professor of Statistics "
        "in the College of Arts and Sciences, beginning August 16, 2026, at an academic-year salary of $112,000. "
        "The formal letter is attached.\n\nSincerely,\nSharon Patel\nDean",
        "lu4",
    ),
    (
        "Lakeshore University",
        "accepted",
        "2025-12-09",
        _ME,
        "Re: Letter of offer - Assistant Professor of Statistics",
        "Dear Dean Patel,\n\nI am delighted to accept your offer of appointment as Assistant Professor of Statistics. "
        "I have signed and returned the letter today.\n\nWith gratitude,\nAmara Okafor",
        "lu4",
    ),
    # Ridgeview College (AcademicJobsOnline; the committee's refusal)
    (
        "Ridgeview College",
        "applied",
        "2025-09-10",
        "AcademicJobsOnline <ajo@academicjobsonline.org>",
        "AJO: application received (Ridgeview College, Visiting Assistant Professor)",
        "Dear Amara Okafor,\n\nThis is to confirm that your application for the position Visiting Assistant "
        "Professor of Mathematics and Statistics at Ridgeview College has been received. Your reference writers have "
        "been notified.\n\nAcademicJobsOnline.Org",
        "rc1",
    ),
    (
        "Ridgeview College",
        "rejected",
        "2025-11-18",
        "Ridgeview College Mathematics <mathsearch@ridgeview.edu>",
        "Visiting Assistant Professor search",
        "Dear Dr. Okafor,\n\nThank you for your interest in the Visiting Assistant Professor position at Ridgeview "
        "College. The search committee received over 300 applications, and we regret that we are unable to advance "
        "your candidacy to the next stage.\n\nWe wish you every success.\n\nThe Search Committee",
        "rc2",
    ),
    # Prairie State University (Interfolio; a Zoom interview, then the post offered to and accepted by another)
    (
        "Prairie State University",
        "applied",
        "2025-09-15",
        "Interfolio <noreply@interfolio.com>",
        "Application Submitted: Assistant Professor, Data Science",
        "Dear Amara Okafor,\n\nYour application to Assistant Professor, Data Science at Prairie State University has "
        "been submitted.\n\nInterfolio",
        "ps1",
    ),
    (
        "Prairie State University",
        "interview",
        "2025-10-20",
        "Maria Gonzalez <mgonzalez@prairiestate.edu>",
        "Data Science faculty search",
        "Dear Dr. Okafor,\n\nI am writing on behalf of the Data Science search committee at Prairie State University. "
        "We would like to schedule a preliminary video interview with you of about 45 minutes. Could you send me your "
        "availability for the week of October 27?\n\nBest,\nMaria Gonzalez\nAssociate Professor and Search Chair",
        "ps2",
    ),
    (
        "Prairie State University",
        "thank_you",
        "2025-10-29",
        _ME,
        "Re: Data Science faculty search",
        "Dear Professor Gonzalez,\n\nThank you and the committee for the conversation this morning. I especially "
        "enjoyed discussing the new undergraduate data science major.\n\nBest regards,\nAmara",
        "ps2",
    ),
    (
        "Prairie State University",
        "rejected",
        "2026-01-20",
        "Maria Gonzalez <mgonzalez@prairiestate.edu>",
        "Data Science faculty search - update",
        "Dear Dr. Okafor,\n\nI am writing to let you know that the position has been offered to and accepted by "
        "another candidate. Thank you again for your interest in Prairie State and for your time during the "
        "interview.\n\nBest,\nMaria Gonzalez",
        "ps3",
    ),
    # Quantcrest (Ashby; a recruiter screen, a technical interview, she withdraws)
    (
        "Quantcrest",
        "applied",
        "2025-09-22",
        "Quantcrest <no-reply@ashbyhq.com>",
        "Thanks for applying to Quantcrest!",
        "Hi Amara,\n\nThanks for applying to the Data Scientist, Forecasting role at Quantcrest. We'll review your "
        "application and get back to you soon.\n\nThe Quantcrest Team",
        "qc1",
    ),
    (
        "Quantcrest",
        "screen",
        "2025-09-30",
        "Jess Morgan <jess@quantcrest.com>",
        "Quantcrest - intro call",
        "Hi Amara,\n\nI'm on the talent team at Quantcrest and would love to set up a 30-minute intro call to tell "
        "you more about the team and learn about your research. Here's my calendar: cal.com/jess-quantcrest/intro"
        "\n\nJess",
        "qc2",
    ),
    (
        "Quantcrest",
        "interview",
        "2025-10-09",
        "Quantcrest <no-reply@ashbyhq.com>",
        "Your Quantcrest technical interview is scheduled",
        "Hi Amara,\n\nYour technical interview with Ravi Shah (Staff Data Scientist) is scheduled for Thursday, "
        "October 16 at 11:00 AM EDT on Google Meet. It will focus on statistics and experiment design.\n\nThe "
        "Quantcrest Team",
        "qc3",
    ),
    (
        "Quantcrest",
        "withdrew",
        "2025-12-10",
        _ME,
        "Re: Quantcrest - intro call",
        "Hi Jess,\n\nThank you for everything. I've decided to accept a faculty position, so I'd like to withdraw "
        "from the process. I really enjoyed meeting the team.\n\nBest,\nAmara",
        "qc2",
    ),
    # Harborlight Health (Rippling; refusal after the application)
    (
        "Harborlight Health",
        "applied",
        "2025-09-24",
        "Harborlight Health <no-reply@rippling.com>",
        "Application received - Biostatistician II",
        "Hi Amara,\n\nThank you for your interest in Harborlight Health! We have received your application for "
        "Biostatistician II.\n\nHarborlight Health Recruiting",
        "hh1",
    ),
    (
        "Harborlight Health",
        "rejected",
        "2025-10-15",
        "Harborlight Health <no-reply@rippling.com>",
        "Your application to Harborlight Health",
        "Hi Amara,\n\nThank you for your interest in the Biostatistician II role. After reviewing your background, we "
        "have decided to move ahead with applicants whose experience is a closer match for what the team needs "
        "right now.\n\nHarborlight Health Recruiting",
        "hh2",
    ),
    # Tideline Labs (Dover; a recruiter call booked; then a take-home; silence and a follow-up)
    (
        "Tideline Labs",
        "applied",
        "2025-10-01",
        "Tideline Labs <jobs@mail.dover.com>",
        "Application received: Machine Learning Scientist at Tideline Labs",
        "Hi Amara,\n\nThanks for applying to Machine Learning Scientist at Tideline Labs. The team will review your "
        "application shortly.\n\nPowered by Dover",
        "tl1",
    ),
    (
        "Tideline Labs",
        "screen",
        "2025-10-06",
        "Tideline Labs <jobs@mail.dover.com>",
        "Tideline Labs would like to chat!",
        "Hi Amara,\n\nGood news - the team at Tideline Labs reviewed your application and would like to chat. Please "
        "pick a time for a 20 minute call with our recruiter below.\n\nPowered by Dover",
        "tl2",
    ),
    (
        "Tideline Labs",
        "interview",
        "2025-10-15",
        "Noah Berg <noah@tidelinelabs.ai>",
        "Tideline take-home",
        "Hi Amara,\n\nGreat speaking Monday. As a next step we'd like you to do a short take-home: a modelling "
        "problem on a public dataset, 3-4 hours. Send it back whenever you're ready within the next week.\n\nNoah\n"
        "Head of ML",
        "tl3",
    ),
    (
        "Tideline Labs",
        "follow_up",
        "2025-11-07",
        _ME,
        "Re: Tideline take-home",
        "Hi Noah,\n\nI submitted the take-home on October 21 and wanted to check whether the team has had a chance to "
        "look at it. Happy to walk through it on a call.\n\nBest,\nAmara",
        "tl3",
    ),
    # Pinecone Bay Analytics (Wellfound; the founder's call, then a refusal)
    (
        "Pinecone Bay Analytics",
        "applied",
        "2025-10-03",
        "Wellfound <team@wellfound.com>",
        "Your application to Pinecone Bay Analytics was sent",
        "Hi Amara,\n\nYour application to Pinecone Bay Analytics for Founding Data Scientist was sent. We'll let you "
        "know when they respond.\n\nWellfound",
        "pb1",
    ),
    (
        "Pinecone Bay Analytics",
        "rejected",
        "2025-10-24",
        "Lucas Ferreira <lucas@pineconebay.io>",
        "Founding Data Scientist",
        "Hi Amara,\n\nThanks for your interest in Pinecone Bay. We've been lucky to meet a lot of strong people, and "
        "we've decided to go with someone whose background is closer to our current product. I'd be glad to stay in "
        "touch.\n\nLucas",
        "pb2",
    ),
    # Meridian Insurance (Lever; an onsite, a refusal)
    (
        "Meridian Insurance",
        "applied",
        "2025-10-06",
        "Meridian Insurance <no-reply@hire.lever.co>",
        "Thank you for your application to Meridian Insurance",
        "Hi Amara,\n\nThank you for your application for Senior Statistician at Meridian Insurance. We're reviewing "
        "it and will be in touch if there's a fit.\n\nMeridian Talent Acquisition",
        "mi1",
    ),
    (
        "Meridian Insurance",
        "onsite",
        "2025-10-28",
        "Meridian Insurance <no-reply@hire.lever.co>",
        "Final round interview - Senior Statistician",
        "Hi Amara,\n\nCongratulations on moving to the final round! Your final interviews will be held at our Chicago "
        "office on November 6 from 9am to 2pm: four conversations with the actuarial and analytics leadership.\n\n"
        "Meridian Talent Acquisition",
        "mi2",
    ),
    (
        "Meridian Insurance",
        "rejected",
        "2025-11-14",
        "Meridian Insurance <no-reply@hire.lever.co>",
        "Senior Statistician - update",
        "Hi Amara,\n\nThank you for spending the day with us. It was a difficult decision, but we will not be "
        "extending an offer for the Senior Statistician role.\n\nMeridian Talent Acquisition",
        "mi3",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "HigherEdJobs <alerts@higheredjobs.com>",
        "New jobs matching Statistics faculty",
        "job alert",
        "12 new positions: Assistant Professor of Statistics, Lecturer in Data Science. View jobs. Unsubscribe",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Data Scientist: Quantcrest and 9 more",
        "job alert",
        "Data Scientist - Quantcrest - New York. Senior Data Scientist - Hoplite. See all jobs. Unsubscribe",
    ),
    (
        "Interfolio <noreply@interfolio.com>",
        "Your letter of recommendation was received",
        "not about an application",
        "A confidential letter from Prof. Janet Liu has been added to your Dossier.",
    ),
    (
        "Ben Castillo <ben@hoplite-recruiting-example.com>",
        "Quant research roles - NYC funds",
        "cold outreach",
        "Hi Amara, I came across your profile and your work on Bayesian forecasting. I'm working with several "
        "quantitative funds in NYC hiring PhD statisticians. Open to a quick chat?",
    ),
    (
        "IMS Bulletin <bulletin@imstat.example>",
        "IMS Bulletin: job market tips for new PhDs",
        "newsletter",
        "This issue: preparing your job talk and the campus visit. Unsubscribe",
    ),
    (
        "Rackham Graduate School <rackham@umich.example>",
        "Your application for graduation has been received",
        "not a job application",
        "Your application for graduation (Winter 2026) has been received by the Rackham Graduate School.",
    ),
    (
        "Delta <deltaairlines@t.delta.com>",
        "Your trip confirmation: DTW to MKE",
        "not about an application",
        "Your trip is confirmed. Flight DL 2231, Detroit to Milwaukee, November 12.",
    ),
    (
        "Chidi Okafor <chidi.okafor@yahoo.com>",
        "proud of you",
        "not about an application",
        "Mum says you have a campus visit next week! Call when you can.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=AMARA,
        own_to={
            "Lakeshore University": "Sharon Patel <spatel@lakeshore.edu>",
            "Prairie State University": "Maria Gonzalez <mgonzalez@prairiestate.edu>",
            "Quantcrest": "Jess Morgan <jess@quantcrest.com>",
            "Tideline Labs": "Noah Berg <noah@tidelinelabs.ai>",
        },
        offset="-0400",
        clock="11:05:00",
        neg_start="2025-09-09",
        neg_step=9,
        neg_clock="06:50:00",
        tag="thirtytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
