"""A three-hundred-and-forty-fourth mailbox, written as a held-out check after the three-hundred-and-forty-third
(issue #24).

Camille, a product designer in Paris, saves her mail from Outlook as .eml files.  French mail as employers write it:
Welcome to the Jungle's "Votre candidature chez Maison Sérac a bien été envoyée", a Taleo "Accusé de réception de votre
candidature", a recruiter's "je vous propose un premier échange téléphonique", "un entretien avec notre directrice du
design", "un cas pratique à nous rendre", "nous ne pouvons malheureusement pas donner une suite favorable à votre
candidature", "nous avons le plaisir de vous proposer le poste", her own "Je suis ravie d'accepter votre proposition",
her follow-up ("Je me permets de revenir vers vous") and her declining a second offer.  Negatives: an Indeed alert in
French, APEC's newsletter, a SNCF ticket, a Doctolib reminder, a Fnac promotion, her friend.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.roussel.design@outlook.fr"
ME = f"Camille Roussel <{CAMILLE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Maison Sérac",
        "applied",
        "2025-03-10",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature chez Maison Sérac a bien été envoyée",
        "Bonjour Camille,\n\nVotre candidature pour le poste de Product Designer Senior chez Maison Sérac a bien été "
        "envoyée. L'entreprise reviendra vers vous si votre profil correspond.\n\nL'équipe Welcome to the Jungle",
        None,
    ),
    (
        "Banque Atlantique",
        "applied",
        "2025-03-11",
        "Banque Atlantique <recrutement@taleo.net>",
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous accusons réception de votre candidature au poste de UX Designer (réf. 25-0412) et vous "
        "remercions de l'intérêt que vous portez à Banque Atlantique. Nous étudions votre dossier avec attention.\n\n"
        "La Direction des Ressources Humaines",
        None,
    ),
    (
        "Lumio",
        "applied",
        "2025-03-12",
        ME,
        "Candidature - Product Designer",
        "Bonjour,\n\nJe vous adresse ma candidature pour le poste de Product Designer publié sur votre site. Vous "
        "trouverez mon CV et mon portfolio en pièces jointes.\n\nBien cordialement,\nCamille Roussel",
        "Lumio Recrutement <jobs@lumio.fr>",
    ),
    (
        "Maison Sérac",
        "screen",
        "2025-03-14",
        "Inès Faure <ines.faure@maisonserac.com>",
        "Votre candidature - Product Designer Senior",
        "Bonjour Camille,\n\nMerci pour votre candidature, votre portfolio a retenu notre attention ! Je vous propose un "
        "premier échange téléphonique de 30 minutes pour faire connaissance. Seriez-vous disponible mardi ou mercredi "
        "?\n\nBelle journée,\nInès Faure\nTalent Acquisition Manager",
        None,
    ),
    (
        "Lumio",
        "follow_up",
        "2025-03-24",
        ME,
        "RE: Candidature - Product Designer",
        "Bonjour,\n\nJe me permets de revenir vers vous concernant ma candidature au poste de Product Designer. Je reste "
        "très motivée par votre projet.\n\nBien cordialement,\nCamille Roussel",
        "Lumio Recrutement <jobs@lumio.fr>",
    ),
    (
        "Maison Sérac",
        "interview",
        "2025-03-20",
        "Inès Faure <ines.faure@maisonserac.com>",
        "Entretien - Product Designer Senior",
        "Bonjour Camille,\n\nSuite à notre échange, je suis ravie de vous proposer un entretien avec notre directrice du "
        "design, Claire Morel, le jeudi 27 mars à 15h dans nos locaux. Nous vous enverrons ensuite un cas pratique à "
        "nous rendre.\n\nBelle journée,\nInès",
        None,
    ),
    (
        "Banque Atlantique",
        "rejected",
        "2025-03-25",
        "Banque Atlantique <recrutement@taleo.net>",
        "Votre candidature au poste de UX Designer",
        "Madame,\n\nNous vous remercions de l'intérêt que vous avez porté à notre établissement. Après étude attentive "
        "de votre dossier, nous ne pouvons malheureusement pas donner une suite favorable à votre candidature.\n\nNous "
        "vous souhaitons pleine réussite dans vos recherches.\n\nLa Direction des Ressources Humaines",
        None,
    ),
    (
        "Lumio",
        "offer",
        "2025-04-02",
        "Hugo Lemaire <hugo@lumio.fr>",
        "RE: Candidature - Product Designer",
        "Bonjour Camille,\n\nSuite à nos échanges et à votre rencontre avec l'équipe, nous avons le plaisir de vous "
        "proposer le poste de Product Designer chez Lumio. Vous trouverez notre proposition détaillée en pièce "
        "jointe.\n\nBien à vous,\nHugo Lemaire\nCEO",
        None,
    ),
    (
        "Maison Sérac",
        "offer",
        "2025-04-03",
        "Inès Faure <ines.faure@maisonserac.com>",
        "Proposition - Product Designer Senior",
        "Bonjour Camille,\n\nJ'ai le plaisir de vous annoncer que l'équipe souhaite vous accueillir ! Nous vous "
        "proposons le poste de Product Designer Senior en CDI, avec une rémunération de 58 000 euros bruts annuels.\n\n"
        "Belle journée,\nInès",
        None,
    ),
    (
        "Maison Sérac",
        "accepted",
        "2025-04-04",
        ME,
        "RE: Proposition - Product Designer Senior",
        "Bonjour Inès,\n\nMerci beaucoup ! Je suis ravie d'accepter votre proposition et j'ai hâte de rejoindre "
        "l'équipe.\n\nBien cordialement,\nCamille",
        "Inès Faure <ines.faure@maisonserac.com>",
    ),
    (
        "Lumio",
        "declined",
        "2025-04-04",
        ME,
        "RE: Candidature - Product Designer",
        "Bonjour Hugo,\n\nMerci beaucoup pour votre proposition. Après mûre réflexion, j'ai décidé de ne pas y donner "
        "suite, ayant accepté un autre poste. Je vous souhaite le meilleur pour la suite de Lumio.\n\nBien "
        "cordialement,\nCamille",
        "Hugo Lemaire <hugo@lumio.fr>",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Product Designer : 14 nouvelles offres à Paris",
        "alert",
        "Product Designer - Doctolib - Paris (75)\nUX Designer - BlaBlaCar - Paris (75)\n\nVoir toutes les offres",
    ),
    (
        "Apec <newsletter@apec.fr>",
        "Votre lettre Apec : négocier son salaire",
        "newsletter",
        "Les conseils de nos experts pour négocier votre salaire et les offres de la semaine.",
    ),
    (
        "SNCF Connect <confirmation@sncf-connect.example>",
        "Confirmation de votre commande",
        "other",
        "Votre voyage Paris - Lyon du samedi 15 mars est confirmé.",
    ),
    (
        "Doctolib <no-reply@doctolib.example>",
        "Rappel de votre rendez-vous",
        "other",
        "Rappel : votre rendez-vous avec le Dr Martin demain à 9h30.",
    ),
    (
        "Fnac <newsletter@fnac.example>",
        "Les Journées Fnac : jusqu'à -30%",
        "shop",
        "Profitez de nos offres sur les livres, la musique et le high-tech.",
    ),
    (
        "Léa Martin <lea.martin@free.example>",
        "apéro vendredi ?",
        "personal",
        "On se fait un apéro vendredi au canal ?",
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
        clock="10:05:00",
        neg_start="2025-03-09",
        neg_step=5,
        neg_clock="20:15:00",
        tag="threehundredfortyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), CAMILLE)
