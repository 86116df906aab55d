"""A hundred-and-eighty-first mailbox, written as a held-out check after the hundred-and-eightieth (issue #24).

Inès, a sales advisor in Paris looking for work in luxury retail, exported Gmail with Takeout, in French.  Maisons
and department stores hire through Cegid Talentsoft, SmartRecruiters and Welcome to the Jungle, with a "entretien
collectif" (a group interview), an interview with the store director, a "mise en situation" on the shop floor and a
"promesse d'embauche"; a perfumer answers through Indeed, and a small boutique's owner by her own mail.
Negatives: a maison's private-sale invitation and loyalty points, a fashion newsletter, a transport pass, a bank, a
friend, job alerts.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

INES = "ines.benali.paris@gmail.com"
ME = f"Inès Benali <{INES}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Maison Delorme",
        "applied",
        "2025-09-01",
        "Maison Delorme Recrutement <noreply@talentsoft.com>",
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous avons bien reçu votre candidature au poste de Conseillère de Vente - Boutique Faubourg "
        "Saint-Honoré et nous vous en remercions. Notre équipe recrutement l'étudie avec attention.\n\nL'équipe "
        "Recrutement Maison Delorme",
        "d1",
    ),
    (
        "Galeries Saint-Honoré",
        "applied",
        "2025-09-02",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature a bien été envoyée",
        "Bonjour Inès,\n\nVotre candidature pour le poste de Vendeuse Luxe (CDI) chez Galeries Saint-Honoré a bien "
        "été envoyée. Bonne chance !\n\nL'équipe Welcome to the Jungle",
        "g1",
    ),
    (
        "Parfums Élise",
        "applied",
        "2025-09-03",
        "Indeed <indeedapply@indeed.com>",
        "Candidature Indeed : Conseillère beauté",
        "Candidature envoyée\n\nConseillère beauté\nParfums Élise - Paris (75)\n\nLes éléments suivants ont été "
        "envoyés à Parfums Élise. Bonne chance !",
        "p1",
    ),
    (
        "Atelier Suzanne",
        "applied",
        "2025-09-04",
        ME,
        "Candidature spontanée - Conseillère de vente",
        "Madame,\n\nCliente de votre boutique depuis plusieurs années, je me permets de vous adresser ma candidature "
        "spontanée pour un poste de conseillère de vente. Vous trouverez mon CV en pièce jointe.\n\nBien "
        "cordialement,\nInès Benali",
        "a1",
    ),
    (
        "Maison Delorme",
        "interview",
        "2025-09-08",
        "Maison Delorme Recrutement <noreply@talentsoft.com>",
        "Invitation à un entretien collectif",
        "Madame,\n\nVotre profil a retenu notre attention. Nous avons le plaisir de vous convier à un entretien "
        "collectif le jeudi 11 septembre à 9h30 au 24 rue du Faubourg Saint-Honoré.\n\nL'équipe Recrutement Maison "
        "Delorme",
        "d2",
    ),
    (
        "Atelier Suzanne",
        "interview",
        "2025-09-09",
        "Suzanne Morel <atelier.suzanne@orange.fr>",
        "RE: Candidature spontanée - Conseillère de vente",
        "Bonjour Inès,\n\nMerci pour votre message. Passez me voir à la boutique samedi vers 11h, nous en "
        "discuterons autour d'un café.\n\nSuzanne Morel",
        "a1",
    ),
    (
        "Parfums Élise",
        "rejected",
        "2025-09-12",
        "Parfums Élise via Indeed <reply-9c2e71@indeedemail.com>",
        "Votre candidature - Conseillère beauté",
        "Bonjour Inès,\n\nNous vous remercions de l'intérêt que vous portez à Parfums Élise. Après étude de votre "
        "candidature, nous sommes au regret de vous informer qu'elle n'a pas été retenue.\n\nCordialement,\n"
        "Parfums Élise",
        "p2",
    ),
    (
        "Maison Delorme",
        "interview",
        "2025-09-15",
        "Claire Fontaine <claire.fontaine@maisondelorme.com>",
        "Suite de votre candidature - entretien",
        "Bonjour Inès,\n\nSuite à l'entretien collectif, je souhaiterais vous rencontrer en entretien individuel avec "
        "la Directrice de la boutique, mardi 16 septembre à 15h.\n\nBien à vous,\nClaire Fontaine\nChargée de "
        "recrutement",
        "d3",
    ),
    (
        "Galeries Saint-Honoré",
        "follow_up",
        "2025-09-16",
        ME,
        "Candidature Vendeuse Luxe - relance",
        "Bonjour,\n\nJe me permets de vous relancer concernant ma candidature au poste de Vendeuse Luxe envoyée le 2 "
        "septembre. Je reste à votre disposition pour un échange.\n\nBien cordialement,\nInès Benali",
        "g2",
    ),
    (
        "Maison Delorme",
        "onsite",
        "2025-09-18",
        "Claire Fontaine <claire.fontaine@maisondelorme.com>",
        "Mise en situation en boutique",
        "Bonjour Inès,\n\nLa Directrice a beaucoup apprécié votre échange. Dernière étape : une mise en situation en "
        "boutique d'une demi-journée, le lundi 22 septembre de 10h à 14h.\n\nBien à vous,\nClaire Fontaine",
        "d4",
    ),
    (
        "Galeries Saint-Honoré",
        "rejected",
        "2025-09-19",
        "Galeries Saint-Honoré <recrutement@smartrecruiters.com>",
        "Votre candidature chez Galeries Saint-Honoré",
        "Bonjour Inès,\n\nNous vous remercions pour votre candidature. Malheureusement, nous avons choisi de "
        "poursuivre avec d'autres profils pour ce poste.\n\nL'équipe Talent Galeries Saint-Honoré",
        "g3",
    ),
    (
        "Maison Delorme",
        "offer",
        "2025-09-25",
        "Claire Fontaine <claire.fontaine@maisondelorme.com>",
        "Promesse d'embauche - Conseillère de Vente",
        "Bonjour Inès,\n\nJ'ai le plaisir de vous proposer le poste de Conseillère de Vente en CDI. Vous trouverez "
        "ci-joint votre promesse d'embauche.\n\nBien à vous,\nClaire Fontaine",
        "d5",
    ),
    (
        "Maison Delorme",
        "accepted",
        "2025-09-26",
        ME,
        "RE: Promesse d'embauche - Conseillère de Vente",
        "Bonjour Claire,\n\nJe vous confirme avec grand plaisir mon acceptation. Je vous renvoie la promesse "
        "d'embauche signée.\n\nBien à vous,\nInès",
        "d5",
    ),
]

_OWN_TO = {
    "Atelier Suzanne": "Suzanne Morel <atelier.suzanne@orange.fr>",
    "Galeries Saint-Honoré": "recrutement@galeries-sainthonore.fr",
    "Maison Delorme": "Claire Fontaine <claire.fontaine@maisondelorme.com>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Maison Delorme <clientele@maisondelorme.com>",
        "Invitation : vente privée",
        "shop",
        "Chère cliente, nous avons le plaisir de vous convier à notre vente privée du 20 au 22 septembre. Se "
        "désinscrire",
    ),
    (
        "Parfums Élise <fidelite@parfums-elise.fr>",
        "Vos points fidélité",
        "shop",
        "Vous avez 320 points. Profitez d'un soin offert en boutique. Se désinscrire",
    ),
    (
        "Vogue Paris <newsletter@vogue.fr>",
        "Les tendances de la rentrée",
        "newsletter",
        "Les pièces à avoir cette saison, et nos adresses préférées à Paris.",
    ),
    (
        "Navigo <noreply@iledefrance-mobilites.fr>",
        "Votre forfait Navigo est renouvelé",
        "not about an application",
        "Votre forfait Navigo mensuel a été renouvelé pour octobre.",
    ),
    (
        "Boursorama <service@boursorama.fr>",
        "Votre relevé de compte",
        "not about an application",
        "Votre relevé de compte de septembre est disponible dans votre espace client.",
    ),
    (
        "Yasmine Benali <yasmine.benali@gmail.com>",
        "dimanche",
        "personal",
        "On déjeune chez maman dimanche ? Tu me racontes tes entretiens !",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Nouvelles offres : Conseiller de vente luxe",
        "alert",
        "Conseiller de vente - Paris 8e. Vendeur luxe - Paris 1er. Voir toutes les offres.",
    ),
    (
        "Welcome to the Jungle <jobs@welcometothejungle.com>",
        "Ces offres pourraient vous plaire",
        "alert",
        "Vendeuse - Maison de couture. Store Manager - Marais. Découvrir.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=INES,
        own_to=_OWN_TO,
        offset="+0200",
        clock="12:40:00",
        neg_start="2025-08-31",
        neg_step=3,
        neg_clock="08:20:00",
        tag="hundredeightyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
