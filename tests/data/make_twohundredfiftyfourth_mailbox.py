"""A two-hundred-and-fifty-fourth mailbox, written as a held-out check after the two-hundred-and-fifty-third
(issue #24).

Camille, a product owner in Paris, exports Gmail with Takeout from an account in French ("Messages envoyés",
"Boîte de réception").  Welcome to the Jungle's receipt ("Ta candidature a bien été envoyée"), an APEC offer
answered by mail, a "premier échange avec notre Talent Acquisition", an "entretien avec ton futur N+1", a "cas
pratique" to present, a "dernier entretien avec le CPO", a "proposition d'embauche" and then a "promesse
d'embauche", a cabinet's "notre client, un acteur majeur de l'assurance" named as "il s'agit de ...", and a "nous
ne donnerons pas suite à ta candidature".  Negatives: Welcome to the Jungle's newsletter, APEC's alerts, France
Travail's "actualisation", the SNCF, a friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.martin.po@gmail.com"
ME = f"Camille Martin <{CAMILLE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lumio",
        "applied",
        "2025-03-03",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature a bien été envoyée à Lumio",
        "Bonjour Camille,\n\nTa candidature pour le poste de Product Owner chez Lumio a bien été envoyée. "
        "L'entreprise reviendra vers toi rapidement.\n\nL'équipe Welcome to the Jungle",
        "l1",
    ),
    (
        "Assurances du Rhône",
        "applied",
        "2025-03-04",
        "Sophie Bernard <s.bernard@cabinet-orion.fr>",
        "Votre candidature - Product Owner Assurance",
        "Bonjour Camille,\n\nSuite à notre échange, j'ai présenté votre candidature à notre client, un acteur majeur de "
        "l'assurance basé à Lyon et Paris. Je reviens vers vous dès que j'ai un retour.\n\nBien cordialement,\n"
        "Sophie Bernard\nConsultante, Cabinet Orion",
        "a1",
    ),
    (
        "Lumio",
        "screen",
        "2025-03-06",
        "Inès Morel <ines.morel@lumio.fr>",
        "Premier échange - Product Owner",
        "Bonjour Camille,\n\nMerci pour ta candidature ! Je te propose un premier échange de 30 minutes en visio avec "
        "moi (Talent Acquisition) jeudi ou vendredi.\n\nÀ bientôt,\nInès",
        "l2",
    ),
    (
        "Assurances du Rhône",
        "interview",
        "2025-03-10",
        "Sophie Bernard <s.bernard@cabinet-orion.fr>",
        "RE: Votre candidature - Product Owner Assurance",
        "Bonjour Camille,\n\nBonne nouvelle : il s'agit des Assurances du Rhône, qui souhaitent vous rencontrer pour un "
        "entretien avec la responsable produit le mercredi 12 mars à 15h.\n\nBien cordialement,\nSophie",
        "a1",
    ),
    (
        "Lumio",
        "interview",
        "2025-03-11",
        "Inès Morel <ines.morel@lumio.fr>",
        "Entretien avec ton futur N+1",
        "Bonjour Camille,\n\nSuite à notre échange, je te propose un entretien avec ton futur N+1, Hugo, mardi 18 mars "
        "à 11h dans nos locaux.\n\nÀ bientôt,\nInès",
        "l3",
    ),
    (
        "Assurances du Rhône",
        "rejected",
        "2025-03-17",
        "Sophie Bernard <s.bernard@cabinet-orion.fr>",
        "RE: Votre candidature - Product Owner Assurance",
        "Bonjour Camille,\n\nLe client a finalement retenu un autre profil, plus expérimenté sur l'assurance vie. Je "
        "suis désolée, et reste attentive à d'autres opportunités pour vous.\n\nBien cordialement,\nSophie",
        "a1",
    ),
    (
        "Lumio",
        "interview",
        "2025-03-20",
        "Inès Morel <ines.morel@lumio.fr>",
        "Cas pratique",
        "Bonjour Camille,\n\nHugo a beaucoup apprécié votre échange ! Prochaine étape : un cas pratique à préparer et "
        "à présenter à l'équipe la semaine prochaine. Je t'envoie le sujet en pièce jointe.\n\nÀ bientôt,\nInès",
        "l4",
    ),
    (
        "Lumio",
        "onsite",
        "2025-03-28",
        "Inès Morel <ines.morel@lumio.fr>",
        "Dernier entretien",
        "Bonjour Camille,\n\nBravo pour ton cas pratique ! Dernière étape : un entretien avec notre CPO, Claire, lundi "
        "31 mars à 10h.\n\nÀ bientôt,\nInès",
        "l5",
    ),
    (
        "Lumio",
        "offer",
        "2025-04-02",
        "Inès Morel <ines.morel@lumio.fr>",
        "Proposition d'embauche",
        "Bonjour Camille,\n\nJ'ai le plaisir de te faire une proposition d'embauche pour le poste de Product Owner en "
        "CDI, à 58 000 € brut annuels. La promesse d'embauche suivra dès ton accord.\n\nÀ très vite,\nInès",
        "l6",
    ),
    (
        "Lumio",
        "accepted",
        "2025-04-03",
        ME,
        "RE: Proposition d'embauche",
        "Bonjour Inès,\n\nMerci beaucoup ! Je suis ravie d'accepter ta proposition. J'attends la promesse "
        "d'embauche.\n\nBelle journée,\nCamille",
        "l6",
    ),
]

_OWN_TO = {"Lumio": "Inès Morel <ines.morel@lumio.fr>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Welcome to the Jungle <news@welcometothejungle.com>",
        "Les entreprises qui recrutent cette semaine",
        "newsletter",
        "Découvre les entreprises qui recrutent et nos conseils pour réussir ton entretien.",
    ),
    (
        "APEC <alertes@apec.example>",
        "Nouvelles offres : Product Owner",
        "alert",
        "Product Owner - Paris 9e; Product Manager - La Défense; Chef de projet digital - Nanterre.",
    ),
    (
        "France Travail <ne-pas-repondre@francetravail.example>",
        "Pensez à vous actualiser",
        "other",
        "Votre actualisation mensuelle est à faire avant le 15.",
    ),
    (
        "SNCF Connect <noreply@sncf.example>",
        "Votre e-billet Paris - Lyon",
        "other",
        "Votre e-billet pour le 14 mars est disponible.",
    ),
    (
        "Léa Dubois <lea.dubois@free.example>",
        "Apéro jeudi ?",
        "personal",
        "Apéro jeudi au canal ? Dis-moi !",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (her account's labels in French)."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CAMILLE,
        own_to=_OWN_TO,
        offset="+0100",
        clock="09:50:00",
        neg_start="2025-03-02",
        neg_step=6,
        neg_clock="20:25:00",
        tag="twohundredfiftyfour",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=CAMILLE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(
        Path(folder) / "Tous les messages, y compris ceux du dossier Spam et de la corbeille.mbox",
        msgs if msgs is not None else messages(),
    )
