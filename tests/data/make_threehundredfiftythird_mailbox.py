"""A three-hundred-and-fifty-third mailbox, written as a held-out check after the three-hundred-and-fifty-second
(issue #24).

Julien, a supply chain manager in Nantes, saves his mail from Outlook as .eml files.  French recruitment firms as they
write: a cabinet's "Comme convenu, je vous confirme l'envoi de votre dossier à notre client, un acteur majeur de
l'agroalimentaire dans l'Ouest", "Je peux désormais vous révéler le nom de notre client : Laiteries de l'Erdre. Ils
souhaitent vous rencontrer", "le client a fait le choix d'un autre profil", a second cabinet's "J'ai présenté votre
candidature à Atlantique Emballages", "un entretien final avec le directeur général", "ils vous font une proposition
à 68 kEUR", his "j'accepte avec plaisir"; an APEC application's receipt ("Votre candidature a bien été transmise à
Chantiers du Brivet") and refusal.  Negatives: an APEC alert, a Cadremploi newsletter, a TAN notice, an EDF bill, a
Decathlon promotion, his sister.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JULIEN = "julien.moreau.scm@orange.fr"
ME = f"Julien Moreau <{JULIEN}>"
CAB1 = "Sophie Le Gall <s.legall@ouest-talents-conseil.fr>"
CAB2 = "Antoine Berthier <antoine.berthier@berthier-associes.fr>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Laiteries de l'Erdre",
        "applied",
        "2025-05-12",
        CAB1,
        "Responsable Supply Chain - confidentiel",
        "Bonjour Julien,\n\nComme convenu, je vous confirme l'envoi de votre dossier à notre client, un acteur majeur "
        "de l'agroalimentaire dans l'Ouest, pour le poste de Responsable Supply Chain. Je reviens vers vous dès que "
        "j'ai un retour.\n\nBien cordialement,\nSophie Le Gall\nConsultante, Ouest Talents Conseil",
        None,
    ),
    (
        "Atlantique Emballages",
        "applied",
        "2025-05-13",
        CAB2,
        "Directeur Supply Chain - Atlantique Emballages",
        "Bonjour Julien,\n\nMerci pour notre échange de ce matin. J'ai présenté votre candidature à Atlantique "
        "Emballages pour le poste de Directeur Supply Chain.\n\nBien à vous,\nAntoine Berthier\nBerthier & Associés",
        None,
    ),
    (
        "Chantiers du Brivet",
        "applied",
        "2025-05-14",
        "Apec <candidature@apec.fr>",
        "Votre candidature a bien été envoyée",
        "Bonjour Julien,\n\nVotre candidature pour l'offre Responsable Logistique (H/F) a bien été transmise à Chantiers "
        "du Brivet.\n\nBonne chance !\nL'équipe Apec",
        None,
    ),
    (
        "Laiteries de l'Erdre",
        "interview",
        "2025-05-19",
        CAB1,
        "RE: Responsable Supply Chain - confidentiel",
        "Bonjour Julien,\n\nBonne nouvelle ! Je peux désormais vous révéler le nom de notre client : Laiteries de "
        "l'Erdre. Ils souhaitent vous rencontrer le mardi 27 mai à 14h à Carquefou, avec le directeur industriel.\n\n"
        "Bien cordialement,\nSophie",
        None,
    ),
    (
        "Atlantique Emballages",
        "interview",
        "2025-05-20",
        CAB2,
        "RE: Directeur Supply Chain - Atlantique Emballages",
        "Julien,\n\nAtlantique Emballages souhaite vous voir en entretien avec la DRH jeudi 22 mai à 10h en "
        "visio.\n\nAntoine",
        None,
    ),
    (
        "Chantiers du Brivet",
        "rejected",
        "2025-05-23",
        "Chantiers du Brivet <recrutement@chantiersdubrivet.fr>",
        "Votre candidature - Responsable Logistique (H/F)",
        "Monsieur,\n\nNous avons bien reçu votre candidature et vous en remercions. Malheureusement, votre profil ne "
        "correspond pas aux besoins actuels du poste.\n\nCordialement,\nService Recrutement",
        None,
    ),
    (
        "Atlantique Emballages",
        "onsite",
        "2025-05-28",
        CAB2,
        "RE: Directeur Supply Chain - Atlantique Emballages",
        "Julien,\n\nTrès bon retour de la DRH. Ils vous proposent un entretien final avec le directeur général sur le "
        "site de Saint-Nazaire le 4 juin.\n\nAntoine",
        None,
    ),
    (
        "Laiteries de l'Erdre",
        "rejected",
        "2025-06-02",
        CAB1,
        "RE: Responsable Supply Chain - confidentiel",
        "Bonjour Julien,\n\nJe reviens vers vous suite à votre entretien. Le client a fait le choix d'un autre profil, "
        "plus expérimenté en froid négatif. J'en suis désolée.\n\nSophie",
        None,
    ),
    (
        "Atlantique Emballages",
        "offer",
        "2025-06-06",
        CAB2,
        "RE: Directeur Supply Chain - Atlantique Emballages",
        "Julien,\n\nExcellente nouvelle : ils vous font une proposition à 68 kEUR fixe plus variable, avec une prise de "
        "poste en septembre.\n\nAntoine",
        None,
    ),
    (
        "Atlantique Emballages",
        "accepted",
        "2025-06-07",
        ME,
        "RE: Directeur Supply Chain - Atlantique Emballages",
        "Bonjour Antoine,\n\nMerci beaucoup, j'accepte avec plaisir !\n\nBien à vous,\nJulien",
        CAB2,
    ),
]

_NEGATIVES = [
    (
        "Apec <alertes@apec.fr>",
        "Vos nouvelles offres : Supply Chain - Pays de la Loire",
        "alert",
        "6 nouvelles offres correspondent à votre recherche. Voir les offres.",
    ),
    (
        "Cadremploi <newsletter@cadremploi.example>",
        "Les conseils carrière de la semaine",
        "newsletter",
        "Réussir sa prise de poste, négocier son salaire : nos conseils.",
    ),
    (
        "Naolib <info@naolib.example>",
        "Travaux sur la ligne 1",
        "other",
        "La ligne 1 du tramway est interrompue ce week-end.",
    ),
    (
        "EDF <facture@edf.example>",
        "Votre facture est disponible",
        "other",
        "Votre facture d'électricité de mai est disponible.",
    ),
    (
        "Decathlon <news@decathlon.example>",
        "Les soldes de printemps",
        "shop",
        "Jusqu'à -40% sur le vélo et la randonnée.",
    ),
    (
        "Claire Moreau <claire.moreau@free.example>",
        "anniversaire papa",
        "personal",
        "On fait quoi pour les 70 ans de papa ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="10:25:00",
        neg_start="2025-05-11",
        neg_step=4,
        neg_clock="20:05:00",
        tag="threehundredfiftythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), JULIEN)
