"""A two-hundred-and-seventh mailbox, written as a held-out check after the two-hundred-and-sixth (issue #24).

Émilie, a social worker in Montréal, saved her Outlook mail as .eml files, in Québec French.  Québec's health and
social services have long public names, hyphens and apostrophes in them ("CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
"CISSS de la Montérégie-Centre"), and hire through their own portals: "Nous accusons réception de votre
candidature", "une entrevue", "un examen écrit", "nous avons le regret de vous informer", "nous sommes heureux de
vous offrir le poste"; a community organisation answers from its director's address.  Negatives: the portals'
alerts, her professional order's dues, the Régie de l'assurance maladie, a union newsletter, her own reply
confirming an interview time, a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EMILIE = "emilie.gagnon.ts@outlook.com"
ME = f"Émilie Gagnon <{EMILIE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
        "applied",
        "2025-04-07",
        "Recrutement CIUSSS Centre-Sud <recrutement.ccsmtl@ssss.gouv.qc.ca>",
        "Accusé de réception - Travailleuse sociale (affichage 2025-0412)",
        "Bonjour Madame Gagnon,\n\nNous accusons réception de votre candidature au poste de travailleuse sociale "
        "(affichage 2025-0412) au CIUSSS du Centre-Sud-de-l'Île-de-Montréal. Seules les personnes retenues pour la "
        "suite du processus seront contactées.\n\nLa Direction des ressources humaines",
        None,
    ),
    (
        "CISSS de la Montérégie-Centre",
        "applied",
        "2025-04-08",
        "CISSS de la Montérégie-Centre <emplois.cisssmc16@ssss.gouv.qc.ca>",
        "Votre candidature a bien été reçue",
        "Bonjour Émilie,\n\nMerci de l'intérêt que vous portez au CISSS de la Montérégie-Centre. Votre candidature au "
        "poste de travailleuse sociale - soutien à domicile a bien été reçue.\n\nService de la dotation",
        None,
    ),
    (
        "Maison Le Phare",
        "applied",
        "2025-04-09",
        ME,
        "Candidature - intervenante psychosociale",
        "Bonjour Madame Roy,\n\nJe vous soumets ma candidature pour le poste d'intervenante psychosociale affiché sur "
        "le site de l'Arrondissement. Vous trouverez mon CV et ma lettre de présentation ci-joints.\n\nAu plaisir,\n"
        "Émilie Gagnon, T.S.",
        "Julie Roy <direction@maisonlephare.org>",
    ),
    (
        "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
        "interview",
        "2025-04-16",
        "Recrutement CIUSSS Centre-Sud <recrutement.ccsmtl@ssss.gouv.qc.ca>",
        "Convocation à une entrevue - affichage 2025-0412",
        "Bonjour Madame Gagnon,\n\nÀ la suite de l'analyse de votre candidature, nous avons le plaisir de vous "
        "convoquer à une entrevue le mercredi 23 avril à 13 h 30, au 1560, rue Sherbrooke Est, pavillon Lachapelle. "
        "L'entrevue sera précédée d'un examen écrit d'une durée de 45 minutes.\n\nLa Direction des ressources "
        "humaines",
        None,
    ),
    (
        "Maison Le Phare",
        "interview",
        "2025-04-17",
        "Julie Roy <direction@maisonlephare.org>",
        "RE: Candidature - intervenante psychosociale",
        "Bonjour Émilie,\n\nMerci pour ta candidature! Serais-tu disponible pour une rencontre à la Maison mardi "
        "prochain vers 10 h? Tu pourras rencontrer l'équipe et visiter nos locaux.\n\nJulie Roy\nDirectrice "
        "générale\nMaison Le Phare",
        None,
    ),
    (
        "CISSS de la Montérégie-Centre",
        "rejected",
        "2025-04-22",
        "CISSS de la Montérégie-Centre <emplois.cisssmc16@ssss.gouv.qc.ca>",
        "Suivi de votre candidature",
        "Bonjour Émilie,\n\nNous vous remercions de l'intérêt que vous avez manifesté pour le poste de travailleuse "
        "sociale. Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du "
        "processus.\n\nService de la dotation",
        None,
    ),
    (
        "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
        "offer",
        "2025-05-02",
        "Recrutement CIUSSS Centre-Sud <recrutement.ccsmtl@ssss.gouv.qc.ca>",
        "Offre d'emploi - Travailleuse sociale",
        "Bonjour Madame Gagnon,\n\nNous sommes heureux de vous offrir le poste de travailleuse sociale à temps "
        "complet permanent, à l'équipe de santé mentale jeunesse, à compter du 26 mai 2025. Votre lettre "
        "d'embauche est jointe; merci de nous confirmer votre acceptation d'ici le 9 mai.\n\nLa Direction des "
        "ressources humaines",
        None,
    ),
    (
        "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
        "accepted",
        "2025-05-05",
        ME,
        "RE: Offre d'emploi - Travailleuse sociale",
        "Bonjour,\n\nJe vous confirme avec plaisir mon acceptation du poste de travailleuse sociale. Je serai "
        "présente le 26 mai.\n\nCordialement,\nÉmilie Gagnon",
        "Recrutement CIUSSS Centre-Sud <recrutement.ccsmtl@ssss.gouv.qc.ca>",
    ),
    (
        "Maison Le Phare",
        "withdrew",
        "2025-05-05",
        ME,
        "RE: Candidature - intervenante psychosociale",
        "Bonjour Julie,\n\nMerci encore pour la belle rencontre. J'ai accepté un poste au CIUSSS et je dois donc "
        "retirer ma candidature. Longue vie à la Maison!\n\nÉmilie",
        "Julie Roy <direction@maisonlephare.org>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Emplois santé Québec <alertes@emplois.example>",
        "Nouvelles offres d'emploi : travail social",
        "alert",
        "Travailleur social - CISSS des Laurentides - Saint-Jérôme\nAgent de relations humaines - CIUSSS de l'Estrie "
        "- Sherbrooke\nVoir toutes les offres.",
    ),
    (
        ME,
        "RE: Convocation à une entrevue - affichage 2025-0412",
        "other",
        "Bonjour,\n\nJe vous confirme ma présence à l'entrevue du 23 avril à 13 h 30.\n\nCordialement,\nÉmilie Gagnon",
    ),
    (
        "OTSTCFQ <cotisation@otstcfq.example>",
        "Renouvellement de votre inscription au tableau",
        "other",
        "Votre cotisation annuelle à l'Ordre est due le 31 mars. Renouvelez en ligne.",
    ),
    (
        "RAMQ <noreply@ramq.example>",
        "Votre carte d'assurance maladie expire bientôt",
        "other",
        "Votre carte d'assurance maladie expire dans 60 jours. Consultez les étapes de renouvellement.",
    ),
    (
        "APTS <info@apts.example>",
        "Infolettre APTS - avril",
        "newsletter",
        "Négociation, santé et sécurité au travail et formations du mois.",
    ),
    (
        "Catherine Leduc <catherine.leduc@videotron.example>",
        "souper vendredi?",
        "personal",
        "Allo! On se fait un souper vendredi pour fêter ta fin de session? Dis-moi!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="14:40:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="20:15:00",
        tag="twohundredseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), EMILIE)
