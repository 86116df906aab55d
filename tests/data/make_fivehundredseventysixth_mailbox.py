"""A five-hundred-and-seventy-sixth mailbox, written as a held-out check after the five-hundred-and-seventy-fifth
(issue #24).

Sarah Dubois, a data analyst in Brussels, saves her mail from Outlook as .eml files. Belgian employers write in French,
some in French and Dutch at once, through Workday, SmartRecruiters and their own people, and a consultancy for its
client: Solvay's "Merci pour votre candidature", Bruxelles Environnement's "Accusé de réception de votre candidature /
Ontvangstbevestiging van uw kandidatuur", a Robert Walters consultant's "j'ai transmis votre candidature à notre
client, Proximus, pour le poste de Data Analyst", "Proximus souhaite vous rencontrer", Solvay's "entretien avec le
manager de l'équipe", Bruxelles Environnement's "nous sommes au regret de vous informer que votre candidature n'a pas
été retenue", Solvay's "assessment center dans nos bureaux de Neder-Over-Heembeek" (the last round), the consultant's
"Proximus a choisi un autre profil", Solvay's "proposition de contrat", her "J'accepte votre proposition avec plaisir"
and her thanks after the assessment. Negatives: a job alert, L'Echo's newsletter, a second consultant's cold mail,
Proximus' own invoice (a company she applied to), the STIB and her brother. Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SARAH = "sarah.dubois.data@outlook.example"
ME = f"Sarah Dubois <{SARAH}>"
SOLVAY = "Solvay <solvay@myworkday.example>"
BE = "Bruxelles Environnement <jobs@environnement.brussels.example>"
THOMAS = "Thomas Peeters <thomas.peeters@robertwalters.example>"
ANNE = "Anne Lambert <anne.lambert@solvay.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Solvay",
        "applied",
        "2025-09-01",
        SOLVAY,
        "Merci pour votre candidature",
        "Chère Sarah,\n\nMerci pour votre candidature au poste de Data Analyst (R-0051234) chez Solvay. Nous "
        "l'examinons attentivement.\n\nL'équipe Talent Acquisition de Solvay",
        None,
    ),
    (
        "Bruxelles Environnement",
        "applied",
        "2025-09-02",
        BE,
        "Accusé de réception de votre candidature / Ontvangstbevestiging van uw kandidatuur",
        "Madame,\n\nNous accusons réception de votre candidature pour la fonction d'analyste de données. Nous vous "
        "tiendrons informée.\n\nMevrouw,\n\nWij bevestigen de ontvangst van uw kandidatuur.\n\nBruxelles Environnement "
        "- Leefmilieu Brussel",
        None,
    ),
    (
        "Proximus",
        "applied",
        "2025-09-03",
        THOMAS,
        "Data Analyst - Proximus",
        "Bonjour Sarah,\n\nSuite à notre échange, j'ai transmis votre candidature à notre client, Proximus, pour le "
        "poste de Data Analyst. Je reviens vers vous dès que possible.\n\nBien à vous,\nThomas Peeters\nRobert Walters "
        "Belgium",
        None,
    ),
    (
        "Proximus",
        "interview",
        "2025-09-09",
        THOMAS,
        "RE: Data Analyst - Proximus",
        "Bonjour Sarah,\n\nBonne nouvelle : Proximus souhaite vous rencontrer jeudi à 14h pour un entretien avec le "
        "responsable de l'équipe Analytics.\n\nBien à vous,\nThomas",
        None,
    ),
    (
        "Solvay",
        "interview",
        "2025-09-10",
        ANNE,
        "Entretien - Data Analyst",
        "Chère Sarah,\n\nVotre profil a retenu notre attention. Nous vous proposons un entretien avec le manager de "
        "l'équipe le lundi 15 septembre à 10h par Teams.\n\nAnne Lambert\nTalent Acquisition",
        None,
    ),
    (
        "Bruxelles Environnement",
        "rejected",
        "2025-09-12",
        BE,
        "Votre candidature / Uw kandidatuur",
        "Madame,\n\nNous sommes au regret de vous informer que votre candidature n'a pas été retenue.\n\nMevrouw,\n\n"
        "Wij moeten u helaas meedelen dat uw kandidatuur niet werd weerhouden.\n\nBruxelles Environnement - Leefmilieu "
        "Brussel",
        None,
    ),
    (
        "Solvay",
        "onsite",
        "2025-09-17",
        ANNE,
        "RE: Entretien - Data Analyst",
        "Chère Sarah,\n\nMerci pour l'entretien. Nous vous invitons à un assessment center dans nos bureaux de "
        "Neder-Over-Heembeek le 24 septembre, dernière étape du processus.\n\nAnne",
        None,
    ),
    (
        "Proximus",
        "rejected",
        "2025-09-19",
        THOMAS,
        "RE: Data Analyst - Proximus",
        "Bonjour Sarah,\n\nJ'ai eu un retour : Proximus a choisi un autre profil, plus orienté télécom. Je garde votre "
        "candidature en tête.\n\nThomas",
        None,
    ),
    (
        "Solvay",
        "thank_you",
        "2025-09-24",
        ME,
        "RE: Entretien - Data Analyst",
        "Chère Anne,\n\nMerci pour l'organisation de l'assessment center aujourd'hui ; j'ai beaucoup apprécié les "
        "échanges avec l'équipe.\n\nBien à vous,\nSarah",
        ANNE,
    ),
    (
        "Solvay",
        "offer",
        "2025-10-01",
        ANNE,
        "Proposition de contrat - Data Analyst",
        "Chère Sarah,\n\nNous avons le plaisir de vous faire une proposition de contrat pour le poste de Data Analyst. "
        "Vous trouverez les détails en pièce jointe.\n\nAnne",
        None,
    ),
    (
        "Solvay",
        "accepted",
        "2025-10-02",
        ME,
        "RE: Proposition de contrat - Data Analyst",
        "Chère Anne,\n\nJ'accepte votre proposition avec plaisir. Merci beaucoup !\n\nSarah",
        ANNE,
    ),
]

_NEGATIVES = [
    (
        "Jobat <alerts@jobat.example>",
        "Nouvelles offres : Data Analyst",
        "alert",
        "Data Analyst - Bruxelles. BI Analyst - Louvain-la-Neuve. Voir les offres.",
    ),
    (
        "L'Echo <newsletter@lecho.example>",
        "L'Echo du matin",
        "newsletter",
        "L'essentiel de l'actualité. Se désinscrire.",
    ),
    (
        "Julie Maes <julie.maes@hays-belgium.example>",
        "Mission BI - 6 mois",
        "outreach",
        "Bonjour Sarah, j'ai une mission BI de 6 mois chez un client à Bruxelles. Seriez-vous intéressée ?",
    ),
    (
        "Proximus <factures@proximus.example>",
        "Votre facture Proximus",
        "other",
        "Votre facture de septembre est disponible.",
    ),
    (
        "STIB <info@stib.example>",
        "Travaux sur la ligne 1",
        "other",
        "Des travaux auront lieu ce week-end.",
    ),
    (
        "Nicolas Dubois <nicolas.dubois@skynet.example>",
        "dimanche",
        "personal",
        "On mange ensemble dimanche ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="10:25:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="19:50:00",
        tag="fivehundredseventysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), SARAH)
