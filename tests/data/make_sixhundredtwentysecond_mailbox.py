"""A six-hundred-and-twenty-second mailbox, written as a held-out check after the six-hundred-and-twenty-first
(issue #24).

Léa Fontaine, a bilingual customer success manager in Montréal, reads her mail in Thunderbird and exports the inbox as
one mbox. Montréal tech companies and a recruitment firm write in French and English in the same search: Lightspeed's
Greenhouse "Thanks for applying to Lightspeed", Coveo's Workable "Merci d'avoir postulé chez Coveo", a Hunt Groupe
recruiter's "Je t'ai proposée à notre client, une fintech montréalaise en pleine croissance (Nuvei), pour le poste de
CSM", Lightspeed's "I'd love to schedule a 30-minute call with you", the recruiter's "Nuvei aimerait te rencontrer
jeudi", Coveo's "nous avons décidé de poursuivre avec d'autres candidatures", Lightspeed's "final round with our VP of
Customer Success", the recruiter's "Nuvei a décidé d'aller avec quelqu'un qui a plus d'expérience en paiements",
Lightspeed's "we're excited to extend you an offer", her "I'm happy to accept!" and her thanks after the final round.
Negatives: Jobillico's alert, La Presse's newsletter, a second recruiter's cold mail, Lightspeed's own product mail (a
company she applied to), the STM and her sister. Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LEA = "lea.fontaine.cs@videotron.example"
ME = f"Léa Fontaine <{LEA}>"
LS = "Lightspeed <no-reply@greenhouse-mail.example>"
COVEO = "Coveo <noreply@coveo.workablemail.example>"
HUNT = "Marie-Ève Gagnon <megagnon@huntgroupe.example>"
JORDAN = "Jordan Blake <jordan.blake@lightspeedhq.example>"

# (company, event, day, sender, subject, body, parent[, to])
_POSITIVES = [
    (
        "Lightspeed",
        "applied",
        "2025-09-08",
        LS,
        "Thanks for applying to Lightspeed",
        "Hi Léa,\n\nThanks for applying to the Customer Success Manager role at Lightspeed. Our team will review your "
        "application.\n\nLightspeed Talent",
        None,
    ),
    (
        "Coveo",
        "applied",
        "2025-09-09",
        COVEO,
        "Merci d'avoir postulé chez Coveo",
        "Bonjour Léa,\n\nMerci d'avoir postulé au poste de Gestionnaire du succès client chez Coveo. Notre équipe "
        "examinera ta candidature.\n\nL'équipe Talent de Coveo",
        None,
    ),
    (
        "Nuvei",
        "applied",
        "2025-09-10",
        HUNT,
        "Poste CSM - fintech",
        "Salut Léa,\n\nMerci pour l'appel! Je t'ai proposée à notre client, une fintech montréalaise en pleine croissance "
        "(Nuvei), pour le poste de CSM. Je te reviens dès que j'ai des nouvelles.\n\nMarie-Ève Gagnon\nHunt Groupe",
        None,
    ),
    (
        "Lightspeed",
        "screen",
        "2025-09-12",
        JORDAN,
        "Lightspeed - Customer Success Manager",
        "Hi Léa,\n\nI'm a recruiter on the Lightspeed talent team. I'd love to schedule a 30-minute call with you to "
        "chat about the role. Does Tuesday work?\n\nJordan",
        None,
    ),
    (
        "Nuvei",
        "interview",
        "2025-09-15",
        HUNT,
        "RE: Poste CSM - fintech",
        "Salut Léa,\n\nBonne nouvelle : Nuvei aimerait te rencontrer jeudi à 14 h avec la directrice du succès client.\n\n"
        "Marie-Ève",
        2,
    ),
    (
        "Coveo",
        "rejected",
        "2025-09-16",
        COVEO,
        "Ta candidature chez Coveo",
        "Bonjour Léa,\n\nMerci pour ton intérêt. Nous avons décidé de poursuivre avec d'autres candidatures.\n\n"
        "L'équipe Talent de Coveo",
        1,
    ),
    (
        "Lightspeed",
        "onsite",
        "2025-09-22",
        JORDAN,
        "RE: Lightspeed - Customer Success Manager",
        "Hi Léa,\n\nThe hiring manager loved meeting you. The last step is a final round with our VP of Customer "
        "Success at our Old Montréal office on September 29.\n\nJordan",
        3,
    ),
    (
        "Nuvei",
        "rejected",
        "2025-09-24",
        HUNT,
        "RE: Poste CSM - fintech",
        "Salut Léa,\n\nNuvei a décidé d'aller avec quelqu'un qui a plus d'expérience en paiements. Désolée! Je garde "
        "l'oeil ouvert pour toi.\n\nMarie-Ève",
        4,
    ),
    (
        "Lightspeed",
        "thank_you",
        "2025-09-29",
        ME,
        "RE: Lightspeed - Customer Success Manager",
        "Hi Jordan,\n\nThanks for setting up today's final round - I really enjoyed the conversation.\n\nLéa",
        6,
        JORDAN,
    ),
    (
        "Lightspeed",
        "offer",
        "2025-10-03",
        JORDAN,
        "Your offer from Lightspeed",
        "Hi Léa,\n\nWe're excited to extend you an offer for the Customer Success Manager role! Details attached.\n\n"
        "Jordan",
        None,
    ),
    (
        "Lightspeed",
        "accepted",
        "2025-10-06",
        ME,
        "RE: Your offer from Lightspeed",
        "Hi Jordan,\n\nI'm happy to accept! Signed offer attached.\n\nLéa",
        9,
        JORDAN,
    ),
]

_NEGATIVES = [
    (
        "Jobillico <alertes@jobillico.example>",
        "Nouvelles offres d'emploi",
        "alert",
        "Gestionnaire succès client - Montréal. CSM - Laval. Voir les offres.",
    ),
    (
        "La Presse <infolettre@lapresse.example>",
        "L'infolettre du matin",
        "newsletter",
        "L'actualité du jour. Se désabonner.",
    ),
    (
        "Olivier Roy <oroy@talentworld.example>",
        "Poste en succès client",
        "outreach",
        "Salut Léa, j'ai un poste en succès client dans une scale-up SaaS. Serais-tu ouverte à en jaser?",
    ),
    (
        "Lightspeed Commerce <news@lightspeedhq.example>",
        "New in Lightspeed Retail",
        "newsletter",
        "See what's new this month. Unsubscribe.",
    ),
    (
        "STM <noreply@stm.example>",
        "Votre carte OPUS",
        "other",
        "Votre titre mensuel a été rechargé.",
    ),
    (
        "Chloé <chloe.fontaine@gmail.example>",
        "brunch",
        "personal",
        "Brunch dimanche?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=LEA,
        offset=lambda d: "-0400",
        clock="10:15:00",
        neg_start="2025-09-07",
        neg_step=5,
        neg_clock="20:20:00",
        tag="sixhundredtwentytwo",
        host="videotron.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
