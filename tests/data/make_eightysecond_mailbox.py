"""An eighty-second mailbox, written as a held-out check after the eighty-first (issue #24).

Bilal, an operations analyst in Philadelphia, keeps his mail in Apple Mail and exports it as a plain mbox (no
labels; his own mail known by his address; replies tied by ``In-Reply-To``).  Large employers write HTML, often
base64-encoded, from their careers systems (Workday, Taleo, iCIMS, Avature): a requisition number in the subject, a
"status has changed, log in to view it" notice that says nothing of the status (no event), a Microsoft Teams
interview invitation from an HR coordinator, an offer letter "available in your candidate home"; a small firm
writes through BambooHR; an insurer's "we have decided to pursue other candidates whose qualifications more
closely match".  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BILAL = "bilal.rahman.ops@icloud.com"
_ME = f"Bilal Rahman <{BILAL}>"

# (company, event, day, sender, subject, body, parent index or None)
_POSITIVES = [
    # 0-4 Keystone Health Partners (Workday; HTML; Teams interview; offer in candidate home; accepted)
    (
        "Keystone Health Partners",
        "applied",
        "2025-08-04",
        "Keystone Health Partners <keystonehealth@myworkday.com>",
        "Application Received - Operations Analyst II (R-10482)",
        "HTML:<html><body><table><tr><td><p>Dear Bilal,</p><p>Thank you for your application for the "
        "<b>Operations Analyst II</b> position (R-10482) at Keystone Health Partners. We have received your "
        "application and our talent acquisition team will review your qualifications.</p><p>Sincerely,<br>"
        "Keystone Health Partners Talent Acquisition</p></td></tr></table></body></html>",
        None,
    ),
    (
        "Keystone Health Partners",
        "interview",
        "2025-08-19",
        "Denise Walker <denise.walker@keystonehp.org>",
        "Interview - Operations Analyst II (R-10482)",
        "Hi Bilal,\n\nThe hiring team would like to invite you to a one-hour interview with the Operations manager "
        "and two analysts on Microsoft Teams on Monday, August 25 at 11:00 AM. A Teams meeting invitation will "
        "follow.\n\nDenise Walker\nHR Coordinator, Keystone Health Partners",
        None,
    ),
    (
        "Keystone Health Partners",
        "thank_you",
        "2025-08-25",
        _ME,
        "Re: Interview - Operations Analyst II (R-10482)",
        "Hi Denise,\n\nThank you for coordinating today's interview. Please share my thanks with the team; I enjoyed "
        "the conversation about the claims workflow.\n\nBest regards,\nBilal",
        1,
    ),
    (
        "Keystone Health Partners",
        "offer",
        "2025-09-03",
        "Keystone Health Partners <keystonehealth@myworkday.com>",
        "Your offer letter is ready for review",
        "B64:Dear Bilal,\n\nCongratulations! An offer letter for the Operations Analyst II position has been made "
        "available in your candidate home. Please log in to review and respond by September 8.\n\nKeystone Health "
        "Partners Talent Acquisition",
        None,
    ),
    (
        "Keystone Health Partners",
        "accepted",
        "2025-09-05",
        _ME,
        "Re: Interview - Operations Analyst II (R-10482)",
        "Hi Denise,\n\nI have accepted the offer in Workday this morning - thank you for all your help through the "
        "process. I look forward to starting on September 22.\n\nBilal",
        2,
    ),
    # 5-6 Delaware Valley Mutual (Taleo; 'status changed' notice; rejected)
    (
        "Delaware Valley Mutual",
        "applied",
        "2025-08-05",
        "Delaware Valley Mutual Careers <dvm@taleo.net>",
        "Delaware Valley Mutual - Thank you for your application",
        "B64:Dear Bilal Rahman,\n\nThank you for applying to the position Business Operations Analyst (Job Number "
        "2500231) at Delaware Valley Mutual Insurance Company. Your application has been successfully submitted.\n\n"
        "Regards,\nDelaware Valley Mutual Talent Acquisition",
        None,
    ),
    (
        "Delaware Valley Mutual",
        "rejected",
        "2025-08-27",
        "Delaware Valley Mutual Careers <dvm@taleo.net>",
        "Business Operations Analyst - Job Number 2500231",
        "B64:Dear Bilal Rahman,\n\nThank you for your interest in the Business Operations Analyst position. After "
        "careful review, we have decided to pursue other candidates whose qualifications more closely match the "
        "requirements of the position.\n\nWe encourage you to apply for future openings.\n\nDelaware Valley Mutual "
        "Talent Acquisition",
        None,
    ),
    # 7-9 Schuylkill Logistics (iCIMS; a phone screen; silence after)
    (
        "Schuylkill Logistics",
        "applied",
        "2025-08-06",
        "Schuylkill Logistics <careers-noreply@icims.com>",
        "Thank you for your interest in Schuylkill Logistics",
        "HTML:<p>Hi Bilal,</p><p>Thank you for your interest in the <b>Supply Chain Operations Analyst</b> role at "
        "Schuylkill Logistics. We have received your submission. If your qualifications match our needs, a member "
        "of our recruiting team will contact you.</p><p>Schuylkill Logistics Recruiting</p>",
        None,
    ),
    (
        "Schuylkill Logistics",
        "screen",
        "2025-08-14",
        "Marcus Bell <mbell@schuylkilllogistics.com>",
        "Phone screen - Supply Chain Operations Analyst",
        "Hi Bilal,\n\nI reviewed your resume and would like to schedule a brief phone screen to discuss the Supply "
        "Chain Operations Analyst position. Are you available Thursday or Friday afternoon?\n\nMarcus Bell\n"
        "Talent Acquisition Partner",
        None,
    ),
    (
        "Schuylkill Logistics",
        "follow_up",
        "2025-08-29",
        _ME,
        "Re: Phone screen - Supply Chain Operations Analyst",
        "Hi Marcus,\n\nThanks again for the call last week. I wanted to check in on next steps for the Supply Chain "
        "Operations Analyst role - I remain very interested.\n\nBest,\nBilal Rahman",
        8,
    ),
    # 10-12 Rittenhouse Advisory Group (BambooHR; interview; position filled)
    (
        "Rittenhouse Advisory Group",
        "applied",
        "2025-08-11",
        "Rittenhouse Advisory Group <notifications@app.bamboohr.com>",
        "Thanks for applying to Rittenhouse Advisory Group",
        "Hi Bilal,\n\nThanks for applying for our Operations Associate opening. We'll review your application and "
        "be in touch if we'd like to move forward.\n\nRittenhouse Advisory Group",
        None,
    ),
    (
        "Rittenhouse Advisory Group",
        "interview",
        "2025-08-21",
        "Claire Donovan <claire@rittenhouseadvisory.com>",
        "Operations Associate - interview",
        "Hi Bilal,\n\nThank you for your application. We'd like to meet you in person at our office at 1600 Market "
        "Street for an interview with our COO on Wednesday, August 27 at 9:30.\n\nClaire Donovan\nOffice Manager",
        None,
    ),
    (
        "Rittenhouse Advisory Group",
        "rejected",
        "2025-09-02",
        "Claire Donovan <claire@rittenhouseadvisory.com>",
        "Re: Operations Associate - interview",
        "Hi Bilal,\n\nThank you for coming in last week. I wanted to let you know that the position has been filled. "
        "We enjoyed meeting you and wish you the best in your search.\n\nClaire",
        11,
    ),
    # 13 Liberty Transit Authority (Avature; HTML multipart; silence)
    (
        "Liberty Transit Authority",
        "applied",
        "2025-08-12",
        "Liberty Transit Authority <noreply@avature.net>",
        "Your application has been submitted",
        "MULTI:<html><body><p>Dear Bilal,</p><p>Your application for <b>Service Planning Analyst</b> at Liberty "
        "Transit Authority has been submitted. You can track its progress in your profile.</p></body></html>",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Delaware Valley Mutual Careers <dvm@taleo.net>",
        "Your candidate status has changed",
        "status",
        "B64:Dear Bilal Rahman,\n\nThe status of one or more of your job applications has changed. Please log in to "
        "your candidate profile to view the update.\n\nDelaware Valley Mutual Talent Acquisition",
    ),
    (
        "Indeed <alert@indeed.com>",
        "12 new Operations Analyst jobs in Philadelphia, PA",
        "alert",
        "HTML:<p>Operations Analyst - Comcast - Philadelphia, PA</p><p>Business Analyst - Aramark</p>",
    ),
    (
        "Keystone Health Partners <keystonehealth@myworkday.com>",
        "Complete your profile: jobs you may like",
        "alert",
        "HTML:<p>Hi Bilal, based on your profile, you may be interested in these roles at Keystone Health Partners: "
        "Data Analyst, Revenue Cycle Analyst. View jobs.</p>",
    ),
    (
        "Philadelphia Business Journal <newsletters@bizjournals.com>",
        "Morning Edition: hiring slows in Philly",
        "newsletter",
        "HTML:<p>Today's top stories. Unsubscribe</p>",
    ),
    (
        "Ryan Schultz <ryan.schultz@apexstaffing.example>",
        "Contract Operations Analyst - Conshohocken",
        "outreach",
        "Hi Bilal, I came across your profile and have a 6-month contract-to-hire Operations Analyst role in "
        "Conshohocken. Would you be open to a quick call this week?",
    ),
    (
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        "shop",
        "HTML:<p>iCloud+ 50GB $0.99</p>",
    ),
    (
        "Keystone Health Partners <keystonehealth@myworkday.com>",
        "Action required: complete your new hire tasks",
        "onboarding",
        "HTML:<p>Welcome to Keystone Health Partners! Please log in to complete your I-9 and direct deposit tasks "
        "before your first day.</p>",
    ),
    (
        "Nadia Rahman <nadia.rahman22@gmail.com>",
        "Eid dinner",
        "personal",
        "Are you coming Saturday? Mom asked about the interviews.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, with bodies encoded as sent (HTML, base64)."""
    from mail_score import sent_as, threaded_corpus

    return sent_as(
        threaded_corpus(
            _POSITIVES,
            _NEGATIVES,
            owner=BILAL,
            own_to={
                "Keystone Health Partners": "Denise Walker <denise.walker@keystonehp.org>",
                "Schuylkill Logistics": "Marcus Bell <mbell@schuylkilllogistics.com>",
            },
            offset=lambda d: "-0400",
            clock="14:40:00",
            neg_start="2025-08-07",
            neg_step=5,
            neg_clock="08:15:00",
            tag="eightytwo",
            host="icloud.example",
        )
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Bilal.mbox" / "mbox", msgs if msgs is not None else messages())
