"""A three-hundred-and-fifty-seventh mailbox, written as a held-out check after the three-hundred-and-fifty-sixth
(issue #24).

Émilie, a bilingual HR advisor in Montréal, saves her mail from Outlook as .eml files.  Québec recruiting as it writes,
in French and English: a placement firm's "Tel que discuté, j'ai soumis votre candidature chez notre client, une
société d'assurance de la Rive-Sud", "Notre client, Assurances Beloeil, aimerait vous rencontrer en entrevue mardi",
"malheureusement, le client a retenu une autre candidature", a hospital network's "Nous accusons réception de votre
candidature" and "Nous aimerions vous convier à une entrevue téléphonique", a software company's English "Thanks for
applying" through Lever and "we'd like to move you to the next round: a panel interview", "offre d'emploi" from the
hospital network, her "J'accepte avec grand plaisir l'offre", and her withdrawal from the software company.
Negatives: Jobboom's alert, an Ordre des CRHA newsletter, an STM notice, a Hydro-Québec bill, an SAQ promotion, her
brother.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EMILIE = "emilie.gagnon.rh@videotron.ca"
ME = f"Émilie Gagnon <{EMILIE}>"
FIRME = "Isabelle Roy <iroy@placementsrivesud.ca>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Assurances Beloeil",
        "applied",
        "2025-10-06",
        FIRME,
        "Conseillère RH - Rive-Sud",
        "Bonjour Émilie,\n\nTel que discuté, j'ai soumis votre candidature chez notre client, une société d'assurance de "
        "la Rive-Sud, pour le poste de conseillère en ressources humaines. Je vous reviens dès que j'ai des nouvelles.\n\n"
        "Isabelle Roy\nConseillère principale, Placements Rive-Sud",
        None,
    ),
    (
        "CIUSSS du Nord-de-l'Île",
        "applied",
        "2025-10-07",
        "CIUSSS du Nord-de-l'Île <recrutement@ciusss-nordmtl.gouv.qc.ca>",
        "Accusé de réception - Conseillère en gestion des ressources humaines",
        "Madame,\n\nNous accusons réception de votre candidature pour le poste de conseillère en gestion des ressources "
        "humaines (affichage 2025-RH-118). Seules les personnes retenues seront contactées.\n\nDirection des ressources "
        "humaines\nCIUSSS du Nord-de-l'Île",
        None,
    ),
    (
        "Pixelcraft Studios",
        "applied",
        "2025-10-08",
        "Pixelcraft Studios <no-reply@hire.lever.co>",
        "Thanks for applying to Pixelcraft Studios",
        "Hi Émilie,\n\nThanks for applying for the HR Business Partner role at Pixelcraft Studios. We'll review your "
        "application and get back to you soon.\n\nPixelcraft Studios Talent Team",
        None,
    ),
    (
        "Assurances Beloeil",
        "interview",
        "2025-10-10",
        FIRME,
        "RE: Conseillère RH - Rive-Sud",
        "Bonjour Émilie,\n\nBonne nouvelle ! Notre client, Assurances Beloeil, aimerait vous rencontrer en entrevue mardi "
        "prochain à 10 h à leurs bureaux de Beloeil.\n\nIsabelle",
        None,
    ),
    (
        "CIUSSS du Nord-de-l'Île",
        "screen",
        "2025-10-14",
        "Julie Tremblay <julie.tremblay.rh@ciusss-nordmtl.gouv.qc.ca>",
        "Entrevue téléphonique - Conseillère en gestion des ressources humaines",
        "Bonjour Madame Gagnon,\n\nNous aimerions vous convier à une entrevue téléphonique de 20 minutes afin de discuter "
        "de votre candidature. Seriez-vous disponible jeudi?\n\nJulie Tremblay\nConseillère en acquisition de talents",
        None,
    ),
    (
        "Pixelcraft Studios",
        "onsite",
        "2025-10-15",
        "Ryan Cho <ryan.cho@pixelcraftstudios.com>",
        "Pixelcraft Studios - next steps",
        "Hi Émilie,\n\nThanks for the great chat last week! We'd like to move you to the next round: a panel interview "
        "with our VP People and two team leads.\n\nRyan Cho\nTalent Partner",
        None,
    ),
    (
        "Assurances Beloeil",
        "rejected",
        "2025-10-20",
        FIRME,
        "RE: Conseillère RH - Rive-Sud",
        "Bonjour Émilie,\n\nMalheureusement, le client a retenu une autre candidature. Je vous remercie de votre "
        "confiance et je vous garde en tête pour d'autres mandats.\n\nIsabelle",
        None,
    ),
    (
        "CIUSSS du Nord-de-l'Île",
        "offer",
        "2025-10-24",
        "Julie Tremblay <julie.tremblay.rh@ciusss-nordmtl.gouv.qc.ca>",
        "Offre d'emploi - Conseillère en gestion des ressources humaines",
        "Bonjour Madame Gagnon,\n\nÀ la suite de votre entrevue, nous avons le plaisir de vous offrir le poste de "
        "conseillère en gestion des ressources humaines, à temps complet, à l'échelon 9.\n\nJulie Tremblay",
        None,
    ),
    (
        "CIUSSS du Nord-de-l'Île",
        "accepted",
        "2025-10-27",
        ME,
        "RE: Offre d'emploi - Conseillère en gestion des ressources humaines",
        "Bonjour Madame Tremblay,\n\nJ'accepte avec grand plaisir l'offre. Merci beaucoup!\n\nÉmilie Gagnon",
        "Julie Tremblay <julie.tremblay.rh@ciusss-nordmtl.gouv.qc.ca>",
    ),
    (
        "Pixelcraft Studios",
        "withdrew",
        "2025-10-27",
        ME,
        "RE: Pixelcraft Studios - next steps",
        "Hi Ryan,\n\nThank you for the opportunity. I've accepted another position and would like to withdraw from the "
        "process.\n\nBest,\nÉmilie",
        "Ryan Cho <ryan.cho@pixelcraftstudios.com>",
    ),
]

_NEGATIVES = [
    (
        "Jobboom <alertes@jobboom.com>",
        "Nouveaux emplois : conseiller RH à Montréal",
        "alert",
        "12 nouveaux emplois correspondent à votre alerte. Voir les offres.",
    ),
    (
        "Ordre des CRHA <info@ordrecrha.example>",
        "Infolettre d'octobre",
        "newsletter",
        "Formations, webinaires et nouvelles de la profession.",
    ),
    (
        "STM <info@stm.example>",
        "Interruption de service ligne orange",
        "other",
        "Le service est interrompu entre Berri-UQAM et Jean-Talon ce week-end.",
    ),
    (
        "Hydro-Québec <facture@hydroquebec.example>",
        "Votre facture est prête",
        "other",
        "Votre facture d'électricité est disponible dans votre Espace client.",
    ),
    (
        "SAQ <info@saq.example>",
        "Les nouveautés de l'automne",
        "shop",
        "Découvrez nos vins d'automne.",
    ),
    (
        "Mathieu Gagnon <mathieu.gagnon@gmail.example>",
        "souper dimanche",
        "personal",
        "Souper chez maman dimanche? Apporte le dessert.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="10:35:00",
        neg_start="2025-10-05",
        neg_step=4,
        neg_clock="19:40:00",
        tag="threehundredfiftyseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), EMILIE)
