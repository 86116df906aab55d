"""A four-hundred-and-twenty-third mailbox, written as a held-out check after the four-hundred-and-twenty-second
(issue #24).

Priyanka, an HR generalist in Mississauga, keeps her mail in Outlook and saves it as .eml files (no labels, her own
in "Sent Items").  Two Toronto agencies in their consultants' words: "I've put your name forward to a client of mine,
a credit union in Mississauga", "The client is Lakeshore Credit Union - they'd like to see you for a panel interview
on Tuesday", "Feedback was positive but they went with an internal candidate", "Verbal offer came in this morning!",
"They've sent the offer letter over", a second agency's "Hamilton Steel have reviewed your resume and want to set up
a phone interview with the HR Manager"; a hospital's own system and a retailer's Workday; her "Please tell them I
accept" and a withdrawal.  Negatives: Indeed's alert, the agency's "Candidate newsletter", an HRPA event, a Presto
receipt, her dentist and her brother.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYANKA = "priyanka.s.hr@outlook.example"
ME = f"Priyanka Sharma <{PRIYANKA}>"
DEREK = "Derek Chan <dchan@northpointhr.example>"
LAURA = "Laura Bianchi <laura@goldenhorseshoestaffing.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Lakeshore Credit Union",
        "applied",
        "2025-09-08",
        DEREK,
        "HR Generalist - credit union client",
        "Hi Priyanka,\n\nThanks for the chat today. I've put your name forward to a client of mine, a credit union in "
        "Mississauga, for their HR Generalist opening ($78-85K). I'll be in touch as soon as I hear back.\n\nDerek "
        "Chan\nSenior Consultant, Northpoint HR Search",
        None,
    ),
    (
        "Trillium West Hospital",
        "applied",
        "2025-09-09",
        "Trillium West Hospital <careers@trilliumwest.example>",
        "Application Received - HR Advisor (Posting 25-1183)",
        "Dear Priyanka Sharma,\n\nThank you for your application to posting 25-1183, HR Advisor. Only candidates "
        "selected for an interview will be contacted.\n\nHuman Resources, Trillium West Hospital",
        None,
    ),
    (
        "Hamilton Steel",
        "applied",
        "2025-09-10",
        LAURA,
        "Hamilton Steel - HR Generalist",
        "Hi Priyanka,\n\nAs discussed, I've sent your resume to Hamilton Steel for the HR Generalist role at their "
        "Burlington plant. Will update you soon.\n\nLaura Bianchi\nGolden Horseshoe Staffing",
        None,
    ),
    (
        "Maple & Co",
        "applied",
        "2025-09-10",
        "Maple & Co <mapleandco@myworkday.com>",
        "Thank you for applying",
        "Hi Priyanka,\n\nThank you for applying for People Partner (R-7781) at Maple & Co. We'll review your "
        "application.",
        None,
    ),
    (
        "Lakeshore Credit Union",
        "onsite",
        "2025-09-12",
        DEREK,
        "RE: HR Generalist - credit union client",
        "Hi Priyanka,\n\nGreat news - the client is Lakeshore Credit Union and they'd like to see you for a panel "
        "interview on Tuesday at 2 with the VP People and the HR Manager. Details to follow.\n\nDerek",
        None,
    ),
    (
        "Hamilton Steel",
        "screen",
        "2025-09-15",
        LAURA,
        "RE: Hamilton Steel - HR Generalist",
        "Hi Priyanka,\n\nHamilton Steel have reviewed your resume and want to set up a 30-minute phone interview with "
        "their Talent Acquisition Specialist this week. What times work?\n\nLaura",
        None,
    ),
    (
        "Maple & Co",
        "rejected",
        "2025-09-17",
        "Maple & Co <mapleandco@myworkday.com>",
        "Update on your application",
        "Hi Priyanka,\n\nThank you for your interest in Maple & Co. We've decided to pursue other candidates for the "
        "People Partner role.",
        None,
    ),
    (
        "Trillium West Hospital",
        "rejected",
        "2025-09-19",
        "Trillium West Hospital <careers@trilliumwest.example>",
        "Posting 25-1183 - HR Advisor",
        "Dear Priyanka Sharma,\n\nThank you for your interest in posting 25-1183. The competition has now closed and "
        "the position has been filled.\n\nHuman Resources",
        None,
    ),
    (
        "Lakeshore Credit Union",
        "offer",
        "2025-09-22",
        DEREK,
        "Verbal offer!",
        "Priyanka - verbal offer came in this morning! $83K plus 8% bonus, start October 14. They've sent the offer "
        "letter over, forwarding it now.\n\nDerek",
        None,
    ),
    (
        "Lakeshore Credit Union",
        "accepted",
        "2025-09-22",
        ME,
        "RE: Verbal offer!",
        "Derek, this is fantastic - please tell them I accept! I'll sign the letter tonight.\n\nPriyanka",
        DEREK,
    ),
    (
        "Hamilton Steel",
        "withdrew",
        "2025-09-23",
        ME,
        "RE: Hamilton Steel - HR Generalist",
        "Hi Laura,\n\nI've accepted another offer, so please withdraw me from the Hamilton Steel process. Thanks so "
        "much for your help.\n\nPriyanka",
        LAURA,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "HR Generalist jobs in Mississauga, ON",
        "alert",
        "HR Generalist - Loblaw. HR Advisor - Peel Region.",
    ),
    (
        "Northpoint HR Search <news@northpointhr.example>",
        "Candidate newsletter - September",
        "newsletter",
        "Salary trends in HR and three roles we're working on.",
    ),
    (
        "HRPA <events@hrpa.example>",
        "Fall networking night",
        "newsletter",
        "Join HR professionals in Toronto on October 2.",
    ),
    (
        "PRESTO <noreply@presto.example>",
        "Your PRESTO receipt",
        "shop",
        "You loaded $40.00.",
    ),
    (
        "Smile Dental <reminders@smiledental.example>",
        "Appointment reminder",
        "other",
        "Your cleaning is on September 30 at 9:00 AM.",
    ),
    (
        "Rohan Sharma <rohan.sharma@gmail.example>",
        "diwali",
        "personal",
        "Are you coming home for Diwali?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="11:55:00",
        neg_start="2025-09-07",
        neg_step=3,
        neg_clock="20:25:00",
        tag="fourhundredtwentythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), PRIYANKA)
