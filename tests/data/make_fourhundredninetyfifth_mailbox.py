"""A four-hundred-and-ninety-fifth mailbox, written as a held-out check after the four-hundred-and-ninety-fourth
(issue #24).

Thomas Bernard, a management accountant in Lyon, saves his mail from Outlook as .eml files.  A cabinet de
recrutement writes "tu"-free French: "j'ai transmis ce jour votre dossier à notre client, le Groupe SEB",
"Bonne nouvelle : le client souhaite vous rencontrer", "le Groupe SEB souhaite vous faire une proposition
d'embauche"; Talentsoft's "Nous accusons réception de votre candidature", Workday's "Merci d'avoir postulé", "nous ne
donnerons pas une suite favorable à votre candidature", "un entretien téléphonique de 20 minutes", "nous avons le
plaisir de vous convier à un entretien avec M. Perrin, Directeur Administratif et Financier", his withdrawal
("Ayant accepté une autre proposition, je suis au regret de retirer ma candidature") and his "je vous confirme que
j'accepte la proposition".  Negatives: APEC, Cadremploi, Welcome to the Jungle, the DFCG, his bank and a friend.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

THOMAS = "thomas.bernard69@outlook.example"
ME = f"Thomas Bernard <{THOMAS}>"
LAURE = "Laure Dubois <laure.dubois@pagegroup.example>"
CAMILLE = "Camille Roux <camille.roux@boiron.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Groupe SEB",
        "applied",
        "2025-01-13",
        LAURE,
        "Votre candidature - Contrôleur de gestion industriel",
        "Bonjour Thomas,\n\nComme convenu, j'ai transmis ce jour votre dossier à notre client, le Groupe SEB, pour le "
        "poste de Contrôleur de gestion industriel basé à Écully.\n\nJe reviens vers vous dès que j'ai un retour.\n\n"
        "Bien à vous,\nLaure Dubois\nMichael Page Finance",
        None,
    ),
    (
        "Boiron",
        "applied",
        "2025-01-14",
        "Boiron Recrutement <noreply@talent-soft.example>",
        "Accusé de réception de votre candidature",
        "Bonjour Monsieur Bernard,\n\nNous accusons réception de votre candidature au poste de Contrôleur Financier "
        "(H/F) et vous remercions de l'intérêt que vous portez à Boiron.\n\nNotre équipe étudie votre dossier avec "
        "attention.\n\nLe service Recrutement",
        None,
    ),
    (
        "bioMérieux",
        "applied",
        "2025-01-15",
        "bioMérieux <biomerieux@myworkday.example>",
        "Merci pour votre candidature",
        "Bonjour Thomas,\n\nMerci d'avoir postulé au poste de Contrôleur de gestion (F/H) chez bioMérieux. Nous "
        "examinerons votre candidature et reviendrons vers vous.\n\nCordialement,\nL'équipe Talent Acquisition "
        "bioMérieux",
        None,
    ),
    (
        "Boiron",
        "screen",
        "2025-01-21",
        CAMILLE,
        "Votre candidature - Contrôleur Financier",
        "Bonjour Monsieur Bernard,\n\nVotre candidature a retenu notre attention. Seriez-vous disponible pour un "
        "entretien téléphonique de 20 minutes jeudi ou vendredi ?\n\nCordialement,\nCamille Roux\nChargée de "
        "recrutement",
        None,
    ),
    (
        "Groupe SEB",
        "interview",
        "2025-01-22",
        LAURE,
        "RE: Votre candidature - Contrôleur de gestion industriel",
        "Bonjour Thomas,\n\nBonne nouvelle : le client souhaite vous rencontrer. Un premier entretien avec le Directeur "
        "du Contrôle de Gestion est prévu mardi 28 janvier à 10h à Écully.\n\nLaure",
        None,
    ),
    (
        "bioMérieux",
        "rejected",
        "2025-01-24",
        "bioMérieux <biomerieux@myworkday.example>",
        "Votre candidature chez bioMérieux",
        "Bonjour Thomas,\n\nNous vous remercions pour l'intérêt porté à bioMérieux. Après étude attentive, nous ne "
        "donnerons pas une suite favorable à votre candidature.\n\nNous vous souhaitons pleine réussite dans vos "
        "recherches.\n\nL'équipe Talent Acquisition bioMérieux",
        None,
    ),
    (
        "Boiron",
        "interview",
        "2025-02-03",
        CAMILLE,
        "RE: Votre candidature - Contrôleur Financier",
        "Bonjour Monsieur Bernard,\n\nSuite à notre échange, nous avons le plaisir de vous convier à un entretien avec "
        "M. Perrin, Directeur Administratif et Financier, le 10 février à 9h30 à Messimy.\n\nCordialement,\nCamille "
        "Roux",
        None,
    ),
    (
        "Groupe SEB",
        "offer",
        "2025-02-07",
        LAURE,
        "RE: Votre candidature - Contrôleur de gestion industriel",
        "Bonjour Thomas,\n\nExcellente nouvelle : le Groupe SEB souhaite vous faire une proposition d'embauche - 58 k€ "
        "fixe + 10 % variable. Je vous appelle dans l'après-midi pour en parler.\n\nLaure",
        None,
    ),
    (
        "Groupe SEB",
        "accepted",
        "2025-02-08",
        ME,
        "RE: Votre candidature - Contrôleur de gestion industriel",
        "Bonjour Laure,\n\nJe vous confirme que j'accepte la proposition du Groupe SEB. Merci beaucoup pour votre "
        "accompagnement !\n\nThomas",
        LAURE,
    ),
    (
        "Boiron",
        "withdrew",
        "2025-02-08",
        ME,
        "RE: Votre candidature - Contrôleur Financier",
        "Bonjour Madame Roux,\n\nJe vous remercie pour votre invitation. Ayant accepté une autre proposition, je suis au "
        "regret de retirer ma candidature.\n\nCordialement,\nThomas Bernard",
        CAMILLE,
    ),
]

_NEGATIVES = [
    (
        "APEC <alertes@apec.example>",
        "Vos nouvelles offres : Contrôleur de gestion",
        "alert",
        "Contrôleur de gestion - Lyon 3e. Contrôleur financier - Villeurbanne. Voir les offres.",
    ),
    (
        "Cadremploi <alertes@cadremploi.example>",
        "12 offres correspondent à votre recherche",
        "alert",
        "Contrôleur de gestion H/F - Lyon. Voir les offres.",
    ),
    (
        "Welcome to the Jungle <hello@welcometothejungle.example>",
        "Les entreprises qui recrutent à Lyon",
        "newsletter",
        "Découvrez-les. Se désabonner.",
    ),
    (
        "DFCG Rhône-Alpes <contact@dfcg.example>",
        "Conférence : le contrôleur de gestion et l'IA",
        "newsletter",
        "Inscription ouverte. Se désinscrire.",
    ),
    (
        "Crédit Agricole <noreply@credit-agricole.example>",
        "Votre relevé de compte est disponible",
        "other",
        "Connectez-vous à votre espace.",
    ),
    (
        "Julien Marchand <julien.marchand@gmail.example>",
        "Foot jeudi",
        "personal",
        "On joue jeudi à 19h, tu viens ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="11:25:00",
        neg_start="2025-01-12",
        neg_step=5,
        neg_clock="20:45:00",
        tag="fourhundredninetyfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), THOMAS)
