"""A three-hundred-and-twenty-third mailbox, written as a held-out check after the three-hundred-and-twenty-second
(issue #24).

Ethan, a junior studying finance in Columbus, exports Gmail with Takeout.  An internship search as a student runs
it: Handshake's "Your application to Buckeye Capital Partners was submitted", a bank's Workday receipt for its
"2026 Summer Analyst Program", Pymetrics-style games ("complete the Talent Games within 5 days"), a HireVue
interview, an invitation to a "Superday" (the final round), a consulting firm's on-campus interview through the
career office ("Fisher Career Services: you have been selected to interview with Scioto Strategy on Oct 14"), "we
will not be moving forward with your candidacy for the internship", an internship offer by phone confirmed by mail,
and his own acceptance.  Negatives: Handshake's "employers are hiring" digest, the career fair's reminder, a club's
newsletter, a DoorDash promotion, a parking citation notice, his mom.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ETHAN = "ethan.kowalski.fin@gmail.com"
ME = f"Ethan Kowalski <{ETHAN}>"

_OWN_TO = {
    "Olentangy Bank": "Campus Recruiting <campusrecruiting@olentangybank.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Buckeye Capital Partners",
        "applied",
        "2025-09-02",
        "Handshake <noreply@joinhandshake.com>",
        "Your application to Buckeye Capital Partners was submitted",
        "Hi Ethan,\n\nYour application to Investment Banking Summer Analyst 2026 at Buckeye Capital Partners was "
        "submitted. Good luck!\n\nThe Handshake Team",
        "b1",
    ),
    (
        "Olentangy Bank",
        "applied",
        "2025-09-03",
        "Olentangy Bank <olentangybank@myworkday.com>",
        "Thank you for applying - 2026 Summer Analyst Program",
        "Dear Ethan,\n\nThank you for applying to the 2026 Summer Analyst Program - Corporate Banking at Olentangy Bank. "
        "Our campus recruiting team will review your application.\n\nOlentangy Bank Campus Recruiting",
        "o1",
    ),
    (
        "Scioto Strategy",
        "applied",
        "2025-09-05",
        "Handshake <noreply@joinhandshake.com>",
        "Your application to Scioto Strategy was submitted",
        "Hi Ethan,\n\nYour application to Summer Associate Intern at Scioto Strategy was submitted. Good luck!\n\nThe "
        "Handshake Team",
        "s1",
    ),
    (
        "Olentangy Bank",
        "interview",
        "2025-09-10",
        "Olentangy Bank Campus Recruiting <campusrecruiting@olentangybank.example>",
        "Next step: Talent Games",
        "Hi Ethan,\n\nThank you for your interest in our Summer Analyst Program. As a next step, please complete the "
        "Talent Games within 5 days. The games take about 25 minutes.\n\nOlentangy Bank Campus Recruiting",
        "o2",
    ),
    (
        "Scioto Strategy",
        "interview",
        "2025-09-30",
        "Fisher Career Services <careerservices@fisher.osu.example>",
        "You have been selected to interview with Scioto Strategy",
        "Hi Ethan,\n\nCongratulations! You have been selected to interview with Scioto Strategy for the Summer Associate "
        "Intern position on October 14 in the Fisher Career Services interview suites. Please sign up for a time slot "
        "in Handshake by October 7.\n\nFisher Career Services",
        "s2",
    ),
    (
        "Olentangy Bank",
        "interview",
        "2025-10-01",
        "Olentangy Bank Campus Recruiting <campusrecruiting@olentangybank.example>",
        "HireVue interview invitation",
        "Hi Ethan,\n\nCongratulations on advancing! Please complete your HireVue video interview by October 8.\n\n"
        "Olentangy Bank Campus Recruiting",
        "o2",
    ),
    (
        "Buckeye Capital Partners",
        "rejected",
        "2025-10-06",
        "Buckeye Capital Partners <recruiting@buckeyecap.example>",
        "Buckeye Capital Partners - Summer Analyst",
        "Dear Ethan,\n\nThank you for your interest in Buckeye Capital Partners. After careful review, we will not be "
        "moving forward with your candidacy for the internship this year.\n\nBest regards,\nBuckeye Capital Partners "
        "Recruiting",
        "b2",
    ),
    (
        "Olentangy Bank",
        "onsite",
        "2025-10-15",
        "Olentangy Bank Campus Recruiting <campusrecruiting@olentangybank.example>",
        "Superday invitation",
        "Hi Ethan,\n\nWe are excited to invite you to our Superday on October 24 at our downtown Columbus office: three "
        "interviews with bankers and lunch with the analyst class.\n\nOlentangy Bank Campus Recruiting",
        "o3",
    ),
    (
        "Olentangy Bank",
        "offer",
        "2025-10-28",
        "Olentangy Bank Campus Recruiting <campusrecruiting@olentangybank.example>",
        "Your Summer Analyst offer",
        "Hi Ethan,\n\nIt was great speaking with you today! As discussed, we are delighted to offer you a position in "
        "our 2026 Summer Analyst Program - Corporate Banking. Your offer letter is attached; please respond by "
        "November 11.\n\nOlentangy Bank Campus Recruiting",
        "o4",
    ),
    (
        "Scioto Strategy",
        "withdrew",
        "2025-10-30",
        ME,
        "Summer Associate Intern - withdrawing",
        "Hello,\n\nThank you for the opportunity to interview. I have accepted another internship offer and would like "
        "to withdraw my application for the Summer Associate Intern role.\n\nBest,\nEthan Kowalski",
        "s9",
    ),
    (
        "Olentangy Bank",
        "accepted",
        "2025-10-30",
        ME,
        "Re: Your Summer Analyst offer",
        "Hi,\n\nThank you! I am excited to accept the Summer Analyst offer and have signed the letter.\n\nBest,\nEthan",
        "o4",
    ),
]

_NEGATIVES = [
    (
        "Handshake <noreply@joinhandshake.com>",
        "Employers are hiring Finance majors this week",
        "alert",
        "12 new jobs match your profile. Summer Analyst - Cincinnati. Finance Intern - Dublin, OH.",
    ),
    (
        "Fisher Career Services <careerservices@fisher.osu.example>",
        "Reminder: Fall Career Fair is Wednesday",
        "newsletter",
        "The Fall Career Fair is Wednesday in the Union ballroom. Bring your resume!",
    ),
    (
        "Investment Club <invclub@osu.example>",
        "IC Weekly: stock pitch competition",
        "newsletter",
        "This week: the stock pitch competition and a talk from an alum in private equity.",
    ),
    (
        "DoorDash <no-reply@doordash.example>",
        "DashPass for students",
        "shop",
        "Students get DashPass for $4.99/month.",
    ),
    (
        "Transportation and Traffic Management <parking@osu.example>",
        "Parking citation notice",
        "other",
        "A parking citation has been issued to your vehicle. Pay online within 14 days.",
    ),
    (
        "Mom <karen.kowalski@yahoo.example>",
        "care package",
        "personal",
        "Sent you a care package with cookies! Call me this weekend.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ETHAN,
        own_to={**_OWN_TO, "Scioto Strategy": "Scioto Strategy Recruiting <recruiting@sciotostrategy.example>"},
        offset="-0400",
        clock="16:10:00",
        neg_start="2025-09-01",
        neg_step=7,
        neg_clock="22:30:00",
        tag="threehundredtwentythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
