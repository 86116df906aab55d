"""A two-hundred-and-twenty-seventh mailbox, written as a held-out check after the two-hundred-and-twenty-sixth
(issue #24).

Inès, an engineering student in Grenoble looking for her end-of-studies internship ("stage de fin d'études"),
exports Gmail with Takeout from an account in French ("Messages envoyés", "Boîte de réception").  Internships are
hired in their own words: JobTeaser's receipt, a laboratory's "votre candidature a bien été transmise", an
"entretien en visio", a technical test, "nous avons le plaisir de vous proposer le stage", the "convention de stage"
to sign after she accepts, and a refusal that says "votre profil ne correspond pas à nos besoins actuels".
Negatives: the school's internship office, a job site's "offres de stage", a student housing body, a bank's student
loan, a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

INES = "ines.moreau.ing@gmail.com"
ME = f"Inès Moreau <{INES}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Alpensol",
        "applied",
        "2025-11-03",
        "JobTeaser <noreply@jobteaser.com>",
        "Votre candidature a bien été envoyée",
        "Bonjour Inès,\n\nVotre candidature pour l'offre « Stage de fin d'études - Ingénieur·e batteries (H/F) » "
        "chez Alpensol a bien été envoyée. Bonne chance !\n\nL'équipe JobTeaser",
        "a1",
    ),
    (
        "Laboratoire Dauphiné Matériaux",
        "applied",
        "2025-11-04",
        ME,
        "Candidature stage de fin d'études - matériaux composites",
        "Madame, Monsieur,\n\nÉtudiante en dernière année à Grenoble INP, je vous adresse ma candidature pour un "
        "stage de fin d'études de six mois à partir de février, dans votre équipe composites. Vous trouverez "
        "ci-joint mon CV et ma lettre de motivation.\n\nCordialement,\nInès Moreau",
        "l1",
    ),
    (
        "Laboratoire Dauphiné Matériaux",
        "reply",
        "2025-11-06",
        "Secrétariat LDM <secretariat@ldm-grenoble.fr>",
        "RE: Candidature stage de fin d'études - matériaux composites",
        "Bonjour,\n\nNous accusons réception de votre candidature, qui a bien été transmise au responsable de "
        "l'équipe composites. Il reviendra vers vous directement.\n\nCordialement,\nLe secrétariat du Laboratoire "
        "Dauphiné Matériaux",
        "l1",
    ),
    (
        "Vercors Robotique",
        "applied",
        "2025-11-06",
        "Vercors Robotique <noreply@vercors-robotique.welcomekit.co>",
        "Merci pour votre candidature !",
        "Bonjour Inès,\n\nMerci d'avoir postulé à notre offre de stage « Ingénieure vision (stage 6 mois) ». Nous "
        "étudions votre candidature et revenons vers vous sous quinze jours.\n\nL'équipe Vercors Robotique",
        "v1",
    ),
    (
        "Alpensol",
        "interview",
        "2025-11-12",
        "Julien Perrin <julien.perrin@alpensol.fr>",
        "Stage batteries - entretien",
        "Bonjour Inès,\n\nVotre candidature a retenu notre attention. Je vous propose un entretien en visio de 45 "
        "minutes avec moi et un ingénieur de l'équipe cellules, mardi 18 novembre à 10h.\n\nJulien Perrin\n"
        "Responsable R&D batteries - Alpensol",
        "a2",
    ),
    (
        "Vercors Robotique",
        "rejected",
        "2025-11-14",
        "Vercors Robotique <noreply@vercors-robotique.welcomekit.co>",
        "Votre candidature chez Vercors Robotique",
        "Bonjour Inès,\n\nMerci pour l'intérêt que vous portez à Vercors Robotique. Après étude de votre dossier, "
        "votre profil ne correspond pas à nos besoins actuels. Nous vous souhaitons pleine réussite dans vos "
        "recherches.\n\nL'équipe Vercors Robotique",
        "v1",
    ),
    (
        "Laboratoire Dauphiné Matériaux",
        "interview",
        "2025-11-17",
        "Marc Lefèvre <marc.lefevre@ldm-grenoble.fr>",
        "Votre candidature de stage",
        "Bonjour Inès,\n\nJ'ai bien reçu votre candidature. Pourriez-vous passer au laboratoire jeudi après-midi "
        "pour en discuter et visiter la plateforme ? Prévoyez une petite présentation de votre projet de "
        "deuxième année (10 minutes).\n\nMarc Lefèvre\nResponsable équipe composites",
        "l2",
    ),
    (
        "Alpensol",
        "interview",
        "2025-11-20",
        "Julien Perrin <julien.perrin@alpensol.fr>",
        "Stage batteries - test technique",
        "Bonjour Inès,\n\nMerci pour l'entretien de mardi. Dernière étape avant notre décision : un petit test "
        "technique à faire chez vous (une analyse de données de cyclage, 2 heures environ) à nous renvoyer avant "
        "lundi.\n\nJulien",
        "a2",
    ),
    (
        "Laboratoire Dauphiné Matériaux",
        "offer",
        "2025-11-24",
        "Marc Lefèvre <marc.lefevre@ldm-grenoble.fr>",
        "Stage composites",
        "Bonjour Inès,\n\nSuite à votre visite, nous avons le plaisir de vous proposer le stage de fin d'études "
        "dans l'équipe composites, du 2 février au 31 juillet, avec la gratification légale.\n\nBien cordialement,\n"
        "Marc Lefèvre",
        "l2",
    ),
    (
        "Laboratoire Dauphiné Matériaux",
        "accepted",
        "2025-11-25",
        ME,
        "RE: Stage composites",
        "Bonjour Monsieur Lefèvre,\n\nMerci beaucoup ! J'accepte avec grand plaisir ce stage. Je transmets dès "
        "aujourd'hui les informations au service des stages de l'école pour la convention.\n\nCordialement,\nInès "
        "Moreau",
        "l2",
    ),
    (
        "Alpensol",
        "withdrew",
        "2025-11-25",
        ME,
        "RE: Stage batteries - test technique",
        "Bonjour Julien,\n\nMerci pour votre confiance. J'ai accepté une autre proposition de stage et je préfère "
        "donc retirer ma candidature plutôt que de faire le test.\n\nCordialement,\nInès",
        "a2",
    ),
]

_OWN_TO = {
    "Laboratoire Dauphiné Matériaux": "LDM Recrutement <recrutement@ldm-grenoble.fr>",
    "Alpensol": "Julien Perrin <julien.perrin@alpensol.fr>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Service des stages Grenoble INP <stages@grenoble-inp.example>",
        "Rappel : saisie de votre convention de stage",
        "school",
        "Bonjour,\n\nNous vous rappelons que la saisie de votre convention de stage doit être faite au plus tard un "
        "mois avant le début du stage.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "15 nouvelles offres de stage ingénieur à Grenoble",
        "alert",
        "Stage ingénieur matériaux (H/F); Stage R&D électrochimie (H/F); Stage data ingénierie (H/F).",
    ),
    (
        "CROUS Grenoble Alpes <logement@crous.example>",
        "Votre demande de logement",
        "not a job application",
        "Votre demande de logement pour le second semestre a bien été enregistrée.",
    ),
    (
        "Banque Alpine <offres@banquealpine.example>",
        "Prêt étudiant : une offre pour vos projets",
        "newsletter",
        "Profitez de notre offre de prêt étudiant à taux réduit jusqu'au 31 décembre.",
    ),
    (
        "Camille Roux <camille.roux@gmail.com>",
        "ski samedi ?",
        "personal",
        "On monte à Chamrousse samedi ? Il paraît qu'il y a de la neige !",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (her account's labels in French)."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=INES,
        own_to=_OWN_TO,
        offset="+0100",
        clock="10:00:00",
        neg_start="2025-11-02",
        neg_step=6,
        neg_clock="20:30:00",
        tag="twohundredtwentyseven",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=INES)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
