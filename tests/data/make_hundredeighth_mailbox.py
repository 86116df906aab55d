"""A hundred-and-eighth mailbox, written as a held-out check after the hundred-and-seventh (issue #24).

Camille, a management controller in Brussels, saves her Outlook mail as .eml files in Outlook's French folders
("Boîte de réception", "Éléments envoyés"; no labels, no Delivered-To).  Belgian employers write a French of their
own: "Madame, nous accusons bonne réception de votre candidature", "nous souhaiterions vous rencontrer", "un
entretien avec le CFO", "un assessment", "nous avons le plaisir de vous proposer un contrat à durée indéterminée",
"nous sommes au regret de vous informer que nous ne poursuivrons pas", "votre profil ne correspond pas"; job sites
(StepStone, Jobat) relay applications.  Its negatives are hers: the public employment service's registration,
job sites' alerts, a bank's mail, an agency's pitch, a training offer.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.dubois.cdg@outlook.be"
_ME = f"Camille Dubois <{CAMILLE}>"
_LUC = "Luc Peeters <luc.peeters@brabantenergie.be>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Brabant Énergie (its own mail: receipt, meeting, assessment, CFO, contract proposal, accepted)
    (
        "Brabant Énergie",
        "applied",
        "2025-09-01",
        "Brabant Énergie - Recrutement <recrutement@brabantenergie.be>",
        "Votre candidature - Contrôleur de gestion (réf. BE-2025-118)",
        "Madame,\n\nNous accusons bonne réception de votre candidature pour le poste de Contrôleur de gestion et vous "
        "remercions de l'intérêt que vous portez à Brabant Énergie. Nous revenons vers vous dans les meilleurs "
        "délais.\n\nLe service Recrutement",
        None,
    ),
    (
        "Brabant Énergie",
        "screen",
        "2025-09-04",
        _LUC,
        "Contrôleur de gestion - premier contact",
        "Bonjour Madame Dubois,\n\nVotre parcours a retenu notre attention. Seriez-vous disponible pour un court "
        "entretien téléphonique jeudi ou vendredi afin de faire connaissance ?\n\nBien à vous,\nLuc Peeters\n"
        "Talent Acquisition, Brabant Énergie",
        None,
    ),
    (
        "Brabant Énergie",
        "interview",
        "2025-09-10",
        _LUC,
        "RE: Contrôleur de gestion - premier contact",
        "Bonjour Madame Dubois,\n\nSuite à notre échange, nous souhaiterions vous rencontrer dans nos bureaux de "
        "Louvain-la-Neuve le mardi 16 septembre à 10h, en présence de la responsable du contrôle de gestion.\n\n"
        "Bien à vous,\nLuc Peeters",
        None,
    ),
    (
        "Brabant Énergie",
        "interview",
        "2025-09-18",
        _LUC,
        "Assessment - Contrôleur de gestion",
        "Bonjour Madame Dubois,\n\nNous avons le plaisir de vous inviter à la prochaine étape : un assessment d'une "
        "demi-journée (tests de raisonnement et étude de cas) auprès de notre partenaire le 24 septembre.\n\nBien "
        "à vous,\nLuc Peeters",
        None,
    ),
    (
        "Brabant Énergie",
        "onsite",
        "2025-09-29",
        _LUC,
        "Dernier entretien - Contrôleur de gestion",
        "Bonjour Madame Dubois,\n\nFélicitations pour votre assessment ! Nous vous proposons un dernier entretien "
        "avec notre CFO, M. Janssens, le vendredi 3 octobre à 14h.\n\nBien à vous,\nLuc Peeters",
        None,
    ),
    (
        "Brabant Énergie",
        "offer",
        "2025-10-08",
        _LUC,
        "Proposition de contrat",
        "Bonjour Madame Dubois,\n\nNous avons le plaisir de vous proposer un contrat à durée indéterminée pour le "
        "poste de Contrôleur de gestion. Vous trouverez en pièce jointe notre proposition (rémunération, voiture de "
        "société, chèques-repas). Nous restons à votre disposition.\n\nBien à vous,\nLuc Peeters",
        None,
    ),
    (
        "Brabant Énergie",
        "accepted",
        "2025-10-10",
        _ME,
        "RE: Proposition de contrat",
        "Bonjour Monsieur Peeters,\n\nJe vous remercie pour cette proposition, que j'accepte avec plaisir. Je vous "
        "renvoie le contrat signé et me réjouis de rejoindre l'équipe.\n\nBien à vous,\nCamille Dubois",
        _LUC,
    ),
    # Groupe Meuse Logistique (StepStone's relay; a no)
    (
        "Groupe Meuse Logistique",
        "applied",
        "2025-09-02",
        "StepStone <noreply@stepstone.be>",
        "Votre candidature a été envoyée",
        "Bonjour Camille,\n\nVotre candidature pour le poste Business Controller chez Groupe Meuse Logistique a bien "
        "été envoyée. Bonne chance !\n\nL'équipe StepStone",
        None,
    ),
    (
        "Groupe Meuse Logistique",
        "rejected",
        "2025-09-23",
        "Groupe Meuse Logistique - RH <rh@meuselogistique.be>",
        "Votre candidature - Business Controller",
        "Madame,\n\nNous vous remercions pour l'intérêt porté à notre société. Nous sommes au regret de vous informer "
        "que nous ne poursuivrons pas le processus avec votre candidature, d'autres profils correspondant davantage "
        "aux exigences du poste.\n\nLe service RH",
        None,
    ),
    # Atelier Sablon (a small firm by mail: her own application, her follow-up, a no)
    (
        "Atelier Sablon",
        "applied",
        "2025-09-05",
        _ME,
        "Candidature spontanée - Camille Dubois",
        "Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature spontanée pour un poste de contrôleuse de "
        "gestion au sein de l'Atelier Sablon. Vous trouverez mon CV en pièce jointe.\n\nJe vous prie d'agréer, "
        "Madame, Monsieur, mes salutations distinguées.\n\nCamille Dubois",
        "Atelier Sablon <info@ateliersablon.be>",
    ),
    (
        "Atelier Sablon",
        "follow_up",
        "2025-09-19",
        _ME,
        "RE: Candidature spontanée - Camille Dubois",
        "Madame, Monsieur,\n\nJe me permets de revenir vers vous concernant ma candidature du 5 septembre. Je reste "
        "très intéressée par votre maison.\n\nBien à vous,\nCamille Dubois",
        "Atelier Sablon <info@ateliersablon.be>",
    ),
    (
        "Atelier Sablon",
        "rejected",
        "2025-09-22",
        "Sophie Lambert <sophie@ateliersablon.be>",
        "RE: Candidature spontanée - Camille Dubois",
        "Bonjour Madame Dubois,\n\nMerci pour votre message et votre intérêt. Malheureusement, nous n'avons pas de "
        "poste à pourvoir dans ce domaine pour le moment et votre profil ne correspond pas à nos besoins actuels.\n\n"
        "Bien cordialement,\nSophie Lambert",
        None,
    ),
    # Flandria Retail (Jobat's relay; no answer)
    (
        "Flandria Retail",
        "applied",
        "2025-09-12",
        "Jobat <noreply@jobat.be>",
        "Bevestiging: je sollicitatie / Confirmation de votre candidature",
        "Bonjour Camille, votre candidature pour Contrôleur financier chez Flandria Retail a été transmise à "
        "l'employeur. Nous vous souhaitons beaucoup de succès.",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Actiris <noreply@actiris.be>",
        "Confirmation de votre inscription",
        "not applied",
        "Madame, votre inscription comme chercheuse d'emploi a bien été enregistrée. Votre conseiller vous "
        "contactera pour un premier entretien d'accompagnement.",
    ),
    (
        "StepStone <jobagent@stepstone.be>",
        "Votre Job Agent : 9 nouvelles offres",
        "alert",
        "Contrôleur de gestion - Bruxelles. Financial Analyst - Wavre. Business Controller - Namur. Voir toutes les "
        "offres.",
    ),
    (
        "Belfius <info@belfius.example>",
        "Votre demande de crédit",
        "not applied",
        "Madame, nous avons bien reçu votre demande de crédit hypothécaire. Un conseiller vous contactera.",
    ),
    (
        "Nathalie Claes <nathalie.claes@randstad.example>",
        "Opportunité Contrôleur de gestion - Gand",
        "outreach",
        "Bonjour Camille, je me permets de vous contacter au sujet d'une mission de contrôleur de gestion chez un "
        "de nos clients à Gand. Seriez-vous ouverte à un échange cette semaine ?\n\nNathalie Claes\nConsultante, "
        "Randstad",
    ),
    (
        "Formations Finance <info@formationsfinance.example>",
        "Excel avancé pour contrôleurs : dernières places",
        "newsletter",
        "Formation Excel avancé pour contrôleurs de gestion, 2 jours à Bruxelles. Inscrivez-vous. Se désinscrire",
    ),
    (
        "Jobat <nieuwsbrief@jobat.be>",
        "Préparer son entretien d'embauche en 5 étapes",
        "newsletter",
        "Nos conseils pour réussir votre entretien d'embauche : se renseigner, préparer ses questions, soigner sa "
        "présentation. Se désabonner",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (her own sent to ``to``), then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="+0200",
        clock="11:35:00",
        neg_start="2025-09-03",
        neg_step=5,
        neg_clock="07:55:00",
        tag="hundredeight",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook in French saves it: .eml files in "Boîte de réception" and "Éléments envoyés"."""
    folder = Path(folder) / "outlook"
    for i, (m, _) in enumerate(msgs if msgs is not None else messages()):
        sub = folder / ("Éléments envoyés" if CAMILLE in str(m["From"]) else "Boîte de réception")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:03d}.eml").write_bytes(bytes(m))
    return folder
