"""A ninety-first mailbox, written as a held-out check after the ninetieth's fixes (issue #24).

Camille, a logistics engineer in Marseille, saves her Outlook mail as .eml files (no labels, no Delivered-To).  French
employers and tracking systems write in their own ways: Workday and SmartRecruiters in French ("Nous avons bien reçu
votre candidature"), a port operator's HR ("Suite à l'examen de votre dossier, nous avons le plaisir de vous
convier à un entretien"), an "entretien téléphonique" with a chargée de recrutement, a "cas pratique" to present,
a "promesse d'embauche", "nous ne sommes malheureusement pas en mesure de donner une suite favorable", "le poste a
été pourvu en interne"; her own "je vous confirme mon accord" and a relance.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.roux.log@outlook.fr"
_ME = f"Camille Roux <{CAMILLE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Phocéa Terminaux (own HR; interview; cas pratique; promesse d'embauche; accord)
    (
        "Phocéa Terminaux",
        "applied",
        "2025-09-01",
        "Phocéa Terminaux - Recrutement <recrutement@phocea-terminaux.fr>",
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous accusons bonne réception de votre candidature au poste d'Ingénieure Méthodes Logistique et "
        "vous remercions de l'intérêt que vous portez à Phocéa Terminaux.\n\nLe service Ressources Humaines",
        None,
    ),
    (
        "Phocéa Terminaux",
        "interview",
        "2025-09-10",
        "Sandrine Lopez <s.lopez@phocea-terminaux.fr>",
        "Votre candidature - Ingénieure Méthodes Logistique",
        "Madame,\n\nSuite à l'examen de votre dossier, nous avons le plaisir de vous convier à un entretien avec le "
        "responsable des opérations le jeudi 18 septembre à 10h dans nos locaux du port.\n\nBien cordialement,\n"
        "Sandrine Lopez\nChargée de recrutement",
        None,
    ),
    (
        "Phocéa Terminaux",
        "onsite",
        "2025-09-22",
        "Sandrine Lopez <s.lopez@phocea-terminaux.fr>",
        "Dernière étape : cas pratique",
        "Madame,\n\nPour la dernière étape du processus, nous vous proposons de présenter un cas pratique devant le "
        "comité de direction le 1er octobre à 14h.\n\nBien cordialement,\nSandrine Lopez",
        None,
    ),
    (
        "Phocéa Terminaux",
        "offer",
        "2025-10-06",
        "Sandrine Lopez <s.lopez@phocea-terminaux.fr>",
        "Promesse d'embauche",
        "Madame,\n\nNous avons le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste "
        "d'Ingénieure Méthodes Logistique.\n\nBien cordialement,\nSandrine Lopez",
        None,
    ),
    (
        "Phocéa Terminaux",
        "accepted",
        "2025-10-08",
        _ME,
        "RE: Promesse d'embauche",
        "Madame Lopez,\n\nJe vous remercie pour votre proposition et vous confirme mon accord. Vous trouverez la "
        "promesse signée en pièce jointe.\n\nBien cordialement,\nCamille Roux",
        "Sandrine Lopez <s.lopez@phocea-terminaux.fr>",
    ),
    # Calanques Distribution (Workday in French; entretien téléphonique; refus)
    (
        "Calanques Distribution",
        "applied",
        "2025-09-02",
        "Calanques Distribution <calanques@myworkday.com>",
        "Nous avons bien reçu votre candidature",
        "Bonjour Camille,\n\nNous avons bien reçu votre candidature pour le poste de Responsable Supply Chain chez "
        "Calanques Distribution. Notre équipe recrutement l'étudie avec attention.\n\nL'équipe Talent Acquisition",
        None,
    ),
    (
        "Calanques Distribution",
        "screen",
        "2025-09-09",
        "Julie Martin <julie.martin@calanques-distribution.fr>",
        "Entretien téléphonique",
        "Bonjour Camille,\n\nJe suis chargée de recrutement chez Calanques Distribution. Seriez-vous disponible pour un "
        "entretien téléphonique de 20 minutes vendredi matin ?\n\nBelle journée,\nJulie",
        None,
    ),
    (
        "Calanques Distribution",
        "rejected",
        "2025-09-19",
        "Calanques Distribution <calanques@myworkday.com>",
        "Votre candidature chez Calanques Distribution",
        "Bonjour Camille,\n\nNous vous remercions de l'intérêt porté à notre entreprise. Après étude attentive, nous "
        "ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.\n\nL'équipe "
        "Talent Acquisition",
        None,
    ),
    # Mistral Fret (SmartRecruiters in French; poste pourvu en interne)
    (
        "Mistral Fret",
        "applied",
        "2025-09-03",
        "Mistral Fret <noreply@smartrecruiters.com>",
        "Merci pour votre candidature chez Mistral Fret",
        "Bonjour Camille,\n\nMerci d'avoir postulé au poste de Chef de projet Transport. Votre candidature a bien été "
        "transmise à l'équipe de recrutement de Mistral Fret.\n\nCordialement,\nMistral Fret",
        None,
    ),
    (
        "Mistral Fret",
        "follow_up",
        "2025-09-24",
        _ME,
        "Candidature - Chef de projet Transport",
        "Bonjour,\n\nJe me permets de revenir vers vous concernant ma candidature au poste de Chef de projet "
        "Transport, envoyée le 3 septembre.\n\nCordialement,\nCamille Roux",
        "Recrutement Mistral Fret <recrutement@mistral-fret.fr>",
    ),
    (
        "Mistral Fret",
        "rejected",
        "2025-09-26",
        "Recrutement Mistral Fret <recrutement@mistral-fret.fr>",
        "RE: Candidature - Chef de projet Transport",
        "Bonjour Camille,\n\nMerci pour votre message. Le poste a été pourvu en interne, nous ne pouvons donc pas "
        "donner suite à votre candidature. Nous conservons votre CV.\n\nCordialement,\nL'équipe Recrutement",
        None,
    ),
    # Garlaban Emballages (a job site; silence)
    (
        "Garlaban Emballages",
        "applied",
        "2025-09-05",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature a bien été envoyée",
        "Bonjour Camille,\n\nVotre candidature pour l'offre « Ingénieur Logistique H/F » de Garlaban Emballages a bien "
        "été envoyée au recruteur.\n\nL'équipe HelloWork",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Nouveaux emplois : Ingénieur logistique à Marseille",
        "alert",
        "Ingénieur Logistique - Phocéa Terminaux\nResponsable Supply Chain - Calanques Distribution\nVoir tous les emplois",
    ),
    (
        "APEC <newsletter@apec.fr>",
        "La lettre des cadres",
        "newsletter",
        "Les tendances du marché de l'emploi cadre. Se désabonner",
    ),
    (
        "Hugo Bernard <hugo.bernard@cabinet-talents.example>",
        "Opportunité - Directeur Supply Chain",
        "outreach",
        "Bonjour Camille, je me permets de vous contacter au sujet d'une opportunité de Directeur Supply Chain chez "
        "un de nos clients. Seriez-vous ouverte à un échange ?",
    ),
    (
        "SNCF Connect <confirmation@sncf-connect.example>",
        "Confirmation de votre voyage",
        "shop",
        "Marseille - Paris, 18 septembre. Bon voyage !",
    ),
    (
        "Phocéa Terminaux <rh@phocea-terminaux.fr>",
        "Votre intégration : documents à fournir",
        "onboarding",
        "Bienvenue ! Merci de nous transmettre votre RIB, votre carte Vitale et une pièce d'identité avant votre "
        "arrivée.",
    ),
    (
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Votre profil a été consulté",
        "viewed",
        "Une entreprise a consulté votre profil cette semaine.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (her own sent to ``to``), then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="+0200",
        clock="11:05:00",
        neg_start="2025-09-04",
        neg_step=5,
        neg_clock="07:20:00",
        tag="ninetyone",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(Path(folder) / "outlook", msgs if msgs is not None else messages(), CAMILLE)
