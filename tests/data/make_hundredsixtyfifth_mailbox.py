"""A hundred-and-sixty-fifth mailbox, written as a held-out check after the hundred-and-sixty-fourth (issue #24).

Jasmine, looking for hourly work in Las Vegas, exported Gmail with Takeout.  Hourly hiring writes differently: a
warehouse giant's "select your shift" and "pre-hire appointment", a restaurant chain's chatbot booking an interview,
a casino resort's hiring event, a hotel's hospitality job board, a coffee chain, a big-box store on Workday, and a
local restaurant on a culinary job site.  Negatives: gig-work recruiting ("Drive and earn $1,200"), delivery
promotions, job alerts from hourly job sites, a payday lender, a community digest.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JASMINE = "jasmine.t.rivera@gmail.com"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Amazon",
        "applied",
        "2025-10-01",
        "Amazon Jobs <no-reply@hiring.amazon.com>",
        "Thanks for applying to Amazon",
        "Hi Jasmine,\n\nThanks for applying for the Warehouse Associate role at Amazon in North Las Vegas, NV. Next, "
        "you'll need to schedule your pre-hire appointment, where we'll take your photo and confirm your "
        "documents.\n\nSchedule appointment\n\nAmazon Hiring",
        "am1",
    ),
    (
        "Silver Mesa Resort & Casino",
        "applied",
        "2025-10-02",
        "Silver Mesa Resort & Casino <noreply@harri.com>",
        "Application received: Cocktail Server",
        "Hi Jasmine,\n\nThank you for applying to Cocktail Server at Silver Mesa Resort & Casino! The hiring "
        "manager will review your profile and contact you if you are a fit.\n\nPowered by Harri",
        "sm1",
    ),
    (
        "Burrito Barn",
        "interview",  # (with the hiring manager, SPEC 3.2; first written as "screen")
        "2025-10-02",
        "Ava from Burrito Barn <ava@paradox.ai>",
        "Your interview with Burrito Barn is confirmed",
        "Hi Jasmine! This is Ava, Burrito Barn's virtual hiring assistant. Thanks for applying for Crew Member at "
        "our Henderson location. Your interview with the General Manager is confirmed for Friday, Oct 3 at 2:00 "
        "PM. Reply R to reschedule.",
        "bb1",
    ),
    (
        "Desert Bloom Coffee",
        "applied",
        "2025-10-03",
        "Desert Bloom Coffee Careers <careers@desertbloomcoffee.com>",
        "We got your application!",
        "Hi Jasmine,\n\nThanks for your interest in becoming a barista at Desert Bloom Coffee! We've received your "
        "application for our Summerlin store. A store manager will reach out if there's a match.\n\nBrew good,\n"
        "Desert Bloom Coffee Recruiting",
        "db1",
    ),
    (
        "BigBox Mart",
        "applied",
        "2025-10-03",
        "BigBox Mart <bigboxmart@myworkday.com>",
        "Thank you for applying to BigBox Mart",
        "Dear Jasmine,\n\nThank you for applying to the Seasonal Team Member - Flow position (R-887120) at store "
        "T2215. We will review your application and contact you if selected for an interview.\n\nBigBox Mart "
        "Recruiting",
        "bx1",
    ),
    (
        "Burrito Barn",
        "offer",
        "2025-10-04",
        "Ava from Burrito Barn <ava@paradox.ai>",
        "Welcome to Burrito Barn!",
        "Hi Jasmine! Great news: the General Manager would like to offer you the Crew Member position at our "
        "Henderson location at $16.50/hour. Tap here to review and accept your offer.",
        "bb2",
    ),
    (
        "Silver Mesa Resort & Casino",
        "interview",
        "2025-10-06",
        "Silver Mesa Resort & Casino <noreply@harri.com>",
        "Invitation: Hiring Event - Cocktail Server",
        "Hi Jasmine,\n\nYou're invited to interview at our Food & Beverage hiring event on Thursday, October 9, "
        "9 AM - 1 PM, in the Silver Mesa ballroom. Please bring your resume and Nevada TAM card.\n\nPowered by "
        "Harri",
        "sm2",
    ),
    (
        "Burrito Barn",
        "declined",
        "2025-10-06",
        f"Jasmine Rivera <{JASMINE}>",
        "Re: Welcome to Burrito Barn!",
        "Hi, thank you so much for the offer, but I've decided not to accept it - the schedule doesn't work with my "
        "classes. Sorry and thank you!",
        "bb2",
    ),
    (
        "Sagebrush Kitchen",
        "applied",
        "2025-10-07",
        "Culinary Agents <noreply@culinaryagents.com>",
        "Your application to Sagebrush Kitchen",
        "Hi Jasmine,\n\nYour application for Host at Sagebrush Kitchen (Arts District, Las Vegas) has been sent. "
        "The employer will contact you through Culinary Agents.\n\nGood luck!",
        "sk1",
    ),
    (
        "Amazon",
        "offer",
        "2025-10-08",
        "Amazon Jobs <no-reply@hiring.amazon.com>",
        "Congratulations! Your job offer is ready",
        "Hi Jasmine,\n\nCongratulations! You've completed your pre-hire steps and your contingent job offer for "
        "Warehouse Associate is ready. Your start date is Sunday, October 19. View your offer details in your "
        "application dashboard.\n\nAmazon Hiring",
        "am3",
    ),
    (
        "BigBox Mart",
        "rejected",
        "2025-10-10",
        "BigBox Mart <bigboxmart@myworkday.com>",
        "Update on your application",
        "Dear Jasmine,\n\nThank you for your interest in the Seasonal Team Member - Flow position. We have filled "
        "all openings for this role at store T2215.\n\nBigBox Mart Recruiting",
        "bx2",
    ),
    (
        "Silver Mesa Resort & Casino",
        "rejected",
        "2025-10-14",
        "Silver Mesa Resort & Casino <noreply@harri.com>",
        "Update on your application for Cocktail Server",
        "Hi Jasmine,\n\nThank you for attending our hiring event. The hiring team has decided to move forward with "
        "other candidates for the Cocktail Server position. We encourage you to apply for other openings.\n\n"
        "Powered by Harri",
        "sm3",
    ),
    (
        "Amazon",
        "accepted",
        "2025-10-09",
        f"Jasmine Rivera <{JASMINE}>",
        "Re: Congratulations! Your job offer is ready",
        "Hi, I accepted the offer in the dashboard - just confirming I'll be there October 19 for my first day. "
        "Thank you!",
        "am3",
    ),
    (
        "Desert Bloom Coffee",
        "screen",
        "2025-10-09",
        "Kayla Nguyen <kayla.nguyen@desertbloomcoffee.com>",
        "Barista position - Summerlin",
        "Hi Jasmine! I'm the store manager in Summerlin. I saw your application and would love to do a quick phone "
        "call this week to chat about availability. Does Thursday at 3 work?\n\nKayla",
        "db2",
    ),
    (
        "Desert Bloom Coffee",
        "withdrew",
        "2025-10-09",
        f"Jasmine Rivera <{JASMINE}>",
        "Re: Barista position - Summerlin",
        "Hi Kayla, thank you for reaching out! I actually just accepted a full-time job, so I'll withdraw my "
        "application. Thanks again!",
        "db2",
    ),
]

_OWN_TO = {
    "Burrito Barn": "Ava from Burrito Barn <ava@paradox.ai>",
    "Amazon": "Amazon Jobs <no-reply@hiring.amazon.com>",
    "Desert Bloom Coffee": "Kayla Nguyen <kayla.nguyen@desertbloomcoffee.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (  # (first written as an interview; a pre-hire appointment is paperwork after the choice, no round: the
        # seventy-fourth corpus's decision)
        "Amazon Jobs <no-reply@hiring.amazon.com>",
        "Your pre-hire appointment is scheduled",
        "onboarding",
        "Hi Jasmine,\n\nYour pre-hire appointment is scheduled for Tuesday, October 7 at 10:30 AM at the North Las "
        "Vegas hiring site. Bring two forms of ID for your I-9.\n\nAmazon Hiring",
    ),
    (
        "Uber <uber@uber.com>",
        "Drive with Uber and earn up to $1,200 this week",
        "outreach",
        "Sign up to drive and get a guaranteed earnings offer. Apply in minutes.",
    ),
    (
        "DoorDash <no-reply@doordash.com>",
        "Dash now and earn more",
        "outreach",
        "Become a Dasher: flexible hours, fast pay. Your application takes 5 minutes.",
    ),
    (
        "DoorDash <no-reply@doordash.com>",
        "40% off your next order",
        "shop",
        "Hungry? Get 40% off your next order with code SAVE40.",
    ),
    (
        "Snagajob <alerts@snagajob.com>",
        "New jobs near you: Server, Host, Barista",
        "alert",
        "Server - Bellagio - Las Vegas, NV. Barista - Starbucks - Henderson, NV. Apply now.",
    ),
    (
        "Jobcase <community@jobcase.com>",
        "Your weekly community digest",
        "newsletter",
        "Top posts: How I aced my hiring event interview. 5 tips for your first day.",
    ),
    (
        "Talent.com <alerts@talent.com>",
        "25 new Host jobs in Las Vegas",
        "alert",
        "Host - Caesars - Las Vegas. Host - MGM - Las Vegas. See all jobs.",
    ),
    (
        "QuickCash Loans <offers@quickcashloans.com>",
        "You're pre-approved for $500",
        "other",
        "Congratulations, your application is pre-approved. Get cash today.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Jobs hiring now near you",
        "alert",
        "Warehouse Associate - Amazon - North Las Vegas, NV. Crew Member - Chipotle - Henderson, NV.",
    ),
    (
        "Nevada State Board <noreply@nv.gov>",
        "Your TAM card certificate",
        "other",
        "Thank you for completing Techniques of Alcohol Management. Your certificate is attached.",
    ),
    (
        "Amazon <store-news@amazon.com>",
        "Deals picked for you",
        "shop",
        "Save on back-to-school essentials.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JASMINE,
        own_to=_OWN_TO,
        offset="-0700",
        clock="16:45:00",
        neg_start="2025-09-30",
        neg_step=2,
        neg_clock="09:05:00",
        tag="hundredsixtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
