"""A four-hundred-and-third mailbox, written as a held-out check after the four-hundred-and-second (issue #24).

Priya, a computer-science senior at a state university in Ohio, keeps her new-graduate search in Gmail and exports it
with Takeout.  Many applications and many quiet endings: Handshake's "Your application to Software Engineer I at
Meridian Mutual was submitted", Workday's "The status of your application has changed", HackerRank's "You have been
invited to take the Kestrel Systems assessment", a finished HireVue, Codility's "Thank you for completing", a campus
recruiter's "super-day", an offer with a deadline and her ask for an extension, her yes, and rejections that never say
"unfortunately" ("we will be moving forward with candidates whose skills better match", "this role is no longer
available", "the team has decided to close this requisition", "you have not been selected to move forward").
Negatives: Handshake's event digest, LeetCode's weekly, the career centre's newsletter, a "your application was
viewed", a scholarship receipt and her roommate.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.natarajan.cs@gmail.com"
ME = f"Priya Natarajan <{PRIYA}>"
KAYLA = "Kayla Brooks <kbrooks@meridianmutual.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Meridian Mutual",
        "applied",
        "2025-09-08",
        "Handshake <notifications@mail.joinhandshake.com>",
        "Your application to Software Engineer I at Meridian Mutual was submitted",
        "Hi Priya,\n\nYour application to Software Engineer I - New Grad 2026 at Meridian Mutual was submitted. The "
        "employer will reach out to you directly if they want to move forward.\n\nGood luck!\nThe Handshake Team",
        "t-mm",
    ),
    (
        "Kestrel Systems",
        "applied",
        "2025-09-09",
        "Kestrel Systems <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Kestrel Systems!",
        "Hi Priya,\n\nThanks for applying to the Software Engineer, New Grad (2026) role at Kestrel Systems! We've "
        "received your application and our University Recruiting team is reviewing it.\n\nKestrel Systems University "
        "Recruiting",
        "t-ks",
    ),
    (
        "Great Lakes Insurance",
        "applied",
        "2025-09-10",
        "Great Lakes Insurance <greatlakesins@myworkday.com>",
        "Thank you for your application",
        "Dear Priya,\n\nThank you for applying to the 2026 IT Leadership Development Program (JR-88213) at Great Lakes "
        "Insurance. We have received your application.\n\nGreat Lakes Insurance Talent Acquisition",
        "t-gl",
    ),
    (
        "Orbitly",
        "applied",
        "2025-09-10",
        "Orbitly <no-reply@hire.lever.co>",
        "Orbitly - Application received",
        "Hi Priya,\n\nThank you for your application to the Software Engineer - Early Career position. We're excited "
        "you're interested in Orbitly!\n\nThe Orbitly Team",
        "t-or",
    ),
    (
        "Vantage Health",
        "applied",
        "2025-09-11",
        "Vantage Health Careers <careers@vantagehealth.example>",
        "Application Confirmation - Associate Data Engineer",
        "Dear Priya Natarajan,\n\nThis email confirms that we have received your application for the Associate Data "
        "Engineer position. If your qualifications match our needs, a member of our team will contact you.\n\n"
        "Vantage Health Talent Acquisition",
        "t-vh",
    ),
    (
        "Kestrel Systems",
        "interview",
        "2025-09-15",
        "HackerRank <support@hackerrankforwork.com>",
        "Kestrel Systems invites you to take an assessment",
        "Hi Priya,\n\nYou have been invited to take the Kestrel Systems New Grad Online Assessment. The test contains "
        "3 questions and should take about 75 minutes. Please complete it by September 22.\n\nStart test\n\nHackerRank",
        "t-ks-hr",
    ),
    (
        "Great Lakes Insurance",
        "interview",
        "2025-09-16",
        "Great Lakes Insurance <greatlakesins@myworkday.com>",
        "Next step: on-demand video interview",
        "Dear Priya,\n\nCongratulations! We'd like to invite you to complete an on-demand video interview through "
        "HireVue for the IT Leadership Development Program. Please complete it within five days.\n\nGreat Lakes "
        "Insurance Talent Acquisition",
        "t-gl",
    ),
    (
        "Orbitly",
        "rejected",
        "2025-09-17",
        "Orbitly <no-reply@hire.lever.co>",
        "Your application to Orbitly",
        "Hi Priya,\n\nThanks again for your interest in Orbitly. We will be moving forward with candidates whose skills "
        "better match our current needs. We hope you'll apply again in the future.\n\nThe Orbitly Team",
        "t-or",
    ),
    (
        "Vantage Health",
        "rejected",
        "2025-09-18",
        "Vantage Health Careers <careers@vantagehealth.example>",
        "Associate Data Engineer - Application Update",
        "Dear Priya Natarajan,\n\nThank you for your interest in Vantage Health. This role is no longer available, and "
        "the team has decided to close this requisition. We encourage you to review our other openings.\n\nVantage "
        "Health Talent Acquisition",
        "t-vh",
    ),
    (
        "Meridian Mutual",
        "screen",
        "2025-09-19",
        KAYLA,
        "Meridian Mutual - Software Engineer I - next steps",
        "Hi Priya,\n\nI'm the campus recruiter for Meridian Mutual and I'd love to set up a 30-minute phone "
        "conversation to learn more about you and our new grad program. Please pick a time here: "
        "https://calendly.com/kbrooks-mm\n\nKayla Brooks\nCampus Recruiter, Meridian Mutual",
        "t-mm2",
    ),
    (
        "Kestrel Systems",
        "rejected",
        "2025-09-26",
        "Kestrel Systems <no-reply@us.greenhouse-mail.io>",
        "Kestrel Systems - Software Engineer, New Grad (2026)",
        "Hi Priya,\n\nThank you for completing our online assessment. After reviewing your results, you have not been "
        "selected to move forward in the process for this role.\n\nKestrel Systems University Recruiting",
        "t-ks",
    ),
    (
        "Meridian Mutual",
        "onsite",
        "2025-09-29",
        KAYLA,
        "Invitation: Meridian Mutual Super Day - October 10",
        "Hi Priya,\n\nGreat news - you've been selected for our Super Day on Friday, October 10 at our Columbus "
        "headquarters! You'll have three back-to-back interviews (two technical, one behavioural) and lunch with the "
        "team. We'll cover travel.\n\nKayla",
        "t-mm2",
    ),
    (
        "Great Lakes Insurance",
        "rejected",
        "2025-10-02",
        "Great Lakes Insurance <greatlakesins@myworkday.com>",
        "The status of your application has changed",
        "Dear Priya,\n\nThank you for taking the time to complete your video interview. We have carefully reviewed "
        "your candidacy and have decided not to move forward with your application at this time.\n\nGreat Lakes "
        "Insurance Talent Acquisition",
        "t-gl2",
    ),
    (
        "Meridian Mutual",
        "offer",
        "2025-10-15",
        KAYLA,
        "Your offer from Meridian Mutual!",
        "Hi Priya,\n\nCongratulations! I'm so excited to share that the team would like to offer you a Software "
        "Engineer I position starting July 2026. Your offer letter is attached; we ask for a decision by October 29.\n\n"
        "Kayla",
        "t-mm3",
    ),
    (
        "Meridian Mutual",
        "skip",
        "2025-10-20",
        ME,
        "Re: Your offer from Meridian Mutual!",
        "Hi Kayla,\n\nThank you again! I'm still waiting to hear from one other company - would it be possible to "
        "extend my deadline by a week, to November 5?\n\nPriya",
        "t-mm3",
    ),
    (
        "Meridian Mutual",
        "accepted",
        "2025-10-31",
        ME,
        "Re: Your offer from Meridian Mutual!",
        "Hi Kayla,\n\nI'm happy to officially accept the offer! I've signed the letter in Workday. See you in July!\n\n"
        "Priya",
        "t-mm3",
    ),
]

_NEGATIVES = [
    (
        "Handshake <notifications@mail.joinhandshake.com>",
        "Events this week: resume reviews and a fintech career fair",
        "newsletter",
        "Career fair on Thursday. Resume reviews with alumni. Register on Handshake.",
    ),
    (
        "LeetCode <no-reply@leetcode.example>",
        "Weekly Contest 467 starts soon",
        "newsletter",
        "Join the contest this Sunday. Good luck!",
    ),
    (
        "Career Services <careers@university.example>",
        "Career Services Weekly: interview prep and employer info sessions",
        "newsletter",
        "Mock interviews, resume drop-ins and the fall career fair.",
    ),
    (
        "Handshake <notifications@mail.joinhandshake.com>",
        "An employer viewed your application",
        "viewed",
        "Vantage Health viewed your application for Associate Data Engineer.",
    ),
    (
        "Scholarship Office <finaid@university.example>",
        "We received your scholarship application",
        "other",
        "Thank you for your application for the Dean's Merit Scholarship. Decisions will be emailed in November.",
    ),
    (
        "Meera Shah <meera.shah22@gmail.example>",
        "groceries",
        "personal",
        "can you grab oat milk on the way back",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=PRIYA,
            own_to={"Meridian Mutual": KAYLA},
            offset="-0400",
            clock="15:05:00",
            neg_start="2025-09-07",
            neg_step=5,
            neg_clock="22:30:00",
            tag="fourhundredthree",
        ),
        kind="other",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
