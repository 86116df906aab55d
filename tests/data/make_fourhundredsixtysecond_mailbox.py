"""A four-hundred-and-sixty-second mailbox, written as a held-out check after the four-hundred-and-sixty-first (issue
#24).

Léa Favre, a financial controller in Geneva, saves her job-search mail from Outlook as .eml files.  Swiss French:
jobup.ch's "Votre candidature a été transmise à Firmenich", a placement agency's "J'ai transmis votre dossier à mon
client, Nestlé, pour le poste de Contrôleuse de gestion", "Nestlé souhaite vous rencontrer mardi prochain à Vevey",
"un deuxième et dernier entretien avec le CFO", "Nestlé vous fait une offre", her "J'accepte volontiers l'offre",
Firmenich's "Nous avons le plaisir de vous convier à un entretien", "Malheureusement, nous avons retenu un profil
correspondant davantage à nos attentes", a watchmaker's "Accusé de réception" and her "Je me permets de vous relancer".
Negatives: jobup.ch's alert, a newsletter, a recruiter's cold "Opportunité confidentielle", a Migros receipt, the CFF
and her sister.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LEA = "lea.favre@bluewin.example"
ME = f"Léa Favre <{LEA}>"
JULIEN = "Julien Rochat <j.rochat@lemanplacement.example>"
ANNE = "Anne Dubois <anne.dubois@firmenich.example>"
PP = "Patek Philippe RH <rh@patek.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Firmenich",
        "applied",
        "2025-10-06",
        "jobup.ch <noreply@jobup.example>",
        "Votre candidature a été transmise",
        "Bonjour Léa,\n\nVotre candidature pour le poste de Financial Controller a été transmise à Firmenich.\n\n"
        "Bonne chance !\nVotre équipe jobup.ch",
        None,
    ),
    (
        "Nestlé",
        "applied",
        "2025-10-07",
        JULIEN,
        "Contrôleuse de gestion - Nestlé",
        "Bonjour Madame Favre,\n\nSuite à notre entretien téléphonique, j'ai transmis votre dossier à mon client, "
        "Nestlé, pour le poste de Contrôleuse de gestion. Je reviens vers vous dès que j'ai un retour.\n\n"
        "Meilleures salutations\nJulien Rochat\nLéman Placement SA",
        None,
    ),
    (
        "Patek Philippe",
        "applied",
        "2025-10-08",
        PP,
        "Accusé de réception",
        "Madame,\n\nNous accusons réception de votre dossier de candidature pour le poste de Contrôleur financier et "
        "vous remercions de l'intérêt porté à notre Manufacture.\n\nPatek Philippe SA\nRessources Humaines",
        None,
    ),
    (
        "Nestlé",
        "interview",
        "2025-10-13",
        JULIEN,
        "RE: Contrôleuse de gestion - Nestlé",
        "Bonjour Madame Favre,\n\nBonne nouvelle : Nestlé souhaite vous rencontrer mardi prochain à 14h à Vevey, avec la "
        "responsable du contrôle de gestion.\n\nMeilleures salutations\nJulien Rochat",
        None,
    ),
    (
        "Firmenich",
        "interview",
        "2025-10-14",
        ANNE,
        "Votre candidature - Financial Controller",
        "Madame Favre,\n\nNous avons le plaisir de vous convier à un entretien le 21 octobre à 10h dans nos locaux de "
        "Satigny.\n\nMeilleures salutations\nAnne Dubois\nTalent Acquisition",
        None,
    ),
    (
        "Patek Philippe",
        "follow_up",
        "2025-10-20",
        ME,
        "Candidature - Contrôleur financier",
        "Madame, Monsieur,\n\nJe me permets de vous relancer au sujet de ma candidature pour le poste de Contrôleur "
        "financier, envoyée le 8 octobre.\n\nMeilleures salutations\nLéa Favre",
        PP,
    ),
    (
        "Nestlé",
        "onsite",
        "2025-10-22",
        JULIEN,
        "RE: Contrôleuse de gestion - Nestlé",
        "Bonjour Madame Favre,\n\nLe retour est excellent. Nestlé vous propose un deuxième et dernier entretien avec le "
        "CFO le 29 octobre.\n\nMeilleures salutations\nJulien Rochat",
        None,
    ),
    (
        "Firmenich",
        "rejected",
        "2025-10-28",
        ANNE,
        "RE: Votre candidature - Financial Controller",
        "Madame Favre,\n\nNous vous remercions pour l'entretien. Malheureusement, nous avons retenu un profil "
        "correspondant davantage à nos attentes.\n\nMeilleures salutations\nAnne Dubois",
        None,
    ),
    (
        "Nestlé",
        "offer",
        "2025-11-04",
        JULIEN,
        "RE: Contrôleuse de gestion - Nestlé",
        "Bonjour Madame Favre,\n\nFélicitations : Nestlé vous fait une offre, CHF 128'000 annuels plus bonus. Le "
        "contrat suivra.\n\nMeilleures salutations\nJulien Rochat",
        None,
    ),
    (
        "Nestlé",
        "accepted",
        "2025-11-05",
        ME,
        "RE: Contrôleuse de gestion - Nestlé",
        "Bonjour Monsieur Rochat,\n\nJ'accepte volontiers l'offre de Nestlé. Merci beaucoup pour votre "
        "accompagnement.\n\nMeilleures salutations\nLéa Favre",
        JULIEN,
    ),
]

_NEGATIVES = [
    (
        "jobup.ch <alertes@jobup.example>",
        "Nouvelles offres : Contrôleur de gestion à Genève",
        "alert",
        "Contrôleur de gestion - Genève. Financial Analyst - Nyon. Voir les offres.",
    ),
    (
        "Le Temps <newsletter@letemps.example>",
        "L'essentiel du jour",
        "newsletter",
        "Les nouvelles du jour. Se désabonner.",
    ),
    (
        "Marc Bovet <mbovet@executivesearch-ge.example>",
        "Opportunité confidentielle",
        "outreach",
        "Madame Favre, je recherche pour un client du secteur bancaire un(e) Head of Controlling. Seriez-vous ouverte à "
        "un échange confidentiel ?",
    ),
    (
        "Migros <noreply@migros.example>",
        "Votre ticket de caisse",
        "other",
        "Merci pour votre achat.",
    ),
    (
        "CFF <noreply@cff.example>",
        "Votre billet",
        "other",
        "Genève - Vevey, 21.10.2025.",
    ),
    (
        "Claire Favre <claire.favre@gmail.example>",
        "Anniversaire",
        "personal",
        "On fête l'anniversaire de maman samedi ?",
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
        clock="09:25:00",
        neg_start="2025-10-05",
        neg_step=4,
        neg_clock="20:45:00",
        tag="fourhundredsixtytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), LEA)
