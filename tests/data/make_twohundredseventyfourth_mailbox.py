"""A two-hundred-and-seventy-fourth mailbox, written as a held-out check after the two-hundred-and-seventy-third
(issue #24).

Inès, a UX designer in Paris, exports Gmail with Takeout from an account in French ("Messages envoyés").  French
start-up and corporate hiring: Welcome to the Jungle's "Ta candidature a bien été envoyée", a Lever board in English
for a French scale-up, Taleo's "Accusé de réception de votre candidature" for a bank, an "échange RH" (a screen), a
"cas pratique" (a round), "un dernier entretien avec notre CPO" (the last), a "promesse d'embauche" (the offer), "nous
ne donnerons pas suite à ta candidature", and her own "je suis ravie d'accepter".  Negatives: Welcome to the Jungle's
newsletter, an APEC alert, a "Ton profil a été consulté" notice, a design conference, the SNCF, a friend.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

INES = "ines.bouchard.ux@gmail.com"
ME = f"Inès Bouchard <{INES}>"

_OWN_TO = {
    "Panorama Santé": "Claire Morel <claire.morel@panoramasante.fr>",
    "Banque Rivage": "Recrutement <recrutement@banquerivage.fr>",
    "Oseille": "Hugo Lemaire <hugo@oseille.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Panorama Santé",
        "applied",
        "2025-03-10",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature a bien été envoyée à Panorama Santé",
        "Bonjour Inès,\n\nTa candidature pour le poste de Product Designer Senior chez Panorama Santé a bien été "
        "envoyée. L'entreprise reviendra vers toi si ton profil correspond.\n\nBonne chance !\nL'équipe Welcome to the "
        "Jungle",
        "p1",
    ),
    (
        "Oseille",
        "applied",
        "2025-03-11",
        "Oseille <no-reply@hire.lever.co>",
        "Thanks for applying to Oseille",
        "Hi Inès,\n\nThanks for applying for the Product Designer (Paris) role at Oseille! We've received your "
        "application and our team will review it shortly.\n\nThe Oseille team",
        "o1",
    ),
    (
        "Banque Rivage",
        "applied",
        "2025-03-12",
        "Banque Rivage - Recrutement <banquerivage@taleo.net>",
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous accusons réception de votre candidature au poste de UX Designer (réf. 25-0412) et vous "
        "remercions de l'intérêt que vous portez à Banque Rivage. Nous étudions votre dossier avec attention.\n\n"
        "La Direction des Ressources Humaines\nBanque Rivage",
        "b1",
    ),
    (
        "Panorama Santé",
        "screen",
        "2025-03-14",
        "Claire Morel <claire.morel@panoramasante.fr>",
        "Ta candidature chez Panorama Santé",
        "Bonjour Inès,\n\nMerci pour ta candidature ! Ton portfolio nous a beaucoup plu. Je te propose un premier "
        "échange RH de 30 minutes en visio pour faire connaissance. Tu serais dispo mardi ou mercredi ?\n\nClaire "
        "Morel\nTalent Acquisition Manager",
        "p2",
    ),
    (
        "Oseille",
        "interview",
        "2025-03-18",
        "Hugo Lemaire <hugo@oseille.example>",
        "Oseille - next step",
        "Hi Inès,\n\nThanks for the chat on Friday! As a next step we'd love you to do a short design exercise (a few "
        "hours max) and present it to our product team next week. Brief attached.\n\nCheers,\nHugo\nHead of Design, "
        "Oseille",
        "o2",
    ),
    (
        "Panorama Santé",
        "interview",
        "2025-03-19",
        "Claire Morel <claire.morel@panoramasante.fr>",
        "RE: Ta candidature chez Panorama Santé",
        "Hello Inès,\n\nSuite à notre échange, on aimerait passer à l'étape suivante : un cas pratique à préparer "
        "chez toi, que tu présenteras à Julien (Lead Designer) et à une PM le jeudi 27 mars à 14h.\n\nBelle journée,\n"
        "Claire",
        "p2",
    ),
    (
        "Banque Rivage",
        "rejected",
        "2025-03-21",
        "Banque Rivage - Recrutement <banquerivage@taleo.net>",
        "Votre candidature au poste de UX Designer",
        "Madame,\n\nNous vous remercions de l'intérêt que vous portez à Banque Rivage. Après étude attentive de votre "
        "candidature, nous sommes au regret de vous informer que nous ne pouvons y donner une suite favorable.\n\n"
        "La Direction des Ressources Humaines",
        "b1",
    ),
    (
        "Oseille",
        "rejected",
        "2025-03-28",
        "Hugo Lemaire <hugo@oseille.example>",
        "RE: Oseille - next step",
        "Hi Inès,\n\nThanks a lot for the presentation, the team really liked your thinking. In the end we've decided "
        "to go with a candidate with more fintech experience. I'd love to stay in touch.\n\nHugo",
        "o2",
    ),
    (
        "Panorama Santé",
        "onsite",
        "2025-03-31",
        "Claire Morel <claire.morel@panoramasante.fr>",
        "RE: Ta candidature chez Panorama Santé",
        "Inès,\n\nBravo pour ta présentation, l'équipe a adoré ! Dernière étape : un dernier entretien avec notre CPO, "
        "Nadia, dans nos locaux du 11e, le vendredi 4 avril à 10h.\n\nClaire",
        "p2",
    ),
    (
        "Panorama Santé",
        "offer",
        "2025-04-08",
        "Claire Morel <claire.morel@panoramasante.fr>",
        "Promesse d'embauche",
        "Bonjour Inès,\n\nNous avons le plaisir de te confirmer notre proposition : tu trouveras ci-joint ta promesse "
        "d'embauche pour le poste de Product Designer Senior en CDI (55 k€ brut annuel), avec une arrivée le 5 mai.\n\n"
        "Bienvenue (presque) dans l'équipe !\nClaire",
        "p3",
    ),
    (
        "Panorama Santé",
        "accepted",
        "2025-04-09",
        ME,
        "RE: Promesse d'embauche",
        "Bonjour Claire,\n\nUn grand merci ! Je suis ravie d'accepter et je te renvoie la promesse signée dans la "
        "journée.\n\nÀ très vite,\nInès",
        "p3",
    ),
]

_NEGATIVES = [
    (
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Les 5 entreprises qui recrutent cette semaine",
        "newsletter",
        "Cette semaine : cinq entreprises qui recrutent des designers, et nos conseils pour ton portfolio.",
    ),
    (
        "APEC <alertes@apec.example>",
        "Vos nouvelles offres : UX Designer",
        "alert",
        "UX Designer - Paris 9e - CDI. Product Designer - Levallois - CDI. UI Designer - Paris 2e.",
    ),
    (
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ton profil a été consulté",
        "viewed",
        "Bonne nouvelle : une entreprise a consulté ton profil cette semaine.",
    ),
    (
        "Flupa UX Days <contact@uxdays.example>",
        "Programme des UX Days 2025",
        "newsletter",
        "Découvrez le programme des UX Days : conférences, ateliers et soirée networking.",
    ),
    (
        "SNCF Connect <noreply@sncf-connect.example>",
        "Votre e-billet Paris - Lyon",
        "other",
        "Voici votre e-billet pour le trajet du 12 avril.",
    ),
    (
        "Léa Fontaine <lea.fontaine@gmail.example>",
        "apéro jeudi",
        "personal",
        "apéro jeudi au canal ? 19h ?",
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
        clock="10:15:00",
        neg_start="2025-03-09",
        neg_step=5,
        neg_clock="20:30:00",
        tag="twohundredseventyfour",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=INES)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(
        Path(folder) / "Tous les messages, y compris ceux du dossier Spam et de la corbeille.mbox",
        msgs if msgs is not None else messages(),
    )
