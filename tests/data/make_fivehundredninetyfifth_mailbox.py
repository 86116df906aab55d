"""A five-hundred-and-ninety-fifth mailbox, written as a held-out check after the five-hundred-and-ninety-fourth
(issue #24).

Hugo Lambert, a systems engineer in Toulouse, reads his mail in Thunderbird and exports the inbox as one mbox.
Aerospace employers, an engineering consultancy and a recruitment firm write in French, in "vous": Airbus's Workday
"Nous vous remercions pour votre candidature au poste d'Ingénieur Systèmes", Alten's own "Votre candidature a bien été
enregistrée", an Expectra consultant's "Comme convenu, j'ai transmis votre candidature à Latécoère pour le poste
d'Ingénieur Certification", Alten's "Une chargée de recrutement vous contactera pour un premier échange téléphonique"
(a receipt naming the step to come) then its "premier entretien technique avec un manager d'affaires", Airbus's
"nous avons retenu d'autres candidatures", the consultant's "Latécoère souhaite organiser un entretien avec le
responsable du bureau d'études", Alten's "entretien final avec le directeur d'agence", the consultant's "le poste a été
pourvu en interne", Alten's "proposition d'embauche en CDI", his "j'accepte votre proposition" and his thanks after the
final interview. Negatives: APEC's alert, La Dépêche's newsletter, a second firm's cold mail, Airbus's own newsletter
(a company he applied to), Tisséo and his brother. Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HUGO = "hugo.lambert31@free.example"
ME = f"Hugo Lambert <{HUGO}>"
AIRBUS = "Airbus <airbus@myworkday.example>"
ALTEN = "ALTEN Recrutement <recrutement@alten.example>"
EXP = "Pauline Girard <pauline.girard@expectra.example>"
NADIA = "Nadia Benali <nadia.benali@alten.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Airbus",
        "applied",
        "2025-11-03",
        AIRBUS,
        "Votre candidature chez Airbus",
        "Bonjour Hugo,\n\nNous vous remercions pour votre candidature au poste d'Ingénieur Systèmes (réf. JR10234567). "
        "Notre équipe l'étudie avec attention.\n\nAirbus Talent Acquisition",
        None,
    ),
    (
        "Alten",
        "applied",
        "2025-11-04",
        ALTEN,
        "Votre candidature a bien été enregistrée",
        "Bonjour Hugo,\n\nVotre candidature a bien été enregistrée. Une chargée de recrutement vous contactera pour un "
        "premier échange téléphonique si votre profil correspond à nos besoins.\n\nL'équipe Recrutement ALTEN "
        "Sud-Ouest",
        None,
    ),
    (
        "Latécoère",
        "applied",
        "2025-11-05",
        EXP,
        "Ingénieur Certification - Toulouse",
        "Bonjour Hugo,\n\nComme convenu, j'ai transmis votre candidature à Latécoère pour le poste d'Ingénieur "
        "Certification. Je vous tiens informé.\n\nBien cordialement,\nPauline Girard\nExpectra Ingénierie",
        None,
    ),
    (
        "Alten",
        "interview",
        "2025-11-10",
        NADIA,
        "Entretien ALTEN",
        "Bonjour Hugo,\n\nSuite à notre échange téléphonique, je vous propose un premier entretien technique avec un "
        "manager d'affaires le jeudi 13 novembre à 14h dans nos locaux de Blagnac.\n\nNadia Benali\nChargée de "
        "recrutement",
        None,
    ),
    (
        "Airbus",
        "rejected",
        "2025-11-11",
        AIRBUS,
        "Votre candidature chez Airbus",
        "Bonjour Hugo,\n\nNous vous remercions de l'intérêt porté à Airbus. Après examen de votre profil, nous avons "
        "retenu d'autres candidatures.\n\nAirbus Talent Acquisition",
        0,
    ),
    (
        "Latécoère",
        "interview",
        "2025-11-12",
        EXP,
        "RE: Ingénieur Certification - Toulouse",
        "Bonjour Hugo,\n\nLatécoère souhaite organiser un entretien avec le responsable du bureau d'études, mardi 18 "
        "novembre à 10h.\n\nBien cordialement,\nPauline",
        2,
    ),
    (
        "Alten",
        "onsite",
        "2025-11-17",
        NADIA,
        "RE: Entretien ALTEN",
        "Bonjour Hugo,\n\nSuite à votre entretien technique, nous vous proposons un entretien final avec le directeur "
        "d'agence le lundi 24 novembre à 11h.\n\nNadia Benali",
        3,
    ),
    (
        "Latécoère",
        "rejected",
        "2025-11-20",
        EXP,
        "RE: Ingénieur Certification - Toulouse",
        "Bonjour Hugo,\n\nJe reviens vers vous : le poste a été pourvu en interne chez Latécoère. Je reste attentive à "
        "d'autres opportunités pour vous.\n\nBien cordialement,\nPauline",
        5,
    ),
    (
        "Alten",
        "thank_you",
        "2025-11-24",
        ME,
        "RE: Entretien ALTEN",
        "Bonjour Nadia,\n\nMerci pour l'entretien de ce matin avec le directeur d'agence.\n\nBien cordialement,\nHugo "
        "Lambert",
        6,
        NADIA,
    ),
    (
        "Alten",
        "offer",
        "2025-11-27",
        NADIA,
        "Proposition d'embauche",
        "Bonjour Hugo,\n\nNous avons le plaisir de vous adresser une proposition d'embauche en CDI au poste d'Ingénieur "
        "Systèmes. Vous la trouverez en pièce jointe.\n\nNadia Benali",
        None,
    ),
    (
        "Alten",
        "accepted",
        "2025-11-28",
        ME,
        "RE: Proposition d'embauche",
        "Bonjour Nadia,\n\nJ'accepte votre proposition avec plaisir. Je vous retourne le document signé.\n\nHugo "
        "Lambert",
        9,
        NADIA,
    ),
]

_NEGATIVES = [
    (
        "APEC <alertes@apec.example>",
        "Nouvelles offres : ingénieur systèmes",
        "alert",
        "Ingénieur Systèmes - Blagnac. Ingénieur V&V - Colomiers. Voir les offres.",
    ),
    (
        "La Dépêche <newsletter@ladepeche.example>",
        "L'essentiel de l'actu",
        "newsletter",
        "L'actualité de Toulouse. Se désabonner.",
    ),
    (
        "Romain Faure <romain.faure@hays.example>",
        "Poste d'ingénieur avionique",
        "outreach",
        "Bonjour Hugo, je recrute un ingénieur avionique pour un client à Toulouse. Seriez-vous ouvert à un échange ?",
    ),
    (
        "Airbus <newsletter@airbus.example>",
        "Airbus Newsletter",
        "newsletter",
        "Les actualités du groupe. Se désabonner.",
    ),
    (
        "Tisséo <noreply@tisseo.example>",
        "Votre abonnement",
        "other",
        "Votre abonnement Pastel a été renouvelé.",
    ),
    (
        "Léo <leo.lambert@gmail.example>",
        "match samedi",
        "personal",
        "Tu viens au Stade samedi ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=HUGO,
        offset=lambda d: "+0100",
        clock="10:20:00",
        neg_start="2025-11-02",
        neg_step=5,
        neg_clock="20:25:00",
        tag="fivehundredninetyfive",
        host="free.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
