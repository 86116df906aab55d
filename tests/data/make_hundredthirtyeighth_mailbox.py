"""A hundred-and-thirty-eighth mailbox, written as a held-out check after the hundred-and-thirty-seventh (issue #24).

Tom, a final-year student in Manchester, keeps Thunderbird and exports it as an mbox.  He applies to graduate
schemes through Oleeo, Workday, Cezanne and Civil Service Jobs: an online test, a situational judgement test, a
recorded video interview, an assessment centre, a "strengths-based interview", a conditional offer subject to
his degree result, and "we're sorry to let you know" in several forms.  His negatives: the university careers
service, Student Finance England, Bright Network and Gradcracker digests, a rail ticket, a bank, a society.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOM = "tom.hughes2003@outlook.com"
_ME = f"Tom Hughes <{TOM}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Northern Grid",
        "applied",
        "2025-10-06",
        "Northern Grid Early Careers <noreply@oleeo.co.uk>",
        "Application received - Northern Grid Graduate Scheme 2026",
        "Dear Tom,\n\nThank you for applying to the Northern Grid Graduate Scheme 2026 (Engineering). The next stage "
        "is our online tests, which you should complete within 5 days using the link in your candidate homepage.",
        None,
    ),
    (
        "Northern Grid",
        "interview",
        "2025-10-20",
        "Northern Grid Early Careers <noreply@oleeo.co.uk>",
        "Next stage - video interview",
        "Dear Tom,\n\nCongratulations, you have passed the online tests. The next stage is a recorded video interview "
        "via HireVue; please complete it by 31 October.",
        None,
    ),
    (
        "Northern Grid",
        "onsite",
        "2025-11-10",
        "Northern Grid Early Careers <noreply@oleeo.co.uk>",
        "Invitation to Assessment Centre",
        "Dear Tom,\n\nWe are delighted to invite you to our assessment centre on 27 November at our Warrington "
        "office. The day includes a group exercise, a presentation and a strengths-based interview.",
        None,
    ),
    (
        "Northern Grid",
        "offer",
        "2025-12-03",
        "Hannah Price <hannah.price@northerngrid.co.uk>",
        "Your offer - Northern Grid Graduate Scheme",
        "Dear Tom,\n\nFollowing the assessment centre, I am delighted to offer you a place on the 2026 Engineering "
        "Graduate Scheme, starting in September 2026 on a salary of £31,500. This offer is conditional on you "
        "achieving a 2:1 in your degree.\n\nBest wishes,\nHannah Price\nEarly Careers Manager",
        None,
    ),
    (
        "Northern Grid",
        "accepted",
        "2025-12-08",
        _ME,
        "RE: Your offer - Northern Grid Graduate Scheme",
        "Dear Hannah,\n\nThank you very much - I'm delighted to accept my place on the Engineering Graduate Scheme.\n\n"
        "Best wishes,\nTom",
        3,
    ),
    (
        "Pennine Water",
        "applied",
        "2025-10-08",
        "Pennine Water <penninewater@myworkday.com>",
        "Thank you for your application",
        "Hi Tom,\n\nThank you for applying for the Graduate Engineer - Water Networks role at Pennine Water. Please "
        "complete the situational judgement test we have sent you.",
        None,
    ),
    (
        "Pennine Water",
        "rejected",
        "2025-10-24",
        "Pennine Water <penninewater@myworkday.com>",
        "Your application with Pennine Water",
        "Hi Tom,\n\nThank you for completing the situational judgement test. We're sorry to let you know that on "
        "this occasion your results mean we're unable to take your application to the next stage.",
        None,
    ),
    (
        "Department for Transport",
        "applied",
        "2025-10-09",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Application received - Graduate Economist",
        "Dear Tom Hughes,\n\nThank you for your application for vacancy 412233 Graduate Economist in the Department "
        "for Transport. You can view the status of your application in your account.",
        None,
    ),
    (
        "Department for Transport",
        "interview",
        "2025-11-04",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Invitation to interview - 412233",
        "Dear Tom Hughes,\n\nWe are pleased to invite you to interview for vacancy 412233 Graduate Economist. The "
        "interview will assess the behaviours and strengths listed in the advert. Please book a slot via your "
        "account.",
        None,
    ),
    (
        "Department for Transport",
        "rejected",
        "2025-11-25",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Outcome of your application - 412233",
        "Dear Tom Hughes,\n\nThank you for attending interview for vacancy 412233. Unfortunately, on this occasion "
        "you did not reach the required standard to be offered a post. Your feedback is available in your account.",
        None,
    ),
    (
        "Halden Consulting",
        "applied",
        "2025-10-13",
        "Halden Consulting Recruitment <recruitment@halden.cezanneondemand.com>",
        "Halden Consulting - Analyst Graduate Programme",
        "Dear Tom,\n\nMany thanks for your application for our Analyst Graduate Programme. We will be in touch after "
        "the closing date.\n\nHalden Consulting Recruitment Team",
        None,
    ),
    (
        "Halden Consulting",
        "withdrew",
        "2025-12-09",
        _ME,
        "Withdrawal - Analyst Graduate Programme",
        "Dear Halden Consulting Recruitment Team,\n\nI'd like to withdraw my application for the Analyst Graduate "
        "Programme, as I have accepted a graduate offer elsewhere.\n\nKind regards,\nTom Hughes",
        None,
        "Halden Consulting Recruitment <recruitment@halden.cezanneondemand.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "University of Manchester Careers Service <careers@manchester.ac.uk>",
        "This week: employer presentations",
        "newsletter",
        "Meet graduate employers on campus this week. Book your place on CareersLink. Unsubscribe",
    ),
    (
        "Student Finance England <noreply@slc.co.uk>",
        "Your payment is on its way",
        "other",
        "Your maintenance loan payment will reach your account within 3 working days.",
    ),
    (
        "Bright Network <digest@brightnetwork.co.uk>",
        "Graduate jobs closing this week",
        "alert",
        "Graduate Engineer - Northern Grid - closing Friday. Analyst - Halden Consulting. See all jobs.",
    ),
    (
        "Gradcracker <jobs@gradcracker.com>",
        "New engineering graduate jobs",
        "alert",
        "12 new engineering graduate schemes match your profile. View jobs. Unsubscribe",
    ),
    (
        "Trainline <auto-confirm@info.thetrainline.com>",
        "Your booking confirmation",
        "shop",
        "Manchester Piccadilly to Warrington Bank Quay, 27 November. Your tickets are in the app.",
    ),
    (
        "Monzo <hello@monzo.com>",
        "Your monthly summary",
        "other",
        "Here's how you spent your money in October.",
    ),
    (
        "Engineering Society <engsoc@manchester.ac.uk>",
        "Christmas social tickets",
        "newsletter",
        "Tickets for the Christmas social are now on sale. Unsubscribe",
    ),
    (
        "Northern Grid <news@northerngrid.co.uk>",
        "Northern Grid in your area: planned works",
        "other",
        "We'll be upgrading the electricity network on your street on 14 November.",
    ),
]


def _offset(day):
    return "+0100" if day.month < 10 or (day.month == 10 and day.day < 26) else "+0000"


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Thunderbird exports them."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=TOM,
        own_to={"Northern Grid": "Hannah Price <hannah.price@northerngrid.co.uk>"},
        offset=_offset,
        clock="11:40:00",
        neg_start="2025-10-05",
        neg_step=6,
        neg_clock="08:20:00",
        tag="hundredthirtyeight",
        host="outlook.com",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
