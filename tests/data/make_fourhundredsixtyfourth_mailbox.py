"""A four-hundred-and-sixty-fourth mailbox, written as a held-out check after the four-hundred-and-sixty-third
(issue #24).

Nicolas Girard, a risk manager in Paris, keeps his mail in Thunderbird and exports it as one mbox.  French corporate
hiring writes "vous": SmartRecruiters' "Nous accusons bonne réception de votre candidature", "Suite à l'examen de
votre candidature, nous sommes au regret de vous informer qu'elle n'a pas été retenue", "Nous souhaiterions vous
rencontrer", "un entretien final avec le directeur des risques", a cabinet de recrutement's "Je vous confirme avoir
présenté votre candidature à notre client, la Société Générale", "Le client souhaite vous rencontrer", "Le client a
finalement retenu un autre candidat", an insurer's "Nous avons le plaisir de vous proposer le poste", his "Je vous
remercie pour l'entretien de ce matin" and his "Je vous confirme mon accord".  Negatives: APEC's alert, Les Echos,
a cabinet's cold "Opportunité - Directeur des risques", a conference, the RATP and his wife.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NICO = "nicolas.girard@orange.example"
ME = f"Nicolas Girard <{NICO}>"
CLAIRE = "Claire Lemoine <c.lemoine@cabinet-vauban.example>"
AXA = "Sophie Martin <sophie.martin@axa.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "BNP Paribas",
        "applied",
        "2025-02-03",
        "BNP Paribas <noreply@smartrecruiters.example>",
        "Votre candidature chez BNP Paribas",
        "Bonjour Nicolas,\n\nNous accusons bonne réception de votre candidature au poste de Risk Manager et vous "
        "remercions de l'intérêt que vous portez à BNP Paribas.\n\nL'équipe Recrutement",
        None,
    ),
    (
        "Société Générale",
        "applied",
        "2025-02-04",
        CLAIRE,
        "Poste de Responsable Risques de Marché",
        "Monsieur,\n\nSuite à notre échange, je vous confirme avoir présenté votre candidature à notre client, la "
        "Société Générale, pour le poste de Responsable Risques de Marché.\n\nBien cordialement,\nClaire Lemoine\n"
        "Cabinet Vauban",
        None,
    ),
    (
        "AXA",
        "applied",
        "2025-02-05",
        "AXA Recrutement <recrutement@axa.example>",
        "Confirmation de votre candidature",
        "Bonjour,\n\nNous avons bien reçu votre candidature pour le poste de Responsable des Risques Financiers. Elle va "
        "être étudiée avec attention.\n\nAXA Recrutement",
        None,
    ),
    (
        "BNP Paribas",
        "rejected",
        "2025-02-10",
        "BNP Paribas <noreply@smartrecruiters.example>",
        "Votre candidature chez BNP Paribas",
        "Bonjour Nicolas,\n\nSuite à l'examen de votre candidature, nous sommes au regret de vous informer qu'elle n'a "
        "pas été retenue.\n\nL'équipe Recrutement",
        0,
    ),
    (
        "Société Générale",
        "interview",
        "2025-02-11",
        CLAIRE,
        "RE: Poste de Responsable Risques de Marché",
        "Monsieur,\n\nLe client souhaite vous rencontrer jeudi 13 février à 10h dans ses locaux de La Défense.\n\n"
        "Bien cordialement,\nClaire Lemoine",
        1,
    ),
    (
        "AXA",
        "interview",
        "2025-02-12",
        AXA,
        "Votre candidature - Responsable des Risques Financiers",
        "Monsieur Girard,\n\nVotre profil a retenu toute notre attention. Nous souhaiterions vous rencontrer le 18 "
        "février à 14h30.\n\nCordialement,\nSophie Martin\nChargée de recrutement",
        None,
    ),
    (
        "AXA",
        "thank_you",
        "2025-02-18",
        ME,
        "RE: Votre candidature - Responsable des Risques Financiers",
        "Madame,\n\nJe vous remercie pour l'entretien de cet après-midi et pour la présentation de l'équipe.\n\n"
        "Bien cordialement,\nNicolas Girard",
        5,
        AXA,
    ),
    (
        "Société Générale",
        "rejected",
        "2025-02-20",
        CLAIRE,
        "RE: Poste de Responsable Risques de Marché",
        "Monsieur,\n\nJe reviens vers vous : le client a finalement retenu un autre candidat, plus expérimenté sur les "
        "produits structurés. J'en suis désolée.\n\nClaire Lemoine",
        4,
    ),
    (
        "AXA",
        "onsite",
        "2025-02-24",
        AXA,
        "RE: Votre candidature - Responsable des Risques Financiers",
        "Monsieur Girard,\n\nNous vous proposons un entretien final avec le directeur des risques le 3 mars.\n\n"
        "Cordialement,\nSophie Martin",
        6,
    ),
    (
        "AXA",
        "offer",
        "2025-03-07",
        AXA,
        "Proposition - Responsable des Risques Financiers",
        "Monsieur Girard,\n\nNous avons le plaisir de vous proposer le poste de Responsable des Risques Financiers. "
        "Vous trouverez ci-joint notre proposition.\n\nCordialement,\nSophie Martin",
        None,
    ),
    (
        "AXA",
        "accepted",
        "2025-03-10",
        ME,
        "RE: Proposition - Responsable des Risques Financiers",
        "Madame,\n\nJe vous remercie pour cette proposition et vous confirme mon accord. Je vous retourne la promesse "
        "d'embauche signée.\n\nBien cordialement,\nNicolas Girard",
        9,
        AXA,
    ),
]

_NEGATIVES = [
    (
        "APEC <alertes@apec.example>",
        "Vos nouvelles offres : Risk Manager",
        "alert",
        "Risk Manager - Paris 9e. Responsable Risques - La Défense. Voir les offres.",
    ),
    (
        "Les Echos <newsletter@lesechos.example>",
        "Les Echos - l'essentiel",
        "newsletter",
        "À la une ce matin. Se désinscrire.",
    ),
    (
        "Pierre Roux <p.roux@cabinet-talents.example>",
        "Opportunité - Directeur des risques",
        "outreach",
        "Monsieur Girard, je recrute un Directeur des risques pour une mutuelle. Seriez-vous disponible pour un échange ?",
    ),
    (
        "Risk Forum Paris <inscriptions@riskforum.example>",
        "Risk Forum 2025 : inscrivez-vous",
        "newsletter",
        "Inscription ouverte.",
    ),
    (
        "RATP <noreply@ratp.example>",
        "Votre attestation Navigo",
        "other",
        "Votre attestation est disponible.",
    ),
    (
        "Julie Girard <julie.girard@orange.example>",
        "école",
        "personal",
        "Tu peux récupérer les enfants à 16h30 ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=NICO,
        offset=lambda d: "+0100",
        clock="09:55:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="20:10:00",
        tag="fourhundredsixtyfour",
        host="orange.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
