"""A two-hundred-and-ninety-second mailbox, written as a held-out check after the two-hundred-and-ninety-first
(issue #24).

Yasmine, a financial controller in Casablanca, exports Gmail with Takeout from an account in French ("Messages
envoyés").  Moroccan hiring in French: ReKrute's "Votre candidature a bien été envoyée à", Emploi.ma's receipt, a
bank's SuccessFactors "Accusé de réception" addressed "Madame", a cabinet de recrutement's "j'ai transmis votre
dossier à notre client, un grand groupe industriel" named at the interview, "un entretien avec le DAF" (a round),
"un dernier entretien avec le Directeur Général" (the last), "nous ne pouvons donner une suite favorable", "une
proposition d'embauche", and her own "j'ai le plaisir d'accepter".  Negatives: ReKrute's offers, a business daily's
newsletter, Inwi's bill, a bank's notice, a webinar, a friend.  Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

YASMINE = "yasmine.elidrissi.fin@gmail.com"
ME = f"Yasmine El Idrissi <{YASMINE}>"

_OWN_TO = {
    "Atlas Phosphates Industries": "Karim Benali <k.benali@talentsmaroc.example>",
    "Banque Chaouia": "Recrutement <recrutement@banquechaouia.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Marjane Distribution",
        "applied",
        "2025-04-07",
        "ReKrute <noreply@rekrute.com>",
        "Votre candidature a bien été envoyée",
        "Bonjour Yasmine,\n\nVotre candidature au poste de Contrôleur de gestion a bien été envoyée à Marjane "
        "Distribution.\n\nBonne chance !\nL'équipe ReKrute",
        "m1",
    ),
    (
        "Banque Chaouia",
        "applied",
        "2025-04-08",
        "Banque Chaouia <noreply@banquechaouia.successfactors.example>",
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous accusons réception de votre candidature au poste de Responsable Contrôle de Gestion et vous "
        "remercions de l'intérêt que vous portez à Banque Chaouia.\n\nLa Direction du Capital Humain",
        "b1",
    ),
    (
        "Atlas Phosphates Industries",
        "applied",
        "2025-04-09",
        "Karim Benali <k.benali@talentsmaroc.example>",
        "Poste de Contrôleur financier",
        "Bonjour Madame El Idrissi,\n\nSuite à notre échange téléphonique, j'ai transmis votre dossier à notre client, "
        "un grand groupe industriel basé à Casablanca, pour le poste de Contrôleur financier.\n\nCordialement,\nKarim "
        "Benali\nConsultant Senior, Talents Maroc",
        "a1",
    ),
    (
        "Marjane Distribution",
        "rejected",
        "2025-04-14",
        "ReKrute <noreply@rekrute.com>",
        "Réponse à votre candidature",
        "Bonjour Yasmine,\n\nMarjane Distribution a étudié votre candidature au poste de Contrôleur de gestion. "
        "Malheureusement, elle n'a pas été retenue.\n\nL'équipe ReKrute",
        "m1",
    ),
    (
        "Atlas Phosphates Industries",
        "interview",
        "2025-04-15",
        "Karim Benali <k.benali@talentsmaroc.example>",
        "RE: Poste de Contrôleur financier",
        "Bonjour Madame El Idrissi,\n\nBonne nouvelle : notre client est Atlas Phosphates Industries, et le DAF "
        "souhaite vous rencontrer jeudi 17 avril à 10h sur leur site d'Ain Sebaâ.\n\nCordialement,\nKarim Benali",
        "a1",
    ),
    (
        "Banque Chaouia",
        "interview",
        "2025-04-16",
        "Recrutement <recrutement@banquechaouia.example>",
        "Convocation à un entretien",
        "Madame,\n\nNous avons le plaisir de vous convier à un entretien avec le Directeur Financier le mardi 22 avril "
        "à 11h au siège de la banque.\n\nLa Direction du Capital Humain",
        "b2",
    ),
    (
        "Atlas Phosphates Industries",
        "onsite",
        "2025-04-23",
        "Karim Benali <k.benali@talentsmaroc.example>",
        "RE: Poste de Contrôleur financier",
        "Bonjour Madame El Idrissi,\n\nLe DAF a été très satisfait. Il vous propose un dernier entretien avec le "
        "Directeur Général le lundi 28 avril à 15h.\n\nCordialement,\nKarim Benali",
        "a1",
    ),
    (
        "Banque Chaouia",
        "rejected",
        "2025-04-29",
        "Recrutement <recrutement@banquechaouia.example>",
        "Votre candidature",
        "Madame,\n\nNous vous remercions pour le temps consacré à nos entretiens. Nous sommes toutefois au regret de "
        "vous informer que nous ne pouvons donner une suite favorable à votre candidature.\n\nLa Direction du Capital "
        "Humain",
        "b2",
    ),
    (
        "Atlas Phosphates Industries",
        "offer",
        "2025-05-05",
        "Karim Benali <k.benali@talentsmaroc.example>",
        "Proposition d'embauche - Atlas Phosphates Industries",
        "Bonjour Madame El Idrissi,\n\nJ'ai le plaisir de vous transmettre la proposition d'embauche d'Atlas Phosphates "
        "Industries pour le poste de Contrôleur financier, avec une prise de poste le 2 juin.\n\nCordialement,\nKarim "
        "Benali",
        "a2",
    ),
    (
        "Atlas Phosphates Industries",
        "accepted",
        "2025-05-07",
        ME,
        "RE: Proposition d'embauche - Atlas Phosphates Industries",
        "Bonjour Monsieur Benali,\n\nJ'ai le plaisir d'accepter la proposition d'embauche et vous renvoie le document "
        "signé.\n\nBien cordialement,\nYasmine El Idrissi",
        "a2",
    ),
]

_NEGATIVES = [
    (
        "ReKrute <offres@rekrute.com>",
        "Nouvelles offres : Contrôleur de gestion",
        "alert",
        "Contrôleur de gestion - Casablanca. Responsable financier - Rabat. Auditeur interne - Tanger.",
    ),
    (
        "L'Économiste <newsletter@leconomiste.example>",
        "L'essentiel de l'actualité économique",
        "newsletter",
        "Bourse de Casablanca, loi de finances et actualité des entreprises.",
    ),
    (
        "inwi <facture@inwi.example>",
        "Votre facture est disponible",
        "other",
        "Votre facture du mois d'avril est disponible dans votre espace client.",
    ),
    (
        "Banque Populaire <notifications@bp.example>",
        "Opération sur votre compte",
        "other",
        "Une opération de 1 200 MAD a été effectuée sur votre compte.",
    ),
    (
        "DFCG Maroc <events@dfcg.example>",
        "Webinaire : IFRS 16 en pratique",
        "newsletter",
        "Inscrivez-vous à notre webinaire sur IFRS 16 le jeudi 24 avril.",
    ),
    (
        "Salma Bennani <salma.bennani@gmail.example>",
        "ftour samedi",
        "personal",
        "ftour chez moi samedi ? toute la bande sera là",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (her account's labels in French)."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=YASMINE,
        own_to=_OWN_TO,
        offset="+0100",
        clock="10:50:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="20:20:00",
        tag="twohundredninetytwo",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=YASMINE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(
        Path(folder) / "Tous les messages, y compris ceux du dossier Spam et de la corbeille.mbox",
        msgs if msgs is not None else messages(),
    )
