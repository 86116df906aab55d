"""A five-hundred-and-eighty-ninth mailbox, written as a held-out check after the five-hundred-and-eighty-eighth
(issue #24).

Manon Lefebvre, an HR assistant in Lille, exports her Gmail (in French) with Takeout. Northern French employers and a
temping agency write in "vous": Indeed's "Votre candidature a été envoyée à Decathlon", Leroy Merlin's own portal
"Nous avons bien reçu votre candidature", a Randstad consultant's "je vous informe que votre CV a été proposé à
l'entreprise Bonduelle pour le poste d'Assistante RH", Decathlon's "Je souhaiterais échanger avec vous par téléphone
quelques minutes", "Bonduelle aimerait vous rencontrer mardi", Leroy Merlin's "Après étude attentive de votre
candidature, nous avons le regret de ne pouvoir y donner une suite favorable", Decathlon's "entretien avec la
responsable RH du site de Villeneuve-d'Ascq", the consultant's "le client a fait le choix d'un autre candidat",
Decathlon's "nous avons le plaisir de vous confirmer notre accord pour votre embauche", her "Je vous confirme mon
accord" and her thanks after the interview. Negatives: Indeed's alert, La Voix du Nord's newsletter, a second agency's
cold mail, Leroy Merlin's own promotion (a company she applied to), SNCF and her sister. Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MANON = "manon.lefebvre59@gmail.com"
ME = f"Manon Lefebvre <{MANON}>"
INDEED = "Indeed <indeedapply@indeed.example>"
LM = "Leroy Merlin Recrutement <recrutement@leroymerlin.example>"
RAND = "Julie Caron <julie.caron@randstad.example>"
DECA = "Claire Dubois <claire.dubois@decathlon.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Decathlon",
        "applied",
        "2025-09-15",
        INDEED,
        "Votre candidature a été envoyée",
        "Bonjour Manon,\n\nVotre candidature a été envoyée à Decathlon pour le poste d'Assistante Ressources "
        "Humaines.\n\nBonne chance !\nL'équipe Indeed",
        "t-deca",
    ),
    (
        "Leroy Merlin",
        "applied",
        "2025-09-16",
        LM,
        "Votre candidature - Assistant(e) RH",
        "Madame,\n\nNous avons bien reçu votre candidature au poste d'Assistant(e) RH et nous vous en remercions. "
        "Elle sera étudiée avec attention.\n\nL'équipe Recrutement Leroy Merlin",
        "t-lm",
    ),
    (
        "Bonduelle",
        "applied",
        "2025-09-17",
        RAND,
        "Assistante RH - Villeneuve-d'Ascq",
        "Bonjour Manon,\n\nSuite à notre échange, je vous informe que votre CV a été proposé à l'entreprise Bonduelle "
        "pour le poste d'Assistante RH (CDI). Je reviens vers vous dès que j'ai un retour.\n\nCordialement,\nJulie "
        "Caron\nRandstad Lille Tertiaire",
        "t-bon",
    ),
    (
        "Decathlon",
        "screen",
        "2025-09-19",
        DECA,
        "Votre candidature chez Decathlon",
        "Bonjour Manon,\n\nVotre candidature a retenu mon attention. Je souhaiterais échanger avec vous par téléphone "
        "quelques minutes lundi ou mardi. Quelles sont vos disponibilités ?\n\nClaire Dubois\nChargée de recrutement",
        "t-deca2",
    ),
    (
        "Bonduelle",
        "interview",
        "2025-09-22",
        RAND,
        "RE: Assistante RH - Villeneuve-d'Ascq",
        "Bonjour Manon,\n\nBonne nouvelle : Bonduelle aimerait vous rencontrer mardi 30 septembre à 14h dans ses "
        "bureaux.\n\nCordialement,\nJulie",
        "t-bon",
    ),
    (
        "Leroy Merlin",
        "rejected",
        "2025-09-24",
        LM,
        "Réponse à votre candidature",
        "Madame,\n\nAprès étude attentive de votre candidature, nous avons le regret de ne pouvoir y donner une suite "
        "favorable.\n\nL'équipe Recrutement Leroy Merlin",
        "t-lm",
    ),
    (
        "Decathlon",
        "interview",
        "2025-09-25",
        DECA,
        "RE: Votre candidature chez Decathlon",
        "Bonjour Manon,\n\nMerci pour notre échange. Je vous propose un entretien avec la responsable RH du site de "
        "Villeneuve-d'Ascq le jeudi 2 octobre à 10h.\n\nClaire Dubois",
        "t-deca2",
    ),
    (
        "Bonduelle",
        "rejected",
        "2025-10-03",
        RAND,
        "RE: Assistante RH - Villeneuve-d'Ascq",
        "Bonjour Manon,\n\nJ'ai eu le retour de Bonduelle : le client a fait le choix d'un autre candidat. Je garde "
        "votre profil pour d'autres missions.\n\nCordialement,\nJulie",
        "t-bon",
    ),
    (
        "Decathlon",
        "thank_you",
        "2025-10-02",
        ME,
        "RE: Votre candidature chez Decathlon",
        "Bonjour Claire,\n\nMerci pour l'entretien de ce matin, j'ai été ravie de découvrir l'équipe.\n\nBien "
        "cordialement,\nManon Lefebvre",
        "t-deca2",
    ),
    (
        "Decathlon",
        "offer",
        "2025-10-08",
        DECA,
        "Votre embauche chez Decathlon",
        "Bonjour Manon,\n\nNous avons le plaisir de vous confirmer notre accord pour votre embauche au poste "
        "d'Assistante RH, en CDI, à compter du 3 novembre. La promesse d'embauche suit par courrier.\n\nClaire Dubois",
        "t-deca3",
    ),
    (
        "Decathlon",
        "accepted",
        "2025-10-09",
        ME,
        "RE: Votre embauche chez Decathlon",
        "Bonjour Claire,\n\nJe vous confirme mon accord et je suis ravie de rejoindre Decathlon.\n\nManon Lefebvre",
        "t-deca3",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Nouvelles offres : assistante RH Lille",
        "alert",
        "Assistante RH - Roubaix. Gestionnaire paie - Lille. Voir les offres.",
    ),
    (
        "La Voix du Nord <newsletter@lavoixdunord.example>",
        "L'essentiel du jour",
        "newsletter",
        "L'actualité de la métropole. Se désabonner.",
    ),
    (
        "Thomas Petit <t.petit@adequat.example>",
        "Mission assistante RH",
        "outreach",
        "Bonjour Madame, j'ai une mission d'assistante RH de trois mois à Tourcoing. Seriez-vous intéressée ?",
    ),
    (
        "Leroy Merlin <offres@leroymerlin.example>",
        "-20% sur la peinture ce week-end",
        "newsletter",
        "Profitez de nos offres. Se désabonner.",
    ),
    (
        "SNCF Connect <noreply@sncf.example>",
        "Votre e-billet",
        "other",
        "Votre trajet Lille - Paris.",
    ),
    (
        "Camille Lefebvre <camille.lef@orange.example>",
        "anniv maman",
        "personal",
        "On fait quoi pour l'anniversaire de maman ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=MANON,
        own_to={"Decathlon": DECA},
        offset="+0200",
        clock="09:50:00",
        neg_start="2025-09-14",
        neg_step=5,
        neg_clock="20:15:00",
        tag="fivehundredeightynine",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=MANON)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
