"""A hundred-and-fourteenth mailbox, written as a held-out check after the hundred-and-thirteenth (issue #24).

Ananya, a new graduate in Hyderabad, exports Gmail with Takeout.  Indian employers and campus hiring write their own
English: "greetings from Zetapay!", "you have been shortlisted for the online assessment on HackerEarth",
"congratulations, you have cleared technical round 1", "the HR round", "we are pleased to roll out the offer",
"kindly find attached the Letter of Intent", "the position has been put on hold due to business requirements", "we
will not be able to move forward with your candidature"; job sites (Naukri, Instahyre) relay applications.  Her
negatives: a hackathon platform, an internships newsletter, "recruiters viewed your profile", a food app, the tax
department's PAN notice.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANANYA = "ananya.reddy.cse@gmail.com"
_ME = f"Ananya Reddy <{ANANYA}>"
_ZETA = "Zetapay Talent Team <careers@zetapay.in>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Zetapay (assessment, technical round, HR round, offer, accepted)
    (
        "Zetapay",
        "applied",
        "2025-02-03",
        _ZETA,
        "Greetings from Zetapay! Application received",
        "Hi Ananya,\n\nGreetings from Zetapay! We have received your application for the Software Engineer - New "
        "Grad role. Our team will get back to you regarding the next steps.\n\nRegards,\nZetapay Talent Team",
        "zp1",
    ),
    (
        "Zetapay",
        "interview",
        "2025-02-06",
        _ZETA,
        "Zetapay | Online Assessment",
        "Hi Ananya,\n\nCongratulations! You have been shortlisted for the online assessment on HackerEarth for the "
        "Software Engineer - New Grad role. The test window is 8th February, 10 AM to 8 PM.\n\nRegards,\nZetapay "
        "Talent Team",
        "zp2",
    ),
    (
        "Zetapay",
        "interview",
        "2025-02-12",
        _ZETA,
        "Zetapay | Technical Round 1",
        "Hi Ananya,\n\nCongratulations, you have cleared the online assessment! Your Technical Round 1 is scheduled on "
        "14th February at 11 AM on Google Meet with one of our senior engineers.\n\nRegards,\nZetapay Talent Team",
        "zp3",
    ),
    (
        "Zetapay",
        "onsite",
        "2025-02-17",
        _ZETA,
        "Zetapay | HR Round",
        "Hi Ananya,\n\nCongratulations, you have cleared Technical Round 1 and Round 2! The final HR round is "
        "scheduled on 19th February at 4 PM.\n\nRegards,\nZetapay Talent Team",
        "zp4",
    ),
    (
        "Zetapay",
        "offer",
        "2025-02-24",
        _ZETA,
        "Letter of Intent - Zetapay",
        "Hi Ananya,\n\nWe are pleased to roll out the offer for the position of Software Engineer - New Grad. Kindly "
        "find attached the Letter of Intent (LOI) with the compensation details, and confirm your acceptance by "
        "27th February.\n\nRegards,\nZetapay Talent Team",
        "zp5",
    ),
    (
        "Zetapay",
        "accepted",
        "2025-02-25",
        _ME,
        "Re: Letter of Intent - Zetapay",
        "Dear Team,\n\nThank you for the opportunity. I am happy to confirm my acceptance of the offer and have "
        "attached the signed LOI.\n\nRegards,\nAnanya Reddy",
        "zp5",
    ),
    # Kavach Systems (Naukri's relay; then "on hold")
    (
        "Kavach Systems",
        "applied",
        "2025-02-04",
        "Naukri <info@naukri.com>",
        "Your application has been sent to Kavach Systems",
        "Dear Ananya, your application for Associate Software Engineer at Kavach Systems Pvt Ltd has been sent "
        "successfully. All the best!",
        "kv1",
    ),
    (
        "Kavach Systems",
        "rejected",
        "2025-02-20",
        "Kavach Systems HR <hr@kavachsystems.com>",
        "Associate Software Engineer - update",
        "Dear Ananya,\n\nThank you for your interest in Kavach Systems. We wish to inform you that the position has "
        "been put on hold due to business requirements, and hence we will not be able to take your application "
        "ahead at this point.\n\nRegards,\nHR Team, Kavach Systems",
        "kv2",
    ),
    # Nilgiri Labs (Instahyre's relay; a telephonic round; a no)
    (
        "Nilgiri Labs",
        "applied",
        "2025-02-05",
        "Instahyre <noreply@instahyre.com>",
        "Application successful: Backend Developer at Nilgiri Labs",
        "Hi Ananya, you have successfully applied for Backend Developer at Nilgiri Labs. The employer will review "
        "your profile.",
        "nl1",
    ),
    (
        "Nilgiri Labs",
        "screen",
        "2025-02-10",
        "Preeti Sharma <preeti@nilgirilabs.io>",
        "Nilgiri Labs - Backend Developer",
        "Hi Ananya,\n\nThis is Preeti from the HR team at Nilgiri Labs. Please share a convenient time tomorrow for a "
        "quick telephonic round of 15 minutes.\n\nRegards,\nPreeti",
        "nl2",
    ),
    (
        "Nilgiri Labs",
        "rejected",
        "2025-02-18",
        "Preeti Sharma <preeti@nilgirilabs.io>",
        "Re: Nilgiri Labs - Backend Developer",
        "Hi Ananya,\n\nThank you for your time. After discussion with the team, we will not be able to move forward "
        "with your candidature for this role. We wish you the best.\n\nRegards,\nPreeti",
        "nl2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Unstop <noreply@unstop.com>",
        "Register now: CodeStorm 2025 hackathon",
        "newsletter",
        "Win prizes worth Rs 5 lakh and pre-placement interviews! Register your team for CodeStorm 2025. Unsubscribe",
    ),
    (
        "Internshala <newsletter@internshala.com>",
        "Top internships and fresher jobs this week",
        "alert",
        "Software Developer Intern - Hyderabad. Graduate Engineer Trainee - Bengaluru. Apply now.",
    ),
    (
        "Naukri <info@naukri.com>",
        "Recruiters viewed your profile",
        "viewed",
        "3 recruiters viewed your profile this week. Update your profile to get noticed.",
    ),
    (
        "Swiggy <noreply@swiggy.example>",
        "Your order has been delivered",
        "shop",
        "Your order from Paradise Biryani has been delivered. Rate your experience.",
    ),
    (
        "Income Tax Department <noreply@incometax.gov.in>",
        "PAN-Aadhaar link status",
        "not applied",
        "Your PAN is linked with Aadhaar. No further action is required.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ANANYA,
        own_to={"Zetapay": _ZETA},
        offset="+0530",
        clock="11:05:00",
        neg_start="2025-02-04",
        neg_step=4,
        neg_clock="09:45:00",
        tag="hundredfourteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
