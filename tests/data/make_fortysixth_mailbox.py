"""A forty-sixth mailbox, written as a held-out check after the forty-fifth's fixes (issue #24).

Danielle, a senior backend engineer in Atlanta, exports Gmail with Takeout.  Most of what matters is written by
people, not templates: in-house recruiters who found her application, a startup's CTO after a Wellfound
application, a staffing agency that submits her to its client (the application is the client's, the mail the
agency's), a Google Calendar invitation for a technical interview, a verbal-then-written offer she declines, another
she accepts, a requisition cancelled under her, a withdrawal.  Greenhouse, Lever, Ashby, Workday, iCIMS,
SmartRecruiters and LinkedIn Easy Apply send the templates.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANI = "dani.okafor.dev@gmail.com"
_ME = f"Danielle Okafor <{DANI}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Brightline Health (Greenhouse; an in-house recruiter; phone screen, technical screen, final loop; she declines)
    (
        "Brightline Health",
        "applied",
        "2025-09-29",
        "Brightline Health <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightline Health",
        "Hi Danielle,\n\nThanks for your interest in Brightline Health! We've received your application for the Senior "
        "Backend Engineer role and our team is reviewing it now. If your experience looks like a match, someone from "
        "our recruiting team will reach out.\n\nBest,\nThe Brightline Health Talent Team",
        "bh1",
    ),
    (
        "Brightline Health",
        "screen",
        "2025-10-03",
        "Marcus Webb <marcus.webb@brightlinehealth.com>",
        "Brightline Health - Senior Backend Engineer",
        "Hi Danielle,\n\nI'm a technical recruiter at Brightline and came across your application for our Senior Backend "
        "Engineer opening. Your background building payment systems caught my eye! Do you have 30 minutes this week "
        "or early next for an intro call? Feel free to grab a time here: calendly.com/marcus-webb-bl/30min\n\n"
        "Marcus Webb\nTechnical Recruiter | Brightline Health",
        "bh2",
    ),
    (
        "Brightline Health",
        "interview",
        "2025-10-09",
        "Brightline Health Recruiting <recruiting@brightlinehealth.com>",
        "Confirmed: Technical Phone Screen with Brightline Health",
        "Hi Danielle,\n\nYour technical phone screen is confirmed for Tuesday, October 14 at 1:00 PM EDT with Priya "
        "Nair, Staff Engineer. It will be a 60-minute live coding session on CoderPad; the link is in the calendar "
        "invite.\n\nGood luck!\nBrightline Health Recruiting",
        "bh3",
    ),
    (
        "Brightline Health",
        "onsite",
        "2025-10-20",
        "Marcus Webb <marcus.webb@brightlinehealth.com>",
        "Re: Brightline Health - Senior Backend Engineer",
        "Hi Danielle,\n\nGreat news - Priya really enjoyed your session and we'd like to move you forward to the final "
        "round! It's a virtual onsite: four 45-minute conversations (system design, coding, a behavioral with the "
        "hiring manager, and a values interview). Could you send me some availability for the week of Oct 27?\n\n"
        "Marcus",
        "bh2",
    ),
    (
        "Brightline Health",
        "offer",
        "2025-11-06",
        "Marcus Webb <marcus.webb@brightlinehealth.com>",
        "Brightline Health - offer letter",
        "Hi Danielle,\n\nIt was great talking with you earlier! As promised, attached is your written offer for the "
        "Senior Backend Engineer position: a base salary of $182,000, a 10% target bonus and 4,000 RSUs. Please take a "
        "look and let me know if you have any questions. We'd love an answer by Friday the 14th.\n\nMarcus",
        "bh4",
    ),
    (
        "Brightline Health",
        "declined",
        "2025-11-12",
        _ME,
        "Re: Brightline Health - offer letter",
        "Hi Marcus,\n\nThank you again for the offer and for being so helpful throughout the process. After a lot of "
        "thought I've decided to accept another opportunity, so I have to respectfully decline. I hope our paths "
        "cross again.\n\nBest,\nDanielle",
        "bh4",
    ),
    # Kestrel Logistics (Workday; a form refusal)
    (
        "Kestrel Logistics",
        "applied",
        "2025-09-30",
        "Kestrel Logistics <kestrel@myworkday.com>",
        "Thank you for applying to Kestrel Logistics",
        "Danielle,\n\nThank you for applying for the position of Senior Software Engineer (R-10442). We are reviewing "
        "your qualifications and will contact you if there is a fit.\n\nKestrel Logistics Talent Acquisition",
        "kl1",
    ),
    (
        "Kestrel Logistics",
        "rejected",
        "2025-10-21",
        "Kestrel Logistics <kestrel@myworkday.com>",
        "Regarding your application for Senior Software Engineer (R-10442)",
        "Danielle,\n\nThank you for your interest in Kestrel Logistics. After careful review, we have decided to pursue "
        "other candidates whose experience more closely aligns with the requirements of this role.\n\nWe encourage you "
        "to apply for future openings.\n\nKestrel Logistics Talent Acquisition",
        "kl2",
    ),
    # Ledgerly, through a staffing agency (Summit Technical Staffing submits her; the client interviews, then passes)
    (
        "Ledgerly",
        "applied",
        "2025-10-02",
        "Jordan Pike <jpike@summittechstaffing.com>",
        "Submitted: Senior Backend Engineer (contract-to-hire) - Ledgerly",
        "Hi Danielle,\n\nGreat speaking with you today! As discussed, I've submitted your resume to Ledgerly for the "
        "Senior Backend Engineer contract-to-hire role in Midtown. Their hiring manager usually gets back to us within "
        "a week and I'll let you know as soon as I hear anything.\n\nJordan Pike\nSenior Technical Recruiter\nSummit "
        "Technical Staffing",
        "lg1",
    ),
    (
        "Ledgerly",
        "interview",
        "2025-10-08",
        "Jordan Pike <jpike@summittechstaffing.com>",
        "Re: Submitted: Senior Backend Engineer (contract-to-hire) - Ledgerly",
        "Hi Danielle,\n\nGood news - Ledgerly would like to set up a one-hour technical interview with their engineering "
        "manager, Dave Kim. He has Thursday at 11 or Friday at 2 open. Which works better for you?\n\nJordan",
        "lg1",
    ),
    (
        "Ledgerly",
        "rejected",
        "2025-10-17",
        "Jordan Pike <jpike@summittechstaffing.com>",
        "Re: Submitted: Senior Backend Engineer (contract-to-hire) - Ledgerly",
        "Hi Danielle,\n\nI just heard back from Dave. Unfortunately Ledgerly decided to go with a candidate who had more "
        "hands-on Kotlin experience. He did say you were very strong on the system design side. I'll keep you in mind "
        "for the next role that fits!\n\nJordan",
        "lg1",
    ),
    # Tidewater Analytics (Lever; a call scheduled through Lever, a take-home, then silence and her follow-up)
    (
        "Tidewater Analytics",
        "applied",
        "2025-10-01",
        "Tidewater Analytics <no-reply@hire.lever.co>",
        "Thanks for applying to Tidewater Analytics!",
        "Hi Danielle,\n\nThank you for your application to the Backend Engineer, Data Platform position at Tidewater "
        "Analytics. We review every application and will be in touch if there's a good fit.\n\nThe Tidewater Team",
        "ta1",
    ),
    (
        "Tidewater Analytics",
        "screen",
        "2025-10-07",
        "Tidewater Analytics <no-reply@hire.lever.co>",
        "Schedule your call with Tidewater Analytics",
        "Hi Danielle,\n\nSam Ortiz would like to schedule a 30 minute phone call with you to talk about the Backend "
        "Engineer, Data Platform role. Please choose a time that works for you using the link below.\n\nThe Tidewater "
        "Team",
        "ta2",
    ),
    (
        "Tidewater Analytics",
        "interview",
        "2025-10-13",
        "Sam Ortiz <sam@tidewateranalytics.io>",
        "Tidewater take-home exercise",
        "Hi Danielle,\n\nThanks for chatting with me on Friday! As a next step, here's our take-home exercise: a small "
        "ingestion service with a few tests. Most people spend about three hours on it. Send it back whenever you're "
        "ready within the next week.\n\nSam Ortiz\nEngineering Manager, Tidewater Analytics",
        "ta3",
    ),
    (
        "Tidewater Analytics",
        "follow_up",
        "2025-10-31",
        _ME,
        "Re: Tidewater take-home exercise",
        "Hi Sam,\n\nI hope you're doing well! I sent my take-home over last Monday and wanted to check in on next steps. "
        "I'm still very interested in the role.\n\nThanks,\nDanielle",
        "ta3",
    ),
    # Northwind Robotics (Ashby; refused after five days)
    (
        "Northwind Robotics",
        "applied",
        "2025-10-06",
        "Northwind Robotics Hiring Team <no-reply@ashbyhq.com>",
        "Thanks for applying to Northwind Robotics",
        "Hi Danielle,\n\nThanks for applying for the Senior Platform Engineer role at Northwind Robotics! We'll take a "
        "look at your application and get back to you soon.\n\nNorthwind Robotics Hiring Team",
        "nr1",
    ),
    (
        "Northwind Robotics",
        "rejected",
        "2025-10-11",
        "Northwind Robotics Hiring Team <no-reply@ashbyhq.com>",
        "Your application to Northwind Robotics",
        "Hi Danielle,\n\nThank you for your interest in the Senior Platform Engineer role at Northwind Robotics. We've "
        "reviewed your application and unfortunately won't be moving forward at this time. We'll keep your details "
        "on file for future roles.\n\nNorthwind Robotics Hiring Team",
        "nr2",
    ),
    # Cobalt Insurance (iCIMS; the requisition is cancelled)
    (
        "Cobalt Insurance",
        "applied",
        "2025-10-08",
        "Cobalt Insurance Careers <careers-cobaltinsurance@talent.icims.com>",
        "Cobalt Insurance - Application Received",
        "Dear Danielle,\n\nThank you for your interest in the Lead Software Developer (Req 2025-1187) position at Cobalt "
        "Insurance. Your application has been received.\n\nSincerely,\nCobalt Insurance Talent Acquisition",
        "ci1",
    ),
    (
        "Cobalt Insurance",
        "rejected",
        "2025-11-04",
        "Cobalt Insurance Careers <careers-cobaltinsurance@talent.icims.com>",
        "Update on Lead Software Developer (Req 2025-1187)",
        "Dear Danielle,\n\nWe wanted to let you know that the Lead Software Developer position (Req 2025-1187) has been "
        "cancelled due to a change in business needs. As a result, we are no longer moving forward with candidates "
        "for this requisition. We appreciate your interest in Cobalt Insurance.\n\nSincerely,\nCobalt Insurance Talent "
        "Acquisition",
        "ci2",
    ),
    # Magnolia Software (LinkedIn Easy Apply; an in-house recruiter's call; her thank-you; a kind refusal)
    (
        "Magnolia Software",
        "applied",
        "2025-10-09",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Danielle, your application was sent to Magnolia Software",
        "Your application was sent to Magnolia Software\n\nSenior Software Engineer\nMagnolia Software · Atlanta, GA "
        "(Hybrid)\nApplied on October 9, 2025",
        "ms1",
    ),
    (
        "Magnolia Software",
        "screen",
        "2025-10-15",
        "Alicia Grant <agrant@magnoliasoftware.com>",
        "Senior Software Engineer - Magnolia",
        "Hi Danielle,\n\nThanks for applying through LinkedIn! I'd love to find some time for a quick conversation about "
        "the role and your background. Would Thursday or Friday afternoon work for you?\n\nAlicia Grant\nPeople "
        "Operations, Magnolia Software",
        "ms2",
    ),
    (
        "Magnolia Software",
        "thank_you",
        "2025-10-17",
        _ME,
        "Thanks for your time today",
        "Hi Alicia,\n\nThank you for taking the time to speak with me today. I enjoyed hearing about how the team is "
        "rebuilding the scheduling platform, and I'm excited about the role.\n\nBest,\nDanielle",
        "ms3",
    ),
    (
        "Magnolia Software",
        "rejected",
        "2025-10-24",
        "Alicia Grant <agrant@magnoliasoftware.com>",
        "Re: Thanks for your time today",
        "Hi Danielle,\n\nI wanted to give you an update. The hiring manager has decided to move forward with candidates "
        "whose experience is a bit closer to what the team needs right now, which is more on the frontend side. I "
        "really enjoyed our conversation and will reach out if something opens up that's a better match.\n\nAll the "
        "best,\nAlicia",
        "ms3",
    ),
    # Harbor Labs (Wellfound; the CTO's call, a calendar invitation, an offer she accepts)
    (
        "Harbor Labs",
        "applied",
        "2025-10-10",
        "Wellfound <team@hi.wellfound.com>",
        "You applied to Harbor Labs",
        "Hi Danielle,\n\nYour application to Harbor Labs for Founding Backend Engineer has been sent. Harbor Labs "
        "typically responds within a week.\n\n- The Wellfound Team",
        "hl1",
    ),
    (
        "Harbor Labs",
        "screen",
        "2025-10-13",
        "Jen Liu <jen@harborlabs.dev>",
        "Harbor Labs <> Danielle",
        "Hey Danielle,\n\nSaw your application come through on Wellfound - I'm the CTO here. Want to hop on a call this "
        "week? I'd love to tell you what we're building and hear what you're looking for.\n\nJen",
        "hl2",
    ),
    (
        "Harbor Labs",
        "interview",
        "2025-10-20",
        "Jen Liu <jen@harborlabs.dev>",
        "Invitation: Danielle Okafor <> Harbor Labs - Technical Interview @ Thu Oct 23, 2025 2pm - 3:30pm (EDT)",
        "Danielle Okafor <> Harbor Labs - Technical Interview\nThursday Oct 23, 2025 2pm - 3:30pm (Eastern Time - New "
        "York)\nJoining info: meet.google.com/xfa-kpqr-tzu\nOrganizer: jen@harborlabs.dev\nGuests: Jen Liu, Omar "
        "Haddad, Danielle Okafor\n\nInvitation from Google Calendar",
        "hl3",
    ),
    (
        "Harbor Labs",
        "offer",
        "2025-11-07",
        "Jen Liu <jen@harborlabs.dev>",
        "Harbor Labs - offer",
        "Hey Danielle,\n\nOmar and I talked it over and we'd love to have you join us! Here's what we're thinking: "
        "$165k base and 0.4% equity on a four-year vest. Happy to jump on a call to talk it through.\n\nJen",
        "hl4",
    ),
    (
        "Harbor Labs",
        "accepted",
        "2025-11-11",
        _ME,
        "Re: Harbor Labs - offer",
        "Jen,\n\nI'm excited to accept! Thank you and Omar for making this so easy. Send over the paperwork whenever "
        "it's ready and let me know what you need from me for a start date.\n\nDanielle",
        "hl4",
    ),
    # Sterling Payments (SmartRecruiters; an interview invitation; she withdraws)
    (
        "Sterling Payments",
        "applied",
        "2025-10-14",
        "Sterling Payments <noreply@smartrecruiters.com>",
        "Thank you for your application",
        "Dear Danielle,\n\nThank you for applying to Sterling Payments! We have received your application for Senior "
        "Engineer, Payments Core and will review it shortly.\n\nKind regards,\nSterling Payments Recruiting",
        "sp1",
    ),
    (
        "Sterling Payments",
        "interview",
        "2025-11-03",
        "Tessa Morgan <tessa.morgan@sterlingpayments.com>",
        "Interview invitation: Senior Engineer, Payments Core",
        "Hi Danielle,\n\nThe team reviewed your background and we'd like to invite you to a technical interview with two "
        "of our engineers. Please let me know your availability next week.\n\nTessa Morgan\nTalent Partner, Sterling "
        "Payments",
        "sp2",
    ),
    (
        "Sterling Payments",
        "withdrew",
        "2025-11-12",
        _ME,
        "Re: Interview invitation: Senior Engineer, Payments Core",
        "Hi Tessa,\n\nThank you for the invitation. I wanted to let you know that I've accepted an offer elsewhere, so "
        "I'd like to withdraw from the process for the Senior Engineer role. I really appreciate your time.\n\n"
        "Best,\nDanielle",
        "sp2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Jordan Pike <jpike@summittechstaffing.com>",
        "Senior Backend Engineer - contract to hire - Midtown",
        "outreach",
        "Hi Danielle,\n\nI came across your profile and think you'd be a great fit for a contract-to-hire Senior "
        "Backend Engineer role with a fintech client of ours in Midtown. $85-95/hr, hybrid. Are you open to a quick "
        "call?\n\nJordan Pike\nSummit Technical Staffing",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201csenior backend engineer\u201d: 30+ new jobs in Atlanta, GA",
        "alert",
        "Senior Backend Engineer - Brightline Health - Atlanta, GA\nStaff Software Engineer - Peachtree Systems - "
        "Remote\nSee all jobs",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Magnolia Software",
        "viewed",
        "Danielle, your application was viewed by Magnolia Software.\nSenior Software Engineer\nMagnolia Software · "
        "Atlanta, GA",
    ),
    (
        "Indeed <alert@indeed.com>",
        "15 new backend engineer jobs near Atlanta, GA",
        "alert",
        "Backend Engineer - Kestrel Logistics - Atlanta, GA - Easily apply\nSenior Developer - Cobalt Insurance",
    ),
    (
        "The Pragmatic Engineer <pragmaticengineer@substack.com>",
        "The tech hiring market in late 2025",
        "newsletter",
        "This week: how hiring for senior engineers changed this fall, and what interview loops look like now.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Companies like Brightline Health are hiring",
        "alert",
        "Based on your searches: Senior Backend Engineer at Harbor Labs, Platform Engineer at Northwind Robotics.",
    ),
    (
        "Kayla Brooks <kayla.brooks88@gmail.com>",
        "good luck!!",
        "personal",
        "Heard you have your final round at Brightline next week - you're going to crush it. Drinks after?",
    ),
    (
        "Hired <team@hired.com>",
        "5 companies want to interview you this week",
        "outreach",
        "Your profile is live! Companies like Tidewater Analytics and Sterling Payments are interested. Log in to "
        "review interview requests.",
    ),
    (
        "Delta Air Lines <deltaairlines@t.delta.com>",
        "Your trip confirmation",
        "shop",
        "Thank you for booking with Delta. Confirmation #GX7QLP. Atlanta to Boston, November 20.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DANI,
        own_to={
            "Brightline Health": "Marcus Webb <marcus.webb@brightlinehealth.com>",
            "Tidewater Analytics": "Sam Ortiz <sam@tidewateranalytics.io>",
            "Magnolia Software": "Alicia Grant <agrant@magnoliasoftware.com>",
            "Harbor Labs": "Jen Liu <jen@harborlabs.dev>",
            "Sterling Payments": "Tessa Morgan <tessa.morgan@sterlingpayments.com>",
        },
        offset="-0400",
        clock="10:20:00",
        neg_start="2025-09-28",
        neg_step=6,
        neg_clock="07:40:00",
        tag="fortysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
