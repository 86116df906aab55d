"""A two-hundred-and-forty-eighth mailbox, written as a held-out check after the two-hundred-and-forty-seventh
(issue #24).

Émilie, an accountant in Montréal, saved her Outlook mail as .eml files, in Québec French: "entrevue" for an
interview, "courriel", "ta candidature" from a start-up and "votre candidature" from a firm, a "test
psychométrique", an "entrevue finale avec l'associée", a "lettre d'offre" and "offre d'emploi conditionnelle",
a "CPA" firm named "S.E.N.C.R.L." (a partnership's form), and a cooperative ("Caisse Desjardins"-like) writing from
a domain that drops a word.  Negatives: Jobboom's alerts, Emploi Québec's workshop, Hydro-Québec's bill, the STM,
a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EMILIE = "emilie.gagnon.cpa@outlook.com"
ME = f"Émilie Gagnon <{EMILIE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Lavoie Bérubé",
        "applied",
        "2025-09-08",
        "Recrutement Lavoie Bérubé <recrutement@lavoieberube.ca>",
        "Accusé de réception de votre candidature",
        "Bonjour Madame Gagnon,\n\nNous accusons réception de votre candidature au poste de Comptable professionnelle "
        "agréée (CPA) - Certification. Nous communiquerons avec vous si votre profil est retenu pour une "
        "entrevue.\n\nCordialement,\nL'équipe Recrutement\nLavoie Bérubé S.E.N.C.R.L.",
        None,
    ),
    (
        "Caisse populaire du Plateau",
        "applied",
        "2025-09-09",
        "Caisse populaire du Plateau <emplois@caisseplateau.coop>",
        "Merci pour votre candidature",
        "Bonjour Émilie,\n\nMerci de l'intérêt que vous portez à la Caisse populaire du Plateau. Nous avons bien reçu "
        "votre candidature pour le poste de Conseillère en finances.\n\nService des ressources humaines",
        None,
    ),
    (
        "Bixel",
        "applied",
        "2025-09-10",
        "Bixel <jobs@bixel.ca>",
        "On a bien reçu ta candidature!",
        "Salut Émilie!\n\nMerci d'avoir postulé chez Bixel pour le poste de Contrôleuse financière. On regarde ton "
        "profil et on te revient d'ici une semaine.\n\nL'équipe Bixel",
        None,
    ),
    (
        "Lavoie Bérubé",
        "interview",
        "2025-09-16",
        "Nathalie Roy <nroy@lavoieberube.ca>",
        "Invitation à une entrevue",
        "Bonjour Madame Gagnon,\n\nVotre candidature a retenu notre attention. Nous aimerions vous rencontrer en "
        "entrevue le jeudi 18 septembre à 10 h à nos bureaux de la rue Sherbrooke. Une courte épreuve technique "
        "suivra.\n\nCordialement,\nNathalie Roy\nConseillère en acquisition de talents",
        None,
    ),
    (
        "Bixel",
        "screen",
        "2025-09-17",
        "Jérôme Côté <jerome@bixel.ca>",
        "Petit appel?",
        "Salut Émilie,\n\nTon profil nous plaît! Serais-tu disponible pour un appel de 20 minutes vendredi matin pour "
        "qu'on fasse connaissance?\n\nJérôme\nCo-fondateur, Bixel",
        None,
    ),
    (
        "Caisse populaire du Plateau",
        "rejected",
        "2025-09-19",
        "Caisse populaire du Plateau <emplois@caisseplateau.coop>",
        "Suivi de votre candidature",
        "Bonjour Émilie,\n\nNous vous remercions de votre intérêt. Après analyse, nous avons retenu des candidatures "
        "qui correspondent davantage aux exigences du poste. Nous conserverons votre dossier.\n\nService des "
        "ressources humaines",
        None,
    ),
    (
        "Lavoie Bérubé",
        "onsite",
        "2025-09-24",
        "Nathalie Roy <nroy@lavoieberube.ca>",
        "Entrevue finale",
        "Bonjour Madame Gagnon,\n\nNous avons le plaisir de vous convier à une entrevue finale avec l'associée "
        "responsable, Me Isabelle Lavoie, le mardi 30 septembre à 14 h.\n\nCordialement,\nNathalie Roy",
        None,
    ),
    (
        "Bixel",
        "rejected",
        "2025-09-26",
        "Jérôme Côté <jerome@bixel.ca>",
        "RE: Petit appel?",
        "Salut Émilie,\n\nMerci encore pour l'appel. Après réflexion, on a décidé d'aller avec quelqu'un qui a plus "
        "d'expérience en SaaS. Bonne chance dans tes recherches!\n\nJérôme",
        None,
    ),
    (
        "Lavoie Bérubé",
        "offer",
        "2025-10-03",
        "Nathalie Roy <nroy@lavoieberube.ca>",
        "Offre d'emploi conditionnelle",
        "Bonjour Madame Gagnon,\n\nC'est avec plaisir que nous vous transmettons une offre d'emploi conditionnelle "
        "pour le poste de CPA - Certification, sous réserve de la vérification de vos références. Vous trouverez "
        "la lettre d'offre en pièce jointe.\n\nCordialement,\nNathalie Roy",
        None,
    ),
    (
        "Lavoie Bérubé",
        "accepted",
        "2025-10-06",
        ME,
        "RE: Offre d'emploi conditionnelle",
        "Bonjour Madame Roy,\n\nMerci beaucoup! J'accepte avec plaisir votre offre et vous retourne la lettre "
        "signée.\n\nCordialement,\nÉmilie Gagnon",
        "Nathalie Roy <nroy@lavoieberube.ca>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Jobboom <alertes@jobboom.example>",
        "Nouvelles offres : Comptable à Montréal",
        "alert",
        "Comptable CPA - Laval; Technicienne comptable - Longueuil; Analyste financière - Montréal.",
    ),
    (
        "Services Québec <info@emploiquebec.example>",
        "Atelier : réussir son entrevue d'embauche",
        "other",
        "Inscrivez-vous à notre atelier gratuit pour préparer vos entrevues, le 2 octobre.",
    ),
    (
        "Hydro-Québec <facture@hydroquebec.example>",
        "Votre facture est prête",
        "other",
        "Votre facture de septembre est disponible dans votre Espace client.",
    ),
    (
        "STM <info@stm.example>",
        "Travaux sur la ligne orange",
        "other",
        "Service interrompu entre Berri-UQAM et Côte-Vertu ce week-end.",
    ),
    (
        "Julie Tremblay <julie.tremblay@videotron.example>",
        "5 à 7 vendredi?",
        "personal",
        "Salut! Un 5 à 7 vendredi au bar du coin? Dis-moi!",
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
        clock="09:35:00",
        neg_start="2025-09-07",
        neg_step=6,
        neg_clock="19:20:00",
        tag="twohundredfortyeight",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), EMILIE)
