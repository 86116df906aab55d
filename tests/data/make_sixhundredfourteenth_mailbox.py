"""A six-hundred-and-fourteenth mailbox, written as a held-out check after the six-hundred-and-thirteenth (issue #24).

Lucie Dubois, an HR officer in Liège, reads her mail in Thunderbird and exports the inbox as one mbox. Belgian
employers and an interim agency write in Belgian French, in "vous": Jobat's "Votre candidature a été transmise à
Ethias", the Walloon region's Forem "Accusé de réception de votre candidature", a Randstad consultant's "Je vous
confirme que votre candidature a été soumise à notre client, la société Prayon, pour la fonction de Gestionnaire RH",
Ethias' "Nous souhaitons vous inviter à un premier entretien", the consultant's "Bonne nouvelle : notre client a
retenu votre candidature et souhaite vous rencontrer", the Forem's "Nous sommes au regret de vous informer que votre
candidature n'a pas été retenue", Ethias' "épreuve écrite suivie d'un entretien avec le jury", the consultant's "le
client a finalement opté pour un autre profil", Ethias' "Nous avons le plaisir de vous proposer un contrat à durée
indéterminée", her "Je marque mon accord sur votre proposition" and her thanks after the jury. Negatives: Jobat's
alert, Le Soir's newsletter, a second agency's cold mail, Ethias' own insurance mail (a company she applied to), the
SNCB and her brother. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCIE = "lucie.dubois.rh@skynet.example"
ME = f"Lucie Dubois <{LUCIE}>"
JOBAT = "Jobat <noreply@jobat.example>"
FOREM = "Le Forem <recrutement@forem.example>"
RAND = "Sophie Lambert <sophie.lambert@randstad.example>"
ETHIAS = "Nathalie Pirard <nathalie.pirard@ethias.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Ethias",
        "applied",
        "2025-10-06",
        JOBAT,
        "Votre candidature a été transmise",
        "Bonjour Lucie,\n\nVotre candidature a été transmise à Ethias pour la fonction de HR Business Partner.\n\n"
        "L'équipe Jobat",
        None,
    ),
    (
        "Le Forem",
        "applied",
        "2025-10-07",
        FOREM,
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous accusons réception de votre candidature pour la fonction d'Attachée RH (réf. 2025-331) au "
        "Forem. Elle sera examinée par le jury de sélection.\n\nLe Forem - Service Recrutement",
        None,
    ),
    (
        "Prayon",
        "applied",
        "2025-10-08",
        RAND,
        "Gestionnaire RH - Engis",
        "Bonjour Madame Dubois,\n\nJe vous confirme que votre candidature a été soumise à notre client, la société "
        "Prayon, pour la fonction de Gestionnaire RH. Je reviens vers vous dès que possible.\n\nBien à vous,\nSophie "
        "Lambert\nRandstad Professionals",
        None,
    ),
    (
        "Ethias",
        "interview",
        "2025-10-13",
        ETHIAS,
        "Invitation à un entretien",
        "Madame,\n\nNous souhaitons vous inviter à un premier entretien le jeudi 16 octobre à 10h dans nos bureaux de "
        "Liège.\n\nNathalie Pirard\nTalent Acquisition",
        None,
    ),
    (
        "Prayon",
        "interview",
        "2025-10-14",
        RAND,
        "RE: Gestionnaire RH - Engis",
        "Bonjour Madame Dubois,\n\nBonne nouvelle : notre client a retenu votre candidature et souhaite vous rencontrer "
        "le mardi 21 octobre à 14h.\n\nBien à vous,\nSophie Lambert",
        2,
    ),
    (
        "Le Forem",
        "rejected",
        "2025-10-15",
        FOREM,
        "Suite de votre candidature",
        "Madame,\n\nNous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite de "
        "la procédure.\n\nLe Forem - Service Recrutement",
        1,
    ),
    (
        "Ethias",
        "onsite",
        "2025-10-20",
        ETHIAS,
        "RE: Invitation à un entretien",
        "Madame,\n\nSuite à votre premier entretien, nous vous invitons à la dernière étape : une épreuve écrite suivie "
        "d'un entretien avec le jury, le 28 octobre à 9h.\n\nNathalie Pirard",
        3,
    ),
    (
        "Prayon",
        "rejected",
        "2025-10-24",
        RAND,
        "RE: Gestionnaire RH - Engis",
        "Bonjour Madame Dubois,\n\nJe reviens vers vous : le client a finalement opté pour un autre profil. Je reste "
        "attentive à d'autres opportunités pour vous.\n\nBien à vous,\nSophie Lambert",
        4,
    ),
    (
        "Ethias",
        "thank_you",
        "2025-10-28",
        ME,
        "RE: Invitation à un entretien",
        "Madame Pirard,\n\nJe vous remercie, ainsi que les membres du jury, pour l'entretien de ce matin.\n\nBien à "
        "vous,\nLucie Dubois",
        6,
        ETHIAS,
    ),
    (
        "Ethias",
        "offer",
        "2025-11-04",
        ETHIAS,
        "Proposition de contrat",
        "Madame,\n\nNous avons le plaisir de vous proposer un contrat à durée indéterminée en tant que HR Business "
        "Partner. Vous trouverez notre proposition en annexe.\n\nNathalie Pirard",
        None,
    ),
    (
        "Ethias",
        "accepted",
        "2025-11-05",
        ME,
        "RE: Proposition de contrat",
        "Madame Pirard,\n\nJe marque mon accord sur votre proposition et vous en remercie.\n\nBien à vous,\nLucie "
        "Dubois",
        9,
        ETHIAS,
    ),
]

_NEGATIVES = [
    (
        "Jobat <alert@jobat.example>",
        "Nouvelles offres d'emploi pour vous",
        "alert",
        "HR Business Partner - Liège. Gestionnaire paie - Namur. Voir les offres.",
    ),
    (
        "Le Soir <newsletter@lesoir.example>",
        "L'essentiel du matin",
        "newsletter",
        "L'actualité du jour. Se désinscrire.",
    ),
    (
        "Marc Renard <marc.renard@tempo-team.example>",
        "Fonction RH à Namur",
        "outreach",
        "Bonjour Madame, j'ai une fonction RH à Namur qui pourrait vous intéresser. Seriez-vous disponible pour un "
        "appel ?",
    ),
    (
        "Ethias <info@ethias.example>",
        "Votre assurance habitation",
        "other",
        "Votre prime annuelle est disponible.",
    ),
    (
        "SNCB <noreply@sncb.example>",
        "Votre billet",
        "other",
        "Votre billet Liège - Bruxelles.",
    ),
    (
        "Thomas <thomas.dubois@proximus.example>",
        "dimanche",
        "personal",
        "Tu viens dîner dimanche ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LUCIE,
        offset=lambda d: "+0200",
        clock="09:45:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="20:05:00",
        tag="sixhundredfourteen",
        host="skynet.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
