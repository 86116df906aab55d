"""A four-hundred-and-tenth mailbox, written as a held-out check after the four-hundred-and-ninth (issue #24).

Maxime, a data analyst in Montréal, keeps his search in Gmail and exports it with Takeout.  Québec's employers write
French and English, sometimes both in one mail: a Workday tenant's bilingual receipt ("Merci d'avoir postulé / Thank
you for applying"), Taleo in Québec French ("Nous accusons réception de votre candidature"), a cooperative's "Nous
aimerions vous rencontrer en entrevue", "une entrevue téléphonique de 20 minutes avec notre conseillère en
acquisition de talents", a start-up's English "Let's set up a technical interview", "Nous sommes heureux de vous
offrir le poste", refusals ("votre candidature n'a pas été retenue pour la suite du processus", "nous avons retenu
une autre candidature", "we've decided to move forward with another candidate") and his "J'accepte avec
enthousiasme".  Negatives: Jobillico's alert, LinkedIn in French, a recruiter's unnamed approach, a newsletter, Hydro
and his sister.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MAX = "maxime.tremblay.data@gmail.com"
ME = f"Maxime Tremblay <{MAX}>"
SOPHIE = "Sophie Gagnon <sophie.gagnon@caisseboreale.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Banque Laurentienne du Nord",
        "applied",
        "2025-10-06",
        "Banque Laurentienne du Nord <blnord@myworkday.com>",
        "Merci d'avoir postulé / Thank you for applying",
        "Bonjour Maxime,\n\nMerci d'avoir postulé au poste d'Analyste de données (R0051234) à la Banque Laurentienne du "
        "Nord.\n\nHello Maxime,\n\nThank you for applying to the Data Analyst position (R0051234) at Banque "
        "Laurentienne du Nord.\n\nAcquisition de talents / Talent Acquisition",
        "t-bln",
    ),
    (
        "Caisse Boréale",
        "applied",
        "2025-10-07",
        "Caisse Boréale <caisseboreale@taleo.net>",
        "Accusé de réception - Analyste, intelligence d'affaires",
        "Bonjour Maxime Tremblay,\n\nNous accusons réception de votre candidature pour le poste d'Analyste, "
        "intelligence d'affaires (2500812). Nous communiquerons uniquement avec les personnes retenues.\n\nCaisse "
        "Boréale",
        "t-cb",
    ),
    (
        "Pixelgrove",
        "applied",
        "2025-10-07",
        "Pixelgrove <no-reply@ashbyhq.com>",
        "Thanks for applying to Pixelgrove!",
        "Hi Maxime,\n\nThanks for applying to the Analytics Engineer role at Pixelgrove. We'll review your application "
        "and get back to you within a week.\n\nPixelgrove Team",
        "t-px",
    ),
    (
        "Santé Rivière-Nord",
        "applied",
        "2025-10-08",
        "Santé Rivière-Nord <emplois@sante-riviere-nord.example>",
        "Votre candidature - Technicien en administration (données)",
        "Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de Technicien en administration (données). "
        "Seules les personnes retenues seront contactées.\n\nDirection des ressources humaines\nSanté Rivière-Nord",
        "t-srn",
    ),
    (
        "Caisse Boréale",
        "screen",
        "2025-10-14",
        SOPHIE,
        "Analyste, intelligence d'affaires - entrevue téléphonique",
        "Bonjour Maxime,\n\nVotre profil a retenu notre attention! Je vous propose une entrevue téléphonique de 20 "
        "minutes avec moi, conseillère en acquisition de talents, mercredi ou jeudi. Quelles disponibilités avez-"
        "vous?\n\nSophie Gagnon\nConseillère, acquisition de talents\nCaisse Boréale",
        "t-cb2",
    ),
    (
        "Pixelgrove",
        "interview",
        "2025-10-15",
        "Nathan Roy <nathan@pixelgrove.example>",
        "Pixelgrove - next step",
        "Hi Maxime,\n\nThanks for your application! Let's set up a technical interview: 60 minutes with two of our "
        "analytics engineers, live SQL and a dbt modelling discussion. Here's my calendar link.\n\nNathan, Head of "
        "Data",
        "t-px2",
    ),
    (
        "Santé Rivière-Nord",
        "rejected",
        "2025-10-16",
        "Santé Rivière-Nord <emplois@sante-riviere-nord.example>",
        "Votre candidature - Technicien en administration (données)",
        "Bonjour,\n\nNous vous remercions de votre intérêt. Après analyse, votre candidature n'a pas été retenue pour "
        "la suite du processus.\n\nDirection des ressources humaines",
        "t-srn",
    ),
    (
        "Caisse Boréale",
        "interview",
        "2025-10-20",
        SOPHIE,
        "RE: Analyste, intelligence d'affaires - entrevue téléphonique",
        "Bonjour Maxime,\n\nMerci pour notre échange. Nous aimerions vous rencontrer en entrevue avec la gestionnaire "
        "de l'équipe, Julie Côté, le lundi 27 octobre à 10 h, à notre siège du Vieux-Montréal.\n\nSophie",
        "t-cb2",
    ),
    (
        "Pixelgrove",
        "rejected",
        "2025-10-22",
        "Nathan Roy <nathan@pixelgrove.example>",
        "RE: Pixelgrove - next step",
        "Hi Maxime,\n\nThanks again for your time on Monday. It was a close call, but we've decided to move forward with "
        "another candidate whose dbt experience is deeper.\n\nNathan",
        "t-px2",
    ),
    (
        "Banque Laurentienne du Nord",
        "rejected",
        "2025-10-24",
        "Banque Laurentienne du Nord <blnord@myworkday.com>",
        "Votre candidature / Your application - R0051234",
        "Bonjour Maxime,\n\nNous vous remercions de l'intérêt porté à la Banque Laurentienne du Nord. Nous avons retenu "
        "une autre candidature pour ce poste.\n\nHello Maxime,\n\nThank you for your interest. We have selected "
        "another candidate for this position.",
        "t-bln2",
    ),
    (
        "Caisse Boréale",
        "offer",
        "2025-10-31",
        SOPHIE,
        "Offre d'emploi - Analyste, intelligence d'affaires",
        "Bonjour Maxime,\n\nNous sommes heureux de vous offrir le poste d'Analyste, intelligence d'affaires! Vous "
        "trouverez ci-joint la lettre d'offre: 78 000 $ par année, entrée en fonction le 24 novembre.\n\nSophie",
        "t-cb3",
    ),
    (
        "Caisse Boréale",
        "accepted",
        "2025-11-03",
        ME,
        "RE: Offre d'emploi - Analyste, intelligence d'affaires",
        "Bonjour Sophie,\n\nJ'accepte avec enthousiasme! Je vous retourne la lettre signée.\n\nMaxime",
        "t-cb3",
    ),
]

_NEGATIVES = [
    (
        "Jobillico <alertes@jobillico.example>",
        "Nouvelles offres : analyste de données à Montréal",
        "alert",
        "Analyste de données - Desjardins. Analyste BI - Hydro-Québec. Voir toutes les offres.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Maxime, vous êtes apparu dans 6 recherches",
        "notification",
        "Découvrez qui a consulté votre profil.",
    ),
    (
        "Émilie Roy <eroy@talentsquebec.example>",
        "Opportunité - Analyste principal",
        "outreach",
        "Bonjour Maxime,\n\nJe recrute pour une entreprise manufacturière de la Rive-Sud un analyste principal. Seriez-"
        "vous ouvert à en discuter?\n\nÉmilie",
    ),
    (
        "Montréal Analytique <infolettre@mtlanalytique.example>",
        "L'infolettre d'octobre",
        "newsletter",
        "Meetup dbt, offres d'emploi et conférences.",
    ),
    (
        "Hydro-Québec <facturation@hydro.example>",
        "Votre facture est prête",
        "other",
        "Votre facture d'octobre est disponible dans votre Espace client.",
    ),
    (
        "Julie Tremblay <julie.tremblay@videotron.example>",
        "souper dimanche",
        "personal",
        "Maman fait un pâté chinois dimanche, tu viens?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MAX,
        own_to={"Caisse Boréale": SOPHIE},
        offset="-0400",
        clock="11:45:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="20:20:00",
        tag="fourhundredten",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
