"""A three-hundred-and-sixth mailbox, written as a held-out check after the three-hundred-and-fifth (issue #24).

Karthik, a Java developer in Dallas on contract, exports Gmail with Takeout.  IT staffing as it writes in the US:
vendors' cold mails ("Hope you are doing well. This is Rahul from Apex Infotech. I have an urgent C2C requirement"),
a Right to Represent ("Please reply with your RTR confirmation for the Java Developer role with our end client, Lone
Star Bank"), a vendor's "I have submitted your profile to the implementation partner", an "interview scheduled with
the end client" on Teams, a second vendor's "the client has moved forward with another candidate", an offer through
the vendor ("Offer - Java Developer at Lone Star Bank, $68/hr C2C"), and his own "I accept the offer".  A direct
application through Workday besides, with its refusal.  Negatives: three vendors' cold requirements, Dice's alert,
a webinar, his cousin.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KARTHIK = "karthik.r.java@gmail.com"
ME = f"Karthik Raghavan <{KARTHIK}>"

_OWN_TO = {
    "Lone Star Bank": "Sandeep Kumar <sandeep@nexgensys.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lone Star Bank",
        "applied",
        "2025-07-08",
        "Sandeep Kumar <sandeep@nexgensys.example>",
        "RTR - Java Developer - Lone Star Bank - Plano, TX",
        "Hi Karthik,\n\nThanks for your time on the call. As discussed, please reply to this email with the below "
        "Right to Represent so I can submit your profile.\n\nI, Karthik Raghavan, authorize NexGen Systems to "
        "represent me for the Java Developer role with the end client Lone Star Bank, Plano TX, at $68/hr C2C.\n\n"
        "Thanks & Regards,\nSandeep Kumar\nSr. Technical Recruiter | NexGen Systems Inc.",
        "l1",
    ),
    (
        "Lone Star Bank",
        "applied",
        "2025-07-08",
        ME,
        "RE: RTR - Java Developer - Lone Star Bank - Plano, TX",
        "Hi Sandeep,\n\nI, Karthik Raghavan, authorize NexGen Systems to represent me for the Java Developer role with "
        "the end client Lone Star Bank, Plano TX, at $68/hr C2C.\n\nThanks,\nKarthik",
        "l1",
    ),
    (
        "Trinity Health Partners",
        "applied",
        "2025-07-09",
        "Trinity Health Partners <trinityhealth@myworkday.com>",
        "Thank you for applying",
        "Dear Karthik,\n\nThank you for applying for the Senior Software Engineer - Java position at Trinity Health "
        "Partners. We will review your qualifications and contact you if there is a match.\n\nTalent Acquisition",
        "t1",
    ),
    (
        "Mesquite Insurance",
        "applied",
        "2025-07-10",
        "Pooja Reddy <pooja.r@blueoaktech.example>",
        "Submitted: Java Microservices Developer - Irving, TX",
        "Hi Karthik,\n\nI have submitted your profile to the implementation partner for the Java Microservices "
        "Developer position with our end client, Mesquite Insurance. I will update you as soon as I hear back.\n\n"
        "Regards,\nPooja Reddy\nTechnical Recruiter\nBlue Oak Technologies LLC",
        "m1",
    ),
    (
        "Lone Star Bank",
        "interview",
        "2025-07-14",
        "Sandeep Kumar <sandeep@nexgensys.example>",
        "Interview Scheduled - Java Developer - Lone Star Bank",
        "Hi Karthik,\n\nGood news! Your interview is scheduled with the end client on Wednesday 07/16 at 11:00 AM CST "
        "on Microsoft Teams with the hiring manager. Please be ready 10 minutes early and brush up on Spring Boot and "
        "Kafka.\n\nThanks & Regards,\nSandeep Kumar\nSr. Technical Recruiter | NexGen Systems Inc.",
        "l2",
    ),
    (
        "Mesquite Insurance",
        "rejected",
        "2025-07-17",
        "Pooja Reddy <pooja.r@blueoaktech.example>",
        "RE: Submitted: Java Microservices Developer - Irving, TX",
        "Hi Karthik,\n\nI got an update from the implementation partner - the client has moved forward with another "
        "candidate for this position. I will keep you posted on other requirements.\n\nRegards,\nPooja",
        "m1",
    ),
    (
        "Trinity Health Partners",
        "rejected",
        "2025-07-21",
        "Trinity Health Partners <trinityhealth@myworkday.com>",
        "Regarding your application",
        "Dear Karthik,\n\nThank you for your interest in the Senior Software Engineer - Java position. After reviewing "
        "your background, we have decided to pursue other candidates whose qualifications better match our needs.\n\n"
        "Talent Acquisition\nTrinity Health Partners",
        "t1",
    ),
    (
        "Lone Star Bank",
        "offer",
        "2025-07-22",
        "Sandeep Kumar <sandeep@nexgensys.example>",
        "Offer - Java Developer at Lone Star Bank",
        "Hi Karthik,\n\nCongratulations! The client has selected you for the Java Developer role. The offer is $68/hr "
        "C2C, 12 months with possible extension, start date 08/04. Please confirm your acceptance so I can start the "
        "onboarding paperwork.\n\nThanks & Regards,\nSandeep Kumar\nSr. Technical Recruiter | NexGen Systems Inc.",
        "l3",
    ),
    (
        "Lone Star Bank",
        "accepted",
        "2025-07-22",
        ME,
        "RE: Offer - Java Developer at Lone Star Bank",
        "Hi Sandeep,\n\nThank you! I accept the offer. Please send the onboarding documents.\n\nThanks,\nKarthik",
        "l3",
    ),
]

_NEGATIVES = [
    (
        "Rahul Sharma <rahul@apexinfotech.example>",
        "Urgent C2C requirement: Java Full Stack Developer - Remote",
        "outreach",
        "Hi,\n\nHope you are doing well. This is Rahul from Apex Infotech. I have an urgent C2C requirement for a Java "
        "Full Stack Developer with our direct client. If interested, please share your updated resume, visa status "
        "and rate.\n\nRahul Sharma\nApex Infotech Inc.",
    ),
    (
        "Venkat Rao <venkat@primesoftsol.example>",
        "Hotlist / Req: Sr Java Developer - Charlotte, NC (Onsite)",
        "outreach",
        "Hello Partner,\n\nPlease find the below requirement. Role: Sr Java Developer. Location: Charlotte, NC. "
        "Duration: 12+ months. Share profiles with visa and rate.\n\nVenkat Rao\nPrimeSoft Solutions",
    ),
    (
        "Megha Jain <megha.jain@zentech-staffing.example>",
        "Java Developer with Kafka - Dallas TX - Contract",
        "outreach",
        "Hi Karthik,\n\nI came across your profile on Dice. I have a contract role for a Java Developer with Kafka in "
        "Dallas, TX. Let me know if you are available for a quick call.\n\nMegha Jain\nZenTech Staffing",
    ),
    (
        "Dice <alerts@dice.com>",
        "New Java Developer jobs matching your search",
        "alert",
        "Java Developer - Dallas, TX. Senior Java Engineer - Irving, TX. Apply now on Dice.",
    ),
    (
        "InfoQ <webinars@infoq.example>",
        "Webinar: Spring Boot 3 in production",
        "newsletter",
        "Join our free webinar on Spring Boot 3 in production this Thursday.",
    ),
    (
        "Arun Raghavan <arun.raghavan@yahoo.example>",
        "Diwali plans",
        "personal",
        "Are you coming to Houston for Diwali this year? Amma is asking.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KARTHIK,
        own_to=_OWN_TO,
        offset="-0500",
        clock="10:45:00",
        neg_start="2025-07-07",
        neg_step=3,
        neg_clock="16:20:00",
        tag="threehundredsix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
