"""A five-hundred-and-sixty-sixth mailbox, written as a held-out check after the five-hundred-and-sixty-fifth (issue
#24).

Émilie Gagnon, a business analyst in Montréal, reads her mail in Thunderbird and exports the inbox as one mbox.
Québec employers write in French, often in "tu", through Workday and their own people, and an agency for its client:
Workday's "Merci d'avoir postulé chez Desjardins", a Randstad recruiter's "j'ai soumis ta candidature pour le poste
d'analyste d'affaires chez Banque Nationale", Hydro-Québec's "Nous avons bien reçu ta candidature", Desjardins'
"nous aimerions planifier une courte entrevue téléphonique", the recruiter's "Banque Nationale aimerait te rencontrer
en entrevue mardi", Hydro-Québec's "nous ne pourrons pas donner suite à ta candidature", Desjardins' "entrevue finale
avec la directrice et l'équipe, à nos bureaux", its "Nous avons le plaisir de t'offrir le poste", the recruiter's
"Banque Nationale a retenu une autre candidature", her "Merci pour l'entrevue de ce matin" and her "J'accepte avec
plaisir l'offre". Negatives: Jobillico's alert, La Presse's newsletter, a second recruiter's cold mail, Desjardins' own
account statement (a bank she applied to), the STM and her mother. Its score before any rule was changed for it is in
the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EMILIE = "emilie.gagnon.ba@videotron.example"
ME = f"Émilie Gagnon <{EMILIE}>"
DESJ = "Desjardins <desjardins@myworkday.example>"
MARC = "Marc-André Roy <marc-andre.roy@randstad.example>"
HQ = "Hydro-Québec <dotation@hydroquebec.example>"
JULIE = "Julie Tremblay <julie.tremblay@desjardins.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Desjardins",
        "applied",
        "2025-05-05",
        DESJ,
        "Merci d'avoir postulé chez Desjardins",
        "Bonjour Émilie,\n\nMerci d'avoir postulé au poste d'Analyste d'affaires (R2514590) chez Desjardins. Nous "
        "étudions ta candidature et te reviendrons sous peu.\n\nAcquisition de talents Desjardins",
        None,
    ),
    (
        "Banque Nationale",
        "applied",
        "2025-05-06",
        MARC,
        "Analyste d'affaires - Banque Nationale",
        "Bonjour Émilie,\n\nMerci pour notre appel. Comme convenu, j'ai soumis ta candidature pour le poste d'analyste "
        "d'affaires chez Banque Nationale. Je te reviens dès que j'ai des nouvelles.\n\nMarc-André Roy\nRandstad "
        "Professionnels",
        None,
    ),
    (
        "Hydro-Québec",
        "applied",
        "2025-05-07",
        HQ,
        "Accusé de réception",
        "Bonjour,\n\nNous avons bien reçu ta candidature pour le poste d'Analyste d'affaires TI chez Hydro-Québec. Merci "
        "de ton intérêt.\n\nDotation Hydro-Québec",
        None,
    ),
    (
        "Desjardins",
        "screen",
        "2025-05-12",
        JULIE,
        "Analyste d'affaires - Desjardins",
        "Bonjour Émilie,\n\nJe suis conseillère en acquisition de talents chez Desjardins. Nous aimerions planifier une "
        "courte entrevue téléphonique (20 minutes) cette semaine. Quelles sont tes disponibilités?\n\nJulie Tremblay",
        None,
    ),
    (
        "Banque Nationale",
        "interview",
        "2025-05-13",
        MARC,
        "RE: Analyste d'affaires - Banque Nationale",
        "Bonjour Émilie,\n\nBonne nouvelle! Banque Nationale aimerait te rencontrer en entrevue mardi à 10 h avec le "
        "gestionnaire de l'équipe.\n\nMarc-André",
        1,
    ),
    (
        "Hydro-Québec",
        "rejected",
        "2025-05-15",
        HQ,
        "Ta candidature chez Hydro-Québec",
        "Bonjour,\n\nNous te remercions de l'intérêt porté à Hydro-Québec. Malheureusement, nous ne pourrons pas donner "
        "suite à ta candidature pour ce poste.\n\nDotation Hydro-Québec",
        None,
    ),
    (
        "Desjardins",
        "onsite",
        "2025-05-20",
        JULIE,
        "RE: Analyste d'affaires - Desjardins",
        "Bonjour Émilie,\n\nMerci pour l'échange! Nous t'invitons à une entrevue finale avec la directrice et l'équipe, "
        "à nos bureaux du Complexe Desjardins, le 28 mai à 13 h.\n\nJulie",
        3,
    ),
    (
        "Banque Nationale",
        "rejected",
        "2025-05-23",
        MARC,
        "RE: Analyste d'affaires - Banque Nationale",
        "Bonjour Émilie,\n\nJ'ai eu un retour : Banque Nationale a retenu une autre candidature. Je garde ton profil en "
        "tête pour d'autres postes.\n\nMarc-André",
        4,
    ),
    (
        "Desjardins",
        "thank_you",
        "2025-05-28",
        ME,
        "RE: Analyste d'affaires - Desjardins",
        "Bonjour Julie,\n\nMerci pour l'entrevue de ce matin, j'ai beaucoup apprécié rencontrer l'équipe.\n\nÉmilie",
        6,
        JULIE,
    ),
    (
        "Desjardins",
        "offer",
        "2025-06-03",
        JULIE,
        "Offre d'emploi - Analyste d'affaires",
        "Bonjour Émilie,\n\nNous avons le plaisir de t'offrir le poste d'Analyste d'affaires! Tu trouveras la lettre "
        "d'offre en pièce jointe.\n\nJulie",
        None,
    ),
    (
        "Desjardins",
        "accepted",
        "2025-06-04",
        ME,
        "RE: Offre d'emploi - Analyste d'affaires",
        "Bonjour Julie,\n\nJ'accepte avec plaisir l'offre! Merci beaucoup.\n\nÉmilie",
        9,
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
        "La Presse <infolettre@lapresse.example>",
        "L'infolettre du matin",
        "newsletter",
        "Les nouvelles du jour. Se désabonner.",
    ),
    (
        "Sophie Lavoie <sophie.lavoie@roberthalf.example>",
        "Mandat d'analyste - 6 mois",
        "outreach",
        "Bonjour Émilie, j'ai un mandat d'analyste d'affaires de 6 mois chez un client. Serais-tu intéressée?",
    ),
    (
        "Desjardins <releves@desjardins.example>",
        "Ton relevé de compte est disponible",
        "other",
        "Ton relevé de mai est disponible dans AccèsD.",
    ),
    (
        "STM <info@stm.example>",
        "Travaux sur la ligne orange",
        "other",
        "Des travaux auront lieu ce week-end.",
    ),
    (
        "Maman <lise.gagnon@videotron.example>",
        "souper",
        "personal",
        "Tu viens souper dimanche?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=EMILIE,
        offset=lambda d: "-0400",
        clock="10:05:00",
        neg_start="2025-05-04",
        neg_step=5,
        neg_clock="20:15:00",
        tag="fivehundredsixtysix",
        host="videotron.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
