"""A hundred-and-sixty-ninth mailbox, written as a held-out check after the hundred-and-sixty-eighth (issue #24).

Daniel, an MBA student in Philadelphia recruiting for consulting and banking, exported Gmail with Takeout.  MBA
recruiting has its own words: a firm's coffee chat and "closed list" invitation, a problem-solving game, a HireVue,
first-round and second-round case interviews, a bank's "Superday", an "offer call", an exploding deadline, and a
school's career office relaying the schedule.  Negatives: club newsletters, a career office's event digest, a
classmate's case practice, a firm's recruiting reception open to all, a rideshare receipt, and a banking
newsletter.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANIEL = "daniel.cho.mba26@gmail.com"
ME = f"Daniel Cho <{DANIEL}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Halvorsen & Company",
        "applied",
        "2025-09-02",
        "Halvorsen & Company <halvorsen@myworkday.com>",
        "Thank you for your application - Associate (MBA), Philadelphia",
        "Dear Daniel,\n\nThank you for applying to Halvorsen & Company for the Associate (MBA) position in our "
        "Philadelphia office. We have received your application and resume.\n\nHalvorsen Recruiting",
        "h1",
    ),
    (
        "Brightwater Partners",
        "applied",
        "2025-09-03",
        "Brightwater Partners Recruiting <recruiting@brightwaterpartners.com>",
        "Application confirmation - Summer Associate",
        "Dear Daniel,\n\nWe confirm receipt of your application for the 2026 Summer Associate position. Our "
        "recruiting team will be in touch regarding next steps.\n\nBrightwater Partners Recruiting",
        "b1",
    ),
    (
        "Keystone Capital Markets",
        "applied",
        "2025-09-04",
        "Keystone Capital Markets <keystone@oraclecloud.com>",
        "Keystone Capital Markets - Application Received",
        "Dear Daniel Cho,\n\nThank you for applying for the 2026 Investment Banking Summer Associate Program. Your "
        "application has been received.\n\nKeystone Capital Markets Campus Recruiting",
        "k1",
    ),
    (
        "Halvorsen & Company",
        "interview",
        "2025-09-10",
        "Halvorsen & Company <noreply@solve-assessment.com>",
        "Halvorsen & Company: your problem-solving game",
        "Hi Daniel,\n\nAs part of your application to Halvorsen & Company, please complete the problem-solving game "
        "within the next 7 days. It takes about 70 minutes.\n\nStart the game",
        "h2",
    ),
    (
        "Brightwater Partners",
        "interview",
        "2025-09-12",
        "Brightwater Partners <noreply@hirevue.com>",
        "Brightwater Partners Digital Interview",
        "Hello Daniel,\n\nBrightwater Partners has invited you to complete a digital interview for the Summer "
        "Associate position. Please complete it by September 19.\n\nStart interview",
        "b2",
    ),
    (
        "Halvorsen & Company",
        "interview",
        "2025-09-24",
        "Erin Walsh <erin.walsh@halvorsen.com>",
        "Halvorsen & Company - First Round Interviews",
        "Dear Daniel,\n\nCongratulations! We are pleased to invite you to first round interviews on October 6 at "
        "our Philadelphia office. You will have two 45-minute case interviews with consultants.\n\nErin Walsh\n"
        "Recruiting Coordinator, Halvorsen & Company",
        "h3",
    ),
    (
        "Keystone Capital Markets",
        "rejected",
        "2025-09-26",
        "Keystone Capital Markets <keystone@oraclecloud.com>",
        "Update regarding your application",
        "Dear Daniel Cho,\n\nThank you for your interest in the Investment Banking Summer Associate Program. After "
        "careful review, we are unable to invite you to the next stage of our process.\n\nKeystone Capital Markets "
        "Campus Recruiting",
        "k2",
    ),
    (
        "Brightwater Partners",
        "interview",
        "2025-09-29",
        "Jamal Price <jamal.price@brightwaterpartners.com>",
        "Brightwater - interview invitation",
        "Hi Daniel,\n\nThank you for completing the digital interview. We'd like to invite you to interview with "
        "two associates on October 8. Each conversation will be 30 minutes and include a case.\n\nJamal Price\n"
        "Campus Recruiting Lead",
        "b3",
    ),
    (
        "Halvorsen & Company",
        "thank_you",
        "2025-10-06",
        ME,
        "Thank you - first round",
        "Hi Erin,\n\nThank you for coordinating today's first round interviews. I enjoyed the cases and meeting the "
        "team.\n\nBest,\nDaniel",
        "h4",
    ),
    (
        "Halvorsen & Company",
        "onsite",
        "2025-10-08",
        "Erin Walsh <erin.walsh@halvorsen.com>",
        "Halvorsen & Company - Final Round Invitation",
        "Dear Daniel,\n\nWe are delighted to invite you to final round interviews on October 14 with three partners "
        "of the firm.\n\nErin Walsh",
        "h5",
    ),
    (
        "Brightwater Partners",
        "rejected",
        "2025-10-10",
        "Jamal Price <jamal.price@brightwaterpartners.com>",
        "Brightwater - interview outcome",
        "Hi Daniel,\n\nThank you for taking the time to interview with us. Unfortunately, we will not be extending "
        "an invitation to the final round this year. We appreciated getting to know you.\n\nJamal",
        "b4",
    ),
    (
        "Halvorsen & Company",
        "offer",
        "2025-10-15",
        "Erin Walsh <erin.walsh@halvorsen.com>",
        "Halvorsen & Company - offer call",
        "Dear Daniel,\n\nFollowing this afternoon's call with Priya, we are thrilled to formally extend you an offer "
        "to join Halvorsen & Company as a Summer Associate. Your offer letter is attached; please respond by "
        "October 29.\n\nErin Walsh",
        "h6",
    ),
    (
        "Halvorsen & Company",
        "accepted",
        "2025-10-20",
        ME,
        "Re: Halvorsen & Company - offer call",
        "Dear Erin,\n\nI am thrilled to accept Halvorsen's offer and have signed the letter. Thank you for everything."
        "\n\nBest,\nDaniel",
        "h6",
    ),
]

_OWN_TO = {"Halvorsen & Company": "Erin Walsh <erin.walsh@halvorsen.com>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Halvorsen & Company <recruiting-events@halvorsen.com>",
        "You're invited: Halvorsen coffee chats on campus",
        "networking",
        "Join Halvorsen consultants for informal coffee chats next Tuesday in the student lounge. Sign up for a "
        "15-minute slot. Open to all first-year MBA students.",
    ),
    (
        "Brightwater Partners <events@brightwaterpartners.com>",
        "Brightwater Partners recruiting reception - RSVP",
        "networking",
        "All first-year students are invited to our recruiting reception at the Union League on September 8. RSVP "
        "by Friday.",
    ),
    (
        "MBA Career Management <mbacareers@school.edu>",
        "This week in recruiting",
        "newsletter",
        "Company presentations, case workshops and resume drop-ins this week. Review the interview calendar.",
    ),
    (
        "Consulting Club <consultingclub@school.edu>",
        "Case practice pairings for week 3",
        "newsletter",
        "Here are this week's case interview practice pairings. Be sure to give feedback to your partner.",
    ),
    (
        "Sophie Tran <sophie.tran.mba26@gmail.com>",
        "case practice tonight?",
        "personal",
        "Want to do a market-sizing case tonight at 8? I can interview you first and then we switch.",
    ),
    (
        "Uber Receipts <noreply@uber.com>",
        "Your Thursday morning trip with Uber",
        "other",
        "Thanks for riding, Daniel. Total: $18.42.",
    ),
    (
        "Wall Street Oasis <newsletter@wallstreetoasis.com>",
        "Superday prep: 25 questions you will get",
        "newsletter",
        "Technical and fit questions for your banking superday. Unsubscribe",
    ),
    (
        "Finance Club <financeclub@school.edu>",
        "Keystone Capital Markets company presentation",
        "newsletter",
        "Keystone bankers will present on campus on September 10. Business casual. Resume book closes Sept 15.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DANIEL,
        own_to=_OWN_TO,
        offset="-0400",
        clock="17:05:00",
        neg_start="2025-08-30",
        neg_step=4,
        neg_clock="07:35:00",
        tag="hundredsixtynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
