"""A five-hundred-and-eleventh mailbox, written as a held-out check after the five-hundred-and-tenth (issue #24).

Ella Nguyen, a registered nurse in Brisbane, saves her mail from Outlook as .eml files. Australian public health hires
through its state portal: "Thank you for your application for Registered Nurse - Emergency (QLD/MNHHS654321)", "You have
been shortlisted for interview for the above position", "Your referees will now be contacted" (no step), "we are pleased
to advise that you have been successful ... A letter of offer will follow", a private hospital's Workday "Thank you for
applying to Ramsay Health Care", its "you have been unsuccessful on this occasion", a nursing agency's "I've submitted
your profile to Mater Private Hospital for the casual pool", "Mater would like to meet you for a chat with the Nurse
Unit Manager"; her thanks and her acceptance. Negatives: the portal's referee check (no step), SEEK's alert, Ahpra's
renewal notice, the union's newsletter, a locum agency's cold mail and her brother. Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ELLA = "ella.nguyen.rn@outlook.example"
ME = f"Ella Nguyen <{ELLA}>"
SMART = "Metro North Health Recruitment <noreply@smartjobs.example>"
RAMSAY = "Ramsay Health Care <ramsay@myworkday.example>"
JESS = "Jess Cooper <jess.cooper@nursingagency.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Metro North Health",
        "applied",
        "2025-02-03",
        SMART,
        "Application received - QLD/MNHHS654321",
        "Dear Ella Nguyen,\n\nThank you for your application for Registered Nurse - Emergency (QLD/MNHHS654321) with "
        "Metro North Health. Your application has been received and will be assessed after the closing date.\n\n"
        "Metro North Health Recruitment",
        None,
    ),
    (
        "Ramsay Health Care",
        "applied",
        "2025-02-04",
        RAMSAY,
        "Thank you for applying to Ramsay Health Care",
        "Dear Ella,\n\nThank you for applying to Ramsay Health Care for the Registered Nurse - Perioperative role at "
        "Greenslopes Private Hospital. We will be in touch.\n\nRamsay Talent Acquisition",
        None,
    ),
    (
        "Mater Private Hospital",
        "applied",
        "2025-02-05",
        JESS,
        "Casual pool - Mater",
        "Hi Ella,\n\nThanks for registering with us. I've submitted your profile to Mater Private Hospital for the casual "
        "ED pool. Will keep you posted!\n\nJess Cooper\nNursing Agency Brisbane",
        None,
    ),
    (
        "Metro North Health",
        "interview",
        "2025-02-17",
        SMART,
        "Shortlisted for interview - QLD/MNHHS654321",
        "Dear Ella Nguyen,\n\nYou have been shortlisted for interview for the above position. Interviews will be held on "
        "24 February at the Royal Brisbane and Women's Hospital. Please confirm your attendance.\n\nMetro North Health "
        "Recruitment",
        None,
    ),
    (
        "Mater Private Hospital",
        "interview",
        "2025-02-18",
        JESS,
        "RE: Casual pool - Mater",
        "Hi Ella,\n\nMater would like to meet you for a chat with the Nurse Unit Manager on Thursday at 3pm.\n\nJess",
        None,
    ),
    (
        "Ramsay Health Care",
        "rejected",
        "2025-02-19",
        RAMSAY,
        "Your application with Ramsay Health Care",
        "Dear Ella,\n\nThank you for your interest. Unfortunately you have been unsuccessful on this occasion.\n\nRamsay "
        "Talent Acquisition",
        None,
    ),
    (
        "Metro North Health",
        "thank_you",
        "2025-02-24",
        ME,
        "Thank you - interview today",
        "Dear Panel,\n\nThank you for the opportunity to interview for the Registered Nurse - Emergency position today. "
        "I really enjoyed meeting you.\n\nKind regards,\nElla Nguyen",
        "Karen Hill <karen.hill@health.qld.example>",
    ),
    (
        "Mater Private Hospital",
        "rejected",
        "2025-02-26",
        JESS,
        "RE: Casual pool - Mater",
        "Hi Ella,\n\nMater have filled the casual pool for now unfortunately - they've said they'll keep your details. "
        "I'll keep looking!\n\nJess",
        None,
    ),
    (
        "Metro North Health",
        "offer",
        "2025-03-05",
        SMART,
        "Outcome - QLD/MNHHS654321",
        "Dear Ella Nguyen,\n\nWe are pleased to advise that you have been successful in your application for "
        "Registered Nurse - Emergency. A letter of offer will follow.\n\nMetro North Health Recruitment",
        None,
    ),
    (
        "Metro North Health",
        "accepted",
        "2025-03-06",
        ME,
        "RE: Outcome - QLD/MNHHS654321",
        "Dear Recruitment Team,\n\nThank you - I am very pleased to accept the position.\n\nKind regards,\nElla Nguyen",
        SMART,
    ),
]

_NEGATIVES = [
    (
        "Metro North Health Recruitment <noreply@smartjobs.example>",
        "Referee check - QLD/MNHHS654321",
        "other",
        "Dear Ella Nguyen,\n\nYour referees will now be contacted for the above position.\n\nMetro North Health "
        "Recruitment",
    ),
    (
        "SEEK <jobmail@seek.example>",
        "New jobs for Registered Nurse in Brisbane",
        "alert",
        "RN - Emergency - Chermside. RN - ICU - Herston. View all jobs.",
    ),
    (
        "Ahpra <noreply@ahpra.example>",
        "Your registration renewal",
        "other",
        "Your renewal is due by 31 May.",
    ),
    (
        "QNMU <news@qnmu.example>",
        "Union news: EB update",
        "newsletter",
        "Latest news. Unsubscribe.",
    ),
    (
        "Locum Nurses Now <jobs@locumnurses.example>",
        "ED shifts this week - $70/hr",
        "outreach",
        "Hi Ella, we have ED shifts at Redcliffe this week at $70/hr. Reply if keen!",
    ),
    (
        "Tom Nguyen <tom.nguyen@gmail.example>",
        "bbq",
        "personal",
        "BBQ at mine Sunday arvo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+1000",
        clock="14:00:00",
        neg_start="2025-02-27",
        neg_step=1,
        neg_clock="19:30:00",
        tag="fivehundredeleven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), ELLA)
