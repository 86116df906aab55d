"""A seventeenth mailbox, written as a held-out check after the sixteenth's fixes (issue #24).

Ananya, a backend engineer in Bengaluru, exports Gmail with Takeout: Naukri, Instahyre, Cutshort, iimjobs and
LinkedIn; Indian HR English ("Greetings from ...", "kindly revert", "your candidature", "shortlisted for the next
round", "HR round", "technical round 1", "offer release", "we regret to inform you that your profile has not been
shortlisted"), HackerEarth and Mettl tests, Darwinbox, Keka and Zoho Recruit, a product startup's founder, and
everyday mail.  Its score before any rule was changed for it is in the issue note; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANANYA = "ananya.k.rao@gmail.com"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Vayu Fintech (Naukri, then HR)
    (
        "Vayu Fintech",
        "applied",
        "2025-06-02",
        "Naukri <info@naukri.com>",
        "Application sent: Senior Backend Engineer - Vayu Fintech",
        "Dear Ananya, your application for Senior Backend Engineer at Vayu Fintech Pvt Ltd has been sent to the "
        "recruiter. Track its status on Naukri.",
        "v1",
    ),
    (
        "Vayu Fintech",
        "interview",
        "2025-06-06",
        "Shruti Nair <shruti.nair@vayufintech.in>",
        "Interview Schedule | Senior Backend Engineer | Vayu Fintech",
        "Dear Ananya,\n\nGreetings from Vayu Fintech!\n\nWe are pleased to inform you that your profile has been "
        "shortlisted for Technical Round 1 on 10th June at 11:00 AM over Google Meet. Kindly confirm your "
        "availability.\n\nRegards,\nShruti Nair\nHR - Talent Acquisition",
        "v2",
    ),
    (
        "Vayu Fintech",
        "interview",
        "2025-06-12",
        "Shruti Nair <shruti.nair@vayufintech.in>",
        "RE: Interview Schedule | Senior Backend Engineer | Vayu Fintech",
        "Hi Ananya,\n\nCongratulations on clearing the first round. Your Technical Round 2 (system design) is "
        "scheduled for 16th June, 3 PM with our Engineering Manager. Kindly revert with your confirmation.\n\n"
        "Regards,\nShruti",
        "v2",
    ),
    (
        "Vayu Fintech",
        "onsite",
        "2025-06-18",
        "Shruti Nair <shruti.nair@vayufintech.in>",
        "RE: Interview Schedule | Senior Backend Engineer | Vayu Fintech",
        "Hi Ananya,\n\nYou have cleared the technical rounds. The final round is a managerial + HR discussion at our "
        "Koramangala office on 21st June. Please carry a government ID.\n\nRegards,\nShruti",
        "v2",
    ),
    (
        "Vayu Fintech",
        "offer",
        "2025-06-25",
        "Shruti Nair <shruti.nair@vayufintech.in>",
        "Offer Letter - Ananya Rao - Senior Backend Engineer",
        "Dear Ananya,\n\nWe are delighted to release your offer for the position of Senior Backend Engineer. Please "
        "find attached the offer letter with your CTC breakup. Kindly share your acceptance by 30th June.\n\n"
        "Regards,\nShruti Nair",
        "v3",
    ),
    (
        "Vayu Fintech",
        "accepted",
        "2025-06-27",
        f"Ananya Rao <{ANANYA}>",
        "RE: Offer Letter - Ananya Rao - Senior Backend Engineer",
        "Dear Shruti,\n\nThank you for the offer. I am happy to accept the offer and have attached the signed copy. "
        "My last working day at my current organisation will be 25th July.\n\nRegards,\nAnanya",
        "v3",
    ),
    # Kestrel Logistics (Instahyre, test link, rejection)
    (
        "Kestrel Logistics",
        "applied",
        "2025-06-03",
        "Instahyre <noreply@instahyre.com>",
        "You applied to Kestrel Logistics",
        "Hi Ananya, you have successfully applied to the Backend Developer (Go) opportunity at Kestrel Logistics. "
        "The recruiter will review your profile.",
        "k1",
    ),
    (
        "Kestrel Logistics",
        "interview",
        "2025-06-09",
        "HackerEarth <noreply@hackerearth.com>",
        "Kestrel Logistics has invited you to a test",
        "Hi Ananya, Kestrel Logistics has invited you to take the test 'Backend Developer - Online Assessment'. The "
        "test link is valid for 72 hours. Duration: 90 minutes.",
        "k2",
    ),
    (
        "Kestrel Logistics",
        "rejected",
        "2025-06-20",
        "Kestrel Logistics HR <careers@kestrellogistics.com>",
        "Update on your candidature - Backend Developer",
        "Dear Ananya,\n\nThank you for taking the online assessment. We regret to inform you that you have not "
        "cleared the assessment and we will not be able to take your candidature further at this time.\n\nBest "
        "wishes,\nTeam HR, Kestrel Logistics",
        "k3",
    ),
    # Tarang Health (Darwinbox)
    (
        "Tarang Health",
        "applied",
        "2025-06-04",
        "Tarang Health <noreply@darwinbox.in>",
        "Application Received - Platform Engineer",
        "Dear Ananya Rao,\n\nThank you for applying to Tarang Health. We have received your application for the "
        "role of Platform Engineer.\n\nTeam Talent Acquisition",
        "t1",
    ),
    (
        "Tarang Health",
        "rejected",
        "2025-06-16",
        "Tarang Health <noreply@darwinbox.in>",
        "Status of your application - Platform Engineer",
        "Dear Ananya Rao,\n\nThank you for your interest in Tarang Health. We regret to inform you that your profile "
        "has not been shortlisted for the current opening. We will retain your resume in our database.\n\nTeam "
        "Talent Acquisition",
        "t2",
    ),
    # Sarathi Cloud (Cutshort, then a recruiter's call)
    (
        "Sarathi Cloud",
        "applied",
        "2025-06-05",
        "Cutshort <notifications@cutshort.io>",
        "Your application to Sarathi Cloud is in!",
        "Ananya, your application for SDE 2 - Backend at Sarathi Cloud has been submitted. We'll notify you when "
        "the recruiter responds.",
        "s1",
    ),
    (
        "Sarathi Cloud",
        "screen",
        "2025-06-10",
        "Pooja Iyer <pooja@sarathicloud.com>",
        "SDE 2 - Backend | Sarathi Cloud",
        "Hi Ananya,\n\nThis is Pooja from the Talent team at Sarathi Cloud. I went through your profile on Cutshort "
        "and would like to have a quick 15 min telephonic discussion to understand your experience and notice "
        "period. Please let me know a convenient time.\n\nThanks,\nPooja",
        "s2",
    ),
    (
        "Sarathi Cloud",
        "withdrew",
        "2025-06-28",
        f"Ananya Rao <{ANANYA}>",
        "Re: SDE 2 - Backend | Sarathi Cloud",
        "Hi Pooja,\n\nThank you for the opportunity. I have accepted another offer, so I would like to withdraw my "
        "application. Sorry for the inconvenience.\n\nRegards,\nAnanya",
        "s2",
    ),
    # Meridian Retail Labs (Zoho Recruit)
    (
        "Meridian Retail Labs",
        "applied",
        "2025-06-07",
        "Meridian Retail Labs <notification@zohorecruit.in>",
        "Thank you for your application",
        "Hi Ananya,\n\nThank you for showing interest in the Senior Software Engineer position at Meridian Retail "
        "Labs. Our recruitment team will go through your profile and get in touch with you if it matches our "
        "requirement.",
        "m1",
    ),
    (
        "Meridian Retail Labs",
        "interview",
        "2025-06-13",
        "Meridian Retail Labs <notification@zohorecruit.in>",
        "Interview Invitation - Senior Software Engineer",
        "Hi Ananya,\n\nYou are invited for a virtual interview for the Senior Software Engineer position.\nDate: 17 "
        "Jun 2025\nTime: 02:30 PM IST\nMode: Microsoft Teams\n\nPlease click the link below to accept the invite.",
        "m2",
    ),
    (
        "Meridian Retail Labs",
        "rejected",
        "2025-06-24",
        "Meridian Retail Labs <notification@zohorecruit.in>",
        "Application Status - Senior Software Engineer",
        "Hi Ananya,\n\nThank you for attending the interview. After careful evaluation, the panel has decided not "
        "to proceed further with your application. We appreciate your time.",
        "m3",
    ),
    # Pinecone Analytics (LinkedIn, then nothing; the person's own follow-up)
    (
        "Pinecone Analytics",
        "applied",
        "2025-06-08",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ananya, your application was sent to Pinecone Analytics",
        "Your application was sent to Pinecone Analytics\nBackend Engineer\nPinecone Analytics · Bengaluru, "
        "Karnataka, India (On-site)",
        "p1",
    ),
    (
        "Pinecone Analytics",
        "follow_up",
        "2025-06-23",
        f"Ananya Rao <{ANANYA}>",
        "Backend Engineer application - Ananya Rao",
        "Dear Hiring Team,\n\nI had applied for the Backend Engineer role on 8th June via LinkedIn. I wanted to "
        "know if there is any update on my application.\n\nRegards,\nAnanya Rao",
        "p2",
    ),
    # Nimbus Devices (iimjobs -> Keka)
    (
        "Nimbus Devices",
        "applied",
        "2025-06-11",
        "iimjobs <alerts@iimjobs.com>",
        "Application confirmation: Lead Engineer - Firmware Platform",
        "Dear Ananya, you have successfully applied for Lead Engineer - Firmware Platform (Nimbus Devices). The "
        "recruiter may contact you directly.",
        "n1",
    ),
    (
        "Nimbus Devices",
        "screen",
        "2025-06-17",
        "Nimbus Devices <noreply@keka.com>",
        "Telephonic round scheduled - Lead Engineer",
        "Dear Ananya,\n\nYour telephonic round with Rahul Menon (Recruiter) for the Lead Engineer role at Nimbus "
        "Devices is scheduled on 19-Jun-2025 at 12:00 PM.\n\nNimbus Devices",
        "n2",
    ),
    (
        "Nimbus Devices",
        "rejected",
        "2025-07-01",
        "Nimbus Devices <noreply@keka.com>",
        "Lead Engineer - Application update",
        "Dear Ananya,\n\nThank you for your time. We have decided to move ahead with other profiles which are more "
        "aligned with the requirement.\n\nNimbus Devices",
        "n3",
    ),
    # Kaveri Systems (Mettl test, then an offer and the person declines)
    (
        "Kaveri Systems",
        "applied",
        "2025-06-12",
        "Kaveri Systems Careers <careers@kaverisystems.com>",
        "Acknowledgement - Application for Backend Engineer",
        "Dear Candidate,\n\nThis is to acknowledge the receipt of your application for the post of Backend "
        "Engineer. Shortlisted candidates will be contacted for further rounds.\n\nHR Department\nKaveri Systems",
        "ks1",
    ),
    (
        "Kaveri Systems",
        "interview",
        "2025-06-15",
        "Mercer | Mettl <noreply@mettl.com>",
        "Assessment invitation from Kaveri Systems",
        "Dear Ananya, you have been invited by Kaveri Systems to take the assessment 'Backend Engineer - Coding'. "
        "Please complete it before 18 Jun 2025.",
        "ks2",
    ),
    (
        "Kaveri Systems",
        "offer",
        "2025-06-30",
        "Kaveri Systems Careers <careers@kaverisystems.com>",
        "Offer of Employment - Backend Engineer",
        "Dear Ananya,\n\nWith reference to your interviews, we are pleased to offer you the position of Backend "
        "Engineer at Kaveri Systems. Your annual CTC will be INR 32,00,000. Please find the offer letter attached."
        "\n\nHR Department",
        "ks3",
    ),
    (
        "Kaveri Systems",
        "declined",
        "2025-07-02",
        f"Ananya Rao <{ANANYA}>",
        "RE: Offer of Employment - Backend Engineer",
        "Dear HR Team,\n\nThank you very much for the offer. After careful thought, I have decided not to accept "
        "the offer as I have accepted another opportunity.\n\nRegards,\nAnanya",
        "ks3",
    ),
    # Bodhi Labs (a founder's direct mail after the person's own application)
    (
        "Bodhi Labs",
        "applied",
        "2025-06-14",
        f"Ananya Rao <{ANANYA}>",
        "Application for Founding Backend Engineer",
        "Hi Karthik,\n\nI came across Bodhi Labs on Twitter and would love to apply for the founding backend role. "
        "Resume attached.\n\nBest,\nAnanya",
        "b1",
    ),
    (
        "Bodhi Labs",
        "interview",
        "2025-06-19",
        "Karthik S <karthik@bodhilabs.ai>",
        "Re: Application for Founding Backend Engineer",
        "Hey Ananya, thanks for writing in! Would you be up for a 45 minute technical chat with me and our CTO this "
        "Saturday?\n\nKarthik",
        "b1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Naukri <jobalerts@naukri.com>",
        "23 new jobs matching your profile",
        "job alert",
        "Recommended jobs: Backend Engineer - Swiggy, SDE 2 - Razorpay. Apply now.",
    ),
    (
        "Naukri <info@naukri.com>",
        "Recruiters are viewing your profile",
        "not about an application",
        "Your profile was viewed by 6 recruiters this week. Update your resume to get more calls.",
    ),
    (
        "Instahyre <noreply@instahyre.com>",
        "Kestrel Logistics and 4 others are interested in you",
        "cold outreach",
        "Hi Ananya, these companies have shown interest in your profile. Reply to their invitations to start a "
        "conversation.",
    ),
    (
        "Rohit Verma <rohit@talentsphere-consulting.in>",
        "Urgent opening - Java Lead - Pune",
        "cold outreach",
        "Dear Candidate, we have an urgent requirement for Java Lead with our client, a leading MNC. Kindly share "
        "your updated CV, current CTC, expected CTC and notice period.",
    ),
    (
        "Scaler <newsletter@scaler.com>",
        "Crack your next system design interview",
        "newsletter",
        "Join our free masterclass on system design interviews this Sunday. Register now. Unsubscribe",
    ),
    (
        "HDFC Bank <alerts@hdfcbank.net>",
        "Your credit card application status",
        "not a job application",
        "Dear Customer, your application for HDFC Regalia credit card has been approved.",
    ),
    (
        "LinkedIn <messages-noreply@linkedin.com>",
        "Meera Pillai sent you a message",
        "cold outreach",
        "Hi Ananya, I'm hiring for a Staff Engineer role at a Series B startup. Your background looks like a great "
        "fit. Open to a quick chat?",
    ),
    (
        "Swiggy <noreply@swiggy.in>",
        "Your order has been delivered",
        "not about an application",
        "Hope you enjoyed your meal! Rate your order.",
    ),
    (
        "Cutshort <notifications@cutshort.io>",
        "Complete your profile to get 3x more interviews",
        "not about an application",
        "Profiles with a video intro get three times more interview calls. Add yours now.",
    ),
    (
        "Amma <lakshmi.rao1962@gmail.com>",
        "Interview?",
        "not about an application",
        "Kanna, how was your interview? Call me after dinner. Appa is asking also.",
    ),
    (
        "iimjobs <alerts@iimjobs.com>",
        "Jobs you may like: Engineering Manager",
        "job alert",
        "Based on your profile: Engineering Manager - Flipkart, Lead Engineer - Meesho.",
    ),
    (
        "GeeksforGeeks <no-reply@geeksforgeeks.org>",
        "Your weekly coding contest results",
        "newsletter",
        "You ranked 1,204 in this week's contest. Practice more problems. Unsubscribe",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ANANYA,
        own_to={
            "Vayu Fintech": "Shruti Nair <shruti.nair@vayufintech.in>",
            "Sarathi Cloud": "Pooja Iyer <pooja@sarathicloud.com>",
            "Pinecone Analytics": "Pinecone Analytics Careers <careers@pineconeanalytics.in>",
            "Kaveri Systems": "Kaveri Systems Careers <careers@kaverisystems.com>",
            "Bodhi Labs": "Karthik S <karthik@bodhilabs.ai>",
        },
        offset="+0530",
        clock="11:40:00",
        neg_start="2025-06-02",
        neg_step=3,
        neg_clock="08:05:00",
        tag="satrah",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
