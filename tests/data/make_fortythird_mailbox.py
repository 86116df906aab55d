"""A forty-third mailbox, written as a held-out check after the forty-second's fixes (issue #24).

Léa, a data analyst in Lyon and Paris, exports Gmail with Takeout, all in French: Welcome to the Jungle, Indeed in
French, Lever, Greenhouse, SmartRecruiters and Taleo in French, APEC; "votre candidature a bien été transmise",
"nous souhaitons vous rencontrer", "un cas pratique", "nous ne pourrons pas donner une suite favorable", "promesse
d'embauche", her own "je me permets de revenir vers vous".  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LEA = "lea.fontaine.data@gmail.com"
_ME = f"Léa Fontaine <{LEA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Soie & Rhône (Welcome to the Jungle then Lever; a call, a case, an offer she accepts)
    (
        "Soie & Rhône",
        "applied",
        "2025-09-01",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Votre candidature a bien été envoyée",
        "Bonjour Léa,\n\nVotre candidature pour le poste de Data Analyst chez Soie & Rhône a bien été transmise. "
        "Bonne chance !\n\nL'équipe Welcome to the Jungle",
        "sr1",
    ),
    (
        "Soie & Rhône",
        "screen",
        "2025-09-05",
        "Camille Girard <camille.girard@soieetrhone.fr>",
        "Votre candidature - Data Analyst",
        "Bonjour Léa,\n\nMerci pour votre candidature. Je suis chargée de recrutement chez Soie & Rhône et je vous "
        "propose un premier appel de 20 minutes pour faire connaissance. Seriez-vous disponible mardi à 14h ?\n\n"
        "Belle journée,\nCamille",
        "sr2",
    ),
    (
        "Soie & Rhône",
        "interview",
        "2025-09-12",
        "Camille Girard <camille.girard@soieetrhone.fr>",
        "Cas pratique - Data Analyst",
        "Bonjour Léa,\n\nSuite à notre échange, nous vous proposons de réaliser un cas pratique (analyse d'un jeu de "
        "données de ventes) que vous présenterez à l'équipe data le 22 septembre.\n\nBelle journée,\nCamille",
        "sr3",
    ),
    (
        "Soie & Rhône",
        "offer",
        "2025-09-29",
        "Camille Girard <camille.girard@soieetrhone.fr>",
        "Promesse d'embauche",
        "Bonjour Léa,\n\nNous avons le plaisir de vous adresser notre promesse d'embauche pour le poste de Data Analyst "
        "en CDI, avec une rémunération de 46 k€ bruts annuels.\n\nBelle journée,\nCamille",
        "sr4",
    ),
    (
        "Soie & Rhône",
        "accepted",
        "2025-10-01",
        _ME,
        "RE: Promesse d'embauche",
        "Bonjour Camille,\n\nJe vous remercie pour cette proposition que j'accepte avec grand plaisir. Vous trouverez "
        "ci-joint la promesse signée.\n\nBien cordialement,\nLéa Fontaine",
        "sr4",
    ),
    # Banque des Traboules (Taleo in French; an interview; a refusal)
    (
        "Banque des Traboules",
        "applied",
        "2025-09-02",
        "Banque des Traboules <traboules@taleo.net>",
        "Confirmation de votre candidature",
        "Madame,\n\nNous accusons bonne réception de votre candidature au poste d'Analyste Data (réf. 25-0871) et vous "
        "remercions de l'intérêt porté à notre établissement.\n\nLa Direction des Ressources Humaines",
        "bt1",
    ),
    (
        "Banque des Traboules",
        "interview",
        "2025-09-15",
        "Nathalie Morel <nathalie.morel@banquedestraboules.fr>",
        "Invitation à un entretien",
        "Madame Fontaine,\n\nVotre profil a retenu notre attention et nous souhaitons vous rencontrer lors d'un "
        "entretien avec le responsable du pôle data, le jeudi 18 septembre à 10h, dans nos locaux de la Part-Dieu.\n\n"
        "Cordialement,\nNathalie Morel\nChargée de recrutement",
        "bt2",
    ),
    (
        "Banque des Traboules",
        "rejected",
        "2025-09-30",
        "Nathalie Morel <nathalie.morel@banquedestraboules.fr>",
        "Suite à votre entretien",
        "Madame Fontaine,\n\nNous vous remercions pour le temps accordé lors de notre entretien. Nous sommes toutefois au "
        "regret de vous informer que nous ne pourrons pas donner une suite favorable à votre candidature.\n\n"
        "Cordialement,\nNathalie Morel",
        "bt3",
    ),
    # Canut Analytics (SmartRecruiters in French; her follow-up; a refusal)
    (
        "Canut Analytics",
        "applied",
        "2025-09-03",
        "Canut Analytics <noreply@smartrecruiters.com>",
        "Merci pour votre candidature",
        "Bonjour Léa,\n\nMerci d'avoir postulé chez Canut Analytics pour le poste de Business Analyst. Nous étudions "
        "votre candidature avec attention.\n\nL'équipe Canut Analytics",
        "ca1",
    ),
    (
        "Canut Analytics",
        "follow_up",
        "2025-09-17",
        _ME,
        "Candidature Business Analyst",
        "Bonjour,\n\nJe me permets de revenir vers vous concernant ma candidature au poste de Business Analyst, envoyée "
        "le 3 septembre. Le poste m'intéresse toujours beaucoup.\n\nBien cordialement,\nLéa Fontaine",
        "ca2",
    ),
    (
        "Canut Analytics",
        "rejected",
        "2025-09-24",
        "Canut Analytics <noreply@smartrecruiters.com>",
        "Votre candidature chez Canut Analytics",
        "Bonjour Léa,\n\nNous vous remercions de l'intérêt que vous portez à Canut Analytics. Après étude de votre "
        "dossier, nous avons décidé de poursuivre avec des profils plus proches de nos besoins actuels.\n\nL'équipe "
        "Canut Analytics",
        "ca3",
    ),
    # Fourvière Mobilités (Greenhouse in French; a technical interview; she withdraws)
    (
        "Fourvière Mobilités",
        "applied",
        "2025-09-04",
        "Fourvière Mobilités <no-reply@greenhouse.io>",
        "Merci d'avoir postulé chez Fourvière Mobilités",
        "Bonjour Léa,\n\nNous avons bien reçu votre candidature pour le poste de Data Analyst Senior. Notre équipe "
        "reviendra vers vous rapidement.\n\nFourvière Mobilités",
        "fm1",
    ),
    (
        "Fourvière Mobilités",
        "interview",
        "2025-09-16",
        "Hugo Lambert <hugo.lambert@fourviere-mobilites.fr>",
        "Entretien technique",
        "Bonjour Léa,\n\nJe vous propose un entretien technique en visio avec deux personnes de l'équipe data, d'une "
        "durée d'une heure. Quels sont vos créneaux la semaine prochaine ?\n\nHugo",
        "fm2",
    ),
    (
        "Fourvière Mobilités",
        "withdrew",
        "2025-10-02",
        _ME,
        "RE: Entretien technique",
        "Bonjour Hugo,\n\nMerci pour l'entretien. J'ai depuis accepté une autre proposition et je préfère donc retirer "
        "ma candidature. Je vous souhaite une belle continuation.\n\nLéa",
        "fm2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Data Analyst - Lyon : 16 nouvelles offres",
        "job alert",
        "16 nouvelles offres correspondent à votre recherche. Postuler facilement. Se désabonner",
    ),
    (
        "APEC <noreply@apec.fr>",
        "Vos offres du jour",
        "job alert",
        "Data Analyst, Business Analyst : 9 offres pour vous. Voir les offres. Se désabonner",
    ),
    (
        "Julie Marchand <julie.marchand@cabinet-example.fr>",
        "Opportunité - Lead Data Analyst",
        "cold outreach",
        "Bonjour Léa, votre profil a retenu mon attention pour un poste de Lead Data Analyst chez l'un de nos clients "
        "lyonnais. Seriez-vous disponible pour un échange ?",
    ),
    (
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Comment réussir son entretien d'embauche",
        "newsletter",
        "Nos conseils pour vos entretiens. Se désabonner",
    ),
    (
        "CAF <noreply@caf.fr>",
        "Votre demande a bien été reçue",
        "not a job application",
        "Votre demande d'aide au logement a bien été reçue.",
    ),
    (
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre e-billet",
        "not about an application",
        "Votre e-billet Lyon Part-Dieu - Paris Gare de Lyon.",
    ),
    (
        "Maman <sylvie.fontaine@orange.fr>",
        "bon courage !",
        "not about an application",
        "Bon courage pour ton entretien demain ma chérie !",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LEA,
        own_to={
            "Soie & Rhône": "Camille Girard <camille.girard@soieetrhone.fr>",
            "Canut Analytics": "Canut Analytics <recrutement@canut-analytics.fr>",
            "Fourvière Mobilités": "Hugo Lambert <hugo.lambert@fourviere-mobilites.fr>",
        },
        offset="+0200",
        clock="09:40:00",
        neg_start="2025-09-02",
        neg_step=4,
        neg_clock="07:35:00",
        tag="fortythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
