"""A four-hundred-and-thirtieth mailbox, written as a held-out check after the four-hundred-and-twenty-ninth (issue
#24).

Ka-yan, a risk analyst in Hong Kong, keeps her search in Gmail and exports it with Takeout.  Hong Kong's banks and
insurers write a formal British English through their systems: "Thank you for your interest in joining Harbourview
Bank", "You are invited to complete a video interview via HireVue", "we are unable to proceed with your application
at this stage", "Conditional Offer Letter ... subject to satisfactory reference checks and a pre-employment medical",
an insurer's "You have been selected for the Assessment Centre" and "Final interview with the Chief Risk Officer", a
headhunter's "I have submitted your CV to my client, a global insurer in Quarry Bay - the client is Pacifica Life",
her "I am pleased to accept the conditional offer".  Negatives: JobsDB's alert, eFinancialCareers' newsletter, a
cold approach, an MTR receipt, Octopus and her mother.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KAYAN = "kayan.wong.risk@gmail.com"
ME = f"Ka-yan Wong <{KAYAN}>"
HVB = "Harbourview Bank Recruitment <recruitment@harbourviewbank.example>"
JASON = "Jason Lau <jason.lau@kowloonsearch.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Harbourview Bank",
        "applied",
        "2025-04-01",
        HVB,
        "Application Acknowledgement - Risk Analyst (REQ 10442)",
        "Dear Ka-yan,\n\nThank you for your interest in joining Harbourview Bank. We acknowledge receipt of your "
        "application for Risk Analyst (REQ 10442).\n\nRecruitment Team",
        "t-hvb",
    ),
    (
        "Pacifica Life",
        "applied",
        "2025-04-02",
        JASON,
        "Market Risk Manager - global insurer",
        "Dear Ka-yan,\n\nThank you for your time today. I have submitted your CV to my client, a global insurer in Quarry "
        "Bay, for the Market Risk Manager role. I will revert once I have feedback.\n\nJason Lau\nKowloon Search",
        "t-pl",
    ),
    (
        "Dragon Gate Securities",
        "applied",
        "2025-04-03",
        "JobsDB <noreply@jobsdb.example>",
        "Your application has been sent",
        "Your application has been sent to Dragon Gate Securities.\n\nCredit Risk Officer\nDragon Gate Securities\n"
        "Central\n\nJobsDB",
        "t-dg",
    ),
    (
        "Harbourview Bank",
        "interview",
        "2025-04-08",
        HVB,
        "Video Interview Invitation - Risk Analyst",
        "Dear Ka-yan,\n\nYou are invited to complete a video interview via HireVue for the Risk Analyst position. Please "
        "complete it within 5 days.\n\nRecruitment Team",
        "t-hvb2",
    ),
    (
        "Pacifica Life",
        "interview",
        "2025-04-09",
        JASON,
        "RE: Market Risk Manager - global insurer",
        "Dear Ka-yan,\n\nGood news - the client is Pacifica Life, and you have been selected for their Assessment "
        "Centre on 16 April at their Quarry Bay office.\n\nJason",
        "t-pl",
    ),
    (
        "Dragon Gate Securities",
        "rejected",
        "2025-04-11",
        "Dragon Gate Securities HR <hr@dragongate.example>",
        "Credit Risk Officer",
        "Dear Ms Wong,\n\nThank you for your application. After careful consideration, we are unable to proceed with "
        "your application at this stage.\n\nHuman Resources",
        "t-dg2",
    ),
    (
        "Pacifica Life",
        "onsite",
        "2025-04-22",
        JASON,
        "RE: Market Risk Manager - global insurer",
        "Dear Ka-yan,\n\nYou did very well at the Assessment Centre. The final interview is with the Chief Risk Officer "
        "on 29 April.\n\nJason",
        "t-pl",
    ),
    (
        "Harbourview Bank",
        "rejected",
        "2025-04-24",
        HVB,
        "Your application - Risk Analyst (REQ 10442)",
        "Dear Ka-yan,\n\nThank you for completing the video interview. We regret that we are unable to proceed with your "
        "application at this stage.\n\nRecruitment Team",
        "t-hvb3",
    ),
    (
        "Pacifica Life",
        "offer",
        "2025-05-06",
        JASON,
        "Pacifica Life - Conditional Offer Letter",
        "Dear Ka-yan,\n\nCongratulations! Please find attached the Conditional Offer Letter from Pacifica Life, subject "
        "to satisfactory reference checks and a pre-employment medical. Monthly salary HKD 68,000.\n\nJason",
        "t-pl-off",
    ),
    (
        "Pacifica Life",
        "accepted",
        "2025-05-07",
        ME,
        "RE: Pacifica Life - Conditional Offer Letter",
        "Dear Jason,\n\nI am pleased to accept the conditional offer and have signed the letter. Thank you.\n\nKa-yan",
        "t-pl-off",
    ),
]

_NEGATIVES = [
    (
        "JobsDB <alerts@jobsdb.example>",
        "New Risk jobs for you",
        "alert",
        "Risk Analyst - Central. Credit Risk Manager - Wan Chai.",
    ),
    (
        "eFinancialCareers <news@efinancialcareers.example>",
        "This week in finance jobs",
        "newsletter",
        "Bonus season, hiring freezes and where the jobs are. Unsubscribe.",
    ),
    (
        "Cindy Ho <cindy@pearlrecruit.example>",
        "Risk opportunity - virtual bank",
        "outreach",
        "Dear Ka-yan, I have an opportunity in risk management with a virtual bank. Are you open to explore? Cindy",
    ),
    (
        "MTR <noreply@mtr.example>",
        "Your receipt",
        "other",
        "Thank you for travelling with MTR.",
    ),
    (
        "Octopus <service@octopus.example>",
        "Automatic Add Value",
        "other",
        "HKD 250 was added to your Octopus.",
    ),
    (
        "Mum <mrs.wong@netvigator.example>",
        "dinner",
        "personal",
        "Come home for dinner on Sunday.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KAYAN,
        own_to={"Pacifica Life": JASON},
        offset="+0800",
        clock="10:20:00",
        neg_start="2025-03-31",
        neg_step=4,
        neg_clock="21:00:00",
        tag="fourhundredthirty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
