"""A thirteenth mailbox, written as a held-out check after the twelfth's fixes (issue #24): a search in French.

Hugo searches from Lyon and exports Gmail with Takeout: Welcome to the Jungle, HelloWork, APEC, Indeed in French,
Flatchr, Taleo and Recruitee templates in French, recruiters' own mail, a "convocation" to an interview, a
"promesse d'embauche", the French ways of saying no ("nous sommes au regret", "votre profil ne correspond pas",
"nous ne pourrons donner une suite favorable") and the trap of "votre candidature a été retenue" (a yes).  Its
score before any rule was changed for it is in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HUGO = "hugo.bernard.lyon@gmail.com"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Rhône Mobilité",
        "applied",
        "2025-01-13",
        "Rhône Mobilité <no-reply@flatchr.io>",
        "Confirmation de votre candidature",
        "Bonjour Hugo, nous vous confirmons la bonne réception de votre candidature au poste de Développeur Python "
        "chez Rhône Mobilité. Notre équipe reviendra vers vous rapidement.",
        "r1",
    ),
    (
        "Rhône Mobilité",
        "interview",
        "2025-01-21",
        "Claire Martin <claire.martin@rhone-mobilite.fr>",
        "Votre candidature - Développeur Python",
        "Bonjour Hugo, votre candidature a retenu toute notre attention. Je vous propose un premier entretien en "
        "visioconférence mardi 28 janvier à 10h avec le responsable technique. Merci de me confirmer votre "
        "présence.",
        "r2",
    ),
    (
        "Rhône Mobilité",
        "offer",
        "2025-02-12",
        "Claire Martin <claire.martin@rhone-mobilite.fr>",
        "Proposition - Développeur Python",
        "Bonjour Hugo, suite à nos échanges, j'ai le plaisir de vous adresser notre proposition d'embauche en CDI "
        "pour le poste de Développeur Python. Vous trouverez en pièce jointe la promesse d'embauche.",
        "r2",
    ),
    (
        "Soierie Digitale",
        "applied",
        "2025-01-14",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Votre candidature chez Soierie Digitale a bien été envoyée",
        "Bonjour Hugo, votre candidature pour le poste Data Engineer chez Soierie Digitale a bien été envoyée. "
        "Bonne chance !",
        "s1",
    ),
    (
        "Soierie Digitale",
        "rejected",
        "2025-01-30",
        "Soierie Digitale <jobs@soierie-digitale.com>",
        "Votre candidature Data Engineer",
        "Bonjour Hugo, nous vous remercions de l'intérêt porté à Soierie Digitale. Après étude attentive de votre "
        "dossier, nous sommes au regret de vous informer que votre profil ne correspond pas aux besoins du poste.",
        "s2",
    ),
    (
        "Groupe Confluence",
        "applied",
        "2025-01-15",
        "Groupe Confluence <groupeconfluence@taleo.net>",
        "Groupe Confluence - Accusé de réception de votre candidature",
        "Madame, Monsieur, nous accusons réception de votre candidature au poste d'Ingénieur Logiciel (réf. 25-114) "
        "et vous en remercions.",
        "c1",
    ),
    (
        "Groupe Confluence",
        "interview",
        "2025-01-29",
        "Groupe Confluence <groupeconfluence@taleo.net>",
        "Convocation à un entretien",
        "Monsieur Bernard, nous avons le plaisir de vous informer que votre candidature a été retenue pour un "
        "entretien le mercredi 5 février à 14h dans nos locaux de Villeurbanne, avec la responsable du service.",
        "c1",
    ),
    (
        "Groupe Confluence",
        "rejected",
        "2025-02-14",
        "Groupe Confluence <groupeconfluence@taleo.net>",
        "Suite à votre entretien",
        "Monsieur Bernard, nous vous remercions pour le temps consacré à notre entretien. Nous ne pourrons "
        "malheureusement pas donner une suite favorable à votre candidature, un autre candidat ayant été retenu.",
        "c1",
    ),
    (
        "Canut Labs",
        "applied",
        "2025-01-16",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature a été transmise à Canut Labs",
        "Bonjour Hugo, votre candidature au poste de Développeur Backend a été transmise au recruteur de Canut Labs.",
        "k1",
    ),
    (
        "Canut Labs",
        "screen",
        "2025-01-22",
        "Julie Petit <julie@canutlabs.io>",
        "Canut Labs - échange",
        "Bonjour Hugo, merci pour votre candidature. Seriez-vous disponible pour un premier échange téléphonique de "
        "20 minutes cette semaine ?",
        "k2",
    ),
    (
        "Canut Labs",
        "interview",
        "2025-02-03",
        "Julie Petit <julie@canutlabs.io>",
        "Re: Canut Labs - échange",
        "Bonjour Hugo, suite à notre échange, l'équipe technique souhaite vous proposer un entretien technique "
        "(live coding) jeudi prochain. Quels sont vos créneaux ?",
        "k2",
    ),
    (
        "Canut Labs",
        "rejected",
        "2025-02-17",
        "Julie Petit <julie@canutlabs.io>",
        "Re: Canut Labs - échange",
        "Bonjour Hugo, merci pour votre temps. Nous avons finalement décidé de poursuivre avec un profil plus "
        "expérimenté sur Kubernetes. Je vous souhaite une belle réussite dans vos recherches.",
        "k2",
    ),
    (
        "Banque Part-Dieu",
        "applied",
        "2025-01-17",
        "APEC <ne-pas-repondre@apec.fr>",
        "Votre candidature a bien été envoyée",
        "Bonjour, votre candidature à l'offre Analyste Développeur (Banque Part-Dieu) a bien été envoyée au recruteur.",
        "b1",
    ),
    (
        "Banque Part-Dieu",
        "rejected",
        "2025-02-05",
        "Banque Part-Dieu Recrutement <recrutement@banquepartdieu.fr>",
        "Votre candidature - Analyste Développeur",
        "Monsieur, nous avons bien reçu votre candidature et vous remercions de l'intérêt que vous portez à notre "
        "établissement. Malheureusement, nous ne sommes pas en mesure d'y répondre favorablement.",
        "b2",
    ),
    (
        "Fourvière Studio",
        "applied",
        "2025-01-20",
        f"Hugo Bernard <{HUGO}>",
        "Candidature spontanée - Développeur",
        "Bonjour, je me permets de vous adresser ma candidature spontanée pour un poste de développeur. Vous "
        "trouverez mon CV en pièce jointe. Cordialement, Hugo Bernard",
        "f1",
    ),
    (
        "Fourvière Studio",
        "interview",
        "2025-01-27",
        "Marc Dubois <marc@fourviere-studio.fr>",
        "Re: Candidature spontanée - Développeur",
        "Bonjour Hugo, merci pour votre message. Nous aimerions vous rencontrer pour discuter d'un poste qui se "
        "libère dans l'équipe. Êtes-vous disponible jeudi en fin de journée ?",
        "f1",
    ),
    (
        "Fourvière Studio",
        "thank_you",
        "2025-01-30",
        f"Hugo Bernard <{HUGO}>",
        "Re: Candidature spontanée - Développeur",
        "Bonjour Marc, merci encore pour notre rencontre de ce soir, j'ai beaucoup apprécié la présentation de vos "
        "projets. Bien à vous, Hugo",
        "f1",
    ),
    (
        "Fourvière Studio",
        "withdrew",
        "2025-02-13",
        f"Hugo Bernard <{HUGO}>",
        "Re: Candidature spontanée - Développeur",
        "Bonjour Marc, je vous remercie pour votre proposition. J'ai accepté une autre offre et je préfère donc "
        "retirer ma candidature. Au plaisir, Hugo",
        "f1",
    ),
    (
        "Saône Énergie",
        "applied",
        "2025-01-22",
        "Saône Énergie <noreply@saone-energie.recruitee.com>",
        "Merci pour votre candidature !",
        "Bonjour Hugo, merci d'avoir postulé au poste de Développeur Full Stack. Nous étudions votre candidature "
        "et revenons vers vous sous 15 jours.",
        "e1",
    ),
    (
        "Saône Énergie",
        "follow_up",
        "2025-02-10",
        f"Hugo Bernard <{HUGO}>",
        "Re: Merci pour votre candidature !",
        "Bonjour, je me permets de revenir vers vous concernant ma candidature au poste de Développeur Full Stack. "
        "Avez-vous des nouvelles ? Cordialement, Hugo Bernard",
        "e1",
    ),
]

_NEGATIVES = [
    (
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "15 nouvelles offres pour vous",
        "job alert",
        "Découvrez 15 nouvelles offres qui correspondent à vos critères à Lyon.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Nouvelles offres : développeur python - Lyon",
        "job alert",
        "30 nouvelles offres d'emploi pour développeur python à Lyon. Postulez facilement.",
    ),
    (
        "HelloWork <alerte@hellowork.com>",
        "Votre alerte emploi du jour",
        "job alert",
        "Voici les offres du jour correspondant à votre alerte : Développeur Backend (Lyon).",
    ),
    (
        "APEC <newsletter@apec.fr>",
        "Réussir son entretien d'embauche",
        "newsletter",
        "Nos conseils pour préparer votre prochain entretien. Se désabonner.",
    ),
    (
        "Thomas Leroy <t.leroy@talentcabinet.fr>",
        "Opportunité Lead Dev - Lyon",
        "cold outreach",
        "Bonjour Hugo, votre profil a retenu mon attention pour un poste de Lead Developer chez un client. "
        "Seriez-vous ouvert à un échange ?",
    ),
    (
        "LinkedIn <messages-noreply@linkedin.com>",
        "Nouveau message de Sarah",
        "cold outreach",
        "Bonjour Hugo, je recrute pour une scale-up lyonnaise et votre parcours m'intéresse. Disponible pour en "
        "parler ?",
    ),
    (
        "Crédit Lyonnais <no-reply@lcl.fr>",
        "Votre demande de prêt immobilier",
        "not a job application",
        "Nous avons bien reçu votre demande de prêt. Un conseiller vous contactera.",
    ),
    (
        "SeLoger <noreply@seloger.com>",
        "Votre dossier de location",
        "not a job application",
        "Votre dossier de candidature pour l'appartement rue Garibaldi a été transmis à l'agence.",
    ),
    (
        "Fnac <offres@fnac.com>",
        "Offre exclusive : -20% sur les ordinateurs",
        "shop",
        "Profitez de notre offre exclusive. Malheureusement, les stocks sont limités. Se désabonner.",
    ),
    (
        "Doctolib <no-reply@doctolib.fr>",
        "Confirmation de votre rendez-vous",
        "not about an application",
        "Votre rendez-vous avec le Dr Morel est confirmé le 4 février à 9h.",
    ),
    (
        "Indeed <donotreply@indeed.com>",
        "Canut Labs a consulté votre candidature",
        "application viewed",
        "Bonne nouvelle ! Canut Labs a consulté votre candidature pour Développeur Backend.",
    ),
    (
        "Maman <isabelle.bernard@orange.fr>",
        "Dimanche",
        "not about an application",
        "Coucou, tu viens déjeuner dimanche ? Bon courage pour tes entretiens. Bisous",
    ),
    (
        "Meetup <info@meetup.com>",
        "Lyon Python : soirée de février",
        "not about an application",
        "Inscrivez-vous à la soirée du 20 février. RSVP sur la page du groupe.",
    ),
    (
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre rendez-vous conseiller",
        "not about an application",
        "Vous avez rendez-vous avec votre conseiller le 6 février à 10h.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=HUGO,
        own_to={
            "Fourvière Studio": "Marc Dubois <marc@fourviere-studio.fr>",
            "Saône Énergie": "Saône Énergie <noreply@saone-energie.recruitee.com>",
        },
        offset="+0100",
        clock="11:40:00",
        neg_start="2025-01-14",
        neg_step=2,
        neg_clock="08:20:00",
        tag="treize",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
