"""A four-hundred-and-seventy-first mailbox, written as a held-out check after the four-hundred-and-seventieth (issue
#24).

Jake Morrison, a maintenance planner in Perth, keeps his search in Gmail and exports it with Takeout.  Western
Australian mining hires fly-in fly-out workers through agencies: "I've submitted your details to BHP for the FIFO
Maintenance Planner role (8/6 roster)", "BHP would like to progress you to a video interview", "Unfortunately BHP have
decided not to progress your application", a second agency's "Rio Tinto have shortlisted you - phone interview with
the superintendent Tuesday", "Rio have offered you the role!", "your pre-employment medical is booked" (no step), his
"Mate that's awesome, yes please lock it in", a miner's own Workday receipt and its "we will not be moving forward",
and his "Any news from Rio?".  Negatives: SEEK's alert, a mining newsletter, an agency's "FIFO roles - register now",
a ute dealer, Transperth and his brother.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JAKE = "jake.morrison.wa@gmail.com"
ME = f"Jake Morrison <{JAKE}>"
TRACEY = "Tracey Lyons <tracey@pilbaraworkforce.example>"
MATT = "Matt Doyle <matt.doyle@resourcepeople.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "BHP",
        "applied",
        "2025-06-02",
        TRACEY,
        "BHP - FIFO Maintenance Planner",
        "Hi Jake,\n\nThanks for the chat. I've submitted your details to BHP for the FIFO Maintenance Planner role (8/6 "
        "roster, Newman). I'll be in touch once I hear back.\n\nTracey Lyons\nPilbara Workforce",
        "t-bhp",
    ),
    (
        "Rio Tinto",
        "applied",
        "2025-06-03",
        MATT,
        "Rio Tinto - Senior Maintenance Planner",
        "G'day Jake,\n\nYour resume has gone to Rio Tinto for the Senior Maintenance Planner role at Tom Price. Fingers "
        "crossed.\n\nMatt Doyle\nResource People",
        "t-rio",
    ),
    (
        "Fortescue",
        "applied",
        "2025-06-04",
        "Fortescue <fortescue@myworkday.com>",
        "Thank you for applying to Fortescue",
        "Hi Jake,\n\nThanks for applying for Maintenance Planner - Fixed Plant (R-45521) at Fortescue. We'll review "
        "your application and be in touch.\n\nFortescue Talent",
        "t-fmg",
    ),
    (
        "BHP",
        "interview",
        "2025-06-09",
        TRACEY,
        "RE: BHP - FIFO Maintenance Planner",
        "Hi Jake,\n\nGood news - BHP would like to progress you to a video interview with the maintenance superintendent "
        "on Thursday at 9am AWST.\n\nTracey",
        "t-bhp",
    ),
    (
        "Rio Tinto",
        "follow_up",
        "2025-06-10",
        ME,
        "RE: Rio Tinto - Senior Maintenance Planner",
        "Hey Matt, any news from Rio?\n\nJake",
        "t-rio",
    ),
    (
        "Rio Tinto",
        "interview",
        "2025-06-11",
        MATT,
        "RE: Rio Tinto - Senior Maintenance Planner",
        "Jake - Rio Tinto have shortlisted you. Phone interview with the superintendent Tuesday 10am. Sound ok?\n\nMatt",
        "t-rio",
    ),
    (
        "Fortescue",
        "rejected",
        "2025-06-13",
        "Fortescue <fortescue@myworkday.com>",
        "Your application with Fortescue",
        "Hi Jake,\n\nThank you for your interest in Fortescue. After reviewing your application, we will not be moving "
        "forward at this time.\n\nFortescue Talent",
        "t-fmg",
    ),
    (
        "BHP",
        "rejected",
        "2025-06-18",
        TRACEY,
        "RE: BHP - FIFO Maintenance Planner",
        "Hi Jake,\n\nUnfortunately BHP have decided not to progress your application - they went with someone with more "
        "SAP PM experience. I'll keep you in mind.\n\nTracey",
        "t-bhp",
    ),
    (
        "Rio Tinto",
        "offer",
        "2025-06-24",
        MATT,
        "RE: Rio Tinto - Senior Maintenance Planner",
        "Jake!! Rio have offered you the role! $165k plus super, 2/1 roster. Call me when you can.\n\nMatt",
        "t-rio",
    ),
    (
        "Rio Tinto",
        "accepted",
        "2025-06-24",
        ME,
        "RE: Rio Tinto - Senior Maintenance Planner",
        "Mate that's awesome, yes please lock it in! Cheers for everything.\n\nJake",
        "t-rio",
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@seek.example>",
        "New jobs for Maintenance Planner in WA",
        "alert",
        "Maintenance Planner - FIFO - Pilbara. Planner - DIDO - Kalgoorlie. View all.",
    ),
    (
        "Australian Mining <newsletter@australianmining.example>",
        "Australian Mining Daily",
        "newsletter",
        "Today's mining news. Unsubscribe.",
    ),
    (
        "Resource People <jobs@resourcepeople.example>",
        "FIFO roles - register now",
        "newsletter",
        "Hundreds of FIFO roles across the Pilbara. Register with us today. Unsubscribe.",
    ),
    (
        "Transperth <noreply@transperth.example>",
        "SmartRider auto top-up",
        "other",
        "Your SmartRider was topped up.",
    ),
    (
        "Luke Morrison <luke.morrison@gmail.example>",
        "fishing",
        "personal",
        "Rotto this weekend?",
    ),
    (
        "Resource People <compliance@resourcepeople.example>",
        "Your pre-employment medical is booked",
        "other",
        "Hi Jake, your pre-employment medical is booked for 30 June at 8am at Healthscope, Osborne Park.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JAKE,
        own_to={"Rio Tinto": MATT},
        offset="+0800",
        clock="07:30:00",
        neg_start="2025-06-01",
        neg_step=5,
        neg_clock="19:40:00",
        tag="fourhundredseventyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
