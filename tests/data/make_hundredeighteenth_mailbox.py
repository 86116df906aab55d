"""A hundred-and-eighteenth mailbox, written as a held-out check after the hundred-and-seventeenth (issue #24).

Claire, a product owner in Lyon, exports Gmail with Takeout from an account in French (labels "Messages envoyés",
"Boîte de réception").  French employers write as French firms do: "nous avons bien reçu votre candidature", "nous
souhaiterions échanger avec vous lors d'un premier entretien téléphonique", "un entretien avec le manager", "nous
avons le plaisir de vous faire une proposition d'embauche", "nous sommes au regret de ne pouvoir donner une suite
favorable à votre candidature"; Welcome to the Jungle relays applications.  Her own: "je vous confirme mon accord",
"je me permets de vous relancer", "je souhaite retirer ma candidature".  Her negatives: the employment service, a
doctor's appointment, a train ticket, a job site's newsletter, a recruitment firm's pitch.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CLAIRE = "claire.bernard.po@gmail.com"
_ME = f"Claire Bernard <{CLAIRE}>"
_AMELIE = "Amélie Roux <amelie.roux@rhonelab.fr>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Rhône Lab (receipt, phone interview, manager interview, case, offer, her yes)
    (
        "Rhône Lab",
        "applied",
        "2025-09-08",
        "Rhône Lab <jobs@rhonelab.fr>",
        "Votre candidature - Product Owner",
        "Bonjour Claire,\n\nNous avons bien reçu votre candidature au poste de Product Owner et nous vous en "
        "remercions. Nous reviendrons vers vous très prochainement.\n\nL'équipe Rhône Lab",
        "rl1",
    ),
    (
        "Rhône Lab",
        "screen",
        "2025-09-11",
        _AMELIE,
        "Product Owner - premier échange",
        "Bonjour Claire,\n\nVotre profil nous intéresse ! Nous souhaiterions échanger avec vous lors d'un premier "
        "entretien téléphonique de 30 minutes. Seriez-vous disponible mardi ou mercredi ?\n\nBien cordialement,\n"
        "Amélie Roux\nChargée de recrutement",
        "rl2",
    ),
    (
        "Rhône Lab",
        "interview",
        "2025-09-17",
        _AMELIE,
        "RE: Product Owner - premier échange",
        "Bonjour Claire,\n\nMerci pour cet échange. Nous vous proposons un entretien avec Julien, le manager de "
        "l'équipe produit, jeudi 25 septembre à 14h dans nos locaux de la Part-Dieu.\n\nBien cordialement,\nAmélie",
        "rl2",
    ),
    (
        "Rhône Lab",
        "offer",
        "2025-10-03",
        _AMELIE,
        "Proposition d'embauche",
        "Bonjour Claire,\n\nSuite à vos entretiens, nous avons le plaisir de vous faire une proposition d'embauche en "
        "CDI pour le poste de Product Owner. Vous trouverez les éléments de rémunération en pièce jointe.\n\nBien "
        "cordialement,\nAmélie Roux",
        "rl3",
    ),
    (
        "Rhône Lab",
        "accepted",
        "2025-10-06",
        _ME,
        "RE: Proposition d'embauche",
        "Bonjour Amélie,\n\nMerci beaucoup pour cette proposition. Je vous confirme mon accord et vous retourne la "
        "promesse d'embauche signée.\n\nBien cordialement,\nClaire Bernard",
        "rl3",
    ),
    # Soierie Digitale (Welcome to the Jungle's relay; a no)
    (
        "Soierie Digitale",
        "applied",
        "2025-09-09",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature chez Soierie Digitale a bien été envoyée",
        "Bonjour Claire, votre candidature pour le poste de Product Manager chez Soierie Digitale a bien été envoyée. "
        "Bonne chance !",
        "sd1",
    ),
    (
        "Soierie Digitale",
        "rejected",
        "2025-09-26",
        "Soierie Digitale <recrutement@soierie-digitale.fr>",
        "Votre candidature - Product Manager",
        "Bonjour Claire,\n\nNous vous remercions de l'intérêt que vous portez à Soierie Digitale. Après étude de votre "
        "dossier, nous sommes au regret de ne pouvoir donner une suite favorable à votre candidature.\n\nBien à "
        "vous,\nL'équipe Soierie Digitale",
        "sd2",
    ),
    # Confluence Mobilité (her own application; her reminder; her withdrawal)
    (
        "Confluence Mobilité",
        "applied",
        "2025-09-10",
        _ME,
        "Candidature - Product Owner - Claire Bernard",
        "Madame, Monsieur,\n\nJe vous adresse ma candidature pour le poste de Product Owner publié sur votre site. "
        "Vous trouverez ci-joint mon CV et ma lettre de motivation.\n\nCordialement,\nClaire Bernard",
        "cm1",
    ),
    (
        "Confluence Mobilité",
        "follow_up",
        "2025-09-24",
        _ME,
        "RE: Candidature - Product Owner - Claire Bernard",
        "Madame, Monsieur,\n\nJe me permets de vous relancer concernant ma candidature du 10 septembre, toujours très "
        "motivée par ce poste.\n\nCordialement,\nClaire Bernard",
        "cm1",
    ),
    (
        "Confluence Mobilité",
        "withdrew",
        "2025-10-07",
        _ME,
        "RE: Candidature - Product Owner - Claire Bernard",
        "Madame, Monsieur,\n\nAyant accepté une autre proposition, je souhaite retirer ma candidature. Je vous remercie "
        "pour votre attention.\n\nCordialement,\nClaire Bernard",
        "cm1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "France Travail <noreply@francetravail.fr>",
        "Votre rendez-vous avec votre conseiller",
        "not applied",
        "Bonjour Claire, nous vous rappelons votre rendez-vous avec votre conseillère France Travail le 15 septembre à "
        "10h.",
    ),
    (
        "Doctolib <no-reply@doctolib.example>",
        "Votre rendez-vous est confirmé",
        "not applied",
        "Votre rendez-vous avec le Dr Martin est confirmé pour le 18 septembre à 9h30.",
    ),
    (
        "SNCF Connect <noreply@sncf-connect.example>",
        "Votre billet Lyon - Paris",
        "shop",
        "Merci pour votre achat. Lyon Part-Dieu - Paris Gare de Lyon, le 20 septembre à 7h04.",
    ),
    (
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "5 conseils pour réussir votre entretien",
        "newsletter",
        "Préparez vos questions, renseignez-vous sur l'entreprise... Nos conseils pour réussir votre entretien. Se "
        "désinscrire",
    ),
    (
        "Thomas Petit <thomas.petit@cabinet-recrutement.example>",
        "Opportunité Product Owner - Grenoble",
        "outreach",
        "Bonjour Claire, j'accompagne un de nos clients dans le recrutement d'un Product Owner à Grenoble. Seriez-vous "
        "ouverte à un échange ?\n\nThomas Petit\nConsultant en recrutement",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Messages envoyés"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    return localized_labels(
        takeout_corpus(
            _POSITIVES,
            _NEGATIVES,
            owner=CLAIRE,
            own_to={
                "Rhône Lab": _AMELIE,
                "Confluence Mobilité": "Recrutement Confluence <recrutement@confluence-mobilite.fr>",
            },
            offset="+0200",
            clock="10:15:00",
            neg_start="2025-09-09",
            neg_step=5,
            neg_clock="08:00:00",
            tag="hundredeighteen",
        ),
        sent="Messages envoyés",
        inbox="Boîte de réception",
        owner=CLAIRE,
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(
        Path(folder) / "Tous les messages, y compris ceux du dossier Spam et de la corbeille.mbox",
        msgs if msgs is not None else messages(),
    )
