"""A two-hundred-and-eighteenth mailbox, written as a held-out check after the two-hundred-and-seventeenth (issue #24).

Thomas, un ingénieur commercial à Paris, saved his Outlook mail as .eml files, nearly all of it in French.  A
"cabinet de recrutement" presents him to its client, then names it; an employer asks for an "entretien avec votre
futur N+1", a "mise en situation commerciale" and a personality questionnaire; an offer comes as a "proposition
d'embauche" with its "période d'essai", one refusal says "nous sommes au regret", another "votre profil ne
correspond pas"; he declines one offer and accepts another.  Negatives: APEC's "votre CV a été consulté", France
Travail's summons to meet his adviser, a headhunter's InMail, a mutual insurer's newsletter, a friend.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

THOMAS = "thomas.lemaire75@outlook.fr"
ME = f"Thomas Lemaire <{THOMAS}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Solvane",
        "applied",
        "2025-09-08",
        "Solvane <noreply@solvane.teamtailor-mail.com>",
        "Merci pour votre candidature chez Solvane",
        "Bonjour Thomas,\n\nMerci d'avoir postulé au poste d'Ingénieur commercial grands comptes chez Solvane. "
        "Notre équipe étudie votre candidature et reviendra vers vous rapidement.\n\nL'équipe Solvane",
        None,
    ),
    (
        "Datarive",
        "applied",
        "2025-09-09",
        "Clémence Aubert <c.aubert@arvel-conseil.fr>",
        "Votre candidature - Ingénieur commercial SaaS (H/F)",
        "Bonjour Thomas,\n\nSuite à notre échange de ce matin, je vous confirme que j'ai transmis votre dossier à "
        "mon client Datarive, éditeur de logiciels de pilotage énergétique, pour le poste d'Ingénieur commercial "
        "SaaS (H/F). Je reviens vers vous dès que j'ai un retour.\n\nBien cordialement,\nClémence Aubert\n"
        "Consultante senior - Arvel Conseil",
        None,
    ),
    (
        "Groupe Veltis",
        "applied",
        "2025-09-10",
        "Groupe Veltis <ne-pas-repondre@veltis.taleo.net>",
        "Accusé de réception de votre candidature",
        "Madame, Monsieur,\n\nNous accusons réception de votre candidature au poste de Responsable grands comptes "
        "(réf. 25-0912) au sein du Groupe Veltis et vous remercions de l'intérêt que vous portez à notre "
        "entreprise.\n\nLa Direction des Ressources Humaines",
        None,
    ),
    (
        "Solvane",
        "screen",
        "2025-09-15",
        "Inès Benali <ines.benali@solvane.io>",
        "Ingénieur commercial grands comptes - premier échange",
        "Bonjour Thomas,\n\nVotre profil a retenu notre attention. Seriez-vous disponible jeudi ou vendredi pour un "
        "premier échange téléphonique de 30 minutes ?\n\nInès Benali\nTalent Acquisition - Solvane",
        None,
    ),
    (
        "Datarive",
        "interview",
        "2025-09-16",
        "Clémence Aubert <c.aubert@arvel-conseil.fr>",
        "RE: Votre candidature - Ingénieur commercial SaaS (H/F)",
        "Bonjour Thomas,\n\nBonne nouvelle : Datarive souhaite vous rencontrer ! Entretien avec votre futur N+1, le "
        "directeur commercial France, mardi 23 septembre à 14h dans leurs locaux de la Défense.\n\nBien "
        "cordialement,\nClémence",
        None,
    ),
    (
        "Groupe Veltis",
        "rejected",
        "2025-09-22",
        "Groupe Veltis <ne-pas-repondre@veltis.taleo.net>",
        "Votre candidature au poste de Responsable grands comptes",
        "Madame, Monsieur,\n\nNous avons bien étudié votre candidature et nous sommes au regret de vous informer "
        "qu'elle n'a pas été retenue, votre profil ne correspondant pas aux attentes du poste. Nous conservons "
        "vos coordonnées.\n\nLa Direction des Ressources Humaines",
        None,
    ),
    (
        "Solvane",
        "interview",
        "2025-09-24",
        "Inès Benali <ines.benali@solvane.io>",
        "Prochaine étape : mise en situation",
        "Bonjour Thomas,\n\nMerci pour l'échange avec Julien. Prochaine étape : une mise en situation commerciale "
        "(un rendez-vous client simulé de 45 minutes) avec notre VP Sales, le 1er octobre à 10h. Vous recevrez "
        "aussi un lien vers un questionnaire de personnalité à remplir avant.\n\nInès",
        None,
    ),
    (
        "Datarive",
        "offer",
        "2025-09-30",
        "Clémence Aubert <c.aubert@arvel-conseil.fr>",
        "RE: Votre candidature - Ingénieur commercial SaaS (H/F)",
        "Thomas,\n\nExcellente nouvelle : Datarive vous fait une proposition d'embauche ! 60 k€ fixe + 40 k€ de "
        "variable, CDI, période d'essai de 4 mois renouvelable. Le courrier officiel suit.\n\nClémence",
        None,
    ),
    (
        "Solvane",
        "offer",
        "2025-10-06",
        "Inès Benali <ines.benali@solvane.io>",
        "Proposition d'embauche",
        "Bonjour Thomas,\n\nSuite à vos entretiens, nous avons le plaisir de vous adresser en pièce jointe notre "
        "proposition d'embauche pour le poste d'Ingénieur commercial grands comptes. Nous vous remercions de nous "
        "faire part de votre réponse avant le 10 octobre.\n\nInès Benali\nTalent Acquisition - Solvane",
        None,
    ),
    (
        "Datarive",
        "declined",
        "2025-10-07",
        ME,
        "RE: Votre candidature - Ingénieur commercial SaaS (H/F)",
        "Bonjour Clémence,\n\nMerci encore pour votre accompagnement. Après réflexion, je ne vais pas donner suite à "
        "la proposition de Datarive : j'ai accepté une autre offre.\n\nBien cordialement,\nThomas",
        "Clémence Aubert <c.aubert@arvel-conseil.fr>",
    ),
    (
        "Solvane",
        "accepted",
        "2025-10-07",
        ME,
        "RE: Proposition d'embauche",
        "Bonjour Inès,\n\nJe vous remercie pour cette proposition, que j'accepte avec plaisir. Vous trouverez la "
        "promesse signée en pièce jointe.\n\nBien cordialement,\nThomas Lemaire",
        "Inès Benali <ines.benali@solvane.io>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre CV a été consulté 4 fois cette semaine",
        "viewed",
        "Bonjour Thomas,\n\nVotre CV a été consulté par 4 recruteurs dans la CVthèque Apec cette semaine.",
    ),
    (
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Convocation à un entretien avec votre conseiller",
        "employment service",
        "Bonjour Monsieur Lemaire,\n\nVous êtes convoqué à un entretien avec votre conseiller le 18 septembre à "
        "9h30 à l'agence Paris 11e. Cet entretien est obligatoire.",
    ),
    (
        "Hugo Marchand <hugo.marchand@talentsearch-partners.example>",
        "Opportunité - Directeur commercial",
        "recruiter",
        "Bonjour Thomas,\n\nJe me permets de vous contacter car votre profil a retenu mon attention pour un poste de "
        "Directeur commercial chez l'un de nos clients, un éditeur SaaS en forte croissance. Seriez-vous ouvert à "
        "un échange ?",
    ),
    (
        "Mutuelle Horizon <newsletter@mutuelle-horizon.example>",
        "Votre lettre d'information de septembre",
        "newsletter",
        "Prévention, remboursements et nouveaux services en ligne.",
    ),
    (
        "Lucas Petit <lucas.petit@gmail.com>",
        "apéro jeudi ?",
        "personal",
        "On se fait un apéro jeudi au Canal ? Raconte-moi tes entretiens !",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus, sent_as

    return sent_as(
        outlook_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=ME,
            offset="+0200",
            clock="10:20:00",
            neg_start="2025-09-07",
            neg_step=6,
            neg_clock="18:40:00",
            tag="twohundredeighteen",
        )
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), THOMAS)
