"""A thirty-third mailbox, written as a held-out check after the thirty-second's fixes (issue #24).

Marisol, a customer success manager in Denver moving into product operations, exports Gmail with Takeout.  The
shapes of a mainstream US search in 2025: Google Calendar invitations from recruiters, GoodTime and Calendly
confirmations, Gem, Ashby, Lever, SmartRecruiters, Workday, iCIMS, Jobvite, Paylocity; a multipart mail whose plain
part is only "view this email in your browser", a windows-1252 mail, a subject with an emoji; a verbal offer then
DocuSign; a search paused; "still reviewing".  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARISOL = "marisol.vega.cs@gmail.com"
_ME = f"Marisol Vega <{MARISOL}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Summit Ledger (Greenhouse, GoodTime; a screen, a panel, a verbal offer and DocuSign; she accepts)
    (
        "Summit Ledger",
        "applied",
        "2025-09-02",
        "Summit Ledger <no-reply@us.greenhouse-mail.io>",
        "Thanks for your application to Summit Ledger",
        "Hi Marisol,\n\nThanks for your interest in Summit Ledger! We've received your application for Product "
        "Operations Manager and our team is taking a look.\n\nBest,\nSummit Ledger Recruiting",
        "sl1",
    ),
    (
        "Summit Ledger",
        "screen",
        "2025-09-09",
        "Alyssa Grant <alyssa.grant@summitledger.com>",
        "Product Ops @ Summit Ledger",
        "Hi Marisol!\n\nI'd love to get you on the phone this week to chat about the Product Operations Manager "
        "opening. Let's get something on the calendar - do any of these work? Wed 1-3pm, Thu 10-12 MT.\n\nAlyssa "
        "Grant | Recruiter",
        "sl2",
    ),
    (
        "Summit Ledger",
        "onsite",
        "2025-09-18",
        "Summit Ledger via GoodTime <scheduling@goodtime.io>",
        "You're invited: Panel interview with Summit Ledger",
        "MULTI:<html><body><p>Hi Marisol,</p><p>We're excited to move you forward to the next round! Your panel "
        "interview with Summit Ledger is set for <b>Tuesday, September 23, 9:00-11:00 AM MT</b> with Priya (VP "
        "Product), Sam (Support Ops) and Jordan (Engineering).</p><p>Zoom details are in the calendar invite.</p>"
        "</body></html>",
        "sl3",
    ),
    (
        "Summit Ledger",
        "thank_you",
        "2025-09-23",
        _ME,
        "Thank you - panel today",
        "Hi Alyssa,\n\nCould you pass my thanks on to Priya, Sam and Jordan? I really enjoyed the panel this "
        "morning, especially the discussion about ticket deflection.\n\nThanks so much,\nMarisol",
        "sl4",
    ),
    (
        "Summit Ledger",
        "offer",
        "2025-10-01",
        "Alyssa Grant <alyssa.grant@summitledger.com>",
        "Verbal offer recap - Product Operations Manager",
        "Hi Marisol,\n\nSo great talking today! As a recap of what we discussed: base salary of $118,000, 10% "
        "target bonus, 4,000 RSUs over four years, and a start date of October 20. The official paperwork will come "
        "through DocuSign tomorrow.\n\nAlyssa",
        "sl5",
    ),
    (
        "Summit Ledger",
        "accepted",
        "2025-10-03",
        _ME,
        "Re: Verbal offer recap - Product Operations Manager",
        "Hi Alyssa,\n\nJust signed everything in DocuSign - I'm officially on board! Thank you for making this process "
        "so smooth. See you on the 20th.\n\nMarisol",
        "sl5",
    ),
    # Trailhead Outfitters (Workday; still reviewing, then a refusal)
    (
        "Trailhead Outfitters",
        "applied",
        "2025-09-03",
        "Trailhead Outfitters <trailhead@myworkday.com>",
        "Trailhead Outfitters: Application Received",
        "Hi Marisol,\n\nThank you for applying for Customer Experience Operations Lead (JR-2231). We're reviewing "
        "candidates and will reach out if your experience is a match.",
        "to1",
    ),
    (
        "Trailhead Outfitters",
        "reply",
        "2025-09-19",
        "Ben Ortiz <ben.ortiz@trailheadoutfitters.com>",
        "Re: Customer Experience Operations Lead",
        "Hi Marisol,\n\nThanks for hanging in there! The hiring manager is still working through applications and we "
        "hope to have an update for you by the end of next week.\n\nBen",
        "to2",
    ),
    (
        "Trailhead Outfitters",
        "rejected",
        "2025-10-02",
        "Trailhead Outfitters <trailhead@myworkday.com>",
        "Update regarding your application",
        "Hi Marisol,\n\nWe've wrapped up our review for Customer Experience Operations Lead and won't be moving ahead "
        "with your candidacy. We appreciate the time you put into applying.\n\nTrailhead Outfitters Talent Team",
        "to3",
    ),
    # Alpine Analytics (Lever; a Calendly screen; the search paused)
    (
        "Alpine Analytics",
        "applied",
        "2025-09-05",
        "Alpine Analytics <no-reply@hire.lever.co>",
        "Alpine Analytics - we got your application!",
        "Hi Marisol,\n\nThank you for applying to the Product Operations Specialist role at Alpine Analytics. We "
        "review every application personally.\n\nAlpine Analytics",
        "aa1",
    ),
    (
        "Alpine Analytics",
        "screen",
        "2025-09-12",
        "Calendly <notifications@calendly.com>",
        "New Event: Marisol Vega - 09:30am Tue, Sep 16, 2025 - Alpine Analytics Recruiter Screen",
        "Hi Marisol Vega,\n\nA new event has been scheduled.\n\nEvent Type: Alpine Analytics Recruiter Screen\n"
        "Invitee: Marisol Vega\nEvent Date/Time: 09:30am - Tuesday, September 16, 2025 (Mountain Time)\n"
        "Location: Google Meet",
        "aa2",
    ),
    (
        "Alpine Analytics",
        "rejected",
        "2025-09-26",
        "Kara Lind <kara@alpineanalytics.io>",
        "Product Operations Specialist - update",
        "Hi Marisol,\n\nThank you again for your time last week. I wanted to let you know that the team has decided "
        "to pause hiring for this role for the rest of the year, so we're closing out the process for now. I'm "
        "sorry this isn't better news.\n\nKara",
        "aa3",
    ),
    # Bluebird Health (iCIMS; windows-1252; a screen, an interview, a refusal after her follow-up)
    (
        "Bluebird Health",
        "applied",
        "2025-09-08",
        "Bluebird Health Careers <careers-bluebirdhealth@icims.com>",
        "Thank you for applying to Bluebird Health",
        "CP1252:Dear Marisol,\n\nThank you for your interest in Bluebird Health. We’ve received your application for "
        "the Patient Experience Program Manager position – our team will review it carefully.\n\nBluebird Health "
        "Talent Acquisition",
        "bb1",
    ),
    (
        "Bluebird Health",
        "screen",
        "2025-09-15",
        "Rosa Delgado <rdelgado@bluebirdhealth.org>",
        "Phone screen - Patient Experience Program Manager",
        "Hi Marisol,\n\nI'm a talent acquisition partner at Bluebird Health. Would you have 30 minutes on Thursday "
        "for a phone screen? I'll call the number on your resume.\n\nRosa",
        "bb2",
    ),
    (
        "Bluebird Health",
        "interview",
        "2025-09-24",
        "Rosa Delgado <rdelgado@bluebirdhealth.org>",
        "Invitation: Marisol Vega / Bluebird Health - Hiring Manager Interview @ Tue Sep 30, 2025 1pm - 2pm (MDT) "
        "(marisol.vega.cs@gmail.com)",
        "You have been invited to the following event.\n\nMarisol Vega / Bluebird Health - Hiring Manager Interview\n"
        "When: Tue Sep 30, 2025 1pm - 2pm Mountain Time - Denver\nJoining info: meet.google.com/xqb-twpr-kjm\n"
        "Who: Rosa Delgado - organizer, Hannah Brooks, marisol.vega.cs@gmail.com\n\nInvitation from Google Calendar",
        "bb3",
    ),
    (
        "Bluebird Health",
        "follow_up",
        "2025-10-10",
        _ME,
        "Patient Experience Program Manager - next steps?",
        "Hi Rosa,\n\nI hope your week is going well! I'm still really excited about the Patient Experience Program "
        "Manager role and wondered if there's a timeline for next steps.\n\nBest,\nMarisol",
        "bb4",
    ),
    (
        "Bluebird Health",
        "rejected",
        "2025-10-14",
        "Rosa Delgado <rdelgado@bluebirdhealth.org>",
        "Re: Patient Experience Program Manager - next steps?",
        "Hi Marisol,\n\nThank you for checking in, and for your patience. Hannah has decided to move forward with "
        "another finalist whose background is heavier in clinical operations. It was a close call.\n\nRosa",
        "bb4",
    ),
    # Cobalt Circuit (Ashby; an emoji in the subject; a case exercise; she withdraws)
    (
        "Cobalt Circuit",
        "applied",
        "2025-09-10",
        "Cobalt Circuit <no-reply@ashbyhq.com>",
        "🎉 Application received - Cobalt Circuit",
        "Hi Marisol,\n\nThanks for applying to the Support Operations Lead role at Cobalt Circuit! We'll be in "
        "touch soon.\n\nThe Cobalt Circuit Team",
        "cc1",
    ),
    (
        "Cobalt Circuit",
        "interview",
        "2025-09-22",
        "Cobalt Circuit <no-reply@ashbyhq.com>",
        "Next step: Support Ops case exercise",
        "Hi Marisol,\n\nNice work so far! The next stage is a short case exercise: you'll get a messy support "
        "dataset and 48 hours to put together a one-page plan. Instructions are linked below.\n\nThe Cobalt Circuit "
        "Team",
        "cc2",
    ),
    (
        "Cobalt Circuit",
        "withdrew",
        "2025-10-03",
        _ME,
        "Support Operations Lead - withdrawing",
        "Hi Cobalt Circuit team,\n\nI wanted to let you know that I've accepted an offer elsewhere, so please take me "
        "out of the running for the Support Operations Lead role. Thanks for the thoughtful process.\n\nMarisol",
        "cc3",
    ),
    # Peakview Software (Gem outreach answered with an application; a refusal)
    (
        "Peakview Software",
        "applied",
        "2025-09-11",
        "Peakview Software <noreply@smartrecruiters.com>",
        "Your application for Product Operations Analyst",
        "MULTI:<html><body><table><tr><td><p>Dear Marisol,</p><p>Thank you for applying to Peakview Software for the "
        "Product Operations Analyst position. We have received your application.</p></td></tr></table></body>"
        "</html>",
        "pv1",
    ),
    (
        "Peakview Software",
        "rejected",
        "2025-09-29",
        "Peakview Software <noreply@smartrecruiters.com>",
        "Peakview Software - Product Operations Analyst",
        "MULTI:<html><body><p>Dear Marisol,</p><p>Thank you for your interest in Peakview Software. After reviewing "
        "your profile, we've decided not to move forward with your application for this position.</p><p>The "
        "Peakview Talent Team</p></body></html>",
        "pv2",
    ),
    # Mesa Mobility (Jobvite; a screen booked; silence)
    (
        "Mesa Mobility",
        "applied",
        "2025-09-15",
        "Mesa Mobility Recruiting <notification@jobvite.com>",
        "Thank you for your interest in Mesa Mobility",
        "Hello Marisol,\n\nThank you for submitting your application for the Customer Success Operations Manager "
        "position at Mesa Mobility. We will carefully review your qualifications.\n\nMesa Mobility Recruiting",
        "mm1",
    ),
    (
        "Mesa Mobility",
        "screen",
        "2025-09-25",
        "Devon Price <devon.price@mesamobility.com>",
        "Customer Success Operations Manager - let's connect",
        "Hi Marisol,\n\nThanks for applying to Mesa Mobility! I'm the recruiter for our Customer Success Operations "
        "Manager role and I'd like to schedule a quick 25-minute call to learn more about your background. Does "
        "Monday afternoon work?\n\nDevon",
        "mm2",
    ),
    # Front Range Credit Union (Paylocity; a refusal)
    (
        "Front Range Credit Union",
        "applied",
        "2025-09-17",
        "Front Range Credit Union <noreply@paylocity.com>",
        "Application Confirmation",
        "Dear Marisol,\n\nThank you for your application for Member Experience Manager with Front Range Credit Union. "
        "If your qualifications meet our needs, we will contact you.",
        "fr1",
    ),
    (
        "Front Range Credit Union",
        "rejected",
        "2025-10-06",
        "Front Range Credit Union <noreply@paylocity.com>",
        "Member Experience Manager",
        "Dear Marisol,\n\nThank you for your interest in Member Experience Manager. We have selected a candidate "
        "for this position and the requisition is now closed.\n\nFront Range Credit Union Human Resources",
        "fr2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Marisol, Product Operations jobs you may like",
        "job alert",
        "Product Operations Manager - Denver, CO - Easy Apply. See more jobs. Unsubscribe",
    ),
    (
        "Built In Colorado <newsletter@builtincolorado.example>",
        "Colorado's hottest startups are hiring",
        "newsletter",
        "10 companies hiring this week in Denver and Boulder. Unsubscribe",
    ),
    (
        "Cameron Blake <cameron@talentbridge-example.com>",
        "Customer Success leadership - Series B SaaS",
        "cold outreach",
        "Hi Marisol - I'm partnering with a Series B SaaS company looking for a Head of Customer Success. Your "
        "background stood out. Would you be up for a quick call?",
    ),
    (
        "Google Calendar <calendar-notification@google.com>",
        "Notification: Dentist @ Fri Sep 26, 2025 8am - 9am (MDT)",
        "not about an application",
        "This is a reminder for the following event. Dentist. When: Fri Sep 26, 2025 8am - 9am Mountain Time.",
    ),
    (
        "Colorado DMV <noreply@dmv.colorado.gov>",
        "Your application has been received",
        "not a job application",
        "Your application for a vehicle registration renewal has been received.",
    ),
    (
        "REI Co-op <rei@e.rei.com>",
        "Members save 20% this weekend",
        "shop",
        "Our member sale is here. Shop now.",
    ),
    (
        "Nina Vega <nina.vega@icloud.com>",
        "panel tmrw!!",
        "not about an application",
        "You're going to crush the panel tomorrow. Tacos after?",
    ),
    (
        "Indeed <no-reply@indeed.com>",
        "Your application was viewed",
        "application viewed",
        "An employer viewed your application for Customer Success Operations Manager.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives.  A body starting
    "MULTI:" is sent as HTML behind a plain part that only says to view it in a browser; "CP1252:" in windows-1252.
    """
    from mail_score import sent_as, takeout_corpus

    out = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=MARISOL,
        own_to={
            "Summit Ledger": "Alyssa Grant <alyssa.grant@summitledger.com>",
            "Bluebird Health": "Rosa Delgado <rdelgado@bluebirdhealth.org>",
            "Cobalt Circuit": "Cobalt Circuit Recruiting <recruiting@cobaltcircuit.com>",
        },
        offset="-0600",
        clock="10:40:00",
        neg_start="2025-09-04",
        neg_step=5,
        neg_clock="07:05:00",
        tag="thirtythree",
    )
    return sent_as(out)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
