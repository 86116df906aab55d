"""A sixteenth mailbox, written as a held-out check after the fifteenth's fixes and the phrase lists (issue #24).

Jordan moves from teaching to UX design in Toronto and exports Apple Mail as a plain mbox (no labels; owner by
``Delivered-To``; replies by ``In-Reply-To``): Teamtailor, Workday, Lever, Ashby, iCIMS, Breezy, Workable,
JazzHR, SmartRecruiters, Greenhouse with GoodTime, LinkedIn and Indeed, a founder's own mail, a Québec studio in
French, portfolio sites and design newsletters.  Its score before any rule was changed for it is in the issue
note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

JORDAN = "jordan.blake.ux@icloud.com"
_ME = f"Jordan Blake <{JORDAN}>"

# (company, event, day, sender, subject, body, parent index or None, to)
_POSITIVES = [
    # 0-3 Maple & Pine Studio (Teamtailor)
    (
        "Maple & Pine Studio",
        "applied",
        "2025-09-02",
        "Maple & Pine Studio <no-reply@teamtailor-mail.com>",
        "We've got your application! 🎉",
        "Hi Jordan! Thanks so much for sending your application for UX Designer to Maple & Pine Studio. We read "
        "every single one ourselves and will get back to you within two weeks.\n\nWarmly,\nThe Maple & Pine crew",
        None,
        None,
    ),
    (
        "Maple & Pine Studio",
        "screen",
        "2025-09-09",
        "Aisha Rahman <aisha@mapleandpine.studio>",
        "UX Designer at Maple & Pine",
        "Hi Jordan,\n\nI'm Aisha, People Lead here. Your portfolio made us smile. Would you be up for a 20 min video "
        "chat so we can get to know each other? Here's my calendar: https://cal.com/aisha-mp/20min\n\nAisha",
        None,
        None,
    ),
    (
        "Maple & Pine Studio",
        "interview",
        "2025-09-18",
        "Aisha Rahman <aisha@mapleandpine.studio>",
        "Re: UX Designer at Maple & Pine",
        "Hi Jordan, lovely chatting on Tuesday! Next up is a portfolio presentation with Theo (Design Director) and "
        "two of our designers: 60 minutes, walk us through two projects. Thursday the 25th at 2pm work?\n\nAisha",
        1,
        None,
    ),
    (
        "Maple & Pine Studio",
        "rejected",
        "2025-10-01",
        "Aisha Rahman <aisha@mapleandpine.studio>",
        "Re: UX Designer at Maple & Pine",
        "Hi Jordan,\n\nThank you for the thoughtful presentation. This was a really tough call, but we've decided to "
        "go with a designer whose e-commerce background matches where the studio is heading. I'd be glad to share "
        "feedback if it's useful.\n\nAll the best,\nAisha",
        2,
        None,
    ),
    # 4-5 Northbound Health (Workday)
    (
        "Northbound Health",
        "applied",
        "2025-09-03",
        "Northbound Health <northbound@myworkday.com>",
        "Thank you for applying",
        "Dear Jordan Blake,\n\nThank you for applying to the Product Designer, Patient Experience position (R-20418). "
        "Our Talent Acquisition team will review your qualifications. You can follow your application in your "
        "candidate home.\n\nNorthbound Health Talent Acquisition",
        None,
        None,
    ),
    (
        "Northbound Health",
        "rejected",
        "2025-09-29",
        "Northbound Health <northbound@myworkday.com>",
        "Your application for Product Designer, Patient Experience",
        "Dear Jordan Blake,\n\nThe hiring team has reviewed your qualifications and has decided to pursue candidates "
        "whose experience more closely meets the requirements of the role. We encourage you to visit our careers "
        "site for future openings.\n\nNorthbound Health Talent Acquisition",
        None,
        None,
    ),
    # 6-10 Quillfeather (Lever, then people)
    (
        "Quillfeather",
        "applied",
        "2025-09-04",
        "Quillfeather <no-reply@hire.lever.co>",
        "Quillfeather | Thanks for applying!",
        "Hi Jordan, we just wanted to let you know that we've received your application for Product Designer and "
        "that it will be reviewed by our hiring team.",
        None,
        None,
    ),
    (
        "Quillfeather",
        "interview",
        "2025-09-15",
        "Dev Malhotra <dev@quillfeather.com>",
        "Quillfeather: next steps",
        "Hi Jordan,\n\nThanks for your patience! The team loved your case study and we'd like you to meet Priya, our "
        "Head of Design. Grab 45 minutes here: https://calendly.com/dev-quill/priya\n\nDev\nRecruiting, Quillfeather",
        None,
        None,
    ),
    (
        "Quillfeather",
        "onsite",
        "2025-09-26",
        "Dev Malhotra <dev@quillfeather.com>",
        "Quillfeather - last stage",
        "Hi Jordan, Priya was impressed! The last stage is a half-day design sprint at our King West studio with the "
        "product trio, then lunch with the team. Could you do Friday October 3rd, 9:30 to 1:30?\n\nDev",
        None,
        None,
    ),
    (
        "Quillfeather",
        "offer",
        "2025-10-06",
        "Dev Malhotra <dev@quillfeather.com>",
        "We'd love for you to join Quillfeather!",
        "Jordan, congratulations! Everyone who met you is excited. Attached you'll find the details: $92,000 base, "
        "0.05% equity and a start on November 3rd. Let me know if you have questions, happy to hop on a call.\n\nDev",
        None,
        None,
    ),
    (
        "Quillfeather",
        "accepted",
        "2025-10-08",
        _ME,
        "Re: We'd love for you to join Quillfeather!",
        "Hi Dev,\n\nI'm thrilled to say yes! Signed documents attached. Can't wait to start on November 3rd.\n\nJordan",
        9,
        "Dev Malhotra <dev@quillfeather.com>",
    ),
    # 11 own thank-you to Quillfeather after meeting Priya
    (
        "Quillfeather",
        "thank_you",
        "2025-09-19",
        _ME,
        "Thank you!",
        "Hi Priya,\n\nThank you for the conversation this afternoon. I loved hearing how the team runs research "
        "sprints.\n\nBest,\nJordan",
        None,
        "Priya Anand <priya@quillfeather.com>",
    ),
    # 12-13 Ardent Labs (Ashby)
    (
        "Ardent Labs",
        "applied",
        "2025-09-05",
        "Ardent Labs <no-reply@ashbyhq.com>",
        "Thanks for applying to Ardent Labs",
        "Hi Jordan, thanks for applying to the UX Designer role at Ardent Labs. We'll be in touch soon.",
        None,
        None,
    ),
    (
        "Ardent Labs",
        "rejected",
        "2025-09-12",
        "Ardent Labs <no-reply@ashbyhq.com>",
        "Your application to Ardent Labs",
        "Hi Jordan, after reviewing your application we've decided not to move forward at this time. We appreciate "
        "your interest in Ardent Labs.",
        None,
        None,
    ),
    # 14-16 Lakeshore Credit Union (iCIMS)
    (
        "Lakeshore Credit Union",
        "applied",
        "2025-09-08",
        "Lakeshore Credit Union <careers-lakeshorecu@icims.com>",
        "Lakeshore Credit Union - Thank you for your application",
        "Dear Jordan,\n\nThank you for your interest in employment with Lakeshore Credit Union. This email confirms "
        "that your application for Digital Experience Designer has been received.\n\nLakeshore Credit Union",
        None,
        None,
    ),
    (
        "Lakeshore Credit Union",
        "screen",
        "2025-09-17",
        "Lakeshore Credit Union <careers-lakeshorecu@icims.com>",
        "Phone interview request - Digital Experience Designer",
        "Dear Jordan,\n\nWe would like to schedule a brief phone interview with a member of our Talent team. "
        "Please use the link below to select a time.\n\nLakeshore Credit Union",
        None,
        None,
    ),
    (
        "Lakeshore Credit Union",
        "rejected",
        "2025-10-10",
        "Lakeshore Credit Union <careers-lakeshorecu@icims.com>",
        "Digital Experience Designer - Application Status",
        "Dear Jordan,\n\nThank you for taking the time to speak with us. We have selected another candidate for "
        "this position. We wish you success in your career.\n\nLakeshore Credit Union",
        None,
        None,
    ),
    # 17-18 Pixelhaus (Breezy), then the person's own follow-up
    (
        "Pixelhaus",
        "applied",
        "2025-09-10",
        "Pixelhaus <notifications@app.breezy.hr>",
        "[Pixelhaus] Application Received: UX/UI Designer",
        "Hi Jordan,\n\nYour application for UX/UI Designer at Pixelhaus has been received. If your background is a "
        "good match, someone from our team will contact you.\n\nPowered by Breezy",
        None,
        None,
    ),
    (
        "Pixelhaus",
        "follow_up",
        "2025-10-01",
        _ME,
        "Checking in - UX/UI Designer application",
        "Hello,\n\nI applied for the UX/UI Designer role on September 10 and wanted to check in on where things "
        "stand. I'm still very interested.\n\nThanks,\nJordan Blake",
        None,
        "Pixelhaus Hiring <jobs@pixelhaus.io>",
    ),
    # 19-22 Tidewater Games (Workable)
    (
        "Tidewater Games",
        "applied",
        "2025-09-11",
        "Tidewater Games <noreply@candidates.workablemail.com>",
        "Thanks for applying to Tidewater Games",
        "Hi Jordan, your application for the UX Designer job was submitted successfully. Here's a copy of your "
        "application data for safe keeping.",
        None,
        None,
    ),
    (
        "Tidewater Games",
        "interview",
        "2025-09-19",
        "Tidewater Games <noreply@candidates.workablemail.com>",
        "UX Designer - design exercise",
        "Hi Jordan, thanks for your interest in Tidewater Games! As a next step, we'd like you to complete a short "
        "design exercise: redesign our in-game store flow. Please send it back within 5 days.",
        None,
        None,
    ),
    (
        "Tidewater Games",
        "interview",
        "2025-09-30",
        "Marco Silva <marco.silva@tidewatergames.com>",
        "Chat about your design exercise",
        "Hey Jordan, great work on the exercise. Could you join me and our lead designer on Google Meet on Thursday "
        "at 11 to talk it through? About an hour.\n\nMarco\nHead of Product, Tidewater Games",
        None,
        None,
    ),
    (
        "Tidewater Games",
        "rejected",
        "2025-10-14",
        "Tidewater Games <noreply@candidates.workablemail.com>",
        "Your application for UX Designer at Tidewater Games",
        "Hi Jordan, thank you for the time you spent with us. Unfortunately the team has chosen to move ahead with "
        "someone else for this role.",
        None,
        None,
    ),
    # 23-24 Civic Forms (JazzHR)
    (
        "Civic Forms",
        "applied",
        "2025-09-12",
        "Civic Forms <noreply@applytojob.com>",
        "Thank you for applying to Civic Forms",
        "Hi Jordan,\n\nThank you for applying for the UX Researcher position at Civic Forms. We are reviewing "
        "applications and will reach out if there is a match.",
        None,
        None,
    ),
    (
        "Civic Forms",
        "rejected",
        "2025-10-02",
        "Civic Forms <noreply@applytojob.com>",
        "UX Researcher - Civic Forms",
        "Hi Jordan,\n\nThank you again for your interest in the UX Researcher position. We regret to inform you "
        "that the position has been filled.",
        None,
        None,
    ),
    # 25-27 Brightwell Insurance (SmartRecruiters), then a withdrawal
    (
        "Brightwell Insurance",
        "applied",
        "2025-09-15",
        "Brightwell Insurance <noreply@smartrecruiters.com>",
        "Brightwell Insurance: we received your application",
        "Dear Jordan, thank you for your application for Service Designer at Brightwell Insurance. Our team will "
        "review it carefully.",
        None,
        None,
    ),
    (
        "Brightwell Insurance",
        "screen",
        "2025-09-22",
        "Nadia Haddad <nadia.haddad@brightwell.ca>",
        "Service Designer - let's chat",
        "Hi Jordan,\n\nI'm the Talent Acquisition Partner for our design team. Do you have 15 minutes this week for "
        "a phone call? I'd like to learn more about your move from teaching into design.\n\nNadia",
        None,
        None,
    ),
    (
        "Brightwell Insurance",
        "withdrew",
        "2025-10-09",
        _ME,
        "Re: Service Designer - let's chat",
        "Hi Nadia,\n\nThank you for your time last month. I've accepted another position and would like to withdraw "
        "from the process.\n\nBest wishes,\nJordan",
        26,
        "Nadia Haddad <nadia.haddad@brightwell.ca>",
    ),
    # 28-30 Copperline (Greenhouse, GoodTime)
    (
        "Copperline",
        "applied",
        "2025-09-16",
        "Copperline <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Copperline",
        "Hi Jordan,\n\nThanks for your interest in Copperline! We've received your application for Product Designer "
        "and our team will review it.\n\nThe Copperline Talent Team",
        None,
        None,
    ),
    (
        "Copperline",
        "interview",
        "2025-09-25",
        "Copperline Scheduling <scheduling@goodtime.io>",
        "Confirmed: Product Designer interview at Copperline",
        "Hi Jordan, your video interview with Copperline is confirmed for Wednesday, October 1 at 3:00 PM EDT. "
        "Interviewers: Lena Park (Design Manager), Omar Aziz (Staff Designer).",
        None,
        None,
    ),
    (
        "Copperline",
        "rejected",
        "2025-10-07",
        "Lena Park <lena.park@copperline.com>",
        "Copperline - Product Designer",
        "Hi Jordan,\n\nThanks again for spending time with Omar and me. We're not able to move forward with your "
        "candidacy, but I really enjoyed your accessibility work.\n\nLena",
        None,
        None,
    ),
    # 31-32 Loon Mobility: the person's own application to a founder, and the founder's reply
    (
        "Loon Mobility",
        "applied",
        "2025-09-17",
        _ME,
        "Product Designer - Jordan Blake",
        "Hi Mira,\n\nI saw the Product Designer posting on your site and I'd like to apply. My portfolio is at "
        "jordanblake.design and my resume is attached.\n\nBest,\nJordan",
        None,
        "Mira Osei <mira@loonmobility.com>",
    ),
    (
        "Loon Mobility",
        "screen",
        "2025-09-20",
        "Mira Osei <mira@loonmobility.com>",
        "Re: Product Designer - Jordan Blake",
        "Hi Jordan! Thanks for reaching out, love the transit map project. Are you free Tuesday for a quick call?\n\n"
        "Mira\nCo-founder, Loon Mobility",
        31,
        None,
    ),
    # 33-35 Harbourfront Media (LinkedIn, then a recruiter)
    (
        "Harbourfront Media",
        "applied",
        "2025-09-18",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jordan, your application was sent to Harbourfront Media",
        "Your application was sent to Harbourfront Media\nUX Designer\nHarbourfront Media · Toronto, ON (Hybrid)\n"
        "Applied on September 18, 2025",
        None,
        None,
    ),
    (
        "Harbourfront Media",
        "interview",
        "2025-10-03",
        "Colleen Wu <cwu@harbourfrontmedia.ca>",
        "Harbourfront Media - UX Designer",
        "Good afternoon Jordan,\n\nThank you for applying to the UX Designer role. We would like to invite you to a "
        "virtual interview with our product team on October 9. Please confirm which of the attached times suit "
        "you.\n\nColleen Wu\nTalent Acquisition, Harbourfront Media",
        None,
        None,
    ),
    (
        "Harbourfront Media",
        "rejected",
        "2025-10-20",
        "Colleen Wu <cwu@harbourfrontmedia.ca>",
        "Re: Harbourfront Media - UX Designer",
        "Hi Jordan,\n\nThank you for interviewing with us. The team has decided to proceed with other applicants "
        "at this stage.\n\nKind regards,\nColleen",
        34,
        None,
    ),
    # 36-38 Studio Boréal (French, Québec)
    (
        "Studio Boréal",
        "applied",
        "2025-09-22",
        "Studio Boréal <recrutement@studioboreal.ca>",
        "Confirmation de votre candidature",
        "Bonjour Jordan,\n\nMerci d'avoir postulé au poste de designer UX chez Studio Boréal. Nous communiquerons "
        "avec les personnes retenues pour une entrevue.\n\nL'équipe Studio Boréal",
        None,
        None,
    ),
    (
        "Studio Boréal",
        "interview",
        "2025-10-01",
        "Émilie Gagnon <egagnon@studioboreal.ca>",
        "Designer UX - Studio Boréal",
        "Bonjour Jordan,\n\nVotre portfolio nous a beaucoup plu. Nous aimerions vous rencontrer en visioconférence "
        "la semaine prochaine pour discuter du poste. Quelles sont vos disponibilités ?\n\nÉmilie Gagnon",
        None,
        None,
    ),
    (
        "Studio Boréal",
        "rejected",
        "2025-10-15",
        "Émilie Gagnon <egagnon@studioboreal.ca>",
        "Re: Designer UX - Studio Boréal",
        "Bonjour Jordan,\n\nMerci pour cette belle rencontre. Après réflexion, nous avons choisi de poursuivre avec "
        "une autre candidate dont l'expérience en jeu vidéo correspond davantage au poste.\n\nAu plaisir,\nÉmilie",
        37,
        None,
    ),
    # 39-40 Evergreen Dental Group (Indeed)
    (
        "Evergreen Dental Group",
        "applied",
        "2025-09-24",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: UX Designer",
        "Your application has been submitted\nUX Designer\nEvergreen Dental Group - Mississauga, ON\n\nGood luck!",
        None,
        None,
    ),
    (
        "Evergreen Dental Group",
        "rejected",
        "2025-10-06",
        "Indeed <donotreply@indeed.com>",
        "An update on your application to Evergreen Dental Group",
        "Evergreen Dental Group has reviewed your application for UX Designer and decided not to proceed at this "
        "time. Keep going: new jobs are posted every day.",
        None,
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Dribbble <hello@dribbble.com>",
        "Your shot is getting noticed",
        "newsletter",
        "Your shot 'Transit map redesign' got 48 likes this week. Designers from Shopify viewed it.\n\nUnsubscribe",
    ),
    (
        "Behance <mail@behance.net>",
        "Creative jobs and inspiration this week",
        "newsletter",
        "Top projects, plus companies hiring designers now. Apply on Behance Jobs.\n\nUnsubscribe from these emails",
    ),
    (
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "UX Designer: 12 new jobs in Toronto",
        "job alert",
        "Jobs you may be interested in: UX Designer - Shopify - Toronto. Product Designer - Wealthsimple. See all "
        "jobs.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 9 searches this week",
        "not about an application",
        "See who's looking at your profile: recruiters at Wealthsimple and Shopify found you.",
    ),
    (
        "Sofia Reyes via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior UX role - fintech client",
        "cold outreach",
        "Hi Jordan, I came across your portfolio and was impressed. I'm working on a Senior UX Designer search for "
        "a fintech client in Toronto. Would you be open to a quick chat this week?",
    ),
    (
        "Creative Circle <toronto@creativecircle.com>",
        "Freelance UX gigs available now",
        "cold outreach",
        "Hi Jordan, we're an agency placing creatives with top brands. We have several freelance UX projects starting "
        "soon. Reply with your rates and availability and we'll set up an intro call.",
    ),
    (
        "Calendly <notifications@calendly.com>",
        "New Event: Coffee chat with Sam Ortiz",
        "not about an application",
        "A new event has been scheduled.\nEvent Type: Coffee chat\nInvitee: Sam Ortiz\nWhen: Sept 27, 10:00am",
    ),
    (
        "Zoom <no-reply@zoom.us>",
        "Reminder: UX mentorship call",
        "not about an application",
        "Your meeting 'UX mentorship call with Dana' starts in 30 minutes. Join Zoom meeting.",
    ),
    (
        "Bridge Bootcamp Careers <careers@bridgebootcamp.ca>",
        "Alumni job board: 20 new roles",
        "newsletter",
        "Hi alumni! Our partners are hiring junior designers. Log in to the job board to apply. Plus: mock interview "
        "nights every Wednesday.\n\nUnsubscribe",
    ),
    (
        "Wellfound <team@wellfound.com>",
        "Startups hiring product designers",
        "job alert",
        "Based on your profile, these startups are hiring: Loop Labs, Fernway, Tidepool. Apply with one click.",
    ),
    (
        "Parkview Rentals <leasing@parkviewrentals.ca>",
        "Your rental application has been approved",
        "not a job application",
        "Hi Jordan, good news! Your application for unit 4B has been approved. Please sign the lease by Friday.",
    ),
    (
        "Figma <billing@figma.com>",
        "Your Figma receipt",
        "not about an application",
        "Thanks for your payment of $15.00 for Figma Professional.",
    ),
    (
        "Design Buddies <hello@designbuddies.community>",
        "Portfolio review night - RSVP",
        "newsletter",
        "Get your portfolio reviewed by hiring managers from top studios. RSVP for Thursday's event.\n\nUnsubscribe",
    ),
    (
        "Hired <hello@hired.com>",
        "Companies want to interview you",
        "job alert",
        "Complete your profile to receive interview requests from companies hiring designers.\n\nUnsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (replies linked to their parents), then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JORDAN,
        offset=lambda d: "-0400" if d < datetime.date(2025, 11, 2) else "-0500",
        clock="10:24:00",
        neg_start="2025-09-06",
        neg_step=3,
        neg_clock="08:15:00",
        tag="sixteen",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it (one plain mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Jordan-INBOX.mbox", msgs if msgs is not None else messages())
