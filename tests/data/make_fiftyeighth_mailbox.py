"""A fifty-eighth mailbox, written as a held-out check after the fifty-seventh's fixes (issue #24).

Luis, a restaurant and retail operations manager in San Diego, exports Gmail with Takeout.  His employers use the
less common tracking systems: ClearCompany, ApplicantPro, Cornerstone (csod.com), TalentReef, Paycor, isolved Hire
and Apploi, each sending as the employer's name from the vendor's domain; a general manager writes from her phone
("Sent from my iPhone"); a "working interview"; an offer by text-like mail he accepts; onboarding through the same
vendor after it.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUIS = "luis.ortega.ops@gmail.com"
_ME = f"Luis Ortega <{LUIS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Pacific Table Group (TalentReef; the GM's phone mail; a working interview; an offer he accepts)
    (
        "Pacific Table Group",
        "applied",
        "2025-08-18",
        "Pacific Table Group <no-reply@talentreef.com>",
        "Thanks for applying with Pacific Table Group!",
        "Hi Luis,\n\nThanks for applying for the General Manager - Little Italy position with Pacific Table Group. A "
        "hiring manager will review your application soon.\n\nPacific Table Group Careers",
        "pt1",
    ),
    (
        "Pacific Table Group",
        "interview",
        "2025-08-21",
        "Dana Whitaker <dwhitaker@pacifictablegroup.com>",
        "GM position",
        "Hi Luis - got your application. Can you come in Tuesday at 3 to sit down with me and our director of "
        "operations? We're at 1650 India St.\n\nSent from my iPhone",
        "pt2",
    ),
    (
        "Pacific Table Group",
        "onsite",
        "2025-08-28",
        "Dana Whitaker <dwhitaker@pacifictablegroup.com>",
        "Re: GM position",
        "Luis - great meeting you. Next step is a working interview: run Friday dinner service with our team, 4-10pm. "
        "Wear black.\n\nSent from my iPhone",
        "pt2",
    ),
    (
        "Pacific Table Group",
        "offer",
        "2025-09-03",
        "Dana Whitaker <dwhitaker@pacifictablegroup.com>",
        "Re: GM position",
        "Luis - we want you! $82k plus quarterly bonus, start 9/15. I'll have HR send the formal letter through "
        "TalentReef. Let me know!\n\nSent from my iPhone",
        "pt2",
    ),
    (
        "Pacific Table Group",
        "accepted",
        "2025-09-03",
        _ME,
        "Re: GM position",
        "Dana - thank you! I accept, and I'm excited to get started on the 15th.\n\nLuis",
        "pt2",
    ),
    # Harborview Hotels (ClearCompany; a phone screen; a refusal)
    (
        "Harborview Hotels",
        "applied",
        "2025-08-19",
        "Harborview Hotels <do-not-reply@clearcompany.com>",
        "Your application to Harborview Hotels",
        "Dear Luis,\n\nThank you for applying to the Food & Beverage Manager position at Harborview Hotels. Our team "
        "is reviewing your application.\n\nHarborview Hotels Talent Team",
        "hh1",
    ),
    (
        "Harborview Hotels",
        "screen",
        "2025-08-25",
        "Harborview Hotels <do-not-reply@clearcompany.com>",
        "Harborview Hotels: Phone Screen Scheduled",
        "Dear Luis,\n\nYour phone screen for Food & Beverage Manager is scheduled for Thursday, August 28 at 10:00 AM "
        "PT. A member of our talent team will call you at the number on your application.\n\nHarborview Hotels Talent "
        "Team",
        "hh2",
    ),
    (
        "Harborview Hotels",
        "rejected",
        "2025-09-02",
        "Harborview Hotels <do-not-reply@clearcompany.com>",
        "Update regarding Food & Beverage Manager",
        "Dear Luis,\n\nThank you for speaking with us. We have decided to move forward with another candidate for the "
        "Food & Beverage Manager role.\n\nHarborview Hotels Talent Team",
        "hh3",
    ),
    # Coastline Outfitters (ApplicantPro; a refusal)
    (
        "Coastline Outfitters",
        "applied",
        "2025-08-20",
        "Coastline Outfitters <noreply@applicantpro.com>",
        "Application Received - Store Manager",
        "Luis,\n\nThank you for your interest in the Store Manager position with Coastline Outfitters. Your "
        "application has been received.\n\nCoastline Outfitters",
        "co1",
    ),
    (
        "Coastline Outfitters",
        "rejected",
        "2025-09-05",
        "Coastline Outfitters <noreply@applicantpro.com>",
        "Store Manager - Application Status",
        "Luis,\n\nThank you for applying for the Store Manager position. While your background is impressive, we have "
        "chosen to pursue other applicants at this time.\n\nCoastline Outfitters",
        "co2",
    ),
    # Mesa Grocers (Cornerstone; an interview; he withdraws)
    (
        "Mesa Grocers",
        "applied",
        "2025-08-22",
        "Mesa Grocers Careers <mesagrocers@csod.com>",
        "Thank you for applying - Assistant Store Director",
        "Dear Luis Ortega,\n\nThank you for applying for Assistant Store Director (Req. 7731) at Mesa Grocers. We will "
        "contact you if your qualifications match our needs.\n\nMesa Grocers Talent Acquisition",
        "mg1",
    ),
    (
        "Mesa Grocers",
        "interview",
        "2025-08-29",
        "Brenda Yu <brenda.yu@mesagrocers.com>",
        "Interview - Assistant Store Director",
        "Hi Luis,\n\nThe district manager would like to interview you for the Assistant Store Director role on "
        "Wednesday, September 3 at our Clairemont store. Does 10:00 AM work?\n\nBrenda Yu\nTalent Acquisition",
        "mg2",
    ),
    (
        "Mesa Grocers",
        "withdrew",
        "2025-09-04",
        _ME,
        "Re: Interview - Assistant Store Director",
        "Hi Brenda,\n\nThank you for the opportunity. I've accepted a general manager position, so I'd like to withdraw "
        "my application. I appreciate your time.\n\nLuis",
        "mg2",
    ),
    # Sunset Fitness (Paycor; applied, ghosted) and Bayfront Retail (isolved; applied, refused)
    (
        "Sunset Fitness",
        "applied",
        "2025-08-23",
        "Sunset Fitness <noreply@paycor.com>",
        "Thank you for your application",
        "Hi Luis,\n\nThank you for applying to Club Operations Manager at Sunset Fitness. We have received your "
        "application.\n\nSunset Fitness Recruiting",
        "sf1",
    ),
    (
        "Bayfront Retail",
        "applied",
        "2025-08-25",
        "Bayfront Retail <donotreply@isolvedhire.com>",
        "Bayfront Retail: We received your application",
        "Hello Luis,\n\nWe received your application for District Operations Manager. Thank you for your interest in "
        "Bayfront Retail!\n\nBayfront Retail HR",
        "br1",
    ),
    (
        "Bayfront Retail",
        "rejected",
        "2025-09-08",
        "Bayfront Retail <donotreply@isolvedhire.com>",
        "Bayfront Retail: Application Update",
        "Hello Luis,\n\nThank you for your interest in District Operations Manager. The position has been filled. We "
        "encourage you to apply for future openings.\n\nBayfront Retail HR",
        "br2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Pacific Table Group <no-reply@talentreef.com>",
        "Complete your new hire paperwork",
        "onboarding",
        "Hi Luis,\n\nWelcome to Pacific Table Group! Please log in to complete your I-9, W-4 and direct deposit forms "
        "before your first day.\n\nPacific Table Group HR",
    ),
    (
        "Apploi <jobs@apploi.com>",
        "New hospitality jobs near you",
        "alert",
        "Restaurant General Manager - San Diego, CA\nHotel Operations Manager - La Jolla, CA\nApply in one click",
    ),
    (
        "Culinary Agents <hello@culinaryagents.com>",
        "Jobs you might like this week",
        "alert",
        "Executive Chef - North Park\nGeneral Manager - Gaslamp\nView jobs",
    ),
    (
        "Marcus Bell <marcus@hospitalitysearchpartners.com>",
        "GM opportunity - upscale steakhouse",
        "outreach",
        "Hi Luis, I'm a recruiter with Hospitality Search Partners and came across your profile. I'm working on a GM "
        "search for an upscale steakhouse downtown. Open to a confidential conversation?",
    ),
    (
        "Nation's Restaurant News <newsletter@nrn.com>",
        "Labor costs, menu trends and more",
        "newsletter",
        "This week in the restaurant industry. Unsubscribe",
    ),
    (
        "Rosa Ortega <rosa.ortega62@yahoo.com>",
        "felicidades mijo",
        "personal",
        "Tu papá me dijo de tu nuevo trabajo!! Estamos muy orgullosos. Ven a comer el domingo.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LUIS,
        own_to={
            "Pacific Table Group": "Dana Whitaker <dwhitaker@pacifictablegroup.com>",
            "Mesa Grocers": "Brenda Yu <brenda.yu@mesagrocers.com>",
        },
        offset="-0700",
        clock="16:20:00",
        neg_start="2025-09-04",
        neg_step=3,
        neg_clock="06:50:00",
        tag="fiftyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
