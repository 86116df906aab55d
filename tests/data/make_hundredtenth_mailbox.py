"""A hundred-and-tenth mailbox, written as a held-out check after the hundred-and-ninth (issue #24).

Chiamaka, a financial analyst in Lagos, exports Gmail with Takeout.  Nigerian employers write an English of their
own: "we acknowledge the receipt of your application", "you have been shortlisted for the aptitude test holding
on", "you are invited for an oral interview", "kindly acknowledge receipt of this mail", "offer of employment",
"we regret to inform you that your application was unsuccessful at this time"; a job site relays applications
(Jobberman).  Its negatives are hers: a job site's and a jobs newsletter's alerts, a bank's alert, a national
service's notice, a "registration fee" job scam from a free mailbox, a church group's mail.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHIAMAKA = "chiamaka.okafor.fin@gmail.com"
_ME = f"Chiamaka Okafor <{CHIAMAKA}>"
_HR = "Lagoon Capital HR <recruitment@lagooncapital.com.ng>"
_TUNDE = "Tunde Adebayo <tunde.adebayo@eko-agro.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Lagoon Capital (its own HR: receipt, aptitude test, oral interview, offer, accepted)
    (
        "Lagoon Capital",
        "applied",
        "2025-06-02",
        _HR,
        "Acknowledgement of Application - Financial Analyst",
        "Dear Chiamaka Okafor,\n\nWe acknowledge the receipt of your application for the position of Financial "
        "Analyst at Lagoon Capital Limited. Your application is being reviewed and only shortlisted candidates "
        "will be contacted.\n\nRegards,\nHuman Resources Department\nLagoon Capital Limited",
        "lc1",
    ),
    (
        "Lagoon Capital",
        "interview",
        "2025-06-10",
        _HR,
        "Invitation for Aptitude Test",
        "Dear Chiamaka,\n\nFollowing your application for the position of Financial Analyst, you have been "
        "shortlisted for the aptitude test holding on Saturday, 14th June 2025 at 9:00am at our office, 12 Adeola "
        "Odeku Street, Victoria Island. Please come with a valid means of identification.\n\nKindly acknowledge "
        "receipt of this mail.\n\nRegards,\nHuman Resources Department",
        "lc2",
    ),
    (
        "Lagoon Capital",
        "onsite",
        "2025-06-20",
        _HR,
        "Invitation for Oral Interview",
        "Dear Chiamaka,\n\nCongratulations on your performance in the aptitude test. You are hereby invited for an "
        "oral interview with the management panel holding on Thursday, 26th June 2025 at 11:00am at our head "
        "office. Dress code: corporate.\n\nRegards,\nHuman Resources Department",
        "lc3",
    ),
    (
        "Lagoon Capital",
        "offer",
        "2025-07-04",
        _HR,
        "Offer of Employment - Financial Analyst",
        "Dear Chiamaka,\n\nFollowing your successful interview, we are pleased to offer you employment as a Financial "
        "Analyst at Lagoon Capital Limited. Attached is your offer letter stating the terms and conditions of "
        "employment. Kindly sign and return a copy within five working days.\n\nRegards,\nHuman Resources "
        "Department",
        "lc4",
    ),
    (
        "Lagoon Capital",
        "accepted",
        "2025-07-07",
        _ME,
        "RE: Offer of Employment - Financial Analyst",
        "Dear Sir/Ma,\n\nThank you for the offer. I hereby accept the offer of employment as Financial Analyst and "
        "attach a signed copy of the offer letter.\n\nYours faithfully,\nChiamaka Okafor",
        "lc4",
    ),
    # Eko Agro Processing (her own application by mail; a phone interview; a no)
    (
        "Eko Agro Processing",
        "applied",
        "2025-06-03",
        _ME,
        "Application for the Post of Finance Officer",
        "Dear Sir/Ma,\n\nI write to apply for the post of Finance Officer as advertised on your LinkedIn page. "
        "Attached are my CV and cover letter for your kind consideration.\n\nYours faithfully,\nChiamaka Okafor",
        "ea1",
    ),
    (
        # (a phone interview with the Head of Finance: a hiring manager's round, an interview by definitions §3.2;
        # first written as the screen)
        "Eko Agro Processing",
        "interview",
        "2025-06-09",
        _TUNDE,
        "RE: Application for the Post of Finance Officer",
        "Dear Chiamaka,\n\nThank you for your application. Please be available for a phone interview tomorrow "
        "between 10am and 12noon; our Head of Finance will call you on the number in your CV.\n\nRegards,\nTunde "
        "Adebayo\nHR Officer, Eko Agro Processing Ltd",
        "ea1",
    ),
    (
        "Eko Agro Processing",
        "rejected",
        "2025-06-24",
        _TUNDE,
        "RE: Application for the Post of Finance Officer",
        "Dear Chiamaka,\n\nWe appreciate the time you took to speak with us. We regret to inform you that your "
        "application was unsuccessful at this time. We wish you the best in your future endeavours.\n\nRegards,\n"
        "Tunde Adebayo",
        "ea1",
    ),
    # Harmattan Telecoms (Jobberman's relay; an online test; no answer)
    (
        "Harmattan Telecoms",
        "applied",
        "2025-06-05",
        "Jobberman <noreply@jobberman.com>",
        "Application sent: Financial Analyst at Harmattan Telecoms",
        "Hi Chiamaka, your application for Financial Analyst at Harmattan Telecoms has been sent to the employer. "
        "Good luck!",
        "ht1",
    ),
    (
        "Harmattan Telecoms",
        "interview",
        "2025-06-12",
        "Harmattan Telecoms Careers <careers@harmattantel.com>",
        "Online Assessment Invitation",
        "Dear Chiamaka,\n\nYou have been selected to take the next stage of our recruitment process, an online "
        "numerical and verbal reasoning test. The test link expires in 72 hours.\n\nHarmattan Telecoms Talent "
        "Acquisition",
        "ht2",
    ),
    # Niger Delta Petroleum (SuccessFactors; a no without an interview)
    (
        "Niger Delta Petroleum",
        "applied",
        "2025-06-06",
        "Niger Delta Petroleum <ndpc@successfactors.eu>",
        "Thank you for applying",
        "Dear Chiamaka,\n\nThank you for applying for the role of Treasury Analyst at Niger Delta Petroleum "
        "Company. We will review your application against the requirements of the role.",
        "nd1",
    ),
    (
        "Niger Delta Petroleum",
        "rejected",
        "2025-06-30",
        "Niger Delta Petroleum <ndpc@successfactors.eu>",
        "Update on your application",
        "Dear Chiamaka,\n\nThank you for your interest in the Treasury Analyst role. Unfortunately, you have not been "
        "shortlisted for the next stage of the selection process.\n\nNiger Delta Petroleum Company",
        "nd1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Jobberman <jobalerts@jobberman.com>",
        "New jobs matching your profile",
        "alert",
        "Financial Analyst - Lagos. Accountant - Ikeja. Treasury Officer - Victoria Island. View all jobs.",
    ),
    (
        "MyJobMag <newsletter@myjobmag.com>",
        "Latest jobs in Nigeria today",
        "alert",
        "Graduate Trainee - Lagos. Finance Officer - Abuja. Internal Auditor - Port Harcourt. Unsubscribe",
    ),
    (
        "GTBank <gens@gtbank.example>",
        "GeNS Transaction Alert [Debit: NGN 15,000.00]",
        "not applied",
        "Dear Customer, a debit transaction of NGN 15,000.00 occurred on your account. Available balance: NGN "
        "84,250.00.",
    ),
    (
        "NYSC <info@nysc.gov.ng>",
        "Your certificate of national service is ready",
        "not applied",
        "Dear Corps Member, your certificate of national service is ready for collection at your state secretariat.",
    ),
    (
        "HR Manager <recruitment.shellng2025@gmail.com>",
        "Congratulations! You have been selected",
        "scam",
        "Dear Applicant, you have been selected for the position of Accounts Officer with a monthly salary of NGN "
        "650,000. Pay a registration fee of NGN 25,000 to confirm your interview slot.",
    ),
    (
        "Youth Fellowship <youth@stpaulschurch.example>",
        "Career talk this Sunday",
        "newsletter",
        "Join us after service for a career talk: how to prepare for interviews and aptitude tests. All are welcome.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=CHIAMAKA,
        own_to={
            "Lagoon Capital": _HR,
            "Eko Agro Processing": "Eko Agro Careers <careers@eko-agro.com>",
        },
        offset="+0100",
        clock="12:30:00",
        neg_start="2025-06-04",
        neg_step=5,
        neg_clock="07:20:00",
        tag="hundredten",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
