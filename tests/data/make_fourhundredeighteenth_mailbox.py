"""A four-hundred-and-eighteenth mailbox, written as a held-out check after the four-hundred-and-seventeenth (issue
#24).

Eoin, a quantity surveyor in Cork, keeps his search in Gmail and exports it with Takeout.  Two Irish construction
recruiters writing the way they talk: "Your CV is gone over to Barrack Street Construction this morning", "They're
dying to meet you - Thursday at 4 on site in Ballincollig?", "they've passed unfortunately, they went with a lad who's
done more civils", "Right so - they want you back to meet the MD next week", "Offer's in! 68k plus car allowance",
his "Delighted, go on so - accept it"; a contractor's own Workday and an engineering consultancy's Lever rejection.
Negatives: IrishJobs' alert, a recruiter's "Hot jobs", an SCSI CPD webinar, a cold approach for "a main contractor
in Limerick", a toll bill and his brother.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EOIN = "eoin.murphy.qs@gmail.com"
ME = f"Eoin Murphy <{EOIN}>"
SINEAD = "Sinéad Walsh <sinead@buildrecruit.example>"
PADDY = "Paddy Cronin <paddy.cronin@munsterprofessionals.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Barrack Street Construction",
        "applied",
        "2025-03-10",
        SINEAD,
        "QS role - Cork",
        "Hi Eoin,\n\nGreat chatting earlier. Your CV is gone over to Barrack Street Construction this morning for the "
        "Senior QS job. I'll come back to you as soon as I hear anything.\n\nSinéad\nBuild Recruit",
        "t-bsc",
    ),
    (
        "Lee Valley Developments",
        "applied",
        "2025-03-11",
        PADDY,
        "Lee Valley - QS",
        "Eoin,\n\nAs discussed I've sent your details to Lee Valley Developments for the QS role in Douglas. Fingers "
        "crossed.\n\nPaddy Cronin\nMunster Professionals",
        "t-lvd",
    ),
    (
        "Shannonside Engineering",
        "applied",
        "2025-03-11",
        "Shannonside Engineering <no-reply@hire.lever.co>",
        "Thanks for applying to Shannonside Engineering",
        "Hi Eoin,\n\nThanks for applying for the Cost Manager role at Shannonside Engineering. We'll review your "
        "application and be in touch.\n\nShannonside Engineering",
        "t-se",
    ),
    (
        "Coastline Civils",
        "applied",
        "2025-03-12",
        "Coastline Civils <coastlinecivils@myworkday.com>",
        "Thank you for your application",
        "Dear Eoin,\n\nThank you for applying for Quantity Surveyor (R-3021) at Coastline Civils. We have received your "
        "application.",
        "t-cc",
    ),
    (
        "Barrack Street Construction",
        "interview",
        "2025-03-13",
        SINEAD,
        "RE: QS role - Cork",
        "Eoin! They're dying to meet you - Thursday at 4 on site in Ballincollig with the commercial manager? Let me "
        "know.\n\nSinéad",
        "t-bsc",
    ),
    (
        "Lee Valley Developments",
        "rejected",
        "2025-03-17",
        PADDY,
        "RE: Lee Valley - QS",
        "Eoin,\n\nThey've passed unfortunately - they went with a lad who's done more civils. Plenty more out there, "
        "I'll be in touch.\n\nPaddy",
        "t-lvd",
    ),
    (
        "Shannonside Engineering",
        "rejected",
        "2025-03-18",
        "Shannonside Engineering <no-reply@hire.lever.co>",
        "Your application to Shannonside Engineering",
        "Hi Eoin,\n\nThank you for your interest. We've reviewed your application and decided not to progress it at "
        "this time.\n\nShannonside Engineering",
        "t-se2",
    ),
    (
        "Barrack Street Construction",
        "onsite",
        "2025-03-21",
        SINEAD,
        "RE: QS role - Cork",
        "Right so - they loved you. They want you back to meet the MD next Tuesday, final stage, at their office on "
        "Barrack Street.\n\nSinéad",
        "t-bsc",
    ),
    (
        "Barrack Street Construction",
        "offer",
        "2025-03-28",
        SINEAD,
        "Offer!",
        "Eoin - offer's in! 68k plus car allowance and pension, start 22 April. Ring me when you get this.\n\nSinéad",
        "t-bsc-off",
    ),
    (
        "Barrack Street Construction",
        "accepted",
        "2025-03-28",
        ME,
        "Re: Offer!",
        "Delighted, go on so - accept it! Thanks a million Sinéad.\n\nEoin",
        "t-bsc-off",
    ),
]

_NEGATIVES = [
    (
        "IrishJobs <alerts@irishjobs.example>",
        "New Quantity Surveyor jobs in Cork",
        "alert",
        "QS - Mallow. Senior QS - Cork City. View all jobs.",
    ),
    (
        "Build Recruit <jobs@buildrecruit.example>",
        "Hot jobs this week",
        "newsletter",
        "Site Manager - Kerry. QS - Cork. Contracts Manager - Limerick.",
    ),
    (
        "SCSI <cpd@scsi.example>",
        "CPD webinar: NEC4 contracts",
        "newsletter",
        "Book your place for our March webinar.",
    ),
    (
        "Aoife Kelly <aoife@talentbuild.example>",
        "Senior QS - main contractor",
        "outreach",
        "Hi Eoin,\n\nI'm recruiting a Senior QS for a main contractor in Limerick. Would you be open to a chat?\n\n"
        "Aoife",
    ),
    (
        "eFlow <noreply@eflow.example>",
        "Your toll statement",
        "other",
        "Your February statement is ready.",
    ),
    (
        "Cian Murphy <cian.murphy@gmail.example>",
        "match sat",
        "personal",
        "Are you going to the match Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=EOIN,
        own_to={"Barrack Street Construction": SINEAD},
        offset="+0000",
        clock="12:50:00",
        neg_start="2025-03-09",
        neg_step=3,
        neg_clock="20:00:00",
        tag="fourhundredeighteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
