"""A four-hundred-and-eighty-sixth mailbox, written as a held-out check after the four-hundred-and-eighty-fifth
(issue #24).

Émilie Tremblay, a UX designer in Québec City, saves her job-search mail from Outlook as .eml files.  Québec start-ups
write French with "tu": "Nous avons bien reçu ta candidature pour le poste de Designer UX chez Coveo", "On aimerait te
rencontrer pour une première entrevue", "un exercice de design à faire à la maison" (an assessment round), "une
dernière entrevue avec notre VP Produit à nos bureaux", "Malheureusement, nous avons retenu une autre candidature",
"On a le plaisir de t'offrir le poste!", her "Merci pour l'entrevue de ce matin", her "J'accepte avec grand plaisir"
and a bank's formal "Nous accusons réception de votre candidature".  Negatives: Jobillico's alert, a newsletter, a
recruiter's cold "Opportunité en design", a UX conference, the RTC and her friend.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EMILIE = "emilie.tremblay.ux@outlook.example"
ME = f"Émilie Tremblay <{EMILIE}>"
JULIE = "Julie Gagnon <jgagnon@coveo.example>"
DESJ = "Desjardins Carrières <carrieres@desjardins.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Coveo",
        "applied",
        "2025-10-06",
        "Coveo <no-reply@hire.lever.co>",
        "Merci pour ta candidature!",
        "Bonjour Émilie,\n\nNous avons bien reçu ta candidature pour le poste de Designer UX chez Coveo. Notre équipe va "
        "la regarder attentivement.\n\nL'équipe Talent de Coveo",
        None,
    ),
    (
        "Desjardins",
        "applied",
        "2025-10-07",
        DESJ,
        "Accusé de réception",
        "Madame,\n\nNous accusons réception de votre candidature pour le poste de Conceptrice UX et vous remercions de "
        "votre intérêt pour Desjardins.\n\nRessources humaines Desjardins",
        None,
    ),
    (
        "Coveo",
        "interview",
        "2025-10-10",
        JULIE,
        "Ta candidature chez Coveo",
        "Salut Émilie,\n\nTon portfolio nous a beaucoup plu! On aimerait te rencontrer pour une première entrevue vidéo "
        "avec notre directrice design, mardi à 10 h.\n\nJulie Gagnon\nPartenaire Talent",
        None,
    ),
    (
        "Coveo",
        "thank_you",
        "2025-10-14",
        ME,
        "RE: Ta candidature chez Coveo",
        "Bonjour Julie,\n\nMerci pour l'entrevue de ce matin, j'ai adoré en apprendre plus sur l'équipe.\n\nÉmilie",
        JULIE,
    ),
    (
        "Coveo",
        "interview",
        "2025-10-17",
        JULIE,
        "RE: Ta candidature chez Coveo",
        "Salut Émilie,\n\nProchaine étape : un exercice de design à faire à la maison (environ 4 heures), à nous remettre "
        "d'ici une semaine.\n\nJulie",
        None,
    ),
    (
        "Desjardins",
        "rejected",
        "2025-10-21",
        DESJ,
        "Votre candidature - Conceptrice UX",
        "Madame,\n\nNous vous remercions de l'intérêt que vous portez à Desjardins. Malheureusement, nous avons retenu une "
        "autre candidature.\n\nRessources humaines Desjardins",
        None,
    ),
    (
        "Coveo",
        "onsite",
        "2025-10-28",
        JULIE,
        "RE: Ta candidature chez Coveo",
        "Salut Émilie,\n\nL'équipe a adoré ton exercice! Il reste une dernière entrevue avec notre VP Produit à nos "
        "bureaux de Québec, jeudi prochain.\n\nJulie",
        None,
    ),
    (
        "Coveo",
        "offer",
        "2025-11-05",
        JULIE,
        "Bonne nouvelle!",
        "Salut Émilie,\n\nOn a le plaisir de t'offrir le poste de Designer UX! Je t'envoie la lettre d'offre "
        "aujourd'hui.\n\nJulie",
        None,
    ),
    (
        "Coveo",
        "accepted",
        "2025-11-06",
        ME,
        "RE: Bonne nouvelle!",
        "Bonjour Julie,\n\nJ'accepte avec grand plaisir! Merci à toute l'équipe.\n\nÉmilie",
        JULIE,
    ),
]

_NEGATIVES = [
    (
        "Jobillico <alertes@jobillico.example>",
        "Nouvelles offres : Designer UX à Québec",
        "alert",
        "Designer UX - Québec. Designer produit - Lévis. Voir les offres.",
    ),
    (
        "Infopresse <infolettre@infopresse.example>",
        "L'infolettre du jeudi",
        "newsletter",
        "Les nouvelles de la semaine. Se désabonner.",
    ),
    (
        "Marc-André Roy <maroy@talentsquebec.example>",
        "Opportunité en design",
        "outreach",
        "Bonjour Émilie, j'ai vu ton profil LinkedIn. Je recrute un(e) designer principal(e) pour une entreprise "
        "techno de Québec. Ça t'intéresserait d'en discuter?",
    ),
    (
        "UX Québec <info@uxquebec.example>",
        "Conférence UX Québec 2025",
        "newsletter",
        "Achète ton billet.",
    ),
    (
        "RTC <noreply@rtcquebec.example>",
        "Recharge de ta carte Opus",
        "other",
        "Ta carte a été rechargée.",
    ),
    (
        "Camille Roy <camille.roy@gmail.example>",
        "souper",
        "personal",
        "Souper vendredi?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="10:15:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="21:20:00",
        tag="fourhundredeightysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), EMILIE)
