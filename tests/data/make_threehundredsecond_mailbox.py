"""A three-hundred-and-second mailbox, written as a held-out check after the three-hundred-and-first (issue #24).

Émilie, an accountant in Montréal, saves her Outlook mail as .eml files.  Québec hiring in Québec's French: a
Taleo tenant's "Nous avons bien reçu votre candidature", a credit union's recruiter who proposes "une courte
entrevue téléphonique", an "entrevue" with the finance director (Québec's word for an interview), a city's "examen
écrit" and its "entrevue de sélection", an agency's "j'ai soumis votre candidature à mon client, Groupe Laurentis",
"Nous avons le regret de vous informer que votre candidature n'a pas été retenue", "nous avons choisi de poursuivre
avec d'autres candidats", a conditional offer ("offre d'emploi conditionnelle à la vérification des antécédents")
and her own "J'accepte avec plaisir".  Negatives: Jobillico's alert, Hydro-Québec's bill, an Ordre des CPA
newsletter, a SAQ promotion, a Canadiens ticket, her sister.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EMILIE = "emilie.gagnon.cpa@outlook.example"
ME = f"Émilie Gagnon <{EMILIE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Caisse Laurentienne",
        "applied",
        "2025-02-03",
        "Caisse Laurentienne - Carrières <caisselaurentienne@taleo.net>",
        "Nous avons bien reçu votre candidature",
        "Bonjour Émilie,\n\nNous avons bien reçu votre candidature pour le poste de Comptable principal(e) (réf. "
        "2500417) et nous vous remercions de l'intérêt que vous portez à la Caisse Laurentienne.\n\nSi votre profil "
        "correspond à nos besoins, un membre de notre équipe communiquera avec vous.\n\nAcquisition de talents",
        None,
    ),
    (
        "Ville de Sainte-Adèle",
        "applied",
        "2025-02-04",
        "Ville de Sainte-Adele <emplois@ville.sainte-adele.example>",
        "Accusé de réception - Concours 2025-014",
        "Madame,\n\nLa présente confirme la réception de votre candidature au concours 2025-014, Technicienne ou "
        "technicien en comptabilité. Seules les personnes retenues pour la suite du processus seront contactées.\n\n"
        "Service des ressources humaines\nVille de Sainte-Adèle",
        None,
    ),
    (
        "Groupe Laurentis",
        "applied",
        "2025-02-06",
        "Martin Bélanger <mbelanger@placementboreal.example>",
        "Candidature soumise - Contrôleur adjoint",
        "Bonjour Émilie,\n\nMerci pour notre échange de ce matin. Comme convenu, j'ai soumis votre candidature à mon "
        "client, Groupe Laurentis, pour le poste de contrôleur adjoint à Laval. Je vous reviens dès que j'ai des "
        "nouvelles.\n\nMartin Bélanger\nConseiller principal en recrutement | Placement Boréal",
        None,
    ),
    (
        "Caisse Laurentienne",
        "screen",
        "2025-02-07",
        "Julie Tremblay <julie.tremblay@caisselaurentienne.example>",
        "Votre candidature - Comptable principal(e)",
        "Bonjour Émilie,\n\nVotre profil a retenu notre attention. Seriez-vous disponible pour une courte entrevue "
        "téléphonique de 20 minutes mardi ou mercredi prochain?\n\nAu plaisir,\nJulie Tremblay\nConseillère en "
        "acquisition de talents, Caisse Laurentienne",
        None,
    ),
    (
        "Ville de Sainte-Adèle",
        "interview",
        "2025-02-12",
        "Ville de Sainte-Adele <emplois@ville.sainte-adele.example>",
        "Convocation - examen écrit, concours 2025-014",
        "Madame,\n\nNous avons le plaisir de vous convoquer à l'examen écrit du concours 2025-014, le jeudi 20 février "
        "à 9 h, à l'hôtel de ville. Veuillez vous présenter avec une pièce d'identité.\n\nService des ressources "
        "humaines",
        None,
    ),
    (
        "Caisse Laurentienne",
        "interview",
        "2025-02-14",
        "Julie Tremblay <julie.tremblay@caisselaurentienne.example>",
        "Entrevue - Comptable principal(e)",
        "Bonjour Émilie,\n\nSuite à notre appel, j'ai le plaisir de vous inviter à une entrevue avec Marc-André Roy, "
        "directeur des finances, le mercredi 19 février à 10 h à notre siège social de Boisbriand.\n\nAu plaisir,\n"
        "Julie",
        None,
    ),
    (
        "Groupe Laurentis",
        "rejected",
        "2025-02-18",
        "Martin Bélanger <mbelanger@placementboreal.example>",
        "RE: Candidature soumise - Contrôleur adjoint",
        "Bonjour Émilie,\n\nJ'ai eu un retour de mon client : ils ont choisi de poursuivre avec d'autres candidats "
        "dont l'expérience en consolidation est plus poussée. Je garde votre profil en tête pour d'autres mandats.\n\n"
        "Martin",
        None,
    ),
    (
        "Ville de Sainte-Adèle",
        "rejected",
        "2025-02-27",
        "Ville de Sainte-Adele <emplois@ville.sainte-adele.example>",
        "Résultat - concours 2025-014",
        "Madame,\n\nNous vous remercions de votre participation à l'examen écrit. Nous avons le regret de vous informer "
        "que votre candidature n'a pas été retenue pour la suite du processus.\n\nService des ressources humaines",
        None,
    ),
    (
        "Caisse Laurentienne",
        "offer",
        "2025-03-04",
        "Julie Tremblay <julie.tremblay@caisselaurentienne.example>",
        "Offre d'emploi - Comptable principal(e)",
        "Bonjour Émilie,\n\nC'est avec grand plaisir que nous vous présentons une offre d'emploi pour le poste de "
        "comptable principale, à 78 000 $ par année. Cette offre est conditionnelle à la vérification des antécédents. "
        "Vous trouverez la lettre d'offre en pièce jointe.\n\nAu plaisir,\nJulie",
        None,
    ),
    (
        "Caisse Laurentienne",
        "accepted",
        "2025-03-05",
        ME,
        "RE: Offre d'emploi - Comptable principal(e)",
        "Bonjour Julie,\n\nMerci beaucoup! J'accepte avec plaisir l'offre et je vous retourne la lettre signée "
        "aujourd'hui.\n\nÉmilie",
        "Julie Tremblay <julie.tremblay@caisselaurentienne.example>",
    ),
]

_NEGATIVES = [
    (
        "Jobillico <alertes@jobillico.example>",
        "Nouveaux emplois : Comptable à Montréal",
        "alert",
        "Comptable - Laval. Analyste financier - Montréal. Postulez maintenant.",
    ),
    (
        "Hydro-Québec <factures@hydroquebec.example>",
        "Votre facture est prête",
        "other",
        "Votre facture de 142,18 $ est disponible dans votre Espace client.",
    ),
    (
        "Ordre des CPA du Québec <infolettre@cpaquebec.example>",
        "L'Infolettre CPA - février",
        "newsletter",
        "Ce mois-ci : formation continue, normes IFRS et le congrès annuel.",
    ),
    (
        "SAQ <promos@saq.example>",
        "Découvertes de la semaine",
        "shop",
        "Nos conseillers vous proposent leurs coups de cœur de la semaine.",
    ),
    (
        "Canadiens de Montréal <billets@canadiens.example>",
        "Vos billets pour samedi",
        "other",
        "Vos billets pour le match de samedi sont disponibles dans l'application.",
    ),
    (
        "Sophie Gagnon <sophie.gagnon@videotron.example>",
        "souper dimanche",
        "personal",
        "Maman fait du pâté chinois dimanche, tu viens?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="10:25:00",
        neg_start="2025-02-02",
        neg_step=5,
        neg_clock="19:45:00",
        tag="threehundredtwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), EMILIE)
