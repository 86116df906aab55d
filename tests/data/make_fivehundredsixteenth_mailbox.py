"""A five-hundred-and-sixteenth mailbox, written as a held-out check after the five-hundred-and-fifteenth (issue #24).

Carlos Mendoza, a process engineer in Houston, saves his mail from Outlook as .eml files.  Energy hires through
contract agencies and names itself in lower case: "I've submitted your profile to bp for the Senior Process Engineer
role (12-month contract, $95/hr)", "bp would like to schedule a Teams interview with the hiring manager", "bp has made
a verbal offer - $98/hr, 12 months", "ExxonMobil has decided to move forward with other candidates"; Workday's "Thank
you for applying to Shell" and its "you have not been selected"; a second agency's "your resume is now with
ExxonMobil"; his "Please go ahead and accept on my behalf".  Negatives: Rigzone's alert, an energy newsletter, a
third agency's cold mail, a Shell fuel-rewards mail (a company he applied to), a utility bill and his compadre.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CARLOS = "carlos.mendoza.pe@outlook.example"
ME = f"Carlos Mendoza <{CARLOS}>"
AMY = "Amy Nguyen <amy.nguyen@airswift.example>"
RICK = "Rick Dawson <rdawson@petrostaff.example>"
SHELL = "Shell <shell@myworkday.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "bp",
        "applied",
        "2025-06-02",
        AMY,
        "Senior Process Engineer - bp",
        "Hi Carlos,\n\nGreat speaking with you. I've submitted your profile to bp for the Senior Process Engineer role "
        "(12-month contract, $95/hr, Westlake campus). I'll update you as soon as I hear back.\n\nAmy Nguyen\n"
        "Recruitment Consultant | Airswift",
        None,
    ),
    (
        "Shell",
        "applied",
        "2025-06-03",
        SHELL,
        "Thank you for applying to Shell",
        "Dear Carlos,\n\nThank you for applying to Shell for the Process Engineer - Deer Park role (R155312). We will "
        "review your application.\n\nShell Talent Acquisition",
        None,
    ),
    (
        "ExxonMobil",
        "applied",
        "2025-06-04",
        RICK,
        "ExxonMobil - Process Engineer (Baytown)",
        "Carlos,\n\nThanks for the call. Your resume is now with ExxonMobil for the Process Engineer contract in "
        "Baytown.\n\nRick Dawson\nPetroStaff",
        None,
    ),
    (
        "bp",
        "interview",
        "2025-06-09",
        AMY,
        "RE: Senior Process Engineer - bp",
        "Hi Carlos,\n\nGood news - bp would like to schedule a Teams interview with the hiring manager on Thursday at "
        "10am CT. Does that work?\n\nAmy",
        None,
    ),
    (
        "Shell",
        "rejected",
        "2025-06-11",
        SHELL,
        "Your application to Shell",
        "Dear Carlos,\n\nThank you for your interest in Shell. After reviewing your application, you have not been "
        "selected for the Process Engineer - Deer Park role.\n\nShell Talent Acquisition",
        None,
    ),
    (
        "ExxonMobil",
        "rejected",
        "2025-06-13",
        RICK,
        "RE: ExxonMobil - Process Engineer (Baytown)",
        "Carlos,\n\nHeard back - ExxonMobil has decided to move forward with other candidates. I'll keep you posted on "
        "others.\n\nRick",
        None,
    ),
    (
        "bp",
        "offer",
        "2025-06-18",
        AMY,
        "RE: Senior Process Engineer - bp",
        "Hi Carlos,\n\nGreat news! bp has made a verbal offer - $98/hr, 12 months, start July 7. Let me know if you'd "
        "like me to accept on your behalf.\n\nAmy",
        None,
    ),
    (
        "bp",
        "accepted",
        "2025-06-18",
        ME,
        "RE: Senior Process Engineer - bp",
        "Hi Amy,\n\nThat's great news. Please go ahead and accept on my behalf.\n\nThanks,\nCarlos",
        AMY,
    ),
]

_NEGATIVES = [
    (
        "Rigzone <alerts@rigzone.example>",
        "New Process Engineer jobs in Houston",
        "alert",
        "Process Engineer - Houston. Senior Process Engineer - Pasadena, TX. View jobs.",
    ),
    (
        "Hart Energy <newsletter@hartenergy.example>",
        "Midstream Business daily",
        "newsletter",
        "Today's headlines. Unsubscribe.",
    ),
    (
        "Dana Scott <dscott@energyrecruit.example>",
        "Process Engineer contracts - Gulf Coast",
        "outreach",
        "Hi Carlos, I have several process engineering contracts on the Gulf Coast. Are you open to new roles?",
    ),
    (
        "Shell Fuel Rewards <rewards@shell.example>",
        "You've earned 10¢/gal off",
        "shop",
        "Use your savings at any Shell station. Unsubscribe.",
    ),
    (
        "CenterPoint Energy <billing@centerpoint.example>",
        "Your bill is ready",
        "other",
        "Your June bill is ready.",
    ),
    (
        "Jorge Salinas <jorge.salinas@gmail.example>",
        "carne asada",
        "personal",
        "Carne asada el sábado, compadre?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="15:05:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="20:50:00",
        tag="fivehundredsixteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), CARLOS)
