"""A four-hundredth mailbox, written as a held-out check after the three-hundred-and-ninety-ninth (issue #24).

Sam, a data and analytics engineer in Seattle, keeps his search in Gmail and exports it with Takeout.  Mostly
tracking systems, written the way their default templates read: Greenhouse's "we received your application for
Senior Backend Engineer, and we are delighted that you would consider joining our team", Lever's "we've decided to
pursue other candidates whose experience more closely aligns", Workday's "Thank you for applying for the position of
Clinical Data Analyst (R-204417) with Oakridge Health", SmartRecruiters, iCIMS's "This email confirms receipt",
Ashby's "Your interview with Lumen Atelier has been scheduled", NEOGOV; a recruiter's Google Calendar invitation
("Invitation: Phone Screen - Sam Rivera <> Norbit @ Tue Oct 14, 2025 10am - 10:30am (PDT)"), a Calendly booking, a
DocuSign envelope for an offer letter, a background check; his own acceptance, a withdrawal and two declines.
Negatives: job alerts, LinkedIn's "viewed your application" and "you appeared in searches", cold outreach, a
newsletter, a meetup, receipts and a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SAM = "sam.rivera.data@gmail.com"
ME = f"Sam Rivera <{SAM}>"
PRIYA = "Priya Shah <priya.shah@norbit.io>"
JORDAN = "Jordan Blake <jordan.blake@quillsoft.example>"
NADIA = "Nadia Osei <nadia.osei@verityanalytics.example>"
MARCO = "Marco Li <marco@lumenatelier.example>"
CASCADIA = "Cascadia Utilities <recruiting@cascadiautil.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Brightwave",
        "applied",
        "2025-10-01",
        "Brightwave Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightwave",
        "Hi Sam,\n\nThanks for your interest in Brightwave! We wanted to let you know we received your application for "
        "Senior Backend Engineer, and we are delighted that you would consider joining our team.\n\nOur team will "
        "review your application and will be in touch if your qualifications match our needs for the role.\n\nBest,\n"
        "Brightwave Talent",
        "t-bw",
    ),
    (
        "Halcyon Labs",
        "applied",
        "2025-10-02",
        "Halcyon Labs <no-reply@hire.lever.co>",
        "Thank you for your application to Halcyon Labs",
        "Hi Sam,\n\nThank you for applying to the Data Scientist position at Halcyon Labs. Our team is reviewing your "
        "application and will reach out if there is a fit.\n\nThe Halcyon Labs Team",
        "t-hl",
    ),
    (
        "Lumen Atelier",
        "applied",
        "2025-10-02",
        "Lumen Atelier <no-reply@ashbyhq.com>",
        "Thanks for applying to Lumen Atelier",
        "Hi Sam,\n\nThanks for applying to the Product Designer role at Lumen Atelier. We review every application "
        "carefully and will get back to you as soon as we can.\n\nLumen Atelier",
        "t-la",
    ),
    (
        "Norbit",
        "applied",
        "2025-10-03",
        "Norbit <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Norbit!",
        "Hi Sam,\n\nThank you for your interest in Norbit! We've received your application for Analytics Engineer and "
        "will review it shortly.\n\nNorbit Recruiting",
        "t-nb",
    ),
    (
        "Tidewater Bank",
        "applied",
        "2025-10-03",
        "no-reply@icims.com",
        "Tidewater Bank: Thank you for your application",
        "Thank you for your interest in Tidewater Bank! This email confirms receipt of your application for Credit "
        "Risk Analyst (Req 2025-3381).",
        "t-tb",
    ),
    (
        "Pomelo",
        "applied",
        "2025-10-03",
        "Pomelo <talent@pomelo.example>",
        "Thanks for applying!",
        "Hey Sam - thanks for applying to be our Growth Marketer! We read every application and will get back to you "
        "within two weeks either way.\n\nTeam Pomelo",
        "t-po",
    ),
    (
        "Oakridge Health",
        "applied",
        "2025-10-04",
        "Workday <oakridgehealth@myworkday.com>",
        "We've received your application",
        "Dear Sam,\n\nThank you for applying for the position of Clinical Data Analyst (R-204417) with Oakridge "
        "Health. We've received your application and our team is reviewing your qualifications.\n\nYou can track the "
        "status of your application on our candidate home page.\n\nOakridge Health Talent Acquisition",
        "t-oh",
    ),
    (
        "Fenwick & Ray",
        "applied",
        "2025-10-05",
        "Fenwick & Ray <notifications@smartrecruiters.com>",
        "Your application for Financial Analyst",
        "Dear Sam,\n\nThank you for your application for the position of Financial Analyst at Fenwick & Ray. We will "
        "review your profile and contact you if your skills match our requirements.\n\nKind regards,\nFenwick & Ray "
        "Recruitment",
        "t-fr",
    ),
    (
        "Cascadia Utilities",
        "applied",
        "2025-10-05",
        "Cascadia Utilities <noreply@governmentjobs.com>",
        "Cascadia Utilities - Application Received",
        "Dear Sam Rivera,\n\nThank you for applying for Grid Planning Engineer with Cascadia Utilities. Your "
        "application was received on 10/05/2025. You may check the status of your application at any time by logging "
        "into your account.",
        "t-cu",
    ),
    (
        "Quillsoft",
        "screen",
        "2025-10-06",
        JORDAN,
        "Quick chat?",
        "Hi Sam,\n\nThanks for applying for the Support Engineer role at Quillsoft. I'd love to set up a 20-minute "
        "intro call to learn more about you and tell you about the team. Does Thursday or Friday afternoon work?\n\n"
        "Jordan Blake\nTalent Partner, Quillsoft",
        "t-qs",
    ),
    (
        "Quillsoft",
        "skip",
        "2025-10-07",
        "Calendly <notifications@calendly.com>",
        "New Event: Jordan Blake - 20 Minute Intro Call - Quillsoft",
        "Hi Sam,\n\nA new event has been scheduled.\n\nEvent Type: 20 Minute Intro Call - Quillsoft\nInvitee: Sam "
        "Rivera\nEvent Date/Time: 02:00pm - Thursday, October 9, 2025 (Pacific Time)\nLocation: Google Meet",
        "t-qs-cal",
    ),
    (
        "Verity Analytics",
        "applied",
        "2025-10-07",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sam, your application was sent to Verity Analytics",
        "Your application was sent to Verity Analytics\n\nAnalytics Engineer\nVerity Analytics - Austin, TX "
        "(Remote)\nApplied on October 7, 2025",
        "t-va-li",
    ),
    (
        "Corvane Logistics",
        "applied",
        "2025-10-08",
        "Indeed <indeedapply@indeed.com>",
        "Application submitted: Warehouse Supervisor",
        "Your application has been submitted\n\nWarehouse Supervisor\nCorvane Logistics - Reno, NV\n\nGood luck! "
        "Here's what happens next: the employer will review your application.",
        "t-cl",
    ),
    (
        "Norbit",
        "screen",
        "2025-10-08",
        "Google Calendar <calendar-notification@google.com>",
        "Invitation: Phone Screen - Sam Rivera <> Norbit @ Tue Oct 14, 2025 10am - 10:30am (PDT) "
        "(sam.rivera.data@gmail.com)",
        "Priya Shah has invited you to an event.\n\nPhone Screen - Sam Rivera <> Norbit\nWhen: Tuesday Oct 14, 2025 "
        "10am - 10:30am (PDT)\nJoining info: Join with Google Meet meet.google.com/abc-defg-hij\n\nOrganizer: "
        "priya.shah@norbit.io\nGuests: sam.rivera.data@gmail.com\n\nGoing (sam.rivera.data@gmail.com)?  Yes - Maybe "
        "- No",
        "t-nb-cal",
    ),
    (
        "Halcyon Labs",
        "rejected",
        "2025-10-09",
        "Halcyon Labs <no-reply@hire.lever.co>",
        "Halcyon Labs - Data Scientist",
        "Hi Sam,\n\nThank you for your interest in Halcyon Labs. After reviewing your background, we've decided to "
        "pursue other candidates whose experience more closely aligns with the needs of the role at this time.\n\nWe "
        "appreciate you taking the time to apply and wish you the best of luck.\n\nThe Halcyon Labs Team",
        "t-hl",
    ),
    (
        "Northgate",
        "rejected",
        "2025-10-12",
        "Northgate Careers <careers@northgate.example>",
        "We're not moving forward",
        "Hi Sam,\n\nThanks so much for your application for the Customer Success Manager role. Unfortunately, we won't "
        "be moving forward with your application at this time. We'll keep your resume on file for future openings.\n\n"
        "Northgate",
        "t-ng",
    ),
    (
        "Lumen Atelier",
        "interview",
        "2025-10-13",
        "Lumen Atelier <no-reply@ashbyhq.com>",
        "Your interview with Lumen Atelier has been scheduled",
        "Hi Sam,\n\nYour interview for the Product Designer role has been confirmed.\n\nPortfolio Review with Dana "
        "Kim and Marco Li\nThursday, October 16, 2025 at 1:00 PM PDT (60 min)\nZoom: https://zoom.us/j/123\n\nNeed "
        "to reschedule? Reply to this email.",
        "t-la-int",
    ),
    (
        "Cascadia Utilities",
        "interview",
        "2025-10-14",
        CASCADIA,
        "Interview Confirmation",
        "Dear Sam,\n\nThis is to confirm your interview for the position of Grid Planning Engineer on Monday, October "
        "20 at 9:00 AM at our Bellevue office, 500 Main Street, 4th floor. Please check in at reception and bring "
        "photo ID.\n\nCascadia Utilities Human Resources",
        "t-cu-int",
    ),
    (
        "Norbit",
        "interview",
        "2025-10-15",
        PRIYA,
        "Norbit <> Sam - next steps",
        "Hi Sam,\n\nGreat speaking with you yesterday! I'm happy to share that the team would like to move you forward "
        "to the technical round: a 60-minute pairing session with two of our engineers. I'll send over a few time "
        "options shortly.\n\nPriya\nRecruiting @ Norbit",
        "t-nb-p",
    ),
    (
        "Verity Analytics",
        "interview",
        "2025-10-16",
        "Verity Analytics <careers@verityanalytics.example>",
        "Verity Analytics | Analytics Engineer | Take-home exercise",
        "Hi Sam,\n\nThanks for your time with Ana last week. The next step is a short take-home exercise; you'll find "
        "the brief attached. Please return it within five days.\n\nVerity Analytics Recruiting",
        "t-va",
    ),
    (
        "Pomelo",
        "rejected",
        "2025-10-17",
        "Talent @ Pomelo <talent@pomelo.example>",
        "Pomelo application",
        "Hi Sam,\n\nWe really appreciate your interest in Pomelo. Unfortunately, we've filled the Growth Marketer "
        "position with another candidate. We'd love for you to keep an eye on our careers page.\n\nPomelo Talent",
        "t-po2",
    ),
    (
        "Oakridge Health",
        "rejected",
        "2025-10-18",
        "Oakridge Health <oakridgehealth@myworkday.com>",
        "Update on your application - Clinical Data Analyst",
        "Dear Sam,\n\nThank you for your interest in the Clinical Data Analyst (R-204417) position. We have reviewed "
        "your application and have decided to move forward with other candidates at this time.\n\nWe encourage you to "
        "continue exploring opportunities at Oakridge Health.",
        "t-oh2",
    ),
    (
        "Brightwave",
        "rejected",
        "2025-10-20",
        "Brightwave Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your application to Brightwave",
        "Hi Sam,\n\nThank you again for applying to the Senior Backend Engineer role. We had many strong applicants and "
        "have decided to move ahead with candidates whose backgrounds are a closer fit for what the team needs right "
        "now.\n\nWe'll hold on to your details and may reach out about future roles.\n\nBrightwave Talent",
        "t-bw2",
    ),
    (
        "Quillsoft",
        "withdrew",
        "2025-10-21",
        ME,
        "Re: Quick chat?",
        "Hi Jordan,\n\nThanks again for the call. I wanted to let you know that I've decided to focus on analytics "
        "roles and would like to withdraw my application for the Support Engineer role. Thank you for your time.\n\n"
        "Sam",
        "t-qs",
    ),
    (
        "Tidewater Bank",
        "rejected",
        "2025-10-22",
        "Tidewater Bank Careers <careers@tidewaterbank.example>",
        "Application Status Update",
        "Dear Sam,\n\nWe appreciate your interest in the Credit Risk Analyst position. The position has been filled "
        "and we are no longer accepting applications for this requisition.\n\nTidewater Bank Talent Acquisition",
        "t-tb2",
    ),
    (
        "Verity Analytics",
        "onsite",
        "2025-10-23",
        "Verity Analytics <careers@verityanalytics.example>",
        "Final round - Verity Analytics",
        "Hi Sam,\n\nGreat work on the exercise! We'd like to invite you to our final round: four conversations over "
        "Zoom on Tuesday, October 28 with the team, including our VP of Data.\n\nVerity Analytics Recruiting",
        "t-va",
    ),
    (
        "Cascadia Utilities",
        "offer",
        "2025-10-24",
        CASCADIA,
        "Conditional offer of employment",
        "Dear Sam,\n\nWe are pleased to offer you the position of Grid Planning Engineer, contingent on the successful "
        "completion of a background check. Your starting salary will be $104,000.\n\nCascadia Utilities Human "
        "Resources",
        "t-cu-off",
    ),
    (
        "Norbit",
        "rejected",
        "2025-10-24",
        PRIYA,
        "Re: Norbit <> Sam - next steps",
        "Hi Sam,\n\nThank you for the time you spent with Lena and Tom on Monday. The team has decided not to proceed "
        "to the next stage; it was a close call, and they enjoyed the session.\n\nI'll keep you in mind for future "
        "openings.\n\nPriya",
        "t-nb-p",
    ),
    (
        "Lumen Atelier",
        "offer",
        "2025-10-27",
        MARCO,
        "Offer - Product Designer",
        "Hi Sam,\n\nOn behalf of everyone at Lumen Atelier, I'm thrilled to let you know we'd like you to join us as "
        "our Product Designer. Dana will send the formal letter through DocuSign today; the headline numbers are $128k "
        "base plus equity.\n\nMarco",
        "t-la-off",
    ),
    (
        "Lumen Atelier",
        "skip",
        "2025-10-27",
        "Dana Kim via DocuSign <dse_na3@docusign.net>",
        "Please DocuSign: Sam Rivera - Offer Letter - Lumen Atelier",
        "Dana Kim sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nDana Kim\ndana@lumenatelier.example"
        "\n\nHi Sam, please review and sign your offer letter. Welcome aboard!",
        "t-la-ds",
    ),
    (
        "Verity Analytics",
        "offer",
        "2025-10-29",
        NADIA,
        "Verity Analytics - Offer",
        "Hi Sam,\n\nI am delighted to extend a verbal offer for the Analytics Engineer role! I'd love to walk you "
        "through the details on a call today. The written offer will follow.\n\nNadia",
        "t-va-off",
    ),
    (
        "Verity Analytics",
        "accepted",
        "2025-10-30",
        ME,
        "Re: Verity Analytics - Offer",
        "Hi Nadia,\n\nI'm thrilled to accept! I've signed the letter and sent it back. Looking forward to starting on "
        "November 17.\n\nSam",
        "t-va-off",
    ),
    (
        "Lumen Atelier",
        "declined",
        "2025-10-30",
        ME,
        "Re: Offer - Product Designer",
        "Hi Marco,\n\nThank you so much for the offer and for the time everyone spent with me. After a lot of thought "
        "I've decided to accept another role, so I must respectfully decline. I hope our paths cross again.\n\nSam",
        "t-la-off",
    ),
    (
        "Cascadia Utilities",
        "declined",
        "2025-10-31",
        ME,
        "Re: Conditional offer of employment",
        "Dear hiring team,\n\nThank you for the offer for the Grid Planning Engineer position. I have accepted another "
        "position and will not be moving forward with the offer. I appreciate your time.\n\nSam Rivera",
        "t-cu-off",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Verity Analytics",
        "viewed",
        "Verity Analytics viewed your application for Analytics Engineer.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"analytics engineer": 24 new jobs in Seattle',
        "alert",
        "Analytics Engineer - Zillow. Data Engineer II - Expedia. Senior Analytics Engineer - Remitly. See all jobs.",
    ),
    (
        "Alex Thompson <alex@growthventures.example>",
        "Opportunity at Growth Ventures - Senior Developer",
        "outreach",
        "Hi there,\n\nI came across your profile and was impressed by your experience with dbt and Snowflake. We have an "
        "exciting opportunity at Growth Ventures that I think would be a great fit. Would you be interested in a quick "
        "call?\n\nAlex Thompson\nTechnical Recruiter",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 9 searches this week",
        "notification",
        "Recruiters from Amazon and Tableau found you. See who's looking.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Data Analyst jobs near Seattle, WA",
        "alert",
        "Data Analyst - King County. Business Intelligence Analyst - Nordstrom. Apply now.",
    ),
    (
        "Locally Optimistic <newsletter@locallyoptimistic.example>",
        "This month in analytics",
        "newsletter",
        "Metrics layers, the analytics engineer's job interview, and a salary survey.",
    ),
    (
        "Seattle Data Meetup <info@meetup.example>",
        "New event: dbt in production - RSVP now",
        "newsletter",
        "Join us on October 22 at the Fremont office. Pizza provided.",
    ),
    (
        "HireRight <noreply@hireright.com>",
        "Cascadia Utilities has requested a background check",
        "other",
        "Cascadia Utilities has requested that you complete a background screening as part of your employment process. "
        "Please click the link below to begin.",
    ),
    (
        "Amazon.com <shipment-tracking@amazon.example>",
        "Your package has shipped",
        "shop",
        "Your order of USB-C Hub has shipped.",
    ),
    (
        "Chase <no.reply.alerts@chase.example>",
        "Your statement is ready",
        "other",
        "Your October statement is available online.",
    ),
    (
        "Maya Rivera <maya.rivera@gmail.example>",
        "thanksgiving plans",
        "personal",
        "Are you flying in Wednesday or Thursday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import no_step, takeout_corpus

    return no_step(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=SAM,
            own_to={
                "Quillsoft": JORDAN,
                "Verity Analytics": NADIA,
                "Lumen Atelier": MARCO,
                "Cascadia Utilities": CASCADIA,
            },
            offset="-0700",
            clock="10:40:00",
            neg_start="2025-10-01",
            neg_step=3,
            neg_clock="19:05:00",
            tag="fourhundred",
        ),
        kind="other",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
