"""A six-hundred-and-thirty-ninth mailbox, written as a held-out check after the six-hundred-and-thirty-eighth
(issue #24).

Camille Bernard, a UX designer in Lyon, exports her Gmail (in French: "Boîte de réception", "Messages envoyés") with
Takeout. Her mail is French: Welcome to the Jungle's "Votre candidature chez Doctolib a bien été envoyée",
BlaBlaCar's Lever "Merci pour votre candidature", Back Market's SmartRecruiters "Nous avons bien reçu votre
candidature", Groupe SEB's own site "Accusé de réception de votre candidature", Doctolib's recruiter "Je vous propose
un premier échange téléphonique", BlaBlaCar's "nous ne sommes malheureusement pas en mesure de donner une suite
favorable", Doctolib's "entretien avec l'équipe design" then "rencontrer l'équipe dans nos locaux" for a final day,
her thanks, Doctolib's "proposition d'embauche", her acceptance, Back Market's "nous avons choisi de poursuivre avec
un autre profil", and her withdrawal from Groupe SEB. Negatives: Welcome to the Jungle's alert, APEC's newsletter, a
headhunter's LinkedIn approach, Doctolib's own patient mail, her bank and a friend. ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.bernard.ux@gmail.com"
ME = f"Camille Bernard <{CAMILLE}>"
WTTJ = "Welcome to the Jungle <noreply@welcometothejungle.example>"
BLA = "BlaBlaCar <no-reply@hire.lever.example>"
BACK = "Back Market <noreply@smartrecruiters.example>"
SEB = "Groupe SEB Recrutement <recrutement@groupeseb.example>"
DOCR = "Léa Martin <lea.martin@doctolib.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Doctolib",
        "applied",
        "2025-05-05",
        WTTJ,
        "Votre candidature chez Doctolib a bien été envoyée",
        "Bonjour Camille,\n\nVotre candidature pour le poste de Product Designer chez Doctolib a bien été envoyée. "
        "L'entreprise reviendra vers vous directement.\n\nL'équipe Welcome to the Jungle",
        "t-doc",
    ),
    (
        "BlaBlaCar",
        "applied",
        "2025-05-06",
        BLA,
        "Merci pour votre candidature",
        "Bonjour Camille,\n\nMerci pour votre candidature au poste de UX Designer chez BlaBlaCar. Notre équipe va "
        "l'étudier avec attention et reviendra vers vous rapidement.\n\nL'équipe Talent de BlaBlaCar",
        "t-bla",
    ),
    (
        "Back Market",
        "applied",
        "2025-05-06",
        BACK,
        "Nous avons bien reçu votre candidature",
        "Bonjour Camille,\n\nNous avons bien reçu votre candidature pour le poste de Senior UX Designer et vous "
        "remercions de l'intérêt que vous portez à Back Market.\n\nL'équipe Recrutement",
        "t-back",
    ),
    (
        "Groupe SEB",
        "applied",
        "2025-05-07",
        SEB,
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous accusons réception de votre candidature au poste de Designer UX/UI basé à Écully et vous en "
        "remercions. Elle sera étudiée avec la plus grande attention.\n\nLa Direction des Ressources Humaines\n"
        "Groupe SEB",
        "t-seb",
    ),
    (
        "Doctolib",
        "screen",
        "2025-05-12",
        DOCR,
        "Votre candidature Product Designer - Doctolib",
        "Bonjour Camille,\n\nJ'ai bien reçu votre candidature et votre portfolio m'a beaucoup plu. Je vous propose un "
        "premier échange téléphonique de 30 minutes cette semaine. Quelles sont vos disponibilités ?\n\nBelle "
        "journée,\nLéa Martin\nTalent Acquisition - Doctolib",
        "t-doc2",
    ),
    (
        "BlaBlaCar",
        "rejected",
        "2025-05-14",
        BLA,
        "Votre candidature chez BlaBlaCar",
        "Bonjour Camille,\n\nNous vous remercions pour l'intérêt porté à BlaBlaCar. Après étude de votre profil, nous "
        "ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.\n\nL'équipe "
        "Talent de BlaBlaCar",
        "t-bla",
    ),
    (
        "Doctolib",
        "interview",
        "2025-05-19",
        DOCR,
        "RE: Votre candidature Product Designer - Doctolib",
        "Bonjour Camille,\n\nSuite à notre échange, je suis ravie de vous proposer un entretien avec l'équipe design "
        "mardi 27 mai à 14h en visio.\n\nLéa",
        "t-doc2",
    ),
    (
        "Doctolib",
        "onsite",
        "2025-05-30",
        DOCR,
        "Dernière étape - Doctolib",
        "Bonjour Camille,\n\nBonne nouvelle : nous aimerions vous faire rencontrer l'équipe dans nos locaux à Paris "
        "le 5 juin pour la dernière étape du processus (une demi-journée).\n\nLéa",
        "t-doc3",
    ),
    (
        "Back Market",
        "rejected",
        "2025-06-02",
        BACK,
        "Votre candidature chez Back Market",
        "Bonjour Camille,\n\nMerci pour le temps consacré à votre candidature. Nous avons choisi de poursuivre avec un "
        "autre profil dont l'expérience correspond davantage à nos besoins actuels.\n\nL'équipe Recrutement",
        "t-back",
    ),
    (
        "Doctolib",
        "thank_you",
        "2025-06-05",
        ME,
        "Merci pour cette journée",
        "Bonjour Léa,\n\nMerci pour l'organisation de cette journée, j'ai été ravie de rencontrer toute l'équipe.\n\n"
        "Bien à vous,\nCamille",
        "t-doc3",
    ),
    (
        "Groupe SEB",
        "withdrew",
        "2025-06-06",
        ME,
        "Retrait de ma candidature - Designer UX/UI",
        "Madame, Monsieur,\n\nJe vous informe que je souhaite retirer ma candidature au poste de Designer UX/UI, "
        "ayant accepté une autre proposition.\n\nCordialement,\nCamille Bernard",
        "t-seb",
    ),
    (
        "Doctolib",
        "offer",
        "2025-06-10",
        DOCR,
        "Proposition d'embauche - Doctolib",
        "Bonjour Camille,\n\nJ'ai le plaisir de vous adresser notre proposition d'embauche pour le poste de Product "
        "Designer en CDI. Vous trouverez la promesse d'embauche en pièce jointe.\n\nLéa",
        "t-doc4",
    ),
    (
        "Doctolib",
        "accepted",
        "2025-06-11",
        ME,
        "RE: Proposition d'embauche - Doctolib",
        "Bonjour Léa,\n\nJ'accepte avec grand plaisir votre proposition ! Je vous renvoie la promesse signée.\n\n"
        "Camille",
        "t-doc4",
    ),
]

_NEGATIVES = [
    (
        "Welcome to the Jungle <alertes@welcometothejungle.example>",
        "5 nouvelles offres pour vous",
        "alert",
        "Product Designer chez Alan. UX Designer chez Qonto. Voir les offres. Gérer mes alertes.",
    ),
    (
        "Apec <newsletter@apec.example>",
        "La lettre des cadres",
        "newsletter",
        "Les tendances du marché de l'emploi cadre. Se désabonner.",
    ),
    (
        "LinkedIn <inmail-hit-reply@linkedin.example>",
        "Camille, vous avez un nouveau message",
        "outreach",
        "Julien Roux, chasseur de têtes chez Michael Page : Bonjour Camille, je recrute un Lead Designer pour un client "
        "lyonnais. Seriez-vous ouverte à en discuter ?",
    ),
    (
        "Doctolib <no-reply@doctolib.example>",
        "Rappel de votre rendez-vous",
        "other",
        "Rappel : rendez-vous chez le Dr Petit demain à 9h30.",
    ),
    (
        "Crédit Agricole <info@credit-agricole.example>",
        "Votre relevé de compte",
        "other",
        "Votre relevé mensuel est disponible dans votre espace client.",
    ),
    (
        "Manon <manon.dubois@gmail.example>",
        "Ciné ce soir ?",
        "personal",
        "On va voir le film ce soir ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    return localized_labels(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=CAMILLE,
            own_to={"Doctolib": DOCR, "Groupe SEB": SEB},
            offset="+0200",
            clock="09:35:00",
            neg_start="2025-05-04",
            neg_step=6,
            neg_clock="20:45:00",
            tag="sixhundredthirtynine",
        ),
        sent="Messages envoyés",
        inbox="Boîte de réception",
        owner=CAMILLE,
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Tous les messages, y compris ceux du dossier Spam.mbox", msgs or messages())
