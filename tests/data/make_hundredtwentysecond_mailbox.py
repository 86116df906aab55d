"""A hundred-and-twenty-second mailbox, written as a held-out check after the hundred-and-twenty-first (issue #24).

Dana, an account executive in Chicago, keeps her mail in Apple Mail and exports it as one mbox: no labels,
``Delivered-To`` on what she received, replies tied by ``In-Reply-To``.  Sales hiring has its own words: a recruiter
"would love to connect", a hiring manager's "discovery call", a mock pitch or role-play, a "30-60-90 day plan"
presented to the leadership team as the final round, an offer stated as OTE ("$150k OTE, 50/50 split").  Her negatives:
sales newsletters, a sourcing tool's automated sequence, agencies, a company she applied to sending its product
webinar, a LinkedIn recruiter's InMail digest, receipts.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANA = "dana.whitaker.sales@icloud.com"
_ME = f"Dana Whitaker <{DANA}>"
_TYLER = "Tyler Grant <tyler.grant@brightpathhq.com>"
_RENEE = "Renee Okafor <renee@harborlinesoftware.com>"
_GREG = "Greg Lindahl <glindahl@northstarpayroll.com>"
_MIA = "Mia Castillo <mia.castillo@veridianhr.io>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    # 0-6 Brightpath (Lever; a recruiter, a discovery call with the manager, a mock pitch, a final, an offer, yes)
    (
        "Brightpath",
        "applied",
        "2025-08-04",
        "Brightpath <no-reply@hire.lever.co>",
        "Thank you for your application to Brightpath",
        "Hi Dana,\n\nThank you for your interest in Brightpath! We received your application for Mid-Market Account "
        "Executive and our team will review it shortly.",
        None,
    ),
    (
        "Brightpath",
        "screen",
        "2025-08-06",
        _TYLER,
        "Brightpath AE role - let's connect!",
        "Hi Dana,\n\nThanks for applying to our Mid-Market AE role! I'd love to connect for 20 minutes to hear about "
        "your sales background and walk you through the team. What does Thursday look like?\n\nTyler Grant\nTalent "
        "Partner, Brightpath",
        None,
    ),
    (
        "Brightpath",
        "interview",
        "2025-08-12",
        _TYLER,
        "Re: Brightpath AE role - let's connect!",
        "Hi Dana,\n\nGreat chatting! Next step is a 30-minute call with Jess Moreno, our Mid-Market Sales Manager. "
        "She'll dig into your pipeline management and quota history. I'll send an invite for Monday at 2pm CT.\n\n"
        "Tyler",
        1,
    ),
    (
        "Brightpath",
        "interview",
        "2025-08-20",
        _TYLER,
        "Brightpath - mock discovery call",
        "Hi Dana,\n\nJess really enjoyed your conversation. The next round is a mock discovery call: you'll run a "
        "20-minute discovery with one of our AEs playing a prospect. Prep materials are attached.\n\nTyler",
        None,
    ),
    (
        "Brightpath",
        "onsite",
        "2025-08-28",
        _TYLER,
        "Final round - 30-60-90 presentation",
        "Hi Dana,\n\nCongrats on moving to the final round! You'll present a 30-60-90 day plan to our VP of Sales and "
        "two regional directors at our River North office on September 4.\n\nTyler",
        None,
    ),
    (
        "Brightpath",
        "offer",
        "2025-09-08",
        _TYLER,
        "Brightpath offer details",
        "Hi Dana,\n\nAs promised, here are the details of your offer for Mid-Market Account Executive: $75k base, "
        "$150k OTE (50/50 split), plus equity. The formal offer letter is attached.\n\nTyler",
        None,
    ),
    (
        "Brightpath",
        "accepted",
        "2025-09-10",
        _ME,
        "Re: Brightpath offer details",
        "Hi Tyler,\n\nI'm excited to accept! Signed letter attached. Can't wait to get started on the 29th.\n\nDana",
        5,
    ),
    # 7-9 Harborline Software (Greenhouse; a screen, then a no)
    (
        "Harborline Software",
        "applied",
        "2025-08-05",
        "Harborline Software <no-reply@greenhouse.io>",
        "Thank you for applying to Harborline Software",
        "Hi Dana,\n\nThanks for applying to Harborline Software. Your application for Account Executive, SMB has been "
        "received. If your background is a match, a member of our team will be in touch.",
        None,
    ),
    (
        "Harborline Software",
        "screen",
        "2025-08-11",
        _RENEE,
        "Harborline - AE conversation",
        "Hi Dana,\n\nI'm the recruiter for our SMB sales team. Are you free for a quick phone screen this week? "
        "Feel free to grab time here: calendly.com/renee-harborline/15\n\nRenee Okafor",
        None,
    ),
    (
        "Harborline Software",
        "rejected",
        "2025-08-25",
        _RENEE,
        "Re: Harborline - AE conversation",
        "Hi Dana,\n\nThanks again for your time. The hiring team has decided to move forward with candidates who have "
        "more experience selling into healthcare. I'll keep you in mind for future roles!\n\nRenee",
        8,
    ),
    # 10-13 Northstar Payroll (Workday; a hiring manager, a role-play, her withdrawal)
    (
        "Northstar Payroll",
        "applied",
        "2025-08-07",
        "Northstar Payroll <northstarpayroll@myworkday.com>",
        "Application Received - Account Executive (R-7712)",
        "Dear Dana Whitaker,\n\nThank you for applying to Northstar Payroll. We have received your application for "
        "Account Executive (R-7712).",
        None,
    ),
    (
        "Northstar Payroll",
        "interview",
        "2025-08-18",
        _GREG,
        "Northstar Payroll - Account Executive",
        "Hi Dana,\n\nI'm the Regional Sales Director for the Midwest and I reviewed your application. I'd like to "
        "set up a 45-minute interview with you next week. Does Tuesday at 10 work?\n\nGreg Lindahl",
        None,
    ),
    (
        "Northstar Payroll",
        "interview",
        "2025-08-27",
        _GREG,
        "Re: Northstar Payroll - Account Executive",
        "Hi Dana,\n\nThanks for the conversation. For the next step, I'd like you to do a role-play: a 15-minute "
        "sales pitch of our payroll product to me as a skeptical CFO. Let me know a time next week.\n\nGreg",
        11,
    ),
    (
        "Northstar Payroll",
        "withdrew",
        "2025-09-09",
        _ME,
        "Re: Northstar Payroll - Account Executive",
        "Hi Greg,\n\nThank you for the opportunity. I've accepted another offer, so I'd like to withdraw from the "
        "process. I really appreciated your time.\n\nDana",
        12,
    ),
    # 14-15 Veridian HR (Ashby; a no after applying)
    (
        "Veridian HR",
        "applied",
        "2025-08-08",
        "Veridian HR <no-reply@ashbyhq.com>",
        "Thanks for applying to Veridian HR",
        "Hi Dana,\n\nThanks for applying to Veridian HR! We've received your application for Enterprise Account "
        "Executive.",
        None,
    ),
    (
        "Veridian HR",
        "rejected",
        "2025-08-19",
        "Veridian HR <no-reply@ashbyhq.com>",
        "Your application to Veridian HR",
        "Hi Dana,\n\nThank you for your interest in Veridian HR. We've reviewed your application and unfortunately "
        "we're looking for someone with more enterprise closing experience for this role.",
        None,
    ),
    # 16-18 Lakeshore Logistics Tech (her own mail to the VP; a call; a no)
    (
        "Lakeshore Logistics Tech",
        "applied",
        "2025-08-11",
        _ME,
        "Account Executive - Dana Whitaker",
        "Hi Paul,\n\nWe met at the Chicago SaaS Sales meetup last month. I saw you're hiring an Account Executive and "
        "wanted to send my resume directly - I'd love to be considered.\n\nBest,\nDana",
        None,
        "Paul Reyes <paul.reyes@lakeshorelogistics.tech>",
    ),
    (
        "Lakeshore Logistics Tech",
        "screen",
        "2025-08-12",
        "Paul Reyes <paul.reyes@lakeshorelogistics.tech>",
        "Re: Account Executive - Dana Whitaker",
        "Dana - great to hear from you! Let's grab 20 minutes this week to chat about the role. Wednesday at 4?\n\n"
        "Paul Reyes\nVP of Sales, Lakeshore Logistics Tech",
        16,
    ),
    (
        "Lakeshore Logistics Tech",
        "rejected",
        "2025-08-29",
        "Paul Reyes <paul.reyes@lakeshorelogistics.tech>",
        "Re: Account Executive - Dana Whitaker",
        "Dana, thanks for the time last week. We've decided to hire someone with more freight industry experience. "
        "Let's stay in touch.\n\nPaul",
        17,
    ),
    # 19-21 Quanta Security (LinkedIn Easy Apply; a screen; she follows up; no more)
    (
        "Quanta Security",
        "applied",
        "2025-08-13",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Dana, your application was sent to Quanta Security",
        "Your application was sent to Quanta Security\n\nAccount Executive, Commercial\nQuanta Security - Chicago, "
        "IL (Hybrid)\n\nApplied on August 13, 2025",
        None,
    ),
    (
        "Quanta Security",
        "screen",
        "2025-08-21",
        "Leah Kim <leah.kim@quantasecurity.com>",
        "Quanta Security - Commercial AE",
        "Hi Dana,\n\nThanks for applying through LinkedIn! I'd love to schedule a 30-minute intro call to discuss the "
        "Commercial AE role. Please book a time here: calendly.com/leah-quanta\n\nLeah Kim, Talent Acquisition",
        None,
    ),
    (
        "Quanta Security",
        "follow_up",
        "2025-09-03",
        _ME,
        "Re: Quanta Security - Commercial AE",
        "Hi Leah,\n\nI hope you had a great long weekend! I wanted to follow up on next steps for the Commercial AE "
        "role after our call. I'm still very interested.\n\nDana",
        20,
    ),
    # 22-23 Pillar Analytics (SmartRecruiters; a wait)
    (
        "Pillar Analytics",
        "applied",
        "2025-08-14",
        "Pillar Analytics <noreply@smartrecruiters.com>",
        "Thank you for applying to Pillar Analytics",
        "Dear Dana,\n\nThank you for applying for the Account Executive position at Pillar Analytics. We appreciate "
        "your interest and will review your application shortly.",
        None,
    ),
    (
        "Pillar Analytics",
        "reply",
        "2025-09-02",
        "Pillar Analytics <noreply@smartrecruiters.com>",
        "Your application with Pillar Analytics",
        "Dear Dana,\n\nWe wanted to let you know that we are still reviewing applications for the Account Executive "
        "role and will reach out once we have an update. Thank you for your patience.",
        None,
    ),
    # 24-25 Cobalt Freight (Indeed; a no)
    (
        "Cobalt Freight",
        "applied",
        "2025-08-15",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Outside Sales Representative",
        "Application submitted\n\nOutside Sales Representative\nCobalt Freight - Chicago, IL\n\nThe following items "
        "were sent to Cobalt Freight. Good luck!",
        None,
    ),
    (
        "Cobalt Freight",
        "rejected",
        "2025-08-26",
        "Cobalt Freight HR <hr@cobaltfreight.com>",
        "Outside Sales Representative",
        "Hello Dana,\n\nThank you for your interest in the Outside Sales Representative position. The position has "
        "been filled. We wish you luck in your search.\n\nCobalt Freight HR",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "RepVue <hello@repvue.com>",
        "Which sales orgs are hitting quota this quarter?",
        "newsletter",
        "The latest quota attainment data: Brightpath 71%, Harborline 64%. See the rankings. Unsubscribe.",
    ),
    (
        "30 Minutes to President's Club <newsletter@30mpc.com>",
        "The discovery call framework that closes",
        "newsletter",
        "This week: a discovery call framework from top AEs. Listen to the episode. Unsubscribe",
    ),
    (
        "Jake Turner <jake@quotahunters.io>",
        "AE roles at top-paying SaaS companies",
        "outreach",
        "Hi Dana, I place AEs at high-growth SaaS companies with $140-180k OTE. Open to a quick call this week to "
        "see if any fit?\n\nJake Turner, Quota Hunters",
    ),
    (
        "Sophie Lane <sophie.lane@gem.brightpathhq.com>",
        "Dana, quick question about your sales career",
        "outreach",
        "Hi Dana, I lead recruiting for our Enterprise team at a fast-growing HR tech company. Would you be open to "
        "exploring an Enterprise AE role? Reply and I'll send details.",
    ),
    (
        "Harborline Software <events@harborlinesoftware.com>",
        "Webinar: 5 ways SMBs automate invoicing",
        "newsletter",
        "Join Harborline's product team on September 18 for a live demo. Register now. Unsubscribe.",
    ),
    (
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Dana, you have 2 new InMails",
        "other",
        "Recruiters have sent you InMails about sales roles. View your messages.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Account Executive: Quanta Security and 14 more",
        "alert",
        "Account Executive - Quanta Security - Chicago. Enterprise AE - Veridian HR - Remote. See all jobs.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "New Outside Sales jobs for you",
        "alert",
        "Outside Sales Representative - Cobalt Freight - Chicago, IL. Territory Manager - Midwest. View jobs.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Brightpath salaries: see what AEs make",
        "newsletter",
        "See Account Executive salaries at Brightpath: $70k-$85k base. Unsubscribe",
    ),
    (
        "Chase <no.reply.alerts@chase.com>",
        "Your statement is ready",
        "other",
        "Your credit card statement is ready. Minimum payment due September 20.",
    ),
    (
        "Divvy <no-reply@divvybikes.com>",
        "Your ride receipt",
        "shop",
        "Thanks for riding Divvy! Trip: Clark St & Elm to River North. Total: $4.35.",
    ),
    (
        "Nordstrom <nordstrom@e.nordstrom.com>",
        "Interview outfits under $100",
        "shop",
        "Nail the interview: blazers, trousers and loafers under $100. Shop now. Unsubscribe.",
    ),
    (
        "Bravado <team@bravado.co>",
        "12 new AE jobs at top companies",
        "alert",
        "12 new Account Executive jobs from companies like Brightpath and Quanta Security. See jobs.",
    ),
    (
        "Gong <marketing@gong.io>",
        "Reveal: what top reps say in discovery",
        "newsletter",
        "New research from Gong Labs on discovery calls. Download the report. Unsubscribe.",
    ),
    (
        "Maria Whitaker <maria.whitaker58@yahoo.com>",
        "thinking of you",
        "personal",
        "Hi honey, hope the interviews are going well! Dad and I are proud of you. Call us Sunday. Love, Mom",
    ),
    (
        "Peloton <no-reply@onepeloton.com>",
        "Your weekly summary",
        "other",
        "You took 4 classes this week. Keep the streak going!",
    ),
    (
        "Calendly <notifications@calendly.com>",
        "Tips for getting more out of Calendly",
        "newsletter",
        "Try routing forms and round-robin scheduling. Upgrade to Teams. Unsubscribe.",
    ),
    (
        "Pavilion <community@joinpavilion.com>",
        "Chicago chapter: sales leaders dinner",
        "newsletter",
        "Join Chicago sales leaders for dinner on September 24. RSVP. Unsubscribe",
    ),
    (
        "Ryan Brooks <ryan.brooks@talentwell.com>",
        "Confidential: Regional Sales Manager search",
        "outreach",
        "Dana, I'm conducting a confidential search for a Regional Sales Manager with a Chicago-based logistics "
        "company. Could we set up a call?",
    ),
    (
        "Quanta Security <marketing@quantasecurity.com>",
        "Quanta Threat Report 2025",
        "newsletter",
        "Download the 2025 Threat Report. See how mid-market companies are responding. Unsubscribe.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DANA,
        own_to={
            "Brightpath": _TYLER,
            "Northstar Payroll": _GREG,
            "Quanta Security": "Leah Kim <leah.kim@quantasecurity.com>",
        },
        offset=lambda d: "-0500",
        clock="11:05:00",
        neg_start="2025-08-04",
        neg_step=2,
        neg_clock="07:20:00",
        tag="hundredtwentytwo",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Dana.mbox" / "mbox", msgs if msgs is not None else messages())
