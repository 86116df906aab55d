"""A three-hundred-and-ninety-ninth mailbox, written as a held-out check after the three-hundred-and-ninety-eighth
(issue #24).

Hana, a registered nurse in Manchester, keeps her search in Gmail and exports it with Takeout.  UK nursing through a
healthcare staffing agency and the NHS's own systems: the agency's "Hi Hana, great to chat! I've put your profile
forward to the ward manager at one of our private hospital clients in Salford", then "The hospital is Irwell Park
Hospital - they'd like to interview you on Monday at 10", "Irwell Park would like to offer you the Band 6 post", her
"Yes please, I'd love to accept"; Trac's "Application received" for an NHS trust and its "Invitation to interview" and
"we are unable to offer you the post on this occasion"; a care home group's Indeed receipt and a manager's "we've
filled the vacancy".  Negatives: the NMC's revalidation reminder, an NHS Jobs alert, a nursing agency's "Shifts
available this weekend!", the RCN bulletin, a Boots receipt, her sister.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANA = "hana.begum.rn@gmail.com"
ME = f"Hana Begum <{HANA}>"
AG = "Chloe Price <chloe.price@meridianhealthcarestaffing.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Irwell Park Hospital",
        "applied",
        "2025-02-03",
        AG,
        "Band 6 Staff Nurse - Salford",
        "Hi Hana, great to chat! I've put your profile forward to the ward manager at one of our private hospital "
        "clients in Salford for the Band 6 Staff Nurse post (surgical ward). I'll let you know what they say.\n\nChloe "
        "Price\nMeridian Healthcare Staffing",
        "t-mer",
    ),
    (
        "Pennine Acute Hospitals NHS Trust",
        "applied",
        "2025-02-04",
        "Pennine Acute Hospitals NHS Trust <noreply@trac.jobs>",
        "Application received - Staff Nurse, Acute Medical Unit",
        "Dear Hana Begum,\n\nThank you for your application for the post of Staff Nurse, Acute Medical Unit "
        "(reference 291-AMU-0425) at Pennine Acute Hospitals NHS Trust. We will be in touch after the closing date.\n\n"
        "Recruitment Team",
        "t-trac",
    ),
    (
        "Oakwood Care Group",
        "applied",
        "2025-02-05",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Nurse (RGN) - Days",
        "Your application has been submitted\n\nNurse (RGN) - Days\nOakwood Care Group - Stockport\n\nThe employer may "
        "contact you through Indeed or by email.",
        "t-indeed",
    ),
    (
        "Irwell Park Hospital",
        "interview",
        "2025-02-07",
        AG,
        "RE: Band 6 Staff Nurse - Salford",
        "Hi Hana,\n\nThe hospital is Irwell Park Hospital - they'd like to interview you on Monday at 10 with the ward "
        "manager and the matron.\n\nChloe",
        "t-mer",
    ),
    (
        "Pennine Acute Hospitals NHS Trust",
        "interview",
        "2025-02-12",
        "Pennine Acute Hospitals NHS Trust <noreply@trac.jobs>",
        "Invitation to interview - Staff Nurse, Acute Medical Unit",
        "Dear Hana Begum,\n\nFollowing shortlisting, we are pleased to invite you to interview for the post of Staff "
        "Nurse, Acute Medical Unit on 20 February 2025 at 14:00. Please confirm your attendance via Trac.\n\n"
        "Recruitment Team",
        "t-trac-int",
    ),
    (
        "Oakwood Care Group",
        "rejected",
        "2025-02-13",
        "Denise Howarth <denise.howarth@oakwoodcare.example>",
        "Nurse vacancy - Stockport",
        "Hi Hana,\n\nThank you for applying for the nurse position at our Stockport home. We've filled the vacancy, but "
        "I will keep your details on file.\n\nDenise Howarth\nHome Manager",
        "t-oak",
    ),
    (
        "Irwell Park Hospital",
        "offer",
        "2025-02-14",
        AG,
        "RE: Band 6 Staff Nurse - Salford",
        "Hi Hana!\n\nIrwell Park would like to offer you the Band 6 post - £37,500 plus enhancements, starting 10 "
        "March. Let me know!\n\nChloe",
        "t-mer",
    ),
    (
        "Irwell Park Hospital",
        "accepted",
        "2025-02-14",
        ME,
        "RE: Band 6 Staff Nurse - Salford",
        "Yes please, I'd love to accept! Thank you so much Chloe.\n\nHana",
        "t-mer",
    ),
    (
        "Pennine Acute Hospitals NHS Trust",
        "rejected",
        "2025-02-24",
        "Pennine Acute Hospitals NHS Trust <noreply@trac.jobs>",
        "Interview outcome - Staff Nurse, Acute Medical Unit",
        "Dear Hana Begum,\n\nThank you for attending interview. We regret that we are unable to offer you the post on "
        "this occasion.\n\nRecruitment Team",
        "t-trac-int",
    ),
]

_NEGATIVES = [
    (
        "NMC <noreply@nmc.example>",
        "Your revalidation is due",
        "other",
        "Your revalidation application is due by 31 March. Log in to NMC Online to complete it.",
    ),
    (
        "NHS Jobs <alerts@jobs.nhs.example>",
        "New jobs matching your search",
        "alert",
        "Staff Nurse - Salford Royal. Band 5 Nurse - Manchester Royal Infirmary. View all jobs.",
    ),
    (
        "Meridian Shifts <shifts@meridianhealthcarestaffing.example>",
        "Shifts available this weekend!",
        "newsletter",
        "Nights and days available this weekend across Greater Manchester. Book in the app.",
    ),
    (
        "RCN <bulletin@rcn.example>",
        "RCN Bulletin - February",
        "newsletter",
        "Pay, staffing and your rights at work.",
    ),
    (
        "Boots <receipts@boots.example>",
        "Your Boots receipt",
        "shop",
        "Thanks for shopping with us. Total £14.20.",
    ),
    (
        "Aisha Begum <aisha.begum@gmail.example>",
        "mum's birthday",
        "personal",
        "Are we doing dinner for mum on Saturday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HANA,
        own_to={"Irwell Park Hospital": AG},
        offset="+0000",
        clock="13:10:00",
        neg_start="2025-02-02",
        neg_step=4,
        neg_clock="21:25:00",
        tag="threehundredninetynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
