"""A five-hundredth mailbox, written as a held-out check after the four-hundred-and-ninety-ninth (issue #24).

Chris Nguyen, a software engineer in Melbourne, keeps his mail in Gmail, exported with Takeout.  An IT recruitment
consultant writes Australian: "As discussed I've put you forward to Canva for the Senior Backend Engineer role",
"Canva have come back and they'd like to do a tech screen - a 60-minute pairing session", "Had feedback from Canva -
unfortunately they've decided not to progress", "your CV is now with Xero for the Backend Engineer (Go) role", "Xero
want to meet you!"; SEEK's "Your application for Software Engineer at MYOB was successfully submitted" and its "MYOB
viewed your application"; Lever's "Thanks for applying to Atlassian!", "an online coding assessment", "The final stage
is a loop of three virtual interviews", "the hiring committee has approved an offer"; his "I'm delighted to accept" and
"please withdraw me from the Xero process".  Negatives: SEEK's alert and its "viewed", Atlassian's own product mail
(a company he applied to), a recruiter's cold InMail, JB Hi-Fi and a mate.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHRIS = "chris.nguyen.dev@gmail.com"
ME = f"Chris Nguyen <{CHRIS}>"
TOM = "Tom Bishop <tom.bishop@talentinternational.example>"
PRIYA = "Priya Sharma <psharma@atlassian.example>"
ATL = "Atlassian <no-reply@hire.lever.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Canva",
        "applied",
        "2025-07-07",
        TOM,
        "Canva - Senior Backend Engineer",
        "Hi Chris,\n\nGreat chatting this morning. As discussed I've put you forward to Canva for the Senior Backend "
        "Engineer role (Melbourne, hybrid). I'll chase them for feedback by the end of the week.\n\nCheers,\nTom "
        "Bishop\nSenior Consultant | Talent International",
        "t-canva",
    ),
    (
        "Atlassian",
        "applied",
        "2025-07-08",
        ATL,
        "Thanks for applying to Atlassian!",
        "Hi Chris,\n\nThanks for applying for the Senior Software Engineer - Jira role. We're reviewing your application "
        "and will be in touch.\n\nAtlassian Talent Team",
        "t-atl",
    ),
    (
        "MYOB",
        "applied",
        "2025-07-09",
        "SEEK <noreply@seek.example>",
        "Your application was successfully submitted",
        "Hi Chris,\n\nYour application for Software Engineer at MYOB was successfully submitted.\n\nWe'll let you know "
        "when MYOB views your application.\n\nSEEK",
        "t-myob",
    ),
    (
        "Canva",
        "interview",
        "2025-07-11",
        TOM,
        "RE: Canva - Senior Backend Engineer",
        "Hi Chris,\n\nCanva have come back and they'd like to do a tech screen - a 60-minute pairing session with one of "
        "their engineers. Can you do Tuesday 2pm or Wednesday 10am?\n\nTom",
        "t-canva",
    ),
    (
        "Atlassian",
        "interview",
        "2025-07-14",
        ATL,
        "Your Atlassian coding assessment",
        "Hi Chris,\n\nThe next step in your application is an online coding assessment on Karat. Please complete it "
        "within 7 days.\n\nAtlassian Talent Team",
        "t-atl2",
    ),
    (
        "Canva",
        "rejected",
        "2025-07-18",
        TOM,
        "RE: Canva - Senior Backend Engineer",
        "Hi Chris,\n\nHad feedback from Canva - unfortunately they've decided not to progress. They liked your "
        "communication but wanted deeper Kafka experience. Don't be discouraged, I've got a couple of others I think "
        "you'd be great for.\n\nTom",
        "t-canva",
    ),
    (
        "Xero",
        "applied",
        "2025-07-21",
        TOM,
        "Xero - Backend Engineer",
        "Hi Chris,\n\nAs discussed, your CV is now with Xero for the Backend Engineer (Go) role. Fingers crossed!\n\nTom",
        "t-xero",
    ),
    (
        "MYOB",
        "rejected",
        "2025-07-22",
        "MYOB Careers <careers@myob.example>",
        "Your application with MYOB",
        "Hi Chris,\n\nThank you for applying for the Software Engineer role. Unfortunately you have not been shortlisted "
        "on this occasion.\n\nMYOB Talent Acquisition",
        "t-myob2",
    ),
    (
        "Atlassian",
        "onsite",
        "2025-07-24",
        PRIYA,
        "Atlassian - next steps",
        "Hi Chris,\n\nCongrats on passing the coding assessment! The final stage is a loop of three virtual interviews "
        "(system design, code design and values) on the same day. Please share your availability for next week.\n\n"
        "Priya\nTechnical Recruiter",
        "t-atl3",
    ),
    (
        "Xero",
        "interview",
        "2025-07-29",
        TOM,
        "RE: Xero - Backend Engineer",
        "Hi Chris,\n\nXero want to meet you! First interview is with the hiring manager, Thursday 11am via Google "
        "Meet.\n\nTom",
        "t-xero",
    ),
    (
        "Atlassian",
        "offer",
        "2025-08-08",
        PRIYA,
        "Atlassian offer",
        "Hi Chris,\n\nI'm thrilled to let you know the hiring committee has approved an offer for the Senior Software "
        "Engineer role! Let's jump on a call today to go through the details.\n\nPriya",
        "t-atl4",
    ),
    (
        "Atlassian",
        "accepted",
        "2025-08-11",
        ME,
        "RE: Atlassian offer",
        "Hi Priya,\n\nThanks for walking me through everything. I'm delighted to accept!\n\nChris",
        "t-atl4",
    ),
    (
        "Xero",
        "withdrew",
        "2025-08-11",
        ME,
        "RE: Xero - Backend Engineer",
        "Hi Tom,\n\nThanks for all your help. I've accepted an offer at Atlassian, so please withdraw me from the Xero "
        "process.\n\nCheers,\nChris",
        "t-xero",
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@seek.example>",
        "New jobs for Software Engineer in Melbourne",
        "alert",
        "Backend Engineer - Melbourne CBD. Go Developer - Richmond. View all jobs.",
    ),
    (
        "SEEK <noreply@seek.example>",
        "MYOB viewed your application",
        "viewed",
        "Hi Chris, MYOB viewed your application for Software Engineer.",
    ),
    (
        "Atlassian <noreply@atlassian.example>",
        "Your Confluence free trial is ending",
        "other",
        "Your trial ends in 3 days. Upgrade to keep your pages.",
    ),
    (
        "Sam Patel <sam.patel@hays-tech.example>",
        "Lead Engineer opportunity - fintech",
        "outreach",
        "Hi Chris, I'm working on a Lead Engineer role with a Melbourne fintech. Would you be open to a chat?",
    ),
    (
        "JB Hi-Fi <deals@jbhifi.example>",
        "Click frenzy deals",
        "shop",
        "Headphones from $49. Unsubscribe.",
    ),
    (
        "Dave Tran <dave.tran@gmail.example>",
        "footy",
        "personal",
        "Pies v Blues saturday, you coming?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CHRIS,
        own_to={"Atlassian": PRIYA, "Xero": TOM},
        offset="+1000",
        clock="12:20:00",
        neg_start="2025-07-06",
        neg_step=5,
        neg_clock="19:30:00",
        tag="fivehundred",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
