"""A four-hundred-and-thirty-first mailbox, written as a held-out check after the four-hundred-and-thirtieth (issue
#24).

Amélie, a policy analyst in Ottawa, keeps her search in Gmail and exports it with Takeout.  Canada's federal public
service writes through GC Jobs in English and French: "Your application has been submitted" for a selection process
number, "You have been screened in to the next phase", "Invitation to a written exam / Invitation à un examen écrit",
"Invitation to an interview", "reference checks", "Letter of offer"; a province's "you have not been selected to
proceed further in this competition", a think tank's own mail and its "we have decided to offer the position to
another candidate", and her acceptance.  Negatives: GC Jobs' alert, a "Complete your profile" reminder, an IPAC
newsletter, OC Transpo and her brother.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AMELIE = "amelie.gagnon.policy@gmail.com"
ME = f"Amélie Gagnon <{AMELIE}>"
GC = "GC Jobs - Emplois GC <no-reply@jobs-emplois.gc.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Employment and Social Development Canada",
        "applied",
        "2025-02-03",
        GC,
        "Application submitted - 25-ESD-EA-NCR-551122",
        "Dear Amélie Gagnon,\n\nYour application for the selection process 25-ESD-EA-NCR-551122, Policy Analyst (EC-04), "
        "Employment and Social Development Canada, has been submitted.\n\nGC Jobs",
        "t-esdc",
    ),
    (
        "Ontario Public Service",
        "applied",
        "2025-02-04",
        "Ontario Public Service Careers <noreply@gojobs.example>",
        "Application received - Job ID 225013",
        "Dear Amélie,\n\nThank you for applying to Senior Policy Advisor, Job ID 225013, with the Government of Ontario. "
        "Your application has been received.",
        "t-ops",
    ),
    (
        "Rideau Policy Institute",
        "applied",
        "2025-02-05",
        "Rideau Policy Institute <jobs@rideaupolicy.example>",
        "Research Associate application",
        "Dear Amélie,\n\nThank you for your application for the Research Associate position at the Rideau Policy "
        "Institute. We will contact shortlisted candidates in March.\n\nThe Rideau Policy Institute",
        "t-rpi",
    ),
    (
        "Employment and Social Development Canada",
        "screen",
        "2025-02-17",
        GC,
        "Screening results - 25-ESD-EA-NCR-551122",
        "Dear Amélie Gagnon,\n\nWe are pleased to inform you that you have been screened in to the next phase of "
        "selection process 25-ESD-EA-NCR-551122.\n\nGC Jobs",
        "t-esdc2",
    ),
    (
        "Employment and Social Development Canada",
        "interview",
        "2025-02-24",
        "Staffing ESDC <staffing-dotation@esdc.example>",
        "Invitation to a written exam / Invitation à un examen écrit - 25-ESD-EA-NCR-551122",
        "Dear Amélie Gagnon / Bonjour Amélie Gagnon,\n\nYou are invited to a written exam for selection process "
        "25-ESD-EA-NCR-551122 on March 4, 2025. / Vous êtes invitée à un examen écrit le 4 mars 2025.\n\nStaffing / "
        "Dotation, ESDC",
        "t-esdc3",
    ),
    (
        "Ontario Public Service",
        "rejected",
        "2025-02-26",
        "Ontario Public Service Careers <noreply@gojobs.example>",
        "Job ID 225013 - status update",
        "Dear Amélie,\n\nThank you for your interest. You have not been selected to proceed further in this "
        "competition.",
        "t-ops2",
    ),
    (
        "Employment and Social Development Canada",
        "interview",
        "2025-03-17",
        "Staffing ESDC <staffing-dotation@esdc.example>",
        "Invitation to an interview - 25-ESD-EA-NCR-551122",
        "Dear Amélie Gagnon,\n\nFollowing the written exam, you are invited to an interview with the assessment board on "
        "March 25, 2025 at 10:00 (MS Teams).\n\nStaffing / Dotation, ESDC",
        "t-esdc4",
    ),
    (
        "Rideau Policy Institute",
        "rejected",
        "2025-03-19",
        "Rideau Policy Institute <jobs@rideaupolicy.example>",
        "Research Associate position",
        "Dear Amélie,\n\nThank you for your interest. After a difficult decision, we have decided to offer the position to "
        "another candidate.\n\nThe Rideau Policy Institute",
        "t-rpi2",
    ),
    (
        "Employment and Social Development Canada",
        "offer",
        "2025-04-14",
        "Staffing ESDC <staffing-dotation@esdc.example>",
        "Letter of offer - Policy Analyst (EC-04)",
        "Dear Amélie Gagnon,\n\nFurther to the successful completion of reference checks, please find attached your "
        "letter of offer for an indeterminate appointment as Policy Analyst (EC-04), effective May 5, 2025.\n\n"
        "Staffing / Dotation, ESDC",
        "t-esdc5",
    ),
    (
        "Employment and Social Development Canada",
        "accepted",
        "2025-04-15",
        ME,
        "RE: Letter of offer - Policy Analyst (EC-04)",
        "Good morning,\n\nPlease find attached my signed letter of offer; I am happy to accept the appointment.\n\nBest "
        "regards,\nAmélie Gagnon",
        "t-esdc5",
    ),
]

_NEGATIVES = [
    (
        "GC Jobs - Emplois GC <no-reply@jobs-emplois.gc.example>",
        "Job alert / Alerte emploi",
        "alert",
        "New jobs matching your criteria: Policy Analyst - Gatineau. Economist - Ottawa.",
    ),
    (
        "GC Jobs - Emplois GC <no-reply@jobs-emplois.gc.example>",
        "Complete your profile",
        "other",
        "Your candidate profile is incomplete. Log in to update it.",
    ),
    (
        "IPAC <news@ipac.example>",
        "Public Sector Management - February",
        "newsletter",
        "Leadership, policy and the public service.",
    ),
    (
        "OC Transpo <noreply@octranspo.example>",
        "Presto auto-load",
        "other",
        "Your card was loaded with $50.",
    ),
    (
        "Julien Gagnon <julien.gagnon@videotron.example>",
        "ski samedi",
        "personal",
        "On va à Mont Tremblant samedi?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AMELIE,
        own_to={"Employment and Social Development Canada": "Staffing ESDC <staffing-dotation@esdc.example>"},
        offset="-0500",
        clock="13:30:00",
        neg_start="2025-02-02",
        neg_step=6,
        neg_clock="20:00:00",
        tag="fourhundredthirtyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
