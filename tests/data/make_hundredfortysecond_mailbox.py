"""A hundred-and-forty-second mailbox, written as a held-out check after the hundred-and-forty-first (issue #24).

Gabriel, a QA analyst in Montreal, saves his Outlook mail as .eml files; nearly all of it is in Quebec French.
He applies through Jobillico, Workday and Taleo and by mail: employers "accusent réception", call him for an
"entrevue téléphonique", an "entrevue technique", a "test pratique", make an "offre d'emploi conditionnelle",
and refuse ("nous ne donnerons pas suite à votre candidature", "votre profil n'a pas été retenu").  His
negatives: Desjardins, the STM, Hydro-Québec, Jobillico's alerts, an agency's pitch, a meetup.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GABRIEL = "gabriel.tremblay.qa@outlook.com"
_ME = f"Gabriel Tremblay <{GABRIEL}>"
_JULIE = "Julie Bergeron <julie.bergeron@logimtl.ca>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Logiciels Mont-Royal",
        "applied",
        "2025-03-03",
        "Jobillico <noreply@jobillico.com>",
        "Votre candidature a été envoyée",
        "Bonjour Gabriel,\n\nVotre candidature au poste d'Analyste assurance qualité chez Logiciels Mont-Royal a bien "
        "été envoyée. Bonne chance!\n\nL'équipe Jobillico",
        None,
    ),
    (
        "Logiciels Mont-Royal",
        "screen",
        "2025-03-06",
        _JULIE,
        "Poste d'analyste AQ - entrevue téléphonique",
        "Bonjour Gabriel,\n\nMerci de ton intérêt pour le poste d'analyste AQ. J'aimerais planifier une courte "
        "entrevue téléphonique de 20 minutes avec toi cette semaine. Quelles seraient tes disponibilités?\n\n"
        "Julie Bergeron\nConseillère en acquisition de talents",
        None,
    ),
    (
        "Logiciels Mont-Royal",
        "interview",
        "2025-03-13",
        _JULIE,
        "RE: Poste d'analyste AQ - entrevue téléphonique",
        "Bonjour Gabriel,\n\nSuite à notre échange, l'équipe aimerait te rencontrer pour une entrevue technique avec "
        "le chef d'équipe AQ, incluant un petit test pratique d'une heure. Serais-tu disponible mardi prochain?\n\n"
        "Julie",
        None,
    ),
    (
        "Logiciels Mont-Royal",
        "offer",
        "2025-03-27",
        _JULIE,
        "Offre d'emploi - Analyste AQ",
        "Bonjour Gabriel,\n\nJ'ai le plaisir de te présenter une offre d'emploi conditionnelle pour le poste "
        "d'analyste AQ, au salaire annuel de 72 000 $. L'offre est conditionnelle à la vérification de tes "
        "références. Tu trouveras la lettre en pièce jointe.\n\nJulie",
        None,
    ),
    (
        "Logiciels Mont-Royal",
        "accepted",
        "2025-03-31",
        _ME,
        "RE: Offre d'emploi - Analyste AQ",
        "Bonjour Julie,\n\nMerci beaucoup! C'est avec grand plaisir que j'accepte l'offre. Tu trouveras la lettre "
        "signée en pièce jointe.\n\nGabriel",
        _JULIE,
    ),
    (
        "Banque Laurentienne",
        "applied",
        "2025-03-04",
        "Banque Laurentienne <laurentianbank@myworkday.com>",
        "Accusé de réception de votre candidature",
        "Bonjour Gabriel,\n\nNous accusons réception de votre candidature pour le poste d'Analyste en assurance "
        "qualité (R-24512). Nous communiquerons avec vous si votre profil correspond à nos besoins.",
        None,
    ),
    (
        "Banque Laurentienne",
        "rejected",
        "2025-03-20",
        "Banque Laurentienne <laurentianbank@myworkday.com>",
        "Votre candidature - Analyste en assurance qualité",
        "Bonjour Gabriel,\n\nNous vous remercions de l'intérêt que vous portez à la Banque Laurentienne. Après "
        "analyse, votre profil n'a pas été retenu pour la suite du processus.",
        None,
    ),
    (
        "Ville de Laval",
        "applied",
        "2025-03-05",
        "Ville de Laval <noreply@taleo.net>",
        "Confirmation de votre candidature",
        "Bonjour Gabriel Tremblay,\n\nNous avons bien reçu votre candidature pour l'affichage 2025-0412 Analyste en "
        "informatique. Seules les personnes retenues seront contactées.",
        None,
    ),
    (
        "Ville de Laval",
        "interview",
        "2025-03-19",
        "Ville de Laval <noreply@taleo.net>",
        "Convocation - examen écrit et entrevue",
        "Bonjour Gabriel Tremblay,\n\nVotre candidature pour l'affichage 2025-0412 a été retenue. Vous êtes convoqué "
        "à un examen écrit suivi d'une entrevue le 26 mars à 9 h au 1333, boulevard Chomedey.",
        None,
    ),
    (
        "Ville de Laval",
        "withdrew",
        "2025-04-01",
        _ME,
        "Retrait de ma candidature - affichage 2025-0412",
        "Bonjour,\n\nJe vous informe que je retire ma candidature pour l'affichage 2025-0412, ayant accepté un autre "
        "poste.\n\nCordialement,\nGabriel Tremblay",
        "Ville de Laval - Dotation <dotation@laval.ca>",
    ),
    (
        "Studio Pixel Nord",
        "applied",
        "2025-03-07",
        _ME,
        "Candidature - Testeur QA",
        "Bonjour,\n\nJe vous soumets ma candidature pour le poste de testeur QA affiché sur votre site. Vous trouverez "
        "mon CV ci-joint.\n\nAu plaisir,\nGabriel Tremblay",
        "Studio Pixel Nord <emplois@studiopixelnord.com>",
    ),
    (
        "Studio Pixel Nord",
        "rejected",
        "2025-03-24",
        "Studio Pixel Nord <emplois@studiopixelnord.com>",
        "RE: Candidature - Testeur QA",
        "Bonjour Gabriel,\n\nMerci pour ta candidature. Malheureusement, nous ne donnerons pas suite à ta candidature "
        "pour le moment, le poste ayant été comblé.\n\nL'équipe Studio Pixel Nord",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Desjardins <notification@desjardins.com>",
        "Votre relevé est disponible",
        "other",
        "Votre relevé de compte de mars est disponible dans AccèsD.",
    ),
    (
        "STM <info@stm.info>",
        "Info-service : ligne orange",
        "other",
        "Interruption de service sur la ligne orange ce week-end entre Berri-UQAM et Lionel-Groulx.",
    ),
    (
        "Hydro-Québec <facturation@hydroquebec.com>",
        "Votre facture est prête",
        "other",
        "Votre facture d'électricité de 84,12 $ est prête.",
    ),
    (
        "Jobillico <alertes@jobillico.com>",
        "Nouvelles offres : analyste QA",
        "alert",
        "Analyste QA - Ubisoft - Montréal. Testeur logiciel - CGI - Laval. Voir toutes les offres.",
    ),
    (
        "Sophie Lavoie <sophie@talentsti.ca>",
        "Opportunité : analyste AQ senior",
        "outreach",
        "Bonjour Gabriel, j'ai vu ton profil LinkedIn et j'ai un mandat d'analyste AQ senior chez un client à Montréal. "
        "Serais-tu ouvert à en discuter?",
    ),
    (
        "QA Montréal <info@meetup.com>",
        "Nouvel événement : automatisation avec Playwright",
        "newsletter",
        "Joignez-vous à nous le 20 mars. Inscrivez-vous. Se désabonner",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Outlook saves them."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=_ME,
        offset="-0400",
        clock="13:05:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="06:40:00",
        tag="hundredfortytwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), GABRIEL)
