"""A sixty-fifth mailbox, written as a held-out check after the sixty-fourth's fixes (issue #24).

Priya, a backend developer in Bengaluru, exports Gmail with Takeout.  Indian HR English: "Greetings from ...!",
"your profile has been shortlisted", "kindly confirm your availability", a "Technical Round 1" and "Technical
Round 2", an "HR round" that is the last, an offer letter with a CTC in LPA, "we regret to inform you"; Naukri and
Instahyre, Darwinbox and Zoho Recruit; a consultancy's cold mail "with our client, a leading MNC"; her own
application sent by mail ("PFA my resume"), her follow-up and her acceptance.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.raghavan.dev@gmail.com"
_ME = f"Priya Raghavan <{PRIYA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Zentrix Technologies (Darwinbox; HR call; two technical rounds; HR round; an offer she accepts)
    (
        "Zentrix Technologies",
        "applied",
        "2025-07-07",
        "Zentrix Technologies Careers <no-reply@darwinbox.in>",
        "Application received - Backend Developer (Java)",
        "Dear Priya Raghavan,\n\nThank you for applying for the position of Backend Developer (Java) at Zentrix "
        "Technologies. Our Talent Acquisition team will review your profile and get in touch with you if it matches "
        "our requirement.\n\nRegards,\nTeam Talent Acquisition\nZentrix Technologies Pvt. Ltd.",
        "zx1",
    ),
    (
        "Zentrix Technologies",
        "screen",
        "2025-07-10",
        "Sneha Kulkarni <sneha.kulkarni@zentrixtech.com>",
        "Backend Developer (Java) - Zentrix Technologies",
        "Hi Priya,\n\nGreetings from Zentrix Technologies!\n\nYour profile has been shortlisted for the Backend "
        "Developer (Java) role. I would like to have a quick telephonic discussion with you regarding the role, your "
        "current CTC, expected CTC and notice period. Kindly let me know a suitable time tomorrow.\n\nThanks & "
        "Regards,\nSneha Kulkarni\nTalent Acquisition",
        "zx2",
    ),
    (
        "Zentrix Technologies",
        "interview",
        "2025-07-15",
        "Zentrix Technologies Careers <no-reply@darwinbox.in>",
        "Interview Scheduled: Technical Round 1 - Backend Developer (Java)",
        "Dear Priya Raghavan,\n\nYour Technical Round 1 has been scheduled as below.\n\nDate: 17 Jul 2025\nTime: "
        "11:00 AM IST\nMode: Google Meet\nPanel: Arvind Menon\n\nKindly join 5 minutes before the scheduled time."
        "\n\nRegards,\nTeam Talent Acquisition\nZentrix Technologies Pvt. Ltd.",
        "zx3",
    ),
    (
        "Zentrix Technologies",
        "interview",
        "2025-07-21",
        "Zentrix Technologies Careers <no-reply@darwinbox.in>",
        "Interview Scheduled: Technical Round 2 - Backend Developer (Java)",
        "Dear Priya Raghavan,\n\nCongratulations on clearing Technical Round 1. Your Technical Round 2 has been "
        "scheduled as below.\n\nDate: 23 Jul 2025\nTime: 3:00 PM IST\nMode: Google Meet\nPanel: Deepa Iyer\n\n"
        "Regards,\nTeam Talent Acquisition\nZentrix Technologies Pvt. Ltd.",
        "zx4",
    ),
    (
        "Zentrix Technologies",
        "onsite",
        "2025-07-25",
        "Sneha Kulkarni <sneha.kulkarni@zentrixtech.com>",
        "Re: Backend Developer (Java) - Zentrix Technologies",
        "Hi Priya,\n\nGood news, you have cleared both the technical rounds. The final round is the HR round with our "
        "HR Head, Mr. Rajesh Nair, at our Whitefield office on Monday 28th July at 11 AM. Kindly carry a copy of your "
        "resume and a photo ID.\n\nThanks & Regards,\nSneha",
        "zx2",
    ),
    (
        "Zentrix Technologies",
        "offer",
        "2025-08-01",
        "Sneha Kulkarni <sneha.kulkarni@zentrixtech.com>",
        "Offer Letter - Backend Developer (Java)",
        "Dear Priya,\n\nWe are delighted to offer you the position of Backend Developer (Java) at Zentrix "
        "Technologies Pvt. Ltd. with an annual CTC of INR 24,00,000 (24 LPA). Please find attached your offer letter. "
        "Kindly sign and send the acceptance by 6th August.\n\nThanks & Regards,\nSneha Kulkarni\nTalent "
        "Acquisition",
        "zx5",
    ),
    (
        "Zentrix Technologies",
        "accepted",
        "2025-08-04",
        _ME,
        "Re: Offer Letter - Backend Developer (Java)",
        "Hi Sneha,\n\nThank you for the offer. I am happy to accept it; please find attached the signed offer letter. "
        "My last working day at my current company is 29th August.\n\nRegards,\nPriya",
        "zx5",
    ),
    # Kavya Fintech (her own application by mail; a technical round; a refusal)
    (
        "Kavya Fintech",
        "applied",
        "2025-07-08",
        _ME,
        "Application for Backend Engineer - Priya Raghavan",
        "Dear Hiring Team,\n\nI came across the Backend Engineer opening at Kavya Fintech on LinkedIn. PFA my resume "
        "for your consideration. I have 4 years of experience in Java, Spring Boot and Kafka.\n\nRegards,\nPriya "
        "Raghavan\n+91 98450 12345",
        "kf1",
    ),
    (
        "Kavya Fintech",
        "interview",
        "2025-07-16",
        "Rohit Sharma <rohit.sharma@kavyafintech.in>",
        "Re: Application for Backend Engineer - Priya Raghavan",
        "Hi Priya,\n\nThanks for your mail. We would like to schedule a technical interview with our Engineering "
        "Manager on Friday, 18th July at 4 PM over Zoom. Please confirm.\n\nRegards,\nRohit Sharma\nHR, Kavya Fintech",
        "kf1",
    ),
    (
        "Kavya Fintech",
        "rejected",
        "2025-07-24",
        "Rohit Sharma <rohit.sharma@kavyafintech.in>",
        "Re: Application for Backend Engineer - Priya Raghavan",
        "Hi Priya,\n\nThank you for taking the time to interview with us. We regret to inform you that we will not be "
        "moving forward with your candidature at this point. We wish you all the best.\n\nRegards,\nRohit Sharma",
        "kf1",
    ),
    # Meridian Softlabs (Naukri; a follow-up of hers; silence)
    (
        "Meridian Softlabs",
        "applied",
        "2025-07-09",
        "Naukri <naukri@naukri.com>",
        "You have successfully applied to Meridian Softlabs",
        "Hi Priya,\n\nYour application for Senior Software Engineer - Java at Meridian Softlabs Pvt Ltd has been sent "
        "to the recruiter.\n\nTrack your application status on Naukri.\n\nTeam Naukri.com",
        "ms1",
    ),
    (
        "Meridian Softlabs",
        "follow_up",
        "2025-07-23",
        _ME,
        "Following up on my application - Senior Software Engineer",
        "Dear Sir/Madam,\n\nI had applied for the Senior Software Engineer - Java position at Meridian Softlabs "
        "through Naukri on 9th July. I wanted to follow up on the status of my application.\n\nRegards,\nPriya "
        "Raghavan",
        "ms2",
    ),
    # Tarang Commerce (Instahyre; the recruiter's interest; an online coding test; a refusal)
    (
        "Tarang Commerce",
        "applied",
        "2025-07-11",
        "Instahyre <noreply@instahyre.com>",
        "Application sent to Tarang Commerce",
        "Hi Priya,\n\nYour application for Backend Developer at Tarang Commerce has been sent. We will notify you when "
        "the company responds.\n\nTeam Instahyre",
        "tc1",
    ),
    (
        "Tarang Commerce",
        "interview",
        "2025-07-14",
        "Tarang Commerce Hiring <hiring@tarangcommerce.com>",
        "Online Assessment - Backend Developer | Tarang Commerce",
        "Hi Priya,\n\nYou have been shortlisted for the next step. Please complete the online coding assessment on "
        "HackerRank within 48 hours using the link below.\n\nAll the best!\nTarang Commerce Hiring Team",
        "tc2",
    ),
    (
        "Tarang Commerce",
        "rejected",
        "2025-07-22",
        "Tarang Commerce Hiring <hiring@tarangcommerce.com>",
        "Update on your application | Tarang Commerce",
        "Hi Priya,\n\nThank you for taking the assessment. After careful evaluation, we regret to inform you that you "
        "have not been shortlisted for further rounds. We will keep your profile in our database for future "
        "openings.\n\nTarang Commerce Hiring Team",
        "tc3",
    ),
    # Northstar Analytics (Zoho Recruit; a withdrawal after accepting Zentrix)
    (
        "Northstar Analytics",
        "applied",
        "2025-07-18",
        "Northstar Analytics <notification@zohorecruit.in>",
        "Thank you for applying - Northstar Analytics",
        "Dear Priya,\n\nThank you for your interest in the Data Platform Engineer position at Northstar Analytics. "
        "We have received your application and our team will review it shortly.\n\nBest Regards,\nHR Team\n"
        "Northstar Analytics",
        "na1",
    ),
    (
        "Northstar Analytics",
        "screen",
        "2025-07-30",
        "Ananya Das <ananya.das@northstaranalytics.co.in>",
        "Data Platform Engineer - Northstar Analytics",
        "Hi Priya,\n\nHope you are doing well. I am from the HR team at Northstar Analytics. Your profile looks "
        "interesting for our Data Platform Engineer opening. Can we connect over a call for 15 minutes tomorrow to "
        "discuss further?\n\nRegards,\nAnanya Das\nHR Executive",
        "na2",
    ),
    (
        "Northstar Analytics",
        "withdrew",
        "2025-08-04",
        _ME,
        "Re: Data Platform Engineer - Northstar Analytics",
        "Hi Ananya,\n\nThank you for considering my profile. I have accepted another offer, so I would like to "
        "withdraw my application for the Data Platform Engineer role. Sorry for the inconvenience.\n\nRegards,\n"
        "Priya",
        "na2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Naukri <info@naukri.com>",
        "Recruiters viewed your profile",
        "viewed",
        "Hi Priya,\n\n3 recruiters viewed your profile this week, including Meridian Softlabs Pvt Ltd. Update your "
        "profile to get noticed.\n\nTeam Naukri.com",
    ),
    (
        "Naukri Job Alerts <jobalerts@naukri.com>",
        "25 new Java Developer jobs in Bengaluru",
        "alert",
        "Java Developer - Meridian Softlabs - 4-8 Yrs - Bengaluru\nBackend Engineer - Kavya Fintech - 3-6 Yrs\nApply "
        "now",
    ),
    (
        "Manish Gupta <manish@talentbridgeconsultants.com>",
        "Opening for Java Developer with a leading MNC - Bangalore",
        "outreach",
        "Greetings from TalentBridge Consultants!\n\nWe have an urgent opening for Java Developer (4-7 yrs) with our "
        "client, a leading MNC in Bangalore. If interested, kindly share your updated resume with current CTC, "
        "expected CTC and notice period.\n\nRegards,\nManish Gupta",
    ),
    (
        "Instahyre <noreply@instahyre.com>",
        "Companies are looking at your profile",
        "viewed",
        "Hi Priya,\n\nTarang Commerce and 4 other companies viewed your profile this week.\n\nTeam Instahyre",
    ),
    (
        "Zentrix Technologies HR <hr.onboarding@zentrixtech.com>",
        "Pre-onboarding documents - Zentrix Technologies",
        "onboarding",
        "Dear Priya,\n\nWelcome aboard! Kindly upload your educational certificates, relieving letter and PAN card on "
        "the Darwinbox portal before your joining date.\n\nHR Operations",
    ),
    (
        "Hasgeek <newsletter@hasgeek.com>",
        "Rootconf 2025: talks announced",
        "newsletter",
        "This year's talks on infrastructure and reliability are out. Register now. Unsubscribe",
    ),
    (
        "Amma <lakshmi.raghavan58@gmail.com>",
        "Call me",
        "personal",
        "Kanna, call me after your interview. Did they say anything about the offer?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=PRIYA,
        own_to={
            "Zentrix Technologies": "Sneha Kulkarni <sneha.kulkarni@zentrixtech.com>",
            "Kavya Fintech": "Careers Kavya Fintech <careers@kavyafintech.in>",
            "Meridian Softlabs": "Meridian Softlabs HR <hr@meridiansoftlabs.com>",
            "Northstar Analytics": "Ananya Das <ananya.das@northstaranalytics.co.in>",
        },
        offset="+0530",
        clock="10:40:00",
        neg_start="2025-07-12",
        neg_step=5,
        neg_clock="08:10:00",
        tag="sixtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
