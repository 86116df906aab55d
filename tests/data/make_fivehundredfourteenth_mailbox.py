"""A five-hundred-and-fourteenth mailbox, written as a held-out check after the five-hundred-and-thirteenth (issue
#24).

Inès Moreau, a business-school student in Paris looking for a work-study contract (an alternance), keeps her search in
a Gmail account set to French and exports it with Takeout ("Messages envoyés", "Boîte de réception").  French
start-ups write "tu": Welcome to the Jungle's "Ta candidature chez Doctolib a bien été envoyée", "Merci pour ta
candidature ! On revient vers toi très vite", "on aimerait échanger avec toi lors d'un premier call de 30 minutes",
"un entretien avec ta future manager", "un cas pratique à préparer", "Malheureusement, nous ne pouvons pas donner une
suite favorable à ta candidature", "on a le plaisir de te proposer le contrat d'alternance"; a bank writes "vous":
"Nous accusons réception de votre candidature" and "votre profil ne correspond pas"; her thanks and her "Je suis ravie
d'accepter".  Negatives: Indeed's alert, the school's career newsletter, JobTeaser, a Doctolib appointment reminder (a
company she applied to), the RATP and her flatmate.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

INES = "ines.moreau.alt@gmail.com"
ME = f"Inès Moreau <{INES}>"
WTTJ = "Welcome to the Jungle <noreply@welcometothejungle.example>"
LUCIE = "Lucie Martin <lucie.martin@doctolib.example>"
THOMAS = "Thomas Petit <thomas@alan.example>"
SG = "Société Générale Recrutement <noreply@socgen-talent.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Doctolib",
        "applied",
        "2025-05-05",
        WTTJ,
        "Ta candidature chez Doctolib a bien été envoyée",
        "Bonjour Inès,\n\nTa candidature pour le poste Alternance - Chargée de marketing produit chez Doctolib a bien été "
        "envoyée. Bonne chance !\n\nL'équipe Welcome to the Jungle",
        "t-doc",
    ),
    (
        "Alan",
        "applied",
        "2025-05-06",
        "Alan <jobs@alan.example>",
        "Merci pour ta candidature !",
        "Hello Inès,\n\nMerci pour ta candidature chez Alan pour l'alternance Growth Marketing ! On revient vers toi très "
        "vite.\n\nLa team Alan",
        "t-alan",
    ),
    (
        "Société Générale",
        "applied",
        "2025-05-06",
        SG,
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous accusons réception de votre candidature pour l'offre Alternance - Assistante Marketing Digital "
        "et vous remercions de l'intérêt que vous portez à Société Générale.\n\nLe service Recrutement",
        "t-sg",
    ),
    (
        "Doctolib",
        "screen",
        "2025-05-09",
        LUCIE,
        "Ta candidature chez Doctolib",
        "Hello Inès,\n\nMerci pour ta candidature ! On aimerait échanger avec toi lors d'un premier call de 30 minutes "
        "pour mieux te connaître. Tu as des disponibilités mardi ou mercredi ?\n\nLucie\nTalent Acquisition",
        "t-doc2",
    ),
    (
        "Alan",
        "interview",
        "2025-05-12",
        THOMAS,
        "Alternance Growth - prochaine étape",
        "Salut Inès,\n\nSuper échange la semaine dernière ! Prochaine étape : un cas pratique à préparer (2h max), que "
        "tu nous présenteras jeudi prochain.\n\nThomas\nHead of Growth",
        "t-alan2",
    ),
    (
        "Société Générale",
        "rejected",
        "2025-05-13",
        SG,
        "Votre candidature",
        "Madame,\n\nNous vous remercions pour l'intérêt porté à notre offre. Après étude attentive, votre profil ne "
        "correspond pas aux attentes du poste.\n\nLe service Recrutement",
        "t-sg",
    ),
    (
        "Doctolib",
        "interview",
        "2025-05-15",
        LUCIE,
        "RE: Ta candidature chez Doctolib",
        "Hello Inès,\n\nMerci pour ce premier échange ! La prochaine étape est un entretien avec ta future manager, "
        "Sophie, vendredi à 11h en visio.\n\nLucie",
        "t-doc2",
    ),
    (
        "Alan",
        "rejected",
        "2025-05-20",
        THOMAS,
        "RE: Alternance Growth - prochaine étape",
        "Salut Inès,\n\nMerci pour ta présentation. Malheureusement, nous ne pouvons pas donner une suite favorable à ta "
        "candidature : on a choisi un profil plus orienté data. Belle suite à toi !\n\nThomas",
        "t-alan2",
    ),
    (
        "Doctolib",
        "thank_you",
        "2025-05-16",
        ME,
        "RE: Ta candidature chez Doctolib",
        "Bonjour Lucie,\n\nMerci beaucoup pour l'entretien avec Sophie ce matin, j'ai adoré en apprendre plus sur "
        "l'équipe !\n\nBelle journée,\nInès",
        "t-doc2",
    ),
    (
        "Doctolib",
        "offer",
        "2025-05-23",
        LUCIE,
        "Bonne nouvelle !",
        "Hello Inès,\n\nOn a le plaisir de te proposer le contrat d'alternance de Chargée de marketing produit à partir "
        "de septembre ! Je t'envoie le contrat dans la journée.\n\nLucie",
        "t-doc3",
    ),
    (
        "Doctolib",
        "accepted",
        "2025-05-24",
        ME,
        "RE: Bonne nouvelle !",
        "Bonjour Lucie,\n\nJe suis ravie d'accepter ! Merci à toute l'équipe.\n\nInès",
        "t-doc3",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Nouvelles offres : alternance marketing à Paris",
        "alert",
        "Alternance marketing - Paris 9e. Alternance growth - Paris 2e. Voir les offres.",
    ),
    (
        "Career Center ESCP <career@escp.example>",
        "Les forums entreprises de juin",
        "newsletter",
        "Inscrivez-vous. Se désinscrire.",
    ),
    (
        "JobTeaser <hello@jobteaser.example>",
        "Les offres d'alternance de la semaine",
        "alert",
        "Découvre les offres. Se désabonner.",
    ),
    (
        "Doctolib <no-reply@doctolib.example>",
        "Rappel : votre rendez-vous demain",
        "other",
        "Votre rendez-vous avec le Dr Garnier est demain à 9h30.",
    ),
    (
        "RATP <noreply@ratp.example>",
        "Votre attestation Navigo",
        "other",
        "Votre attestation est disponible.",
    ),
    (
        "Chloé Bernard <chloe.bernard@gmail.example>",
        "courses",
        "personal",
        "Tu peux prendre du lait en rentrant ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=INES,
        own_to={"Doctolib": LUCIE},
        offset="+0200",
        clock="10:20:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="19:15:00",
        tag="fivehundredfourteen",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=INES)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
