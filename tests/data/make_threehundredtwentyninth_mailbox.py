"""A three-hundred-and-twenty-ninth mailbox, written as a held-out check after the three-hundred-and-twenty-eighth
(issue #24).

Julien, a financial controller in Lyon, exports Gmail with Takeout.  French recruitment firms as they write: a
consultant's "j'ai positionné votre candidature auprès de mon client, un acteur majeur de l'énergie" and later "il
s'agit de Rhône Énergies ; le DAF souhaite vous rencontrer", a second firm's "votre dossier a été présenté à la société
Saône Logistique", "le client a retenu un autre profil", an APEC receipt for a direct application and its "nous ne
donnerons pas suite", a "promesse d'embauche" through the consultant and his own "je vous confirme mon accord".
Negatives: APEC's alert, a Cadremploi newsletter, a SNCF ticket, a Fnac promotion, a TCL notice, his sister.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JULIEN = "julien.moreau.cdg@gmail.com"
ME = f"Julien Moreau <{JULIEN}>"

_OWN_TO = {
    "Rhône Énergies": "Camille Bernard <c.bernard@cabinet-confluence.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Rhône Énergies",
        "applied",
        "2025-09-08",
        "Camille Bernard <c.bernard@cabinet-confluence.example>",
        "Poste de contrôleur financier",
        "Bonjour Julien,\n\nSuite à notre échange téléphonique, j'ai positionné votre candidature auprès de mon client, "
        "un acteur majeur de l'énergie en Auvergne-Rhône-Alpes, pour le poste de contrôleur financier.\n\nBien "
        "cordialement,\nCamille Bernard\nConsultante | Cabinet Confluence",
        "r1",
    ),
    (
        "Presqu'île Assurances",
        "applied",
        "2025-09-09",
        "APEC <noreply@apec.fr>",
        "Votre candidature a bien été envoyée",
        "Bonjour Julien,\n\nVotre candidature pour l'offre Contrôleur de gestion H/F chez Presqu'île Assurances a bien "
        "été envoyée au recruteur.\n\nL'équipe Apec",
        "p1",
    ),
    (
        "Saône Logistique",
        "applied",
        "2025-09-10",
        "Antoine Leroy <a.leroy@rh-partenaires.example>",
        "Votre candidature - Responsable contrôle de gestion",
        "Bonjour Julien,\n\nJe vous confirme que votre dossier a été présenté à la société Saône Logistique pour le poste "
        "de responsable contrôle de gestion. Je reviens vers vous dès que j'ai un retour.\n\nCordialement,\nAntoine "
        "Leroy\nRH Partenaires",
        "s1",
    ),
    (
        "Rhône Énergies",
        "interview",
        "2025-09-15",
        "Camille Bernard <c.bernard@cabinet-confluence.example>",
        "RE: Poste de contrôleur financier",
        "Bonjour Julien,\n\nBonne nouvelle : il s'agit de Rhône Énergies, et le DAF souhaite vous rencontrer jeudi 18 "
        "septembre à 14h dans leurs locaux de la Part-Dieu.\n\nBien cordialement,\nCamille",
        "r1",
    ),
    (
        "Saône Logistique",
        "rejected",
        "2025-09-17",
        "Antoine Leroy <a.leroy@rh-partenaires.example>",
        "RE: Votre candidature - Responsable contrôle de gestion",
        "Bonjour Julien,\n\nJe reviens vers vous : le client a retenu un autre profil, plus expérimenté dans le transport. "
        "Je ne manquerai pas de vous recontacter.\n\nCordialement,\nAntoine",
        "s1",
    ),
    (
        "Presqu'île Assurances",
        "rejected",
        "2025-09-22",
        "Presqu'île Assurances <recrutement@presquile-assurances.example>",
        "Votre candidature",
        "Monsieur,\n\nNous vous remercions de l'intérêt que vous portez à Presqu'île Assurances. Après étude de votre "
        "dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.\n\nLe "
        "service recrutement",
        "p2",
    ),
    (
        "Rhône Énergies",
        "offer",
        "2025-09-26",
        "Camille Bernard <c.bernard@cabinet-confluence.example>",
        "Proposition Rhône Énergies",
        "Bonjour Julien,\n\nExcellente nouvelle : Rhône Énergies souhaite vous faire une proposition - 58 k€ fixe, 10 % "
        "de variable, démarrage le 3 novembre. La promesse d'embauche vous sera envoyée demain.\n\nBien cordialement,\n"
        "Camille",
        "r2",
    ),
    (
        "Rhône Énergies",
        "accepted",
        "2025-09-27",
        ME,
        "RE: Proposition Rhône Énergies",
        "Bonjour Camille,\n\nMerci beaucoup ! Je vous confirme mon accord pour la proposition de Rhône Énergies.\n\nBien "
        "cordialement,\nJulien",
        "r2",
    ),
]

_NEGATIVES = [
    (
        "Apec <alertes@apec.fr>",
        "Nouvelles offres : contrôleur de gestion à Lyon",
        "alert",
        "Contrôleur de gestion - Lyon 3e. Contrôleur financier - Villeurbanne. Postulez.",
    ),
    (
        "Cadremploi <newsletter@cadremploi.example>",
        "La lettre des cadres",
        "newsletter",
        "Ce mois-ci : les salaires des fonctions finance en 2025.",
    ),
    (
        "SNCF Connect <billets@sncf.example>",
        "Votre billet Lyon - Paris",
        "other",
        "Votre e-billet Lyon Part-Dieu - Paris Gare de Lyon du 4 octobre est disponible.",
    ),
    (
        "Fnac <offres@fnac.example>",
        "Les offres adhérents",
        "shop",
        "Jusqu'à -30 % sur une sélection de livres et de vinyles.",
    ),
    (
        "TCL <info@tcl.example>",
        "Travaux métro B",
        "other",
        "En raison de travaux, le métro B ne circulera pas ce week-end entre Saxe-Gambetta et Oullins.",
    ),
    (
        "Élodie Moreau <elodie.moreau@orange.example>",
        "dimanche",
        "personal",
        "Tu viens déjeuner dimanche chez les parents ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JULIEN,
        own_to=_OWN_TO,
        offset="+0200",
        clock="10:50:00",
        neg_start="2025-09-07",
        neg_step=5,
        neg_clock="19:55:00",
        tag="threehundredtwentynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
