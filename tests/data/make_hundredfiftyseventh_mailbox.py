"""A hundred-and-fifty-seventh mailbox, written as a held-out check after the hundred-and-fifty-sixth (issue #24).

Ananya, a software engineer in Bengaluru with four years' experience, exports Gmail with Takeout.  She applies
through Naukri, Instahyre and LinkedIn and hears from HR teams on Darwinbox and by mail: "Greetings from ...!",
"please share your current CTC and notice period", an online coding test on HackerEarth, a "technical round", a
"techno-managerial round", an "HR round", an offer letter with the CTC, and "we regret".  Her negatives: Naukri's
"recruiters viewed your profile", Swiggy, a bank, a consultancy's mass mail, Instahyre's digest, a webinar.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANANYA = "ananya.rao.dev@gmail.com"
_ME = f"Ananya Rao <{ANANYA}>"
_KAVYA = "Kavya Menon <kavya.menon@kaveritech.in>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Kaveri Tech",
        "applied",
        "2025-07-07",
        "Naukri <info@naukri.com>",
        "Your application has been sent to Kaveri Tech",
        "Dear Ananya,\n\nYou have successfully applied to Senior Software Engineer - Backend at Kaveri Tech Solutions "
        "Pvt Ltd.",
        "kt1",
    ),
    (
        "Kaveri Tech",
        "screen",
        "2025-07-09",
        _KAVYA,
        "Opportunity with Kaveri Tech - Senior Software Engineer",
        "Hi Ananya,\n\nGreetings from Kaveri Tech! We have gone through your profile for the Senior Software Engineer "
        "role. Please share your current CTC, expected CTC and notice period, and your availability for a quick "
        "telephonic discussion tomorrow.\n\nRegards,\nKavya Menon\nTalent Acquisition",
        "kt2",
    ),
    (
        "Kaveri Tech",
        "interview",
        "2025-07-11",
        "Kaveri Tech <noreply@hackerearth.com>",
        "Kaveri Tech - Online Coding Test",
        "Hi Ananya,\n\nYou have been invited by Kaveri Tech to take the online "
        "coding test for Senior Software Engineer. The test is 90 minutes long and must be completed by 14 July.",
        "kt3",
    ),
    (
        "Kaveri Tech",
        "interview",
        "2025-07-16",
        _KAVYA,
        "Re: Opportunity with Kaveri Tech - Senior Software Engineer",
        "Hi Ananya,\n\nCongratulations on clearing the coding test! Your technical round is scheduled on 18 July at "
        "11:00 AM on Google Meet with our engineering lead.\n\nRegards,\nKavya",
        "kt2",
    ),
    (
        "Kaveri Tech",
        "onsite",
        "2025-07-21",
        _KAVYA,
        "Re: Opportunity with Kaveri Tech - Senior Software Engineer",
        "Hi Ananya,\n\nYou have been shortlisted for the next round. Please find the details of your techno-managerial "
        "round with the Director of Engineering on 23 July at 4 PM, followed by the HR round.\n\nRegards,\nKavya",
        "kt2",
    ),
    (
        "Kaveri Tech",
        "offer",
        "2025-07-28",
        _KAVYA,
        "Offer Letter - Senior Software Engineer",
        "Hi Ananya,\n\nWe are happy to extend the offer for the position of Senior Software Engineer with an annual CTC "
        "of INR 32,00,000. Please find attached the offer letter and confirm your acceptance within 3 days.\n\n"
        "Regards,\nKavya",
        "kt4",
    ),
    (
        "Kaveri Tech",
        "accepted",
        "2025-07-30",
        _ME,
        "Re: Offer Letter - Senior Software Engineer",
        "Hi Kavya,\n\nThank you! I accept the offer and have signed the offer letter. My last working day at my current "
        "company is 29 August.\n\nRegards,\nAnanya",
        "kt4",
    ),
    (
        "Nilgiri Fintech",
        "applied",
        "2025-07-08",
        "Instahyre <noreply@instahyre.com>",
        "Your application to Nilgiri Fintech",
        "Hi Ananya,\n\nYour application for Backend Engineer II at Nilgiri Fintech has been sent to the hiring team.",
        "nf1",
    ),
    (
        "Nilgiri Fintech",
        "rejected",
        "2025-07-22",
        "Nilgiri Fintech <careers@nilgirifintech.com>",
        "Update on your application - Backend Engineer II",
        "Dear Ananya,\n\nThank you for your interest in Nilgiri "
        "Fintech. We regret to inform you that we will not be able to take your application forward at this stage.",
        "nf2",
    ),
    (
        "Deccan Logistics",
        "applied",
        "2025-07-10",
        "Deccan Logistics <noreply@darwinbox.in>",
        "Application received - Software Engineer III",
        "Dear Ananya,\n\nThank you for applying to Deccan Logistics. "
        "Your application for Software Engineer III has been received.",
        "dl1",
    ),
    (
        "Deccan Logistics",
        "withdrew",
        "2025-07-31",
        _ME,
        "Withdrawal of candidature - Software Engineer III",
        "Dear HR Team,\n\nI would like to withdraw my candidature for the Software Engineer III position as I have "
        "accepted another offer.\n\nRegards,\nAnanya Rao",
        "dl2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Naukri <info@naukri.com>",
        "5 recruiters viewed your profile",
        "alert",
        "Recruiters from 5 companies viewed your profile this week. Upgrade to see who.",
    ),
    ("Swiggy <noreply@swiggy.in>", "Your order is on the way", "shop", "Your order from Meghana Foods is on the way."),
    ("HDFC Bank <alerts@hdfcbank.net>", "Transaction alert", "other", "INR 1,250.00 was debited from your account."),
    (
        "Sai Consultancy <hr@saiconsultancy.co.in>",
        "Urgent opening - Java Developer - Bangalore",
        "outreach",
        "Dear Candidate, we have an urgent opening for Java Developer with our client in Bangalore. Kindly share your "
        "updated resume, current CTC and notice period.",
    ),
    (
        "Instahyre <digest@instahyre.com>",
        "New jobs matching your profile",
        "alert",
        "Backend Engineer - Razorpay - Bengaluru. SDE 2 - Swiggy - Bengaluru. View jobs.",
    ),
    (
        "Scaler <events@scaler.com>",
        "Free masterclass: system design interviews",
        "newsletter",
        "Join our free masterclass on system design interviews this Saturday. Register. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANANYA,
        own_to={"Kaveri Tech": _KAVYA, "Deccan Logistics": "Deccan Logistics HR <hr@deccanlogistics.in>"},
        offset="+0530",
        clock="15:15:00",
        neg_start="2025-07-06",
        neg_step=4,
        neg_clock="08:40:00",
        tag="hundredfiftyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
