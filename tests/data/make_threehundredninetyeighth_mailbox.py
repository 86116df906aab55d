"""A three-hundred-and-ninety-eighth mailbox, written as a held-out check after the three-hundred-and-ninety-seventh
(issue #24).

Liam, a maintenance planner in Perth, keeps his search in Gmail and exports it with Takeout.  Mining recruitment as
its consultants write it: "Legend, thanks for the chat. I've whacked your resume in for the Maintenance Planner FIFO
role (2:1 roster) with my client, a tier 1 iron ore miner" (the client unnamed), "Client's come back keen - it's
Pilbara Iron Ore and they want a phone interview with the superintendent Thursday arvo", "They want you in for a face
to face at their St Georges Tce office and a site visit" (the final round), "Pilbara Iron Ore have offered - $165k plus
super, 2:1", his "Stoked, let's lock it in"; a second agency's "I've sent your details through to Coastal Minerals'
HR" and "Coastal went with an internal"; a contractor's Seek receipt and its "unsuccessful on this occasion".
Negatives: a Seek alert, a FIFO jobs newsletter, his medical's booking, a ute dealer, Qantas, a mate.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LIAM = "liam.oconnor.planner@gmail.com"
ME = f"Liam O'Connor <{LIAM}>"
AG1 = "Kirsty Blake <kirsty@westminerecruitment.example>"
AG2 = "Ben Tran <ben.tran@resourcepeople.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Pilbara Iron Ore",
        "applied",
        "2025-06-02",
        AG1,
        "Maintenance Planner - FIFO - iron ore",
        "Legend, thanks for the chat. I've whacked your resume in for the Maintenance Planner FIFO role (2:1 roster) "
        "with my client, a tier 1 iron ore miner. Will let you know as soon as I hear.\n\nCheers,\nKirsty\nWest Mine "
        "Recruitment",
        "t-wm",
    ),
    (
        "Coastal Minerals",
        "applied",
        "2025-06-03",
        AG2,
        "Senior Planner - Coastal Minerals",
        "Hi Liam,\n\nAs discussed, I've sent your details through to Coastal Minerals' HR for the Senior Planner role "
        "at their Geraldton operation.\n\nBen Tran\nResource People",
        "t-rp",
    ),
    (
        "Redgum Contracting",
        "applied",
        "2025-06-04",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        "Hi Liam,\n\nYour application for Maintenance Planner at Redgum Contracting was successfully submitted.\n\nGood "
        "luck!\nSEEK",
        "t-seek",
    ),
    (
        "Pilbara Iron Ore",
        "interview",
        "2025-06-06",
        AG1,
        "RE: Maintenance Planner - FIFO - iron ore",
        "Hey Liam,\n\nClient's come back keen - it's Pilbara Iron Ore and they want a phone interview with the "
        "superintendent Thursday arvo, 2:30. That work?\n\nKirsty",
        "t-wm",
    ),
    (
        "Coastal Minerals",
        "rejected",
        "2025-06-10",
        AG2,
        "RE: Senior Planner - Coastal Minerals",
        "Hi Liam,\n\nCoastal went with an internal for this one unfortunately. I'll keep you in mind.\n\nBen",
        "t-rp",
    ),
    (
        "Pilbara Iron Ore",
        "onsite",
        "2025-06-13",
        AG1,
        "RE: Maintenance Planner - FIFO - iron ore",
        "Hey Liam,\n\nGreat feedback! They want you in for a face to face at their St Georges Tce office next Tuesday and "
        "then a site visit - that's the last step.\n\nKirsty",
        "t-wm",
    ),
    (
        "Redgum Contracting",
        "rejected",
        "2025-06-16",
        "Redgum Contracting <careers@redgumcontracting.example>",
        "Maintenance Planner - application update",
        "Dear Liam,\n\nThank you for applying for the Maintenance Planner position. Unfortunately you have been "
        "unsuccessful on this occasion.\n\nRedgum Contracting HR",
        "t-redgum",
    ),
    (
        "Pilbara Iron Ore",
        "offer",
        "2025-06-24",
        AG1,
        "RE: Maintenance Planner - FIFO - iron ore",
        "Liam!! Pilbara Iron Ore have offered - $165k plus super, 2:1 roster, start 14 July. Give me a bell.\n\nKirsty",
        "t-wm",
    ),
    (
        "Pilbara Iron Ore",
        "accepted",
        "2025-06-24",
        ME,
        "RE: Maintenance Planner - FIFO - iron ore",
        "Stoked, let's lock it in! Cheers Kirsty.\n\nLiam",
        "t-wm",
    ),
]

_NEGATIVES = [
    (
        "SEEK <jobmail@s.seek.com.au>",
        "New Maintenance Planner jobs in Perth WA",
        "alert",
        "Maintenance Planner - FIFO - Pilbara. Planner - Kwinana. View all jobs.",
    ),
    (
        "FIFO Jobs Weekly <news@fifojobs.example>",
        "This week's top FIFO roles",
        "newsletter",
        "The best FIFO roles this week, plus tips for your first swing.",
    ),
    (
        "Healthscope Medicals <bookings@healthmedicals.example>",
        "Your pre-employment medical booking",
        "other",
        "Your medical is booked for 9 June at 7:30am at our Osborne Park clinic.",
    ),
    (
        "Perth Utes <sales@perthutes.example>",
        "Your HiLux quote",
        "shop",
        "Thanks for your enquiry. Here's your quote for the 2025 HiLux SR5.",
    ),
    (
        "Qantas <noreply@qantas.example>",
        "Your flight to Port Hedland",
        "other",
        "QF1580, 14 July, Perth 05:30 - Port Hedland 07:45.",
    ),
    (
        "Jake Murphy <jake.murphy@gmail.example>",
        "footy sunday",
        "personal",
        "Eagles v Dockers Sunday, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LIAM,
        own_to={"Pilbara Iron Ore": AG1},
        offset="+0800",
        clock="09:10:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="19:30:00",
        tag="threehundredninetyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
