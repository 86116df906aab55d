"""A three-hundred-and-thirty-fourth mailbox, written as a held-out check after the three-hundred-and-thirty-third
(issue #24).

Léa, a UX researcher in Montpellier who also reads German and Spanish, exports Gmail with Takeout: two applications
among mail in French, German and Spanish that uses an application's words without being one.  A career site's
"Conseils pour réussir votre entretien", StepStone's "Bewerbungstipps: So meistern Sie das Vorstellungsgespräch",
a Spanish newsletter's "Cómo preparar una entrevista de trabajo", a flat's "Votre dossier de location a été accepté",
a Berlin flat's "Ihre Bewerbung für die Wohnung", a university's "Votre candidature au master a été retenue", a
Spanish university's "solicitud de admisión", a bank's "Votre demande de crédit", a gym's "Votre inscription est
confirmée", a French employer's product newsletter, a recruiter's cold "Opportunité UX à Lyon", a webinar "Entretien
d'embauche : les 10 questions", and the family's mail.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LEA = "lea.garnier.ux@gmail.com"
ME = f"Léa Garnier <{LEA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Lagune Studio",
        "applied",
        "2025-11-03",
        "Lagune Studio <noreply@welcometothejungle.com>",
        "Votre candidature chez Lagune Studio",
        "Bonjour Léa,\n\nMerci pour votre candidature au poste de UX Researcher chez Lagune Studio. L'équipe revient vers "
        "vous très vite.\n\nWelcome to the Jungle",
        "l1",
    ),
    (
        "Lagune Studio",
        "interview",
        "2025-11-10",
        "Inès Roux <ines.roux@lagunestudio.example>",
        "Entretien - UX Researcher",
        "Bonjour Léa,\n\nVotre profil nous a beaucoup plu. Je vous propose un entretien en visio avec notre Head of Design "
        "jeudi à 15h.\n\nBelle journée,\nInès Roux\nTalent Acquisition, Lagune Studio",
        "l2",
    ),
    (
        "Occitanie Mobilités",
        "applied",
        "2025-11-04",
        "Occitanie Mobilités <recrutement@occitanie-mobilites.example>",
        "Accusé de réception de votre candidature",
        "Madame,\n\nNous accusons réception de votre candidature au poste de chargée d'études UX et vous en remercions.\n\n"
        "Le service recrutement",
        "o1",
    ),
    (
        "Occitanie Mobilités",
        "rejected",
        "2025-11-17",
        "Occitanie Mobilités <recrutement@occitanie-mobilites.example>",
        "Votre candidature",
        "Madame,\n\nNous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nLe service "
        "recrutement",
        "o1",
    ),
]

_NEGATIVES = [
    (
        "HelloWork <conseils@hellowork.example>",
        "Conseils pour réussir votre entretien",
        "newsletter",
        "Préparez votre entretien d'embauche : nos conseils pour convaincre le recruteur.",
    ),
    (
        "StepStone Karriere-Tipps <tipps@stepstone.example>",
        "Bewerbungstipps: So meistern Sie das Vorstellungsgespräch",
        "newsletter",
        "Die zehn häufigsten Fragen im Vorstellungsgespräch und wie Sie überzeugen.",
    ),
    (
        "Empleo Hoy <boletin@empleohoy.example>",
        "Cómo preparar una entrevista de trabajo",
        "newsletter",
        "Te contamos cómo preparar tu próxima entrevista de trabajo y negociar tu oferta.",
    ),
    (
        "Agence Écusson Immobilier <location@ecusson-immo.example>",
        "Votre dossier de location",
        "other",
        "Bonne nouvelle : votre dossier de location pour l'appartement rue de l'Aiguillerie a été accepté.",
    ),
    (
        "Wohnungsbaugesellschaft Mitte <vermietung@wbm.example>",
        "Ihre Bewerbung für die Wohnung Torstraße 12",
        "other",
        "Vielen Dank für Ihre Bewerbung für die Wohnung Torstraße 12. Leider haben wir uns für andere Mietinteressenten "
        "entschieden.",
    ),
    (
        "Université Paul-Valéry <master@univ-montp3.example>",
        "Votre candidature au master",
        "other",
        "Nous avons le plaisir de vous informer que votre candidature au master Ergonomie a été retenue.",
    ),
    (
        "Universidad de Granada <admision@ugr.example>",
        "Solicitud de admisión recibida",
        "other",
        "Hemos recibido tu solicitud de admisión al máster en Diseño de Interacción.",
    ),
    (
        "Banque Populaire <conseiller@bp.example>",
        "Votre demande de crédit",
        "other",
        "Votre demande de crédit immobilier a reçu un avis favorable.",
    ),
    (
        "Fitness Park <inscription@fitnesspark.example>",
        "Votre inscription est confirmée",
        "other",
        "Bienvenue ! Votre inscription à Fitness Park Montpellier est confirmée.",
    ),
    (
        "Lagune Studio <news@lagunestudio.example>",
        "Lagune Studio - nos nouveautés de novembre",
        "newsletter",
        "Découvrez notre nouvelle application et nos derniers projets clients.",
    ),
    (
        "Hugo Lefèvre <hugo.lefevre@talentux.example>",
        "Opportunité UX à Lyon",
        "outreach",
        "Bonjour Léa, votre profil m'a interpellé : j'accompagne une scale-up lyonnaise qui recrute un UX Researcher. "
        "Seriez-vous ouverte à un échange ?",
    ),
    (
        "Cadremploi Webinars <webinar@cadremploi.example>",
        "Entretien d'embauche : les 10 questions",
        "newsletter",
        "Inscrivez-vous à notre webinaire : les 10 questions les plus posées en entretien d'embauche.",
    ),
    (
        "Maman <catherine.garnier@orange.example>",
        "Noël",
        "personal",
        "Tu arrives quand pour Noël ? Ton frère vient le 23.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LEA,
        own_to={},
        offset="+0100",
        clock="11:30:00",
        neg_start="2025-11-01",
        neg_step=1,
        neg_clock="18:45:00",
        tag="threehundredthirtyfour",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
