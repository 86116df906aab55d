"""A six-hundred-and-first mailbox, written as a held-out check after the six-hundredth (issue #24).

Inès Haddad, a data scientist in Paris, exports her Gmail (in French) with Takeout. Paris start-ups and scale-ups and a
recruitment firm write in "tu" and "vous": Welcome to the Jungle's "Ta candidature chez Alan a bien été envoyée",
BlaBlaCar's Lever "Merci pour ta candidature !", a Michael Page consultant's "Je me permets de revenir vers vous :
votre candidature a été présentée à Qonto pour le poste de Data Scientist Senior", Alan's "Premier call de 30 min avec
Léa de l'équipe Talent", BlaBlaCar's "Nous avons décidé de ne pas donner suite à ta candidature", the consultant's
"Qonto souhaite vous rencontrer pour un entretien technique", Alan's "étude de cas à présenter à l'équipe", Alan's
"dernier entretien avec le CTO dans nos bureaux", the consultant's "Qonto a finalement choisi un profil plus junior",
Alan's "Nous sommes ravis de te faire une offre", her "J'accepte l'offre avec joie" and her thanks after the last
interview. Negatives: Welcome to the Jungle's newsletter, Le Monde's newsletter, a headhunter's cold mail, Alan's own
health insurance mail (a company she applied to, which insures her), the RATP and her brother. Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

INES = "ines.haddad.data@gmail.com"
ME = f"Inès Haddad <{INES}>"
WTTJ = "Welcome to the Jungle <noreply@welcometothejungle.example>"
BBC = "BlaBlaCar <no-reply@hire.lever.example>"
MP = "Thomas Renaud <thomasrenaud@michaelpage.example>"
LEA = "Léa Martin <lea.martin@alan.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Alan",
        "applied",
        "2025-09-08",
        WTTJ,
        "Ta candidature a bien été envoyée",
        "Hello Inès,\n\nTa candidature chez Alan pour le poste de Senior Data Scientist a bien été envoyée. Bonne "
        "chance !\n\nL'équipe Welcome to the Jungle",
        "t-alan",
    ),
    (
        "BlaBlaCar",
        "applied",
        "2025-09-09",
        BBC,
        "Merci pour ta candidature !",
        "Hello Inès,\n\nMerci pour ta candidature au poste de Data Scientist - Pricing chez BlaBlaCar ! L'équipe "
        "revient vers toi rapidement.\n\nBlaBlaCar Talent",
        "t-bbc",
    ),
    (
        "Qonto",
        "applied",
        "2025-09-10",
        MP,
        "Data Scientist Senior - fintech",
        "Bonjour Inès,\n\nJe me permets de revenir vers vous : votre candidature a été présentée à Qonto pour le poste "
        "de Data Scientist Senior. Je vous tiens au courant.\n\nCordialement,\nThomas Renaud\nMichael Page Technology",
        "t-qonto",
    ),
    (
        "Alan",
        "screen",
        "2025-09-12",
        LEA,
        "Alan x Inès",
        "Hello Inès,\n\nJe suis Léa de l'équipe Talent chez Alan. Je te propose un premier call de 30 min pour faire "
        "connaissance : choisis un créneau ici https://cal.example/lea-alan\n\nLéa",
        "t-alan2",
    ),
    (
        "BlaBlaCar",
        "rejected",
        "2025-09-15",
        BBC,
        "Ta candidature chez BlaBlaCar",
        "Hello Inès,\n\nMerci pour le temps consacré à ta candidature. Nous avons décidé de ne pas donner suite à ta "
        "candidature pour ce poste.\n\nBlaBlaCar Talent",
        "t-bbc",
    ),
    (
        "Qonto",
        "interview",
        "2025-09-16",
        MP,
        "RE: Data Scientist Senior - fintech",
        "Bonjour Inès,\n\nBonne nouvelle : Qonto souhaite vous rencontrer pour un entretien technique jeudi à 15h.\n\n"
        "Cordialement,\nThomas",
        "t-qonto",
    ),
    (
        "Alan",
        "interview",
        "2025-09-18",
        LEA,
        "RE: Alan x Inès",
        "Hello Inès,\n\nMerci pour l'échange ! Prochaine étape : une étude de cas à présenter à l'équipe Data mardi "
        "prochain.\n\nLéa",
        "t-alan2",
    ),
    (
        "Alan",
        "onsite",
        "2025-09-25",
        LEA,
        "RE: Alan x Inès",
        "Hello Inès,\n\nBravo pour le cas ! Il reste un dernier entretien avec le CTO dans nos bureaux rue de "
        "Londres, le 2 octobre à 11h.\n\nLéa",
        "t-alan2",
    ),
    (
        "Qonto",
        "rejected",
        "2025-09-26",
        MP,
        "RE: Data Scientist Senior - fintech",
        "Bonjour Inès,\n\nJe reviens vers vous : Qonto a finalement choisi un profil plus junior. Je reste à l'écoute "
        "pour d'autres opportunités.\n\nCordialement,\nThomas",
        "t-qonto",
    ),
    (
        "Alan",
        "thank_you",
        "2025-10-02",
        ME,
        "RE: Alan x Inès",
        "Hello Léa,\n\nMerci pour l'organisation, l'échange avec le CTO était passionnant.\n\nInès",
        "t-alan2",
    ),
    (
        "Alan",
        "offer",
        "2025-10-07",
        LEA,
        "Ton offre chez Alan",
        "Hello Inès,\n\nNous sommes ravis de te faire une offre pour le poste de Senior Data Scientist ! Tu trouveras "
        "la proposition en pièce jointe.\n\nLéa",
        "t-alan3",
    ),
    (
        "Alan",
        "accepted",
        "2025-10-08",
        ME,
        "RE: Ton offre chez Alan",
        "Hello Léa,\n\nJ'accepte l'offre avec joie ! Merci à toute l'équipe.\n\nInès",
        "t-alan3",
    ),
]

_NEGATIVES = [
    (
        "Welcome to the Jungle <newsletter@welcometothejungle.example>",
        "Les offres de la semaine",
        "alert",
        "Data Scientist chez Doctolib. ML Engineer chez Mistral AI. Voir les offres.",
    ),
    (
        "Le Monde <newsletter@lemonde.example>",
        "La Matinale",
        "newsletter",
        "L'essentiel de l'actualité. Se désinscrire.",
    ),
    (
        "Julien Morel <julien.morel@hunteed.example>",
        "Lead Data Scientist",
        "outreach",
        "Bonjour Inès, je recrute un Lead Data Scientist pour une scale-up de la healthtech. Partante pour un échange ?",
    ),
    (
        "Alan <hello@alan.example>",
        "Ton remboursement est en route",
        "other",
        "Nous avons remboursé 25 € pour ta consultation.",
    ),
    (
        "RATP <noreply@ratp.example>",
        "Votre abonnement Navigo",
        "other",
        "Votre forfait Navigo a été renouvelé.",
    ),
    (
        "Karim Haddad <karim.haddad@free.example>",
        "ce week-end",
        "personal",
        "On se fait un ciné ce week-end ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=INES,
        own_to={"Alan": LEA},
        offset="+0200",
        clock="10:10:00",
        neg_start="2025-09-07",
        neg_step=5,
        neg_clock="21:15:00",
        tag="sixhundredone",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=INES)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
