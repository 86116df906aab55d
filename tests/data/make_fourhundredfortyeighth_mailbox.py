"""A four-hundred-and-forty-eighth mailbox, written as a held-out check after the four-hundred-and-forty-seventh
(issue #24).

Camille Leroy, a product designer in Paris, keeps her search in a Gmail account set to French and exports it with
Takeout ("Messages envoyés", "Boîte de réception").  Paris start-ups write French with "tu": Welcome to the Jungle's
"Ta candidature chez Alan a bien été envoyée", a Teamtailor "Merci pour ta candidature !", Lever in French, "On
aimerait beaucoup échanger avec toi", an étude de cas à rendre, "une dernière étape : rencontrer l'équipe dans nos
locaux", "Nous ne donnerons pas suite", a promesse d'embauche, her "Merci encore pour cet échange", her "je me permets
de revenir vers vous" and her "je décline votre proposition".  Negatives: Welcome to the Jungle's newsletter, an
alert, a recruiter's cold "Opportunité Lead Designer", a meetup, the SNCF and her flatmate.  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.leroy.design@gmail.com"
ME = f"Camille Leroy <{CAMILLE}>"
WTTJ = "Welcome to the Jungle <noreply@welcometothejungle.example>"
LEA = "Léa Martin <lea.martin@alan.example>"
INES = "Inès Petit <ines.petit@backmarket.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Alan",
        "applied",
        "2025-05-05",
        WTTJ,
        "Ta candidature chez Alan a bien été envoyée",
        "Bonjour Camille,\n\nTa candidature pour le poste de Product Designer chez Alan a bien été envoyée. Tu peux "
        "suivre son avancement depuis ton espace candidat.\n\nBonne chance !\nL'équipe Welcome to the Jungle",
        "t-alan",
    ),
    (
        "Qonto",
        "applied",
        "2025-05-06",
        "Qonto <no-reply@teamtailor.example>",
        "Merci pour ta candidature !",
        "Hello Camille,\n\nMerci pour ta candidature au poste de Senior Product Designer chez Qonto ! Notre équipe va "
        "l'étudier attentivement et reviendra vers toi rapidement.\n\nÀ très vite,\nL'équipe Talent de Qonto",
        "t-qonto",
    ),
    (
        "Back Market",
        "applied",
        "2025-05-07",
        "Back Market <no-reply@hire.lever.co>",
        "Back Market - candidature reçue",
        "Bonjour Camille,\n\nNous avons bien reçu ta candidature pour le poste de Product Designer - Checkout. Merci de "
        "l'intérêt que tu portes à Back Market !\n\nLa team Talent",
        "t-bm",
    ),
    (
        "Alan",
        "screen",
        "2025-05-12",
        LEA,
        "Ta candidature chez Alan",
        "Hello Camille,\n\nJe suis Léa, Talent Partner chez Alan. Ton portfolio nous a beaucoup plu ! On aimerait "
        "beaucoup échanger avec toi lors d'un premier call de 30 minutes. Voici mon agenda : "
        "https://calendly.example/lea-alan\n\nLéa",
        "t-alan2",
    ),
    (
        "Qonto",
        "rejected",
        "2025-05-13",
        "Qonto <no-reply@teamtailor.example>",
        "Ta candidature chez Qonto",
        "Hello Camille,\n\nMerci pour le temps consacré à ta candidature. Après étude de ton profil, nous ne donnerons "
        "pas suite pour le poste de Senior Product Designer.\n\nNous te souhaitons le meilleur pour la suite,\n"
        "L'équipe Talent de Qonto",
        "t-qonto",
    ),
    (
        "Alan",
        "interview",
        "2025-05-16",
        LEA,
        "RE: Ta candidature chez Alan",
        "Camille,\n\nMerci pour l'échange de mardi ! Prochaine étape : une étude de cas à rendre sous une semaine, puis "
        "on la débriefe ensemble avec Thomas, notre Head of Design. Je t'envoie le brief en pièce jointe.\n\nLéa",
        "t-alan2",
    ),
    (
        "Back Market",
        "interview",
        "2025-05-19",
        INES,
        "Entretien Product Designer - Checkout",
        "Bonjour Camille,\n\nJe serais ravie de te rencontrer pour parler du poste de Product Designer - Checkout. "
        "Serais-tu disponible jeudi à 11h pour un entretien en visio avec notre Design Manager ?\n\nInès Petit\n"
        "Talent Acquisition, Back Market",
        "t-bm2",
    ),
    (
        "Back Market",
        "thank_you",
        "2025-05-22",
        ME,
        "RE: Entretien Product Designer - Checkout",
        "Bonjour Inès,\n\nMerci encore pour cet échange très intéressant ce matin, j'ai beaucoup aimé découvrir l'équipe "
        "Checkout.\n\nBelle journée,\nCamille",
        "t-bm2",
    ),
    (
        "Alan",
        "onsite",
        "2025-05-28",
        LEA,
        "RE: Ta candidature chez Alan",
        "Camille,\n\nTon étude de cas a convaincu l'équipe ! Il reste une dernière étape : rencontrer l'équipe dans nos "
        "locaux du 10e, mercredi 4 juin de 14h à 17h.\n\nLéa",
        "t-alan2",
    ),
    (
        "Back Market",
        "follow_up",
        "2025-06-03",
        ME,
        "RE: Entretien Product Designer - Checkout",
        "Bonjour Inès,\n\nJe me permets de revenir vers vous concernant le poste de Product Designer - Checkout. "
        "Avez-vous des nouvelles ?\n\nBien à vous,\nCamille",
        "t-bm2",
    ),
    (
        "Alan",
        "offer",
        "2025-06-06",
        LEA,
        "Ta promesse d'embauche - Alan",
        "Camille,\n\nQuelle joie de t'annoncer que nous aimerions t'accueillir chez Alan en tant que Product Designer ! "
        "Tu trouveras ta promesse d'embauche en pièce jointe.\n\nLéa",
        "t-alan3",
    ),
    (
        "Back Market",
        "offer",
        "2025-06-09",
        INES,
        "RE: Entretien Product Designer - Checkout",
        "Bonjour Camille,\n\nMerci pour ta patience ! L'équipe a adoré ton approche et nous souhaitons te faire une "
        "proposition pour le poste de Product Designer - Checkout.\n\nInès",
        "t-bm2",
    ),
    (
        "Alan",
        "accepted",
        "2025-06-10",
        ME,
        "RE: Ta promesse d'embauche - Alan",
        "Hello Léa,\n\nJe suis ravie d'accepter ! Je te renvoie la promesse signée dans la journée.\n\nCamille",
        "t-alan3",
    ),
    (
        "Back Market",
        "declined",
        "2025-06-10",
        ME,
        "RE: Entretien Product Designer - Checkout",
        "Bonjour Inès,\n\nMerci beaucoup pour cette proposition. Après réflexion, j'ai accepté une autre offre et je "
        "décline donc votre proposition. J'ai beaucoup apprécié nos échanges.\n\nCamille",
        "t-bm2",
    ),
]

_NEGATIVES = [
    (
        "Welcome to the Jungle <newsletter@welcometothejungle.example>",
        "Les 10 entreprises qui recrutent des designers",
        "newsletter",
        "Découvre les entreprises qui recrutent. Se désinscrire.",
    ),
    (
        "Welcome to the Jungle Alertes <alertes@welcometothejungle.example>",
        "Nouvelles offres : Product Designer à Paris",
        "alert",
        "Product Designer - Doctolib. UX Designer - Swile. Voir les offres.",
    ),
    (
        "Julien Moreau <julien@talentsdesign.example>",
        "Opportunité Lead Designer",
        "outreach",
        "Bonjour Camille, j'accompagne une scale-up parisienne qui recrute un Lead Designer. Ton profil m'a tapé dans "
        "l'œil : serais-tu ouverte à un échange ?",
    ),
    (
        "Paris UX Meetup <hello@parisux.example>",
        "Prochain meetup : le design system en 2025",
        "newsletter",
        "Rendez-vous le 12 juin. Inscription gratuite.",
    ),
    (
        "SNCF Connect <noreply@sncf-connect.example>",
        "Votre e-billet",
        "other",
        "Paris Gare de Lyon - Lyon Part-Dieu, le 14 juin.",
    ),
    (
        "Manon Dubois <manon.dubois@gmail.example>",
        "courses",
        "personal",
        "Tu peux prendre du pain en rentrant ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CAMILLE,
        own_to={"Back Market": INES, "Alan": LEA},
        offset="+0200",
        clock="10:15:00",
        neg_start="2025-05-04",
        neg_step=6,
        neg_clock="20:50:00",
        tag="fourhundredfortyeight",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=CAMILLE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
