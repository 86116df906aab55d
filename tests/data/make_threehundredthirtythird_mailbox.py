"""A three-hundred-and-thirty-third mailbox, written as a held-out check after the three-hundred-and-thirty-second
(issue #24).

Sam, a software engineer in Austin, exports Gmail with Takeout: a small search (two applications) inside a mailbox
full of mail that speaks the words of applications without being one.  A journal's "we regret to inform you that your
submission was not accepted", a conference's "Your talk has been accepted!", a hackathon's "You've been selected",
a rental's "Your application has been approved", an MBA program's "interview invitation", a credit card's "Congratulations,
you're pre-approved", a scholarship's "We are pleased to offer you", a volunteer application, a grant's "not selected
for funding", a visa appointment, a bootcamp's "Your application is under review", interview-tips newsletters, an
employer's product newsletter, LinkedIn's "You appeared in 14 searches", Indeed's "Your resume was viewed", a virtual
career fair, recruiters' cold mails in five styles, "Complete your application" from a job site, an apartment tour, a
dentist's appointment, a podcast's "Episode 42: how I got my offer", a Slack community's digest.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SAM = "sam.oduya.dev@gmail.com"
ME = f"Sam Oduya <{SAM}>"

_OWN_TO = {}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Bluebonnet Robotics",
        "applied",
        "2025-10-01",
        "Bluebonnet Robotics <no-reply@ashbyhq.com>",
        "Thanks for applying to Bluebonnet Robotics",
        "Hi Sam,\n\nThanks for applying to the Software Engineer, Autonomy role at Bluebonnet Robotics. We'll review your "
        "application and get back to you soon.\n\nBluebonnet Robotics Recruiting",
        "b1",
    ),
    (
        "Pecan Street Labs",
        "applied",
        "2025-10-02",
        "Pecan Street Labs <no-reply@hire.lever.co>",
        "Thank you for applying to Pecan Street Labs",
        "Hi Sam,\n\nThank you for your application for Backend Engineer at Pecan Street Labs. Our team is reviewing it.\n\n"
        "Pecan Street Labs",
        "p1",
    ),
    (
        "Bluebonnet Robotics",
        "screen",
        "2025-10-07",
        "Alex Rivera <alex.rivera@bluebonnetrobotics.example>",
        "Bluebonnet Robotics - intro call",
        "Hi Sam,\n\nThanks for applying! I'm the recruiter for our autonomy team. Do you have 30 minutes this week for an "
        "intro call?\n\nAlex Rivera\nTechnical Recruiter, Bluebonnet Robotics",
        "b2",
    ),
    (
        "Pecan Street Labs",
        "rejected",
        "2025-10-14",
        "Pecan Street Labs <no-reply@hire.lever.co>",
        "Your application to Pecan Street Labs",
        "Hi Sam,\n\nThank you for your interest in Pecan Street Labs. After reviewing your application, we've decided to "
        "move forward with other candidates.\n\nPecan Street Labs",
        "p1",
    ),
]

_NEGATIVES = [
    (
        "Journal of Systems Research <editor@jsr.example>",
        "Decision on your submission JSR-2025-0193",
        "other",
        "Dear Dr. Oduya,\n\nThank you for submitting your manuscript. We regret to inform you that your submission was not "
        "accepted for publication in the Journal of Systems Research.\n\nSincerely,\nThe Editors",
    ),
    (
        "PyTexas 2026 <program@pytexas.example>",
        "Your talk has been accepted!",
        "other",
        "Congratulations! Your talk 'Async Python in production' has been accepted for PyTexas 2026. Please confirm by "
        "Friday.",
    ),
    (
        "HackATX <team@hackatx.example>",
        "You've been selected for HackATX!",
        "other",
        "Congratulations! You've been selected to participate in HackATX this November. RSVP to confirm your spot.",
    ),
    (
        "Eastside Flats Leasing <leasing@eastsideflats.example>",
        "Your rental application has been approved",
        "other",
        "Good news! Your application for unit 4B has been approved. Please sign your lease within 48 hours.",
    ),
    (
        "McCombs MBA Admissions <admissions@mccombs.example>",
        "Interview invitation - Texas McCombs MBA",
        "other",
        "Dear Sam,\n\nWe are pleased to invite you to interview for admission to the Texas McCombs Full-Time MBA program.",
    ),
    (
        "Lone Star Card <offers@lonestarcard.example>",
        "Congratulations, you're pre-approved!",
        "shop",
        "You're pre-approved for the Lone Star Rewards card with a $5,000 limit. Apply in minutes.",
    ),
    (
        "Hill Country Scholars Fund <awards@hcsf.example>",
        "Scholarship award",
        "other",
        "Dear Sam,\n\nWe are pleased to offer you the Hill Country Scholars award of $2,500 for the spring semester.",
    ),
    (
        "Austin Pets Alive <volunteer@apa.example>",
        "Volunteer application received",
        "other",
        "Thank you for your volunteer application! Please sign up for an orientation session.",
    ),
    (
        "Texas Innovation Grants <grants@tig.example>",
        "Grant application outcome",
        "other",
        "We regret to inform you that your proposal was not selected for funding in this cycle.",
    ),
    (
        "US Visa Appointment Service <noreply@usvisa.example>",
        "Appointment confirmation",
        "other",
        "Your visa appointment at the Consulate is confirmed for November 12 at 8:30 AM.",
    ),
    (
        "CodeCamp Austin <admissions@codecampatx.example>",
        "Your application is under review",
        "other",
        "Thanks for applying to the CodeCamp Austin mentor program! Your application is under review.",
    ),
    (
        "The Interview Edge <newsletter@interviewedge.example>",
        "5 mistakes to avoid in your next interview",
        "newsletter",
        "This week: five interview mistakes, and how to negotiate your offer.",
    ),
    (
        "Bluebonnet Robotics <news@bluebonnetrobotics.example>",
        "Bluebonnet Robotics product update - October",
        "newsletter",
        "Introducing our new warehouse robot, and a recap of our customer summit.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        "viewed",
        "Recruiters from 3 companies found your profile. See who's looking.",
    ),
    (
        "Indeed <no-reply@indeed.com>",
        "Your resume was viewed",
        "viewed",
        "An employer viewed your resume. Keep your resume up to date to get noticed.",
    ),
    (
        "Austin Tech Career Fair <events@atxcareerfair.example>",
        "Register for the virtual career fair",
        "newsletter",
        "Meet 60 Austin employers at our virtual career fair on October 23. Register now!",
    ),
    (
        "Jordan Blake <jordan@talentforge.example>",
        "Backend roles at a Series B startup",
        "outreach",
        "Hi Sam, I came across your GitHub and think you'd be a great fit for a backend role at a Series B startup. Open "
        "to a chat?",
    ),
    (
        "Priya Desai <priya.desai@stackhire.example>",
        "Are you open to new opportunities?",
        "outreach",
        "Hi Sam, are you open to new opportunities? I'm hiring senior engineers for a fintech client in Austin.",
    ),
    (
        "Hiring at Mesquite AI <jobs@mesquiteai.example>",
        "We're hiring!",
        "outreach",
        "Mesquite AI is hiring engineers across our platform team. See open roles on our careers page.",
    ),
    (
        "Chris Long <chris@longsearch.example>",
        "Quick question",
        "outreach",
        "Sam - quick question: would you consider a move for the right staff engineer role? Happy to share details.",
    ),
    (
        "Morgan Fields <mfields@apexdevrecruit.example>",
        "Python Developer - Remote - Contract",
        "outreach",
        "Hello, I have a 6-month remote Python contract at $70/hr. Please send your resume if interested.",
    ),
    (
        "Dice <noreply@dice.com>",
        "Complete your application",
        "reminder",
        "You started applying to Senior Python Developer at Cedar Tech. Complete your application.",
    ),
    (
        "Mueller Apartments <tours@muellerapts.example>",
        "Your tour is confirmed",
        "other",
        "Your apartment tour is confirmed for Saturday at 11 AM. See you then!",
    ),
    (
        "Austin Family Dental <appointments@afdental.example>",
        "Appointment reminder",
        "other",
        "Reminder: your cleaning appointment is Tuesday at 8 AM.",
    ),
    (
        "Dev Career Podcast <hello@devcareerpod.example>",
        "Episode 42: how I got my offer",
        "newsletter",
        "In this episode, a senior engineer walks through the interview loop that got her an offer at a big tech company.",
    ),
    (
        "Austin Devs Slack <digest@austindevs.example>",
        "Your weekly digest",
        "newsletter",
        "Top threads: #jobs has 12 new posts, #career-advice discussed offer negotiation.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SAM,
        own_to=_OWN_TO,
        offset="-0500",
        clock="10:00:00",
        neg_start="2025-09-28",
        neg_step=1,
        neg_clock="17:30:00",
        tag="threehundredthirtythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
