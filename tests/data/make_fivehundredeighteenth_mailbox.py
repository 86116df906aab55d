"""A five-hundred-and-eighteenth mailbox, written as a held-out check after the five-hundred-and-seventeenth (issue
#24).

Priya Desai, a policy analyst in Ottawa, saves her mail from Outlook as .eml files.  Canada's public service writes
every mail twice, English then French under "(Le français suit)": GC Jobs' "Thank you for applying to selection
process 25-ESDC-EA-NCR-612204 ... Merci d'avoir postulé", a department's "You have been screened in and are invited
to a written exam", "You are invited to an interview", "Unfortunately, you were not successful at the interview
stage", a letter of offer; a second department's "Your application was not retained"; her own thanks and her "I am
pleased to accept the offer / J'accepte l'offre".  Negatives: GC Jobs' alert, the Canada.ca newsletter, the Phoenix
pay notice (from the employer she applied to), a union bulletin, OC Transpo and her brother.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.desai@outlook.example"
ME = f"Priya Desai <{PRIYA}>"
GCJOBS = "GC Jobs / Emplois GC <noreply@psc-cfp.example>"
ESDC = "ESDC Staffing / Dotation EDSC <staffing-dotation@esdc-edsc.example>"
STATCAN = "Statistics Canada Recruitment <statcan.recruitment@statcan.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Employment and Social Development Canada",
        "applied",
        "2025-01-20",
        GCJOBS,
        "Application received / Demande reçue - 25-ESDC-EA-NCR-612204",
        "(Le français suit)\n\nDear Priya Desai,\n\nThank you for applying to selection process 25-ESDC-EA-NCR-612204, "
        "Policy Analyst (EC-04), Employment and Social Development Canada.\n\nGC Jobs\n\n---\n\nBonjour Priya Desai,\n\n"
        "Merci d'avoir postulé au processus de sélection 25-ESDC-EA-NCR-612204, Analyste des politiques (EC-04), "
        "Emploi et Développement social Canada.\n\nEmplois GC",
        None,
    ),
    (
        "Statistics Canada",
        "applied",
        "2025-01-22",
        GCJOBS,
        "Application received / Demande reçue - 25-STC-EA-NCR-598877",
        "(Le français suit)\n\nDear Priya Desai,\n\nThank you for applying to selection process 25-STC-EA-NCR-598877, "
        "Analyst (EC-04), Statistics Canada.\n\nGC Jobs\n\n---\n\nBonjour Priya Desai,\n\nMerci d'avoir postulé au "
        "processus de sélection 25-STC-EA-NCR-598877, Analyste (EC-04), Statistique Canada.\n\nEmplois GC",
        None,
    ),
    (
        "Employment and Social Development Canada",
        "interview",
        "2025-02-10",
        ESDC,
        "25-ESDC-EA-NCR-612204 - Written exam / Examen écrit",
        "(Le français suit)\n\nDear Priya Desai,\n\nYou have been screened in and are invited to a written exam on "
        "February 18 (3 hours, online).\n\nESDC Staffing\n\n---\n\nBonjour Priya Desai,\n\nVotre candidature a été "
        "retenue à l'étape de la présélection et vous êtes invitée à un examen écrit le 18 février (3 heures, en "
        "ligne).\n\nDotation EDSC",
        None,
    ),
    (
        "Statistics Canada",
        "rejected",
        "2025-02-12",
        STATCAN,
        "25-STC-EA-NCR-598877 - Screening results / Résultats de la présélection",
        "(Le français suit)\n\nDear Priya Desai,\n\nThank you for your interest. Your application was not retained as "
        "it did not meet the essential qualifications.\n\nStatistics Canada\n\n---\n\nBonjour Priya Desai,\n\nMerci "
        "de votre intérêt. Votre candidature n'a pas été retenue car elle ne satisfaisait pas aux qualifications "
        "essentielles.\n\nStatistique Canada",
        None,
    ),
    (
        "Employment and Social Development Canada",
        "interview",
        "2025-03-03",
        ESDC,
        "25-ESDC-EA-NCR-612204 - Interview invitation / Invitation à une entrevue",
        "(Le français suit)\n\nDear Priya Desai,\n\nYou are invited to an interview on March 12 at 10:00 on MS Teams "
        "with a board of two managers.\n\nESDC Staffing\n\n---\n\nBonjour Priya Desai,\n\nVous êtes invitée à une "
        "entrevue le 12 mars à 10 h sur MS Teams avec un comité de deux gestionnaires.\n\nDotation EDSC",
        None,
    ),
    (
        "Employment and Social Development Canada",
        "thank_you",
        "2025-03-12",
        ME,
        "Thank you - interview 25-ESDC-EA-NCR-612204",
        "Good afternoon,\n\nThank you to the board for this morning's interview. I appreciated the discussion about "
        "the skills agenda.\n\nBest regards,\nPriya Desai",
        ESDC,
    ),
    (
        "Employment and Social Development Canada",
        "offer",
        "2025-04-07",
        ESDC,
        "25-ESDC-EA-NCR-612204 - Letter of offer / Lettre d'offre",
        "(Le français suit)\n\nDear Priya Desai,\n\nWe are pleased to offer you an indeterminate appointment to the "
        "position of Policy Analyst (EC-04). Your letter of offer is attached.\n\nESDC Staffing\n\n---\n\nBonjour "
        "Priya Desai,\n\nNous avons le plaisir de vous offrir une nomination pour une période indéterminée au poste "
        "d'analyste des politiques (EC-04). Votre lettre d'offre est jointe.\n\nDotation EDSC",
        None,
    ),
    (
        "Employment and Social Development Canada",
        "accepted",
        "2025-04-08",
        ME,
        "RE: 25-ESDC-EA-NCR-612204 - Letter of offer / Lettre d'offre",
        "Good morning,\n\nI am pleased to accept the offer. Please find the signed letter attached.\n\nJ'accepte "
        "l'offre avec plaisir.\n\nPriya Desai",
        ESDC,
    ),
]

_NEGATIVES = [
    (
        "GC Jobs / Emplois GC <alerts@psc-cfp.example>",
        "Job alert / Alerte-emploi",
        "alert",
        "New jobs match your profile. / De nouveaux emplois correspondent à votre profil.",
    ),
    (
        "Canada.ca <newsletter@canada.example>",
        "What's new / Quoi de neuf",
        "newsletter",
        "This month on Canada.ca. Unsubscribe / Se désabonner.",
    ),
    (
        "Phoenix Pay <phoenix@esdc-edsc.example>",
        "Pay stub available / Talon de paie disponible",
        "other",
        "Your pay stub is available in Compensation Web Applications.",
    ),
    (
        "PSAC <news@psac.example>",
        "Bargaining update / Mise à jour sur la négociation",
        "newsletter",
        "Latest news. Unsubscribe.",
    ),
    (
        "OC Transpo <info@octranspo.example>",
        "Service change / Changement de service",
        "other",
        "Route 6 detour this weekend.",
    ),
    (
        "Arjun Desai <arjun.desai@gmail.example>",
        "sens",
        "personal",
        "Sens game Thursday?",
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
        clock="13:15:00",
        neg_start="2025-01-19",
        neg_step=9,
        neg_clock="20:30:00",
        tag="fivehundredeighteen",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), PRIYA)
