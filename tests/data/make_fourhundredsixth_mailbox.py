"""A four-hundred-and-sixth mailbox, written as a held-out check after the four-hundred-and-fifth (issue #24).

Wei Ling, a compliance analyst in Singapore, keeps her search in Gmail and exports it with Takeout.  Two agencies
writing Singapore's recruiters' English ("I have shortlisted your profile for my client, a regional private bank",
"Client feedback: they would like to arrange a 1st round interview with the Head of Compliance", "Pleased to share
that Orchid Private Bank has confirmed the 2nd round", "Kindly revert with your availability", "they have decided to
proceed with another candidate who has more AML experience", "Offer details as below"), a bank's own Workday and
SuccessFactors, MyCareersFuture's receipt; her "I'm pleased to accept the offer, kindly proceed".  Negatives: JobStreet
alerts, an agency's "Hot jobs this week", LinkedIn's "you appeared in", a cold approach, Grab and her cousin.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WEI = "tan.weiling.compliance@gmail.com"
ME = f"Tan Wei Ling <{WEI}>"
KEVIN = "Kevin Ong <kevin.ong@straitsfinancerecruit.example>"
RACHEL = "Rachel Lim <rachel.lim@meridianpeople.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Orchid Private Bank",
        "applied",
        "2025-06-02",
        KEVIN,
        "Compliance Analyst - Private Bank",
        "Hi Wei Ling,\n\nThanks for your time on the phone. As discussed, I have shortlisted your profile for my client, "
        "a regional private bank, for the AVP Compliance Analyst role and sent your CV to them this morning.\n\nWill "
        "update you once I have feedback.\n\nKevin Ong\nStraits Finance Recruitment | EA Licence 12C3456",
        "t-kevin",
    ),
    (
        "Harbourfront Insurance",
        "applied",
        "2025-06-03",
        "Harbourfront Insurance <harbourfront@myworkday.com>",
        "Thank you for your application",
        "Dear Wei Ling,\n\nThank you for applying for the position of Compliance Officer (JR-55102) at Harbourfront "
        "Insurance. We have received your application and will review it shortly.\n\nTalent Acquisition",
        "t-hi",
    ),
    (
        "Lion City Securities",
        "applied",
        "2025-06-04",
        RACHEL,
        "Your application - Regulatory Compliance (Securities)",
        "Dear Wei Ling,\n\nThank you for your interest. I'm pleased to inform you that I have submitted your resume to "
        "Lion City Securities for the Regulatory Compliance Manager position. Kindly note not to apply to this role "
        "directly or through other agencies.\n\nBest regards,\nRachel Lim\nMeridian People Consulting",
        "t-rachel",
    ),
    (
        "Temasek Polytechnic",
        "applied",
        "2025-06-05",
        "MyCareersFuture <noreply@mycareersfuture.example>",
        "Application submitted: Compliance Executive",
        "Your application has been submitted.\n\nCompliance Executive\nTemasek Polytechnic\n\nThe employer will "
        "contact you if you are shortlisted.",
        "t-mcf",
    ),
    (
        "Orchid Private Bank",
        "interview",
        "2025-06-09",
        KEVIN,
        "RE: Compliance Analyst - Private Bank",
        "Hi Wei Ling,\n\nClient feedback: they would like to arrange a 1st round interview with the Head of Compliance. "
        "The client is Orchid Private Bank at Marina Bay. Kindly revert with your availability this Thursday or "
        "Friday.\n\nKevin",
        "t-kevin",
    ),
    (
        "Lion City Securities",
        "rejected",
        "2025-06-11",
        RACHEL,
        "RE: Your application - Regulatory Compliance (Securities)",
        "Dear Wei Ling,\n\nI have received feedback from Lion City Securities. Unfortunately they have decided to "
        "proceed with another candidate who has more securities regulatory experience. I will keep you in mind for "
        "other roles.\n\nRachel",
        "t-rachel",
    ),
    (
        "Orchid Private Bank",
        "interview",
        "2025-06-16",
        KEVIN,
        "RE: Compliance Analyst - Private Bank",
        "Hi Wei Ling,\n\nPleased to share that Orchid Private Bank has confirmed the 2nd round with the Group Chief "
        "Compliance Officer on 20 June, 3pm, at their office. Please bring your NRIC.\n\nKevin",
        "t-kevin",
    ),
    (
        "Harbourfront Insurance",
        "rejected",
        "2025-06-18",
        "Harbourfront Insurance <harbourfront@myworkday.com>",
        "Your application with Harbourfront Insurance",
        "Dear Wei Ling,\n\nThank you for your interest in the Compliance Officer role. After careful review, we regret "
        "to inform you that your application was not successful.\n\nTalent Acquisition\nHarbourfront Insurance",
        "t-hi2",
    ),
    (
        "Orchid Private Bank",
        "offer",
        "2025-06-25",
        KEVIN,
        "Orchid - offer",
        "Hi Wei Ling,\n\nCongrats!! Offer details as below:\n\nPosition: AVP, Compliance\nBasic: SGD 8,200 x 13 months\n"
        "AWS + variable bonus\nStart: 1 August\n\nPls let me know if you accept and I'll inform the client.\n\nKevin",
        "t-kevin-off",
    ),
    (
        "Orchid Private Bank",
        "accepted",
        "2025-06-26",
        ME,
        "RE: Orchid - offer",
        "Hi Kevin,\n\nThank you so much! I'm pleased to accept the offer, kindly proceed with the client.\n\nWei Ling",
        "t-kevin-off",
    ),
]

_NEGATIVES = [
    (
        "JobStreet <alerts@jobstreet.example>",
        "15 new Compliance jobs for you",
        "alert",
        "Compliance Officer - DBS. AML Analyst - OCBC. View all jobs.",
    ),
    (
        "Meridian People Consulting <jobs@meridianpeople.example>",
        "Hot jobs this week",
        "newsletter",
        "Compliance Manager (Bank). KYC Analyst (Fintech). Apply now or refer a friend.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 12 searches this week",
        "notification",
        "See the companies and recruiters who found you.",
    ),
    (
        "Jason Tan <jason@apexsearch.example>",
        "Opportunity - Head of Compliance (Fintech)",
        "outreach",
        "Hi Wei Ling,\n\nI am working on a Head of Compliance role with a fast-growing payments company. Are you open "
        "to explore?\n\nJason",
    ),
    (
        "Grab <no-reply@grab.example>",
        "Your Grab E-Receipt",
        "shop",
        "Thanks for riding with Grab. Total SGD 18.40.",
    ),
    (
        "Jia Hui <jiahui.tan@gmail.example>",
        "cny dinner",
        "personal",
        "Auntie asked if you're coming for dinner Saturday",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=WEI,
        own_to={"Orchid Private Bank": KEVIN},
        offset="+0800",
        clock="10:05:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="21:30:00",
        tag="fourhundredsix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
