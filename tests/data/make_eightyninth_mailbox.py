"""An eighty-ninth mailbox, written as a held-out check after the eighty-eighth's fixes (issue #24).

Marcus, a QA engineer in Phoenix, exports Gmail with Takeout.  Nearly all of his search runs through job boards'
own mail: LinkedIn Easy Apply ("Your application was sent to ..."), LinkedIn's notices of a recruiter's message
with its text inside, Indeed Apply ("Indeed Application: ..."), an employer's message relayed by Indeed, ZipRecruiter
("You applied to ..."), Dice, Glassdoor and Wellfound confirmations; the boards' "viewed" notices and job alerts
beside them.  The employer is named only in the body or the subject of a board's mail.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.lee.qa@gmail.com"
_ME = f"Marcus Lee <{MARCUS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Saguaro Systems (LinkedIn Easy Apply; recruiter's message via LinkedIn; interview; rejected)
    (
        "Saguaro Systems",
        "applied",
        "2025-05-05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marcus, your application was sent to Saguaro Systems",
        "Your application was sent to Saguaro Systems\nQA Automation Engineer\nSaguaro Systems · Phoenix, AZ "
        "(Hybrid)\nApplied on May 5, 2025\nView job",
        "ss1",
    ),
    (
        "Saguaro Systems",
        "screen",
        "2025-05-09",
        "Erin Walsh via LinkedIn <messaging-digest-noreply@linkedin.com>",
        "Erin just messaged you",
        "Erin Walsh\nTechnical Recruiter at Saguaro Systems\n\nHi Marcus, thanks for applying to our QA Automation "
        "Engineer role! Do you have 20 minutes on Monday for a quick phone screen?\n\nReply",
        "ss2",
    ),
    (
        "Saguaro Systems",
        "interview",
        "2025-05-16",
        "Erin Walsh <erin.walsh@saguarosystems.com>",
        "Technical interview - QA Automation Engineer",
        "Hi Marcus,\n\nGreat speaking with you! The next step is a 60-minute technical interview with two of our SDETs "
        "on Thursday, May 22 at 2 PM MST. A Teams invite will follow.\n\nErin",
        "ss3",
    ),
    (
        "Saguaro Systems",
        "rejected",
        "2025-05-30",
        "Erin Walsh <erin.walsh@saguarosystems.com>",
        "Re: Technical interview - QA Automation Engineer",
        "Hi Marcus,\n\nThank you for interviewing with the team. We have decided to move forward with another "
        "candidate for this role, but we'd like to keep your information on file.\n\nErin",
        "ss3",
    ),
    # Desert Bloom Health (Indeed Apply; employer's message via Indeed; interview)
    (
        "Desert Bloom Health",
        "applied",
        "2025-05-06",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Software QA Analyst",
        "Application submitted\nSoftware QA Analyst\nDesert Bloom Health - Phoenix, AZ\n\nThe employer will contact "
        "you if your qualifications match their needs. Good luck!\n\nIndeed",
        "db1",
    ),
    (
        "Desert Bloom Health",
        "interview",
        "2025-05-13",
        "Desert Bloom Health via Indeed <reply-4f2a9c@indeedemail.com>",
        "Desert Bloom Health sent you a message about Software QA Analyst",
        "Hi Marcus,\n\nThank you for applying to the Software QA Analyst position. We would like to schedule an "
        "interview with our QA manager. Please let us know your availability this week.\n\nDesert Bloom Health HR",
        "db2",
    ),
    # Copperline Logistics (ZipRecruiter; rejected)
    (
        "Copperline Logistics",
        "applied",
        "2025-05-07",
        "ZipRecruiter <noreply@ziprecruiter.com>",
        "You applied to QA Engineer at Copperline Logistics",
        "Your application is on its way!\nQA Engineer\nCopperline Logistics · Tempe, AZ\n\nWe'll let you know when "
        "the employer views it.",
        "cl1",
    ),
    (
        "Copperline Logistics",
        "rejected",
        "2025-05-21",
        "Copperline Logistics <hr@copperlinelogistics.com>",
        "QA Engineer application",
        "Dear Marcus,\n\nThank you for your interest in the QA Engineer position at Copperline Logistics. We have "
        "filled the position with a candidate whose experience more closely matches our needs.\n\nCopperline HR",
        "cl2",
    ),
    # Mesa Verde Software (Dice; silence)
    (
        "Mesa Verde Software",
        "applied",
        "2025-05-08",
        "Dice <applications@dice.com>",
        "Your application to Mesa Verde Software has been submitted",
        "Hi Marcus,\n\nYour application for Senior SDET at Mesa Verde Software was submitted successfully.\n\nGood "
        "luck,\nThe Dice Team",
        "mv1",
    ),
    # Sonoran Robotics (Wellfound; founder; interview; offer; accepted)
    (
        "Sonoran Robotics",
        "applied",
        "2025-05-12",
        "Wellfound <team@wellfound.com>",
        "Your application to Sonoran Robotics",
        "Hi Marcus,\n\nYour application to Sonoran Robotics for the role of QA Lead was sent. We'll notify you when "
        "they respond.\n\nWellfound",
        "sr1",
    ),
    (
        "Sonoran Robotics",
        "interview",
        "2025-05-15",
        "Priya Desai <priya@sonoranrobotics.com>",
        "Sonoran Robotics - QA Lead",
        "Hi Marcus,\n\nI'm the co-founder and CTO. I liked your background in hardware-in-the-loop testing - would "
        "you be up for a 45-minute video interview on Tuesday?\n\nPriya",
        "sr2",
    ),
    (
        "Sonoran Robotics",
        "offer",
        "2025-06-02",
        "Priya Desai <priya@sonoranrobotics.com>",
        "Offer - QA Lead",
        "Hi Marcus,\n\nWe're excited to offer you the QA Lead role at Sonoran Robotics: $140,000 base plus 0.5% "
        "equity. The offer letter is attached.\n\nPriya",
        "sr3",
    ),
    (
        "Sonoran Robotics",
        "accepted",
        "2025-06-04",
        _ME,
        "Re: Offer - QA Lead",
        "Hi Priya,\n\nI'm happy to accept the offer - signed letter attached. See you on June 16!\n\nMarcus",
        "sr3",
    ),
    # Camelback Insurance (Glassdoor Easy Apply; silence)
    (
        "Camelback Insurance",
        "applied",
        "2025-05-14",
        "Glassdoor <noreply@glassdoor.com>",
        "Application sent: Test Engineer at Camelback Insurance",
        "Your application has been sent!\nTest Engineer\nCamelback Insurance - Scottsdale, AZ\n\nGlassdoor",
        "cb1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Indeed <donotreply@indeed.com>",
        "An employer viewed your application",
        "viewed",
        "Copperline Logistics viewed your application for QA Engineer. Keep applying to more jobs!",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Saguaro Systems",
        "viewed",
        "Saguaro Systems viewed your application for QA Automation Engineer.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "QA Engineer: 25 new jobs in Phoenix",
        "alert",
        "QA Engineer - Desert Bloom Health\nSDET - Mesa Verde Software\nSee all jobs",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Marcus, 12 new QA jobs near you",
        "alert",
        "QA Analyst - Copperline Logistics\nTest Engineer - Camelback Insurance\nApply now",
    ),
    (
        "Dice <marketing@dice.com>",
        "Tech salary report 2025",
        "newsletter",
        "See what QA engineers earn in Phoenix. Unsubscribe",
    ),
    (
        "Kyle Brandt via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Contract SDET - 6 months",
        "outreach",
        "Hi Marcus, I'm working with a fintech client on a 6-month SDET contract, remote. Interested in learning more?",
    ),
    (
        "Indeed <invitetoapply@indeed.com>",
        "An employer invites you to apply: QA Tester",
        "alert",
        "Grand Canyon Apps thinks you'd be a great fit for QA Tester. Apply now.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MARCUS,
        own_to={"Sonoran Robotics": "Priya Desai <priya@sonoranrobotics.com>"},
        offset="-0700",
        clock="16:20:00",
        neg_start="2025-05-10",
        neg_step=3,
        neg_clock="07:15:00",
        tag="eightynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
