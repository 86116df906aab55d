"""A sixty-third mailbox, written as a held-out check after the sixty-second's fixes (issue #24).

Chloé, a financial controller in Brussels and Paris, saves her Outlook mail as .eml files (no labels).  French from
Belgium and France: Workday and Taleo in French, "nous avons bien reçu votre candidature", "un entretien
téléphonique", "un entretien avec le manager", "une étude de cas", "une proposition d'embauche en CDI", "nous ne
sommes malheureusement pas en mesure de donner une suite favorable", her "je suis ravie d'accepter" and her
"je préfère me retirer du processus".  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHLOE = "chloe.dubois.fin@outlook.be"
_ME = f"Chloé Dubois <{CHLOE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Banque Sablon (Workday in French; a phone interview, a manager interview, a case; an offer she accepts)
    (
        "Banque Sablon",
        "applied",
        "2025-09-01",
        "Banque Sablon <banquesablon@myworkday.com>",
        "Confirmation de votre candidature",
        "Bonjour Chloé,\n\nNous avons bien reçu votre candidature pour le poste de Contrôleuse de gestion (R-3310) et "
        "vous en remercions. Notre équipe l'étudiera avec attention.\n\nL'équipe Talent Acquisition de la Banque Sablon",
        None,
    ),
    (
        "Banque Sablon",
        "screen",
        "2025-09-05",
        "Amélie Laurent <amelie.laurent@banquesablon.be>",
        "Votre candidature - Contrôleuse de gestion",
        "Bonjour Chloé,\n\nVotre profil a retenu notre attention. Seriez-vous disponible pour un entretien "
        "téléphonique d'une vingtaine de minutes mardi ou mercredi ?\n\nBien à vous,\nAmélie Laurent\nChargée de "
        "recrutement",
        None,
    ),
    (
        "Banque Sablon",
        "interview",
        "2025-09-12",
        "Amélie Laurent <amelie.laurent@banquesablon.be>",
        "RE: Votre candidature - Contrôleuse de gestion",
        "Bonjour Chloé,\n\nSuite à notre échange, je vous propose un entretien avec Monsieur Peeters, responsable du "
        "contrôle de gestion, le jeudi 18 septembre à 14h au siège, rue de la Régence.\n\nBien à vous,\nAmélie",
        None,
    ),
    (
        "Banque Sablon",
        "interview",
        "2025-09-22",
        "Amélie Laurent <amelie.laurent@banquesablon.be>",
        "Étude de cas - Contrôleuse de gestion",
        "Bonjour Chloé,\n\nMonsieur Peeters a beaucoup apprécié votre entretien. Comme prochaine étape, nous vous "
        "proposons une étude de cas à préparer et à présenter à l'équipe la semaine prochaine.\n\nBien à vous,\nAmélie",
        None,
    ),
    (
        "Banque Sablon",
        "offer",
        "2025-10-06",
        "Amélie Laurent <amelie.laurent@banquesablon.be>",
        "Proposition d'embauche",
        "Bonjour Chloé,\n\nJ'ai le plaisir de vous transmettre notre proposition d'embauche en CDI pour le poste de "
        "Contrôleuse de gestion, avec une rémunération annuelle brute de 62 000 euros.\n\nBien à vous,\nAmélie",
        None,
    ),
    (
        "Banque Sablon",
        "accepted",
        "2025-10-08",
        _ME,
        "RE: Proposition d'embauche",
        "Bonjour Amélie,\n\nMerci beaucoup pour cette excellente nouvelle. Je suis ravie d'accepter votre proposition et "
        "vous retourne le document signé.\n\nBien à vous,\nChloé Dubois",
        "Amélie Laurent <amelie.laurent@banquesablon.be>",
    ),
    # Groupe Vauban (Taleo in French; a refusal)
    (
        "Groupe Vauban",
        "applied",
        "2025-09-03",
        "Groupe Vauban <groupevauban@taleo.net>",
        "Groupe Vauban - Accusé de réception",
        "Madame,\n\nNous accusons réception de votre candidature au poste de Contrôleur financier (H/F) et vous "
        "remercions de l'intérêt que vous portez au Groupe Vauban.\n\nLa Direction des Ressources Humaines",
        None,
    ),
    (
        "Groupe Vauban",
        "rejected",
        "2025-09-26",
        "Groupe Vauban <groupevauban@taleo.net>",
        "Votre candidature au poste de Contrôleur financier (H/F)",
        "Madame,\n\nNous avons étudié votre candidature avec attention. Nous ne sommes malheureusement pas en mesure de "
        "donner une suite favorable à votre demande.\n\nNous vous souhaitons pleine réussite.\n\nLa Direction des "
        "Ressources Humaines",
        None,
    ),
    # Maison Verhaegen (a small firm; her own application; a meeting; she withdraws)
    (
        "Maison Verhaegen",
        "applied",
        "2025-09-08",
        _ME,
        "Candidature - Responsable administrative et financière",
        "Madame, Monsieur,\n\nJe vous adresse ma candidature pour le poste de Responsable administrative et financière "
        "publié sur votre site. Vous trouverez ci-joint mon CV.\n\nBien cordialement,\nChloé Dubois",
        "Maison Verhaegen <emplois@maisonverhaegen.be>",
    ),
    (
        "Maison Verhaegen",
        "interview",
        "2025-09-15",
        "Philippe Verhaegen <philippe@maisonverhaegen.be>",
        "RE: Candidature - Responsable administrative et financière",
        "Bonjour Madame Dubois,\n\nMerci pour votre candidature. Je vous propose de nous rencontrer à l'atelier "
        "vendredi à 10h pour en discuter.\n\nCordialement,\nPhilippe Verhaegen\nGérant",
        None,
    ),
    (
        "Maison Verhaegen",
        "withdrew",
        "2025-10-08",
        _ME,
        "RE: Candidature - Responsable administrative et financière",
        "Bonjour Monsieur Verhaegen,\n\nJe vous remercie pour notre rencontre. Ayant accepté un autre poste, je préfère "
        "me retirer du processus.\n\nBien cordialement,\nChloé Dubois",
        "Philippe Verhaegen <philippe@maisonverhaegen.be>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "StepStone <jobagent@stepstone.be>",
        "12 nouvelles offres pour « contrôleur de gestion »",
        "alert",
        "Contrôleur de gestion - Banque Sablon - Bruxelles\nContrôleur financier - Groupe Vauban - Paris",
    ),
    (
        "Sophie Martin <sophie.martin@cabinet-finance-rh.be>",
        "Opportunité - Directrice financière",
        "outreach",
        "Bonjour Chloé, votre profil a retenu mon attention. Je recrute pour un client une Directrice financière à "
        "Namur. Seriez-vous ouverte à un échange ?",
    ),
    (
        "L'Echo <newsletter@lecho.be>",
        "La matinale de L'Echo",
        "newsletter",
        "Les informations économiques du jour. Se désinscrire",
    ),
    (
        "SNCB <noreply@sncb.be>",
        "Votre billet",
        "shop",
        "Bruxelles-Midi - Paris-Nord, le 20 septembre.",
    ),
    (
        "Maman <martine.dubois@skynet.be>",
        "Alors ?",
        "personal",
        "Ma chérie, comment s'est passé ton entretien à la banque ? Appelle-moi. Bisous",
    ),
    (
        "Banque Sablon <banquesablon@myworkday.com>",
        "Votre avis compte",
        "survey",
        "Bonjour Chloé, merci de prendre deux minutes pour répondre à notre questionnaire sur votre expérience candidat.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (Outlook's .eml: no labels, no Delivered-To)."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="+0200",
        clock="10:25:00",
        neg_start="2025-09-02",
        neg_step=5,
        neg_clock="07:40:00",
        tag="sixtythree",
        host="outlook.example",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files (Inbox and Sent Items) into ``folder``; return ``folder``."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), CHLOE)
