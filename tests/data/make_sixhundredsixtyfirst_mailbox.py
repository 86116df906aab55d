"""A six-hundred-and-sixty-first mailbox, written as a held-out check after the six-hundred-and-sixtieth (issue
#24).

María González, a project manager in Dallas, exports her Gmail with Takeout. Most of her search goes through two
staffing firms: Robert Half's recruiter submits her to Toyota Financial Services ("I've submitted your resume to
Toyota Financial Services"), then writes that they want a phone interview with the hiring manager and, a week later,
that they went with another candidate; Apex Systems' recruiter asks for her right to represent her to Charles Schwab
(the application, as the recruiter sends it once she says yes), then writes that Schwab wants a video interview with
the team, then a final panel at the Westlake campus, then the offer; she asks him to accept it for her. One direct
application: Texas Instruments' Workday receipt and its rejection. Negatives: Robert Half's and Dice's job alerts, a
Randstad recruiter's cold mail, Apex's "complete your candidate profile" reminder, her church's newsletter and an
order. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARIA = "maria.gonzalez.pm@gmail.com"
ME = f"María González <{MARIA}>"
RH = "Kelly Tran <kelly.tran@roberthalf.example>"
APEX = "Brandon Lee <blee@apexsystems.example>"
TI = "Texas Instruments <ti@myworkday.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Toyota Financial Services",
        "applied",
        "2025-05-05",
        RH,
        "Submitted: Project Manager - Plano",
        "Hi María,\n\nGreat speaking with you this morning! I've submitted your resume to Toyota Financial Services "
        "for the Project Manager role in Plano (contract, $62/hr). I'll let you know as soon as I hear back.\n\n"
        "Kelly Tran\nSenior Recruiter | Robert Half Technology",
        "t-rh1",
    ),
    (
        "Charles Schwab",
        "applied",
        "2025-05-06",
        APEX,
        "RTR - Sr. Project Manager - Charles Schwab",
        'Hi María,\n\nPer our conversation, please reply with "I approve" to confirm that you give Apex Systems the '
        "exclusive right to represent you to Charles Schwab for the Sr. Project Manager position in Westlake, TX. "
        "Rate: $68/hr W2, contract-to-hire.\n\nThanks,\nBrandon Lee\nTechnical Recruiter, Apex Systems",
        "t-apex1",
    ),
    (
        "Texas Instruments",
        "applied",
        "2025-05-07",
        TI,
        "Thank you for applying to Texas Instruments",
        "Dear María,\n\nThank you for applying to the Program Manager - Fab Operations (25004512) position at Texas "
        "Instruments. We will review your qualifications and contact you if there is a match.\n\nTI Talent "
        "Acquisition",
        "t-ti",
    ),
    (
        "Toyota Financial Services",
        "interview",
        "2025-05-09",
        RH,
        "RE: Submitted: Project Manager - Plano",
        "Hi María,\n\nGood news: Toyota Financial Services would like to schedule a phone interview with the hiring "
        "manager, Dave. Are you free Tuesday between 1 and 3 pm?\n\nKelly",
        "t-rh1",
    ),
    (
        "Charles Schwab",
        "interview",
        "2025-05-12",
        APEX,
        "Schwab - next step",
        "Hi María,\n\nSchwab wants to move you forward to a video interview with the team on Thursday at 10 am CT. "
        "I'll send the Teams link.\n\nBrandon",
        "t-apex2",
    ),
    (
        "Toyota Financial Services",
        "rejected",
        "2025-05-16",
        RH,
        "Feedback from Toyota",
        "Hi María,\n\nI heard back from the hiring manager. Unfortunately they decided to go with another candidate who "
        "had more automotive finance experience. I'll keep looking for the right fit for you.\n\nKelly",
        "t-rh2",
    ),
    (
        "Charles Schwab",
        "onsite",
        "2025-05-19",
        APEX,
        "Great news - final round at Schwab",
        "Hi María,\n\nThe team loved you! Schwab would like to bring you onsite for a final panel at the Westlake "
        "campus next Wednesday at 9 am. Plan for two hours.\n\nBrandon",
        "t-apex3",
    ),
    (
        "Texas Instruments",
        "rejected",
        "2025-05-21",
        TI,
        "An update on your application",
        "Dear María,\n\nThank you for your interest in Texas Instruments. After reviewing your qualifications, we have "
        "decided to pursue other candidates for the Program Manager - Fab Operations position.\n\nTI Talent "
        "Acquisition",
        "t-ti",
    ),
    (
        "Charles Schwab",
        "offer",
        "2025-05-30",
        APEX,
        "Offer!",
        "Hi María,\n\nCongratulations! Schwab has extended an offer for the Sr. Project Manager contract-to-hire role at "
        "$70/hr, starting June 16. Let me know if you'd like to accept.\n\nBrandon",
        "t-apex4",
    ),
    (
        "Charles Schwab",
        "accepted",
        "2025-05-30",
        ME,
        "RE: Offer!",
        "Hi Brandon,\n\nThat's wonderful news. Yes, please accept on my behalf! June 16 works for me.\n\nMaría",
        "t-apex4",
    ),
]

_NEGATIVES = [
    (
        "Robert Half <jobs@roberthalf.example>",
        "New jobs matching Project Manager in Dallas",
        "alert",
        "We found 12 new jobs that match your search. View jobs. Manage your job alerts.",
    ),
    (
        "Dice <alerts@dice.example>",
        "Project Manager jobs for you",
        "alert",
        "Here are today's top Project Manager jobs near Dallas, TX. Unsubscribe from job alerts.",
    ),
    (
        "Shawn Patel <shawn.patel@randstadusa.example>",
        "Project Manager opportunity - healthcare client",
        "outreach",
        "Hi María, I found your profile on Dice and have a Project Manager opening with a healthcare client in Irving. "
        "Are you open to new opportunities? Let me know a good time to talk.",
    ),
    (
        "Apex Systems <noreply@apexsystems.example>",
        "Complete your candidate profile",
        "reminder",
        "Your Apex Systems candidate profile is 60% complete. Log in to add your work history and skills.",
    ),
    (
        "First Methodist Dallas <news@fumcdallas.example>",
        "This Sunday at First Methodist",
        "newsletter",
        "Join us for worship at 9 and 11. Volunteer sign-ups for the summer food drive are open.",
    ),
    (
        "Amazon.com <shipment-tracking@amazon.example>",
        "Your order has shipped",
        "other",
        "Your package with 2 items will arrive Thursday.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MARIA,
        own_to={"Charles Schwab": APEX},
        offset="-0500",
        clock="09:50:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="20:30:00",
        tag="sixhundredsixtyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
