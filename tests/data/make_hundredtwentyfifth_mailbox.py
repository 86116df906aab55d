"""A hundred-and-twenty-fifth mailbox, written as a held-out check after the hundred-and-twenty-fourth (issue #24).

Kai, a new graduate in computer science in Phoenix, exports Gmail with Takeout.  A new graduate's search is a run of
online assessments and automated mail: Handshake and the career fair, HackerRank and CodeSignal invitations sent for
the employer, "OA" and "Superday" in recruiters' shorthand, mass refusals, a return offer from last summer's
internship and an exploding deadline.  His negatives: the university's career center, a hackathon, Discord and
LeetCode digests, a student loan servicer, a coding bootcamp, a club's newsletter.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KAI = "kai.tanaka.asu@gmail.com"
_ME = f"Kai Tanaka <{KAI}>"
_JEN = "Jen Alvarez <jen.alvarez@saguarosystems.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Saguaro Systems (last summer's internship: a return offer, his yes)
    (
        "Saguaro Systems",
        "offer",
        "2025-09-03",
        _JEN,
        "Return offer - Software Engineer I",
        "Hi Kai,\n\nIt was a pleasure having you on the team this summer! We're excited to extend you a return offer "
        "for a full-time Software Engineer I position starting July 2026. Details are in the attached letter; "
        "please let us know by October 1.\n\nJen Alvarez\nUniversity Recruiting, Saguaro Systems",
        "ss1",
    ),
    (
        "Saguaro Systems",
        "accepted",
        "2025-09-29",
        _ME,
        "Re: Return offer - Software Engineer I",
        "Hi Jen,\n\nThank you so much! I'm excited to accept the return offer. Signed letter attached.\n\nKai",
        "ss1",
    ),
    # Cactus Cloud (Handshake application; a HackerRank OA; a no)
    (
        "Cactus Cloud",
        "applied",
        "2025-09-04",
        "Handshake <notifications@joinhandshake.com>",
        "Your application to Cactus Cloud was submitted",
        "You applied to Software Engineer, New Grad at Cactus Cloud on Handshake. Good luck!",
        "cc1",
    ),
    (
        "Cactus Cloud",
        "interview",
        "2025-09-10",
        "HackerRank <no-reply@hackerrankforwork.com>",
        "Cactus Cloud invites you to take an assessment",
        "Hi Kai,\n\nCactus Cloud has invited you to take the New Grad Online Assessment. You will have 90 minutes once "
        "you start. The test expires on September 17.",
        "cc2",
    ),
    (
        "Cactus Cloud",
        "rejected",
        "2025-09-30",
        "Cactus Cloud University Recruiting <no-reply@greenhouse.io>",
        "Cactus Cloud - New Grad update",
        "Hi Kai,\n\nThank you for taking the time to complete our online assessment. We received an extraordinary "
        "number of applications this year, and we will not be moving forward with your candidacy at this time.",
        "cc3",
    ),
    # Mesa Trading (career fair; a CodeSignal; a phone interview; a Superday; a no)
    (
        "Mesa Trading",
        "applied",
        "2025-09-05",
        "Mesa Trading Campus <no-reply@greenhouse.io>",
        "Thanks for stopping by at the ASU career fair!",
        "Hi Kai,\n\nGreat meeting you at the ASU Fall Career Fair! We've received your application for Software "
        "Engineer (New Grad) and will be in touch.",
        "mt1",
    ),
    (
        "Mesa Trading",
        "interview",
        "2025-09-12",
        "CodeSignal <noreply@codesignal.com>",
        "Mesa Trading has invited you to a CodeSignal assessment",
        "Hi Kai,\n\nMesa Trading has invited you to complete the General Coding Assessment. Start your assessment "
        "within 7 days.",
        "mt2",
    ),
    (
        "Mesa Trading",
        "interview",
        "2025-09-24",
        "Brianna Cole <bcole@mesatrading.com>",
        "Mesa Trading - technical phone interview",
        "Hi Kai,\n\nCongrats on your CodeSignal score! We'd like to schedule a 45-minute technical phone interview with "
        "one of our engineers. Please pick a slot here.\n\nBrianna\nCampus Recruiting",
        "mt3",
    ),
    (
        "Mesa Trading",
        "onsite",
        "2025-10-06",
        "Brianna Cole <bcole@mesatrading.com>",
        "Superday invite!",
        "Hi Kai,\n\nYou've been invited to our Superday on October 17 in Chicago: four back-to-back interviews and "
        "lunch with the team. We'll book your travel.\n\nBrianna",
        "mt4",
    ),
    (
        "Mesa Trading",
        "rejected",
        "2025-10-22",
        "Brianna Cole <bcole@mesatrading.com>",
        "Re: Superday invite!",
        "Hi Kai,\n\nThanks for coming out to Chicago. The team had a tough decision and, unfortunately, won't be "
        "extending an offer this cycle. I'd encourage you to apply again next year.\n\nBrianna",
        "mt4",
    ),
    # Ironwood Health (Workday; a no)
    (
        "Ironwood Health",
        "applied",
        "2025-09-06",
        "Ironwood Health <ironwood@myworkday.com>",
        "Thank you for applying to Ironwood Health",
        "Dear Kai,\n\nThank you for applying to the Associate Software Engineer position at Ironwood Health. We have "
        "received your application.",
        "ih1",
    ),
    (
        "Ironwood Health",
        "rejected",
        "2025-09-25",
        "Ironwood Health <ironwood@myworkday.com>",
        "Your application for Associate Software Engineer",
        "Dear Kai,\n\nThank you for your interest. After careful consideration, we have decided to pursue other "
        "candidates whose qualifications more closely match the position.",
        "ih2",
    ),
    # Redrock Games (Lever; an OA; a recruiter chat; he withdraws after accepting Saguaro)
    (
        "Redrock Games",
        "applied",
        "2025-09-07",
        "Redrock Games <no-reply@hire.lever.co>",
        "Thank you for your application to Redrock Games",
        "Hi Kai,\n\nThank you for your interest in Redrock Games! We received your application for Gameplay "
        "Engineer, New Grad.",
        "rg1",
    ),
    (
        "Redrock Games",
        "interview",
        "2025-09-15",
        "Redrock Games <no-reply@hire.lever.co>",
        "Next step: Redrock Games coding challenge",
        "Hi Kai,\n\nWe'd like you to complete a take-home coding challenge (a small gameplay system in C++). Please "
        "submit within 5 days.",
        "rg2",
    ),
    (
        "Redrock Games",
        "screen",
        "2025-09-26",
        "Omar Said <omar@redrockgames.com>",
        "Redrock - quick chat?",
        "Hey Kai,\n\nNice work on the challenge! I'm the campus recruiter here - do you have 20 minutes this week to "
        "chat about the team and next steps?\n\nOmar",
        "rg3",
    ),
    (
        "Redrock Games",
        "withdrew",
        "2025-09-30",
        _ME,
        "Re: Redrock - quick chat?",
        "Hi Omar,\n\nThanks so much for reaching out. I've just accepted a return offer, so I'll withdraw from the "
        "process. I really enjoyed the challenge!\n\nKai",
        "rg3",
    ),
    # Sonoran Bank (Taleo; a wait; no more)
    (
        "Sonoran Bank",
        "applied",
        "2025-09-08",
        "Sonoran Bank <sonoranbank@taleo.net>",
        "Sonoran Bank - Application Confirmation",
        "Dear Kai Tanaka,\n\nThank you for applying for the Technology Analyst Program with Sonoran Bank. Your "
        "application has been successfully submitted.",
        "sb1",
    ),
    (
        "Sonoran Bank",
        "reply",
        "2025-09-29",
        "Sonoran Bank Campus Recruiting <campus@sonoranbank.com>",
        "Technology Analyst Program - update",
        "Hi Kai,\n\nThank you for your patience. We are still reviewing applications for the Technology Analyst "
        "Program and will share next steps by mid-October.",
        "sb2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "ASU Career Services <careers@asu.edu>",
        "Fall Career Fair: 150+ employers",
        "newsletter",
        "Meet 150+ employers at the Fall Career Fair on September 5. Prepare your resume and elevator pitch.",
    ),
    (
        "Handshake <notifications@joinhandshake.com>",
        "Jobs you might like: Software Engineer, New Grad",
        "alert",
        "Cactus Cloud is hiring. Mesa Trading is hiring. See jobs picked for you.",
    ),
    (
        "HackASU <team@hackasu.org>",
        "HackASU 2025: registration open",
        "newsletter",
        "Register for HackASU on October 11-12. Prizes, food and recruiters from Cactus Cloud. Unsubscribe",
    ),
    (
        "LeetCode <no-reply@leetcode.com>",
        "Your weekly LeetCode digest",
        "newsletter",
        "You solved 12 problems this week. Try the weekly contest. Unsubscribe",
    ),
    (
        "Discord <notifications@discord.com>",
        "You have 5 unread messages in CS New Grads 2026",
        "other",
        "#offers: 'got the Mesa Trading superday!!' #rejections: 'Cactus Cloud OA reject lol'",
    ),
    (
        "Nelnet <noreply@nelnet.net>",
        "Your student loan grace period",
        "other",
        "Your grace period ends in 6 months. Review your repayment options.",
    ),
    (
        "App Academy <admissions@appacademy.io>",
        "Land a software job in 16 weeks",
        "newsletter",
        "Our grads land offers at top companies. Apply to our next cohort. Unsubscribe",
    ),
    (
        "SHPE at ASU <shpe@asu.edu>",
        "General meeting: resume workshop",
        "newsletter",
        "Join us Thursday for a resume workshop with Mesa Trading engineers. Pizza provided!",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Mesa Trading interview questions",
        "newsletter",
        "See 41 interview questions for Software Engineer at Mesa Trading. Unsubscribe",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Ironwood Health",
        "viewed",
        "Your application for Associate Software Engineer was viewed by Ironwood Health.",
    ),
    (
        "Mom <emi.tanaka@yahoo.com>",
        "Superday??",
        "personal",
        "Kai!! A superday in Chicago? So proud of you. Call me after. Love, Mom",
    ),
    (
        "Levels.fyi <hello@levels.fyi>",
        "New grad offers at Saguaro Systems",
        "newsletter",
        "See reported new grad offers at Saguaro Systems: $110k-$125k base. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KAI,
        own_to={"Saguaro Systems": _JEN, "Redrock Games": "Omar Said <omar@redrockgames.com>"},
        offset="-0700",
        clock="15:20:00",
        neg_start="2025-09-02",
        neg_step=3,
        neg_clock="08:05:00",
        tag="hundredtwentyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
