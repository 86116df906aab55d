"""A four-hundred-and-twenty-fourth mailbox, written as a held-out check after the four-hundred-and-twenty-third
(issue #24).

Julien, a purchasing manager in Lyon, keeps his search in Gmail and exports it with Takeout.  Two cabinets de
recrutement in their consultants' French: "J'ai transmis votre dossier à mon client, un groupe industriel de la
Vallée de la Chimie", "Le client, c'est Forgeval : ils souhaitent vous rencontrer jeudi", "Retour très positif de
Forgeval, ils vous proposent un second entretien avec le directeur industriel", "le client a finalement retenu un
profil plus orienté achats indirects", "Bonne nouvelle : Forgeval vous fait une proposition à 72 kEUR", an APEC relay
("Votre candidature a été transmise au recruteur"), an employer's Talentsoft receipt and its refusal; his "C'est avec
plaisir que j'accepte".  Negatives: APEC's alert, a cabinet's "Nos offres de la semaine", a LinkedIn InMail from
another cabinet, a trade newsletter, the TCL and his father.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JULIEN = "julien.marchand.achats@gmail.com"
ME = f"Julien Marchand <{JULIEN}>"
CLAIRE = "Claire Dumont <c.dumont@rhonetalents.example>"
HUGO = "Hugo Bernard <hugo.bernard@alpesexecutive.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Forgeval",
        "applied",
        "2025-01-13",
        CLAIRE,
        "Responsable Achats - groupe industriel",
        "Bonjour Julien,\n\nSuite à notre échange, j'ai transmis votre dossier à mon client, un groupe industriel de la "
        "Vallée de la Chimie, pour le poste de Responsable Achats. Je reviens vers vous dès que j'ai un retour.\n\n"
        "Claire Dumont\nConsultante - Rhône Talents",
        "t-fv",
    ),
    (
        "Alpinox",
        "applied",
        "2025-01-14",
        HUGO,
        "Acheteur Projets - Alpinox",
        "Bonjour Julien,\n\nComme convenu, votre candidature est désormais entre les mains d'Alpinox pour le poste "
        "d'Acheteur Projets à Grenoble.\n\nBien à vous,\nHugo Bernard\nAlpes Executive",
        "t-ax",
    ),
    (
        "Maison Berthier",
        "applied",
        "2025-01-15",
        "APEC <noreply@apec.example>",
        "Votre candidature a été transmise",
        "Bonjour Julien,\n\nVotre candidature à l'offre Responsable Approvisionnements de Maison Berthier a été "
        "transmise au recruteur.\n\nL'équipe Apec",
        "t-mb",
    ),
    (
        "Groupe Lumen",
        "applied",
        "2025-01-15",
        "Groupe Lumen <recrutement@groupelumen.talent-soft.example>",
        "Accusé de réception de votre candidature",
        "Bonjour Julien Marchand,\n\nNous vous remercions pour votre candidature au poste de Category Manager et "
        "l'intérêt que vous portez au Groupe Lumen.\n\nLa Direction des Ressources Humaines",
        "t-gl",
    ),
    (
        "Forgeval",
        "interview",
        "2025-01-17",
        CLAIRE,
        "RE: Responsable Achats - groupe industriel",
        "Bonjour Julien,\n\nLe client, c'est Forgeval : ils souhaitent vous rencontrer jeudi 23 à 10h à Saint-Fons, avec "
        "la DRH et le responsable du site.\n\nClaire",
        "t-fv",
    ),
    (
        "Groupe Lumen",
        "rejected",
        "2025-01-21",
        "Groupe Lumen <recrutement@groupelumen.talent-soft.example>",
        "Votre candidature au poste de Category Manager",
        "Bonjour Julien Marchand,\n\nAprès examen attentif, nous sommes au regret de ne pouvoir retenir votre "
        "candidature.\n\nLa Direction des Ressources Humaines",
        "t-gl2",
    ),
    (
        "Alpinox",
        "rejected",
        "2025-01-24",
        HUGO,
        "RE: Acheteur Projets - Alpinox",
        "Bonjour Julien,\n\nJ'ai eu le retour d'Alpinox : le client a finalement retenu un profil plus orienté achats "
        "indirects. Je reste à l'écoute pour d'autres missions.\n\nHugo",
        "t-ax",
    ),
    (
        "Forgeval",
        "onsite",
        "2025-01-27",
        CLAIRE,
        "RE: Responsable Achats - groupe industriel",
        "Julien,\n\nRetour très positif de Forgeval ! Ils vous proposent un second et dernier entretien avec le directeur "
        "industriel, mardi 4 février, sur le site de Saint-Fons.\n\nClaire",
        "t-fv",
    ),
    (
        "Forgeval",
        "offer",
        "2025-02-06",
        CLAIRE,
        "Bonne nouvelle !",
        "Julien,\n\nBonne nouvelle : Forgeval vous fait une proposition à 72 kEUR fixe plus 10 % de variable, prise de "
        "poste le 3 mars. Appelez-moi !\n\nClaire",
        "t-fv-off",
    ),
    (
        "Forgeval",
        "accepted",
        "2025-02-07",
        ME,
        "RE: Bonne nouvelle !",
        "Bonjour Claire,\n\nC'est avec plaisir que j'accepte la proposition de Forgeval. Merci pour tout votre "
        "accompagnement.\n\nJulien",
        "t-fv-off",
    ),
]

_NEGATIVES = [
    (
        "APEC <alertes@apec.example>",
        "Nouvelles offres : Responsable Achats",
        "alert",
        "Responsable Achats - Villeurbanne. Acheteur - Vienne. Voir toutes les offres.",
    ),
    (
        "Rhône Talents <offres@rhonetalents.example>",
        "Nos offres de la semaine",
        "newsletter",
        "Acheteur, Supply Chain Manager, Contrôleur de gestion. Postulez en un clic.",
    ),
    (
        "Nathalie Roux via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunité - Directeur Achats",
        "outreach",
        "Bonjour Julien, je recrute un Directeur Achats pour un ETI de la région lyonnaise. Seriez-vous ouvert à un "
        "échange ? Nathalie",
    ),
    (
        "Décision Achats <newsletter@decision-achats.example>",
        "La lettre des acheteurs",
        "newsletter",
        "Inflation, relocalisation et négociation fournisseurs.",
    ),
    (
        "TCL <noreply@tcl.example>",
        "Votre abonnement",
        "other",
        "Votre abonnement de février est renouvelé.",
    ),
    (
        "Papa <michel.marchand@orange.example>",
        "dimanche",
        "personal",
        "Tu passes dimanche avec les enfants ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JULIEN,
        own_to={"Forgeval": CLAIRE},
        offset="+0100",
        clock="10:45:00",
        neg_start="2025-01-12",
        neg_step=4,
        neg_clock="20:10:00",
        tag="fourhundredtwentyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
