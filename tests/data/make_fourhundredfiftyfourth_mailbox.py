"""A four-hundred-and-fifty-fourth mailbox, written as a held-out check after the four-hundred-and-fifty-third
(issue #24).

Liam O'Connor, a security engineer contracting in Sydney, keeps his search in Gmail and exports it with Takeout.
Australian IT contracting runs through recruiters: "I've submitted you for the Security Engineer contract with
Westpac - 6 months, $1,100 a day", "Westpac want a chat Thursday", "Feedback is they've gone with an internal
candidate", a second agency's "Your profile is with the hiring manager at Services Australia", "they'd like to line
up a technical interview", "Contract offer: 12 months at $1,050/day + super", his "Happy to go ahead - please confirm
with them", a third agency's "Telstra have put the role on hold", and a direct application through SEEK to Canva with
its receipt and its "We won't be progressing your application".  Negatives: SEEK's alert, a newsletter, a
recruiter's "Are you available for contract work?", the AISA conference, Opal and his mate.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LIAM = "liam.oconnor.sec@gmail.com"
ME = f"Liam O'Connor <{LIAM}>"
BEC = "Bec Wilson <bec.wilson@talentcore.example>"
RAJ = "Raj Patel <raj.patel@paxus-it.example>"
SOPHIE = "Sophie Nguyen <sophie@hudsonrec.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Westpac",
        "applied",
        "2025-02-10",
        BEC,
        "Security Engineer contract - Westpac",
        "Hi Liam,\n\nThanks for the chat. I've submitted you for the Security Engineer contract with Westpac - 6 months, "
        "$1,100 a day. Will let you know as soon as I hear.\n\nCheers,\nBec Wilson\nTalentCore",
        "t-wbc",
    ),
    (
        "Canva",
        "applied",
        "2025-02-11",
        "SEEK <noreply@seek.example>",
        "Your application was successfully submitted",
        "Hi Liam,\n\nYour application for Senior Security Engineer at Canva was successfully submitted.\n\n"
        "Good luck!\nSEEK",
        "t-canva",
    ),
    (
        "Services Australia",
        "applied",
        "2025-02-12",
        RAJ,
        "Services Australia - Cyber Security Engineer (APS6)",
        "Hi Liam,\n\nJust confirming your profile is with the hiring manager at Services Australia for the Cyber "
        "Security Engineer contract. Baseline clearance is required - you're all good there.\n\nRaj Patel\nPaxus IT",
        "t-sa",
    ),
    (
        "Westpac",
        "interview",
        "2025-02-13",
        BEC,
        "RE: Security Engineer contract - Westpac",
        "Liam - Westpac want a chat Thursday at 2pm with the security architecture lead, on Teams. Can I lock it "
        "in?\n\nBec",
        "t-wbc",
    ),
    (
        "Telstra",
        "applied",
        "2025-02-14",
        SOPHIE,
        "Telstra - Cloud Security Engineer",
        "Hi Liam,\n\nAs discussed, I've sent your CV through to Telstra for the Cloud Security Engineer contract. "
        "Fingers crossed.\n\nSophie Nguyen\nHudson Recruitment",
        "t-tel",
    ),
    (
        "Services Australia",
        "interview",
        "2025-02-18",
        RAJ,
        "RE: Services Australia - Cyber Security Engineer (APS6)",
        "Hi Liam,\n\nGood news - they'd like to line up a technical interview with two of the team next Tuesday. Does "
        "10am work?\n\nRaj",
        "t-sa",
    ),
    (
        "Canva",
        "rejected",
        "2025-02-19",
        "Canva Careers <no-reply@canva.example>",
        "Your application with Canva",
        "Hi Liam,\n\nThanks for applying for Senior Security Engineer. After reviewing your application, we won't be "
        "progressing your application any further.\n\nCanva Talent",
        "t-canva2",
    ),
    (
        "Westpac",
        "rejected",
        "2025-02-20",
        BEC,
        "RE: Security Engineer contract - Westpac",
        "Hi Liam,\n\nFeedback is they've gone with an internal candidate - nothing to do with you, they liked you. I'll "
        "keep looking.\n\nBec",
        "t-wbc",
    ),
    (
        "Telstra",
        "rejected",
        "2025-02-24",
        SOPHIE,
        "RE: Telstra - Cloud Security Engineer",
        "Hi Liam,\n\nUnfortunately Telstra have put the role on hold - budget freeze until the new financial year. "
        "Sorry!\n\nSophie",
        "t-tel",
    ),
    (
        "Services Australia",
        "offer",
        "2025-02-27",
        RAJ,
        "Contract offer - Services Australia",
        "Hi Liam,\n\nContract offer: 12 months at $1,050/day + super, starting 17 March. Let me know and I'll send the "
        "paperwork.\n\nRaj",
        "t-sa2",
    ),
    (
        "Services Australia",
        "accepted",
        "2025-02-27",
        ME,
        "RE: Contract offer - Services Australia",
        "Raj, happy to go ahead - please confirm with them. Thanks mate.\n\nLiam",
        "t-sa2",
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@seek.example>",
        "New jobs for Security Engineer in Sydney",
        "alert",
        "Security Engineer - contract - CBD. SOC Analyst - Parramatta. View all jobs.",
    ),
    (
        "iTnews <newsletter@itnews.example>",
        "iTnews Security Daily",
        "newsletter",
        "Today's security news. Unsubscribe.",
    ),
    (
        "Dave Kelly <dave.kelly@contractrecruit.example>",
        "Are you available for contract work?",
        "outreach",
        "Hi Liam, I have a few security contracts coming up with government clients. Are you available from April? "
        "Happy to have a chat.",
    ),
    (
        "AISA <events@aisa.example>",
        "Australian Cyber Conference: early bird ends Friday",
        "newsletter",
        "Register now.",
    ),
    (
        "Opal <noreply@opal.example>",
        "Your Opal top-up receipt",
        "other",
        "You topped up $40.00.",
    ),
    (
        "Josh Murray <joshm@gmail.example>",
        "footy sunday",
        "personal",
        "Swans game Sunday, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LIAM,
        own_to={"Services Australia": RAJ},
        offset="+1100",
        clock="10:20:00",
        neg_start="2025-02-09",
        neg_step=4,
        neg_clock="21:00:00",
        tag="fourhundredfiftyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
