"""A five-hundred-and-fifty-fifth mailbox, written as a held-out check after the five-hundred-and-fifty-fourth (issue
#24).

Julien Moreau, a quality engineer in Lyon, reads his mail in Thunderbird and exports the inbox as one mbox. French
industry hires through Workday, APEC and recruitment firms, in "vous": Workday's "Merci d'avoir postulé chez Renault
Group", a Michael Page consultant's "Je vous confirme avoir présenté votre candidature à notre client, Sanofi, pour le
poste d'Ingénieur Qualité", "Sanofi souhaite vous rencontrer", Renault's "nous avons le regret de ne pouvoir donner
une suite favorable à votre candidature", Boiron's own "Nous avons bien reçu votre candidature", "nous vous proposons un
entretien téléphonique avec notre chargée de recrutement", "un entretien final sur site à Messimy avec le directeur
industriel", the consultant's "Sanofi a décidé de vous faire une proposition", his "Je vous remercie pour l'entretien
de ce matin" to Boiron and his "J'accepte la proposition de Sanofi". Negatives: APEC's alert, Les Echos' newsletter, a
second consultant's cold mail, Renault's own recall notice (a company he applied to), his insurance and his mother. Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JULIEN = "julien.moreau.qualite@orange.example"
ME = f"Julien Moreau <{JULIEN}>"
RENAULT = "Renault Group <renault@myworkday.example>"
CLAIRE = "Claire Dupont <claire.dupont@michaelpage.example>"
BOIRON = "Boiron Recrutement <recrutement@boiron.example>"
ELODIE = "Élodie Bernard <elodie.bernard@boiron.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Renault Group",
        "applied",
        "2025-11-03",
        RENAULT,
        "Merci d'avoir postulé chez Renault Group",
        "Bonjour Julien,\n\nMerci d'avoir postulé au poste d'Ingénieur Qualité Fournisseurs (R0198342) chez Renault "
        "Group. Notre équipe étudie votre candidature.\n\nL'équipe Talent Acquisition Renault Group",
        None,
    ),
    (
        "Sanofi",
        "applied",
        "2025-11-04",
        CLAIRE,
        "Ingénieur Qualité - Lyon",
        "Bonjour Julien,\n\nSuite à notre échange, je vous confirme avoir présenté votre candidature à notre client, "
        "Sanofi, pour le poste d'Ingénieur Qualité sur le site de Marcy-l'Étoile.\n\nBien cordialement,\nClaire "
        "Dupont\nManager, Michael Page Ingénieurs & Techniciens",
        None,
    ),
    (
        "Boiron",
        "applied",
        "2025-11-05",
        BOIRON,
        "Votre candidature - Ingénieur Qualité Production",
        "Bonjour,\n\nNous avons bien reçu votre candidature pour le poste d'Ingénieur Qualité Production et vous en "
        "remercions. Nous reviendrons vers vous rapidement.\n\nLe service Recrutement\nBoiron",
        None,
    ),
    (
        "Boiron",
        "screen",
        "2025-11-10",
        ELODIE,
        "Votre candidature - Ingénieur Qualité Production",
        "Bonjour Julien,\n\nVotre profil a retenu notre attention. Nous vous proposons un entretien téléphonique avec moi, "
        "chargée de recrutement, jeudi à 11h.\n\nCordialement,\nÉlodie Bernard\nChargée de recrutement, Boiron",
        2,
    ),
    (
        "Sanofi",
        "interview",
        "2025-11-12",
        CLAIRE,
        "RE: Ingénieur Qualité - Lyon",
        "Bonjour Julien,\n\nBonne nouvelle : Sanofi souhaite vous rencontrer. L'entretien avec la responsable qualité "
        "aurait lieu mardi 18 novembre à 9h30 sur le site.\n\nBien cordialement,\nClaire",
        1,
    ),
    (
        "Renault Group",
        "rejected",
        "2025-11-14",
        RENAULT,
        "Votre candidature chez Renault Group",
        "Bonjour Julien,\n\nNous vous remercions de l'intérêt que vous portez à Renault Group. Après étude de votre "
        "dossier, nous avons le regret de ne pouvoir donner une suite favorable à votre candidature.\n\nL'équipe "
        "Talent Acquisition Renault Group",
        None,
    ),
    (
        "Boiron",
        "onsite",
        "2025-11-17",
        ELODIE,
        "RE: Votre candidature - Ingénieur Qualité Production",
        "Bonjour Julien,\n\nMerci pour l'échange. Nous souhaitons vous inviter à un entretien final sur site à Messimy "
        "avec le directeur industriel et la responsable qualité, le mercredi 26 novembre.\n\nCordialement,\nÉlodie",
        3,
    ),
    (
        "Boiron",
        "thank_you",
        "2025-11-26",
        ME,
        "RE: Votre candidature - Ingénieur Qualité Production",
        "Bonjour Élodie,\n\nJe vous remercie pour l'entretien de ce matin et pour la visite du site. Le poste me "
        "motive beaucoup.\n\nCordialement,\nJulien Moreau",
        6,
        ELODIE,
    ),
    (
        "Sanofi",
        "offer",
        "2025-11-27",
        CLAIRE,
        "RE: Ingénieur Qualité - Lyon",
        "Bonjour Julien,\n\nExcellente nouvelle : Sanofi a décidé de vous faire une proposition ! 52 k€ brut annuel plus "
        "variable. Pouvons-nous en parler cet après-midi ?\n\nClaire",
        4,
    ),
    (
        "Sanofi",
        "accepted",
        "2025-11-28",
        ME,
        "RE: Ingénieur Qualité - Lyon",
        "Bonjour Claire,\n\nJ'accepte la proposition de Sanofi avec grand plaisir. Merci pour votre accompagnement !\n\n"
        "Julien",
        8,
        CLAIRE,
    ),
]

_NEGATIVES = [
    (
        "APEC <alertes@apec.example>",
        "Nouvelles offres : Ingénieur Qualité",
        "alert",
        "Ingénieur Qualité - Lyon 7e. Responsable Qualité - Villeurbanne. Voir les offres.",
    ),
    (
        "Les Echos <newsletter@lesechos.example>",
        "Les Echos - l'essentiel du jour",
        "newsletter",
        "L'actualité économique. Se désabonner.",
    ),
    (
        "Marc Lefèvre <m.lefevre@hunteo.example>",
        "Poste de Responsable Qualité",
        "outreach",
        "Bonjour Julien, je recrute un Responsable Qualité pour un équipementier automobile. Seriez-vous ouvert à un "
        "échange ?",
    ),
    (
        "Renault <service-client@renault.example>",
        "Rappel de votre véhicule",
        "other",
        "Votre Clio est concernée par une campagne de rappel. Prenez rendez-vous chez votre concessionnaire.",
    ),
    (
        "MAIF <noreply@maif.example>",
        "Votre avis d'échéance",
        "other",
        "Votre avis d'échéance est disponible dans votre espace.",
    ),
    (
        "Maman <sylvie.moreau@free.example>",
        "Noël",
        "personal",
        "Tu viens à Noël ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JULIEN,
        offset=lambda d: "+0100",
        clock="09:35:00",
        neg_start="2025-11-02",
        neg_step=5,
        neg_clock="20:10:00",
        tag="fivehundredfiftyfive",
        host="orange.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
