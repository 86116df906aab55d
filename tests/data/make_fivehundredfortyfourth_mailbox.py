"""A five-hundred-and-forty-fourth mailbox, written as a held-out check after the five-hundred-and-forty-third (issue
#24).

Camille Dubois, a product owner in Paris, keeps her search in a Gmail account set to French and exports it with
Takeout ("Messages envoyés", "Boîte de réception").  Paris scale-ups write through Welcome to the Jungle and
Teamtailor, a bank through SuccessFactors, and a recruitment firm for its client: "Ta candidature pour le poste de
Product Owner chez Doctolib a bien été envoyée", "Nous avons bien reçu votre candidature au poste de Product Owner
Paiements" from BNP Paribas, Doctolib's "Nous aimerions échanger avec toi lors d'un premier call de 30 minutes",
Alan's Teamtailor "Merci pour ta candidature", "après étude attentive de ton profil, nous ne donnerons pas suite",
a consultant's "J'ai le plaisir de vous informer que j'ai transmis votre dossier à notre client, la Société
Générale", "la Société Générale souhaite vous rencontrer", Doctolib's "un cas pratique", "nous avons le plaisir de te
proposer le poste", her "J'accepte avec plaisir votre proposition" and her thanks after the interview.  Negatives:
APEC's alert, Welcome to the Jungle's newsletter, a second consultant's cold mail, BNP Paribas's account notice (a
bank she applied to), the SNCF and her mother.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.dubois.po@gmail.com"
ME = f"Camille Dubois <{CAMILLE}>"
WTTJ = "Welcome to the Jungle <candidatures@welcometothejungle.example>"
HUGO = "Hugo Martin <hugo.martin@doctolib.example>"
ALAN = "Alan <noreply@alan.teamtailor-mail.example>"
BNP = "BNP Paribas <noreply@bnpparibas.successfactors.example>"
SOPHIE = "Sophie Laurent <s.laurent@fedpartners.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Doctolib",
        "applied",
        "2025-09-08",
        WTTJ,
        "Ta candidature chez Doctolib a bien été envoyée",
        "Bonjour Camille,\n\nTa candidature pour le poste de Product Owner - Agenda chez Doctolib a bien été envoyée. "
        "Tu recevras une réponse directement de l'entreprise.\n\nL'équipe Welcome to the Jungle",
        "t-doc",
    ),
    (
        "Alan",
        "applied",
        "2025-09-08",
        ALAN,
        "Merci pour ta candidature",
        "Hello Camille,\n\nMerci pour ta candidature au poste de Product Owner chez Alan ! On revient vers toi très "
        "vite.\n\nL'équipe Talent d'Alan",
        "t-alan",
    ),
    (
        "BNP Paribas",
        "applied",
        "2025-09-09",
        BNP,
        "Confirmation de candidature",
        "Madame,\n\nNous avons bien reçu votre candidature au poste de Product Owner Paiements (réf. 25-0093418) et "
        "vous remercions de l'intérêt que vous portez à BNP Paribas.\n\nL'équipe Recrutement BNP Paribas",
        "t-bnp",
    ),
    (
        "Société Générale",
        "applied",
        "2025-09-10",
        SOPHIE,
        "Product Owner Data - votre candidature",
        "Bonjour Madame Dubois,\n\nSuite à notre entretien téléphonique, j'ai le plaisir de vous informer que j'ai "
        "transmis votre dossier à notre client, la Société Générale, pour le poste de Product Owner Data.\n\nBien "
        "cordialement,\nSophie Laurent\nFed Partners",
        "t-sg",
    ),
    (
        "Doctolib",
        "screen",
        "2025-09-12",
        HUGO,
        "Doctolib - Product Owner Agenda",
        "Bonjour Camille,\n\nJe suis Hugo, talent acquisition chez Doctolib. Ton profil nous plaît beaucoup ! Nous "
        "aimerions échanger avec toi lors d'un premier call de 30 minutes. Quelles sont tes disponibilités cette "
        "semaine ?\n\nHugo",
        "t-doc2",
    ),
    (
        "Alan",
        "rejected",
        "2025-09-16",
        ALAN,
        "Ta candidature chez Alan",
        "Hello Camille,\n\nMerci pour le temps que tu nous as accordé. Après étude attentive de ton profil, nous ne "
        "donnerons pas suite à ta candidature pour ce poste.\n\nL'équipe Talent d'Alan",
        "t-alan",
    ),
    (
        "Société Générale",
        "interview",
        "2025-09-17",
        SOPHIE,
        "RE: Product Owner Data - votre candidature",
        "Bonjour Madame Dubois,\n\nBonne nouvelle : la Société Générale souhaite vous rencontrer. L'entretien avec le "
        "manager aurait lieu mardi 23 septembre à 14h à La Défense.\n\nBien cordialement,\nSophie Laurent",
        "t-sg",
    ),
    (
        "Doctolib",
        "interview",
        "2025-09-18",
        HUGO,
        "RE: Doctolib - Product Owner Agenda",
        "Bonjour Camille,\n\nMerci pour l'échange ! Prochaine étape : un cas pratique à préparer (1h) puis à présenter "
        "à Léa, notre Head of Product, jeudi prochain.\n\nHugo",
        "t-doc2",
    ),
    (
        "Société Générale",
        "thank_you",
        "2025-09-23",
        ME,
        "RE: Product Owner Data - votre candidature",
        "Bonjour Sophie,\n\nL'entretien s'est très bien passé, merci encore de m'avoir présentée. Je reste très "
        "intéressée par le poste.\n\nBien cordialement,\nCamille",
        "t-sg",
    ),
    (
        "BNP Paribas",
        "rejected",
        "2025-09-26",
        BNP,
        "Votre candidature chez BNP Paribas",
        "Madame,\n\nNous vous remercions de l'intérêt porté à BNP Paribas. Nous sommes au regret de vous informer que "
        "votre candidature n'a pas été retenue.\n\nL'équipe Recrutement BNP Paribas",
        "t-bnp",
    ),
    (
        "Doctolib",
        "offer",
        "2025-10-02",
        HUGO,
        "Proposition - Doctolib",
        "Bonjour Camille,\n\nToute l'équipe a été conquise : nous avons le plaisir de te proposer le poste de Product "
        "Owner - Agenda ! Je t'envoie la proposition détaillée aujourd'hui.\n\nHugo",
        "t-doc3",
    ),
    (
        "Doctolib",
        "accepted",
        "2025-10-03",
        ME,
        "RE: Proposition - Doctolib",
        "Bonjour Hugo,\n\nJ'accepte avec plaisir votre proposition ! Merci à toute l'équipe.\n\nCamille",
        "t-doc3",
    ),
]

_NEGATIVES = [
    (
        "APEC <alertes@apec.example>",
        "Vos nouvelles offres : Product Owner",
        "alert",
        "Product Owner - Paris 9e. Product Manager - Boulogne. Voir les offres.",
    ),
    (
        "Welcome to the Jungle <newsletter@welcometothejungle.example>",
        "La newsletter du vendredi",
        "newsletter",
        "Les articles de la semaine. Se désinscrire.",
    ),
    (
        "Thomas Girard <t.girard@hunteo.example>",
        "Opportunité Head of Product - fintech",
        "outreach",
        "Bonjour Camille, je me permets de vous contacter pour un poste de Head of Product dans une fintech. Seriez-vous "
        "disponible pour en parler ?",
    ),
    (
        "BNP Paribas <notifications@mabanque.bnpparibas.example>",
        "Votre relevé de compte est disponible",
        "other",
        "Votre relevé de compte de septembre est disponible dans votre espace client.",
    ),
    (
        "SNCF Connect <noreply@sncf-connect.example>",
        "Votre e-billet Paris - Lyon",
        "other",
        "Votre e-billet pour le trajet Paris - Lyon du 20 septembre.",
    ),
    (
        "Maman <isabelle.dubois@orange.example>",
        "dimanche",
        "personal",
        "Tu viens déjeuner dimanche ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CAMILLE,
        own_to={"Doctolib": HUGO, "Société Générale": SOPHIE},
        offset="+0200",
        clock="10:40:00",
        neg_start="2025-09-07",
        neg_step=5,
        neg_clock="20:35:00",
        tag="fivehundredfortyfour",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=CAMILLE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
