"""A two-hundred-and-sixty-third mailbox, written as a held-out check after the two-hundred-and-sixty-second
(issue #24).

Nadia, an HR assistant in Brussels, saved her Outlook mail as .eml files, in Belgian French.  A "candidature
spontanée" sent by mail, StepStone.be's receipt, companies written "SRL" and "SA/NV", a "premier entretien
téléphonique", an "entretien d'embauche" at the office, "nous avons le regret de vous informer que votre
candidature n'a pas été retenue", a "test de personnalité", a "contrat à durée indéterminée" offered, and the
person's "je vous confirme mon accord".  Negatives: Actiris (the regional employment service), Jobat's alerts,
the STIB, Colruyt, a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NADIA = "nadia.elamrani@outlook.be"
ME = f"Nadia El Amrani <{NADIA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Sablon Conseil",
        "applied",
        "2025-02-03",
        ME,
        "Candidature spontanée - Assistante RH",
        "Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature spontanée pour un poste d'assistante RH au "
        "sein de Sablon Conseil. Vous trouverez ci-joint mon CV et ma lettre de motivation.\n\nBien à vous,\nNadia "
        "El Amrani",
        "Sablon Conseil <jobs@sabloncons.be>",
    ),
    (
        "Atomium Logistics",
        "applied",
        "2025-02-04",
        "StepStone <noreply@stepstone.be>",
        "Votre candidature a bien été envoyée",
        "Bonjour Nadia,\n\nVotre candidature pour le poste d'Assistante RH chez Atomium Logistics SA/NV a bien été "
        "envoyée.\n\nBonne chance !\nL'équipe StepStone",
        None,
    ),
    (
        "Sablon Conseil",
        "screen",
        "2025-02-07",
        "Sophie Lambert <s.lambert@sabloncons.be>",
        "RE: Candidature spontanée - Assistante RH",
        "Bonjour Madame El Amrani,\n\nMerci pour votre candidature spontanée. Nous aurions justement un poste à "
        "pourvoir. Seriez-vous disponible pour un premier entretien téléphonique jeudi à 10h ?\n\nBien à vous,\n"
        "Sophie Lambert\nResponsable RH\nSablon Conseil SRL",
        None,
    ),
    (
        "Atomium Logistics",
        "interview",
        "2025-02-10",
        "Marc Dupont <marc.dupont@atomiumlogistics.be>",
        "Invitation à un entretien",
        "Bonjour Madame El Amrani,\n\nVotre profil a retenu notre attention. Nous vous invitons à un entretien "
        "d'embauche le mardi 18 février à 14h dans nos bureaux de Vilvorde.\n\nCordialement,\nMarc Dupont\nHR "
        "Business Partner",
        None,
    ),
    (
        "Sablon Conseil",
        "interview",
        "2025-02-12",
        "Sophie Lambert <s.lambert@sabloncons.be>",
        "Suite de votre candidature",
        "Bonjour Madame El Amrani,\n\nSuite à notre entretien téléphonique, nous vous proposons un test de "
        "personnalité en ligne, puis un entretien avec notre directrice le 24 février.\n\nBien à vous,\nSophie Lambert",
        None,
    ),
    (
        "Atomium Logistics",
        "rejected",
        "2025-02-20",
        "Marc Dupont <marc.dupont@atomiumlogistics.be>",
        "Votre candidature - Assistante RH",
        "Bonjour Madame El Amrani,\n\nNous vous remercions pour l'entretien. Nous avons le regret de vous informer que "
        "votre candidature n'a pas été retenue.\n\nCordialement,\nMarc Dupont",
        None,
    ),
    (
        "Sablon Conseil",
        "offer",
        "2025-02-27",
        "Sophie Lambert <s.lambert@sabloncons.be>",
        "Proposition de contrat",
        "Bonjour Madame El Amrani,\n\nNous avons le plaisir de vous proposer un contrat à durée indéterminée en tant "
        "qu'assistante RH, à partir du 1er avril. Vous trouverez notre proposition en annexe.\n\nBien à vous,\nSophie "
        "Lambert",
        None,
    ),
    (
        "Sablon Conseil",
        "accepted",
        "2025-02-28",
        ME,
        "RE: Proposition de contrat",
        "Bonjour Madame Lambert,\n\nJe vous remercie pour votre proposition et je vous confirme mon accord. Je vous "
        "renvoie le contrat signé.\n\nBien à vous,\nNadia El Amrani",
        "Sophie Lambert <s.lambert@sabloncons.be>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Actiris <info@actiris.example>",
        "Votre rendez-vous avec votre conseiller",
        "other",
        "Votre rendez-vous avec votre conseiller emploi est fixé au 11 février à 9h.",
    ),
    (
        "Jobat <alertes@jobat.example>",
        "Nouvelles offres : Assistant RH",
        "alert",
        "Assistant RH - Bruxelles; HR Officer - Zaventem; Gestionnaire de paie - Namur.",
    ),
    (
        "STIB <info@stib.example>",
        "Travaux sur la ligne 1",
        "other",
        "Le métro ne circulera pas entre Merode et Stockel ce week-end.",
    ),
    (
        "Colruyt <info@colruyt.example>",
        "Vos promos de la semaine",
        "shop",
        "Découvrez nos promotions de la semaine.",
    ),
    (
        "Leila Haddad <leila.haddad@gmail.example>",
        "Cinéma samedi ?",
        "personal",
        "Coucou ! Cinéma samedi soir ? Bisous",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="09:45:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="20:15:00",
        tag="twohundredsixtythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), NADIA)
