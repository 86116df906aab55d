"""A hundred-and-ninety-fourth mailbox, written as a held-out check after the hundred-and-ninety-third (issue #24).

Mathis, a master's student in Lille looking for an "alternance" (a work-study contract) in digital marketing,
exported Gmail with Takeout from an account in French ("Messages envoyés", "Boîte de réception").  French
work-study hiring: Walt and HelloWork relay applications (Walt says "tu"), a bank's Taleo and a retailer's
SmartRecruiters answer formally, a small agency's founder writes "je te propose de passer à l'agence", a
"contrat d'apprentissage" is the offer; Mathis follows up, accepts and withdraws in his own words.  Negatives: his
school's calendar, his training centre's registration ("il te reste à trouver ton entreprise"), HelloWork's
alerts, Walt's "ta candidature a été vue", a newsletter on hiring aid for apprentices, a friend.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MATHIS = "mathis.lefebvre.mkt@gmail.com"
ME = f"Mathis Lefebvre <{MATHIS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Banque Flandres Artois",
        "applied",
        "2025-04-07",
        "Banque Flandres Artois - Recrutement <bfa@taleo.net>",
        "Confirmation de votre candidature",
        "Bonjour Mathis Lefebvre,\n\nNous avons bien reçu votre candidature pour le poste d'Alternant(e) Chargé(e) "
        "de marketing digital (H/F) - Lille, réf. 2500318, et nous vous remercions de l'intérêt que vous portez à "
        "Banque Flandres Artois.\n\nNotre équipe recrutement étudiera votre profil avec attention.\n\nCordialement,"
        "\nLa Direction des Ressources Humaines",
        "b1",
    ),
    (
        "Pixelune",
        "applied",
        "2025-04-07",
        "Walt <hello@walt.community>",
        "Ta candidature chez Pixelune est envoyée 🚀",
        "Hello Mathis,\n\nTa candidature pour l'offre Alternance - Social Media & Content chez Pixelune a bien été "
        "envoyée ! L'entreprise reviendra vers toi directement.\n\nBonne chance,\nL'équipe Walt",
        "p1",
    ),
    (
        "Maison Verlaine",
        "applied",
        "2025-04-08",
        "Maison Verlaine <no-reply@smartrecruiters.com>",
        "Maison Verlaine - Votre candidature",
        "Bonjour Mathis,\n\nMerci pour votre candidature au poste Alternance - Assistant(e) CRM & E-commerce. Nous "
        "l'avons bien reçue et nous reviendrons vers vous dans les meilleurs délais.\n\nBien cordialement,\n"
        "L'équipe Talents de Maison Verlaine",
        "m1",
    ),
    (
        "Groupe Rivage",
        "applied",
        "2025-04-09",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature a bien été envoyée",
        "Bonjour Mathis,\n\nVotre candidature a bien été transmise au recruteur.\n\nAlternance - Assistant "
        "Marketing Digital H/F\nGroupe Rivage - Villeneuve-d'Ascq (59)\n\nRetrouvez le suivi de vos candidatures "
        "dans votre espace HelloWork.",
        "g1",
    ),
    (
        "Pixelune",
        "interview",
        "2025-04-11",
        "Camille Roussel <camille@pixelune.fr>",
        "Ta candidature sur Walt",
        "Salut Mathis,\n\nMerci pour ta candidature, ton portfolio Instagram nous a bien plu ! Je te propose de "
        "passer à l'agence mardi prochain vers 17h pour rencontrer l'équipe et discuter du rythme de ton "
        "alternance. On est au 12 rue de Béthune.\n\nÀ bientôt,\nCamille\n\nCamille Roussel\nFondatrice - Pixelune, "
        "agence de communication digitale",
        "p2",
    ),
    (
        "Banque Flandres Artois",
        "screen",
        "2025-04-14",
        "Sophie Delattre <sophie.delattre@bfa-banque.fr>",
        "Votre candidature - Alternance marketing digital",
        "Bonjour Mathis,\n\nVotre candidature a retenu toute notre attention et nous souhaiterions échanger avec "
        "vous lors d'un entretien téléphonique d'une vingtaine de minutes. Seriez-vous disponible jeudi 17 avril "
        "en fin de matinée ?\n\nBien cordialement,\nSophie Delattre\nChargée de recrutement alternance\nBanque "
        "Flandres Artois",
        "b2",
    ),
    (
        "Maison Verlaine",
        "follow_up",
        "2025-04-22",
        ME,
        "Relance - candidature alternance CRM & E-commerce",
        "Bonjour,\n\nJe me permets de revenir vers vous concernant ma candidature au poste d'alternant CRM & "
        "E-commerce envoyée le 8 avril. Je reste très motivé et disponible pour un échange.\n\nBien cordialement,"
        "\nMathis Lefebvre",
        "m2",
    ),
    (
        "Banque Flandres Artois",
        "interview",
        "2025-04-23",
        "Sophie Delattre <sophie.delattre@bfa-banque.fr>",
        "Entretien - Alternance marketing digital",
        "Bonjour Mathis,\n\nSuite à notre échange téléphonique, nous vous proposons un entretien avec Mme Lambert, "
        "responsable marketing digital, et moi-même le mardi 29 avril à 10h dans nos locaux, 8 place du Théâtre à "
        "Lille.\n\nMerci de me confirmer votre présence.\n\nBien cordialement,\nSophie Delattre",
        "b2",
    ),
    (
        "Groupe Rivage",
        "rejected",
        "2025-04-25",
        "Groupe Rivage <recrutement@groupe-rivage.fr>",
        "Votre candidature au sein du Groupe Rivage",
        "Bonjour Mathis,\n\nNous vous remercions pour l'intérêt que vous portez au Groupe Rivage. Après étude "
        "attentive de votre candidature, nous sommes au regret de vous informer qu'elle n'a pas été retenue pour "
        "ce poste.\n\nNous vous souhaitons pleine réussite dans votre recherche d'alternance.\n\nLe service "
        "Ressources Humaines",
        "g2",
    ),
    (
        "Pixelune",
        "offer",
        "2025-04-28",
        "Camille Roussel <camille@pixelune.fr>",
        "Re: Ta candidature sur Walt",
        "Salut Mathis,\n\nOn a adoré te rencontrer ! On aimerait beaucoup t'accueillir en alternance à la rentrée : "
        "contrat d'apprentissage de 24 mois, 3 jours à l'agence et 2 jours à l'école. Dis-moi si c'est bon pour "
        "toi et je lance le contrat avec ton école.\n\nCamille",
        "p2",
    ),
    (
        "Banque Flandres Artois",
        "offer",
        "2025-05-05",
        "Sophie Delattre <sophie.delattre@bfa-banque.fr>",
        "Votre alternance chez Banque Flandres Artois",
        "Bonjour Mathis,\n\nNous avons le plaisir de vous confirmer votre recrutement en contrat d'apprentissage au "
        "sein de la Direction Marketing, à compter du 1er septembre 2025. Votre promesse d'embauche est jointe à ce "
        "message.\n\nBien cordialement,\nSophie Delattre\nChargée de recrutement alternance\nBanque Flandres Artois",
        "b3",
    ),
    (
        "Pixelune",
        "declined",
        "2025-05-06",
        ME,
        "Re: Ta candidature sur Walt",
        "Bonjour Camille,\n\nMerci beaucoup pour ta proposition, j'ai vraiment apprécié notre rencontre. J'ai "
        "finalement choisi une autre entreprise pour mon alternance, plus proche du marketing bancaire que je vise. "
        "J'espère qu'on aura l'occasion de se recroiser !\n\nMathis",
        "p2",
    ),
    (
        "Banque Flandres Artois",
        "accepted",
        "2025-05-06",
        ME,
        "RE: Votre alternance chez Banque Flandres Artois",
        "Bonjour Madame Delattre,\n\nJe vous remercie vivement et je vous confirme mon accord pour rejoindre la "
        "Direction Marketing en alternance à la rentrée. Vous trouverez ci-joint la promesse d'embauche signée.\n\n"
        "Bien cordialement,\nMathis Lefebvre",
        "b3",
    ),
    (
        "Maison Verlaine",
        "withdrew",
        "2025-05-07",
        ME,
        "Retrait de ma candidature - alternance CRM & E-commerce",
        "Bonjour,\n\nAyant trouvé une entreprise pour mon alternance, je souhaite retirer ma candidature au poste "
        "d'alternant CRM & E-commerce. Je vous remercie pour votre attention.\n\nBien cordialement,\nMathis "
        "Lefebvre",
        "m2",
    ),
]

_OWN_TO = {
    "Maison Verlaine": "Maison Verlaine - Talents <talents@maisonverlaine.fr>",
    "Pixelune": "Camille Roussel <camille@pixelune.fr>",
    "Banque Flandres Artois": "Sophie Delattre <sophie.delattre@bfa-banque.fr>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "CFA Nord Sup <inscriptions@cfanordsup.example>",
        "Ton inscription est confirmée - il te reste à trouver ton entreprise",
        "other",
        "Bonjour Mathis, ton inscription en Master Marketing Digital en alternance est confirmée. Il te reste à "
        "trouver ton entreprise d'accueil avant le 30 septembre : consulte nos offres et nos conseils pour ta "
        "candidature.",
    ),
    (
        "HelloWork <alertes@hellowork.com>",
        "15 nouvelles offres d'alternance pour vous",
        "alert",
        "Alternance - Chargé de communication H/F - Lille (59)\nAlternance - Community Manager H/F - Roubaix (59)\n"
        "Voir toutes les offres.",
    ),
    (
        "Walt <hello@walt.community>",
        "Ta candidature chez Pixelune a été vue 👀",
        "viewed",
        "Bonne nouvelle Mathis : Pixelune a consulté ta candidature.",
    ),
    (
        "IAE Lille - Relations entreprises <relations.entreprises@iae-lille.example>",
        "Calendrier de l'alternance 2025-2026",
        "other",
        "Bonjour à tous, vous trouverez ci-joint le calendrier de l'alternance 2025-2026 (rythme 3 jours en "
        "entreprise / 2 jours à l'école) à transmettre à votre future entreprise.",
    ),
    (
        "Le Mag de l'Apprentissage <newsletter@apprentissage.example>",
        "Aide à l'embauche des apprentis : ce qui change en 2025",
        "newsletter",
        "Employeurs, découvrez le montant de l'aide à l'embauche d'un apprenti et les démarches pour en bénéficier.",
    ),
    (
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Les 10 questions les plus posées en entretien d'alternance",
        "newsletter",
        "Préparez votre entretien : nos conseils pour répondre aux questions des recruteurs.",
    ),
    (
        "Lucas Martin <lucas.mrtn@gmail.com>",
        "soirée vendredi",
        "personal",
        "Yo, on fête la fin des partiels vendredi chez Inès, tu viens ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MATHIS,
        own_to=_OWN_TO,
        offset="+0200",
        clock="16:50:00",
        neg_start="2025-04-05",
        neg_step=5,
        neg_clock="08:30:00",
        tag="hundredninetyfour",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=MATHIS)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Tous les messages, y compris ceux du dossier Spam.mbox", msgs or messages())
