"""A hundred-and-ninety-fifth mailbox, written as a held-out check after the hundred-and-ninety-fourth (issue #24).

Ethan, in Denver, wants a winter on the mountain and a summer in a national park, and exported Gmail with Takeout.
Seasonal hiring writes in its own words: a resort company's Workday ("Winter 25/26"), a "hiring event" with
on-the-spot group interviews, a ski school's on-snow "hiring clinic", a rental shop's owner on a Gmail address named
for the shop, a park concessionaire that "has filled its positions for the season".  The resort company he applies
to also sells him its season pass, and its housing office writes too.  Negatives: pass sales and housing from that
employer, CoolWorks' and Indeed's alerts, a snow forecaster's newsletter, an outdoor shop, a friend.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ETHAN = "ethan.brooks.snow@gmail.com"
ME = f"Ethan Brooks <{ETHAN}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Summit Peak Resorts",
        "applied",
        "2025-09-15",
        "Summit Peak Resorts <summitpeak@myworkday.com>",
        "Thank you for applying to Summit Peak Resorts!",
        "Hi Ethan,\n\nThanks for applying to Summit Peak Resorts! We received your application for Lift Operator - "
        "Breckridge Mountain (Winter 25/26). Our recruiting team reviews applications on a rolling basis and will "
        "reach out if you are selected to move forward.\n\nSee you on the mountain,\nSummit Peak Resorts Talent "
        "Acquisition",
        "s1",
    ),
    (
        "Copper Ridge Mountain",
        "applied",
        "2025-09-16",
        "Copper Ridge Mountain <careers-copperridge@talent.icims.com>",
        "Application Received - Ski & Ride School Instructor",
        "Dear Ethan,\n\nThank you for your interest in the Ski & Ride School Instructor (Winter Seasonal) position "
        "at Copper Ridge Mountain. Your application has been received and will be reviewed by the Ski & Ride "
        "School hiring team.\n\nCopper Ridge Human Resources",
        "c1",
    ),
    (
        "Rocky Mountain Ski Rentals",
        "applied",
        "2025-09-18",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Ski Technician (Seasonal)",
        "Your application has been submitted.\n\nSki Technician (Seasonal)\nRocky Mountain Ski Rentals - Frisco, CO"
        "\n\nGood luck! You can track your applications in My Jobs.\n\nIndeed",
        "r1",
    ),
    (
        "Canyon Rim Lodging Co.",
        "applied",
        "2025-09-22",
        "Canyon Rim Lodging Co. <noreply@recruiting.paylocity.com>",
        "Thank you for applying with Canyon Rim Lodging Co.",
        "Hello Ethan,\n\nThank you for applying with Canyon Rim Lodging Co. for the 2026 Summer Season. We have "
        "received your application for Front Desk Agent - South Rim. Our seasonal recruiting begins in January and "
        "we will contact you if your experience matches our needs.\n\nCanyon Rim Lodging Co. Human Resources",
        "g1",
    ),
    (
        "Rocky Mountain Ski Rentals",
        "interview",
        "2025-09-23",
        "Bo Henley <rockymtnskirentals@gmail.com>",
        "ski tech job",
        "hey Ethan,\n\ngot your application on Indeed. we're hiring techs for the season - can you swing by the shop "
        "Saturday around noon to talk? bring your resume if you have one\n\nBo\nRocky Mountain Ski Rentals\n"
        "Main St, Frisco",
        "r2",
    ),
    (
        "Summit Peak Resorts",
        "interview",
        "2025-09-29",
        "Summit Peak Resorts <summitpeak@myworkday.com>",
        "You're invited: Breckridge Mountain Hiring Event",
        "Hi Ethan,\n\nCongratulations! Based on your application for Lift Operator, you're invited to our "
        "Breckridge Mountain Hiring Event on Saturday, October 11, from 9 AM to 2 PM at the Peak 9 Base Lodge. "
        "Group interviews happen on the spot, and many candidates receive an offer the same day.\n\nPlease RSVP "
        "through your candidate home.\n\nSummit Peak Resorts Talent Acquisition",
        "s2",
    ),
    (
        "Rocky Mountain Ski Rentals",
        "offer",
        "2025-09-29",
        "Bo Henley <rockymtnskirentals@gmail.com>",
        "Re: ski tech job",
        "Ethan - good meeting you Saturday. job's yours if you want it: $19/hr plus tips and a pass voucher, "
        "starting when we open Nov 7. let me know this week.\n\nBo",
        "r2",
    ),
    (
        "Rocky Mountain Ski Rentals",
        "declined",
        "2025-10-02",
        ME,
        "Re: ski tech job",
        "Hi Bo,\n\nThanks a lot for the offer, I really appreciate it. I'm waiting to hear back from a lift job "
        "that comes with housing, so I'm going to say no for now - sorry, and thanks again.\n\nEthan",
        "r2",
    ),
    (
        "Copper Ridge Mountain",
        "interview",
        "2025-10-06",
        "Copper Ridge Ski & Ride School <skischool@copperridgemtn.com>",
        "Instructor Hiring Clinic - November 15-16",
        "Hi Ethan,\n\nThank you for applying to teach with the Copper Ridge Ski & Ride School! We'd like to invite "
        "you to our Instructor Hiring Clinic on November 15-16. You'll ski with our trainers, who will evaluate "
        "your skiing and teaching, and you'll have a short interview with a supervisor. Please register for a slot "
        "and bring your own equipment.\n\nCopper Ridge Ski & Ride School",
        "c2",
    ),
    (
        "Summit Peak Resorts",
        "offer",
        "2025-10-13",
        "Summit Peak Resorts <summitpeak@myworkday.com>",
        "Welcome to Summit Peak Resorts - your offer",
        "Hi Ethan,\n\nIt was great meeting you at the hiring event! We're excited to offer you the position of Lift "
        "Operator at Breckridge Mountain for the Winter 25/26 season at $21.00/hour, with a free Summit Pass. "
        "Please review and accept your offer in your candidate home within 3 days.\n\nSummit Peak Resorts Talent "
        "Acquisition",
        "s3",
    ),
    (
        "Copper Ridge Mountain",
        "withdrew",
        "2025-10-15",
        ME,
        "Hiring clinic - Ethan Brooks",
        "Hi,\n\nI'm registered for the Instructor Hiring Clinic on November 15, but I've accepted a lift operator "
        "job for the season, so please cancel my registration and withdraw my application. Thanks for the "
        "invitation!\n\nEthan Brooks",
        "c3",
    ),
    (
        "Canyon Rim Lodging Co.",
        "rejected",
        "2026-01-20",
        "Canyon Rim Lodging Co. <noreply@recruiting.paylocity.com>",
        "Your application with Canyon Rim Lodging Co.",
        "Hello Ethan,\n\nThank you for your interest in spending the 2026 Summer Season with Canyon Rim Lodging Co. "
        "We have filled our Front Desk Agent positions for the season and are unable to offer you a position at "
        "this time. We encourage you to apply again next year.\n\nCanyon Rim Lodging Co. Human Resources",
        "g2",
    ),
]

_OWN_TO = {
    "Rocky Mountain Ski Rentals": "Bo Henley <rockymtnskirentals@gmail.com>",
    "Copper Ridge Mountain": "Copper Ridge Ski & Ride School <skischool@copperridgemtn.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Summit Peak Resorts <news@summitpeakresorts.com>",
        "Last chance: Summit Pass prices go up Sunday",
        "shop",
        "Lock in the lowest price of the season on the Summit Pass - unlimited skiing at 19 resorts. Buy now.",
    ),
    (
        "CoolWorks <jobs@coolworks.example>",
        "New seasonal jobs: ski resorts and national parks",
        "alert",
        "Lift Operator - Alta Vista Resort - UT\nHousekeeper - Lake Lodge - WY\nSee all new jobs with housing.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Ski Instructor jobs in Frisco, CO",
        "alert",
        "Ski Instructor - Copper Ridge Mountain - Frisco, CO\nSnowboard Instructor - Keystone Flats - Keystone, CO",
    ),
    (
        "OpenSnow <daily@opensnow.example>",
        "Colorado Daily Snow: first flakes this weekend",
        "newsletter",
        "The first storm of the season brings 3-6 inches to the high peaks on Saturday.",
    ),
    (
        "Summit Peak Resorts Employee Housing <housing@summitpeakresorts.com>",
        "Your employee housing application has been received",
        "onboarding",
        "Hi Ethan, we received your employee housing application for the Winter 25/26 season. Housing is assigned "
        "after your hire is complete; we'll email your room assignment in November.",
    ),
    (
        "REI Co-op <rei@email.rei.example>",
        "Ski & snowboard tune-up: 25% off this week",
        "shop",
        "Get your gear ready for the season.",
    ),
    (
        "Summit Peak Resorts <news@summitpeakresorts.com>",
        "Opening day is coming to Breckridge Mountain",
        "newsletter",
        "We're counting down to opening day. Here's what's new this season on the mountain.",
    ),
    (
        "Nate Kowalski <natekowal@gmail.com>",
        "Breck this winter??",
        "personal",
        "dude if you get the lift job we should split a place in town",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ETHAN,
        own_to=_OWN_TO,
        offset="-0600",
        clock="13:05:00",
        neg_start="2025-09-14",
        neg_step=6,
        neg_clock="07:20:00",
        tag="hundredninetyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
