"""A thirty-fifth mailbox, written as a held-out check after the thirty-fourth's fixes (issue #24).

Noé, a controller in Lausanne, searches in Romandie and in Zürich, in French and Swiss German, and exports Gmail
with Takeout: jobs.ch and JobCloud, SuccessFactors and Workday in German and French, Abacus Umantis, rexx systems,
softgarden, Personio; Swiss spellings (no "ß": "Freundliche Grüsse"), "dossier de candidature", "nous avons le
plaisir de vous convier", "nach eingehender Prüfung", "Zusage", "entretien d'embauche".  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NOE = "noe.bertholet@gmail.com"
_ME = f"Noé Bertholet <{NOE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Léman Assurances (SuccessFactors in French; an interview, a second one, an offer he accepts)
    (
        "Léman Assurances",
        "applied",
        "2025-09-01",
        "Léman Assurances <noreply@successfactors.eu>",
        "Accusé de réception de votre candidature",
        "Monsieur,\n\nNous accusons réception de votre dossier de candidature pour le poste de Contrôleur de gestion "
        "(80-100%) et vous remercions de l'intérêt que vous portez à Léman Assurances. Nous l'étudierons avec "
        "attention.\n\nMeilleures salutations\nRessources humaines",
        "la1",
    ),
    (
        "Léman Assurances",
        "interview",
        "2025-09-10",
        "Sophie Rochat <sophie.rochat@leman-assurances.ch>",
        "Votre candidature - Contrôleur de gestion",
        "Monsieur Bertholet,\n\nVotre profil a retenu toute notre attention et nous avons le plaisir de vous convier à "
        "un entretien le jeudi 18 septembre à 14h00 dans nos locaux de l'avenue de Rhodanie.\n\nMeilleures "
        "salutations\nSophie Rochat\nSpécialiste RH",
        "la2",
    ),
    (
        "Léman Assurances",
        "interview",
        "2025-09-22",
        "Sophie Rochat <sophie.rochat@leman-assurances.ch>",
        "Deuxième entretien",
        "Monsieur Bertholet,\n\nSuite à notre rencontre, nous souhaiterions vous revoir pour un deuxième entretien avec "
        "notre directeur financier, le mardi 30 septembre à 10h00.\n\nMeilleures salutations\nSophie Rochat",
        "la3",
    ),
    (
        "Léman Assurances",
        "offer",
        "2025-10-07",
        "Sophie Rochat <sophie.rochat@leman-assurances.ch>",
        "Proposition d'engagement - Contrôleur de gestion",
        "Monsieur Bertholet,\n\nNous avons le plaisir de vous confirmer notre intention de vous engager en qualité de "
        "Contrôleur de gestion. Vous trouverez ci-joint notre proposition de contrat (salaire annuel brut de CHF "
        "118'000, versé en 13 mensualités).\n\nMeilleures salutations\nSophie Rochat",
        "la4",
    ),
    (
        "Léman Assurances",
        "accepted",
        "2025-10-09",
        _ME,
        "RE: Proposition d'engagement - Contrôleur de gestion",
        "Madame Rochat,\n\nJe vous remercie pour votre proposition, que j'accepte avec plaisir. Je vous retourne le "
        "contrat signé par courrier.\n\nMeilleures salutations\nNoé Bertholet",
        "la4",
    ),
    # Alpenfirn AG (jobs.ch, Abacus Umantis in German; a refusal after the review)
    (
        "Alpenfirn AG",
        "applied",
        "2025-09-02",
        "jobs.ch <noreply@jobs.ch>",
        "Ihre Bewerbung wurde versendet",
        "Grüezi Noé\n\nIhre Bewerbung für die Stelle Controller (m/w/d) 100% bei Alpenfirn AG, Zürich wurde "
        "erfolgreich versendet.\n\nIhr jobs.ch-Team",
        "af1",
    ),
    (
        "Alpenfirn AG",
        "rejected",
        "2025-09-19",
        "Alpenfirn AG <noreply@umantis.com>",
        "Ihre Bewerbung als Controller",
        "Sehr geehrter Herr Bertholet\n\nNach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, "
        "dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Wir danken Ihnen für Ihr Interesse an "
        "Alpenfirn.\n\nFreundliche Grüsse\nHR Alpenfirn AG",
        "af2",
    ),
    # Seeblick Treuhand (rexx systems; an invitation, then another candidate)
    (
        "Seeblick Treuhand",
        "applied",
        "2025-09-03",
        "Seeblick Treuhand AG <bewerbung@rexx-systems.com>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Sehr geehrter Herr Bertholet\n\nWir bestätigen den Eingang Ihrer Bewerbungsunterlagen für die Position "
        "Senior Controller und werden uns nach Prüfung bei Ihnen melden.\n\nFreundliche Grüsse\nSeeblick Treuhand AG",
        "st1",
    ),
    (
        "Seeblick Treuhand",
        "interview",
        "2025-09-12",
        "Martina Keller <martina.keller@seeblick-treuhand.ch>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Bertholet\n\nGerne möchten wir Sie zu einem persönlichen Gespräch am Montag, 22. September, "
        "um 09.30 Uhr an unserem Sitz in Zürich einladen. Bitte bestätigen Sie uns den Termin.\n\nFreundliche Grüsse"
        "\nMartina Keller\nLeiterin Personal",
        "st2",
    ),
    (
        "Seeblick Treuhand",
        "thank_you",
        "2025-09-22",
        _ME,
        "Vielen Dank für das Gespräch",
        "Sehr geehrte Frau Keller\n\nHerzlichen Dank für das angenehme und offene Gespräch von heute Morgen. Die "
        "Stelle interessiert mich nach wie vor sehr.\n\nFreundliche Grüsse\nNoé Bertholet",
        "st3",
    ),
    (
        "Seeblick Treuhand",
        "rejected",
        "2025-10-01",
        "Martina Keller <martina.keller@seeblick-treuhand.ch>",
        "Ihre Bewerbung als Senior Controller",
        "Sehr geehrter Herr Bertholet\n\nNochmals vielen Dank für das Gespräch. Wir haben uns nach reiflicher Überlegung "
        "für eine Kandidatin entschieden, deren Profil noch besser zu unseren Anforderungen passt.\n\nFreundliche "
        "Grüsse\nMartina Keller",
        "st4",
    ),
    # Horlogerie Vaudoise (Workday in French; a phone screen; he withdraws)
    (
        "Horlogerie Vaudoise",
        "applied",
        "2025-09-04",
        "Horlogerie Vaudoise <horlogerievaudoise@myworkday.com>",
        "Merci pour votre candidature",
        "Bonjour Noé,\n\nMerci d'avoir postulé au poste de Business Controller chez Horlogerie Vaudoise. Notre équipe "
        "de recrutement examine votre candidature.\n\nL'équipe Talent Acquisition",
        "hv1",
    ),
    (
        "Horlogerie Vaudoise",
        "screen",
        "2025-09-15",
        "Camille Favre <camille.favre@horlogerie-vaudoise.ch>",
        "Business Controller - premier échange",
        "Bonjour Noé,\n\nJe suis chargée de recrutement chez Horlogerie Vaudoise. Seriez-vous disponible pour un "
        "premier échange téléphonique de 20 minutes cette semaine ?\n\nBelle journée,\nCamille Favre",
        "hv2",
    ),
    (
        "Horlogerie Vaudoise",
        "withdrew",
        "2025-10-10",
        _ME,
        "RE: Business Controller - premier échange",
        "Bonjour Madame Favre,\n\nJe vous informe que j'ai accepté un autre poste et je souhaite donc retirer ma "
        "candidature. Merci beaucoup pour votre temps.\n\nMeilleures salutations\nNoé Bertholet",
        "hv2",
    ),
    # Bergbahn Engelberg (softgarden; a follow-up, then a refusal)
    (
        "Bergbahn Engelberg",
        "applied",
        "2025-09-05",
        "Bergbahn Engelberg <noreply@softgarden.io>",
        "Ihre Bewerbung bei der Bergbahn Engelberg",
        "Hallo Noé\n\nVielen Dank für Ihre Bewerbung als Finanzcontroller. Wir haben Ihre Unterlagen erhalten und "
        "melden uns so bald wie möglich.\n\nIhr Recruiting-Team der Bergbahn Engelberg",
        "be1",
    ),
    (
        "Bergbahn Engelberg",
        "follow_up",
        "2025-09-26",
        _ME,
        "Stand meiner Bewerbung als Finanzcontroller",
        "Guten Tag\n\nIch habe mich am 5. September als Finanzcontroller beworben und wollte mich höflich nach dem "
        "Stand des Verfahrens erkundigen.\n\nFreundliche Grüsse\nNoé Bertholet",
        "be2",
    ),
    (
        "Bergbahn Engelberg",
        "rejected",
        "2025-10-03",
        "Bergbahn Engelberg <noreply@softgarden.io>",
        "Rückmeldung zu Ihrer Bewerbung",
        "Hallo Noé\n\nVielen Dank für Ihre Geduld. Leider müssen wir Ihnen mitteilen, dass wir uns für andere "
        "Bewerbende entschieden haben. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nIhr "
        "Recruiting-Team der Bergbahn Engelberg",
        "be3",
    ),
    # Fromagerie du Jura (Personio in French; a case study; a refusal)
    (
        "Fromagerie du Jura",
        "applied",
        "2025-09-08",
        "Fromagerie du Jura <noreply@personio.de>",
        "Votre candidature chez Fromagerie du Jura",
        "Bonjour Noé,\n\nNous avons bien reçu votre candidature pour le poste de Responsable financier et vous en "
        "remercions.\n\nCordialement,\nFromagerie du Jura",
        "fj1",
    ),
    (
        "Fromagerie du Jura",
        "interview",
        "2025-09-17",
        "Luc Jeanneret <luc.jeanneret@fromagerie-jura.ch>",
        "Étude de cas - Responsable financier",
        "Bonjour Noé,\n\nComme prochaine étape, nous vous proposons une étude de cas à réaliser à domicile (budget "
        "d'une fromagerie artisanale). Vous aurez une semaine pour nous la retourner.\n\nCordialement,\nLuc "
        "Jeanneret\nDirecteur",
        "fj2",
    ),
    (
        "Fromagerie du Jura",
        "rejected",
        "2025-10-02",
        "Luc Jeanneret <luc.jeanneret@fromagerie-jura.ch>",
        "Responsable financier",
        "Bonjour Noé,\n\nMerci pour votre étude de cas, très soignée. Après réflexion, nous avons retenu un candidat "
        "disposant d'une expérience plus directe du secteur agroalimentaire. Nous vous souhaitons plein succès.\n\n"
        "Cordialement,\nLuc Jeanneret",
        "fj3",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "jobs.ch <jobalert@jobs.ch>",
        "12 neue Jobs für «Controller» in Zürich",
        "job alert",
        "Neue Stellen passend zu Ihrem Suchabo: Controller 80-100%, Finanzcontroller. Alle Jobs ansehen. Abmelden",
    ),
    (
        "JobCloud <newsletter@jobcloud.example>",
        "Lohnverhandlung: So gehen Sie vor",
        "newsletter",
        "Tipps für Ihr nächstes Vorstellungsgespräch und die Lohnverhandlung. Newsletter abbestellen",
    ),
    (
        "Michael Page Suisse <julien.morel@michaelpage-example.ch>",
        "Opportunité confidentielle - Head of Controlling",
        "cold outreach",
        "Bonjour Noé, votre profil a retenu mon attention pour une opportunité confidentielle de Head of Controlling "
        "chez un client industriel à Genève. Seriez-vous ouvert à un échange ?",
    ),
    (
        "Canton de Vaud <noreply@vd.ch>",
        "Votre demande a bien été reçue",
        "not a job application",
        "Votre demande de permis de stationnement a bien été reçue et sera traitée dans les meilleurs délais.",
    ),
    (
        "CFF <noreply@sbb.ch>",
        "Votre billet",
        "not about an application",
        "Voici votre billet Lausanne - Zürich HB du 22.09.2025.",
    ),
    (
        "Migros <newsletter@migros.ch>",
        "Cette semaine: 30% sur le fromage",
        "shop",
        "Profitez de nos actions de la semaine. Se désabonner",
    ),
    (
        "Claire Bertholet <claire.bertholet@bluewin.ch>",
        "bonne chance !",
        "not about an application",
        "Bonne chance pour ton entretien à Zurich lundi ! Bisous, maman",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=NOE,
        own_to={
            "Léman Assurances": "Sophie Rochat <sophie.rochat@leman-assurances.ch>",
            "Seeblick Treuhand": "Martina Keller <martina.keller@seeblick-treuhand.ch>",
            "Horlogerie Vaudoise": "Camille Favre <camille.favre@horlogerie-vaudoise.ch>",
            "Bergbahn Engelberg": "Bergbahn Engelberg Personal <personal@bergbahn-engelberg.ch>",
        },
        offset="+0200",
        clock="09:35:00",
        neg_start="2025-09-02",
        neg_step=5,
        neg_clock="07:10:00",
        tag="thirtyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
