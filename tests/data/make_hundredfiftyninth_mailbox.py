"""A hundred-and-fifty-ninth mailbox, written as a held-out check after the hundred-and-fifty-eighth (issue #24).

Aoife, a clinical data manager in Dublin, exports Gmail with Takeout.  She applies to the health service through
publicjobs.ie (a "Candidate Information Booklet", "shortlisted to proceed to interview", "placed on a panel"), to a
pharma company through Workday and to a medtech start-up by mail.  Irish English: "We regret to advise", "the
competition has concluded", "a contract of employment will issue", "Garda vetting" (no step).  Her negatives:
Revenue, Irish Rail, a Leap card, a bank, jobs.ie alerts, a recruiter's pitch.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AOIFE = "aoife.byrne.cdm@gmail.com"
_ME = f"Aoife Byrne <{AOIFE}>"
_PJ = "publicjobs <noreply@publicjobs.ie>"
_NIAMH = "Niamh Kelly <niamh.kelly@liffeybio.ie>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Health Service Executive",
        "applied",
        "2025-05-06",
        _PJ,
        "Application received - Clinical Data Manager (HSE)",
        "Dear Aoife,\n\nThank you for your application for the position of Clinical Data Manager with the Health "
        "Service Executive (Campaign Ref. 25/0417). Please read the Candidate Information Booklet for the next stages.",
        "hs1",
    ),
    (
        "Health Service Executive",
        "interview",
        "2025-05-27",
        _PJ,
        "Shortlisting outcome - Campaign Ref. 25/0417",
        "Dear Aoife,\n\nWe are pleased to inform you that you have been shortlisted to proceed to interview for the "
        "position of Clinical Data Manager. Interviews will be held on 10 June in Dr Steevens' Hospital.",
        "hs2",
    ),
    (
        "Health Service Executive",
        "reply",
        "2025-06-19",
        _PJ,
        "Interview outcome - Campaign Ref. 25/0417",
        "Dear Aoife,\n\nFollowing your interview, we are pleased to advise that you have been placed on the panel for "
        "Clinical Data Manager at position 3. Posts will be offered from the panel in order of merit as vacancies "
        "arise.",
        "hs3",
    ),
    (
        "Liffey Biologics",
        "applied",
        "2025-05-07",
        "Liffey Biologics <liffeybio@myworkday.com>",
        "Thank you for your application",
        "Dear Aoife,\n\nThank you for applying for the Senior Clinical Data Manager "
        "role at Liffey Biologics. Our talent team will be in touch.",
        "lb1",
    ),
    (
        "Liffey Biologics",
        "screen",
        "2025-05-13",
        _NIAMH,
        "Senior Clinical Data Manager - Liffey Biologics",
        "Hi Aoife,\n\nThanks for your application - would you be free for a quick 20-minute call on Thursday to talk "
        "through the role?\n\nNiamh Kelly\nTalent Acquisition Partner",
        "lb2",
    ),
    (
        "Liffey Biologics",
        "interview",
        "2025-05-22",
        _NIAMH,
        "Re: Senior Clinical Data Manager - Liffey Biologics",
        "Hi Aoife,\n\nThe hiring manager would love to meet you - an hour-long interview with the Head of Data "
        "Management and a CRA lead on 29 May, in our Grange Castle office.\n\nNiamh",
        "lb2",
    ),
    (
        "Liffey Biologics",
        "offer",
        "2025-06-10",
        _NIAMH,
        "Offer - Senior Clinical Data Manager",
        "Hi Aoife,\n\nDelighted to let you know we'd like to offer you the Senior Clinical Data Manager role at "
        "€78,000 plus bonus and pension. A contract of employment will issue once you confirm.\n\nNiamh",
        "lb3",
    ),
    (
        "Liffey Biologics",
        "accepted",
        "2025-06-11",
        _ME,
        "Re: Offer - Senior Clinical Data Manager",
        "Hi Niamh,\n\nThank you so much - I'm delighted to accept! Looking forward to the contract.\n\nAoife",
        "lb3",
    ),
    (
        "Corrib Medtech",
        "applied",
        "2025-05-09",
        _ME,
        "Application - Data Manager",
        "Hi Ciarán,\n\nFurther to your post on LinkedIn, please find attached my CV for the Data Manager role.\n\n"
        "Kind regards,\nAoife Byrne",
        "cm1",
    ),
    (
        "Corrib Medtech",
        "rejected",
        "2025-05-30",
        "Ciarán Walsh <ciaran@corribmedtech.ie>",
        "Re: Application - Data Manager",
        "Hi Aoife,\n\nThanks for your interest. We regret to advise that the competition has concluded and we've "
        "offered the role to another candidate. Best of luck.\n\nCiarán",
        "cm1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        _NIAMH,
        "Garda vetting and references",
        "onboarding",
        "Hi Aoife,\n\nAs part of onboarding, please complete the Garda vetting form and send two referee contacts.\n\n"
        "Niamh",
    ),
    ("Revenue <noreply@revenue.ie>", "New message in myAccount", "other", "You have a new message in myAccount."),
    ("Irish Rail <noreply@irishrail.ie>", "Your booking", "shop", "Dublin Heuston to Galway, 21 June. Thank you."),
    ("Leap Card <noreply@leapcard.ie>", "Auto top-up complete", "other", "Your Leap card was topped up with €20."),
    ("AIB <alerts@aib.ie>", "Your statement is ready", "other", "Your May statement is available in the app."),
    (
        "jobs.ie <alerts@jobs.ie>",
        "New jobs for you",
        "alert",
        "Clinical Data Manager - ICON - Dublin. Data Manager - Medtronic - Galway. View all jobs.",
    ),
    (
        "Sean Doyle <sean@lifesciencerecruit.ie>",
        "Clinical Data Lead - Cork",
        "outreach",
        "Hi Aoife, I'm recruiting a Clinical Data Lead for a client in Cork. Would you be open to a chat?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AOIFE,
        own_to={"Liffey Biologics": _NIAMH, "Corrib Medtech": "Ciarán Walsh <ciaran@corribmedtech.ie>"},
        offset="+0100",
        clock="12:55:00",
        neg_start="2025-06-12",
        neg_step=2,
        neg_clock="07:15:00",
        tag="hundredfiftynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
