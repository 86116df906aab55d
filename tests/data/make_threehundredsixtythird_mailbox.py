"""A three-hundred-and-sixty-third mailbox, written as a held-out check after the three-hundred-and-sixty-second
(issue #24).

Nathalie, a communications officer in Geneva, exports Gmail with Takeout from an account set to French ("Messages
envoyés", "Boîte de réception").  Swiss French as employers and international organisations write it: jobup.ch's
"Votre candidature a été envoyée à Banque Lémanique SA", the bank's "Nous avons bien reçu votre dossier de
candidature", "Nous avons le plaisir de vous convier à un entretien", "nous avons le regret de vous informer que nous
avons retenu une autre candidature", an international NGO's English "Thank you for your application to the position of
Communications Officer (P3)", its "written test", its "competency-based interview", "we are pleased to offer you a
fixed-term appointment", her "I am pleased to accept", and her own "Je me permets de relancer" to a watchmaker.
Negatives: jobup's alert, a Le Temps newsletter, a CFF ticket, a Swisscom bill, a Migros promotion, her friend.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NATHALIE = "nathalie.favre.comm@gmail.com"
ME = f"Nathalie Favre <{NATHALIE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Banque Lémanique",
        "applied",
        "2025-04-07",
        "jobup.ch <noreply@jobup.ch>",
        "Votre candidature a été envoyée",
        "Bonjour Nathalie,\n\nVotre candidature pour le poste de Chargée de communication (80-100%) a été envoyée à "
        "Banque Lémanique SA.\n\nBonne chance !\nVotre équipe jobup.ch",
        "n1",
    ),
    (
        "Global Health Alliance",
        "applied",
        "2025-04-08",
        "Global Health Alliance Recruitment <recruitment@globalhealthalliance.org>",
        "Thank you for your application - Communications Officer (P3)",
        "Dear Ms Favre,\n\nThank you for your application to the position of Communications Officer (P3), vacancy "
        "GHA/25/041. Only candidates under serious consideration will be contacted.\n\nRecruitment Unit",
        "n2",
    ),
    (
        "Maison Vallorbe",
        "applied",
        "2025-04-09",
        ME,
        "Candidature spontanée - Communication",
        "Madame, Monsieur,\n\nJe vous adresse ma candidature spontanée pour un poste dans votre service communication. "
        "Vous trouverez mon CV en pièce jointe.\n\nMeilleures salutations,\nNathalie Favre",
        "n3",
    ),
    (
        "Banque Lémanique",
        "reply",
        "2025-04-10",
        "Banque Lémanique SA <rh@banquelemanique.ch>",
        "Accusé de réception",
        "Madame,\n\nNous avons bien reçu votre dossier de candidature pour le poste de Chargée de communication et vous "
        "en remercions. Nous reviendrons vers vous dans les meilleurs délais.\n\nRessources humaines\nBanque "
        "Lémanique SA",
        "n4",
    ),
    (
        "Banque Lémanique",
        "interview",
        "2025-04-16",
        "Banque Lémanique SA <rh@banquelemanique.ch>",
        "Invitation à un entretien",
        "Madame,\n\nNous avons le plaisir de vous convier à un entretien le mardi 22 avril à 14h00 dans nos locaux du "
        "quai des Bergues, avec la responsable de la communication.\n\nRessources humaines\nBanque Lémanique SA",
        "n4",
    ),
    (
        "Global Health Alliance",
        "interview",
        "2025-04-18",
        "Global Health Alliance Recruitment <recruitment@globalhealthalliance.org>",
        "Written test - Communications Officer (P3)",
        "Dear Ms Favre,\n\nYou have been shortlisted for the position of Communications Officer (P3). The next step is "
        "a timed written test, which you will receive by email on 24 April.\n\nRecruitment Unit",
        "n2",
    ),
    (
        "Maison Vallorbe",
        "follow_up",
        "2025-04-23",
        ME,
        "RE: Candidature spontanée - Communication",
        "Madame, Monsieur,\n\nJe me permets de relancer concernant ma candidature spontanée envoyée le 9 avril. Je reste "
        "à votre disposition pour un échange.\n\nMeilleures salutations,\nNathalie Favre",
        "n3",
    ),
    (
        "Banque Lémanique",
        "rejected",
        "2025-04-29",
        "Banque Lémanique SA <rh@banquelemanique.ch>",
        "Votre candidature",
        "Madame,\n\nNous vous remercions de l'intérêt que vous portez à notre établissement. Après réflexion, nous avons "
        "le regret de vous informer que nous avons retenu une autre candidature.\n\nRessources humaines",
        "n4",
    ),
    (
        "Global Health Alliance",
        "interview",
        "2025-05-06",
        "Global Health Alliance Recruitment <recruitment@globalhealthalliance.org>",
        "Interview invitation - Communications Officer (P3)",
        "Dear Ms Favre,\n\nFollowing the written test, we are pleased to invite you to a competency-based interview "
        "with a panel on 14 May via Webex.\n\nRecruitment Unit",
        "n2",
    ),
    (
        "Global Health Alliance",
        "offer",
        "2025-05-28",
        "Global Health Alliance Recruitment <recruitment@globalhealthalliance.org>",
        "Offer of appointment - Communications Officer (P3)",
        "Dear Ms Favre,\n\nWe are pleased to offer you a fixed-term appointment as Communications Officer (P3) for two "
        "years. The letter of appointment is attached.\n\nRecruitment Unit",
        "n2",
    ),
    (
        "Global Health Alliance",
        "accepted",
        "2025-05-30",
        ME,
        "RE: Offer of appointment - Communications Officer (P3)",
        "Dear Recruitment Unit,\n\nI am pleased to accept the offer of appointment. Thank you very much.\n\nKind "
        "regards,\nNathalie Favre",
        "n2",
    ),
]

_NEGATIVES = [
    (
        "jobup.ch <alert@jobup.ch>",
        "Nouvelles offres : communication à Genève",
        "alert",
        "8 nouvelles offres correspondent à votre abonnement. Voir les offres.",
    ),
    (
        "Le Temps <newsletter@letemps.example>",
        "L'essentiel du jour",
        "newsletter",
        "Politique, économie et culture : les articles à ne pas manquer.",
    ),
    (
        "CFF <noreply@sbb.example>",
        "Votre billet",
        "other",
        "Votre billet Genève - Lausanne pour le samedi 12 avril.",
    ),
    (
        "Swisscom <facture@swisscom.example>",
        "Votre facture",
        "other",
        "Votre facture d'avril est disponible.",
    ),
    (
        "Migros <info@migros.example>",
        "Actions de la semaine",
        "shop",
        "Profitez de nos actions cette semaine.",
    ),
    (
        "Sophie Rochat <sophie.rochat@bluewin.example>",
        "brunch dimanche",
        "personal",
        "Brunch dimanche aux Bains des Pâquis ?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives, labelled as a French account writes them."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=NATHALIE,
        own_to={
            "Maison Vallorbe": "Maison Vallorbe RH <rh@maisonvallorbe.ch>",
            "Global Health Alliance": "Global Health Alliance Recruitment <recruitment@globalhealthalliance.org>",
        },
        offset="+0200",
        clock="09:50:00",
        neg_start="2025-04-06",
        neg_step=4,
        neg_clock="20:35:00",
        tag="threehundredsixtythree",
    )
    return localized_labels(msgs, sent="Messages envoyés", inbox="Boîte de réception", owner=NATHALIE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
