"""A three-hundred-and-seventy-seventh mailbox, written as a held-out check after the three-hundred-and-seventy-sixth
(issue #24).

Camille, a product marketing manager in Lyon, reads her mail in Thunderbird (an mbox with Delivered-To and reply
headers) in French and English.  French hiring as it arrives: Welcome to the Jungle's "Votre candidature pour le poste
de Product Marketing Manager chez Ouistiti Lab a bien été envoyée", the start-up's own "Merci pour votre candidature !",
"Seriez-vous disponible pour un premier échange téléphonique de 30 minutes ?", "un entretien avec notre CMO dans nos
locaux", "Nous avons le plaisir de vous proposer le poste"; Taleo's receipt for a group, "Nous accusons réception de
votre candidature", its "cas pratique" to present, then "nous ne sommes pas en mesure de donner une suite favorable";
an English SaaS company's Lever receipt and its "we've decided to pursue other candidates"; her own "Je vous confirme
mon accord" and "je souhaite retirer ma candidature".  Negatives: a Welcome to the Jungle newsletter, an APEC alert, a
SNCF ticket, a Fnac order, a Doctolib reminder, a cousin.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.roux.pmm@orange.fr"
ME = f"Camille Roux <{CAMILLE}>"
OUISTITI = "Léa Garnier <lea.garnier@ouistitilab.fr>"

# (company, event, day, sender, subject, body, parent index or None, to)
_POSITIVES = [
    (
        "Ouistiti Lab",
        "applied",
        "2025-05-05",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature pour le poste de Product Marketing Manager chez Ouistiti Lab a bien été envoyée",
        "Bonjour Camille,\n\nVotre candidature pour le poste de Product Marketing Manager chez Ouistiti Lab a bien été "
        "envoyée. L'entreprise reviendra vers vous si votre profil correspond.\n\nBonne chance !\nL'équipe Welcome to "
        "the Jungle",
        None,
    ),
    (
        "Groupe Valmont",
        "applied",
        "2025-05-06",
        "Groupe Valmont Recrutement <groupevalmont@taleo.net>",
        "Accusé de réception - Responsable Marketing Produit (REQ-4471)",
        "Madame,\n\nNous accusons réception de votre candidature au poste de Responsable Marketing Produit (REQ-4471) et "
        "vous remercions de l'intérêt que vous portez au Groupe Valmont. Nos équipes étudient votre dossier avec "
        "attention.\n\nLa Direction des Ressources Humaines\nGroupe Valmont",
        None,
    ),
    (
        "Brightwave",
        "applied",
        "2025-05-07",
        "Brightwave <no-reply@hire.lever.co>",
        "Thank you for your application to Brightwave",
        "Hi Camille,\n\nThank you for applying for the Senior Product Marketing Manager, France role at Brightwave. We "
        "will review your application and get back to you.\n\nBrightwave Talent Team",
        None,
    ),
    (
        "Ouistiti Lab",
        "screen",
        "2025-05-09",
        OUISTITI,
        "Votre candidature chez Ouistiti Lab",
        "Bonjour Camille,\n\nMerci pour votre candidature ! Votre parcours nous a beaucoup plu. Seriez-vous disponible "
        "pour un premier échange téléphonique de 30 minutes cette semaine ou la suivante ?\n\nBelle journée,\nLéa "
        "Garnier\nTalent Acquisition - Ouistiti Lab",
        None,
    ),
    (
        "Groupe Valmont",
        "interview",
        "2025-05-14",
        "Sophie Marchand <s.marchand@groupe-valmont.fr>",
        "Responsable Marketing Produit - cas pratique",
        "Bonjour Madame Roux,\n\nSuite à l'étude de votre candidature, nous souhaitons vous proposer de passer à l'étape "
        "suivante : un cas pratique à préparer puis à présenter devant le Directeur Marketing le jeudi 22 mai à 14h. "
        "Vous trouverez le sujet en pièce jointe.\n\nCordialement,\nSophie Marchand\nChargée de recrutement",
        None,
    ),
    (
        "Ouistiti Lab",
        "interview",
        "2025-05-16",
        OUISTITI,
        "RE: Votre candidature chez Ouistiti Lab",
        "Bonjour Camille,\n\nMerci pour cet échange ! Nous aimerions vous proposer un entretien avec notre CMO, Julien, "
        "dans nos locaux rue de la République, mardi 20 mai à 10h. Est-ce que cela vous convient ?\n\nLéa",
        3,
    ),
    (
        "Brightwave",
        "rejected",
        "2025-05-19",
        "Brightwave <no-reply@hire.lever.co>",
        "Your application to Brightwave",
        "Hi Camille,\n\nThank you for your interest in Brightwave. We've reviewed your application and have decided to "
        "pursue other candidates for the Senior Product Marketing Manager, France role.\n\nWe wish you the best in "
        "your search.\nBrightwave Talent Team",
        2,
    ),
    (
        "Ouistiti Lab",
        "offer",
        "2025-05-26",
        OUISTITI,
        "Proposition - Product Marketing Manager",
        "Bonjour Camille,\n\nSuite à vos entretiens, nous avons le plaisir de vous proposer le poste de Product Marketing "
        "Manager en CDI, avec une rémunération de 52 000 € bruts annuels. Vous trouverez la promesse d'embauche en "
        "pièce jointe.\n\nToute l'équipe a hâte de travailler avec vous !\nLéa",
        None,
    ),
    (
        "Ouistiti Lab",
        "accepted",
        "2025-05-27",
        ME,
        "RE: Proposition - Product Marketing Manager",
        "Bonjour Léa,\n\nMerci beaucoup ! Je vous confirme mon accord et vous retourne la promesse d'embauche signée.\n\n"
        "Bien à vous,\nCamille",
        7,
    ),
    (
        "Groupe Valmont",
        "withdrew",
        "2025-05-28",
        ME,
        "RE: Responsable Marketing Produit - cas pratique",
        "Bonjour Madame Marchand,\n\nJe vous remercie pour votre temps et pour l'échange du 22 mai. Ayant accepté une "
        "autre proposition, je souhaite retirer ma candidature au poste de Responsable Marketing Produit.\n\n"
        "Cordialement,\nCamille Roux",
        4,
        "Sophie Marchand <s.marchand@groupe-valmont.fr>",
    ),
]

_NEGATIVES = [
    (
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Les entreprises qui recrutent cette semaine",
        "newsletter",
        "Découvrez les entreprises qui recrutent, nos conseils pour négocier votre salaire et nos dernières vidéos.",
    ),
    (
        "APEC <alertes@apec.fr>",
        "5 nouvelles offres correspondent à votre recherche",
        "alert",
        "Responsable Marketing Produit - Lyon - CDI. Chef de produit marketing - Villeurbanne - CDI. Voir les offres.",
    ),
    (
        "SNCF Connect <confirmation@sncf-connect.example>",
        "Votre billet Lyon - Paris",
        "other",
        "Votre voyage du 15 mai : Lyon Part-Dieu 07h04 - Paris Gare de Lyon 09h00. Voiture 14, place 82.",
    ),
    (
        "Fnac <commande@fnac.example>",
        "Votre commande est expédiée",
        "shop",
        "Votre commande n° 8842 a été expédiée et sera livrée demain.",
    ),
    (
        "Doctolib <no-reply@doctolib.example>",
        "Rappel : votre rendez-vous",
        "other",
        "Rappel de votre rendez-vous chez le Dr Blanc le 21 mai à 18h30.",
    ),
    (
        "Hugo Roux <hugo.roux@gmail.example>",
        "anniversaire de mamie",
        "personal",
        "On fait l'anniversaire de mamie samedi, tu viens ?",
    ),
]


def _offset(day):
    return "+0200"


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=CAMILLE,
        own_to={"Ouistiti Lab": OUISTITI},
        offset=_offset,
        clock="10:30:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="20:10:00",
        tag="threehundredseventyseven",
        host="orange.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
