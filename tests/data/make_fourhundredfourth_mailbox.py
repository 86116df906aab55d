"""A four-hundred-and-fourth mailbox, written as a held-out check after the four-hundred-and-third (issue #24).

Camille, a supply-chain analyst in Lille, keeps her search in Thunderbird and exports it as an mbox (replies tied by
In-Reply-To).  French employers and their systems: Welcome to the Jungle's "Ta candidature a bien été envoyée",
SmartRecruiters in French ("Nous accusons bonne réception de votre candidature"), Taleo's "Accusé de réception", a
Beetween receipt, a family firm's director writing herself; steps in phrasings no template shares: "nous aimerions
échanger avec vous de vive voix", "un entretien avec notre responsable logistique", "une mise en situation",
"rencontrer l'équipe sur site", "nous avons le plaisir de vous annoncer que votre candidature a été retenue", and
refusals: "nous ne pourrons donner une suite favorable", "le poste a été pourvu en interne", "votre profil ne
correspond pas tout à fait"; her "j'accepte avec plaisir" and a withdrawal ("je me permets de retirer ma
candidature").  Negatives: an APEC alert, Indeed's "Nouvelles offres", a cabinet's unnamed approach, a newsletter, the
SNCF and her mother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.lefebvre59@orange.example"
ME = f"Camille Lefebvre <{CAMILLE}>"
ANNE = "Anne Delattre <a.delattre@transports-delattre.example>"
NORD = "Recrutement Nordis <recrutement@nordis-distribution.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (  # 0
        "Nordis Distribution",
        "applied",
        "2025-04-01",
        "Welcome to the Jungle <noreply@welcometothejungle.example>",
        "Ta candidature chez Nordis Distribution a bien été envoyée",
        "Bonjour Camille,\n\nTa candidature pour le poste d'Analyste Supply Chain (H/F) chez Nordis Distribution a bien "
        "été envoyée. L'entreprise reviendra vers toi directement.\n\nBonne chance !\nL'équipe Welcome to the Jungle",
        None,
    ),
    (  # 1
        "Groupe Vauban Logistique",
        "applied",
        "2025-04-02",
        "Groupe Vauban Logistique <noreply@smartrecruiters.com>",
        "Votre candidature - Responsable Planification",
        "Bonjour Camille,\n\nNous accusons bonne réception de votre candidature au poste de Responsable Planification et "
        "vous remercions de l'intérêt que vous portez au Groupe Vauban Logistique. Nous étudions votre profil avec "
        "attention.\n\nL'équipe Recrutement",
        None,
    ),
    (  # 2
        "Hauts-de-France Énergie",
        "applied",
        "2025-04-03",
        "Hauts-de-France Énergie <hdfenergie@taleo.net>",
        "Accusé de réception - Analyste Flux (REF 25-0412)",
        "Madame,\n\nNous avons bien reçu votre candidature pour le poste d'Analyste Flux (REF 25-0412) au sein de "
        "Hauts-de-France Énergie. Elle sera examinée avec la plus grande attention.\n\nLa Direction des Ressources "
        "Humaines",
        None,
    ),
    (  # 3
        "Transports Delattre",
        "applied",
        "2025-04-03",
        ME,
        "Candidature spontanée - analyste transport",
        "Madame Delattre,\n\nJe me permets de vous adresser ma candidature spontanée pour un poste d'analyste "
        "transport au sein de votre entreprise. Vous trouverez ci-joint mon CV.\n\nBien cordialement,\nCamille "
        "Lefebvre",
        None,
        ANNE,
    ),
    (  # 4
        "Maison Carrel",
        "applied",
        "2025-04-04",
        "Maison Carrel <noreply@beetween.example>",
        "Confirmation de votre candidature",
        "Bonjour Camille Lefebvre,\n\nMerci pour votre candidature au poste de Gestionnaire Approvisionnements chez "
        "Maison Carrel. Notre équipe RH vous recontactera si votre profil est retenu.\n\nMaison Carrel",
        None,
    ),
    (  # 5
        "Transports Delattre",
        "interview",
        "2025-04-07",
        ANNE,
        "RE: Candidature spontanée - analyste transport",
        "Bonjour Madame Lefebvre,\n\nVotre parcours m'intéresse. Nous aimerions échanger avec vous de vive voix : "
        "pourriez-vous venir jeudi 10 avril à 14h30 à nos bureaux de Lesquin ? Vous rencontrerez également notre "
        "responsable d'exploitation.\n\nAnne Delattre\nDirectrice générale\nTransports Delattre",
        3,
    ),
    (  # 6
        "Nordis Distribution",
        "interview",
        "2025-04-08",
        NORD,
        "Votre candidature - Analyste Supply Chain",
        "Bonjour Camille,\n\nMerci pour votre candidature. Nous souhaiterions organiser un entretien en visio avec "
        "notre responsable logistique, Karim Benali. Seriez-vous disponible lundi 14 ou mardi 15 avril ?\n\n"
        "Julie Moreau\nChargée de recrutement - Nordis Distribution",
        None,
    ),
    (  # 7
        "Maison Carrel",
        "rejected",
        "2025-04-09",
        "Maison Carrel <noreply@beetween.example>",
        "Votre candidature chez Maison Carrel",
        "Bonjour Camille Lefebvre,\n\nNous vous remercions pour l'intérêt porté à Maison Carrel. Après étude de votre "
        "dossier, votre profil ne correspond pas tout à fait à nos besoins actuels.\n\nMaison Carrel",
        None,
    ),
    (  # 8
        "Hauts-de-France Énergie",
        "rejected",
        "2025-04-11",
        "Hauts-de-France Énergie <hdfenergie@taleo.net>",
        "Votre candidature - Analyste Flux (REF 25-0412)",
        "Madame,\n\nNous vous informons que le poste d'Analyste Flux a été pourvu en interne. Nous conservons votre "
        "candidature dans notre vivier.\n\nLa Direction des Ressources Humaines",
        None,
    ),
    (  # 9
        "Nordis Distribution",
        "interview",
        "2025-04-16",
        NORD,
        "RE: Votre candidature - Analyste Supply Chain",
        "Bonjour Camille,\n\nKarim a beaucoup apprécié votre échange. La prochaine étape est une mise en situation : un "
        "petit cas sur nos flux entrepôt à préparer pendant une heure dans nos locaux de Roubaix, le 23 avril.\n\n"
        "Julie Moreau",
        6,
    ),
    (  # 10
        "Groupe Vauban Logistique",
        "rejected",
        "2025-04-17",
        "Groupe Vauban Logistique <noreply@smartrecruiters.com>",
        "Votre candidature - Responsable Planification",
        "Bonjour Camille,\n\nMalgré l'intérêt de votre parcours, nous ne pourrons donner une suite favorable à votre "
        "candidature pour ce poste.\n\nL'équipe Recrutement\nGroupe Vauban Logistique",
        None,
    ),
    (  # 11
        "Transports Delattre",
        "offer",
        "2025-04-18",
        ANNE,
        "Suite à notre rencontre",
        "Bonjour Madame Lefebvre,\n\nNous avons le plaisir de vous annoncer que votre candidature a été retenue. Je "
        "vous propose un CDI d'analyste transport, 38 kEUR bruts annuels, à partir du 12 mai.\n\nAnne Delattre",
        None,
    ),
    (  # 12
        "Nordis Distribution",
        "withdrew",
        "2025-04-19",
        ME,
        "RE: RE: Votre candidature - Analyste Supply Chain",
        "Bonjour Julie,\n\nJe vous remercie pour votre confiance. Ayant accepté une autre proposition, je me permets de "
        "retirer ma candidature et ne participerai donc pas à la mise en situation du 23 avril.\n\nBien cordialement,\n"
        "Camille Lefebvre",
        9,
        NORD,
    ),
    (  # 13
        "Transports Delattre",
        "accepted",
        "2025-04-19",
        ME,
        "RE: Suite à notre rencontre",
        "Madame Delattre,\n\nMerci beaucoup pour votre proposition, que j'accepte avec plaisir. Je serai présente le 12 "
        "mai.\n\nBien cordialement,\nCamille Lefebvre",
        11,
        ANNE,
    ),
]

_NEGATIVES = [
    (
        "APEC <alertes@apec.example>",
        "Vos nouvelles offres : Analyste Supply Chain",
        "alert",
        "Analyste Supply Chain - Lille. Chef de projet logistique - Lens. Voir toutes les offres.",
    ),
    (
        "Indeed <alert@indeed.example>",
        "Nouvelles offres : logistique à Lille",
        "alert",
        "Gestionnaire de stocks - Villeneuve-d'Ascq. Approvisionneur - Roubaix.",
    ),
    (
        "Thomas Girard <t.girard@cabinet-girard.example>",
        "Opportunité confidentielle - Supply Chain Manager",
        "outreach",
        "Bonjour Camille,\n\nJe recrute pour un acteur majeur de la distribution un Supply Chain Manager. Seriez-vous "
        "ouverte à un échange ?\n\nThomas Girard",
    ),
    (
        "Supply Chain Magazine <newsletter@scmag.example>",
        "La lettre de la supply chain",
        "newsletter",
        "Entrepôts automatisés, transport bas carbone et salaires 2025.",
    ),
    (
        "SNCF Connect <noreply@sncf.example>",
        "Votre e-billet Lille - Paris",
        "other",
        "Votre voyage du 22 avril. Bon voyage !",
    ),
    (
        "Maman <martine.lefebvre@laposte.example>",
        "Dimanche",
        "personal",
        "Tu viens déjeuner dimanche ? Bisous",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=CAMILLE,
        offset=lambda d: "+0200",
        clock="10:15:00",
        neg_start="2025-03-31",
        neg_step=4,
        neg_clock="19:45:00",
        tag="fourhundredfour",
        host="orange.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
