"""A hundred-and-twenty-first mailbox, written as a held-out check after the hundred-and-twentieth (issue #24).

Jordan, a product analyst in Denver, exports Gmail with Takeout.  The mail is as the big tracking systems send it:
Workday, Greenhouse, Lever, iCIMS, Ashby, SmartRecruiters, Taleo and Workable write multipart mail with an HTML part
(some base64, some quoted-printable), LinkedIn and Indeed relay two applications, and people answer in threads.  Her
negatives outnumber the steps: job alerts that name the companies she applied to, "viewed your profile", a candidate
account to create, a talent community's welcome, a site's interview questions for a company she is interviewing with,
agencies' outreach, newsletters, receipts.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.ellis.co@gmail.com"
_ME = f"Jordan Ellis <{JORDAN}>"
_KAYLA = "Kayla Brooks <kayla.brooks@trailheadoutfitters.com>"
_MARCO = "Marco Diaz <marco@larkspurmedia.co>"
_NADIA = "Nadia Shah <nadia.shah@bluesprucehealth.org>"
_PINE = "Pinecrest Software <no-reply@ashbyhq.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Summitview Bank (Workday: a no)
    (
        "Summitview Bank",
        "applied",
        "2025-09-02",
        "Summitview Bank <summitviewbank@myworkday.com>",
        "Thank you for applying to Summitview Bank",
        "Dear Jordan Ellis,\n\nThank you for your interest in Summitview Bank. We have received your application for "
        "Product Analyst II (JR-40817). Our talent acquisition team will review your qualifications.\n\nYou can "
        "check the status of your application at any time by signing in to your candidate home.",
        "sb1",
    ),
    (
        "Summitview Bank",
        "rejected",
        "2025-09-19",
        "Summitview Bank <summitviewbank@myworkday.com>",
        "Your application for Product Analyst II",
        "Dear Jordan Ellis,\n\nThank you for applying for the Product Analyst II position. After reviewing your "
        "application, we have decided to move forward with other candidates whose experience more closely matches "
        "our current needs.\n\nWe encourage you to explore other opportunities at Summitview Bank.",
        "sb2",
    ),
    # Trailhead Outfitters (Greenhouse; a recruiter, the hiring manager, a final round, an offer, yes)
    (
        "Trailhead Outfitters",
        "applied",
        "2025-09-03",
        "Trailhead Outfitters <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Trailhead Outfitters",
        "Hi Jordan,\n\nThanks for your interest in Trailhead Outfitters! We've received your application for Senior "
        "Product Analyst and our team is reviewing it now.\n\nTrailhead Outfitters Recruiting",
        "th1",
    ),
    (
        "Trailhead Outfitters",
        "screen",
        "2025-09-10",
        _KAYLA,
        "Trailhead Outfitters - Senior Product Analyst",
        "Hi Jordan,\n\nI'm a recruiter at Trailhead and would love to set up a 30-minute call to learn more about you "
        "and share more about the Senior Product Analyst role. Do any of these times work: Thursday 10am or Friday "
        "1pm MT?\n\nKayla Brooks\nTalent Acquisition | Trailhead Outfitters",
        "th2",
    ),
    (
        "Trailhead Outfitters",
        "interview",
        "2025-09-16",
        _KAYLA,
        "Re: Trailhead Outfitters - Senior Product Analyst",
        "Hi Jordan,\n\nGreat chatting with you! Next up is a 45-minute interview with Ben Carter, our Director of "
        "Analytics. I'll send a calendar invite for Tuesday at 11am MT.\n\nKayla",
        "th2",
    ),
    (
        "Trailhead Outfitters",
        "thank_you",
        "2025-09-23",
        _ME,
        "Thank you - Senior Product Analyst",
        "Hi Kayla,\n\nThank you for setting up my conversation with Ben today. I enjoyed hearing about the "
        "experimentation roadmap and I'm very excited about the role.\n\nBest,\nJordan",
        "th3",
    ),
    (
        "Trailhead Outfitters",
        "onsite",
        "2025-09-29",
        _KAYLA,
        "Final round - Trailhead Outfitters",
        "Hi Jordan,\n\nBen and the team would like to move you to our final round: three back-to-back interviews "
        "(product sense, SQL, and a conversation with our VP of Product) at our Denver office on October 7.\n\nKayla",
        "th4",
    ),
    (
        "Trailhead Outfitters",
        "offer",
        "2025-10-14",
        _KAYLA,
        "Offer - Senior Product Analyst",
        "Hi Jordan,\n\nI'm thrilled to share that we'd like to offer you the Senior Product Analyst position! Your "
        "offer letter is attached. Happy to walk you through the details - when works for a call?\n\nKayla",
        "th5",
    ),
    (
        "Trailhead Outfitters",
        "accepted",
        "2025-10-17",
        _ME,
        "Re: Offer - Senior Product Analyst",
        "Hi Kayla,\n\nI'm delighted to accept the offer! I've signed and returned the letter. Looking forward to "
        "starting on November 3.\n\nJordan",
        "th5",
    ),
    # Aspen Data Co (Lever: a wait, then a no)
    (
        "Aspen Data Co",
        "applied",
        "2025-09-04",
        "Aspen Data Co <no-reply@hire.lever.co>",
        "Thank you for your application to Aspen Data Co",
        "Hi Jordan,\n\nThank you for your interest in Aspen Data Co! We wanted to let you know we received your "
        "application for Product Analyst, and we are delighted that you would consider joining our team.",
        "ad1",
    ),
    (
        "Aspen Data Co",
        "reply",
        "2025-09-25",
        "Aspen Data Co <no-reply@hire.lever.co>",
        "Update on your Aspen Data Co application",
        "Hi Jordan,\n\nWe wanted to give you a quick update: your application is still under review, and we expect to "
        "reach a decision in the next two weeks. Thank you for your patience.",
        "ad2",
    ),
    (
        "Aspen Data Co",
        "rejected",
        "2025-10-09",
        "Aspen Data Co <no-reply@hire.lever.co>",
        "Your application to Aspen Data Co",
        "Hi Jordan,\n\nThank you again for your interest in Aspen Data Co. After careful review, we've decided not to "
        "move forward with your application for Product Analyst at this time.\n\nWe wish you the best in your search.",
        "ad3",
    ),
    # Copperline Energy (iCIMS: no answer)
    (
        "Copperline Energy",
        "applied",
        "2025-09-05",
        "Copperline Energy <donotreply@icims.com>",
        "Copperline Energy: Application Received",
        "Dear Jordan,\n\nThank you for your interest in career opportunities with Copperline Energy. We have received "
        "your application for Business Analyst - Customer Insights (Req 2025-3312).",
        "ce1",
    ),
    # Blue Spruce Health (Ashby; a screen, her thanks, a no)
    (
        "Blue Spruce Health",
        "applied",
        "2025-09-08",
        "Blue Spruce Health <no-reply@ashbyhq.com>",
        "Thanks for applying to Blue Spruce Health!",
        "Hi Jordan,\n\nThanks for applying to Blue Spruce Health! We've received your application for Product "
        "Analyst, Care Navigation, and will reach out if there's a fit.",
        "bs1",
    ),
    (
        "Blue Spruce Health",
        "screen",
        "2025-09-15",
        _NADIA,
        "Blue Spruce Health - intro call",
        "Hi Jordan,\n\nThanks for applying! I'd like to schedule a 20-minute phone screen to talk through your "
        "background. Here's my calendar: calendly.com/nadia-bsh/20min\n\nNadia Shah\nRecruiter, Blue Spruce Health",
        "bs2",
    ),
    (
        "Blue Spruce Health",
        "thank_you",
        "2025-09-18",
        _ME,
        "Re: Blue Spruce Health - intro call",
        "Hi Nadia,\n\nThanks so much for the call this morning - I enjoyed learning about the care navigation team.\n\n"
        "Best,\nJordan",
        "bs2",
    ),
    (
        "Blue Spruce Health",
        "rejected",
        "2025-09-30",
        "Blue Spruce Health <no-reply@ashbyhq.com>",
        "Update on your Blue Spruce Health application",
        "Hi Jordan,\n\nThank you for taking the time to speak with our team. We've decided to move forward with "
        "candidates whose experience more closely aligns with the role. We appreciate your interest.",
        "bs3",
    ),
    # Flatiron Games (LinkedIn Easy Apply; a no through Greenhouse)
    (
        "Flatiron Games",
        "applied",
        "2025-09-09",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jordan, your application was sent to Flatiron Games",
        "Your application was sent to Flatiron Games\n\nProduct Analyst, Monetization\nFlatiron Games - Boulder, CO "
        "(Hybrid)\n\nApplied on September 9, 2025",
        "fg1",
    ),
    (
        "Flatiron Games",
        "rejected",
        "2025-09-24",
        "Flatiron Games <no-reply@greenhouse.io>",
        "Your application to Flatiron Games",
        "Hi Jordan,\n\nThank you for your interest in Flatiron Games. Unfortunately, we will not be moving forward "
        "with your application for Product Analyst, Monetization. We appreciate the time you took to apply.",
        "fg2",
    ),
    # Mesa Logistics (SmartRecruiters; an assessment, then she withdraws)
    (
        "Mesa Logistics",
        "applied",
        "2025-09-10",
        "Mesa Logistics <noreply@smartrecruiters.com>",
        "Thank you for applying to Mesa Logistics",
        "Dear Jordan,\n\nThank you for applying for the Operations Analyst position at Mesa Logistics. We appreciate "
        "your interest and will review your application shortly.",
        "ml1",
    ),
    (
        "Mesa Logistics",
        "interview",
        "2025-09-22",
        "Mesa Logistics <noreply@smartrecruiters.com>",
        "Next step: Excel assessment - Operations Analyst",
        "Dear Jordan,\n\nWe were impressed with your application! As a next step, please complete a 45-minute Excel "
        "assessment within the next five days using the link below.",
        "ml2",
    ),
    (
        "Mesa Logistics",
        "withdrew",
        "2025-10-18",
        _ME,
        "Withdrawing my application - Operations Analyst",
        "Hello,\n\nThank you for considering me for the Operations Analyst role. I have accepted another position and "
        "would like to withdraw my application.\n\nBest regards,\nJordan Ellis",
        "ml3",
    ),
    # Rocky Mountain Credit Union (Taleo: the position cancelled)
    (
        "Rocky Mountain Credit Union",
        "applied",
        "2025-09-11",
        "Rocky Mountain Credit Union <rmcu@taleo.net>",
        "Rocky Mountain Credit Union - Application Confirmation",
        "Dear Jordan Ellis,\n\nThank you for applying for the Data Analyst position with Rocky Mountain Credit Union. "
        "Your application has been successfully submitted.",
        "rm1",
    ),
    (
        "Rocky Mountain Credit Union",
        "rejected",
        "2025-10-02",
        "Rocky Mountain Credit Union <rmcu@taleo.net>",
        "Data Analyst - Requisition Update",
        "Dear Jordan Ellis,\n\nThank you for your interest in the Data Analyst position. We are writing to let you "
        "know that this requisition has been cancelled and the position will not be filled at this time.",
        "rm2",
    ),
    # Pinecrest Software (Ashby; a technical interview, her nudge, a no)
    (
        "Pinecrest Software",
        "applied",
        "2025-09-12",
        _PINE,
        "Thanks for applying to Pinecrest Software",
        "Hi Jordan,\n\nThanks for applying to Pinecrest Software! We have received your application for Product "
        "Analyst (Growth).",
        "ps1",
    ),
    (
        "Pinecrest Software",
        "interview",
        "2025-09-26",
        _PINE,
        "Schedule your interview with Pinecrest Software",
        "Hi Jordan,\n\nWe'd like to invite you to a 60-minute technical interview for Product Analyst (Growth). "
        "Please use the link below to choose a time that works for you.",
        "ps2",
    ),
    (
        "Pinecrest Software",
        "follow_up",
        "2025-10-13",
        _ME,
        "Following up - Product Analyst (Growth)",
        "Hi Pinecrest team,\n\nI interviewed for the Product Analyst (Growth) role on October 1 and wanted to follow "
        "up on the status. I remain very interested.\n\nThank you,\nJordan",
        "ps3",
    ),
    (
        "Pinecrest Software",
        "rejected",
        "2025-10-16",
        _PINE,
        "Update from Pinecrest Software",
        "Hi Jordan,\n\nThank you for interviewing with us. The team has decided to proceed with another candidate for "
        "this role. We really appreciated getting to know you.",
        "ps4",
    ),
    # Larkspur Media (her own mail to the hiring manager; a call, an offer she turns down)
    (
        "Larkspur Media",
        "applied",
        "2025-09-15",
        _ME,
        "Product Analyst opening - Jordan Ellis",
        "Hi Marco,\n\nI saw your post about the Product Analyst opening at Larkspur Media and wanted to reach out "
        "directly. I've attached my resume - I'd love to be considered.\n\nThanks,\nJordan",
        "lm1",
    ),
    (
        "Larkspur Media",
        "screen",
        "2025-09-17",
        _MARCO,
        "Re: Product Analyst opening - Jordan Ellis",
        "Hi Jordan,\n\nThanks for reaching out! Your background looks great. Want to hop on a quick call Friday to "
        "chat about the role?\n\nMarco",
        "lm1",
    ),
    (
        "Larkspur Media",
        "offer",
        "2025-10-08",
        _MARCO,
        "Larkspur Media - offer",
        "Hi Jordan,\n\nThe team loved meeting you. We'd like to make you an offer for the Product Analyst role: "
        "$105,000 base plus benefits. Let me know if you have questions!\n\nMarco",
        "lm2",
    ),
    (
        "Larkspur Media",
        "declined",
        "2025-10-17",
        _ME,
        "Re: Larkspur Media - offer",
        "Hi Marco,\n\nThank you so much for the offer. After a lot of thought, I've decided to accept another role, "
        "so I'll have to respectfully decline. I really enjoyed meeting the team.\n\nJordan",
        "lm2",
    ),
    # Cottonwood Analytics (Indeed; a no from their own address)
    (
        "Cottonwood Analytics",
        "applied",
        "2025-09-16",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Product Analyst",
        "Application submitted\n\nProduct Analyst\nCottonwood Analytics - Denver, CO\n\nThe following items were "
        "sent to Cottonwood Analytics. Good luck!",
        "ca1",
    ),
    (
        "Cottonwood Analytics",
        "rejected",
        "2025-10-06",
        "Cottonwood Analytics Careers <careers@cottonwoodanalytics.com>",
        "Product Analyst - Cottonwood Analytics",
        "Hi Jordan,\n\nThank you for applying to the Product Analyst role at Cottonwood Analytics. We have filled the "
        "position and will keep your resume on file for future openings.\n\nCottonwood Analytics",
        "ca2",
    ),
    # Boulder Robotics (Workable; a video interview, an onsite, a no)
    (
        "Boulder Robotics",
        "applied",
        "2025-09-17",
        "Boulder Robotics <noreply@workablemail.com>",
        "Boulder Robotics: Thanks for applying",
        "Dear Jordan,\n\nThanks for applying to the Product Analyst role at Boulder Robotics. We've received your "
        "application and our hiring team will be reviewing it shortly.",
        "br1",
    ),
    (
        "Boulder Robotics",
        "interview",
        "2025-09-25",
        "Boulder Robotics <noreply@workablemail.com>",
        "Boulder Robotics would like to interview you",
        "Dear Jordan,\n\nBoulder Robotics would like to schedule a video interview with you for the Product Analyst "
        "position. Please pick a time slot that suits you.",
        "br2",
    ),
    (
        "Boulder Robotics",
        "onsite",
        "2025-10-03",
        "Emma Novak <emma.novak@boulderrobotics.com>",
        "Onsite interview - Boulder Robotics",
        "Hi Jordan,\n\nThanks for your time last week! We'd like to invite you to an onsite interview at our Boulder "
        "lab on October 10: a half day with the product and hardware teams.\n\nEmma Novak\nPeople Operations",
        "br3",
    ),
    (
        "Boulder Robotics",
        "rejected",
        "2025-10-15",
        "Emma Novak <emma.novak@boulderrobotics.com>",
        "Re: Onsite interview - Boulder Robotics",
        "Hi Jordan,\n\nThank you for spending the day with us. After a lot of discussion, the team has decided not to "
        "extend an offer. I know this isn't the news you hoped for.\n\nEmma",
        "br3",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Product Analyst: Trailhead Outfitters and 9 more",
        "alert",
        "Your job alert for Product Analyst in Denver. Trailhead Outfitters - Senior Product Analyst. Pinecrest "
        "Software - Product Analyst (Growth). See all jobs. Manage job alerts.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "15 new Product Analyst jobs in Denver, CO",
        "alert",
        "Product Analyst - Cottonwood Analytics - Denver, CO. Easily apply. Business Analyst - Copperline Energy. "
        "View all jobs. Unsubscribe.",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Trailhead Outfitters is hiring: Product Analyst",
        "alert",
        "Trailhead Outfitters is hiring a Product Analyst near you. 1-click apply. Jobs you might like: Data "
        "Analyst at Summitview Bank.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Prepare for your Trailhead Outfitters interview",
        "newsletter",
        "See 24 interview questions shared by candidates at Trailhead Outfitters. Read reviews and salaries. "
        "Unsubscribe",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Jordan, Aspen Data Co viewed your profile",
        "viewed",
        "Someone from Aspen Data Co viewed your profile. See who's viewed your profile with Premium.",
    ),
    (
        "Summitview Bank <summitviewbank@myworkday.com>",
        "Summitview Bank: Create your candidate account",
        "account",
        "Dear Jordan, please verify your email to finish creating your candidate account at Summitview Bank. This "
        "link expires in 24 hours.",
    ),
    (
        "Copperline Energy Talent Community <talent@copperlineenergy.com>",
        "Welcome to the Copperline Energy Talent Community",
        "newsletter",
        "Thanks for joining our Talent Community! We'll send you news and job openings that match your interests. "
        "Update your preferences or unsubscribe at any time.",
    ),
    (
        "Ryan Cole <ryan.cole@peakstaffing.com>",
        "Product Analyst contract - 6 months - Denver",
        "outreach",
        "Hi Jordan, I came across your profile and have a 6-month Product Analyst contract with a retail client in "
        "Denver. $55-60/hr. Are you open to a quick call?\n\nRyan Cole\nPeak Staffing",
    ),
    (
        "Alicia Moreno <alicia@talentbridge.io>",
        "Senior Analyst opportunity with a fintech",
        "outreach",
        "Hi Jordan, I'm working with a Series B fintech hiring a Senior Product Analyst. Your experience looks like a "
        "great fit. Would you be interested in learning more?",
    ),
    (
        "Lenny's Newsletter <lenny@substack.com>",
        "How to ace a product sense interview",
        "newsletter",
        "This week: how to ace a product sense interview, with frameworks from hiring managers. Unsubscribe",
    ),
    (
        "Product Hunt <hello@producthunt.com>",
        "Top products of the week",
        "newsletter",
        "The top 5 products this week. Read more. Unsubscribe from this list.",
    ),
    (
        "REI <rei@e.rei.com>",
        "Your offer: 20% off one full-price item",
        "shop",
        "Members get 20% off one full-price item. Offer ends Sunday. Shop now.",
    ),
    (
        "Amazon.com <shipment-tracking@amazon.com>",
        "Your package has shipped",
        "shop",
        "Your order of Cracking the PM Interview has shipped and will arrive Thursday.",
    ),
    (
        "Xcel Energy <noreply@xcelenergy.com>",
        "Your bill is ready",
        "other",
        "Your Xcel Energy bill of $64.12 is ready. AutoPay will process on October 12.",
    ),
    (
        "Denver Dental <appointments@denverdental.example>",
        "Appointment reminder: cleaning on Oct 14",
        "other",
        "This is a reminder of your appointment on Tuesday, October 14 at 8:00 AM. Reply C to confirm.",
    ),
    (
        "Sam Park <sam.park.77@gmail.com>",
        "how's the search going?",
        "personal",
        "hey! how's the job hunt going? heard you had a final round somewhere - fingers crossed. drinks saturday?",
    ),
    (
        "LinkedIn <messaging-digest-noreply@linkedin.com>",
        "Jordan, you have 3 new messages",
        "other",
        "Ryan Cole: Hi Jordan, following up on the contract role... Alicia Moreno: ... View messages.",
    ),
    (
        "Indeed <donotreply@indeed.com>",
        "Employers viewed your resume",
        "viewed",
        "2 employers viewed your resume this week. Keep your resume up to date to stand out.",
    ),
    (
        "Greenhouse <no-reply@greenhouse.io>",
        "Verify your MyGreenhouse account",
        "account",
        "Please confirm your email address to finish setting up MyGreenhouse, where you can track your applications.",
    ),
    (
        "Wellfound <team@wellfound.com>",
        "12 startups are looking for product analysts",
        "alert",
        "12 startups in Denver are hiring product analysts this week. See matches.",
    ),
    (
        "Coursera <no-reply@coursera.org>",
        "Keep learning: SQL for Data Science",
        "newsletter",
        "Pick up where you left off in SQL for Data Science. Unsubscribe",
    ),
    (
        "Denver Data Meetup <info@meetup.com>",
        "New event: Analytics happy hour",
        "newsletter",
        "Join us October 9 for an analytics happy hour at Improper City. RSVP. Unsubscribe.",
    ),
    (
        "Venmo <venmo@venmo.com>",
        "Sam Park paid you $24.00",
        "other",
        "Sam Park paid you $24.00 for tacos.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "The job you saved is closing soon",
        "alert",
        "Product Analyst at Flatiron Games is closing soon. Apply before it's gone.",
    ),
    (
        "Indeed <donotreply@indeed.com>",
        "Complete your profile to get noticed",
        "other",
        "Profiles with a headline get 3x more views from employers. Complete your profile.",
    ),
    (
        "Hired <hello@hired.com>",
        "Companies want to interview you",
        "alert",
        "3 companies requested interviews this week, including a Denver startup. Review your requests.",
    ),
    (
        "Uber Receipts <noreply@uber.com>",
        "Your Tuesday morning trip with Uber",
        "shop",
        "Thanks for riding, Jordan. Total: $18.40. Trip to Trailhead Outfitters HQ, 1500 Wynkoop St.",
    ),
    (
        "GitHub <noreply@github.com>",
        "[GitHub] A third-party OAuth application has been added to your account",
        "other",
        "A third-party OAuth application (Tableau Public) with read:user scope was recently authorized.",
    ),
    (
        "Medium Daily Digest <noreply@medium.com>",
        "The offer negotiation script that got me $20k more",
        "newsletter",
        "Stories for Jordan: The offer negotiation script that got me $20k more. Read more. Unsubscribe.",
    ),
    (
        "Blue Spruce Health <no-reply@bluesprucehealth.org>",
        "Blue Spruce Health newsletter: October",
        "newsletter",
        "Care navigation updates, our new Aurora clinic, and a message from our CEO. Unsubscribe.",
    ),
]


def _as_html(msg, i):
    """The tracking systems' mail as they send it: text and HTML, base64 or quoted-printable."""
    body = msg.get_content()
    paras = "".join(
        f"<tr><td style='padding:8px 24px'>{p.replace(chr(10), '<br>')}</td></tr>" for p in body.split("\n\n")
    )
    cte = "base64" if i % 2 else "quoted-printable"
    msg.set_content(body, cte=cte)
    msg.add_alternative(
        f"<html><body><table role='presentation'>{paras}</table></body></html>", subtype="html", cte=cte
    )
    return msg


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    out = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JORDAN,
        own_to={
            "Trailhead Outfitters": _KAYLA,
            "Blue Spruce Health": _NADIA,
            "Mesa Logistics": "Mesa Logistics Recruiting <recruiting@mesalogistics.com>",
            "Pinecrest Software": "Pinecrest Recruiting <recruiting@pinecrestsoftware.io>",
            "Larkspur Media": _MARCO,
        },
        offset="-0600",
        clock="10:15:00",
        neg_start="2025-09-01",
        neg_step=2,
        neg_clock="06:45:00",
        tag="hundredtwentyone",
    )
    relays = ("myworkday", "greenhouse", "lever.co", "icims", "ashbyhq", "smartrecruiters", "taleo", "workable")
    return [(_as_html(m, i) if any(r in str(m["From"]) for r in relays) else m, t) for i, (m, t) in enumerate(out)]


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
