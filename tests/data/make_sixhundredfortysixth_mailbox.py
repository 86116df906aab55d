"""A six-hundred-and-forty-sixth mailbox, written as a held-out check after the six-hundred-and-forty-fifth
(issue #24).

Rohan Iyer, a Java developer with three years' experience in Pune, exports his Gmail with Takeout. Indian employers
and job sites write in Indian business English: Naukri's "Your application for Java Developer at Persistent Systems has
been successfully submitted", Infosys' "Thank you for applying to Infosys" with a candidate ID, LTIMindtree's
"Application Acknowledgement", a Persistent HR's "your profile has been shortlisted for the technical round
scheduled on Saturday", Infosys' "Interview Invitation - Technical Round 1" on Teams, LTIMindtree's "we regret to
inform you that your profile has not been shortlisted", Persistent's "HR discussion" after the technical rounds,
Infosys' "you have not been selected for further rounds", Persistent's "Offer Letter - Rohan Iyer" with a CTC, his
"I accept the offer and confirm my joining date", and his "kindly withdraw my candidature" to Zensar after joining
was fixed. Zensar's own "Application received". Negatives: Naukri's "Jobs matching your profile", a Naukri
"recruiter viewed your profile" notice, a consultancy's cold WhatsApp-style mail, LinkedIn's newsletter, his bank
and his cousin. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ROHAN = "rohan.iyer.dev@gmail.com"
ME = f"Rohan Iyer <{ROHAN}>"
NAUKRI = "Naukri <info@naukri.example>"
INFY = "Infosys Careers <careers@infosys.example>"
LTIM = "LTIMindtree Talent Acquisition <noreply@ltimindtree.example>"
PSL = "Sneha Kulkarni <sneha_kulkarni@persistent.example>"
ZEN = "Zensar Technologies <careers@zensar.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Persistent Systems",
        "applied",
        "2025-04-01",
        NAUKRI,
        "Your application for Java Developer at Persistent Systems has been successfully submitted",
        "Dear Rohan,\n\nYour application for Java Developer at Persistent Systems has been successfully submitted. "
        "The recruiter will get in touch with you if your profile matches.\n\nTeam Naukri",
        "t-psl",
    ),
    (
        "Infosys",
        "applied",
        "2025-04-02",
        INFY,
        "Thank you for applying to Infosys",
        "Dear Rohan Iyer,\n\nThank you for applying to Infosys for the position of Senior Systems Engineer - Java. Your "
        "candidate ID is INF2504-88312. Please use it for all future correspondence.\n\nRegards,\nInfosys Talent "
        "Acquisition",
        "t-infy",
    ),
    (
        "LTIMindtree",
        "applied",
        "2025-04-02",
        LTIM,
        "Application Acknowledgement",
        "Dear Rohan,\n\nWe acknowledge the receipt of your application for the role of Java Microservices Developer at "
        "LTIMindtree. Our team will review your profile.\n\nRegards,\nLTIMindtree Talent Acquisition",
        "t-ltim",
    ),
    (
        "Zensar Technologies",
        "applied",
        "2025-04-03",
        ZEN,
        "Application received",
        "Dear Rohan,\n\nThank you for your interest in Zensar Technologies. We have received your application for "
        "Java Developer (Job ID ZEN-4471).\n\nZensar Talent Acquisition",
        "t-zen",
    ),
    (
        "Persistent Systems",
        "interview",
        "2025-04-07",
        PSL,
        "Interview for Java Developer - Persistent Systems",
        "Dear Rohan,\n\nGreetings from Persistent Systems! Your profile has been shortlisted for the technical round "
        "scheduled on Saturday, 12th April at 10:30 AM at our Hinjewadi office. Kindly carry a copy of your resume "
        "and a government ID.\n\nThanks & Regards,\nSneha Kulkarni\nTalent Acquisition | Persistent Systems",
        "t-psl2",
    ),
    (
        "Infosys",
        "interview",
        "2025-04-08",
        INFY,
        "Interview Invitation - Technical Round 1",
        "Dear Rohan Iyer,\n\nWe are pleased to invite you for Technical Round 1 for the position of Senior Systems "
        "Engineer - Java on 10th April at 3:00 PM over MS Teams. The meeting link is below.\n\nRegards,\nInfosys "
        "Talent Acquisition",
        "t-infy",
    ),
    (
        "LTIMindtree",
        "rejected",
        "2025-04-09",
        LTIM,
        "Update on your application",
        "Dear Rohan,\n\nThank you for your interest in LTIMindtree. We regret to inform you that your profile has not "
        "been shortlisted for the current requirement. We will keep your resume in our database.\n\nRegards,\n"
        "LTIMindtree Talent Acquisition",
        "t-ltim",
    ),
    (
        "Persistent Systems",
        "onsite",
        "2025-04-14",
        PSL,
        "RE: Interview for Java Developer - Persistent Systems",
        "Dear Rohan,\n\nCongratulations on clearing the technical rounds. Your final HR discussion and managerial round "
        "is scheduled on 16th April at 11 AM at the Hinjewadi office.\n\nThanks & Regards,\nSneha",
        "t-psl2",
    ),
    (
        "Infosys",
        "rejected",
        "2025-04-15",
        INFY,
        "Interview Feedback",
        "Dear Rohan Iyer,\n\nThank you for attending the interview. After careful evaluation, we regret to inform you "
        "that you have not been selected for further rounds.\n\nRegards,\nInfosys Talent Acquisition",
        "t-infy",
    ),
    (
        "Persistent Systems",
        "offer",
        "2025-04-21",
        PSL,
        "Offer Letter - Rohan Iyer",
        "Dear Rohan,\n\nWe are pleased to offer you the position of Senior Software Engineer at Persistent Systems with "
        "an annual CTC of INR 14,50,000. Please find the offer letter attached and confirm your acceptance within 3 "
        "days.\n\nThanks & Regards,\nSneha",
        "t-psl3",
    ),
    (
        "Persistent Systems",
        "accepted",
        "2025-04-22",
        ME,
        "RE: Offer Letter - Rohan Iyer",
        "Dear Sneha,\n\nThank you for the offer. I accept the offer and confirm my joining date as 2nd June 2025. "
        "Signed copy attached.\n\nRegards,\nRohan Iyer",
        "t-psl3",
    ),
    (
        "Zensar Technologies",
        "withdrew",
        "2025-04-23",
        ME,
        "Withdrawal of application - ZEN-4471",
        "Dear Team,\n\nI have accepted an offer elsewhere. Kindly withdraw my candidature for Java Developer (Job ID "
        "ZEN-4471).\n\nRegards,\nRohan Iyer",
        "t-zen",
    ),
]

_NEGATIVES = [
    (
        "Naukri <jobs@naukri.example>",
        "Jobs matching your profile - Java Developer",
        "alert",
        "15 new jobs match your profile. Apply now. Manage alerts.",
    ),
    (
        "Naukri <info@naukri.example>",
        "A recruiter viewed your profile",
        "viewed",
        "A recruiter from a top IT company viewed your profile. Upgrade to Naukri Pro to see who.",
    ),
    (
        "Priyanka HR <hr.priyanka.jobs@gmail.example>",
        "Urgent opening - Java Developer - Pune",
        "outreach",
        "Dear Candidate, we have urgent openings for Java developers with our MNC client in Pune. Please share your "
        "updated CV, current CTC, expected CTC and notice period.",
    ),
    (
        "LinkedIn News India <newsletters-noreply@linkedin.example>",
        "Top stories this week",
        "newsletter",
        "What's trending in tech hiring. Unsubscribe.",
    ),
    (
        "HDFC Bank <alerts@hdfcbank.example>",
        "Account statement",
        "other",
        "Your account statement for March is ready.",
    ),
    (
        "Aditya Iyer <aditya.iyer@gmail.example>",
        "Cricket Sunday",
        "personal",
        "Match at 7 AM Sunday, don't be late!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ROHAN,
        own_to={"Persistent Systems": PSL, "Zensar Technologies": ZEN},
        offset="+0530",
        clock="11:15:00",
        neg_start="2025-03-31",
        neg_step=4,
        neg_clock="21:45:00",
        tag="sixhundredfortysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
