"""A hundred-and-twenty-seventh mailbox, written as a held-out check after the hundred-and-twenty-sixth (issue #24).

Vikram, a Java developer in Edison, New Jersey, looks for contracts; his Outlook .eml folders are full of staffing
recruiters.  Most of their mail is outreach ("Hope you are doing well. This is ... I have an urgent requirement"),
which is no application; a few become one when he sends his rate and a right to represent, and the recruiter
submits him to a named end client, which then interviews him or passes.  He also applies directly through Dice and
to one employer's Workday.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VIKRAM = "vikram.rao.dev@outlook.com"
_ME = f"Vikram Rao <{VIKRAM}>"
_ANIL = "Anil Kumar <anil.kumar@techvisionsolutions.com>"
_PRIYA = "Priya Nair <priya@globalitpartners.net>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Garden State Bank (through TechVision Solutions: his RTR, the submission, a client interview, a no)
    (
        "Garden State Bank",
        "applied",
        "2025-10-02",
        _ANIL,
        "Submitted: Sr Java Developer - Garden State Bank - Jersey City, NJ",
        "Hi Vikram,\n\nThanks for confirming the RTR. I have submitted your profile to Garden State Bank for the Sr "
        "Java Developer (Spring Boot, Kafka) position at $75/hr on W2. I will update you once I hear from the "
        "client.\n\nThanks & Regards,\nAnil Kumar\nTechVision Solutions Inc.",
        None,
    ),
    (
        "Garden State Bank",
        "interview",
        "2025-10-07",
        _ANIL,
        "Interview scheduled: Garden State Bank - Sr Java Developer",
        "Hi Vikram,\n\nGood news! The client would like to schedule a 1-hour technical interview with their hiring "
        "manager on Thursday at 11 AM EST over Teams. Please confirm.\n\nAnil",
        None,
    ),
    (
        "Garden State Bank",
        "rejected",
        "2025-10-14",
        _ANIL,
        "Re: Interview scheduled: Garden State Bank - Sr Java Developer",
        "Hi Vikram,\n\nI got the feedback from the client. They have decided to go with another candidate who has "
        "more Kafka Streams experience. I will keep you posted on other requirements.\n\nAnil",
        None,
    ),
    # Meadowlands Health (through Global IT Partners: submitted, an interview, an offer, his yes)
    (
        "Meadowlands Health",
        "applied",
        "2025-10-03",
        _PRIYA,
        "Profile submitted - Java Microservices Developer - Meadowlands Health",
        "Hi Vikram,\n\nAs discussed, I've submitted your resume to Meadowlands Health for the Java Microservices "
        "Developer contract (12 months, hybrid in Secaucus).\n\nPriya Nair\nGlobal IT Partners",
        None,
    ),
    (
        "Meadowlands Health",
        "interview",
        "2025-10-09",
        _PRIYA,
        "Meadowlands Health - interview request",
        "Hi Vikram,\n\nMeadowlands Health wants to interview you. Are you available Monday between 2 and 4 PM for a "
        "video interview with their engineering manager?\n\nPriya",
        None,
    ),
    (
        "Meadowlands Health",
        "offer",
        "2025-10-20",
        _PRIYA,
        "Offer - Meadowlands Health",
        "Hi Vikram,\n\nCongratulations! Meadowlands Health has selected you for the Java Microservices Developer "
        "position. The start date is November 3. I'll send the onboarding paperwork today.\n\nPriya",
        None,
    ),
    (
        "Meadowlands Health",
        "accepted",
        "2025-10-20",
        _ME,
        "RE: Offer - Meadowlands Health",
        "Hi Priya,\n\nThank you! I accept the offer and the November 3 start date. Please send the paperwork.\n\n"
        "Vikram",
        _PRIYA,
    ),
    # Raritan Logistics (Dice; a recruiter's screen; no more)
    (
        "Raritan Logistics",
        "applied",
        "2025-10-01",
        "Dice <noreply@dice.com>",
        "Your application to Raritan Logistics was sent",
        "You applied to Java Backend Engineer at Raritan Logistics. The employer has received your application.",
        None,
    ),
    (
        "Raritan Logistics",
        "screen",
        "2025-10-06",
        "Megan Ross <mross@raritanlogistics.com>",
        "Java Backend Engineer - Raritan Logistics",
        "Hi Vikram,\n\nThanks for applying through Dice. I'm the technical recruiter for this role - do you have 20 "
        "minutes tomorrow for a quick phone screen?\n\nMegan Ross",
        None,
    ),
    # Hudson Insurance (Workday; a no)
    (
        "Hudson Insurance",
        "applied",
        "2025-10-04",
        "Hudson Insurance <hudsoninsurance@myworkday.com>",
        "Thank you for applying - Java Developer III",
        "Dear Vikram,\n\nThank you for applying to the Java Developer III position at Hudson Insurance. We have "
        "received your application.",
        None,
    ),
    (
        "Hudson Insurance",
        "rejected",
        "2025-10-16",
        "Hudson Insurance <hudsoninsurance@myworkday.com>",
        "Your application - Java Developer III",
        "Dear Vikram,\n\nThank you for your interest. After careful review, we have decided not to move forward with "
        "your candidacy for this position.",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Ravi Teja <ravi@cybersoftinc.com>",
        "Urgent Requirement: Java Developer - Remote - Long Term",
        "outreach",
        "Hi,\n\nHope you are doing well. This is Ravi from CyberSoft Inc. I have an urgent requirement for a Java "
        "Developer with one of our direct clients. Please share your updated resume and expected rate.\n\nRavi",
    ),
    (
        "Sandeep Reddy <sandeep@nexgenitsolutions.com>",
        "Immediate need: Java Spring Boot Developer - Newark, NJ (Onsite)",
        "outreach",
        "Hello,\n\nPlease find the job description below and let me know if you are interested. Role: Java Spring "
        "Boot Developer. Location: Newark, NJ. Duration: 12+ months. Kindly reply with your resume.",
    ),
    (
        "Kavya S <kavya@pinnacleitgroup.com>",
        "RE: Java Full Stack Developer",
        "outreach",
        "Hi Vikram,\n\nFollowing up on my previous email. Are you open to new opportunities? We have a Java Full "
        "Stack role with a banking client in Charlotte.",
    ),
    (
        "Dice <alerts@dice.com>",
        "New Java jobs matching your search",
        "alert",
        "12 new jobs: Java Developer - Raritan Logistics. Senior Java Engineer - Remote. View all.",
    ),
    (
        "Mohan Das <mohan@ustechpro.com>",
        "C2C Java Developer - Jersey City",
        "outreach",
        "Hi, I have a C2C opportunity for a Java Developer in Jersey City. Please share your resume, visa status and "
        "rate.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Vikram, 5 recruiters viewed your profile",
        "viewed",
        "Recruiters from TechVision Solutions and others viewed your profile this week.",
    ),
    (
        "Neha Gupta <neha@apexsystemsinc.net>",
        "Hot requirement - Java AWS Developer",
        "outreach",
        "Greetings! We have a hot requirement for a Java AWS Developer with our client. If interested, please reply "
        "with your updated resume and best time to call.",
    ),
    (
        "PSE&G <noreply@pseg.com>",
        "Your bill is ready",
        "other",
        "Your PSE&G bill of $142.10 is ready.",
    ),
    (
        "Udemy <no-reply@udemy.com>",
        "Spring Boot 3 course: 85% off",
        "shop",
        "Master Spring Boot 3 and microservices. Offer ends tonight. Unsubscribe",
    ),
    (
        "Arun Patel <arun.patel77@gmail.com>",
        "Re: cricket sunday",
        "personal",
        "Game is at 9 at Roosevelt Park. Bring the new bat!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (Outlook's .eml: no labels, no Delivered-To)."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="-0400",
        clock="12:10:00",
        neg_start="2025-10-01",
        neg_step=2,
        neg_clock="08:40:00",
        tag="hundredtwentyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files (Inbox and Sent Items) into ``folder``; return ``folder``."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), VIKRAM)
