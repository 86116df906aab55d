"""A thirty-fourth mailbox, written as a held-out check after the thirty-third's fixes (issue #24).

Tasha, a front-desk supervisor in Las Vegas, looks for hotel and restaurant management work and exports Gmail with
Takeout.  Hospitality hiring's mail: Indeed Apply and Indeed Interview, ZipRecruiter, Harri, Workstream, a casino
resort's Taleo, a restaurant group's Paycor, a hotel's own HR writing from a personal-looking address, a staffing
agency's shifts (not an application), open interviews ("walk-in"), "orientation" after an offer; phrasings like
"we'd like to bring you in", "you've been selected to move forward", "this position is no longer available".  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TASHA = "tasha.reynolds702@gmail.com"
_ME = f"Tasha Reynolds <{TASHA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Desert Star Resort & Casino (Taleo; an interview, a second interview, an offer and orientation; accepted)
    (
        "Desert Star Resort & Casino",
        "applied",
        "2025-10-01",
        "Desert Star Resort & Casino <desertstar@taleo.net>",
        "Desert Star Resort & Casino - Job Submission Confirmation",
        "Dear Tasha Reynolds,\n\nThank you for your interest in Desert Star Resort & Casino. This message confirms "
        "that we have received your job submission for Front Office Manager (Req 25-0412).\n\nTeam Member "
        "Recruitment",
        "ds1",
    ),
    (
        "Desert Star Resort & Casino",
        "interview",
        "2025-10-07",
        "Carla Mendez <cmendez@desertstarlv.com>",
        "Front Office Manager - Interview",
        "Hi Tasha,\n\nYou've been selected to move forward for the Front Office Manager position! We'd like to bring "
        "you in to meet with our Director of Rooms on Friday, October 10 at 2:00 PM. Please check in at the Team "
        "Member Entrance on Koval Lane.\n\nCarla Mendez\nTeam Member Recruitment",
        "ds2",
    ),
    (
        "Desert Star Resort & Casino",
        "interview",
        "2025-10-14",
        "Carla Mendez <cmendez@desertstarlv.com>",
        "Second interview - Front Office Manager",
        "Hi Tasha,\n\nThe Director of Rooms enjoyed meeting you! We'd like to schedule a second interview with our "
        "Hotel General Manager next Wednesday at 10:00 AM.\n\nCarla",
        "ds3",
    ),
    (
        "Desert Star Resort & Casino",
        "offer",
        "2025-10-24",
        "Desert Star Resort & Casino <desertstar@taleo.net>",
        "Your Offer from Desert Star Resort & Casino",
        "Dear Tasha,\n\nCongratulations! Desert Star Resort & Casino is pleased to present you with an offer for the "
        "position of Front Office Manager. Please log in to review and accept your offer. Once accepted, you will "
        "receive your orientation date.\n\nTeam Member Recruitment",
        "ds4",
    ),
    (
        "Desert Star Resort & Casino",
        "accepted",
        "2025-10-25",
        _ME,
        "Re: Front Office Manager - Interview",
        "Hi Carla,\n\nI accepted the offer online this morning - thank you so much! Please let me know what I need to "
        "bring to orientation.\n\nTasha",
        "ds2",
    ),
    # Silver Sage Kitchen (Indeed Apply, Indeed Interview; not selected)
    (
        "Silver Sage Kitchen",
        "applied",
        "2025-10-02",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Restaurant Assistant General Manager",
        "Application submitted\n\nRestaurant Assistant General Manager\nSilver Sage Kitchen - Las Vegas, NV 89109\n\n"
        "The employer will reach out to you if they want to move forward.",
        "sk1",
    ),
    (
        "Silver Sage Kitchen",
        "interview",
        "2025-10-06",
        "Indeed <no-reply@indeed.com>",
        "Interview invitation from Silver Sage Kitchen",
        "Silver Sage Kitchen has invited you to an Indeed Interview for Restaurant Assistant General Manager.\n\n"
        "Choose a time that works for you. Indeed Interviews are held over video right on Indeed.",
        "sk2",
    ),
    (
        "Silver Sage Kitchen",
        "rejected",
        "2025-10-17",
        "Indeed <no-reply@indeed.com>",
        "An update on your application to Silver Sage Kitchen",
        "Silver Sage Kitchen has reviewed your application for Restaurant Assistant General Manager and decided not "
        "to move forward at this time. Don't be discouraged - there are more jobs for you on Indeed.",
        "sk3",
    ),
    # Mirage Bay Hotel (its HR from a personal-looking name; walk-in interview; no longer available)
    (
        "Mirage Bay Hotel",
        "applied",
        "2025-10-03",
        _ME,
        "Guest Services Manager application - Tasha Reynolds",
        "Hello,\n\nI'm applying for the Guest Services Manager position posted on your careers page. My resume is "
        "attached; I have six years of front desk experience on the Strip.\n\nThank you,\nTasha Reynolds\n"
        "(702) 555-0142",
        "mb1",
    ),
    (
        "Mirage Bay Hotel",
        "interview",
        "2025-10-08",
        "Gina Russo <gina.russo@miragebayhotel.com>",
        "Re: Guest Services Manager application - Tasha Reynolds",
        "Hi Tasha,\n\nThanks for sending your resume! We're holding open interviews for management positions this "
        "Thursday from 9am to 12pm in the Palm Room - just walk in with a copy of your resume and ask for me.\n\n"
        "Gina Russo\nHR Manager, Mirage Bay Hotel",
        "mb1",
    ),
    (
        "Mirage Bay Hotel",
        "rejected",
        "2025-10-21",
        "Gina Russo <gina.russo@miragebayhotel.com>",
        "Guest Services Manager",
        "Hi Tasha,\n\nIt was great meeting you at the open interviews. Unfortunately this position is no longer "
        "available - we've promoted from within. Please keep an eye on our careers page.\n\nGina",
        "mb2",
    ),
    # Neon Lane Hospitality Group (Harri; an interview booked; she withdraws)
    (
        "Neon Lane Hospitality Group",
        "applied",
        "2025-10-04",
        "Neon Lane Hospitality Group <no-reply@harri.com>",
        "Thanks for applying to Neon Lane Hospitality Group",
        "Hi Tasha,\n\nThanks for applying to the Front Desk Manager position at The Vantage by Neon Lane Hospitality "
        "Group. The hiring manager will review your profile soon.\n\nHarri",
        "nl1",
    ),
    (
        "Neon Lane Hospitality Group",
        "interview",
        "2025-10-09",
        "Neon Lane Hospitality Group <no-reply@harri.com>",
        "Your interview has been booked",
        "Hi Tasha,\n\nYour interview for Front Desk Manager at The Vantage has been booked for Tuesday, October 14 at "
        "11:00 AM with Marcus Lee, Rooms Division Manager.\n\nHarri",
        "nl2",
    ),
    (
        "Neon Lane Hospitality Group",
        "withdrew",
        "2025-10-26",
        _ME,
        "Front Desk Manager - The Vantage",
        "Hi Marcus,\n\nThank you for meeting with me. I've accepted a position with another resort, so I'm "
        "withdrawing my application for Front Desk Manager. I appreciate your time.\n\nTasha Reynolds",
        "nl3",
    ),
    # Cactus Flower Cafe (Workstream; a phone screen; silence and a follow-up)
    (
        "Cactus Flower Cafe",
        "applied",
        "2025-10-05",
        "Cactus Flower Cafe <noreply@workstream.us>",
        "Application received!",
        "Hi Tasha, thanks for applying to be a Shift Manager at Cactus Flower Cafe (Summerlin). We'll text you if "
        "we'd like to set up an interview.",
        "cf1",
    ),
    (
        "Cactus Flower Cafe",
        "screen",
        "2025-10-08",
        "Cactus Flower Cafe <noreply@workstream.us>",
        "Phone interview confirmed",
        "Hi Tasha, your phone interview with Cactus Flower Cafe (Summerlin) is confirmed for Oct 10 at 3:30 PM. The "
        "manager will call you at (702) 555-0142.",
        "cf2",
    ),
    (
        "Cactus Flower Cafe",
        "follow_up",
        "2025-10-20",
        _ME,
        "Shift Manager - Summerlin",
        "Hi,\n\nI had a phone interview for the Shift Manager role on October 10 and just wanted to follow up. I'm "
        "still very interested and available to start right away.\n\nTasha",
        "cf3",
    ),
    # Lucky Horseshoe Steakhouse (ZipRecruiter; an interview; a refusal)
    (
        "Lucky Horseshoe Steakhouse",
        "applied",
        "2025-10-06",
        "ZipRecruiter <noreply@ziprecruiter.com>",
        "You applied to Lucky Horseshoe Steakhouse",
        "Your application for Dining Room Manager at Lucky Horseshoe Steakhouse was sent. We'll let you know when "
        "the employer responds.",
        "lh1",
    ),
    (
        "Lucky Horseshoe Steakhouse",
        "interview",
        "2025-10-13",
        "Lucky Horseshoe Steakhouse via ZipRecruiter <reply-8f3k2@reply.ziprecruiter.com>",
        "Message from Lucky Horseshoe Steakhouse",
        "Hi Tasha, thanks for applying for our Dining Room Manager opening. We'd like to meet you in person - can "
        "you come by the restaurant Thursday at 4pm before dinner service? Ask for Ray.\n\nRay Kowalski, General "
        "Manager",
        "lh2",
    ),
    (
        "Lucky Horseshoe Steakhouse",
        "rejected",
        "2025-10-22",
        "Lucky Horseshoe Steakhouse via ZipRecruiter <reply-8f3k2@reply.ziprecruiter.com>",
        "Message from Lucky Horseshoe Steakhouse",
        "Hi Tasha, thanks for coming in last week. We went with a candidate who has more fine dining experience, but "
        "we enjoyed meeting you. Best of luck!\n\nRay",
        "lh3",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Hotel Manager jobs in Las Vegas, NV",
        "job alert",
        "15 new jobs: Front Office Manager, Guest Services Manager, Hotel Operations Manager. Apply now. Unsubscribe",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Tasha, 10 new jobs near Las Vegas",
        "job alert",
        "Restaurant Manager - $60k - Henderson. Easy apply. Manage alerts",
    ),
    (
        "Shiftly Staffing <shifts@shiftly-example.com>",
        "New shifts available this weekend",
        "newsletter",
        "Banquet server shifts at 3 resorts this weekend. Claim a shift in the app. Unsubscribe",
    ),
    (
        "Derrick Cole <dcole@hospitalityrecruiters-example.com>",
        "Hotel GM opportunity - boutique property",
        "cold outreach",
        "Hi Tasha, I came across your profile and have an Assistant General Manager opportunity at a boutique "
        "property off the Strip. Would you be interested in a quick call?",
    ),
    (
        "Nevada Gaming Control Board <noreply@gaming.nv.gov>",
        "Your application has been received",
        "not a job application",
        "Your application for a gaming work card renewal has been received and is being processed.",
    ),
    (
        "NV Energy <noreply@nvenergy.com>",
        "Your bill is ready",
        "not about an application",
        "Your October bill of $142.18 is ready to view.",
    ),
    (
        "Keisha Reynolds <keishar@yahoo.com>",
        "you got this",
        "not about an application",
        "Good luck at the casino interview today sis!! Call me after",
    ),
    (
        "Hotel Management Weekly <news@hmweekly.example>",
        "Front office trends for 2026",
        "newsletter",
        "This week: mobile check-in, upselling at the desk and interview tips for managers. Unsubscribe",
    ),
    (
        "Indeed <no-reply@indeed.com>",
        "Silver Sage Kitchen viewed your application",
        "application viewed",
        "Silver Sage Kitchen viewed your application for Restaurant Assistant General Manager.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=TASHA,
        own_to={
            "Desert Star Resort & Casino": "Carla Mendez <cmendez@desertstarlv.com>",
            "Mirage Bay Hotel": "Careers <careers@miragebayhotel.com>",
            "Neon Lane Hospitality Group": "Marcus Lee <marcus.lee@thevantagelv.com>",
            "Cactus Flower Cafe": "Cactus Flower Cafe <summerlin@cactusflowercafe.com>",
        },
        offset="-0700",
        clock="12:15:00",
        neg_start="2025-10-01",
        neg_step=3,
        neg_clock="06:30:00",
        tag="thirtyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
