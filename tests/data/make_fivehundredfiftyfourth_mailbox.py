"""A five-hundred-and-fifty-fourth mailbox, written as a held-out check after the five-hundred-and-fifty-third (issue
#24).

Tanya Brooks, a management analyst in Chicago applying to public employers, saves her mail from Outlook as .eml files.
Cities and counties hire through NEOGOV's GovernmentJobs and write like it: "Your application for Management Analyst
II with the City of Evanston has been received", "Cook County: Application Status Update - you have been placed on the
eligible list" (a reply), "Interview Notification: Management Analyst II" for a panel interview, "we regret to inform
you that you were not selected" from the Chicago Park District, a state agency's Workday receipt from the Illinois
Department of Transportation, its "phone interview with the hiring supervisor", Evanston's "conditional offer of
employment, pending a background check", her "I accept the conditional offer" and her withdrawal to IDOT. Negatives:
GovernmentJobs' job alert, a union newsletter, a county's property tax notice (an employer she applied to), a webinar
invitation, a recruiter's cold mail and her neighbour. Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.

One truth changed after the first read, to SPEC 3.2 and the reader's convention (the 509th's): Evanston's "selected for
a panel interview" is the final round (onsite); it had been written as an interview.
"""

from __future__ import annotations

from pathlib import Path

TANYA = "tanya.brooks.mpa@outlook.example"
ME = f"Tanya Brooks <{TANYA}>"
GJ = "GovernmentJobs <noreply@governmentjobs.example>"
EVANSTON = "City of Evanston Human Resources <hr@cityofevanston.example>"
COOK = "Cook County Bureau of Human Resources <noreply@governmentjobs.example>"
IDOT = "State of Illinois <illinois@myworkday.example>"
GREG = "Greg Miller <greg.miller@illinois.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "City of Evanston",
        "applied",
        "2025-09-02",
        GJ,
        "Application Received: Management Analyst II",
        "Dear Tanya Brooks,\n\nYour application for Management Analyst II with the City of Evanston has been received. "
        "Your application will be reviewed to determine if you meet the minimum qualifications.\n\nGovernmentJobs.com",
        None,
    ),
    (
        "Cook County",
        "applied",
        "2025-09-03",
        GJ,
        "Application Received: Budget Analyst",
        "Dear Tanya Brooks,\n\nYour application for Budget Analyst with Cook County has been received.\n\n"
        "GovernmentJobs.com",
        None,
    ),
    (
        "Chicago Park District",
        "applied",
        "2025-09-03",
        GJ,
        "Application Received: Senior Policy Analyst",
        "Dear Tanya Brooks,\n\nYour application for Senior Policy Analyst with the Chicago Park District has been "
        "received.\n\nGovernmentJobs.com",
        None,
    ),
    (
        "Illinois Department of Transportation",
        "applied",
        "2025-09-04",
        IDOT,
        "Thank you for applying",
        "Dear Tanya,\n\nThank you for applying for the position of Management Operations Analyst with the Illinois "
        "Department of Transportation. We will review your application.\n\nState of Illinois Recruitment",
        None,
    ),
    (
        "Cook County",
        "reply",
        "2025-09-12",
        COOK,
        "Cook County: Application Status Update",
        "Dear Tanya Brooks,\n\nYou have been placed on the eligible list for Budget Analyst. Eligible candidates may be "
        "referred to the hiring department for consideration. No further action is needed at this time.\n\nCook County "
        "Bureau of Human Resources",
        None,
    ),
    (
        "City of Evanston",
        "onsite",
        "2025-09-15",
        EVANSTON,
        "Interview Notification: Management Analyst II",
        "Dear Tanya,\n\nCongratulations! You have been selected for a panel interview for the Management Analyst II "
        "position on Monday, September 22 at 1:00 p.m. at the Morton Civic Center, 2100 Ridge Ave.\n\nCity of Evanston "
        "Human Resources",
        None,
    ),
    (
        "Illinois Department of Transportation",
        "interview",
        "2025-09-16",
        GREG,
        "Management Operations Analyst - interview",
        "Hi Tanya,\n\nI'm the hiring supervisor for this position. I'd like to schedule a phone interview with you this "
        "Friday at 10 a.m. Please let me know if that works.\n\nGreg Miller\nBureau of Planning, IDOT",
        None,
    ),
    (
        "Chicago Park District",
        "rejected",
        "2025-09-19",
        GJ,
        "Senior Policy Analyst - Chicago Park District",
        "Dear Tanya Brooks,\n\nThank you for your interest in the Senior Policy Analyst position with the Chicago Park "
        "District. We regret to inform you that you were not selected for this position.\n\nChicago Park District "
        "Human Resources",
        None,
    ),
    (
        "City of Evanston",
        "offer",
        "2025-09-29",
        EVANSTON,
        "Conditional Offer of Employment - Management Analyst II",
        "Dear Tanya,\n\nWe are pleased to extend to you a conditional offer of employment for the position of "
        "Management Analyst II, pending a background check. The starting salary is $82,400.\n\nCity of Evanston "
        "Human Resources",
        None,
    ),
    (
        "City of Evanston",
        "accepted",
        "2025-09-30",
        ME,
        "RE: Conditional Offer of Employment - Management Analyst II",
        "Good morning,\n\nThank you. I accept the conditional offer and will complete the background check forms "
        "today.\n\nSincerely,\nTanya Brooks",
        EVANSTON,
    ),
    (
        "Illinois Department of Transportation",
        "withdrew",
        "2025-09-30",
        ME,
        "RE: Management Operations Analyst - interview",
        "Hi Greg,\n\nThank you for your time on the phone. I have accepted another position and would like to withdraw "
        "my application.\n\nSincerely,\nTanya Brooks",
        GREG,
    ),
]

_NEGATIVES = [
    (
        "GovernmentJobs <alerts@governmentjobs.example>",
        "New jobs matching your search: Analyst",
        "alert",
        "Management Analyst - City of Naperville. Budget Analyst - DuPage County. View jobs.",
    ),
    (
        "AFSCME Council 31 <news@afscme31.example>",
        "Union news",
        "newsletter",
        "This month's bargaining updates. Unsubscribe.",
    ),
    (
        "Cook County Treasurer <treasurer@cookcounty.example>",
        "Your property tax bill is available",
        "other",
        "Your second installment property tax bill is available online.",
    ),
    (
        "ICMA <events@icma.example>",
        "Webinar: budgeting for resilience",
        "newsletter",
        "Register for our free webinar. Unsubscribe.",
    ),
    (
        "Kim Lee <kim.lee@govstaffing.example>",
        "Contract analyst role - downtown",
        "outreach",
        "Hi Tanya, I have a 6-month contract analyst role downtown. Interested in hearing more?",
    ),
    (
        "Linda <linda.w@comcast.example>",
        "package",
        "personal",
        "I have your package - come grab it whenever!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="10:15:00",
        neg_start="2025-09-01",
        neg_step=5,
        neg_clock="20:50:00",
        tag="fivehundredfiftyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), TANYA)
