"""A six-hundred-and-fourth mailbox, written as a held-out check after the six-hundred-and-third (issue #24).

Olivia Chen, a marketing coordinator in Chicago, exports her Gmail with Takeout. Her search is small (two applications,
one of them to a company whose marketing mail she also gets) and its noise large: forty-four messages that speak of
jobs, applications, interviews and recruiters but are none of hers to read as a step. Job boards' alerts, "viewed" and
"top applicant" notices, a tracking system's account mails (verify your email, reset your password, your candidate
profile was created, finish your application), reminders that a saved job closes, recruiters' cold mail in many
shapes (an InMail, "are you still looking?", an invitation to apply, a staffing firm's hot-jobs list), interview tips,
salary reports, career fairs and webinars, and the companies' own marketing. The positives: Ashby's receipt and
rejection for Sprout Social, Greenhouse's receipt for Morningstar, its recruiter's phone screen, a hiring manager's
interview and an offer she declines. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLIVIA = "olivia.chen.mktg@gmail.com"
ME = f"Olivia Chen <{OLIVIA}>"
SPROUT = "Sprout Social <no-reply@ashbyhq.example>"
MSTAR = "Morningstar <no-reply@greenhouse-mail.example>"
TESS = "Tess Morgan <tess.morgan@morningstar.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Sprout Social",
        "applied",
        "2025-01-06",
        SPROUT,
        "Thanks for applying to Sprout Social",
        "Hi Olivia,\n\nThanks for applying to the Marketing Coordinator role at Sprout Social. Our team will review "
        "your application.\n\nSprout Social Recruiting",
        "t-sprout",
    ),
    (
        "Morningstar",
        "applied",
        "2025-01-07",
        MSTAR,
        "Thank you for applying to Morningstar",
        "Hi Olivia,\n\nThank you for applying to the Marketing Associate position at Morningstar. We will be in "
        "touch.\n\nMorningstar Talent Acquisition",
        "t-ms",
    ),
    (
        "Morningstar",
        "screen",
        "2025-01-13",
        TESS,
        "Morningstar - Marketing Associate",
        "Hi Olivia,\n\nI'm a recruiter at Morningstar and would love to set up a 20-minute phone screen this week. "
        "Does Wednesday at 2 work?\n\nTess",
        "t-ms2",
    ),
    (
        "Sprout Social",
        "rejected",
        "2025-01-15",
        SPROUT,
        "Your application to Sprout Social",
        "Hi Olivia,\n\nThank you for your interest in Sprout Social. Unfortunately we have decided not to move forward "
        "with your candidacy.\n\nSprout Social Recruiting",
        "t-sprout",
    ),
    (
        "Morningstar",
        "interview",
        "2025-01-20",
        TESS,
        "RE: Morningstar - Marketing Associate",
        "Hi Olivia,\n\nGreat chatting! The hiring manager would like to interview you on Monday at 10am over Teams.\n\n"
        "Tess",
        "t-ms2",
    ),
    (
        "Morningstar",
        "offer",
        "2025-01-31",
        TESS,
        "Offer - Marketing Associate",
        "Hi Olivia,\n\nI'm happy to share that we'd like to offer you the Marketing Associate position! Details are "
        "attached.\n\nTess",
        "t-ms3",
    ),
    (
        "Morningstar",
        "declined",
        "2025-02-03",
        ME,
        "RE: Offer - Marketing Associate",
        "Hi Tess,\n\nThank you so much for the offer. After a lot of thought, I've decided to decline it - I've accepted "
        "another role that is closer to my long-term goals.\n\nBest,\nOlivia",
        "t-ms3",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "Marketing Coordinator: 24 new jobs",
        "alert",
        "Marketing Coordinator at Grubhub. Marketing Specialist at Groupon. See all jobs.",
    ),
    (
        "Indeed <alert@indeed.example>",
        "15 new Marketing Coordinator jobs in Chicago, IL",
        "alert",
        "Marketing Coordinator - Chicago. Brand Coordinator - Evanston. View all jobs.",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.example>",
        "Olivia, new jobs for you",
        "alert",
        "Marketing Assistant - $52K. Social Media Coordinator - $48K. Apply with one click.",
    ),
    (
        "Glassdoor Jobs <noreply@glassdoor.example>",
        "Jobs you may be interested in",
        "alert",
        "Marketing Coordinator at Morningstar. Content Coordinator at Sprout Social. See jobs.",
    ),
    (
        "Handshake <noreply@joinhandshake.example>",
        "Jobs picked for you",
        "alert",
        "Associate Marketing Manager at Kraft Heinz. Apply now.",
    ),
    (
        "Monster <jobs@monster.example>",
        "Jobs matching your search",
        "alert",
        "Marketing Coordinator - Oak Brook. See matching jobs.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Your application was viewed by Sprout Social",
        "viewed",
        "Your application for Marketing Coordinator was viewed by Sprout Social.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.example>",
        "You're a top applicant for Marketing Specialist at Groupon",
        "alert",
        "You're one of the top applicants. Apply now before the job closes.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.example>",
        "You appeared in 12 searches this week",
        "other",
        "See who's looking at your profile. Try Premium free for 1 month.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.example>",
        "Tess Morgan viewed your profile",
        "other",
        "Tess Morgan, Recruiter at Morningstar, viewed your profile.",
    ),
    (
        "ZipRecruiter <noreply@ziprecruiter.example>",
        "An employer viewed your resume",
        "viewed",
        "A hiring manager in Chicago viewed your resume. See who is interested.",
    ),
    (
        "Indeed <donotreply@indeed.example>",
        "An employer wants you to apply",
        "outreach",
        "Acme Marketing invited you to apply for Marketing Coordinator. Apply now.",
    ),
    (
        "Workday <sproutsocial@myworkday.example>",
        "Verify your email address",
        "other",
        "Please verify your email address to finish creating your candidate account.",
    ),
    (
        "Workday <kraftheinz@myworkday.example>",
        "Reset your password",
        "other",
        "We received a request to reset the password of your candidate account.",
    ),
    (
        "Kraft Heinz Careers <kraftheinz@myworkday.example>",
        "Your candidate profile was created",
        "other",
        "Welcome! Your candidate profile has been created. You can now apply for jobs.",
    ),
    (
        "Kraft Heinz Careers <kraftheinz@myworkday.example>",
        "Finish your application",
        "other",
        "You started an application for Associate Brand Manager but haven't submitted it yet. Finish it today.",
    ),
    (
        "Indeed <donotreply@indeed.example>",
        "A job you saved is closing soon",
        "alert",
        "Marketing Coordinator at United Airlines closes in 2 days. Apply now.",
    ),
    (
        "Glassdoor <noreply@glassdoor.example>",
        "Interview questions for Marketing Coordinator",
        "newsletter",
        "Prepare with 250 interview questions shared by candidates. Unsubscribe.",
    ),
    (
        "Glassdoor <noreply@glassdoor.example>",
        "What do Marketing Coordinators earn in Chicago?",
        "newsletter",
        "See salaries for your role. Unsubscribe.",
    ),
    (
        "The Muse <hello@themuse.example>",
        "7 ways to ace your next interview",
        "newsletter",
        "Career advice for your job search. Unsubscribe.",
    ),
    (
        "Chicago Career Fair <events@careerfair.example>",
        "Meet 50 employers on February 12",
        "newsletter",
        "Register for the Chicago career fair. Unsubscribe.",
    ),
    (
        "AMA Chicago <events@amachicago.example>",
        "Webinar: landing your first marketing role",
        "newsletter",
        "Join our webinar on Thursday. Unsubscribe.",
    ),
    (
        "Jake Ruiz via LinkedIn <inmail-hit-reply@linkedin.example>",
        "Marketing role at a fintech",
        "outreach",
        "Hi Olivia, I came across your profile and think you'd be a great fit for a marketing role at my client. "
        "Interested in a quick chat?",
    ),
    (
        "Priya Nair <priya@talentbridge.example>",
        "Are you still looking?",
        "outreach",
        "Hi Olivia, are you still looking for marketing roles? I have a few openings that could be a fit.",
    ),
    (
        "Robert Half <jobs@roberthalf.example>",
        "Hot jobs this week",
        "newsletter",
        "Marketing Assistant - temp to hire. Event Coordinator - contract. View all jobs. Unsubscribe.",
    ),
    (
        "Aerotek <recruiting@aerotek.example>",
        "Open marketing roles near you",
        "outreach",
        "Hi Olivia, we have several open marketing roles near you. Reply to learn more.",
    ),
    (
        "Sprout Social <marketing@sproutsocial.example>",
        "The 2025 Sprout Social Index is here",
        "newsletter",
        "Download the report. Unsubscribe.",
    ),
    (
        "Morningstar <newsletters@morningstar.example>",
        "Morningstar Investing Insights",
        "newsletter",
        "Our weekly investing insights. Unsubscribe.",
    ),
    ("LinkedIn Premium <premium@linkedin.example>", "Stand out to recruiters", "other", "Try Premium Career for free."),
    (
        "Coursera <no-reply@coursera.example>",
        "Google Digital Marketing Certificate",
        "newsletter",
        "Enroll today. Unsubscribe.",
    ),
    (
        "Indeed <subscriptions@indeed.example>",
        "You're subscribed to job alerts",
        "other",
        "You will receive job alerts for Marketing Coordinator in Chicago.",
    ),
    (
        "Greenhouse <privacy@greenhouse.example>",
        "Updates to our privacy policy",
        "other",
        "We've updated our candidate privacy policy.",
    ),
    (
        "LinkedIn <invitations@linkedin.example>",
        "Tess Morgan wants to connect",
        "other",
        "Tess Morgan, Recruiter at Morningstar, wants to connect with you.",
    ),
    (
        "Handshake <noreply@joinhandshake.example>",
        "Employers are hiring on Handshake",
        "newsletter",
        "Virtual fair next week. Unsubscribe.",
    ),
    (
        "Wellfound <digest@wellfound.example>",
        "Startups hiring in marketing",
        "alert",
        "Growth Marketer at a Series A. Apply with one click.",
    ),
    (
        "ZipRecruiter <noreply@ziprecruiter.example>",
        "You're a great match for Marketing Coordinator",
        "alert",
        "Apply now - you're a great match for this job.",
    ),
    (
        "Resume Worded <team@resumeworded.example>",
        "Your resume score",
        "newsletter",
        "Your resume scored 72/100. Upgrade to see fixes. Unsubscribe.",
    ),
    (
        "Indeed <donotreply@indeed.example>",
        "Please rate your interview experience",
        "survey",
        "How was your interview experience? Share a review with other job seekers.",
    ),
    ("Chase <no.reply@chase.example>", "Your statement is ready", "other", "Your monthly statement is available."),
    ("United Airlines <united@united.example>", "Your flight receipt", "other", "Thank you for flying with us."),
    ("Ventra <noreply@ventra.example>", "Autoload complete", "other", "Your Ventra card was loaded with $20.00."),
    (
        "Mom <linda.chen@yahoo.example>",
        "how's the job hunt?",
        "personal",
        "How's the job search going? Any interviews?",
    ),
    (
        "Grace <grace.kim@gmail.example>",
        "interview tips?",
        "personal",
        "Hey, you had an interview at Morningstar right? Any tips for mine next week?",
    ),
    (
        "Career Center <careers@uic.example>",
        "Alumni job board: new postings",
        "newsletter",
        "New postings for alumni. Unsubscribe.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=OLIVIA,
        own_to={"Morningstar": TESS},
        offset="-0600",
        clock="10:15:00",
        neg_start="2025-01-02",
        neg_step=1,
        neg_clock="18:40:00",
        tag="sixhundredfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
