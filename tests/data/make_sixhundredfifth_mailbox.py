"""A six-hundred-and-fifth mailbox, written as a held-out check after the six-hundred-and-fourth (issue #24).

Chloe Hughes, a paralegal in Bristol, exports her Gmail with Takeout. Her search runs almost wholly through three
legal recruiters, each writing in the short British way they do: a Hays consultant's "Hi Chloe, I've fired your CV over
to Burges Salmon for the Real Estate Paralegal role", a boutique's "Lovely to speak earlier - I've sent you across to
a top 50 firm in Temple Quay (will tell you who once they're keen)", then "Client's come back - it's TLT, they'd like a
Teams call on Thursday", a Michael Page consultant's "Submitted you to Osborne Clarke this morning", the Hays
consultant's "Feedback from Burges Salmon - they'd like to see you for a second interview at One Glass Wharf", the
boutique's "TLT have decided to go with someone with more conveyancing experience", Osborne Clarke's recruiter's "not
progressing", the Hays consultant's "They've offered!! £29k plus bonus", her "Please let them know I'd love to accept",
and her thanks after the second interview. Negatives: Totally Legal's alert, the Law Society Gazette, a fourth
recruiter's cold mail, Burges Salmon's own client briefing (a firm she applied to), GWR and her flatmate. Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHLOE = "chloe.hughes.law@gmail.com"
ME = f"Chloe Hughes <{CHLOE}>"
HAYS = "Amy Jenkins <amy.jenkins@hays.example>"
BOUT = "Rob Fisher <rob@westlegalrecruit.example>"
PAGE = "Hannah Cole <hannahcole@michaelpage.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Burges Salmon",
        "applied",
        "2025-02-03",
        HAYS,
        "Real Estate Paralegal - Burges Salmon",
        "Hi Chloe,\n\nI've fired your CV over to Burges Salmon for the Real Estate Paralegal role as discussed. Will "
        "chase them end of the week.\n\nAmy\n\nAmy Jenkins | Senior Consultant | Hays Legal",
        "t-bs",
    ),
    (
        "TLT",
        "applied",
        "2025-02-04",
        BOUT,
        "Paralegal role - Temple Quay",
        "Hi Chloe,\n\nLovely to speak earlier - I've sent you across to a top 50 firm in Temple Quay for their "
        "property litigation paralegal role (will tell you who once they're keen!).\n\nRob\nWest Legal Recruitment",
        "t-tlt",
    ),
    (
        "Osborne Clarke",
        "applied",
        "2025-02-05",
        PAGE,
        "Osborne Clarke - Paralegal",
        "Hi Chloe,\n\nSubmitted you to Osborne Clarke this morning for the Corporate Paralegal role. Fingers "
        "crossed!\n\nHannah Cole\nMichael Page Legal",
        "t-oc",
    ),
    (
        "TLT",
        "interview",
        "2025-02-10",
        BOUT,
        "RE: Paralegal role - Temple Quay",
        "Hi Chloe,\n\nClient's come back - it's TLT, and they'd like a Teams call on Thursday at 11 with the team "
        "lead.\n\nRob",
        "t-tlt",
    ),
    (
        "Burges Salmon",
        "interview",
        "2025-02-11",
        HAYS,
        "RE: Real Estate Paralegal - Burges Salmon",
        "Hi Chloe,\n\nGood news! Burges Salmon would like to meet you - first interview Monday at 9.30 at One Glass "
        "Wharf.\n\nAmy",
        "t-bs",
    ),
    (
        "Osborne Clarke",
        "rejected",
        "2025-02-12",
        PAGE,
        "RE: Osborne Clarke - Paralegal",
        "Hi Chloe,\n\nSadly Osborne Clarke are not progressing - they want someone with more corporate transactional "
        "experience. Let's keep looking.\n\nHannah",
        "t-oc",
    ),
    (
        "Burges Salmon",
        "onsite",
        "2025-02-19",
        HAYS,
        "RE: Real Estate Paralegal - Burges Salmon",
        "Hi Chloe,\n\nFeedback from Burges Salmon - they loved you and would like to see you for a second and final "
        "interview with the partner at One Glass Wharf next Wednesday.\n\nAmy",
        "t-bs",
    ),
    (
        "TLT",
        "rejected",
        "2025-02-20",
        BOUT,
        "RE: Paralegal role - Temple Quay",
        "Hi Chloe,\n\nTLT have decided to go with someone with more conveyancing experience. Gutted for you - "
        "onwards!\n\nRob",
        "t-tlt",
    ),
    (
        "Burges Salmon",
        "thank_you",
        "2025-02-26",
        ME,
        "RE: Real Estate Paralegal - Burges Salmon",
        "Hi Amy,\n\nThanks so much for setting today up - the interview with the partner went really well I think.\n\n"
        "Chloe",
        "t-bs",
    ),
    (
        "Burges Salmon",
        "offer",
        "2025-03-03",
        HAYS,
        "RE: Real Estate Paralegal - Burges Salmon",
        "Hi Chloe,\n\nThey've offered!! £29k plus bonus, start date flexible. Give me a ring when you can.\n\nAmy",
        "t-bs",
    ),
    (
        "Burges Salmon",
        "accepted",
        "2025-03-03",
        ME,
        "RE: Real Estate Paralegal - Burges Salmon",
        "Amy - amazing news! Please let them know I'd love to accept.\n\nChloe",
        "t-bs",
    ),
]

_NEGATIVES = [
    (
        "Totally Legal <alerts@totallylegal.example>",
        "New paralegal jobs in Bristol",
        "alert",
        "Property Paralegal - Bristol. Litigation Paralegal - Bath. View jobs.",
    ),
    (
        "Law Society Gazette <newsletter@lawgazette.example>",
        "Gazette daily",
        "newsletter",
        "Today's legal news. Unsubscribe.",
    ),
    (
        "Sam Doyle <sam.doyle@grsrecruit.example>",
        "Paralegal opportunities",
        "outreach",
        "Hi Chloe, I'm working on several paralegal roles in Bristol and Bath. Would you be open to a chat?",
    ),
    (
        "Burges Salmon <insights@burges-salmon.example>",
        "Real estate briefing: spring",
        "newsletter",
        "Our latest briefing. Unsubscribe.",
    ),
    (
        "GWR <tickets@gwr.example>",
        "Your e-ticket",
        "other",
        "Your ticket Bristol Temple Meads - London Paddington.",
    ),
    (
        "Megan <megan.w@hotmail.example>",
        "bins",
        "personal",
        "Can you put the bins out tonight?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CHLOE,
        own_to={"Burges Salmon": HAYS},
        offset="+0000",
        clock="12:05:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="20:30:00",
        tag="sixhundredfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
