"""An eighteenth mailbox, written as a held-out check after the seventeenth's fixes (issue #24).

Camille lives in Strasbourg and searches on both sides of the Rhine, in French and German, and exports Gmail with
Takeout: Welcome to the Jungle, JobTeaser, APEC, Indeed, StepStone, XING, Personio, SAP SuccessFactors, Taleo,
Softgarden, a Basel employer, a Karlsruhe start-up's founder, HTML-only templates, and everyday French and German
mail.  Its score before any rule was changed for it is in the issue note; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CAMILLE = "camille.weber.sxb@gmail.com"
_ME = f"Camille Weber <{CAMILLE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Brasserie Numérique (Welcome to the Jungle)
    (
        "Brasserie Numérique",
        "applied",
        "2025-04-01",
        "Welcome to the Jungle <notifications@welcometothejungle.com>",
        "Votre candidature chez Brasserie Numérique a bien été envoyée",
        "Bonjour Camille,\n\nBonne nouvelle : votre candidature pour le poste de Data Analyst (CDI) chez Brasserie "
        "Numérique a bien été transmise à l'entreprise. Vous serez notifié·e dès qu'elle évolue.",
        "bn1",
    ),
    (
        "Brasserie Numérique",
        "screen",
        "2025-04-07",
        "Léa Martin <lea.martin@brasserie-numerique.fr>",
        "Votre candidature - Data Analyst",
        "Bonjour Camille,\n\nJe suis chargée de recrutement chez Brasserie Numérique. Votre parcours m'a "
        "interpellée : seriez-vous disponible pour un premier appel de 20 minutes cette semaine ?\n\nBelle "
        "journée,\nLéa",
        "bn2",
    ),
    (
        "Brasserie Numérique",
        "interview",
        "2025-04-14",
        "Léa Martin <lea.martin@brasserie-numerique.fr>",
        "RE: Votre candidature - Data Analyst",
        "Bonjour Camille,\n\nMerci pour notre échange. La prochaine étape est un entretien avec Hugo, notre Head of "
        "Data, et un cas pratique à préparer. Je vous propose mardi 22 avril à 14h.\n\nLéa",
        "bn2",
    ),
    (
        "Brasserie Numérique",
        "rejected",
        "2025-04-30",
        "Léa Martin <lea.martin@brasserie-numerique.fr>",
        "RE: Votre candidature - Data Analyst",
        "Bonjour Camille,\n\nMerci pour le temps consacré au cas pratique. Nous avons finalement décidé de donner "
        "suite avec un autre profil, plus expérimenté sur dbt. Ce fut un plaisir d'échanger avec vous.\n\nLéa",
        "bn2",
    ),
    # Rheinwerk Analytics (Personio)
    (
        "Rheinwerk Analytics",
        "applied",
        "2025-04-02",
        "Rheinwerk Analytics GmbH <no-reply@personio.de>",
        "Eingangsbestätigung: Ihre Bewerbung als Data Analyst (m/w/d)",
        "Hallo Camille Weber,\n\nherzlichen Dank für Ihr Interesse an Rheinwerk Analytics. Ihre Unterlagen sind "
        "vollständig bei uns angekommen. Wir sichten alle Bewerbungen und melden uns innerhalb von 14 Tagen.\n\n"
        "Ihr People-Team",
        "rw1",
    ),
    (
        "Rheinwerk Analytics",
        "interview",
        "2025-04-10",
        "Jana Vogel <jana.vogel@rheinwerk-analytics.de>",
        "Kennenlernen - Data Analyst (m/w/d)",
        "Hallo Camille,\n\nvielen Dank für Ihre Bewerbung, die uns sehr gefallen hat. Wir würden Sie gerne in einem "
        "ersten Gespräch via MS Teams näher kennenlernen. Passt Ihnen Donnerstag, der 17.04., um 10 Uhr?\n\nViele "
        "Grüße\nJana Vogel",
        "rw2",
    ),
    (
        "Rheinwerk Analytics",
        "onsite",
        "2025-04-24",
        "Jana Vogel <jana.vogel@rheinwerk-analytics.de>",
        "AW: Kennenlernen - Data Analyst (m/w/d)",
        "Hallo Camille,\n\ndas Team war begeistert! Als letzten Schritt laden wir Sie zu einem Probearbeitstag in "
        "unser Büro in Karlsruhe ein. Die Reisekosten übernehmen wir selbstverständlich.\n\nViele Grüße\nJana",
        "rw2",
    ),
    (
        "Rheinwerk Analytics",
        "offer",
        "2025-05-06",
        "Jana Vogel <jana.vogel@rheinwerk-analytics.de>",
        "Ihr Vertragsangebot",
        "Hallo Camille,\n\nwir möchten Sie sehr gerne in unserem Team begrüßen! Im Anhang finden Sie unser Angebot "
        "inklusive Gehalt (58.000 € brutto p.a.) und Startdatum 1. Juni.\n\nViele Grüße\nJana",
        "rw3",
    ),
    (
        "Rheinwerk Analytics",
        "accepted",
        "2025-05-08",
        _ME,
        "AW: Ihr Vertragsangebot",
        "Hallo Jana,\n\nvielen Dank! Ich nehme Ihr Angebot sehr gerne an. Den unterschriebenen Vertrag schicke ich "
        "Ihnen bis Freitag zurück.\n\nViele Grüße\nCamille",
        "rw3",
    ),
    # Clinique des Vosges (Taleo)
    (
        "Clinique des Vosges",
        "applied",
        "2025-04-03",
        "Clinique des Vosges <noreply@taleo.net>",
        "Accusé de réception - Analyste BI",
        "Madame, Monsieur,\n\nNous accusons réception de votre candidature au poste d'Analyste BI et vous en "
        "remercions. Celle-ci va être étudiée avec attention.\n\nLa Direction des Ressources Humaines",
        "cv1",
    ),
    (
        "Clinique des Vosges",
        "rejected",
        "2025-04-25",
        "Clinique des Vosges <noreply@taleo.net>",
        "Votre candidature - Analyste BI",
        "Madame, Monsieur,\n\nNous avons bien étudié votre candidature. Malgré ses qualités, elle ne correspond pas "
        "au profil recherché pour ce poste. Nous conservons vos coordonnées dans notre vivier.\n\nLa Direction "
        "des Ressources Humaines",
        "cv2",
    ),
    # Basler Versicherungsgruppe (SuccessFactors, Switzerland)
    (
        "Basler Versicherungsgruppe",
        "applied",
        "2025-04-04",
        "Basler Versicherungsgruppe <careers@successfactors.eu>",
        "Ihre Bewerbung ist bei uns eingetroffen",
        "Grüezi Camille Weber\n\nBesten Dank für Ihre Bewerbung als Data Scientist (80-100%). Wir prüfen Ihr Dossier "
        "sorgfältig und melden uns bei Ihnen.\n\nFreundliche Grüsse\nHR Basler Versicherungsgruppe",
        "bv1",
    ),
    (
        "Basler Versicherungsgruppe",
        "rejected",
        "2025-05-02",
        "Basler Versicherungsgruppe <careers@successfactors.eu>",
        "Ihre Bewerbung als Data Scientist (80-100%)",
        "Grüezi Camille Weber\n\nNach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider absagen. Wir haben "
        "uns für Kandidierende entschieden, deren Profil noch besser passt.\n\nFreundliche Grüsse\nHR Basler "
        "Versicherungsgruppe",
        "bv2",
    ),
    # Atelier Lorrain (JobTeaser, then a person)
    (
        "Atelier Lorrain",
        "applied",
        "2025-04-08",
        "JobTeaser <no-reply@jobteaser.com>",
        "Candidature envoyée : Chargé·e d'études data",
        "Ta candidature à l'offre Chargé·e d'études data (Atelier Lorrain) a bien été envoyée. Bonne chance !",
        "al1",
    ),
    (
        "Atelier Lorrain",
        "interview",
        "2025-04-16",
        "Paul Schmitt <paul@atelier-lorrain.fr>",
        "Entretien - Chargé·e d'études data",
        "Bonjour Camille,\n\nNous avons lu ta candidature avec intérêt et aimerions te rencontrer dans nos locaux à "
        "Nancy. Serais-tu disponible le 24 avril en fin de matinée ?\n\nPaul Schmitt\nFondateur",
        "al2",
    ),
    (
        "Atelier Lorrain",
        "thank_you",
        "2025-04-24",
        _ME,
        "Merci pour l'entretien",
        "Bonjour Paul,\n\nMerci beaucoup pour l'échange de ce matin et la visite de l'atelier. Le projet m'enthousiasme "
        "vraiment.\n\nBien à vous,\nCamille",
        "al3",
    ),
    (
        "Atelier Lorrain",
        "declined",
        "2025-05-09",
        _ME,
        "Re: Proposition - Chargé·e d'études data",
        "Bonjour Paul,\n\nMerci infiniment pour votre proposition. Après mûre réflexion, j'ai décidé de ne pas y donner "
        "suite, ayant accepté un poste en Allemagne.\n\nBien cordialement,\nCamille",
        "al4",
    ),
    (
        "Atelier Lorrain",
        "offer",
        "2025-05-05",
        "Paul Schmitt <paul@atelier-lorrain.fr>",
        "Proposition - Chargé·e d'études data",
        "Bonjour Camille,\n\nToute l'équipe a été convaincue ! Nous serions ravis de t'accueillir en CDI à partir de "
        "juin, pour 42 k€ bruts annuels. Je t'envoie la promesse d'embauche dès ton retour.\n\nPaul",
        "al4",
    ),
    # Schwarzwald Mobility (StepStone -> softgarden)
    (
        "Schwarzwald Mobility",
        "applied",
        "2025-04-09",
        "StepStone <noreply@stepstone.de>",
        "Ihre Bewerbung wurde erfolgreich versendet",
        "Ihre Bewerbung auf die Stelle Junior Data Engineer (m/w/d) bei Schwarzwald Mobility GmbH wurde erfolgreich "
        "versendet. Viel Erfolg!",
        "sm1",
    ),
    (
        "Schwarzwald Mobility",
        "interview",
        "2025-04-18",
        "Schwarzwald Mobility GmbH <jobs@softgarden.io>",
        "Terminvorschläge für Ihr Interview",
        "Sehr geehrte Frau Weber,\n\nwir freuen uns, Sie kennenzulernen! Bitte wählen Sie über den folgenden Link einen "
        "Termin für ein Videointerview mit unserem Teamlead Data.\n\nMit freundlichen Grüßen\nRecruiting Team",
        "sm2",
    ),
    (
        "Schwarzwald Mobility",
        "withdrew",
        "2025-05-09",
        _ME,
        "Rückzug meiner Bewerbung - Junior Data Engineer",
        "Sehr geehrte Damen und Herren,\n\nhiermit ziehe ich meine Bewerbung als Junior Data Engineer zurück, da ich "
        "mich für eine andere Stelle entschieden habe. Vielen Dank für Ihr Verständnis.\n\nMit freundlichen Grüßen\n"
        "Camille Weber",
        "sm3",
    ),
    # Banque de l'Ill (APEC)
    (
        "Banque de l'Ill",
        "applied",
        "2025-04-11",
        "Apec <ne-pas-repondre@apec.fr>",
        "Confirmation de candidature",
        "Votre candidature à l'offre Data Analyst Risques (Banque de l'Ill) a bien été transmise au recruteur.",
        "bi1",
    ),
    (
        "Banque de l'Ill",
        "rejected",
        "2025-05-05",
        "Banque de l'Ill - Recrutement <recrutement@banquedelill.fr>",
        "Suite donnée à votre candidature",
        "Madame,\n\nNous vous remercions de l'intérêt porté à la Banque de l'Ill. Nous sommes au regret de ne pouvoir "
        "retenir votre candidature pour le poste de Data Analyst Risques.\n\nService Recrutement",
        "bi2",
    ),
    # Datenfabrik Freiburg (XING, then no answer; the person follows up)
    (
        "Datenfabrik Freiburg",
        "applied",
        "2025-04-12",
        "XING <jobs@xing.com>",
        "Ihre Bewerbung bei Datenfabrik Freiburg",
        "Hallo Camille, Ihre Bewerbung für die Position Analytics Engineer bei Datenfabrik Freiburg wurde übermittelt.",
        "df1",
    ),
    (
        "Datenfabrik Freiburg",
        "follow_up",
        "2025-04-28",
        _ME,
        "Nachfrage zu meiner Bewerbung als Analytics Engineer",
        "Sehr geehrte Damen und Herren,\n\nam 12. April habe ich mich über XING auf die Stelle als Analytics Engineer "
        "beworben. Gibt es schon einen Zwischenstand?\n\nMit freundlichen Grüßen\nCamille Weber",
        "df2",
    ),
    # Kehl Logistique (Indeed FR)
    (
        "Kehl Logistique",
        "applied",
        "2025-04-15",
        "Indeed <candidature@indeed.com>",
        "Candidature envoyée : Analyste données supply chain",
        "Votre candidature a été envoyée à Kehl Logistique.\nAnalyste données supply chain\nKehl Logistique - "
        "Strasbourg (67)",
        "kl1",
    ),
    (
        "Kehl Logistique",
        "screen",
        "2025-04-22",
        "Kehl Logistique <rh@kehl-logistique.fr>",
        "Analyste données supply chain - entretien téléphonique",
        "Bonjour Madame Weber,\n\nSuite à votre candidature, nous souhaiterions faire un point par téléphone de 15 "
        "minutes. Quels créneaux vous conviendraient jeudi ?\n\nService RH",
        "kl2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Les offres de la semaine pour vous",
        "job alert",
        "Data Analyst chez Doctolib, Analytics Engineer chez Alan... Voir les offres. Se désabonner",
    ),
    (
        "StepStone <jobagent@stepstone.de>",
        "Ihr Jobagent: 14 neue Stellen für Data Analyst",
        "job alert",
        "Neue Jobs, die zu Ihrer Suche passen. Jobagent abmelden.",
    ),
    (
        "XING <news@xing.com>",
        "Ihr Profil wurde 8 Mal besucht",
        "not about an application",
        "Recruiter von SAP und Bosch haben Ihr Profil angesehen. Jetzt Premium testen.",
    ),
    (
        "Sophie Klein <sophie.klein@talentbruecke.de>",
        "Spannende Position als Data Engineer in Mannheim",
        "cold outreach",
        "Hallo Camille, ich bin auf Ihr Profil aufmerksam geworden. Für einen Kunden suche ich eine:n Data Engineer. "
        "Hätten Sie Zeit für ein kurzes Telefonat?",
    ),
    (
        "Pôle emploi / France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre rendez-vous avec votre conseiller",
        "not about an application",
        "Vous avez rendez-vous le 23 avril à 10h avec votre conseiller France Travail à l'agence Strasbourg Centre.",
    ),
    (
        "Fnac <newsletter@fnac.com>",
        "Offre exclusive : -20% sur les PC portables",
        "shop",
        "Profitez de notre offre exclusive ce week-end seulement. Se désabonner.",
    ),
    (
        "Caisse d'Allocations Familiales <no-reply@caf.fr>",
        "Votre demande d'aide au logement",
        "not a job application",
        "Votre demande d'aide au logement a bien été enregistrée. Elle sera étudiée sous 15 jours.",
    ),
    (
        "Maman <francoise.weber67@orange.fr>",
        "Ton entretien ?",
        "not about an application",
        "Coucou ma chérie, alors cet entretien à Karlsruhe ? Appelle-moi ce soir. Bisous",
    ),
    (
        "OpenClassrooms <hello@openclassrooms.com>",
        "Préparez vos entretiens techniques",
        "newsletter",
        "Nouveau cours : réussir son entretien de data analyst. Inscrivez-vous gratuitement. Se désabonner",
    ),
    (
        "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
        "Ihre Buchungsbestätigung",
        "not about an application",
        "Vielen Dank für Ihre Buchung: Strasbourg - Karlsruhe, 24.04.2025, 07:12 Uhr.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Camille, de nouvelles offres Data Analyst à Strasbourg",
        "job alert",
        "Offres d'emploi qui pourraient vous intéresser : Data Analyst - Hager Group. Voir toutes les offres.",
    ),
    (
        "Meetup <info@meetup.com>",
        "Nouvel événement : Data Science Strasbourg",
        "newsletter",
        "Soirée talks et recrutement le 15 mai. Inscrivez-vous. Se désabonner",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=CAMILLE,
        own_to={
            "Rheinwerk Analytics": "Jana Vogel <jana.vogel@rheinwerk-analytics.de>",
            "Atelier Lorrain": "Paul Schmitt <paul@atelier-lorrain.fr>",
            "Schwarzwald Mobility": "Schwarzwald Mobility GmbH <bewerbung@schwarzwald-mobility.de>",
            "Datenfabrik Freiburg": "Datenfabrik Freiburg <jobs@datenfabrik-freiburg.de>",
        },
        offset="+0200",
        clock="09:35:00",
        neg_start="2025-04-02",
        neg_step=3,
        neg_clock="07:20:00",
        tag="achtzehn",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
