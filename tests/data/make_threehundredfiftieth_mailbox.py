"""A three-hundred-and-fiftieth mailbox, written as a held-out check after the three-hundred-and-forty-ninth (issue
#24).

Karthik, a Java developer in Pune, exports Gmail with Takeout.  Indian IT hiring as consultancies and employers write
it: a consultancy's "We have shortlisted your profile for our client, a leading product MNC, for the Senior Java
Developer position - kindly confirm your interest", its "Client name: Vertexa Software Labs. Your L1 technical round
is scheduled on ...", "your profile has not been shortlisted by the client for L2", Naukri's "Your application was
sent to Indrayani Fintech", Indrayani's own "Interview Call Letter" for a walk-in drive, "You have cleared the
technical round; HR discussion tomorrow", "We are pleased to offer you the position ... Offer Letter attached", his
"I accept the offer and will join on".  Negatives:
Naukri's recommended jobs, a foundit alert, a recruiter's bulk "Urgent opening for Java Developer", an HDFC statement,
a Swiggy offer, his brother.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KARTHIK = "karthik.raghavan.dev@gmail.com"
ME = f"Karthik Raghavan <{KARTHIK}>"
PRIYA = "Priya Kulkarni <priya.k@sahyadritalentsolutions.com>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Vertexa Software Labs",
        "applied",
        "2025-08-04",
        PRIYA,
        "Profile shortlisted - Senior Java Developer - Pune",
        "Dear Karthik,\n\nGreetings from Sahyadri Talent Solutions!\n\nWe have shortlisted your profile for our client, "
        "a leading product MNC, for the Senior Java Developer position (5-8 yrs, Hinjewadi). As discussed over the "
        "call, we have shared your profile with the client.\n\nRegards,\nPriya Kulkarni\nSr. Talent Acquisition "
        "Specialist\nSahyadri Talent Solutions",
        "p1",
    ),
    (
        "Indrayani Fintech",
        "applied",
        "2025-08-05",
        "Naukri <info@naukri.com>",
        "Your application was sent to Indrayani Fintech",
        "Dear Karthik Raghavan,\n\nYour application for Java Backend Developer was sent to Indrayani Fintech Pvt. Ltd. "
        "on 05 Aug 2025.\n\nTeam Naukri",
        "p2",
    ),
    (
        "Vertexa Software Labs",
        "interview",
        "2025-08-07",
        PRIYA,
        "RE: Profile shortlisted - Senior Java Developer - Pune",
        "Dear Karthik,\n\nClient name: Vertexa Software Labs. Your L1 technical round is scheduled on 11 Aug 2025 at "
        "3:00 PM IST on Microsoft Teams. Please join 10 minutes early.\n\nRegards,\nPriya Kulkarni",
        "p1",
    ),
    (
        "Indrayani Fintech",
        "interview",
        "2025-08-08",
        "HR Indrayani Fintech <hr@indrayanifintech.in>",
        "Interview Call Letter - Java Backend Developer",
        "Dear Karthik,\n\nWith reference to your application for Java Backend Developer, you are invited for a "
        "face-to-face interview at our Baner office on Saturday, 16 Aug 2025, 10:00 AM. Please carry an updated "
        "resume and a photo ID.\n\nRegards,\nHR Team\nIndrayani Fintech Pvt. Ltd.",
        "p2",
    ),
    (
        "Vertexa Software Labs",
        "rejected",
        "2025-08-13",
        PRIYA,
        "RE: Profile shortlisted - Senior Java Developer - Pune",
        "Dear Karthik,\n\nThank you for attending the L1 round. Unfortunately your profile has not been shortlisted by "
        "the client for L2. We will reach out for other suitable openings.\n\nRegards,\nPriya",
        "p1",
    ),
    (
        "Indrayani Fintech",
        "interview",
        "2025-08-18",
        "HR Indrayani Fintech <hr@indrayanifintech.in>",
        "Next round - Java Backend Developer",
        "Dear Karthik,\n\nCongratulations! You have cleared the technical round. Your HR discussion is scheduled for "
        "tomorrow at 11:30 AM over phone.\n\nRegards,\nHR Team",
        "p2",
    ),
    (
        "Indrayani Fintech",
        "offer",
        "2025-08-22",
        "HR Indrayani Fintech <hr@indrayanifintech.in>",
        "Offer Letter - Java Backend Developer",
        "Dear Karthik,\n\nWe are pleased to offer you the position of Java Backend Developer at Indrayani Fintech Pvt. "
        "Ltd. with an annual CTC of INR 18,50,000. Please find the Offer Letter attached and confirm your acceptance "
        "within 3 days.\n\nRegards,\nHR Team",
        "p2",
    ),
    (
        "Indrayani Fintech",
        "accepted",
        "2025-08-23",
        ME,
        "RE: Offer Letter - Java Backend Developer",
        "Dear HR Team,\n\nThank you for the offer. I accept the offer and will join on 22 September 2025 after serving "
        "my notice period.\n\nRegards,\nKarthik Raghavan",
        "p2",
    ),
]

_NEGATIVES = [
    (
        "Naukri <jobs@naukri.com>",
        "Recommended jobs for you",
        "alert",
        "Senior Java Developer - Infosys - Pune - 5-8 yrs. Java Lead - Persistent - Pune. Apply now.",
    ),
    (
        "foundit <alerts@foundit.in>",
        "New Java jobs matching your profile",
        "alert",
        "12 new jobs in Pune match your profile. View jobs.",
    ),
    (
        "Rahul Verma <rahul@quickhirestaffing.example>",
        "Urgent opening for Java Developer - Immediate joiners",
        "outreach",
        "Hi,\n\nWe have an urgent opening for Java Developer with one of our clients in Pune. Immediate joiners "
        "preferred. If interested, please share your updated CV with current CTC, expected CTC and notice period.",
    ),
    (
        "HDFC Bank <alerts@hdfcbank.example>",
        "Your account statement",
        "other",
        "Your e-statement for July is attached.",
    ),
    (
        "Swiggy <offers@swiggy.example>",
        "Flat 50% off tonight",
        "shop",
        "Order from your favourite restaurants at 50% off.",
    ),
    (
        "Arun Raghavan <arun.raghavan@gmail.example>",
        "amma's birthday",
        "personal",
        "Are you coming to Chennai for amma's birthday on the 30th?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KARTHIK,
        own_to={"Indrayani Fintech": "HR Indrayani Fintech <hr@indrayanifintech.in>"},
        offset="+0530",
        clock="11:50:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="20:20:00",
        tag="threehundredfifty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
