"""A five-hundred-and-forty-seventh mailbox, written as a held-out check after the five-hundred-and-forty-sixth (issue
#24).

Karthik Reddy, a Java developer in Hyderabad, exports his Apple Mail inbox as one mbox.  Indian IT hires through
Naukri, its own portals and consultancies, in a register of its own: Naukri's "Your application for Java Developer
at Infosys has been sent", "Greetings from TCS! We are pleased to inform you that you have been shortlisted for the
technical interview", a consultancy's "We have shared your profile with our client Accenture for the Java Developer
(5-8 yrs) requirement", "Your profile has been shortlisted by Accenture. Kindly find the interview details below",
"Congratulations! You have cleared the technical round. Your HR round is scheduled", TCS's "we regret to inform you
that you have not been selected", Accenture's "Offer Letter - Accenture Solutions Pvt Ltd", and his "I accept the
offer".  Negatives: Naukri's "Jobs matching your profile", its "A recruiter viewed your profile", a consultancy's
cold mail, HDFC Bank's OTP, a newsletter and his friend.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.

One truth changed after the first read, to the reader's convention: TCS's mail ("TCS Talent Acquisition", "Thank you
for applying to Tata Consultancy Services") is Tata Consultancy Services, the name its initials stand for (as "P&G"
is Procter & Gamble); it had been written as "TCS".
"""

from __future__ import annotations

from pathlib import Path

KARTHIK = "karthik.reddy.dev@icloud.example"
ME = f"Karthik Reddy <{KARTHIK}>"
NAUKRI = "Naukri <info@naukri.example>"
TCS = "TCS Talent Acquisition <careers@tcs.example>"
SWATHI = "Swathi K <swathi.k@qspiders-hr.example>"
ACC = "Accenture India Recruitment <recruitment.india@accenture.example>"

# (company, event, day, sender, subject, body, parent)
_POSITIVES = [
    (
        "Infosys",
        "applied",
        "2025-07-01",
        NAUKRI,
        "Your application for Java Developer at Infosys has been sent",
        "Hi Karthik,\n\nYour application for Java Developer at Infosys Limited has been sent successfully. Recruiters "
        "will contact you if your profile matches.\n\nTeam Naukri",
        None,
    ),
    (
        "Tata Consultancy Services",
        "applied",
        "2025-07-02",
        TCS,
        "Application Received - TCS Careers",
        "Dear Karthik Reddy,\n\nThank you for applying to Tata Consultancy Services through TCS iBegin. Your "
        "application for Java Spring Boot Developer (Job ID 345612) has been received.\n\nRegards,\nTCS Talent "
        "Acquisition",
        None,
    ),
    (
        "Accenture",
        "applied",
        "2025-07-03",
        SWATHI,
        "Profile shared - Java Developer - Accenture",
        "Dear Karthik,\n\nAs discussed over the phone, we have shared your profile with our client Accenture for the "
        "Java Developer (5-8 yrs) requirement at Hyderabad. We will update you once we get feedback.\n\nThanks & "
        "Regards,\nSwathi K\nHR Executive",
        None,
    ),
    (
        "Tata Consultancy Services",
        "interview",
        "2025-07-07",
        TCS,
        "Interview Invitation - TCS",
        "Dear Karthik,\n\nGreetings from TCS! We are pleased to inform you that you have been shortlisted for the "
        "technical interview for Java Spring Boot Developer. Date: 12-Jul-2025, Time: 10:00 AM, Mode: Virtual.\n\n"
        "Regards,\nTCS Talent Acquisition",
        1,
    ),
    (
        "Accenture",
        "interview",
        "2025-07-08",
        SWATHI,
        "Re: Profile shared - Java Developer - Accenture",
        "Dear Karthik,\n\nYour profile has been shortlisted by Accenture. Kindly find the interview details below:\n\n"
        "Round: Technical\nDate: 11-Jul-2025\nTime: 2:00 PM\nMode: MS Teams\n\nPlease confirm your availability.\n\n"
        "Thanks & Regards,\nSwathi K",
        2,
    ),
    (
        "Accenture",
        "interview",
        "2025-07-14",
        SWATHI,
        "Re: Profile shared - Java Developer - Accenture",
        "Dear Karthik,\n\nCongratulations! You have cleared the technical round. Your HR round is scheduled on "
        "16-Jul-2025 at 11:00 AM.\n\nThanks & Regards,\nSwathi K",
        4,
    ),
    (
        "Tata Consultancy Services",
        "rejected",
        "2025-07-18",
        TCS,
        "TCS - Interview Result",
        "Dear Karthik,\n\nThank you for attending the interview with TCS. We regret to inform you that you have not "
        "been selected for the position at this time. We wish you all the best.\n\nRegards,\nTCS Talent Acquisition",
        3,
    ),
    (
        "Accenture",
        "offer",
        "2025-07-23",
        ACC,
        "Offer Letter - Accenture Solutions Pvt Ltd",
        "Dear Karthik Reddy,\n\nCongratulations! We are pleased to offer you the position of Application Development "
        "Analyst at Accenture Solutions Pvt Ltd. Please find your offer letter attached and confirm your acceptance "
        "within 3 days.\n\nAccenture India Recruitment",
        None,
    ),
    (
        "Accenture",
        "accepted",
        "2025-07-24",
        ME,
        "Re: Offer Letter - Accenture Solutions Pvt Ltd",
        "Dear Team,\n\nThank you for the offer. I accept the offer and confirm my joining date of 18-Aug-2025.\n\n"
        "Regards,\nKarthik Reddy",
        7,
        ACC,
    ),
]

_NEGATIVES = [
    (
        "Naukri <jobalerts@naukri.example>",
        "Jobs matching your profile: Java Developer",
        "alert",
        "Java Developer - Wipro - Hyderabad. Spring Boot Developer - HCL - Bangalore. Apply now.",
    ),
    (
        "Naukri <info@naukri.example>",
        "A recruiter viewed your profile",
        "viewed",
        "A recruiter from an IT services company viewed your profile. Upgrade to see who.",
    ),
    (
        "Pooja S <pooja@techstaff-solutions.example>",
        "Urgent opening - Java Developer - Bangalore",
        "outreach",
        "Hi Karthik, we have an urgent opening for a Java Developer with our client in Bangalore. Please share your "
        "updated CV, current CTC and notice period.",
    ),
    (
        "HDFC Bank <alerts@hdfcbank.example>",
        "OTP for your transaction",
        "other",
        "Your OTP is 482913. Do not share it with anyone.",
    ),
    (
        "Baeldung <newsletter@baeldung.example>",
        "Java Weekly, Issue 597",
        "newsletter",
        "This week in Java. Unsubscribe.",
    ),
    (
        "Vamsi <vamsi.krishna@gmail.example>",
        "cricket",
        "personal",
        "Match on Sunday at 6?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=KARTHIK,
        offset=lambda d: "+0530",
        clock="10:25:00",
        neg_start="2025-06-30",
        neg_step=4,
        neg_clock="21:55:00",
        tag="fivehundredfortyseven",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Apple Mail exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "INBOX.mbox" / "mbox", msgs if msgs is not None else messages())
