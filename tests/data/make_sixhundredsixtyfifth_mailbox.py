"""A six-hundred-and-sixty-fifth mailbox, written as a held-out check after the six-hundred-and-sixty-fourth (issue
#24).

Camille Martin, a management controller in Lyon, exports her Gmail (in French: "Boîte de réception", "Messages
envoyés") with Takeout. Her mail is French: Welcome to the Jungle's "Votre candidature chez Cegid a bien été
envoyée", Groupe SEB's "Nous accusons réception de votre candidature", a Page Personnel consultant's "j'ai transmis
votre dossier à mon client, la société Boiron", Cegid's recruiter's "premier échange téléphonique" (a screen),
"Boiron souhaite vous rencontrer pour un entretien avec le DAF", SEB's "votre candidature n'a pas été retenue",
Cegid's "dernier entretien avec la Directrice Financière dans nos locaux" (the final round), the consultant's
"Boiron a décidé de poursuivre avec un autre candidat", Cegid's "proposition d'embauche" and Camille's "j'accepte
avec plaisir". Negatives: Indeed's alert, APEC's newsletter, HelloWork's "Votre candidature a été consultée", another
consultant's cold mail, an SNCF ticket and a friend. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.martin.cdg@gmail.com"
ME = f"Camille Martin <{CAMILLE}>"
WTTJ = "Welcome to the Jungle <noreply@welcometothejungle.example>"
SEB = "Groupe SEB Recrutement <recrutement@groupeseb.example>"
PAGE = "Julie Bernard <julie.bernard@pagepersonnel.example>"
CEGIDR = "Léa Moreau <lea.moreau@cegid.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Cegid",
        "applied",
        "2025-05-26",
        WTTJ,
        "Votre candidature chez Cegid a bien été envoyée",
        "Bonjour Camille,\n\nVotre candidature pour le poste de Contrôleuse de gestion chez Cegid a bien été envoyée. "
        "Vous pouvez suivre son avancement depuis votre espace.\n\nL'équipe Welcome to the Jungle",
        "t-cegid",
    ),
    (
        "Groupe SEB",
        "applied",
        "2025-05-27",
        SEB,
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous accusons réception de votre candidature au poste de Contrôleur de gestion Usine (réf. "
        "25-0412) au sein du Groupe SEB et vous remercions de l'intérêt que vous portez à notre entreprise.\n\n"
        "Le service Recrutement",
        "t-seb",
    ),
    (
        "Boiron",
        "applied",
        "2025-05-28",
        PAGE,
        "Poste de Contrôleur de gestion - Lyon",
        "Bonjour Camille,\n\nSuite à notre échange, je vous confirme que j'ai transmis votre dossier à mon client, la "
        "société Boiron, pour le poste de contrôleur de gestion industriel basé à Messimy.\n\nBien à vous,\nJulie "
        "Bernard\nConsultante | Page Personnel Finance",
        "t-page",
    ),
    (
        "Cegid",
        "screen",
        "2025-06-02",
        CEGIDR,
        "Cegid - échange téléphonique",
        "Bonjour Camille,\n\nVotre profil a retenu notre attention. Je vous propose un premier échange téléphonique de "
        "30 minutes mardi prochain à 11h.\n\nBien cordialement,\nLéa Moreau\nChargée de recrutement, Cegid",
        "t-cegid2",
    ),
    (
        "Boiron",
        "interview",
        "2025-06-04",
        PAGE,
        "Boiron souhaite vous rencontrer",
        "Bonjour Camille,\n\nBonne nouvelle : Boiron souhaite vous rencontrer pour un entretien avec le DAF le jeudi 12 "
        "juin à 10h sur leur site de Messimy.\n\nJulie",
        "t-page2",
    ),
    (
        "Groupe SEB",
        "rejected",
        "2025-06-06",
        SEB,
        "Votre candidature",
        "Madame,\n\nNous vous remercions de l'intérêt que vous portez au Groupe SEB. Nous sommes au regret de vous "
        "informer que votre candidature n'a pas été retenue.\n\nLe service Recrutement",
        "t-seb",
    ),
    (
        "Cegid",
        "onsite",
        "2025-06-11",
        CEGIDR,
        "Entretien final - Contrôleuse de gestion",
        "Bonjour Camille,\n\nSuite à vos entretiens, nous souhaitons vous inviter à un dernier entretien avec la "
        "Directrice Financière dans nos locaux de Lyon, le 17 juin à 14h.\n\nLéa",
        "t-cegid3",
    ),
    (
        "Boiron",
        "rejected",
        "2025-06-16",
        PAGE,
        "Retour de Boiron",
        "Bonjour Camille,\n\nMalheureusement, Boiron a décidé de poursuivre avec un autre candidat dont le profil est "
        "plus proche du secteur pharmaceutique. Je reviens vers vous très vite avec d'autres opportunités.\n\nJulie",
        "t-page3",
    ),
    (
        "Cegid",
        "offer",
        "2025-06-20",
        CEGIDR,
        "Proposition d'embauche",
        "Bonjour Camille,\n\nNous avons le plaisir de vous faire une proposition d'embauche pour le poste de "
        "Contrôleuse de gestion en CDI. Vous trouverez le détail en pièce jointe.\n\nLéa",
        "t-cegid4",
    ),
    (
        "Cegid",
        "accepted",
        "2025-06-23",
        ME,
        "RE: Proposition d'embauche",
        "Bonjour Léa,\n\nJe vous remercie et j'accepte avec plaisir votre proposition.\n\nBien cordialement,\nCamille",
        "t-cegid4",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Nouveaux emplois : contrôleur de gestion à Lyon",
        "alert",
        "12 nouvelles offres correspondent à votre recherche. Gérer vos alertes.",
    ),
    (
        "APEC <newsletter@apec.example>",
        "La lettre des cadres - juin",
        "newsletter",
        "Le marché de l'emploi cadre en Auvergne-Rhône-Alpes. Se désabonner.",
    ),
    (
        "HelloWork <noreply@hellowork.example>",
        "Votre candidature a été consultée",
        "viewed",
        "Bonne nouvelle Camille ! Le recruteur a consulté votre candidature pour Contrôleur de gestion H/F.",
    ),
    (
        "Thomas Petit <thomas.petit@michaelpage.example>",
        "Opportunité Contrôleur de gestion",
        "outreach",
        "Bonjour Camille, je recrute un contrôleur de gestion pour l'un de nos clients, un industriel lyonnais. Seriez-"
        "vous disponible pour en discuter ?",
    ),
    (
        "SNCF Connect <noreply@sncf-connect.example>",
        "Votre e-billet Lyon - Paris",
        "other",
        "Voici votre billet pour le trajet du 14 juin.",
    ),
    (
        "Inès <ines.roux@gmail.example>",
        "ciné ?",
        "personal",
        "On se fait un ciné samedi ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CAMILLE,
        own_to={"Cegid": CEGIDR},
        offset="+0200",
        clock="10:15:00",
        neg_start="2025-05-25",
        neg_step=5,
        neg_clock="20:40:00",
        tag="sixhundredsixtyfive",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=CAMILLE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
