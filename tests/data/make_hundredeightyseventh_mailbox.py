"""A hundred-and-eighty-seventh mailbox, written as a held-out check after the hundred-and-eighty-sixth (issue #24).

Chloé, a data scientist in Ottawa, exported Gmail with Takeout.  Canadian employers write in both official
languages in one mail ("Merci d'avoir postulé / Thank you for applying"), a Crown corporation through Njoyn, a bank
through Workday, a retailer through Dayforce, a start-up through Lever; a federal department's notice mixes its
French and English paragraphs.  Negatives: a bilingual bank statement, a bilingual government benefits notice, a
French newsletter, a hockey club, job alerts.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CHLOE = "chloe.tremblay.data@gmail.com"
ME = f"Chloé Tremblay <{CHLOE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Canada Mortgage Corporation",
        "applied",
        "2025-03-03",
        "Canada Mortgage Corporation <noreply@njoyn.com>",
        "Accusé de réception / Application acknowledgement",
        "(English follows)\n\nBonjour Chloé,\n\nMerci d'avoir postulé au poste de Scientifique des données "
        "principale à la Canada Mortgage Corporation. Nous examinerons votre candidature.\n\n---\n\nHello Chloé,\n\n"
        "Thank you for applying for the Senior Data Scientist position at Canada Mortgage Corporation. We will review "
        "your application.\n\nRessources humaines / Human Resources",
        "c1",
    ),
    (
        "Laurentian Bank of Commerce",
        "applied",
        "2025-03-04",
        "Laurentian Bank of Commerce <laurentianbank@myworkday.com>",
        "Thank you for your application / Merci de votre candidature",
        "Thank you for applying to Laurentian Bank of Commerce for the Data Scientist, Risk Analytics role. / Merci "
        "d'avoir postulé chez Banque Laurentienne de Commerce pour le poste de Scientifique des données, analytique "
        "du risque.\n\nTalent Acquisition / Acquisition de talents",
        "l1",
    ),
    (
        "Maple Home Stores",
        "applied",
        "2025-03-05",
        "Maple Home Stores <noreply@dayforcehcm.com>",
        "Application Received - Data Scientist, Pricing",
        "Hi Chloé,\n\nThank you for your interest in Maple Home Stores. Your application for Data Scientist, Pricing "
        "has been received.\n\nMaple Home Stores Talent Team",
        "m1",
    ),
    (
        "Rideau Labs",
        "applied",
        "2025-03-06",
        "Rideau Labs <no-reply@hire.lever.co>",
        "Thanks for applying to Rideau Labs",
        "Hi Chloé,\n\nThanks for applying to the Machine Learning Engineer role at Rideau Labs. We'll be in touch "
        "soon.\n\nRideau Labs",
        "r1",
    ),
    (
        "Canada Mortgage Corporation",
        "interview",
        "2025-03-14",
        "Canada Mortgage Corporation <noreply@njoyn.com>",
        "Invitation - Examen écrit / Written exam",
        "(English follows)\n\nBonjour Chloé,\n\nNous avons le plaisir de vous inviter à un examen écrit en ligne le "
        "20 mars.\n\n---\n\nHello Chloé,\n\nWe are pleased to invite you to an online written exam on March 20.\n\n"
        "Ressources humaines / Human Resources",
        "c2",
    ),
    (
        "Maple Home Stores",
        "rejected",
        "2025-03-17",
        "Maple Home Stores <noreply@dayforcehcm.com>",
        "Update on your application",
        "Hi Chloé,\n\nThank you for your interest in Maple Home Stores. After careful consideration, we have decided "
        "to pursue other candidates for the Data Scientist, Pricing role.\n\nMaple Home Stores Talent Team",
        "m2",
    ),
    (
        "Rideau Labs",
        "screen",
        "2025-03-18",
        "Sam Gagnon <sam@rideaulabs.ai>",
        "Rideau Labs - quick chat?",
        "Hi Chloé,\n\nI'm on the people team at Rideau Labs. Thanks for applying! Do you have 20 minutes this week "
        "for an intro call?\n\nSam",
        "r2",
    ),
    (
        "Laurentian Bank of Commerce",
        "rejected",
        "2025-03-24",
        "Laurentian Bank of Commerce <laurentianbank@myworkday.com>",
        "Your application / Votre candidature",
        "Thank you for your interest in Laurentian Bank of Commerce. Unfortunately, we will not be moving forward with "
        "your application. / Nous vous remercions de l'intérêt porté à la Banque Laurentienne de Commerce. "
        "Malheureusement, nous ne donnerons pas suite à votre candidature.",
        "l2",
    ),
    (
        "Canada Mortgage Corporation",
        "onsite",
        "2025-04-01",
        "Canada Mortgage Corporation <noreply@njoyn.com>",
        "Entrevue finale / Final interview",
        "(English follows)\n\nBonjour Chloé,\n\nFélicitations, vous avez réussi l'examen écrit. Nous vous invitons à "
        "une entrevue finale avec le comité de sélection le 8 avril.\n\n---\n\nHello Chloé,\n\nCongratulations, you "
        "passed the written exam. We invite you to a final interview with the selection board on April 8.\n\n"
        "Ressources humaines / Human Resources",
        "c3",
    ),
    (
        "Canada Mortgage Corporation",
        "offer",
        "2025-04-15",
        "Canada Mortgage Corporation <noreply@njoyn.com>",
        "Offre d'emploi / Offer of employment",
        "(English follows)\n\nBonjour Chloé,\n\nNous avons le plaisir de vous offrir le poste de Scientifique des "
        "données principale.\n\n---\n\nHello Chloé,\n\nWe are pleased to offer you the position of Senior Data "
        "Scientist.\n\nRessources humaines / Human Resources",
        "c4",
    ),
    (
        "Canada Mortgage Corporation",
        "accepted",
        "2025-04-16",
        ME,
        "RE: Offre d'emploi / Offer of employment",
        "Bonjour,\n\nJ'accepte avec plaisir l'offre d'emploi. Merci beaucoup!\n\nChloé Tremblay",
        "c4",
    ),
]

_OWN_TO = {"Canada Mortgage Corporation": "Human Resources <hr@canadamortgage.ca>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Desjardins <avis@desjardins.com>",
        "Votre relevé est disponible / Your statement is available",
        "not about an application",
        "Votre relevé de compte de février est disponible. / Your February account statement is available.",
    ),
    (
        "Service Canada <noreply@servicecanada.gc.ca>",
        "Avis / Notice",
        "not about an application",
        "Votre demande de prestations a été traitée. / Your benefits application has been processed.",
    ),
    (
        "Le Devoir <infolettre@ledevoir.com>",
        "L'infolettre du matin",
        "newsletter",
        "Les nouvelles du jour au Québec et dans le monde. Se désabonner",
    ),
    (
        "Ottawa Senators <tickets@sens.com>",
        "Game night deals",
        "shop",
        "Get 2-for-1 tickets to Thursday's game. Offer ends soon.",
    ),
    (
        "Guichet-Emplois / Job Bank <alerte@guichetemplois.gc.ca>",
        "Alerte-emploi / Job alert",
        "alert",
        "Scientifique des données - Gatineau. Data Scientist - Ottawa. Voir les offres / See jobs.",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Chloé, new jobs for you",
        "alert",
        "Data Scientist - Shopify. ML Engineer - Cohere. See all jobs.",
    ),
    (
        "Julie Tremblay <julie.tremblay@videotron.ca>",
        "souper dimanche",
        "personal",
        "Tu viens souper dimanche? Papa fait une tourtière.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=CHLOE,
        own_to=_OWN_TO,
        offset="-0400",
        clock="14:25:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="08:10:00",
        tag="hundredeightyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
