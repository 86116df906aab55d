"""A six-hundred-and-twenty-eighth mailbox, written as a held-out check after the six-hundred-and-twenty-seventh
(issue #24).

Tasha Morgan, an executive assistant in Denver, saves her mail from Outlook as .eml files. Two staffing firms and two
employers write in American office English: a Robert Half recruiter's "I submitted you this morning to a client
downtown for the Executive Assistant temp-to-hire role (it's with Ibotta - please keep that confidential)", Frontier
Airlines' Workday "Thank you for applying", an Adecco recruiter's "You're submitted to DaVita for the Admin Coordinator
contract", Frontier's "We'd like to schedule a phone interview with the hiring manager", the Robert Half recruiter's
"Ibotta wants to meet you in person Thursday at 10", DaVita's answer through Adecco "they chose a candidate with more
healthcare experience", Ibotta's "offer: $32/hr temp-to-hire starting Monday" through Robert Half, Frontier's "we have
decided to move forward with other candidates", her "Yes, I'll take it!" and her thanks after the Ibotta interview.
Negatives: ZipRecruiter's alert, the Denver Post's newsletter, a third staffing firm's cold mail, Frontier's own fare
sale (an airline she applied to), Xcel Energy and her friend. Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TASHA = "tasha.morgan.ea@outlook.example"
ME = f"Tasha Morgan <{TASHA}>"
RH = "Nicole Sanders <nicole.sanders@roberthalf.example>"
FRONTIER = "Frontier Airlines <flyfrontier@myworkday.example>"
ADECCO = "Jason Lee <jason.lee@adeccousa.example>"
FRONTHM = "Karen Wells <karen.wells@flyfrontier.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Ibotta",
        "applied",
        "2025-07-07",
        RH,
        "Executive Assistant - temp to hire",
        "Hi Tasha,\n\nI submitted you this morning to a client downtown for the Executive Assistant temp-to-hire role "
        "(it's with Ibotta - please keep that confidential). I'll call you as soon as I hear.\n\nNicole Sanders\n"
        "Robert Half",
        None,
    ),
    (
        "Frontier Airlines",
        "applied",
        "2025-07-08",
        FRONTIER,
        "Thank you for applying",
        "Hi Tasha,\n\nThank you for applying to Executive Assistant to the CFO (R-10442) at Frontier Airlines. We'll "
        "review your application.\n\nFrontier Airlines Talent Acquisition",
        None,
    ),
    (
        "DaVita",
        "applied",
        "2025-07-09",
        ADECCO,
        "Admin Coordinator - DaVita",
        "Hi Tasha,\n\nYou're submitted to DaVita for the Admin Coordinator contract ($27/hr, 6 months). Fingers "
        "crossed!\n\nJason Lee\nAdecco",
        None,
    ),
    (
        "Frontier Airlines",
        "interview",
        "2025-07-14",
        FRONTHM,
        "Phone interview - Executive Assistant",
        "Hi Tasha,\n\nWe'd like to schedule a phone interview with the hiring manager, our CFO's chief of staff, on "
        "Wednesday at 2 PM.\n\nKaren Wells\nTalent Acquisition",
        None,
    ),
    (
        "Ibotta",
        "interview",
        "2025-07-15",
        RH,
        "RE: Executive Assistant - temp to hire",
        "Hi Tasha,\n\nIbotta wants to meet you in person Thursday at 10 at their Union Station office. Let me know you "
        "can make it!\n\nNicole",
        None,
    ),
    (
        "DaVita",
        "rejected",
        "2025-07-16",
        ADECCO,
        "RE: Admin Coordinator - DaVita",
        "Hi Tasha,\n\nHeard back from DaVita - they chose a candidate with more healthcare experience. I'll keep looking "
        "for you.\n\nJason",
        None,
    ),
    (
        "Ibotta",
        "thank_you",
        "2025-07-17",
        ME,
        "RE: Executive Assistant - temp to hire",
        "Hi Nicole,\n\nThanks so much for setting up today's interview with Ibotta - it went great.\n\nTasha",
        RH,
    ),
    (
        "Ibotta",
        "offer",
        "2025-07-21",
        RH,
        "RE: Executive Assistant - temp to hire",
        "Hi Tasha,\n\nGreat news - Ibotta made an offer: $32/hr temp-to-hire, starting Monday!\n\nNicole",
        None,
    ),
    (
        "Ibotta",
        "accepted",
        "2025-07-21",
        ME,
        "RE: Executive Assistant - temp to hire",
        "Yes, I'll take it! Thank you Nicole!\n\nTasha",
        RH,
    ),
    (
        "Frontier Airlines",
        "rejected",
        "2025-07-23",
        FRONTIER,
        "Update on your application",
        "Hi Tasha,\n\nThank you for your interest. We have decided to move forward with other candidates for this "
        "position.\n\nFrontier Airlines Talent Acquisition",
        None,
    ),
]

_NEGATIVES = [
    (
        "ZipRecruiter <alerts@ziprecruiter.example>",
        "New Executive Assistant jobs",
        "alert",
        "Executive Assistant - Denver. Office Manager - Aurora. Apply now.",
    ),
    (
        "The Denver Post <newsletters@denverpost.example>",
        "Morning Newsletter",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "Amy Chen <amy.chen@kforce.example>",
        "Admin roles in Denver Tech Center",
        "outreach",
        "Hi Tasha, I have several admin roles in the Denver Tech Center. Are you available for a quick call?",
    ),
    (
        "Frontier Airlines <fly@flyfrontier.example>",
        "Fares from $19!",
        "newsletter",
        "Book now. Unsubscribe.",
    ),
    (
        "Xcel Energy <noreply@xcelenergy.example>",
        "Your bill is ready",
        "other",
        "Your Xcel Energy bill is ready.",
    ),
    (
        "Jade <jade.r@gmail.example>",
        "patio",
        "personal",
        "Patio drinks Friday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0600",
        clock="09:15:00",
        neg_start="2025-07-06",
        neg_step=5,
        neg_clock="20:10:00",
        tag="sixhundredtwentyeight",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), TASHA)
