"""A twenty-first mailbox, written as a held-out check after the twentieth's fixes (issue #24).

Priya, a software engineer in Seattle, applies to large technology companies and exports Gmail with Takeout: their
own careers systems (online assessments, work simulations, "loops", virtual onsites, hiring committees, team
matching), Workday tenants, Greenhouse and Lever, a recruiter on LinkedIn, HTML-only mail, and everyday mail.  Its
score before any rule was changed for it is in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.venkat.swe@gmail.com"
_ME = f"Priya Venkat <{PRIYA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Amazonia (its own careers system)
    (
        "Amazonia",
        "applied",
        "2025-01-06",
        "Amazonia Jobs <no-reply@jobs.amazonia.example>",
        "Thank you for applying to Amazonia",
        "Hi Priya,\n\nThank you for your interest in the Software Development Engineer II position (Job ID: 2871456). "
        "We've received your application and will be in touch if your qualifications match the role.\n\nAmazonia "
        "Recruiting",
        "am1",
    ),
    (
        "Amazonia",
        "interview",
        "2025-01-10",
        "Amazonia Jobs <no-reply@jobs.amazonia.example>",
        "Action needed: Complete your Amazonia Online Assessment",
        "Hi Priya,\n\nCongratulations, you've been selected to move forward. The next step is our online "
        "assessment, which includes two coding questions and a work style survey. Please complete it within 7 days."
        "\n\nAmazonia Recruiting",
        "am2",
    ),
    (
        "Amazonia",
        "onsite",
        "2025-01-24",
        "Jordan Kim <jkimrec@amazonia.example>",
        "Amazonia SDE II - Interview Loop Confirmation",
        "Hi Priya,\n\nYour virtual interview loop is confirmed for February 4: four 55-minute interviews with "
        "engineers and a bar raiser over Amazonia Chime. Please review the attached prep guide.\n\nJordan Kim\n"
        "Recruiting Coordinator",
        "am3",
    ),
    (
        "Amazonia",
        "rejected",
        "2025-02-12",
        "Amazonia Jobs <no-reply@jobs.amazonia.example>",
        "Update on your Amazonia application",
        "Hi Priya,\n\nThank you for taking the time to interview with us. After careful review, we are unable to "
        "move forward with your candidacy for this role. We encourage you to apply to other roles that match your "
        "skills.\n\nAmazonia Recruiting",
        "am4",
    ),
    # Goggle (its own system; phone interview, onsite, hiring committee, team matching, offer)
    (
        "Goggle",
        "applied",
        "2025-01-07",
        "Goggle Careers <careers-noreply@goggle.example>",
        "Thank you for your interest in Goggle",
        "Hi Priya, thanks for applying to the Software Engineer III, Infrastructure role. Our team will review "
        "your application.",
        "gg1",
    ),
    (
        "Goggle",
        "screen",
        "2025-01-15",
        "Morgan Lee <morganlee@goggle.example>",
        "Next steps with Goggle",
        "Hi Priya,\n\nI'm a recruiter at Goggle and I'd like to set up a 30-minute call to learn about your "
        "background and walk you through our process. What does your availability look like this week?\n\nMorgan",
        "gg2",
    ),
    (
        "Goggle",
        "interview",
        "2025-01-22",
        "Morgan Lee <morganlee@goggle.example>",
        "Re: Next steps with Goggle",
        "Hi Priya, great speaking with you! The next step is a 45-minute technical phone interview with a Goggle "
        "engineer, using a shared doc for coding. I'll send the invite once you confirm a time.\n\nMorgan",
        "gg2",
    ),
    (
        "Goggle",
        "onsite",
        "2025-02-03",
        "Morgan Lee <morganlee@goggle.example>",
        "Re: Next steps with Goggle",
        "Hi Priya, good news: you passed the technical phone interview! We'd like to move you to virtual onsite "
        "interviews: four rounds of coding and system design plus one Goggleyness round.\n\nMorgan",
        "gg2",
    ),
    (
        "Goggle",
        "offer",
        "2025-03-05",
        "Morgan Lee <morganlee@goggle.example>",
        "Goggle - your offer",
        "Hi Priya,\n\nThe hiring committee approved your packet and team matching is complete! I'm thrilled to share "
        "your offer: a base of $178,000, a sign-on bonus and a stock grant. The full letter is in the candidate "
        "portal.\n\nMorgan",
        "gg3",
    ),
    (
        "Goggle",
        "accepted",
        "2025-03-07",
        _ME,
        "Re: Goggle - your offer",
        "Hi Morgan,\n\nI'm excited to accept! I've signed the letter in the portal. Thank you for all your help.\n\n"
        "Priya",
        "gg3",
    ),
    # Macrosoft (Workday-like own system)
    (
        "Macrosoft",
        "applied",
        "2025-01-08",
        "Macrosoft Careers <careers@macrosoft.example>",
        "Macrosoft Careers: We've received your application",
        "Hello Priya,\n\nThank you for applying for Software Engineer II (Job number 1789234). You can view the "
        "status of your application at any time in your candidate profile.",
        "ms1",
    ),
    (
        "Macrosoft",
        "rejected",
        "2025-02-05",
        "Macrosoft Careers <careers@macrosoft.example>",
        "Macrosoft Careers: Your application status has been updated",
        "Hello Priya,\n\nThank you for your interest in Macrosoft. The position Software Engineer II (1789234) is no "
        "longer available, and your application is now closed.",
        "ms2",
    ),
    # Streamflix (Lever)
    (
        "Streamflix",
        "applied",
        "2025-01-09",
        "Streamflix <no-reply@hire.lever.co>",
        "Thanks for applying to Streamflix!",
        "Priya, thanks for your application for Senior Software Engineer - Playback. Someone from our team will "
        "review it soon.",
        "sf1",
    ),
    # Stripely (Greenhouse: a work simulation, then rejection after the take-home)
    (
        "Stripely",
        "applied",
        "2025-01-13",
        "Stripely <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Stripely",
        "Hi Priya,\n\nThanks for applying to Stripely! Your application for Backend Engineer, Payments has been "
        "received.",
        "st1",
    ),
    (
        "Stripely",
        "interview",
        "2025-01-21",
        "Stripely Recruiting <no-reply@us.greenhouse-mail.io>",
        "Stripely: your work simulation",
        "Hi Priya,\n\nWe'd like to invite you to complete our work simulation, a realistic 3-hour project based on "
        "problems our engineers solve. Start whenever you're ready within the next week.",
        "st2",
    ),
    (
        "Stripely",
        "rejected",
        "2025-02-06",
        "Alex Rivera <arivera@stripely.example>",
        "Stripely - Backend Engineer, Payments",
        "Hi Priya,\n\nThanks for the time you put into the work simulation. The team reviewed it closely and "
        "decided not to advance to the onsite stage. We're grateful you considered Stripely.\n\nAlex",
        "st3",
    ),
    # Nvidiant (Workday tenant, then the person's follow-up)
    (
        "Nvidiant",
        "applied",
        "2025-01-14",
        "Nvidiant <nvidiant@myworkday.com>",
        "Thank You for Your Application",
        "Dear Priya,\n\nThank you for your interest in Nvidiant and for applying to Senior Systems Software Engineer "
        "(JR1987654). We will review your qualifications.\n\nNvidiant Talent Acquisition",
        "nv1",
    ),
    (
        "Nvidiant",
        "follow_up",
        "2025-02-10",
        _ME,
        "Senior Systems Software Engineer (JR1987654) - status",
        "Hello,\n\nI applied for the Senior Systems Software Engineer role (JR1987654) on January 14 and wanted to "
        "follow up on the status of my application.\n\nBest regards,\nPriya Venkat",
        "nv2",
    ),
    # Cloudberry (LinkedIn recruiter after the person's application there)
    (
        "Cloudberry",
        "applied",
        "2025-01-16",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Priya, your application was sent to Cloudberry",
        "Your application was sent to Cloudberry\nSoftware Engineer, Data Platform\nCloudberry · Seattle, WA (Hybrid)",
        "cb1",
    ),
    (
        "Cloudberry",
        "screen",
        "2025-01-23",
        "Sam Ortega <sam.ortega@cloudberry.io>",
        "Your application to Cloudberry",
        "Hi Priya,\n\nThanks for applying for the Data Platform role! I'm on the talent team. Do you have time for an "
        "introductory phone call early next week?\n\nSam",
        "cb2",
    ),
    (
        "Cloudberry",
        "withdrew",
        "2025-03-07",
        _ME,
        "Re: Your application to Cloudberry",
        "Hi Sam,\n\nThank you for your time. I've decided to accept another offer, so please withdraw my "
        "application from consideration.\n\nBest,\nPriya",
        "cb2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Amazonia Jobs <no-reply@jobs.amazonia.example>",
        "Jobs you might be interested in at Amazonia",
        "job alert",
        "Based on your profile: SDE II - Ads, SDE II - Retail. View jobs. Manage your job alerts.",
    ),
    (
        "Goggle Careers <careers-noreply@goggle.example>",
        "Goggle Careers Newsletter: life at Goggle",
        "newsletter",
        "Stories from our engineers, upcoming events and open roles. Unsubscribe",
    ),
    (
        "Blind <noreply@teamblind.com>",
        "Trending: Goggle vs Amazonia offers",
        "newsletter",
        "See what engineers say about compensation and interview loops this week. Unsubscribe",
    ),
    (
        "LeetCode <no-reply@leetcode.com>",
        "Your weekly contest summary",
        "newsletter",
        "You solved 3 of 4 problems. Keep practising for your interviews! Unsubscribe",
    ),
    (
        "Levels.fyi <hello@levels.fyi>",
        "New offers reported at Goggle",
        "newsletter",
        "Compensation data: 12 new offers reported at Goggle this week. Unsubscribe",
    ),
    (
        "Chris Walsh <chris@hirewave-talent.com>",
        "Staff Engineer opportunity - AI startup",
        "cold outreach",
        "Hi Priya, your background at scale caught my eye. I'm recruiting for a Staff Engineer at a Series C AI "
        "startup. Open to a quick call?",
    ),
    (
        "Uber Receipts <uber.us@uber.com>",
        "Your Thursday morning trip with Uber",
        "not about an application",
        "Thanks for riding, Priya. Total: $18.40.",
    ),
    (
        "Interviewing Prep <team@interviewprep.example>",
        "Book your mock system design interview",
        "interview practice",
        "Practice with ex-FAANG engineers. Mock interview slots available this week.",
    ),
    (
        "Chase <no.reply.alerts@chase.com>",
        "Your mortgage pre-approval application",
        "not a job application",
        "Your application for mortgage pre-approval has been received.",
    ),
    (
        "Mom <lakshmi.venkat@yahoo.com>",
        "All the best!",
        "not about an application",
        "Kanna, all the best for your interviews next week. Call us after.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=PRIYA,
        own_to={
            "Goggle": "Morgan Lee <morganlee@goggle.example>",
            "Nvidiant": "Nvidiant Talent Acquisition <talent@nvidiant.example>",
            "Cloudberry": "Sam Ortega <sam.ortega@cloudberry.io>",
        },
        offset="-0800",
        clock="16:20:00",
        neg_start="2025-01-06",
        neg_step=5,
        neg_clock="07:05:00",
        tag="twentyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
