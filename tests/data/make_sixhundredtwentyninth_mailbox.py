"""A six-hundred-and-twenty-ninth mailbox, written as a held-out check after the six-hundred-and-twenty-eighth
(issue #24).

Arjun Nair, a Java developer in Bengaluru, exports his Gmail with Takeout. Indian IT employers and consultancies write
in Indian business English, and the consultancies' mails look alike whether they send his profile or fish for it: a
consultancy's "Greetings from TalentCorner! As discussed, we have shared your profile with our client Accenture for
the role of Java Developer (5-8 years)", Flipkart's Workday "Thank you for applying", Swiggy's Lever receipt, the
consultancy's "Your L1 technical round with Accenture is scheduled on Saturday at 11 AM", Flipkart's "we will not be
moving forward", Swiggy's "hiring manager round", the consultancy's "Feedback from Accenture: not selected in L2",
Swiggy's "We are pleased to extend an offer", his "I accept the offer; my notice period is 60 days" and his thanks
after the hiring manager round. Negatives, all recruiting noise: a second consultancy's "Urgent opening with our client,
a leading MNC - please share your updated CV, current CTC, expected CTC and notice period", a third's "Walk-in drive
this Saturday", Naukri's "Recruiters are viewing your profile", Naukri's job alert, Flipkart's own sale mail (a company
he applied to) and his mother. Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ARJUN = "arjun.nair.java@gmail.com"
ME = f"Arjun Nair <{ARJUN}>"
TC = "Pooja Sharma <pooja.sharma@talentcorner.example>"
FLIPKART = "Flipkart Careers <flipkart@myworkday.example>"
SWIGGY = "Swiggy <no-reply@hire.lever.example>"
SWREC = "Rohit Gupta <rohit.gupta@swiggy.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Accenture",
        "applied",
        "2025-06-02",
        TC,
        "Profile shared - Java Developer - Accenture",
        "Dear Arjun,\n\nGreetings from TalentCorner! As discussed, we have shared your profile with our client Accenture "
        "for the role of Java Developer (5-8 years). We will update you on the interview schedule.\n\nRegards,\nPooja "
        "Sharma\nTalentCorner HR Services",
        "t-acn",
    ),
    (
        "Flipkart",
        "applied",
        "2025-06-03",
        FLIPKART,
        "Thank you for applying",
        "Hi Arjun,\n\nThank you for applying for SDE II - Backend at Flipkart. We will review your profile.\n\nFlipkart "
        "Talent Acquisition",
        "t-fk",
    ),
    (
        "Swiggy",
        "applied",
        "2025-06-04",
        SWIGGY,
        "Thanks for applying to Swiggy",
        "Hi Arjun,\n\nThanks for applying to the Senior Software Engineer role at Swiggy. Our team will review your "
        "application.\n\nSwiggy Talent",
        "t-sw",
    ),
    (
        "Accenture",
        "interview",
        "2025-06-09",
        TC,
        "RE: Profile shared - Java Developer - Accenture",
        "Dear Arjun,\n\nYour L1 technical round with Accenture is scheduled on Saturday at 11 AM (virtual). Please "
        "confirm.\n\nRegards,\nPooja",
        "t-acn",
    ),
    (
        "Flipkart",
        "rejected",
        "2025-06-10",
        FLIPKART,
        "Update on your application",
        "Hi Arjun,\n\nThank you for your interest in Flipkart. We will not be moving forward with your application at "
        "this time.\n\nFlipkart Talent Acquisition",
        "t-fk",
    ),
    (
        "Swiggy",
        "interview",
        "2025-06-11",
        SWREC,
        "Swiggy - hiring manager round",
        "Hi Arjun,\n\nYou've cleared the technical rounds. Your hiring manager round is scheduled for Monday at 3 PM.\n\n"
        "Rohit Gupta\nTalent Acquisition",
        "t-sw2",
    ),
    (
        "Accenture",
        "rejected",
        "2025-06-13",
        TC,
        "RE: Profile shared - Java Developer - Accenture",
        "Dear Arjun,\n\nFeedback from Accenture: not selected in L2. We will share other suitable openings.\n\n"
        "Regards,\nPooja",
        "t-acn",
    ),
    (
        "Swiggy",
        "thank_you",
        "2025-06-16",
        ME,
        "RE: Swiggy - hiring manager round",
        "Hi Rohit,\n\nThank you for arranging the hiring manager round today.\n\nRegards,\nArjun",
        "t-sw2",
    ),
    (
        "Swiggy",
        "offer",
        "2025-06-20",
        SWREC,
        "Offer - Senior Software Engineer",
        "Hi Arjun,\n\nWe are pleased to extend an offer for the Senior Software Engineer role. Please find the offer "
        "letter attached.\n\nRohit Gupta",
        "t-sw3",
    ),
    (
        "Swiggy",
        "accepted",
        "2025-06-21",
        ME,
        "RE: Offer - Senior Software Engineer",
        "Hi Rohit,\n\nI accept the offer; my notice period is 60 days. Signed copy attached.\n\nRegards,\nArjun",
        "t-sw3",
    ),
]

_NEGATIVES = [
    (
        "Megha Rao <megha@hirewellconsulting.example>",
        "Urgent opening - Java Developer - MNC",
        "outreach",
        "Dear Candidate,\n\nWe have an urgent opening with our client, a leading MNC in Bengaluru, for Java Developer "
        "(4-9 years). If interested, please share your updated CV, current CTC, expected CTC and notice period.\n\n"
        "Regards,\nMegha Rao",
    ),
    (
        "Quick Jobs Consultancy <hr@quickjobs.example>",
        "Walk-in drive this Saturday",
        "outreach",
        "Walk-in drive for Java developers this Saturday at Whitefield. Bring your resume.",
    ),
    (
        "Naukri <info@naukri.example>",
        "Recruiters are viewing your profile",
        "viewed",
        "5 recruiters viewed your profile this week. Upgrade to Naukri Pro.",
    ),
    (
        "Naukri <jobalert@naukri.example>",
        "Jobs matching your profile",
        "alert",
        "Java Developer - Bengaluru. Backend Engineer - Hyderabad. Apply now.",
    ),
    (
        "Flipkart <offers@flipkart.example>",
        "Big Billion Days are here",
        "newsletter",
        "Unbelievable deals. Unsubscribe.",
    ),
    (
        "Amma <lakshmi.nair@gmail.example>",
        "call",
        "personal",
        "Call me tonight.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ARJUN,
        own_to={"Swiggy": SWREC},
        offset="+0530",
        clock="11:00:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="21:10:00",
        tag="sixhundredtwentynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
