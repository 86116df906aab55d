"""A seventy-first mailbox, written as a held-out check after the seventieth's fixes (issue #24).

Léa, an aeronautics engineer in Toulouse, exports Gmail with Takeout (French labels).  French from an aircraft
supplier, a space start-up and an engineering consultancy: Welcome to the Jungle, APEC and Indeed in French,
SmartRecruiters and Teamtailor in French; an "entretien RH", an "entretien avec le manager", a "cas pratique", a
"proposition d'embauche"; refusals "nous ne pouvons pas donner une suite favorable" and "votre profil ne correspond
pas"; her "relance", her "remerciements" and her withdrawal.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LEA = "lea.garnier.aero@gmail.com"
_ME = f"Léa Garnier <{LEA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Occitane Aérostructures (SmartRecruiters; RH; manager; cas pratique; proposition; she accepts)
    (
        "Occitane Aérostructures",
        "applied",
        "2025-04-07",
        "Occitane Aérostructures <noreply@smartrecruiters.com>",
        "Confirmation de votre candidature - Ingénieur Calcul Structure H/F",
        "Bonjour Léa,\n\nNous vous remercions pour l'intérêt que vous portez à Occitane Aérostructures. Votre "
        "candidature au poste d'Ingénieur Calcul Structure H/F a bien été enregistrée.\n\nL'équipe Recrutement",
        "oa1",
    ),
    (
        "Occitane Aérostructures",
        "screen",
        "2025-04-11",
        "Camille Bertrand <camille.bertrand@occitane-aero.fr>",
        "Votre candidature - Ingénieur Calcul Structure",
        "Bonjour Léa,\n\nVotre profil a retenu notre attention. Je vous propose un premier entretien RH par téléphone "
        "d'une trentaine de minutes. Seriez-vous disponible mardi à 14h ?\n\nBien cordialement,\nCamille Bertrand\n"
        "Chargée de recrutement",
        "oa2",
    ),
    (
        "Occitane Aérostructures",
        "interview",
        "2025-04-17",
        "Camille Bertrand <camille.bertrand@occitane-aero.fr>",
        "RE: Votre candidature - Ingénieur Calcul Structure",
        "Bonjour Léa,\n\nSuite à notre échange, j'ai le plaisir de vous inviter à un entretien avec Thomas Mercier, "
        "responsable du bureau d'études, le 24 avril à 10h en visio.\n\nBien cordialement,\nCamille",
        "oa2",
    ),
    (
        "Occitane Aérostructures",
        "onsite",
        "2025-04-28",
        "Camille Bertrand <camille.bertrand@occitane-aero.fr>",
        "Dernière étape - cas pratique sur site",
        "Bonjour Léa,\n\nBonne nouvelle : nous souhaitons vous rencontrer pour la dernière étape du processus, une "
        "demi-journée sur notre site de Blagnac avec un cas pratique et une rencontre avec l'équipe.\n\nBien "
        "cordialement,\nCamille",
        "oa3",
    ),
    (
        "Occitane Aérostructures",
        "thank_you",
        "2025-05-06",
        _ME,
        "Re: Dernière étape - cas pratique sur site",
        "Bonjour Camille,\n\nJe tenais à vous remercier, ainsi que toute l'équipe, pour l'accueil chaleureux lors de "
        "cette demi-journée à Blagnac.\n\nBien cordialement,\nLéa",
        "oa3",
    ),
    (
        "Occitane Aérostructures",
        "offer",
        "2025-05-12",
        "Camille Bertrand <camille.bertrand@occitane-aero.fr>",
        "Proposition - Ingénieur Calcul Structure",
        "Bonjour Léa,\n\nC'est avec un grand plaisir que nous vous confirmons notre souhait de vous accueillir au sein "
        "de notre bureau d'études. Vous trouverez ci-joint notre proposition : CDI, 48 k€ bruts annuels, démarrage "
        "le 1er juillet.\n\nBien cordialement,\nCamille",
        "oa4",
    ),
    (
        "Occitane Aérostructures",
        "accepted",
        "2025-05-14",
        _ME,
        "RE: Proposition - Ingénieur Calcul Structure",
        "Bonjour Camille,\n\nJe vous remercie pour cette proposition que j'accepte avec grand plaisir. Je vous renvoie "
        "la promesse d'embauche signée.\n\nBien cordialement,\nLéa",
        "oa4",
    ),
    # Orbitale Systems (Welcome to the Jungle; a refusal)
    (
        "Orbitale Systems",
        "applied",
        "2025-04-08",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature a bien été envoyée",
        "Bonjour Léa,\n\nVotre candidature pour le poste Ingénieure Systèmes Satellites chez Orbitale Systems a bien "
        "été envoyée. Bonne chance !\n\nL'équipe Welcome to the Jungle",
        "os1",
    ),
    (
        "Orbitale Systems",
        "rejected",
        "2025-04-25",
        "Orbitale Systems <jobs@orbitale-systems.space>",
        "Votre candidature chez Orbitale Systems",
        "Bonjour Léa,\n\nMerci pour votre candidature. Après étude attentive de votre dossier, nous ne pouvons pas "
        "donner une suite favorable à votre demande, votre profil ne correspondant pas tout à fait à nos besoins "
        "actuels.\n\nNous vous souhaitons bonne continuation,\nL'équipe Orbitale",
        "os2",
    ),
    # Garonne Ingénierie (APEC; her relance; a call; she withdraws)
    (
        "Garonne Ingénierie",
        "applied",
        "2025-04-09",
        "Apec <ne-pas-repondre@apec.fr>",
        "Confirmation de candidature",
        "Bonjour Léa Garnier,\n\nVotre candidature à l'offre « Ingénieur Méthodes Aéronautique » de Garonne "
        "Ingénierie a bien été transmise au recruteur.\n\nL'Apec",
        "gi1",
    ),
    (
        "Garonne Ingénierie",
        "follow_up",
        "2025-04-23",
        _ME,
        "Relance - candidature Ingénieur Méthodes Aéronautique",
        "Bonjour,\n\nJe me permets de revenir vers vous concernant ma candidature au poste d'Ingénieur Méthodes "
        "Aéronautique envoyée le 9 avril via l'Apec. Je reste très intéressée par ce poste.\n\nCordialement,\nLéa "
        "Garnier",
        "gi2",
    ),
    (
        "Garonne Ingénierie",
        "screen",
        "2025-04-24",
        "Julien Fabre <j.fabre@garonne-ingenierie.fr>",
        "RE: Relance - candidature Ingénieur Méthodes Aéronautique",
        "Bonjour Léa,\n\nMerci pour votre message. Pouvons-nous faire un point téléphonique jeudi à 11h pour échanger "
        "sur le poste ?\n\nCordialement,\nJulien Fabre\nBusiness Manager",
        "gi2",
    ),
    (
        "Garonne Ingénierie",
        "withdrew",
        "2025-05-14",
        _ME,
        "RE: Relance - candidature Ingénieur Méthodes Aéronautique",
        "Bonjour Julien,\n\nJe vous remercie pour nos échanges. Ayant accepté une autre proposition, je préfère retirer "
        "ma candidature.\n\nCordialement,\nLéa",
        "gi2",
    ),
    # Pyrénées Composites (Teamtailor in French; silence)
    (
        "Pyrénées Composites",
        "applied",
        "2025-04-15",
        "Pyrénées Composites <no-reply@teamtailor.com>",
        "Merci pour votre candidature !",
        "Bonjour Léa,\n\nMerci d'avoir postulé chez Pyrénées Composites pour le poste d'Ingénieure Matériaux. Nous "
        "revenons vers vous rapidement.\n\nL'équipe Pyrénées Composites",
        "pc1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Indeed <alert@indeed.com>",
        "Ingénieur calcul : 12 nouvelles offres à Toulouse",
        "alert",
        "Ingénieur Calcul Structure - Occitane Aérostructures - Blagnac\nIngénieur Matériaux - Pyrénées Composites\n"
        "Voir les offres",
    ),
    (
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ces entreprises recrutent dans l'aéronautique",
        "newsletter",
        "Découvrez les entreprises qui recrutent en ce moment. Se désabonner",
    ),
    (
        "Nicolas Roux <n.roux@aerotalents.fr>",
        "Opportunité Ingénieur Stress - Toulouse",
        "outreach",
        "Bonjour Léa, je suis consultant en recrutement chez AeroTalents et j'ai une opportunité d'Ingénieur Stress "
        "chez un de nos clients à Toulouse. Seriez-vous ouverte à un échange ?",
    ),
    (
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre CV a été consulté",
        "viewed",
        "Bonjour Léa Garnier,\n\nUn recruteur a consulté votre CV cette semaine.\n\nL'Apec",
    ),
    (
        "Occitane Aérostructures RH <rh.integration@occitane-aero.fr>",
        "Votre arrivée - dossier d'embauche",
        "onboarding",
        "Bonjour Léa,\n\nAfin de préparer votre arrivée, merci de nous transmettre votre dossier d'embauche : RIB, "
        "carte Vitale, pièce d'identité.\n\nLe service RH",
    ),
    (
        "Maman <sylvie.garnier31@orange.fr>",
        "Dimanche",
        "personal",
        "Coucou ma chérie, tu viens déjeuner dimanche ? Raconte-moi ton entretien !",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (her own under "Messages envoyés"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LEA,
        own_to={
            "Occitane Aérostructures": "Camille Bertrand <camille.bertrand@occitane-aero.fr>",
            "Garonne Ingénierie": "Recrutement Garonne Ingénierie <recrutement@garonne-ingenierie.fr>",
        },
        offset="+0200",
        clock="10:25:00",
        neg_start="2025-04-10",
        neg_step=6,
        neg_clock="07:50:00",
        tag="seventyone",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=LEA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
