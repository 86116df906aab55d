"""A four-hundred-and-forty-sixth mailbox, written as a held-out check after the four-hundred-and-forty-fifth
(issue #24).

Omar Haddad, a supply-chain manager in Dubai, saves his job-search mail from Outlook as .eml files.  Gulf hiring goes
through agencies and job boards: Bayt's "Your application to Majid Al Futtaim has been submitted", a Michael
Page-style consultant's "I've shared your profile with my client, DP World, for the Head of Procurement role",
"The client would like to meet you in person at their Jebel Ali office", "the hiring manager has decided to go ahead
with another candidate", a second consultant's "Emirates Global Aluminium have reviewed your CV and would like to
arrange a Teams interview", "They have come back with an offer of AED 45,000 per month all-in", his "Please go ahead
and confirm my acceptance", an employer's Oracle Taleo receipt, and his note to a consultant asking for news.
Negatives: GulfTalent's alert, Naukrigulf, a "CV database" spam from an agency, a conference, Emirates Skywards and
his cousin.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OMAR = "omar.haddad@outlook.example"
ME = f"Omar Haddad <{OMAR}>"
RACHEL = "Rachel Thompson <rachel.thompson@pagegroup-me.example>"
SAMEER = "Sameer Khan <sameer.khan@hays-gulf.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Majid Al Futtaim",
        "applied",
        "2025-03-02",
        "Bayt.com <noreply@bayt.example>",
        "Your application to Majid Al Futtaim has been submitted",
        "Dear Omar,\n\nYour application for Supply Chain Manager at Majid Al Futtaim has been successfully submitted.\n\n"
        "Good luck!\nBayt.com",
        None,
    ),
    (
        "DP World",
        "applied",
        "2025-03-03",
        RACHEL,
        "Head of Procurement - DP World",
        "Hi Omar,\n\nGreat to speak earlier. As agreed, I've shared your profile with my client, DP World, for the Head "
        "of Procurement role. I'll update you as soon as I hear back.\n\nBest regards,\nRachel Thompson\nManager - "
        "Procurement & Supply Chain",
        None,
    ),
    (
        "Emirates Global Aluminium",
        "applied",
        "2025-03-04",
        SAMEER,
        "Supply Chain Manager - EGA",
        "Dear Omar,\n\nThank you for your time today. Please note that I have submitted your CV to Emirates Global "
        "Aluminium (EGA) for the Supply Chain Manager position.\n\nRegards,\nSameer Khan\nSenior Consultant",
        None,
    ),
    (
        "Al-Futtaim",
        "applied",
        "2025-03-05",
        "Al-Futtaim Careers <careers@taleo.example>",
        "Application Acknowledgement",
        "Dear Omar Haddad,\n\nThank you for your interest in Al-Futtaim. This is to acknowledge receipt of your "
        "application for the position of Logistics Manager (Requisition 25000311).\n\nAl-Futtaim Talent "
        "Acquisition",
        None,
    ),
    (
        "DP World",
        "interview",
        "2025-03-10",
        RACHEL,
        "RE: Head of Procurement - DP World",
        "Hi Omar,\n\nGood news - the client would like to meet you in person at their Jebel Ali office. They have "
        "proposed Wednesday 12th at 11am with the VP Procurement. Can you confirm?\n\nRachel",
        None,
    ),
    (
        "Emirates Global Aluminium",
        "follow_up",
        "2025-03-11",
        ME,
        "RE: Supply Chain Manager - EGA",
        "Hi Sameer,\n\nAny news from EGA on my application? Happy to provide anything else they need.\n\nThanks,\nOmar",
        SAMEER,
    ),
    (
        "Emirates Global Aluminium",
        "interview",
        "2025-03-12",
        SAMEER,
        "RE: Supply Chain Manager - EGA",
        "Hi Omar,\n\nYes - Emirates Global Aluminium have reviewed your CV and would like to arrange a Teams interview "
        "with the Director of Supply Chain on Monday. Please send me two or three slots.\n\nSameer",
        None,
    ),
    (
        "Majid Al Futtaim",
        "rejected",
        "2025-03-14",
        "Majid Al Futtaim Talent <talent@maf.example>",
        "Your application for Supply Chain Manager",
        "Dear Omar,\n\nThank you for applying to Majid Al Futtaim. We have reviewed your profile and regret to inform "
        "you that we will not be progressing your application at this stage.\n\nMAF Talent Acquisition",
        None,
    ),
    (
        "DP World",
        "rejected",
        "2025-03-19",
        RACHEL,
        "RE: Head of Procurement - DP World",
        "Hi Omar,\n\nI've had feedback from DP World. They enjoyed meeting you, but the hiring manager has decided to "
        "go ahead with another candidate who has more port-sector experience. I'm sorry - let's keep talking.\n\n"
        "Rachel",
        None,
    ),
    (
        "Emirates Global Aluminium",
        "offer",
        "2025-03-24",
        SAMEER,
        "RE: Supply Chain Manager - EGA",
        "Hi Omar,\n\nFantastic news - they have come back with an offer of AED 45,000 per month all-in, 30 days' "
        "leave and annual flights. Let me know your thoughts.\n\nSameer",
        None,
    ),
    (
        "Emirates Global Aluminium",
        "accepted",
        "2025-03-25",
        ME,
        "RE: Supply Chain Manager - EGA",
        "Hi Sameer,\n\nThat's great. Please go ahead and confirm my acceptance - I'm very happy with the package.\n\n"
        "Omar",
        SAMEER,
    ),
]

_NEGATIVES = [
    (
        "GulfTalent <alerts@gulftalent.example>",
        "New jobs matching Supply Chain Manager",
        "alert",
        "Supply Chain Manager - Abu Dhabi. Procurement Lead - Dubai. Apply now.",
    ),
    (
        "Naukrigulf <news@naukrigulf.example>",
        "Top companies hiring in UAE this week",
        "newsletter",
        "See who's hiring. Unsubscribe.",
    ),
    (
        "Talent Hub Recruitment <cv@talenthub-uae.example>",
        "Register your CV with Talent Hub",
        "outreach",
        "Dear Candidate, we have hundreds of vacancies in the UAE. Register your CV in our database today.",
    ),
    (
        "Supply Chain Middle East <events@scme.example>",
        "Supply Chain Leaders Summit 2025",
        "newsletter",
        "Book your pass for the summit in Dubai.",
    ),
    (
        "Emirates Skywards <skywards@emirates.example>",
        "Your Skywards statement",
        "other",
        "You have 12,400 Miles.",
    ),
    (
        "Yousef Haddad <yousef.h@gmail.example>",
        "Eid plans",
        "personal",
        "Are you coming to Amman for Eid?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0400",
        clock="10:05:00",
        neg_start="2025-03-01",
        neg_step=4,
        neg_clock="21:30:00",
        tag="fourhundredfortysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), OMAR)
