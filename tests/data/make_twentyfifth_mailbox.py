"""A twenty-fifth mailbox, written as a held-out check after the twenty-fourth's fixes (issue #24).

Inès, a financial analyst moving into data in Paris, exports Gmail with Takeout, all in French: SmartRecruiters,
Workday and Taleo in French, Welcome to the Jungle, Indeed, a cabinet de recrutement, a scale-up's founder,
"votre profil a retenu notre attention", "entretien RH", "entretien avec le manager", "nous revenons vers vous",
"proposition de poste", "je me permets de vous relancer", and everyday French mail.  Its score before any rule was
changed for it is in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

INES = "ines.moreau.data@gmail.com"
_ME = f"Inès Moreau <{INES}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Banque Lutèce (Workday in French)
    (
        "Banque Lutèce",
        "applied",
        "2025-11-03",
        "Banque Lutèce <banquelutece@myworkday.com>",
        "Confirmation de réception de votre candidature",
        "Bonjour Inès,\n\nNous vous confirmons la bonne réception de votre candidature pour le poste de Data Analyst "
        "Risques (R-10452). Nos équipes l'étudient et reviendront vers vous.\n\nL'équipe Recrutement",
        "bl1",
    ),
    (
        "Banque Lutèce",
        "screen",
        "2025-11-10",
        "Claire Dubois <claire.dubois@banquelutece.fr>",
        "Votre candidature - Data Analyst Risques",
        "Bonjour Inès,\n\nVotre profil a retenu toute notre attention. Je vous propose un entretien RH par téléphone "
        "d'une trentaine de minutes. Seriez-vous disponible jeudi ou vendredi ?\n\nClaire Dubois\nChargée de "
        "recrutement",
        "bl2",
    ),
    (
        "Banque Lutèce",
        "interview",
        "2025-11-17",
        "Claire Dubois <claire.dubois@banquelutece.fr>",
        "RE: Votre candidature - Data Analyst Risques",
        "Bonjour Inès,\n\nSuite à notre échange, je vous propose un entretien avec Marc, manager de l'équipe Data "
        "Risques, le mardi 25 novembre à 15h dans nos locaux de La Défense.\n\nClaire",
        "bl2",
    ),
    (
        "Banque Lutèce",
        "rejected",
        "2025-12-02",
        "Claire Dubois <claire.dubois@banquelutece.fr>",
        "RE: Votre candidature - Data Analyst Risques",
        "Bonjour Inès,\n\nMerci encore pour votre venue. Après concertation avec Marc, nous avons décidé de privilégier "
        "une candidature plus expérimentée sur les modèles de crédit. Je vous souhaite le meilleur pour la suite.\n\n"
        "Claire",
        "bl2",
    ),
    # Quai des Données (Welcome to the Jungle, founder)
    (
        "Quai des Données",
        "applied",
        "2025-11-04",
        "Welcome to the Jungle <notifications@welcometothejungle.com>",
        "Votre candidature chez Quai des Données a bien été envoyée",
        "Bonjour Inès, votre candidature pour le poste Analytics Engineer chez Quai des Données a bien été transmise.",
        "qd1",
    ),
    (
        "Quai des Données",
        "interview",
        "2025-11-12",
        "Thomas Leroy <thomas@quaidesdonnees.fr>",
        "Analytics Engineer - Quai des Données",
        "Bonjour Inès,\n\nMerci pour ta candidature ! On aimerait te proposer un premier entretien en visio avec moi "
        "et notre lead data, suivi d'un petit exercice SQL.\n\nThomas\nCofondateur",
        "qd2",
    ),
    (
        "Quai des Données",
        "offer",
        "2025-11-26",
        "Thomas Leroy <thomas@quaidesdonnees.fr>",
        "Proposition de poste - Analytics Engineer",
        "Bonjour Inès,\n\nToute l'équipe a été conquise ! Nous avons le plaisir de te faire une proposition pour le "
        "poste d'Analytics Engineer en CDI : 52 k€ bruts annuels, démarrage en janvier.\n\nThomas",
        "qd3",
    ),
    (
        "Quai des Données",
        "accepted",
        "2025-11-28",
        _ME,
        "RE: Proposition de poste - Analytics Engineer",
        "Bonjour Thomas,\n\nMerci beaucoup ! J'accepte avec grand plaisir votre proposition. Je vous renvoie la "
        "promesse d'embauche signée ce soir.\n\nInès",
        "qd3",
    ),
    # Groupe Hexagone (SmartRecruiters in French)
    (
        "Groupe Hexagone",
        "applied",
        "2025-11-05",
        "Groupe Hexagone <noreply@smartrecruiters.com>",
        "Merci pour votre candidature",
        "Bonjour Inès,\n\nMerci de l'intérêt que vous portez au Groupe Hexagone. Votre candidature au poste de "
        "Contrôleur de gestion data a bien été enregistrée.",
        "gh1",
    ),
    (
        "Groupe Hexagone",
        "rejected",
        "2025-11-21",
        "Groupe Hexagone <noreply@smartrecruiters.com>",
        "Votre candidature au poste de Contrôleur de gestion data",
        "Bonjour Inès,\n\nNous avons étudié votre candidature avec attention. Nous ne sommes malheureusement pas en "
        "mesure d'y répondre favorablement.\n\nCordialement,\nGroupe Hexagone",
        "gh2",
    ),
    # Lumière Assurances (Taleo in French; the person follows up)
    (
        "Lumière Assurances",
        "applied",
        "2025-11-06",
        "Lumière Assurances <noreply@taleo.net>",
        "Accusé de réception",
        "Madame,\n\nNous avons bien reçu votre candidature au poste de Chargée d'études actuarielles et nous vous en "
        "remercions.\n\nLa Direction des Ressources Humaines",
        "la1",
    ),
    (
        "Lumière Assurances",
        "follow_up",
        "2025-11-27",
        _ME,
        "Candidature - Chargée d'études actuarielles",
        "Madame, Monsieur,\n\nJe me permets de vous relancer au sujet de ma candidature du 6 novembre. Je reste très "
        "motivée par ce poste.\n\nBien cordialement,\nInès Moreau",
        "la2",
    ),
    # Atlantique Conseil (a cabinet de recrutement for its client)
    (
        "Atlantique Conseil",
        "applied",
        "2025-11-07",
        "Indeed <candidature@indeed.com>",
        "Candidature envoyée : Data Analyst F/H",
        "Votre candidature a été envoyée à Atlantique Conseil.\nData Analyst F/H\nAtlantique Conseil - Paris (75)",
        "ac1",
    ),
    (
        "Atlantique Conseil",
        "screen",
        "2025-11-13",
        "Julie Martin <julie.martin@atlantique-conseil.fr>",
        "Votre candidature Data Analyst F/H",
        "Bonjour Inès,\n\nJ'ai bien reçu votre candidature. Pourriez-vous m'indiquer vos disponibilités pour un "
        "rapide échange téléphonique cette semaine ?\n\nJulie Martin\nConsultante recrutement",
        "ac2",
    ),
    (
        "Atlantique Conseil",
        "withdrew",
        "2025-11-28",
        _ME,
        "RE: Votre candidature Data Analyst F/H",
        "Bonjour Julie,\n\nJe vous remercie pour votre accompagnement. Ayant accepté une autre proposition, je retire "
        "ma candidature.\n\nBien à vous,\nInès",
        "ac2",
    ),
    # Vélo Urbain (own application by mail, then a refusal)
    (
        "Vélo Urbain",
        "applied",
        "2025-11-10",
        _ME,
        "Candidature spontanée - Data Analyst",
        "Bonjour,\n\nPassionnée de mobilité douce, je vous adresse ma candidature spontanée pour un poste de Data "
        "Analyst. Vous trouverez mon CV en pièce jointe.\n\nInès Moreau",
        "vu1",
    ),
    (
        "Vélo Urbain",
        "rejected",
        "2025-11-19",
        "Vélo Urbain <contact@velourbain.fr>",
        "RE: Candidature spontanée - Data Analyst",
        "Bonjour Inès,\n\nMerci pour votre message. Nous n'avons malheureusement pas de poste ouvert en data pour le "
        "moment, mais nous gardons votre CV précieusement.\n\nL'équipe Vélo Urbain",
        "vu1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "APEC <ne-pas-repondre@apec.fr>",
        "Nouvelles offres : Data Analyst à Paris",
        "job alert",
        "12 nouvelles offres correspondent à votre alerte. Gérer mes alertes.",
    ),
    (
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Comment réussir son entretien en anglais",
        "newsletter",
        "Nos conseils pour briller en entretien. Se désabonner",
    ),
    (
        "Hugo Bernard <hugo.bernard@talents-finance.fr>",
        "Opportunité : Data Analyst - CDI - Lyon",
        "cold outreach",
        "Bonjour Inès, votre profil a retenu mon attention. Je recrute pour un client un Data Analyst à Lyon. Seriez-"
        "vous ouverte à un échange ?",
    ),
    (
        "CAF <no-reply@caf.fr>",
        "Votre demande de prime d'activité",
        "not a job application",
        "Votre demande de prime d'activité a bien été enregistrée.",
    ),
    (
        "SNCF Connect <noreply@sncf-connect.com>",
        "Votre e-billet Paris - Lyon",
        "not about an application",
        "Merci pour votre réservation. Voici votre e-billet.",
    ),
    (
        "Papa <jean.moreau55@orange.fr>",
        "Ton entretien",
        "not about an application",
        "Alors ma fille, cet entretien à La Défense ? Appelle-nous ce week-end.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Inès, de nouvelles offres d'emploi pour vous",
        "job alert",
        "Offres d'emploi qui pourraient vous intéresser. Voir toutes les offres.",
    ),
    (
        "Indeed <enquete@indeed.com>",
        "Comment s'est passé votre entretien ?",
        "survey",
        "Donnez votre avis sur votre entretien chez Banque Lutèce. Se désabonner",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=INES,
        own_to={
            "Quai des Données": "Thomas Leroy <thomas@quaidesdonnees.fr>",
            "Lumière Assurances": "Lumière Assurances Recrutement <recrutement@lumiere-assurances.fr>",
            "Atlantique Conseil": "Julie Martin <julie.martin@atlantique-conseil.fr>",
            "Vélo Urbain": "Vélo Urbain <contact@velourbain.fr>",
        },
        offset="+0100",
        clock="10:05:00",
        neg_start="2025-11-03",
        neg_step=4,
        neg_clock="07:35:00",
        tag="vingtcinq",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
