"""A five-hundred-and-eighty-second mailbox, written as a held-out check after the five-hundred-and-eighty-first
(issue #24).

Chloé Martin, a compliance officer in Geneva, reads her mail in Thunderbird and exports the inbox as one mbox. Geneva's
private banks and traders write in French, in "vous", through jobup.ch, SuccessFactors and a recruitment firm whose
consultant names the client with its kind before its name: jobup.ch's "Votre candidature a été envoyée à Lombard
Odier", an Adecco consultant's "j'ai présenté votre dossier à notre client, la banque Pictet, pour le poste de
Compliance Officer", Mercuria's SuccessFactors "Nous accusons réception de votre candidature", "la banque Pictet
souhaite vous rencontrer", Lombard Odier's "nous ne sommes malheureusement pas en mesure de donner une suite favorable
à votre dossier", Mercuria's "entretien avec le Head of Compliance", its "second entretien dans nos locaux du quai",
the consultant's "Pictet a retenu un autre profil", Mercuria's "proposition d'engagement", her "J'accepte avec plaisir
votre proposition" and her thanks after the second interview. Negatives: jobup.ch's alert, Le Temps' newsletter, a
second consultant's cold mail, Lombard Odier's own market letter (a bank she applied to), the CFF and her father. Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHLOE = "chloe.martin@bluewin.example"
ME = f"Chloé Martin <{CHLOE}>"
JOBUP = "jobup.ch <noreply@jobup.example>"
ADECCO = "Nicolas Favre <nicolas.favre@adecco.example>"
MERC = "Mercuria <noreply@mercuria.successfactors.example>"
ISA = "Isabelle Rochat <isabelle.rochat@mercuria.example>"
LO = "Lombard Odier <recrutement@lombardodier.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Lombard Odier",
        "applied",
        "2025-10-06",
        JOBUP,
        "Votre candidature a été envoyée",
        "Bonjour Chloé,\n\nVotre candidature a été envoyée à Lombard Odier pour le poste de Compliance Analyst.\n\n"
        "Bonne chance !\nL'équipe jobup.ch",
        None,
    ),
    (
        "Pictet",
        "applied",
        "2025-10-07",
        ADECCO,
        "Compliance Officer - Genève",
        "Madame,\n\nSuite à notre entretien téléphonique, j'ai présenté votre dossier à notre client, la banque Pictet, "
        "pour le poste de Compliance Officer. Je reviens vers vous dès que j'ai un retour.\n\nMeilleures salutations,\n"
        "Nicolas Favre\nAdecco Finance",
        None,
    ),
    (
        "Mercuria",
        "applied",
        "2025-10-08",
        MERC,
        "Accusé de réception",
        "Madame,\n\nNous accusons réception de votre candidature pour le poste de Compliance Officer chez Mercuria et "
        "vous remercions de votre intérêt.\n\nMercuria Talent Acquisition",
        None,
    ),
    (
        "Pictet",
        "interview",
        "2025-10-13",
        ADECCO,
        "RE: Compliance Officer - Genève",
        "Madame,\n\nBonne nouvelle : la banque Pictet souhaite vous rencontrer jeudi à 10h avec le responsable "
        "compliance.\n\nMeilleures salutations,\nNicolas Favre",
        1,
    ),
    (
        "Lombard Odier",
        "rejected",
        "2025-10-14",
        LO,
        "Votre candidature chez Lombard Odier",
        "Madame,\n\nNous vous remercions de l'intérêt porté à Lombard Odier. Nous ne sommes malheureusement pas en "
        "mesure de donner une suite favorable à votre dossier.\n\nRessources Humaines Lombard Odier",
        None,
    ),
    (
        "Mercuria",
        "interview",
        "2025-10-15",
        ISA,
        "Entretien - Compliance Officer",
        "Madame,\n\nVotre profil a retenu notre attention. Nous vous proposons un entretien avec notre Head of "
        "Compliance le mardi 21 octobre à 14h par Teams.\n\nIsabelle Rochat\nHR Business Partner",
        None,
    ),
    (
        "Mercuria",
        "onsite",
        "2025-10-23",
        ISA,
        "RE: Entretien - Compliance Officer",
        "Madame,\n\nMerci pour cet échange. Nous souhaitons vous convier à un second entretien dans nos locaux du quai "
        "du Mont-Blanc avec le General Counsel, le 30 octobre à 9h.\n\nIsabelle Rochat",
        5,
    ),
    (
        "Pictet",
        "rejected",
        "2025-10-24",
        ADECCO,
        "RE: Compliance Officer - Genève",
        "Madame,\n\nJ'ai eu un retour : Pictet a retenu un autre profil, avec davantage d'expérience en gestion "
        "privée.\n\nMeilleures salutations,\nNicolas Favre",
        3,
    ),
    (
        "Mercuria",
        "thank_you",
        "2025-10-30",
        ME,
        "RE: Entretien - Compliance Officer",
        "Madame Rochat,\n\nJe vous remercie pour l'entretien de ce matin et pour votre accueil.\n\nMeilleures "
        "salutations,\nChloé Martin",
        6,
        ISA,
    ),
    (
        "Mercuria",
        "offer",
        "2025-11-05",
        ISA,
        "Proposition d'engagement",
        "Madame,\n\nNous avons le plaisir de vous faire une proposition d'engagement pour le poste de Compliance "
        "Officer. Vous trouverez le détail en annexe.\n\nIsabelle Rochat",
        None,
    ),
    (
        "Mercuria",
        "accepted",
        "2025-11-06",
        ME,
        "RE: Proposition d'engagement",
        "Madame Rochat,\n\nJ'accepte avec plaisir votre proposition. Merci beaucoup.\n\nChloé Martin",
        9,
        ISA,
    ),
]

_NEGATIVES = [
    (
        "jobup.ch <jobmail@jobup.example>",
        "Nouvelles offres : Compliance",
        "alert",
        "Compliance Officer - Genève. AML Analyst - Lausanne. Voir les offres.",
    ),
    (
        "Le Temps <newsletter@letemps.example>",
        "La newsletter du matin",
        "newsletter",
        "L'actualité du jour. Se désinscrire.",
    ),
    (
        "Sophie Blanc <sophie.blanc@michaelpage.example>",
        "Poste de Head of Compliance",
        "outreach",
        "Madame, je me permets de vous contacter au sujet d'un poste de Head of Compliance. Seriez-vous disponible pour "
        "un échange ?",
    ),
    (
        "Lombard Odier <insights@lombardodier.example>",
        "Perspectives de marché",
        "newsletter",
        "Notre lettre mensuelle. Se désinscrire.",
    ),
    (
        "CFF <noreply@cff.example>",
        "Votre billet",
        "other",
        "Votre billet Genève - Lausanne.",
    ),
    (
        "Papa <jean.martin@sunrise.example>",
        "dimanche",
        "personal",
        "On se voit dimanche ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=CHLOE,
        offset=lambda d: "+0200",
        clock="09:25:00",
        neg_start="2025-10-05",
        neg_step=5,
        neg_clock="19:35:00",
        tag="fivehundredeightytwo",
        host="bluewin.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
