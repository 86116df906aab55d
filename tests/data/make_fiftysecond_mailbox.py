"""A fifty-second mailbox, written as a held-out check after the fifty-first's fixes (issue #24).

Camille, a supply-chain analyst in Nantes, keeps her mail in Thunderbird (a plain mbox from Orange's webmail, all
in French).  Welcome to the Jungle, Indeed and Taleo confirm her applications; a recruitment firm presents her to
its client; an employer books a video interview through Google Agenda ("Invitation: ... @ jeu. 16 oct. 2025"); a
"promesse d'embauche" she accepts; refusals in their French forms ("nous ne donnerons pas de suite favorable",
"votre profil n'a pas été retenu", "nous sommes au regret"); her "relance" and her "désistement".  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.morel44@orange.fr"
_ME = f"Camille Morel <{CAMILLE}>"

_AGENDA = (
    "Vous avez été invitée à l'événement suivant.\n\n{title}\nQuand\n{when}\nInformations de connexion\nParticiper "
    "avec Google Meet\nmeet.google.com/loi-rtzs-pqa\n\nInvités\n{organizer} - organisateur\nCamille Morel\n\n"
    "Répondre pour camille.morel44@orange.fr\nOui\nNon\nPeut-être\nPlus d'options\n\nInvitation de Google Agenda\n\n"
    "Vous recevez cet e-mail, car vous êtes invité à cet événement."
)

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    # 0-4 Atlantique Distribution (Welcome to the Jungle; a video interview through Google Agenda; an on-site
    # interview; a "promesse d'embauche" she accepts)
    (
        "Atlantique Distribution",
        "applied",
        "2025-09-08",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature chez Atlantique Distribution",
        "Bonjour Camille,\n\nVotre candidature pour le poste d'Analyste Supply Chain chez Atlantique Distribution a "
        "bien été envoyée. Bonne chance !\n\nL'équipe Welcome to the Jungle",
        None,
    ),
    (
        "Atlantique Distribution",
        "interview",
        "2025-09-15",
        "Julie Fabre <julie.fabre@atlantique-distribution.fr>",
        "Invitation: Entretien visio - Camille Morel / Analyste Supply Chain @ jeu. 18 sept. 2025 10:00 - 11:00 (UTC+2) "
        "(camille.morel44@orange.fr)",
        _AGENDA.format(
            title="Entretien visio - Camille Morel / Analyste Supply Chain",
            when="jeu. 18 sept. 2025 10:00 - 11:00 (heure d'été d'Europe centrale - Paris)",
            organizer="Julie Fabre",
        ),
        None,
    ),
    (
        "Atlantique Distribution",
        "onsite",
        "2025-09-24",
        "Julie Fabre <julie.fabre@atlantique-distribution.fr>",
        "Suite de votre candidature - Analyste Supply Chain",
        "Bonjour Camille,\n\nSuite à notre échange de jeudi, nous avons le plaisir de vous convier à un dernier "
        "entretien sur notre site de Carquefou avec M. Leroy, directeur logistique, le mardi 30 septembre à 14h.\n\n"
        "Bien cordialement,\nJulie Fabre\nChargée de recrutement\nAtlantique Distribution",
        None,
    ),
    (
        "Atlantique Distribution",
        "offer",
        "2025-10-06",
        "Julie Fabre <julie.fabre@atlantique-distribution.fr>",
        "Promesse d'embauche - Analyste Supply Chain",
        "Bonjour Camille,\n\nJ'ai le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste "
        "d'Analyste Supply Chain en CDI, avec une rémunération annuelle brute de 42 000 euros. Nous vous remercions de "
        "nous la retourner signée avant le 13 octobre.\n\nBien cordialement,\nJulie Fabre",
        None,
    ),
    (
        "Atlantique Distribution",
        "accepted",
        "2025-10-08",
        _ME,
        "RE: Promesse d'embauche - Analyste Supply Chain",
        "Bonjour Julie,\n\nMerci beaucoup ! Je vous retourne ci-joint la promesse d'embauche signée : c'est avec grand "
        "plaisir que j'accepte votre proposition.\n\nBien cordialement,\nCamille Morel",
        3,
        "Julie Fabre <julie.fabre@atlantique-distribution.fr>",
    ),
    # 5-6 Groupe Vendée Agro (Taleo in French; a refusal)
    (
        "Groupe Vendée Agro",
        "applied",
        "2025-09-09",
        "Groupe Vendée Agro <vendeeagro@taleo.net>",
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous accusons réception de votre candidature au poste de Planificatrice Approvisionnement (réf. "
        "2025-0917) et vous en remercions. Elle retient toute notre attention.\n\nLe service Ressources Humaines\n"
        "Groupe Vendée Agro",
        None,
    ),
    (
        "Groupe Vendée Agro",
        "rejected",
        "2025-09-29",
        "Groupe Vendée Agro <vendeeagro@taleo.net>",
        "Votre candidature - réf. 2025-0917",
        "Madame,\n\nNous avons bien étudié votre candidature au poste de Planificatrice Approvisionnement. Nous sommes "
        "au regret de vous informer que nous ne donnerons pas de suite favorable à votre demande.\n\nNous vous "
        "souhaitons pleine réussite dans vos recherches.\n\nLe service Ressources Humaines\nGroupe Vendée Agro",
        None,
    ),
    # 7-10 Loire Pharma, through a recruitment firm (the firm presents her; the client meets her; the firm refuses)
    (
        "Loire Pharma",
        "applied",
        "2025-09-12",
        "Antoine Mercier <a.mercier@ouest-talents-conseil.fr>",
        "Présentation de votre candidature - Loire Pharma",
        "Bonjour Camille,\n\nComme convenu lors de notre échange, j'ai présenté votre candidature à notre client Loire "
        "Pharma pour le poste de Responsable Flux. Je reviens vers vous dès que j'ai leur retour.\n\nAntoine Mercier\n"
        "Consultant, Ouest Talents Conseil",
        None,
    ),
    (
        "Loire Pharma",
        "interview",
        "2025-09-19",
        "Antoine Mercier <a.mercier@ouest-talents-conseil.fr>",
        "RE: Présentation de votre candidature - Loire Pharma",
        "Bonjour Camille,\n\nBonne nouvelle : Loire Pharma souhaite vous rencontrer ! La responsable supply chain vous "
        "propose un entretien le lundi 22 septembre à 11h dans leurs locaux de Saint-Herblain.\n\nAntoine",
        7,
    ),
    (
        "Loire Pharma",
        "rejected",
        "2025-10-01",
        "Antoine Mercier <a.mercier@ouest-talents-conseil.fr>",
        "RE: Présentation de votre candidature - Loire Pharma",
        "Bonjour Camille,\n\nJe viens d'avoir le retour de Loire Pharma : ils ont finalement retenu un autre candidat, "
        "dont l'expérience en milieu pharmaceutique était plus proche de leur besoin. Je garde bien sûr votre profil "
        "pour d'autres opportunités.\n\nAntoine",
        8,
    ),
    # 10-12 Brasserie du Port (Indeed; the owner's call; her withdrawal)
    (
        "Brasserie du Port",
        "applied",
        "2025-09-16",
        "Indeed <no-reply@indeed.com>",
        "Candidature envoyée : Responsable logistique",
        "Votre candidature a été envoyée\n\nResponsable logistique\nBrasserie du Port - Nantes (44)\n\nBonne chance !",
        None,
    ),
    (
        "Brasserie du Port",
        "screen",
        "2025-09-23",
        "Brasserie du Port <reply-6e2a91b0c4@indeedemail.com>",
        "Nouveau message de Brasserie du Port",
        "Bonjour Camille, merci pour votre candidature ! Seriez-vous disponible pour un premier échange téléphonique "
        "cette semaine ? Cordialement, Yann",
        None,
    ),
    (
        "Brasserie du Port",
        "withdrew",
        "2025-10-09",
        _ME,
        "RE: Nouveau message de Brasserie du Port",
        "Bonjour Yann,\n\nMerci encore pour notre échange. J'ai accepté une autre proposition et je me désiste donc de "
        "ma candidature. Je vous souhaite une belle réussite pour ce recrutement.\n\nCamille",
        11,
        "Brasserie du Port <reply-6e2a91b0c4@indeedemail.com>",
    ),
    # 13-15 Estuaire Transports (her own application by mail; her "relance"; the refusal)
    (
        "Estuaire Transports",
        "applied",
        "2025-09-18",
        _ME,
        "Candidature spontanée - Analyste Transport",
        "Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature spontanée pour un poste d'analyste "
        "transport au sein d'Estuaire Transports. Vous trouverez ci-joint mon CV et ma lettre de motivation.\n\nJe "
        "vous prie d'agréer mes salutations distinguées.\nCamille Morel",
        None,
        "Estuaire Transports RH <rh@estuaire-transports.fr>",
    ),
    (
        "Estuaire Transports",
        "follow_up",
        "2025-10-02",
        _ME,
        "RE: Candidature spontanée - Analyste Transport",
        "Madame, Monsieur,\n\nJe me permets de revenir vers vous concernant ma candidature spontanée du 18 septembre. "
        "Je reste très motivée par Estuaire Transports et disponible pour un échange.\n\nCordialement,\nCamille Morel",
        13,
        "Estuaire Transports RH <rh@estuaire-transports.fr>",
    ),
    (
        "Estuaire Transports",
        "rejected",
        "2025-10-07",
        "Service RH Estuaire Transports <rh@estuaire-transports.fr>",
        "RE: Candidature spontanée - Analyste Transport",
        "Madame,\n\nNous vous remercions de l'intérêt que vous portez à Estuaire Transports. Malheureusement, votre "
        "profil n'a pas été retenu, aucun poste correspondant n'étant ouvert actuellement.\n\nCordialement,\nLe "
        "service RH",
        14,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "APEC <offres@apec.fr>",
        "8 nouvelles offres correspondent à votre recherche",
        "alert",
        "Analyste Supply Chain - Atlantique Distribution - Carquefou\nResponsable Flux - Nantes\nVoir les offres",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Nouvelles offres d'emploi : analyste logistique, Nantes",
        "alert",
        "Analyste logistique - Estuaire Transports - Nantes (44)\nVoir toutes les offres",
    ),
    (
        "Sophie Durand <sophie.durand@cabinet-horizon-rh.fr>",
        "Opportunité - Responsable Supply Chain (H/F)",
        "outreach",
        "Bonjour Camille,\n\nVotre profil a retenu mon attention sur LinkedIn. Je recherche pour un client industriel "
        "un Responsable Supply Chain à Angers. Seriez-vous ouverte à un échange ?\n\nSophie Durand\nCabinet Horizon RH",
    ),
    (
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Les entreprises qui recrutent cette semaine",
        "newsletter",
        "Découvrez les entreprises qui recrutent près de chez vous, et nos conseils pour réussir votre entretien. "
        "Se désinscrire",
    ),
    (
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre confirmation de voyage",
        "shop",
        "Nantes - Paris Montparnasse, le 12 octobre. Référence QXL7TR.",
    ),
    (
        "Maman <brigitte.morel@wanadoo.fr>",
        "Ton entretien",
        "personal",
        "Alors ma chérie, comment s'est passé ton entretien jeudi ? Appelle-moi ce soir. Bisous",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own from her address), then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=CAMILLE,
        offset=lambda d: "+0200",
        clock="09:40:00",
        neg_start="2025-09-07",
        neg_step=6,
        neg_clock="08:10:00",
        tag="fiftytwo",
        host="orange.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one plain mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
