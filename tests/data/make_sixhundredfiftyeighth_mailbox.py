"""A six-hundred-and-fifty-eighth mailbox, written as a held-out check after the six-hundred-and-fifty-seventh
(issue #24).

Meera Nair, a QA engineer in Bengaluru, exports her Gmail with Takeout. Placement consultancies write about their
clients in Indian business English: a consultancy's "Your profile has been shared with Capgemini for the Automation
Test Engineer requirement", then "Your L1 technical interview with Capgemini is scheduled on Saturday", "Capgemini
has rejected your profile after L1", another consultancy's "We have forwarded your CV to our client Mphasis", its
"Mphasis HR round is scheduled tomorrow at 11 AM", "Mphasis has released the offer letter" and her "I accept the
offer, kindly confirm to Mphasis"; and directly Flipkart's "Thank you for applying" and its "we will not be moving
ahead with your application". Negatives: Naukri's alert, Instahyre's "companies are hiring", a consultancy's cold
"urgent requirement" mail, a Capgemini newsletter, her bank and her friend. ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MEERA = "meera.nair.qa@gmail.com"
ME = f"Meera Nair <{MEERA}>"
C1 = "Deepa | TalentCorner HR <deepa@talentcorner.example>"
C2 = "Rahul Verma <rahul.verma@quesscorp.example>"
FLIP = "Flipkart Careers <careers@flipkart.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Capgemini",
        "applied",
        "2025-07-01",
        C1,
        "Profile shared - Automation Test Engineer - Capgemini",
        "Dear Meera,\n\nGreetings from TalentCorner! Your profile has been shared with Capgemini for the Automation "
        "Test Engineer requirement (3-5 yrs, Bengaluru). We will update you once we get feedback.\n\nRegards,\nDeepa\n"
        "TalentCorner HR Services",
        "t-cap",
    ),
    (
        "Flipkart",
        "applied",
        "2025-07-02",
        FLIP,
        "Thank you for applying",
        "Hi Meera,\n\nThank you for applying for the SDET II role at Flipkart. Our team will review your profile and "
        "reach out if there is a match.\n\nTeam Flipkart Careers",
        "t-flip",
    ),
    (
        "Mphasis",
        "applied",
        "2025-07-03",
        C2,
        "CV forwarded - QA Engineer - Mphasis",
        "Hi Meera,\n\nAs discussed, we have forwarded your CV to our client Mphasis for the QA Engineer (Selenium, Java) "
        "position.\n\nThanks & Regards,\nRahul Verma\nQuess Corp",
        "t-mph",
    ),
    (
        "Capgemini",
        "interview",
        "2025-07-03",
        C1,
        "RE: Profile shared - Automation Test Engineer - Capgemini",
        "Dear Meera,\n\nYour L1 technical interview with Capgemini is scheduled on Saturday, 5th July at 10:30 AM "
        "(virtual). Kindly join 10 minutes early.\n\nRegards,\nDeepa",
        "t-cap",
    ),
    (
        "Capgemini",
        "rejected",
        "2025-07-08",
        C1,
        "RE: Profile shared - Automation Test Engineer - Capgemini",
        "Dear Meera,\n\nCapgemini has rejected your profile after L1. We will share other suitable openings with you."
        "\n\nRegards,\nDeepa",
        "t-cap",
    ),
    (
        "Mphasis",
        "onsite",
        "2025-07-09",
        C2,
        "RE: CV forwarded - QA Engineer - Mphasis",
        "Hi Meera,\n\nYou have cleared both technical rounds. Your Mphasis HR round is scheduled tomorrow at 11 AM at "
        "their Bagmane Tech Park office.\n\nThanks & Regards,\nRahul",
        "t-mph",
    ),
    (
        "Flipkart",
        "rejected",
        "2025-07-10",
        FLIP,
        "Update on your application",
        "Hi Meera,\n\nThank you for your interest in Flipkart. We will not be moving ahead with your application at this "
        "time.\n\nTeam Flipkart Careers",
        "t-flip",
    ),
    (
        "Mphasis",
        "offer",
        "2025-07-14",
        C2,
        "RE: CV forwarded - QA Engineer - Mphasis",
        "Hi Meera,\n\nCongratulations! Mphasis has released the offer letter - 16 LPA fixed. Please check your mail "
        "from Mphasis HR and confirm.\n\nThanks & Regards,\nRahul",
        "t-mph",
    ),
    (
        "Mphasis",
        "accepted",
        "2025-07-15",
        ME,
        "RE: CV forwarded - QA Engineer - Mphasis",
        "Hi Rahul,\n\nThank you so much. I accept the offer, kindly confirm to Mphasis.\n\nRegards,\nMeera",
        "t-mph",
    ),
]

_NEGATIVES = [
    (
        "Naukri <jobs@naukri.example>",
        "Recommended jobs for you",
        "alert",
        "QA Engineer jobs in Bengaluru. Apply now. Manage alerts.",
    ),
    (
        "Instahyre <hello@instahyre.example>",
        "10 companies are hiring QA engineers",
        "alert",
        "Companies hiring this week. View opportunities.",
    ),
    (
        "Sneha HR <sneha.hr.jobs@gmail.example>",
        "Urgent requirement - QA Lead - Immediate joiners",
        "outreach",
        "Dear Candidate, we have an urgent requirement for QA Lead with our MNC client. Please share your updated "
        "resume, CTC, ECTC and notice period.",
    ),
    (
        "Capgemini <newsletter@capgemini.example>",
        "Capgemini Research Institute insights",
        "newsletter",
        "Our latest research on AI in business. Unsubscribe.",
    ),
    (
        "ICICI Bank <alerts@icicibank.example>",
        "Transaction alert",
        "other",
        "Your account has been debited.",
    ),
    (
        "Kavya <kavya.r@gmail.example>",
        "weekend",
        "personal",
        "Dosa plan on Sunday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MEERA,
        own_to={"Mphasis": C2},
        offset="+0530",
        clock="12:05:00",
        neg_start="2025-06-30",
        neg_step=3,
        neg_clock="21:55:00",
        tag="sixhundredfiftyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
