"""A five-hundred-and-seventh mailbox, written as a held-out check after the five-hundred-and-sixth (issue #24).

Gabriel Tremblay, a business analyst in Montréal, saves his mail from Outlook as .eml files.  Québec writes "tu" and
"vous" side by side: a recruitment firm's "J'ai soumis ta candidature chez Desjardins pour le poste d'analyste
d'affaires", "Desjardins aimerait te rencontrer en entrevue jeudi", "Malheureusement, le client a décidé d'aller de
l'avant avec un autre candidat", "Bonne nouvelle : Hydro-Québec te fait une offre"; Taleo's "Nous avons bien reçu
votre candidature" from a bank, its "nous avons retenu des candidatures dont le profil correspond davantage", a
utility's "une entrevue téléphonique avec une conseillère en acquisition de talents", his "Merci pour l'entrevue de ce
matin" and his "J'accepte l'offre avec plaisir".  Negatives: Jobillico's alert, LinkedIn's newsletter, a second firm's
cold mail, the bank's own statement notice (a company he applied to), the STM and his brother.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GAB = "gabriel.tremblay@outlook.example"
ME = f"Gabriel Tremblay <{GAB}>"
JULIE = "Julie Bouchard <julie.bouchard@randstad.example>"
BN = "Banque Nationale <noreply@taleo.example>"
HQ = "Mélanie Côté <cote.melanie@hydroquebec.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Desjardins",
        "applied",
        "2025-09-08",
        JULIE,
        "Candidature - Analyste d'affaires",
        "Salut Gabriel,\n\nComme discuté, j'ai soumis ta candidature chez Desjardins pour le poste d'analyste d'affaires "
        "(Lévis, hybride). Je te reviens dès que j'ai des nouvelles.\n\nJulie Bouchard\nConseillère principale, "
        "Randstad",
        None,
    ),
    (
        "Banque Nationale",
        "applied",
        "2025-09-09",
        BN,
        "Confirmation de votre candidature",
        "Bonjour Gabriel,\n\nNous avons bien reçu votre candidature pour le poste d'Analyste d'affaires principal "
        "(Réf. 25-0912) à la Banque Nationale. Nous communiquerons avec vous si votre profil est retenu.\n\n"
        "Acquisition de talents",
        None,
    ),
    (
        "Hydro-Québec",
        "applied",
        "2025-09-10",
        JULIE,
        "Hydro-Québec - analyste",
        "Salut Gabriel,\n\nJ'ai aussi soumis ta candidature chez Hydro-Québec pour le poste d'analyste en processus "
        "d'affaires. On croise les doigts!\n\nJulie",
        None,
    ),
    (
        "Desjardins",
        "interview",
        "2025-09-12",
        JULIE,
        "RE: Candidature - Analyste d'affaires",
        "Salut Gabriel,\n\nDesjardins aimerait te rencontrer en entrevue jeudi à 10 h, par Teams, avec la gestionnaire "
        "de l'équipe.\n\nJulie",
        None,
    ),
    (
        "Hydro-Québec",
        "screen",
        "2025-09-15",
        HQ,
        "Votre candidature - Analyste en processus d'affaires",
        "Bonjour Gabriel,\n\nJ'aimerais planifier une entrevue téléphonique de 20 minutes avec vous. Je suis conseillère "
        "en acquisition de talents chez Hydro-Québec. Seriez-vous disponible mercredi?\n\nMélanie Côté",
        None,
    ),
    (
        "Banque Nationale",
        "rejected",
        "2025-09-17",
        BN,
        "Votre candidature à la Banque Nationale",
        "Bonjour Gabriel,\n\nNous vous remercions de l'intérêt que vous portez à la Banque Nationale. Après analyse, "
        "nous avons retenu des candidatures dont le profil correspond davantage aux exigences du poste.\n\n"
        "Acquisition de talents",
        None,
    ),
    (
        "Desjardins",
        "thank_you",
        "2025-09-18",
        ME,
        "RE: Candidature - Analyste d'affaires",
        "Salut Julie,\n\nMerci pour l'entrevue de ce matin avec Desjardins, ça s'est super bien passé. Merci de "
        "transmettre mes remerciements à la gestionnaire.\n\nGabriel",
        JULIE,
    ),
    (
        "Desjardins",
        "rejected",
        "2025-09-24",
        JULIE,
        "RE: Candidature - Analyste d'affaires",
        "Salut Gabriel,\n\nMalheureusement, le client a décidé d'aller de l'avant avec un autre candidat qui avait plus "
        "d'expérience en assurance. Je continue de chercher pour toi!\n\nJulie",
        None,
    ),
    (
        "Hydro-Québec",
        "offer",
        "2025-10-01",
        JULIE,
        "RE: Hydro-Québec - analyste",
        "Salut Gabriel,\n\nBonne nouvelle : Hydro-Québec te fait une offre! 82 000 $ plus les avantages. Appelle-moi "
        "quand tu peux.\n\nJulie",
        None,
    ),
    (
        "Hydro-Québec",
        "accepted",
        "2025-10-02",
        ME,
        "RE: Hydro-Québec - analyste",
        "Salut Julie,\n\nJ'accepte l'offre avec plaisir! Merci pour tout.\n\nGabriel",
        JULIE,
    ),
]

_NEGATIVES = [
    (
        "Jobillico <alertes@jobillico.example>",
        "Nouvelles offres : analyste d'affaires",
        "alert",
        "Analyste d'affaires - Montréal. Analyste fonctionnel - Laval. Voir les offres.",
    ),
    (
        "LinkedIn News <news@linkedin.example>",
        "L'essentiel de la semaine",
        "newsletter",
        "Les nouvelles de votre réseau. Se désabonner.",
    ),
    (
        "Marc-André Roy <ma.roy@talentsquebec.example>",
        "Opportunité - Analyste TI",
        "outreach",
        "Bonjour Gabriel, j'ai un mandat d'analyste TI chez un assureur. Serais-tu ouvert à en discuter?",
    ),
    (
        "Banque Nationale <avis@bnc.example>",
        "Votre relevé est disponible",
        "other",
        "Votre relevé de septembre est disponible dans votre espace client.",
    ),
    (
        "STM <info@stm.example>",
        "Travaux sur la ligne orange",
        "other",
        "Service réduit ce week-end.",
    ),
    (
        "Olivier Tremblay <olivier.tremblay@videotron.example>",
        "hockey",
        "personal",
        "Game samedi, t'embarques?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="10:15:00",
        neg_start="2025-09-07",
        neg_step=4,
        neg_clock="21:00:00",
        tag="fivehundredseven",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), GAB)
