"""A forty-fourth mailbox, written as a held-out check after the forty-third's fixes (issue #24).

Olivia, a financial analyst in Montréal and Toronto, exports Gmail with Takeout, in English and Québec French:
Dayforce, Workday, Greenhouse, Taleo, Workopolis, Jobillico; Québec's "entrevue", "courriel", "affichage", "nous
avons retenu une autre candidature", and Canadian English ("please find attached the offer letter", "we've
decided to move forward with another candidate at this time").  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

OLIVIA = "olivia.tremblay.fin@gmail.com"
_ME = f"Olivia Tremblay <{OLIVIA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Caisse Laurentienne (Jobillico, in French; an entrevue, a second, an offer she accepts)
    (
        "Caisse Laurentienne",
        "applied",
        "2025-09-02",
        "Jobillico <noreply@jobillico.com>",
        "Votre candidature a été envoyée",
        "Bonjour Olivia,\n\nVotre candidature pour l'affichage Analyste financière chez Caisse Laurentienne "
        "(Montréal) a été envoyée avec succès.\n\nL'équipe Jobillico",
        "cl1",
    ),
    (
        "Caisse Laurentienne",
        "interview",
        "2025-09-10",
        "Geneviève Roy <genevieve.roy@caisselaurentienne.ca>",
        "Entrevue - Analyste financière",
        "Bonjour Olivia,\n\nNous aimerions vous rencontrer en entrevue pour le poste d'analyste financière. Seriez-vous "
        "disponible le mardi 16 septembre à 13 h 30, à nos bureaux du centre-ville?\n\nAu plaisir,\nGeneviève Roy\n"
        "Conseillère en acquisition de talents",
        "cl2",
    ),
    (
        "Caisse Laurentienne",
        "interview",
        "2025-09-19",
        "Geneviève Roy <genevieve.roy@caisselaurentienne.ca>",
        "Deuxième entrevue",
        "Bonjour Olivia,\n\nLe comité a bien apprécié votre rencontre. Nous vous invitons à une deuxième entrevue avec "
        "la directrice des finances le jeudi 25 septembre à 10 h.\n\nAu plaisir,\nGeneviève",
        "cl3",
    ),
    (
        "Caisse Laurentienne",
        "offer",
        "2025-10-03",
        "Geneviève Roy <genevieve.roy@caisselaurentienne.ca>",
        "Offre d'emploi - Analyste financière",
        "Bonjour Olivia,\n\nC'est avec grand plaisir que nous vous offrons le poste d'analyste financière. Vous "
        "trouverez ci-joint la lettre d'offre (salaire annuel de 78 000 $).\n\nAu plaisir,\nGeneviève",
        "cl4",
    ),
    (
        "Caisse Laurentienne",
        "accepted",
        "2025-10-06",
        _ME,
        "RE: Offre d'emploi - Analyste financière",
        "Bonjour Geneviève,\n\nMerci beaucoup! J'accepte l'offre avec plaisir et je vous retourne la lettre signée par "
        "courriel.\n\nOlivia",
        "cl4",
    ),
    # Hydro Boréal (Workday, in French; not retained)
    (
        "Hydro Boréal",
        "applied",
        "2025-09-03",
        "Hydro Boréal <hydroboreal@myworkday.com>",
        "Accusé de réception - Analyste, planification financière",
        "Bonjour Olivia,\n\nMerci d'avoir postulé à l'affichage Analyste, planification financière (R-7712). Nous "
        "communiquerons avec vous si votre profil est retenu.\n\nAcquisition de talents",
        "hb1",
    ),
    (
        "Hydro Boréal",
        "rejected",
        "2025-09-24",
        "Hydro Boréal <hydroboreal@myworkday.com>",
        "Suivi de votre candidature",
        "Bonjour Olivia,\n\nNous vous remercions de l'intérêt porté à Hydro Boréal. Après analyse, nous avons retenu une "
        "autre candidature dont le profil correspond davantage aux exigences du poste.\n\nAcquisition de talents",
        "hb2",
    ),
    # Maple Harbour Capital (Greenhouse, Toronto; a screen, a case; a refusal)
    (
        "Maple Harbour Capital",
        "applied",
        "2025-09-04",
        "Maple Harbour Capital <no-reply@greenhouse.io>",
        "Thank you for applying to Maple Harbour Capital",
        "Hi Olivia,\n\nThanks for applying to the Financial Analyst, FP&A position. Our team will review your "
        "application and reach out if there's a fit.\n\nMaple Harbour Capital Talent",
        "mh1",
    ),
    (
        "Maple Harbour Capital",
        "screen",
        "2025-09-11",
        "Ryan Chen <ryan.chen@mapleharbour.ca>",
        "FP&A Analyst - initial conversation",
        "Hi Olivia,\n\nI'm the talent partner for our FP&A team. Would you be available for a 30-minute initial "
        "conversation on Monday or Tuesday? Happy to work around your schedule.\n\nBest,\nRyan",
        "mh2",
    ),
    (
        "Maple Harbour Capital",
        "interview",
        "2025-09-18",
        "Ryan Chen <ryan.chen@mapleharbour.ca>",
        "Modelling case - next step",
        "Hi Olivia,\n\nThanks for the great chat. The next step is a modelling case: you'll receive a data pack and "
        "have 72 hours to build a short forecast, then walk the team through it.\n\nBest,\nRyan",
        "mh3",
    ),
    (
        "Maple Harbour Capital",
        "rejected",
        "2025-10-02",
        "Ryan Chen <ryan.chen@mapleharbour.ca>",
        "Re: Modelling case - next step",
        "Hi Olivia,\n\nThank you for the effort you put into the case. We've decided to move forward with another "
        "candidate at this time, but we'd be glad to stay in touch.\n\nBest,\nRyan",
        "mh3",
    ),
    # Northern Rail Canada (Dayforce; her follow-up; she withdraws)
    (
        "Northern Rail Canada",
        "applied",
        "2025-09-05",
        "Northern Rail Canada <noreply@dayforcehcm.com>",
        "Application Received",
        "Dear Olivia,\n\nThank you for applying for the Senior Financial Analyst position at Northern Rail Canada. "
        "Your application is being reviewed.\n\nHuman Resources",
        "nr1",
    ),
    (
        "Northern Rail Canada",
        "follow_up",
        "2025-09-22",
        _ME,
        "Senior Financial Analyst - application follow-up",
        "Hello,\n\nI applied for the Senior Financial Analyst position on September 5 and wanted to follow up on the "
        "status of my application.\n\nKind regards,\nOlivia Tremblay",
        "nr2",
    ),
    (
        "Northern Rail Canada",
        "withdrew",
        "2025-10-07",
        _ME,
        "Re: Senior Financial Analyst - application follow-up",
        "Hello,\n\nI'd like to withdraw my application for the Senior Financial Analyst position, as I've accepted "
        "another offer. Thank you for your time.\n\nKind regards,\nOlivia Tremblay",
        "nr2",
    ),
    # Ontario Grocers Co-op (Workopolis then Taleo; an interview; silence)
    (
        "Ontario Grocers Co-op",
        "applied",
        "2025-09-08",
        "Workopolis <noreply@workopolis.com>",
        "You applied to Financial Analyst at Ontario Grocers Co-op",
        "Your application for Financial Analyst at Ontario Grocers Co-op, Mississauga ON, was sent.\n\nWorkopolis",
        "og1",
    ),
    (
        "Ontario Grocers Co-op",
        "interview",
        "2025-09-17",
        "Ontario Grocers Co-op <ogc@taleo.net>",
        "Interview Invitation - Financial Analyst",
        "Dear Olivia,\n\nWe are pleased to invite you to an interview for the Financial Analyst position on September "
        "23 at 2:00 PM at our Mississauga head office.\n\nHuman Resources\nOntario Grocers Co-op",
        "og2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Jobillico <alertes@jobillico.com>",
        "Nouveaux emplois : Analyste financier",
        "job alert",
        "12 nouveaux emplois correspondent à votre alerte. Voir les emplois. Se désabonner",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Financial Analyst jobs in Toronto, ON",
        "job alert",
        "15 new jobs. Easily apply. Unsubscribe",
    ),
    (
        "Marc-André Gagnon <magagnon@recrutement-example.ca>",
        "Opportunité - Contrôleur",
        "cold outreach",
        "Bonjour Olivia, votre profil a retenu mon attention pour un poste de contrôleur chez un client à Laval. "
        "Seriez-vous ouverte à en discuter?",
    ),
    (
        "CPA Canada <newsletter@cpacanada.example>",
        "This week in finance",
        "newsletter",
        "Articles, events and interview tips. Unsubscribe",
    ),
    (
        "Service Canada <noreply@servicecanada.gc.ca>",
        "Your application has been received",
        "not a job application",
        "Your passport renewal application has been received.",
    ),
    (
        "STM <noreply@stm.info>",
        "Votre recharge OPUS",
        "not about an application",
        "Votre recharge de titre a été effectuée.",
    ),
    (
        "Maman <louise.tremblay@videotron.ca>",
        "bonne chance!",
        "not about an application",
        "Bonne chance pour ton entrevue demain ma belle!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=OLIVIA,
        own_to={
            "Caisse Laurentienne": "Geneviève Roy <genevieve.roy@caisselaurentienne.ca>",
            "Northern Rail Canada": "Northern Rail Canada HR <careers@northernrail.ca>",
        },
        offset="-0400",
        clock="10:25:00",
        neg_start="2025-09-02",
        neg_step=4,
        neg_clock="07:10:00",
        tag="fortyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
