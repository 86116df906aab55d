"""A thirty-sixth mailbox, written as a held-out check after the thirty-fifth's fixes (issue #24).

Sneha, a QA automation engineer in Pune, applies to IT services firms and product companies and exports Gmail
with Takeout.  Indian HR English once more, from other firms than the seventeenth's: "Greetings from ...!", "your
profile has been shortlisted", "Mode: Virtual (MS Teams)", "kindly revert", "F2F round", "we are happy to release
the offer", "Letter of Intent", "joining formalities", "your candidature"; Naukri, foundit, Darwinbox, Keka, Zoho
Recruit, SuccessFactors; her own "kindly consider this mail as my acceptance".  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SNEHA = "sneha.kulkarni.qa@gmail.com"
_ME = f"Sneha Kulkarni <{SNEHA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Zentrix Technologies (Naukri, then its HR; technical and managerial rounds; an offer she accepts)
    (
        "Zentrix Technologies",
        "applied",
        "2025-08-04",
        "Naukri <info@naukri.com>",
        "Your application has been sent to Zentrix Technologies",
        "Dear Sneha,\n\nYour application for the job QA Automation Engineer - Selenium/Java (3-6 yrs) at Zentrix "
        "Technologies Pvt Ltd, Pune has been sent successfully.\n\nTeam Naukri",
        "zt1",
    ),
    (
        "Zentrix Technologies",
        "interview",
        "2025-08-08",
        "Zentrix HR <careers@zentrixtech.com>",
        "Interview Schedule - QA Automation Engineer",
        "Dear Sneha,\n\nGreetings from Zentrix Technologies!\n\nYour profile has been shortlisted for the position of "
        "QA Automation Engineer. Please find below the interview details:\n\nRound: Technical Round 1\nDate: 12th "
        "August 2025\nTime: 11:00 AM IST\nMode: Virtual (MS Teams)\n\nKindly confirm your availability.\n\n"
        "Regards,\nTalent Acquisition Team\nZentrix Technologies",
        "zt2",
    ),
    (
        "Zentrix Technologies",
        "interview",
        "2025-08-14",
        "Zentrix HR <careers@zentrixtech.com>",
        "Managerial Round - QA Automation Engineer",
        "Dear Sneha,\n\nCongratulations on clearing the technical round! Your managerial round is scheduled on 18th "
        "August at 3:00 PM with our Delivery Manager. The Teams link will be shared separately.\n\nRegards,\n"
        "Talent Acquisition Team",
        "zt3",
    ),
    (
        "Zentrix Technologies",
        "offer",
        "2025-08-22",
        "Priyanka Deshmukh <priyanka.d@zentrixtech.com>",
        "Offer Letter - Sneha Kulkarni",
        "Dear Sneha,\n\nWe are happy to release the offer for the position of QA Automation Engineer with an annual "
        "CTC of INR 14,50,000. Please find the offer letter attached and share your acceptance by 26th August.\n\n"
        "Regards,\nPriyanka Deshmukh\nHR Business Partner",
        "zt4",
    ),
    (
        "Zentrix Technologies",
        "accepted",
        "2025-08-25",
        _ME,
        "RE: Offer Letter - Sneha Kulkarni",
        "Dear Priyanka,\n\nThank you for the offer. Kindly consider this mail as my acceptance of the offer. I will "
        "join on 15th September as discussed.\n\nRegards,\nSneha Kulkarni",
        "zt4",
    ),
    # Orbitz Infosolutions (foundit; a refusal)
    (
        "Orbitz Infosolutions",
        "applied",
        "2025-08-05",
        "foundit <noreply@foundit.in>",
        "Application submitted successfully",
        "Hi Sneha,\n\nYou have successfully applied to Senior Test Engineer at Orbitz Infosolutions.\n\nAll the best!"
        "\nTeam foundit",
        "oi1",
    ),
    (
        "Orbitz Infosolutions",
        "rejected",
        "2025-08-19",
        "Orbitz Infosolutions HR <hr@orbitzinfo.co.in>",
        "Application status - Senior Test Engineer",
        "Dear Candidate,\n\nThank you for your interest in Orbitz Infosolutions. We regret to inform you that your "
        "candidature has not been shortlisted for further rounds.\n\nBest wishes,\nHR Team\nOrbitz Infosolutions",
        "oi2",
    ),
    # Kaveri Fintech (Darwinbox; an online test, an F2F round, a refusal)
    (
        "Kaveri Fintech",
        "applied",
        "2025-08-06",
        "Kaveri Fintech <noreply@darwinbox.in>",
        "Thank you for applying - SDET II",
        "Dear Sneha,\n\nThank you for applying for SDET II at Kaveri Fintech. Our hiring team will review your "
        "profile.\n\nTeam Kaveri",
        "kf1",
    ),
    (
        "Kaveri Fintech",
        "interview",
        "2025-08-11",
        "Kaveri Fintech <noreply@darwinbox.in>",
        "Online Assessment Link - SDET II",
        "Dear Sneha,\n\nAs part of the selection process, please attempt the online test (Java + API testing, 60 "
        "mins) using the link below within 48 hours.\n\nTeam Kaveri",
        "kf2",
    ),
    (
        "Kaveri Fintech",
        "onsite",
        "2025-08-18",
        "Rahul Menon <rahul.menon@kaverifintech.com>",
        "F2F Interview - SDET II",
        "Hi Sneha,\n\nYou have cleared the online test. We would like to invite you for the final F2F round at our "
        "Baner office on 23rd August (Saturday) at 10 AM. Please carry a government ID proof.\n\nThanks,\nRahul "
        "Menon\nTalent Acquisition",
        "kf3",
    ),
    (
        "Kaveri Fintech",
        "rejected",
        "2025-08-28",
        "Rahul Menon <rahul.menon@kaverifintech.com>",
        "RE: F2F Interview - SDET II",
        "Hi Sneha,\n\nThank you for visiting us. After discussion with the panel, we will not be able to proceed "
        "further with your profile at this point. We will keep your profile in our database for future "
        "opportunities.\n\nThanks,\nRahul",
        "kf3",
    ),
    # Sahyadri Software (Keka; an HR call; she withdraws)
    (
        "Sahyadri Software",
        "applied",
        "2025-08-07",
        "Sahyadri Software <noreply@keka.com>",
        "Application received for QA Lead",
        "Hi Sneha,\n\nWe have received your application for QA Lead. Our recruitment team will get in touch with you "
        "if your profile matches.\n\nSahyadri Software",
        "ss1",
    ),
    (
        "Sahyadri Software",
        "screen",
        "2025-08-13",
        "Anjali Patil <anjali.patil@sahyadrisoft.com>",
        "QA Lead - Sahyadri Software",
        "Hi Sneha,\n\nI tried reaching you on your mobile. I'm from the HR team at Sahyadri Software and would like "
        "to have a quick telephonic discussion regarding the QA Lead position. Please let me know a suitable time "
        "today or tomorrow.\n\nRegards,\nAnjali",
        "ss2",
    ),
    (
        "Sahyadri Software",
        "withdrew",
        "2025-08-26",
        _ME,
        "RE: QA Lead - Sahyadri Software",
        "Hi Anjali,\n\nThank you for considering my profile. I have accepted another offer, hence I would like to "
        "withdraw my candidature for the QA Lead position.\n\nRegards,\nSneha",
        "ss2",
    ),
    # Deccan Retail Labs (Zoho Recruit; her follow-up; a refusal)
    (
        "Deccan Retail Labs",
        "applied",
        "2025-08-08",
        "Deccan Retail Labs <notification@zohorecruit.in>",
        "Thank you for your application",
        "Dear Sneha Kulkarni,\n\nThank you for applying for the Automation Test Engineer position at Deccan Retail "
        "Labs. We will get back to you shortly.\n\nRegards,\nRecruitment Team",
        "dr1",
    ),
    (
        "Deccan Retail Labs",
        "follow_up",
        "2025-08-20",
        _ME,
        "Requesting update - Automation Test Engineer application",
        "Dear Sir/Madam,\n\nI had applied for the Automation Test Engineer position on 8th August. Requesting you to "
        "kindly update me on the status of my profile.\n\nRegards,\nSneha Kulkarni\n+91 98220 00000",
        "dr2",
    ),
    (
        "Deccan Retail Labs",
        "rejected",
        "2025-08-22",
        "Deccan Retail Labs <notification@zohorecruit.in>",
        "Update on your application",
        "Dear Sneha Kulkarni,\n\nThank you for your patience. We have reviewed your profile and regret to inform you "
        "that we will not be moving ahead with your application at this time.\n\nRegards,\nRecruitment Team",
        "dr3",
    ),
    # Meridian Global Services (SuccessFactors; an HR screen; a Letter of Intent she declines)
    (
        "Meridian Global Services",
        "applied",
        "2025-08-09",
        "Meridian Global Services <noreply@successfactors.com>",
        "Meridian Global Services - Application Acknowledgement",
        "Dear Sneha,\n\nThank you for your interest in Meridian Global Services. This is to acknowledge the receipt of "
        "your application for the role of Test Analyst.\n\nMeridian Talent Acquisition",
        "mg1",
    ),
    (
        "Meridian Global Services",
        "screen",
        "2025-08-12",
        "Vikram Rao <vikram.rao@meridianglobal.com>",
        "Test Analyst - HR discussion",
        "Hi Sneha,\n\nThanks for the time on call today. As discussed, I'm moving your profile to the technical panel "
        "and will share the interview slots shortly.\n\nRegards,\nVikram Rao\nTalent Acquisition",
        "mg2",
    ),
    (
        "Meridian Global Services",
        "offer",
        "2025-08-21",
        "Vikram Rao <vikram.rao@meridianglobal.com>",
        "Letter of Intent - Test Analyst",
        "Hi Sneha,\n\nCongratulations! Based on your interviews, we are pleased to share the Letter of Intent for the "
        "Test Analyst role. The detailed offer letter will be issued after document verification.\n\nRegards,\n"
        "Vikram Rao",
        "mg3",
    ),
    (
        "Meridian Global Services",
        "declined",
        "2025-08-26",
        _ME,
        "RE: Letter of Intent - Test Analyst",
        "Hi Vikram,\n\nThank you for the LOI. I regret to inform you that I will not be able to accept it as I have "
        "decided to go ahead with another opportunity.\n\nRegards,\nSneha",
        "mg3",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Naukri <jobalerts@naukri.com>",
        "Jobs matching your profile: QA Automation",
        "job alert",
        "25 new jobs for QA Automation Engineer in Pune. Apply now. Unsubscribe",
    ),
    (
        "Naukri <info@naukri.com>",
        "Recruiters viewed your profile",
        "application viewed",
        "3 recruiters viewed your Naukri profile this week. Update your profile to get noticed.",
    ),
    (
        "Amit Joshi <amit.joshi@talentcrest-example.in>",
        "Urgent opening - Automation Tester - Hinjewadi",
        "cold outreach",
        "Hi Sneha, we have an urgent requirement for an Automation Tester with 4+ years of experience for our "
        "client in Hinjewadi. If interested, kindly share your updated CV with current and expected CTC.",
    ),
    (
        "UIDAI <noreply@uidai.gov.in>",
        "Your update request has been received",
        "not a job application",
        "Your application for Aadhaar address update has been received. URN: 1234-5678.",
    ),
    (
        "Swiggy <noreply@swiggy.in>",
        "Your order has been delivered",
        "not about an application",
        "Your order from Vaishali has been delivered. Rate your experience.",
    ),
    (
        "Ministry of Testing <newsletter@ministryoftesting.example>",
        "This week in testing: Playwright tips",
        "newsletter",
        "Articles, meetups and job tips for testers. Unsubscribe",
    ),
    (
        "Aai <sunita.kulkarni@rediffmail.com>",
        "all the best beta",
        "not about an application",
        "All the best for your interview tomorrow beta. Eat properly.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=SNEHA,
        own_to={
            "Zentrix Technologies": "Priyanka Deshmukh <priyanka.d@zentrixtech.com>",
            "Sahyadri Software": "Anjali Patil <anjali.patil@sahyadrisoft.com>",
            "Deccan Retail Labs": "Deccan Retail Labs HR <hr@deccanretaillabs.com>",
            "Meridian Global Services": "Vikram Rao <vikram.rao@meridianglobal.com>",
        },
        offset="+0530",
        clock="10:10:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="08:00:00",
        tag="thirtysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
