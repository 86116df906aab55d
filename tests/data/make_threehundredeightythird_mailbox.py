"""A three-hundred-and-eighty-third mailbox, written as a held-out check after the three-hundred-and-eighty-second
(issue #24).

Thomas, a sales engineer in Toulouse, saves his Outlook mail as .eml files, in French.  Hiring through two cabinets
de recrutement and one direct application: a consultant's "Suite à notre échange, je vous confirme avoir transmis
votre dossier à mon client, un équipementier aéronautique basé à Blagnac" (the client unnamed), then "je peux
désormais vous dévoiler le nom de mon client : il s'agit de Garonne Aérosystèmes, qui souhaite vous rencontrer",
"un second entretien avec le directeur commercial sur site", "Garonne Aérosystèmes a retenu votre candidature et vous
fait une proposition", his "J'accepte avec plaisir"; a second cabinet's "Votre CV est désormais entre les mains de la
DRH de Pyrénées Hydraulique", then "Pyrénées Hydraulique a choisi de poursuivre avec un autre profil"; an employer's
Taleo receipt ("Nous avons bien reçu votre candidature") and its "Malheureusement, votre profil ne correspond pas".
Negatives: an Indeed alert, a cabinet's cold approach on LinkedIn, a Cadremploi newsletter, the Mutuelle, Decathlon, a
friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

THOMAS = "thomas.bertrand.ic@outlook.fr"
ME = f"Thomas Bertrand <{THOMAS}>"
CAB1 = "Claire Dumont <c.dumont@occitanie-talents.fr>"
CAB2 = "Marc Lefèvre <marc.lefevre@sudouest-rh.fr>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Garonne Aérosystèmes",
        "applied",
        "2025-03-10",
        CAB1,
        "Ingénieur d'affaires - équipementier aéronautique (Blagnac)",
        "Bonjour Thomas,\n\nSuite à notre échange de ce matin, je vous confirme avoir transmis votre dossier à mon client, "
        "un équipementier aéronautique basé à Blagnac, pour le poste d'Ingénieur d'affaires. Je reviens vers vous dès "
        "que j'ai un retour.\n\nBien cordialement,\nClaire Dumont\nConsultante senior - Occitanie Talents",
        None,
    ),
    (
        "Pyrénées Hydraulique",
        "applied",
        "2025-03-11",
        CAB2,
        "Ingénieur technico-commercial - Pyrénées Hydraulique",
        "Bonjour Thomas,\n\nBonne nouvelle : votre CV est désormais entre les mains de la DRH de Pyrénées Hydraulique "
        "pour le poste d'Ingénieur technico-commercial. Je vous tiens informé.\n\nCordialement,\nMarc Lefèvre\n"
        "Sud-Ouest RH",
        None,
    ),
    (
        "Capitole Énergies",
        "applied",
        "2025-03-12",
        "Capitole Énergies Recrutement <capitoleenergies@taleo.net>",
        "Votre candidature - Ingénieur commercial (REF-2291)",
        "Bonjour,\n\nNous avons bien reçu votre candidature au poste d'Ingénieur commercial (REF-2291) et vous remercions "
        "de l'intérêt que vous portez à Capitole Énergies. Nous l'étudions avec attention.\n\nL'équipe Recrutement",
        None,
    ),
    (
        "Garonne Aérosystèmes",
        "interview",
        "2025-03-17",
        CAB1,
        "RE: Ingénieur d'affaires - équipementier aéronautique (Blagnac)",
        "Bonjour Thomas,\n\nJe peux désormais vous dévoiler le nom de mon client : il s'agit de Garonne Aérosystèmes, qui "
        "souhaite vous rencontrer pour un premier entretien avec la responsable grands comptes, le jeudi 20 mars à "
        "14h en visio.\n\nBien cordialement,\nClaire",
        None,
    ),
    (
        "Capitole Énergies",
        "rejected",
        "2025-03-21",
        "Capitole Énergies Recrutement <capitoleenergies@taleo.net>",
        "Votre candidature - Ingénieur commercial (REF-2291)",
        "Bonjour,\n\nNous vous remercions pour votre candidature. Malheureusement, votre profil ne correspond pas aux "
        "besoins du poste. Nous conservons vos coordonnées pour de futures opportunités.\n\nL'équipe Recrutement",
        None,
    ),
    (
        "Garonne Aérosystèmes",
        "onsite",
        "2025-03-24",
        CAB1,
        "RE: Ingénieur d'affaires - équipementier aéronautique (Blagnac)",
        "Bonjour Thomas,\n\nTrès bon retour de votre entretien ! Ils vous proposent un second et dernier entretien avec "
        "le directeur commercial sur site à Blagnac, le mardi 1er avril à 10h.\n\nClaire",
        None,
    ),
    (
        "Pyrénées Hydraulique",
        "rejected",
        "2025-03-26",
        CAB2,
        "RE: Ingénieur technico-commercial - Pyrénées Hydraulique",
        "Bonjour Thomas,\n\nJ'ai eu un retour de Pyrénées Hydraulique : ils ont choisi de poursuivre avec un autre profil, "
        "plus orienté hydraulique mobile. Je reste attentif à d'autres opportunités pour vous.\n\nMarc",
        None,
    ),
    (
        "Garonne Aérosystèmes",
        "offer",
        "2025-04-04",
        CAB1,
        "RE: Ingénieur d'affaires - équipementier aéronautique (Blagnac)",
        "Bonjour Thomas,\n\nExcellente nouvelle : Garonne Aérosystèmes a retenu votre candidature et vous fait une "
        "proposition à 58 k€ fixe + 12 % de variable, avec un véhicule de fonction. Pouvons-nous en parler ce soir "
        "?\n\nClaire",
        None,
    ),
    (
        "Garonne Aérosystèmes",
        "accepted",
        "2025-04-07",
        ME,
        "RE: Ingénieur d'affaires - équipementier aéronautique (Blagnac)",
        "Bonjour Claire,\n\nMerci pour tout. J'accepte avec plaisir la proposition de Garonne Aérosystèmes.\n\nBien à "
        "vous,\nThomas",
        CAB1,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Ingénieur commercial : nouvelles offres à Toulouse",
        "alert",
        "Ingénieur commercial - Airbus - Toulouse. Technico-commercial - Liebherr - Toulouse. Voir toutes les offres.",
    ),
    (
        "Sophie Martin via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunité Ingénieur d'affaires",
        "outreach",
        "Bonjour Thomas, je recrute un Ingénieur d'affaires pour un client du secteur spatial. Seriez-vous ouvert à un "
        "échange ?",
    ),
    (
        "Cadremploi <newsletter@cadremploi.fr>",
        "Les conseils de la semaine",
        "newsletter",
        "Comment réussir sa négociation salariale ? Nos conseils et les offres de la semaine.",
    ),
    (
        "Ma Mutuelle <contact@mutuelle.example>",
        "Votre remboursement",
        "other",
        "Un remboursement de 23,50 € a été effectué sur votre compte.",
    ),
    (
        "Decathlon <newsletter@decathlon.example>",
        "Le printemps est là !",
        "shop",
        "Tout pour le vélo et la randonnée.",
    ),
    (
        "Julien Faure <julien.faure@gmail.example>",
        "match samedi",
        "personal",
        "On va voir le Stade samedi ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="09:05:00",
        neg_start="2025-03-09",
        neg_step=4,
        neg_clock="20:15:00",
        tag="threehundredeightythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), THOMAS)
